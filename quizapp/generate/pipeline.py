"""The whole generator: parse once, read facts, word candidates, rank and select a pack."""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Callable, Container, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import partial
from typing import TYPE_CHECKING, Final

from pydantic import ValidationError

from quizapp.generate.clean import clean_text
from quizapp.generate.errors import FactsError
from quizapp.generate.grammar import (
    AIMED_VERBS,
    GIVING_VERBS,
    JOURNEY_NOUNS,
    LEAVING_VERBS,
    ORDINALS,
    PART_NOUNS,
    WORK_NOUNS,
    WRITTEN_NOUNS,
)
from quizapp.generate.names import (
    ACTOR,
    CHARACTER,
    CREDITS,
    ORG,
    PEOPLE,
    PLACE,
    QUOTE,
    SITE,
    THING,
    TITLE,
    YEAR,
    Registry,
    learn,
    role_stem,
    works_of,
)
from quizapp.generate.nlp import model_info, parse
from quizapp.generate.options import (
    Pools,
    build_pools,
    counted_year,
    is_plural,
    without_part_number,
    wrong_options,
)
from quizapp.generate.ranking import Candidate, category_of, difficulty, score, select
from quizapp.generate.shapes import (
    MAX_QUOTE_WORDS,
    Fact,
    SentenceReader,
    blanket_credit,
    lower_first,
    possessive,
    read_facts_of,
    resolve_pronouns,
    with_one_answer,
)
from quizapp.generate.truefalse import (
    SameVerb,
    balance_truths,
    facts_by_verb,
    false_by_year,
    false_statement,
    true_statement,
    verb_of,
)
from quizapp.generate.wording import (
    accepted_answers,
    defined_by_its_words,
    stands_alone,
    with_its_guess,
    with_its_zone,
)
from quizapp.packs.model import Pack, PackQuestion, QuestionKind, fold
from quizapp.packs.native import describe, dump_pack

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

GENERATOR_VERSION = "2.0"


@dataclass(frozen=True)
class UnusedSentence:
    """A sentence that gave no question, and why."""

    sentence: str
    reason: str
    line: int = 0


@dataclass(frozen=True)
class Generation:
    """What the generator made of a text: the pack and the sentences it could not use."""

    pack: Pack
    unused: list[UnusedSentence] = field(default_factory=list)


def pack_json(pack: Pack) -> str:
    """Return a pack as native JSON text, the same bytes for the same pack."""
    return dump_pack(pack)


def generate_pack(
    text: str,
    *,
    pack_id: str,
    title: str,
    source_name: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Generation:
    """Turn a facts text into a pack of checked questions.

    Args:
        text: The facts text.
        pack_id: The pack id ([a-z0-9-]+).
        title: The pack title; also names the subject when the text does not.
        source_name: Where the facts come from, credited in the pack description.
        progress: Told (work done, work in all) as the text is read, for a progress bar.
        cancel: Asked as the text is read whether to stop.

    Returns:
        The pack and the sentences that gave no question, each with its reason.

    Raises:
        FactsError: The text holds no sentence a question can be made from.
        GenerationCancelledError: cancel returned True; nothing was made.
    """
    chunks = clean_text(text)
    if not chunks:
        raise FactsError("the text holds no sentences")
    docs = list(parse(chunks, progress=progress, cancel=cancel))
    registry = learn(docs, title)
    sentences = list(_with_lines(text, [sent for doc in docs for sent in doc.sents]))
    learn_cast([sent for _, sent in sentences], registry)
    resolve_pronouns((sent for _, sent in sentences), registry)
    facts: list[Fact] = []
    for index, (_, sent) in enumerate(sentences):
        facts.extend(read_facts_of(sent, index, registry))
    facts = with_one_answer(facts)
    pools = build_pools(facts, registry)
    facts = list(_anchored(facts, [sent for _, sent in sentences], registry))
    by_verb = facts_by_verb(facts)
    candidates = [c for fact in facts for c in _candidates(fact, pools, registry, by_verb)]
    chosen = balance_truths(select(candidates))
    if not chosen:
        raise FactsError(
            "no question could be made from this text: no sentence states a fact about a "
            "name, place, date, number or title in a shape the generator reads"
        )
    used = {c.fact.sentence for c in chosen}
    unused = [
        UnusedSentence(sent.text.strip(), _why_unused(index, facts), line)
        for index, (line, sent) in enumerate(sentences)
        if index not in used and sent.text.strip()
    ]
    name, version = model_info()
    description = f"Facts from {source_name}." if source_name else None
    if source_name and source_name.startswith("Facts from"):
        description = source_name
    try:
        pack = Pack(
            id=pack_id,
            title=title,
            description=description,
            author=f"quizapp generator {GENERATOR_VERSION} with {name} {version}",
            language="en",
            questions=[c.question for c in chosen],
        )
    except ValidationError as exc:
        raise FactsError(f"the pack cannot be made: {describe(exc)}") from exc
    return Generation(pack=pack, unused=unused)


def _with_lines(text: str, sentences: list[Span]) -> Iterator[tuple[int, Span]]:
    """Pair each sentence with the line of the text it starts on, in one pass over the text."""
    cursor = 0
    line = 1
    for sent in sentences:
        words = sent.text.split()[:3]
        window = cursor + 2 * len(sent.text) + 200  # a bounded look keeps long texts linear
        found = text.find(" ".join(words), cursor, window) if words else -1
        if found >= 0:
            line += text.count("\n", cursor, found)
            cursor = found
        yield line, sent


def learn_cast(sentences: list[Span], registry: Registry) -> None:
    """Type actors and characters first, so every later question knows who is who.

    An actor and the character they play share what the text shows of their gender, and
    names listed together take the type most of their list has.
    """
    for index, sent in enumerate(sentences):
        reader = SentenceReader(sent, index, registry)
        for fact in reader.cast():
            if fact.shape == "cast-actor":
                registry.vote(registry.canonical(fact.answer), ACTOR, 5)
                for name in fact.names:
                    registry.vote(registry.canonical(name), CHARACTER, 5)
                    registry.link(fact.answer, name)
    registry.settle()


# A question that asks when a clause happened: "What was the date when the ferry docked at
# Harlow?" gives the clause that places what its sentence's next sentence tells.
_DATED_CLAUSE: Final = re.compile(r"What was the (?:date|year|time) when ([^?]+)\?")


def _anchored(facts: list[Fact], sentences: list[Span], registry: Registry) -> Iterator[Fact]:
    """Yield facts, placing those of a sentence that opens on "the X" in what came before.

    "The call was taken by the keeper Ivo Pask." follows "The ferry docked at Harlow and
    its captain radioed the tower.": "the call" is named nowhere, so the question says when
    it happened: "When the ferry docked at Harlow, who took the call?". A sentence whose
    "the X" the text named before, or gave the subject ("Its crew ..."), needs no anchor.
    """
    clauses: dict[int, str] = {}
    for fact in facts:
        dated = _DATED_CLAUSE.fullmatch(fact.prompt)
        if dated and fact.sentence not in clauses:
            clauses[fact.sentence] = dated.group(1)
    told = {fact.sentence for fact in facts}
    groups = _counted_groups(sentences)
    for fact in facts:
        clause = None
        for before in range(fact.sentence - 1, fact.sentence - 4, -1):
            clause = clauses.get(before)
            if clause is not None or before in told:
                break  # a quotation between tells nothing; a fact between is another event
        if clause is None or fact.sentence in clauses:
            yield _owned_by_subject(fact, sentences, registry, groups)
            continue
        if not _opens_on_unnamed_noun(sentences, fact.sentence, registry):
            yield _owned_by_subject(fact, sentences, registry, groups)
            continue
        prompt = f"When {clause}, {fact.prompt[:1].lower()}{fact.prompt[1:]}"
        statement = f"When {clause}, {lower_first(fact.statement)}"
        names = (*fact.names, *registry.names_in(clause))
        yield replace(fact, prompt=prompt, statement=statement, names=names, insitu="")


def _opens_on_unnamed_noun(sentences: list[Span], index: int, registry: Registry) -> bool:
    """Return whether a sentence opens on "the X" whose X no earlier sentence names."""
    if not 0 < index < len(sentences):
        return False
    sent = sentences[index]
    words = [t for t in sent if not t.is_punct]
    if len(words) < 2 or words[1].pos_ != "NOUN":
        return False
    if words[0].lower_ != "the" and not (
        words[0].lower_ == "all" and blanket_credit(words[1].head)
    ):
        return False  # "All music is composed by X, except where noted" is the subject's music
    noun = words[1]
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.lemma_ in registry.topic_nouns:
        return False
    if any(t.pos_ == "PROPN" for c in noun.children if c.dep_ == "prep" for t in c.subtree):
        return False  # "The museum in Kelby ..." is told apart by its own name, not the event
    earlier = sentences[max(0, index - 40) : index]
    return not any(t.lemma_ == noun.lemma_ and t.pos_ == "NOUN" for s in earlier for t in s)


def _owned_by_subject(
    fact: Fact, sentences: list[Span], registry: Registry, groups: dict[str, str]
) -> Fact:
    """Return a fact naming as the subject's own a noun its sentence opens on and never names.

    In a text about a voyage, "The ship left Harlow on 4 May." is the voyage's ship: "When did
    Tidewater's ship leave Harlow?", not "For Tidewater, when did the ship leave Harlow?". A
    group counted by the kind of its members ("the three men" of "Its three-man crew") is
    that group ("Tidewater's crew"). In a story, a group of people ("The friends ...") is its
    characters, asked "In Tidewater, ...". Named as the subject's, a question reads whole
    asked directly, so it is not also asked in place, but for a passive's agent.
    """
    if not registry.topic or fact.owned or fact.anchored:
        return fact
    for counted, group in groups.items():
        phrase = f"the {group}"
        if f"the {counted}" in fact.prompt and group in registry.topic_nouns:
            return replace(
                fact,
                prompt=fact.prompt.replace(f"the {counted}", phrase),
                statement=_said_of(fact.statement, counted, phrase),
                owned=phrase,
                insitu="",
            )
    noun = _opening_noun(sentences, fact.sentence, registry)
    if noun is None:
        return fact
    phrase = f"the {noun.text}"
    in_story = noun.tag_ == "NNS" and registry.topic_kind in works_of(registry) | WRITTEN_NOUNS
    if in_story or not re.search(rf"(?i)\b{phrase}\b", fact.prompt):
        return fact
    # Only a passive's agent is still asked in place ("Tidewater's ship was built by which
    # yard?"): the direct question changed the text's voice, not just its word order.
    return replace(fact, owned=phrase, insitu=fact.insitu if fact.shape == "agent" else "")


def _said_of(statement: str, counted: str, phrase: str) -> str:
    """Return a statement with a counted group named as the group: "The crew were ..."."""
    statement = statement.replace(f"the {counted}", phrase)
    return statement.replace(f"The {counted}", phrase[:1].upper() + phrase[1:])


# The kinds of member a group is counted by ("a three-man crew"), and how "the three men"
# writes them.
_MEMBERS_PLURAL: Final = {"man": "men", "woman": "women", "person": "people"}


def _counted_groups(sentences: list[Span]) -> dict[str, str]:
    """Return each group the text counts by its members: {"three men": "crew"}."""
    groups: dict[str, str] = {}
    for sent in sentences:
        for token in sent:
            members = _MEMBERS_PLURAL.get(token.lower_)
            count = [c for c in token.children if c.dep_ == "nummod"]
            if members is None or token.dep_ != "compound" or not count:
                continue
            groups.setdefault(f"{count[0].lower_} {members}", token.head.lower_)
    return groups


def _opening_noun(sentences: list[Span], index: int, registry: Registry) -> Token | None:
    """Return the noun a sentence opens on as "The N" that no earlier sentence names, or None.

    Only a noun with nothing after it that tells it apart ("The museum in Kelby") and no
    owner ("The crew of the ferry") is the subject's.
    """
    if not _opens_on_unnamed_noun(sentences, index, registry):
        return None
    noun = [t for t in sentences[index] if not t.is_punct][1]
    if any(c.dep_ in ("prep", "poss", "compound", "amod", "nummod") for c in noun.children):
        return None
    return noun


def _why_unused(index: int, facts: list[Fact]) -> str:
    if any(f.sentence == index for f in facts):
        return "its facts were asked better by other questions or could not be asked fairly"
    return "no fact in it could be read as a question that stands alone"


def _statement_naming_subject(
    statement: str, prompt: str, fact: Fact, registry: Registry
) -> str | None:
    """Return a fact's statement naming the subject where its question had to, or None.

    A question that names the subject ("When did Tidewater's second series begin?") needs a
    statement that does ("Tidewater's second series began ..."), in the same way: as the
    owner of a part of it, as what was given a rating ("gave Tidewater a rating of 4/5"), on
    the word the question hangs it on ("auditioned for Tidewater", "the third episode of
    Tidewater"), or "In Tidewater, ..." for what happens in the story. A fact asked only "For
    Tidewater, ..." has no natural statement that names it, and gets none.
    """
    topic = registry.topic
    if not topic or fold(topic) in fold(statement) or fold(topic) not in fold(prompt):
        return statement
    credited = _credit_phrase(fact, registry)
    if credited is not None and credited[1] in prompt and credited[0] in statement:
        return statement.replace(credited[0], credited[1], 1)
    for lead in ("In", "On", "During"):
        if prompt.startswith(f"{lead} {topic}, "):
            return _lead_statement(statement, topic, registry.name_words, lead)
    if prompt.startswith(f"For {topic}, "):
        return None
    lowered = lower_first(statement)
    named = _owned(lowered, _part_of_topic(lowered, registry), topic, works_of(registry))
    if named is None or fold(topic) not in fold(named):
        named = _given_to(lowered, fact, topic)
    if named is None:
        named = _hung_as_asked(lowered, prompt, topic)
    if named is None:
        return None
    return named[:1].upper() + named[1:]


def _hung_as_asked(statement: str, prompt: str, topic: str) -> str | None:
    """Return a statement naming the subject on the word its question names it on, or None.

    "How many people auditioned for Tidewater?" hangs the subject on "auditioned": "About 900
    people auditioned via video" becomes "... auditioned for Tidewater via video". A word
    followed by a title or name (the episode "Grey Gull") takes nothing.
    """
    asked = re.search(
        rf"\b([a-z][\w'-]*) ((?:of|for|in|on|at|to|from|as) ){re.escape(topic)}\b", prompt
    )
    if asked is None:
        return None
    word, preposition = asked.groups()
    found = list(re.finditer(rf"\b{re.escape(word)}\b", statement))
    if len(found) != 1 or re.match(r' (?:"|[A-Z])', statement[found[0].end() :]):
        return None
    at = found[0].end()
    return f"{statement[:at]} {preposition}{topic}{statement[at:]}"


# A question asked of what did not happen: typed, any name the text never ties to it fits.
_NEGATED: Final = re.compile(r"\b(?:not|never)\b|n't\b", re.IGNORECASE)


def _candidates(
    fact: Fact, pools: Pools, registry: Registry, related: Mapping[str, SameVerb]
) -> list[Candidate]:
    fact = with_its_zone(with_its_guess(_named_in_full(fact, registry)))
    if fact.answer_type == YEAR and counted_year(f"{fact.prompt} {fact.statement}", pools):
        fact = replace(
            fact,
            prompt=without_part_number(fact.prompt),
            insitu=without_part_number(fact.insitu),
            statement=without_part_number(fact.statement),
        )
        if counted_year(f"{fact.prompt} {fact.statement}", pools):
            return []  # "In what year did its fifth series begin?" is asked of counting
    prompt = _lead_in(fact, registry, pools.began)
    if not prompt:
        return []
    wrong = wrong_options(fact, pools, registry)
    found: list[Candidate] = []
    base = score(fact, registry, prompt)
    alone = stands_alone(prompt, fact.answer)
    if not alone:
        return []
    explanation = _people_in_full(_explanation(fact, registry), registry)
    common = {
        "category": category_of(fact, registry),
        "difficulty": difficulty(fact, registry),
        "explanation": explanation,
        "source": fact.source,
    }
    # One person in four is asked to be typed, where the surname alone also counts.
    typed_turn = fact.answer_type in PEOPLE and " " in fact.answer and not is_plural(fact)
    typed_turn = typed_turn and zlib.crc32(f"typed|{fact.key}".encode()) % 4 == 0
    if len(wrong) >= 3 and not typed_turn:
        question = _question(
            fact, QuestionKind.CHOICE, prompt, fact.answer, wrong=wrong[:3], **common
        )
        if question is not None:
            found.append(Candidate(fact, question, base + 0.5))
    elif _NEGATED.search(prompt):
        pass  # "Which character would not appear?" typed has countless right answers
    elif _typeable(fact, registry):
        accept = accepted_answers(fact, registry)
        answer = _EMPHASIS.sub("", fact.answer)
        if answer != fact.answer:
            accept = [fact.answer, *(a for a in accept if a != answer)]
        question = _question(fact, QuestionKind.TYPED, prompt, answer, accept=accept, **common)
        if question is not None:
            # A pair of names typed in full is hard to get right: another reading of the fact
            # ("Which series drew praise from A and B?") asks it better where there is one.
            # A person typed only because options would tell them by gender (surname
            # accepted) ranks as their choice question would have.
            bonus = 0.5 if fact.key in pools.unshown_gender else 0.2
            found.append(Candidate(fact, question, base + (-0.3 if _two_names(fact) else bonus)))
    if found and fact.insitu and not _BY_WHOM.search(fact.insitu):
        # "X was designed by whom?" only says stiffly what "Who designed X?" asks directly
        placed = _lead_in(replace(fact, prompt=fact.insitu), registry, pools.began)
        led = placed.startswith(tuple(f"{w} {registry.topic}, " for w in ("For", "In", "On")))
        if not led and stands_alone(placed, fact.answer):
            # Asked in the text's own words where the direct question had to change them;
            # selection keeps these to a share of the pack.
            question = found[0].question.model_copy(update={"prompt": placed})
            found.append(Candidate(fact, question, found[0].rank + IN_PLACE_BONUS))
    statement = _statement_naming_subject(explanation, prompt, fact, registry)
    statement = true_statement(statement, fact, registry) if statement else None
    if defined_by_its_words(prompt, fact.answer):
        statement = None  # "The fastest rower is named Gold Rower" tells its own truth
    if found and statement is not None:
        common["explanation"] = statement
        question = _question(
            fact, QuestionKind.TRUEFALSE, f"True or false: {statement}", True, **common
        )
        same_verb = related.get(verb_of(fact), ())
        untrue = false_statement(statement, fact, wrong, registry, same_verb)
        if untrue is None and not counted_year(statement, pools):
            options = partial(wrong_options, pools=pools, registry=registry)
            untrue = false_by_year(statement, fact, options, registry, same_verb)
        alternative = None
        if question is not None and untrue is not None:
            alternative = question.model_copy(
                update={"prompt": f"True or false: {untrue}", "answer": False}
            )
        if question is not None:
            found.append(Candidate(fact, question, base - 0.4, alternative))
    return found


def _named_in_full(fact: Fact, registry: Registry) -> Fact:
    """Return a fact whose prompt names a person by their full name, not by surname alone.

    "In which episode does Vane make a cameo?" leaves a player asking who Vane is; the text's
    full name ("Ada Vane") tells them. A name with a quoted nickname stays as the text cut it.
    """
    prompt, insitu = fact.prompt, fact.insitu
    for name in fact.names:
        full = registry.canonical(name)
        if " " in name or full == name or '"' in full or registry.fine_type(name, "") not in PEOPLE:
            continue
        if fold(full) in fold(prompt) or fold(full) in fold(fact.answer):
            continue
        prompt = re.sub(rf"\b{re.escape(name)}\b", full, prompt, count=1)
        if fold(full) not in fold(insitu):  # the question in place names them as fully
            insitu = re.sub(rf"\b{re.escape(name)}\b", full, insitu, count=1)
    if prompt == fact.prompt:
        return fact
    names = (*fact.names, *registry.names_in(prompt))
    return replace(fact, prompt=prompt, insitu=insitu, names=names)


def _people_in_full(text: str, registry: Registry) -> str:
    """Return an explanation that names each person by the full name the text gives them.

    A sentence may say only "Vane steered ..."; the player learns who that is from the
    explanation ("Ada Vane steered ..."), while the source keeps the sentence as written.
    """
    for name in registry.names_in(text):
        full = registry.canonical(name)
        if " " in name or " " not in full or registry.fine_type(full, "") not in PEOPLE:
            continue
        if fold(full) not in fold(text):
            text = re.sub(rf"\b{re.escape(name)}\b", full, text, count=1)
    return text


# Words that only stress a figure: "just two days" is typed and shown as "two days".
_EMPHASIS: Final = re.compile(r"^(?:just|only) (?=\S)", re.IGNORECASE)


_JOINING: Final = frozenset(["of", "and", "the"])


def _typeable(fact: Fact, registry: Registry) -> bool:
    """Whether a player could type a fact's answer: short, or with a short form they may type.

    "Harlow's Loft of Sail and Oar" is long, but it is typed as "Loft of Sail and Oar"
    (the words that join a name's parts do not count).
    """
    if len(fact.answer.split()) <= (MAX_QUOTE_WORDS if fact.answer_type == QUOTE else 4):
        return True
    if _two_names(fact):
        return True
    joined = [[w for w in a.split() if w not in _JOINING] for a in accepted_answers(fact, registry)]
    return any(len(words) <= 4 for words in joined)


def _two_names(fact: Fact) -> bool:
    """Whether an answer is two people's names ("A and B"), each typed as it is written."""
    names = fact.answer.split(" and ")
    return (
        fact.answer_type in PEOPLE
        and len(names) == 2
        and "," not in fact.answer
        and all(1 < len(n.split()) <= 3 for n in names)
    )


# How much a question asked in place ("The bridge was designed by which engineer?") outranks
# its fact's direct question, which keeps it while such questions stay a small share.
IN_PLACE_BONUS: Final = 0.05
# An agent asked in place as "by whom": a quiz book asks "Who designed X?" instead.
_BY_WHOM: Final = re.compile(r"\bby whom\b")

# How a question for a person of the subject names them where "In X," would say the fact
# happened inside the subject: "Which Tidewater cast member found fame in Harlow?"
_MEMBERS: Final = {ACTOR: "cast member"}


def _lead_in(fact: Fact, registry: Registry, began: int | None = None) -> str:
    """Name the subject in a question that does not name it, where the question needs it.

    A role is played "in" the subject ("Who plays Mara Quill in Tidewater?"); a part of the
    subject is named as its own ("Who was Tidewater's composer?", "Which finale of Tidewater
    ...?"); a question that names a person or a thing the text returns to stands alone
    ("Who steered the Swift past the reef?"); what happens to the characters otherwise happens
    "In Tidewater, ..."; anything else was done "For Tidewater, ...", which does not place
    the fact inside the story.
    """
    prompt, topic = fact.prompt, registry.topic
    if not topic or fact.anchored or _names_topic(fact, topic):
        return prompt
    if fact.shape.startswith("cast"):
        return f"{prompt.removesuffix('?')} in {topic}?"
    member = _MEMBERS.get(fact.answer_type)
    if member and prompt.startswith("Who ") and not prompt.startswith("Who plays "):
        return f"Which {topic} {member} {prompt[4:]}"
    credited = _credit_phrase(fact, registry)
    if credited is not None:
        name, phrase = credited
        return prompt.replace(name, phrase, 1)
    people = [fact.answer, *fact.names]
    people = [p for p in people if not any(p != o and p in o for o in people)]
    in_story = fact.answer_type == CHARACTER or any(
        registry.fine_type(name, "") == CHARACTER for name in people
    )
    phrase = fact.owned or _part_of_topic(prompt, registry)
    owned = None
    # A story's own people make a question "In X, ..."; but "which episode" is still the
    # subject's episode, and "the series" the subject itself.
    the_work = phrase.lower() in {f"the {noun}" for noun in works_of(registry)}
    # "the costume designer" who made something for the characters is still the work's own
    the_job = fact.shape == "deed"
    if not in_story or the_work or the_job or phrase.lower().startswith("which "):
        owned = _owned(prompt, phrase, topic, works_of(registry))
    if owned is not None:
        return owned
    given = _given_to(prompt, fact, topic)
    if given is not None:
        return given
    left = _left_post(prompt, fact, registry)
    if left is not None:
        return left
    inside = _inside(prompt, topic)
    if inside is not None:
        return inside
    if _named_in(fact, registry):
        return prompt
    if re.match(r"When [^,?]+, ", prompt):
        return ""  # a second opening clause before the first would not read as a question
    alone = fact.answer_type in PEOPLE and not is_plural(fact)
    job = _credited_job(fact.answer, registry) if prompt.startswith("Who ") and alone else ""
    if job and not any(role_stem(w) == role_stem(job) for w in re.findall(r"[a-z]+", prompt)):
        return f"Which {job} of {topic} {prompt[4:]}"
    lead = "In"
    if registry.topic_kind in JOURNEY_NOUNS and not in_story:
        lead = _journey_lead(prompt, fact, began)
        if not lead:
            return prompt
    return f"{lead} {topic}, {prompt[:1].lower()}{prompt[1:]}"


# A year of a question or its answer: "in 1850".
_YEAR: Final = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
# Questions that count people watching or listening from afar, not those on a journey.
_ONLOOKERS: Final = re.compile(r"^[Hh]ow many (?:people|viewers|spectators|listeners)\b")
# How a date number of the options counts a year (see options.first_date).
_DAYS_A_YEAR: Final = 372


def _journey_lead(prompt: str, fact: Fact, began: int | None) -> str:
    """Return how a question places its fact in a journey: "On", "During", or "" for neither.

    "On Tidewater, who steered Swift past the reef?" happened aboard; people who watched it
    from home did so "During Tidewater"; a goal set in a year before the journey began was
    not set on it ("Who set the goal of crossing the gulf in 1850?" stays as it is).
    """
    years = [int(y) for y in _YEAR.findall(f"{prompt} {fact.answer}")]
    if began is not None and any(year < began // _DAYS_A_YEAR for year in years):
        return ""
    return "During" if _ONLOOKERS.match(prompt) else "On"


# Facts about who a person is, away from the subject: "Where was Ada Venn a student?".
_ABOUT_A_PERSON: Final = frozenset(["school", "studied"])
# The noun for someone of a credit the text gives no job noun for ("won by Ada Venn").
_CREDIT_NOUNS: Final = {"win": "winner"}


def _credit_phrase(fact: Fact, registry: Registry) -> tuple[str, str] | None:
    """Return a person a question asks about and how to name them by their credit, or None.

    "Where was Ada Venn a student?" asks about someone a player knows only from the subject:
    "Where was Tidewater winner Ada Venn a student?" says which Ada Venn, and why it matters.
    """
    if fact.shape not in _ABOUT_A_PERSON:
        return None
    for name in fact.names:
        if registry.fine_type(name, "") not in PEOPLE - {CHARACTER} or name not in fact.prompt:
            continue
        families = registry.credits(name)
        job = _credited_job(name, registry)
        if not job and len(families) == 1:
            job = _CREDIT_NOUNS.get(next(iter(families)), "")
        if job:
            return name, f"{registry.topic} {job} {name}"
    return None


def _inside(prompt: str, topic: str) -> str | None:
    """Return a prompt that names the subject on the word it belongs to, or None.

    A bare role is the subject's ("took over as hosts" -> "as hosts of Tidewater"), as are a
    part of a work ("In which episode ...?" -> "... episode of Tidewater") and a unit of it
    ("each week" -> "each week of Tidewater"); a verb of aiming takes it with "for" ("How
    many people auditioned for Tidewater?").
    """
    role = re.search(r"\bas ([a-z]+)\b(?! of\b| by\b)(?=[ ?])", prompt)
    if role and not re.match(
        r"(?:an?|the|well|soon|long|much|many|\w+(?:self|selves|ed|ly))$", role[1]
    ):
        return f"{prompt[: role.end()]} of {topic}{prompt[role.end() :]}"
    parts = "|".join(sorted(PART_NOUNS))
    part = re.search(
        rf"\b(?:[Ww]hich (?:{parts})|[Ee]ach (?!other\b|one\b)[a-z]+)\b(?! of\b)", prompt
    )
    if part:
        return f"{prompt[: part.end()]} of {topic}{prompt[part.end() :]}"
    for found in re.finditer(r"\b([a-z]+)\b(?= (?:via|by|in|on|at|with)\b|\?)", prompt):
        if found.group(1) in AIMED_VERBS:
            return f"{prompt[: found.end()]} for {topic}{prompt[found.end() :]}"
    return None


def _left_post(prompt: str, fact: Fact, registry: Registry) -> str | None:
    """Return a prompt that says which post a named person left or was taken from, or None.

    "When did Ada Venn step down?" leaves a reader asking from what: "When did Ada Venn step
    down as host of Tidewater?", where the text gives her that credit.
    """
    if " as " in prompt or not re.search(rf"\b(?:{'|'.join(LEAVING_VERBS)})\b", prompt):
        return None
    for name in fact.names:
        job = _credited_job(name, registry) if name != fact.answer else ""
        if job and name in prompt:
            return f"{prompt.removesuffix('?')} as {job} of {registry.topic}?"
    return None


# Jobs the reading gives someone for a credit the text words otherwise ("written by X").
_CREDIT_MARKS: Final = frozenset(["maker", "critic"])


def _credited_job(person: str, registry: Registry) -> str:
    """Return the job the text gives the subject's people of the answer's credit, or "".

    "Who stepped down in 1990?" of a host is "Which host of Tidewater stepped down in 1990?":
    the job says in what the person stepped down, and the subject stands on it. The job is
    the person's own where the text gives one ("the host Ada Venn"), else the noun the text
    gives others credited as they are ("took over as hosts" for one "presented by" names).
    """
    if registry.fine_type(person, "") not in PEOPLE:
        return ""
    families = registry.credits(person)
    if len(families) != 1:
        return ""  # someone who both presented and won: which would be asked is unclear
    (family,) = families
    own = registry.jobs.get(registry.canonical(person), Counter())
    # Others' jobs only for someone with none of their own: "singer X" who "writes the songs"
    # is no "producer" because another person the text names is one. And only people's jobs
    # ("the film X" names no one's job), only those the text writes ("maker" and "critic"
    # mark a credit, not a word of it).
    people = (
        jobs for name, jobs in registry.jobs.items() if registry.fine_type(name, "") in PEOPLE
    )
    for jobs in (own,) if own else (own, sum(people, Counter())):
        for job, _ in sorted(jobs.items(), key=lambda item: (-item[1], item[0])):
            if job in _CREDIT_MARKS or not job.isalpha():
                continue
            if CREDITS.get(role_stem(job)) == family:
                return job.lower()
    return ""


def _part_of_topic(prompt: str, registry: Registry) -> str:
    """Return a phrase of a prompt that names a part the text gives the subject, or "".

    "the crew" where the text says "Its crew ..."; "the eighth series" ranks the subject's
    own series. A phrase with an owner after it ("the crew of the ferry") is someone else's.
    """
    for found in re.finditer(r"\bthe (\w+)\b(?: (\w+)\b)?", prompt):
        first, second = found.groups()
        for phrase, owned in (
            (f"the {first}", first in registry.topic_nouns or first in works_of(registry)),
            (f"the {first} {second}", first in ORDINALS and second in works_of(registry)),
        ):
            rest = prompt[found.start() + len(phrase) :]
            if owned and not re.match(r" of\b|'", rest):
                return phrase
    return ""


def _names_topic(fact: Fact, topic: str) -> bool:
    """Return whether a prompt names the subject, in full or by a short form of two words.

    "Vesh Regatta" names "The Old Vesh Regatta"; "Vesh" alone may name a town.
    """
    folded = fold(topic)
    if folded in fold(fact.prompt):
        return True
    return any(len(n.split()) >= 2 and fold(n) in folded for n in fact.names)


def _given_to(prompt: str, fact: Fact, topic: str) -> str | None:
    """Return a prompt that names the subject as what was given a rating or prize, or None.

    "What rating did Ivo Pask give?" -> "... give Tidewater?"; "Which critic gave a rating of
    four?" -> "Which critic gave Tidewater a rating of four?".
    """
    forms = GIVING_VERBS.get(fact.key.split("|", 1)[0], ())
    if " to " in prompt:
        return None
    for form in forms:
        found = re.search(rf" {form}(?=\?| (?:a|an|the|\d)\b)", prompt)
        if found:
            return f"{prompt[: found.end()]} {topic}{prompt[found.end() :]}".replace(" ?", "?")
    return None


def _owned(prompt: str, phrase: str, topic: str, works: Container[str] = WORK_NOUNS) -> str | None:
    """Return a prompt that names the subject as the owner of a phrase of it, or None.

    "the lunar module" -> "Tidewater's lunar module"; "a second series" -> "a second series
    of Tidewater"; "which finale" -> "which finale of Tidewater".
    """
    found = re.search(rf"\b{re.escape(phrase)}\b", prompt, re.IGNORECASE) if phrase else None
    if found is None:
        return None
    at = found.start()
    phrase = found.group()  # as the prompt writes it: "Book two was ..."
    first, _, rest = phrase.partition(" ")
    if first.lower() == "the" and rest.lower() in works:
        named = topic  # "the programme" is the subject itself
    elif first.lower() == "the" and rest:
        named = f"{possessive(topic)} {rest}"
    else:
        named = f"{phrase} of {topic}"
    return prompt[:at] + named + prompt[at + len(phrase) :]


# Kinds of names that tie a question to the text on their own: a person, or a thing, body or
# work the text names more than once ("Who steered the Swift past the reef?").
_ANCHORING: Final = frozenset({ORG, THING, TITLE})


def _explanation(fact: Fact, registry: Registry) -> str:
    """Return the statement of a fact, naming the subject where its question does."""
    topic = registry.topic
    statement = fact.statement
    if statement.count('"') % 2:
        statement = statement.replace('"', "")  # a quotation cut short: no mark left open
    if not topic or not fact.owned or fold(topic) in fold(statement):
        return statement
    phrase = fact.owned
    if statement.lower().startswith(phrase.lower()):
        phrase = statement[: len(phrase)]  # "The lifeboat was called Swift."
    named = _owned(statement, phrase, topic, works_of(registry))
    if named is None:
        return statement
    return named[:1].upper() + named[1:]


def _named_in(fact: Fact, registry: Registry) -> bool:
    """Return whether a prompt names someone or something of the text that ties it down."""
    topic_words = set(fold(registry.topic).split())
    for name in fact.names:
        if set(fold(name).split()) <= topic_words:
            continue  # a part of the subject's own name ("Tidewater" of "Tidewater Bay")
        kind = registry.fine_type(name, "")
        if kind in PEOPLE or (kind in _ANCHORING and registry.salience(name) >= 2):
            return True
        # A long name of a place or body ties a question down unless the question also
        # holds a bare "the X" that only the subject would explain ("the spacecraft").
        long_name = len(name.split()) >= 3 and kind in (*_ANCHORING, PLACE, SITE)
        if long_name and not re.search(r"\b(?i:the) [a-z]", fact.prompt):
            return True
    return False


def _lead_statement(
    statement: str, topic: str, name_words: Container[str] = (), lead: str = "In"
) -> str:
    if not topic or fold(topic) in fold(statement):
        return statement
    first = statement.split(" ", 1)[0]
    if first[:1].isupper() and first.removesuffix("'s") not in name_words:
        statement = statement[:1].lower() + statement[1:]  # "Production designer X" mid-sentence
    return f"{lead} {topic}, {lower_first(statement)}"


def _question(
    fact: Fact, kind: QuestionKind, prompt: str, answer: str | bool, **fields: object
) -> PackQuestion | None:
    identity = f"{fact.key}|{kind.value}"
    slug = re.sub(r"[^a-z0-9]+", "-", fold(str(fact.answer))).strip("-")[:40].strip("-")
    question_id = f"{fact.shape}-{slug or 'fact'}-{zlib.crc32(identity.encode()):08x}"
    try:
        return PackQuestion(id=question_id, kind=kind, prompt=prompt, answer=answer, **fields)
    except ValidationError:
        return None  # a fact the pack format cannot hold (too long, say) is not asked

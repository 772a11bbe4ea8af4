"""One scoring function ranks the candidate questions; selection keeps the best, fairly."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Final

from quizapp.generate.names import (
    ACTOR,
    CHARACTER,
    COUNT,
    CREW,
    CRITIC,
    DATE,
    MONEY,
    MONTH,
    ORG,
    PEOPLE,
    PERSON,
    PLACE,
    SITE,
    THING,
    TIME,
    TITLE,
    YEAR,
    Registry,
    role_stem,
)
from quizapp.generate.options import asked_noun as _asked_noun
from quizapp.generate.options import is_rating
from quizapp.generate.shapes import Fact
from quizapp.generate.wording import TYPE_CATEGORIES, category
from quizapp.packs.model import Difficulty, PackQuestion, QuestionKind, fold

# How much a fan cares about each kind of answer, before salience.
TYPE_WEIGHT: Final = {
    ACTOR: 1.0,
    CHARACTER: 0.9,
    PERSON: 0.6,
    TITLE: 0.6,
    PLACE: 0.5,
    SITE: 0.5,
    ORG: 0.4,
    YEAR: 0.4,
    DATE: 0.3,
    MONTH: 0.2,
    COUNT: 0.4,
    MONEY: 0.4,
    TIME: 0.0,
}
# Facts asked of one sentence, and questions in all (their true or false statements beside
# them), so no sentence floods the pack.
MAX_PER_SENTENCE: Final = 6
MAX_QUESTIONS_PER_SENTENCE: Final = 8
# A fact gives one asked question (choice, typed or in place) and one true or false statement.
# Both share the fact's sentence as their source, and a round never draws two questions of one
# source, so a player never meets one beside the other.
MAX_PER_FACT: Final = 2
LONG_PROMPT_WORDS: Final = 16
# A question below this score is not asked: a bit-part name with nothing to hang it on.
MIN_SCORE: Final = 2.2
NO_HOOK: Final = {CRITIC: 1.5, CREW: 0.6}
# How many content words a question needs to ask one of the crew by a deed (see score).
DEED_WORDS: Final = 6
# Trivia a fan would not ask, enough to drop it: when minor news was made public (see
# _minor_news), who of the crew worked with whom (see _crew_to_crew), and a bare credit of
# one of the crew the text barely names (see _bare_credit).
LOW_VALUE: Final = 1.5
# How often the text must name one of the crew for a bare credit of them to be worth asking:
# "Who was the commander?" of a crew the text keeps returning to.
CREDITED_SALIENCE: Final = 3
# Verbs that make news public: the date of such news is worth asking only about what the
# text returns to.
NEWS_VERBS: Final = frozenset(["announce", "confirm", "reveal", "report", "unveil"])
# How many mentions the best-known name of a prompt adds to its answer's for difficulty.
PROMPT_HOOK: Final = 2
# Critics' scores read alike ("four out of five", "4/5"): a pack asks one of them.
MAX_RATINGS: Final = 1
MAX_BLANK_SHARE: Final = 0.25
# What a question loses for asking a name a question of an earlier sentence already asks for,
# so its own sentence's other facts come first (see _asked_again).
NOVELTY: Final = 0.8
# Questions asked in place ("The bridge was designed by which engineer?") stay a smaller share,
# under the blanks' limit: most of a pack asks directly.
MAX_IN_PLACE_SHARE: Final = 0.2
COUNTED: Final = frozenset({COUNT, MONEY, DATE, YEAR, MONTH, TIME})
_CHARACTER_NOUNS: Final = frozenset(["character", "characters"])
# Categories a fact about one of the story's characters is filed under Characters from.
_STORY_FILED: Final = frozenset(["People", "General", "Organisations", "Places", "Numbers"])
_WON: Final = frozenset(["win"])
_CONTENT_WORD = re.compile(r"[\w'-]{4,}")
_WORD = re.compile(r"[\w'-]+")
_QUESTION_WORDS: Final = frozenset(
    ["which", "what", "when", "where", "whom", "whose", "does", "true", "false"]
)


@dataclass(frozen=True)
class Candidate:
    """A worded question for a fact, with the score that ranks it."""

    fact: Fact
    question: PackQuestion
    rank: float
    # A true or false statement is chosen in its true form; this is its false form, where the
    # text gives a value that makes it surely false.
    alternative: PackQuestion | None = None


def score(fact: Fact, registry: Registry, prompt: str) -> float:
    """Return how good a question on this fact is.

    The sum of: the answer type's weight; the salience of the answer and of the names the
    prompt holds (how often the text names them, capped, so the main cast outranks a set
    decorator); a penalty for each word past LONG_PROMPT_WORDS; NO_HOOK off a question
    whose answer is a critic (enough to drop it) or someone known only by a job (enough to rank
    it low), who made nothing the text names ("directed by X" is a hook), is named once, and is
    asked about nothing the text returns to (no other name in the prompt named twice, not the
    subject itself) and, for one of the crew, not by a deed (see _asked_by_deed): "Who gave it
    four stars?", "Who was the set decorator?"; and LOW_VALUE
    off the date of minor news, a crew member asked by another ("Which designer worked
    with the set decorator X?") and a bare credit of one of the crew the text barely names
    ("Who was the costume designer?"). The kind of question adds its own small bonus in the
    caller.
    """
    answers = fact.answer.replace(", ", " and ").split(" and ")
    answer_salience = min(max(registry.salience(a) for a in answers), 4)  # "A and B": the better
    prompt_salience = min(sum(min(registry.salience(n), 3) for n in fact.names), 4)
    words = len(prompt.split())
    first = answers[0]
    role = registry.role(first) if fact.answer_type in PEOPLE else ""
    if registry.has_job(first, "critic"):
        role = CRITIC  # a critic the tagger took for an outlet is still a critic
    hooked = (
        registry.made_something(first)
        or answer_salience >= 2
        or any(registry.salience(n) >= 2 for n in fact.names)
        or (bool(registry.topic) and fold(registry.topic) in fold(fact.prompt))
        or (role == CREW and _asked_by_deed(fact))
    )
    return (
        2.0
        + TYPE_WEIGHT.get(fact.answer_type, 0.1)
        + 0.3 * answer_salience
        + 0.2 * prompt_salience
        - 0.08 * max(0, words - LONG_PROMPT_WORDS)
        - (0.0 if hooked else NO_HOOK.get(role, 0.0))
        - (LOW_VALUE if _low_value(fact, registry, role) else 0.0)
    )


def _low_value(fact: Fact, registry: Registry, role: str) -> bool:
    return (
        _minor_news(fact, registry)
        or _crew_to_crew(fact, registry)
        or _bare_credit(fact, registry, role)
        or _outside_the_work(fact, registry)
    )


def _outside_the_work(fact: Fact, registry: Registry) -> bool:
    """Whether a question asks what one of the cast did away from the work.

    "Where did Ana Ruel find wider fame?" is a question about an actor, not about the work a
    fan of it knows: its answer is no one, the prompt names only actors, and not the work.
    "Which Tidewater cast member later found fame in Pale Kestrel?" asks the same fact of
    the work's own cast.
    """
    if fact.shape.startswith("cast") or fact.answer_type in PEOPLE or not fact.names:
        return False
    if registry.topic and fold(registry.topic) in fold(fact.prompt):
        return False
    return all(registry.role(n) == ACTOR for n in fact.names)


def _bare_credit(fact: Fact, registry: Registry, role: str) -> bool:
    """Whether a question asks only who held a job behind the scenes, of someone barely named.

    "Who was Tidewater's costume designer?" asks a credit a fan would have to look up, however
    the prompt names the work: the text names the designer once or twice, credits them with
    no work of their own, and the question holds nothing they did. "Who was the commander?"
    of a crew the text keeps returning to, and "Which designer made the masks?", stay.
    """
    if fact.shape != "role" or role != CREW:
        return False
    answers = fact.answer.replace(", ", " and ").split(" and ")
    return all(
        registry.salience(a) < CREDITED_SALIENCE and not registry.made_something(a) for a in answers
    )


def _asked_by_deed(fact: Fact) -> bool:
    """Whether a question asks for someone by what they did, not by a bare credit.

    "Which set decorator drew on art lessons to build realistic classrooms?" gives a fan a
    hook that "Who was the set decorator?" does not: a reading other than a credit or a list,
    with DEED_WORDS content words or more.
    """
    if fact.shape in ("role", "listed"):
        return False
    words = set(_CONTENT_WORD.findall(fold(fact.prompt))) - _QUESTION_WORDS
    return len(words) >= DEED_WORDS


def _minor_news(fact: Fact, registry: Registry) -> bool:
    """Whether a question asks when news was made public that names only passing names.

    "When was it announced that A, B and C would return?" and "When was a casting call
    announced for a character named D?" ask the date of news about people the text names
    once; "When was the first round of casting announced?" names no one and stays, and so
    does "When did E announce the first round of casting?": E made the news, it is not about E.
    """
    verb = fact.key.split("|", 1)[0]
    if fact.answer_type not in COUNTED - {COUNT, MONEY} or verb not in NEWS_VERBS:
        return False
    people = [
        n
        for n in fact.names
        if not _of_subject(n, registry)
        and (
            f"{n} {verb[:-1]}" not in fact.prompt
            or not re.search(rf"\b{re.escape(n)} {verb[:-1]}", fact.prompt)
        )
    ]
    return bool(people) and all(registry.salience(n) <= 1 for n in people)


def _crew_to_crew(fact: Fact, registry: Registry) -> bool:
    """Whether a question asks for one of the crew by another, and for nothing else.

    "Which production designer worked with set decorator X?": the prompt knows X only by a
    job, the answer is of the crew too, neither is a name the text keeps returning to, and
    the question names nothing a fan of the work would know them by.
    """
    if fact.answer_type not in PEOPLE or not fact.names:
        return False
    if registry.topic and fold(registry.topic) in fold(fact.prompt):
        return False
    answers = fact.answer.replace(", ", " and ").split(" and ")
    if any(registry.role(n) != CREW or registry.salience(n) > 2 for n in answers):
        return False
    return all(_known_by_job(n, fact.prompt, registry) for n in fact.names)


def _known_by_job(name: str, prompt: str, registry: Registry) -> bool:
    """Whether a prompt gives a name of the crew with its job before it ("set decorator X")."""
    if registry.role(name) != CREW or registry.salience(name) > 2:
        return False
    before = prompt[: max(prompt.find(name), 0)].split()[-1:]
    return any(role_stem(word) in registry.roles(name) for word in before)


def _of_subject(name: str, registry: Registry) -> bool:
    return bool(registry.topic) and fold(name) in fold(registry.topic)


def _verb(fact: Fact) -> str:
    return fact.key.split("|", 1)[0]


def category_of(fact: Fact, registry: Registry) -> str:
    """Return a fact's category, as the whole text reads its answer.

    A question whose answer is one of the story's characters, or that asks for a character,
    goes under Characters, not under People with the crew and the critics; so does one whose
    prompt names a character and that no verb files elsewhere.

    A name the tagger takes for an organisation that the text also calls a thing ("a boat
    called Swift") is no organisation: its questions go under General.
    """
    if fact.answer_type in COUNTED - {COUNT, MONEY}:
        return TYPE_CATEGORIES[DATE]  # "When was it launched?" is a date, whatever the verb
    if is_rating(fact.answer):
        return "Reception"  # "What rating did the critic give it?" is a review, not a number
    found = category(fact)
    in_story = fact.answer_type == CHARACTER or _asked_noun(fact.prompt) in _CHARACTER_NOUNS
    if found == "People" and in_story:
        return TYPE_CATEGORIES[CHARACTER]  # "Who falls for Pell?" is about the story's people
    of_character = fact.shape == "age" or any(
        registry.fine_type(n, "") == CHARACTER for n in fact.names
    )
    if found in _STORY_FILED and of_character:
        # "In which episode do Ana and Una kiss?", "Where is Ana a student?", "How old is Ana?"
        return TYPE_CATEGORIES[CHARACTER]
    asks_who = fact.answer_type in PEOPLE or fact.prompt.startswith("Who ")
    if found == "Reception" and asks_who and _verb(fact) in _WON:
        return "People"  # who won it is one of its people, however the sentence put it
    if found == TYPE_CATEGORIES[ORG]:
        votes = registry.types.get(registry.canonical(fact.answer))
        if votes and votes[THING] > 0:
            return "General"
    return found


def difficulty(fact: Fact, registry: Registry) -> Difficulty:
    """Rate a fact by how often the text names its answer and its subject.

    A fact about names the text keeps returning to (four or more mentions in all) is easy,
    one about names it mentions two or three times is medium, and one it names once is hard.
    The prompt's best-known name counts for at most PROMPT_HOOK mentions: a lead in the
    question ("Who is the lead's father?") is a hook, but the player must still recall a name
    the text gives once.
    """
    # The best-known name of the prompt, not the sum: four names each named once are no hook.
    hook = max((registry.salience(n) for n in fact.names), default=0)
    mentions = registry.salience(fact.answer) + min(hook, PROMPT_HOOK)
    if mentions >= 4:
        return Difficulty.EASY
    if mentions >= 2:
        return Difficulty.MEDIUM
    return Difficulty.HARD


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the best question per fact and kind, a few facts per sentence, none telling another.

    Candidates under MIN_SCORE go. The rest are taken best first, every fact's best question
    before any fact's second, so a sentence's cap is spent on different facts first. A fact
    gives at most one asked question and, beside it, one true or false statement (never a
    statement alone); one sentence does not ask for the same name twice in one kind; no prompt
    repeats; no prompt holds another fact's chosen answer beside the words that question asks
    with (a sentence's name and its date are two facts: see _two_facts); critics' scores come
    from at most MAX_RATINGS facts; blanks (and questions
    asked in place, "The bridge was designed by which engineer?") stay at most
    MAX_IN_PLACE_SHARE of the asked questions: past it, the lowest-ranked of them give way to
    their facts' direct questions. A question asking again for a thing's name that an
    earlier sentence's question asks for ranks NOVELTY lower (see _asked_again).
    """
    chosen = _select_once(candidates)
    again = _asked_again(chosen)
    if again:
        candidates = [
            replace(c, rank=c.rank - NOVELTY) if c.fact.key in again else c for c in candidates
        ]
        chosen = _select_once(candidates)
    for _ in range(4):
        # "by whom" gives way first: "by which company" reads as a quiz book would ask it
        placed = sorted(
            (c for c in chosen if not asks_directly(c.question)),
            key=lambda c: (" whom" not in c.question.prompt, *_by_rank(c)),
        )
        excess = len(placed) - int(MAX_IN_PLACE_SHARE * len(_asked(chosen)))
        if excess <= 0:
            break
        dropped = {id(c) for c in placed[:excess]}
        candidates = [c for c in candidates if id(c) not in dropped]
        chosen = _select_once(candidates)
    chosen = _few_blanks(chosen)
    asked = {c.fact.key for c in _asked(chosen)}
    ids: set[str] = set()
    result = []
    for candidate in sorted(chosen, key=lambda c: (c.fact.sentence, c.question.id)):
        if candidate.question.id not in ids and candidate.fact.key in asked:
            ids.add(candidate.question.id)
            result.append(candidate)
    return result


def _asked_again(chosen: list[Candidate]) -> set[str]:
    """Return the facts whose question asks for a thing a question of an earlier sentence asks.

    "What was the boat called?" (Swift) comes first; "Which boat is now kept at the Vesh
    Loft?" asks for Swift again, where its sentence's own news is the loft.
    """
    first: dict[str, int] = {}
    for candidate in _asked(chosen):
        name = _name_asked(candidate)
        if name:
            first[name] = min(first.get(name, candidate.fact.sentence), candidate.fact.sentence)
    return {
        c.fact.key
        for c in _asked(chosen)
        if _name_asked(c) and first[_name_asked(c)] < c.fact.sentence
    }


def _name_asked(candidate: Candidate) -> str:
    """Return the name of a thing a question asks for, or "" for a person or a figure.

    The text's people are its subject and are asked for in many sentences; a thing's name is
    news once.
    """
    if candidate.fact.answer_type in COUNTED | PEOPLE:
        return ""
    return fold(candidate.fact.answer).removeprefix("the ")


def _asked(chosen: list[Candidate]) -> list[Candidate]:
    """Return the questions that ask (choice, typed, in place), not true or false ones."""
    return [c for c in chosen if c.question.kind is not QuestionKind.TRUEFALSE]


# A direct question opens with its question word, after at most one short lead-in clause
# ("In Tidewater, who ...?") and a preposition ("On what date ...?").
_DIRECT: Final = re.compile(
    r"^(?:[^?,]{1,60},\s*)?(?:(?:in|on|at|for|by|from|to|with|during|after|before|since|until|of)"
    r"\s+)?(?:who|whom|whose|what|which|when|where|why|how)\b",
    re.IGNORECASE,
)


def asks_directly(question: PackQuestion) -> bool:
    """Return whether a question opens with its question word (a true/false one always does)."""
    if question.kind is QuestionKind.TRUEFALSE:
        return True
    return "___" not in question.prompt and bool(_DIRECT.match(question.prompt))


def _by_rank(candidate: Candidate) -> tuple[float, str]:
    return (candidate.rank, candidate.question.id)


def _select_once(candidates: list[Candidate]) -> list[Candidate]:
    ranked = sorted(
        (c for c in candidates if c.rank >= MIN_SCORE or _states(c)),
        key=lambda c: (-c.rank, c.fact.sentence, c.question.id),
    )
    best: set[str] = set()
    first: list[Candidate] = []
    second: list[Candidate] = []
    for candidate in ranked:
        (second if candidate.fact.key in best else first).append(candidate)
        best.add(candidate.fact.key)
    per_sentence: dict[int, set[str]] = {}
    questions_here: dict[int, int] = {}
    per_fact: dict[str, set[str]] = {}
    prompts: set[str] = set()
    answers: dict[str, str] = {}
    shapes: set[tuple[str, str]] = set()
    chosen: list[Candidate] = []
    told = _Told()
    rated: set[str] = set()
    stated: dict[int, list[frozenset[str]]] = {}
    for candidate in first + second:
        question = candidate.question
        kind = "tf" if _states(candidate) else "ask"
        key = candidate.fact.key
        kinds = per_fact.setdefault(key, set())
        if kind in kinds or len(kinds) >= MAX_PER_FACT or (kind == "tf" and "ask" not in kinds):
            continue  # a statement is the second question of a fact that is asked
        rating = is_rating(candidate.fact.answer)
        if rating and key not in rated and len(rated) >= MAX_RATINGS:
            continue  # another critic's score reads as the same question again
        named = candidate.fact.answer_type not in COUNTED
        answer = fold(candidate.fact.answer)
        if candidate.fact.answer_type in PEOPLE:
            answer = answer.split()[-1]  # "Vell" and "Ivo Vell" are one person
        # Who plays whom and what the actor did elsewhere are two facts of one name.
        answer = f"{candidate.fact.sentence}|{answer}|{candidate.fact.shape.startswith('cast')}"
        if named and answers.get(answer, key) != key:
            continue  # one sentence asked twice for the same name tells one fact twice
        facts_here = per_sentence.setdefault(candidate.fact.sentence, set())
        if key not in facts_here and len(facts_here) >= MAX_PER_SENTENCE:
            continue
        if questions_here.get(candidate.fact.sentence, 0) >= MAX_QUESTIONS_PER_SENTENCE:
            continue
        folded = fold(question.prompt)
        if folded in prompts or told.gives_away(candidate):
            continue
        said = frozenset(_words(question.prompt)) if kind == "tf" else frozenset()
        stated_here = stated.setdefault(candidate.fact.sentence, [])
        if said and any(said <= other or other <= said for other in stated_here):
            continue  # "Petrel landed at 06:45" beside "Petrel landed on 3 May at 06:45"
        shape = _shape(candidate)
        if shape[0] and shape in shapes:
            # "What rating did A give it?" and "What rating did B give it?", both "four out
            # of five", read as one fact twice: the fact is not asked another way either.
            kinds.update(("ask", "tf"))
            continue
        shapes.add(shape)
        told.add(candidate)
        prompts.add(folded)
        kinds.add(kind)
        if named:
            answers[answer] = key
        if rating:
            rated.add(key)
        if said:
            stated_here.append(said)
        facts_here.add(key)
        questions_here[candidate.fact.sentence] = questions_here.get(candidate.fact.sentence, 0) + 1
        chosen.append(candidate)
    return chosen


def _states(candidate: Candidate) -> bool:
    return candidate.question.kind is QuestionKind.TRUEFALSE


def _shape(candidate: Candidate) -> tuple[str, str]:
    """Return a question's answer and its prompt's words but names; none for true or false.

    Names and the words that join them ("Pim Osk of the Vesh Gazette") are left out, so
    "What rating did A give X?" and "What rating did B of C give X?" are of one shape.
    """
    if candidate.question.kind is QuestionKind.TRUEFALSE:
        return ("", "")
    words = [w for w in candidate.question.prompt.split() if not w[:1].isupper()]
    return (fold(candidate.fact.answer), " ".join(w for w in words if w not in _JOINING))


_JOINING: Final = frozenset(["of", "the", "and", "de"])


class _Told:
    """The chosen questions, indexed by word, to find one that gives another away.

    "Which designer worked with set decorator Una Brisk?" tells "Who was the set decorator?":
    one prompt holds the other's answer and every word the other asks with. "Who plays X?" and
    "Which character does Y play?" of one sentence ask one fact both ways; "Who was the
    designer?" and "Which designer worked with Z?" (answer Y both) ask it twice. The index
    keeps these checks from comparing every pair of questions.
    """

    def __init__(self) -> None:
        self._prompts: dict[str, list[Candidate]] = {}
        self._answers: dict[str, list[Candidate]] = {}
        self._read: dict[int, tuple[str, str, frozenset[str]]] = {}
        self._figures: dict[str, list[Candidate]] = {}

    def add(self, candidate: Candidate) -> None:
        for gram in _grams(candidate.question.prompt):
            self._prompts.setdefault(gram, []).append(candidate)
        if candidate.fact.answer_type not in COUNTED:
            self._answers.setdefault(_key(candidate.fact.answer), []).append(candidate)
        elif _figure(candidate):
            self._figures.setdefault(_key(candidate.fact.answer), []).append(candidate)

    def gives_away(self, candidate: Candidate) -> bool:
        for gram in _grams(candidate.question.prompt):
            answered = self._answers.get(gram, ())
            if any(
                self._tells(o, candidate)
                for o in answered
                if o.fact.key != candidate.fact.key and not _two_facts(o, candidate)
            ):
                return True
            if any(_beside(o, candidate) for o in self._figures.get(gram, ())):
                return True  # "... rank at number seven?" tells "At what number did it rank?"
        if _figure(candidate):
            found = self._prompts.get(_key(candidate.fact.answer), ())
            return any(_beside(o, candidate) for o in found)
        if candidate.fact.answer_type in COUNTED:
            return False
        found = self._prompts.get(_key(candidate.fact.answer), ())
        if any(
            self._tells(candidate, o)
            for o in found
            if o.fact.key != candidate.fact.key and not _two_facts(o, candidate)
        ):
            return True
        same = self._answers.get(_key(candidate.fact.answer), ())
        others = [o for o in same if o.fact.key != candidate.fact.key]
        return any(self._restates(candidate, other) for other in others)

    def _restates(self, one: Candidate, other: Candidate) -> bool:
        """Whether two questions with one answer ask it with the same words: one fact twice."""
        answer, prompt, words = self._reading(one)
        answer_too, prompt_too, words_too = self._reading(other)
        if answer != answer_too:
            return False
        noun = _asked_noun(one.fact.prompt)
        if noun and noun == _asked_noun(other.fact.prompt):
            return True  # "Which designer ...?" twice, answer Y: one fact, Y is the designer
        return (
            bool(words)
            and all(w in prompt_too for w in words)
            or (bool(words_too) and all(w in prompt for w in words_too))
        )

    def _tells(self, asking: Candidate, telling: Candidate) -> bool:
        """Whether one question's prompt holds another's answer and all it asks with."""
        answer, _, words = self._reading(asking)
        other, told, _ = self._reading(telling)
        if answer not in told:
            return False
        if other in self._reading(asking)[1] and _one_relation(asking, telling):
            return True  # one fact asked both ways: "Who plays X?" and "Whom does Y play?"
        noun = _asked_noun(asking.fact.prompt)
        if noun and noun in told.split():
            return True  # "Which designer worked with the decorator X?" tells who X is
        return bool(words) and all(w in told for w in words)

    def _reading(self, candidate: Candidate) -> tuple[str, str, frozenset[str]]:
        found = self._read.get(id(candidate))
        if found is None:
            asks = set(_CONTENT_WORD.findall(fold(candidate.fact.prompt))) - _QUESTION_WORDS
            # "the first" is told by "Tidewater's first episode" as much as by "the first".
            answer = fold(candidate.fact.answer).removeprefix("the ")
            found = (answer, fold(candidate.question.prompt), frozenset(asks))
            self._read[id(candidate)] = found
        return found


def _one_relation(one: Candidate, other: Candidate) -> bool:
    """Whether two questions that each name the other's answer may ask one relation both ways.

    "Who falls for X?" (Y) and "Who does Y sit next to?" (X) are two facts of one sentence,
    told by different verbs; a round never draws both.
    """
    if one.fact.sentence != other.fact.sentence:
        return True
    return one.fact.key.split("|", 1)[0] == other.fact.key.split("|", 1)[0]


def _figure(candidate: Candidate) -> bool:
    """Whether an answer is a figure of words a prompt could hold whole ("number seven")."""
    return candidate.fact.answer_type in COUNTED and len(_words(candidate.fact.answer)) > 1


def _beside(one: Candidate, other: Candidate) -> bool:
    """Whether two questions ask two figures of one sentence (its name and date stay two facts).

    "How many days after its release did it rank at number seven?" holds the answer of "At
    what number did it rank?": a round keeps them apart, a reader of the pack does not.
    """
    return (
        one.fact.sentence == other.fact.sentence
        and one.fact.key != other.fact.key
        and one.fact.answer_type in COUNTED
        and other.fact.answer_type in COUNTED
    )


def _two_facts(one: Candidate, other: Candidate) -> bool:
    """Whether two questions of one sentence ask two of its facts: a name, and a when or how many.

    "Where did the ferry dock?" and "When did the ferry dock at Port Vesh?" ask two things the
    sentence says; a round never draws two questions of one sentence, so neither gives the
    other away there. But two names of one sentence ("Which designer worked with decorator X?",
    "Which decorator ...?") stay one fact told twice.
    """
    return (
        one.fact.sentence == other.fact.sentence
        and one.fact.key != other.fact.key
        and (one.fact.answer_type in COUNTED) != (other.fact.answer_type in COUNTED)
    )


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _grams(text: str) -> set[str]:
    """Return the runs of one to four words of a text, to look names up by."""
    words = _words(text)
    return {" ".join(words[i : i + n]) for n in range(1, 5) for i in range(len(words) - n + 1)}


def _key(answer: str) -> str:
    words = _words(answer)
    if len(words) > 1 and words[0] == "the":
        words = words[1:]  # "the first" is told by "Tidewater's first episode"
    return " ".join(words[:4])


def _few_blanks(chosen: list[Candidate]) -> list[Candidate]:
    """Drop the lowest-ranked fill-in-the-blank questions past MAX_BLANK_SHARE of those asked."""
    blanks = sorted((c for c in chosen if not asks_directly(c.question)), key=_by_rank)
    asked = len(_asked(chosen))
    excess = 0
    while blanks[excess:] and len(blanks) - excess > MAX_BLANK_SHARE * (asked - excess):
        excess += 1
    dropped = {id(c) for c in blanks[:excess]}
    return [c for c in chosen if id(c) not in dropped]

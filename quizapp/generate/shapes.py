"""Facts read from the parse: each sentence shape gives facts worded as direct questions.

A fact is one thing the text states, a question that asks for it and the statement that
answers it. The shapes (with an example each, also in docs/generator.md):

- cast in parentheses: "the story of Una Brisk (Ivo Pask)" -> Who plays Una Brisk?
- "as": "Ivo Pask stars as Una Brisk", "Ivo Pask and Tam Roe were cast as Ann and Bo respectively"
- play/portray: "Ivo Pask plays Una Brisk", "Una Brisk is played by Ivo Pask"
- the role of X went to Y: "the role of the mayor went to Ivo Pask"
- subject: "Ivo Pask founded the club" -> Who founded the club?
- passive with agent: "The club was founded by Ivo Pask" -> Who was the club founded by?
- object: "The friends attend Hill Academy" -> Which college do the friends attend?
- place, time and count modifiers: "The band formed in Leeds in 1990", "ran for 12 weeks"
- participle after a noun: "a film directed by Ivo Pask", "a boat called Swift"
- role before a name: "pilot Ivo Pask", "the composer Ivo Pask" -> Which composer ...?
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING, Final

from quizapp.generate.grammar import (
    BOUND_WORDS,
    COMPANY_WORDS,
    DESCRIBING_VERBS,
    FACTIVE_VERBS,
    FEMALE_WORDS,
    INTENT_VERBS,
    INTRANSITIVE_VERBS,
    IRREGULAR_PARTICIPLES,
    KIN_NOUNS,
    MALE_WORDS,
    MONTHS,
    NAMING_VERBS,
    ORDINALS,
    PLACE_PREPOSITIONS,
    POINTING_PHRASES,
    POINTING_WORDS,
    TITLED_NOUNS,
    VERDICT_NOUNS,
    WORK_NOUNS,
    WRITTEN_NOUNS,
    do_support,
    number_value,
    past_of,
    past_participle,
    simple_past,
    singular_be,
    third_person,
)
from quizapp.generate.names import (
    ACTOR,
    CHARACTER,
    COUNT,
    DATE,
    MONEY,
    MONTH,
    ORDINAL,
    ORG,
    PEOPLE,
    PERSON,
    PLACES,
    QUOTE,
    SITE,
    THING,
    TIME,
    TITLE,
    YEAR,
    Registry,
    date_type,
    defined_by_relation,
    entities_in,
    entity_type,
    identifying_owner,
    is_name_head,
    is_proper,
    name_span,
    works_of,
)
from quizapp.generate.nlp import is_code

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Verbs of performing a role: the one table of subject words the shapes read.
CAST_VERBS: Final = frozenset(
    [
        "play",
        "portray",
        "voice",
        "star",
        "cast",
        "appear",
        "feature",
        "join",
        "return",
        "complete",
        "reprise",
    ]
)
# Children of a clause's verb that belong to another clause or to nothing a question needs.
_OTHER_CLAUSE: Final = frozenset(
    {"conj", "cc", "advcl", "parataxis", "mark", "punct", "relcl", "dep", "meta", "intj", "ccomp"}
)
_SUBJECTS: Final = frozenset({"nsubj", "nsubjpass", "csubj"})
MAX_PROMPT_WORDS: Final = 24
# A quotation longer than this is no answer a player could type or pick out.
MAX_QUOTE_WORDS: Final = 10
# Verbs that give the words a thing bears or a person said: 'The sign reads: "Keep out"'.
_QUOTING_VERBS: Final = frozenset(["read", "say", "state", "declare", "proclaim"])
MAX_REST_WORDS: Final = 9
_CLOCK: Final = re.compile(r"\d{1,2}:\d{2}")
_YEAR: Final = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
# What may stand between two years of one question: "from 1880 to 1886", "in 1884 and 1885".
_YEAR_JOINS: Final = frozenset([" to ", " and ", "-", "–", " or ", ", "])
_GLUED: Final = re.compile(r"^[a-z]{2,}[A-Z][a-z]+$")
_FUNCTION_WORDS: Final = frozenset({"DET", "ADV", "ADP", "SCONJ", "CCONJ", "AUX", "PART", "PRON"})
# Nouns for someone who did something to the subject, with the verb's past and present:
# "the winner in 1987" is who "won" it.
_DEEDS: Final = {"winner": ("won", "win"), "champion": ("won", "win")}
# A preposition left at the end of a question: "Who was the bridge designed by?"
_STRANDED: Final = re.compile(r" (?:to|on|in|at|by|for|from|with|of|as|into|onto|about)\?$")
# Verbs that make news public: "it was announced that ..." states the news as true.
_NEWS_VERBS: Final = frozenset(["announce", "reveal", "confirm"])
_MAX_NEWS_WORDS: Final = 20
_MODALS: Final = frozenset(["will", "would", "can", "could", "may", "might", "shall", "should"])
_RELATIVE_WORDS: Final = frozenset({"which", "whom", "whose", "who", "that", "where", "when"})


@dataclass(frozen=True)
class Fact:
    """One stated fact and the direct question that asks for it."""

    shape: str
    sentence: int
    source: str
    prompt: str
    answer: str
    answer_type: str
    statement: str
    key: str
    names: tuple[str, ...] = ()
    gender: str | None = None
    plural: bool = False
    bound: str = ""
    # A phrase of the prompt that names a part of the text's subject ("the first series",
    # "which finale"), where the question can name the subject itself: "Tidewater's first
    # series", "which finale of Tidewater".
    owned: str = ""
    # The question asked in place, in the text's own words: "The bridge was designed by which
    # engineer?" (a fill-in-the-blank in the form of a question), or "".
    insitu: str = ""
    # Whether the prompt names what identifies its answer ("What is the capital of Ostland?"),
    # so it needs no word on the text's subject, whatever that subject is.
    anchored: bool = False

    @property
    def slot(self) -> str:
        """Return the statement with a placeholder where the answer stands."""
        return self.statement.replace(self.answer, "{}", 1)


@dataclass(frozen=True)
class _Answer:
    span: Span
    head: Token
    kind: str
    text: str
    plural: bool = False
    role: str = ""


# Where a doc keeps the named person each resolved pronoun stands for, by token index.
REFERENTS: Final = "quizapp.referents"
# Where a doc keeps the person a question being worded asks for: a pronoun that stands for
# the answer becomes "their", so the question neither names nor genders its answer.
ASKED: Final = "quizapp.asked"
# Marked on a doc while a statement of a fact is written: there a pronoun that stands for the
# answer keeps its own word ("Una flies her own plane").
STATING: Final = "quizapp.stating"
_PRONOUN_GENDER: Final = {
    "he": "m",
    "him": "m",
    "his": "m",
    "she": "f",
    "her": "f",
}


def render(tokens: Iterable[Token]) -> str:
    """Return tokens as text, in text order, with their own spacing.

    A pronoun the text resolves to a named person is written as that person's name.
    """
    ordered = sorted(set(tokens), key=lambda t: t.i)
    parts: list[str] = []
    referents: dict[int, str] = ordered[0].doc.user_data.get(REFERENTS, {}) if ordered else {}
    asked = ordered[0].doc.user_data.get(ASKED) if ordered else None
    for index, token in enumerate(ordered):
        word = _referent_word(token, referents.get(token.i), asked)
        if token.i in referents:
            pass
        elif (
            token.is_sent_start
            and (token.pos_ in _FUNCTION_WORDS or token.pos_ in ("NOUN", "ADJ"))
            and not _opens_name(token)
        ):
            word = word.lower()
        parts.append(word)
        following = ordered[index + 1] if index + 1 < len(ordered) else None
        if following is not None and (token.whitespace_ or following.i != token.i + 1):
            if following.text in (",", ".", ";", ":", ")", "'s", "'") and following.is_punct:
                continue
            parts.append(" ")
    text = "".join(parts)
    for before, after in ((" ,", ","), ("( ", "("), (" )", ")"), (" 's", "'s")):
        text = text.replace(before, after)
    return text.strip(" ,;:-")


def possessive(name: str) -> str:
    """Return a name as an owner: "Tidewater's", "The Larks'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _counted(noun: Token) -> bool:
    """Return whether a noun after a number counts things: "towns", and "four series"."""
    return noun.tag_ == "NNS" or (noun.tag_ == "NN" and noun.lower_.endswith("es"))


def _opens_name(token: Token) -> bool:
    """Return whether a sentence's capitalised first word begins a name ("Rotten Tomatoes")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.pos_ in ("ADJ", "NOUN")
        and token.is_title
        and following is not None
        and following.pos_ == "PROPN"
        and following.head.i >= following.i
        and token.head.i > token.i
        and token.head.pos_ == "PROPN"
    )


@contextmanager
def _stating(doc: Doc) -> Iterator[None]:
    """Write statements, not questions, while inside."""
    doc.user_data[STATING] = True
    try:
        yield
    finally:
        doc.user_data[STATING] = False


def _referent_word(token: Token, referent: str | None, asked: str | None) -> str:
    """Return how a word is written: a resolved pronoun as its person's name."""
    if referent is None:
        return token.text
    possessive = token.tag_ == "PRP$"
    if referent == asked:
        stating = token.doc.user_data.get(STATING)
        return "their" if possessive and not stating else token.text
    if not possessive:
        return referent
    return f"{referent}'" if referent.endswith("s") else f"{referent}'s"  # "The Larks' album"


def phrase_tokens(head: Token, drop: frozenset[int] = frozenset()) -> list[Token]:
    """Return a phrase's tokens without its relative clauses, asides and parentheses."""
    kept: list[Token] = []
    stack = [head]
    asides: set[int] = set()
    while stack:
        token = stack.pop()
        if token.i in drop:
            continue
        kept.append(token)
        clause_joined = _clause_conjuncts(token)
        for child in token.children:
            if child in clause_joined or (
                clause_joined and child.dep_ in ("cc", "punct") and child.i > token.i
            ):
                continue
            infinitive = child.left_edge.lower_ == "to" and child.left_edge.dep_ == "aux"
            if child.dep_ in ("relcl", "parataxis", "advcl") and not infinitive:
                continue
            if child.dep_ == "appos" and child.i > token.i and _after_comma(child):
                # the aside goes with the quotation marks and commas around it
                asides.update(range(child.left_edge.i - 2, child.right_edge.i + 3))
                continue
            if child.dep_ == "acl" and _after_comma(child):
                continue
            if child.dep_ == "punct" and child.text in ";:.!?":
                continue
            if child.dep_ == "prep" and child.i > token.i and _after_comma(child):
                continue  # "the round, with X starring": an aside
            stack.append(child)
    inside = _parenthesised(head) | {t.i for t in kept if t.is_punct and t.i in asides}
    return sorted((t for t in kept if t.i not in inside), key=lambda t: t.i)


def _relative(clause: Token) -> bool:
    """Return whether a clause opens on a relative pronoun as its subject ("that matched")."""
    return any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in clause.children)


def _sharing_subject(verb: Token) -> list[Token]:
    """Return the verbs joined to a verb that share its subject ("wanted ... and made ...").

    The parser may join the second verb to an infinitive of the first ("wanted the cast to
    look weathered and dyed their coats"); a verb in the first one's tense is still its.
    """
    infinitives = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB"]
    return [
        c
        for head in (verb, *infinitives)
        for c in head.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and (head is verb or c.tag_ == verb.tag_)
        and not any(d.dep_ in _SUBJECTS for d in c.children)
    ]


def _clause_conjuncts(name: Token) -> list[Token]:
    """Return what the parse joined to a name that opens the next clause instead.

    "is named Vesh Oar, and a rare nod from the judge became ...": "a rare nod" is no second
    name but the subject of what follows; a name and an introduced common noun are not a list.
    """
    if name.pos_ != "PROPN":
        return []
    return [
        c
        for c in name.children
        if c.dep_ == "conj"
        and c.pos_ == "NOUN"
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
        and c.i >= 2
        and c.doc[c.left_edge.i - 2].text == ","
    ]


def _after_semicolon(token: Token) -> bool:
    """Return whether a clause follows a semicolon: a sentence of its own, misparsed."""
    edge = token.left_edge.i
    return edge > 0 and token.doc[edge - 1].text == ";"


def _before_semicolon(token: Token) -> bool:
    """Return whether a clause ends at a semicolon: "A did X; B did Y" is two statements."""
    edge = token.right_edge.i
    return edge + 1 < len(token.doc) and token.doc[edge + 1].text == ";"


def _after_comma(token: Token) -> bool:
    edge = token.left_edge.i
    if edge > 1 and token.doc[edge - 1].text == '"':
        edge -= 1  # ', "Grey Quay",': a quoted title set off by commas
    return edge > 0 and token.doc[edge - 1].text in (",", "(", ";", ":")


def _parenthesised(head: Token) -> set[int]:
    """Return the indexes of the tokens in parentheses inside a phrase."""
    inside: set[int] = set()
    depth = 0
    for token in head.subtree:
        if token.text == "(":
            depth += 1
        if depth:
            inside.add(token.i)
        if token.text == ")" and depth:
            depth -= 1
    return inside


# Words that say a clause happened first, and hold for what hangs on it: "It was first shown
# in 1990, presented by A" -> A originally presented it.
_FIRST_WORDS: Final = frozenset(["first", "originally", "initially"])


def _first_of_its_clause(verb: Token) -> str:
    """Return "originally" for a participle hanging on a verb said to happen first, else "".

    "It was first shown in 1990, presented by A and judged by B": A and B presented and judged
    it first, and may not since; a question without the word would not be true today.
    """
    if verb.tag_ != "VBN" or any(c.lower_ in _FIRST_WORDS for c in verb.children):
        return ""
    head = verb
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    if head.dep_ not in ("advcl", "acl"):
        return ""
    main = head.head
    said = any(c.lower_ in _FIRST_WORDS and c.dep_ == "advmod" for c in main.children)
    return "originally" if said and main.pos_ in ("VERB", "AUX") else ""


def _said_first(words: str, verb: Token, first: str) -> str:
    """Return words with "originally" before the first form of a verb they hold."""
    if not words:
        return words
    forms = {verb.text, past_of(verb.lemma_), third_person(verb.lemma_), verb.lemma_}
    pattern = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True) if f)
    return re.sub(rf"\b(?:{pattern})\b", lambda m: f"{first} {m.group()}", words, count=1)


def _without_intent(words: str, sent: Span) -> str:
    """Return a question's words with a verb of deciding left out, the deed in its tense.

    "did Ada decide to give herself a cameo" -> "did Ada give herself a cameo"; "who decided
    to sail" -> "who sailed": a player is asked what was done, not what was decided.
    """
    for verb in sent:
        deed = next((c for c in verb.children if c.dep_ == "xcomp" and c.i == verb.i + 2), None)
        if verb.lemma_ not in INTENT_VERBS or deed is None or deed.doc[deed.i - 1].lower_ != "to":
            continue
        forms = {
            verb.lemma_: deed.lemma_,
            past_of(verb.lemma_): past_of(deed.lemma_),
            third_person(verb.lemma_): third_person(deed.lemma_),
        }
        for form, done in forms.items():
            words = re.sub(rf"\b{form} to {re.escape(deed.text)}\b", done, words)
    return words


def _ones_of_counts(sent: Span) -> list[tuple[str, str]]:
    """Return each "the first of six episodes" of a sentence with its "the first episode".

    The count is of one run the sentence speaks of; a question that keeps it ("the first of
    six episodes of Tidewater") says the whole subject has six, which may be false.
    """
    found: list[tuple[str, str]] = []
    for token in sent:
        if token.lower_ not in ORDINALS or token.i + 3 >= len(token.doc):
            continue
        of, count, noun = token.doc[token.i + 1 : token.i + 4]
        if of.lower_ == "of" and count.like_num and noun.tag_ == "NNS":
            told = f"{token.lower_} of {count.text} {noun.text}"
            found.append((f"the {told}", f"the {token.lower_} {noun.lemma_}"))
    return found


def _replace_words(text: str, told: str, one: str) -> str:
    """Return text with a phrase replaced wherever it stands, keeping a capital it opens on."""
    return re.sub(
        rf"\b{re.escape(told)}\b",
        lambda m: one[:1].upper() + one[1:] if m.group()[:1].isupper() else one,
        text,
        flags=re.IGNORECASE,
    )


def _asked_as(phrase: str, prompt: str) -> str:
    """Return a phrase as the prompt writes it ("The first episode"), or "" if it is not there."""
    found = re.search(rf"\b{re.escape(phrase)}\b", prompt, re.IGNORECASE) if phrase else None
    return found.group() if found else ""


def _pointing(text: str) -> bool:
    """Return whether a prompt holds a word that points at something it does not name."""
    words = text.lower().replace("?", " ").replace(",", " ").split()
    if any(w in POINTING_WORDS for w in words):
        return True
    padded = f" {' '.join(words)} "
    after = r"(?:of|were|was|are|is|had|have|and|in|on|at|to|who|which|that|with|by)?"
    if re.search(rf" the (?:two|three) {after} ", padded):
        return True  # "the two" alone points back; "the two sailors" names whom it counts
    return any(f" {p} " in padded for p in POINTING_PHRASES)


class SentenceReader:
    """Reads the facts of one sentence, with what the whole text says about its names."""

    def __init__(self, sent: Span, index: int, registry: Registry) -> None:
        self.sent = sent
        self.index = index
        self.registry = registry
        self.topic = registry.topic
        self.source = " ".join(sent.text.split())  # the sentence as the text gives it
        self.cast_tokens: set[int] = set()
        self._stranded = ""
        self._said: list[Token] = []
        self._wh_words = ""
        self._hedged = False
        self._asking_when = False
        self._asking_figure = False
        self._asking_name = False
        # A "where" clause's verb, with the pronoun in it and the event that places it:
        # "picked up by a ship, where X welcomed them home" -> ("them", "the crew", "the crew
        # was picked up").
        self._where_events: dict[int, tuple[str, str, str]] = {}
        referents = sent.doc.user_data.setdefault(REFERENTS, {})
        for token in sent:
            # "it" and "its" opening a sentence, or later in one about the subject, are it.
            # A subject named in the plural ("The Larks are a band") is "they" and "their".
            own = ("they", "their") if registry.topic_plural else ("it", "its")
            pronoun = token.lower_ in own and token.i not in referents
            if not self.topic or not pronoun:
                continue  # a text with no subject has no "it" that stands for one
            opening = _opens_sentence(token) and (
                token.lower_ in ("it", "they") or token.head.dep_ in _SUBJECTS
            )  # "It ...", "Its crew ..."; not "During its run, the band ..."
            if opening or self._about_topic(token) or self._fronted_topic(token):
                referents[token.i] = self.topic
        self._where_pronouns()
        self._there_places()

    # ---- answers -------------------------------------------------------------------------

    def answers(self) -> Iterator[_Answer]:
        """Yield each name, date, number and title of the sentence that could be an answer."""
        seen: set[int] = set()
        for token in self.sent:
            if (is_name_head(token) or _kind_name(token)) and token.i not in seen:
                if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY"):
                    continue
                span = name_span(token)
                seen.update(range(span.start, span.end))
                found = self._answer(span, token)
                if _tied(token.head) and token.head.i < token.i:
                    continue  # "her uncle Teo Brisk": who he is to her is the fact, asked as kin
                if token.dep_ == "compound":
                    # "a Vesh Gull crane": the name of a thing of a kind, asked by its kind
                    found = _Answer(
                        span, token, found.kind, span.text, role=_noun_words(token.head, span)
                    )
                doc = self.sent.doc
                quoted = span.start > 0 and span.end < len(doc)
                if quoted and doc[span.start - 1].text == doc[span.end].text == '"':
                    found = _Answer(span, token, TITLE, span.text)
                yield found
        doc = self.sent.doc
        for token in self.sent:
            after = doc[token.i + 1 : token.i + 4]
            words = [t.lower_ for t in after]
            if token.like_num and len(after) == 3 and words[:2] == ["out", "of"]:
                if not after[2].like_num:
                    continue
                span = doc[token.i : token.i + 4]  # "four out of five": one rating
                seen.update(range(span.start, span.end))
                yield _Answer(span, span.root, COUNT, span.text)
        for ent in entities_in(self.sent):
            if ent.root.i in seen or any(t.i in seen for t in ent):
                continue
            if ent.label_ == "ORDINAL":
                ordinal = self._ordinal(ent)
                if ordinal is not None:
                    yield ordinal
                continue
            if ent.label_ in ("DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"):
                ent = _without_estimate(ent)
                years = [
                    t
                    for t in ent
                    if t.like_num
                    and len(t.text) == 4
                    and t.dep_ in ("nummod", "compound", "amod")
                    and t.head.i >= ent.end
                    and t.head.pos_ == "NOUN"
                ]
                if ent.label_ == "DATE" and len(ent) > 1 and len(years) == 1:
                    # "the week of the 1990 vote": the year is the vote's
                    ent = _labelled(self.sent.doc[years[0].i : years[0].i + 1], "DATE")
                clock = any(_CLOCK.fullmatch(t.text) for t in ent)
                if ent.root.i in seen or (
                    ent.root.pos_ == "PROPN" and ent.label_ != "DATE" and not clock
                ):
                    continue
                if ent.start > 0 and self.sent.doc[ent.start - 1].text == "(":
                    continue  # "12.5 stone (79 kg)": the same amount in other units
                seen.update(range(ent.start, ent.end))
                yield self._answer(ent, ent.root)
        for span in self._quoted_titles():
            if span.root.i not in seen:
                yield _Answer(span, span.root, TITLE, span.text)
        for token in self.sent:
            if _CLOCK.fullmatch(token.text) and token.i not in seen and not token.ent_type_:
                # a time of day the tagger left untyped: "by 05:30 local time"
                yield _Answer(doc[token.i : token.i + 1], token, TIME, token.text)

    def _ordinal(self, ent: Span) -> _Answer | None:
        """Return "the fifth" of "the fifth crewed mission" as an answer, or None.

        "the first person to walk there" is a record, not a place in a series: not asked.
        """
        noun = ent.root.head
        while noun.dep_ == "amod" and noun.head.i > noun.i:
            noun = noun.head  # "the fifth crewed mission"
        if ent.root.dep_ != "amod" or noun.pos_ != "NOUN" or len(ent) != 1:
            return None
        if any(c.dep_ in ("relcl", "acl") and c.left_edge.lower_ == "to" for c in noun.children):
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return None
        if noun.dep_ in ("conj", "appos") or any(c.dep_ == "conj" for c in noun.children):
            return None
        if any(c.dep_ == "conj" for c in ent.root.children):
            return None  # "the third and final series": both words name it
        return _Answer(ent, noun, ORDINAL, f"the {ent.text}")

    def _answer(self, span: Span, head: Token) -> _Answer:
        kind = entity_type(span)
        text = span.text
        if span.label_ in ("DATE",) or kind in (DATE, YEAR, MONTH):
            text = text.removeprefix("the ").removeprefix("The ")
            kind = date_type(text)
        if is_proper(head):
            kind = self.registry.fine_type(text, kind if kind != THING else ORG)
        return _Answer(span, head, kind, text)

    def _quoted_titles(self) -> Iterator[Span]:
        doc = self.sent.doc
        opening: int | None = None
        for token in self.sent:
            if token.text == '"':
                if opening is None:
                    opening = token.i
                else:
                    span = doc[opening + 1 : token.i]
                    if 0 < len(span) <= 8 and span[0].is_title and not span[-1].is_punct:
                        yield span
                    opening = None

    # ---- cast ----------------------------------------------------------------------------

    def cast(self) -> Iterator[Fact]:
        """Yield who-plays-whom facts: parentheses, "as", play/portray, "the role of"."""
        pairs: list[tuple[Span, Span | str]] = []
        pairs.extend(self._parenthesised_cast())
        pairs.extend(self._as_cast())
        pairs.extend(self._verb_cast())
        done: set[str] = set()
        for actor, character in pairs:
            actor_name = self.registry.canonical(actor.text)
            char_text = (
                character if isinstance(character, str) else self.registry.canonical(character.text)
            )
            key = f"cast|{actor_name}|{self.registry.canonical(char_text)}"
            if key in done or actor_name == char_text:
                continue
            done.add(key)
            self.cast_tokens.update(range(actor.start, actor.end))
            if not isinstance(character, str):
                self.cast_tokens.update(range(character.start, character.end))
            yield from self._cast_facts(actor, char_text, key)

    def _cast_facts(self, actor: Span, character: str, key: str) -> Iterator[Fact]:
        within = f" in {self.topic}" if self.topic else ""
        statement = f"{actor.text} plays {character}{within}."
        gender = self.registry.gender(actor.text) or self.registry.gender(character)
        if _pointing(character):
            return
        yield Fact(
            shape="cast-actor",
            sentence=self.index,
            source=self.source,
            prompt=f"Who plays {character}?",
            answer=actor.text,
            answer_type=ACTOR,
            statement=statement,
            key=key,
            names=(character,),
            gender=gender,
        )
        if character[:1].isupper():
            yield Fact(
                shape="cast-character",
                sentence=self.index,
                source=self.source,
                prompt=f"Which character does {actor.text} play?",
                answer=character,
                answer_type=CHARACTER,
                statement=statement,
                key=key,  # one fact, whichever way it is asked
                names=(actor.text,),
                gender=gender,
            )

    def _parenthesised_cast(self) -> Iterator[tuple[Span, Span | str]]:
        doc = self.sent.doc
        for token in self.sent:
            if not is_name_head(token) or token.i + 2 >= self.sent.end:
                continue
            outer = name_span(token)
            if outer.end >= self.sent.end or doc[outer.end].text != "(":
                continue
            close = outer.end + 1
            while close < self.sent.end and doc[close].text != ")" and close - outer.end < 8:
                close += 1
            inner = doc[outer.end + 1 : close]
            if close >= self.sent.end or doc[close].text != ")" or not len(inner):
                continue
            if not all(is_proper(t) or t.text in "-'." for t in inner) or len(inner) < 2:
                continue
            if self.registry.fine_type(outer.text, PERSON) not in PEOPLE:
                continue
            yield inner, outer

    def _as_cast(self) -> Iterator[tuple[Span, Span | str]]:
        for token in self.sent:
            if token.lower_ != "as" or token.dep_ != "prep":
                continue
            objects = [c for c in token.children if c.dep_ == "pobj"]
            if not objects:
                continue
            doc = self.sent.doc
            # "as A and B as C": B, right before the next "as", is that pair's actor
            characters = [
                c
                for c in self._group(objects[0])
                if c == objects[0] or c.i + 1 >= len(doc) or doc[c.i + 1].lower_ != "as"
            ]
            named = [c for c in objects[0].children if c.dep_ == "appos" and is_name_head(c)]
            if len(characters) == 1 and named and len(self._group(named[0])) > 1:
                characters = self._group(named[0])  # "as his friends Ann and Bo respectively"
            head = token.head
            while head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.dep_ == "prep":
                head = head.head.head  # "joined the cast in the second series as X"
            before = self.sent.doc[token.i - 1]
            if len(characters) > 1 and is_name_head(before) and before.dep_ == "conj":
                head = before  # the names right before "as ... respectively" are the actors
            elif is_name_head(before) and before.dep_ == "conj" and before.head.dep_ == "pobj":
                head = before  # "... as A and B as C": the parse joined B to A
            if is_proper(head):
                actors = [head]  # "A as B; C as D": each name has its own "as"
                if len(characters) > 1:
                    first = head
                    while first.dep_ == "conj" and is_proper(first.head):
                        first = first.head
                    actors = self._group(first)
            elif head.pos_ in ("VERB", "AUX") and head.lemma_ in CAST_VERBS:
                subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
                people = [s for s in subjects if is_name_head(s)]
                if not people:
                    continue
                actors = self._group(people[0])
            else:
                continue
            names = [self._character(c) for c in characters]
            if any(n is None for n in names):
                continue
            if len(actors) == len(names) and (len(actors) == 1 or self._respectively(token)):
                for actor, name in zip(actors, names, strict=True):
                    if name is not None and is_name_head(actor):
                        yield name_span(actor), name

    def _respectively(self, token: Token) -> bool:
        return any(t.lower_ == "respectively" for t in self.sent)

    def _group(self, first: Token) -> list[Token]:
        """Return a head and the heads coordinated with it ("A, B and C")."""
        group = [first]
        stack = [c for c in first.children if c.dep_ == "conj" or _listed_aside(c)]
        while stack:
            token = stack.pop(0)
            group.append(token)
            stack.extend(c for c in token.children if c.dep_ == "conj")
        return sorted(group, key=lambda t: t.i)

    def _character(self, token: Token, common: bool = False) -> Span | str | None:
        """Return how a character is named: "Una Brisk", "Una's sister Bo", "a police officer"."""
        if is_name_head(token):
            return name_span(token)
        names = [c for c in token.children if c.dep_ == "appos" and is_name_head(c)]
        for appos in token.children:
            if appos.dep_ == "appos" and appos.pos_ == "NOUN":
                names.extend(c for c in appos.children if c.dep_ == "appos" and is_name_head(c))
        if names:
            name = name_span(names[0])
            owners = [c for c in token.children if c.dep_ == "poss" and is_name_head(c)]
            if owners:
                # "as Ana's mother, Lida": the relation and the name, "Ana's mother Lida"
                return render([*(t for t in phrase_tokens(token) if t.text != ","), *name])
            return name
        if token.pos_ == "NOUN" and (common or token.head.head.lemma_ in CAST_VERBS):
            words = phrase_tokens(token)
            if len(words) <= 6 and not _pointing(render(words)):
                return render(words)
        return None

    def _verb_cast(self) -> Iterator[tuple[Span, Span | str]]:
        for verb in self.sent:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            children: dict[str, Token] = {}
            for child in verb.children:
                children.setdefault(child.dep_, child)
            if verb.lemma_ in ("play", "portray", "voice"):
                if "nsubjpass" in children and "agent" in children:
                    character = children["nsubjpass"]
                    actors = [c for c in children["agent"].children if c.dep_ == "pobj"]
                elif "nsubj" in children and "dobj" in children:
                    character = children["dobj"]
                    actors = [children["nsubj"]]
                else:
                    continue
                if actors and is_name_head(actors[0]):
                    name = self._character(character)
                    if name is not None:
                        yield name_span(actors[0]), name
                    # "A is portrayed by B and C's father D by E": the second pair's agent.
                    for conj in actors[0].children:
                        if conj.dep_ == "conj":
                            second = self._character(conj)
                            agents = [
                                c.children
                                for c in verb.children
                                if c.dep_ == "agent" and c.i > conj.i
                            ]
                            for pobjs in agents:
                                for pobj in pobjs:
                                    if is_name_head(pobj) and second is not None:
                                        yield name_span(pobj), second
            elif "nsubj" in children and children["nsubj"].lemma_ == "role":
                role = children["nsubj"]
                of = [c for c in role.children if c.lower_ == "of"]
                to = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
                if of and to:
                    chars = [c for c in of[0].children if c.dep_ == "pobj"]
                    actors = [c for c in to[0].children if c.dep_ == "pobj"]
                    if chars and actors and is_name_head(actors[0]):
                        name = self._character(chars[0], common=True)
                        if name is not None:
                            yield name_span(actors[0]), name

    # ---- worth ---------------------------------------------------------------------------

    def worths(self) -> Iterator[Fact]:
        """Yield what a thing someone made or agreed was worth.

        "Ivo Pask signed a deal worth £4 million in 1990" or "Ivo Pask signed a deal, reported
        to be worth £4 million, in 1990" -> How much was the deal Ivo Pask signed in 1990
        (reported to be) worth?
        """
        for worth in self.sent:
            amounts = [
                c
                for c in worth.children
                if c.dep_ in ("npadvmod", "pobj") and c.ent_type_ == "MONEY"
            ]
            if worth.lower_ != "worth" or len(amounts) != 1:
                continue
            hedge = ""
            if worth.dep_ == "acomp" and worth.head.lemma_ == "be" and worth.head.dep_ == "xcomp":
                report = worth.head.head  # "reported to be worth"
                verb = report.head
                before = self.sent.doc[report.i - 2] if report.i >= 2 else None
                if report.dep_ not in ("advcl", "acl") or before is None:
                    continue
                noun = before if before.dep_ == "dobj" and before.head == verb else None
                hedge = f"{report.text} to be"
            else:
                noun = worth.head if worth.head.pos_ == "NOUN" else None
                verb = noun.head if noun is not None else worth
            if noun is None or noun.dep_ != "dobj" or verb.tag_ != "VBD":
                continue
            subject = self._subject_of(verb)
            if subject is None:
                continue
            words = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "nummod")]
            thing = render([t for w in words for t in w.subtree] + [noun])
            times = [
                render(phrase_tokens(c))
                for c in verb.children
                if c.dep_ == "prep" and _when(c, leading=False)
            ]
            amount = amounts[0]
            span = self.sent.doc[amount.left_edge.i : amount.i + 1]
            answer = _Answer(span, amount, MONEY, span.text)
            purpose = _purpose_of_object(verb)
            if purpose is not None:
                # "a deal to move the show" is told by its purpose, and its date is left to
                # the question about when it was agreed
                times = [render(phrase_tokens(purpose))]
            told = " ".join(
                w for w in (f"the {thing}", subject, verb.text, *map(lower_first, times)) if w
            )
            said = _declare(told, "was", hedge, "worth", span.text)
            self._wh_words = "how much"
            words_asked = " ".join(w for w in ("how much was", told, hedge, "worth") if w)
            fact = self._fact("worth", answer, words_asked, verb, said)
            if fact is not None:
                yield fact

    def announcements(self) -> Iterator[Fact]:
        """Yield when a news was made public, with the news in the text's own words.

        "In May 1948, it was announced that Ivo Pask would direct the second series." -> When
        was it announced that Ivo Pask would direct the second series? The clause runs up to
        its first comma: what follows it ("along with ...") is another fact.
        """
        for verb in self.sent:
            if verb.lemma_ not in _NEWS_VERBS or verb.tag_ not in ("VBN", "VBD"):
                continue
            subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
            clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
            # "Ivo Pask announced in 1948 that ...": who made it public is named
            teller = self._subject_of(verb) if verb.tag_ == "VBD" else None
            if teller is not None and not (is_name_head(subjects[0]) if subjects else False):
                teller = None
            if len(clauses) != 1 or ([s.lower_ for s in subjects] != ["it"] and teller is None):
                continue
            clause = clauses[0]
            if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                continue
            doc = self.sent.doc
            commas = [
                t.i
                for t in doc[clause.i + 1 : clause.right_edge.i]
                if t.text == "," and not _listed(doc[t.i + 1])
            ]
            end = commas[0] if commas else clause.right_edge.i + 1
            words = [t for t in clause.subtree if t.i < end and t.dep_ != "mark" and not t.is_space]
            if not words or len(words) > _MAX_NEWS_WORDS or any(t.text == '"' for t in words):
                continue
            if any(t.tag_ == "PRP" for t in words):
                continue  # "that she would leave": who is news about is not shown well enough
            news = render(words).rstrip(" ,;:")
            for phrase in verb.children:
                if phrase.dep_ not in ("prep", "npadvmod") or not _when(phrase, leading=False):
                    continue
                heads = [phrase] if phrase.dep_ == "npadvmod" else list(phrase.children)
                dates = [h for h in heads if h.dep_ in ("pobj", "npadvmod") and h.ent_type_]
                if len(dates) != 1:
                    continue
                date = dates[0]
                span = self.sent.doc[date.left_edge.i : date.right_edge.i + 1]
                answer = self._answer(span, date)
                if answer.kind not in (DATE, MONTH, YEAR):
                    continue
                if teller is not None:
                    self._wh_words = f"when did {teller} {verb.lemma_} that"
                    said = _declare(
                        phrase.left_edge.text, f"{span.text}, {teller} {verb.text} that", news
                    )
                else:
                    self._wh_words = f"when was it {verb.text} that"
                    said = _declare(
                        phrase.left_edge.text, f"{span.text}, it was {verb.text} that", news
                    )
                fact = self._fact("announced", answer, f"{self._wh_words} {news}", verb, said)
                self._wh_words = ""
                if fact is not None:
                    yield fact

    # ---- quotations ----------------------------------------------------------------------

    def quotations(self) -> Iterator[Fact]:
        """Yield what a thing reads or a person said, quoted whole after a colon.

        'A plaque on the gate reads: "Keep out."' -> What does the plaque on the gate read?
        """
        doc = self.sent.doc
        for verb in self.sent:
            if verb.lemma_ not in _QUOTING_VERBS or verb.pos_ != "VERB":
                continue
            after = verb.i + 1
            if after + 1 >= self.sent.end or doc[after].text != ":" or doc[after + 1].text != '"':
                continue
            closing = next((t.i for t in doc[after + 2 : self.sent.end] if t.text == '"'), None)
            if closing is None or closing + 1 < self.sent.end - 1:
                continue  # the quotation runs on past its sentence, or the sentence past it
            words = doc[after + 2 : closing]
            while len(words) and words[-1].is_punct:
                words = words[:-1]
            text = words.text
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not text or len(text.split()) > MAX_QUOTE_WORDS or not subjects:
                continue
            subject = subjects[0]
            if subject.pos_ == "NOUN":
                kept = [
                    t
                    for t in phrase_tokens(subject)
                    if (t.dep_ != "det" or t.head != subject) and t.i < verb.i
                ]
                if len(kept) > 12:
                    continue
                who = f"the {lower_first(render(kept))}"
            else:
                who = self._noun_phrase(subject) or ""
            support = do_support(verb.tag_)
            if not who or support is None or _pointing(who):
                continue
            answer = _Answer(words, words.root, QUOTE, text)
            with _stating(doc):
                said = _declare(who, verb.text, f'"{text}"')
            self._wh_words = ""
            fact = self._fact("quote", answer, f"what {support} {who} {verb.lemma_}", verb, said)
            if fact is not None:
                yield fact

    # ---- lists ---------------------------------------------------------------------------

    def dated_list(self) -> Iterator[Fact]:
        """Yield a fact per name of a list that gives each name its own year.

        "Past winners included Ann Lee in 1871 and Bo Ray in 1872" or "Winners include Ann
        Lee (1871) and Bo Ray (1872)" -> Who was the winner in 1872? -> Bo Ray.
        """
        for verb in self.sent:
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "NNS"]
            if verb.pos_ != "VERB" or not subjects:
                continue
            people = [
                t
                for t in self.sent
                if t.i > verb.i
                and is_name_head(t)
                and self.registry.fine_type(name_span(t).text, THING) in PEOPLE
            ]
            if len(people) < 2:
                continue
            items: list[tuple[Span, Token]] = []
            for index, person in enumerate(people):
                span = name_span(person)
                end = people[index + 1].i if index + 1 < len(people) else self.sent.end
                years = [t for t in self.sent.doc[span.end : end] if t.ent_type_ == "DATE"]
                if len(years) != 1 or not (years[0].like_num and len(years[0].text) == 4):
                    break
                items.append((span, years[0]))
            else:
                yield from self._dated_facts(subjects[0], items)

    def _dated_facts(self, noun: Token, items: list[tuple[Span, Token]]) -> Iterator[Fact]:
        words = [t for t in noun.lefts if t.dep_ in ("compound", "nmod", "nummod")]
        label = render([*(t for w in words for t in w.subtree), noun])
        label = " ".join([*label.split()[:-1], noun.lemma_])
        if not label[:1].isalpha() or len({year.text for _, year in items}) != len(items):
            return
        # A "winner" of the subject is who won it: "Who won Tidewater in 1987?". A list's own
        # label ("Harlow winner") is asked too, kept only where the year alone has two answers.
        deed = _DEEDS.get(noun.lemma_) if self.topic else None
        of = f" of {self.topic}" if self.topic else ""  # "the Harlow winner of Tidewater"
        for span, year in items:
            self.cast_tokens.update(range(span.start, span.end))
            key = f"listed|{label}|{year.text}"
            kind = self.registry.fine_type(span.text, PERSON)
            asks = []
            if deed is not None:
                past, present = deed
                said = f"{span.text} {past} {self.topic} in {year.text}."
                asks += [
                    (f"Who {past} {self.topic} in {year.text}?", span.text, kind, said),
                    (
                        f"In which year did {span.text} {present} {self.topic}?",
                        year.text,
                        YEAR,
                        said,
                    ),
                ]
            if deed is None or label != noun.lemma_:
                said = f"{span.text} was the {label} in {year.text}."
                asks += [
                    (f"Who was the {label}{of} in {year.text}?", span.text, kind, said),
                    (f"In which year was {span.text} the {label}{of}?", year.text, YEAR, said),
                ]
            for prompt, answer, answer_type, statement in asks:
                yield Fact(
                    shape="listed",
                    sentence=self.index,
                    source=self.source,
                    prompt=prompt,
                    answer=answer,
                    answer_type=answer_type,
                    statement=statement,
                    key=key,
                    names=(span.text,) if answer_type == YEAR else (),
                    gender=self.registry.gender(span.text),
                )

    # ---- roles ---------------------------------------------------------------------------

    def roles(self) -> Iterator[Fact]:
        """Yield "who was the <role>" facts for a name written after its job ("pilot Ivo Pask")."""
        for token in self.sent:
            if not is_name_head(token) or token.i in self.cast_tokens:
                continue
            span = name_span(token)
            role = _role_words(token, span, appositive=False)
            if not role or self.registry.fine_type(span.text, PERSON) not in PEOPLE:
                continue
            if any(t.lower_ == "the" for t in token.lefts):
                continue  # "the comedian X": a description, not a post in the subject
            if any(t.dep_ == "poss" for t in token.lefts):
                continue  # "her brother X", "Ana's aunt X": a tie to someone, not a post
            tense = "was" if _past(self.sent) else "is"
            of = f" of {self.topic}" if self.topic else ""
            yield Fact(
                shape="role",
                sentence=self.index,
                source=self.source,
                prompt=f"Who {tense} the {role}?",
                answer=span.text,
                answer_type=PERSON,
                statement=f"{span.text} {tense} the {role}{of}.",
                key=f"role|{role.lower()}|{self.registry.canonical(span.text)}",
                names=(),
                gender=self.registry.gender(span.text) or _gender_of(role),
                owned=f"the {role}",
            )

    def deeds(self) -> Iterator[Fact]:
        """Yield what someone known by a job made or did, asked with the job for the person.

        "Costume designer Ivo Vell made oilskins for the crew that matched the sea." -> What
        did the costume designer make for the crew that matched the sea? -> oilskins. A fan
        knows the work, seldom the name behind it: the deed is the question, not the credit.
        """
        for token in self.sent:
            if not is_name_head(token) or token.i in self.cast_tokens or token.dep_ != "nsubj":
                continue
            span = name_span(token)
            role = _role_words(token, span, appositive=False)
            if not role or any(t.lower_ == "the" for t in token.lefts):
                continue
            if self.registry.fine_type(span.text, PERSON) not in PEOPLE:
                continue
            verbs = [token.head, *_sharing_subject(token.head)]
            for verb in verbs:
                fact = self._deed(verb, role, span.text)
                if fact is not None:
                    yield fact

    def _deed(self, verb: Token, role: str, name: str) -> Fact | None:
        """Return the fact of what a person known by a job did to a thing, or None."""
        done = {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(verb.tag_)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if done is None or verb.pos_ != "VERB" or len(objects) != 1:
            return None
        thing = objects[0]
        said = [t for t in thing.subtree if t.i <= thing.i]
        words = [t for t in said if t.dep_ != "det"]
        if thing.pos_ != "NOUN" or any(t.pos_ in ("PROPN", "NUM", "PRON") for t in words):
            return None
        answer = render(words)
        after = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.i > thing.i]
        told = [t for c in after for t in c.subtree]
        # "made coats that matched the sea": the parser may hang the clause on the verb
        told += [t for c in thing.children if c.dep_ == "relcl" for t in c.subtree]
        told += [
            t
            for c in verb.children
            if c.dep_ == "ccomp" and c.i > thing.i and _relative(c)
            for t in c.subtree
        ]
        rest = render(told)
        prompt = _tidy(f"What {done} the {role} {verb.lemma_} {rest}") + "?"
        if len(prompt.split()) > MAX_PROMPT_WORDS or _pointing(prompt):
            return None
        return Fact(
            shape="deed",
            sentence=self.index,
            source=self.source,
            prompt=prompt,
            answer=answer,
            answer_type=THING,
            statement=_declare(f"the {role}", name, verb.text, render(said), rest),
            key="|".join([verb.lemma_, *sorted({self.registry.canonical(name), answer})]),
            names=tuple(n for n in self.registry.names_in(prompt) if len(n) > 2),
            owned=f"the {role}",
        )

    # ---- definitions ---------------------------------------------------------------------

    def definitions(self) -> Iterator[Fact]:
        """Yield what an aside after a name defines it as.

        "Mount Vesh, the highest mountain in Ostland, ..." -> What is the highest mountain in
        Ostland? -> Mount Vesh. Only a definite noun a named owner makes one thing ("the N of
        Y", "the N in Y") is asked: "Una, a pilot from Harlow" tells no one person.
        """
        for token in self.sent:
            if not is_name_head(token) or token.i in self._quoted():
                continue
            span = name_span(token)
            for noun in token.children:
                if noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.i < span.end:
                    continue
                if not _after_comma(noun) or identifying_owner(noun) is None:
                    continue
                phrase = render(phrase_tokens(noun))
                kind = self.registry.fine_type(span.text, entity_type(span))
                wh = "Who" if kind in PEOPLE else "What"
                be = "was" if _past(self.sent) else "is"
                prompt = f"{wh} {be} {phrase}?"
                if len(phrase.split()) > 10 or _pointing(prompt) or span.text in phrase:
                    continue
                if self.registry.canonical(span.text).casefold() == self.topic.casefold():
                    continue  # the subject's own definition is the text's first sentence
                yield Fact(
                    shape="definition",
                    sentence=self.index,
                    source=self.source,
                    prompt=prompt,
                    answer=span.text,
                    answer_type=kind,
                    statement=f"{span.text} {be} {phrase}.",
                    key=f"definition|{self.registry.canonical(span.text)}|{phrase.lower()}",
                    names=tuple(n for n in self.registry.names_in(phrase) if len(n) > 2),
                    gender=self.registry.gender(span.text) if kind in PEOPLE else None,
                    anchored=True,
                )

    # ---- fronted participles ----------------------------------------------------------------

    def fronted_doers(self) -> Iterator[Fact]:
        """Yield who did what a participle opening the sentence tells.

        "Reviewing the series for The Harlow Post, Ada Venn gave it four stars." -> Who
        reviewed the series for The Harlow Post? -> Ada Venn.
        """
        root = self.sent.root
        subjects = [c for c in root.children if c.dep_ == "nsubj" and is_name_head(c)]
        if not subjects or root.tag_ not in ("VBD", "VBZ", "VBP"):
            return
        answer = self._answer(name_span(subjects[0]), subjects[0])
        if answer.kind not in PEOPLE | {ORG} or not self._askable(answer):
            return
        for verb in root.children:
            if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i != self.sent.start:
                continue
            if any(c.dep_ in (*_SUBJECTS, "mark", "aux") for c in verb.children):
                continue
            if not any(c.dep_ == "dobj" for c in verb.children):
                continue  # "Speaking later, ...": no deed a question can name
            self._stranded = ""
            self._said = []
            self._hedged = False
            self._wh_words = ""
            self._asking_when = False
            self._asking_name = True
            self.sent.doc.user_data[ASKED] = self.registry.canonical(answer.text)
            done = past_of(verb.lemma_) if root.tag_ == "VBD" else third_person(verb.lemma_)
            _, after = self._rest(verb, set())
            for noun in sorted(works_of(self.registry)):
                if self.topic and after.startswith(f"the {noun} "):
                    after = f"{self.topic}{after[len(noun) + 4 :]}"  # "the series" is the subject
            wh = "who" if answer.kind in PEOPLE else "which company"
            said = _declare(answer.text, done, after)
            fact = self._fact("fronted", answer, f"{wh} {done} {after}", verb, said)
            if fact is not None:
                yield fact

    def outlet_critics(self) -> Iterator[Fact]:
        """Yield who reviewed the subject for an outlet named beside the critic's name.

        "The Harlow Post's Ada Venn gave a rating of 4/5." and "Ada Venn of The Harlow Post
        gave it four stars." -> Who reviewed Tidewater for The Harlow Post? -> Ada Venn.
        """
        if not self.topic:
            return
        for verb in self.sent:
            if verb.lemma_ not in ("give", "award") or verb.pos_ != "VERB":
                continue
            if not any(c.dep_ == "dobj" and c.lemma_ in VERDICT_NOUNS for c in verb.children):
                continue
            if not self._judges_topic(verb):
                continue
            for critic in (c for c in verb.children if c.dep_ == "nsubj" and is_proper(c)):
                words = [t for t in critic.lefts if t.dep_ in ("compound", "flat")]
                person = critic.doc[min(t.i for t in [*words, critic]) : critic.i + 1]
                if self.registry.fine_type(person.text, entity_type(person)) not in PEOPLE:
                    continue
                outlet = self._outlet_of(critic)
                if not outlet or self.registry.canonical(outlet) == self.topic:
                    continue
                yield self._plain_fact(
                    "outlet-critic",
                    f"Who reviewed {self.topic} for {outlet}?",
                    (person.text, PERSON),
                    f"{person.text} reviewed {self.topic} for {outlet}.",
                    f"review|{outlet}|{self.registry.canonical(person.text)}",
                    tuple(n for n in self.registry.names_in(outlet) if len(n) > 2),
                    self.registry.gender(person.text),
                )

    def _outlet_of(self, critic: Token) -> str:
        """Return the outlet a critic's name is given with ("X's A", "A of X"), or ""."""
        for child in critic.children:
            if child.dep_ == "poss" and is_proper(child):
                words = [t for t in child.subtree if t.dep_ != "case"]
                text = critic.doc[words[0].i : words[-1].i + 1].text
                if words[0].lower_ == "the" and not words[0].ent_type_:
                    # "the Post's A", unless the tagger took "The" into the name
                    text = f"the {text.split(' ', 1)[1]}"
                return text
            if child.dep_ == "prep" and child.lower_ == "of":
                names = [o for o in child.children if o.dep_ == "pobj" and is_name_head(o)]
                if len(names) == 1 and names[0].i == child.right_edge.i:
                    return critic.doc[names[0].left_edge.i : names[0].i + 1].text
        return ""

    def _judges_topic(self, verb: Token) -> bool:
        """Return whether a verdict given is the subject's: "gave it four stars" of a work.

        "gave the album four stars" in a text about a band judges the album, not the band;
        with no receiver named, the verdict is the subject's only where it is a work.
        """
        receivers = [c for c in verb.children if c.dep_ == "dative"]
        if not receivers:
            kind = self.registry.topic_kind
            return not kind or kind in WORK_NOUNS | WRITTEN_NOUNS | TITLED_NOUNS
        receiver = receivers[0]
        referents: dict[int, str] = self.sent.doc.user_data.get(REFERENTS, {})
        if receiver.pos_ == "PRON":
            return referents.get(receiver.i) == self.topic
        if is_name_head(receiver):
            return self.registry.canonical(name_span(receiver).text) == self.topic
        return receiver.lemma_ in works_of(self.registry) and any(
            c.lower_ == "the" for c in receiver.children
        )

    # ---- where a story is told ------------------------------------------------------------

    def stories_told(self) -> Iterator[Fact]:
        """Yield the work a person's story is told in, named after it at the sentence's end.

        "Ana Ruel would not appear in the sequel to respect her story in another novel of the
        series, Ember Winter." -> In which other novel of the series is Ana Ruel's story told?
        -> Ember Winter.
        """
        doc = self.sent.doc
        for story in self.sent:
            owners = [c for c in story.children if c.dep_ == "poss" and c.tag_ == "PRP$"]
            if story.lemma_ != "story" or len(owners) != 1:
                continue
            owner = self._story_owner(story, owners[0])
            if owner is None:
                continue
            preps = [c for c in story.head.children if c.dep_ == "prep" and c.lower_ == "in"]
            preps += [c for c in story.children if c.dep_ == "prep" and c.lower_ == "in"]
            works = [o for p in preps for o in p.children if o.dep_ == "pobj"]
            if len(works) != 1 or works[0].lemma_ not in TITLED_NOUNS:
                continue
            work = works[0]
            commas = [t.i for t in doc[work.i : self.sent.end] if t.text == ","]
            end = self.sent.end - (1 if doc[self.sent.end - 1].is_punct else 0)
            if len(commas) != 1 or end - commas[0] > 5:
                continue
            title = doc[commas[0] + 1 : end]
            if not title or not all(t.is_title or t.pos_ in ("ADP", "DET") for t in title):
                continue
            words = [
                t for t in doc[work.left_edge.i : commas[0]] if t.i not in _parenthesised(work)
            ]
            if not words or words[0].lower_ not in ("another", "a", "an"):
                continue
            rest = render(words[1:])
            other = "other " if words[0].lower_ == "another" else ""
            prompt = f"In which {other}{rest} is {owner}'s story told?"
            if _pointing(prompt) or len(prompt.split()) > MAX_PROMPT_WORDS:
                continue
            yield self._plain_fact(
                "story-told",
                prompt,
                (title.text, THING),  # typed: a title the text gives no like of
                _declare(f"{owner}'s story is told in {title.text}, {render(words)}"),
                f"story|{owner}|{title.text}",
                (owner,),
            )

    def _story_owner(self, story: Token, pronoun: Token) -> str | None:
        """Return whose "his story" it is: the person the clause it is told in is about.

        "X would not appear in the sequel to respect his story": the subject of the nearest
        clause above with one, where the text shows no other gender for them.
        """
        node = story.head
        while node.dep_ != "ROOT" and not any(c.dep_ in _SUBJECTS for c in node.children):
            node = node.head
        subjects = [c for c in node.children if c.dep_ in _SUBJECTS]
        if len(subjects) != 1:
            return None
        person = subjects[0]
        named = [c for c in person.children if c.dep_ == "appos" and is_name_head(c)]
        if person.pos_ == "NOUN" and len(named) == 1:
            person = named[0]  # "the character Ana Ruel"
        if not is_name_head(person):
            return None
        owner = self.registry.canonical(name_span(person).text)
        shown = self.registry.gender(owner)
        if self.registry.fine_type(owner, PERSON) not in PEOPLE:
            return None
        if shown is not None and shown != _PRONOUN_GENDER.get(pronoun.lower_):
            return None
        return owner

    # ---- a list's described member ---------------------------------------------------------

    def described_members(self) -> Iterator[Fact]:
        """Yield which of a list of the subject's things a participle after one describes.

        "Its ports of call include Harlow; Vesh; and Tarn, known for its salt market." ->
        Which of Tidewater's ports of call is known for its salt market? -> Tarn.
        """
        if not self.topic:
            return
        for known in self.sent:
            if known.dep_ != "acl" or known.tag_ != "VBN" or known.lemma_ not in DESCRIBING_VERBS:
                continue
            member = known.head
            if not is_name_head(member) or not _after_comma(known):
                continue
            verb = self.sent.root
            nouns = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "NNS"]
            if verb.lemma_ not in ("include", "comprise") or len(nouns) != 1 or member.i < verb.i:
                continue
            noun = nouns[0]
            words = [
                t
                for t in phrase_tokens(noun)
                if t.lower_ not in ("other", "its", "the") and t.dep_ != "poss"
            ]
            if any(t.pos_ == "PROPN" or t.tag_ == "PRP$" for t in words):
                continue  # someone else's: "Ada's favourite places include ..."
            referents = self.sent.doc.user_data.get(REFERENTS, {})
            if any(c.dep_ == "poss" and referents.get(c.i) != self.topic for c in noun.children):
                continue  # "Ada's places include ...", not "Its" or "Their" of the subject
            said = render(t for t in known.subtree if not t.is_punct or t.text == "-")
            the = any(c.dep_ == "det" and c.lower_ == "the" for c in member.children)
            name = f"the {name_span(member).text}" if the else name_span(member).text
            be = "is" if known.doc[known.i - 1].text == "," else "was"
            owned = f"{possessive(self.topic)} {render(words)}"
            prompt = f"Which of {owned} {be} {said}?"
            if _pointing(prompt) or len(prompt.split()) > MAX_PROMPT_WORDS:
                continue
            statement = _declare(f"{name}, {said}, is one of {owned}")
            yield self._plain_fact(
                "described-member",
                prompt,
                (name, SITE),  # offered only beside its own list or kind, else typed
                statement,
                f"member|{noun.lemma_}|{name}",
                (self.topic,),
            )

    # ---- names given -----------------------------------------------------------------------

    def given_names(self) -> Iterator[Fact]:
        """Yield the name a "which ... dubbed" clause gives the noun phrase before it.

        "They filmed the long night scenes on the river, which she dubbed "blue hours"." ->
        What were the long night scenes on the river dubbed? -> blue hours. Asked in the
        passive, the question needs no one who gave the name, resolved or not.
        """
        for clause in self.sent:
            if clause.dep_ != "relcl" or clause.lemma_ not in NAMING_VERBS:
                continue
            links = [c for c in clause.children if c.tag_ == "WDT" and c.dep_ == "dobj"]
            given = [c for c in clause.children if c.dep_ in ("oprd", "dobj") and c not in links]
            if len(links) != 1 or len(given) != 1:
                continue
            name = self._given_name(given[0])
            noun = self._named_phrase(clause.head)
            if name is None or noun is None:
                continue
            phrase = (self._noun_phrase(noun) or "").rstrip(' ,"')
            if not phrase or _pointing(phrase) or '"' in phrase:
                continue
            plural = noun.tag_ in ("NNS", "NNPS")
            present = clause.tag_ in ("VBZ", "VBP")
            be = ("are" if plural else "is") if present else ("were" if plural else "was")
            done = NAMING_VERBS[clause.lemma_]
            prompt = f"What {be} {phrase} {done}?"
            if len(prompt.split()) > MAX_PROMPT_WORDS or name.lower() in prompt.lower():
                continue
            quoted = f'"{name}"' if given[0].i in self._in_quotes() else name
            yield self._plain_fact(
                "given-name",
                prompt,
                (name, THING),  # a name coined once has no like in the text to stand beside
                _declare(phrase, be, done, quoted),
                f"{clause.lemma_}|{phrase.lower()}|{name}",
                tuple(n for n in self.registry.names_in(phrase) if len(n) > 2),
            )

    def _given_name(self, token: Token) -> str | None:
        """Return the quoted words or the proper name a naming verb gives, or None."""
        doc = self.sent.doc
        if token.i in self._in_quotes():
            opening = max(t.i for t in self.sent if t.text == '"' and t.i < token.i)
            closing = min(t.i for t in self.sent if t.text == '"' and t.i > token.i)
            words = doc[opening + 1 : closing]
            return words.text if 0 < len(words) <= 6 else None
        return name_span(token).text if is_name_head(token) else None

    def _named_phrase(self, head: Token) -> Token | None:
        """Return the head of the whole noun phrase a ", which" clause follows, or None.

        The parse hangs the clause on the nearest noun ("the scenes between A and B, which
        ..." on B): the name is the whole phrase's. One that ends a place or time of a verb
        with an object of its own ("built a hut on the cliff, which ...") could be either's.
        """
        noun = head
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
        if noun.pos_ != "NOUN":
            return None
        verb = noun.head.head if noun.dep_ == "pobj" else None
        if verb is not None and any(c.dep_ == "dobj" and c.i < noun.i for c in verb.children):
            return None
        return noun

    # ---- descriptions --------------------------------------------------------------------

    def descriptions(self) -> Iterator[Fact]:
        """Yield what the words around a name tell of who someone is.

        - a character's age: "sixteen-year-old Ana Ruel", "a 16-year-old character named Ana
          Ruel" -> How old is Ana Ruel? -> sixteen (a real person's age changes: not asked)
        - a character's job: "ferryman Ivo Vell" -> What is Ivo Vell's job? -> ferryman
        - where someone studies, and what: "Harlow student Ana Ruel", "Ana Ruel, a history
          student at the Vesh Academy" -> Where is Ana Ruel a student? -> the Vesh Academy;
          What did Ana Ruel study? -> history
        """
        for token in self.sent:
            if not is_name_head(token) or token.i in self._quoted():
                continue
            span = name_span(token)
            name = span.text
            kind = self.registry.fine_type(name, PERSON)
            nouns = [token]
            if token.dep_ == "oprd" and token.head.dep_ == "acl" and token.head.lemma_ == "name":
                nouns.append(token.head.head)  # "a character named Ana Ruel"
                if token.head.head.lemma_ == "character":
                    kind = CHARACTER
            if kind not in PEOPLE:
                continue
            asides = [
                c
                for c in token.children
                if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > token.i
            ]
            be = "is" if kind == CHARACTER or not _past(self.sent) else "was"
            key = self.registry.canonical(name)
            for noun in nouns:
                age = _age(noun)
                if age and kind == CHARACTER:
                    sought = _sought_for(noun)
                    if sought is None:
                        asked, said = f"How old is {name}?", f"{name} is {age} years old."
                    elif sought:
                        # the age a casting call asked for, not one the story gives
                        asked = f"How old is {name}, the {noun.lower_} {lower_first(sought)} for?"
                        said = f"{sought} for {name}, a {noun.lower_} aged {age}."
                    else:
                        continue
                    yield self._described("age", asked, age, COUNT, name, said, key)
            job = _job_before(token, span)
            if job and kind == CHARACTER:
                whose = f"{name}'" if name.endswith("s") else f"{name}'s"
                article = "an" if job[:1] in "aeiou" else "a"
                yield self._described(
                    "job",
                    f"What is {whose} job?",
                    job,
                    THING,
                    name,
                    f"{name} is {article} {job}.",
                    key,
                )
            for student in [*(c for c in token.lefts if c.dep_ == "compound"), *asides]:
                if student.lemma_ not in _STUDENT_NOUNS or student.pos_ != "NOUN":
                    continue
                school = _school_of(student)
                if school is not None:
                    place = name_span(school).text
                    yield self._described(
                        "school",
                        f"Where {be} {name} a {student.lower_}?",
                        place,
                        self.registry.fine_type(place, ORG),
                        name,
                        f"{name} {be} a {student.lower_} at {_with_article(school, place)}.",
                        key,
                    )
                studied = [
                    t
                    for c in student.lefts
                    if c.dep_ in ("nmod", "compound") and c.pos_ == "NOUN"
                    for t in c.subtree
                    if t.pos_ in ("NOUN", "CCONJ")
                ]
                if studied and student in asides:
                    subject = render(studied)
                    does = "does" if be == "is" else "did"
                    yield self._described(
                        "studied",
                        f"What {does} {name} study?",
                        subject,
                        THING,
                        name,
                        f"{name} {be} {'an' if subject[:1] in 'aeiou' else 'a'} {subject} "
                        f"{student.lower_}.",
                        key,
                    )

    def _described(
        self, what: str, prompt: str, answer: str, kind: str, name: str, said: str, key: str
    ) -> Fact:
        return self._plain_fact(what, prompt, (answer, kind), said, f"{what}|{key}", (name,))

    def _plain_fact(
        self,
        shape: str,
        prompt: str,
        answer: tuple[str, str],
        said: str,
        key: str,
        names: tuple[str, ...],
        gender: str | None = None,
    ) -> Fact:
        """Return a fact of this sentence worded whole by its reader: (answer, its type)."""
        return Fact(
            shape=shape,
            sentence=self.index,
            source=self.source,
            prompt=prompt,
            answer=answer[0],
            answer_type=answer[1],
            statement=said,
            key=key,
            names=names,
            gender=gender,
        )

    # ---- whose ---------------------------------------------------------------------------

    def whose_clauses(self) -> Iterator[Fact]:
        """Yield whose something a "whose" clause after a person's name tells.

        "Ivo Pask plays Captain Bo, whose long sea stories became a running joke of the
        series." -> Whose long sea stories became a running joke of Tidewater? -> Captain Bo.
        """
        for token in self.sent:
            if not is_name_head(token) or token.i in self._quoted():
                continue
            span = name_span(token)
            kind = self.registry.fine_type(span.text, PERSON)
            if kind not in PEOPLE:
                continue
            for clause in (c for c in token.children if c.dep_ == "relcl"):
                owners = [
                    c
                    for subject in clause.children
                    if subject.dep_ in _SUBJECTS
                    for c in subject.children
                    if c.tag_ == "WP$"
                ]
                if not owners or any(c.dep_ in ("ccomp", "csubj") for c in clause.children):
                    continue
                inside = _parenthesised(clause)
                kept = [
                    t
                    for t in clause.subtree
                    if t.i not in inside
                    and not _inside_other_clause(t, clause)
                    and not (t.dep_ == "advmod" and t.head == clause and _pointing(t.text))
                ]
                told = _tidy(render(kept))
                topics = f"{self.topic}'" if self.topic.endswith("s") else f"{self.topic}'s"
                for noun in sorted(works_of(self.registry)):
                    if self.topic:  # "the show's running jokes" are the subject's
                        told = re.sub(rf"\bthe {noun}(?:'s|')(?=\s)", topics, told)
                prompt = f"{told[:1].upper()}{told[1:]}?"
                if len(prompt.split()) > MAX_PROMPT_WORDS or _pointing(prompt):
                    continue
                if span.text in prompt or prompt.count('"') % 2:
                    continue
                whose = f"{span.text}'" if span.text.endswith("s") else f"{span.text}'s"
                statement = _declare(re.sub(r"^whose\b", whose, told, flags=re.IGNORECASE))
                yield Fact(
                    shape="whose",
                    sentence=self.index,
                    source=self.source,
                    prompt=prompt,
                    answer=span.text,
                    answer_type=kind,
                    statement=statement,
                    key=f"whose|{self.registry.canonical(span.text)}|{clause.lemma_}",
                    names=tuple(n for n in self.registry.names_in(prompt) if len(n) > 2),
                    gender=self.registry.gender(span.text),
                )

    # ---- kin -----------------------------------------------------------------------------

    def kin(self) -> Iterator[Fact]:
        """Yield who someone's relative is, where the text names both.

        "Ana's mother Una", "her cousin Una Brisk", "Una, Ana's older sister" and "Una, who is
        Ana's mother" -> Who is Ana's mother? -> Una; "Ana's new friends Una and Bo" -> Who
        are Ana's new friends? -> Una and Bo.
        """
        for noun in self.sent:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in KIN_NOUNS:
                continue
            owner = self._kin_owner(noun)
            named = _kin_named(noun)
            if owner is None or not named:
                continue
            texts = [name_span(n).text for n in named]
            if any(self.registry.canonical(t) == self.registry.canonical(owner) for t in texts):
                continue
            plural = noun.tag_ == "NNS"
            if plural != (len(texts) > 1):
                continue  # "Ana's friends Una": the text names only some of them
            answer = texts[0] if len(texts) == 1 else f"{', '.join(texts[:-1])} and {texts[-1]}"
            words = [t for t in noun.lefts if t.dep_ in ("amod", "compound") and t.pos_ != "PROPN"]
            if any(t.lower_ in _FOR_NOW for t in words):
                continue  # "Ana's new friends": new when? the question would not say
            relation = render([*(w for t in words for w in t.subtree), noun])
            if not relation or relation[:1].isupper() and noun.lefts and words[:1] == []:
                continue
            kind = self.registry.fine_type(texts[0], PERSON)
            if kind not in PEOPLE or kind == PERSON:
                # The kin of a character belong to the story too.
                kind = CHARACTER if self.registry.fine_type(owner, "") == CHARACTER else PERSON
            be = "are" if plural else "is"
            whose = f"{owner}'" if owner.endswith("s") else f"{owner}'s"
            yield Fact(
                shape="kin",
                sentence=self.index,
                source=self.source,
                prompt=f"Who {be} {whose} {relation}?",
                answer=answer,
                answer_type=kind,
                statement=f"{answer} {be} {whose} {relation}.",
                key=f"kin|{self.registry.canonical(owner)}|{relation.lower()}",
                names=(owner,),
                gender=_gender_of(relation) or self.registry.gender(texts[0]),
                plural=plural,
            )

    def _kin_owner(self, noun: Token) -> str | None:
        """Return the person whose relative a noun names ("Ana's", or a resolved "her")."""
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if not owners:
            return None
        owner = owners[0]
        if owner.tag_ == "PRP$":
            referent = self.sent.doc.user_data.get(REFERENTS, {}).get(owner.i)
            # In "cast as Ana and her cousin Una" the "her" is the character's, not the actor's.
            if referent is None or self.registry.fine_type(referent, "") == ACTOR:
                return None
            return str(referent)
        if not is_name_head(owner):
            return None
        name = name_span(owner).text
        return name if self.registry.fine_type(name, PERSON) in PEOPLE else None

    # ---- clauses -------------------------------------------------------------------------

    def clauses(self) -> Iterator[Fact]:
        """Yield a direct question for each answer the sentence's clauses place."""
        done: set[int] = set()
        for answer in self.answers():
            if answer.head.i in self.cast_tokens or answer.head.i in done:
                continue
            group = self._answer_group(answer)
            if group is None or not self._askable(group):
                continue
            done.update(a.head.i for a in [answer])
            fact = self._ask(group)
            if fact is not None:
                yield fact
                yield from self._counted_members(fact, group)
            yield from self._shared_subject(group)

    def _counted_members(self, counted: Fact, answer: _Answer) -> Iterator[Fact]:
        """Yield the last of the names a count lists in brackets, asked beside the others.

        "It was banned in three countries (Ostland, Vesh and Tarn)." -> Besides Ostland and
        Vesh, in which country was it banned? -> Tarn.
        """
        noun = answer.head.head
        count = number_value(answer.text)
        asking = re.search(rf"\bhow many {re.escape(noun.text)}\b", counted.prompt, re.IGNORECASE)
        if answer.kind != COUNT or answer.head.dep_ != "nummod" or not count or not asking:
            return
        doc = self.sent.doc
        after = doc[noun.i + 1 : self.sent.end]
        opening = next((t.i for t in after if t.text == "("), None)
        closing = next((t.i for t in after if t.text == ")"), None)
        if opening is None or closing is None or closing < opening:
            return
        inside = {t.i for t in noun.subtree}
        if any(t.text in (",", ";") or t.i not in inside for t in doc[noun.i : opening]):
            return  # the brackets are some later word's
        names = [name_span(t) for t in doc[opening + 1 : closing] if is_name_head(t)]
        if len(names) != count or count < 2 or len(names) > 4:
            return
        *others, last = [n.text for n in names]
        besides = others[0] if len(others) == 1 else f"{', '.join(others[:-1])} and {others[-1]}"
        prompt = counted.prompt.replace(asking.group(0), f"which {noun.lemma_}", 1)
        prompt = f"Besides {besides}, {lower_first(prompt)}"
        kinds = [self.registry.fine_type(n.text, entity_type(n)) for n in names]
        kind = max(kinds, key=kinds.count)  # the type most of the list has
        listed = f"{', '.join(n.text for n in names[:-1])} and {last}"
        yield replace(
            counted,
            shape="counted-member",
            prompt=prompt,
            answer=last,
            answer_type=kind,
            statement=f"{counted.statement.rstrip('.')}: {listed}.",
            key=f"member|{noun.lemma_}|{last}",
            names=tuple(n for n in self.registry.names_in(prompt) if len(n) > 2),
            insitu="",
            bound="",
        )

    def _shared_subject(self, answer: _Answer) -> Iterator[Fact]:
        """Yield a question for each later verb that shares a subject answer.

        "Ivo Pask wrote the songs and sang them" also asks "Who sang them?".
        """
        subject = answer.head
        if subject.dep_ == "appos" and subject.head.pos_ == "NOUN":
            subject = subject.head  # "the set designer Ivo Pask visited ..."
        if subject.dep_ != "nsubj" or answer.kind not in PEOPLE | {ORG}:
            return
        for verb in (c for c in subject.head.children if c.dep_ == "conj"):
            if verb.pos_ != "VERB" or any(c.dep_ in _SUBJECTS for c in verb.children):
                continue
            self._stranded = ""
            self._said = []
            self._hedged = False
            self._asking_when = False
            self._asking_name = answer.kind in PEOPLE | PLACES | {ORG, THING, TITLE}
            fact = self._ask_subject(answer, subject, None, verb)
            if fact is not None:
                yield fact

    def relatives(self) -> Iterator[Fact]:
        """Yield a subject question for a name a relative clause tells about.

        "Ivo Pask, who later ran the club, ..." -> Who ran the club? -> Ivo Pask; also through
        a description: "Una Brisk, a pilot who flies solo, ..." -> Who flies solo?
        """
        for token in self.sent:
            if not is_name_head(token) or token.i in self._quoted():
                continue
            answer = self._answer(name_span(token), token)
            if answer.kind not in PEOPLE or not self._askable(answer):
                continue
            holders = [token, *(c for c in token.children if c.dep_ == "appos")]
            for holder in holders:
                for clause in (c for c in holder.children if c.dep_ == "relcl"):
                    fact = self._ask_relative(answer, clause) or self._ask_whom(answer, clause)
                    if fact is not None:
                        yield fact

    def _ask_whom(self, answer: _Answer, clause: Token) -> Fact | None:
        """Return who a "whom" clause tells its subject did something to or with.

        "Ivo Pask, whom she married in 1990" -> Who did Ada Venn marry in 1990? -> Ivo Pask;
        "A, whom he sits next to" -> Who does B sit next to? A phrase holding a pronoun is
        left out ("in his class"): the question names its subject already.
        """
        whom = [t for t in clause.subtree if t.lower_ == "whom" and t.i < clause.i]
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if len(whom) != 1 or len(subjects) != 1 or clause.pos_ != "VERB":
            return None
        if any(c.dep_ in ("ccomp", "csubj", "xcomp", "advcl") for c in clause.children):
            return None
        referents = self.sent.doc.user_data.get(REFERENTS, {})
        doer = subjects[0]
        if doer.tag_ == "PRP":
            subject = referents.get(doer.i)
        elif is_name_head(doer):
            subject = name_span(doer).text
        else:
            subject = None
        if not subject or self.registry.canonical(subject) == self.registry.canonical(answer.text):
            return None
        aux, negation, form = self._tense_parts(clause)
        if not aux or negation:
            return None
        leading = [whom[0].head] if whom[0].dep_ == "pobj" else []  # "with whom she flew"
        chunks: list[list[Token]] = []
        setting: list[Token] = []
        for child in clause.children:
            if child in (doer, whom[0], *leading) or child.dep_ in ("aux", "auxpass", "punct"):
                continue
            if child.dep_ in _OTHER_CLAUSE or child.i < clause.i:
                return None  # what opens the clause would be lost, or another clause follows
            words = phrase_tokens(child)
            if any(t.pos_ == "PRON" for t in words):
                # "in his new form": the question already names whose; the explanation keeps
                # the setting in the text's words, so it is no statement to judge alone
                setting.extend(words)
                continue
            chunks.append(words)
        opening = f"{leading[0].lower_} whom" if leading else "who"
        tail = render(t for words in chunks for t in words)
        prompt = " ".join(w for w in (opening, aux, subject, form, tail) if w)
        prompt = prompt[:1].upper() + prompt[1:] + "?"
        if len(prompt.split()) > MAX_PROMPT_WORDS or _pointing(prompt):
            return None
        if answer.text.lower() in prompt.lower():
            return None
        # The statement puts the answer where "whom" stood: after a preposition left without
        # its object ("sits next to A"), else after the verb ("married A in 1994").
        stranded = next(
            (
                n
                for n, words in enumerate(chunks)
                if words[-1].pos_ == "ADP" and not any(c.dep_ == "pobj" for c in words[-1].children)
            ),
            -1,
        )
        with _stating(clause.doc):
            verb = render([*(c for c in clause.children if c.dep_ == "aux"), clause])
            before = render(t for words in chunks[: stranded + 1] for t in words)
            after = render(t for words in chunks[stranded + 1 :] for t in words)
        joined = f"{leading[0].lower_} {answer.text}" if leading else answer.text
        kept = " ".join(t.text for t in setting)
        statement = _declare(subject, verb, before, joined, after, kept)
        return self._plain_fact(
            "whom",
            prompt,
            (answer.text, answer.kind),
            statement,
            "|".join([clause.lemma_, *sorted({self.registry.canonical(subject), answer.text})]),
            tuple(n for n in self.registry.names_in(prompt) if len(n) > 2),
            self.registry.gender(answer.text),
        )

    def _where_pronouns(self) -> None:
        """Write "them" in a "where" clause as the main clause's subject it stands for.

        "The crew was taken to Vesh Quenby, where Mayor Ivo Pask welcomed them home." -> Who
        welcomed the crew home?
        """
        referents = self.sent.doc.user_data.setdefault(REFERENTS, {})
        for clause in self.sent:
            links = [c for c in clause.children if c.dep_ == "advmod" and c.lower_ == "where"]
            if clause.dep_ != "relcl" or not links:
                continue
            main = clause.head
            while main.pos_ not in ("VERB", "AUX") and main.head != main:
                main = main.head
            owners = [c for c in main.children if c.dep_ in _SUBJECTS and c.pos_ == "NOUN"]
            owner = self._noun_phrase(owners[0]) if owners else None
            if owner is None:
                continue
            for word in clause.subtree:
                if word.lower_ in ("them", "they") and word.tag_ == "PRP":
                    referents.setdefault(word.i, owner)
                    event = self._placing_event(main, clause)
                    if word.head == clause and event:
                        self._where_events[clause.i] = (word.lower_, owner, event)

    def _there_places(self) -> None:
        """Write "there" after a semicolon as the one place the clause before it names.

        "The scene was shot at Vesh Quay; the crew had to reach there by 05:30." -> By what
        time did the crew have to reach Vesh Quay?
        """
        referents = self.sent.doc.user_data.setdefault(REFERENTS, {})
        marks = [t.i for t in self.sent if t.text == ";"]
        for token in self.sent:
            if token.lower_ != "there" or token.dep_ != "advmod" or not marks:
                continue
            start = max((m for m in marks if m < token.i), default=None)
            if start is None:
                continue
            opening = max((m for m in marks if m < start), default=self.sent.start - 1)
            places = [
                name_span(t)
                for t in self.sent.doc[opening + 1 : start]
                if is_name_head(t) and self._place_named(t)
            ]
            if len(places) != 1:
                continue
            place = places[0]
            before = place.doc[place.start - 1] if place.start else None
            the = before is not None and before.lower_ == "the" and before.head == place.root
            referents[token.i] = f"the {place.text}" if the else place.text

    def _place_named(self, token: Token) -> bool:
        """Return whether a name is a place: typed one, or a building a thing is "held at"."""
        span = name_span(token)
        kind = self.registry.fine_type(span.text, entity_type(span))
        placed = token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS
        return kind in PLACES or (kind == ORG and placed and token.ent_type_ in ("FAC", "LOC"))

    def _placing_event(self, main: Token, clause: Token) -> str:
        """Return the short clause a "where" clause happened in, or "".

        "The crew was picked up by a ship, where ..." -> "the crew was picked up": the agent
        that the "where" names is left out, so the event tells no other fact's answer.
        """
        if main.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in main.children):
            return ""
        agents = [c for c in main.children if c.dep_ == "agent"]
        if len(agents) != 1 or clause not in agents[0].subtree:
            return ""
        subjects = [c for c in main.children if c.dep_ == "nsubjpass"]
        if len(subjects) != 1:
            return ""
        kept = [*subjects[0].subtree, main]
        kept += [c for c in main.children if c.dep_ in ("auxpass", "aux", "prt", "neg")]
        others = [
            c
            for c in main.children
            if c not in kept and c != agents[0] and c.dep_ not in ("punct", "cc", "conj")
        ]
        if others or len(kept) > 8:
            return ""  # an event told with more would bury the question
        return lower_first(render(kept))

    def _ask_relative(self, answer: _Answer, clause: Token) -> Fact | None:
        subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
        # A person is told about with "who": in "jumpers for A and B that matched the cover"
        # the "that" clause is the jumpers', whatever the parse hung it on.
        if not subjects or subjects[0].lower_ != "who":
            return None
        if any(c.dep_ in ("ccomp", "csubj") for c in clause.children):
            return None  # what someone said or thought is no fact a question can hold
        content = [t for t in clause.subtree if t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ")]
        if all(t.pos_ == "NOUN" and _bare_definite(t) for t in content):
            return None  # "who wrote the review": which review, the text said before
        self._stranded = ""
        self._said = []
        self._hedged = False
        self._wh_words = ""
        self.sent.doc.user_data[ASKED] = self.registry.canonical(answer.text)
        fact = self._ask_subject(answer, subjects[0], None)
        if fact is None:
            return None
        kept = [
            t
            for t in clause.subtree
            if t != subjects[0]
            and not _inside_other_clause(t, clause)
            and not (t.dep_ == "advmod" and t.head == clause and _pointing(t.text))
        ]
        inside = _parenthesised(clause)
        with _stating(clause.doc):
            statement = _declare(answer.text, render(t for t in kept if t.i not in inside))
        return replace(fact, shape="relative", statement=statement)

    def _askable(self, answer: _Answer) -> bool:
        """Return whether an answer is worth a question: not the topic, nothing pointing."""
        if _duration(answer.span) is not None:
            return True
        canonical = self.registry.canonical(answer.text)
        if canonical.casefold() == self.topic.casefold() or _pointing(answer.text):
            return False
        if any(c.tag_ == "PRP$" for c in answer.head.children) and " " not in answer.text:
            return False  # "his soggy Vesh pudding" is a dish, no place
        words = set(re.split(r"[\s-]+", answer.text.casefold()))
        if self.topic and words <= set(re.split(r"[\s-]+", self.topic.casefold())):
            return False  # "Bay" of "Tidewater Bay": the question names its answer
        if answer.kind in (DATE, YEAR, MONTH):
            return _plain_date(answer.text)
        if answer.kind == PERSON and " " not in answer.text:
            # A lone word is a surname only when the text gives the full name somewhere.
            return self.registry.canonical(answer.text) != answer.text
        if answer.kind in PLACES | {ORG, THING} and not answer.text[:1].isupper():
            return answer.text.startswith("the ")
        return len(answer.text) > 1

    def _answer_group(self, answer: _Answer) -> _Answer | None:
        """Return the answer with what is coordinated with it, or None when it is a later part."""
        head = answer.head
        if head.dep_ == "conj" and is_proper(head.head):
            first = head
            while first.dep_ == "conj":
                first = first.head
            roles = [_role_words(c, name_span(c)) for c in self._group(first)]
            role = _role_words(head, answer.span)
            if role and all(roles) and len(set(roles)) == len(roles):
                return _Answer(answer.span, head, answer.kind, answer.text, role=role)
            member = _member_role(head, self._group(first))
            if member:
                # "Its spin-offs include A and the companion podcast B": B alone is one of them
                return _Answer(answer.span, head, THING, answer.text, role=member)
            return None  # asked through the first of the list
        conjs = [
            c for c in head.children if (c.dep_ == "conj" or _listed_aside(c)) and is_name_head(c)
        ]
        if conjs and any(_member_role(c, self._group(head)) for c in conjs):
            return None  # a list that only includes: its named kinds are asked one by one
        if not conjs or answer.kind not in PEOPLE | PLACES | {ORG}:
            return answer
        roles = [_role_words(c, name_span(c)) for c in self._group(head)]
        if all(roles) and len(set(roles)) == len(roles):
            # "the writer A and the baker B": each is asked by its own job.
            return _Answer(answer.span, head, answer.kind, answer.text, role=roles[0])
        names = [answer.text] + [name_span(c).text for c in self._group(head)[1:]]
        if len(names) > 3 or any(
            c.dep_ == "prep" for member in self._group(head) for c in member.children
        ):
            return None  # a list of names each with its own detail is not one answer
        text = " and ".join(names) if len(names) == 2 else f"{names[0]}, {names[1]} and {names[2]}"
        last = self._group(head)[-1]
        span = head.doc[answer.span.start : name_span(last).end]
        return _Answer(span, head, answer.kind, text, plural=True)

    def _quoted(self) -> set[int]:
        """Return the tokens of quoted speech: its clauses are someone's words, not facts."""
        inside: set[int] = set()
        marks = [t.i for t in self.sent if t.text == '"']
        if len(marks) % 2:
            # A quotation the sentence splitter cut: speech runs to one edge of the sentence.
            last = marks[-1]
            if last >= self.sent.end - 2:
                inside.update(range(self.sent.start, last + 1))
                marks = marks[:-1]
            else:
                inside.update(range(last, self.sent.end))
                marks = marks[:-1]
        for opening, closing in zip(marks[::2], marks[1::2], strict=True):
            if closing - opening > 9:
                inside.update(range(opening, closing + 1))
        return inside

    def _ask(self, answer: _Answer) -> Fact | None:
        if any(_GLUED.search(t.text) for t in self.sent):
            return None  # two sentences run together: the parse of either cannot be trusted
        self._stranded = ""
        self._said = []
        self._hedged = False
        self._asking_when = answer.kind in (DATE, YEAR, MONTH, TIME) or bool(_duration(answer.span))
        self._asking_figure = answer.kind in (COUNT, MONEY) or bool(_duration(answer.span))
        self._asking_name = answer.kind in PEOPLE | PLACES | {ORG, THING, TITLE}
        self.sent.doc.user_data[ASKED] = self.registry.canonical(answer.text)
        self._wh_words = ""
        head = answer.head
        duration = _duration(answer.span)
        clocks = [t for t in answer.span if _CLOCK.fullmatch(t.text)]
        if head.i in self._quoted() or (answer.kind == TIME and duration is None and not clocks):
            return None
        rival = self._ask_rival(answer) or self._ask_record_since(answer)
        if rival is not None:
            return rival
        title_by = head.dep_ == "pobj" and self._title_before(head.head) is not None
        named = head.dep_ == "pobj" and head.head.lower_ == "as"
        unnamed = answer.kind == THING and head.dep_ != "oprd" and not title_by and not named
        coded = len(answer.span) > 1 and is_code(answer.span[-1].text) and not answer.role
        coded = coded and answer.kind in PEOPLE | PLACES | {ORG, THING}
        if coded and all(t.is_title for t in answer.span[:-1]):
            # "Orm Quay 7B" is one of the quays: asked "which orm quay"
            kind = render(answer.span[:-1]).lower()
            answer = _Answer(answer.span, head, THING, answer.text, role=kind)
        elif unnamed and not (answer.role or _role_words(head, answer.span)):
            return None
        if clocks:
            return self._ask_clock(answer, clocks[0])
        if any(_CLOCK.fullmatch(t.text) for t in answer.head.subtree):
            return None
        clause = head
        dated = answer.kind in (DATE, YEAR, MONTH)
        while (
            clause.pos_ not in ("VERB", "AUX") or (dated and _nominal(clause))
        ) and clause.dep_ != "ROOT":
            clause = clause.head  # "the casting of X in May": the date is the clause's
        if _reported(clause):
            return None  # someone's words, not the text's own
        quoted = self._quoted()
        own = _own_tokens(clause)
        if any(t.i in quoted and not t.is_punct for t in own):
            return None  # the clause reports speech
        if any(t.text == ";" and t.head != clause for t in own):
            return None  # a list split by semicolons: its items are not one answer
        if any(
            c.dep_ in ("ccomp", "csubj") and c.i > clause.i and not _after_semicolon(c)
            for c in clause.children
        ):
            return None  # what was said or thought is the fact, and a question cannot hold it
        if not answer.role and (
            head.dep_ == "conj"
            or (any(c.dep_ == "conj" and is_proper(c) for c in head.children) and not answer.plural)
        ):
            return None  # one of a list: the question would not say which
        if answer.kind in (DATE, YEAR, MONTH, COUNT) and any(
            c.dep_ == "conj" and (c.like_num or c.ent_type_ == "DATE") for c in head.children
        ):
            return None  # "in 1990 and 1994": the first alone would be half the answer
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        factive = clause.dep_ == "ccomp" and (
            clause.head.lemma_ in FACTIVE_VERBS or _before_semicolon(clause)
        )
        if clause.dep_ in ("advcl", "ccomp", "csubj", "pcomp") and not (
            marks & _ASSERTING or _participle(clause) or factive or _done_before_or_after(clause)
        ):
            return None  # "if" and "that" clauses state no fact; "because" and "while" do
        if "since" in marks and answer.kind == YEAR and _after_a_record(clause):
            return self._ask_record_began(answer, clause)
        count_noun: Token | None = None
        position = head
        if head.dep_ == "compound" and answer.role:
            position = head.head  # the kind the name is of: "which rocket"
        while position.dep_ == "conj" and answer.role:
            position = position.head
        if duration is not None:
            return self._ask_length(answer, duration)
        if (
            answer.kind == COUNT
            and head.dep_ == "nummod"
            and any(
                c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                for c in head.head.children
            )
        ):
            return None  # "the three men" refers to men already counted; it tells no count
        before_number = self.sent.doc[answer.span.start - 1] if answer.span.start else None
        if (
            answer.kind == COUNT
            and before_number is not None
            and before_number.is_title
            and not before_number.is_sent_start
        ):
            return None  # "Volume 2": a number inside a name, not a count
        partitive = any(
            c.dep_ == "quantmod" and c.lower_ == "of" and c.i < answer.span.start
            for c in head.children
        )
        if partitive:
            return None  # "the first of six episodes" is about the first, not the six
        measure = answer.span.label_ == "QUANTITY" and head.tag_ == "NNS"
        if measure and any(c.dep_ == "nummod" for c in head.children):
            count_noun = head  # "12.5 stone of grain": the answer keeps its unit
            position = head
        elif answer.kind in (COUNT, MONEY) and head.dep_ == "nummod" and _counted(head.head):
            count_noun = head.head
            position = count_noun
            restrictive = [
                c for c in count_noun.children if c.dep_ in ("relcl", "acl") and not _after_comma(c)
            ]
            if any(sum(t.i not in _parenthesised(c) for t in c.subtree) > 8 for c in restrictive):
                return None  # "three towns where X": the count is true only with its clause
            around = [c for c in head.children if c.dep_ == "quantmod" and c.pos_ == "ADP"]
            if around and around[0].i < answer.span.start:
                self._stranded = around[0].text  # "built around three rounds"
        titled = head.dep_ == "appos" and head.head.lemma_ in TITLED_NOUNS
        if titled and head.head.i < head.i and answer.kind not in (TITLE, DATE, YEAR, COUNT):
            answer = replace(answer, kind=TITLE)  # "their debut album, Grey Quay"
        if answer.kind == TITLE and head.dep_ == "appos":
            noun = _noun_before(answer.span)
            if noun is not None:
                position = noun  # 'the finale "The End"': asked as "which finale"
                answer = _Answer(answer.span, head, TITLE, answer.text, role=_noun_words(noun))
        if answer.kind == TITLE and head.dep_ == "pobj":
            noun = _noun_before(answer.span)
            if noun is not None and noun.head == head:
                # 'in the episode "Vesh Mire"': asked as "which episode ... in?"
                answer = _Answer(answer.span, head, TITLE, answer.text, role=_noun_words(noun))
        noun = head.head
        if (
            head.dep_ == "appos"
            and noun.pos_ == "NOUN"
            and noun.i < head.i
            and answer.kind != TITLE
        ):
            position = noun  # "the pilot Ivo Pask": asked as "which pilot"
            answer = _Answer(answer.span, head, answer.kind, answer.text, role=_noun_words(noun))
            while position.dep_ == "conj" or (
                position.dep_ == "appos" and position.head.pos_ == "NOUN" and position.i > 0
            ):
                position = position.head  # "the chef A and the farmer B": B's place is A's
        place = head.head if head.dep_ == "nummod" else head
        rank = [c for c in place.children if c.dep_ == "nummod"]
        ranked_at = place.dep_ == "pobj" and place.head.head.pos_ in ("VERB", "AUX")
        if answer.kind == COUNT and place.lower_ == "number" and rank and ranked_at:
            # "ranked at number seven" -> At what number did it rank?
            ranked = _Answer(answer.span, place, COUNT, render([place, rank[0]]))
            wh = f"{place.head.lower_} what number"
            return self._ask_object(ranked, place, place.head.head, place.head, None, wh)
        if answer.kind == YEAR and head.dep_ in ("nummod", "compound", "amod"):
            return self._ask_year_of(answer, head.head)
        by_title = answer.kind in PEOPLE | {ORG, THING, TITLE} and head.i not in self._in_quotes()
        if by_title and head.dep_ == "pobj" and head.head.lower_ == "by":
            titles = self._titles_before(head.head)
            if titles:
                listed = " and ".join(f'"{t}"' for t in titles)
                be = "are" if len(titles) > 1 else "is"
                said = _declare(listed, be, "by", answer.text)
                words = f"who {be} {listed} by"
                used = self._title_used(head.head, listed, len(titles) > 1)
                if used is not None:
                    words, told, self._wh_words = used
                    said = _declare(told, "by", answer.text)
                fact = self._fact("title-by", answer, words, head.head.head, said)
                self._wh_words = ""
                return fact
        measured = position.head.head if position.dep_ == "pobj" else None
        before = self.sent.doc[answer.span.start - 1] if answer.span.start else None
        split = position.dep_ != "pobj" or position.head != before
        if len(answer.span) > 1 and before is not None and before.lower_ == "of" and split:
            position = answer.span[0]  # "a rating of four out of five", however it was parsed
            measured = before.head
        if (
            answer.kind in (COUNT, MONEY)
            and count_noun is None
            and measured is not None
            and position.head.lower_ == "of"
            and measured.pos_ == "NOUN"
            and measured.dep_ in ("dobj", "attr", "nsubj", "nsubjpass")
        ):
            # "drew an audience of 4 million": asked as "what audience did it draw?"
            value = render(position.subtree)
            if answer.span.end > position.right_edge.i + 1:
                value = answer.text  # "a rating of four out of five": the parse split it
            answer = _Answer(answer.span, head, answer.kind, value, role=_noun_words(measured))
            position = measured
            count_noun = None
        dep = position.dep_
        if dep in _SUBJECTS and position.head.pos_ in ("VERB", "AUX"):
            return self._ask_subject(answer, position, count_noun)
        if dep == "pobj" and position.head.dep_ == "agent":
            return self._ask_agent(answer, position, count_noun)
        if count_noun is not None and dep == "pobj" and position.head.lower_ == "of":
            average = self._ask_average(answer, position.head, count_noun)
            if average is not None:
                return average
        if dep == "pobj" and position.head.dep_ in ("prep", "dative"):
            prep = position.head
            if _done_before_or_after(prep.head):
                return self._ask_after_doing(answer, position, prep)
            dated = answer.kind in (DATE, YEAR, MONTH) and _nominal(prep.head)
            if prep.head.pos_ in ("VERB", "AUX") and not dated:
                return self._ask_object(answer, position, prep.head, prep, count_noun)
            owners = PEOPLE | PLACES | {ORG, THING}
            if prep.lower_ == "of" and prep.head.dep_ == "attr" and answer.kind in owners:
                return self._ask_owner(answer, prep)
            if prep.lower_ == "by" and prep.head.dep_ == "attr" and answer.kind in PEOPLE:
                return self._ask_maker(answer, prep)
            verb = prep.head
            while verb.dep_ in ("dobj", "pobj", "prep", "pcomp") and (
                verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "pcomp"
            ):
                verb = verb.head
            if answer.kind in (DATE, YEAR, MONTH) and verb.pos_ in ("VERB", "AUX"):
                # "announced the casting in April": a date on the object tells when it was done
                return self._ask_object(answer, position, verb, prep, count_noun)
            placed = (
                prep.head.dep_ == "pobj"
                and prep.head.pos_ == "NOUN"
                and prep.head.head.lower_ in PLACE_PREPOSITIONS
            )
            named = any(is_proper(t) for t in prep.head.subtree if t.i < prep.i)
            if (
                answer.kind in PLACES
                and prep.lower_ in PLACE_PREPOSITIONS
                and placed
                and not named  # "in the grounds of Vesh Quenby in Ostland": the Quenby's place
                and prep.head.head.head == verb
                and verb.pos_ == "VERB"
            ):
                # "filmed inside a tent at Vesh Quenby": where the tent stood is where it was done
                return self._ask_object(answer, position, verb, prep, count_noun)
            kind_word = answer.text.split()[-1]
            if (
                answer.kind in PLACES | {ORG}
                and prep.lower_ == "of"
                and placed
                and prep.head.head.head == verb
                and verb.pos_ == "VERB"
                and kind_word.isalpha()
                and kind_word.istitle()
                and not kind_word.endswith("s")
                and len(answer.text.split()) > 1
            ):
                # "painted on the wall of Vesh's Tavern" -> At which tavern was it painted?
                agents = [t.i for c in verb.children if c.dep_ == "agent" for t in c.subtree]
                wh = f"at which {kind_word.lower()}"
                fact = self._ask_object(answer, position, verb, prep.head.head, None, wh, agents)
                if agents:
                    return fact  # in place, the clause would name who did it beside the place
                return _part_kept_in_place(fact, f"which {kind_word.lower()}")
            place_kind = prep.head
            if (
                answer.kind in PLACES
                and prep.lower_ == "of"
                and placed
                and place_kind.head.head == verb
                and verb.pos_ == "VERB"
                and place_kind.pos_ == "NOUN"
                and [c.lower_ for c in place_kind.children if c.i < place_kind.i] == ["the"]
                and answer.span.end == prep.right_edge.i + 1
            ):
                # "shot on the island of Skellan" -> On which island was the film shot?
                wh = f"{place_kind.head.lower_} which {place_kind.lower_}"
                return self._ask_object(answer, position, verb, place_kind.head, None, wh)
            return None
        if dep == "oprd" and position.head.dep_ == "acl":
            return self._ask_called(answer, position)
        if dep == "oprd" and position.head.lemma_ in ("name", "call", "dub", "nickname"):
            # "The best rower of each heat is named Rower Royal": a name, whatever it names
            fact = self._ask_object(answer, position, position.head, None, None, "what")
            return self._as_title(fact, position.head)
        after = position.right_edge.i + 1
        parts = [*position.children, *position.doc[after : after + 1]]  # or hung on the verb
        named_part = any(
            c.dep_ == "prep" and c.lower_ in ("for", "of") and any(is_proper(g) for g in c.children)
            for c in parts
        )
        if dep == "dobj" and named_part and count_noun is None:
            return None  # "lost the Vesh Cup for Orm Rowing": the cup is more than "Vesh Cup"
        if dep in ("dobj", "attr", "oprd") and position.head.pos_ in ("VERB", "AUX"):
            return self._ask_object(answer, position, position.head, None, count_noun)

        return None

    def _as_title(self, fact: Fact | None, verb: Token) -> Fact | None:
        """Return a naming of a person asked as the title it gives them.

        "The best rower of each heat is named Gold Oar": "Gold Oar" is a title the rower is
        given, not the rower's name, so "What title is given to the best rower of each heat?"
        A noun is a person's where the text calls a person by it ("the rower Ada Venn").
        """
        found = (
            re.fullmatch(r"What (?:is|was|are|were) (.+) (?:named|called|dubbed)\?", fact.prompt)
            if fact
            else None
        )
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if fact is None or found is None or not subjects:
            return fact
        called = self.registry.named_as(subjects[0].lemma_)
        if not any(self.registry.fine_type(n, "") in PEOPLE for n in called):
            return fact
        past = any(c.lower_ in ("was", "were") for c in verb.children if c.dep_.startswith("aux"))
        given = "was" if past else "is"
        return replace(fact, prompt=f"What title {given} given to {found.group(1)}?", insitu="")

    def _ask_rival(self, answer: _Answer) -> Fact | None:
        """Ask who or what the subject lost something to: "lost the cup to X in 1990".

        It is asked "to which club did Tidewater lose the cup in 1990?": a rival of the
        subject is of its kind (the noun the text defines it by), whatever the tagger took its
        name for; anyone else's rival is asked "to whom" where it is a person. The "to" may
        hang on the verb or, as the parser often has it, on what was lost.
        """
        to = answer.head.head
        if answer.head.dep_ != "pobj" or to.lower_ != "to":
            return None
        verb = to.head
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("pobj", "prep", "dobj"):
            verb = verb.head
        if verb.lemma_ != "lose" or not any(c.dep_ == "dobj" for c in verb.children):
            return None
        if self.registry.topic_kind and (self._subject_of(verb) or "") == self.topic:
            wh = f"to which {self.registry.topic_kind}"  # a rival of its own kind
        elif answer.kind in PEOPLE:
            wh = "to whom"
        else:
            return None
        answer = replace(answer, kind=PERSON if wh == "to whom" else TITLE)
        return self._ask_object(answer, answer.head, verb, to, None, wh)

    def _ask_record_began(self, answer: _Answer, since: Token) -> Fact | None:
        """Ask in place when a record's count began: "the wettest since records began in Y".

        "It was the wettest summer in Ostmark since records began in 1881." -> Tidewater was
        the wettest summer in Ostmark since records began in what year? Asked alone ("When
        did records begin?") the year would belong to no record anyone could name.
        """
        main = since.head
        subjects = [c for c in main.children if c.dep_ in _SUBJECTS]
        if len(subjects) != 1:
            return None
        referents = main.doc.user_data.get(REFERENTS, {})
        if subjects[0].tag_ == "PRP" and subjects[0].i not in referents:
            return None
        clause = [
            t
            for t in main.subtree
            if (t in since.subtree or not _inside_other_clause(t, main)) and not t.is_punct
        ]
        clause += [t for t in main.subtree if t.text == "-" and t.head in clause]
        if any(t.i < subjects[0].left_edge.i for t in clause) or len(clause) > 22:
            return None  # an opening phrase or an aside: the clause is not asked whole
        before = render(t for t in clause if t.i < answer.span.start)
        after = render(t for t in clause if t.i >= answer.span.end)
        self._wh_words = "what year"
        words = " ".join(w for w in (before, "what year", after) if w)
        with _stating(main.doc):
            said = _declare(render(clause))
        return self._fact("record-began", answer, words, main, said)

    def _ask_after_doing(self, answer: _Answer, position: Token, prep: Token) -> Fact | None:
        """Ask in place for a name in what someone did before or after something else.

        "Ivo Pask, who ran the club for three years before handing over to Mira Tosk" -> Ivo
        Pask ran the club for three years before handing over to whom? Without the clause it
        hangs on, asking "to whom did Ivo Pask hand over?" would not say what was handed over.
        """
        if answer.kind not in PEOPLE | {ORG} or prep.i > position.i:
            return None
        main = prep.head.head.head
        subjects = [c for c in main.children if c.dep_ in _SUBJECTS]
        if len(subjects) != 1 or main.pos_ != "VERB":
            return None
        subject = subjects[0]
        if subject.lower_ in ("who", "that") and main.dep_ == "relcl" and is_name_head(main.head):
            doer = render(name_span(main.head))
        elif subject.pos_ == "PROPN" or (subject.pos_ == "NOUN" and not _indefinite(subject)):
            doer = render(subject.subtree)
        else:
            return None  # a pronoun that names no one, or "a man who ...": asked of whom?
        wh, _ = self._wh(answer, None, None)
        asked = _in_place_wh(wh, answer)
        clause = [
            t
            for t in main.subtree
            if t not in subject.subtree and not _inside_other_clause(t, main) and not t.is_punct
        ]
        if not asked or any(t.i < main.i for t in clause) or len(clause) > 16:
            return None
        span = range(answer.span.start, answer.span.end)
        before = render(t for t in clause if t.i < answer.span.start)
        after = render(t for t in clause if t.i >= answer.span.end and t.i not in span)
        counted = [t for t in clause if t.dep_ == "dobj" and t.head == main and self._of_topic(t)]
        if counted and self.topic:  # "hosted three series": of the subject
            said = render(t for t in clause if t.i <= counted[0].i)
            before = before.replace(said, f"{said} of {self.topic}", 1)
        self._wh_words = asked
        words = " ".join(w for w in (doer, before, asked, after) if w)
        with _stating(main.doc):
            said = _declare(doer, render(clause))
        return self._fact("after-doing", answer, words, main, said)

    def _ask_record_since(self, answer: _Answer) -> Fact | None:
        """Ask what held a record before: "its best-selling album since X".

        "Harlow Vision has described it as its most-watched drama since Kelby Marsh." -> Since
        which series has Tidewater been Harlow Vision's most-watched drama? What came before is
        of the kind the record counts (or, for the subject, the kind the text defines it by).
        Where the record is not said of a named thing in those words, it is asked in place:
        "The label called Tidewater its best-selling album since which album?"
        """
        since = answer.head.head
        noun = since.head
        if answer.head.dep_ != "pobj" or since.lower_ != "since" or noun.pos_ != "NOUN":
            return None
        if not any(t.tag_ in ("JJS", "RBS") for t in noun.subtree if t.i < noun.i):
            return None  # only a record ("the highest-rated ... since") says Y was one too
        verb = noun
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if verb.pos_ not in ("VERB", "AUX") or not subjects or subjects[0].tag_ == "PRP":
            return None
        referents = verb.doc.user_data.setdefault(REFERENTS, {})
        for it in (c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "it"):
            if self.topic:
                referents.setdefault(it.i, self.topic)  # what a record is claimed for: the subject
        kind = self.registry.topic_kind
        if not (kind and (_subject_is_topic(verb, self.topic) or self._mentions_topic(verb))):
            kind = noun.lower_
        clause = [t for t in verb.subtree if not _inside_other_clause(t, verb) and not t.is_punct]
        clause += [t for t in verb.subtree if t.text == "-"]
        if any(t.i < subjects[0].left_edge.i for t in clause):
            return None
        before = render(t for t in clause if t.i < answer.span.start)
        after = render(t for t in clause if t.i >= answer.span.end)
        words = self._record_held(verb, noun, since, kind) or " ".join(
            w for w in (before, f"which {kind}", after) if w
        )
        self._wh_words = f"which {kind}"
        with _stating(verb.doc):
            said = _declare(render(clause))
        answer = replace(answer, kind=TITLE)
        return self._fact("record-since", answer, words, verb, said)

    def _record_held(self, verb: Token, noun: Token, since: Token, kind: str) -> str:
        """Return the direct question for a record someone said a thing holds, or "".

        "Harlow Vision has described it as its most-watched drama since Kelby Marsh" -> Since
        which series has Tidewater been Harlow Vision's most-watched drama? The record's "its"
        is the sayer's, so the sayer is named as its owner; the thing holding the record is
        the object of "described ... as" or "called".
        """
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        held = [c for c in verb.children if c.dep_ == "dobj"]
        through = noun.head
        as_noun = noun.dep_ == "pobj" and through.lower_ == "as" and through.head == verb
        if len(subjects) != 1 or len(held) != 1 or not (as_noun or noun.dep_ == "oprd"):
            return ""
        referents = verb.doc.user_data.get(REFERENTS, {})
        thing = referents.get(held[0].i) or render(held[0].subtree)
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if (
            not is_proper(subjects[0])
            or len(owners) != 1
            or owners[0].lower_ not in ("its", "their")
        ):
            return ""
        sayer = render(subjects[0].subtree)
        record = [t for t in noun.subtree if t.i < since.i and t not in owners[0].subtree]
        owner = f"{sayer}'" if sayer.endswith("s") else f"{sayer}'s"
        return f"Since which {kind} has {thing} been {owner} {render(record)}"

    def _mentions_topic(self, verb: Token) -> bool:
        """Return whether a clause's object is the text's subject ("described it as ...")."""
        referents = verb.doc.user_data.get(REFERENTS, {})
        return any(c.dep_ == "dobj" and referents.get(c.i) == self.topic for c in verb.children)

    def _ask_maker(self, answer: _Answer, by: Token) -> Fact | None:
        """Ask who made what a definition calls a work "by" them.

        "Kelby Marsh is a 1907 novel by the writer Ada Venn." -> Which writer wrote Kelby Marsh?
        (a written work), and in place, "Kelby Marsh is a 1907 novel by which writer?"; what
        "by" means for any other work is not guessed, so that is asked in place only.
        """
        noun = by.head
        verb = noun.head
        subject = self._subject_of(verb) if verb.lemma_ == "be" else None
        if subject is None:
            return None
        if subject.casefold() == self.topic.casefold():
            subject = self.topic  # "The Orm Lantern" keeps its capital mid-question
        wh, _ = self._wh(answer, None, None)
        asked = _in_place_wh(wh, answer)
        if not wh or not asked:
            return None
        inside = {t.i for t in by.subtree} | _parenthesised(noun)
        work = render(t for t in phrase_tokens(noun) if t.i not in inside)
        insitu = f"{subject} {verb.lower_} {work} by {asked}"
        words = f"{wh} wrote {subject}" if noun.lemma_ in WRITTEN_NOUNS else insitu
        self._wh_words = wh if noun.lemma_ in WRITTEN_NOUNS else asked
        said = _declare(subject, verb.lower_, work, "by", answer.text)
        if noun.lemma_ not in WRITTEN_NOUNS:
            insitu = ""
        return self._fact("maker", answer, words, verb, said, insitu=insitu)

    def _ask_average(self, answer: _Answer, of: Token, count_noun: Token) -> Fact | None:
        """Ask for an average a passive's agent gives: "watched by an average of 4 million".

        -> On average, how many viewers watched the final? and in place, "The final was
        watched by an average of how many viewers?"
        """
        average = of.head
        agent = average.head
        if average.lemma_ != "average" or average.dep_ != "pobj" or agent.dep_ != "agent":
            return None
        verb = agent.head
        subject = self._subject_of(verb)
        active = self._active(verb, "")
        if subject is None or active is None:
            return None
        wh, _ = self._wh(answer, count_noun, None)
        drop = {t.i for t in agent.subtree}
        _, after = self._rest(verb, drop)
        auxes = [c.text for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        self._wh_words = wh
        words = " ".join(w for w in (f"on average, {wh}", active, subject, after) if w)
        told = render([*answer.span, count_noun])
        kept = (subject, *auxes, verb.text, "by an average of", "{}", after)
        statement = " ".join(w for w in kept if w)
        insitu = statement.replace("{}", wh)
        said = _declare(statement.replace("{}", told))
        return self._fact("average", answer, words, verb, said, insitu=insitu)

    def _ask_owner(self, answer: _Answer, of: Token) -> Fact | None:
        """Ask whose something the subject is: "X is a trademark of the firm Y".

        -> Of which firm is X a trademark? Asked only where the name's job says what to ask by.
        """
        noun = of.head
        verb = noun.head
        role = answer.role or _role_words(answer.head, answer.span)
        if verb.lemma_ != "be" or not role:
            return None
        subject = self._subject_of(verb)
        if subject is None:
            return None
        if subject.count('"') % 2 and not subject.endswith('"'):
            subject += '"'  # 'the name "Vesh"': the parse hangs the closing mark on the verb
        dropped = _parenthesised(noun) | {t.i for t in of.subtree}
        owned = render(t for t in phrase_tokens(noun) if t.i not in dropped)
        if answer.kind not in PEOPLE:
            answer = replace(answer, kind=ORG)  # "the food company X" is no place, whatever X is
        self._wh_words = f"of which {role}"
        words = f"{self._wh_words} {verb.lower_} {subject} {lower_first(owned)}"
        said = _declare(subject, verb.lower_, lower_first(owned), "of", answer.text)
        fact = self._fact("owner", answer, words, verb, said)
        if fact is not None and '"' in subject:
            # 'Of which firm is the name "Vesh" a trademark?': the quoted name says what is
            # asked about; "In Tidewater, ..." would put a trademark inside the story.
            fact = replace(fact, anchored=True)
        return fact

    def _ask_length(self, answer: _Answer, unit: Token) -> Fact | None:
        """Ask for a length of time with its unit: "19 minutes later" -> How many minutes later."""
        top = unit
        while top.head.pos_ not in ("VERB", "AUX") and top.head != top:
            top = top.head
        verb = top.head
        if top.dep_ in _SUBJECTS or verb == top or top.dep_ in _OTHER_CLAUSE:
            return None
        doc = unit.doc
        numbers = [t for t in answer.span if t.i < unit.i and t.like_num]
        if not numbers:
            return None
        subtree = [t for t in top.subtree if not t.is_punct or t.text == "-"]
        pre = [t for t in subtree if t.i < answer.span.start]
        post = [t for t in subtree if t.i >= unit.i]
        opening = doc[answer.span.start - 1] if answer.span.start > 0 else None
        drop: list[int] = []
        if any(t.pos_ == "PROPN" for t in pre):
            return None  # "at Vesh Keep in Harlow over six weeks": the length hangs on a name
        if opening is not None and opening.pos_ == "ADP" and opening.head == verb:
            pre = [opening, *pre]
            drop = [t.i for t in opening.subtree]
        wh = " ".join(w for w in (render(pre), "how many", render(post)) if w)
        value = lower_first(render(t for t in answer.span if t.i <= unit.i))
        counted = _Answer(answer.span, unit, COUNT, value)
        return self._ask_object(counted, top, verb, None, None, lower_first(wh), drop)

    def _wh(
        self, answer: _Answer, count_noun: Token | None, prep: Token | None
    ) -> tuple[str, bool]:
        """Return the question words for an answer, and whether they replace its preposition."""
        kind = answer.kind
        if count_noun is not None:
            # The count keeps what it counts: "how many world leaders", "how many pounds of
            # rock", "how many towns where X" (that clause keeps the count true).
            inside = _parenthesised(count_noun)
            kept = [
                t
                for c in count_noun.children
                if (
                    c.dep_ in ("compound", "amod")
                    and c.i < count_noun.i
                    and c.lower_ not in _ESTIMATES
                )
                or (c.dep_ == "prep" and c.lower_ == "of")
                or (c.dep_ in ("relcl", "acl") and not _after_comma(c))
                for t in c.subtree
                if t.i not in inside and t.i not in range(answer.span.start, answer.span.end)
            ]
            counted = render([*kept, count_noun])
            if self._of_topic(count_noun):
                counted = f"{counted} of {self.topic}"  # "hosted three series": of the subject
            if prep is not None and prep.head.pos_ in ("VERB", "AUX") and prep.lower_ != "of":
                return f"{prep.lower_} how many {counted}", True
            return f"how many {counted}", False
        if prep is not None:
            word = prep.lower_
            if kind == DATE and word == "on" and len(answer.text.split()) == 3:
                return "what date", False
            if kind in (DATE, MONTH, TIME) and word in ("in", "on", "at", "during", "until"):
                return "when", True
            if kind == YEAR and word == "in":
                return "what year", False
            if kind in PLACES and word in PLACE_PREPOSITIONS:
                return "where", True
            last = answer.text.split()[-1]
            if (
                kind in (ORG, THING)
                and word in ("at", "in")
                and len(answer.text.split()) > 1
                and last.isalpha()
                and last.istitle()
                and not last.endswith("s")
            ):
                return f"{word} which {last.lower()}", True  # "at the Vesh Quenby"
        if kind == ORDINAL:
            inside = _parenthesised(answer.head)
            roles = {
                t.i
                for c in answer.head.children
                if c.dep_ == "prep" and c.lower_ == "as"
                for t in c.subtree
            }  # "in the second series as Pell": the role is a fact of its own
            words = [
                t
                for t in phrase_tokens(answer.head)
                if t.i not in inside | roles
                and t.i not in range(answer.span.start, answer.span.end)
                and not (t.dep_ in ("det", "poss") and t.head == answer.head)
            ]
            if len(words) > 8 or _pointing(render(words)):
                return "", False
            if prep is not None and prep.lower_ in _FRONTED_PREPOSITIONS:
                return f"{prep.lower_} which {render(words)}", True
            return f"which {render(words)}", False
        role = answer.role or _role_words(answer.head, answer.span)
        if kind in PEOPLE:
            role = role or _described_as(answer.head)
            return (f"which {role}" if role else "who"), False
        if kind in PLACES and prep is not None and prep.lower_ not in ("to", "from", "into"):
            return "", False
        if kind == ORG:
            # A body is asked by the noun the text gives it ("which street-art group") or its
            # name's own noun ("Vesh Films": which company; "the Harlow Guild": which guild). A
            # one-word name or one with a figure ("Vesh", "VRA", "Orm 7") is no person's:
            # "who" would ask for one, so it is not asked.
            subjectish = answer.head.dep_ in _SUBJECTS or answer.head.head.dep_ == "agent"
            named = answer.text.split()
            if role:
                return f"which {role}", False
            if named[-1].lower() in COMPANY_WORDS:
                return "which company", False
            if named[-1].lower() in _BODY_NOUNS:
                return f"which {named[-1].lower()}", False
            if len(named) > 1 and not any(c.isdigit() for c in answer.text):
                return ("who" if subjectish else "what"), False  # a person's name, read as a body
            return ("" if subjectish else "what"), False
        if answer.role and kind in (COUNT, MONEY):
            return f"what {answer.role}", False
        if kind in (YEAR, DATE, MONTH, TIME, COUNT, MONEY, ORDINAL):
            return "", False
        if role:
            return f"which {role}", False
        return "what", False

    def _of_topic(self, noun: Token) -> bool:
        """Return whether a counted noun is the subject's own whose clause does not name it.

        "Ivo Pask hosted three series": three series of Tidewater; "it ran for four series"
        names the subject already.
        """
        if noun.lemma_ not in works_of(self.registry) - {self.registry.topic_kind}:
            return False
        if any(c.dep_ == "poss" or c.lower_ == "of" for c in noun.children):
            return False  # "three series of the show", "its three series"
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        return (self._subject_of(verb) or "").casefold() != self.topic.casefold()

    def _subject_of(self, verb: Token) -> str | None:
        """Return a verb's subject as the question shows it, the topic for "it", or None."""
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            return self._subject_of(verb.head)
        if not subjects and verb.dep_ == "advcl" and _participle(verb):
            before = verb.doc[verb.left_edge.i - 2] if verb.left_edge.i >= 2 else None
            if (
                _after_comma(verb)
                and before is not None
                and before.pos_ in ("NOUN", "PROPN")
                and before.i > verb.head.i
            ):
                return None  # "X designed it: a gull, drawn by Y, ...": the gull was drawn
            return self._subject_of(verb.head)
        if not subjects and verb.dep_ == "acl":
            noun = verb.head
            if (
                _after_comma(verb)
                and noun.dep_ == "pobj"
                and noun.head.head.pos_ in ("NOUN", "PROPN")
                and noun.head.head != noun
            ):
                return None  # "a prize from X, known as Y": the prize or X? Not asked.
            if noun.dep_ == "appos" and _after_colon(noun):
                pass  # "designed by X: a gull, drawn by Y": the gull, not X, was drawn
            elif noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head  # "The first series, a run won by X": the series was won
            # "made by A, produced by B": the second participle hangs on A in the parse but
            # tells of what the first one does.
            listed = verb.i > 0 and verb.doc[verb.i - 1].text == "," and noun == verb.head
            if listed and noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.i < verb.i:
                return self._subject_of(noun.head.head)
            return self._noun_phrase(noun)
        if not subjects:
            return None
        return self._noun_phrase(subjects[0])

    def _noun_phrase(self, head: Token) -> str | None:
        if head.lower_ in ("it", "its") and (_opens_sentence(head) or self._about_topic(head)):
            return self.topic or None
        if head.tag_ in ("WDT", "WP") and head.head.dep_ == "relcl":
            return self._noun_phrase(head.head.head)
        owners = [c for c in head.children if c.tag_ == "WP$"]
        if owners and head.head.dep_ == "relcl":
            antecedent = head.head.head
            if not is_name_head(antecedent):
                return None
            head_words = [t for t in phrase_tokens(head) if t.tag_ != "WP$"]
            return f"{name_span(antecedent).text}'s {render(head_words)}"
        names = [c for c in head.children if c.dep_ == "appos" and is_name_head(c)]
        for appos in head.children:
            if appos.dep_ == "appos" and appos.pos_ == "NOUN":
                names.extend(c for c in appos.children if c.dep_ == "appos" and is_name_head(c))
        if head.pos_ == "NOUN" and names:
            holder = names[0].head
            words = [t for t in phrase_tokens(holder) if t.i <= names[0].i]
            if holder != head:
                words = [t for t in words if t.i >= holder.left_edge.i]
            return lower_first(render(words))
        referent = head.doc.user_data.get(REFERENTS, {}).get(head.i)
        if referent is not None and head.tag_ == "PRP":
            return str(referent)
        if head.pos_ == "PRON" or head.tag_ in ("WDT", "WP"):
            return None
        if head.dep_ == "attr" and head.head.lemma_ == "be":
            subjects = [c for c in head.head.children if c.dep_ == "nsubj"]
            if subjects and is_name_head(subjects[0]):
                return name_span(subjects[0]).text
        # A participle that identifies an introduced noun stays: "a scene set in the tower".
        identifying = [
            c
            for c in head.children
            if c.dep_ == "acl"
            and _indefinite(head)
            and not _after_comma(c)
            and c.lemma_ not in ("call", "name", "dub")
            and len(list(c.subtree)) <= 6
        ]
        dropped = frozenset(c.i for c in head.children if c.dep_ == "acl" and c not in identifying)
        words = phrase_tokens(head, dropped)
        words = [w for w in words if not (w.dep_ == "acl" and w.head == head) or w in identifying]
        identified = _identifying_of(head, words)
        if identified:
            words = [w for w in words if not (w.is_punct and w.head == head)] + identified
        if not words or words[0].tag_ in ("WDT", "WP", "WP$"):
            return None
        blanket = words and words[0].lower_ == "all" and blanket_credit(head.head)
        if words and (words[0].lower_ in ("a", "an") or blanket) and words[0].head == head:
            words = words[1:]
            text = "the " + render(words)  # "All music is composed by X": the music
        else:
            text = render(words)
        text = lower_first(text)
        if head.lower_ in ("its",) or _pointing(text.replace("the ", "", 1)):
            first = text.split()[0].lower() if text else ""
            owners = [c for c in head.children if c.lower_ == "its"]
            ranked = _ranked_apposition(head)
            if (
                first == "its"
                and self.topic
                and owners
                and (_opens_sentence(owners[0]) or self._about_topic(owners[0]))
            ):
                text = f"{self.topic}'s " + text.split(" ", 1)[1]
            elif ranked:
                text = ranked  # "Their first series, the eighth overall," is the eighth series
            else:
                return None
        return text

    def _unbound(self, prompt: str) -> str:
        """Return a prompt without "their" where it can only stand for a plural subject.

        "the three men were kept ... after their return": the question names the men too.
        """
        plural = any(
            t.dep_ in _SUBJECTS
            and (t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children))
            and t.pos_ != "PRON"
            for t in self.sent
        )
        referents = self.sent.doc.user_data.get(REFERENTS, {})
        asked = self.sent.doc.user_data.get(ASKED)
        plural = plural or any(
            t.tag_ == "PRP$" and referents.get(t.i) == asked for t in self.sent
        )  # "Who threw their oar?": "their" stands for the one asked for
        if plural and not any(t.lower_ in ("they", "them") for t in self.sent):
            prompt = re.sub(r"\btheir\b", " ", prompt, flags=re.IGNORECASE)
        if any(self._bound_its(t) for t in self.sent):
            # "Orm Weekly called it its best drama": "its" is the channel's, named before
            prompt = re.sub(r"\bits\b", " ", prompt, flags=re.IGNORECASE)
        return prompt

    def _bound_its(self, token: Token) -> bool:
        """Return whether "its" stands for the named subject of its own clause, before it."""
        referents = token.doc.user_data.get(REFERENTS, {})
        if token.lower_ != "its" or token.tag_ != "PRP$" or token.i in referents:
            return False
        clause = token.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
            clause = clause.head
        subjects = [c for c in clause.children if c.dep_ in _SUBJECTS and c.i < token.i]
        if not subjects or not is_name_head(subjects[0]):
            return False
        return self.registry.fine_type(name_span(subjects[0]).text, THING) not in PEOPLE

    def _about_topic_clause(self, noun: Token) -> bool:
        """Return whether a noun is part of a clause whose subject is the topic ("It had a X")."""
        clause = noun.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
            clause = clause.head
        for subject in (c for c in clause.children if c.dep_ in _SUBJECTS):
            if subject.lower_ == "it" and _opens_sentence(subject):
                return True
            if is_name_head(subject):
                return self._names_topic(subject)
        return False

    def _fronted_topic(self, pronoun: Token) -> bool:
        """Return whether "its" in a phrase before the verb is the subject's, the topic's."""
        root = self.sent.root
        if pronoun.lower_ != "its" or pronoun.i > root.i:
            return False
        for subject in (c for c in root.children if c.dep_ in _SUBJECTS and c.i > pronoun.i):
            if is_name_head(subject):
                return self._names_topic(subject)
        return False

    def _about_topic(self, pronoun: Token) -> bool:
        """Return whether "it" in a later clause refers to the topic the sentence opens with."""
        root = self.sent.root
        subjects = [c for c in root.children if c.dep_ in _SUBJECTS and c.i < pronoun.i]
        if not subjects or subjects[0] == pronoun:
            return False
        first = subjects[0]
        if first.lower_ in ("it", "its") and _opens_sentence(first):
            return True
        return is_name_head(first) and self._names_topic(first)

    def _names_topic(self, head: Token) -> bool:
        """Return whether the name this head opens is the topic's, under any of its names."""
        name = self.registry.canonical(name_span(head).text)
        return name.casefold() == self.topic.casefold()

    def _rest(self, verb: Token, drop: set[int], skip_subject: bool = True) -> tuple[str, str]:
        """Return the verb's words before and after it, without the answer and other clauses."""
        before: list[Token] = []
        after: list[Token] = []
        leading: list[str] = []
        leading_tokens: list[Token] = []
        adjuncts: list[list[Token]] = []
        dated = False
        completing = _completing_infinitive(verb)
        ranked: list[Token] = []
        scene = _scene_of(verb, drop)
        for child in [*verb.children, *_scoping_adjuncts(verb)]:
            bare = child.dep_ == "advcl" and child.tag_ == "VB" and child.i > verb.i
            bare = bare and not any(c.dep_ in ("mark", "aux", "nsubj") for c in child.children)
            bare = bare or child == completing
            if (child.dep_ in _OTHER_CLAUSE and not bare) or child.i in drop:
                continue
            if skip_subject and child.dep_ in _SUBJECTS | {"aux", "auxpass", "neg", "expl", "prt"}:
                continue
            words = [t for t in phrase_tokens(child) if t.i not in drop]
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if any(o.tag_ in ("WDT", "WP") for o in objects):
                continue  # "an incident in which X ...": the link to the noun, not a place
            if any(
                _indefinite(o)
                and any(
                    c.dep_ in ("relcl", "advcl", "acl") and not _naming(c) and not _to_clause(c)
                    for c in o.children
                )
                for o in objects
            ):
                # "during a scene where ...": without its clause it names nothing; "as a
                # carpenter to build the sets" keeps its "to" clause, and stays
                continue
            if child.dep_ == "advmod" and _pointing(render(words)):
                continue
            if child.lower_ == "by" and child.i > 0 and child.doc[child.i - 1].text == '"':
                continue  # '"Song" by Band' names the song's maker, not the verb's
            if self._asking_figure and _ranked_at(child):
                # "two days after its release" is asked without "at number seven", which
                # the statement keeps: the fact is where it ranked then
                ranked.extend(phrase_tokens(child))
                continue
            if child.lower_ in ("except", "apart"):
                if blanket_credit(verb):
                    continue  # "All music is composed by X, except where noted": X composed it
                self._hedged = True  # "except where noted": the question would overclaim
            if child.dep_ == "npadvmod" and child.pos_ == "PROPN" and _after_comma(child):
                continue  # ", Vesh Mire" at a clause's end names something said before it
            timed = child.dep_ in ("prep", "npadvmod") and _when(child, leading=child.i < verb.i)
            if timed and (self._asking_when or len(words) > 6 or _pointing(render(words))):
                continue  # a second time in a question about a time: which is asked?
            dated = dated or timed
            # A short time qualifier stays: "during its debut week" keeps the answer true.
            if child.i < verb.i and child.dep_ == "advmod":
                before.extend(words)
            elif child.i < verb.i:
                leading.append(lower_first(render(words)))
                leading_tokens.extend(words)
            elif child.dep_ in ("prep", "agent", "npadvmod", "advmod"):
                if len(words) > 8:
                    words = _short_phrase(child, drop)  # "in the adaptation", not what follows
                adjuncts.append(words)
            else:
                after.extend(words)
        purpose = _purpose_of_object(verb)
        if purpose is not None and not drop & {t.i for t in purpose.subtree}:
            after.extend(phrase_tokens(purpose))  # "agreed a deal ... to move the show"
        if self._asking_name and dated:
            # "Which rocket launched the probe on 3 May?": the date places the event, and a
            # name beside it ("from Pad 12B") is another fact of the sentence, asked on its own.
            adjuncts = [w for w in adjuncts if not _names_a_place(w)]
        # Adjuncts go last, and the furthest go first when the question runs long.
        budget = MAX_REST_WORDS - len(after) - sum(len(w.split()) for w in leading)
        kept: list[Token] = []
        for words in adjuncts:
            if len(kept) + len(words) > max(budget, 12 if not kept else 0):
                break
            kept.extend(words)
        self._said = [*before, *after, *kept, *leading_tokens, *scene, *ranked]
        told = [render([*after, *kept]), *leading, render(scene) if scene else ""]
        return lower_first(render(before)), " ".join(w for w in told if w).strip()

    def _tense_parts(self, verb: Token) -> tuple[str, str, str]:
        """Return (auxiliary, negation, verb form) for a question that inverts the clause."""
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        negation = " ".join(c.text for c in verb.children if c.dep_ == "neg")
        if not auxes and _shares_passive(verb):
            # "was designed by X and completed in 1889": the second verb shares "was"
            head = verb.head
            auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass") and c.i < head.i]
        if auxes and _having(auxes[0]):
            return "did", negation, verb.lemma_  # "having lost the cup, X ...": X lost it
        if auxes:
            rest = " ".join(a.text for a in auxes[1:])
            form = f"{rest} {verb.text}".strip()
            return auxes[0].lower_, negation, form
        if verb.lemma_ == "be":
            return verb.lower_, negation, ""
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            return "was", negation, verb.text
        if _aside_as_root(verb):
            return "was", negation, verb.text
        if verb.dep_ == "advcl" and _participle(verb) and verb.i < verb.head.i:
            # "Filmed in Harlow, it tells ...": it is filmed in Harlow
            return ("is" if verb.head.tag_ in ("VBZ", "VBP") else "was"), negation, verb.lower_
        support = do_support("VBD" if verb.tag_ == "VBN" and verb.dep_ == "ROOT" else verb.tag_)
        if support is None:
            return "", "", ""
        return support, negation, verb.lemma_

    def _ask_subject(
        self,
        answer: _Answer,
        subject: Token,
        count_noun: Token | None,
        shared: Token | None = None,
    ) -> Fact | None:
        verb = shared or subject.head
        if answer.kind == ORDINAL:
            return None  # "Which run drew 4 million?" -> "the first": its sibling asks the fact
        wh, _ = self._wh(answer, count_noun, None)
        if not wh and defined_by_relation(verb) is not None:
            wh = "what"  # "Vesh is the largest town of Ostland": What is ...?, whatever Vesh is
        if not wh:
            return None
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
        drop = set(t.i for t in subject.subtree)
        # "a ship, where Mayor X welcomed them home": who did it needs no "where"
        drop |= {c.i for c in verb.children if c.dep_ == "advmod" and c.lower_ == "where"}
        before, after = self._rest(verb, drop)
        aux_text = " ".join(a.text for a in auxes)
        verb_text = " ".join([verb.text, *(c.text for c in verb.children if c.dep_ == "prt")])
        if wh.startswith(("who", "what", "which")) and not count_noun:
            if auxes:
                aux_text = " ".join([singular_be(auxes[0].text), *[a.text for a in auxes[1:]]])
            elif verb.lemma_ == "be":
                verb_text = singular_be(verb.text)
            elif verb.tag_ == "VBP":
                return None
        estimate = _estimated(count_noun, verb) if count_noun is not None and not auxes else ""
        if estimate:
            # "An estimated 40,000 people watched it": the estimate stays in the question
            aux_text, verb_text = "", estimate
        words = " ".join(w for w in (wh, aux_text, before, verb_text, after) if w)
        said = self._told(verb, [subject], None)
        return self._fact("subject", answer, words, verb, said)

    def _ask_agent(
        self, answer: _Answer, pobj: Token, count_noun: Token | None = None
    ) -> Fact | None:
        agent = pobj.head
        verb = agent.head
        if verb.dep_ == "acl" and _indefinite(verb.head):
            return None  # "a sketch drawn by X": "the sketch" alone points at nothing
        subject = self._subject_of(verb)
        if subject is None:
            return None
        wh, _ = self._wh(answer, count_noun, None)
        if not wh:
            return None
        drop = {t.i for t in agent.subtree}
        before, after = self._rest(verb, drop)
        rest = list(self._said)
        verbs = self._verb_chain(verb)
        aux, negation, _ = self._tense_parts(verb)
        aux = aux or "was"
        said = self._told(verb, [agent], subject)
        # The text's own passive, with the question in place: "The bridge was designed by
        # which engineer?" keeps its words; the question itself asks in the active voice.
        auxes = [c.text for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        asked = _in_place_wh(wh, answer)
        jobs = {t.lower_ for t in agent.subtree if t.pos_ == "NOUN" and _names_after(t)}
        listed = len(jobs) >= 2
        if listed and wh.startswith("which ") and self._active(verb, negation) is not None:
            # "judged by the writer A and the baker B": the job tells them apart, and the
            # active question keeps it ("Which baker judged X?"); no need to ask in place
            asked = ""
        # In place, what the text says between the verb and "by" stays before it: "was
        # replaced as captain by which fisherman?"
        ahead = render(t for t in rest if verb.i < t.i < agent.i)
        between, behind = ("", after)
        if ahead and after.startswith(ahead):
            between, behind = ahead, after[len(ahead) :].strip()
        kept = (subject, " ".join(auxes) or aux, negation, before, verbs, between, "by", asked)
        insitu = " ".join(w for w in (*kept, behind) if w) if asked else ""
        active = self._active(verb, negation)
        if active is None:
            words = " ".join(
                w for w in (wh, aux, subject, negation, before, verbs, "by", after) if w
            )
        else:
            words = " ".join(w for w in (wh, before, active, subject, after) if w)
        return self._fact("agent", answer, words, verb, said, insitu=insitu)

    def _active(self, verb: Token, negation: str) -> str | None:
        """Return a passive verb (and its chained verb) in the active voice, or None.

        "was designed" -> "designed", "is judged" -> "judges", "has been won" -> "has won",
        "will be shown" -> "will show", "created and written" -> "created and wrote".
        """
        if negation:
            return None
        auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        chain = [verb]
        if self._verb_chain(verb) != " ".join(
            [verb.text, *(c.text for c in verb.children if c.dep_ == "prt")]
        ):
            chain = [verb.head, verb]
        forms: list[str] = []
        for token in chain:
            if not auxes or auxes in (["was"], ["were"]):
                form = simple_past(token.text)
            elif auxes in (["is"], ["are"]):
                form = third_person(token.lemma_)
            elif auxes[0] in ("has", "have", "had") and auxes[1:] == ["been"]:
                form = token.lower_
            elif auxes[0] in _MODALS and auxes[1:] == ["be"]:
                form = token.lemma_
            else:
                form = None
            if form is None or token.tag_ != "VBN":
                return None
            forms.append(form)
        if auxes and auxes[0] in ("has", "have", "had"):
            forms[0] = f"{'had' if auxes[0] == 'had' else 'has'} {forms[0]}"
        elif auxes and auxes[0] in _MODALS:
            forms[0] = f"{auxes[0]} {forms[0]}"
        particles = [c.text for c in verb.children if c.dep_ == "prt"]
        return " ".join([" and ".join(forms), *particles])

    def _verb_chain(self, verb: Token) -> str:
        """Return "created and written" for the second of two verbs sharing one agent."""
        particles = [c.text for c in verb.children if c.dep_ == "prt"]
        text = " ".join([verb.text, *particles])
        first = verb.head
        if (
            verb.dep_ == "conj"
            and first.tag_ == verb.tag_
            and first.i == verb.i - 2
            and not any(c.dep_ == "agent" for c in first.children)
        ):
            return f"{first.text} and {text}"
        return text

    def _ask_object(
        self,
        answer: _Answer,
        position: Token,
        verb: Token,
        prep: Token | None,
        count_noun: Token | None,
        fronted: str = "",
        also_drop: Iterable[int] = (),
    ) -> Fact | None:
        if verb.dep_ == "acl" and (verb.tag_ != "VBN" or _indefinite(verb.head)):
            if count_noun is not None and prep is not None and not fronted:
                return self._ask_count_inside(answer, verb, prep, count_noun)
            return None
        seen = _seen_doing(verb, position) if prep is None else None
        if seen is not None:
            return self._ask_seen(answer, position, verb, seen)
        verb = _fronted_participle(verb, prep) or verb
        if answer.kind in PEOPLE and _led_by_another(verb):
            return None
        subject = self._subject_of(verb)
        flipped = None if subject is not None else self._flipped(verb, position)
        if subject is None and flipped is None:
            return None
        wh, replaces = (fronted, True) if fronted else self._wh(answer, count_noun, prep)
        if not wh:
            return None
        drop = {t.i for t in (prep or position).subtree} | set(also_drop)
        drop |= set(range(answer.span.start, answer.span.end))
        self._wh_words = wh  # its own words ("later", "where") point at nothing outside it
        if flipped is not None and answer.kind != ORDINAL:
            return self._ask_flipped(answer, flipped, wh, prep or position, drop)
        if flipped is not None:
            return None
        if answer.kind == ORDINAL and prep is not None and prep.lower_ == "as" and subject:
            # "X was flown as the fifth mission of Y": X was the fifth mission of Y
            be = "was" if verb.tag_ in ("VBD", "VBN") else "is"
            noun = wh.removeprefix("which ")
            said = _declare(subject, be, answer.text, noun)
            # "Which ship of the line was it?" reads as asking for a name: the lead-in says
            # the answer is a place in an order ("the third").
            words = f"counting in order, {wh} {be} {subject}"
            return self._fact("ordinal-as", answer, words, verb, said)
        for agent in (c for c in verb.children if c.dep_ == "agent" and not fronted):
            drop.update(t.i for t in agent.subtree)  # who did it is a fact of its own
        before, after = self._rest(verb, drop)
        aux, negation, form = self._tense_parts(verb)
        if not aux:
            return None
        particles = [c.text for c in verb.children if c.dep_ == "prt"]
        verbs = self._verb_chain(verb) if form == verb.text else " ".join([form, *particles])
        if prep is not None and prep.lower_ == "until" and negation:
            negation = ""  # "did not reach screens until May" says when it reached them
        stranded = prep.lower_ if prep is not None and not replaces else self._stranded
        asked = wh
        if stranded and wh == "what":
            return None  # "What was it shown on?" strands its "on", and "On what ...?" is stilted
        if stranded in _FRONTED_PREPOSITIONS and _NOUN_WH.match(wh):
            # "On what date was X first shown?", not "What date was X first shown on?"
            wh, stranded = f"{stranded} {wh}", ""
            self._wh_words = wh
        if stranded and wh == "who":
            if stranded not in _FRONTED_PREPOSITIONS:
                return None  # "Who did the boat sink off?" has no fair way round
            wh, stranded = f"{stranded} whom", ""  # "With whom did Ada Venn sail?"
            self._wh_words = wh
        parts = (wh, aux, subject, negation, before, verbs, after, stranded)
        words = " ".join(w for w in parts if w)
        extra = [verb.doc[i] for i in also_drop] + list(answer.span)
        if count_noun is not None:
            extra += [
                c for c in count_noun.children if c.dep_ in ("relcl", "acl") and not _after_comma(c)
            ]  # the clause that keeps a count true stays in its statement
        said = self._told(verb, [prep or position, *extra], subject)
        # "did the ferry dock" for the text's "docked": the question changed its verb
        supported = aux in ("do", "does", "did") and form == verb.lemma_ and verb.tag_ != "VB"
        full_date = answer.kind != DATE or len(answer.text.replace(",", " ").split()) == 3
        insitu = ""
        clause = " ".join(w for w in (subject, before, self._verb_chain(verb), after) if w)
        if (
            supported
            and not negation
            and not (prep is not None and prep.lower_ == "by")  # a deadline is no "when"
            and answer.kind in _DATED_TAILS
            and full_date
            and len(clause) <= _LEAD_IN_CHARACTERS
            and not re.search(r"[,;:?]", clause)
        ):
            # "What was the date when the ferry docked at Harlow?" keeps the verb's tense.
            words = f"{_DATED_TAILS[answer.kind]} when {clause}"
            self._wh_words = _DATED_TAILS[answer.kind]
        elif supported or (prep is not None and (wh != asked or self._placed_alone(answer, verb))):
            insitu = _in_place(said, answer, asked, count_noun is not None)
        owner = f"{self.topic}'" if self.topic.endswith("s") else f"{self.topic}'s"
        if (
            prep is None
            and answer.role
            and verb.lemma_ in _MEMBERSHIP_VERBS
            and wh == f"which {answer.role}"
            and self.topic
            and (subject or "").startswith(f"{owner} ")
        ):
            # "Which companion podcast do Tidewater's spin-offs include?" asks for a name the
            # subject's own podcast has: "What is the name of Tidewater's companion podcast?"
            words = f"what is the name of {owner} {answer.role}"
            self._wh_words = "what is the name of"
        shape = "object" if prep is None else "modifier"
        return self._fact(shape, answer, words, verb, said, insitu=insitu)

    @staticmethod
    def _placed_alone(answer: _Answer, verb: Token) -> bool:
        """Whether a place or body is asked in place: "Swift is kept at which museum?".

        Not beside who did it ("painted by Ada Venn on the wall of which hall?"), whose
        name would tell the other question of the sentence.
        """
        return answer.kind in PLACES | {ORG} and not any(c.dep_ == "agent" for c in verb.children)

    def _ask_seen(self, answer: _Answer, seen: Token, verb: Token, deed: Token) -> Fact | None:
        """Ask who did what others watched: "Crowds saw Ada Venn win the race" -> Who won the race?

        Who watched is no part of what was done, and "Who did crowds see win ...?" asks twice.
        """
        if answer.kind not in PEOPLE | {ORG}:
            return None
        wh, _ = self._wh(answer, None, None)
        if not wh:
            return None
        before, after = self._rest(deed, {t.i for t in seen.subtree})
        past = verb.tag_ in ("VBD", "VBN")
        form = past_of(deed.lemma_) if past else third_person(deed.lemma_)
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        told = [t for c in subjects for t in phrase_tokens(c)]
        told += [verb, *phrase_tokens(seen), *phrase_tokens(deed)]
        said = _declare(render(sorted(set(told), key=lambda t: t.i)))
        words = " ".join(w for w in (wh, before, form, after) if w)
        return self._fact("seen", answer, words, deed, said)

    def _ask_count_inside(
        self, answer: _Answer, participle: Token, prep: Token, count_noun: Token
    ) -> Fact | None:
        """Ask for a count inside a participle on what a clause's verb took or made.

        "The crew left a flag carrying names from 40 towns." -> From how many towns did the
        flag left by the crew carry names? The thing ("a flag") is introduced, not named, so the
        question describes it by the clause that introduced it; where that cannot be said
        (a verb with no "do" to carry its tense), the clause is asked in place.
        """
        noun = participle.head
        main = noun.head
        if noun.dep_ != "dobj" or main.pos_ != "VERB":
            return None
        subjects = [c for c in main.children if c.dep_ in _SUBJECTS]
        referents = main.doc.user_data.get(REFERENTS, {})
        if not subjects or (subjects[0].tag_ == "PRP" and subjects[0].i not in referents):
            return None
        wh, _ = self._wh(answer, count_noun, prep)
        end = participle.right_edge.i
        inside = _parenthesised(main)
        clause = [
            t
            for t in main.subtree
            if t.i <= end
            and not _inside_other_clause(t, main)
            and t.i not in inside
            and not (t.dep_ == "advmod" and t.head == main and _pointing(t.text))  # "also"
        ]
        if any(t.i < subjects[0].left_edge.i or t.text in ",;:" for t in clause):
            return None  # an opening phrase or an aside: the clause is not asked whole
        before = render(t for t in clause if t.i < prep.i)
        after = render(t for t in clause if t.i > prep.right_edge.i)
        self._wh_words = wh
        words = _described_by_clause(clause, noun, participle, prep, wh) or " ".join(
            w for w in (before, wh, after) if w
        )
        with _stating(main.doc):
            said = _declare(render(clause))
        return self._fact("count-inside", answer, words, main, said)

    def _flipped(self, verb: Token, position: Token) -> tuple[str, str, str, Token] | None:
        """Return a clause whose subject is a pronoun that names no one, turned passive.

        "They gathered 12 tonnes of grain" -> ("", "were", "gathered", tonnes): the fact
        holds without who did it. Returns (new subject, "was" or "were", participle, object).
        """
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        sharing = verb
        while not subjects and sharing.dep_ == "conj" and sharing.head.pos_ == "VERB":
            sharing = sharing.head  # "They sang, danced and collected ...": one subject
            subjects = [c for c in sharing.children if c.dep_ in _SUBJECTS]
        referents = verb.doc.user_data.get(REFERENTS, {})
        if len(subjects) != 1 or subjects[0].tag_ != "PRP" or subjects[0].i in referents:
            return None
        if subjects[0].lower_ in ("it", "i", "you") or verb.tag_ != "VBD":
            return None
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        participle = past_participle(verb.text)
        if len(objects) != 1 or participle is None:
            return None
        obj = objects[0]
        if obj.tag_ == "WDT":
            # "..., which they called X": what "which" stands for is the parser's guess
            return None
        plural = obj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in obj.children)
        be = "were" if plural else "was"
        if position == obj:
            return "", be, participle, obj
        inside = {t.i for t in (position.head if position.dep_ == "pobj" else position).subtree}
        words = phrase_tokens(obj, frozenset(inside))
        if words and words[0].lower_ in ("a", "an"):
            words = words[1:]
        text = lower_first(render(words))
        if not text or _pointing(text) or len(text.split()) > 6:
            return None  # a long subject before a stranded preposition reads badly
        if words and words[0].pos_ in ("NOUN", "ADJ", "NUM"):
            text = f"the {text}"
        return text, be, participle, obj

    def _ask_flipped(
        self,
        answer: _Answer,
        flipped: tuple[str, str, str, Token],
        wh: str,
        asked: Token,
        drop: set[int],
    ) -> Fact | None:
        subject, be, participle, obj = flipped
        verb = obj.head
        if any(c.dep_ == "neg" for c in verb.children):
            return None
        asked_words = {t.i for t in asked.subtree}
        drop |= {t.i for t in obj.subtree}
        drop |= {t.i for c in verb.children if c.dep_ in _SUBJECTS for t in c.subtree}
        before, after = self._rest(verb, drop)
        stranded = (
            asked.lower_ if asked.dep_ == "prep" and not wh.startswith(("when", "where")) else ""
        )
        if stranded in _FRONTED_PREPOSITIONS and _NOUN_WH.match(wh):
            wh, stranded = f"{stranded} {wh}", ""  # "In what year was the club founded?"
            self._wh_words = wh
        words = " ".join(w for w in (wh, be, subject, before, participle, after, stranded) if w)
        with _stating(verb.doc):
            told = render(phrase_tokens(asked))
            if subject:
                whole = phrase_tokens(obj, frozenset(asked_words))
                said = _declare(render(whole), be, before, participle, after, told)
            else:
                said = _declare(told, be, before, participle, after)
        return self._fact("passive", answer, words, verb, said)

    def _told(self, verb: Token, answer_tokens: list[Token], subject: str | None) -> str:
        """Return the fact as the text tells it: the question's words with the answer in place."""
        with _stating(verb.doc):
            return self._told_now(verb, answer_tokens, subject)

    def _told_now(self, verb: Token, answer_tokens: list[Token], subject: str | None) -> str:
        verbal = [
            c
            for c in verb.children
            if c.dep_ in ("aux", "auxpass", "neg", "prt") and not _having(c)
        ]
        answer_words = [t for head in answer_tokens for t in phrase_tokens(head)]
        tokens = [*self._said, verb, *verbal, *answer_words]
        chain = self._verb_chain(verb)
        if verb.dep_ == "conj" and chain.startswith(verb.head.text + " and "):
            tokens.extend([verb.head, *(c for c in verb.head.children if c.dep_ == "cc")])
        if subject is None:
            return _declare(render(tokens))
        chained = [t for t in tokens if t.i < verb.i and t not in self._said]
        verbal_start = min((t.i for t in [*verbal, *chained] if t.i < verb.i), default=verb.i)
        first = min((t.i for t in verb.children if t.dep_ in _SUBJECTS), default=verbal_start)
        opening = render(t for t in tokens if t.i < first)
        text = render(t for t in tokens if t.i >= first)
        if opening:
            subject = f"{opening}, {subject}"
        if _aside_as_root(verb) or (
            verb.dep_ in ("acl", "advcl", "conj")
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and (verb.tag_ == "VBN" or _shares_passive(verb))
        ):
            present = verb.dep_ == "advcl" and verb.head.tag_ in ("VBZ", "VBP")
            if verb.i == verb.sent.start and text.startswith(verb.text):
                text = verb.lower_ + text[len(verb.text) :]  # "Filmed in Harlow, it ...": filmed
            return _declare(subject, "is" if present else "was", text)
        return _declare(subject, text)

    def _title_used(self, by: Token, listed: str, plural: bool) -> tuple[str, str, str] | None:
        """Return a question on a work's maker that keeps what the text does with the work.

        'Who is "Pale Kestrel" by?' asks what any listener knows; the sentence gives the hook:
        'The second episode closes with "Pale Kestrel" by The Larks' -> 'When the second episode
        closes with "Pale Kestrel", who is it by?', and 'Songs on the soundtrack included "A"
        and "B" by Ada Venn' -> 'Whose songs "A" and "B" are on the soundtrack?'. Returned
        with the clause the statement says it in and the question's own words after a
        leading clause, or None where the sentence gives no hook.
        """
        verb = by.head
        quoted = self._in_quotes()
        while verb.dep_ != "ROOT" and (verb.i in quoted or verb.pos_ not in ("VERB", "AUX")):
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or subjects[0].pos_ != "NOUN" or verb.pos_ != "VERB":
            return None
        subject = subjects[0]
        if any(t.pos_ == "PROPN" or t.i in self._in_quotes() for t in subject.subtree):
            return None
        titled = [c for c in verb.children if c.dep_ == "prep" and c.i < by.i]
        pobj = [c for p in titled for c in p.children if c.dep_ == "pobj"]
        if len(titled) == 1 and pobj and pobj[0].i in self._in_quotes():
            said = render([*subject.subtree, verb, titled[0]])
            wh = f"who {'are they' if plural else 'is it'} by"
            return f"when {lower_first(said)} {listed}, {wh}", f"{said} {listed}", wh
        placed = [c for c in subject.children if c.dep_ == "prep"]
        if subject.tag_ != "NNS" or len(placed) != 1 or verb.lemma_ not in _MEMBERSHIP_VERBS:
            return None
        clauses = {t.i for c in placed[0].subtree if c.dep_ == "relcl" for t in c.subtree}
        place = [t for t in placed[0].subtree if t.i not in clauses]
        where = render([subject, *place])
        words = f"whose {subject.lower_} {listed} are {render(place)}"
        return words, f"{where} {verb.text} {listed}", ""

    def _title_before(self, by: Token) -> str | None:
        """Return the quoted title just before a "by" ('"Song" by Band'), or None."""
        titles = self._titles_before(by)
        return titles[-1] if titles else None

    def _titles_before(self, by: Token) -> list[str]:
        """Return the quoted titles listed just before a "by": '"A" and "B" by Band'."""
        doc = by.doc
        if by.i < 2 or doc[by.i - 1].text != '"':
            return []
        spans = {span.end: span for span in self._quoted_titles()}
        found: list[str] = []
        end = by.i - 1
        while end in spans:
            span = spans[end]
            found.insert(0, span.text)
            start = span.start - 1  # the opening quote
            if start >= 2 and doc[start - 1].lower_ in ("and", ",") and doc[start - 2].text == '"':
                end = start - 2
            elif start >= 3 and doc[start - 1].lower_ == "and" and doc[start - 2].text == ",":
                end = start - 3 if doc[start - 3].text == '"' else -1
            else:
                break
        return found

    def _in_quotes(self) -> set[int]:
        """Return the tokens inside any pair of quotation marks."""
        inside: set[int] = set()
        marks = [t.i for t in self.sent if t.text == '"']
        for opening, closing in zip(marks[::2], marks[1::2], strict=False):
            inside.update(range(opening, closing + 1))
        return inside

    def _ask_clock(self, answer: _Answer, clock: Token) -> Fact | None:
        """Ask for a time of day: "at 06:45 GMT" -> At what time did ...? -> 06:45 GMT."""
        top = (
            clock.head if clock.dep_ == "nummod" and clock.head.pos_ in ("NOUN", "PROPN") else clock
        )
        prep = top.head
        if top.dep_ != "pobj" or prep.lower_ not in ("at", "by"):
            return None
        if prep.head.pos_ not in ("VERB", "AUX"):
            return None
        value = render([clock, *(c for c in top.children if c.dep_ == "amod"), top])
        timed = _Answer(answer.span, top, TIME, value)
        verb, drop = prep.head, []
        referents = verb.doc.user_data.get(REFERENTS, {})
        if any(c.lower_ == "there" and c.i not in referents for c in verb.children):
            return None  # "had to reach there": where, the question could not say
        if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
            # "had to reach the quay by 05:30": asked of "had", what it had to do kept bare
            drop = [
                t.i
                for c in verb.children
                if c.dep_ not in ("aux", "dobj", "prt") and c != prep and c.lower_ != "there"
                for t in c.subtree
            ]
            verb = verb.head
        # "had to be there by 05:30" is a deadline: asked "by what time"
        return self._ask_object(timed, top, verb, prep, None, f"{prep.lower_} what time", drop)

    def _ask_year_of(self, answer: _Answer, noun: Token) -> Fact | None:
        """Ask for a year written before a noun: "the 1871 census" -> What year was ...?"""
        if noun.pos_ != "NOUN" or not any(c.lower_ == "the" for c in noun.lefts):
            return None
        words = [
            t for t in phrase_tokens(noun) if t.i not in range(answer.span.start, answer.span.end)
        ]
        phrase = lower_first(render(words))
        if not phrase.startswith("the ") or len(phrase.split()) < 3:
            return None
        return self._fact(
            "year-of",
            answer,
            f"what year was {phrase}",
            noun,
            f"The {phrase[4:]} was in {answer.text}.",
        )

    def _ask_called(self, answer: _Answer, name: Token) -> Fact | None:
        verb = name.head
        if _indefinite(verb.head) and not self._about_topic_clause(verb.head):
            return None  # "a call for a character named X": "the character" points at nothing
        noun = self._noun_phrase(verb.head)
        if noun is None:
            return None
        words = f"what was {noun} {verb.text}"
        return self._fact(
            "called", answer, words, verb, _declare(noun, "was", verb.text, answer.text)
        )

    def _fact(
        self,
        shape: str,
        answer: _Answer,
        words: str,
        verb: Token,
        statement: str | None = None,
        insitu: str = "",
        owned: str = "",
    ) -> Fact | None:
        first = _first_of_its_clause(verb)
        if first:
            words, insitu = _said_first(words, verb, first), _said_first(insitu, verb, first)
        words, insitu = _without_intent(words, self.sent), _without_intent(insitu, self.sent)
        for told, one in _ones_of_counts(self.sent):
            words, insitu = _replace_words(words, told, one), _replace_words(insitu, told, one)
            if one in words.lower():
                owned = owned or one  # "the first episode" is the subject's own
        prompt = words[:1].upper() + words[1:] + "?"
        prompt = prompt.replace(" ?", "?").replace(",?", "?")
        if insitu:
            insitu = (insitu[:1].upper() + insitu[1:] + "?").replace(" ?", "?")
        if _STRANDED.search(prompt) and shape != "title-by":
            # "Who was it designed by?" ends on its preposition: asked in place, or not at all
            prompt, insitu = insitu, ""
            if not prompt:
                return None
        if self._hedged:
            self._hedged = False
            return None
        checked = prompt
        if self._wh_words:
            checked = re.sub(re.escape(self._wh_words), " ", prompt, count=1, flags=re.IGNORECASE)
        if len(prompt.split()) > MAX_PROMPT_WORDS or _pointing(self._unbound(checked)):
            return None
        if answer.kind in PEOPLE:
            people = [
                n
                for n in self.registry.names_in(prompt)
                if " " in n
                and self.registry.fine_type(n, THING) in PEOPLE
                and self.registry.canonical(n) != self.topic  # the subject is no one asked of
            ]
            people = [p for p in people if not any(p != o and p in o for o in people)]
            if len(people) >= 2:
                return None  # a list of people: which one is asked about is unclear
        later = checked.lower().rstrip("?").split()[2:]
        if any(w in _RELATIVE_WORDS for w in later) or prompt.count('"') % 2:
            return None
        if answer.kind in (YEAR, DATE, MONTH) and any(
            w.strip(",").isdigit() and len(w.strip(",")) == 4 for w in later
        ):
            return None  # another year in the prompt: which one is asked about?
        if answer.text.lower() in prompt.lower():
            return None
        years = list(_YEAR.finditer(prompt))
        if any(prompt[a.end() : b.start()] not in _YEAR_JOINS for a, b in pairwise(years)):
            return None  # "include A in 1880, B in 1881": a list of names and years read as one
        owner = f"{self.topic}'s"
        if self.topic and prompt.count(self.topic) >= 2 and owner in prompt:
            # "Did Tidewater rank ... during its first week?": the name once is enough
            head, _, tail = prompt.rpartition(owner)
            prompt = f"{head}its{tail}"
        statement = statement or self._statement(verb, answer)
        if statement is None:
            return None
        for told, one in _ones_of_counts(self.sent):
            statement = _replace_words(statement, told, one)
        if self.topic and statement.count(self.topic) >= 2 and owner in statement:
            head, _, tail = statement.rpartition(owner)
            statement = f"{head}{'its' if head else 'Its'}{tail}"
        if self.topic and insitu.count(self.topic) >= 2 and owner in insitu:
            head, _, tail = insitu.rpartition(owner)
            insitu = f"{head}its{tail}" if head else ""
        prompt = self._placed_in_event(prompt, verb)
        names = tuple(n for n in self.registry.names_in(prompt) if len(n) > 2)
        subject_name = self.registry.canonical(names[0]) if names else ""
        tied = defined_by_relation(verb)
        anchored = tied is not None and not self._names_topic(tied)
        return Fact(
            shape=shape,
            sentence=self.index,
            source=self.source,
            prompt=prompt,
            answer=answer.text,
            answer_type=answer.kind,
            statement=statement,
            key="|".join(
                [verb.lemma_, *sorted({subject_name, self.registry.canonical(answer.text)})]
            ),
            names=names,
            gender=self.registry.gender(answer.text) if answer.kind in PEOPLE else None,
            plural=answer.plural,
            bound=_bound(answer.span),
            owned=_asked_as(owned, prompt) or _owned_phrase(prompt, verb, answer, self.registry),
            insitu=insitu if len(insitu.split()) <= MAX_PROMPT_WORDS else "",
            anchored=anchored,
        )

    def _placed_in_event(self, prompt: str, verb: Token) -> str:
        """Return a question on a "where" clause opened by the event it happened in.

        "Who welcomed the crew home?" -> When the crew was picked up, who welcomed them home?
        The pronoun keeps the text's own words, and the event says where it happened.
        """
        if verb.i not in self._where_events:
            return prompt
        pronoun, owner, event = self._where_events[verb.i]
        if prompt.count(owner) != 1 or prompt.startswith(owner[:1].upper() + owner[1:]):
            return prompt
        asked = prompt.replace(owner, pronoun)
        return f"When {event}, {asked[:1].lower()}{asked[1:]}"

    def _statement(self, verb: Token, answer: _Answer) -> str | None:
        """Return the clause that states the fact, subject resolved, as a sentence."""
        with _stating(verb.doc):
            return self._statement_now(verb, answer)

    def _statement_now(self, verb: Token, answer: _Answer) -> str | None:
        tokens = [
            t
            for t in verb.subtree
            if not _inside_other_clause(t, verb)
            and not (t.dep_ == "advmod" and t.head == verb and _pointing(t.text))
        ]
        inside = _parenthesised(verb)
        tokens = [t for t in tokens if t.i not in inside]
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        owner_words = [t for t in subjects[0].subtree if t.tag_ == "WP$"] if subjects else []
        if subjects and (
            subjects[0].lower_ in ("it", "its", "who", "which", "that") or owner_words
        ):
            subject = self._noun_phrase(subjects[0])
            if subject is None:
                return None
            drop = {t.i for t in subjects[0].subtree}
            tokens = [t for t in tokens if t.i not in drop]
            text = f"{subject} {render(tokens)}"
        elif not subjects:
            subject = self._subject_of(verb)
            if subject is None:
                return None
            participle = verb.tag_ == "VBN" and not any(
                c.dep_ in ("aux", "auxpass") for c in verb.children
            )
            linking = "was " if participle else ""
            text = f"{subject} {linking}{render(tokens)}"
        else:
            text = render(tokens)
        if answer.text not in text and answer.span.text in text:
            text = text.replace(answer.span.text, answer.text, 1)
        if answer.text not in text:
            return None
        text = _tidy(text).rstrip(".").rstrip(" ,;:-")
        return text[:1].upper() + text[1:] + "."


def _owned_phrase(prompt: str, verb: Token, answer: _Answer, registry: Registry) -> str:
    """Return the phrase of a prompt that names a part of the text's subject, or "".

    "Which finale ...?" and "What was the lunar module called?" ask about something of the
    subject, so the question names the subject there: "Which finale of Tidewater ...?",
    "What was Tidewater's lunar module called?". A plural ("the friends") may be the story's
    people, a noun with an owner is someone else's, a bare "the call" points back at what was
    said before unless the text gives the subject that noun, and "a deal" need not be the
    subject's: none is taken. "the programme" is the subject itself.
    """
    works = works_of(registry)
    lowered = prompt.lower()
    if answer.kind == ORDINAL:
        # "the first run" ranks the runs of the subject: "which run of Tidewater".
        words = [t for t in answer.head.lefts if t.dep_ in ("amod", "compound")]
        ordinal = range(answer.span.start, answer.span.end)
        noun = render([*(t for t in words if t.i not in ordinal), answer.head])
        found = re.search(rf"\bwhich {re.escape(noun.lower())}(?= |\?)", lowered)
        if found and not lowered[found.end() :].startswith(" of "):
            return prompt[found.start() : found.end()]
        return ""
    clause = verb
    while clause.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in clause.children):
        clause = clause.head  # "The series was delayed and did not reach screens"
    heads = [c for c in clause.children if c.dep_ in _SUBJECTS] if clause != verb else []
    heads += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    completing = _completing_infinitive(verb)
    purpose = _purpose_of_object(verb)
    for other in (
        c
        for c in [*verb.children, *([purpose] if purpose is not None else [])]
        if c.dep_ in ("ccomp", "xcomp") or c in (completing, purpose)
    ):
        heads += [c for c in other.children if c.dep_ == "dobj"]  # "watched X win the cup"
    if verb.dep_ == "acl" or (verb.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") for c in heads)):
        heads.append(verb.head)  # "the second series, which began in May"
    heads += [h.head for h in heads if h.dep_ == "appos" and h.head.i < h.i]
    heads += [
        c for h in heads for c in h.children if c.dep_ == "poss" and c.lemma_ in works
    ]  # "the programme's theme tune"
    # The subject itself ("the show") is named before any part is made its own.
    for head in sorted(heads, key=lambda t: (t.lemma_ not in works, t.i)):
        counted = [
            p
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "of" and head.pos_ == "ADJ"
            for p in c.children
            if p.dep_ == "pobj" and p.tag_ == "NNS" and any(n.dep_ == "nummod" for n in p.lefts)
        ]
        partitive = [
            n
            for n in head.lefts
            if n.dep_ == "nummod"
            and any(q.dep_ == "quantmod" and q.lower_ == "of" for q in n.lefts)
        ]
        if head.tag_ == "NNS" and partitive:
            counted = [head]  # the same, parsed with the count as the head's number
        if counted:
            # "the first of six episodes": one of the subject's own, "of six episodes of X"
            said = render([*(t for t in counted[0].lefts if t.dep_ == "nummod"), counted[0]])
            found = re.search(rf"\bof {re.escape(said.lower())}(?= |\?)", lowered)
            if found and not lowered[found.end() :].startswith(" of "):
                return prompt[found.start() + 3 : found.end()]
        if head.pos_ == "NUM" and head.i > 0 and head.doc[head.i - 1].head == head:
            head = head.doc[head.i - 1]  # "Book two" parsed with the number as its head
            numbers = [head.head]
        else:
            numbers = [c for c in head.rights if c.dep_ == "nummod" and c.i == head.i + 1]
        if head.pos_ != "NOUN" or head.tag_ != "NN":
            continue
        determiners = [c for c in head.lefts if c.dep_ == "det"]
        if not determiners and numbers:
            # "series one" or "episode 3": one of the subject's own, "series one of Tidewater"
            found = re.search(rf"\b{head.lower_} {re.escape(numbers[0].lower_)}\b", lowered)
            if found and not lowered[found.end() :].startswith(" of "):
                return prompt[found.start() : found.end()]
            continue
        if not head.text.islower():
            continue
        if len(determiners) != 1 or determiners[0].lower_ not in ("the", "a", "an"):
            continue
        asked = answer.span.start <= head.i < answer.span.end
        if asked or any(c.dep_ == "poss" for c in head.children):
            continue
        words = [t for t in head.lefts if t.dep_ in ("amod", "compound", "nummod")]
        if not words and head.lemma_ in works:
            found = re.search(rf"\bthe {head.lower_}\b", lowered)
            if determiners[0].lower_ == "the" and found:
                return prompt[found.start() : found.end()]  # the subject itself
            continue
        theirs = head.dep_ == "dobj" and _subject_is_topic(head.head, registry.topic)
        if not words and head.lemma_ not in registry.topic_nouns and not theirs:
            continue  # "the call" alone points back at something said before
        ranked = theirs or any(t.ent_type_ == "ORDINAL" for t in words)
        phrase = render([t for w in words for t in w.subtree] + [head])
        for said in (f"{determiners[0].lower_} {phrase}", f"the {phrase}"):
            if not said.startswith("the ") and not ranked:
                continue  # "a second series" is the subject's; "a deal" need not be
            found = re.search(rf"\b{re.escape(said.lower())}(?= |\?)", lowered)
            definite = said.startswith("the ")  # "Tidewater's crew of the night"
            if found and (definite or not lowered[found.end() :].startswith(" of ")):
                return prompt[found.start() : found.end()]
    return ""


# Words that open a clause of what happened at the same moment: "As Ada and Ivo argue, ...".
_SCENE_MARKS: Final = frozenset(["as", "while"])
# The longest such clause a question keeps; a longer one reads as a second question.
_MAX_SCENE_WORDS: Final = 10


def _scene_of(verb: Token, drop: set[int]) -> list[Token]:
    """Return the tokens of a fronted clause that sets a clause's scene, or [].

    "As Ada and Ivo argue in the second episode, Pim is lit in red": who is lit in red only
    holds while they argue, so the question keeps the clause ("Who is lit in red as Ada and
    Ivo argue in the second episode?"), and the statement its comma.
    """
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > verb.i:
            continue
        marks = [c for c in clause.children if c.dep_ == "mark"]
        opening = marks[0] if len(marks) == 1 else None
        if opening is None or opening.lower_ not in _SCENE_MARKS or opening != clause.left_edge:
            continue
        if not any(c.dep_ in _SUBJECTS for c in clause.children):
            continue  # "As a child, ..." or "While filming, ...": no scene of its own
        words = list(clause.subtree)
        referents = verb.doc.user_data.get(REFERENTS, {})
        unnamed = [t for t in words if t.pos_ == "PRON" and t.i not in referents]
        if (
            unnamed
            or any(t.i in drop for t in words)
            or len([t for t in words if not t.is_punct]) > _MAX_SCENE_WORDS
            or _pointing(render(words))
        ):
            return []
        following = verb.doc[clause.right_edge.i + 1]
        return [*words, following] if following.text == "," else words
    return []


def _scoping_adjuncts(verb: Token) -> list[Token]:
    """Return the adjuncts that open a sentence and hold for a "while" clause of it too.

    "In Harlow she was made captain, while A and B took over as coaches": A and B took over
    in Harlow; without "in Harlow" the question would ask who ever took over.
    """
    head = verb.head
    own_subject = any(c.dep_ in _SUBJECTS for c in verb.children)
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    joined = verb.dep_ == "conj" or (verb.dep_ == "advcl" and marks & {"while", "whereas"})
    if not own_subject or not joined or head == verb or head.i > verb.i:
        return []
    start = verb.sent.start
    return [
        c for c in head.children if c.dep_ == "prep" and c.i < head.i and c.left_edge.i == start
    ]


def _purpose_of_object(verb: Token) -> Token | None:
    """Return the "to" clause that says what an indefinite object of the verb is for, or None.

    "signed a deal, worth £4 million, to build the bridge": "a deal" alone could be any deal.
    The parse may hang the clause on the aside before it, so it is looked for after the aside.
    """
    objects = [c for c in verb.children if c.dep_ == "dobj" and _indefinite(c)]
    if not objects:
        return None
    end = objects[0].right_edge.i
    for token in verb.subtree:
        edge = token.left_edge
        if token.i <= end or token.dep_ not in ("xcomp", "advcl", "acl", "relcl"):
            continue
        if edge.lower_ != "to" or edge.dep_ != "aux" or edge.head != token:
            continue
        if edge.i > 0 and token.doc[edge.i - 1].text == "," and token.tag_ == "VB":
            return token
    return None


def _fronted_participle(verb: Token, prep: Token | None) -> Token | None:
    """Return the opening participle a phrase before the subject belongs to, or None.

    "Staged in Harlow, in the 1890s, it tells ...": the parse hangs "in the 1890s" on
    "tells", but it says when the story is staged, not when it tells anything.
    """
    if prep is None or prep.head != verb or prep.i > verb.i:
        return None
    subjects = [c.i for c in verb.children if c.dep_ in _SUBJECTS]
    if not subjects or prep.i > min(subjects):
        return None
    for clause in verb.children:
        if clause.dep_ == "advcl" and _participle(clause) and clause.i == verb.sent.start:
            between = verb.doc[clause.right_edge.i + 1 : prep.i]
            if all(t.is_punct for t in between):
                return clause
    return None


def _names_after(noun: Token) -> bool:
    """Return whether a job noun has the name of who holds it after it: "the chef Ada Venn"."""
    before = noun.dep_ == "compound" and noun.head.i > noun.i and is_name_head(noun.head)
    return before or any(c.dep_ in ("appos", "compound") and is_name_head(c) for c in noun.rights)


def _led_by_another(verb: Token) -> bool:
    """Return whether a relative clause tells who else was in a group a person led.

    "Ivo Pask led the crew, which included A and B": asked "Who did the crew include?" the
    answer "A and B" would leave out Ivo Pask, whom the same sentence puts in it.
    """
    group = verb.head
    if verb.dep_ != "relcl" or group.dep_ != "dobj":
        return False
    subjects = [c for c in group.head.children if c.dep_ == "nsubj"]
    return any(is_name_head(t) or t.lower_ in ("he", "she") for c in subjects for t in c.subtree)


def _naming(clause: Token) -> bool:
    """Return whether a clause only names its noun: "a girl named Ada Venn" (kept whole)."""
    return (
        clause.dep_ == "acl"
        and clause.lemma_ in ("name", "call")
        and not _after_comma(clause)
        and len(phrase_tokens(clause)) <= 4
    )


# Verbs of witnessing with a bare infinitive after their object: "watched X win".
_SEEING_VERBS: Final = frozenset(["watch", "see", "hear", "witness"])


def _seen_doing(verb: Token, seen: Token) -> Token | None:
    """Return the verb of what the object of a verb of seeing was seen doing, or None."""
    if verb.lemma_ not in _SEEING_VERBS or seen.dep_ != "dobj":
        return None
    for deed in verb.children:
        bare = not any(c.dep_ == "aux" for c in deed.children)
        if deed.dep_ in ("xcomp", "ccomp") and deed.tag_ == "VB" and deed.i > seen.i and bare:
            return deed
    return None


# Words that make a noun one of a kind only with what follows it: "the only member to stay".
_RESTRICTING: Final = frozenset(["only", "first", "last", "sole", "next"])


def _completing_infinitive(verb: Token) -> Token | None:
    """Return the "to" clause a restricted noun of the verb needs to stay true, or None.

    "X was the only member of the team to stay": without "to stay" X is not the only member;
    the parse hangs the clause on the verb, not on "member".
    """
    nouns = [c for c in verb.children if c.dep_ in ("attr", "dobj")]
    restricted = any(
        t.lower_ in _RESTRICTING or t.tag_ == "JJS" or t.ent_type_ == "ORDINAL"
        for n in nouns
        for t in n.lefts
    )
    if not restricted:
        return None
    for child in verb.children:
        edge = child.left_edge
        infinitive = edge.lower_ == "to" and edge.dep_ == "aux" and edge.head == child
        if child.dep_ in ("advcl", "xcomp") and infinitive and child.i > max(n.i for n in nouns):
            return child
    return None


def _identifying_of(head: Token, words: list[Token]) -> list[Token]:
    """Return the "of" phrase that identifies a bare "the X" after an aside, or nothing.

    "the goal, set by Ada Venn in 1901, of crossing the bay and ..." -> "of crossing the bay":
    without it "the goal" points at nothing; its first part alone is still true.
    """
    lefts = [c for c in head.lefts if c.dep_ != "det"]
    if lefts or [c.lower_ for c in head.lefts] != ["the"]:
        return []
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"):
        if prep in words or not _after_comma(prep):
            continue
        skip = {t.i for c in prep.subtree if c.dep_ in ("conj", "cc") for t in c.subtree}
        kept = [t for t in prep.subtree if t.i not in skip and not t.is_punct]
        if len(kept) <= 10:
            return kept
    return []


def _subject_is_topic(verb: Token, topic: str) -> bool:
    """Return whether a clause's subject is the text's subject: "It had a tower"."""
    referents = verb.doc.user_data.get(REFERENTS, {})
    for subject in (c for c in verb.children if c.dep_ in _SUBJECTS):
        if referents.get(subject.i) == topic:
            return True
        if is_name_head(subject) and name_span(subject).text.casefold() == topic.casefold():
            return True
    return False


# Words that make a number an estimate: "an estimated 40,000 people".
_ESTIMATES: Final = frozenset(["estimated", "approximate", "projected", "some"])


def _without_estimate(ent: Span) -> Span:
    """Return a number without the article and estimate word before it ("An estimated 40")."""
    start = ent.start
    while start < ent.end - 1 and (
        ent.doc[start].dep_ == "det" or ent.doc[start].lower_ in _ESTIMATES
    ):
        start += 1
    return _labelled(ent.doc[start : ent.end], ent.label_) if start > ent.start else ent


def _labelled(span: Span, label: str) -> Span:
    """Return a part of an entity that keeps the entity's label."""
    span.label_ = label
    return span


def _estimated(noun: Token, verb: Token) -> str:
    """Return "are estimated to have watched" for an estimated count that did something, or ""."""
    words = [c.lower_ for c in noun.children if c.dep_ == "amod" and c.lower_ in _ESTIMATES]
    if not words or verb.dep_ != "ROOT":
        return ""
    be = "are" if noun.tag_ == "NNS" else "is"
    if verb.tag_ == "VBD":
        participle = past_participle(verb.text)
        return f"{be} {words[0]} to have {participle}" if participle else ""
    if verb.tag_ in ("VBZ", "VBP"):
        return f"{be} {words[0]} to {verb.lemma_}"
    return ""


# How a question asks for the time of a clause of the text: "What was the date when the ferry
# left Harlow?" (the clause keeps the text's own verb, "left", after "when").
_DATED_TAILS: Final = {
    DATE: "what was the date",
    YEAR: "what was the year",
    TIME: "what was the time",
}
# The longest such clause: a longer one reads as a sentence of its own.
_LEAD_IN_CHARACTERS: Final = 52
# Nouns that end the name of a body and say what it is: "the Harlow Guild" is "which guild".
_BODY_NOUNS: Final = frozenset(
    [
        "academy",
        "agency",
        "association",
        "board",
        "club",
        "college",
        "commission",
        "committee",
        "council",
        "foundation",
        "guild",
        "institute",
        "school",
        "society",
        "trust",
        "union",
        "university",
    ]
)
# Question words with the noun they ask for, which may take a preposition before them.
_NOUN_WH: Final = re.compile(r"^(?:what|which|how many) \w")


def _in_place_wh(wh: str, answer: _Answer) -> str:
    """Return the words that ask for an agent in place, or "" where none reads well.

    "which composer" stays; a person is "whom"; any other "who" is not asked in place.
    """
    if wh != "who":
        return wh
    if answer.kind in PEOPLE:
        return "whom"
    return ""


def _in_place(statement: str, answer: _Answer, wh: str, counted: bool) -> str:
    """Return a statement with its answer replaced by the question words, or "".

    "Ivo Pask sailed 40 miles on 4 May 1871." -> "Ivo Pask sailed how many miles on ...";
    only dates, years, times, counts and places or organisations asked "which ..." are asked
    so, and only after the verb.
    """
    text = statement.rstrip(".")
    first, _, rest = wh.partition(" ")
    if first in _FRONTED_PREPOSITIONS:
        wh = rest  # "for how many episodes": the text keeps its own "for"
    if counted and wh.startswith("how many "):
        told = f"{answer.text} {wh.removeprefix('how many ')}"
    elif answer.kind == DATE and len(answer.text.split()) == 3:
        told, wh = answer.text, "what date"
    elif answer.kind in (YEAR, TIME) and wh in ("what year", "at what time", "when"):
        told, wh = answer.text, "what year" if answer.kind == YEAR else "what time"
    elif answer.kind in PLACES | {ORG} and wh.startswith("which "):
        # "The boat is now kept at which museum in Harlow?": "the" goes with its name
        told = answer.text
        if re.search(rf"\bthe {re.escape(told)}", text):
            told = f"the {told}"
    else:
        return ""
    at = text.find(told)
    if at < 0 or len(text[:at].split()) < 3:
        return ""  # an answer that opens the statement is not asked in place
    return text[:at] + wh + text[at + len(told) :]


def _tidy(text: str) -> str:
    """Return text without doubled or dangling punctuation."""
    text = " ".join(text.split())
    for before, after in ((", ,", ","), (",,", ","), (" ,", ","), ("( ", "("), (" )", ")")):
        text = text.replace(before, after)
    return text.strip(" ,;:-")


# Words that open a subordinate clause whose content the sentence states as true.
_ASSERTING: Final = frozenset(
    ["while", "because", "since", "although", "though", "whereas", "after", "before", "when", "as"]
)


def _short_phrase(prep: Token, drop: set[int]) -> list[Token]:
    """Return a preposition with its noun and the noun's own modifiers before it only."""
    words = [prep]
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        for child in pobj.lefts:
            if child.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod"):
                words.extend(child.subtree)
        if is_proper(pobj):
            words.extend(name_span(pobj))
        for child in pobj.rights:
            if _naming(child):
                words.extend(phrase_tokens(child))  # "for a girl named Ada Venn"
            if child.dep_ != "prep" or child.lower_ != "of":
                continue
            if len(list(child.subtree)) <= 5:
                words.extend(child.subtree)  # "the fifth mission of the program"
                continue
            # "on the wall of the Vesh Inn by the quay": "on the wall" alone points at
            # nothing, and the whole would tell what a sibling question asks
            return []
        words.append(pobj)
    return sorted({t for t in words if t.i not in drop}, key=lambda t: t.i)


def _nominal(verb: Token) -> bool:
    """Return whether a verb form names an act inside a noun phrase: "the round of casting"."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.pos_ == "NOUN"


def _reported(clause: Token) -> bool:
    """Return whether a clause is what someone said or thought ("said that ...").

    What a verb such as "explain" or "reveal" introduces is stated as true, and is a fact.
    """
    node = clause
    while node.head != node:
        if node.dep_ == "ccomp" and node.head.lemma_ not in FACTIVE_VERBS:
            return not _before_semicolon(node)
        node = node.head
    return False


def _kind_name(token: Token) -> bool:
    """Return whether a name is written before the common noun of its kind.

    "a Vesh Gull crane" -> Which crane ...? (not a job before a person's name: "pilot X").
    """
    head = token.head
    return (
        token.dep_ == "compound"
        and is_proper(token)
        and token.i == head.i - 1
        and head.pos_ == "NOUN"
        and head.is_lower
        and head.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
    )


def _bare_definite(noun: Token) -> bool:
    """Return whether a noun is only "the X", which points back at something said before."""
    children = list(noun.children)
    return len(children) == 1 and children[0].lower_ in ("the", "this", "that")


def _ranked_apposition(noun: Token) -> str:
    """Return "the eighth series" for "their first series, the eighth overall", or ""."""
    for appos in (c for c in noun.children if c.dep_ == "appos" and c.i > noun.i):
        if appos.lower_ != "overall" and appos.lemma_ != noun.lemma_:
            continue
        ordinals = [c for c in appos.children if c.dep_ == "amod" and c.ent_type_ == "ORDINAL"]
        if len(ordinals) == 1:
            return f"the {ordinals[0].lower_} {noun.lower_}"
    return ""


def _after_colon(appos: Token) -> bool:
    """Return whether an apposition follows a colon: "designed by X: a gull ..." elaborates."""
    return any(t.text == ":" for t in appos.doc[appos.head.i : appos.left_edge.i])


def _indefinite(noun: Token) -> bool:
    """Return whether a common noun is introduced, not identified: "a sequence", "some boats"."""
    if (
        noun.dep_ == "appos"
        and noun.head.pos_ in ("NOUN", "PROPN")
        and noun.head.i < noun.i
        and not _after_colon(noun)
    ):
        noun = noun.head  # "The first series, a run won by X": the series is identified
    if noun.pos_ != "NOUN" or noun.dep_ == "attr":
        return False  # "X is a series made by Y": the subject names what the noun is
    determiners = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
    return not determiners or determiners[0] in ("a", "an", "some", "another")


def _own_tokens(clause: Token) -> list[Token]:
    """Return a clause's words without the clauses joined to it ("..., and he said: ...")."""
    joined = [
        c
        for c in clause.children
        if (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")) or c.dep_ == "parataxis"
    ]
    skip = {t.i for c in joined for t in c.subtree}
    return [t for t in clause.subtree if t.i not in skip]


def _after_a_record(since: Token) -> bool:
    """Return whether a "since" clause says how long a record has stood ("the worst since")."""
    main = since.head
    return (
        since.dep_ == "advcl"
        and main.pos_ in ("VERB", "AUX")
        and any(t.tag_ in ("JJS", "RBS") and t not in since.subtree for t in main.subtree)
    )


def _done_before_or_after(verb: Token) -> bool:
    """Return whether a verb is something done "before" or "after" its clause's own verb."""
    link = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and link.lower_ in ("before", "after")
        and link.dep_ == "prep"
        and link.head.pos_ == "VERB"
    )


def _part_kept_in_place(fact: Fact | None, wh: str) -> Fact | None:
    """Return a fact on a place of a named place, also asked in place with that place's part.

    "The fair stood in the grounds of Vesh Abbey." -> At which abbey did the fair stand? drops
    "in the grounds of"; in place, the question keeps it: "The fair stood in the grounds of
    which abbey?"
    """
    if fact is None or fact.insitu:
        return fact
    text = fact.statement.rstrip(".")
    at = text.find(f" of {fact.answer}")
    if at < 0 or len(text[:at].split()) < 4:
        return fact
    asked = f"{text[:at]} of {wh}{text[at + len(fact.answer) + 4 :]}?"
    return replace(fact, insitu=asked[:1].upper() + asked[1:])


def _described_by_clause(
    clause: list[Token], noun: Token, participle: Token, prep: Token, wh: str
) -> str:
    """Return a count inside a participle asked directly, or "" where it cannot be.

    "The crew left a flag carrying names from 40 towns" -> From how many towns did the flag
    left by the crew carry names? The introduced thing becomes "the" thing, told apart by the
    clause that introduced it.
    """
    main = noun.head
    support = do_support(main.tag_)
    if support is None or prep.head not in (participle, *participle.children):
        return ""
    asked = wh.removeprefix(f"{prep.lower_} ")
    if participle.tag_ != "VBG" or prep.dep_ != "prep" or not asked.startswith("how "):
        return ""
    described = [t for t in clause if noun.left_edge.i <= t.i < participle.i]
    if described and described[0].lower_ in ("a", "an", "the"):
        described = described[1:]
    made = lower_first(render(t for t in clause if t.i < noun.left_edge.i))
    rest = render(t for t in clause if t.i > participle.i and t not in prep.subtree)
    if not described or not made or not rest:
        return ""
    thing = render(described)
    opening = f"{prep.lower_.capitalize()} {asked} {support}"
    subjects = [c for c in main.children if c.dep_ == "nsubj"]
    done = past_participle(main.text) if main.tag_ == "VBD" else None
    if subjects and done:
        # "the flag left by the crew", not "the flag the crew left", which runs one clause
        # into the next: "did the flag the crew left carry ...?"
        doer = lower_first(render(phrase_tokens(subjects[0])))
        made = f"{done} by {doer}"
    return f"{opening} the {thing} {made} {participle.lemma_} {rest}"


def _ranked_at(child: Token) -> bool:
    """Return whether a verb's phrase is a place in a ranking: "at number seven"."""
    return child.dep_ == "prep" and any(
        o.lemma_ == "number" and any(n.dep_ == "nummod" for n in o.children) for o in child.children
    )


def blanket_credit(verb: Token) -> bool:
    """Return whether a passive credits all of a work's part to its agent, bar unnamed cases.

    "All music is composed by X, except where noted": X is the composer, and the exceptions
    the text does not name leave nothing else to ask.
    """
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"]
    if not subjects or not any(c.dep_ == "agent" for c in verb.children):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "all" for c in subjects[0].children):
        return False
    hedges = [t for t in verb.subtree if t.lower_ in ("except", "apart") and t.dep_ == "prep"]
    return len(hedges) == 1 and not any(
        t.pos_ in ("NOUN", "PROPN", "NUM") for t in hedges[0].subtree
    )


def _inside_other_clause(token: Token, clause: Token) -> bool:
    node = token
    while node != clause:
        if node.dep_ in ("relcl", "advcl", "parataxis", "ccomp", "mark") or (
            node.dep_ == "conj" and node.head == clause and node.pos_ in ("VERB", "AUX")
        ):
            return True
        if node.dep_ == "cc" and node.head == clause:
            return True
        node = node.head
    return False


_UNITS: Final = frozenset(["seconds", "minutes", "hours", "days", "weeks", "months", "years"])


def _names_a_place(words: list[Token]) -> bool:
    """Return whether an adjunct is a preposition of place or source before a proper name."""
    if not words or words[0].lower_ not in PLACE_PREPOSITIONS | {"from"}:
        return False
    objects = [c for c in words[0].children if c.dep_ == "pobj"]
    return bool(objects) and is_proper(objects[0]) and not _when(words[0], leading=False)


def _when(phrase: Token, leading: bool) -> bool:
    """Return whether a modifier says when: a date or a time ("in 1990", "at 10:30").

    Before the verb any number counts: "Some six hours after the launch".
    """
    if phrase.dep_ == "npadvmod":
        heads = [phrase]
    else:
        heads = [c for c in phrase.children if c.dep_ == "pobj"]
    labels = ("DATE", "TIME", "CARDINAL", "QUANTITY") if leading else ("DATE", "TIME")
    tokens = list(phrase.subtree) if leading else heads
    return any(t.ent_type_ in labels or _CLOCK.fullmatch(t.text) for t in tokens) or any(
        _CLOCK.fullmatch(c.text) for h in heads for c in h.children
    )


def _noun_before(span: Span) -> Token | None:
    """Return the common noun just before a title, past its quote and comma, or None."""
    index = span.start - 1
    while index >= 0 and span.doc[index].is_punct:
        index -= 1
    if index < 0 or span.start - index > 3 or span.doc[index].pos_ != "NOUN":
        return None
    return span.doc[index]


_FRACTION: Final = frozenset(["and", "a", "half", "quarter"])
# Prepositions a question may open with: "In which series ...?"
_FRONTED_PREPOSITIONS: Final = frozenset(
    ["in", "on", "at", "for", "from", "to", "with", "during", "after", "before", "by"]
)
_HEDGES: Final = frozenset(["a", "little", "just", "only", "an", "estimated"])


def _duration(span: Span) -> Token | None:
    """Return the unit of a length of time, which is asked as "how many days".

    "21 days", "six and a half hours", "a little over eight days", "19 minutes later".
    """
    words = [t for t in span if not t.is_punct]
    units = [t for t in words if t.lower_ in _UNITS]
    if len(units) != 1:
        return None
    unit = units[0]
    before = [t for t in words if t.i < unit.i]
    while before and before[0].lower_ in BOUND_WORDS | _HEDGES:
        before = before[1:]  # "a little over", "just", "about" come first, then the number
    after = [t for t in words if t.i > unit.i]
    if not before or not all(t.like_num or t.lower_ in _FRACTION for t in before):
        return None
    if after and [t.lower_ for t in after] not in (["later"], ["earlier"], ["ago"]):
        return None
    return unit


_DETERMINERS: Final = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "These",
        "Those",
        "Its",
        "Each",
        "Every",
        "Some",
        "All",
        "Other",
        "Another",
        "Both",
        "Many",
        "Most",
        "In",
        "On",
        "At",
        "During",
        "After",
        "Before",
        "From",
        "With",
        "By",
        "For",
        "As",
    ]
)


def lower_first(text: str) -> str:
    """Return a phrase as it reads mid-sentence: "The friends" -> "the friends"."""
    first, _, rest = text.partition(" ")
    if first == "The" and rest[:1].isupper():
        return text  # "The Larks' first album": the article is part of a name
    if first in _DETERMINERS and rest:
        return f"{first.lower()} {rest}"
    return text


def _plain_date(text: str) -> bool:
    """Return whether a date is written as a date: "4 May 1871", "May 1871", "1870s"."""
    for word in text.replace(",", " ").split():
        core = word.removeprefix("mid-").removeprefix("early-").removeprefix("late-")
        if not (core.isdigit() or core in MONTHS or (core[:-1].isdigit() and core[-1] == "s")):
            return False
    return True


def _opens_sentence(token: Token) -> bool:
    return token.i - token.sent.start <= 1 or token.doc[token.i - 1].text == ","


def _past(sent: Span) -> bool:
    return sent.root.tag_ in ("VBD", "VBN")


def _listed(token: Token) -> bool:
    """Return whether a word after a comma goes on a list ("A, B and C"), not a new phrase."""
    while token.dep_ == "compound":
        token = token.head
    return token.dep_ == "conj" or (token.dep_ == "cc" and token.head.dep_ != "ROOT")


def _declare(*parts: str) -> str:
    """Return words as one declarative sentence."""
    text = _tidy(" ".join(p for p in parts if p)).rstrip(".")
    return text[:1].upper() + text[1:] + "."


def _participle(verb: Token) -> bool:
    """Return whether a verb is a bare past participle: "..., presented by Ivo Pask"."""
    while verb.dep_ == "conj" and verb.head.tag_ == "VBN":
        verb = verb.head
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("advcl", "acl")
        and not any(
            c.dep_ in ("mark", "aux", "auxpass", "nsubj", "nsubjpass") and not _having(c)
            for c in verb.children
        )
    )


def _aside_as_root(verb: Token) -> bool:
    """Return whether a sentence's verb is a participle set off after its subject by a comma.

    "A statue of Ana, unveiled in 1897, stands on the quay" is parsed with "unveiled" as the
    verb and "statue" its subject: the statue was unveiled, it did not unveil.
    """
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "ROOT"
        and verb.i > 0
        and verb.nbor(-1).text == ","
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _having(aux: Token) -> bool:
    """Return whether a word is the "having" of a perfect participle: "having lost the cup"."""
    verb = aux.head
    # "having written" would need "wrote": only participles that are their own past are read
    own_past = verb.lower_ not in _IRREGULAR_ONLY
    return aux.dep_ == "aux" and aux.lower_ == "having" and aux.i < verb.i and own_past


_IRREGULAR_ONLY: Final = frozenset(
    participle for past, participle in IRREGULAR_PARTICIPLES.items() if participle != past
)


def _noun_words(noun: Token, name: Span | None = None) -> str:
    """Return a noun with its modifiers but no article: "extended special".

    The words of a name before the noun are not its kind: "a Vesh 9 crane" is a "crane".
    """
    inside = range(name.start, name.end) if name is not None else range(0)
    words = [
        t
        for t in noun.lefts
        if t.dep_ in ("amod", "compound") and t.pos_ != "PROPN" and t.i not in inside
    ]
    return render([*words, noun])


def _role_words(head: Token, span: Span, appositive: bool = True) -> str:
    """Return the job written before a name: "command module pilot" in "pilot Ivo Pask"."""
    words: list[Token] = []
    for child in head.lefts:
        if child.i >= span.start:
            continue
        if child.dep_ == "compound" and child.pos_ == "NOUN":
            words.extend(t for t in child.subtree if t.i < span.start)
        elif child.dep_ == "amod" and words:
            words.extend(child.subtree)
    # A job written as an apposition before the name: "the monk Brother Ivo".
    if appositive and head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < head.i:
        noun = head.head
        if _tied(noun):
            return ""  # "Ana's sister Vida": no job but a tie, asked as kin
        words = [t for t in noun.subtree if t.i < noun.i and t.dep_ in ("compound", "amod")]
        words.append(noun)
    if any(w.pos_ == "DET" for w in words) and not appositive:
        return ""
    text = render(w for w in words if (not w.is_punct or w.text == "-") and w.pos_ != "DET")
    if not text or not text[0].islower() or any(w.pos_ == "PROPN" for w in words):
        return ""
    return text


# Verbs that name some of what something holds, not all of it: "Its spin-offs include ...".
_MEMBERSHIP_VERBS: Final = frozenset(["include", "feature"])


def _member_role(name: Token, group: list[Token]) -> str:
    """Return the kind a listed name is given where its list only includes, or "".

    "Its spin-offs include A and the companion podcast B": B is "companion podcast", asked
    "Which companion podcast ...?"; A, with no kind of its own, is not asked alone. A kind the
    parser split off as a list member of its own ("the companion podcast, An B") counts too.
    """
    verb = group[0].head if group else name.head
    if group[0].dep_ != "dobj" or verb.lemma_ not in _MEMBERSHIP_VERBS:
        return ""
    role = _role_words(name, name_span(name))
    if role:
        return role
    before = [t for t in group if t.i < name.i and t.pos_ == "NOUN"]
    if before and before[-1].i + 1 == name.left_edge.i:
        return _noun_words(before[-1])
    return ""


def _described_as(name: Token) -> str:
    """Return what an aside after a name says its person is, or "".

    "Ivo Pask, a film-maker from Harlow" -> "film-maker": asked "Which film-maker ...?".
    """
    for appos in (c for c in name.children if c.dep_ == "appos" and c.i > name.i):
        determiners = [c.lower_ for c in appos.children if c.dep_ == "det"]
        comma = appos.doc[appos.left_edge.i - 1].text == ","  # not "X: a bald eagle ..."
        if appos.pos_ != "NOUN" or not comma or determiners not in (["a"], ["an"]):
            continue
        if any(c.dep_ in ("relcl", "acl") for c in appos.children):
            continue  # "a pilot who flies solo": the clause is a fact of its own
        words = [t for t in appos.subtree if t.i <= appos.i and t.dep_ != "det"]
        if all(t.is_lower or t.is_punct for t in words):
            return render(words)  # "film-maker", hyphen and all
    return ""


def _shares_passive(verb: Token) -> bool:
    """Return whether a verb joined to a passive one is passive too ("... and completed in 1889").

    The tagger often reads the second as a past tense ("... and built in 1923"): a past whose
    participle is the same word counts, unless the verb takes no object ("was born in 1867
    and died in 1934") or its past is a word of its own ("was launched in 1901 and sank").
    """
    head = verb.head
    ambiguous = verb.tag_ == "VBD" and past_participle(verb.lower_) == verb.lower_
    return (
        verb.dep_ == "conj"
        and (verb.tag_ == "VBN" or (ambiguous and verb.lemma_ not in INTRANSITIVE_VERBS))
        and any(c.dep_ == "auxpass" for c in head.children)
        and not any(c.dep_ in (*_SUBJECTS, "dobj", "aux", "auxpass") for c in verb.children)
    )


def _listed_aside(token: Token) -> bool:
    """Return whether a name the parse hung on another as an aside opens the rest of a list.

    "A, B and C would return": the parser may read "B and C" as an aside on A; they are
    the second and third of one list.
    """
    return (
        token.dep_ == "appos"
        and is_proper(token)
        and is_proper(token.head)
        and any(c.dep_ == "conj" and is_proper(c) for c in token.children)
    )


def _to_clause(clause: Token) -> bool:
    """Return whether a clause on a noun is an infinitive ("a carpenter to build the sets")."""
    return clause.dep_ == "acl" and clause.left_edge.lower_ == "to" and clause.tag_ == "VB"


# Nouns for someone who studies somewhere: "Vesh student Ana", "a pupil at Harlow School".
_STUDENT_NOUNS: Final = frozenset(["student", "pupil", "undergraduate", "schoolboy", "schoolgirl"])
# Endings of nouns for a job ("ferryman", "teacher", "sailor", "chemist", "headmistress").
_JOB_ENDINGS: Final = ("er", "or", "ist", "ian", "ess", "man", "woman")


def _with_article(head: Token, name: str) -> str:
    """Return a name with the "the" the text gives it ("the Academy of Harlow")."""
    articles = [c for c in head.children if c.dep_ == "det" and c.lower_ == "the"]
    return f"the {name}" if articles and not name.lower().startswith("the ") else name


def _age(noun: Token) -> str:
    """Return the years of "sixteen-year-old" before a noun or name, or ""."""
    for old in (c for c in noun.children if c.dep_ == "amod" and c.lower_ == "old"):
        for year in (c for c in old.children if c.dep_ == "npadvmod" and c.lemma_ == "year"):
            numbers = [c for c in year.children if c.dep_ == "nummod" and c.like_num]
            if numbers:
                return numbers[0].text
    return ""


def _sought_for(noun: Token) -> str | None:
    """Return the clause a noun is sought "for" in, None if it is not, "" if it cannot be said.

    "a casting call was announced for a 16-year-old character" -> "an open casting call was
    announced": the age is what the call asked for. Only a clause of a subject and its verb
    is said again; "a search for ..." cannot be.
    """
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    verb = noun.head.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.pos_ != "VERB" or len(subjects) != 1 or subjects[0].pos_ != "NOUN":
        return ""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    words = sorted([*subjects[0].subtree, *auxiliaries, verb], key=lambda t: t.i)
    said = render(words)
    return said[:1].upper() + said[1:]


def _job_before(token: Token, span: Span) -> str:
    """Return the job written before a name with no article ("ferryman Ivo Vell"), or ""."""
    if any(c.dep_ in ("det", "poss") for c in token.children):
        return ""  # "the ferryman Ivo Vell", "her ferryman": asides, not what they are
    jobs = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if len(jobs) != 1 or jobs[0].i >= span.start or not jobs[0].is_lower:
        return ""
    job = jobs[0]
    if list(job.children) or job.lemma_ in KIN_NOUNS or job.lemma_ in _STUDENT_NOUNS:
        return ""
    return job.text if job.lower_.endswith(_JOB_ENDINGS) else ""


def _school_of(student: Token) -> Token | None:
    """Return the head of the school a student noun names ("Vesh student", "student at X")."""
    for child in student.children:
        if child.dep_ == "compound" and is_proper(child) and child.i < student.i:
            return child
        if child.dep_ == "prep" and child.lower_ == "at":
            schools = [c for c in child.children if c.dep_ == "pobj" and is_proper(c)]
            if schools:
                return schools[0]
    return None


# Words that make a tie true only at some time the question would not name.
_FOR_NOW: Final = frozenset(["new", "former", "current", "latest", "then", "future"])


def _tied(noun: Token) -> bool:
    """Return whether a noun names someone's relative: "Ana's sister", "her uncle"."""
    return noun.lemma_.lower() in KIN_NOUNS and any(c.dep_ == "poss" for c in noun.children)


def _kin_named(noun: Token) -> list[Token]:
    """Return the heads of the names a noun of kin is given, in the text's order, or []."""
    if noun.dep_ == "compound" and noun.head.i > noun.i and is_name_head(noun.head):
        return [noun.head]  # "her uncle Teo Brisk", parsed as one name
    after = [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i and is_name_head(c)]
    if after:
        first = after[0]  # "Ana's friends Una and Bo"
        return [first, *(c for c in first.conjuncts if c.i > first.i and is_name_head(c))]
    if noun.dep_ == "appos" and noun.head.i < noun.i and is_name_head(noun.head):
        return [noun.head]  # "Una, Ana's older sister"
    clause = noun.head
    if noun.dep_ == "attr" and clause.dep_ == "relcl" and clause.lemma_ == "be":
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].lower_ in ("who", "that") and is_name_head(clause.head):
            return [clause.head]  # "Una, who is Ana's mother"
    return []


def _gender_of(role: str) -> str | None:
    last = role.split()[-1].lower()
    if last in FEMALE_WORDS:
        return "f"
    if last in MALE_WORDS:
        return "m"
    return None


def _bound(span: Span) -> str:
    """Return a bound word before a number ("over", "about"), or ""."""
    for token in span:
        if token.lower_ in BOUND_WORDS:
            return token.lower_
    start = span.start
    if start > 0 and span.doc[start - 1].lower_ in BOUND_WORDS:
        return span.doc[start - 1].lower_
    return ""


def read_facts_of(sent: Span, index: int, registry: Registry) -> list[Fact]:
    """Return every fact one sentence gives, in a stable order.

    A bare credit ("Who was the set decorator?") gives way to a fact of the same sentence that
    tells what that person did ("Which set decorator used their experience ...?").
    """
    reader = SentenceReader(sent, index, registry)
    facts = list(reader.cast())
    facts.extend(reader.dated_list())
    roles = list(reader.roles())
    deeds = list(reader.deeds())
    facts.extend(deeds)
    # What a costume designer made is the question, not which costume designer made it.
    done: set[tuple[str, str]] = set()
    for deed in deeds:
        verb, *parts = deed.key.split("|")
        done.update((verb, doer) for doer in parts if doer != deed.answer)
    facts.extend(reader.kin())
    facts.extend(reader.definitions())
    facts.extend(reader.fronted_doers())
    facts.extend(reader.outlet_critics())
    facts.extend(reader.given_names())
    facts.extend(reader.described_members())
    facts.extend(reader.stories_told())
    facts.extend(reader.descriptions())
    facts.extend(reader.whose_clauses())
    facts.extend(reader.relatives())
    facts.extend(reader.quotations())
    facts.extend(reader.worths())
    facts.extend(reader.announcements())
    clauses = list(reader.clauses())
    # "consisted of pilot A and navigator B": each one's post is the fact, asked "Who was the
    # navigator?", not "Which navigator did the crew consist of?".
    posts = {(r.answer, r.prompt.split(" the ", 1)[-1].rstrip("?")) for r in roles}
    facts.extend(
        c
        for c in clauses
        if (c.key.split("|", 1)[0], registry.canonical(c.answer)) not in done
        and (
            c.shape != "modifier"
            or not any(c.answer == a and c.prompt.startswith(f"Which {p} ") for a, p in posts)
        )
    )
    told = {f.answer for f in facts if f.answer_type in PEOPLE}
    facts.extend(r for r in roles if r.answer not in told)
    return facts


def with_one_answer(facts: list[Fact]) -> list[Fact]:
    """Return the facts whose question has one right answer in the whole text.

    A pair of critics who "gave a rating of four out of five" make "Who gave a rating of four out
    of five?" a question with two answers: neither is asked that way.
    """
    answers: dict[str, set[str]] = {}
    for fact in facts:
        answers.setdefault(fact.prompt.casefold(), set()).add(fact.answer.casefold())
    kept = [f for f in facts if len(answers[f.prompt.casefold()]) == 1]
    # A name of a list is asked in the plainest words that have one answer: "Who won Tidewater
    # in 1987?", and "Who was the Harlow winner of Tidewater in 1987?" only where another list
    # also gives 1987.
    plainest: dict[tuple[str, str], int] = {}
    for fact in kept:
        if fact.shape == "listed":
            pair = (fact.key, fact.answer)
            plainest[pair] = min(plainest.get(pair, len(fact.prompt)), len(fact.prompt))
    return [f for f in kept if f.shape != "listed" or len(f.prompt) == plainest[(f.key, f.answer)]]


def resolve_pronouns(sentences: Iterable[Span], registry: Registry) -> None:
    """Write down the named person each "he", "she", "him", "his" or "her" stands for.

    A pronoun stands for the subject of its own clause, or the one subject before it in its own
    sentence that is a named person of a fitting gender, or where no person before it is a
    subject, the one person named before it ("It follows Ana as she ..."), or when its sentence
    names no person before it, the one subject of the nearest earlier sentence (at most two
    back) that names a person. Where none or two fit, the pronoun stays unresolved and any
    question holding it is dropped.
    """
    previous: list[tuple[Token, str]] = []
    gap = 0
    for sent in sentences:
        referents: dict[int, str] = sent.doc.user_data.setdefault(REFERENTS, {})
        subjects: list[tuple[Token, str]] = []
        others: list[tuple[Token, str]] = []
        for token in sent:
            gender = _PRONOUN_GENDER.get(token.lower_)
            if gender and token.pos_ == "PRON":
                # "It follows Ana as she ...": with no person as subject, the one named
                pool = subjects or others or previous
                own = _clause_subject(token)
                if own is not None and any(own == person for person, _ in subjects):
                    pool = [(p, n) for p, n in subjects if p == own]  # its own clause's subject
                found = [
                    (person, name)
                    for person, name in pool
                    if registry.gender(name) in (gender, None) and _may_bind(token, person)
                ]
                if len(found) == 1 and registry.gender(found[0][1]) != _OTHER[gender]:
                    referents[token.i] = found[0][1]
            name = _person_named(token, registry, referents)
            if name is None and token.tag_ == "WP" and token.dep_ in _SUBJECTS:
                antecedent = token.head.head  # "X, who ...", "X, a pilot who ..."
                if antecedent.dep_ == "appos" and antecedent.pos_ == "NOUN":
                    antecedent = antecedent.head
                if token.head.dep_ == "relcl":
                    name = _person_named(antecedent, registry, referents)
            if name is None:
                continue
            top = token
            while top.dep_ == "conj":
                top = top.head  # "A and B reached ...": both are subjects
            if top.dep_ in _SUBJECTS:
                subjects.append((top, name))
            else:
                others.append((token, name))
        if subjects or others:
            # Every subject counts: with two people doing things, "she" next could be either.
            previous = list({n: (t, n) for t, n in subjects}.values())
            gap = 0
        else:
            gap += 1
            if gap > 2:
                previous = []


_OTHER: Final = {"m": "f", "f": "m"}


def _clause_subject(token: Token) -> Token | None:
    """Return the subject of the clause a word belongs to, or None."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head != node:
        node = node.head
    subjects = [c for c in node.children if c.dep_ in _SUBJECTS]
    return subjects[0] if subjects else None


def _person_named(token: Token, registry: Registry, referents: dict[int, str]) -> str | None:
    """Return the person a word names (a name's head or a resolved pronoun), or None."""
    if token.i in referents and token.tag_ != "PRP$":
        # "it" and "they" stand for the subject, a work or a group: "it follows Ana as she
        # ..." is Ana's "she"
        return referents[token.i] if token.lower_ in _PRONOUN_GENDER else None
    if not is_name_head(token):
        return None
    name = name_span(token).text
    if registry.fine_type(name, THING) not in PEOPLE:
        return None
    return registry.canonical(name)


def _may_bind(pronoun: Token, person: Token) -> bool:
    """Return whether a pronoun may stand for a person named earlier in its own sentence.

    "him" cannot be the subject of its own clause ("himself" would be), and "her" in "Ana's
    mother Una and her father" is not Una: a possessive on a noun listed with the person.
    """
    if pronoun.doc is not person.doc or pronoun.sent != person.sent:
        return True
    if pronoun.tag_ == "PRP" and pronoun.dep_ not in _SUBJECTS and pronoun.head == person.head:
        return False
    if pronoun.tag_ == "PRP$":
        owner = pronoun.head
        linked = {person.i, person.head.i}
        node = owner
        while node.dep_ == "conj":
            node = node.head
            if node.i in linked:
                return False
    return True

"""True or false statements: a whole fact with its subject named, false only where surely so."""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Final

from quizapp.generate.grammar import (
    HONORIFICS,
    MONTHS,
    POINTING_PHRASES,
    POINTING_WORDS,
    number_value,
)
from quizapp.generate.names import (
    COUNT,
    DATE,
    MONEY,
    MONTH,
    PEOPLE,
    TIME,
    YEAR,
    Registry,
    gender_of_word,
)
from quizapp.generate.ranking import Candidate
from quizapp.generate.shapes import Fact
from quizapp.packs.model import QuestionKind, fold

# Words before a figure that bound it on one side: "over 4,000" stays true beside "over 2,000"
# and may be true beside "over 8,000", so such a figure is only ever stated true.
_ONE_SIDED: Final = frozenset(["over", "more", "than", "least", "under", "fewer", "less", "up"])
_BOUNDED: Final = re.compile(
    r"\b(?:over|more than|at least|fewer than|less than|up to) $", re.IGNORECASE
)
_FIGURES: Final = frozenset({COUNT, MONEY, DATE, YEAR, MONTH, TIME})
# A subject a sentence points at without naming: "The spacecraft was launched ...", "Each
# week is ..." (an indefinite "A dozen boats ..." points at nothing).
_UNNAMED_OPENING: Final = re.compile(r"^(?:[^,]{1,60}, )?(?:[Tt]he|[Ee]ach|[Ee]very) [a-z]")
_NUMBER: Final = re.compile(r"\d[\d,.]*")
_YEAR: Final = re.compile(r"(?<![\d,.])(?:1[5-9]|20)\d\d(?![\d,]|\.\d)")
# How many more true statements than false ones a pack keeps, as a share of the false ones.
TRUE_PAST_FALSE: Final = 0.5
# Wrong options a choice question needs: a thing's pool with fewer holds no value as fair.
_FULL_POOL: Final = 3


def true_statement(statement: str, fact: Fact, registry: Registry) -> str | None:
    """Return a fact's statement as a player can judge it true or false alone, or None.

    The statement must hold the whole fact, its subject named: no pronoun or phrase pointing
    at something it does not name ("his", "the rest", "days later"), no bare "the X" or "each
    X" as what it is about unless it names the text's subject, and no name cut from a list
    the sentence gives it in ("Ivo Pask and Ada Venn wrote it": "Ivo Pask wrote it" is half
    true). Reported speech and the like were never read as facts.
    """
    text = statement.strip()
    if not text or text.count('"') % 2 or len(text.split()) > 40:
        return None
    text = text if text.endswith((".", '"', "!")) else f"{text}."
    folded = f" {_words(text)} ".replace(" or so ", " ")  # "a dozen or so" is a hedge
    if any(f" {phrase} " in folded for phrase in POINTING_PHRASES):
        return None
    words = re.findall(r"[\w'-]+", text.lower())
    topic = _words(registry.topic)
    named_topic = bool(topic) and f" {topic} " in folded
    for at, word in enumerate(words):
        if word not in POINTING_WORDS:
            continue
        # "its" may stand for the subject the statement names ("During its first week,
        # Tidewater ..."); "their" for names listed before it ("A and B would reprise their
        # roles"). Anything else points outside the statement.
        if word == "its" and named_topic:
            continue
        if word == "their" and ("and" in words[:at] or not _people_in(text, registry)):
            continue  # "their" of names listed before it, or of a group the statement names
        return None
    opening = _UNNAMED_OPENING.match(text)
    if opening and not _named_soon(text[opening.end() - 1 :]):
        # "The call was answered by Ivo Pask": which call? Even after "In Tidewater,", only a
        # noun the text gives the subject ("its crew") or the subject's own name tells it.
        noun = text[opening.end() - 1 :].split(" ", 1)[0].lower()
        if not (named_topic and noun in registry.topic_nouns):
            return None
    if _cut_from_list(fact, text):
        return None
    return _without_comparison(text, fact)


# A claim that holds only for the figure it follows: "ten countries, more than any other
# river" read with "eight" is nonsense, so a statement of a figure ends before it.
_COMPARISON: Final = re.compile(
    r",?\s+(?:(?:more|fewer|less|longer|shorter|higher|lower|larger|greater|bigger)\s+than"
    r"|(?:the|a)\s+(?:most|highest|lowest|largest|longest|record|new record)\b"
    r"|making\s+it\b)",
    re.IGNORECASE,
)


def _without_comparison(text: str, fact: Fact) -> str:
    """Return a statement of a figure without a trailing claim that compares that figure."""
    if fact.answer_type not in (COUNT, MONEY) or fact.answer not in text:
        return text
    at = text.index(fact.answer) + len(fact.answer)
    found = _COMPARISON.search(text, at)
    if found is None:
        return text
    return f"{text[: found.start()].rstrip(' ,')}."


def _words(text: str) -> str:
    """Return a text folded to its words, one space apart: "Tidewater, the" -> "tidewater the"."""
    return " ".join(re.findall(r"[\w'-]+", fold(text)))


def _people_in(text: str, registry: Registry) -> list[str]:
    """Return the people a text names; the subject and its short forms are no one."""
    topic = set(_words(registry.topic).split())
    return [
        name
        for name in registry.names_in(text)
        if registry.fine_type(name, "") in PEOPLE and not set(_words(name).split()) <= topic
    ]


def _named_soon(rest: str) -> bool:
    """Return whether the noun a statement opens on is told apart by a name within it.

    "The plaque on Petrel's leg reads ..." and "The lifeboat Swift is ..." name what they are
    about; "The call was answered by the keeper Ivo Pask" does not.
    """
    return any(word.strip('"')[:1].isupper() for word in rest.split()[:8])


def _cut_from_list(fact: Fact, text: str) -> bool:
    """Return whether the answer stands in a list of names its statement leaves someone out of.

    "The score was composed by Ivo Pask and Ada Venn" read as "composed by Ivo Pask" is a half
    truth. Pairs matched "respectively" are each a whole fact.
    """
    source = fact.source
    if "respectively" in source or fact.shape.startswith("cast") or fact.answer_type in _FIGURES:
        return False  # a figure listed beside others ("Ada in 1907 and Una in 1908") is whole
    last_name, first_name = fact.answer.split(" and ")[-1], fact.answer.split(" and ")[0]
    beside = (f" and {first_name}", f"{last_name} and ", f"{last_name}, and ")
    if not any(words in source for words in beside):
        return False  # neither stands beside "and": no pattern compiled for them
    listed, first = re.escape(last_name), re.escape(first_name)
    name = r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)*"
    around = re.finditer(rf"(?:({name}),? and {first}\b|\b{listed},? and ({name}))", source)
    folded = fold(text)
    for found in around:
        other = found.group(1) or found.group(2)
        if other and fold(other) not in folded:
            return True
    return False


class SameVerb:
    """The facts of one verb, folded once and indexed by the runs of three characters in them.

    Each false statement asks which of these facts give a value or hold every name of a
    statement; scanning them all each time grows with the square of the text's length.
    """

    def __init__(self, facts: Iterable[Fact]) -> None:
        """Fold and index the facts (of one verb, as read from one text)."""
        self.facts = list(facts)
        self.verbs = [verb_of(f) for f in self.facts]
        self.answers = [fold(f.answer) for f in self.facts]
        self.statements = [fold(f.statement) for f in self.facts]
        # A statement's names are matched folded, its figures as written.
        self.said = [f"{s} {f.statement}" for s, f in zip(self.statements, self.facts, strict=True)]
        self.numbers = [frozenset(_NUMBER.findall(f.statement)) for f in self.facts]
        self._by_sentence: dict[int, list[int]] = {}
        for at, one in enumerate(self.facts):
            self._by_sentence.setdefault(one.sentence, []).append(at)
        self._answer_grams = _grams_of(self.answers)
        self._said_grams = _grams_of(self.said)

    def in_sentence(self, sentence: int) -> list[int]:
        """Return the positions of the facts read from one sentence."""
        return self._by_sentence.get(sentence, [])

    def giving(self, value: str) -> list[int]:
        """Return the positions of the facts whose folded answer holds a folded value."""
        return [
            at
            for at in _holding_all([value], self._answer_grams, len(self.facts))
            if value in self.answers[at]
        ]

    def saying(self, parts: Sequence[str]) -> list[int]:
        """Return the positions of the facts whose statement holds every part."""
        return [
            at
            for at in _holding_all(parts, self._said_grams, len(self.facts))
            if all(part in self.said[at] for part in parts)
        ]


def verb_of(fact: Fact) -> str:
    """Return the verb a fact's key names first: facts of one verb may give each other away."""
    return fact.key.split("|", 1)[0]


_GRAM: Final = 3


def _grams(text: str) -> set[str]:
    return {text[at : at + _GRAM] for at in range(len(text) - _GRAM + 1)}


def _grams_of(texts: Sequence[str]) -> dict[str, list[int]]:
    """Return, for each run of three characters, the positions of the texts holding it."""
    index: dict[str, list[int]] = {}
    for at, text in enumerate(texts):
        for gram in _grams(text):
            index.setdefault(gram, []).append(at)
    return index


def _holding_all(parts: Sequence[str], index: dict[str, list[int]], size: int) -> Sequence[int]:
    """Return positions that may hold every part: those holding the rarest run of any part."""
    fewest: Sequence[int] = range(size)
    for part in parts:
        for gram in _grams(part):
            found = index.get(gram, [])
            if len(found) < len(fewest):
                fewest = found
    return fewest


def facts_by_verb(facts: Iterable[Fact]) -> dict[str, SameVerb]:
    """Return the facts of a text grouped by their verb, each group folded and indexed once."""
    grouped: dict[str, list[Fact]] = {}
    for fact in facts:
        grouped.setdefault(verb_of(fact), []).append(fact)
    return {verb: SameVerb(group) for verb, group in grouped.items()}


def _related(related: Iterable[Fact] | SameVerb) -> SameVerb:
    return related if isinstance(related, SameVerb) else SameVerb(related)


def false_statement(
    statement: str,
    fact: Fact,
    wrong: Sequence[str],
    registry: Registry,
    related: Iterable[Fact] | SameVerb,
) -> str | None:
    """Return the statement with a wrong value swapped in that the text makes surely false.

    The value is a wrong option of the fact (its own fine type, form and shown gender). It is
    passed over where the fact's sentence names it (a list may make it true as well), where
    another fact of the same verb gives it at the same stated time ("presented by A" beside
    "B took over as presenter"), where the figure is bounded on one side ("over 4,000"), and
    where it would change the statement's grammar ("in one countries").
    """
    if fact.bound in _ONE_SIDED or _BOUNDED.search(statement.split(fact.answer, 1)[0][-14:]):
        return None
    if fact.answer_type not in PEOPLE and len(wrong) < _FULL_POOL:
        return None  # a thing with fewer wrong options than a choice needs has no fair swap
    same_verb = _related(related)
    for value in wrong:
        if not _surely_false(value, fact, statement, registry, same_verb):
            continue
        swapped = _swap(statement, fact, value, registry)
        if swapped is not None:
            return swapped
    return None


def false_by_year(
    statement: str,
    fact: Fact,
    options_for: Callable[[Fact], list[str]],
    registry: Registry,
    related: Iterable[Fact] | SameVerb,
) -> str | None:
    """Return the statement with its one year swapped for another, where its answer cannot be.

    "Ada Venn won the Harlow Cup in 1907" with no fair wrong winner (the text shows no
    gender) is surely false as "Ada Venn won the Harlow Cup in 1908" where no fact of the same
    verb gives Ada Venn that year. The year is the statement's only one, outside every name.
    """
    years = _YEAR.findall(statement)
    if len(years) != 1 or (years[0] in fact.answer and fact.answer_type not in (DATE, MONTH)):
        return None  # a date's own year may change: "in July 1907" stated "in July 1908"
    year = years[0]
    if any(
        year in name and name not in (year, fact.answer) for name in registry.names_in(statement)
    ):
        return None
    timed = replace(fact, answer=year, answer_type=YEAR, bound="", statement=statement)
    same_verb = _related(related)
    # A year the same sentence gives another fact of the verb ("A (1907), B (1908)") is the
    # likeliest swap: the text gives that year to someone else.
    siblings = {
        found
        for other in map(same_verb.facts.__getitem__, same_verb.in_sentence(fact.sentence))
        if other.key != fact.key
        for found in _YEAR.findall(other.statement)
        if found != year
    }
    nearest = sorted(siblings, key=lambda y: (abs(int(y) - int(year)), y))
    return false_statement(statement, timed, [*nearest, *options_for(timed)], registry, same_verb)


def _surely_false(
    value: str, fact: Fact, statement: str, registry: Registry, related: SameVerb
) -> bool:
    folded = fold(value)
    if not folded or folded in fold(fact.answer) or fold(fact.answer) in folded:
        return False
    source = fold(fact.source)
    if fact.answer_type in PEOPLE:
        # A name the sentence gives may be true of it too, unless who plays whom says not.
        in_source = any(n in source for n in map(fold, value.split(" and ")) if n)
        if in_source and not fact.shape.startswith("cast"):
            return False
    elif (
        fact.answer_type not in _FIGURES
        and folded in source
        and re.search(rf"\b{re.escape(folded)}\b", source)
    ):
        return False
    if fact.answer_type in (DATE, MONTH) and _one_part_apart(value, fact.answer):
        return False  # "in August 1907" for "in July 1907" is a quibble, not a false fact
    if fact.answer_type in (COUNT, MONEY) and _singular(fact.answer) != _singular(value):
        return False
    if fact.answer_type == COUNT and (number_value(value) or 0) < (number_value(fact.answer) or 0):
        return False  # shown in three countries, it was shown in two as well
    if fact.answer_type in PEOPLE and _titled(value) != _titled(fact.answer):
        return False  # "Mr Vane falls in love with his classmate" is false by its title alone
    verb = verb_of(fact)
    pinned = set(_NUMBER.findall(statement)) - set(_NUMBER.findall(fact.answer))
    names = [fold(name) for name in fact.names]
    for at in related.giving(folded):
        if related.facts[at].key == fact.key or related.verbs[at] != verb:
            continue
        said = related.statements[at]
        same_names = all(name in said for name in names)
        if same_names and pinned <= related.numbers[at]:
            return False  # the text says the value did the same, of the same, at the same time
    swapped = _swap(statement, fact, value, registry)
    figure = folded if fact.answer_type in _FIGURES else ""
    if swapped is not None and _stated_elsewhere(swapped, fact, registry, related, figure):
        return False
    if fact.answer_type in PEOPLE and not pinned:
        shared = registry.credits(registry.canonical(value)) & registry.credits(
            registry.canonical(fact.answer.split(" and ")[0])
        )
        if shared:
            return False  # "presented by A" is not surely false of another presenter
    return True


def _stated_elsewhere(
    swapped: str, fact: Fact, registry: Registry, related: SameVerb, figure: str = ""
) -> bool:
    """Return whether another fact of the same verb holds every name and figure of a statement.

    A figure swapped in is one of them however it is written: "ranked at number six" is not
    said by a fact that the subject "ranked at number seven" on the same chart.
    """
    parts = [fold(n) for n in registry.names_in(swapped)] + _NUMBER.findall(swapped)
    if figure:
        parts.append(figure)
    if not parts:
        return False
    verb = verb_of(fact)
    return any(
        related.facts[at].key != fact.key and related.verbs[at] == verb
        for at in related.saying(parts)
    )


def _one_part_apart(value: str, answer: str) -> bool:
    """Return whether two dates differ in their day or their month alone, not their year."""
    parts = [_date_parts(value), _date_parts(answer)]
    differ = [a != b for a, b in zip(*parts, strict=True)]
    return sum(differ) == 1 and not differ[2]


def _date_parts(date: str) -> tuple[str, str, str]:
    """Return a date's day, month and year as written ("" where it gives none)."""
    words = date.replace(",", " ").split()
    day = next((w for w in words if w.isdigit() and len(w) <= 2), "")
    month = next((w for w in words if w in MONTHS), "")
    year = next((w for w in words if w.isdigit() and len(w) == 4), "")
    return day, month, year


def _titled(name: str) -> bool:
    """Return whether a name opens with a title or a word for a relation ("Mr", "Aunt")."""
    first = name.split(" ", 1)[0]
    return len(name.split()) > 1 and (
        first.lower().rstrip(".") in HONORIFICS or gender_of_word(first) is not None
    )


def _singular(figure: str) -> bool:
    words = figure.replace(",", "").split()
    value = number_value(words[-1]) if words else None
    if value is None:
        value = next((number_value(w) for w in words if number_value(w) is not None), None)
    return value == 1


def _swap(statement: str, fact: Fact, value: str, registry: Registry) -> str | None:
    """Return the statement with its answer replaced by value, or None if it cannot be."""
    target, replacement = fact.answer, value
    if fact.answer_type in PEOPLE and " and " not in fact.answer:
        full = registry.canonical(fact.answer)
        if full != fact.answer and _count(statement, full) == 1:
            target, replacement = full, registry.canonical(value)
            if " " not in replacement:
                return None  # a full name beside a surname alone tells the statement false
    if _count(statement, target) != 1:
        return None
    found = re.search(rf"(?<![\w-]){re.escape(target)}(?![\w-])", statement)
    if found is None:
        return None
    before = statement[: found.start()]
    article = re.search(r"\b(a|an|A|An) $", before)
    if article:
        wanted = "an" if replacement[:1].lower() in "aeiou" else "a"
        if article.group(1)[0].isupper():
            wanted = wanted.capitalize()
        before = before[: article.start(1)] + wanted + " "
    swapped = before + replacement + statement[found.end() :]
    if statement[:1].isupper() and not swapped[:1].isupper():
        swapped = swapped[:1].upper() + swapped[1:]
    return swapped


def _count(text: str, name: str) -> int:
    if name not in text:
        return 0  # no pattern compiled for a name that is not there
    return len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))


def balance_truths(chosen: list[Candidate]) -> list[Candidate]:
    """Return the chosen questions with half the true or false statements stated false.

    Every statement is chosen in its true form, so selection judges the fact itself; here as
    many as can be (up to half of them) take their false form, those first whose fact hashes
    lowest, so the same pack comes out each time and one more fact flips at most one other.
    A false form already in the pack (two facts of one pair of roles swap into one statement)
    is left true. Where too few can be false (people whose gender the text does not show),
    the lowest-ranked true ones go past TRUE_PAST_FALSE more than the false ones, so always
    answering "true" does not pay.
    """
    statements = [c for c in chosen if c.question.kind is QuestionKind.TRUEFALSE]
    can_be_false = sorted(
        (c for c in statements if c.alternative is not None),
        key=lambda c: (zlib.crc32(f"truth|{c.fact.key}".encode()), c.question.id),
    )
    prompts = {fold(c.question.prompt) for c in chosen}
    flipped: dict[int, Candidate] = {}
    for candidate in can_be_false:
        if len(flipped) >= len(statements) // 2 or candidate.alternative is None:
            break
        prompt = fold(candidate.alternative.prompt)
        if prompt not in prompts:
            prompts.add(prompt)
            flipped[id(candidate)] = replace(candidate, question=candidate.alternative)
    true = sorted(
        (c for c in statements if id(c) not in flipped),
        key=lambda c: (-c.rank, c.question.id),
    )
    allowed = len(flipped) + max(1, int(TRUE_PAST_FALSE * len(flipped)))
    dropped = {id(c) for c in true[allowed:]}
    return [flipped.get(id(c), c) for c in chosen if id(c) not in dropped]

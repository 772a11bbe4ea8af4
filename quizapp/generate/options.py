"""Wrong options of the answer's own fine type, form and gender, and near but false numbers."""

from __future__ import annotations

import heapq
import re
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from quizapp.generate.grammar import MONTHS, NUMBER_WORDS, WORD_FOR_NUMBER
from quizapp.generate.names import (
    ACTOR,
    CHARACTER,
    COUNT,
    DATE,
    MONEY,
    MONTH,
    PEOPLE,
    PLACE,
    THING,
    YEAR,
    Registry,
    gender_of_word,
)
from quizapp.generate.shapes import Fact
from quizapp.packs.model import fold

WANTED = 3
# Candidates looked at for one question: a bounded slice of a pool keeps long texts linear.
WINDOW = 240
# Name particles and letters that mark a name's language: an option should not stand out by them.
_PARTICLES = frozenset(["de", "van", "von", "da", "di", "du", "le", "la", "del", "der", "dos"])
_WHICH = re.compile(
    r"\bwhich (?:[\w'-]+ ){0,3}?([\w'-]+) (?:was|were|is|are|did|does|do|has|have|had)\b",
    re.IGNORECASE,
)


@dataclass
class Pools:
    """Every answer the text offers, by fine type, in the order the text first gives them."""

    by_type: dict[str, list[str]] = field(default_factory=dict)
    sentence_of: dict[str, set[int]] = field(default_factory=dict)
    used: Counter[str] = field(default_factory=Counter)
    _members: dict[str, set[str]] = field(default_factory=dict)

    def add(self, kind: str, value: str, sentence: int) -> None:
        """Offer a value of a type, seen in a sentence."""
        members = self._members.setdefault(kind, set())
        if value not in members:
            members.add(value)
            self.by_type.setdefault(kind, []).append(value)
        self.sentence_of.setdefault(value, set()).add(sentence)

    def window(self, kind: str, seed: str) -> list[str]:
        """Return the pool of a type, or a stable slice of it where it is long."""
        values = self.by_type.get(kind, [])
        if len(values) <= WINDOW:
            return values
        start = zlib.crc32(seed.encode()) % len(values)
        return (values + values)[start : start + WINDOW]


def option_type(kind: str, value: str, registry: Registry) -> str:
    """Return the pool a value is offered from: a person's role, else the value's fine type.

    Actors are offered beside actors, characters beside characters, a director beside others
    who made the work, a president beside other office holders: never a place or a ship the
    tagger took for a person, nor a person whose role the text does not share.
    """
    if kind not in PEOPLE:
        return kind
    first = value.replace(", ", " and ").split(" and ")[0]
    if any(w[:1].islower() and w not in _PARTICLES for w in first.split()) or "'s " in first:
        return f"{kind}|described"  # "Mara's father Dov" is offered only beside its like
    if kind in (ACTOR, CHARACTER):
        return kind
    return registry.role(first)


def build_pools(facts: Iterable[Fact], registry: Registry) -> Pools:
    """Collect the answers of all facts and the typed names of the text into pools."""
    pools = Pools()
    for fact in facts:
        if fact.plural:
            pools.add(f"{fact.answer_type}|plural", fact.answer, fact.sentence)
        else:
            kind = option_type(fact.answer_type, fact.answer, registry)
            pools.add(kind, fact.answer, fact.sentence)
    topic = fold(registry.topic)
    for name in sorted(registry.mentions, key=lambda n: (-registry.mentions[n], n)):
        if registry.canonical(name) != name or fold(name) == topic:
            continue
        kind = registry.fine_type(name, THING)
        if kind == THING:
            continue
        pools.add(option_type(kind, name, registry), name, -1)
    return pools


def wrong_options(fact: Fact, pools: Pools, registry: Registry) -> list[str]:
    """Return up to three wrong options for a fact, plausible and never also true."""
    if fact.answer_type in (COUNT, MONEY):
        return _unstated(fact, _near_numbers(fact))
    if fact.answer_type == YEAR:
        return _near_years(fact, pools)
    if fact.answer_type in (DATE, MONTH):
        return _unstated(fact, _other_dates(fact, pools))
    kind = option_type(fact.answer_type, fact.answer, registry)
    candidates = pools.window(kind, fact.key)
    noun = _asked_noun(fact.prompt)
    called = registry.named_as(noun) if noun else set()
    if noun and fact.answer_type not in PEOPLE | {PLACE}:
        # "Which aircraft carrier ...?" is fair only beside other carriers the text names.
        candidates = [c for c in candidates if c in called]
    full_of: dict[str, str] = {}
    if fact.answer_type in PEOPLE and " " not in fact.answer:
        full_of = _short_forms(fact, candidates, registry)
        candidates = list(full_of)
    gender = fact.gender or (registry.gender(fact.answer) if fact.answer_type in PEOPLE else None)
    if fact.plural:
        return _plural_options(fact, candidates, registry, gender)
    answer = fold(fact.answer)
    prompt = fold(fact.prompt)
    topic = fold(registry.topic)
    initials = "".join(w[:1] for w in topic.split() if w not in ("the", "of", "and"))
    answer_words = {fold(w) for w in fact.answer.split()}
    form = _form(fact.answer)

    capitalised = fact.answer[:1].isupper()

    def fair(value: str) -> bool:
        folded = fold(value)
        if capitalised and not value[:1].isupper() or folded == initials:
            return False
        if folded == answer or folded in prompt or answer in folded or folded in answer:
            return False
        if any(fold(w) in answer_words for w in value.split() if len(w) > 3):
            return False
        if " and " in value or _form(value) != form:
            return False
        if topic and (folded in topic or topic in folded):
            return False
        person = full_of.get(value, value)
        if gender and fact.answer_type in PEOPLE and registry.gender(person) not in (None, gender):
            return False
        # Named in the fact itself, an option could be read as right.
        return not (fact.source and re.search(rf"\b{re.escape(value)}\b", fact.statement))

    def closeness(value: str) -> tuple[int, int, int, int, int, int, int, str]:
        return (
            _gender_rank(gender, full_of.get(value, value), registry, fact.answer_type),
            0 if not called or full_of.get(value, value) in called else 1,
            *_closeness(fact, value, registry),
            pools.used[value],
            zlib.crc32(f"{fact.key}|{value}".encode()) % 1000,
            value,
        )

    fitting = [c for c in candidates if fair(c)]
    chosen = _distinct(heapq.nsmallest(WANTED * 4, fitting, key=closeness))
    if len(chosen) < WANTED and len(fitting) > WANTED * 4:
        chosen = _distinct(sorted(fitting, key=closeness))
    pools.used.update(chosen)
    return chosen


def _distinct(ranked: list[str]) -> list[str]:
    """Return the first three options that share no word with each other."""
    chosen: list[str] = []
    taken: set[str] = set()
    for value in ranked:
        words = {fold(w) for w in value.split() if len(w) > 3} | {fold(value)}
        if words & taken:
            continue
        chosen.append(value)
        taken |= words
        if len(chosen) == WANTED:
            break
    return chosen


def _gender_rank(gender: str | None, value: str, registry: Registry, kind: str) -> int:
    """Order people of the answer's known gender before those whose gender the text hides."""
    if gender is None or kind not in PEOPLE:
        return 0
    return 0 if registry.gender(value) == gender else 1


def _asked_noun(prompt: str) -> str:
    """Return the noun a "which" question asks for ("Which aircraft carrier was ...": carrier)."""
    match = _WHICH.search(prompt)
    return match.group(1).lower() if match else ""


def _short_forms(fact: Fact, candidates: list[str], registry: Registry) -> dict[str, str]:
    """Return short names to offer beside a short answer, each with the full name it is of.

    A first name is offered beside a first name, a surname beside a surname.
    """
    full = registry.canonical(fact.answer)
    first = (full != fact.answer and full.split()[0] == fact.answer) or (
        full == fact.answer and fact.answer_type == CHARACTER
    )
    found: dict[str, str] = {}
    for value in candidates:
        words = value.split()
        if len(words) == 1:
            found.setdefault(value, value)
        elif " and " not in value and not gender_of_word(words[0]):
            found.setdefault(words[0] if first else words[-1], value)
    return found


def _plural_options(
    fact: Fact, candidates: list[str], registry: Registry, gender: str | None
) -> list[str]:
    """Return options for "A and B": pairs of other names of the same type, none of the answer's."""
    names = fact.answer.replace(", ", " and ").split(" and ")
    count = len(names)
    taken = {fold(n) for n in names}
    singles = [
        c
        for c in sorted(candidates, key=lambda c: _closeness(fact, c, registry) + (c,))
        if " and " not in c
        and "," not in c
        and fold(c) not in taken
        and fold(c) not in fold(fact.prompt)
        and _form(c) == _form(names[-1])
        and (fact.answer_type not in PEOPLE or registry.gender(c) in (None, gender))
    ]
    options = []
    for start in range(0, len(singles) - count + 1, count):
        group = singles[start : start + count]
        options.append(
            " and ".join(group) if count == 2 else f"{group[0]}, {group[1]} and {group[2]}"
        )
        if len(options) == WANTED:
            break
    return options if len(options) == WANTED else []


def _form(value: str) -> tuple[bool, bool]:
    """Return what a player sees of an option's form: digits in it, a capitalised name."""
    words = value.split()
    name = 1 < len(words) <= 4 and all(
        w[:1].isupper() for w in words if w.lower() not in ("de", "of", "and", "the", "la", "le")
    )
    numeric = any(c.isdigit() for c in value) or any(w.lower() in NUMBER_WORDS for w in words)
    return numeric, name


def _style(value: str) -> tuple[bool, bool, bool]:
    """Return what makes a name stand out: a title, a particle, letters beyond plain English."""
    words = value.split()
    titled = len(words) > 1 and bool(gender_of_word(words[0]))
    particle = any(w in _PARTICLES for w in words[1:-1])
    accented = any(ord(c) > 127 and c.isalpha() for c in value)
    return titled, particle, accented


def _closeness(fact: Fact, value: str, registry: Registry) -> tuple[int, int, int]:
    """Order options: the same form first, then the same style, then people with a job alike."""
    form = abs(len(value.split()) - len(fact.answer.split()))
    style = sum(a != b for a, b in zip(_style(value), _style(fact.answer), strict=True))
    same_kind = 0 if (value in registry.holders) == (fact.answer in registry.holders) else 1
    return (form, style, same_kind)


def _unstated(fact: Fact, options: list[str]) -> list[str]:
    """Drop options the fact's own sentence states: they could be read as right."""
    statement = fold(fact.statement)
    return [
        o for o in options if not re.search(rf"(?<![\w.,]){re.escape(fold(o))}(?!\w)", statement)
    ]


def _near_numbers(fact: Fact) -> list[str]:
    """Return numbers near the answer in its own form, all false even under a bound."""
    match = re.search(r"(\d[\d,]*(?:\.\d+)?)", fact.answer)
    words = fact.answer.split()
    if words and words[0].lower() in ("a", "an"):
        return []
    if match is None:
        value = NUMBER_WORDS.get(words[-1].lower()) if words else None
        if value is None:
            return []
        options = _steps(value, fact.bound, whole=True)
        as_words = [WORD_FOR_NUMBER.get(int(o)) for o in options]
        found = [" ".join([*words[:-1], w]) for w in as_words if w]
        return _match_case(found, words[-1])[:WANTED]
    digits = match.group(1)
    value_number = float(digits.replace(",", ""))
    whole = "." not in digits
    options = _steps(value_number, fact.bound, whole=whole and value_number >= 1)
    found = []
    for option in options:
        text = _format_like(option, digits)
        if text == digits:
            continue
        found.append(fact.answer[: match.start()] + text + fact.answer[match.end() :])
    return list(dict.fromkeys(found))[:WANTED]


def _steps(value: float, bound: str, whole: bool) -> list[float]:
    if bound in ("over", "more", "than", "least"):
        factors = [2.0, 3.0, 5.0]
    elif bound in ("under", "fewer", "less", "up", "to"):
        factors = [0.5, 0.3, 0.2]
    elif bound:
        factors = [0.5, 2.0, 3.0]
    elif value < 10:
        offsets = [v for v in (value + 1, value + 2, value - 1, value + 3) if v > 0]
        return offsets
    else:
        factors = [0.75, 1.5, 1.25, 0.5, 2.0]
    result = []
    for factor in factors:
        option = value * factor
        if whole:
            option = float(round(option))
            if value >= 100:
                magnitude = 10 ** (len(str(int(value))) - 2)
                option = float(round(option / magnitude) * magnitude)
        else:
            option = round(option, 1)
        if option != value and option > 0:
            result.append(option)
    return result


def _format_like(value: float, example: str) -> str:
    if "." in example:
        return f"{value:.{len(example.split('.')[1])}f}"
    if "," in example:
        return f"{int(value):,}"
    return str(int(value))


def _match_case(options: list[str], example: str) -> list[str]:
    if example[:1].isupper():
        return [o[:1].upper() + o[1:] for o in options]
    return options


def _near_years(fact: Fact, pools: Pools) -> list[str]:
    """Return years near the answer, none stated in the fact and none its logic rules out.

    Where the fact's sentence names other years all before the answer ("opened in 1907 and
    closed in 1911"), the options come after them too, and the other way round.
    """
    year = int(fact.answer)
    sentence = f"{fact.source} {fact.slot}"
    stated = {int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", sentence)} - {year}
    low, high = -(10**6), 10**6
    if stated and max(stated) < year:
        low = max(stated)
    elif stated and min(stated) > year:
        high = min(stated)

    def allowed(y: int) -> bool:
        return y != year and y not in stated and low < y < high

    others = sorted(
        (int(y) for y in pools.by_type.get(YEAR, [])[:WINDOW] if y.isdigit() and allowed(int(y))),
        key=lambda y: (abs(y - year), y),
    )
    chosen = [y for y in others if abs(y - year) <= 12][:WANTED]
    step = 1
    while len(chosen) < WANTED and step < 40:
        for candidate in (year + step, year - step):
            if candidate not in chosen and allowed(candidate) and len(chosen) < WANTED:
                chosen.append(candidate)
        step += 1
    return [str(y) for y in chosen]


def _other_dates(fact: Fact, pools: Pools) -> list[str]:
    """Return other dates of the same form: shifted by a year, a month or some days."""
    words = fact.answer.replace(",", "").split()
    shape = _date_shape(words)
    if shape is None:
        return []
    chosen: list[str] = []
    for other in pools.by_type.get(fact.answer_type, []):
        if other != fact.answer and _date_shape(other.replace(",", "").split()) == shape:
            chosen.append(other)
    seed = zlib.crc32(fact.answer.encode())
    shifts = [(1, 0, 0), (0, 2, 0), (-1, 0, 5), (0, -3, 0), (2, 0, -3)]
    for years, months, days in shifts[seed % 2 :]:
        if len(chosen) >= WANTED:
            break
        candidate = _shift(words, shape, years, months, days, fact.answer)
        if candidate and candidate != fact.answer and candidate not in chosen:
            chosen.append(candidate)
    return chosen[:WANTED]


def _date_shape(words: list[str]) -> str | None:
    kinds = []
    for word in words:
        if word in MONTHS:
            kinds.append("M")
        elif word.isdigit() and len(word) == 4:
            kinds.append("Y")
        elif word.isdigit() and len(word) <= 2:
            kinds.append("D")
        else:
            return None
    return "".join(kinds)


def _shift(
    words: list[str], shape: str, years: int, months: int, days: int, original: str
) -> str | None:
    out = []
    for word, kind in zip(words, shape, strict=True):
        if kind == "Y":
            out.append(str(int(word) + years))
        elif kind == "M":
            out.append(MONTHS[(MONTHS.index(word) + months) % 12])
        else:
            day = int(word) + days
            out.append(str(min(max(day, 1), 28)))
    text = " ".join(out)
    if "," in original and shape == "MDY":
        text = f"{out[0]} {out[1]}, {out[2]}"
    return text

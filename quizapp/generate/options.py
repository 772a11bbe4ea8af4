"""Wrong options of the answer's own fine type, form and gender, and near but false numbers."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from quizapp.generate.grammar import MONTHS, NUMBER_WORDS, WORD_FOR_NUMBER
from quizapp.generate.names import (
    COUNT,
    DATE,
    MONEY,
    MONTH,
    PEOPLE,
    THING,
    YEAR,
    Registry,
)
from quizapp.generate.shapes import Fact
from quizapp.packs.model import fold

WANTED = 3


@dataclass
class Pools:
    """Every answer the text offers, by fine type, in the order the text first gives them."""

    by_type: dict[str, list[str]] = field(default_factory=dict)
    sentence_of: dict[str, set[int]] = field(default_factory=dict)

    def add(self, kind: str, value: str, sentence: int) -> None:
        """Offer a value of a type, seen in a sentence."""
        values = self.by_type.setdefault(kind, [])
        if value not in values:
            values.append(value)
        self.sentence_of.setdefault(value, set()).add(sentence)


def build_pools(facts: Iterable[Fact], registry: Registry) -> Pools:
    """Collect the answers of all facts and the typed names of the text into pools."""
    pools = Pools()
    for fact in facts:
        pools.add(_pool_type(fact.answer_type), fact.answer, fact.sentence)
    for name in sorted(registry.mentions, key=lambda n: (-registry.mentions[n], n)):
        if registry.canonical(name) != name or fold(name) == fold(registry.topic):
            continue
        kind = registry.fine_type(name, THING)
        if kind == THING:
            continue
        pools.add(_pool_type(kind), name, -1)
    return pools


def _pool_type(kind: str) -> str:
    return kind


def wrong_options(fact: Fact, pools: Pools, registry: Registry) -> list[str]:
    """Return up to three wrong options for a fact, plausible and never also true."""
    if fact.answer_type in (COUNT, MONEY):
        return _near_numbers(fact)
    if fact.answer_type == YEAR:
        return _near_years(fact, pools)
    if fact.answer_type in (DATE, MONTH):
        return _other_dates(fact, pools)
    candidates = list(pools.by_type.get(fact.answer_type, []))
    if fact.answer_type in PEOPLE and " " not in fact.answer:
        # A surname asks for surnames: "Vell" among "Pask" and "Orrin".
        candidates = [c.split()[-1] for c in candidates if " " in c and " and " not in c]
    if fact.plural:
        return _plural_options(fact, candidates, registry)
    answer = fold(fact.answer)
    prompt = fold(fact.prompt)
    taken = {answer} | {fold(w) for w in fact.answer.split()}
    chosen: list[str] = []
    ranked = sorted(candidates, key=lambda c: _closeness(fact, c, registry))
    for value in ranked:
        folded = fold(value)
        if folded in taken or folded in prompt or answer in folded or folded in answer:
            continue
        if any(fold(w) in taken for w in value.split() if len(w) > 3):
            continue
        if fact.plural != (" and " in value) or _form(value) != _form(fact.answer):
            continue
        if folded in fold(registry.topic) or fold(registry.topic) in folded:
            continue
        if fact.answer_type in PEOPLE and not _same_gender(fact, value, registry):
            continue
        if fact.source and re.search(rf"\b{re.escape(value)}\b", fact.statement):
            continue  # named in the fact itself: could be read as right
        chosen.append(value)
        taken.add(folded)
        if len(chosen) == WANTED:
            break
    if fact.plural and len(chosen) < WANTED:
        return []
    return chosen


def _plural_options(fact: Fact, candidates: list[str], registry: Registry) -> list[str]:
    """Return options for "A and B": pairs of other names of the same type, none of the answer's."""
    count = len(fact.answer.replace(", ", " and ").split(" and "))
    taken = {fold(n) for n in fact.answer.replace(", ", " and ").split(" and ")}
    singles = [
        c
        for c in sorted(candidates, key=lambda c: _closeness(fact, c, registry))
        if " and " not in c
        and "," not in c
        and fold(c) not in taken
        and fold(c) not in fold(fact.prompt)
        and _form(c) == _form(fact.answer.split(" and ")[-1])
        and (fact.answer_type not in PEOPLE or _same_gender(fact, c, registry))
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


def _closeness(fact: Fact, value: str, registry: Registry) -> tuple[int, int, int, str]:
    """Order options: the same form first, then people with a job for a person with one.

    Then a stable shuffle per fact, so the same few names do not stand beside every answer.
    """
    form = abs(len(value.split()) - len(fact.answer.split()))
    stable = zlib.crc32(f"{fact.key}|{value}".encode()) % 1000
    same_kind = 0 if (value in registry.holders) == (fact.answer in registry.holders) else 1
    return (form, same_kind, stable, value)


def _same_gender(fact: Fact, value: str, registry: Registry) -> bool:
    mine = fact.gender
    theirs = registry.gender(value)
    return mine is None or theirs is None or mine == theirs


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
    year = int(fact.answer)
    others = sorted(
        (int(y) for y in pools.by_type.get(YEAR, []) if y.isdigit() and int(y) != year),
        key=lambda y: (abs(y - year), y),
    )
    chosen = [y for y in others if abs(y - year) <= 12][:WANTED]
    step = 1
    while len(chosen) < WANTED:
        for candidate in (year + step, year - step):
            if candidate not in chosen and len(chosen) < WANTED:
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

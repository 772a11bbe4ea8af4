"""Wrong options of the same type and form as the answer, taken from the text first."""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizapp.generate.facts import Fact
from quizapp.generate.registry import Registry
from quizapp.generate.spans import DATE_RE, PEOPLE, Pool
from quizapp.generate.words import (
    MONTHS,
    ORDINALS,
    WORD_FOR_NUMBER,
    capitalise,
    contains_phrase,
    fold_cached,
    number_value,
)

WANTED = 3
# A date from the text makes a good wrong option only if it is close enough to be plausible.
_NEAR_MONTHS = 24
_WINDOW = 12
# Where to look for more names when an answer's own pool is too small, nearest kin first.
_KIN = {
    Pool.CREW: (Pool.CRITIC, Pool.PERSON),
    Pool.CRITIC: (Pool.PERSON, Pool.CREW),
    Pool.PERSON: (Pool.CREW, Pool.CRITIC),
    Pool.ACTOR: (),
    Pool.CHARACTER: (),
}


def answers_by_pool(facts: list[Fact]) -> dict[Pool, list[str]]:
    """Return the answers of all facts grouped by pool, once per text, in text order."""
    found: dict[Pool, list[str]] = {}
    for fact in facts:
        if fact.direct:
            found.setdefault(fact.pool, []).append(fact.answer)
    return {pool: list(dict.fromkeys(answers)) for pool, answers in found.items()}


def wrong_options(fact: Fact, registry: Registry, answers: dict[Pool, list[str]]) -> list[str]:
    """Return up to three wrong options for a fact, never a true answer or a word of the prompt.

    Args:
        fact: The fact asked about.
        registry: The typed names of the whole text.
        answers: The answers of every fact by pool, from `answers_by_pool`.
    """
    if fact.pool in PEOPLE:
        found = _names(fact, registry)
    elif fact.pool in (Pool.TITLE, Pool.PLACE, Pool.ORG, Pool.ROLE):
        found = _things(fact, registry, answers)
    else:
        found = _numeric(fact, answers)
    return _keep(fact, registry, found)


def _keep(fact: Fact, registry: Registry, found: Iterable[str]) -> list[str]:
    banned = {fold_cached(fact.answer), fold_cached(registry.canonical(fact.answer))}
    banned.update(fold_cached(o) for o in fact.others)
    banned.update(fold_cached(registry.canonical(o)) for o in fact.others)
    prompt = fold_cached(fact.prompt)
    kept: list[str] = []
    for option in found:
        folded = fold_cached(option)
        full = fold_cached(registry.canonical(option))
        if folded in banned or full in banned or not folded:
            continue
        if contains_phrase(prompt, folded):
            continue
        kept.append(option)
        banned.update((folded, full))
        if len(kept) == WANTED:
            break
    return kept


def _names(fact: Fact, registry: Registry) -> list[str]:
    answer = fact.answer
    full = registry.canonical(answer)
    words = full.split()
    if answer == full and len(words) > 1:
        form = "full"
    elif answer == full:
        # A one-word name: characters often go by a first name, other people by a surname.
        form = "single" if fact.pool is Pool.CHARACTER else "single-last"
    else:
        form = "first" if answer == words[0] else "last"
    anchor = registry.first_seen.get(full, fact.sentence.index)
    pools = (fact.pool, *_KIN.get(fact.pool, ()))
    found: list[str] = []
    for pool in pools:
        # Only names near the answer in the text: the cost stays flat however long the text.
        names = registry.names_near(pool, anchor, _WINDOW)
        names.sort(key=lambda n: (_form_gap(n, form), abs(registry.first_seen[n] - anchor), n))
        found.extend(_in_form(n, form) for n in names)
    return found


def _form_gap(name: str, form: str) -> int:
    single = len(name.split()) == 1 or name.split()[0] in ("Mr", "Mrs", "Ms", "Dr")
    if form == "full":
        return 1 if single else 0
    return 0 if single else 1


def _in_form(name: str, form: str) -> str:
    words = name.split()
    if len(words) == 1 or words[0] in ("Mr", "Mrs", "Ms", "Dr"):
        return name
    if form == "first":
        return words[0]
    if form in ("last", "single-last"):
        return words[-1]
    return name


def _things(fact: Fact, registry: Registry, answers: dict[Pool, list[str]]) -> list[str]:
    found = list(fact.options)
    if fact.pool is Pool.ROLE:
        roles = answers.get(Pool.ROLE, [])[:_WINDOW]
        found += sorted(roles, key=lambda r: (r.split()[-1] != fact.answer.split()[-1], r))
        return found
    anchor = registry.first_seen.get(fact.answer, fact.sentence.index)
    names = registry.names_near(fact.pool, anchor, _WINDOW)
    if fact.pool is Pool.TITLE:
        head = registry.title_heads.get(fact.answer)
        names.sort(key=lambda n: (registry.title_heads.get(n) != head, n))
        names = [n for n in names if registry.title_heads.get(n) == head]
    found += names
    return found


def _numeric(fact: Fact, answers: dict[Pool, list[str]]) -> list[str]:
    answer = fact.answer
    if fact.pool is Pool.DATE:
        return _dates(answer, answers.get(Pool.DATE, []))
    if fact.pool is Pool.TIME:
        hours, minutes = (int(p) for p in answer.split(":"))
        shifted = [(hours - 1) % 24, (hours + 1) % 24]
        width = len(answer.split(":")[0])
        found = [f"{h:0{width}d}:{minutes:02d}" for h in shifted]
        return [*found, f"{hours:0{width}d}:{(minutes + 30) % 60:02d}"]
    if fact.pool is Pool.ORDINAL:
        return _ordinals(answer)
    if fact.pool is Pool.RATING:
        return _ratings(answer)
    if fact.pool is Pool.YEAR:
        year = int(answer)
        return [str(year + d) for d in (1, -1, 2, -2)]
    return _counts(answer)


def _dates(answer: str, dates: list[str]) -> list[str]:
    """Return dates of the same form near the answer: the text's own first, then made ones."""
    month, year = _month_year(answer)
    if month is None or year is None:
        return []
    prefix = answer[: answer.index(MONTHS[month])]
    target = _months(answer)

    def near(candidates: list[str]) -> list[str]:
        same_form = [
            d
            for d in dict.fromkeys(candidates)
            if d != answer
            and _month_year(d)[0] is not None
            and d[:1].isdigit() == answer[:1].isdigit()
            and abs(_months(d) - target) <= _NEAR_MONTHS
        ]
        return sorted(same_form, key=lambda d: (abs(_months(d) - target), d))

    made = []
    for months in (3, -3, 12, -12, 6, -6):
        total = year * 12 + month + months
        made.append(f"{prefix}{MONTHS[total % 12]} {total // 12}")
    return near(dates[:_WINDOW]) + near(made)


def _month_year(text: str) -> tuple[int | None, int | None]:
    match = DATE_RE.search(text)
    if match is None:
        return None, None
    month = next(i for i, m in enumerate(MONTHS) if m in match.group(0))
    year = int(re.findall(r"[0-9]{4}", match.group(0))[0])
    return month, year


def _months(text: str) -> int:
    month, year = _month_year(text)
    return (year or 0) * 12 + (month or 0)


def _ordinals(answer: str) -> list[str]:
    match = re.search(r"\b(" + "|".join(ORDINALS) + r")\b", answer, re.IGNORECASE)
    if match is None:
        return []
    position = ORDINALS.index(match.group(1).lower())
    picks = [p for p in (position - 2, position - 1, position + 1, position + 2) if p >= 0]
    picks.sort(key=lambda p: (abs(p - position), p))
    found = []
    for pick in picks:
        word = ORDINALS[pick]
        if match.group(1)[0].isupper():
            word = capitalise(word)
        found.append(answer[: match.start(1)] + word + answer[match.end(1) :])
    return found


def _ratings(answer: str) -> list[str]:
    words = re.fullmatch(r"(\w+) out of (\w+)", answer)
    if words is not None:
        top = number_value(words.group(2)) or 5
        given = number_value(words.group(1)) or top
        spelled = not words.group(1).isdigit()
        found = []
        for value in sorted(range(1, top + 1), key=lambda v: (abs(v - given), -v)):
            shown = WORD_FOR_NUMBER.get(value, str(value)) if spelled else str(value)
            found.append(f"{shown} out of {words.group(2)}")
        return found
    slash = re.fullmatch(r"([0-9.]+)/([0-9]+)", answer)
    if slash is None:
        return []
    top, scored = int(slash.group(2)), float(slash.group(1))
    values = sorted(range(1, top + 1), key=lambda v: (abs(v - scored), -v))
    return [f"{v}/{top}" for v in values]


def _counts(answer: str) -> list[str]:
    match = re.fullmatch(r"(?P<qual>(?:[A-Za-z]+ )*?)(?P<num>[0-9][0-9,]*|[A-Za-z]+)", answer)
    if match is None:
        return []
    qualifier, token = match.group("qual"), match.group("num")
    value = number_value(token)
    if value is None:
        return []
    if value >= 100 and qualifier:
        # "More than 5,000" is a round figure: its neighbours are round figures too.
        steps = [value // 2, value * 2, value * 5, value // 10]
    elif value >= 100:
        steps = [round(value * 0.75), round(value * 1.25), round(value * 1.5), value // 2]
    elif value >= 10 and qualifier:
        steps = [value // 2, value * 2, value + value // 2, value * 3]
    else:
        # Never one: "one mornings" would give a false statement away by its grammar.
        steps = [value - 1, value + 1, value + 2, value + 3, value - 2]
        steps = [s for s in steps if s > 1]
    found = []
    for step in steps:
        if step <= 0 or step == value:
            continue
        if token.isdigit() or "," in token or step not in WORD_FOR_NUMBER:
            shown = f"{step:,}" if "," in token else str(step)
        else:
            shown = WORD_FOR_NUMBER[step]
            shown = capitalise(shown) if token[0].isupper() else shown
        text = f"{qualifier}{shown}"
        found.append(capitalise(text) if answer[0].isupper() else text)
    return found

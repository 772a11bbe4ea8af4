"""Checks and extras on a worded question: does it stand alone, what else counts as right."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import replace
from importlib import resources
from typing import Final

from quizapp.core.matching import normalise
from quizapp.generate.grammar import (
    COMPANY_WORDS,
    HEDGE_WORDS,
    HONORIFICS,
    MONTHS,
    NAME_PARTICLES,
    NUMBER_WORDS,
    ORDINALS,
    POINTING_WORDS,
    VESSEL_PREFIXES,
    WATER_WORDS,
    WORD_FOR_NUMBER,
    digits,
    number_value,
    number_words,
)
from quizapp.generate.names import (
    ACTOR,
    CHARACTER,
    COUNT,
    DATE,
    MONEY,
    MONTH,
    ORG,
    PEOPLE,
    PLACE,
    SITE,
    THING,
    TIME,
    TITLE,
    YEAR,
    Registry,
)
from quizapp.generate.shapes import Fact
from quizapp.packs.model import fold

# Verbs that say which part of making and receiving a work a fact is about.
CATEGORY_VERBS: Final = {
    "Production": frozenset(
        [
            "create",
            "write",
            "produce",
            "direct",
            "film",
            "shoot",
            "design",
            "build",
            "commission",
            "develop",
            "edit",
            "launch",
            "make",
            "plan",
            "conceive",
            "adapt",
        ]
    ),
    "Reception": frozenset(
        [
            "review",
            "rate",
            "praise",
            "win",
            "award",
            "nominate",
            "watch",
            "view",
            "describe",
            "name",
            "rank",
            "average",
            "score",
            "receive",
        ]
    ),
    "Music": frozenset(["compose", "sing", "perform", "record", "open"]),
}
TYPE_CATEGORIES: Final = {
    ACTOR: "Cast",
    CHARACTER: "Characters",
    PLACE: "Places",
    SITE: "Places",
    DATE: "Dates",
    YEAR: "Dates",
    MONTH: "Dates",
    TIME: "Dates",
    COUNT: "Numbers",
    MONEY: "Numbers",
    TITLE: "Titles",
    ORG: "Organisations",
}


# An opening event whose group a pronoun after it stands for: "When the crew was picked up,
# who welcomed them home?".
_EVENT_BOUND: Final = re.compile(
    r"^(When (?:the|[\w' ]+'s?) \w+ (?:was|were) [^,?]+, [^?]*?)\b(?:them|they)\b"
)


_TITLE_BOUND: Final = re.compile(r'^(When [^?]*"[^"?]+", who (?:is|are) )(?:it|they)( by\?)$')


def stands_alone(prompt: str, answer: str) -> bool:
    """Return whether a prompt names all it needs and does not give its answer away."""
    # "When was it announced that ...": "it" stands for the clause that follows, not for
    # something the prompt leaves unnamed.
    expletive = re.sub(r"\b(was|is) it (?=\w+ed that\b)", r"\1 ", prompt, flags=re.IGNORECASE)
    # "When the crew was picked up, who welcomed them home?": "them" is the group the
    # opening event names.
    expletive = _EVENT_BOUND.sub(r"\1", expletive)
    # 'When the first act opens to "Pale Kestrel", who is it by?': "it" is the title before it.
    expletive = _TITLE_BOUND.sub(r"\1\2", expletive)
    words = re.findall(r"[\w'-]+", expletive.lower())
    # "their" is kept by the reading only where it stands for the answer or a plural subject;
    # "its" is kept only where the question names the subject it stands for.
    if any(w in POINTING_WORDS and w not in ("their", "its") for w in words):
        return False
    unhyphened = fold(prompt).replace("-", " ")  # "Vesh-Tor" is told by "Vesh Tor"
    # Each pattern is looked for as plain text first: a pattern made for one name is compiled
    # only where the name is there, which keeps long texts from compiling one per question.
    told = fold(answer).replace("-", " ")
    if told in unhyphened and re.search(rf"\b{re.escape(told)}\b", unhyphened):
        return False
    # A word of a name gives it away as a name ("Brisk"), not as a common noun ("the baker").
    for part in (w for w in answer.split() if len(w) > 3 and w[:1].isupper()):
        if part in prompt and re.search(rf"\b{re.escape(part)}\b", prompt):
            return False
        spaced = part.replace("-", " ")
        if "-" in part and spaced in prompt and re.search(rf"\b{re.escape(spaced)}\b", prompt):
            return False
    return prompt.endswith("?") and 3 <= len(words) <= 30


# The words a "which" or "what" question asks with, up to its verb or a preposition: "which
# launch complex was", "which park in".
_ASKED_WITH: Final = re.compile(
    r"\b(?:which|what)((?: [\w'-]+){1,4}?)(?:\?| "
    r"(?:was|were|is|are|did|does|do|has|have|had|would|could|will|can|\w+ed"
    r"|in|of|on|at|for|by|from|to|with)\b)",
    re.IGNORECASE,
)


def defined_by_its_words(prompt: str, answer: str) -> bool:
    """Return whether a prompt holds a word of the name it asks for, as a common noun.

    "What title is given to the fastest rower of each race?" half says "Gold Rower": the name
    is made of the prompt's own words, so "The fastest rower of each race is named Gold Rower"
    is no statement to judge true or false. The noun a question asks with is no giveaway:
    "Which bay ...?" is asked of "Vesh Bay".
    """
    asked = _ASKED_WITH.search(prompt)
    kind = set(_words(asked.group(1))) if asked else set()
    said = set(_words(prompt)) - kind
    return any(w.lower() in said for w in answer.split() if len(w) > 3 and w[:1].isupper())


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'-]+", text.lower())


def category(fact: Fact) -> str:
    """Return the category a fact belongs to, from its shape, verb and answer type."""
    if fact.shape.startswith("cast"):
        return "Cast"
    verb = fact.key.split("|", 1)[0]
    for name, verbs in CATEGORY_VERBS.items():
        if verb in verbs:
            return name
    if fact.answer_type in PEOPLE:
        return "People"
    return TYPE_CATEGORIES.get(fact.answer_type, "General")


def with_its_guess(fact: Fact) -> Fact:
    """Return a fact whose figure keeps the "or so" the text gives it.

    "A dozen or so rowers compete" does not say twelve exactly, so the answer is "a dozen or
    so", not "a dozen" (which is also accepted when typed).
    """
    if fact.answer_type not in (COUNT, MONEY):
        return fact
    figure = re.sub(r",? or$", "", fact.answer)  # the parser may cut "a dozen or | so"
    guessed = re.search(rf"\b{re.escape(figure)}(,? or so)\b", fact.source, re.IGNORECASE)
    if guessed is None:
        return fact
    answer = figure + guessed.group(1).lstrip(",")
    first = answer.split(" ", 1)[0].lower()
    if first in NUMBER_WORDS or first in ("a", "an"):
        answer = answer[:1].lower() + answer[1:]  # "A dozen", "Twenty" opened its sentence
    return replace(fact, answer=answer)


# A time of day with the zone the text gives it: "21:40 GMT", "6.45 CET".
_ZONED: Final = re.compile(r"\d{1,2}[:.]\d{2} ([A-Z]{2,5})$")
# The words that ask for a time of day, where its zone goes: "At what time (GMT) did ...?".
_ASKING_TIME: Final = re.compile(r"\b(?:[Aa]t what time|[Ww]hat was the time|[Ww]hat time)\b")


def with_its_zone(fact: Fact) -> Fact:
    """Return a fact whose question for a time of day says the zone its answer is in.

    "At what time did the ferry leave?" -> 06:45 GMT leaves a player guessing which clock:
    "At what time (GMT) did the ferry leave?"; the typed answer also counts without it.
    """
    zoned = _ZONED.search(fact.answer) if fact.answer_type == TIME else None
    if zoned is None or zoned.group(1) in fact.prompt:
        return fact
    zone = f" ({zoned.group(1)})"
    prompt = _ASKING_TIME.sub(lambda m: m.group() + zone, fact.prompt, count=1)
    insitu = _ASKING_TIME.sub(lambda m: m.group() + zone, fact.insitu, count=1)
    return replace(fact, prompt=prompt, insitu=insitu)


def accepted_answers(fact: Fact, registry: Registry | None = None) -> list[str]:
    """Return other answers a typed question accepts, each a fair way to say its answer.

    A person by surname, without a title or middle initial, by a nickname or by any short
    form the text itself uses; names listed together in either order; a company without
    "Films", a ship without "HMS", a river without "River", a country by its usual short
    forms; a figure without its hedge ("just two days" -> "two days", "2 days", "2"), in digits
    or words; an ordinal as "third", "3rd", "3" or "episode 3"; a date in the other order; a
    time without its zone. Alternates the answer matcher would not use (a bare possessive) or
    that say the same as the answer are left out.
    """
    answer = fact.answer
    accept: list[str] = []
    listed = [n for n in re.split(r", | and ", answer) if n]
    if fact.answer_type in PEOPLE and len(listed) == 2:
        surnames = [_person_forms(n, registry)[0] if " " in n else n for n in listed]
        accept += [f"{listed[1]} and {listed[0]}", " and ".join(surnames)]
        accept.append(f"{surnames[1]} and {surnames[0]}")
    elif fact.answer_type in PEOPLE and len(listed) == 1:
        accept += _person_forms(answer, registry)
    elif fact.answer_type == ORG or fact.answer_type in (THING, TITLE, PLACE, SITE):
        accept += _name_forms(answer)
    if fact.answer_type in (DATE, YEAR, MONTH):
        accept += _date_forms(answer)
    elif fact.answer_type != TIME:
        accept += _figure_forms(answer, fact)
        if answer.endswith(" or so"):  # the figure without its guess counts too
            bare = answer.removesuffix(" or so")
            accept += [bare, *_figure_forms(bare, fact)]
    if fact.answer_type == TIME:
        accept += _clock_forms(answer)
    if "-" in answer:
        accept.append(answer.replace("-", " "))  # "Vesh-Tor" typed as "Vesh Tor"
    return _distinct(answer, accept)


def _distinct(answer: str, accept: list[str]) -> list[str]:
    """Return alternates that differ from the answer and each other as the matcher reads them."""
    seen = {normalise(answer)}
    kept: list[str] = []
    for alternate in accept:
        key = normalise(alternate)
        if not key or key in seen or re.fullmatch(r"\S+'s", alternate.strip()):
            continue
        seen.add(key)
        kept.append(alternate)
    return kept


def _person_forms(name: str, registry: Registry | None) -> list[str]:
    """Return a person's surname first, then the name without title, initials or nickname."""
    nickname = re.search(r'"([^"]+)"', name)
    plain = " ".join(re.sub(r'"[^"]*"', " ", name).split())
    words = plain.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]  # "Governor Ada Venn" -> "Ada Venn"
    forms = [words[-1]] if len(words) >= 2 else []
    if len(words) >= 3 and words[-2].lower() in NAME_PARTICLES:
        forms.append(" ".join(words[-2:]))  # "Ivo de Vane" by surname: "de Vane"
    forms.append(" ".join(words))
    bare = [w for w in words if not re.fullmatch(r"[A-Z]\.?", w)]
    forms.append(" ".join(bare))  # "Ivo K. Vane" -> "Ivo Vane"
    if nickname:
        forms.append(f"{nickname.group(1)} {words[-1]}")  # 'Ivo "Ace" Vane' -> "Ace Vane"
    if registry is not None:
        full = registry.canonical(name)
        if full != name:
            # The text named them in full elsewhere: "Vane" is also typed "Ivo Vane".
            forms += _person_forms(full, None)
        forms += registry.short_names.get(full, [])
    return forms


# A code that ends a name and tells it apart on its own: "12B", "A7"; not a plain number.
_CODE: Final = re.compile(r"(?=\w*\d)(?=\w*[A-Z])[A-Z0-9]{2,6}")


def _clock_forms(answer: str) -> list[str]:
    """Return a time of day as a player may type it: "06:45 GMT" -> "06:45", "6:45", "0645"."""
    clock = re.match(r"(\d{1,2})[:.](\d{2})", answer)
    if clock is None:
        return []
    hours, minutes = clock.groups()
    return [clock.group(), f"{int(hours)}:{minutes}", f"{int(hours):02d}{minutes}"]


def _name_forms(name: str) -> list[str]:
    """Return a name without the words a player may leave out: "Vesh Films" -> "Vesh".

    An owner before the name goes too: "the Vesh Guild's Oar Store" -> "Oar Store".
    """
    words = name.split()
    forms: list[str] = []
    if len(words) >= 3 and words[-1].lower() in COMPANY_WORDS:
        forms.append(" ".join(words[:-1]))  # "Vesh Gull Films"; not "Vesh" of "Vesh Films"
    if len(words) >= 2 and words[-1].lower() in WATER_WORDS:
        forms.append(" ".join(words[:-1]))
    last = words[-1].lower() if words else ""
    if len(words) >= 2 and words[-1] in _ROMAN:
        forms.append(" ".join([*words[:-1], str(_ROMAN.index(words[-1]) + 1)]))  # "Gull V"
    if len(words) >= 2 and last in NUMBER_WORDS:
        forms.append(" ".join([*words[:-1], str(NUMBER_WORDS[last])]))  # "Gate Nine" -> "Gate 9"
    elif len(words) >= 2 and last.isdigit() and int(last) in WORD_FOR_NUMBER:
        forms.append(" ".join([*words[:-1], WORD_FOR_NUMBER[int(last)].title()]))
    if len(words) >= 2 and words[0].lower() in VESSEL_PREFIXES:
        forms.append(" ".join(words[1:]))
    if len(words) >= 2 and _CODE.fullmatch(words[-1]):
        forms.append(words[-1])  # "Vesh Pad 12B" is "12B" to anyone who knows it
    owner = next((i for i, w in enumerate(words[:-2]) if w.endswith("'s")), None)
    if owner is not None:
        forms.append(" ".join(words[owner + 1 :]))  # "Vesh Guild's Oar Store"
    forms += short_forms().get(name.removeprefix("the "), ())
    return forms


@functools.cache
def short_forms() -> dict[str, tuple[str, ...]]:
    """Return the short forms of country names players write, from the package's table."""
    table = json.loads(resources.files(__package__).joinpath("short_forms.json").read_text("utf-8"))
    return {name: tuple(forms) for name, forms in table["forms"].items()}


def _figure_forms(answer: str, fact: Fact) -> list[str]:
    """Return a figure's other forms: without its hedge, in digits or words, without its unit.

    "just two days" -> "two days", "2 days", "2", "two"; "the third" asked as "which episode"
    -> "third", "3rd", "3", "three", "episode 3"; "number seven" -> "seven", "7".
    """
    if re.fullmatch(r"[+-]?\d+(?:\.\d+)?", normalise(answer)):
        return []  # a bare number is matched as a number, within the question's tolerance
    rating = re.fullmatch(r"(\w+) out of (\w+)", answer)
    if rating:
        score, scale = (number_value(w) for w in rating.groups())
        if score is None or scale is None:
            return []
        return [f"{digits(score)} out of {digits(scale)}", f"{digits(score)}/{digits(scale)}"]
    words = answer.split()
    lead = 0
    while lead < len(words) - 1 and words[lead].lower() in HEDGE_WORDS | {"the", "number"}:
        lead += 1
    core = words[lead:]
    if not core:
        return []
    ordinal = core[0].lower() in ORDINALS
    if ordinal:
        value: float | None = ORDINALS.index(core[0].lower()) + 1.0
    else:
        for size in (4, 3, 2, 1):  # "six and a half", "twenty-one", "21"
            value = number_value(" ".join(core[:size])) if len(core) >= size else None
            if value is not None:
                break
        else:
            return []
        core = [" ".join(core[:size]), *core[size:]]
    if value is None:
        return []
    unit = " ".join(core[1:])
    spoken = number_words(value)
    numbers = [core[0], digits(value), *([spoken] if spoken else [])]
    forms = [" ".join([n, unit]).strip() for n in numbers]
    # The unit may go where the question already names it: "How many days ...?" -> "21".
    if not unit or unit.split()[0].lower() in fact.prompt.lower():
        forms += numbers
    if ordinal:
        place = int(value)
        teens = place % 100 in (11, 12, 13)
        suffix = "th" if teens else {1: "st", 2: "nd", 3: "rd"}.get(place % 10, "th")
        forms += [core[0], f"{place}{suffix}", digits(value)]
        if spoken:
            forms.append(spoken)
        asked = re.search(r"\bwhich (?:\w+ )*?(\w+)$", fact.owned, re.IGNORECASE)
        noun = asked.group(1) if asked else ""  # "which series" -> "series 3"
        if noun:
            forms += [f"{noun} {place}", f"{noun} {spoken}" if spoken else ""]
    if answer.split()[0].lower() == "number":
        forms.append(f"number {digits(value)}")
    return [f for f in forms if f]


# Roman numerals that end a name ("Vesh IV"), which a player may write in digits.
_ROMAN: Final = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
_MONTH_NUMBERS: Final = {m: i for i, m in enumerate(MONTHS, start=1)}


def _date_forms(answer: str) -> list[str]:
    """Return a date in the other common order: "4 May 1871" <-> "May 4, 1871"."""
    day_first = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+),? (\d{4})", answer)
    if day_first and day_first.group(2) in _MONTH_NUMBERS:
        day, month, year = day_first.groups()
        return [f"{month} {day}, {year}", f"{month} {day} {year}"]
    month_first = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}),? (\d{4})", answer)
    if month_first and month_first.group(1) in _MONTH_NUMBERS:
        month, day, year = month_first.groups()
        return [f"{day} {month} {year}"]
    decade = re.fullmatch(r"(?:mid|early|late)-((?:\d{2})?\d{2}s)", answer)
    if decade:
        return [answer.replace("-", " ", 1), decade.group(1)]
    return []

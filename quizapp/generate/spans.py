"""Typed spans found in a sentence: names, dates, numbers, ratings, titles and lists."""

from __future__ import annotations

import re
from enum import StrEnum

from quizapp.generate.words import MONTHS, NUMBER_WORDS, ORDINALS, ROLE_NOUNS


class Pool(StrEnum):
    """The type of an answer; wrong options are always taken from the same pool."""

    ACTOR = "actor"
    CHARACTER = "character"
    CREW = "crew"
    CRITIC = "critic"
    PERSON = "person"
    ARTIST = "artist"
    ROLE = "role"
    TITLE = "title"
    PLACE = "place"
    ORG = "org"
    DATE = "date"
    YEAR = "year"
    COUNT = "count"
    RATING = "rating"
    ORDINAL = "ordinal"
    TIME = "time"
    AGE = "age"
    MEASURE = "measure"


PEOPLE = frozenset({Pool.ACTOR, Pool.CHARACTER, Pool.CREW, Pool.CRITIC, Pool.PERSON, Pool.ARTIST})
NUMERIC = frozenset(
    {Pool.DATE, Pool.YEAR, Pool.COUNT, Pool.RATING, Pool.ORDINAL, Pool.TIME, Pool.AGE, Pool.MEASURE}
)

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
WORD = rf"[{_UPPER}][^\W_]*(?:-[^\W_]+)*"
_PARTICLE = r"(?:de|des|da|di|du|del|della|der|den|van|von|le|la|bin|dos|das)"
NAME_CORE = rf"{WORD}(?: (?:{_PARTICLE} )?{WORD})*"
# A name never runs on into a possessive: "Sam's father" is about Sam, not a name "Sam's".
NAME = rf"{NAME_CORE}\b(?!')"
NAME_LIST = rf"{NAME}(?:, {NAME})*(?:,? and {NAME})?"
MONTH = "(?:" + "|".join(MONTHS) + ")"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
DATE = rf"(?:(?:[0-9]{{1,2}} )?{MONTH} {YEAR}|{MONTH} [0-9]{{1,2}}, {YEAR})"
NUMBER_WORD = "(?:" + "|".join(NUMBER_WORDS) + ")"
NUMBER = rf"(?:[0-9][0-9,]*(?:\.[0-9]+)?|{NUMBER_WORD})"
QUALIFIER = (
    r"(?:[Oo]ver|[Mm]ore than|[Aa]bout|[Aa]round|[Nn]early|[Aa]lmost|[Ss]ome|[Aa]t least|"
    r"[Ff]ewer than|[Uu]nder|[Oo]nly)"
)
ORDINAL = "(?:" + "|".join(ORDINALS) + ")"
RATING = rf"(?:{NUMBER} out of {NUMBER}|[0-9](?:\.[0-9])?/[0-9]+)"
TIME = r"(?:[0-2]?[0-9]:[0-5][0-9])"
ROLE_NOUN = "(?:" + "|".join(f"[{r[0]}{r[0].upper()}]{r[1:]}" for r in ROLE_NOUNS) + ")"
QUOTED = r'"([^"]{1,80})"'
TITLE_PHRASE = rf"{WORD}(?: (?:{WORD}|the|for|of|a|an|and|in|on|to|with|at|from))*?(?: {WORD})?"

NAME_RE = re.compile(NAME)
DATE_RE = re.compile(DATE)
# A year stands after a preposition or in brackets; "1000 points" is a count, not a year.
YEAR_RE = re.compile(
    rf"(?:(?<=\bin )|(?<=\bof )|(?<=\bsince )|(?<=\bfrom )|(?<=\buntil )|(?<=\bby )|(?<=\())"
    rf"{YEAR}\b"
)
TIME_RE = re.compile(rf"\b{TIME}\b")
RATING_RE = re.compile(rf"\b{RATING}\b")
QUOTED_RE = re.compile(QUOTED)


def split_list(text: str) -> list[str]:
    """Split "A, B and C" (or "A; B; and C") into its items."""
    parts = re.split(r";\s*(?:and\s+)?|,\s*(?:and\s+)?|\s+and\s+", text)
    return [p.strip() for p in parts if p.strip()]


def is_title_quote(text: str) -> bool:
    """Return whether a quotation is short enough to be a title or phrase, not a speech."""
    return len(text.split()) <= 6 and not text.rstrip().endswith((".", ","))

"""Deciding whether an answer is right, forgiving what a fair quizmaster would forgive."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from quizapp.core.figures import read_count
from quizapp.core.kinds import QuestionKind, fold

if TYPE_CHECKING:
    from quizapp.core.model import Question

# One slip of the finger (a letter missing, extra or wrong, or two neighbours swapped) is
# forgiven in answers long enough that a single slip cannot turn one real answer into another.
TYPO_MIN_LENGTH = 6
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
# Words that hedge a figure ("over 10,000", "about 40") or name it a place ("number seven"):
# the figure alone is a fair answer.
_QUALIFIER = re.compile(
    r"^(?:(?:just|well) )?(?:over|about|some|roughly|around|nearly|almost|approximately|"
    r"more than|less than|fewer than|under|up to|at least|c|ca|circa|number) "
)
# "4/5" is read as "4 out of 5"; normalising would make it "4 5".
_RATIO = re.compile(r"\s*/\s*")
# A possessive word ("Erin's") names someone else than the answer ("Erin's mother Mary").
_POSSESSIVE = re.compile(r"^\S+['’]s$", re.IGNORECASE)


def normalise(text: str) -> str:
    """Return typed text reduced to lower-case letters and digits separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", fold(text))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = re.sub(r"(?<=\d),(?=\d{3})", "", bare)
    bare = re.sub(r"[^\w.+-]+|(?<!\d)\.|\.(?!\d)", " ", bare)
    bare = re.sub(r"^(the|a|an) ", "", bare.strip())
    return re.sub(r"\s+", " ", bare).strip()


def _as_number(text: str) -> float | None:
    text = normalise(text)
    return float(text) if _NUMBER.match(text) else None


def _figure(text: str) -> tuple[float, ...] | None:
    """Return the figure a text names, hedge or not: one number, or a pair for "N out of M".

    "over 10,000" gives (10000,), "the third" and "3rd" give (3,), "4/5" and "four out of
    five" give (4, 5); a text that is not a figure gives None.
    """
    bare = _QUALIFIER.sub("", normalise(_RATIO.sub(" out of ", text)))
    parts = bare.split(" out of ")
    counts = [read_count(part) for part in parts]
    if len(counts) > 2 or None in counts:
        return None
    return tuple(c for c in counts if c is not None)


def _same_figure(given: tuple[float, ...], expected: tuple[float, ...], tolerance: float) -> bool:
    """Return whether two figures agree; a pair ("4 out of 5") must agree exactly."""
    if len(given) != len(expected):
        return False
    if len(expected) == 1:
        return abs(given[0] - expected[0]) <= tolerance
    return given == expected


def is_correct(question: Question, given: str) -> bool:
    """Return whether the given answer counts as right for the question."""
    if question.kind is not QuestionKind.TYPED:
        return fold(given) == fold(question.answer)
    attempt = normalise(given)
    if not attempt:
        return False
    expected_figure = _figure(question.answer)
    if expected_figure is not None:
        # A figure may be typed in digits or words, with or without its hedge; any other
        # figure is wrong, however close its spelling ("seventeen" for "seventy").
        given_figure = _figure(given)
        if given_figure is not None:
            return _same_figure(given_figure, expected_figure, question.tolerance)
        if _as_number(question.answer) is not None:
            return False
    # Imported at the first typed answer, not with the game: it would delay the first paint.
    from rapidfuzz.distance import OSA

    for accepted in (question.answer, *_alternates(question)):
        expected = normalise(accepted)
        if attempt == expected:
            return True
        if len(expected) >= TYPO_MIN_LENGTH and OSA.distance(attempt, expected) <= 1:
            return True
    return False


def _alternates(question: Question) -> tuple[str, ...]:
    """Return the other answers the question accepts, as its pack lists them.

    A person is named by their surname alone only where the pack lists the surname: a
    question that asks "who" may want a company or a band ("Hat Trick Productions"), whose
    last word names nothing. A possessive word alone ("Erin's" for "Erin's mother Mary")
    names another person and never counts.
    """
    return tuple(
        a for a in question.accept if not (_POSSESSIVE.match(a.strip()) and " " in question.answer)
    )

"""Deciding whether an answer is right, forgiving what a fair quizmaster would forgive."""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz.distance import OSA

from quizapp.core.kinds import QuestionKind, fold
from quizapp.core.model import Question

# One slip of the finger (a letter missing, extra or wrong, or two neighbours swapped) is
# forgiven in answers long enough that a single slip cannot turn one real answer into another.
TYPO_MIN_LENGTH = 6
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
# A question that asks "who" wants a person; a person may be named by their surname alone.
_ASKS_WHO = re.compile(r"\b(who|whom|whose)\b", re.IGNORECASE)


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


def is_correct(question: Question, given: str) -> bool:
    """Return whether the given answer counts as right for the question."""
    if question.kind is not QuestionKind.TYPED:
        return fold(given) == fold(question.answer)
    target = _as_number(question.answer)
    if target is not None:
        number = _as_number(given)
        return number is not None and abs(number - target) <= question.tolerance
    attempt = normalise(given)
    if not attempt:
        return False
    for accepted in (question.answer, *question.accept, *_surnames(question)):
        expected = normalise(accepted)
        if attempt == expected:
            return True
        if len(expected) >= TYPO_MIN_LENGTH and OSA.distance(attempt, expected) <= 1:
            return True
    return False


def _surnames(question: Question) -> tuple[str, ...]:
    """Return the surname of a person asked for by name, which counts as the whole name.

    One rule for every typed question, whichever way it came to be typed: a choice question
    asked in Type the answer forgives the surname just as a generated typed question does.
    """
    words = question.answer.split()
    if len(words) < 2 or not _ASKS_WHO.search(question.prompt):
        return ()
    surname = words[-1]
    return (surname,) if surname[:1].isupper() and len(normalise(surname)) >= 2 else ()

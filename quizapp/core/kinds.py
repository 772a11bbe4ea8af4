"""Kinds of question and difficulty, and how answers are compared; shared by packs and play."""

from __future__ import annotations

import re
from enum import StrEnum


class QuestionKind(StrEnum):
    """How a question is answered."""

    CHOICE = "choice"
    TRUEFALSE = "truefalse"
    TYPED = "typed"


class Difficulty(StrEnum):
    """How hard a question is meant to be."""

    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


KIND_LABELS = {
    QuestionKind.CHOICE: "Multiple choice",
    QuestionKind.TRUEFALSE: "True or false",
    QuestionKind.TYPED: "Typed answer",
}
"""Each kind of question as players and pack makers see it named."""

TRUE_FALSE = ("True", "False")
"""The options of a true-or-false question, as players see them."""


def truth_text(value: bool) -> str:
    """Return a true-or-false answer as players see it."""
    return TRUE_FALSE[0] if value else TRUE_FALSE[1]


_WHITESPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Return text folded for comparing answers: case, spacing and edge punctuation ignored.

    Text that is nothing but punctuation (an answer such as ``?`` or ``??``) keeps it, so
    such answers still differ from each other.
    """
    spaced = _WHITESPACE.sub(" ", text).strip().casefold()
    return spaced.strip(".!?").strip() or spaced

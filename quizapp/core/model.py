"""Plain data the game passes around: what the UI sees of the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import NewType

from quizapp.packs.model import QuestionKind

QuestionId = NewType("QuestionId", int)
PackId = NewType("PackId", int)
PlayerId = NewType("PlayerId", int)
RoundId = NewType("RoundId", int)

NORMAL_MODE = "normal"


@dataclass(frozen=True)
class Question:
    """A question as drawn for a round."""

    id: QuestionId
    pack_id: PackId
    kind: QuestionKind
    prompt: str
    answer: str
    wrong: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    tolerance: float = 0.0
    category: str | None = None
    difficulty: str | None = None
    explanation: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class PackInfo:
    """One pack in the bank, as listed for the player."""

    id: PackId
    slug: str
    title: str
    origin: str
    question_count: int
    enabled: bool
    description: str | None = None


@dataclass(frozen=True)
class Player:
    """Someone who plays."""

    id: PlayerId
    name: str


@dataclass(frozen=True)
class HighScore:
    """One row of a high-score table."""

    rank: int
    round_id: RoundId
    player_name: str
    pack_title: str
    score: int
    correct: int
    total: int
    duration_ms: int
    finished_at: datetime


@dataclass(frozen=True)
class AnswerRecord:
    """One answer as it stands in the history log."""

    position: int
    prompt: str
    options: tuple[str, ...]
    given: str
    right_answer: str
    correct: bool
    ms: int
    explanation: str | None = None


@dataclass(frozen=True)
class RoundRecord:
    """One round as history shows it."""

    id: RoundId
    player_name: str
    pack_title: str
    mode: str
    score: int
    correct: int
    total: int
    started_at: datetime
    finished_at: datetime | None
    answers: tuple[AnswerRecord, ...] = field(default=())

    @property
    def finished(self) -> bool:
        """Whether the player reached the end of the round."""
        return self.finished_at is not None

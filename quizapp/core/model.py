"""Plain data the game passes around: what the UI sees of the store."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, NewType

from quizapp.core.kinds import Difficulty, QuestionKind

if TYPE_CHECKING:
    from quizapp.packs.errors import Problem

QuestionId = NewType("QuestionId", int)
PackId = NewType("PackId", int)
PlayerId = NewType("PlayerId", int)
RoundId = NewType("RoundId", int)


class Origin(StrEnum):
    """Where a pack came from; only shipped packs are kept in sync with the game's files."""

    SHIPPED = "shipped"
    IMPORTED = "imported"
    EDITED = "edited"
    CREATED = "created"


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
    # The seconds its pack allows for it (Kahoot's Time column); None leaves it to the round.
    time_limit_s: int | None = None


@dataclass(frozen=True)
class PackInfo:
    """One pack in the bank, as listed for the player."""

    id: PackId
    slug: str
    title: str
    origin: Origin
    question_count: int
    enabled: bool
    description: str | None = None
    source_path: str | None = None
    # Live questions of each kind, where the listing counted them.
    kind_counts: tuple[tuple[QuestionKind, int], ...] = ()
    # When the pack was first added to the bank (aware UTC), where the listing read it.
    added_at: datetime | None = None

    def count_for(self, kinds: frozenset[QuestionKind]) -> int:
        """Return how many live questions a mode asking these kinds can draw."""
        if not self.kind_counts:
            return self.question_count
        return sum(n for kind, n in self.kind_counts if kind in kinds)

    @property
    def came_from(self) -> str:
        """Where the pack came from, in words."""
        if self.origin is Origin.SHIPPED:
            return "Comes with the game"
        if self.origin is Origin.EDITED:
            return "Your copy of a pack that comes with the game"
        if self.origin is Origin.CREATED:
            return "Made in the game"
        return f"Imported from {self.source_path}" if self.source_path else "Imported"


@dataclass(frozen=True)
class QuestionPool:
    """Where a round draws from: one or several packs, optionally some categories only.

    No categories means every category; no difficulties means every difficulty, including
    questions whose pack gives none.
    """

    packs: tuple[PackId, ...]
    categories: tuple[str, ...] = ()
    difficulties: tuple[Difficulty, ...] = ()

    @classmethod
    def of(
        cls,
        packs: PackId | Sequence[PackId],
        categories: Sequence[str] | None = None,
        difficulties: Sequence[Difficulty | str] | None = None,
    ) -> QuestionPool:
        """Return a pool in its one spelling: each pack, category and difficulty once, sorted."""
        chosen = (packs,) if isinstance(packs, int) else tuple(packs)
        return cls(
            tuple(sorted(set(chosen))),
            tuple(sorted(set(categories or ()))),
            tuple(sorted({Difficulty(d) for d in difficulties or ()})),
        )


@dataclass(frozen=True)
class PoolSummary:
    """What a pool holds for a mode: its categories and difficulties, each with its count."""

    size: int
    # How many of them one round can ask, up to the longest round: one per fact, as two
    # questions drawn from one sentence give each other away (a question with no sentence is
    # a fact of its own).
    facts: int
    categories: tuple[tuple[str, int], ...] = ()
    difficulties: tuple[tuple[Difficulty, int], ...] = ()
    # How many questions of each kind the pool holds, the kinds the mode does not ask too.
    kinds: tuple[tuple[QuestionKind, int], ...] = ()


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
    # The options a 50:50 took away before this answer; empty when it was not used.
    removed: tuple[str, ...] = ()

    @property
    def timed_out(self) -> bool:
        """Whether time ran out before an answer was given."""
        return not self.given and not self.correct


@dataclass(frozen=True)
class RoundRecord:
    """One round as history shows it."""

    id: RoundId
    player_name: str
    # The pack's title now; a round of several packs keeps the titles they had then.
    pack_title: str
    mode: str
    score: int
    correct: int
    total: int
    started_at: datetime
    finished_at: datetime | None
    answers: tuple[AnswerRecord, ...] = field(default=())
    duration_ms: int | None = None
    paused: bool = False
    # How many questions were answered: all of them once the round is finished.
    answered: int = 0
    # The title the pack had when the round was played, if it has been renamed since.
    played_as: str | None = None

    @property
    def finished(self) -> bool:
        """Whether the player reached the end of the round."""
        return self.finished_at is not None


@dataclass(frozen=True)
class ImportReport:
    """What importing one file did: counts, and each question skipped with where and why."""

    file: str
    format: str
    pack_slug: str
    pack_title: str
    added: int
    updated: int
    unchanged: int
    retired: int
    skipped: tuple[Problem, ...] = ()
    unsupported: int = 0
    warnings: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()

    def summary(self) -> str:
        """Return one line with the counts."""
        parts = [f"{self.added} new", f"{self.updated} updated"]
        if self.unchanged:
            parts.append(f"{self.unchanged} unchanged")
        if self.retired:
            parts.append(f"{self.retired} retired")
        parts.append(f"{len(self.skipped)} skipped")
        if self.unsupported:
            parts.append(f"of which {self.unsupported} of a kind the game cannot play")
        if self.warnings:
            parts.append(f"{len(self.warnings)} kept with a warning")
        return f"{self.file} ({self.format}) -> pack {self.pack_slug!r}: " + ", ".join(parts)

    def lines(self) -> list[str]:
        """Return the summary, the notes on the file, and a line per question skipped or warned."""
        return [
            self.summary(),
            *(f"  note: {note}" for note in self.notes),
            *(f"  skipped {problem}" for problem in self.skipped),
            *(f"  warning {problem}" for problem in self.warnings),
        ]


@dataclass(frozen=True)
class PersonalBest:
    """A player's best finished round in one pack and mode."""

    pack_title: str
    mode: str
    round_id: RoundId
    score: int
    correct: int
    total: int
    duration_ms: int
    finished_at: datetime


@dataclass(frozen=True)
class RoundStanding:
    """Where a finished round stands: its top-10 place and whether it beat the player's best."""

    round_id: RoundId
    top_ten_rank: int | None
    personal_best: bool
    previous_best: int | None

    def for_correct_answers(self, correct: int) -> RoundStanding:
        """Return the standing worth cheering: a round with no right answer sets no record."""
        if correct > 0:
            return self
        return replace(self, top_ten_rank=None, personal_best=False)


@dataclass(frozen=True)
class ScorePoint:
    """One finished round's score, for the chart of scores over time."""

    round_id: RoundId
    finished_at: datetime
    score: int
    # Modes score on different scales, so charts draw one line per mode.
    mode: str


@dataclass(frozen=True)
class CategoryAccuracy:
    """How often a player answered one category right."""

    category: str
    correct: int
    answered: int

    @property
    def accuracy(self) -> float:
        """The share of right answers, 0 to 1."""
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class TimeBucket:
    """How many answers took from lower_ms up to (not including) upper_ms; None is no limit."""

    lower_ms: int
    upper_ms: int | None
    count: int


@dataclass(frozen=True)
class MissedQuestion:
    """A question a player often gets wrong, as they saw it."""

    prompt: str
    right_answer: str
    missed: int
    answered: int


@dataclass(frozen=True)
class PlayerStatistics:
    """Everything the statistics view shows for one player."""

    player_name: str
    rounds_played: int
    rounds_finished: int
    answered: int
    correct: int
    # Of ranked rounds: a practice round's streak and score are not compared with others.
    best_streak: int
    scores: tuple[ScorePoint, ...] = ()
    # Rounds played to practise mistakes, counted in rounds_played but not in the scores.
    practice_rounds: int = 0
    categories: tuple[CategoryAccuracy, ...] = ()
    answer_times: tuple[TimeBucket, ...] = ()
    most_missed: tuple[MissedQuestion, ...] = ()

    @property
    def accuracy(self) -> float:
        """The share of all answers that were right, 0 to 1."""
        return self.correct / self.answered if self.answered else 0.0

    @property
    def strongest(self) -> CategoryAccuracy | None:
        """The category answered right most often (more answers wins a tie)."""
        ranked = sorted(self.categories, key=lambda c: (-c.accuracy, -c.answered, c.category))
        return ranked[0] if ranked else None

    @property
    def weakest(self) -> CategoryAccuracy | None:
        """The category answered right least often (more answers wins a tie)."""
        ranked = sorted(self.categories, key=lambda c: (c.accuracy, -c.answered, c.category))
        return ranked[0] if ranked else None

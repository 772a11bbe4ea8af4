"""The store's tables, as typed SQLAlchemy models."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from quizapp.core.kinds import Difficulty, QuestionKind
from quizapp.core.model import Origin


def utcnow() -> datetime:
    """Return the current UTC time as stored: naive, UTC by convention."""
    return datetime.now(UTC).replace(tzinfo=None)


def aware(moment: datetime) -> datetime:
    """Return a stored (naive UTC) time as an aware UTC time for the rest of the game."""
    return moment.replace(tzinfo=UTC)


NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _stored_enum(values: type[StrEnum], length: int) -> Enum:
    """Return a column type that stores an enum as its value in a plain string column.

    Plain strings, not a database enum type or CHECK: a new kind then needs no migration,
    and both backends read the column alike.
    """
    return Enum(
        values,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [member.value for member in members],
    )


class Base(DeclarativeBase):
    """Base of every table, with stable constraint names for migrations."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class PackRow(Base):
    """A question pack: shipped with the game, imported or made by the player."""

    __tablename__ = "pack"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(2000))
    language: Mapped[str | None] = mapped_column(String(35))
    origin: Mapped[Origin] = mapped_column(_stored_enum(Origin, 16))
    source_path: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    questions: Mapped[list[QuestionRow]] = relationship(back_populates="pack")


def stored_truth(value: bool) -> str:
    """Return a true-or-false answer as the answer column keeps it."""
    return "true" if value else "false"


def truth_of_stored(answer: str) -> bool:
    """Return the true-or-false answer the answer column keeps as text."""
    return answer == stored_truth(True)


class QuestionRow(Base):
    """One question; retired rather than deleted when it leaves its pack."""

    __tablename__ = "question"
    __table_args__ = (
        UniqueConstraint("pack_id", "key", name="uq_question_pack_id_key"),
        Index("ix_question_pack_live_rand", "pack_id", "retired", "rand_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pack_id: Mapped[int] = mapped_column(ForeignKey("pack.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(200))
    kind: Mapped[QuestionKind] = mapped_column(_stored_enum(QuestionKind, 16))
    prompt: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    wrong: Mapped[list[str]] = mapped_column(JSON, default=list)
    accept: Mapped[list[str]] = mapped_column(JSON, default=list)
    tolerance: Mapped[float] = mapped_column(Float, default=0.0)
    category: Mapped[str | None] = mapped_column(String(2000))
    difficulty: Mapped[Difficulty | None] = mapped_column(_stored_enum(Difficulty, 16))
    explanation: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    rand_key: Mapped[float] = mapped_column(Float)
    # Seconds the pack allows for the question (Kahoot's Time column); None: the round's timer.
    time_limit_s: Mapped[int | None] = mapped_column(Integer)

    pack: Mapped[PackRow] = relationship(back_populates="questions")


class PlayerRow(Base):
    """A player; the name key makes names unique regardless of case."""

    __tablename__ = "player"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    name_key: Mapped[str] = mapped_column(String(160), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    rounds: Mapped[list[RoundRow]] = relationship(back_populates="player")


class RoundRow(Base):
    """A round: who played which pack, how it scored, and under which rule."""

    __tablename__ = "round"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    player_id: Mapped[int] = mapped_column(ForeignKey("player.id", ondelete="CASCADE"), index=True)
    pack_id: Mapped[int | None] = mapped_column(
        ForeignKey("pack.id", ondelete="SET NULL"), index=True
    )
    pack_title: Mapped[str] = mapped_column(String(200))
    mode: Mapped[str] = mapped_column(String(32))
    # The mode's scoring rule and its version when the round was played.
    scoring_rule: Mapped[str] = mapped_column(String(32), server_default="classic")
    scoring_version: Mapped[int] = mapped_column(Integer)
    # How many players took turns at one computer; 1 for a round played alone.
    seats: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    paused: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    question_count: Mapped[int] = mapped_column(Integer)
    score: Mapped[int] = mapped_column(Integer, default=0)
    correct: Mapped[int] = mapped_column(Integer, default=0)
    answered: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    duration_ms: Mapped[int | None] = mapped_column(Integer)
    best_streak: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    player: Mapped[PlayerRow] = relationship(back_populates="rounds")
    answers: Mapped[list[AnswerRow]] = relationship(
        back_populates="round", order_by="AnswerRow.position"
    )


# High-score tables read these in rank order (best score, then the faster round) and stop
# at the tenth row; the period indexes cover the ranking columns so a week's rounds are
# ranked without reading them; a player's figures come from the last one alone.
Index(
    "ix_round_rank",
    RoundRow.mode,
    RoundRow.scoring_version,
    RoundRow.score.desc(),
    RoundRow.duration_ms,
)
Index(
    "ix_round_pack_rank",
    RoundRow.pack_id,
    RoundRow.mode,
    RoundRow.scoring_version,
    RoundRow.score.desc(),
    RoundRow.duration_ms,
)
Index(
    "ix_round_period",
    RoundRow.mode,
    RoundRow.scoring_version,
    RoundRow.finished_at,
    RoundRow.score,
    RoundRow.duration_ms,
)
Index(
    "ix_round_pack_period",
    RoundRow.pack_id,
    RoundRow.mode,
    RoundRow.scoring_version,
    RoundRow.finished_at,
    RoundRow.score,
    RoundRow.duration_ms,
)
Index(
    "ix_round_player_finished",
    RoundRow.player_id,
    RoundRow.finished_at,
    RoundRow.score,
    RoundRow.best_streak,
)


class AnswerRow(Base):
    """One answer, appended when given and never changed; it keeps what the player saw."""

    __tablename__ = "answer"
    __table_args__ = (
        # Covers a player's statistics so they never read the answer rows themselves.
        Index(
            "ix_answer_round_outcome",
            "round_id",
            "position",
            "correct",
            "ms",
            "question_id",
            "category",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[int | None] = mapped_column(
        ForeignKey("question.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    prompt: Mapped[str] = mapped_column(Text)
    options: Mapped[list[str]] = mapped_column(JSON)
    right_answer: Mapped[str] = mapped_column(Text)
    explanation: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(2000))
    given: Mapped[str] = mapped_column(Text)
    correct: Mapped[bool] = mapped_column(Boolean)
    ms: Mapped[int] = mapped_column(Integer)
    # The options a 50:50 took away before the answer; None when it was not used.
    removed: Mapped[list[str] | None] = mapped_column(JSON)
    answered_at: Mapped[datetime] = mapped_column(DateTime)

    round: Mapped[RoundRow] = relationship(back_populates="answers")


class SeenRow(Base):
    """A question a player has answered since their last pass through its pool."""

    __tablename__ = "seen_question"
    __table_args__ = {"sqlite_with_rowid": False}

    player_id: Mapped[int] = mapped_column(
        ForeignKey("player.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[int] = mapped_column(
        ForeignKey("question.id", ondelete="CASCADE"), primary_key=True
    )

"""One round of play: presenting questions, judging answers, keeping score."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from quizapp.core.kinds import TRUE_FALSE, QuestionKind
from quizapp.core.matching import is_correct
from quizapp.core.round_setup import DEFAULT_TIME_LIMIT_S, checked_time_limit
from quizapp.core.scoring import CLASSIC_RULE, ScoringRule, streak_bonus

if TYPE_CHECKING:
    from quizapp.core.model import Question, RoundId

MAX_CHOICES = 4
# A 50:50 takes away two wrong options, and is offered only when three are shown.
FIFTY_FIFTY_REMOVES = 2


@dataclass(frozen=True)
class Presented:
    """A question on screen: its number in the round and the options in the order shown."""

    question: Question
    number: int
    total: int
    options: tuple[str, ...]
    # How long the player has for it; None when the round is not timed.
    time_limit_ms: int | None = None


@dataclass(frozen=True)
class GivenAnswer:
    """What the player answered and what it earned."""

    presented: Presented
    given: str
    correct: bool
    ms: int
    points: int
    score: int
    streak: int
    # The options a 50:50 took away before this answer; empty when it was not used.
    removed: tuple[str, ...] = ()
    timed_out: bool = False

    @property
    def bonus(self) -> int:
        """The streak bonus included in the points, if the answer was right."""
        return streak_bonus(self.streak) if self.correct else 0

    @property
    def right_option(self) -> int | None:
        """The index of the right option among those shown; None when there were none."""
        question = self.presented.question
        options = self.presented.options
        return next((i for i, o in enumerate(options) if is_correct(question, o)), None)

    @property
    def chosen_option(self) -> int | None:
        """The index of the option the player picked; None for a typed answer."""
        options = self.presented.options
        return options.index(self.given) if self.given in options else None


class AnswerRecorder(Protocol):
    """Where a round writes its answers the moment they are given."""

    def record_answer(self, round_id: RoundId, answer: GivenAnswer) -> None:
        """Store one answer."""

    def finish_round(self, round_id: RoundId, duration_ms: int) -> None:
        """Mark the round as played to the end."""

    def mark_paused(self, round_id: RoundId) -> None:
        """Mark the round as one that was paused."""


def options_for(question: Question, rng: random.Random) -> tuple[str, ...]:
    """Return the options to show: the answer and up to three wrong ones, shuffled."""
    if question.kind is QuestionKind.TRUEFALSE:
        return TRUE_FALSE
    if question.kind is QuestionKind.TYPED:
        return ()
    wrong = list(question.wrong)
    picked = rng.sample(wrong, min(len(wrong), MAX_CHOICES - 1))
    options = [question.answer, *picked]
    rng.shuffle(options)
    return tuple(options)


class RoundPlay:
    """The state of a round being played; every answer goes to the recorder at once.

    Time comes from the injected clock (seconds, monotonic), so tests never wait.
    """

    def __init__(
        self,
        round_id: RoundId,
        questions: Sequence[Question],
        recorder: AnswerRecorder,
        *,
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.monotonic,
        rule: ScoringRule = CLASSIC_RULE,
        time_limit_s: int = DEFAULT_TIME_LIMIT_S,
    ) -> None:
        if not questions:
            raise ValueError("a round needs at least one question")
        self.round_id = round_id
        self.rule = rule
        self._time_limit_s = checked_time_limit(time_limit_s)
        self._questions = list(questions)
        self._recorder = recorder
        self._rng = rng or random.Random()
        self._clock = clock
        self._index = 0
        self._answers: list[GivenAnswer] = []
        self._streak = 0
        self._started = clock()
        self._shown_at = self._started
        self._paused_at: float | None = None
        self._removed: tuple[str, ...] = ()
        self.fifty_fifty_used = False
        self.was_paused = False
        self._current = self._present()

    @property
    def current(self) -> Presented:
        """The question now on screen."""
        return self._current

    @property
    def questions(self) -> tuple[Question, ...]:
        """The round's questions, in the order they are asked."""
        return tuple(self._questions)

    @property
    def answers(self) -> tuple[GivenAnswer, ...]:
        """The answers given so far, in order."""
        return tuple(self._answers)

    @property
    def score(self) -> int:
        """Points so far."""
        return self._answers[-1].score if self._answers else 0

    @property
    def correct_count(self) -> int:
        """Right answers so far."""
        return sum(a.correct for a in self._answers)

    @property
    def awaiting_answer(self) -> bool:
        """Whether the current question is still open."""
        return len(self._answers) == self._index

    @property
    def finished(self) -> bool:
        """Whether every question has been answered."""
        return len(self._answers) == len(self._questions)

    def _limit_ms(self, question: Question) -> int | None:
        if not self.rule.timed:
            return None
        own = question.time_limit_s
        return 1000 * (own if own is not None and own > 0 else self._time_limit_s)

    def _present(self) -> Presented:
        question = self._questions[self._index]
        self._shown_at = self._clock()
        self._removed = ()
        return Presented(
            question,
            self._index + 1,
            len(self._questions),
            options_for(question, self._rng),
            self._limit_ms(question),
        )

    # The clock -------------------------------------------------------------------------------

    def start_clock(self) -> None:
        """Start timing the open question now: it has just been fully shown to its player."""
        if self.awaiting_answer:
            self._shown_at = self._clock()
            self._paused_at = None

    def _now(self) -> float:
        return self._clock() if self._paused_at is None else self._paused_at

    @property
    def taken_ms(self) -> int:
        """Milliseconds since the question was fully shown, paused time left out."""
        return max(0, round((self._now() - self._shown_at) * 1000))

    @property
    def time_left_ms(self) -> int | None:
        """Milliseconds left to answer; None when the question has no time limit."""
        limit = self._current.time_limit_ms
        return None if limit is None else max(0, limit - self.taken_ms)

    @property
    def time_is_up(self) -> bool:
        """Whether the open question's time has run out."""
        return self.awaiting_answer and self.time_left_ms == 0

    @property
    def paused(self) -> bool:
        """Whether the clock is stopped and the question hidden."""
        return self._paused_at is not None

    def pause(self) -> bool:
        """Stop the clock while a question is open; return whether the round is now paused.

        The round is marked as paused in the store first, so a round with a pause in it is
        always shown as one.
        """
        if self.paused or not self.awaiting_answer:
            return self.paused
        if not self.was_paused:
            self._recorder.mark_paused(self.round_id)
            self.was_paused = True
        self._paused_at = self._clock()
        return True

    def hold(self) -> bool:
        """Stop the clock of an open question while the player is asked something else.

        Unlike a pause this leaves the question shown and the round unmarked. Return whether
        the clock stopped here, so that only its holder starts it again with ``resume``.
        """
        if self.paused or not self.awaiting_answer:
            return False
        self._paused_at = self._clock()
        return True

    def resume(self) -> None:
        """Start the clock again where it stopped."""
        if self._paused_at is None:
            return
        stopped = self._clock() - self._paused_at
        self._shown_at += stopped
        self._started += stopped
        self._paused_at = None

    # The 50:50 -------------------------------------------------------------------------------

    @property
    def removed(self) -> tuple[str, ...]:
        """The options the 50:50 took away from the question on screen."""
        return self._removed

    @property
    def fifty_fifty_available(self) -> bool:
        """Whether the 50:50 may be used now: once a round, where three wrong options show."""
        wrong_shown = len(self._current.options) - 1
        return (
            not self.fifty_fifty_used
            and self.awaiting_answer
            and not self.paused
            and self._current.question.kind is QuestionKind.CHOICE
            and wrong_shown == MAX_CHOICES - 1
        )

    def fifty_fifty(self) -> tuple[str, ...]:
        """Take away two of the three wrong options on screen, never the answer; return them."""
        if not self.fifty_fifty_available:
            raise RuntimeError("the 50:50 cannot be used on this question")
        question = self._current.question
        wrong = [o for o in self._current.options if not is_correct(question, o)]
        self._removed = tuple(self._rng.sample(wrong, FIFTY_FIFTY_REMOVES))
        self.fifty_fifty_used = True
        return self._removed

    # Answering -------------------------------------------------------------------------------

    def answer(self, given: str) -> GivenAnswer:
        """Judge and record the answer to the current question.

        An answer that comes after the time limit counts as a timeout.

        Raises:
            Exception: Whatever the recorder raised; the round is then as it was before.
        """
        limit = self._current.time_limit_ms
        return self._judge(given, timed_out=limit is not None and self.taken_ms > limit)

    def time_out(self) -> GivenAnswer:
        """Record the open question as unanswered in time; it counts as wrong."""
        if not self.time_is_up:
            raise RuntimeError("there is still time to answer")
        return self._judge("", timed_out=True)

    def _judge(self, given: str, *, timed_out: bool) -> GivenAnswer:
        if not self.awaiting_answer:
            raise RuntimeError("the current question has already been answered")
        if self.paused:
            raise RuntimeError("the round is paused")
        if given in self._removed:
            raise ValueError("that option was taken away by the 50:50")
        taken = self.taken_ms
        limit = self._current.time_limit_ms
        if timed_out and limit is not None:
            given, taken = "", limit
        correct = not timed_out and is_correct(self._current.question, given)
        streak = self._streak + 1 if correct else 0
        points = self.rule.points_for(correct, streak, taken, limit)
        result = GivenAnswer(
            presented=self._current,
            given=given,
            correct=correct,
            ms=taken,
            points=points,
            score=self.score + points,
            streak=streak,
            removed=self._removed,
            timed_out=timed_out,
        )
        # The round changes only once the answer is stored: a failed save (a full disk, say)
        # leaves the question open, and trying again scores it once.
        self._recorder.record_answer(self.round_id, result)
        self._streak = streak
        self._answers.append(result)
        if self.finished:
            self._recorder.finish_round(
                self.round_id, max(0, round((self._clock() - self._started) * 1000))
            )
        return result

    def advance(self) -> bool:
        """Move to the next question; return False when the round is over."""
        if self.awaiting_answer:
            raise RuntimeError("answer the current question first")
        if self.finished:
            return False
        self._index += 1
        self._current = self._present()
        return True

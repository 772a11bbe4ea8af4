"""One round of play: presenting questions, judging answers, keeping score."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from quizapp.core.kinds import TRUE_FALSE, QuestionKind
from quizapp.core.matching import is_correct
from quizapp.core.model import Question, RoundId
from quizapp.core.scoring import points_for, streak_bonus

ROUND_LENGTH = 10
MAX_CHOICES = 4


@dataclass(frozen=True)
class Presented:
    """A question on screen: its number in the round and the options in the order shown."""

    question: Question
    number: int
    total: int
    options: tuple[str, ...]


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
    """The state of a round being played; every answer goes to the recorder at once."""

    def __init__(
        self,
        round_id: RoundId,
        questions: Sequence[Question],
        recorder: AnswerRecorder,
        *,
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not questions:
            raise ValueError("a round needs at least one question")
        self.round_id = round_id
        self._questions = list(questions)
        self._recorder = recorder
        self._rng = rng or random.Random()
        self._clock = clock
        self._index = 0
        self._answers: list[GivenAnswer] = []
        self._streak = 0
        self._started = clock()
        self._shown_at = self._started
        self._current = self._present()

    @property
    def current(self) -> Presented:
        """The question now on screen."""
        return self._current

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

    def _present(self) -> Presented:
        question = self._questions[self._index]
        self._shown_at = self._clock()
        return Presented(
            question, self._index + 1, len(self._questions), options_for(question, self._rng)
        )

    def answer(self, given: str) -> GivenAnswer:
        """Judge and record the answer to the current question.

        Raises:
            Exception: Whatever the recorder raised; the round is then as it was before.
        """
        if not self.awaiting_answer:
            raise RuntimeError("the current question has already been answered")
        correct = is_correct(self._current.question, given)
        streak = self._streak + 1 if correct else 0
        points = points_for(correct, streak)
        result = GivenAnswer(
            presented=self._current,
            given=given,
            correct=correct,
            ms=max(0, round((self._clock() - self._shown_at) * 1000)),
            points=points,
            score=self.score + points,
            streak=streak,
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

"""Scoring rules: each mode names one, and every round stores the rule's key and version."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

POINTS_PER_CORRECT = 1000
STREAK_STEP = 100
STREAK_CAP = 500
# A speed answer given at the very last moment still earns half the base points.
SPEED_FLOOR_SHARE = 0.5


def places(scores_best_first: Iterable[int]) -> list[int]:
    """Return the place of each score, best first: equal scores share a place (1, 2, 2, 4).

    Every table, podium and listing of places ranks with this one rule; the order of the
    tied rows (faster first, say) is the caller's, their place is not.
    """
    taken: list[int] = []
    previous: int | None = None
    for index, score in enumerate(scores_best_first):
        taken.append(taken[-1] if taken and score == previous else index + 1)
        previous = score
    return taken


def streak_bonus(streak: int) -> int:
    """Return the bonus a right answer earns on top of the base points for its streak."""
    return min(STREAK_STEP * (max(streak, 1) - 1), STREAK_CAP)


@dataclass(frozen=True)
class ScoringRule:
    """How an answer is scored; a rule's version changes whenever its points would.

    High-score tables compare a round only with rounds scored by the same rule and version.
    """

    key: str
    version: int
    label: str
    timed: bool

    def points_for(
        self, correct: bool, streak: int, taken_ms: int = 0, limit_ms: int | None = None
    ) -> int:
        """Return the points an answer earns.

        Args:
            correct: Whether the answer was right (a timeout is wrong).
            streak: Consecutive right answers up to and including this one.
            taken_ms: How long the player took, from the moment the question was fully shown.
            limit_ms: The question's time limit; only a timed rule reads it.
        """
        if not correct:
            return 0
        base = POINTS_PER_CORRECT
        if self.timed and limit_ms:
            share = min(max(taken_ms, 0), limit_ms) / limit_ms
            base = round(POINTS_PER_CORRECT * (1 - share * SPEED_FLOOR_SHARE))
        return base + streak_bonus(streak)

    def explain(self) -> str:
        """Return the rule in words, as Help shows it."""
        streak = (
            f"plus a streak bonus of {STREAK_STEP} for each right answer in a row before it, "
            f"at most {STREAK_CAP}. A wrong answer ends the streak."
        )
        if not self.timed:
            return f"{self.label}: a right answer earns {POINTS_PER_CORRECT:,} points, {streak}"
        return (
            f"{self.label}: a right answer earns round({POINTS_PER_CORRECT} × (1 − (t / T) / 2)) "
            f"points, t being the seconds taken and T the time limit: {POINTS_PER_CORRECT:,} "
            f"at once, {round(POINTS_PER_CORRECT * (1 - SPEED_FLOOR_SHARE)):,} at the last "
            f"moment; {streak} Running out of time counts as wrong."
        )


CLASSIC_RULE = ScoringRule("classic", 1, "Classic scoring", timed=False)
SPEED_RULE = ScoringRule("speed", 1, "Speed scoring", timed=True)

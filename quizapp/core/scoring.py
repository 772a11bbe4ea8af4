"""The untimed scoring rule, version 1."""

from __future__ import annotations

SCORING_VERSION = 1
POINTS_PER_CORRECT = 1000
STREAK_STEP = 100
STREAK_CAP = 500


def points_for(correct: bool, streak: int) -> int:
    """Return the points an answer earns.

    Args:
        correct: Whether the answer was right.
        streak: Consecutive right answers up to and including this one.
    """
    if not correct:
        return 0
    return POINTS_PER_CORRECT + streak_bonus(streak)


def streak_bonus(streak: int) -> int:
    """Return the bonus a right answer earns on top of the base points for its streak."""
    return min(STREAK_STEP * (max(streak, 1) - 1), STREAK_CAP)

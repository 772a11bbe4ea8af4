"""How a round may be set up: how many questions it asks and how long each may take."""

# Kept apart from the round itself: the start screen offers these choices, and checks them,
# before anything a round needs is loaded.

from __future__ import annotations

ROUND_LENGTH = 10
DEFAULT_TIME_LIMIT_S = 20
MIN_TIME_LIMIT_S = 10
MAX_TIME_LIMIT_S = 60


class RoundSetupError(ValueError):
    """A round cannot be set up as asked; the message says what to change."""


MAX_ROUND_LENGTH = 50


def checked_round_length(count: object) -> int:
    """Return a round length in questions, or raise RoundSetupError saying why it is refused."""
    text = str(count).strip()
    if isinstance(count, bool) or not text.isdigit() or not 1 <= int(text) <= MAX_ROUND_LENGTH:
        raise RoundSetupError(
            f"A round is 1 to {MAX_ROUND_LENGTH} questions long (5, 10 or 20, say), "
            f"not {text or 'nothing'}."
        )
    return int(text)


def checked_time_limit(seconds: object) -> int:
    """Return a per-question time limit in whole seconds, or raise RoundSetupError saying why."""
    if isinstance(seconds, str):
        text = seconds.strip()
        if not text.isdigit():
            raise RoundSetupError(f"The timer must be a number of seconds, not {text!r}.")
        seconds = int(text)
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        raise RoundSetupError(f"The timer must be a number of seconds, not {seconds!r}.")
    if not MIN_TIME_LIMIT_S <= seconds <= MAX_TIME_LIMIT_S or seconds != int(seconds):
        raise RoundSetupError(
            f"The timer must be a whole number of seconds from {MIN_TIME_LIMIT_S} to "
            f"{MAX_TIME_LIMIT_S}, not {seconds:g}."
        )
    return int(seconds)

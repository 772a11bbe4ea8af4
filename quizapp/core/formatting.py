"""How times and durations read, on screen and on the command line alike."""

from __future__ import annotations

from datetime import datetime


def format_duration(ms: int) -> str:
    """Return a duration as m:ss."""
    seconds = round(ms / 1000)
    return f"{seconds // 60}:{seconds % 60:02d}"


def format_seconds(ms: int) -> str:
    """Return an answer time as seconds with one decimal, e.g. 2.4 s."""
    return f"{ms / 1000:.1f} s"


def format_when(moment: datetime) -> str:
    """Return an aware moment in local time, to the minute."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")

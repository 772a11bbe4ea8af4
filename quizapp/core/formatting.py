"""How counts, times and durations read, on screen and on the command line alike."""

from __future__ import annotations

from datetime import datetime

from quizapp.core.model import AnswerRecord, RoundRecord


def count_questions(count: int) -> str:
    """Return how many questions there are in words: "1 question", "1,200 questions"."""
    return f"{count:,} question" if count == 1 else f"{count:,} questions"


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


def format_day(moment: datetime, now: datetime | None = None) -> str:
    """Return a moment as a player says it, in local time: "Today, 14:05", "Mon 3 Nov, 09:12".

    Dates further back than this year carry the year; times always read to the minute.
    """
    local = moment.astimezone()
    today = (now or datetime.now().astimezone()).astimezone().date()
    clock = f"{local.hour:02d}:{local.minute:02d}"
    days = (today - local.date()).days
    if days == 0:
        return f"Today, {clock}"
    if days == 1:
        return f"Yesterday, {clock}"
    day = f"{local.strftime('%a')} {local.day} {local.strftime('%b')}"
    if local.year == today.year:
        return f"{day}, {clock}"
    return f"{day} {local.year}, {clock}"


# What a review shows for an answer the time ran out on, in the window and on the command line.
TIMED_OUT_ANSWER = "(no answer: the time ran out)"


def format_given(answer: AnswerRecord) -> str:
    """Return what the player answered as a review shows it: timeouts and 50:50s said."""
    text = answer.given if not answer.timed_out else TIMED_OUT_ANSWER
    if answer.removed:
        text += f"  [50:50 took away {' and '.join(answer.removed)}]"
    return text


def format_status(record: RoundRecord) -> str:
    """Return whether a round was finished, left or paused, in words."""
    status = "Finished" if record.finished else "Unfinished"
    return f"{status}, paused" if record.paused else status

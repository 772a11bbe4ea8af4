"""How counts, times and durations read, on screen and on the command line alike."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import PurePath

from quizapp.core.model import AnswerRecord, Origin, PackId, PackInfo, RoundRecord


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


# Where a pack not read from a file came from, in the few words a list has room for.
_MADE_HERE = {
    Origin.SHIPPED: "comes with the game",
    Origin.EDITED: "your copy",
    Origin.CREATED: "made in the game",
}


def _where_from(pack: PackInfo) -> str:
    if pack.origin in _MADE_HERE:
        return _MADE_HERE[pack.origin]
    return PurePath(pack.source_path).name if pack.source_path else "imported"


def pack_names(packs: Sequence[PackInfo], now: datetime | None = None) -> dict[PackId, str]:
    """Return what each pack is called where packs are listed: its title, told apart if need be.

    Packs whose titles are the same but for case get what tells them apart after the title:
    the file each came from (or that it comes with the game, or was made in it); where that
    is the same too, when each was added; where even that is, its id, which no two share.
    """
    ways: tuple[Callable[[PackInfo], str], ...] = (
        _where_from,
        lambda p: f"added {format_day(p.added_at, now)}" if p.added_at else "",
        lambda p: f"id {p.slug}",
    )
    names = {p.id: p.title for p in packs}
    for way in ways:
        alike: dict[str, list[PackInfo]] = {}
        for pack in packs:
            alike.setdefault(names[pack.id].casefold(), []).append(pack)
        for group in alike.values():
            told = [way(pack) for pack in group]
            # A way that says the same of every pack of the group tells none apart: skip it.
            if len({words.casefold() for words in told}) < 2:
                continue
            for pack, words in zip(group, told, strict=True):
                if words:
                    names[pack.id] = f"{names[pack.id]} · {words}"
    return names


# What a review shows for an answer the time ran out on, in the window and on the command line.
TIMED_OUT_ANSWER = "Time ran out"


def format_given(answer: AnswerRecord) -> str:
    """Return what the player answered as a review shows it: timeouts and 50:50s said."""
    text = answer.given if not answer.timed_out else TIMED_OUT_ANSWER
    if answer.removed:
        text += f"  [50:50 took away {' and '.join(answer.removed)}]"
    return text


def format_right(record: RoundRecord) -> str:
    """Return how many a round got right of its questions, or how far an unfinished one got."""
    if record.finished:
        return f"{record.correct}/{record.total}"
    return f"{record.answered} of {record.total} answered"


def format_status(record: RoundRecord) -> str:
    """Return whether a round was finished, left or paused, in words."""
    status = "Finished" if record.finished else "Unfinished"
    return f"{status}, paused" if record.paused else status

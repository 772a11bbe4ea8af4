"""The Leitner schedule behind "Practise mistakes": missed questions return, then less often."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

# Days to wait before a question in each box is due again. A miss puts a question in box 1,
# due at once; each later right answer moves it up a box; a right answer in the last box
# means it is learned and it leaves the schedule (until it is missed again).
BOX_INTERVAL_DAYS: tuple[int, ...] = (0, 1, 3, 7, 14)

K = TypeVar("K")


@dataclass(frozen=True)
class Card:
    """Where a missed question stands on the schedule."""

    box: int
    due: datetime


def schedule(answers: Iterable[tuple[datetime, bool]]) -> Card | None:
    """Replay one question's answers, oldest first; return its card, or None if not due ever.

    A question that was never missed, or was learned since its last miss, has no card.
    """
    card: Card | None = None
    for answered_at, correct in answers:
        if not correct:
            card = Card(1, answered_at + timedelta(days=BOX_INTERVAL_DAYS[0]))
        elif card is not None:
            box = card.box + 1
            if box > len(BOX_INTERVAL_DAYS):
                card = None
            else:
                card = Card(box, answered_at + timedelta(days=BOX_INTERVAL_DAYS[box - 1]))
    return card


def due_first(cards: dict[K, Card], now: datetime, count: int) -> list[K]:
    """Return up to count keys whose cards are due at now: lowest box, then longest overdue."""
    due = [(card.box, card.due, key) for key, card in cards.items() if card.due <= now]
    due.sort(key=lambda item: (item[0], item[1]))
    return [key for _box, _due, key in due[:count]]

"""Errors the whole game shares, kept free of heavy imports so the window can show first."""

from __future__ import annotations

from enum import Enum


class StoreProblem(Enum):
    """Why the store failed, as far as a player can do something about it."""

    DAMAGED = "damaged"
    READ_ONLY = "read-only"
    DISK_FULL = "disk full"
    LOCKED = "locked"
    NOT_A_STORE = "not a quizapp store"
    UNAVAILABLE = "unavailable"
    UNREACHABLE = "unreachable"
    DENIED = "denied"
    REFUSED = "refused"


class StoreError(Exception):
    """The store cannot be opened or written, or refused a change; the message says why.

    Attributes:
        problem: What kind of failure it is; REFUSED for a rule the store enforces (a taken
            pack id, say), the others for a store that cannot be used as it is.
    """

    def __init__(self, message: str, problem: StoreProblem = StoreProblem.REFUSED) -> None:
        super().__init__(message)
        self.problem = problem


class NothingToDrawError(StoreError):
    """A round was asked of a pack that has no question for that mode and player."""

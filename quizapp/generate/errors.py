"""The one error the generator raises: a facts text it cannot turn into questions."""

from __future__ import annotations


class FactsError(Exception):
    """A facts text that cannot be read or yields no question; the message says why."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


class GenerationCancelledError(Exception):
    """Generation stopped because the player cancelled it; nothing was made."""

"""Errors the whole game shares, kept free of heavy imports so the window can show first."""


class StoreError(Exception):
    """The store cannot be opened or written; the message says why and where."""


class NothingToDrawError(StoreError):
    """A round was asked of a pack that has no question for that mode and player."""

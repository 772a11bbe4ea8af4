"""Errors the whole game shares, kept free of heavy imports so the window can show first."""


class StoreError(Exception):
    """The store cannot be opened or written; the message says why and where."""

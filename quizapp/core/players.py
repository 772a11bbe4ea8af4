"""Rules for player names: 1 to 40 characters, unique regardless of case."""

from __future__ import annotations

import unicodedata

MAX_NAME_LENGTH = 40


class PlayerNameError(ValueError):
    """A player name that cannot be used; the message says why."""


def clean_name(name: str) -> str:
    """Return the name as it will be stored, or raise PlayerNameError saying what is wrong."""
    cleaned = unicodedata.normalize("NFC", " ".join(name.split()))
    if not cleaned:
        raise PlayerNameError("Type a name to play under.")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise PlayerNameError(
            f"A name can be at most {MAX_NAME_LENGTH} characters; this one has {len(cleaned)}."
        )
    if not all(ch.isprintable() for ch in cleaned):
        raise PlayerNameError("A name cannot hold control characters.")
    return cleaned


def name_key(name: str) -> str:
    """Return the key two names share when they differ only in case or Unicode form."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())

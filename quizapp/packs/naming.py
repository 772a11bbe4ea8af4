"""Names the game makes for packs: question ids from prompts, pack ids and titles from text.

One owner for each, so a question made in the editor and the same question imported from a
file get one id, and a file name gives one title in the window and on the command line. It
loads no pydantic: the window uses it as it stands.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from quizapp.core.kinds import fold
from quizapp.packs import formats


def question_id(prompt: str) -> str:
    """Return the id of a question from a format without ids: stable while its prompt is.

    Case, spacing and edge punctuation do not change the id, so fixing a typo of that kind
    in a spreadsheet still updates the same question on re-import.
    """
    digest = hashlib.sha1(fold(prompt).encode("utf-8"), usedforsecurity=False).hexdigest()
    return f"q-{digest[:12]}"


def base_name(path: Path) -> str:
    """Return a file's name without the extensions packs come with (``quiz.gift.txt``: quiz)."""
    name, suffixes = path.name, formats.pack_suffixes()
    while True:
        stem, dot, extension = name.rpartition(".")
        if not (dot and stem and f".{extension.lower()}" in suffixes):
            return name
        name = stem


def slugify(text: str, *, fallback: str) -> str:
    """Return a pack id (lowercase letters, digits and hyphens) made from any text."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:64].rstrip("-") or fallback


# File names that say nothing about the pack: the folder they sit in names it better.
GENERIC_FILE_NAMES = frozenset({"questions", "question", "data", "export"})


def _naming_name(path: Path) -> str:
    """Return the name a pack is known by: its file's, or its folder's for a generic file name."""
    name = base_name(path)
    folder = path.parent.name
    if name.lower() in GENERIC_FILE_NAMES and folder and any(c.isalnum() for c in folder):
        return folder
    return name


def pack_id_from_path(path: Path) -> str:
    """Return a pack id made from a file's name (or its folder's, when the name is generic)."""
    return slugify(_naming_name(path), fallback="pack")


def sheet_pack_names(path: Path, sheet: str) -> tuple[str, str]:
    """Return the id and title of the pack a workbook's named sheet is read into.

    Each sheet named is a pack of its own beside the file's others ("maths-hard",
    "Maths: Hard"), so importing a second sheet never replaces the first one's questions.
    """
    name = " ".join(sheet.split())
    pack_id = slugify(f"{_naming_name(path)}-{name}", fallback="pack")
    return pack_id, f"{title_from_path(path)}: {name}"[:200].rstrip()


def title_from_path(path: Path) -> str:
    """Return a readable pack title made from a file's name (or folder's, as for the id)."""
    name = _naming_name(path)
    words = " ".join(re.sub(r"[_\-]+", " ", name).split()).strip(" .")[:200]
    if not any(c.isalnum() for c in words):
        return "Imported pack"
    return words[0].upper() + words[1:] if words.islower() else words

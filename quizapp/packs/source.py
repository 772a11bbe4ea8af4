"""A pack file's bytes and text, read through quizapp.files with a pack's limits and words."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from quizapp import files
from quizapp.files import TextEncoding, is_zip
from quizapp.packs.errors import PackError

__all__ = ["MAX_FILE_BYTES", "is_zip", "read_bytes", "text_encoding"]

MAX_FILE_BYTES: Final = 50 * 1024 * 1024
# What to do with a file that is not text, said where it is refused.
WHAT_A_PACK_IS: Final = (
    "a pack is text (CSV, GIFT, Aiken or JSON) or an .xlsx workbook: save a spreadsheet "
    "from its program as CSV UTF-8 or as .xlsx"
)


def read_bytes(path: Path) -> bytes:
    """Return a pack file's bytes: a regular file of at most 50 MB, refused otherwise.

    Raises:
        PackError: The path is missing, a folder, a FIFO or device, too big or unreadable, or
            the file disappeared between the check and the read.
    """
    try:
        return files.read_bytes(path, MAX_FILE_BYTES, what="pack file")
    except files.FileTooBigError as exc:
        size = "over 50 MB" if exc.size is None else f"{exc.size / (1024 * 1024):.1f} MB"
        raise PackError(path, f"the file is {size}; a pack may be at most 50 MB") from exc
    except files.FileReadError as exc:
        raise PackError(path, exc.reason, exc.where) from exc


def text_encoding(data: bytes, path: Path) -> TextEncoding:
    """Return how a pack file's bytes are text: UTF-8, UTF-16, UTF-32 or Windows-1252.

    Raises:
        PackError: The bytes are not text (a binary file) or fit none of those encodings.
    """
    try:
        return files.text_encoding(data, path)
    except files.FileReadError as exc:
        reason = exc.reason
        if reason.startswith("this is a binary file"):
            reason += f"; {WHAT_A_PACK_IS}"
        raise PackError(path, reason, exc.where) from exc

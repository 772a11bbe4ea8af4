"""Getting a pack file's bytes and text safely: size, kind of file and encoding checked first."""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Final

from quizapp.packs.errors import PackError

MAX_FILE_BYTES: Final = 50 * 1024 * 1024
ZIP_MAGIC: Final = b"PK\x03\x04"
OLE2_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL: Final = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def read_bytes(path: Path) -> bytes:
    """Return a file's bytes after checking it is a readable file of at most 50 MB.

    Raises:
        PackError: The path is missing, a directory, too big or unreadable, or the file
            disappeared between the check and the read.
    """
    try:
        if path.is_dir():
            raise PackError(path, "this is a folder, not a pack file")
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise PackError(path, "no such file") from exc
    except OSError as exc:
        raise PackError(path, exc.strerror or str(exc)) from exc
    if size > MAX_FILE_BYTES:
        raise PackError(path, f"the file is {_megabytes(size)}; a pack may be at most 50 MB")
    try:
        data = _read_at_most(path, MAX_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise PackError(path, "the file disappeared while it was being read") from exc
    except IsADirectoryError as exc:
        raise PackError(path, "this is a folder, not a pack file") from exc
    except OSError as exc:
        raise PackError(path, exc.strerror or str(exc)) from exc
    # The file may have grown since it was measured.
    if len(data) > MAX_FILE_BYTES:
        raise PackError(path, "the file is over 50 MB; a pack may be at most 50 MB")
    return data


def _read_at_most(path: Path, limit: int) -> bytes:
    with path.open("rb") as stream:
        return stream.read(limit)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def is_zip(data: bytes) -> bool:
    """Return whether the bytes are a zip archive, as an .xlsx workbook is."""
    return data.startswith(ZIP_MAGIC)


def decode_text(data: bytes, path: Path) -> str:
    """Return the text of a file in UTF-8 (with or without BOM), UTF-16 or Windows-1252.

    Raises:
        PackError: The bytes are not text (a binary file) or fit none of those encodings.
    """
    if is_zip(data) or data.startswith(OLE2_MAGIC):
        raise PackError(path, "this is a binary file (a zip or an office document), not text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, path)
    guessed = _bomless_utf16(data)
    if guessed:
        return _strict(data, guessed, path)
    if b"\x00" in data:
        raise PackError(path, "this is a binary file, not text (it holds NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # Excel and older Windows editors save CSV in the ANSI code page.
        text = _strict(data, "cp1252", path)
    return _checked_text(text, path)


def _strict(data: bytes, encoding: str, path: Path) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        name = "Windows-1252" if encoding == "cp1252" else encoding.upper()
        raise PackError(
            path,
            f"cannot decode the text: byte 0x{data[exc.start]:02x} is not valid {name}; "
            "save the file as UTF-8",
            f"line {line}",
        ) from exc
    return _checked_text(text, path)


def _checked_text(text: str, path: Path) -> str:
    sample = text[:8192]
    controls = len(_CONTROL.findall(sample))
    # A few stray control characters happen in real text; many mean it is not text at all.
    if "\x00" in sample or controls > max(2, len(sample) // 100):
        raise PackError(path, "this is a binary file, not text")
    return text


def _bomless_utf16(data: bytes) -> str | None:
    """Return the UTF-16 variant of BOM-less bytes whose every other byte is NUL, if any."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    # ASCII-heavy UTF-16 has NUL as nearly every high byte and none as low bytes.
    if odd_nuls >= half * 0.6 and even_nuls == 0:
        return "utf-16-le"
    if even_nuls >= half * 0.6 and odd_nuls == 0:
        return "utf-16-be"
    return None

"""Reading a facts file from disk with clear messages for every bad input."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quizapp.generate.errors import FactsError

# Ten MiB: a facts text is prose a person wrote; anything larger is almost surely the wrong file.
MAX_FACTS_BYTES = 10_485_760


@dataclass(frozen=True)
class FactsText:
    """A facts text as read from a file, with a notice when it needed a fallback encoding."""

    path: Path
    text: str
    notice: str | None = None


def read_facts(path: Path) -> FactsText:
    """Read a facts file as text.

    Args:
        path: The file to read.

    Returns:
        The decoded text; `notice` is set when the file was not UTF-8 and cp1252 was used.

    Raises:
        FactsError: The file is missing, a folder, empty, binary, too large or unreadable.
    """
    if not path.exists():
        raise FactsError(f"{path}: no such file")
    if path.is_dir():
        raise FactsError(f"{path}: is a folder, not a facts text file")
    try:
        size = path.stat().st_size
        if size > MAX_FACTS_BYTES:
            raise FactsError(
                f"{path}: the file is {size / 1_048_576:.1f} MiB; a facts text may be at most "
                f"{MAX_FACTS_BYTES // 1_048_576} MiB"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise FactsError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if b"\x00" in data:
        raise FactsError(f"{path}: looks like a binary file, not text (it holds NUL bytes)")
    notice = None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = data.decode("cp1252", errors="replace")
        notice = (
            f"{path}: not UTF-8 (byte {exc.start} is invalid); read it as Windows-1252 instead, "
            "so check accented letters in the questions"
        )
    if not text.strip():
        raise FactsError(f"{path}: the file is empty")
    return FactsText(path=path, text=text, notice=notice)

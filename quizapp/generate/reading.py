"""A facts file's text, read by the one file reader with the generator's limit and wording."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from quizapp.files import FileReadError, FileTooBigError, read_text
from quizapp.generate.errors import FactsError

# Ten MiB: a facts text is prose a person wrote, and parsing this much already takes minutes;
# anything larger is almost surely the wrong file.
MAX_FACTS_BYTES: Final = 10 * 1024 * 1024
_WHAT: Final = "facts text file"


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
        The decoded text; `notice` is set when the file was not Unicode and Windows-1252 was used.

    Raises:
        FactsError: The file is missing, not a regular file, empty, binary, too large or
            unreadable; the message names the file and says what to do.
    """
    try:
        decoded = read_text(path, MAX_FACTS_BYTES, what=_WHAT)
    except FileTooBigError as exc:
        size = f"{exc.size / 1_048_576:.1f} MB" if exc.size is not None else "over 10 MB"
        raise FactsError(
            f"{path}: the file is {size}; a facts text may be at most "
            f"{MAX_FACTS_BYTES // 1_048_576} MB, so keep the part you want questions about "
            "or split it into several files"
        ) from exc
    except FileReadError as exc:
        raise FactsError(f"{exc}. Open a plain text (.txt) file of sentences.") from exc
    if not decoded.text.strip():
        raise FactsError(f"{path}: the file is empty; put the facts in it as sentences")
    notice = None
    if decoded.fell_back:
        notice = (
            f"{path}: not UTF-8; read it as Windows-1252 instead, so check accented letters "
            "in the questions"
        )
    return FactsText(path=path, text=decoded.text, notice=notice)

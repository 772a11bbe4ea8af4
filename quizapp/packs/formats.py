"""The pack formats the game reads: one entry each, from which everything else is derived.

Detection, the command line's ``--format`` choices, the file dialog's filter, the Packs
screen's wording and the table in docs/packs.md all read ``FORMATS``. A format's reading
lives in its own module (named by the entry), which offers two functions:

- ``sniff(source) -> int``: how surely the file is in this format; 0 is "not this one".
- ``parse(source)``: the questions read, as a QuestionCollector, or a whole ParsedPack when
  the file carries its own id and title.

This module stays light (no pydantic, no openpyxl): the command line and the window need the
names before anything is read. A reader module is imported the first time it is asked.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Protocol, cast

if TYPE_CHECKING:
    from quizapp.files import TextEncoding
    from quizapp.packs.errors import ParsedPack, Problem
    from quizapp.packs.model import PackQuestion

ReadProgress = Callable[[int], None]
"""Told how many questions have been read so far; it may raise to stop the reading."""
KeepQuestion = Callable[["PackQuestion"], None]
"""Takes one good question as soon as a reader has it, in file order."""

# A sniff's score: 0 is "not this format", CERTAIN is "its signature says so", and the
# numbers between rank how telling the evidence is. The highest score wins.
CERTAIN: Final = 100

# How much of a text the heuristics look at: the start tells the format, and a big file is
# not scanned once per format.
HEAD_CHARS: Final = 65536

# Any text format may come named .txt, so the file dialog offers it and names drop it.
TEXT_SUFFIX: Final = ".txt"


@dataclass
class Source:
    """A pack file being read: its bytes, and its text and JSON, decoded once when first asked.

    Attributes:
        path: The file.
        data: Its bytes, within the size limit; emptied once the whole text is decoded.
        sheet: For a workbook, the sheet to read instead of the first.
        progress: Told how many questions have been read so far; it may raise to stop.
        keep: Where a reader hands each good question as it reads it, instead of holding
            them all (an import writes them to the store in batches); None to hold them.
    """

    path: Path
    data: bytes
    sheet: str | None = None
    progress: ReadProgress | None = None
    keep: KeepQuestion | None = None

    @cached_property
    def encoding(self) -> TextEncoding:
        """How the bytes are text, checked over all of them without holding the text.

        Raises:
            PackError: The bytes are not text in an encoding packs may use.
        """
        from quizapp.packs.source import text_encoding

        return text_encoding(self.data, self.path)

    @cached_property
    def text(self) -> str:
        """The file's whole text.

        Raises:
            PackError: The bytes are not text in an encoding packs may use.
        """
        text = self.encoding.decode(self.data)
        # The text is what is read from now on: holding the bytes too would keep the file twice.
        self.data = b""
        return text

    @cached_property
    def head(self) -> str:
        """The start of the text, for guessing the format without decoding all of it."""
        if "text" in self.__dict__:
            return self.text[:HEAD_CHARS]
        return self.encoding.head(self.data, HEAD_CHARS)

    @property
    def blank(self) -> bool:
        """Whether the text is empty or only whitespace."""
        return self.encoding.blank

    def lines(self) -> Iterator[str]:
        """Yield the text's lines with their endings, decoded as they are read, never whole."""
        if "text" in self.__dict__:
            return iter(io.StringIO(self.text, newline=""))
        return self.encoding.lines(self.data)

    @cached_property
    def json(self) -> Any:
        """The text decoded as strict JSON (no NaN, no Infinity, no number beyond a float).

        Raises:
            PackError: The text is not valid JSON; the error names the line and column, or
                the number that is not finite.
        """
        from quizapp.packs.errors import PackError

        try:
            return strict_json(self.text)
        except json.JSONDecodeError as exc:
            raise PackError(
                self.path, f"invalid JSON: {exc.msg}", f"line {exc.lineno}, column {exc.colno}"
            ) from exc
        except _NotFiniteError as exc:
            raise PackError(self.path, f"invalid JSON: {exc}") from exc
        except RecursionError as exc:
            raise PackError(self.path, "invalid JSON: nested too deeply") from exc


class _NotFiniteError(ValueError):
    """A number JSON cannot hold: NaN, Infinity, or one too large for a float."""


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotFiniteError(f"the number {text} is too large")
    return value


def _not_a_number(name: str) -> Any:
    raise _NotFiniteError(f"{name} is not a number JSON allows")


def strict_json(text: str) -> Any:
    """Parse JSON as the standard has it: no NaN, no Infinity, no number beyond a float.

    Raises:
        json.JSONDecodeError: The text is not JSON.
        ValueError: It holds a number that is not finite.
    """
    return json.loads(text, parse_float=_finite, parse_constant=_not_a_number)


class Collected(Protocol):
    """What a reader found in a file without a header of its own (a QuestionCollector)."""

    @property
    def questions(self) -> list[PackQuestion]:
        """The good questions, in file order."""
        ...

    @property
    def skipped(self) -> list[Problem]:
        """A problem for each question left out, in file order."""
        ...

    @property
    def unsupported(self) -> int:
        """How many of those are of a kind the game cannot play."""
        ...

    @property
    def warnings(self) -> list[Problem]:
        """A note for each question kept that its importer should look at, in file order."""
        ...

    @property
    def notes(self) -> list[str]:
        """What its importer should hear about the file as a whole."""
        ...

    @property
    def streamed(self) -> int:
        """How many good questions went to the source's `keep` instead of `questions`."""
        ...


class QuestionSink(Protocol):
    """Where an import sends a pack's questions while the file is read, so none is held whole.

    The reader opens the pack before its first question and sends the good questions in
    batches, in file order; a file that fails part-way raises, and the sink's owner undoes
    what it was sent.
    """

    def open(self, pack: ParsedPack) -> None:
        """Start a pack: its file, format and header are known, its questions not yet."""
        ...

    def write(self, questions: Sequence[PackQuestion]) -> None:
        """Take the next good questions of the pack opened."""
        ...


class FormatReader(Protocol):
    """What a format's module offers the reader."""

    def sniff(self, source: Source) -> int:
        """Return how surely the file is in this format: 0 for not at all, up to CERTAIN."""
        ...

    def parse(self, source: Source) -> Collected | ParsedPack:
        """Return the questions of the file, or the whole pack when it names its own id."""
        ...


@dataclass(frozen=True)
class PackFormat:
    """One format a pack may come in.

    Attributes:
        name: What ``--format`` takes and the import report says, e.g. ``gift``.
        label: What people call it, e.g. ``Moodle GIFT``.
        suffixes: The file name endings it usually has, first the usual one.
        reader: The module that sniffs and parses it.
        binary: Whether the file is not text (a workbook): it is sniffed on its bytes.
    """

    name: str
    label: str
    suffixes: tuple[str, ...]
    reader: str
    binary: bool = False

    def sniff(self, source: Source) -> int:
        """Return how surely the file is in this format: 0 for not at all, up to CERTAIN."""
        return self._reader().sniff(source)

    def parse(self, source: Source) -> Collected | ParsedPack:
        """Return the questions of the file, or the whole pack when it names its own id."""
        return self._reader().parse(source)

    def _reader(self) -> FormatReader:
        return cast(FormatReader, import_module(self.reader))


FORMATS: tuple[PackFormat, ...] = (
    PackFormat("native", "quizapp pack", (".json",), "quizapp.packs.native"),
    PackFormat("csv", "CSV spreadsheet", (".csv", ".tsv", ".tab"), "quizapp.packs.spreadsheet"),
    PackFormat("xlsx", "Excel workbook", (".xlsx",), "quizapp.packs.workbook", binary=True),
    PackFormat("opentdb", "Open Trivia DB", (".json",), "quizapp.packs.opentdb"),
    PackFormat("gift", "Moodle GIFT", (".gift",), "quizapp.packs.gift"),
    PackFormat("aiken", "Aiken", (".aiken",), "quizapp.packs.aiken"),
)
"""Every format, in the order they are listed; on a tie in sniffing, the earlier one wins."""


def names() -> list[str]:
    """Return the name of every format, as ``--format`` takes them."""
    return [f.name for f in FORMATS]


def named(name: str) -> PackFormat | None:
    """Return the format with this name, if there is one."""
    return next((f for f in FORMATS if f.name == name), None)


def by_suffix(path: Path) -> PackFormat | None:
    """Return the first text format whose usual file names end like this one's."""
    suffix = path.suffix.lower()
    return next((f for f in FORMATS if not f.binary and suffix in f.suffixes), None)


def pack_suffixes() -> frozenset[str]:
    """Return every ending a pack file's name may have, ``.txt`` included."""
    return frozenset({TEXT_SUFFIX, *(s for f in FORMATS for s in f.suffixes)})


def _patterns(suffixes: list[str]) -> str:
    return " ".join(f"*{s}" for s in dict.fromkeys(suffixes))


def file_filter() -> str:
    """Return the open-file dialog's filter: every pack file, each format, all files."""
    every = _patterns([s for f in FORMATS for s in f.suffixes] + [TEXT_SUFFIX])
    each = [f"{f.label} ({_patterns(list(f.suffixes))})" for f in FORMATS]
    return ";;".join([f"Question packs ({every})", *each, "All files (*)"])


def labels_in_words() -> str:
    """Return the formats' labels as a list in a sentence: "A, B and C"."""
    labels = [f.label for f in FORMATS]
    return ", ".join(labels[:-1]) + f" and {labels[-1]}" if len(labels) > 1 else labels[0]


def docs_table() -> str:
    """Return the Markdown table of formats that docs/packs.md shows."""
    rows = [
        "| format | `--format` | file names |",
        "|--------|------------|------------|",
        *(
            f"| {f.label} | `{f.name}` | {', '.join(f'`{s}`' for s in f.suffixes)} |"
            for f in FORMATS
        ),
    ]
    return "\n".join(rows) + "\n"

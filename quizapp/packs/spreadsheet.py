"""Spreadsheet packs: CSV text and .xlsx workbooks with a header row naming the columns."""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
import warnings
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import openpyxl
from openpyxl.utils import get_column_letter

from quizapp.packs.build import QuestionCollector, choice_fields
from quizapp.packs.errors import PackError
from quizapp.packs.formats import Source
from quizapp.packs.media import MEDIA_COLUMNS, media_kind, media_warning
from quizapp.packs.model import MAX_QUESTION_TIME_S, MIN_QUESTION_TIME_S
from quizapp.packs.source import MAX_FILE_BYTES

Row = tuple[int, list[str]]

DELIMITERS: Final = (",", ";", "\t")
# Limits on a sheet, whatever it declares: far above any real pack, low enough that a
# crafted file fails with a message instead of eating the machine.
MAX_ROWS: Final = 1_000_000
MAX_COLUMNS: Final = 200
MAX_CELL_CHARS: Final = 10_000
MAX_UNPACKED_BYTES: Final = 200 * 1024 * 1024
HEADER_SEARCH_ROWS: Final = 10
_SEP_LINE: Final = re.compile(r"sep=(.)\r?\n?")

# Header names are compared lower-cased with spaces, underscores, hyphens and dots removed.
_FIELD_ALIASES: Final = {
    "prompt": {"question", "questions", "prompt", "questiontext", "q"},
    "answer": {
        "answer",
        "correct",
        "correctanswer",
        "correctanswers",
        "correctoption",
        "correctchoice",
        "rightanswer",
        "solution",
    },
    "category": {"category", "topic", "subject"},
    "difficulty": {"difficulty", "level"},
    "explanation": {"explanation", "feedback", "generalfeedback"},
    "id": {"id", "questionid"},
    "accept": {"accept", "alsoaccept", "alternatives"},
    "source": {"source"},
}
_WRONG = re.compile(r"^(?:wrong|incorrect|distractor)(?:answers?|options?|choices?)?(\d*)$")
_NUMBERED_OPTION = re.compile(r"^(?:option|choice|answer|opt)(\d+)$")
_LETTERED_OPTION = re.compile(r"^(?:option|choice|answer)?([a-f])$")
# A question's time limit: Kahoot's "Time", its template's "Time limit (sec) - 5, 10, 20 …",
# "Seconds", or "Time (ms)" for an export that counts milliseconds.
_TIME = re.compile(r"^(?:time(?:limit)?|timer|seconds)(?:\((\w+)\)|in(\w+))?(?:$|[^a-z])")
_MILLISECONDS = {"ms", "msec", "millis", "milliseconds"}
# A time of this many or more can only be milliseconds: no question allows 16 minutes.
_SURELY_MS = 1000
_SEVERAL = re.compile(r"^\d+(?:\s*[,;&+]\s*\d+)+$|^[A-Fa-f](?:\s*[,;&+]\s*[A-Fa-f])+$")

LABELS: Final = {
    "prompt": "question",
    "wrong": "wrong option",
    "time_limit_s": "time",
}


# A header may explain its column after a spaced dash, as Kahoot's template does:
# "Question - max 120 characters", "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs".
_EXPLANATION: Final = re.compile(r"\s+[-\u2013\u2014]\s.*", re.DOTALL)


def header_name(name: str) -> str:
    """Return a header cell without the explanation after a spaced dash, if it has one."""
    return _EXPLANATION.sub("", name.strip())


def header_key(name: str) -> str:
    """Return a header cell reduced to the form the aliases are written in.

    The explanation after a spaced dash goes, and a plural "(s)" reads as "s": Kahoot's
    "Correct answer(s) - choose at least one" is "correctanswers".
    """
    return re.sub(r"[\s_\-.]+", "", header_name(name).replace("(s)", "s")).casefold()


@dataclass
class Columns:
    """Which column of a sheet holds which field."""

    fields: dict[str, int] = field(default_factory=dict)
    wrong: list[int] = field(default_factory=list)
    # Option columns (A-D, option 1-4, answer 1-4) with their 1-based position.
    options: list[tuple[int, int]] = field(default_factory=list)
    # Whether the time column's header says it counts milliseconds.
    time_in_ms: bool = False
    # Columns holding a picture, a sound or a video for the question, which the game cannot show.
    media: list[int] = field(default_factory=list)

    @classmethod
    def from_header(cls, header: Sequence[str]) -> Columns:
        """Map a header row to fields; unknown columns are ignored."""
        columns = cls()
        for index, name in enumerate(header):
            key = header_key(name)
            if not key:
                continue
            named = next((f for f, names in _FIELD_ALIASES.items() if key in names), None)
            if named is not None:
                columns.fields.setdefault(named, index)
            elif (time := _TIME.match(key)) and "time" not in columns.fields:
                columns.fields["time"] = index
                columns.time_in_ms = (time[1] or time[2]) in _MILLISECONDS
            elif _WRONG.match(key):
                columns.wrong.append(index)
            elif key in MEDIA_COLUMNS:
                columns.media.append(index)
            elif match := _NUMBERED_OPTION.match(key):
                columns.options.append((index, int(match[1])))
            elif match := _LETTERED_OPTION.match(key):
                columns.options.append((index, ord(match[1]) - ord("a") + 1))
        return columns

    def known(self) -> int:
        """Return how many columns were recognised, for telling delimiters apart."""
        return len(self.fields) + len(self.wrong) + len(self.options)


def _column(header: Sequence[str], index: int) -> str:
    """Return a column as a spreadsheet shows it: its letter and its header's name."""
    named = header_name(header[index]) if index < len(header) else ""
    letter = get_column_letter(index + 1)
    return f"column {letter} ({named[:40]!r})" if named else f"column {letter}"


def parse_rows(rows: Iterable[Row], source: Source, *, text: bool = True) -> QuestionCollector:
    """Read the questions of a sheet under its header row.

    The header is the first row naming a question and an answer column among the first
    few non-blank rows, so a title row above it does no harm. In a sheet read from text
    (CSV), a row with fewer cells than the header was cut short by a line break or a
    separator out of quotes, and is reported so; a workbook's rows end at their last cell.

    Raises:
        NoHeaderError: There is no such header row; nothing was kept.
    """
    collector = QuestionCollector.reading(source, LABELS)
    iterator = iter(rows)
    (_, header), columns = _header(iterator, source.path)
    # Cells under no header (the numbers down Kahoot's template, say) are not the game's.
    headed = [i for i, name in enumerate(header) if name.strip()]
    for number, cells in iterator:
        collector.tick()
        beyond = cells[len(header) :]
        if not any(cells[i].strip() for i in headed if i < len(cells)) and not any(
            c.strip() for c in beyond
        ):
            continue
        where = f"row {number}"
        if any(c.strip() for c in beyond):
            collector.skip(
                where,
                f"has {len(cells)} cells but the header names {len(header)} columns: put in "
                "quotes a cell whose text holds the separator, or name the extra columns",
            )
            continue
        if text and (lost := _cut_short(cells, header, columns)):
            collector.skip(where, lost)
            continue
        fields = _row_fields(cells, header, columns, where, collector)
        if fields is not None:
            collector.add(where, fields, warning=_media_cell(cells, header, columns))
    return collector


class NoHeaderError(PackError):
    """A sheet with no header row naming a question and an answer column: no question read."""


# What a header row may say, for messages about a sheet that has none.
HEADER_EXAMPLE: Final = "question, answer, wrong1, wrong2"


def _header(rows: Iterator[Row], path: Path) -> tuple[Row, Columns]:
    """Consume rows up to and including the header; return it and its columns.

    Raises:
        PackError: None of the first rows with text names a question and an answer column;
            the message quotes the likeliest one and says what a header names.
    """
    likeliest: tuple[Row, Columns] | None = None
    seen = 0
    for seen, row in enumerate((r for r in rows if any(c.strip() for c in r[1])), start=1):
        columns = Columns.from_header(row[1])
        if columns.fields.keys() >= {"prompt", "answer"}:
            return row, columns
        if likeliest is None or columns.known() > likeliest[1].known():
            likeliest = row, columns
        if seen >= HEADER_SEARCH_ROWS:
            break
    if likeliest is None:
        raise NoHeaderError(path, "the sheet is empty; it needs a header row and questions")
    (number, header), columns = likeliest
    missing = [
        n for n, f in (("question", "prompt"), ("answer", "answer")) if f not in columns.fields
    ]
    named = [h.strip() for h in header if h.strip()]
    found = ", ".join(repr(h[:30]) for h in named[:6]) + (", …" if len(named) > 6 else "")
    advice = f"put a header row naming the columns above the questions, such as: {HEADER_EXAMPLE}"
    what = f"no {' or '.join(missing)} column"
    if columns.known():
        what += f": the header names {found}"
    elif seen == 1:
        what += f": the only row with text names {found}"
    else:
        what += f" in the first {seen} rows with text (the first names {found})"
    raise NoHeaderError(
        path,
        f"{what}; {advice}",
        f"row {number}",
    )


def _cut_short(cells: list[str], header: Sequence[str], columns: Columns) -> str | None:
    """Return why a row with fewer cells than the header lacks a column it needs, if it does.

    A CSV row comes out short when a line break or a separator in a cell's text was not in
    quotes, so the rest of the question is on the next row or in the wrong cells.
    """
    needed = [("question", columns.fields["prompt"]), ("answer", columns.fields["answer"])]
    lacking = [(name, index) for name, index in needed if index >= len(cells)]
    if not lacking:
        return None
    name, index = lacking[0]
    plural = "" if len(cells) == 1 else "s"
    return (
        f"has {len(cells)} cell{plural} but the header names {len(header)} columns, so its "
        f"{name} cell, {_column(header, index)}, is missing: fill in the row, and put in "
        "quotes a cell whose text holds a line break or the separator"
    )


def _row_fields(
    cells: list[str],
    header: Sequence[str],
    columns: Columns,
    where: str,
    collector: QuestionCollector,
) -> dict[str, Any] | None:
    def cell(index: int) -> str:
        return cells[index].strip() if index < len(cells) else ""

    answer = cell(columns.fields["answer"])
    wrong = [cell(i) for i in columns.wrong if cell(i)]
    if columns.options:
        options = {position: cell(i) for i, position in columns.options}
        chosen = _chosen_option(answer, options)
        if isinstance(chosen, str):
            collector.skip(f"{where}, {_column(header, columns.fields['answer'])}", chosen)
            return None
        answer = options[chosen]
        wrong = [text for p, text in options.items() if p != chosen and text] + wrong
    fields: dict[str, Any] = {
        "prompt": cell(columns.fields["prompt"]),
        **choice_fields(answer, wrong),
    }
    for name in ("id", "category", "explanation", "source"):
        if name in columns.fields and cell(columns.fields[name]):
            fields[name] = cell(columns.fields[name])
    if "difficulty" in columns.fields and cell(columns.fields["difficulty"]):
        fields["difficulty"] = cell(columns.fields["difficulty"]).lower()
    if "time" in columns.fields and cell(columns.fields["time"]):
        seconds = _seconds(cell(columns.fields["time"]), columns.time_in_ms)
        if isinstance(seconds, str):
            collector.skip(f"{where}, {_column(header, columns.fields['time'])}", seconds)
            return None
        fields["time_limit_s"] = seconds
    if "accept" in columns.fields and cell(columns.fields["accept"]):
        fields["accept"] = [a.strip() for a in cell(columns.fields["accept"]).split("|")]
    return fields


def _seconds(text: str, in_ms: bool) -> int | str:
    """Return a time cell as whole seconds, or why it is not a time.

    Kahoot's own sheets give seconds (20); exports that copy its quiz data give milliseconds
    (20000). A header saying "ms", or a number no question would allow in seconds, is read as
    milliseconds.
    """
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return f"the time {text!r} is not a number of seconds"
    if not math.isfinite(value) or value <= 0:
        return f"the time {text!r} is not a number of seconds above 0"
    as_ms = in_ms or value >= _SURELY_MS
    # Half a second more or less is no matter to a player; an int is what a pack keeps.
    seconds = round(value / 1000 if as_ms else value)
    if not MIN_QUESTION_TIME_S <= seconds <= MAX_QUESTION_TIME_S:
        unit = " (milliseconds)" if as_ms else ""
        return (
            f"the time {text!r}{unit} is not {MIN_QUESTION_TIME_S} to {MAX_QUESTION_TIME_S} seconds"
        )
    return seconds


def _media_cell(cells: list[str], header: list[str], columns: Columns) -> str | None:
    """Return the warning for a row with something in a media column, if it has."""
    for index in columns.media:
        if index < len(cells) and cells[index].strip():
            cell = cells[index]
            kind = media_kind(cell) or MEDIA_COLUMNS[header_key(header[index])]
            return media_warning(kind, f"{header[index].strip()!r} column")
    return None


def _chosen_option(answer: str, options: dict[int, str]) -> int | str:
    """Return the position of the option the answer names, or why it names none."""
    if not answer:
        return "the answer column is empty"
    position: int | None = None
    if answer.isascii() and answer.isdigit():
        position = int(answer)
    elif len(answer) == 1 and answer.isalpha() and answer.isascii():
        position = ord(answer.lower()) - ord("a") + 1
    if position is not None:
        if position not in options:
            last = max(options)
            return (
                f"the answer {answer!r} names no option; give a letter A-{chr(ord('A') + last - 1)}"
                f", a number 1-{last} or the option's text"
            )
        if not options[position]:
            return f"the answer {answer!r} names an empty option"
        return position
    if _SEVERAL.match(answer):
        return (
            f"the answer {answer!r} names several options; a question here has one right "
            "answer, so keep the one to play"
        )
    folded = answer.casefold()
    for position, text in options.items():
        if text.casefold() == folded:
            return position
    return (
        f"the answer {answer!r} is not an option: give its letter, its number or its text exactly"
    )


def csv_rows(source: Source, delimiter: str | None = None) -> Iterator[Row]:
    """Yield a CSV file's numbered rows one by one, the delimiter detected unless given.

    The text is decoded line by line as the rows are read and never held whole: the reader
    keeps only the questions, or hands them on.

    Raises:
        PackError: The text is not valid CSV (a stray or unclosed quote, say), or breaks a
            limit on rows, columns or cell length.
    """
    # A long cell should cost its own row, not the whole file; its length is checked below.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))
    hinted, head = split_sep_line(source.head)
    chosen = delimiter or hinted or sniff_delimiter(head)
    lines = source.lines()
    if hinted:
        next(lines)  # the sep= line, which Excel hides
    reader = csv.reader(lines, delimiter=chosen, strict=True)
    shift = 1 if hinted else 0
    try:
        for number, cells in enumerate(reader, start=1):
            yield number, checked_cells(cells, source.path, number + shift)
    except csv.Error as exc:
        raise PackError(
            source.path, f"invalid CSV: {exc}", f"line {reader.line_num + shift}"
        ) from exc


def checked_cells(cells: list[str], path: Path, number: int) -> list[str]:
    """Return a row's cells if it keeps within the limits on rows, columns and cell length.

    Raises:
        PackError: It does not; the message names the limit and the row.
    """
    if number > MAX_ROWS:
        raise PackError(path, f"the sheet has more than {MAX_ROWS:,} rows", f"row {number}")
    # Counted up to the row's last cell, empty or not: a workbook pads a row to that cell
    # before it can be looked at, so a crafted one must stop at the first wide row.
    if len(cells) > MAX_COLUMNS:
        raise PackError(
            path,
            f"the row has {len(cells):,} cells; a sheet may have at most {MAX_COLUMNS}",
            f"row {number}",
        )
    for column, cell in enumerate(cells, start=1):
        if len(cell) > MAX_CELL_CHARS:
            raise PackError(
                path,
                f"cell {column} is {len(cell):,} characters long; "
                f"a cell may have at most {MAX_CELL_CHARS:,}",
                f"row {number}",
            )
    return cells


def split_sep_line(text: str) -> tuple[str | None, str]:
    """Return the delimiter named by Excel's ``sep=;`` first line, if any, and the rest.

    Excel hides that line, so rows are numbered from the one after it, as Excel shows them.
    """
    match = _SEP_LINE.match(text)
    if match and match.end() in (len(text), text.find("\n") + 1):
        return match[1], text[match.end() :]
    return None, text


def sniff_delimiter(text: str) -> str:
    """Return which of comma, semicolon and tab separates the columns of this CSV text."""
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(text[:65536], newline=""), delimiter=delimiter)
        try:
            header = next((row for row in reader if any(c.strip() for c in row)), [])
        except csv.Error:
            continue
        score = (Columns.from_header(header).known(), len(header))
        if score > best_score:
            best, best_score = delimiter, score
    return best


class OpenWorkbook:
    """A workbook open for reading its sheets' rows, in openpyxl's read-only mode.

    Rows are read one by one; the size a sheet declares is ignored (a crafted one claims
    16,384 columns and a million rows) and reading stops at the real last cell or at a limit.
    Use it in a `with` block, which closes it.
    """

    def __init__(self, data: bytes, path: Path) -> None:
        """Open the workbook.

        Raises:
            PackError: The bytes are not a readable workbook, it unpacks to more than
                allowed, or it has no worksheets.
        """
        _check_unpacked_size(data, path)
        self.path = path
        try:
            with warnings.catch_warnings():
                # openpyxl warns about workbook features it drops (styles, validation); the
                # values it reads are unaffected.
                warnings.simplefilter("ignore")
                self._book = openpyxl.load_workbook(
                    io.BytesIO(data), read_only=True, data_only=True
                )
        except Exception as exc:
            raise _unreadable(path, exc) from exc
        # Chart sheets have no cells, so only worksheets are candidates.
        self.sheets: list[str] = [worksheet.title for worksheet in self._book.worksheets]
        if not self.sheets:
            self.close()
            raise PackError(path, "the workbook has no worksheets")

    def __enter__(self) -> OpenWorkbook:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Let go of the workbook's file."""
        self._book.close()

    def named(self, sheet: str) -> str:
        """Return the sheet of this name, matched exactly or else ignoring case.

        Raises:
            PackError: There is no such sheet; the message names those there are.
        """
        match = [n for n in self.sheets if n == sheet] or [
            n for n in self.sheets if n.casefold() == sheet.casefold()
        ]
        if not match:
            raise PackError(self.path, f"no sheet named {sheet!r}; the sheets are {self.listed()}")
        return match[0]

    def listed(self) -> str:
        """Return the sheets' names quoted, as a list in a sentence."""
        return ", ".join(repr(name) for name in self.sheets)

    def rows(self, sheet: str) -> Iterator[Row]:
        """Yield the numbered rows of a sheet.

        Raises:
            PackError: The workbook is damaged, or a row breaks a limit.
        """
        try:
            worksheet = self._book[sheet]
            # The declared dimension pads every row to its width and every gap to its height.
            worksheet.reset_dimensions()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                    yield number, checked_cells([_cell_text(v) for v in values], self.path, number)
        except PackError:
            raise
        except Exception as exc:
            raise _unreadable(self.path, exc) from exc


def _unreadable(path: Path, exc: Exception) -> PackError:
    # A damaged workbook makes openpyxl raise whatever its zip, zlib and XML layers raise,
    # some only while rows are read; each means the file cannot be read.
    return PackError(path, f"not a readable .xlsx workbook ({type(exc).__name__}: {exc})")


def _check_unpacked_size(data: bytes, path: Path) -> None:
    """Refuse a workbook whose parts unpack to more than MAX_UNPACKED_BYTES.

    Zip readers stop at each part's declared size, so the declared sizes bound the work.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise PackError(path, f"not a readable .xlsx workbook ({exc})") from exc
    if unpacked > MAX_UNPACKED_BYTES:
        raise PackError(
            path,
            f"the workbook unpacks to {unpacked / 1_048_576:,.0f} MB; "
            f"at most {MAX_UNPACKED_BYTES // 1_048_576} MB is read",
        )


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)


def header_guess(text: str) -> Columns:
    """Return the columns of the likeliest header among the first lines of text."""
    hinted, text = split_sep_line(text)
    lines = [line for line in text.splitlines()[:50] if line.strip()][:HEADER_SEARCH_ROWS]
    best = Columns()
    for line in lines:
        delimiter = hinted or sniff_delimiter(line)
        if delimiter not in line:
            continue
        # A header cell that spans lines is cut here; this is only a guess at the format.
        columns = Columns.from_header(next(csv.reader([line], delimiter=delimiter), []))
        if columns.fields.keys() >= {"prompt", "answer"}:
            return columns
        best = max(best, columns, key=Columns.known)
    return best


def sniff(source: Source) -> int:
    """A header row with question and answer columns is CSV; any known column hints at it."""
    columns = header_guess(source.head)
    if columns.fields.keys() >= {"prompt", "answer"}:
        # Below JSON, above Aiken and GIFT, whose markers a question's text may hold.
        return 70
    return 10 if columns.known() else 0


def parse(source: Source) -> QuestionCollector:
    """Read the questions of CSV text."""
    return parse_rows(csv_rows(source), source)

"""Errors and reports shared by every pack reader."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.packs.model import PackHeader, PackQuestion


@dataclass(frozen=True)
class Problem:
    """One question that could not be read, and where it was."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class PackError(Exception):
    """A pack file that cannot be read at all; nothing of it may be imported.

    Attributes:
        path: The file.
        message: What is wrong, in words a pack author can act on.
        where: The line, row, question or field at fault, when there is one.
        problems: When every question was bad, why each one was; empty otherwise.
    """

    def __init__(
        self,
        path: Path | str,
        message: str,
        where: str | None = None,
        problems: Iterable[Problem] = (),
    ) -> None:
        self.path = Path(path)
        self.message = message
        self.where = where
        self.problems = list(problems)
        place = f"{self.path}, {where}" if where else str(self.path)
        super().__init__(f"{place}: {message}")


@dataclass
class ParsedPack:
    """What a reader got out of one file: a header, the good questions and the skipped ones.

    Attributes:
        path: The file read.
        format: The name of the format it was read as (an entry of formats.FORMATS).
        header: The pack's id, title and other details.
        questions: The questions that passed validation, in file order.
        skipped: One problem for each question left out, in file order.
        unsupported: How many of the skipped questions are of a kind the game cannot play
            (an essay or a matching question, say) rather than faulty.
        id_from_file_name: Whether the pack's id was made from the file's name.
        warnings: Questions kept that the importer should look at, such as one referring to
            a picture the game cannot show.
        streamed: How many good questions were handed to a sink as they were read instead
            of being held in `questions`.
        notes: What the importer should hear about the file as a whole, such as which of a
            workbook's sheets was read.
    """

    path: Path
    format: str
    header: PackHeader
    questions: list[PackQuestion]
    skipped: list[Problem] = field(default_factory=list)
    unsupported: int = 0
    id_from_file_name: bool = False
    warnings: list[Problem] = field(default_factory=list)
    streamed: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def question_count(self) -> int:
        """How many good questions the file had, held or handed on."""
        return len(self.questions) + self.streamed

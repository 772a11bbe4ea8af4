"""Errors and reports shared by every pack reader."""

from __future__ import annotations

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
    """A pack file that cannot be read at all; nothing of it may be imported."""

    def __init__(self, path: Path | str, message: str, where: str | None = None) -> None:
        self.path = Path(path)
        self.message = message
        self.where = where
        place = f"{self.path}, {where}" if where else str(self.path)
        super().__init__(f"{place}: {message}")


@dataclass
class ParsedPack:
    """What a reader got out of one file: a header, the good questions and the skipped ones."""

    path: Path
    format: str
    header: PackHeader
    questions: list[PackQuestion]
    skipped: list[Problem] = field(default_factory=list)
    unsupported: int = 0

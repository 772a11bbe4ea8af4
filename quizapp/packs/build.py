"""Turning what a reader found into validated pack questions, with ids and a report."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from quizapp.core.kinds import truth_text
from quizapp.packs.errors import Problem
from quizapp.packs.formats import KeepQuestion, ReadProgress, Source
from quizapp.packs.media import media_in
from quizapp.packs.model import PACK_ID_PATTERN, PackQuestion, PackTitle, QuestionKind, fold
from quizapp.packs.naming import question_id

PROGRESS_EVERY = 1000
TICKS_EVERY = 10_000
# How many problems of one question a message lists, and how long it may be.
MAX_PROBLEMS_SHOWN = 5
MAX_PROBLEM_CHARS = 500
_TRUTH = {fold(truth_text(value)): value for value in (True, False)}


_UNION_MEMBERS = frozenset({"bool", "constrained-str"})


def describe(error: ValidationError, labels: Mapping[str, str] | None = None) -> str:
    """Return a validation error as one line a person can act on, naming each field.

    Args:
        error: What pydantic found wrong.
        labels: What each field is called in the file being read, e.g. ``prompt`` is the
            ``question`` column of a spreadsheet; fields not named keep their own name.
    """
    parts: list[str] = []
    for item in error.errors():
        loc = item["loc"]
        if len(loc) == 2 and loc[1] in _UNION_MEMBERS:
            # The answer is "true/false or text": report only the branch the value was meant for.
            value = item["input"]
            if not isinstance(value, str | bool):
                parts.append(f"{_place(loc[:1], labels)}: must be text or true/false")
                continue
            if (loc[1] == "constrained-str") != isinstance(value, str):
                continue
            loc = loc[:1]
        place = _place(loc, labels)
        message = _message(item)
        parts.append(f"{place}: {message}" if place else message)
    unique = list(dict.fromkeys(parts))
    # A question with a thousand bad cells gets a message a person can read, not all of them.
    shown = "; ".join(unique[:MAX_PROBLEMS_SHOWN])
    if len(unique) > MAX_PROBLEMS_SHOWN:
        shown += f"; and {len(unique) - MAX_PROBLEMS_SHOWN:,} more problems"
    return shown


def _place(loc: tuple[int | str, ...], labels: Mapping[str, str] | None) -> str:
    words = [str(p + 1) if isinstance(p, int) else (labels or {}).get(p, p) for p in loc]
    return " ".join(words)


def _message(item: ErrorDetails) -> str:
    kind = item["type"]
    ctx = item.get("ctx") or {}
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return "is empty"
    if kind == "string_too_long":
        limit = ctx["max_length"]
        value = item["input"]
        length = f"is {len(value):,} characters long" if isinstance(value, str) else "is too long"
        return f"{length}; at most {limit:,} are allowed"
    if kind == "missing":
        return "is missing"
    if kind == "enum":
        return f"{item['input']!r} is not {ctx['expected']}"
    if kind == "string_pattern_mismatch" and ctx.get("pattern") == PACK_ID_PATTERN:
        return "must be lowercase letters and digits joined by single hyphens, like 'my-pack-2'"
    if kind == "extra_forbidden":
        return "is not a field this format knows"
    message: str = item["msg"]
    return message.removeprefix("Value error, ")


_PACK_TITLE: TypeAdapter[str] = TypeAdapter(PackTitle)


def clean_pack_title(title: str) -> str:
    """Return a title as packs keep it, on one line; raise ValueError saying what is wrong."""
    try:
        return _PACK_TITLE.validate_python(title)
    except ValidationError as exc:
        raise ValueError(f"A pack title {describe(exc)}.") from exc


def choice_fields(answer: str, wrong: list[str]) -> dict[str, Any]:
    """Return the fields of a question given its right and wrong options.

    A question whose options are exactly True and False becomes a truefalse question and one
    without wrong options becomes typed, as a spreadsheet author would expect.
    """
    right = fold(answer)
    if right in _TRUTH and len(wrong) <= 1 and {fold(w) for w in wrong} <= _TRUTH.keys() - {right}:
        return {"kind": QuestionKind.TRUEFALSE, "answer": _TRUTH[right]}
    if not wrong:
        return {"kind": QuestionKind.TYPED, "answer": answer}
    return {"kind": QuestionKind.CHOICE, "answer": answer, "wrong": wrong}


_DERIVED_ID = re.compile(r"q-[0-9a-f]{12}")
_NUMBERED_PLACE = re.compile(r"([a-z]+) ([1-9][0-9]{0,17})")


class SeenIds:
    """The ids of the questions kept so far and where each was, in little memory.

    A big file has half a million of them, held to the end of the reading: the ids made
    from prompts are held as numbers and places such as "row 12" as their numbers, each
    about half the size of its text.
    """

    def __init__(self) -> None:
        self._places: dict[str | int, str | int] = {}
        self._word: str | None = None

    def add(self, question_id: str, where: str) -> None:
        """Note that the question with this id was kept, and where it was."""
        self._places[self._key(question_id)] = self._compact(where)

    def place(self, question_id: str) -> str | None:
        """Return where the question with this id was kept, if one was."""
        place = self._places.get(self._key(question_id))
        if isinstance(place, int):
            return f"{self._word} {place}"
        return place

    @staticmethod
    def _key(question_id: str) -> str | int:
        # Only the exact form question_id() makes is a number: no two ids share a key.
        if _DERIVED_ID.fullmatch(question_id):
            return int(question_id[2:], 16)
        return question_id

    def _compact(self, where: str) -> str | int:
        match = _NUMBERED_PLACE.fullmatch(where)
        if match is None:
            return where
        if self._word is None:
            self._word = match[1]
        return int(match[2]) if match[1] == self._word else where


@dataclass
class QuestionCollector:
    """Validates questions one by one, giving ids where the format has none.

    A question that fails validation or repeats an earlier one is skipped with a problem
    saying where it is and what is wrong; the good ones are kept in file order, or handed
    on one by one when the collector is given somewhere to keep them.
    """

    labels: Mapping[str, str] = field(default_factory=dict)
    derive_ids: bool = True
    progress: ReadProgress | None = None
    keep: KeepQuestion | None = None
    questions: list[PackQuestion] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    # What the importer should hear about the file as a whole, such as which sheet was read.
    notes: list[str] = field(default_factory=list)
    unsupported: int = 0
    streamed: int = 0
    # Only the ids and places of the questions kept, which may have been handed on.
    _seen: SeenIds = field(default_factory=lambda: SeenIds())
    _ticks: int = 0

    @classmethod
    def reading(cls, source: Source, labels: Mapping[str, str]) -> QuestionCollector:
        """Return a collector for a file being read: it reports to and keeps as source says."""
        return cls(labels=labels, progress=source.progress, keep=source.keep)

    def add(
        self, where: str, fields: Mapping[str, Any], *, warning: str | None = None
    ) -> PackQuestion | None:
        """Validate one question and keep it, or record why it was skipped.

        Args:
            where: Where the question is in the file, e.g. ``line 12`` or ``row 3``.
            fields: The question's fields; without an ``id`` one is made from the prompt.
            warning: Something the importer should hear about the question if it is kept,
                such as a picture it refers to that the game cannot show.

        Returns:
            The question kept, or None when it was skipped.
        """
        self._count()
        data = dict(fields)
        derived = self.derive_ids and data.get("id") in (None, "")
        if derived:
            prompt = data.get("prompt")
            data["id"] = question_id(prompt) if isinstance(prompt, str) else "?"
        try:
            question = PackQuestion.model_validate(data)
        except ValidationError as exc:
            self._record(where, describe(exc, self.labels))
            return None
        earlier = self._seen.place(question.id)
        if earlier is not None:
            if derived:
                self._record(where, f"repeats the question at {earlier}")
            else:
                self._record(where, f"repeats the id {question.id!r} of {earlier}")
            return None
        self._seen.add(question.id, where)
        warning = warning or _media_warning(question)
        if warning:
            self.warnings.append(Problem(where, warning))
        if self.keep is None:
            self.questions.append(question)
        else:
            self.keep(question)
            self.streamed += 1
        return question

    def skip(self, where: str, message: str) -> None:
        """Record a question left out because something in it is wrong."""
        self._count()
        self._record(where, message)

    def skip_unsupported(self, where: str, kind: str) -> None:
        """Record a question of a kind the game cannot play, such as an essay."""
        self._count()
        self.unsupported += 1
        self._record(where, f"{kind} questions cannot be played in quizapp")

    def tick(self) -> None:
        """Note one more piece of the file read (a row, a block), questions or not.

        Every TICKS_EVERY pieces the progress hears the count again, so a file of blank rows
        or comments can be cancelled between chunks too, not only between questions.
        """
        self._ticks += 1
        if self.progress is not None and self._ticks % TICKS_EVERY == 0:
            self.progress(len(self.questions) + self.streamed + len(self.skipped))

    def _record(self, where: str, message: str) -> None:
        if len(message) > MAX_PROBLEM_CHARS:
            message = message[: MAX_PROBLEM_CHARS - 1] + "…"
        self.skipped.append(Problem(where, message))

    def _count(self) -> None:
        read = len(self.questions) + self.streamed + len(self.skipped)
        if self.progress is not None and read and read % PROGRESS_EVERY == 0:
            self.progress(read)


def _media_warning(question: PackQuestion) -> str | None:
    """Return the warning for a question whose text refers to media, if it does."""
    texts = {"question": question.prompt, "answer": question.answer_text}
    if question.wrong or question.accept:
        texts["options"] = "\n".join([*question.wrong, *question.accept])
    return media_in(texts)

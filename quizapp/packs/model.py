"""The native pack format (quizapp-pack/1): the one model that validates every pack."""

from __future__ import annotations

from typing import Annotated, Final, Literal, Self

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictStr,
    StringConstraints,
    field_validator,
    model_validator,
)

from quizapp.core.kinds import Difficulty, QuestionKind, fold, truth_text

__all__ = ["Difficulty", "QuestionKind", "fold"]

PACK_FORMAT: Final = "quizapp-pack/1"
MAX_FIELD_CHARS = 2000
MAX_TITLE_CHARS = 200
# More options than any quiz shows; a file with more is crafted or broken.
MAX_OPTIONS = 100
PACK_ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
# A question's own time limit: Kahoot offers 5 to 240 seconds; ten minutes is plenty for any.
MIN_QUESTION_TIME_S = 5
MAX_QUESTION_TIME_S = 600

Text = Annotated[
    StrictStr,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_FIELD_CHARS),
]


def _one_line(value: object) -> object:
    # Titles are shown on one line: runs of spaces and line breaks become one space.
    return " ".join(value.split()) if isinstance(value, str) else value


PackTitle = Annotated[
    StrictStr,
    StringConstraints(min_length=1, max_length=MAX_TITLE_CHARS),
    BeforeValidator(_one_line),
]
"""A pack's title, wherever it is set: in a file, on the command line or in the game."""
QuestionKey = Annotated[
    StrictStr,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
]


class PackQuestion(BaseModel):
    """One question of a pack, as written in the pack file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: QuestionKey = Field(
        description="Unique in the pack and stable: re-importing updates the question by id."
    )
    kind: QuestionKind = Field(description="How the question is answered.")
    prompt: Text = Field(description="The question as the player reads it (plain text).")
    answer: StrictBool | Text = Field(
        description="The right answer: text, or JSON true/false for a truefalse question."
    )
    wrong: list[Text] = Field(
        default_factory=list,
        max_length=MAX_OPTIONS,
        description="choice only: one or more wrong options, none equal to the answer.",
    )
    accept: list[Text] = Field(
        default_factory=list,
        max_length=MAX_OPTIONS,
        description="typed only: other answers also counted right.",
    )
    tolerance: Annotated[float, Field(ge=0, allow_inf_nan=False)] = Field(
        default=0, description="typed only: a number within this distance of the answer is right."
    )
    category: Text | None = Field(default=None, description="A topic, e.g. 'Cast'.")
    difficulty: Difficulty | None = Field(default=None, description="How hard it is meant to be.")
    explanation: Text | None = Field(default=None, description="Shown after answering.")
    source: Text | None = Field(default=None, description="Where the question comes from.")
    time_limit_s: (
        Annotated[int, Field(strict=True, ge=MIN_QUESTION_TIME_S, le=MAX_QUESTION_TIME_S)] | None
    ) = Field(
        default=None,
        description="Seconds to answer it in a Speed round, in place of the round's timer.",
    )

    @model_validator(mode="after")
    def _answer_fits_kind(self) -> Self:
        if self.kind is QuestionKind.TRUEFALSE:
            if not isinstance(self.answer, bool):
                raise ValueError("a truefalse question needs answer true or false")
            if self.wrong or self.accept:
                raise ValueError("a truefalse question has no 'wrong' or 'accept' answers")
            return self
        if isinstance(self.answer, bool):
            raise ValueError(f"a {self.kind.value} question needs a text answer, not true/false")
        if self.kind is QuestionKind.CHOICE:
            if not self.wrong:
                raise ValueError("a choice question needs at least one wrong option")
            if self.accept:
                raise ValueError("only typed questions take 'accept'")
            folded = [fold(w) for w in self.wrong]
            if fold(self.answer) in folded:
                raise ValueError("the answer is also among the wrong options")
            if len(set(folded)) != len(folded):
                raise ValueError("the wrong options repeat each other")
        elif self.wrong:
            raise ValueError("a typed question has no wrong options; use 'accept' for alternates")
        return self

    @property
    def answer_text(self) -> str:
        """The right answer as shown to a player."""
        return truth_text(self.answer) if isinstance(self.answer, bool) else self.answer


class PackHeader(BaseModel):
    """Everything in a pack except its questions."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["quizapp-pack/1"] = Field(
        default=PACK_FORMAT, description="The format and its version."
    )
    id: Annotated[StrictStr, StringConstraints(pattern=PACK_ID_PATTERN, max_length=64)] = Field(
        description="The pack's id: lowercase letters and digits joined by single hyphens."
    )
    title: PackTitle = Field(description="The name players see.")
    description: Text | None = Field(default=None, description="What the pack is about.")
    author: Text | None = Field(default=None, description="Who wrote it.")
    language: Annotated[StrictStr, StringConstraints(max_length=35)] | None = Field(
        default=None, description="A language tag such as 'en' or 'pt-BR'."
    )


class Pack(PackHeader):
    """A whole pack: its header and at least one question, with ids unique in the pack."""

    questions: list[PackQuestion] = Field(min_length=1)

    @field_validator("questions")
    @classmethod
    def _ids_unique(cls, questions: list[PackQuestion]) -> list[PackQuestion]:
        seen: dict[str, int] = {}
        for index, question in enumerate(questions, start=1):
            if question.id in seen:
                first = seen[question.id]
                raise ValueError(
                    f"question {index} repeats the id {question.id!r} of question {first}"
                )
            seen[question.id] = index
        return questions


def pack_json_schema() -> dict[str, object]:
    """Return the JSON Schema of the native pack format."""
    schema = Pack.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema

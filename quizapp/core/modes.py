"""Round modes: which questions a round draws and how it asks them."""

from __future__ import annotations

from dataclasses import dataclass, replace

from quizapp.core.kinds import QuestionKind
from quizapp.core.model import Question

# The keys are what the store records for each round and what the command line accepts.
CLASSIC_MODE = "classic"
TYPED_MODE = "typed"
MISTAKES_MODE = "mistakes"
# Older names of modes, still accepted where a player types a mode.
MODE_ALIASES = {"normal": CLASSIC_MODE}


@dataclass(frozen=True)
class Mode:
    """A way to play; rounds are only ranked against rounds of the same mode."""

    key: str
    label: str
    description: str
    kinds: frozenset[QuestionKind]
    ask_typed: bool = False
    practises_mistakes: bool = False

    def prepare(self, question: Question) -> Question:
        """Return the question as this mode asks it."""
        if self.ask_typed and question.kind is not QuestionKind.TYPED:
            return replace(question, kind=QuestionKind.TYPED, wrong=())
        return question


# Classic rounds are answered with one key each, so they hold only questions with options.
CLASSIC = Mode(
    CLASSIC_MODE,
    "Classic",
    "Pick an answer: multiple choice and true or false.",
    frozenset({QuestionKind.CHOICE, QuestionKind.TRUEFALSE}),
)
TYPED = Mode(
    TYPED_MODE,
    "Type the answer",
    "No options to pick from: type every answer.",
    frozenset({QuestionKind.CHOICE, QuestionKind.TYPED}),
    ask_typed=True,
)
# Mistakes come back as they were first asked, so every kind of question is welcome here.
MISTAKES = Mode(
    MISTAKES_MODE,
    "Practise mistakes",
    "Questions you got wrong, back on a schedule until you know them.",
    frozenset(QuestionKind),
    practises_mistakes=True,
)
MODES: dict[str, Mode] = {mode.key: mode for mode in (CLASSIC, TYPED, MISTAKES)}


def mode_label(key: str) -> str:
    """Return a mode's name as the player knows it; a key the game no longer has is shown as is."""
    mode = MODES.get(key)
    return key if mode is None else mode.label

"""Round modes: which questions a round draws and how it asks them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from quizapp.core.kinds import KIND_LABELS, QuestionKind
from quizapp.core.scoring import CLASSIC_RULE, SPEED_RULE, ScoringRule

if TYPE_CHECKING:
    from quizapp.core.model import Question, QuestionPool

# The keys are what the store records for each round and what the command line accepts.
CLASSIC_MODE = "classic"
TYPED_MODE = "typed"
MISTAKES_MODE = "mistakes"
SPEED_MODE = "speed"
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
    scoring: ScoringRule = CLASSIC_RULE
    # Whether its rounds enter the high-score tables and the chart of scores: practice is
    # played for learning, not against anyone.
    ranked: bool = True

    @property
    def timed(self) -> bool:
        """Whether each question has a time limit."""
        return self.scoring.timed

    def prepare(self, question: Question) -> Question:
        """Return the question as this mode asks it."""
        return as_typed(question) if self.ask_typed else question

    def left_out(self, kind_counts: Iterable[tuple[QuestionKind, int]]) -> str | None:
        """Say how many of the questions chosen this mode asks, and why not the rest.

        None when it asks them all. The modes that do ask the rest are named, so the
        player knows where those questions are played.
        """
        counts = [(kind, n) for kind, n in kind_counts if n]
        missing = [(kind, n) for kind, n in counts if kind not in self.kinds]
        if not missing:
            return None
        chosen = sum(n for _kind, n in counts)
        asked = chosen - sum(n for _kind, n in missing)
        kinds = " and ".join(
            f"{n} {'is a' if n == 1 else 'are'} {KIND_LABELS[kind].lower()} "
            f"question{'' if n == 1 else 's'}"
            for kind, n in missing
        )
        of_them = f"{asked} of the {chosen}" if asked else "none of the"
        said = f"{self.label} asks {of_them} questions chosen: {kinds}, which it does not ask."
        others = [
            mode.label
            for mode in MODES.values()
            if not mode.practises_mistakes and all(kind in mode.kinds for kind, _n in missing)
        ]
        if others:
            said += f" {' or '.join(others)} asks {'it' if chosen - asked == 1 else 'them'}."
        return said


def as_typed(question: Question) -> Question:
    """Return the question asked without options: the player types the answer."""
    if question.kind is QuestionKind.TYPED:
        return question
    return replace(question, kind=QuestionKind.TYPED, wrong=())


# Classic asks each question as its pack wrote it: options to pick from, true or false, or a
# typed answer, mixed in one round as a pack mixes them.
CLASSIC = Mode(
    CLASSIC_MODE,
    "Classic",
    "Every question as its pack asks it: pick an answer, or type it.",
    frozenset(QuestionKind),
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
    ranked=False,
)
SPEED = Mode(
    SPEED_MODE,
    "Speed",
    "Against the clock: the faster the right answer, the more points.",
    frozenset(QuestionKind),
    scoring=SPEED_RULE,
)
MODES: dict[str, Mode] = {mode.key: mode for mode in (CLASSIC, SPEED, TYPED, MISTAKES)}
# The modes with a high-score table.
RANKED_MODES: dict[str, Mode] = {key: mode for key, mode in MODES.items() if mode.ranked}


def mode_label(key: str) -> str:
    """Return a mode's name as the player knows it; a key the game no longer has is shown as is."""
    mode = MODES.get(key)
    return key if mode is None else mode.label


def mode_key(name: str) -> str:
    """Return the key of the mode a player named by key, old name or label, in any case.

    A name no mode has is returned as typed, for the caller to refuse.
    """
    wanted = " ".join(name.split()).casefold()
    wanted = MODE_ALIASES.get(wanted, wanted)
    return next((k for k, m in MODES.items() if wanted in (k, m.label.casefold())), name)


def nothing_to_draw(pool: QuestionPool, mode: Mode) -> str:
    """Say that no question of the pool fits the mode, naming what narrowed it."""
    where = "these packs have" if len(pool.packs) > 1 else "this pack has"
    narrowed = [
        what
        for what, chosen in (
            ("categories" if len(pool.categories) > 1 else "category", pool.categories),
            ("difficulty", pool.difficulties),
        )
        if chosen
    ]
    if not narrowed:
        return f"{where.capitalize()} no questions for a {mode.label} round."
    return (
        f"{where.capitalize()} no questions for a {mode.label} round in the "
        f"{' and '.join(narrowed)} chosen: choose again."
    )

"""Hot-seat: two to four players at one computer answer the same questions in turn."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quizapp.core.players import clean_name, name_key
from quizapp.core.round import GivenAnswer, Presented, RoundPlay
from quizapp.core.round_setup import RoundSetupError
from quizapp.core.scoring import places

MIN_SEATS = 2
MAX_SEATS = 4


def seat_names(names: Sequence[str]) -> list[str]:
    """Return the players' names cleaned, in seating order, or raise saying what is wrong.

    Raises:
        PlayerNameError: A name cannot be used.
        RoundSetupError: Too few or too many players, or a name given twice.
    """
    cleaned = [clean_name(n) for n in names if n.strip()]
    if not MIN_SEATS <= len(cleaned) <= MAX_SEATS:
        raise RoundSetupError(
            f"A hot-seat round is for {MIN_SEATS} to {MAX_SEATS} players; {len(cleaned)} named."
        )
    keys = [name_key(n) for n in cleaned]
    twice = next((n for n, k in zip(cleaned, keys, strict=True) if keys.count(k) > 1), None)
    if twice is not None:
        raise RoundSetupError(f"{twice} is named twice: each player plays under their own name.")
    return cleaned


@dataclass(frozen=True)
class Standing:
    """A player's place once everyone has answered every question."""

    place: int
    name: str
    score: int
    correct: int
    total: int


class HotSeatPlay:
    """Seats take turns on each question; every seat answers into their own round.

    Each seat's round asks the same questions with the same options in the same order. A new
    turn starts hidden: the screen says whose turn it is, and that player's clock starts only
    when they call ``begin_turn``, so no one sees the previous choice or loses time to the pass.
    """

    def __init__(self, seats: Sequence[tuple[str, RoundPlay]]) -> None:
        if not MIN_SEATS <= len(seats) <= MAX_SEATS:
            raise RoundSetupError(f"A hot-seat round is for {MIN_SEATS} to {MAX_SEATS} players.")
        self._seats = list(seats)
        self._turn = 0
        self.turn_begun = False

    @property
    def names(self) -> list[str]:
        """The players in seating order."""
        return [name for name, _ in self._seats]

    @property
    def seat(self) -> str:
        """Whose turn it is."""
        return self._seats[self._turn][0]

    @property
    def play(self) -> RoundPlay:
        """The round of the player whose turn it is."""
        return self._seats[self._turn][1]

    @property
    def rounds(self) -> list[RoundPlay]:
        """Every seat's round, in seating order."""
        return [play for _, play in self._seats]

    @property
    def current(self) -> Presented:
        """The question in front of the player whose turn it is."""
        return self.play.current

    @property
    def finished(self) -> bool:
        """Whether every player has answered every question."""
        return all(play.finished for _, play in self._seats)

    def begin_turn(self) -> Presented:
        """Show the question to the player whose turn it is and start their clock."""
        self.play.start_clock()
        self.turn_begun = True
        return self.current

    def answer(self, given: str) -> GivenAnswer:
        """Judge and record the answer of the player whose turn it is."""
        if not self.turn_begun:
            raise RuntimeError("the turn has not begun")
        return self.play.answer(given)

    def time_out(self) -> GivenAnswer:
        """Record the current player's question as unanswered in time."""
        return self.play.time_out()

    def next_turn(self) -> str | None:
        """Pass to the next player; return their name, or None once the round is over.

        After the last seat answers a question, every round moves on to the next one and the
        first seat starts again.
        """
        if self.play.awaiting_answer:
            raise RuntimeError("the player whose turn it is has not answered")
        self.turn_begun = False
        if self._turn + 1 < len(self._seats):
            self._turn += 1
            return self.seat
        advanced = [play.advance() for _, play in self._seats]
        if not all(advanced):
            return None
        self._turn = 0
        return self.seat

    def standings(self) -> list[Standing]:
        """Return the players best first; equal scores share a place."""
        ranked = sorted(self._seats, key=lambda seat: -seat[1].score)
        standings: list[Standing] = []
        for place, (name, play) in zip(
            places(play.score for _, play in ranked), ranked, strict=True
        ):
            total = len(play.answers)
            standings.append(Standing(place, name, play.score, play.correct_count, total))
        return standings

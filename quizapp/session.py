"""The game session: the collection, the round being played, and when the player may leave it.

Screens show what the session hands them and report what the player did; every rule about
rounds lives here or in the core, never in a widget. The session is plain Python (no Qt), so
the rules are tested without a window.

A round is a ``RoundPlay`` from the core; the session starts, answers, advances and abandons
it. Time-limited questions, lifelines and several players taking turns belong in ``RoundPlay``
and reach the screens through the same three calls: ``answer``, ``next_question``, ``results``.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.core.hotseat import HotSeatPlay, seat_names
from quizapp.core.kinds import Difficulty
from quizapp.core.model import (
    HighScore,
    PackId,
    PackInfo,
    PersonalBest,
    Player,
    PlayerId,
    PlayerStatistics,
    PoolSummary,
    QuestionPool,
    RoundId,
    RoundRecord,
    RoundStanding,
)
from quizapp.core.modes import CLASSIC, MISTAKES, MODES, TYPED, Mode, nothing_to_draw
from quizapp.core.periods import Period
from quizapp.core.players import PlayerNameError
from quizapp.core.round import GivenAnswer, Presented, RoundPlay
from quizapp.core.round_setup import (
    DEFAULT_TIME_LIMIT_S,
    ROUND_LENGTH,
    RoundSetupError,
    checked_round_length,
    checked_time_limit,
)
from quizapp.errors import NothingToDrawError, StoreError

if TYPE_CHECKING:
    from quizapp.store import Collection


# The pack offered first to someone who has not played yet.
SHIPPED_PACK = "heartstopper"
# A new round cannot start this soon after the results appear: the second press of a quick
# double Enter is a slip, not a wish to skip the results and play again.
RESULTS_SETTLE_SECONDS = 0.5


def checked_pool(packs: QuestionPool | PackId | Sequence[PackId]) -> QuestionPool:
    """Return the pool a round is set up to draw from, or raise RoundSetupError when empty."""
    pool = packs if isinstance(packs, QuestionPool) else QuestionPool.of(packs)
    if not pool.packs:
        raise RoundSetupError("Pick at least one pack to play.")
    return pool


def _shortfall(found: int, length: int, *, mistakes: bool = False) -> str | None:
    """Say that the pool held fewer questions than the round asked for; None when it did not."""
    if found >= length:
        return None
    if mistakes:
        # All that is due is the round: a mistake is never padded with other questions.
        if found == 1:
            return "1 mistake is due: practising it."
        return f"{found} mistakes are due: practising those {found}."
    if found == 1:
        return f"Only 1 question fits this round, not {length}: playing it."
    return f"Only {found} questions fit this round, not {length}: playing those {found}."


class AllCaughtUp(Exception):  # noqa: N818 - good news, not a fault
    """Good news rather than a fault: no question is due for practice in this pack."""


@dataclass(frozen=True)
class StartChoices:
    """What the start screen offers: who may play, which packs, and what to pick first."""

    players: list[Player]
    last_player: Player | None
    packs: list[PackInfo]
    pack: PackId | None
    mode: str | None
    # The packs, categories and difficulty to pick first: the last ones played.
    pool: QuestionPool | None = None


@dataclass(frozen=True)
class RoundResults:
    """A finished round, the table it belongs to and any record it set."""

    record: RoundRecord
    top: list[HighScore]
    standing: RoundStanding


@dataclass(frozen=True)
class _Setup:
    player: PlayerId
    pool: QuestionPool
    mode: Mode
    time_limit_s: int = DEFAULT_TIME_LIMIT_S
    length: int = ROUND_LENGTH


class GameSession:
    """Owns the collection and the round being played; answers what the screens ask."""

    def __init__(
        self,
        collection: Collection,
        *,
        data_dir: Path | None = None,
        round_length: int = ROUND_LENGTH,
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Start a session on a collection.

        Args:
            collection: The store the rounds are drawn from and saved to.
            data_dir: The desktop's data folder, whose settings remember which player to
                offer first; None remembers it only while the session lasts.
            round_length: How many questions a round asks unless told otherwise.
            rng: The randomness of draws and options; a fresh one each time by default.
            clock: Seconds, for answer times and the results' settling.
        """
        self.collection = collection
        self._data_dir = data_dir
        self._last_player: PlayerId | None = None
        if data_dir is not None:
            from quizapp.settings import load_settings

            remembered = load_settings(data_dir).last_player
            self._last_player = None if remembered is None else PlayerId(remembered)
        self._round_length = round_length
        self._rng = rng
        self._clock = clock
        self.round: RoundPlay | None = None
        self._setup: _Setup | None = None
        self._offered: QuestionPool | None = None
        self._offered_mode: str | None = None
        self._results_shown_at: float | None = None
        self.hot_seat: HotSeatPlay | None = None
        # Said when the pool held fewer questions than the round length asked for.
        self.shortfall: str | None = None

    # Guards ----------------------------------------------------------------------------------

    @property
    def playing(self) -> bool:
        """Whether a round is on and not yet over: leaving it needs the player's word."""
        if self.hot_seat is not None:
            return not self.hot_seat.finished
        return self.round is not None and not self.round.finished

    @property
    def awaiting_answer(self) -> bool:
        """Whether the question on screen still takes an answer."""
        return self.playing and self.round is not None and self.round.awaiting_answer

    # The start screen ------------------------------------------------------------------------

    def start_choices(self) -> StartChoices:
        """Return the players and packs to offer, with the pack and mode to pick first."""
        packs = self.collection.packs.all()
        pool = self._offered
        if pool is None and self._setup is not None:
            pool = self._setup.pool
        if pool is None:
            shipped = next((p for p in packs if p.slug == SHIPPED_PACK), None)
            pool = QuestionPool.of(shipped.id) if shipped else None
        return StartChoices(
            players=self.collection.players.all(),
            last_player=self.last_player(),
            packs=packs,
            pack=pool.packs[0] if pool and pool.packs else None,
            mode=self._offered_mode,
            pool=pool,
        )

    @staticmethod
    def mode_for_new_pack(mode_key: str) -> Mode:
        """Return the mode a pack just made is played in: the one chosen, if it can be.

        A pack just made has no mistakes to practise, so Practise mistakes gives way to Classic.
        """
        mode = MODES.get(mode_key, CLASSIC)
        return CLASSIC if mode.practises_mistakes else mode

    def offer_pack(
        self, pack_id: PackId, player_name: str = "", mode_key: str | None = None
    ) -> Mode:
        """Put a new pack first on the start screen, in a mode that can play it; return that mode.

        The mode is the one chosen (by default the one offered last) when it can draw a
        question of the pack for that player: a pack just made may hold only typed questions.
        """
        player = self.player_named(player_name)
        wanted = self.mode_for_new_pack(self._offered_mode or "" if mode_key is None else mode_key)
        mode = next(
            (m for m in (wanted, CLASSIC, TYPED) if self._can_draw(pack_id, m, player)), CLASSIC
        )
        self._offered = QuestionPool.of(pack_id)
        self._offered_mode = mode.key
        return mode

    def _can_draw(self, pack_id: PackId, mode: Mode, player: Player | None) -> bool:
        try:
            return bool(
                self.collection.rounds.draw(
                    pack_id, 1, mode, player_id=None if player is None else player.id
                )
            )
        except StoreError:
            return False

    def offer_remembered(
        self,
        pack_slugs: str | Sequence[str],
        mode_key: str,
        categories: Sequence[str] = (),
        difficulty: str = "",
    ) -> None:
        """Offer the packs, categories, difficulty and mode played last time, where they exist.

        Packs since deleted are left out; categories none of the packs still has are let go.
        """
        slugs = [pack_slugs] if isinstance(pack_slugs, str) else list(pack_slugs)
        packs = [p.id for p in self.collection.packs.all() if p.slug in slugs]
        if packs:
            known = {
                c for c, _n in self.collection.rounds.summary(QuestionPool.of(packs)).categories
            }
            levels = [difficulty] if difficulty in set(Difficulty) else []
            self._offered = QuestionPool.of(packs, [c for c in categories if c in known], levels)
        if mode_key in MODES:
            self._offered_mode = mode_key

    def pool_summary(self, pool: QuestionPool, mode_key: str) -> PoolSummary:
        """Return what a pool holds for a mode: its size, categories and difficulties."""
        return self.collection.rounds.summary(pool, MODES.get(mode_key, CLASSIC))

    def mistakes_due(self, typed_name: str, pool: QuestionPool | PackId | None) -> int | None:
        """Return how many missed questions of a pool the named player should practise now.

        None when there is no such player yet, or no pack.
        """
        player = self.player_named(typed_name)
        if player is None or pool is None or (isinstance(pool, QuestionPool) and not pool.packs):
            return None
        try:
            return self.collection.rounds.mistakes_due(player.id, pool, MISTAKES)
        except StoreError:
            return None

    def player_named(self, name: str) -> Player | None:
        """Return the player of that name, or None when there is none or the name is unusable."""
        try:
            return self.collection.players.named(name)
        except PlayerNameError:
            return None

    def current_player(self, typed_name: str) -> PlayerId | None:
        """Return the player named on the start screen, else the last one to play."""
        player = self.player_named(typed_name) or self.last_player()
        return None if player is None else player.id

    # Playing ---------------------------------------------------------------------------------

    def start(
        self,
        name: str,
        packs: QuestionPool | PackId | Sequence[PackId],
        mode_key: str,
        time_limit_s: object = DEFAULT_TIME_LIMIT_S,
        length: object = None,
    ) -> Presented:
        """Start a round as the named player (added if new); return its first question.

        Args:
            name: Who plays.
            packs: A pack, several, or a pool of packs narrowed to categories and difficulties.
            mode_key: The mode's key.
            time_limit_s: Seconds a question of a timed mode allows.
            length: How many questions; the last length used when None.

        Raises:
            PlayerNameError: The name cannot be used; the message says why.
            RoundSetupError: No pack, a timer or length out of range; nothing is stored.
            AllCaughtUp: The mode practises mistakes and none is due.
            StoreError: The round could not be drawn or saved (a pack deleted, say).
        """
        pool = checked_pool(packs)
        limit = checked_time_limit(time_limit_s)
        count = checked_round_length(self._round_length if length is None else length)
        player = self.collection.players.for_name(name)
        mode = MODES.get(mode_key, CLASSIC)
        return self._start(_Setup(player.id, pool, mode, limit, count))

    @property
    def results_settled(self) -> bool:
        """Whether the results have been on screen long enough to mean "play again"."""
        shown = self._results_shown_at
        return shown is None or self._clock() - shown >= RESULTS_SETTLE_SECONDS

    def play_again(self) -> Presented | None:
        """Start another round like the last one; return its first question.

        Returns None, starting nothing, when asked a moment after the results appeared.
        """
        if self._setup is None:
            raise RuntimeError("no round has been played yet")
        if not self.results_settled:
            return None
        return self._start(self._setup)

    def _start(self, setup: _Setup) -> Presented:
        try:
            round_id, questions = self.collection.rounds.start(
                setup.player, setup.pool, setup.length, mode=setup.mode, rng=self._rng
            )
        except NothingToDrawError as exc:
            if setup.mode.practises_mistakes:
                raise AllCaughtUp(
                    "All caught up: no question you got wrong here is due now. "
                    "Missed questions come back here; right answers send them further away."
                ) from exc
            raise
        self.shortfall = _shortfall(
            len(questions), setup.length, mistakes=setup.mode.practises_mistakes
        )
        self._setup = setup
        self._remember_player(setup.player)
        self._results_shown_at = None
        self._offered = setup.pool
        self._offered_mode = setup.mode.key
        self.round = RoundPlay(
            round_id,
            questions,
            self.collection.rounds,
            rng=self._rng,
            clock=self._clock,
            rule=setup.mode.scoring,
            time_limit_s=setup.time_limit_s,
        )
        return self.round.current

    def answer(self, given: str) -> GivenAnswer | None:
        """Judge and save the answer to the question on screen; None when it takes no answer."""
        if self.round is None or not self.awaiting_answer or self.round.paused:
            return None
        if self.hot_seat is not None and not self.hot_seat.turn_begun:
            return None
        if given in self.round.removed:
            return None
        return self.round.answer(given)

    def time_left_ms(self) -> int | None:
        """Milliseconds left for the question on screen; None when it has no time limit."""
        if self.round is None or not self.awaiting_answer:
            return None
        return self.round.time_left_ms

    def time_out(self) -> GivenAnswer | None:
        """Record the question on screen as unanswered in time, once its time has run out."""
        if self.round is None or not self.round.time_is_up:
            return None
        return self.round.time_out()

    @property
    def paused(self) -> bool:
        """Whether the round's clock is stopped and its question hidden."""
        return self.round is not None and self.round.paused

    def toggle_pause(self) -> bool:
        """Pause an open question, or go on with a paused one; return whether it is paused."""
        if self.round is None:
            return False
        if self.round.paused:
            self.round.resume()
            return False
        return self.round.pause()

    def hold_clock(self) -> bool:
        """Stop the open question's clock while a dialog is up; return whether it stopped."""
        return self.round is not None and self.round.hold()

    def release_clock(self) -> None:
        """Start a clock stopped by ``hold_clock`` again with the time it had left."""
        if self.round is not None:
            self.round.resume()

    @property
    def fifty_fifty_available(self) -> bool:
        """Whether the 50:50 may be used on the question on screen."""
        return self.round is not None and self.round.fifty_fifty_available

    def fifty_fifty(self) -> tuple[str, ...]:
        """Use the round's 50:50; return the options it took away (none when not available)."""
        if self.round is None or not self.round.fifty_fifty_available:
            return ()
        return self.round.fifty_fifty()

    def next_question(self) -> Presented | None:
        """Move on after an answer; return the next question, or None once the round is over."""
        if self.round is None or self.round.awaiting_answer:
            return None
        if self.round.advance():
            return self.round.current
        return None

    @property
    def round_length(self) -> int:
        """How many questions the last round set up asked for."""
        return self._round_length if self._setup is None else self._setup.length

    @property
    def streak(self) -> int:
        """Right answers in a row so far in the round on screen."""
        answers = () if self.round is None else self.round.answers
        return answers[-1].streak if answers else 0

    @property
    def time_limit_s(self) -> int:
        """The seconds a question the last round set up allowed."""
        return DEFAULT_TIME_LIMIT_S if self._setup is None else self._setup.time_limit_s

    @property
    def score(self) -> int:
        """Points so far in the round on screen."""
        return 0 if self.round is None else self.round.score

    def results(self) -> RoundResults:
        """Return the finished round with its high-score table and any record it set."""
        if self.round is None or self._setup is None:
            raise RuntimeError("no round has been played yet")
        round_id = self.round.round_id
        self._results_shown_at = self._clock()
        record = self.collection.rounds.record(round_id)
        return RoundResults(
            record=record,
            top=self.collection.stats.high_scores(self._setup_pack(), mode=self._setup.mode.key),
            standing=self.collection.stats.standing(round_id).for_correct_answers(record.correct),
        )

    def _setup_pack(self) -> PackId | None:
        """Return the one pack of the last round's table; None for several: every pack's."""
        if self._setup is None or len(self._setup.pool.packs) != 1:
            return None
        return self._setup.pool.packs[0]

    def abandon(self) -> None:
        """Leave the round; its answers stay saved and it shows as unfinished."""
        self.round = None
        self.hot_seat = None

    # Hot-seat --------------------------------------------------------------------------------

    def start_hot_seat(
        self,
        names: Sequence[str],
        packs: QuestionPool | PackId | Sequence[PackId],
        mode_key: str,
        time_limit_s: object = DEFAULT_TIME_LIMIT_S,
        length: object = None,
    ) -> str:
        """Start a round that 2 to 4 players answer in turn; return who goes first.

        Every player answers the same questions into a round of their own, ranked in the
        mode's hot-seat table. The first turn starts hidden: call ``begin_turn``.

        Raises:
            PlayerNameError: A name cannot be used.
            RoundSetupError: Too few or too many players, a name twice, a bad length or timer.
            StoreError: The round could not be drawn or saved.
        """
        seated = seat_names(names)
        pool = checked_pool(packs)
        limit = checked_time_limit(time_limit_s)
        count = checked_round_length(self._round_length if length is None else length)
        mode = MODES.get(mode_key, CLASSIC)
        if mode.practises_mistakes:
            raise RoundSetupError("Practise mistakes is for one player: pick another mode.")
        # Questions none of them has answered come first; a new player has answered none.
        known = [self.collection.players.named(name) for name in seated]
        questions = self.collection.rounds.draw(
            pool, count, mode, self._rng, friends=[p.id for p in known if p is not None]
        )
        if not questions:
            self.collection.rounds.check_packs(pool)
            raise NothingToDrawError(nothing_to_draw(pool, mode))
        seed = (self._rng or random.Random()).random()
        seats = []
        for name in seated:
            player = self.collection.players.for_name(name)
            round_id = self.collection.rounds.open(
                player.id, pool, mode, len(questions), seats=len(seated)
            )
            play = RoundPlay(
                round_id,
                questions,
                self.collection.rounds,
                # The same seed for everyone: the same options in the same order.
                rng=random.Random(seed),
                clock=self._clock,
                rule=mode.scoring,
                time_limit_s=limit,
            )
            seats.append((name, play))
        # The start screen offers again whoever was chosen before the friends sat down.
        self.hot_seat = HotSeatPlay(seats)
        self.round = self.hot_seat.play
        self.shortfall = _shortfall(len(questions), count)
        self._offered = pool
        self._offered_mode = mode.key
        return self.hot_seat.seat

    def begin_turn(self) -> Presented:
        """Show the question to the player whose turn it is; their clock starts now."""
        if self.hot_seat is None:
            raise RuntimeError("no hot-seat round is on")
        return self.hot_seat.begin_turn()

    def next_turn(self) -> str | None:
        """Pass to the next player after an answer; None once everyone has answered all."""
        if self.hot_seat is None or self.hot_seat.play.awaiting_answer:
            return None
        name = self.hot_seat.next_turn()
        self.round = self.hot_seat.play
        return name

    def hot_seat_standings(self) -> list[HighScore]:
        """Return the players of the hot-seat round best first, as a table's rows."""
        if self.hot_seat is None:
            raise RuntimeError("no hot-seat round is on")
        rounds = dict(zip(self.hot_seat.names, self.hot_seat.rounds, strict=True))
        return self.collection.stats.placed(
            [(s.place, rounds[s.name].round_id) for s in self.hot_seat.standings()]
        )

    # Scores, players, history and statistics -------------------------------------------------

    def score_table_choice(self) -> tuple[PackId | None, str]:
        """Return the pack and mode the high-score table opens on: the last ones played."""
        if self._setup is None:
            return None, CLASSIC.key
        return self._setup_pack(), self._setup.mode.key

    def high_scores(
        self, pack_id: PackId | None, mode: str, period: Period, *, hot_seat: bool = False
    ) -> list[HighScore]:
        """Return the best finished rounds of a pack (or all packs) in a mode and period.

        With hot_seat, the table of rounds played in turns with friends; else rounds alone.
        """
        return self.collection.stats.high_scores(
            pack_id, mode=mode, period=period, hot_seat=hot_seat
        )

    def personal_bests(self) -> tuple[str | None, list[PersonalBest]]:
        """Return the last player's name and their best rounds."""
        player = self.last_player()
        if player is None:
            return None, []
        return player.name, self.collection.stats.personal_bests(player.id)

    def players(self) -> list[Player]:
        """Return every player."""
        return self.collection.players.all()

    def add_player(self, name: str) -> Player:
        """Add a player; raises PlayerNameError when the name cannot be used."""
        return self.collection.players.add(name)

    def rename_player(self, player_id: PlayerId, name: str) -> Player:
        """Rename a player; raises PlayerNameError or StoreError saying why not."""
        return self.collection.players.rename(player_id, name)

    def rounds_played(self, player_id: PlayerId) -> int:
        """Return how many rounds a player has, finished or not."""
        return len(self.collection.rounds.of_player(player_id))

    def delete_player(self, player_id: PlayerId) -> None:
        """Delete a player and their history."""
        self.collection.players.delete(player_id)
        if player_id == self._last_player:
            self._remember_player(None)

    def switch_to(self, player_id: PlayerId) -> None:
        """Make a player the one offered first on the start screen."""
        if self.collection.players.get(player_id) is None:
            raise StoreError("That player no longer exists.")
        self._remember_player(player_id)

    def last_player(self) -> Player | None:
        """Return the player this desktop offers first: the last to play, if they still exist.

        Which player that is belongs to the desktop, not to a store several desktops share.
        """
        if self._last_player is None:
            return None
        return self.collection.players.get(self._last_player)

    def _remember_player(self, player_id: PlayerId | None) -> None:
        self._last_player = player_id
        if self._data_dir is not None and self._data_dir.is_dir():
            from quizapp.settings import remember_settings

            remember_settings(self._data_dir, last_player=player_id)

    def rounds_of(self, player_id: PlayerId | None) -> Sequence[RoundRecord]:
        """Return a player's rounds, newest first."""
        return [] if player_id is None else self.collection.rounds.of_player(player_id)

    def round_record(self, round_id: RoundId) -> RoundRecord:
        """Return one round with every answer in it."""
        return self.collection.rounds.record(round_id)

    def statistics(self, player_id: PlayerId) -> PlayerStatistics:
        """Return a player's statistics."""
        return self.collection.stats.player_statistics(player_id)

    def close(self) -> None:
        """Release the store; answers are already saved."""
        self.collection.close()

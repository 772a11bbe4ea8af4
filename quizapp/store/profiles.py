"""Looking after players: renaming, deleting with their history, and switching."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from quizapp.core.model import Player, PlayerId
from quizapp.core.players import PlayerNameError, clean_name, name_key
from quizapp.store.engine import StoreError
from quizapp.store.models import PlayerRow, SettingRow

LAST_PLAYER = "last_player"


@contextmanager
def name_must_be_free(name: str) -> Iterator[None]:
    """Turn the store refusing a second player of this name into the message players read."""
    try:
        yield
    except IntegrityError as exc:
        raise PlayerNameError(f"There is already a player called {name!r}.") from exc


class Profiles:
    """Changes to players; every name rule of quizapp.core.players applies."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def rename(self, player_id: PlayerId, name: str) -> Player:
        """Give a player a new name; raise PlayerNameError when it is unusable or taken."""
        cleaned = clean_name(name)
        with name_must_be_free(cleaned), self._sessions.begin() as s:
            row = s.get(PlayerRow, player_id)
            if row is None:
                raise StoreError("That player no longer exists.")
            row.name = cleaned
            row.name_key = name_key(cleaned)
            s.flush()
            return Player(PlayerId(row.id), row.name)

    def delete(self, player_id: PlayerId) -> None:
        """Delete a player with every round and answer they gave."""
        with self._sessions.begin() as s:
            # Rounds, answers and seen questions go with the player (ON DELETE CASCADE).
            s.execute(delete(PlayerRow).where(PlayerRow.id == player_id))
            s.execute(
                delete(SettingRow).where(
                    SettingRow.key == LAST_PLAYER, SettingRow.value == str(player_id)
                )
            )

    def switch_to(self, player_id: PlayerId) -> Player:
        """Make this player the one the start screen offers next time."""
        with self._sessions.begin() as s:
            row = s.execute(
                select(PlayerRow.id, PlayerRow.name).where(PlayerRow.id == player_id)
            ).first()
            if row is None:
                raise StoreError("That player no longer exists.")
            s.merge(SettingRow(key=LAST_PLAYER, value=str(player_id)))
            return Player(PlayerId(row.id), row.name)

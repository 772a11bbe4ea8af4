"""Players: creating, finding, renaming and deleting them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from quizapp.core.model import Player, PlayerId
from quizapp.core.players import PlayerNameError, clean_name, name_key
from quizapp.store.errors import StoreError
from quizapp.store.models import PlayerRow, utcnow
from quizapp.store.transactions import Access, Manager


class PlayerManager(Manager):
    """The store's players; every name rule of quizapp.core.players applies."""

    @contextmanager
    def _name_must_be_free(self, name: str) -> Iterator[None]:
        """Turn the store refusing a second player of this name into the message players read.

        The message names the player who has the name, as stored ("Alice" for "ALICE").
        """
        try:
            yield
        except IntegrityError as exc:
            holder = self.named(name)
            taken = name if holder is None else holder.name
            raise PlayerNameError(f"There is already a player called {taken!r}.") from exc

    def all(self) -> list[Player]:
        """Return every player, by name."""
        with self._begin(Access.READ) as s:
            rows = s.execute(select(PlayerRow.id, PlayerRow.name).order_by(PlayerRow.name_key))
            return [Player(PlayerId(i), n) for i, n in rows]

    def get(self, player_id: PlayerId) -> Player | None:
        """Return the player with this id, if they (still) exist."""
        with self._begin(Access.READ) as s:
            row = s.execute(
                select(PlayerRow.id, PlayerRow.name).where(PlayerRow.id == player_id)
            ).first()
            return None if row is None else Player(PlayerId(row.id), row.name)

    def named(self, name: str) -> Player | None:
        """Return the player with this name, ignoring case, if there is one."""
        key = name_key(clean_name(name))
        with self._begin(Access.READ) as s:
            row = s.execute(
                select(PlayerRow.id, PlayerRow.name).where(PlayerRow.name_key == key)
            ).first()
            return None if row is None else Player(PlayerId(row.id), row.name)

    def add(self, name: str) -> Player:
        """Create a player; raise PlayerNameError when the name is unusable or taken."""
        cleaned = clean_name(name)
        # Inside the transaction, so the refusal is read before it becomes a StoreError.
        with self._begin() as s, self._name_must_be_free(cleaned):
            row = PlayerRow(name=cleaned, name_key=name_key(cleaned), created_at=utcnow())
            s.add(row)
            s.flush()
            return Player(PlayerId(row.id), row.name)

    def for_name(self, name: str) -> Player:
        """Return the player with this name, creating them if new."""
        found = self.named(name)
        if found is not None:
            return found
        try:
            return self.add(name)
        except PlayerNameError:
            # Another desktop sharing the store created them a moment ago.
            found = self.named(name)
            if found is None:
                raise
            return found

    def rename(self, player_id: PlayerId, name: str) -> Player:
        """Give a player a new name; raise PlayerNameError when it is unusable or taken."""
        cleaned = clean_name(name)
        with self._begin() as s, self._name_must_be_free(cleaned):
            row = s.get(PlayerRow, player_id)
            if row is None:
                raise StoreError("That player no longer exists.")
            row.name = cleaned
            row.name_key = name_key(cleaned)
            s.flush()
            return Player(PlayerId(row.id), row.name)

    def delete(self, player_id: PlayerId) -> None:
        """Delete a player with every round and answer they gave."""
        with self._begin() as s:
            # Rounds, answers and seen questions go with the player (ON DELETE CASCADE).
            s.execute(delete(PlayerRow).where(PlayerRow.id == player_id))

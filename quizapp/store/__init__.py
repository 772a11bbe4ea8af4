"""The local store: the only package that speaks SQL."""

from quizapp.store.collection import Collection
from quizapp.store.errors import StoreError
from quizapp.store.pack_writes import ImportCancelledError, PackWrite, SyncReport

__all__ = ["Collection", "ImportCancelledError", "PackWrite", "StoreError", "SyncReport"]

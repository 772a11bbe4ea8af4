"""The local store: the only package that speaks SQL."""

from quizapp.store.collection import Collection, PackWrite, SyncReport
from quizapp.store.engine import StoreError

__all__ = ["Collection", "PackWrite", "StoreError", "SyncReport"]

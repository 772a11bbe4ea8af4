"""Optional sound effects, loaded only when first played and silent where audio is missing."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject

from quizapp.paths import assets_dir

log = logging.getLogger(__name__)

RIGHT = "right"
WRONG = "wrong"
LAST_SECONDS = "last-seconds"
FANFARE = "fanfare"
SOUNDS = (RIGHT, WRONG, LAST_SECONDS, FANFARE)


class Sounds(QObject):
    """Plays the game's effects unless muted.

    QtMultimedia is imported the first time a sound is wanted, never at start-up, and any
    failure to load it (no audio libraries, no device) leaves the game silent for the rest
    of the run instead of raising.
    """

    def __init__(self, parent: QObject | None = None, *, muted: bool = False) -> None:
        super().__init__(parent)
        self.muted = muted
        self._effects: dict[str, Any] = {}
        self.available: bool | None = None  # unknown until a sound is first played

    def play(self, name: str) -> bool:
        """Play one of SOUNDS; return whether it was started."""
        if self.muted:
            return False
        effect = self._effect(name)
        if effect is None:
            return False
        effect.play()
        return True

    def _effect(self, name: str) -> Any:
        if self.available is False:
            return None
        if name in self._effects:
            return self._effects[name]
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except (ImportError, OSError) as exc:
            log.info("sound is off: QtMultimedia cannot be loaded here (%s)", exc)
            self.available = False
            return None
        from PySide6.QtCore import QUrl

        self.available = True
        path = assets_dir() / "sounds" / f"{name}.wav"
        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(0.6)
        self._effects[name] = effect
        return effect

"""The settings file as it lies on disk: its name, its size limit, and its JSON object unchecked.

Free of pydantic on purpose: the window takes its look from here before its first paint, and
leaves the checking of every value to `quizapp.settings` once the store is open.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Final

from quizapp import files

log = logging.getLogger(__name__)

SETTINGS_FILE: Final = "settings.json"
# A settings file is a few hundred bytes; anything bigger is not one.
MAX_SETTINGS_BYTES: Final = 64 * 1024


def read_saved(data_dir: Path, *, quiet: bool = False) -> dict[str, Any] | None:
    """Return the object in the settings file, or None when it is missing, unreadable or bad.

    What is wrong with the file is logged, unless quiet (for a second reading of it).
    """
    path = data_dir / SETTINGS_FILE
    if not path.exists():
        return None
    try:
        raw = json.loads(files.read_text(path, MAX_SETTINGS_BYTES, what="settings file").text)
    except (files.FileReadError, ValueError) as exc:
        if not quiet:
            log.warning("settings file %s ignored (%s); using the defaults", path, exc)
        return None
    if not isinstance(raw, dict):
        if not quiet:
            log.warning("settings file %s ignored (not a JSON object); using the defaults", path)
        return None
    return raw

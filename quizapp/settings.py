"""The desktop's own settings: a small validated model, kept as JSON in the data folder.

Every field is read on its own: a bad or missing value falls back to that field's default
with a line in the log, so no setting, however mangled, can stop the game from starting.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PositiveInt, ValidationError

from quizapp import files
from quizapp.settings_file import SETTINGS_FILE, read_saved

log = logging.getLogger(__name__)


class Settings(BaseModel):
    """What the game remembers between runs; every field has a safe default."""

    model_config = ConfigDict(validate_assignment=True, extra="ignore", frozen=False)

    last_player: PositiveInt | None = None
    # The look: "system" follows the desktop's light or dark scheme.
    theme: Literal["system", "light", "dark"] = "system"
    high_contrast: bool = False
    text_scale: Annotated[float, Field(ge=0.8, le=2.0)] = 1.0
    reduce_motion: bool = False
    # The desktop's look when the game last ran: the window is painted in it at start, and
    # follows the desktop once it is on screen.
    desktop_look: Literal["light", "dark", "high-contrast"] = "light"
    muted: bool = False
    # The round set-up used last, offered again: a name and Enter plays it.
    round_pack: Annotated[str, Field(max_length=64)] = ""
    # Every pack of the last round (round_pack is the first, for older versions of the game),
    # the categories it was narrowed to and its difficulty ("" for any).
    round_packs: Annotated[list[Annotated[str, Field(max_length=64)]], Field(max_length=200)] = []
    round_categories: Annotated[
        list[Annotated[str, Field(max_length=2000)]], Field(max_length=200)
    ] = []
    round_difficulty: Literal["", "easy", "medium", "hard"] = ""
    round_mode: Annotated[str, Field(pattern=r"^[a-z]{1,32}$")] = "classic"
    round_length: Annotated[int, Field(ge=1, le=50)] = 10
    time_limit_s: Annotated[int, Field(ge=10, le=60)] = 20
    # Qt's saveGeometry() in base64: size, position and screen of the window.
    window_geometry: Annotated[str, Field(max_length=4096, pattern=r"^[A-Za-z0-9+/=]*$")] = ""


def setting_or_default(name: str, value: Any) -> Any:
    """Return value validated as the setting name, or the setting's default when it is bad.

    A bad value is logged, never raised: a setting must not be able to block the game.
    """
    try:
        return getattr(Settings.model_validate({name: value}), name)
    except ValidationError as exc:
        default = Settings.model_fields[name].default
        reason = exc.errors()[0]["msg"]
        log.warning("setting %s=%r ignored (%s); using %r instead", name, value, reason, default)
        return default


def load_settings(data_dir: Path) -> Settings:
    """Read the settings in data_dir; a missing, unreadable or bad file gives the defaults."""
    raw = read_saved(data_dir)
    if raw is None:
        return Settings()
    known = {
        name: setting_or_default(name, raw[name]) for name in Settings.model_fields if name in raw
    }
    return Settings.model_validate(known)


def save_settings(data_dir: Path, settings: Settings) -> bool:
    """Write the settings whole or not at all; return False (and log why) when that failed."""
    path = data_dir / SETTINGS_FILE
    try:
        files.write_text(path, settings.model_dump_json(indent=2) + "\n")
    except OSError as exc:
        log.warning("settings not saved to %s: %s", path, exc.strerror or exc)
        return False
    return True


def remember_settings(data_dir: Path, **changes: object) -> bool:
    """Save some settings, keeping the others as they are in the file; False if not saved."""
    settings = load_settings(data_dir)
    for name, value in changes.items():
        setattr(settings, name, value)
    return save_settings(data_dir, settings)


def adopt_settings(data_dir: Path, handed_over: Mapping[str, object]) -> None:
    """Take settings the store used to keep, where the desktop has none of its own yet.

    A bad value is logged and left out, as in a settings file.
    """
    saved = read_saved(data_dir, quiet=True) or {}
    adopted = {
        name: setting_or_default(name, value)
        for name, value in handed_over.items()
        if name in Settings.model_fields and name not in saved
    }
    if any(value is not None for value in adopted.values()):
        remember_settings(data_dir, **adopted)

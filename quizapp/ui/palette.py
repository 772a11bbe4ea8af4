"""Every colour the game paints with, per theme, and the WCAG contrast check they must pass.

Plain data with no Qt import, so the style sheet, the charts, the answer tiles and the tests
all read the same values.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ThemeName(StrEnum):
    """The looks a player can have."""

    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


@dataclass(frozen=True)
class Tile:
    """One answer tile: its fill, the text on it, and the shape that marks it besides colour."""

    fill: str
    text: str
    shape: str


@dataclass(frozen=True)
class Palette:
    """The colours of one theme, by the role they play."""

    name: ThemeName
    window: str
    surface: str
    surface_alt: str
    border: str
    text: str
    muted: str
    accent: str
    accent_hover: str
    accent_text: str
    on_accent: str
    accent_soft: str
    right: str
    wrong: str
    right_soft: str
    wrong_soft: str
    gold: str
    highlight_row: str
    focus: str
    faded_fill: str
    faded_text: str
    tiles: tuple[Tile, Tile, Tile, Tile]
    podium: tuple[str, str, str]
    on_podium: str
    dark: bool

    def color_pairs(self) -> dict[str, tuple[str, str]]:
        """Return every (text, background) pair the game draws, for the contrast check."""
        pairs = {
            "text on window": (self.text, self.window),
            "text on surface": (self.text, self.surface),
            "text on alternate rows": (self.text, self.surface_alt),
            "muted on window": (self.muted, self.window),
            "muted on surface": (self.muted, self.surface),
            "headings on window": (self.accent_text, self.window),
            "headings on surface": (self.accent_text, self.surface),
            "headings on soft accent": (self.accent_text, self.accent_soft),
            "buttons": (self.on_accent, self.accent),
            "hovered buttons": (self.on_accent, self.accent_hover),
            "right on surface": (self.right, self.surface),
            "wrong on surface": (self.wrong, self.surface),
            "right on window": (self.right, self.window),
            "wrong on window": (self.wrong, self.window),
            "right on soft right": (self.text, self.right_soft),
            "wrong on soft wrong": (self.text, self.wrong_soft),
            "rank on window": (self.gold, self.window),
            "highlighted row": (self.text, self.highlight_row),
            "faded tiles": (self.faded_text, self.faded_fill),
            "podium": (self.on_podium, self.podium[0]),
            "podium second": (self.on_podium, self.podium[1]),
            "podium third": (self.on_podium, self.podium[2]),
        }
        for index, tile in enumerate(self.tiles):
            pairs[f"answer tile {index + 1}"] = (tile.text, tile.fill)
        return pairs


LIGHT = Palette(
    name=ThemeName.LIGHT,
    window="#f6f4fb",
    surface="#ffffff",
    surface_alt="#f7f4fd",
    border="#cfc6e4",
    text="#1f1d2b",
    muted="#5b5869",
    accent="#6c4ab6",
    accent_hover="#5a3aa0",
    accent_text="#4b2e83",
    on_accent="#ffffff",
    accent_soft="#e8e1f7",
    right="#16703a",
    wrong="#b3261e",
    right_soft="#d6f5de",
    wrong_soft="#fbd9d6",
    gold="#8a4d00",
    highlight_row="#fff2b3",
    focus="#d9480f",
    faded_fill="#ebe7f3",
    faded_text="#5b5869",
    tiles=(
        Tile("#c0262d", "#ffffff", "triangle"),
        Tile("#1559b0", "#ffffff", "diamond"),
        Tile("#8f5f00", "#ffffff", "circle"),
        Tile("#1d7029", "#ffffff", "square"),
    ),
    podium=("#8a5a00", "#56606b", "#8c4a22"),
    on_podium="#ffffff",
    dark=False,
)

DARK = Palette(
    name=ThemeName.DARK,
    window="#17141f",
    surface="#221e2e",
    surface_alt="#28233a",
    border="#3d3652",
    text="#eeeaf6",
    muted="#b4aec6",
    accent="#7d5cc6",
    accent_hover="#6a4ab3",
    accent_text="#c9b6ff",
    on_accent="#ffffff",
    accent_soft="#352b55",
    right="#5fd38a",
    wrong="#ff8a80",
    right_soft="#1d4a2d",
    wrong_soft="#5a2320",
    gold="#ffc266",
    highlight_row="#4a3d12",
    focus="#ffb347",
    faded_fill="#2b2638",
    faded_text="#a9a3ba",
    tiles=(
        Tile("#c0262d", "#ffffff", "triangle"),
        Tile("#1d63bf", "#ffffff", "diamond"),
        Tile("#8f5f00", "#ffffff", "circle"),
        Tile("#1d7029", "#ffffff", "square"),
    ),
    podium=("#8a5a00", "#56606b", "#8c4a22"),
    on_podium="#ffffff",
    dark=True,
)

HIGH_CONTRAST = Palette(
    name=ThemeName.HIGH_CONTRAST,
    window="#000000",
    surface="#000000",
    surface_alt="#101010",
    border="#ffffff",
    text="#ffffff",
    muted="#f0f0f0",
    accent="#ffff00",
    accent_hover="#ffffff",
    accent_text="#ffff00",
    on_accent="#000000",
    accent_soft="#1a1a1a",
    right="#7dff7d",
    wrong="#ff9a9a",
    right_soft="#003300",
    wrong_soft="#3d0000",
    gold="#ffff00",
    highlight_row="#333300",
    focus="#00ffff",
    faded_fill="#000000",
    faded_text="#d0d0d0",
    tiles=(
        Tile("#000000", "#ffffff", "triangle"),
        Tile("#000000", "#ffffff", "diamond"),
        Tile("#000000", "#ffffff", "circle"),
        Tile("#000000", "#ffffff", "square"),
    ),
    podium=("#000000", "#000000", "#000000"),
    on_podium="#ffffff",
    dark=True,
)

PALETTES = {p.name: p for p in (LIGHT, DARK, HIGH_CONTRAST)}


def palette_for(name: ThemeName) -> Palette:
    """Return the palette of a theme."""
    return PALETTES[name]


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(color: str) -> float:
    """Return the WCAG 2 relative luminance of a #rrggbb colour."""
    red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(foreground: str, background: str) -> float:
    """Return the WCAG 2 contrast ratio of two #rrggbb colours, from 1 to 21."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)

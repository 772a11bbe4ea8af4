"""The look: which palette is in use, how big the text is, and whether things move."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping
from string import Template
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from quizapp.paths import assets_dir
from quizapp.ui.palette import Palette, ThemeName, palette_for, relative_luminance

# The window is painted before PySide sets up the enums of Qt's namespace, some 90 classes
# made at once on its first use (about 17 ms): the look before that paint is the desktop's
# as it was last time, and the desktop is asked once the window is on screen.
if TYPE_CHECKING:
    from PySide6.QtCore import Qt

# The text size everything else is a multiple of, at a text scale of 100%.
BASE_POINTS = 11.0
SCALE_STEP = 0.1
MIN_SCALE = 0.8
MAX_SCALE = 2.0
THEME_CHOICES = ("system", "light", "dark")
# The object name of the application's appearance, by which it is found.
APPEARANCE_NAME = "appearance"


def clamp_scale(scale: float) -> float:
    """Return a text scale inside the range the layouts are tested at, to one decimal."""
    return round(min(max(scale, MIN_SCALE), MAX_SCALE), 1)


def style_sheet(palette: Palette, scale: float) -> str:
    """Return the style sheet for a palette, with every size a multiple of the text size."""
    raw = (assets_dir() / "style.qss").read_text(encoding="utf-8")
    base = BASE_POINTS * scale
    sized = re.sub(r"pt\(([\d.]+)\)", lambda m: f"{base * float(m.group(1)):.1f}pt", raw)
    colours = {name: value for name, value in vars(palette).items() if isinstance(value, str)}
    colours["arrow"] = "light" if palette.dark else "dark"
    # A tick drawn on the accent, in whichever of white and black the accent's text is.
    colours["tick"] = "white" if relative_luminance(palette.on_accent) > 0.5 else "black"
    # Style sheets resolve url() against the working directory, so give them a full path.
    sized = sized.replace("@ASSETS@", assets_dir().as_posix())
    return Template(sized).substitute(colours)


def qt_palette(palette: Palette) -> QPalette:
    """Return a QPalette with the theme's colours, for what style sheets do not reach."""
    qp = QPalette()
    roles = {
        QPalette.ColorRole.Window: palette.window,
        QPalette.ColorRole.WindowText: palette.text,
        QPalette.ColorRole.Base: palette.surface,
        QPalette.ColorRole.AlternateBase: palette.surface_alt,
        QPalette.ColorRole.Text: palette.text,
        QPalette.ColorRole.Button: palette.surface,
        QPalette.ColorRole.ButtonText: palette.text,
        QPalette.ColorRole.Highlight: palette.accent,
        QPalette.ColorRole.HighlightedText: palette.on_accent,
        QPalette.ColorRole.ToolTipBase: palette.surface,
        QPalette.ColorRole.ToolTipText: palette.text,
        QPalette.ColorRole.PlaceholderText: palette.muted,
        QPalette.ColorRole.Link: palette.accent_text,
        QPalette.ColorRole.BrightText: palette.on_accent,
    }
    for role, colour in roles.items():
        qp.setColor(role, QColor(colour))
    qp.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(palette.muted))
    qp.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(palette.muted))
    return qp


def system_prefers_reduced_motion() -> bool:
    """Return whether the desktop asks for fewer animations.

    Qt reports the desktop's "UI effects" switch through its platform themes on Windows,
    macOS and Linux desktops; a bare X server or an offscreen test has no such switch and
    reports effects off, which is no request from anyone, so it is not read there.
    """
    has_desktop = sys.platform in ("win32", "darwin") or bool(os.environ.get("XDG_CURRENT_DESKTOP"))
    if not has_desktop or QGuiApplication.platformName() in ("offscreen", "minimal"):
        return False
    from PySide6.QtCore import Qt

    return not QApplication.isEffectEnabled(Qt.UIEffect.UI_General)


class Appearance(QObject):
    """Holds the player's choices of theme, contrast, text size and motion, and applies them."""

    changed = Signal()

    def __init__(
        self,
        app: QApplication,
        *,
        theme: str = "system",
        high_contrast: bool = False,
        text_scale: float = 1.0,
        reduce_motion: bool = False,
        system_scheme: Callable[[], Qt.ColorScheme] | None = None,
        follow_desktop: bool = True,
    ) -> None:
        super().__init__(app)
        self.setObjectName(APPEARANCE_NAME)
        self._app = app
        self.system_scheme = system_scheme or QGuiApplication.styleHints().colorScheme
        self.theme = theme if theme in THEME_CHOICES else "system"
        self.high_contrast = high_contrast
        self.text_scale = clamp_scale(text_scale)
        self.reduce_motion = reduce_motion
        self.palette = palette_for(ThemeName.LIGHT)
        # The desktop's look when the game last ran, until the desktop itself is asked.
        self.remembered_desktop = ThemeName.LIGHT
        self._follows_desktop = False
        if follow_desktop:
            self._listen_to_desktop()

    def follow_desktop(self) -> None:
        """Ask the desktop for its look from now on; take it at once if it has changed."""
        if not self._follows_desktop:
            self._listen_to_desktop()
            self.on_system_changed()

    def _listen_to_desktop(self) -> None:
        self._follows_desktop = True
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.on_system_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self.on_system_changed)

    def desktop_look(self) -> ThemeName:
        """Return the desktop's look: high contrast, dark or light (as last time, until asked)."""
        if not self._follows_desktop:
            return self.remembered_desktop
        from PySide6.QtCore import Qt

        hints = QGuiApplication.styleHints()
        if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
            return ThemeName.HIGH_CONTRAST
        return ThemeName.DARK if self.system_scheme() == Qt.ColorScheme.Dark else ThemeName.LIGHT

    def resolved_theme(self) -> ThemeName:
        """Return the theme in use: high contrast, the chosen one, or the system's."""
        desktop = self.desktop_look()
        if self.high_contrast or desktop is ThemeName.HIGH_CONTRAST:
            return ThemeName.HIGH_CONTRAST
        if self.theme == "dark":
            return ThemeName.DARK
        if self.theme == "light":
            return ThemeName.LIGHT
        return desktop

    def animations_on(self) -> bool:
        """Return whether judged answers and scores may move."""
        return not self.reduce_motion and not system_prefers_reduced_motion()

    def apply(self) -> None:
        """Put the current theme and text size on the whole application."""
        self.palette = palette_for(self.resolved_theme())
        font = self._app.font()
        font.setPointSizeF(BASE_POINTS * self.text_scale)
        self._app.setFont(font)
        self._app.setPalette(qt_palette(self.palette))
        self._app.setStyleSheet(style_sheet(self.palette, self.text_scale))
        self.changed.emit()

    def restore(self, saved: Mapping[str, object]) -> None:
        """Take the look from saved settings, and apply it when it changed anything.

        Values of the wrong type are passed over: the settings' own check reports them.
        """
        if self._take(saved):
            self.apply()

    def _take(self, saved: Mapping[str, object]) -> bool:
        """Take the look from saved settings without applying it; return whether it changed."""
        look = (self.theme, self.high_contrast, self.text_scale, self.reduce_motion)
        theme = saved.get("theme")
        if isinstance(theme, str) and theme in THEME_CHOICES:
            self.theme = theme
        for name in ("high_contrast", "reduce_motion"):
            if isinstance(saved.get(name), bool):
                setattr(self, name, saved[name])
        scale = saved.get("text_scale")
        if isinstance(scale, int | float) and not isinstance(scale, bool):
            self.text_scale = clamp_scale(scale)
        desktop = saved.get("desktop_look")
        if isinstance(desktop, str) and desktop in tuple(ThemeName):
            self.remembered_desktop = ThemeName(desktop)
        return look != (self.theme, self.high_contrast, self.text_scale, self.reduce_motion)

    def set_theme(self, theme: str, *, high_contrast: bool | None = None) -> None:
        """Follow the system, or force light or dark; optionally switch high contrast."""
        self.theme = theme if theme in THEME_CHOICES else "system"
        if high_contrast is not None:
            self.high_contrast = high_contrast
        self.apply()

    def set_text_scale(self, scale: float) -> None:
        """Scale every text, and the sizes that follow it."""
        scale = clamp_scale(scale)
        if scale != self.text_scale:
            self.text_scale = scale
            self.apply()

    @Slot()
    def bigger_text(self) -> None:
        """Make all text a step bigger."""
        self.set_text_scale(self.text_scale + SCALE_STEP)

    @Slot()
    def smaller_text(self) -> None:
        """Make all text a step smaller."""
        self.set_text_scale(self.text_scale - SCALE_STEP)

    @Slot()
    def reset_text(self) -> None:
        """Put text back at its normal size."""
        self.set_text_scale(1.0)

    @Slot()
    def next_theme(self) -> None:
        """Cycle system, light, dark, high contrast."""
        order = [*THEME_CHOICES, "contrast"]
        current = "contrast" if self.high_contrast else self.theme
        following = order[(order.index(current) + 1) % len(order)]
        if following == "contrast":
            self.set_theme(self.theme, high_contrast=True)
        else:
            self.set_theme(following, high_contrast=False)

    @Slot()
    def on_system_changed(self) -> None:
        """Follow a change of the desktop's colours when the player left it to the system."""
        if self.resolved_theme() != self.palette.name:
            self.apply()


def current_appearance(
    saved: Mapping[str, object] | None = None, *, follow_desktop: bool = True
) -> Appearance:
    """Return the application's appearance, making and applying it the first time.

    The look in saved settings, if given, is taken before that first application, so that
    the style sheet is set once; an appearance made earlier restores it instead. Made with
    follow_desktop false, it takes the desktop's look from the settings until its
    follow_desktop() is called: a window does so once it is first painted.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the appearance needs a QApplication"
    # Found by name: a search by class alone would make PySide learn the class of each of the
    # application's children, loading every class of Qt's modules first (10 to 20 ms).
    appearance = app.findChild(Appearance, APPEARANCE_NAME)
    if appearance is None:
        appearance = Appearance(app, follow_desktop=follow_desktop)
        appearance._take(saved or {})
        appearance.apply()
    elif saved is not None:
        appearance.restore(saved)
    return appearance

"""Every keyboard shortcut, as data: the table makes the actions, routes the keys, writes Help."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget


class Place(Enum):
    """Where a shortcut works: the whole window or one screen (and its children)."""

    WINDOW = "window"
    START = "start"
    QUESTION = "question"
    RESULTS = "results"
    HIGH_SCORES = "high scores"
    PACKS = "packs"
    PLAYERS = "players"
    HISTORY = "history"
    STATISTICS = "statistics"
    HELP = "help"
    EDITOR = "editor"
    PASS = "pass"


@dataclass(frozen=True)
class Shortcut:
    """Keys that run one command in one place, and how Help describes them.

    ``command`` names the handler the place supplies; ``argument``, when set, is passed to it
    (the option a key picks). ``menu`` puts the command in the Game menu under that text.
    ``when`` is Help's "Where" column; rows with the same ``when`` and ``what`` share a line.
    """

    place: Place
    keys: tuple[str, ...]
    command: str
    when: str
    what: str
    argument: int | None = None
    menu: str | None = None


_BUT_A_ROUND = "Anywhere but a round"
_BACK = "Back to the start screen"


def _option_keys() -> list[Shortcut]:
    digits = [
        Shortcut(
            Place.QUESTION, (str(n + 1),), "choose_number", "Question", "Answer with that option", n
        )
        for n in range(4)
    ]
    letters = [
        Shortcut(
            Place.QUESTION, (letter,), "choose_letter", "Question", "Answer with that option", n
        )
        for n, letter in enumerate("ABCD")
    ]
    true_false = [
        Shortcut(Place.QUESTION, (letter,), "choose_true_false", "True/false", f"Answer {word}", n)
        for n, (letter, word) in enumerate((("T", "True"), ("F", "False")))
    ]
    return digits + letters + true_false


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        Place.START,
        ("Return", "Enter"),
        "start",
        "Start screen",
        "Start a round as the player named",
    ),
    Shortcut(
        Place.WINDOW, ("Ctrl+H",), "high_scores", _BUT_A_ROUND, "High scores", menu="&High scores"
    ),
    Shortcut(
        Place.WINDOW,
        ("Ctrl+P",),
        "packs",
        _BUT_A_ROUND,
        "Question packs: import, edit, export, delete",
        menu="&Packs",
    ),
    Shortcut(Place.PACKS, ("Delete",), "delete", "Packs", "Delete the selected pack (asks first)"),
    Shortcut(
        Place.WINDOW,
        ("Ctrl+N",),
        "new_pack_from_facts",
        _BUT_A_ROUND,
        "New pack from facts",
        menu="&New pack from facts…",
    ),
    Shortcut(Place.EDITOR, ("Ctrl+S",), "save", "Question editor", "Save the question"),
    Shortcut(Place.EDITOR, ("Ctrl+N",), "new", "Question editor", "Start a new question"),
    Shortcut(
        Place.WINDOW,
        ("Ctrl+L",),
        "players",
        _BUT_A_ROUND,
        "Players: add, rename, delete, switch",
        menu="P&layers",
    ),
    Shortcut(
        Place.WINDOW,
        ("Ctrl+R",),
        "history",
        _BUT_A_ROUND,
        "History: every round, and each answer in it",
        menu="Hi&story",
    ),
    Shortcut(
        Place.WINDOW,
        ("Ctrl+T",),
        "statistics",
        _BUT_A_ROUND,
        "Statistics and charts",
        menu="S&tatistics",
    ),
    Shortcut(
        Place.WINDOW,
        ("Ctrl+F",),
        "play_with_friends",
        _BUT_A_ROUND,
        "Play with friends: 2 to 4 players take turns at this computer",
        menu="Play with &friends…",
    ),
    Shortcut(
        Place.PASS,
        ("Return", "Enter"),
        "ready",
        "Pass screen",
        "The next player is ready: show their question",
    ),
    Shortcut(Place.PASS, ("Escape",), "leave", "Pass screen", "Leave the round (asks first)"),
    Shortcut(
        Place.PLAYERS,
        ("Return", "Enter"),
        "play_as",
        "Players",
        "Play as the player picked; in the name field, add that name",
    ),
    Shortcut(
        Place.PLAYERS, ("Delete",), "delete", "Players", "Delete the player picked (asks first)"
    ),
    Shortcut(Place.HISTORY, ("Return", "Enter"), "review", "History", "Review the round picked"),
    Shortcut(
        Place.WINDOW,
        (),
        "check_store",
        "Game menu",
        "Check the store; keep a damaged one and save what can be read",
        menu="&Check store…",
    ),
    Shortcut(Place.WINDOW, ("F1",), "help", "Anywhere", "This help", menu="&Help"),
    *_option_keys(),
    Shortcut(
        Place.QUESTION,
        ("Return", "Enter"),
        "confirm",
        "Question",
        "Submit what you typed; once answered, go to the next question",
    ),
    Shortcut(Place.QUESTION, ("Space",), "next", "After answering", "Next question"),
    Shortcut(
        Place.QUESTION,
        ("5",),
        "fifty_fifty",
        "Question",
        "50:50: take away two wrong options, once a round",
    ),
    Shortcut(
        Place.QUESTION,
        ("P", "Ctrl+Space"),
        "pause",
        "Question",
        "Pause: hide the question and stop the clock; P again goes on "
        "(Ctrl+Space while typing an answer)",
    ),
    Shortcut(Place.QUESTION, ("Escape",), "leave", "Question", "Leave the round (asks first)"),
    Shortcut(Place.RESULTS, ("Return", "Enter"), "play_again", "Results", "Play again"),
    Shortcut(Place.RESULTS, ("Escape",), "back", "Every other screen", _BACK),
    Shortcut(Place.HIGH_SCORES, ("Escape",), "back", "Every other screen", _BACK),
    Shortcut(Place.PACKS, ("Escape",), "back", "Every other screen", _BACK),
    Shortcut(Place.PLAYERS, ("Escape",), "back", "Every other screen", _BACK),
    Shortcut(Place.HISTORY, ("Escape",), "back", "Every other screen", _BACK),
    Shortcut(Place.STATISTICS, ("Escape",), "back", "Every other screen", _BACK),
    Shortcut(Place.HELP, ("Escape",), "back", "Help", "Back to where you were"),
    Shortcut(Place.WINDOW, (), "about", "Game menu", "About quizapp", menu="&About quizapp"),
    Shortcut(
        Place.WINDOW,
        ("Ctrl++", "Ctrl+="),
        "bigger_text",
        "Anywhere",
        "Bigger text",
        menu="&Bigger text",
    ),
    Shortcut(
        Place.WINDOW, ("Ctrl+-",), "smaller_text", "Anywhere", "Smaller text", menu="&Smaller text"
    ),
    Shortcut(
        Place.WINDOW,
        ("Ctrl+0",),
        "normal_text",
        "Anywhere",
        "Normal text size",
        menu="&Normal text size",
    ),
    Shortcut(
        Place.WINDOW,
        ("Ctrl+Shift+T",),
        "next_theme",
        "Anywhere",
        "Next theme: system, light, dark, high contrast",
        menu="Next &theme",
    ),
    Shortcut(
        Place.WINDOW,
        ("Ctrl+M",),
        "mute",
        "Anywhere",
        "Sound effects off or on",
        menu="&Mute sounds",
    ),
    Shortcut(
        Place.WINDOW,
        (),
        "still",
        "Game menu",
        "Keep tiles and scores still (no animations)",
        menu="Reduce m&otion",
    ),
    Shortcut(
        Place.WINDOW,
        ("Ctrl+Q",),
        "quit",
        "Anywhere",
        "Quit (asks first during a round)",
        menu="&Quit",
    ),
)


def key_text(keys: Iterable[str]) -> str:
    """Return keys as Help writes them: Return and keypad Enter are both "Enter"."""
    names = [QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys]
    shown = ["Enter" if n == "Return" else n for n in names]
    return " or ".join(dict.fromkeys(shown))


def help_rows(shortcuts: Iterable[Shortcut] = SHORTCUTS) -> list[tuple[str, str, str]]:
    """Return Help's rows (where, keys, what): rows that say the same thing share a line."""
    rows: dict[tuple[str, str], list[str]] = {}
    for shortcut in shortcuts:
        if shortcut.keys:
            rows.setdefault((shortcut.when, shortcut.what), []).append(key_text(shortcut.keys))
    return [(when, "  ".join(dict.fromkeys(keys)), what) for (when, what), keys in rows.items()]


def describe(widget: QWidget, place: Place, command: str, argument: int | None = None) -> None:
    """Give a control the accessible description of the shortcut row it does the work of."""
    row = next(
        s for s in SHORTCUTS if (s.place, s.command, s.argument) == (place, command, argument)
    )
    keys = key_text(row.keys)
    widget.setAccessibleDescription(f"{row.what} ({keys})" if keys else row.what)


Handler = Callable[..., object]


def bind_shortcuts(
    widget: QWidget,
    place: Place,
    handlers: Mapping[str, Handler],
    *,
    menu: QMenu | None = None,
) -> dict[str, QAction]:
    """Make the actions of one place on a widget and connect each to its handler.

    A screen's keys work while the focus is in that screen; the window's work anywhere in it.
    Every row of the place needs a handler and every handler a row, so the two cannot drift.
    """
    context = (
        Qt.ShortcutContext.WindowShortcut
        if place is Place.WINDOW
        else Qt.ShortcutContext.WidgetWithChildrenShortcut
    )
    rows = [s for s in SHORTCUTS if s.place is place]
    unbound = set(handlers) - {s.command for s in rows}
    if unbound:
        raise KeyError(f"no shortcut row for {sorted(unbound)} in {place.value}")
    actions: dict[str, QAction] = {}
    for shortcut in rows:
        handler = handlers[shortcut.command]
        action = QAction(shortcut.menu or shortcut.what, widget)
        action.setShortcuts([QKeySequence(k) for k in shortcut.keys])
        action.setShortcutContext(context)
        argument = shortcut.argument
        if argument is None:
            action.triggered.connect(lambda _checked=False, run=handler: run())
        else:
            action.triggered.connect(lambda _checked=False, run=handler, value=argument: run(value))
        widget.addAction(action)
        if menu is not None and shortcut.menu:
            menu.addAction(action)
        key = shortcut.command if argument is None else f"{shortcut.command}:{argument}"
        actions[key] = action
    return actions

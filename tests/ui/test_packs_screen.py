import os
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from quizapp.cli import main
from quizapp.packs import formats
from quizapp.ui.main_window import MainWindow
from quizapp.ui.question_editor import QuestionEditor
from quizapp.ui.workers import ImportOutcome
from tests.conftest import PackFactory
from tests.store.test_collection import play_round
from tests.ui.conftest import Dialogs

CSV = "question,answer,wrong1,wrong2\n" + "".join(
    f"What is {n} times ten?,{n * 10},{n * 10 + 1},{n * 10 - 1}\n" for n in range(1, 21)
)


class PackDialogs(Dialogs):
    def __init__(self) -> None:
        super().__init__()
        self.files: list[Path] = []
        self.save_to: Path | None = None
        self.text: str | None = None
        self.reports: list[tuple[str, str]] = []

    def open_files(self, _parent: object) -> list[Path]:
        return self.files

    def save_file(self, _parent: object, _suggested: str) -> Path | None:
        return self.save_to

    def ask_text(self, _parent: object, _title: str, _label: str, _text: str) -> str | None:
        return self.text

    def report(self, _parent: object, title: str, text: str) -> None:
        self.reports.append((title, text))


@pytest.fixture
def dialogs() -> PackDialogs:
    return PackDialogs()


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, pack_file: PackFactory, dialogs: PackDialogs
) -> MainWindow:
    win = MainWindow(
        tmp_path / "data",
        pack_file().parent,
        ask=dialogs.ask,
        tell=dialogs.tell,
        pack_dialogs={
            "open_files": dialogs.open_files,
            "save_file": dialogs.save_file,
            "text": dialogs.ask_text,
            "report": dialogs.report,
        },
    )
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.store_ready, timeout=10_000):
        win.load_store()
    qtbot.keyClick(win.start_screen.name_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert win.stack.currentWidget() is win.packs_screen
    return win


def rows(window: MainWindow) -> list[list[str]]:
    table = window.packs_screen.table
    return [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]


def import_and_wait(qtbot: QtBot, window: MainWindow, action: object) -> ImportOutcome:
    with qtbot.waitSignal(window.packs_screen.import_finished, timeout=20_000) as blocker:
        assert callable(action)
        action()
    outcome = blocker.args[0]
    assert isinstance(outcome, ImportOutcome)
    return outcome


def test_packs_view_lists_title_count_and_origin(window: MainWindow) -> None:
    assert rows(window) == [["Heartstopper", "12", "Comes with the game"]]


def test_the_packs_view_names_every_format_it_imports(window: MainWindow) -> None:
    texts = [label.text() for label in window.packs_screen.findChildren(QLabel)]
    assert any(all(f.label in text for f in formats.FORMATS) for text in texts)


def test_import_through_the_file_dialog_reports_and_lists_the_pack(
    qtbot: QtBot, window: MainWindow, dialogs: PackDialogs, tmp_path: Path
) -> None:
    path = tmp_path / "times-tables.csv"
    path.write_text(CSV + "What is nothing?,,\n", encoding="utf-8")
    dialogs.files = [path]
    button = window.packs_screen.import_button
    outcome = import_and_wait(
        qtbot, window, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    )
    assert outcome.reports[0].added == 20
    title, text = dialogs.reports[-1]
    assert title == "Import report"
    assert "pack 'times-tables': 20 new, 0 updated, 1 skipped" in text
    assert "skipped row 22" in text or "skipped line 22" in text
    assert ["Times tables", "20", f"Imported from {path}"] in rows(window)
    start_packs = [
        window.start_screen.pack_box.itemText(i)
        for i in range(window.start_screen.pack_box.count())
    ]
    assert "Times tables  (20 questions)" in start_packs


def test_dropping_files_imports_them(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "dropped.csv"
    path.write_text(CSV, encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)), QUrl("https://example.com/pack.csv")])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    outcome = import_and_wait(qtbot, window, lambda: window.packs_screen.dropEvent(event))
    assert [r.pack_slug for r in outcome.reports] == ["dropped"]
    assert outcome.errors == []


def test_a_broken_file_is_reported_and_imports_nothing(
    qtbot: QtBot, window: MainWindow, dialogs: PackDialogs, tmp_path: Path
) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "quizapp-pack/1",', encoding="utf-8")
    outcome = import_and_wait(qtbot, window, lambda: window.packs_screen.import_files([path]))
    assert outcome.reports == []
    assert "broken.json" in dialogs.reports[-1][1]
    assert "Not imported" in dialogs.reports[-1][1]
    assert len(rows(window)) == 1


def test_cancel_leaves_the_bank_unchanged(
    qtbot: QtBot, window: MainWindow, dialogs: PackDialogs, tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    path.write_text(
        "question,answer\n" + "".join(f"Q{n}?,A{n}\n" for n in range(30_000)), encoding="utf-8"
    )

    def start_then_cancel() -> None:
        # The player presses Cancel while the file is still being read.
        window.packs_screen.import_files([path])
        progress = window.packs_screen.progress
        assert progress is not None
        cancel = progress.findChild(QPushButton)
        assert cancel.text() == "Cancel"
        cancel.click()

    outcome = import_and_wait(qtbot, window, start_then_cancel)
    assert outcome.cancelled
    assert dialogs.reports[-1] == (
        "Import cancelled",
        "The import was cancelled. Nothing was changed.",
    )
    assert rows(window) == [["Heartstopper", "12", "Comes with the game"]]


def test_untick_play_hides_the_pack_from_the_start_screen(qtbot: QtBot, window: MainWindow) -> None:
    item = window.packs_screen.table.item(0, 3)
    item.setCheckState(Qt.CheckState.Unchecked)
    assert window.session.collection is not None
    assert not window.session.collection.packs.all()[0].enabled
    assert window.start_screen.pack_box.count() == 0
    assert not window.start_screen.start_button.isEnabled()


def test_rename_and_export(
    qtbot: QtBot, window: MainWindow, dialogs: PackDialogs, tmp_path: Path
) -> None:
    window.packs_screen.table.selectRow(0)
    dialogs.text = "Heartstopper classics"
    qtbot.mouseClick(window.packs_screen.rename_button, Qt.MouseButton.LeftButton)
    assert rows(window)[0][:2] == ["Heartstopper classics", "12"]
    assert rows(window)[0][2] == "Your copy of a pack that comes with the game"
    dialogs.save_to = tmp_path / "out.json"
    qtbot.mouseClick(window.packs_screen.export_button, Qt.MouseButton.LeftButton)
    assert '"title": "Heartstopper classics"' in dialogs.save_to.read_text(encoding="utf-8")
    assert dialogs.reports[-1][0] == "Pack exported"


def test_delete_asks_and_keeps_history(
    qtbot: QtBot, window: MainWindow, dialogs: PackDialogs
) -> None:
    assert window.session.collection is not None
    round_id = play_round(
        window.session.collection, "Ann", window.session.collection.packs.all()[0].id, right=2
    )
    window.packs_screen.table.selectRow(0)
    dialogs.answer = False
    qtbot.keyClick(window.packs_screen.table, Qt.Key.Key_Delete)
    assert dialogs.asked == ["Delete pack?"]
    assert len(rows(window)) == 1
    dialogs.answer = True
    qtbot.mouseClick(window.packs_screen.delete_button, Qt.MouseButton.LeftButton)
    assert rows(window) == []
    assert len(window.session.collection.rounds.record(round_id).answers) == 10


def test_editor_validates_like_import_and_saves(qtbot: QtBot, window: MainWindow) -> None:
    window.packs_screen.table.selectRow(0)
    qtbot.mouseClick(window.packs_screen.edit_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    assert editor is not None
    assert editor.list.count() == 12
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    editor.prompt.setPlainText("Who directed the series?")
    editor.answer.setText("Euros Lyn")
    editor.wrong.setPlainText("Euros Lyn\nSomeone Else")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.message.text() == "answer is also among the wrong options" or (
        "also among the wrong options" in editor.message.text()
    )
    assert editor.list.count() == 12
    editor.wrong.setPlainText("Someone Else\nAnother Person")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.message.text() == "Saved."
    assert editor.list.count() == 13
    assert rows(window)[0][1] == "13"
    editor.list.setCurrentRow(0)
    editor.prompt.setPlainText("")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "prompt" in editor.message.text()
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert editor.list.count() == 12
    editor.close()


def edit_first_question(qtbot: QtBot, window: MainWindow, path: Path) -> QuestionEditor:
    """Import a sheet, open its pack in the editor and pick its first question."""
    import_and_wait(qtbot, window, lambda: window.packs_screen.import_files([path]))
    window.packs_screen.select_pack_slug(path.stem)
    qtbot.mouseClick(window.packs_screen.edit_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    assert editor is not None
    editor.list.setCurrentRow(0)
    return editor


def test_questions_made_or_changed_in_the_editor_keep_their_place_on_re_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "series.csv"
    header = "question,answer,wrong\n"
    directed = "Who directed the series?,Euros Lyn,Someone Else\n"
    path.write_text(header + directed, encoding="utf-8")
    editor = edit_first_question(qtbot, window, path)
    editor.category.setText("Crew")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    editor.prompt.setPlainText("Who wrote the books?")
    editor.answer.setText("Alice Oseman")
    editor.wrong.setPlainText("Someone Else")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.message.text() == "Saved."
    editor.close()

    # The file gains the question made in the game, written as a person would type it.
    path.write_text(header + directed + "who wrote the  Books,Alice Oseman,Someone Else\n")
    outcome = import_and_wait(qtbot, window, lambda: window.packs_screen.import_files([path]))
    report = outcome.reports[0]
    assert (report.pack_slug, report.added, report.updated, report.unchanged) == (
        "series",
        0,
        2,
        0,
    )
    assert ["Series", "2", f"Imported from {path}"] in rows(window)


def test_editing_a_question_keeps_the_time_its_sheet_gave_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "timed.csv"
    path.write_text("question,answer,wrong,time\nIs ice cold?,Yes,No,45\n", encoding="utf-8")
    editor = edit_first_question(qtbot, window, path)
    editor.category.setText("Weather")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.message.text() == "Saved."
    assert window.session is not None
    pack = window.session.collection.packs.by_slug("timed")
    assert pack is not None
    (question,) = window.session.collection.packs.contents(pack.id).questions
    assert (question.category, question.time_limit_s) == ("Weather", 45)


def test_the_window_keeps_responding_during_a_big_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    path.write_text(
        "question,answer,wrong\n" + "".join(f"Q{n}?,A{n},B{n}\n" for n in range(40_000)),
        encoding="utf-8",
    )
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    outcome = import_and_wait(qtbot, window, lambda: window.packs_screen.import_files([path]))
    timer.stop()
    assert outcome.reports[0].added == 40_000
    assert len(ticks) >= 5, "the event loop must keep running while the import works"


def test_a_fifo_is_refused_and_closing_never_waits_on_it(
    qtbot: QtBot, window: MainWindow, dialogs: PackDialogs, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    # Were the reader to open the FIFO it would wait for a writer for ever; this one comes
    # after five seconds, so a regression fails the timing below instead of hanging.
    rescue = threading.Timer(5, lambda: fifo.open("wb").close())
    rescue.start()
    try:
        started = time.monotonic()
        outcome = import_and_wait(qtbot, window, lambda: window.packs_screen.import_files([fifo]))
        window.packs_screen.import_files([fifo])
        window.close()
        elapsed = time.monotonic() - started
    finally:
        rescue.cancel()
    assert "this is a FIFO, not a pack file" in outcome.errors[0]
    assert elapsed < 4


def import_from_the_command_line(pack_file: PackFactory, tmp_path: Path) -> None:
    capitals = pack_file(tmp_path / "downloads", pack_id="capitals", title="World capitals")
    assert main(["import", str(capitals), "--data-dir", str(tmp_path / "data")]) == 0


def test_packs_imported_from_the_command_line_are_listed_on_coming_back_from_help(
    qtbot: QtBot, window: MainWindow, pack_file: PackFactory, tmp_path: Path
) -> None:
    qtbot.keyClick(window.packs_screen, Qt.Key.Key_F1)
    assert window.stack.currentWidget() is window.help_screen
    import_from_the_command_line(pack_file, tmp_path)
    qtbot.keyClick(window.help_screen, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.packs_screen
    assert [row[0] for row in rows(window)] == ["Heartstopper", "World capitals"]


def test_packs_imported_from_the_command_line_are_listed_on_coming_back_to_the_window(
    window: MainWindow, pack_file: PackFactory, tmp_path: Path
) -> None:
    import_from_the_command_line(pack_file, tmp_path)
    # Qt tells every widget of a window that the player switched back to it.
    QApplication.sendEvent(window.packs_screen, QEvent(QEvent.Type.ActivationChange))
    assert [row[0] for row in rows(window)] == ["Heartstopper", "World capitals"]


def test_packs_with_one_title_are_told_apart_wherever_packs_are_listed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    sheet = tmp_path / "downloads" / "quiz.csv"
    tabbed = tmp_path / "desktop" / "quiz.tsv"
    for path in (sheet, tabbed):
        path.parent.mkdir()
    sheet.write_text(CSV, encoding="utf-8")
    tabbed.write_text(
        "question\tanswer\twrong1\n" + "".join(f"Capital {n}?\tCity {n}\tTown\n" for n in range(5)),
        encoding="utf-8",
    )
    import_and_wait(qtbot, window, lambda: window.packs_screen.import_files([sheet, tabbed]))
    assert [row[:2] for row in rows(window)] == [
        ["Heartstopper", "12"],
        ["Quiz · quiz.csv", "20"],
        ["Quiz · quiz.tsv", "5"],
    ]
    start = window.start_screen.pack_box
    assert [start.itemText(i) for i in range(start.count())] == [
        "Heartstopper  (12 questions)",
        "Quiz · quiz.csv  (20 questions)",
        "Quiz · quiz.tsv  (5 questions)",
    ]
    window.show_high_scores()
    scores = window.high_scores_screen.pack_box
    assert [scores.itemText(i) for i in range(scores.count())] == [
        "All packs",
        "Heartstopper",
        "Quiz · quiz.csv  (20 questions)",
        "Quiz · quiz.tsv  (5 questions)",
    ]


def test_the_import_report_names_the_sheets_of_a_workbook_it_did_not_read(
    qtbot: QtBot, window: MainWindow, dialogs: PackDialogs, tmp_path: Path
) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    about = book.active
    assert about is not None
    about.title = "About"
    about.append(["Questions for the quiz night, one sheet a round."])
    for name in ("Round one", "Round two"):
        sheet = book.create_sheet(name)
        sheet.append(["Question", "Answer", "Wrong"])
        sheet.append([f"Which round is this? ({name})", name, "The final"])
    path = tmp_path / "quiz-night.xlsx"
    book.save(path)
    import_and_wait(qtbot, window, lambda: window.packs_screen.import_files([path]))
    title, text = dialogs.reports[-1]
    assert title == "Import report"
    assert (
        "note: the workbook has 3 sheets ('About', 'Round one', 'Round two'); only 'Round one' "
        "was read, the first with a header row of questions ('About' has none)."
    ) in text
    assert ["Quiz night", "1"] in [row[:2] for row in rows(window)]

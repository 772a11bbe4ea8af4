from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.cli import main
from quizapp.core.modes import CLASSIC_MODE, TYPED_MODE
from quizapp.packs.model import QuestionKind
from quizapp.session import RESULTS_SETTLE_SECONDS
from quizapp.ui.main_window import MainWindow
from tests.conftest import PackFactory, choice_question
from tests.ui.conftest import Dialogs, WindowFactory


def start(qtbot: QtBot, window: MainWindow, name: str = "Ann") -> None:
    window.start_screen.name_box.setEditText(name)
    qtbot.mouseClick(window.start_screen.start_button, Qt.MouseButton.LeftButton)


def test_fresh_start_screen_has_focus_in_the_name_field(open_window: WindowFactory) -> None:
    window = open_window()
    assert window.stack.currentWidget() is window.start_screen
    assert window.start_screen.name_edit.hasFocus()
    assert window.start_screen.name_box.currentText() == ""
    assert window.start_screen.pack_box.currentText().startswith("Heartstopper")
    assert window.start_screen.start_button.isEnabled()


def test_empty_name_gets_a_message_and_no_round(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    start(qtbot, window, "   ")
    assert window.stack.currentWidget() is window.start_screen
    assert window.start_screen.message.text() == "Type a name to play under."
    assert window.session.collection is not None
    assert window.session.collection.players.all() == []


def test_clicking_the_right_option_marks_it_and_explains(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    start(qtbot, window)
    screen = window.question_screen
    assert screen.progress_label.text() == "Question 1 of 10"
    presented = screen.presented
    assert presented is not None
    right = presented.options.index(presented.question.answer)
    qtbot.mouseClick(screen.option_buttons[right], Qt.MouseButton.LeftButton)
    assert screen.option_buttons[right].property("state") == "right"
    assert screen.verdict_label.text().startswith("Right! +1,000")
    assert screen.explanation_label.text() == presented.question.explanation
    assert screen.score_label.text() == "Score 1,000"
    assert screen.next_button.isVisible()


def test_a_wrong_click_marks_it_wrong_and_highlights_the_right_one(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    start(qtbot, window)
    screen = window.question_screen
    presented = screen.presented
    assert presented is not None
    right = presented.options.index(presented.question.answer)
    wrong = (right + 1) % len(presented.options)
    qtbot.mouseClick(screen.option_buttons[wrong], Qt.MouseButton.LeftButton)
    assert screen.option_buttons[wrong].property("state") == "wrong"
    assert screen.option_buttons[right].property("state") == "right"
    assert presented.question.answer in screen.verdict_label.text()


def test_pack_text_is_shown_literally(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    sneaky = choice_question(
        1, prompt="<b>Bold</b> <a href='http://x'>link</a>?", answer="Tom & Jerry"
    )
    window = open_window(pack_file(questions=[sneaky]).parent)
    start(qtbot, window)
    screen = window.question_screen
    assert screen.prompt_label.textFormat() == Qt.TextFormat.PlainText
    assert screen.prompt_label.text() == "<b>Bold</b> <a href='http://x'>link</a>?"
    texts = [b.text() for b in screen.option_buttons if b.isVisible()]
    assert any(t.endswith("Tom && Jerry") for t in texts), "& must not become a mnemonic"


def test_escape_asks_and_no_keeps_playing(
    qtbot: QtBot, open_window: WindowFactory, dialogs: Dialogs
) -> None:
    window = open_window()
    start(qtbot, window)
    dialogs.answer = False
    qtbot.keyClick(window.question_screen, Qt.Key.Key_Escape)
    assert dialogs.asked == ["Leave the round?"]
    (text,) = dialogs.asked_texts
    assert text.startswith("Leave the round?\n"), "the question shows where there is no title"
    assert window.stack.currentWidget() is window.question_screen


def test_leaving_midway_keeps_answers_and_the_round_is_unfinished(
    qtbot: QtBot, open_window: WindowFactory, dialogs: Dialogs
) -> None:
    window = open_window()
    start(qtbot, window)
    qtbot.keyClick(window.question_screen, Qt.Key.Key_1)
    qtbot.keyClick(window.question_screen, Qt.Key.Key_Return)
    qtbot.keyClick(window.question_screen, Qt.Key.Key_2)
    assert window.session.round is not None
    round_id = window.session.round.round_id
    qtbot.keyClick(window.question_screen, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.start_screen
    assert window.session.collection is not None
    record = window.session.collection.rounds.record(round_id)
    assert not record.finished
    assert len(record.answers) == 2


def test_true_false_answers_with_t_and_f(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    question = {"id": "tf", "kind": "truefalse", "prompt": "Water is wet.", "answer": True}
    window = open_window(pack_file(questions=[question]).parent)
    start(qtbot, window)
    screen = window.question_screen
    assert [b.text() for b in screen.option_buttons if b.isVisible()] == [
        "1 · T   True",
        "2 · F   False",
    ]
    qtbot.keyClick(screen, Qt.Key.Key_F)
    assert screen.option_buttons[1].property("state") == "wrong"
    assert screen.verdict_label.text() == "Not quite. The answer is: True"


def test_typed_mode_letters_type_and_enter_submits(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    question = {
        "id": "t1",
        "kind": "typed",
        "prompt": "Who plays Nick?",
        "answer": "Kit Connor",
        "accept": ["Connor"],
    }
    window = open_window(pack_file(questions=[question]).parent)
    window.start_screen.mode_box.setCurrentIndex(window.start_screen.mode_box.findData(TYPED_MODE))
    start(qtbot, window)
    screen = window.question_screen
    assert screen.presented is not None
    assert screen.presented.question.kind is QuestionKind.TYPED
    assert screen.typed_field.hasFocus()
    qtbot.keyClicks(screen.typed_field, "connor")
    assert screen.verdict_label.text() == ""
    qtbot.keyClick(screen.typed_field, Qt.Key.Key_Return)
    assert screen.verdict_label.text().startswith("Right!")
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.results_screen


def test_a_classic_round_asks_a_typed_question_as_typed(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    typed = {"id": "t1", "kind": "typed", "prompt": "Who plays Nick?", "answer": "Kit Connor"}
    window = open_window(pack_file(questions=[typed]).parent)
    window.start_screen.mode_box.setCurrentIndex(
        window.start_screen.mode_box.findData(CLASSIC_MODE)
    )
    assert not window.start_screen.kinds_note.isVisible()
    start(qtbot, window)
    screen = window.question_screen
    assert screen.progress_label.text() == "Question 1 of 1"
    assert screen.presented is not None
    assert screen.presented.question.kind is QuestionKind.TYPED
    assert screen.typed_field.isVisible()
    assert screen.typed_field.hasFocus()
    qtbot.keyClicks(screen.typed_field, "kit connor")
    qtbot.keyClick(screen.typed_field, Qt.Key.Key_Return)
    assert screen.verdict_label.text().startswith("Right!")


def test_the_start_screen_says_which_questions_chosen_the_mode_leaves_out(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    truefalse = [
        {"id": f"f{n}", "kind": "truefalse", "prompt": f"Nick is {n}.", "answer": True}
        for n in (1, 2)
    ]
    window = open_window(pack_file(questions=[*truefalse, choice_question(1)]).parent)
    screen = window.start_screen
    screen.mode_box.setCurrentIndex(screen.mode_box.findData(TYPED_MODE))
    assert screen.kinds_note.isVisible()
    assert screen.kinds_note.text() == (
        "Type the answer asks 1 of the 3 questions chosen: 2 are true or false questions, "
        "which it does not ask. Classic or Speed asks them."
    )
    screen.mode_box.setCurrentIndex(screen.mode_box.findData(CLASSIC_MODE))
    assert not screen.kinds_note.isVisible()


def test_results_show_each_answer_and_highlight_the_new_high_score(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    start(qtbot, window)
    for _ in range(10):
        presented = window.question_screen.presented
        assert presented is not None
        index = presented.options.index(presented.question.answer)
        qtbot.keyClick(window.question_screen, Qt.Key(Qt.Key.Key_1 + index))
        qtbot.keyClick(window.question_screen, Qt.Key.Key_Space)
    results = window.results_screen
    assert window.stack.currentWidget() is results
    assert results.headline.text() == "13,500 points"
    assert results.summary.text() == "Ann, you got 10 of 10 right in Heartstopper."
    assert results.rank_label.text() == "New high score: number 1 in the top 10!"
    assert results.answers_table.rowCount() == 10
    assert results.answers_table.item(0, 2).text().startswith("✔ Right ")
    assert results.scores_table.rowCount() == 1
    assert results.scores_table.item(0, 1).text() == "Ann"
    assert results.scores_table.item(0, 1).font().bold()


def test_a_long_name_on_the_podium_at_800x600_is_cut_at_a_word_end_never_broken_inside(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    name = "Ann Wolfeschlegelsteinhausenbergerdorff"
    window = open_window(pack_file(questions=[choice_question(1)]).parent)
    window.resize(800, 600)
    start(qtbot, window, name)
    presented = window.question_screen.presented
    assert presented is not None
    right = presented.options.index("Right 1")
    qtbot.keyClick(window.question_screen, Qt.Key(Qt.Key.Key_1 + right))
    qtbot.keyClick(window.question_screen, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.results_screen
    winner = window.results_screen.podium.names[1]
    qtbot.waitUntil(lambda: winner.text() != name)
    lines = winner.text().split("\n")
    assert lines[0] == "Ann"
    assert lines[1].endswith("…"), lines
    assert "Wolfeschlegelsteinhausenbergerdorff".startswith(lines[1][:-1])
    assert len(lines) == 2
    assert name in winner.toolTip()
    assert winner.accessibleName() == name


def test_play_again_starts_a_fresh_round_for_the_same_player(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    start(qtbot, window)
    first = window.session.round.round_id if window.session.round else None
    for _ in range(10):
        qtbot.keyClick(window.question_screen, Qt.Key.Key_A)
        qtbot.keyClick(window.question_screen, Qt.Key.Key_Return)
    qtbot.wait(round(RESULTS_SETTLE_SECONDS * 1000) + 100)
    qtbot.keyClick(window.results_screen, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.question_screen
    assert window.session.round is not None
    assert window.session.round.round_id != first
    assert window.question_screen.progress_label.text() == "Question 1 of 10"


def play_a_round_by_key(qtbot: QtBot, window: MainWindow) -> None:
    """Play ten questions as Ann, each with key 1, and leave the results."""
    start(qtbot, window)
    for _ in range(10):
        qtbot.keyClick(window.question_screen, Qt.Key.Key_1)
        qtbot.keyClick(window.question_screen, Qt.Key.Key_Return)
    qtbot.keyClick(window.results_screen, Qt.Key.Key_Escape)


def test_high_scores_view_lists_rounds_by_pack_and_mode(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    play_a_round_by_key(qtbot, window)
    qtbot.mouseClick(window.start_screen.scores_button, Qt.MouseButton.LeftButton)
    view = window.high_scores_screen
    assert window.stack.currentWidget() is view
    assert view.table.rowCount() == 1
    view.mode_box.setCurrentIndex(view.mode_box.findData(TYPED_MODE))
    assert view.empty_label.isVisibleTo(view)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.start_screen


def test_every_mode_name_the_window_shows_is_one_the_scores_command_takes(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    window = open_window()
    play_a_round_by_key(qtbot, window)
    window.show_high_scores()
    # The start screen adds how many mistakes are due ("Practise mistakes: 8 due").
    shown = {
        box.itemText(i).split(": ")[0]
        for box in (window.start_screen.mode_box, window.high_scores_screen.mode_box)
        for i in range(box.count())
    }
    assert {"Classic", "Speed"} <= shown
    window.close()
    for name in sorted(shown):
        assert main(["scores", "--data-dir", str(tmp_path / "data"), "--mode", name]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[0] == f"High scores: every pack, {name}, all time"
        # The round just played is in Classic's table and in no other.
        assert any("Ann" in line for line in lines[1:]) == (name == "Classic")


def test_help_lists_shortcuts_and_escape_returns(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    qtbot.keyClick(window.start_screen.name_edit, Qt.Key.Key_F1)
    assert window.stack.currentWidget() is window.help_screen
    keys = [
        window.help_screen.table.item(r, 1).text()
        for r in range(window.help_screen.table.rowCount())
    ]
    assert {"Enter", "Space", "Esc", "F1"} <= set(keys)
    qtbot.keyClick(window.help_screen, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.start_screen


def test_a_store_that_cannot_open_shows_a_dialog(
    qtbot: QtBot, tmp_path: Path, pack_file: PackFactory, dialogs: Dialogs
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    window = MainWindow(blocker / "data", pack_file().parent, ask=dialogs.ask, tell=dialogs.tell)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.store_failed, timeout=10_000):
        window.load_store()
    assert dialogs.told
    assert dialogs.told[0][0] == "The store cannot be opened"
    assert "cannot create the data directory" in dialogs.told[0][1]
    assert not window.start_screen.start_button.isEnabled()


def test_about_credits_the_facts(open_window: WindowFactory, dialogs: Dialogs) -> None:
    window = open_window()
    about = next(a for a in window.actions() if a.text() == "&About quizapp")
    about.trigger()
    title, text = dialogs.told[-1]
    assert title == "About quizapp"
    assert "Facts from Wikipedia's article on Heartstopper (TV series), CC BY-SA 4.0" in text

"""The start screen's pack picker: each pack named with what the chosen mode can play."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from quizapp.core.modes import CLASSIC, TYPED
from quizapp.session import GameSession
from quizapp.store import Collection
from quizapp.ui.start_screen import StartScreen
from tests.conftest import PackFactory, choice_question
from tests.ui.conftest import WindowFactory


def truefalse_question(number: int) -> dict[str, object]:
    return {"id": f"f{number}", "kind": "truefalse", "prompt": f"{number} is odd.", "answer": True}


def test_pack_count_is_what_the_chosen_mode_can_draw(
    qtbot: QtBot, tmp_path: Path, pack_file: PackFactory
) -> None:
    questions = [choice_question(i) for i in range(1, 4)] + [truefalse_question(i) for i in (1, 2)]
    with Collection.open(tmp_path / "data") as collection:
        collection.packs.sync_shipped(pack_file(questions=questions).parent)
        choices = GameSession(collection).start_choices()
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.set_choices(choices)
    screen.mode_box.setCurrentIndex(screen.mode_box.findData(TYPED.key))
    assert screen.pack_box.itemText(0) == "Heartstopper  (3 questions)"
    screen.mode_box.setCurrentIndex(screen.mode_box.findData(CLASSIC.key))
    assert screen.pack_box.itemText(0) == "Heartstopper  (5 questions)"


def test_a_pack_of_one_question_says_one_question(
    qtbot: QtBot, tmp_path: Path, pack_file: PackFactory
) -> None:
    with Collection.open(tmp_path / "data") as collection:
        collection.packs.sync_shipped(pack_file(questions=[choice_question(1)]).parent)
        choices = GameSession(collection).start_choices()
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.set_choices(choices)
    assert screen.pack_box.itemText(0) == "Heartstopper  (1 question)"


def test_the_tagline_says_how_many_questions_the_round_will_ask(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    start = open_window().start_screen
    assert start.tagline.text() == "10 questions. How many can you get right?"
    for typed, said in (("5", "5 questions"), ("1", "1 question"), ("", "1 question")):
        start.length_box.setCurrentText(typed)
        assert start.tagline.text() == f"{said}. How many can you get right?"

"""quizapp check: a sound store is left alone; a damaged one is kept aside and rebuilt."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quizapp.cli import main
from quizapp.paths import STORE_FILE
from quizapp.store import Collection
from quizapp.store.check import check_store
from tests.conftest import PackFactory, choice_question
from tests.store.conftest import pack_of, play


@pytest.fixture
def store(tmp_path: Path, pack_file: PackFactory) -> Path:
    """A store with 300 questions over several pages and two rounds played."""
    folder = tmp_path / "data"
    with Collection.open(folder) as collection:
        collection.packs.sync_shipped(
            pack_file(questions=[choice_question(i) for i in range(1, 301)]).parent
        )
        play(collection, "Ann", "RRWR")
        play(collection, "Bo", "RRRR")
        assert pack_of(collection)
    return folder / STORE_FILE


def _damage_a_leaf_of(path: Path, table: str) -> None:
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        leaves = [
            page
            for (page,) in raw.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (table,)
            )
        ]
    raw.close()
    assert len(leaves) > 2
    with path.open("r+b") as stream:
        stream.seek((leaves[1] - 1) * page_size)
        stream.write(b"\xab" * page_size)


def test_a_sound_store_is_left_alone(store: Path) -> None:
    before = store.read_bytes()
    report = check_store(store)
    assert report.sound
    assert report.lines() == [f"The store {store} is sound."]
    assert store.read_bytes() == before
    assert sorted(p.name for p in store.parent.iterdir() if "damaged" in p.name) == []


def test_a_damaged_store_is_kept_aside_and_what_can_be_read_saved(store: Path) -> None:
    _damage_a_leaf_of(store, "question")
    damaged = store.read_bytes()
    report = check_store(store)

    assert not report.sound
    assert report.damaged_copy is not None
    assert report.damaged_copy.read_bytes() == damaged
    assert 0 < report.lost["question"] < 300
    assert report.copied["question"] + report.lost["question"] == 300
    assert report.copied["round"] == 2
    with sqlite3.connect(store) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    raw.close()
    with Collection.open(store.parent) as collection:
        assert collection.packs.all()[0].question_count == report.copied["question"]
    text = "\n".join(report.lines())
    assert str(report.damaged_copy) in text
    assert f"{report.lost['question']:,} lost" in text


def test_answers_to_lost_questions_are_counted_as_lost(store: Path) -> None:
    with sqlite3.connect(store) as raw:
        answered = raw.execute("SELECT count(*) FROM answer").fetchone()[0]
        assert answered == 8
    raw.close()
    _damage_a_leaf_of(store, "question")
    report = check_store(store)
    assert report.copied.get("answer", 0) + report.lost.get("answer", 0) == answered


def test_the_check_command_says_where_both_stores_are(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _damage_a_leaf_of(store, "question")
    assert main(["check", "--data-dir", str(store.parent)], environ={}) == 0
    out = capsys.readouterr().out
    (kept,) = [
        p
        for p in store.parent.iterdir()
        if p.name.startswith(f"{STORE_FILE}.damaged-") and not p.name.endswith(("-wal", "-shm"))
    ]
    assert f"The damaged store was kept as {kept}." in out
    assert f"What could be read is now in {store}:" in out
    assert main(["check", "--data-dir", str(store.parent)], environ={}) == 0
    assert capsys.readouterr().out == f"The store {store} is sound.\n"


def test_check_store_in_the_game_menu(qtbot: QtBot, store: Path, pack_file: PackFactory) -> None:
    from quizapp.ui.main_window import MainWindow
    from tests.ui.conftest import Dialogs

    dialogs = Dialogs()
    _damage_a_leaf_of(store, "question")
    window = MainWindow(store.parent, pack_file().parent, ask=dialogs.ask, tell=dialogs.tell)
    qtbot.addWidget(window)
    window.complete()  # as the window does once first painted: the Game menu is filled then
    action = next(a for a in window.actions() if a.text() == "&Check store…")
    with qtbot.waitSignal(window.store_ready, timeout=10_000):
        action.trigger()
    title, text = dialogs.told[-1]
    assert title == "Check store"
    assert "The damaged store was kept as" in text
    assert window.session is not None

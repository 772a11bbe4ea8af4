import json
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from quizapp.core.model import PackId, RoundId
from quizapp.core.modes import CLASSIC_MODE
from quizapp.core.players import PlayerNameError
from quizapp.core.round import RoundPlay
from quizapp.paths import STORE_FILE
from quizapp.store import Collection, StoreError
from quizapp.store.engine import APPLICATION_ID, MARKER
from quizapp.store.models import Base
from tests.conftest import PackFactory, choice_question
from tests.store.conftest import execute, questions_of


def test_every_connection_has_wal_and_foreign_keys(sqlite_collection: Collection) -> None:
    with sqlite_collection._engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_the_file_is_marked_as_ours(sqlite_collection: Collection) -> None:
    with sqlite3.connect(sqlite_collection.path) as raw:
        assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_a_foreign_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE notes (body TEXT)")
        raw.execute("INSERT INTO notes VALUES ('keep me')")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a quizapp store"):
        Collection.open(tmp_path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    (tmp_path / STORE_FILE).write_text("hello, this is a letter")
    with pytest.raises(StoreError, match="not a quizapp store"):
        Collection.open(tmp_path)


def test_an_unwritable_data_dir_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create the data directory"):
        Collection.open(blocker / "data")


def test_migrations_create_exactly_the_models(collection: Collection) -> None:
    with collection._engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # The table that marks a PostgreSQL database as a store is made on opening, not migrated.
    assert [d for d in diff if d[0] != "remove_table" or d[1].name != MARKER.name] == []


def test_reopening_keeps_everything(
    open_store: Callable[[], Collection], pack_file: PackFactory
) -> None:
    with open_store() as first:
        first.packs.sync_shipped(pack_file().parent)
        first.players.add("Ann")
    with open_store() as second:
        assert [p.name for p in second.players.all()] == ["Ann"]
        assert second.packs.all()[0].question_count == 12


def test_shipped_pack_change_updates_in_place_and_retires(
    collection: Collection, pack_file: PackFactory
) -> None:
    folder = pack_file().parent
    first = collection.packs.sync_shipped(folder)
    assert first.written[0].added == 12
    pack = collection.packs.all()[0]
    player = collection.players.add("Ann")
    round_id, questions = collection.rounds.start(player.id, pack.id, 12)
    play = RoundPlay(round_id, questions, collection.rounds)
    play.answer(questions[0].answer)

    changed = [choice_question(i) for i in range(2, 14)]
    changed[0] = choice_question(2, prompt="Question two, reworded?")
    pack_file(questions=changed)
    second = collection.packs.sync_shipped(folder)
    assert (second.written[0].added, second.written[0].updated, second.written[0].retired) == (
        1,
        1,
        1,
    )
    assert collection.packs.all()[0].question_count == 12
    prompts = {q.prompt for q in questions_of(collection, pack.id)}
    assert "Question two, reworded?" in prompts
    assert "Question number 1?" not in prompts
    record = collection.rounds.record(round_id)
    assert record.answers[0].prompt == questions[0].prompt


def test_unchanged_shipped_file_is_not_rewritten(
    collection: Collection, pack_file: PackFactory
) -> None:
    folder = pack_file().parent
    collection.packs.sync_shipped(folder)
    assert collection.packs.sync_shipped(folder).written == []


def test_a_bad_shipped_file_is_skipped_with_its_name(
    collection: Collection, pack_file: PackFactory
) -> None:
    folder = pack_file().parent
    (folder / "broken.json").write_text('{"format": "quizapp-pack/1", "id": "x"', encoding="utf-8")
    report = collection.packs.sync_shipped(folder)
    assert [w.slug for w in report.written] == ["heartstopper"]
    assert len(report.skipped_files) == 1
    assert report.skipped_files[0].startswith("broken.json: invalid JSON")


def test_a_pack_the_player_owns_is_not_overwritten(
    collection: Collection, pack_file: PackFactory
) -> None:
    path = pack_file()
    from quizapp.packs.reader import read_native

    collection.packs.import_parsed(read_native(path))
    pack_file(questions=[choice_question(99)])
    assert collection.packs.sync_shipped(path.parent).written == []
    assert collection.packs.all()[0].question_count == 12


def test_player_names_are_unique_ignoring_case(collection: Collection) -> None:
    collection.players.add("Ärwen")
    with pytest.raises(PlayerNameError, match="already a player"):
        collection.players.add("äRWEN")
    assert collection.players.for_name(" ärwen ").name == "Ärwen"


@pytest.mark.parametrize("name", ["", "   ", "x" * 41])
def test_bad_player_names_are_refused(collection: Collection, name: str) -> None:
    with pytest.raises(PlayerNameError):
        collection.players.add(name)
    assert collection.players.all() == []


def play_round(collection: Collection, name: str, pack_id: PackId, right: int) -> RoundId:
    player = collection.players.for_name(name)
    round_id, questions = collection.rounds.start(player.id, pack_id, 10)
    play = RoundPlay(round_id, questions, collection.rounds)
    for index, question in enumerate(questions):
        play.answer(question.answer if index < right else "no idea")
        play.advance()
    return round_id


def test_a_round_is_logged_answer_by_answer(collection: Collection, pack_file: PackFactory) -> None:
    collection.packs.sync_shipped(pack_file().parent)
    pack = collection.packs.all()[0]
    round_id = play_round(collection, "Ann", pack.id, right=7)
    record = collection.rounds.record(round_id)
    assert record.finished
    assert (record.correct, record.total, len(record.answers)) == (7, 10, 10)
    assert record.score == sum(1000 + min(100 * i, 500) for i in range(7))
    assert [a.position for a in record.answers] == list(range(1, 11))
    assert record.answers[0].explanation
    assert len(set(a.prompt for a in record.answers)) == 10


def test_quitting_midway_keeps_the_answers_and_marks_the_round_unfinished(
    open_store: Callable[[], Collection], pack_file: PackFactory
) -> None:
    with open_store() as collection:
        collection.packs.sync_shipped(pack_file().parent)
        player = collection.players.add("Ann")
        round_id, questions = collection.rounds.start(player.id, collection.packs.all()[0].id, 10)
        play = RoundPlay(round_id, questions, collection.rounds)
        for question in questions[:3]:
            play.answer(question.answer)
            play.advance()
    with open_store() as reopened:
        record = reopened.rounds.record(round_id)
        assert not record.finished
        assert (record.correct, len(record.answers), record.score) == (3, 3, 3300)
        assert reopened.stats.high_scores() == []


def test_high_scores_list_by_score_then_speed_share_places_and_skip_other_rules(
    collection: Collection, pack_file: PackFactory
) -> None:
    collection.packs.sync_shipped(pack_file().parent)
    pack = collection.packs.all()[0].id
    low = play_round(collection, "Ann", pack, right=3)
    high = play_round(collection, "Bo", pack, right=9)
    tie_slow = play_round(collection, "Cy", pack, right=5)
    tie_fast = play_round(collection, "Di", pack, right=5)
    execute(collection, "UPDATE round SET duration_ms = 9000 WHERE id = :id", id=tie_slow)
    execute(collection, "UPDATE round SET duration_ms = 1000 WHERE id = :id", id=tie_fast)
    other = play_round(collection, "Ed", pack, right=10)
    execute(collection, "UPDATE round SET scoring_version = 99 WHERE id = :id", id=other)
    table = collection.stats.high_scores(pack)
    assert [row.round_id for row in table] == [high, tie_fast, tie_slow, low]
    assert [row.rank for row in table] == [1, 2, 2, 4]
    assert collection.stats.high_scores(pack, mode="timed") == []
    assert collection.stats.high_scores(pack, mode=CLASSIC_MODE, limit=1)[0].player_name == "Bo"


def test_draw_gives_distinct_questions_and_all_when_fewer(
    collection: Collection, pack_file: PackFactory
) -> None:
    collection.packs.sync_shipped(
        pack_file(questions=[choice_question(i) for i in range(6)]).parent
    )
    pack = collection.packs.all()[0].id
    drawn = collection.rounds.draw(pack, 10)
    assert len(drawn) == 6
    assert len({q.id for q in drawn}) == 6


def test_history_survives_a_retired_question(
    collection: Collection, pack_file: PackFactory
) -> None:
    path = pack_file(questions=[choice_question(1)])
    collection.packs.sync_shipped(path.parent)
    round_id = play_round(collection, "Ann", collection.packs.all()[0].id, right=1)
    path.write_text(
        json.dumps(
            {
                "format": "quizapp-pack/1",
                "id": "heartstopper",
                "title": "Heartstopper",
                "questions": [choice_question(2)],
            }
        )
    )
    collection.packs.sync_shipped(path.parent)
    answer = collection.rounds.record(round_id).answers[0]
    assert (answer.prompt, answer.right_answer, answer.correct) == (
        "Question number 1?",
        "Right 1",
        True,
    )


CRASH = """
import os, sys
from pathlib import Path
from quizapp.core.round import RoundPlay
from quizapp.store import Collection

collection = Collection.open(Path(sys.argv[1]), sys.argv[3] or None)
collection.packs.sync_shipped(Path(sys.argv[2]))
player = collection.players.add("Crash")
round_id, questions = collection.rounds.start(player.id, collection.packs.all()[0].id, 10)
play = RoundPlay(round_id, questions, collection.rounds)
for question in questions[:4]:
    play.answer(question.answer)
    play.advance()
os._exit(3)  # dies without closing anything, as a crash or a killed process would
"""


def test_a_crash_mid_round_loses_no_answer(
    tmp_path: Path, store_url: str | None, pack_file: PackFactory
) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    folder = pack_file().parent
    result = subprocess.run(
        [sys.executable, "-c", CRASH, str(tmp_path / "data"), str(folder), store_url or ""],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 3, result.stderr
    with Collection.open(tmp_path / "data", store_url) as reopened:
        player = reopened.players.named("Crash")
        assert player is not None
        (record,) = reopened.rounds.of_player(player.id)
        full = reopened.rounds.record(record.id)
        assert not full.finished
        assert (len(full.answers), full.correct, full.score) == (4, 4, 1000 + 1100 + 1200 + 1300)


def test_a_round_asks_about_each_fact_once_while_it_can(
    collection: Collection, pack_file: PackFactory
) -> None:
    # Twenty questions, two about each of ten facts: a round of ten can use every fact once.
    questions = [choice_question(n, source=f"Fact number {n // 2}.") for n in range(20)]
    collection.packs.sync_shipped(pack_file(questions=questions).parent)
    pack = collection.packs.all()[0].id
    for seed in range(15):
        drawn = collection.rounds.draw(pack, 10, rng=random.Random(seed))
        assert len({q.source for q in drawn}) == 10


def test_a_failing_store_reports_where_and_why_instead_of_sql(
    sqlite_collection: Collection,
) -> None:
    collection = sqlite_collection
    collection.players.add("Ann")
    with sqlite3.connect(collection.path) as raw:
        raw.execute("DROP TABLE seen_question")
        raw.execute("DROP TABLE player")
    calls = (
        collection.players.all,
        collection.stats.high_scores,
        lambda: collection.players.add("Bo"),
    )
    for call in calls:
        with pytest.raises(StoreError, match=r"^The store .* could not be used \(no such table"):
            call()


def test_a_round_is_listed_under_its_packs_title_now_after_a_new_version_retitles_it(
    collection: Collection, pack_file: PackFactory
) -> None:
    questions = [choice_question(i) for i in range(1, 5)]
    collection.packs.sync_shipped(pack_file(questions=questions).parent)
    player = collection.players.for_name("Ann")
    pack = collection.packs.all()[0].id
    round_id, _questions = collection.rounds.start(player.id, pack, 4)
    collection.packs.sync_shipped(
        pack_file(title="Heartstopper: Volumes 1 to 5", questions=questions).parent
    )
    (listed,) = collection.rounds.of_player(player.id)
    reviewed = collection.rounds.record(round_id)
    for record in (listed, reviewed):
        assert (record.pack_title, record.played_as) == (
            "Heartstopper: Volumes 1 to 5",
            "Heartstopper",
        )

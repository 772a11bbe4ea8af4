"""Upgrading stores written by earlier versions, on each backend."""

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

from quizapp.core.model import RoundId
from quizapp.settings import Settings, load_settings, save_settings
from quizapp.store import Collection
from quizapp.store.engine import (
    MIGRATIONS,
    alembic_config,
    migrate,
    newest_revision,
    store_engine,
    store_place,
)

DAY = datetime(2026, 1, 1)
PACK = (
    "INSERT INTO pack (id, slug, title, origin, enabled, created_at, updated_at)"
    " VALUES (1, 'p', 'P', 'shipped', :yes, :day, :day)"
)
QUESTION = (
    "INSERT INTO question (id, pack_id, key, kind, prompt, answer, wrong, accept,"
    " tolerance, retired, rand_key) VALUES (:id, 1, :key, 'choice', 'Q', 'A', '[]', '[]',"
    " 0, :no, 0.5)"
)
PLAYER = "INSERT INTO player (id, name, name_key, created_at) VALUES (1, 'A', 'a', :day)"
ROUND = (
    "INSERT INTO round (id, player_id, pack_id, pack_title, mode, scoring_version,"
    " question_count, score, correct, answered, started_at)"
    " VALUES (:id, 1, 1, 'P', :mode, 1, 5, 0, 0, 5, :day)"
)
ANSWER = (
    "INSERT INTO answer (round_id, question_id, position, prompt, options, right_answer,"
    " given, correct, ms, answered_at) VALUES (:round, :question, :position, 'Q', '[]', 'A',"
    " 'A', :correct, 1, :day)"
)


def _store_at(data_dir: Path, store_url: str | None, revision: str) -> Engine:
    """Return an engine on a new store migrated only as far as revision."""
    place = store_place(data_dir, store_url)
    place.backend.prepare(place.url, place.where)
    engine = store_engine(place)
    migrate(engine, place, revision)
    return engine


def _run(engine: Engine, statement: str, *rows: dict[str, object]) -> None:
    with engine.begin() as conn:
        for row in rows:
            conn.execute(text(statement), {"day": DAY, "yes": True, "no": False, **row})


def test_upgrading_a_store_from_the_baseline_fills_seen_questions_and_streaks(
    tmp_path: Path, store_url: str | None
) -> None:
    engine = _store_at(tmp_path, store_url, "0001")
    _run(engine, PACK, {})
    _run(engine, QUESTION, *({"id": q, "key": f"q{q}"} for q in range(1, 4)))
    _run(engine, PLAYER, {})
    _run(engine, ROUND, {"id": 1, "mode": "normal"}, {"id": 2, "mode": "normal"})
    # Round 1: right, right, wrong, right, right, right -> best streak 3.
    _run(
        engine,
        ANSWER,
        *(
            {"round": 1, "question": 1 + position % 2, "position": position, "correct": right}
            for position, right in enumerate([True, True, False, True, True, True], start=1)
        ),
        {"round": 2, "question": 1, "position": 1, "correct": False},
    )
    engine.dispose()
    with Collection.open(tmp_path, store_url) as collection, collection._engine.connect() as conn:
        streaks = conn.execute(text("SELECT id, best_streak FROM round ORDER BY id")).all()
        seen = conn.execute(text("SELECT player_id, question_id FROM seen_question")).all()
    assert [tuple(row) for row in streaks] == [(1, 3), (2, 0)]
    assert sorted(tuple(row) for row in seen) == [(1, 1), (1, 2)]


def test_upgrading_renames_rounds_of_the_old_normal_mode_to_classic(
    tmp_path: Path, store_url: str | None
) -> None:
    engine = _store_at(tmp_path, store_url, "0002")
    _run(engine, PACK, {})
    _run(engine, PLAYER, {})
    _run(engine, ROUND, {"id": 1, "mode": "normal"}, {"id": 2, "mode": "typed"})
    engine.dispose()
    with Collection.open(tmp_path, store_url) as collection:
        player = collection.players.named("A")
        assert player is not None
        modes = sorted((r.id, r.mode) for r in collection.rounds.of_player(player.id))
        assert modes == [(1, "classic"), (2, "typed")]
        with collection._engine.connect() as conn, conn.begin():
            command.downgrade(alembic_config(conn), "0002")
            modes = conn.execute(text("SELECT id, mode FROM round ORDER BY id")).all()
    assert [tuple(row) for row in modes] == [(1, "normal"), (2, "typed")]


def test_rounds_of_the_first_scoring_version_still_show_under_their_mode(
    tmp_path: Path, store_url: str | None
) -> None:
    engine = _store_at(tmp_path, store_url, "0003")
    _run(engine, PACK, {})
    _run(engine, PLAYER, {})
    _run(engine, ROUND, {"id": 1, "mode": "classic"}, {"id": 2, "mode": "typed"})
    _run(
        engine,
        "UPDATE round SET score = 3000, finished_at = :end, duration_ms = 9",
        {"end": datetime(2026, 1, 1, 0, 5)},
    )
    _run(engine, ANSWER, {"round": 1, "question": None, "position": 1, "correct": True})
    engine.dispose()
    with Collection.open(tmp_path, store_url) as collection:
        classic = collection.stats.high_scores(mode="classic")
        typed = collection.stats.high_scores(mode="typed")
        record = collection.rounds.record(RoundId(1))
        with collection._engine.connect() as conn:
            rules = conn.execute(text("SELECT scoring_rule, seats FROM round ORDER BY id")).all()
    assert [(r.round_id, r.score) for r in classic] == [(1, 3000)]
    assert [r.round_id for r in typed] == [2]
    assert not record.paused
    assert [a.removed for a in record.answers] == [()]
    assert [tuple(row) for row in rules] == [("classic", 1), ("classic", 1)]


def test_scoring_rules_migrate_down_and_up_keeping_every_answer(
    tmp_path: Path, store_url: str | None
) -> None:
    with Collection.open(tmp_path, store_url) as collection:
        engine = collection._engine
        _run(engine, PACK, {})
        _run(engine, PLAYER, {})
        _run(engine, ROUND, {"id": 1, "mode": "speed"})
        _run(engine, ANSWER, {"round": 1, "question": None, "position": 1, "correct": True})
        with engine.connect() as conn, conn.begin():
            command.downgrade(alembic_config(conn), "0003")
            answers = conn.execute(text("SELECT count(*) FROM answer")).scalar()
            command.upgrade(alembic_config(conn), "head")
    assert answers == 1
    with Collection.open(tmp_path, store_url) as collection:
        assert len(collection.rounds.record(RoundId(1)).answers) == 1


SETTING = "INSERT INTO setting (key, value) VALUES ('last_player', :value)"


def _tables(engine: Engine) -> list[str]:
    return inspect(engine).get_table_names()


@pytest.mark.parametrize(
    ("stored", "own", "kept"),
    [("1", None, 1), ("1", 7, 7), ("garbage", None, None)],
    ids=["carried-over", "desktop-keeps-its-own", "mangled-dropped"],
)
def test_the_last_player_leaves_the_store_for_the_desktop_settings(
    tmp_path: Path, store_url: str | None, stored: str, own: int | None, kept: int | None
) -> None:
    engine = _store_at(tmp_path, store_url, "0004")
    _run(engine, PLAYER, {})
    _run(engine, SETTING, {"value": stored})
    engine.dispose()
    if own is not None:
        save_settings(tmp_path, Settings(last_player=own, muted=True))
    with Collection.open(tmp_path, store_url) as collection:
        assert "setting" not in _tables(collection._engine)
    assert load_settings(tmp_path).last_player == kept
    assert load_settings(tmp_path).muted is (own is not None), "other settings are kept"
    # Once only: later openings find nothing more to hand over.
    save_settings(tmp_path, Settings())
    with Collection.open(tmp_path, store_url) as collection:
        with collection._engine.connect() as conn, conn.begin():
            command.downgrade(alembic_config(conn), "0004")
            assert "setting" in inspect(conn).get_table_names()
            command.upgrade(alembic_config(conn), "head")
        assert "setting" not in _tables(collection._engine)
    assert load_settings(tmp_path) == Settings()


def test_the_newest_revision_read_from_the_file_names_is_alembics_head() -> None:
    # A store at this revision is opened without Alembic, so it must be the real head.
    assert newest_revision() == ScriptDirectory(str(MIGRATIONS)).get_current_head()


def test_an_up_to_date_store_opens_without_alembic_and_an_older_one_is_upgraded(
    tmp_path: Path,
) -> None:
    older, current = tmp_path / "older", tmp_path / "current"
    _store_at(older, None, "0001").dispose()
    Collection.open(current).close()
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from quizapp.store import Collection\n"
        "for folder in sys.argv[1:]:\n"
        "    with Collection.open(Path(folder)) as collection:\n"
        "        print(collection.packs.all(), 'alembic' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(current), str(older)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.splitlines() == ["[] False", "[] True"]
    engine = store_engine(store_place(older))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == (
            newest_revision()
        )
    engine.dispose()

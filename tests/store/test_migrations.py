import sqlite3
from pathlib import Path

from alembic import command

from quizapp.core.model import RoundId
from quizapp.paths import STORE_FILE
from quizapp.store import Collection
from quizapp.store.engine import APPLICATION_ID, alembic_config, create_store_engine

ROUND = (
    "INSERT INTO round (id, player_id, pack_id, pack_title, mode, scoring_version,"
    " question_count, score, correct, answered, started_at)"
    " VALUES (?, 1, 1, 'P', 'normal', 1, 5, 0, 0, 5, '2026-01-01')"
)
ANSWER = (
    "INSERT INTO answer (round_id, question_id, position, prompt, options, right_answer,"
    " given, correct, ms, answered_at) VALUES (?, ?, ?, 'Q', '[]', 'A', 'A', ?, 1, '2026-01-01')"
)
PACK = (
    "INSERT INTO pack (id, slug, title, origin, enabled, created_at, updated_at)"
    " VALUES (1, 'p', 'P', 'shipped', 1, '2026-01-01', '2026-01-01')"
)
PLAYER = "INSERT INTO player (id, name, name_key, created_at) VALUES (1, 'A', 'a', '2026-01-01')"


def _store_at(path: Path, revision: str) -> None:
    """Make a store at an older revision holding pack 1 and player 1."""
    engine = create_store_engine(path)
    command.upgrade(alembic_config(engine), revision)
    engine.dispose()
    with sqlite3.connect(path) as raw:
        raw.execute(PACK)
        raw.execute(PLAYER)
        raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
    raw.close()


def test_upgrading_a_store_from_the_baseline_fills_seen_questions_and_streaks(
    tmp_path: Path,
) -> None:
    path = tmp_path / STORE_FILE
    engine = create_store_engine(path)
    command.upgrade(alembic_config(engine), "0001")
    engine.dispose()
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO pack (id, slug, title, origin, enabled, created_at, updated_at)"
            " VALUES (1, 'p', 'P', 'shipped', 1, '2026-01-01', '2026-01-01')"
        )
        for q in range(1, 4):
            raw.execute(
                "INSERT INTO question (id, pack_id, key, kind, prompt, answer, wrong, accept,"
                " tolerance, retired, rand_key) VALUES (?, 1, ?, 'choice', 'Q', 'A', '[]', '[]',"
                " 0, 0, 0.5)",
                (q, f"q{q}"),
            )
        raw.execute("INSERT INTO player (id, name, name_key, created_at) VALUES (1, 'A', 'a', 0)")
        raw.execute(ROUND, (1,))
        raw.execute(ROUND, (2,))
        # Round 1: right, right, wrong, right, right, right -> best streak 3.
        for position, correct in enumerate([1, 1, 0, 1, 1, 1], start=1):
            raw.execute(ANSWER, (1, 1 + position % 2, position, correct))
        raw.execute(ANSWER, (2, 1, 1, 0))
        raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
    raw.close()
    with Collection.open(tmp_path):
        pass
    with sqlite3.connect(path) as raw:
        streaks = raw.execute("SELECT id, best_streak FROM round ORDER BY id").fetchall()
        seen = raw.execute("SELECT player_id, question_id FROM seen_question").fetchall()
    raw.close()
    assert streaks == [(1, 3), (2, 0)]
    assert sorted(seen) == [(1, 1), (1, 2)]


def test_upgrading_renames_rounds_of_the_old_normal_mode_to_classic(tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    _store_at(path, "0002")
    with sqlite3.connect(path) as raw:
        raw.execute(ROUND, (1,))
        raw.execute(ROUND.replace("'normal'", "'typed'"), (2,))
    raw.close()
    with Collection.open(tmp_path) as collection:
        player = collection.players.named("A")
        assert player is not None
        modes = sorted((r.id, r.mode) for r in collection.rounds.of_player(player.id))
    assert modes == [(1, "classic"), (2, "typed")]
    engine = create_store_engine(path)
    command.downgrade(alembic_config(engine), "0002")
    engine.dispose()
    with sqlite3.connect(path) as raw:
        modes = raw.execute("SELECT id, mode FROM round ORDER BY id").fetchall()
    raw.close()
    assert modes == [(1, "normal"), (2, "typed")]


def test_rounds_of_the_first_scoring_version_still_show_under_their_mode(tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    _store_at(path, "0003")
    with sqlite3.connect(path) as raw:
        for round_id, mode in ((1, "classic"), (2, "typed")):
            raw.execute(ROUND.replace("'normal'", f"'{mode}'"), (round_id,))
            raw.execute(
                "UPDATE round SET score = 3000, finished_at = '2026-01-01 00:05', duration_ms = 9"
                " WHERE id = ?",
                (round_id,),
            )
        raw.execute(ANSWER, (1, None, 1, 1))
    raw.close()
    with Collection.open(tmp_path) as collection:
        classic = collection.stats.high_scores(mode="classic")
        typed = collection.stats.high_scores(mode="typed")
        record = collection.rounds.record(RoundId(1))
    assert [(r.round_id, r.score) for r in classic] == [(1, 3000)]
    assert [r.round_id for r in typed] == [2]
    assert not record.paused
    assert [a.removed for a in record.answers] == [()]
    with sqlite3.connect(path) as raw:
        rules = raw.execute("SELECT scoring_rule, seats FROM round ORDER BY id").fetchall()
    raw.close()
    assert rules == [("classic", 1), ("classic", 1)]


def test_scoring_rules_migrate_down_and_up_keeping_every_answer(tmp_path: Path) -> None:
    with Collection.open(tmp_path):
        pass
    path = tmp_path / STORE_FILE
    with sqlite3.connect(path) as raw:
        raw.execute(PACK)
        raw.execute(PLAYER)
        raw.execute(ROUND.replace("'normal'", "'speed'"), (1,))
        raw.execute(ANSWER, (1, None, 1, 1))
    raw.close()
    engine = create_store_engine(path)
    command.downgrade(alembic_config(engine), "0003")
    with sqlite3.connect(path) as raw:
        answers = raw.execute("SELECT count(*) FROM answer").fetchone()
    raw.close()
    command.upgrade(alembic_config(engine), "head")
    engine.dispose()
    assert answers == (1,)
    with Collection.open(tmp_path) as collection:
        assert len(collection.rounds.record(RoundId(1)).answers) == 1

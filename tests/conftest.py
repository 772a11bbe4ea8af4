"""Shared fixtures: temporary data directories and small pack files written for the tests."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# Widgets run offscreen unless a display is asked for explicitly.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI (CI=true) runs the property tests on a fixed, bounded set of examples, so a run can be
# repeated exactly and takes the same time; no deadline, as the shared machine is slow at times.
settings.register_profile("ci", derandomize=True, database=None, deadline=None, max_examples=100)
if os.environ.get("CI", "").lower() in ("true", "1"):
    settings.load_profile("ci")

PackFactory = Callable[..., Path]


@pytest.fixture(autouse=True)
def _no_real_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Point every per-user folder at a temporary one so no test touches the player's data."""
    home = tmp_path_factory.mktemp("home")
    saved = {k: os.environ.get(k) for k in ("HOME", "XDG_DATA_HOME", "QUIZAPP_DATA_DIR")}
    os.environ["HOME"] = str(home)
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ.pop("QUIZAPP_DATA_DIR", None)
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def choice_question(number: int, **extra: Any) -> dict[str, Any]:
    """Return a choice question whose right answer is always 'Right N'."""
    return {
        "id": f"q{number}",
        "kind": "choice",
        "prompt": f"Question number {number}?",
        "answer": f"Right {number}",
        "wrong": [f"Wrong {number}a", f"Wrong {number}b", f"Wrong {number}c"],
        "category": "Cast" if number % 2 else "Production",
        "explanation": f"Explanation {number}.",
        **extra,
    }


def facts_asked(facts: range, ways: int) -> list[dict[str, Any]]:
    """Return choice questions asking each fact ("Fact sentence N.") so many ways."""
    return [
        choice_question(10 * fact + way, source=f"Fact sentence {fact}.")
        for fact in facts
        for way in range(ways)
    ]


@pytest.fixture
def pack_file(tmp_path: Path) -> PackFactory:
    """Write a native pack with the given questions (default: 12 choice questions)."""

    def write(
        folder: Path | None = None,
        *,
        pack_id: str = "heartstopper",
        title: str = "Heartstopper",
        questions: list[dict[str, Any]] | None = None,
        name: str | None = None,
    ) -> Path:
        folder = folder or tmp_path / "questions"
        folder.mkdir(parents=True, exist_ok=True)
        data = {
            "format": "quizapp-pack/1",
            "id": pack_id,
            "title": title,
            "questions": questions
            if questions is not None
            else [choice_question(i) for i in range(1, 13)],
        }
        path = folder / (name or f"{pack_id}.json")
        path.write_text(json.dumps(data), encoding="utf-8")
        return path

    return write


# The PostgreSQL server the store tests also run on; CI starts one and sets REQUIRE_POSTGRESQL.
POSTGRESQL_URL = os.environ.get(
    "QUIZAPP_TEST_POSTGRESQL_URL",
    "postgresql+psycopg://quizapp:quizapp@localhost:5432/quizapp_test",
)
REQUIRE_POSTGRESQL = "QUIZAPP_REQUIRE_POSTGRESQL"
_postgresql_problem: list[str] = []


def _postgresql_unavailable() -> str | None:
    """Return why the test server cannot be used, asking it only once per run."""
    if not _postgresql_problem:
        from sqlalchemy import create_engine
        from sqlalchemy.exc import SQLAlchemyError

        try:
            engine = create_engine(POSTGRESQL_URL, connect_args={"connect_timeout": 3})
            with engine.connect():
                pass
            engine.dispose()
            _postgresql_problem.append("")
        except (SQLAlchemyError, ImportError) as exc:
            first_line = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            _postgresql_problem.append(
                f"no PostgreSQL server answers at {POSTGRESQL_URL.split('@')[-1]} "
                f"({first_line}); set QUIZAPP_TEST_POSTGRESQL_URL to run these tests on one"
            )
    return _postgresql_problem[0] or None


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """The store's URL on each backend: None for the SQLite file, else a fresh schema."""
    if request.param == "sqlite":
        yield None
        return
    problem = _postgresql_unavailable()
    if problem:
        if os.environ.get(REQUIRE_POSTGRESQL):
            pytest.fail(problem)
        pytest.skip(problem)
    from uuid import uuid4

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    schema = f"test_{uuid4().hex[:16]}"
    admin = create_engine(POSTGRESQL_URL)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    url = make_url(POSTGRESQL_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    yield url.render_as_string(hide_password=False)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    admin.dispose()

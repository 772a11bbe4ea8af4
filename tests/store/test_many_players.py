"""Many desktops on one store at once: writers wait their turn and nothing is lost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.core.model import RoundId
from quizapp.store import Collection
from tests.conftest import PackFactory

ROOT = Path(__file__).resolve().parents[2]

OPEN = """
import sys
from pathlib import Path
from quizapp.store import Collection

with Collection.open(Path(sys.argv[1]), sys.argv[2] or None) as collection:
    collection.players.for_name("Shared")
"""


def _run_all(script: str, args: list[list[str]], timeout: float) -> list[str]:
    """Start one process per argument list at once; return their outputs when all have ended."""
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", script, *one],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for one in args
    ]
    outputs = []
    for process in processes:
        out, err = process.communicate(timeout=timeout)
        assert process.returncode == 0, err
        outputs.append(out)
    return outputs


@pytest.mark.slow
def test_games_opening_a_fresh_store_at_once_take_turns(
    tmp_path: Path, store_url: str | None
) -> None:
    _run_all(OPEN, [[str(tmp_path / "data"), store_url or ""]] * 5, timeout=120)
    with Collection.open(tmp_path / "data", store_url) as collection:
        assert [p.name for p in collection.players.all()] == ["Shared"]


@pytest.mark.slow
def test_five_imports_at_once_all_land_without_a_traceback(
    tmp_path: Path, store_url: str | None
) -> None:
    files = []
    for number in range(5):
        files.append(tmp_path / f"pack{number}.csv")
        lines = [f"Question {n} of pack {number}?,{n}" for n in range(300)]
        files[-1].write_text("question,answer\n" + "\n".join(lines) + "\n", encoding="utf-8")
    data_dir = str(tmp_path / "data")
    url = ["--db-url", store_url] if store_url else []
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "quizapp", "import", str(path), "--data-dir", data_dir, *url],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in files
    ]
    for process in processes:
        out, err = process.communicate(timeout=180)
        assert process.returncode == 0, err
        assert "Traceback" not in err
        assert "300 new" in out
    with Collection.open(tmp_path / "data", store_url) as collection:
        counts = {
            p.slug: p.question_count for p in collection.packs.all() if p.slug != "heartstopper"
        }
    assert counts == {f"pack{number}": 300 for number in range(5)}


# One desktop for SECONDS: rounds of four questions, one answer at a time, and now and then
# an import of its own pack and of the pack every desktop shares. It prints what it saved.
DESKTOP = """
import json, random, sys, time
from pathlib import Path
from quizapp.core.round import RoundPlay
from quizapp.packs import read_pack_file
from quizapp.store import Collection

data_dir, url, number, packs, seconds = sys.argv[1:6]
number, deadline = int(number), time.monotonic() + float(seconds)
rng = random.Random(number)
rounds, imports = [], 0
with Collection.open(Path(data_dir), url or None) as collection:
    me = collection.players.for_name(f"Desk {number}")
    shared = collection.players.for_name("Shared")
    pack = collection.packs.by_slug("load").id
    while time.monotonic() < deadline:
        player = shared if len(rounds) % 2 else me
        round_id, questions = collection.rounds.start(player.id, pack, 4, rng=rng)
        play = RoundPlay(round_id, questions, collection.rounds, rng=rng)
        for _ in questions:
            right = rng.random() < 0.6
            play.answer(play.current.question.answer if right else "not this")
            play.advance()
        rounds.append([round_id, len(questions), play.correct_count, play.score])
        if len(rounds) % 3 == 0:
            for name in (f"own-{number}.csv", "shared.csv"):
                path = Path(packs) / name
                lines = [f"Question {n} of {name} round {len(rounds)}?,{n}" for n in range(20)]
                path.write_text("question,answer\\n" + "\\n".join(lines) + "\\n", encoding="utf-8")
                collection.packs.import_parsed(read_pack_file(path, pack_id=path.stem))
                imports += 1
print(json.dumps({"rounds": rounds, "imports": imports}))
"""

DESKTOPS = 8
SECONDS = 10


@pytest.mark.slow
def test_eight_desktops_playing_and_importing_lose_no_answer(
    tmp_path: Path, store_url: str | None, pack_file: PackFactory
) -> None:
    data_dir = tmp_path / "data"
    with Collection.open(data_dir, store_url) as collection:
        collection.packs.sync_shipped(pack_file(pack_id="load", title="Load").parent)
    folders = []
    for number in range(DESKTOPS):
        folders.append(tmp_path / f"desk{number}")
        folders[-1].mkdir()
    outputs = _run_all(
        DESKTOP,
        [
            [str(data_dir), store_url or "", str(number), str(folders[number]), str(SECONDS)]
            for number in range(DESKTOPS)
        ],
        timeout=SECONDS + 120,
    )
    saved = [json.loads(out) for out in outputs]
    rounds = [one for desk in saved for one in desk["rounds"]]
    assert all(desk["rounds"] for desk in saved), "every desktop played"
    assert sum(desk["imports"] for desk in saved) > 0
    with Collection.open(data_dir, store_url) as collection:
        for round_id, asked, correct, score in rounds:
            record = collection.rounds.record(RoundId(round_id))
            assert len(record.answers) == asked
            assert sum(a.correct for a in record.answers) == correct == record.correct
            assert record.score == score
        by_player = {p.name: p.id for p in collection.players.all()}
        stored = sum(len(collection.rounds.of_player(i)) for i in by_player.values())
        assert stored == len(rounds)
        assert collection.packs.by_slug("shared") is not None

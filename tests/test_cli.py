import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.cli import build_parser, main, start_only
from quizapp.paths import ENV_DATA_DIR, LOG_FILE, STORE_FILE, data_dir
from quizapp.settings import SETTINGS_FILE

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "argv",
    [
        ["--data-dir", "{d}"],
        ["--data-dir={d}"],
        ["--data-dir", "{d}", "play"],
        ["play", "--data-dir", "{d}"],
        ["--data-dir", "{d}", "generate", "facts.txt", "--out", "p.json"],
        ["generate", "facts.txt", "--out", "p.json", "--data-dir", "{d}"],
        ["generate", "--data-dir", "{d}", "facts.txt", "--out", "p.json"],
        ["--data-dir", "{d}", "import", "a.csv", "b.gift"],
        ["import", "a.csv", "b.gift", "--data-dir", "{d}"],
        ["--data-dir", "{d}", "export", "heartstopper", "--out", "x.json"],
        ["export", "heartstopper", "--out", "x.json", "--data-dir", "{d}"],
        ["--data-dir", "{d}", "packs"],
        ["packs", "--data-dir", "{d}"],
    ],
)
def test_data_dir_option_is_taken_before_and_after_a_subcommand(
    argv: list[str], tmp_path: Path
) -> None:
    args = build_parser().parse_args([a.format(d=tmp_path) for a in argv])
    assert data_dir(args.data_dir, {}) == tmp_path.resolve()


# An option may be shortened, as anywhere on the command line.
@pytest.mark.parametrize(
    "argv",
    [[], ["--data-dir", "d"], ["--data-dir=d", "--smoke-test"], ["--db-url", "u", "--data", "d"]],
)
def test_an_everyday_start_reads_its_options_as_the_whole_command_line_does(
    argv: list[str],
) -> None:
    read = start_only(argv)
    assert read is not None
    assert vars(read) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [
        ["play"],
        ["--help"],
        ["--version"],
        ["--data-dir"],
        ["--bogus"],
        ["packs", "--data-dir", "d"],
    ],
)
def test_anything_but_an_everyday_start_goes_to_the_whole_command_line(argv: list[str]) -> None:
    assert start_only(argv) is None


def test_help_still_names_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        main(["--help"])
    assert ended.value.code == 0
    out = capsys.readouterr().out
    assert all(command in out for command in ("import", "export", "generate", "scores", "check"))


def test_a_mistyped_option_is_told_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        main(["--data-dir"])
    assert ended.value.code == 2
    assert "argument --data-dir: expected one argument" in capsys.readouterr().err


def test_environment_variable_is_used_without_the_option(tmp_path: Path) -> None:
    args = build_parser().parse_args([])
    assert data_dir(args.data_dir, {ENV_DATA_DIR: str(tmp_path)}) == tmp_path.resolve()


@pytest.mark.parametrize("argv", [["--data-dir", "{d}"], ["play", "--data-dir", "{d}"]])
def test_option_wins_over_environment(argv: list[str], tmp_path: Path) -> None:
    args = build_parser().parse_args([a.format(d=tmp_path / "opt") for a in argv])
    environ = {ENV_DATA_DIR: str(tmp_path / "env")}
    assert data_dir(args.data_dir, environ) == (tmp_path / "opt").resolve()


def test_without_option_or_environment_the_per_user_folder_is_used() -> None:
    chosen = data_dir(None, {})
    assert chosen.name == "quizapp"
    assert str(chosen).startswith(os.environ["XDG_DATA_HOME"])


def run_quizapp(*args: str, env_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop(ENV_DATA_DIR, None)
    if env_dir is not None:
        env[ENV_DATA_DIR] = str(env_dir)
    return subprocess.run(
        [sys.executable, "-m", "quizapp", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_smoke_test_loads_the_shipped_bank_into_the_given_folder(tmp_path: Path) -> None:
    result = run_quizapp(
        "--data-dir", str(tmp_path / "opt"), "--smoke-test", env_dir=tmp_path / "env"
    )
    assert result.returncode == 0, result.stderr
    assert "questions ready" in result.stdout
    assert (tmp_path / "opt" / STORE_FILE).exists()
    assert (tmp_path / "opt" / "quizapp.log").exists()
    assert not (tmp_path / "env").exists()


def test_environment_folder_holds_everything_the_game_writes(tmp_path: Path) -> None:
    result = run_quizapp("--smoke-test", env_dir=tmp_path / "env")
    assert result.returncode == 0, result.stderr
    assert sorted(
        p.name for p in (tmp_path / "env").iterdir() if not p.name.startswith(f"{STORE_FILE}-")
    ) == ["quizapp.log", STORE_FILE, SETTINGS_FILE]


def test_unwritable_data_dir_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    result = run_quizapp("--data-dir", str(blocker / "data"), "--smoke-test")
    assert result.returncode == 1
    assert "cannot create the data directory" in result.stderr
    assert "Traceback" not in result.stderr


SLOW_LIBRARIES = ("sqlalchemy", "pydantic", "alembic", "openpyxl", "spacy", "PySide6.QtCharts")
# The game's own modules that the start screen does not need until the store has packs and
# players to show: the core's model, the session, and how counts and dates read.
LOADED_WITH_THE_STORE = ("quizapp.core.model", "quizapp.session", "quizapp.core.formatting")


def test_starting_the_game_leaves_the_slow_libraries_to_the_loader_thread() -> None:
    # spaCy and its model load only when a pack is generated, inside the generation job.
    probe = (
        "import sys, quizapp.cli, quizapp.ui.app\n"
        f"print(sorted(m for m in {SLOW_LIBRARIES!r} if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == "[]"


# Watches the real start-up: what is loaded when the window is first painted, and once the
# store is open and Start enabled, and whether the cycle collector runs.
FIRST_PAINT_PROBE = """
import gc
import sys
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from quizapp.cli import main

app = QApplication(sys.argv[:1])

def loaded():
    return sorted(m for m in SLOW if m in sys.modules)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            app.removeEventFilter(self)
            window = watched.window()
            start = window.start_screen
            print("painted:", loaded(), start.start_button.isEnabled(), start.status.text())
            print("collecting cycles:", gc.isenabled())
            # PySide sets up every enum of Qt's namespace at once, on its first use.
            print("Qt's enums set up:", "Qt" in vars(QtCore))
            window.store_ready.connect(
                lambda: (
                    print("ready:", loaded(), start.start_button.isEnabled()),
                    print("collecting cycles:", gc.isenabled()),
                    print("the game's icon:", not app.windowIcon().isNull()),
                    window.close(),
                )
            )
        return False

watch = FirstPaint()
app.installEventFilter(watch)
sys.exit(main(["--data-dir", DATA_DIR]))
"""


def watch_start(data_dir: Path, watched: tuple[str, ...]) -> list[str]:
    """Start the game in data_dir; return which of the watched modules were loaded when."""
    probe = f"SLOW = {watched!r}\nDATA_DIR = {str(data_dir)!r}\n{FIRST_PAINT_PROBE}"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_the_window_is_painted_before_the_store_and_the_screens_load(tmp_path: Path) -> None:
    assert watch_start(tmp_path, SLOW_LIBRARIES + LOADED_WITH_THE_STORE) == [
        "painted: [] False Loading the question bank…",
        # Start-up frees almost nothing: the cycle collector waits until the store is open.
        "collecting cycles: False",
        "Qt's enums set up: False",
        # The statistics screen, and QtCharts with it, wait until the player opens it.
        "ready: ['alembic', 'pydantic', 'quizapp.core.formatting', 'quizapp.core.model', "
        "'quizapp.session', 'sqlalchemy'] True",
        "collecting cycles: True",
        # The window manager has it from just after the first paint.
        "the game's icon: True",
    ]


# What a start needs only when the store is new or behind, when a pack file changed, or when
# the store is on a PostgreSQL server.
NOT_EVERY_DAY = (
    "alembic",
    "quizapp.packs.model",
    "quizapp.packs.reader",
    "sqlalchemy.dialects.postgresql",
)


def test_an_everyday_start_opens_the_store_without_migrations_or_reading_packs(
    tmp_path: Path,
) -> None:
    first = watch_start(tmp_path, NOT_EVERY_DAY)
    # The first start makes the store (Alembic brings every dialect it knows) and reads the
    # shipped packs into it.
    assert first[-3] == (
        "ready: ['alembic', 'quizapp.packs.model', 'quizapp.packs.reader', "
        "'sqlalchemy.dialects.postgresql'] True"
    )
    assert watch_start(tmp_path, NOT_EVERY_DAY) == [
        "painted: [] False Loading the question bank…",
        "collecting cycles: False",
        "Qt's enums set up: False",
        "ready: [] True",
        "collecting cycles: True",
        "the game's icon: True",
    ]


def test_an_unexpected_failure_is_one_line_and_its_traceback_goes_to_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_args: object) -> int:
        raise RuntimeError("the bank could not be listed")

    monkeypatch.setattr("quizapp.commands.run_command", broken)
    assert main(["packs", "--data-dir", str(tmp_path)]) == 1
    said = capsys.readouterr().err
    assert "Traceback" not in said
    assert said.startswith("quizapp: something went wrong that the game did not expect: ")
    assert "the bank could not be listed" in said
    assert str(tmp_path / LOG_FILE) in said
    logged = (tmp_path / LOG_FILE).read_text(encoding="utf-8")
    assert "Traceback" in logged
    assert "RuntimeError: the bank could not be listed" in logged

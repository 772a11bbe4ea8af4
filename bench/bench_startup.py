"""Time starting the game to its first painted window and to Start enabled, against a bare window.

Each run is a fresh process; the game and a bare PySide6 window with a few widgets take turns
under one X server, so both see the same machine. A run is timed from just before the process
is started to the end of its first paint (everything on screen drawn), and the game's also to
its Start button being enabled (the store open and the shipped packs synced). Its memory is
the resident size once Start is enabled and the window sits idle, beside the bare window's.
The game starts as a player starts it, with no options, its data folder the default one (under
a temporary XDG_DATA_HOME); the store is made by a first run that is not counted, so the runs
time an everyday start. The processor time of each process to the same moments is shown too:
on a busy machine it varies less than the wall-clock time, which the limits apply to.

Limits: the first paint within 1.3x the bare window's (pair by pair) and Start enabled within
1.5 s; the idle memory under 150 MB.

Run: python bench/bench_startup.py [--runs N]
(under Xvfb on its own when no display is set: xvfb-run -a, QT_QPA_PLATFORM=xcb)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = "-screen 0 1280x800x24"
RATIO_LIMIT = 1.3
READY_LIMIT_MS = 1500.0
RSS_LIMIT_MB = 150.0
# How long a window sits idle, after it is ready, before its memory is read.
SETTLE_MS = 500

# Shared by both children: report the end of the first paint, when the window's ready button
# is enabled, and the idle memory, as JSON. The filter watches the top-level windows from the
# start of the event loop (nothing is painted before it; a window is painted before its
# children) until the first paint, then the button alone. Watching the whole application
# would charge each window for what is measured: a filter written in Python costs a few
# microseconds for every event, building a window sends thousands, and the first event for an
# object Python has not seen yet makes PySide load every class of its module to learn its
# class, some 20 ms once.
WATCH = """
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

def rss_mb():
    with open("/proc/self/status") as status:
        kb = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    return kb * 1024 / 1e6

class Watch(QObject):
    def __init__(self, app, ready_button):
        super().__init__()
        self.app, self.ready_button, self.times, self.button = app, ready_button, {}, None
        run_loop = app.exec

        def exec_():
            for window in app.topLevelWidgets():
                window.installEventFilter(self)
            return run_loop()

        app.exec = exec_

    def eventFilter(self, obj, event):
        kind = event.type()
        if kind == QEvent.Type.Paint and self.button is None:
            self.button = False
            for window in self.app.topLevelWidgets():
                window.removeEventFilter(self)
            # A paint event comes before the drawing; the screen shows it once it returns.
            QTimer.singleShot(0, self.painted)
        elif kind == QEvent.Type.EnabledChange and obj is self.button and obj.isEnabled():
            self.ready()
        return False

    def painted(self):
        self.times["paint"] = time.monotonic()
        self.times["paint_cpu"] = time.process_time()
        self.button = self.ready_button()
        if self.button.isEnabled():
            self.ready()
        else:
            self.button.installEventFilter(self)

    def ready(self):
        if "start" not in self.times:
            self.times["start"] = time.monotonic()
            self.times["start_cpu"] = time.process_time()
            QTimer.singleShot(SETTLE_MS, self.finish)

    def finish(self):
        self.times["rss"] = rss_mb()
        print(json.dumps(self.times), flush=True)
        for window in self.app.topLevelWidgets():
            window.close()
        self.app.quit()

app = QApplication(sys.argv[:1])
"""

BARE = (
    WATCH
    + """
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QLabel, QLineEdit, QMainWindow, QPushButton, QVBoxLayout, QWidget,
)

window = QMainWindow()
window.setWindowTitle("bare")
body = QWidget()
column = QVBoxLayout(body)
column.addWidget(QLabel("A bare window"))
form = QFormLayout()
form.addRow("Name", QLineEdit())
choice = QComboBox()
choice.addItems(["one", "two", "three"])
form.addRow("Choice", choice)
column.addLayout(form)
start = QPushButton("Start")
column.addWidget(start)
window.setCentralWidget(body)
window.resize(1000, 700)
watch = Watch(app, lambda: start)
window.show()
app.exec()
"""
)

# The game's command line is imported first, as the installed `quizapp` command does: PySide
# replaces the import statement with one that reads the source of each module imported after
# it, a cost a real start does not pay for the command line's modules.
GAME = (
    """
import sys
sys.path.insert(0, ROOT)
from quizapp.cli import main
"""
    + WATCH
    + """

def start_button():
    window = next(w for w in app.topLevelWidgets() if hasattr(w, "store_failed"))
    # A failed store opens a dialog nobody would close: end the run at once instead.
    window.store_failed.connect(lambda message: (print(message, file=sys.stderr), os._exit(1)))
    return window.start_screen.start_button

watch = Watch(app, start_button)
sys.exit(main([]))
"""
)


def child(program: str, data_home: str = "", **values: object) -> dict[str, float]:
    """Run one child process; return its figures in ms, and its memory in MB.

    Wall-clock times count from just before the process is started, processor times from its
    own start.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    # An installed copy has its bytecode compiled: let the first runs cache it, as pip would.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for name in ("QUIZAPP_DATA_DIR", "QUIZAPP_DB_URL"):
        env.pop(name, None)
    if data_home:
        env["XDG_DATA_HOME"] = data_home
    setup = "".join(f"{name} = {value!r}\n" for name, value in values.items())
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", f"SETTLE_MS = {SETTLE_MS}\n{setup}{program}"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode or not lines:
        raise SystemExit(f"a start failed ({result.returncode}):\n{result.stderr[-3000:]}")
    figures = json.loads(lines[-1])
    return {
        name: value
        if name == "rss"
        else value * 1000
        if name.endswith("_cpu")
        else (value - started) * 1000
        for name, value in figures.items()
    }


def main() -> int:
    """Start the bare window and the game in turns; print medians, ratios and limits."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        if not shutil.which("xvfb-run"):
            print("bench_startup: no display, and xvfb-run is not installed", file=sys.stderr)
            return 2
        command = [sys.executable, __file__, "--runs", str(args.runs)]
        return subprocess.run(["xvfb-run", "-a", "-s", SCREEN, *command], check=False).returncode
    bare: list[dict[str, float]] = []
    game: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="quizapp-bench-") as tmp:
        child(GAME, tmp, ROOT=str(ROOT))  # makes the store; not counted
        child(BARE)
        for _ in range(args.runs):
            bare.append(child(BARE))
            game.append(child(GAME, tmp, ROOT=str(ROOT)))
    return report(bare, game)


def report(bare: list[dict[str, float]], game: list[dict[str, float]]) -> int:
    """Print each figure's median against the bare window's and its limits; return the status."""

    def median(runs: list[dict[str, float]], name: str) -> float:
        return statistics.median(run[name] for run in runs)

    def paired(name: str) -> float:
        # Pair by pair, so that a machine slowing down over the runs weighs on both alike.
        return statistics.median(g[name] / b[name] for g, b in zip(game, bare, strict=True))

    ratio, ready, rss = paired("paint"), median(game, "start"), median(game, "rss")
    rows = [
        ("first painted window", "ms", "paint", f"{ratio:.2f}x",
         f"<= {RATIO_LIMIT}x", ratio <= RATIO_LIMIT),
        ("  processor time to it", "ms", "paint_cpu", f"{paired('paint_cpu'):.2f}x", "", None),
        ("Start enabled", "ms", "start", "", f"<= {READY_LIMIT_MS:.0f} ms",
         ready <= READY_LIMIT_MS),
        ("  processor time to it", "ms", "start_cpu", "", "", None),
        ("idle memory, start screen shown", "MB", "rss", f"{paired('rss'):.2f}x",
         f"< {RSS_LIMIT_MB:.0f} MB", rss < RSS_LIMIT_MB),
    ]  # fmt: skip
    print(f"{len(game)} runs each, medians; ratios taken pair by pair\n")
    print(f"{'measure':<34} {'quizapp':>10} {'bare':>10} {'ratio':>7}  limit")
    failed = False
    for name, unit, key, times, limit, passed in rows:
        base = f"{median(bare, key):.0f} {unit}" if times else ""
        verdict = "" if passed is None else "PASS" if passed else "FAIL"
        failed |= passed is False
        line = f"{name:<34} {median(game, key):>7.0f} {unit} {base:>10} {times:>7}  {limit}"
        print(f"{line} {verdict}".rstrip())
    mib = 1e6 / 2**20
    print(f"(idle memory in MiB: {rss * mib:.0f} against {median(bare, 'rss') * mib:.0f})")
    print("FAIL" if failed else "PASS")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Measure what the draining timer costs while a timed question is on screen.

The question screen is shown in a real window with a 60-second question; the process's CPU
time is read over the same stretch of wall-clock time with the bar draining and, as the
baseline, with the same question shown untimed. The figure that matters is the difference, as
a share of one core; it must stay under 2 %.

Run: QT_QPA_PLATFORM=offscreen python bench/bench_timer.py [--seconds S] [--runs N]
(xcb under Xvfb measures real painting: QT_QPA_PLATFORM=xcb xvfb-run -a python ...)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from quizapp.core.kinds import QuestionKind  # noqa: E402
from quizapp.core.model import PackId, Question, QuestionId  # noqa: E402
from quizapp.core.round import Presented  # noqa: E402
from quizapp.ui.question_screen import QuestionScreen  # noqa: E402

LIMIT_MS = 60_000
CEILING_PERCENT = 2.0


def cpu_share(screen: QuestionScreen, presented: Presented, timed: bool, seconds: float) -> float:
    """Return the process's CPU time over seconds of the event loop, in % of one core."""
    shown = time.monotonic()
    screen.show_question(
        presented,
        0,
        time_left=(lambda: max(0, LIMIT_MS - round((time.monotonic() - shown) * 1000)))
        if timed
        else None,
    )
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    wall, cpu = time.monotonic(), time.process_time()
    loop.exec()
    return 100 * (time.process_time() - cpu) / (time.monotonic() - wall)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0, help="length of one run")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    question = Question(
        QuestionId(1),
        PackId(1),
        QuestionKind.CHOICE,
        "Which of these drains while you think?",
        "The timer bar",
        ("The score", "The streak", "The progress bar"),
    )
    options = ("The timer bar", *question.wrong)
    timed = Presented(question, 1, 10, options, LIMIT_MS)
    untimed = Presented(question, 1, 10, options)
    screen = QuestionScreen()
    screen.resize(1000, 700)
    screen.show()
    app.processEvents()
    with_bar, without = [], []
    for _ in range(args.runs):
        without.append(cpu_share(screen, untimed, False, args.seconds))
        with_bar.append(cpu_share(screen, timed, True, args.seconds))
    base, bar = statistics.median(without), statistics.median(with_bar)
    print(f"platform {app.platformName()}; {args.runs} runs of {args.seconds:g} s each, medians")
    print(f"question shown, untimed (baseline): {base:5.2f} % of one core")
    print(f"question shown, timer draining:     {bar:5.2f} % of one core")
    cost = bar - base
    print(f"timer's cost: {cost:+.2f} % of one core (ceiling {CEILING_PERCENT:g} %)")
    return 0 if cost < CEILING_PERCENT else 1


if __name__ == "__main__":
    sys.exit(main())

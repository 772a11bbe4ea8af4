"""Benchmark of the generator: the shipped facts, and long texts to show cost grows linearly."""

from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizapp.generate import generate_pack  # noqa: E402
from quizapp.generate.text import split_sentences  # noqa: E402
from quizapp.generate.words import MONTHS  # noqa: E402

FACTS = ROOT / "questions" / "heartstopper.txt"
SHIPPED_TARGET = 1.0
LONG_TARGET = 20.0
LINEAR_RATIO = 10.0
# Long texts mix in other work (allocation, caches) so allow 50% over a perfect 10x.
LINEAR_TOLERANCE = 1.5
_KEEP = {*MONTHS, "The", "In", "After", "During", "As", "With", "Using", "Other", "All", "On"}


def _suffix(copy: int) -> str:
    """Return three letters naming a copy, the same length for every copy.

    Equal lengths keep every copy of the facts the same size, so a longer text is only more
    sentences, never longer ones, and times compare by length alone.
    """
    letters = ""
    for _ in range(3):
        copy, rest = divmod(copy, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def long_text(sentences: int) -> str:
    """Return a facts text of about this many sentences: the facts again with other names."""
    lines = [s.text for s in split_sentences(FACTS.read_text(encoding="utf-8"))]
    out: list[str] = []
    copy = 0
    while len(out) < sentences:
        suffix = _suffix(copy)
        for line in lines:
            out.append(
                re.sub(
                    r"\b([A-Z][a-z]+)\b",
                    lambda m, s=suffix: m.group(1) if m.group(1) in _KEEP else m.group(1) + s,
                    line,
                )
            )
            if len(out) == sentences:
                break
        copy += 1
    return "\n".join(out) + "\n"


def median_seconds(text: str, runs: int) -> float:
    """Return the median wall time of generating a pack from a text."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        generate_pack(text, pack_id="bench", title="Bench")
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    """Run every measurement, print medians and a PASS/FAIL line per target."""
    failed = False

    def report(name: str, ok: bool, detail: str) -> None:
        nonlocal failed
        failed = failed or not ok
        print(f"{'PASS' if ok else 'FAIL'}  {name}: {detail}")

    shipped = median_seconds(FACTS.read_text(encoding="utf-8"), runs=7)
    print(f"shipped facts: median {shipped * 1000:.1f} ms over 7 runs")
    report("shipped facts under 1 s", shipped < SHIPPED_TARGET, f"{shipped:.3f} s")
    medians: dict[int, float] = {}
    for size in (1_000, 5_000, 10_000):
        runs = 3 if size < 10_000 else 2
        medians[size] = median_seconds(long_text(size), runs=runs)
        print(f"{size:>6} sentences: median {medians[size]:.2f} s over {runs} runs")
    report("10,000 sentences under 20 s", medians[10_000] < LONG_TARGET, f"{medians[10_000]:.2f} s")
    ratio = medians[10_000] / medians[1_000]
    report(
        "linear growth (time 10k / time 1k near 10)",
        ratio <= LINEAR_RATIO * LINEAR_TOLERANCE,
        f"ratio {ratio:.1f}, allowed up to {LINEAR_RATIO * LINEAR_TOLERANCE:.0f}",
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

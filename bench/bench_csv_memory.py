"""Peak memory of importing a large CSV pack, against the file's size (the floor: under 5x).

Each measurement runs in a fresh process, so its peak RSS is its own: the file is imported
into a new store, as `quizapp import` does. The baseline is the same process importing
nothing, so the figure above it is what the import costs.

    python bench/bench_csv_memory.py [MEGABYTES] [RUNS]  (default 50 and 3; 1 for a quick look)
"""

from __future__ import annotations

import csv
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMPORT = """
import resource, sys, tempfile
from functools import partial
from pathlib import Path
sys.path.insert(0, {root!r})
from quizapp.packs import read_pack_file
from quizapp.store import Collection
with tempfile.TemporaryDirectory() as folder, Collection.open(Path(folder)) as collection:
    if {path!r}:
        with collection.packs.importing() as importer:
            report = importer.add(partial(read_pack_file, {path!r}))
        print(report.summary(), file=sys.stderr)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


def write_csv(path: Path, megabytes: float) -> int:
    """Write a CSV pack of about this size: varied prompts, four options, a category."""
    target = int(megabytes * 1_048_576)
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["question", "answer", "wrong1", "wrong2", "wrong3", "category"])
        number = 0
        # Stop a row short of the size: a pack may be at most 50 MB, and this one must be read.
        while stream.tell() < target - 200:
            number += 1
            writer.writerow(
                [
                    f"In which year did event number {number} of the long list happen?",
                    str(1000 + number % 1000),
                    str(1001 + number % 997),
                    str(1002 + number % 991),
                    str(1003 + number % 983),
                    f"Category {number % 20}",
                ]
            )
    return path.stat().st_size


def peak_rss(path: Path | None) -> int:
    code = IMPORT.format(root=str(ROOT), path=str(path) if path else "")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(f"importing failed:\n{result.stderr[-2000:]}")
    return int(result.stdout.strip())


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 50.0
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.csv"
        size = write_csv(path, megabytes)
        baseline = statistics.median(peak_rss(None) for _ in range(runs))
        peak = statistics.median(peak_rss(path) for _ in range(runs))
    mb = 1_048_576
    print(f"file                  {size / mb:8.1f} MB")
    print(f"baseline peak RSS     {baseline / mb:8.1f} MB  (median of {runs}, nothing imported)")
    print(f"importing peak RSS    {peak / mb:8.1f} MB  (median of {runs})")
    print(f"peak / file           {peak / size:8.2f}x  (floor: under 5x)")
    print(f"above baseline / file {(peak - baseline) / size:8.2f}x")


if __name__ == "__main__":
    main()

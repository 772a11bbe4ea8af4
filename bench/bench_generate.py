"""Benchmark of the generator: the shipped facts from a cold start, and long texts for linearity.

Each case runs in a fresh Python process, so the model's load is timed cold and each case's
peak memory (RSS) is its own. Times are CPU seconds of that process, with wall seconds beside
them: on a machine shared with other work the wall clock measures the neighbours too.

    python bench/bench_generate.py            # every case (several minutes)
    python bench/bench_generate.py --quick    # fewer runs, no 5 MB paragraph
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FACTS = ROOT / "questions" / "heartstopper.txt"
SHIPPED_TARGET = 3.0  # seconds, model load included
LONG_TARGET = 60.0  # seconds for 10,000 sentences
LINEAR_LIMIT = 15.0  # time 10k / time 1k: 10 is perfectly linear; quadratic would be 100
LAYOUT_LIMIT = 1.5  # a 5 MB paragraph's time per character over one sentence a line's
PARAGRAPH_BYTES = 5 * 1024 * 1024
SIZES = (1_000, 5_000, 10_000)


# Synthetic facts -----------------------------------------------------------------------------

_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "ven",
    "tor",
    "sel",
    "dun",
    "bri",
    "ash",
    "el",
    "mar",
    "co",
    "fen",
    "gal",
    "hol",
    "rin",
    "sa",
    "tam",
    "ul",
]
_PLACES = ["ford", "wick", "ton", "by", "mouth", "stead", "haven", "moor", "dale", "port"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
]
_JOBS = [
    "architect",
    "drummer",
    "editor",
    "botanist",
    "surveyor",
    "chemist",
    "sculptor",
    "pilot",
    "teacher",
]
_KINDS = ["novel", "album", "film", "series", "play", "documentary"]
_ORDINALS = ["first", "second", "third", "fourth", "fifth"]
_TEMPLATES = (
    "{p1} was born in {town} in {year}.",
    "The {kind} {work} was written by {p1} and first published in {month} {year}.",
    "{p1} plays {c1} in the {kind} {work}, which is set in {town}.",
    "{work} was filmed in {town} over {n} weeks in the summer of {year}.",
    "In {month} {year}, {org} announced that {p2} would direct the {ord} season.",
    "The story follows {c1} ({p1}), a young {job} who moves to {town}.",
    "The music for {work} was composed by {p1} and {p2}.",
    "{work} received {n} nominations at the {org} Awards and won {m}.",
    "{town} is the largest town in the county of {county}.",
    "{p2} joined the cast in the {ord} season as {c2}, the sister of {c1}.",
    "{p1} and {p2} were cast as {c1} and {c2} respectively.",
    "Critics praised the {kind}, and {p3} of {org} gave it {m} stars out of five.",
    'The {ord} episode, "{work}", drew {big} viewers on its first night.',
    "{p3}, a former {job} from {town}, founded {org} in {year}.",
    "She later married {p2}, whom she had met while studying in {town}.",
    "The bridge over the river at {town} was designed by {p3} and opened in {year}.",
)


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _person(rng: random.Random) -> str:
    return f"{_name(rng, 2)} {_name(rng, rng.choice((2, 3)))}"


def synthetic_sentences(count: int, seed: int = 7) -> list[str]:
    """Return count varied encyclopedic sentences about invented people, places and works.

    The name pools grow with the text, as a long text names more people than a short one.
    """
    rng = random.Random(seed)
    pool = max(20, count // 10)
    people = [_person(rng) for _ in range(pool)]
    characters = [_person(rng) for _ in range(pool)]
    towns = [_name(rng, 2) + rng.choice(_PLACES) for _ in range(pool)]
    works = [f"The {_name(rng, 2)} {_name(rng, 2)}" for _ in range(pool)]
    kinds = ("Studios", "Records", "Press", "Guild")
    orgs = [f"{_name(rng, 2)} {rng.choice(kinds)}" for _ in range(pool)]
    sentences = []
    for _ in range(count):
        template = rng.choice(_TEMPLATES)
        sentences.append(
            template.format(
                p1=rng.choice(people),
                p2=rng.choice(people),
                p3=rng.choice(people),
                c1=rng.choice(characters),
                c2=rng.choice(characters),
                town=rng.choice(towns),
                county=_name(rng, 2) + "shire",
                work=rng.choice(works),
                org=rng.choice(orgs),
                kind=rng.choice(_KINDS),
                job=rng.choice(_JOBS),
                month=rng.choice(_MONTHS),
                year=rng.randrange(1850, 2024),
                n=rng.randrange(2, 19),
                m=rng.randrange(1, 6),
                big=f"{rng.randrange(1, 12)}.{rng.randrange(10)} million",
                ord=rng.choice(_ORDINALS),
            )
        )
    return sentences


def one_per_line(count: int) -> str:
    """Return a text of count sentences, one a line."""
    return "\n".join(synthetic_sentences(count)) + "\n"


def one_paragraph(size: int) -> str:
    """Return a single line of about size characters: sentences joined by spaces."""
    sentences = synthetic_sentences(size // 60)
    text = " ".join(sentences)
    return text[: text.rfind(".", 0, size) + 1]


# One case, inside its own process ------------------------------------------------------------


def _timed(action: Callable[[], Any]) -> tuple[float, float, Any]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _generate(text: str) -> int:
    from quizapp.generate import generate_pack

    return len(generate_pack(text, pack_id="bench", title="Bench").pack.questions)


def _parse_only(text: str) -> int:
    from quizapp.generate.clean import clean_text
    from quizapp.generate.nlp import parse

    return sum(1 for _ in parse(clean_text(text)))


def run_case(name: str, runs: int, paragraph_bytes: int = PARAGRAPH_BYTES) -> dict[str, Any]:
    """Measure one case in this process and return its figures."""
    load_wall, load_cpu, _ = _timed(_load)
    if name == "shipped":
        text = FACTS.read_text(encoding="utf-8")
    elif name == "paragraph":
        text = one_paragraph(paragraph_bytes)
    else:
        text = one_per_line(int(name))
    walls, cpus, questions = [], [], 0
    for _ in range(runs):
        wall, cpu, questions = _timed(lambda: _generate(text))
        walls.append(wall)
        cpus.append(cpu)
    # Cleaning and parsing alone, to tell the parser's share from the rest of the generator.
    _, parse_cpu, _ = _timed(lambda: _parse_only(text))
    return {
        "parse_cpu": parse_cpu,
        "case": name,
        "chars": len(text),
        "load_wall": load_wall,
        "load_cpu": load_cpu,
        "first_wall": walls[0],
        "first_cpu": cpus[0],
        "wall": statistics.median(walls),
        "cpu": statistics.median(cpus),
        "runs": runs,
        "questions": questions,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _load() -> None:
    from quizapp.generate.nlp import load_pipeline

    load_pipeline()


# The whole benchmark -------------------------------------------------------------------------


def _in_subprocess(name: str, runs: int, paragraph_mb: float = 5.0) -> dict[str, Any]:
    result = subprocess.run(
        [
            sys.executable,
            __file__,
            "--case",
            name,
            "--runs",
            str(runs),
            "--paragraph-mb",
            str(paragraph_mb),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"case {name} failed:\n{result.stderr}")
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def main() -> int:
    """Run every case in its own process; print medians and a PASS/FAIL line per target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, no 5 MB paragraph")
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument(
        "--paragraph-mb",
        type=float,
        default=PARAGRAPH_BYTES / 1024 / 1024,
        help="size of the one-paragraph text (default: 5)",
    )
    args = parser.parse_args()
    if args.case:
        size = int(args.paragraph_mb * 1024 * 1024)
        print(json.dumps(run_case(args.case, args.runs, size)))
        return 0

    failed = False

    def verdict(name: str, ok: bool, detail: str) -> None:
        nonlocal failed
        failed = failed or not ok
        print(f"{'PASS' if ok else 'FAIL'}  {name}: {detail}")

    print(f"load average at start: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    cold = [_in_subprocess("shipped", 1) for _ in range(2 if args.quick else 3)]
    load = statistics.median(c["load_cpu"] for c in cold)
    first = statistics.median(c["first_cpu"] for c in cold)
    print(
        f"shipped facts, cold, median of {len(cold)} processes: model load {load:.2f} s CPU "
        f"({statistics.median(c['load_wall'] for c in cold):.2f} s wall), generation "
        f"{first:.2f} s CPU ({statistics.median(c['first_wall'] for c in cold):.2f} s wall), "
        f"{cold[0]['questions']} questions, peak RSS {cold[0]['rss_mb']:.0f} MB"
    )
    verdict(
        f"shipped facts with the model's load under {SHIPPED_TARGET:.0f} s",
        load + first <= SHIPPED_TARGET,
        f"{load + first:.2f} s CPU",
    )

    figures: dict[int, dict[str, Any]] = {}
    for size in SIZES:
        runs = 1 if args.quick or size == SIZES[-1] else 3
        figures[size] = _in_subprocess(str(size), runs)
        f = figures[size]
        print(
            f"{size:>6,} sentences ({f['chars'] / 1e6:.2f} MB), one a line: median of {runs} "
            f"{f['cpu']:.1f} s CPU ({f['wall']:.1f} s wall; parsing alone {f['parse_cpu']:.1f} s "
            f"CPU), {f['questions']} questions, peak RSS {f['rss_mb']:.0f} MB"
        )
    longest = figures[SIZES[-1]]
    verdict(
        f"{SIZES[-1]:,} sentences under {LONG_TARGET:.0f} s",
        longest["cpu"] <= LONG_TARGET,
        f"{longest['cpu']:.1f} s CPU",
    )
    ratio = longest["cpu"] / figures[SIZES[0]]["cpu"]
    verdict(
        f"linear growth (time {SIZES[-1] // 1000}k / time {SIZES[0] // 1000}k, 10 is linear)",
        ratio <= LINEAR_LIMIT,
        f"ratio {ratio:.1f}, allowed up to {LINEAR_LIMIT:.0f}",
    )

    if not args.quick:
        paragraph = _in_subprocess("paragraph", 1, args.paragraph_mb)
        per_char = paragraph["cpu"] / paragraph["chars"]
        baseline = longest["cpu"] / longest["chars"]
        print(
            f"one {paragraph['chars'] / 1e6:.1f} MB paragraph: {paragraph['cpu']:.1f} s CPU "
            f"({paragraph['wall']:.1f} s wall; parsing alone {paragraph['parse_cpu']:.1f} s CPU), "
            f"{paragraph['questions']} questions, "
            f"peak RSS {paragraph['rss_mb']:.0f} MB"
        )
        verdict(
            f"a {args.paragraph_mb:g} MB paragraph costs per character what one sentence a line "
            "does",
            per_char / baseline <= LAYOUT_LIMIT,
            f"ratio {per_char / baseline:.2f}, allowed up to {LAYOUT_LIMIT}",
        )
    print(f"load average at end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print("FAIL" if failed else "PASS")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

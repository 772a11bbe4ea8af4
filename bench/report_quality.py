"""Dev-set report: a pack per facts text, each scored against its gold facts, in one table.

    python bench/report_quality.py                       # texts in ../shared/facts/dev/
    python bench/report_quality.py --shared /work/shared --out report.txt --packs packs/

For every NAME.txt in the folder a pack is generated, and when NAME.gold.json sits beside it,
the shared scorer (shared/quality/bank_quality.py) reports its coverage of the gold facts, its
direct (not fill-in-the-blank) coverage and its defects. Exits 1 when a text misses a target,
2 when the shared folder or the scorer is not where it should be.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizapp.generate import FactsError, generate_pack, pack_json  # noqa: E402
from quizapp.generate.nlp import load_pipeline, model_info  # noqa: E402
from quizapp.packs.naming import pack_id_from_path, title_from_path  # noqa: E402

COVERAGE_TARGET = 0.90
DIRECT_TARGET = 0.80
_SUMMARY = re.compile(
    r"coverage=(?P<coverage>[\d.]+) defects=(?P<defects>\d+) questions=(?P<questions>\d+)"
    r" direct_coverage=(?P<direct>[\d.]+)"
)


@dataclass
class Row:
    """One text's figures, or why it has none."""

    name: str
    seconds: float = 0.0
    questions: int = 0
    coverage: float | None = None
    direct: float | None = None
    defects: int | None = None
    error: str = ""
    details: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """Whether the text meets every dev-set target."""
        return (
            not self.error
            and self.coverage is not None
            and self.direct is not None
            and self.coverage >= COVERAGE_TARGET
            and self.direct >= DIRECT_TARGET
            and self.defects == 0
        )


def score(facts: Path, scorer: Path, packs: Path) -> Row:
    """Generate a pack from one facts text and score it against its gold file, if any."""
    row = Row(facts.stem)
    start = time.perf_counter()
    try:
        generation = generate_pack(
            facts.read_text(encoding="utf-8"),
            pack_id=pack_id_from_path(facts),
            title=title_from_path(facts),
        )
    except FactsError as exc:
        row.error = exc.message
        return row
    row.seconds = time.perf_counter() - start
    row.questions = len(generation.pack.questions)
    pack = packs / f"{facts.stem}.json"
    pack.write_text(pack_json(generation.pack), encoding="utf-8")
    gold = facts.with_name(f"{facts.stem}.gold.json")
    if not gold.exists():
        row.error = "no gold file beside it"
        return row
    result = subprocess.run(
        [sys.executable, str(scorer), str(pack), "--gold", str(gold)],
        capture_output=True,
        text=True,
        check=False,
    )
    summary = _SUMMARY.search(result.stdout)
    if result.returncode != 0 or summary is None:
        row.error = f"the scorer failed: {(result.stderr or result.stdout).strip()[-300:]}"
        return row
    row.coverage = float(summary["coverage"])
    row.direct = float(summary["direct"])
    row.defects = int(summary["defects"])
    row.details = result.stdout.strip().splitlines()
    return row


def table(rows: list[Row]) -> list[str]:
    """Return the report's lines: a row per text, the mean, then each scorer's own words."""
    lines = [
        f"{'text':<40} {'coverage':>8} {'direct':>7} {'defects':>7} {'questions':>9} "
        f"{'seconds':>7}  verdict"
    ]
    for row in rows:
        if row.coverage is None:
            lines.append(
                f"{row.name:<40} {'-':>8} {'-':>7} {'-':>7} {row.questions:>9} "
                f"{row.seconds:>7.1f}  {row.error}"
            )
            continue
        lines.append(
            f"{row.name:<40} {row.coverage:>8.2f} {row.direct:>7.2f} {row.defects:>7} "
            f"{row.questions:>9} {row.seconds:>7.1f}  {'PASS' if row.passed else 'FAIL'}"
        )
    scored = [r for r in rows if r.coverage is not None and r.direct is not None]
    if scored:
        lines.append(
            f"{'mean':<40} {statistics.mean(r.coverage or 0 for r in scored):>8.2f} "
            f"{statistics.mean(r.direct or 0 for r in scored):>7.2f} "
            f"{statistics.mean(r.defects or 0 for r in scored):>7.1f} "
            f"{statistics.mean(r.questions for r in scored):>9.0f}"
        )
    lines.append(
        f"targets per text: coverage >= {COVERAGE_TARGET}, direct >= {DIRECT_TARGET}, 0 defects"
    )
    for row in scored:
        lines.append("")
        lines.append(f"== {row.name}")
        lines.extend(f"  {line}" for line in row.details)
    return lines


def _commit() -> str:
    """Return the checkout's commit, so a report says which generator it measured."""
    result = subprocess.run(
        ["git", "-C", str(ROOT), "log", "-1", "--format=%h %s"],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() or "an unknown commit"


def main(argv: list[str] | None = None) -> int:
    """Score every facts text of the folder and print (and maybe write) the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--shared",
        type=Path,
        default=ROOT.parent / "shared",
        help="the shared folder with facts/dev/ and quality/ (default: ../shared)",
    )
    parser.add_argument("--texts", type=Path, help="the facts texts (default: SHARED/facts/dev)")
    parser.add_argument("--out", type=Path, help="also write the report to this file")
    parser.add_argument("--packs", type=Path, help="keep the generated packs in this folder")
    args = parser.parse_args(argv)
    texts = args.texts or args.shared / "facts" / "dev"
    scorer = args.shared / "quality" / "bank_quality.py"
    for needed in (texts, scorer):
        if not needed.exists():
            print(
                f"report_quality: {needed.resolve()} is missing; give the shared folder with "
                "--shared DIR (it holds facts/dev/ and quality/bank_quality.py)",
                file=sys.stderr,
            )
            return 2
    facts = sorted(p for p in texts.glob("*.txt") if not p.name.endswith(".gold.txt"))
    if not facts:
        print(f"report_quality: no .txt facts texts in {texts.resolve()}", file=sys.stderr)
        return 2
    start = time.perf_counter()
    load_pipeline()
    loaded = time.perf_counter() - start
    name, version = model_info()
    with tempfile.TemporaryDirectory() as scratch:
        packs = args.packs or Path(scratch)
        packs.mkdir(parents=True, exist_ok=True)
        rows = [score(path, scorer, packs) for path in facts]
    lines = [
        f"dev-set report: {len(facts)} texts in {texts.resolve()}, generator at {_commit()}, "
        f"model {name} {version} (loaded in {loaded:.1f} s)",
        "",
        *table(rows),
    ]
    report = "\n".join(lines) + "\n"
    print(report, end="")
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(report, encoding="utf-8")
    return 0 if all(r.passed for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

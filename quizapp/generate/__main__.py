"""Command line: python -m quizapp.generate FACTS --out PACK.json [--id ID] [--title TITLE]."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from quizapp.generate.errors import FactsError
from quizapp.generate.pipeline import generate_pack, pack_json
from quizapp.generate.reading import read_facts


def main(argv: list[str] | None = None) -> int:
    """Generate a pack from a facts file; print unused sentences and why to stderr."""
    parser = argparse.ArgumentParser(prog="python -m quizapp.generate", description=__doc__)
    parser.add_argument("facts", type=Path, help="the facts text file")
    parser.add_argument("--out", type=Path, required=True, help="the pack file to write")
    parser.add_argument("--id", help="pack id, [a-z0-9-]+ (default: from the file name)")
    parser.add_argument("--title", help="pack title (default: from the file name)")
    parser.add_argument("--source", help="where the facts come from, for the description")
    args = parser.parse_args(argv)
    stem = args.facts.stem
    pack_id = args.id or re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "facts"
    title = args.title or stem.replace("-", " ").replace("_", " ").title()
    try:
        facts = read_facts(args.facts)
        if facts.notice:
            print(facts.notice, file=sys.stderr)
        result = generate_pack(facts.text, pack_id=pack_id, title=title, source_name=args.source)
    except FactsError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 1
    for unused in result.unused:
        print(f"unused (line {unused.line}): {unused.reason}: {unused.sentence}", file=sys.stderr)
    args.out.write_text(pack_json(result.pack), encoding="utf-8")
    print(f"wrote {len(result.pack.questions)} questions to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

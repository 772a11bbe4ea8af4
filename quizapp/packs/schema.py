"""Write the JSON Schema of the native pack format, for pack authors and their editors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from quizapp.packs.model import pack_json_schema

# Where the schema lives in a checkout; an installed package has no docs folder.
DEFAULT_TARGET = Path(__file__).resolve().parents[2] / "docs" / "pack.schema.json"


def schema_text() -> str:
    """Return the schema as the text committed in ``docs/pack.schema.json``."""
    return json.dumps(pack_json_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the schema to the path given, or to ``docs/pack.schema.json`` of the checkout."""
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else DEFAULT_TARGET
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

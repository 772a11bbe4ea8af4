"""The architecture guide names only places that exist, so it cannot quietly drift."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "architecture.md"


def test_every_file_and_folder_the_guide_names_exists() -> None:
    named = set(re.findall(r"`(quizapp/[\w/.]+)`", GUIDE.read_text(encoding="utf-8")))
    assert len(named) > 20
    assert sorted(p for p in named if not (ROOT / p).exists()) == []


def test_the_guide_answers_where_each_kind_of_addition_goes() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    for case in ("A new pack format.", "A new mode.", "A new question shape", "A new store"):
        assert f"**{case}" in text

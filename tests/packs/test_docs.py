"""Every example in the pack authors' guide imports cleanly, so the guide cannot drift."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.packs import read_pack_file

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "packs.md"
EXAMPLE = re.compile(r"^```(json|csv|gift|aiken)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
EXAMPLES = EXAMPLE.findall(GUIDE.read_text(encoding="utf-8"))


def test_the_guide_has_an_example_of_every_text_format() -> None:
    assert sorted({language for language, _ in EXAMPLES}) == ["aiken", "csv", "gift", "json"]
    assert len(EXAMPLES) == 6


@pytest.mark.parametrize(("language", "text"), EXAMPLES)
def test_guide_example_imports_without_problems(tmp_path: Path, language: str, text: str) -> None:
    example = tmp_path / f"example.{language}"
    example.write_text(text, encoding="utf-8")
    parsed = read_pack_file(example)
    assert parsed.questions
    assert parsed.skipped == []

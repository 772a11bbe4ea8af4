"""Packs are strict JSON both ways: no NaN or Infinity read in, none written out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp.packs import PackError, dump_pack, read_pack_file


def _typed_pack(tolerance: str) -> str:
    return (
        '{"format": "quizapp-pack/1", "id": "n", "title": "Numbers", "questions": ['
        '{"id": "q1", "kind": "typed", "prompt": "How many?", "answer": "7", '
        f'"tolerance": {tolerance}}}]}}'
    )


@pytest.mark.parametrize(
    ("tolerance", "message"),
    [
        ("1e400", "the number 1e400 is too large"),
        ("Infinity", "Infinity is not a number JSON allows"),
        ("NaN", "NaN is not a number JSON allows"),
        ("-Infinity", "-Infinity is not a number JSON allows"),
    ],
)
def test_non_finite_numbers_are_refused_at_import(
    tmp_path: Path, tolerance: str, message: str
) -> None:
    path = tmp_path / "numbers.json"
    path.write_text(_typed_pack(tolerance), encoding="utf-8")
    with pytest.raises(PackError, match=message):
        read_pack_file(path)


def test_an_exported_pack_is_strict_json(tmp_path: Path) -> None:
    path = tmp_path / "numbers.json"
    path.write_text(_typed_pack("0.5"), encoding="utf-8")
    parsed = read_pack_file(path)
    from quizapp.packs.model import Pack

    text = dump_pack(Pack(**parsed.header.model_dump(), questions=parsed.questions))

    def refuse(name: str) -> None:
        raise AssertionError(f"{name} in the export")

    assert json.loads(text, parse_constant=refuse)["questions"][0]["tolerance"] == 0.5

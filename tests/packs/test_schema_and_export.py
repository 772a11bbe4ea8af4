"""The committed JSON Schema is current, and exported packs read back unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp.packs import Pack, dump_pack, pack_json_schema, read_pack_file
from quizapp.packs.schema import DEFAULT_TARGET, main, schema_text

EVERY_FORMAT = [
    "native-capitals.json",
    "spreadsheet/basic.csv",
    "spreadsheet/workbook.xlsx",
    "opentdb/api-html.json",
    "gift/features.gift",
    "aiken/basic.txt",
]


def test_committed_schema_is_current() -> None:
    committed = DEFAULT_TARGET.read_text(encoding="utf-8")
    assert committed == schema_text(), "run: python -m quizapp.packs.schema"


def test_schema_describes_the_model_that_validates_packs() -> None:
    schema = json.loads(DEFAULT_TARGET.read_text(encoding="utf-8"))
    assert schema == pack_json_schema()
    assert schema["required"] == ["id", "title", "questions"]
    question = schema["$defs"]["PackQuestion"]
    assert question["properties"]["prompt"]["maxLength"] == 2000
    assert question["additionalProperties"] is False


def test_schema_script_writes_where_it_is_told(tmp_path: Path) -> None:
    target = tmp_path / "out" / "schema.json"
    assert main([str(target)]) == 0
    assert target.read_text(encoding="utf-8") == schema_text()


@pytest.mark.parametrize("name", EVERY_FORMAT)
def test_export_then_import_gives_the_same_pack(fixtures: Path, tmp_path: Path, name: str) -> None:
    parsed = read_pack_file(fixtures / name)
    pack = Pack(**parsed.header.model_dump(), questions=parsed.questions)
    exported = tmp_path / "exported.json"
    exported.write_text(dump_pack(pack), encoding="utf-8")
    again = read_pack_file(exported)
    assert again.format == "native"
    assert again.header == parsed.header
    assert again.questions == parsed.questions
    assert again.skipped == []

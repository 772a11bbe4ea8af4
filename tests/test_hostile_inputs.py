"""Hostile input, generated: every reader lets only its own error type escape.

Hypothesis feeds each reader bytes, text and archives built to look like its format; the
importer, the settings and the store's error mapping must answer with their own error (or a
result), never with whatever a library underneath happened to raise.
"""

from __future__ import annotations

import io
import json
import sqlite3
import tempfile
import zipfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp import files
from quizapp.errors import StoreError
from quizapp.packs import PackError, formats, read_pack_file
from quizapp.settings import SETTINGS_FILE, Settings, load_settings
from quizapp.store.errors import store_error

PREFIXES = st.sampled_from(
    [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"PK\x03\x04", b"{", b"["]
)
ANY_BYTES = st.builds(lambda head, body: head + body, PREFIXES, st.binary(max_size=300))
JSON_NUMBERS = st.sampled_from(["1e400", "-1e400", "NaN", "Infinity", "-Infinity", "1e-400", "0"])
SHEET_PARTS = st.sampled_from(
    [
        "xl/workbook.xml",
        "xl/worksheets/sheet1.xml",
        "xl/sharedStrings.xml",
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
    ]
)
XML_BITS = st.sampled_from(
    [
        "<",
        ">",
        "<row r='1'>",
        "<c r='XFD1'>",
        "<v>1</v>",
        "</row>",
        "<dimension ref='A1:XFD1048576'/>",
    ]
    + ["<sheetData>", "</sheetData>", "<si><t>x</t></si>", "&amp;", "<!DOCTYPE x>", "\x00"]
)


def _read(data: bytes, name: str, chosen: str | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        outcome: object = None
        try:
            read_pack_file(path, format=chosen)
        except PackError as error:
            outcome = error
    if isinstance(outcome, PackError):
        assert outcome.path == path
        assert 0 < len(outcome.message) < 2000


@settings(max_examples=200, deadline=None)
@given(data=ANY_BYTES, chosen=st.sampled_from([None, *formats.names()]))
def test_any_bytes_give_a_pack_or_a_pack_error(data: bytes, chosen: str | None) -> None:
    _read(data, "anything.dat", chosen)


@settings(max_examples=100, deadline=None)
@given(
    members=st.lists(
        st.tuples(SHEET_PARTS, st.lists(XML_BITS, max_size=20).map("".join)),
        max_size=5,
        unique_by=lambda member: member[0],
    )
)
def test_any_archive_gives_a_pack_or_a_pack_error(members: list[tuple[str, str]]) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members:
            archive.writestr(name, text)
    _read(buffer.getvalue(), "book.xlsx", None)


@settings(max_examples=60, deadline=None)
@given(number=JSON_NUMBERS, depth=st.integers(min_value=0, max_value=3000))
def test_any_json_number_or_depth_gives_a_pack_or_a_pack_error(number: str, depth: int) -> None:
    question = (
        f'{{"id": "q", "kind": "typed", "prompt": "P?", "answer": "1", "tolerance": {number}}}'
    )
    text = (
        '{"format": "quizapp-pack/1", "id": "p", "title": "T", "questions": ['
        + "[" * depth
        + question
        + "]" * depth
        + "]}"
    )
    _read(text.encode("utf-8"), "pack.json", None)


@settings(max_examples=200, deadline=None)
@given(data=ANY_BYTES)
def test_decoding_any_bytes_gives_text_or_a_file_read_error(data: bytes) -> None:
    outcome: files.DecodedText | files.FileReadError
    try:
        outcome = files.decode_text(data, Path("x.txt"))
    except files.FileReadError as error:
        outcome = error
    if isinstance(outcome, files.FileReadError):
        assert outcome.reason
    else:
        assert "\x00" not in outcome.text


@settings(max_examples=100, deadline=None)
@given(data=st.one_of(ANY_BYTES, st.builds(json.dumps, st.dictionaries(st.text(), st.text()))))
def test_any_settings_file_gives_settings(data: bytes | str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / SETTINGS_FILE
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        assert isinstance(load_settings(Path(folder)), Settings)


@settings(max_examples=60, deadline=None)
@given(
    error=st.one_of(
        st.builds(sqlite3.DatabaseError, st.text()),
        st.builds(sqlite3.OperationalError, st.text()),
        st.builds(OSError, st.integers(min_value=0, max_value=140), st.text()),
        st.builds(ValueError, st.text()),
    )
)
def test_any_failure_maps_to_a_store_error_without_sql(error: Exception) -> None:
    mapped = store_error(error, Path("/data/quizapp.sqlite3"))
    assert isinstance(mapped, StoreError)
    assert "/data/quizapp.sqlite3" in str(mapped)
    assert "\n" not in str(mapped)

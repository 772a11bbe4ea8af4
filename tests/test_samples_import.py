"""Every real sample file imported through the command line into a real store."""

from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.store import Collection
from tests.packs.test_samples import COUNTS, SAMPLES

pytestmark = [
    pytest.mark.samples,
    pytest.mark.skipif(
        not SAMPLES.is_dir(), reason=f"no sample files at {SAMPLES} (the shared folder)"
    ),
]


def test_each_sample_imports_with_the_expected_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    for name, (_format, imported, skipped, _unsupported) in COUNTS.items():
        # Two samples share a file name, so each gets a pack id of its own.
        pack_id = name.split(".")[0].replace("/", "-").replace("_", "-").lower()
        argv = ["import", str(SAMPLES / name), "--pack-id", pack_id, "--data-dir", str(data)]
        assert main(argv, environ={}) == 0, name
        assert f"{imported} new, 0 updated, {skipped} skipped" in capsys.readouterr().out, name
    with Collection.open(data) as collection:
        counts = {p.source_path: p.question_count for p in collection.packs.all()}
    for name, (_format, imported, _skipped, _unsupported) in COUNTS.items():
        assert counts[str(SAMPLES / name)] == imported


def test_an_error_response_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    failing = SAMPLES / "opentdb" / "api_responses" / "api_fail_respcode_1.json"
    assert main(["import", str(failing), "--data-dir", str(tmp_path)], environ={}) == 1
    assert "response_code 1" in capsys.readouterr().err
    with Collection.open(tmp_path) as collection:
        assert all(p.origin == "shipped" for p in collection.packs.all())

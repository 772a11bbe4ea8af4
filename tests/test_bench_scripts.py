"""The benchmark and report scripts fail clearly when what they measure against is missing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_dev_report_names_the_shared_folder_it_needs(tmp_path: Path) -> None:
    missing = tmp_path / "shared"
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "report_quality.py"), "--shared", str(missing)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert str(missing / "facts" / "dev") in result.stderr
    assert "--shared DIR" in result.stderr
    assert "Traceback" not in result.stderr

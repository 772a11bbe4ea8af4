"""Shared helpers for the pack tests."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from quizapp.packs import Problem

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


def reported(problems: Iterable[Problem]) -> list[str]:
    """Return problems as the lines a player reads in the import report."""
    return [str(p) for p in problems]

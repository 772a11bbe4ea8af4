"""Reading a big pack reports its progress and can be cancelled from the callback."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from quizapp.packs import read_pack_file


class CancelledError(Exception):
    pass


def write_csv(path: Path, count: int) -> Path:
    rows = ["question,answer,wrong1"] + [f"Question {n}?,Right {n},Wrong {n}" for n in range(count)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def write_native(path: Path, count: int) -> Path:
    questions = [
        {"id": f"q{n}", "kind": "typed", "prompt": f"Question {n}?", "answer": f"{n}"}
        for n in range(count)
    ]
    pack = {"format": "quizapp-pack/1", "id": "big", "title": "Big", "questions": questions}
    path.write_text(json.dumps(pack), encoding="utf-8")
    return path


@pytest.mark.parametrize("write", [write_csv, write_native])
def test_progress_is_reported_every_thousand_questions(
    tmp_path: Path, write: Callable[[Path, int], Path]
) -> None:
    path = write(tmp_path / "big.pack", 2500)
    seen: list[int] = []
    parsed = read_pack_file(path, progress=seen.append)
    assert len(parsed.questions) == 2500
    assert seen == [1000, 2000]


def test_raising_from_progress_cancels_the_read(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "big.csv", 2500)
    seen: list[int] = []

    def cancel_at_once(read: int) -> None:
        seen.append(read)
        raise CancelledError

    with pytest.raises(CancelledError):
        read_pack_file(path, progress=cancel_at_once)
    assert seen == [1000]


def _cancel(_count: int) -> None:
    raise CancelledError


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("blank-rows.csv", "question,answer\n" + ",\n" * 30_000 + "Q?,A\n"),
        ("essays.gift", "Write. {}\n\n" * 30_000),
    ],
)
def test_reading_can_be_cancelled_between_chunks_without_questions(
    tmp_path: Path, name: str, text: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CancelledError):
        read_pack_file(path, progress=_cancel)

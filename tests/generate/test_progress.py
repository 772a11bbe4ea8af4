"""Generation reports its progress and stops when asked: what the GUI's bar and Cancel use."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.generate import GenerationCancelledError, generate_pack

# A paragraph a sentence, so the text is read in several steps whatever the chunk size.
FACTS = "\n\n".join(
    (Path(__file__).parent / "data" / "lighthouse.txt").read_text(encoding="utf-8").splitlines()
)


def test_progress_climbs_to_the_whole_text() -> None:
    told: list[tuple[int, int]] = []
    generation = generate_pack(
        FACTS, pack_id="lighthouse", title="Lighthouse", progress=lambda d, t: told.append((d, t))
    )
    assert generation.pack.questions
    done = [d for d, _ in told]
    totals = {t for _, t in told}
    assert len(told) > 2
    assert done == sorted(done)
    assert len(totals) == 1
    assert done[-1] == totals.pop()


def test_cancel_stops_generation_part_way() -> None:
    told: list[int] = []
    with pytest.raises(GenerationCancelledError):
        generate_pack(
            FACTS,
            pack_id="lighthouse",
            title="Lighthouse",
            progress=lambda d, _t: told.append(d),
            cancel=lambda: len(told) >= 2,
        )
    assert 2 <= len(told) < 4

"""Every reader and detector takes time in proportion to its input, on crafted text too.

Each case is read at two sizes, the second twice the first; the time may grow by less than
three times (twice, with room for a noisy machine). A quadratic reader grows by four.
"""

from __future__ import annotations

import contextlib
import functools
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from quizapp.packs import PackError, read_pack_file
from quizapp.packs.gift import find_unescaped, html_to_text, looks_like_gift

CRAFTED: dict[str, Callable[[int], str]] = {
    "blank lines": lambda n: "a\n" + "\n" * n + "b",
    "blank lines with spaces": lambda n: "a" + " \n" * (n // 2) + "b",
    "backslashes in answers": lambda n: "a {" + "\\" * n,
    "backslashes in a title": lambda n: "::" + "\\" * n,
    "closing braces": lambda n: "}" * n,
    "unclosed tags in html": lambda n: "[html]" + "<a " * (n // 3) + "{=a}",
    "unclosed comments in html": lambda n: "[html]" + "<!--" * (n // 4) + "{=a}",
    "answers without end": lambda n: "q {" + "=" * n + "}",
    "wrong answers": lambda n: "q {" + "~a" * (n // 2) + "}",
    "categories": lambda n: "$CATEGORY:" + "/" * n,
    "marks before answers": lambda n: "q" + ". " * (n // 2) + "a{=a}.",
    "markdown image openings": lambda n: "q " + "![a" * (n // 3) + "{=a}",
    "dots before answers": lambda n: "q" + "a." * (n // 2) + "{=a}",
    "aiken options": lambda n: "A. x\n" * (n // 5),
    "csv commas": lambda n: "prompt,answer\n" + "," * n,
    "csv quotes": lambda n: "prompt,answer\n" + '"' * n,
    "csv rows": lambda n: "prompt,answer\n" + "q,a\n" * (n // 4),
    "json nesting": lambda n: "[" * n,
}


def _seconds(action: Callable[[], object], repeat: int = 3) -> float:
    # Processor time of this process, not the wall clock: other programs on a busy machine
    # then slow neither size, where wall time let them make a linear reader look quadratic.
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        action()
        best = min(best, time.process_time() - start)
    return best


def _read(path: Path) -> None:
    with contextlib.suppress(PackError):
        read_pack_file(path)


def _assert_linear(action: Callable[[int], object], size: int) -> None:
    # Grow the input until one read takes long enough to measure above the machine's noise.
    # Past a megabyte the processor's caches, not the code, set the pace; a case
    # still under 10 ms there is fast whatever its shape.
    small = _seconds(lambda: action(size))
    while small < 0.05 and size < 1_000_000:
        size *= 2
        small = _seconds(functools.partial(action, size))
    if small < 0.01:
        return
    # Alternate the two sizes, so a burst of load on the machine slows both alike.
    small, large = float("inf"), float("inf")
    for _ in range(5):
        small = min(small, _seconds(functools.partial(action, size), repeat=1))
        large = min(large, _seconds(functools.partial(action, 2 * size), repeat=1))
    assert large / small < 3, f"{small:.4f}s then {large:.4f}s for twice the input ({size:,})"


@pytest.mark.parametrize("make", CRAFTED.values(), ids=CRAFTED.keys())
def test_reading_crafted_text_is_linear(tmp_path: Path, make: Callable[[int], str]) -> None:
    def read(size: int) -> None:
        path = tmp_path / f"crafted-{size}.txt"
        if not path.exists():
            path.write_text(make(size), encoding="utf-8")
        _read(path)

    _assert_linear(read, 20_000)


@pytest.mark.parametrize(
    "scan",
    [
        lambda n: looks_like_gift("a\n" + " \n" * n + "b"),
        lambda n: find_unescaped("\\" * n, "}"),
        lambda n: html_to_text("<a " * n),
        lambda n: html_to_text("<!--" * n),
    ],
    ids=["gift detection on blank lines", "find_unescaped on backslashes", "tags", "comments"],
)
def test_scanners_are_linear(scan: Callable[[int], object]) -> None:
    _assert_linear(scan, 20_000)

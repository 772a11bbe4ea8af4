"""Properties over arbitrary text: what an author writes is what the reader reads back."""

from __future__ import annotations

import base64
import csv
import html
import io
import json
import tempfile
import urllib.parse
from collections.abc import Callable
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from quizapp.packs import PackError, ParsedPack, formats, read_pack_file
from quizapp.packs.gift import escape
from quizapp.packs.model import fold

# Any printable text, without the control characters that mark a file as binary.
CELL_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"),
    min_size=1,
    max_size=40,
).map(str.strip)
CELL_TEXT_WITH_BREAKS = st.lists(CELL_TEXT, min_size=1, max_size=3).map("\n".join).map(str.strip)
# GIFT collapses runs of spaces and lines, so its text is compared in that form.
GIFT_TEXT = CELL_TEXT.map(lambda t: " ".join(t.split())).filter(
    lambda t: bool(t) and not t.startswith(("[", "//", "$", "%"))
)


def distinct_question(prompt: str, answer: str, wrong: list[str]) -> bool:
    folded = [fold(answer), *(fold(w) for w in wrong)]
    truth = {"true", "false"}
    return (
        all(prompt.strip() and t for t in [answer, *wrong])
        and len(set(folded)) == len(folded)
        and not set(folded) <= truth
    )


def read_text(text: str, suffix: str, encoding: str = "utf-8") -> ParsedPack:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"pack{suffix}"
        path.write_bytes(text.encode(encoding))
        return read_pack_file(path)


@settings(max_examples=60, deadline=None)
@given(
    prompt=CELL_TEXT_WITH_BREAKS,
    answer=CELL_TEXT,
    wrong=st.lists(CELL_TEXT, min_size=1, max_size=3),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_csv_round_trip_of_any_text(
    prompt: str, answer: str, wrong: list[str], delimiter: str, encoding: str
) -> None:
    assume(distinct_question(prompt, answer, wrong))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["question", "answer", *(f"wrong{i}" for i in range(1, len(wrong) + 1))])
    writer.writerow([prompt, answer, *wrong])
    parsed = read_text(buffer.getvalue(), ".csv", encoding)
    (question,) = parsed.questions
    assert (question.prompt, question.answer, question.wrong) == (prompt, answer, wrong)


@settings(max_examples=60, deadline=None)
@given(prompt=GIFT_TEXT, answer=GIFT_TEXT, wrong=st.lists(GIFT_TEXT, min_size=1, max_size=3))
def test_gift_escapes_round_trip(prompt: str, answer: str, wrong: list[str]) -> None:
    assume(distinct_question(prompt, answer, wrong))
    options = " ".join([f"={escape(answer)}", *(f"~{escape(w)}" for w in wrong)])
    parsed = read_text(f"{escape(prompt)} {{{options}}}\n", ".gift")
    (question,) = parsed.questions
    assert (question.prompt, question.answer, question.wrong) == (prompt, answer, wrong)


ENCODINGS: dict[str, Callable[[str], str]] = {
    "html": lambda t: html.escape(t, quote=True),
    "urlLegacy": lambda t: urllib.parse.quote_plus(t, safe=""),
    "url3986": lambda t: urllib.parse.quote(t, safe=""),
    "base64": lambda t: base64.b64encode(t.encode("utf-8")).decode("ascii"),
}


@settings(max_examples=60, deadline=None)
@given(
    # A question always has a space; it is how URL encoding is told from plain text.
    prompt=st.tuples(CELL_TEXT, CELL_TEXT)
    .map(" ".join)
    .map(str.strip)
    .filter(lambda text: " " in text),
    answer=CELL_TEXT,
    wrong=st.lists(CELL_TEXT, min_size=3, max_size=3),
    encoding=st.sampled_from(sorted(ENCODINGS)),
)
def test_opentdb_encodings_round_trip(
    prompt: str, answer: str, wrong: list[str], encoding: str
) -> None:
    assume(distinct_question(prompt, answer, wrong))
    encode = ENCODINGS[encoding]
    question = {
        "type": encode("multiple"),
        "difficulty": encode("easy"),
        "category": encode("Anything"),
        "question": encode(prompt),
        "correct_answer": encode(answer),
        "incorrect_answers": [encode(w) for w in wrong],
    }
    parsed = read_text(json.dumps({"response_code": 0, "results": [question]}), ".json")
    (read_back,) = parsed.questions
    assert (read_back.prompt, read_back.answer, read_back.wrong) == (prompt, answer, wrong)


# Fragments of every format, so that random text often looks like one of them.
FRAGMENTS = st.sampled_from(
    ["{", "}", "=", "~", "#", "::", "\\", "\n", "\r\n", "A)", "B.", "ANSWER: A", ",", ";", "\t"]
    + ['"', "question", "answer", "wrong1", "$CATEGORY:", "[html]", "<p>", "%50%", "->", ".."]
    + ["T", "FALSE", "[", "]", '"results"', '"response_code"', '"format"', "null", "1", " "]
)
ANY_TEXT = st.lists(st.one_of(FRAGMENTS, st.text(max_size=4)), max_size=40).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=ANY_TEXT, chosen=st.sampled_from([None, *formats.names()]))
def test_any_text_gives_a_pack_or_a_pack_error(text: str, chosen: str | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "anything.txt"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        outcome: ParsedPack | PackError
        try:
            outcome = read_pack_file(path, format=chosen)
        except PackError as error:
            outcome = error
    # Nothing else may escape: the importer shows a PackError and goes on.
    if isinstance(outcome, PackError):
        assert (outcome.path, bool(outcome.message)) == (path, True)
    else:
        assert outcome.questions

"""Facts text made ready for the parser: citation marks out, spacing even, bounded chunks."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Final

# A chunk is one parser input. Paragraphs up to the limit stay whole; longer ones are cut at a
# sentence end, so no chunk grows past a few thousand characters however the text is laid out.
MAX_CHUNK_CHARS: Final = 3000

# Reference marks as encyclopedias print them: [4], [12][13], [a], [note 3], [citation needed],
# [when?]. Lowercase words only, so an editor's insertion such as "[Mara]" stays text.
_CITATION: Final = re.compile(
    r" ?(?:\[\s*(?:\d{1,4}|[a-z]{1,2}|[a-z]+ \d{1,4}|[a-z][a-z ,.?'-]{0,40})\s*\])+"
)
# A pair of sentences run together when a copied list or note lost its end: "as notedDuring its
# run". Only a word that opens sentences splits a word in two, so "McKay" stays whole.
_GLUED_SENTENCE: Final = re.compile(
    r"(?<=[a-z]{2})(?=(?:During|The|In|After|Before|On|At|It|Its|He|She|They|This|When|While"
    r"|From|With|For)\s)"
)
_INVISIBLE: Final = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES: Final = re.compile(r"[^\S\n]+")
_QUOTES: Final = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)
_TERMINAL: Final = (".", "!", "?", ":", ";", '"', "'")
# A sentence end inside a paragraph: end punctuation, maybe a closing quote or bracket, space,
# then something that can start a sentence.
_SENTENCE_END: Final = re.compile(r"[.!?][\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
# Words whose period does not end a sentence ("Dr. Moreau", "St. Ives", "vs. Leeds").
_ABBREVIATIONS: Final = frozenset(
    ("mr", "mrs", "ms", "dr", "prof", "st", "mt", "jr", "sr", "vs", "no", "nos", "vol", "fig")
    + ("inc", "ltd", "co", "corp", "bros", "gen", "col", "lt", "sgt", "capt", "rev", "hon")
    + ("gov", "sen", "rep", "approx", "ca", "cf", "etc")
)


def clean_text(text: str) -> list[str]:
    """Return a facts text cleaned and cut into chunks for the parser.

    Citation marks go, with a space left where one sat between two sentences ("in 1871.[4]Next"
    reads "in 1871. Next"); curly quotes become straight ones and runs of spaces one space.
    A paragraph is a run of lines up to a blank line; a line that does not end a sentence and
    is followed by one starting in lower case was wrapped, and is joined to it. Each chunk is
    a paragraph, or a run of whole sentences of one, at most `MAX_CHUNK_CHARS` long. Time grows
    in proportion to the text's length whatever its layout.

    Args:
        text: The facts text as read.

    Returns:
        The chunks in text order, none empty; an empty list when the text holds no words.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", text).translate(_QUOTES)
    text = _SPACES.sub(" ", _CONTROL.sub(" ", text))
    text = _CITATION.sub(_unmark, text)
    text = _GLUED_SENTENCE.sub(". ", text)
    chunks: list[str] = []
    for paragraph in _paragraphs(text):
        chunks.extend(_bounded(paragraph))
    return chunks


def _unmark(match: re.Match[str]) -> str:
    """Drop a citation mark, keeping two words or two sentences it glued together apart."""
    text = match.string
    before = text[match.start() - 1] if match.start() else "\n"
    after = text[match.end()] if match.end() < len(text) else "\n"
    if before.isspace() or after.isspace() or after in ".,;:!?)]}\"'":
        return ""
    return " "


def _paragraphs(text: str) -> Iterator[str]:
    """Yield paragraphs: runs of finished lines, and each unfinished line on its own.

    A line continued by one starting in lower case was wrapped and is joined to it. A line
    that still ends without a sentence's end is a heading or a list item: parsing it
    together with the sentences around it would glue it to one of them.
    """
    finished: list[str] = []
    current: list[str] = []  # the parts of one line, wrapped or not
    for raw in [*text.split("\n"), ""]:
        line = raw.strip()
        if current and line[:1].islower():
            current.append(line)
            continue
        if current:
            joined = " ".join(current)
            current = []
            if joined.endswith(_TERMINAL):
                finished.append(joined)
            else:
                if finished:
                    yield " ".join(finished)
                    finished = []
                yield joined
        if line:
            current.append(line)
        elif finished:
            yield " ".join(finished)
            finished = []


def _bounded(paragraph: str) -> Iterator[str]:
    """Yield a paragraph whole, or in runs of whole sentences of at most MAX_CHUNK_CHARS."""
    start = 0
    while len(paragraph) - start > MAX_CHUNK_CHARS:
        cut = _last_sentence_end(paragraph, start, start + MAX_CHUNK_CHARS)
        if cut is None:
            cut = _last_space(paragraph, start, start + MAX_CHUNK_CHARS)
        chunk = paragraph[start:cut].strip()
        if chunk:
            yield chunk
        start = cut
    rest = paragraph[start:].strip()
    if rest:
        yield rest


def _last_sentence_end(text: str, start: int, limit: int) -> int | None:
    """Return where the last sentence ending in text[start:limit] ends, if it has one.

    The next window starts where this one is cut, and a cut soon after start means the rest
    of the window held no sentence end, so the next search falls back to a space: each
    character is scanned a bounded number of times.
    """
    cut = None
    for match in _SENTENCE_END.finditer(text, start, limit):
        if not _abbreviated(text, match.start()):
            cut = match.end()
    return cut


def _abbreviated(text: str, period: int) -> bool:
    """Return whether the period at this index closes an abbreviation or an initial."""
    if text[period] != ".":
        return False
    space = text.rfind(" ", max(0, period - 12), period)
    word = text[space + 1 : period].lstrip("(\"'").lower()
    # "A." is an initial; "U.S." and "e.g." hold a period inside.
    return (len(word) == 1 and word.isalpha()) or "." in word or word in _ABBREVIATIONS


def _last_space(text: str, start: int, limit: int) -> int:
    """Return where to cut a run with no sentence end: after its last space, else at limit."""
    space = text.rfind(" ", start + MAX_CHUNK_CHARS // 2, limit)
    return space + 1 if space > start else limit

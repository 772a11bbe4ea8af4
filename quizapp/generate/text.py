"""Cleaning a raw facts text and splitting it into sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Curly quotes become straight ones so every later rule needs only one spelling of a quote.
_QUOTE_MAP = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u00a0": " ",
        "\u2009": " ",
    }
)
_CITATION = re.compile(r"\[(?:\d+|[a-z]|note \d+|citation needed|nb \d+)\]", re.IGNORECASE)
# A word that ends in lower case and runs straight into a capitalised word ("notedDuring") is two
# sentences whose full stop and space were lost; names such as "McAdam" start with a capital.
_GLUED = re.compile(r"\b([a-z]{2,})([A-Z][a-z]+)")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,;:.!?)])")
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "etc", "no", "prof", "rev", "mt", "ft"}
)
# Nouns that end the names of publications and clubs: a line that starts with one of them
# without an article ("Society gave ...") lost the start of a name when it was cut.
NAME_TAIL_NOUNS = frozenset(
    {
        "club",
        "times",
        "post",
        "journal",
        "magazine",
        "review",
        "gazette",
        "herald",
        "tribune",
        "news",
        "weekly",
        "daily",
        "press",
        "society",
        "company",
        "institute",
    }
)


@dataclass(frozen=True)
class Sentence:
    """One cleaned sentence of a facts text.

    Attributes:
        index: Position among all sentences of the text, from 0.
        line: The line of the facts text it comes from, from 1.
        text: The cleaned sentence, ending with its punctuation.
        cut_start: The line starts inside a name that was cut off.
        cut_end: The sentence stops before its end (the text was truncated).
    """

    index: int
    line: int
    text: str
    cut_start: bool = False
    cut_end: bool = False

    @property
    def explanation(self) -> str:
        """The sentence as a complete statement, dropping a trailing fragment when cut."""
        if not self.cut_end:
            return self.text
        head, comma, _ = self.text.rpartition(", ")
        return (head if comma else self.text).rstrip(" ,;:") + "."


def clean_line(line: str) -> str:
    """Return one line of a facts text without citations, glued sentences or stray quotes."""
    text = line.translate(_QUOTE_MAP).strip()
    if re.match(r'"\s*(?:\[|\s)', text):
        # The closing quote of a quotation that began on the line before, then its citation.
        text = text[1:]
    text = _CITATION.sub("", text)
    text = re.sub(r"\s+", " ", text).strip()
    if text.count('"') % 2 == 1:
        # A quotation the line cut short: close it so the sentence reads as a whole.
        text = text + '"'
    text = _GLUED.sub(r"\1. \2", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return text.strip()


def _split_points(text: str) -> list[int]:
    """Return where sentences end in a cleaned line: after . ! ? outside quotations."""
    points = []
    inside = False
    for i, char in enumerate(text):
        if char == '"':
            inside = not inside
            if not inside and i > 0 and text[i - 1] in ".!?" and _starts_sentence(text, i + 1):
                # A quotation that ends the sentence: ... he said, "It works."
                opener = text.rfind('"', 0, i)
                if opener > 0 and text[opener - 2 : opener] in (", ", ": "):
                    points.append(i + 1)
            continue
        if inside or char not in ".!?":
            continue
        if char == "." and _is_abbreviation(text, i):
            continue
        if _starts_sentence(text, i + 1):
            points.append(i + 1)
    return points


def _starts_sentence(text: str, at: int) -> bool:
    rest = text[at:]
    return bool(re.match(r"\s+[\"'(]?[A-Z0-9]", rest))


def _is_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([A-Za-z]+)$", text[:dot])
    if word is None:
        return False
    token = word.group(1)
    return len(token) == 1 or token.lower() in _ABBREVIATIONS


def _ends_complete(text: str) -> bool:
    if re.search(r"[.!?][\"')]*$", text) is None:
        return False
    # A short quoted title that carries the final "?" ends a cut list, not the sentence.
    last_quote = re.search(r'(?:, |and )"([^"]{1,60}[?!])"$', text)
    return last_quote is None


def _cut_at_start(text: str) -> bool:
    first = re.match(r"([A-Za-z]+)\b", text)
    if first is None:
        return False
    word = first.group(1)
    return word[0].islower() or word.lower() in NAME_TAIL_NOUNS


def split_sentences(text: str) -> list[Sentence]:
    """Clean a whole facts text and return its sentences in order."""
    sentences: list[Sentence] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = clean_line(raw)
        if not line:
            continue
        start = 0
        pieces = []
        for point in [*_split_points(line), len(line)]:
            piece = line[start:point].strip()
            start = point
            if piece:
                pieces.append(piece)
        for position, piece in enumerate(pieces):
            sentences.append(
                Sentence(
                    index=len(sentences),
                    line=number,
                    text=piece,
                    cut_start=position == 0 and _cut_at_start(piece),
                    cut_end=position == len(pieces) - 1 and not _ends_complete(piece),
                )
            )
    return sentences

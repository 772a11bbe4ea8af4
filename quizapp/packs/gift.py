"""Moodle GIFT packs: choice, true/false, short-answer and numeric questions."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from quizapp.packs.build import QuestionCollector, choice_fields
from quizapp.packs.formats import Source
from quizapp.packs.media import media_in
from quizapp.packs.model import MAX_OPTIONS, QuestionKind

_ESCAPABLE: Final = "~=#{}:"
_ESCAPE: Final = re.compile(r"\\(.)", re.DOTALL)
_WHITESPACE: Final = re.compile(r"\s+")
_FORMAT: Final = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_WEIGHT: Final = re.compile(r"^\s*%(-?\d+(?:\.\d+)?)%")
_CLOZE: Final = re.compile(r"^\d*:[A-Z_]+:", re.IGNORECASE)
_TRUTH: Final = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_BLOCK_TAGS: Final = frozenset(
    {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"}
)
_HIDDEN_TAGS: Final = frozenset({"script", "style"})
# A tag, a declaration or a processing instruction; [^<>]* stops at the next '<', so trying
# this at every '<' costs the text's length once over.
_TAG: Final = re.compile(r"<(?:(?P<slash>/)?(?P<name>[A-Za-z][A-Za-z0-9]*)|[!?/])[^<>]*>")
_BRACE_OR_ESCAPE: Final = re.compile(r"\\.|[{}]", re.DOTALL)
_WORD: Final = re.compile(r"\w")
_SENTENCE_ENDS: Final = frozenset(".?!:;…")

LABELS: Final = {"prompt": "question text", "wrong": "wrong answer", "accept": "right answer"}


def looks_like_gift(text: str) -> bool:
    """Return whether text has GIFT's answer braces, question titles or categories.

    One pass over the text, line by line: a MULTILINE regex that could run on across blank
    lines was retried at each of them, and took minutes on a file of blank lines.
    """
    if _has_answer_braces(text):
        return True
    for line in text.splitlines():
        start = line.lstrip()
        if start.startswith("$CATEGORY:") or (start.startswith("::") and "::" in start[2:]):
            return True
    return False


def _has_answer_braces(text: str) -> bool:
    """Return whether an unescaped '{' is closed by an unescaped '}' with no brace between."""
    opened = False
    for match in _BRACE_OR_ESCAPE.finditer(text):
        token = match[0]
        if token == "{":
            opened = True
        elif token == "}":
            if opened:
                return True
            opened = False
    return False


def parse_gift(source: Source) -> QuestionCollector:
    """Read the questions of a GIFT file; kinds the game cannot play are counted and skipped."""
    collector = QuestionCollector.reading(source, LABELS)
    category: str | None = None
    for number, block in _blocks(source.text):
        collector.tick()
        if block.lstrip().startswith("$CATEGORY:"):
            first, _, block = block.lstrip().partition("\n")
            category = _category(first)
            number += 1
            if not block.strip():
                continue
        where = f"line {number}"
        result = _question(block)
        if isinstance(result, _Unsupported):
            collector.skip_unsupported(where, result.kind)
        elif isinstance(result, str):
            collector.skip(where, result)
        else:
            warning = result.pop("_warning")
            if category:
                result["category"] = category
            collector.add(where, result, warning=warning)
    return collector


def _blocks(text: str) -> Iterator[tuple[int, str]]:
    """Yield each question's first line number and text, comment lines left out.

    A blank line ends a question, as in Moodle, so one unclosed brace costs one question.
    """
    lines: list[str] = []
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith("//"):
            continue
        if not line.strip():
            if lines:
                yield start, "\n".join(lines)
            lines = []
            continue
        if not lines:
            start = number
        lines.append(line)
    if lines:
        yield start, "\n".join(lines)


def find_unescaped(text: str, token: str, start: int = 0) -> int:
    """Return where token first occurs in text outside a backslash escape, or -1.

    One left-to-right pass, so a run of backslashes costs its length, not its square.
    """
    for match in _escape_or(token).finditer(text, start):
        if match[0][0] != "\\" or token.startswith("\\"):
            return match.start()
    return -1


@functools.cache
def _escape_or(token: str) -> re.Pattern[str]:
    return re.compile(r"\\.|" + re.escape(token), re.DOTALL)


def split_unescaped(text: str, separators: str) -> list[tuple[str, str]]:
    """Split text before each unescaped separator: pairs of separator ('' first) and text."""
    parts: list[tuple[str, str]] = []
    sign, begin = "", 0
    for match in re.finditer(r"\\.|[" + re.escape(separators) + "]", text, re.DOTALL):
        if match[0].startswith("\\"):
            continue
        parts.append((sign, text[begin : match.start()]))
        sign, begin = match[0], match.end()
    parts.append((sign, text[begin:]))
    return parts


def unescape(text: str) -> str:
    r"""Return GIFT text with its escapes resolved: ``\~ \= \# \{ \} \:``, ``\\`` and ``\n``."""

    def resolve(match: re.Match[str]) -> str:
        char = match[1]
        if char in _ESCAPABLE or char == "\\":
            return char
        return "\n" if char == "n" else match[0]

    return _ESCAPE.sub(resolve, text) if "\\" in text else text


def escape(text: str) -> str:
    """Return text written so GIFT reads it back unchanged."""
    return re.sub(r"([\\~=#{}:])", r"\\\1", text).replace("\n", "\\n")


def html_to_text(markup: str) -> str:
    """Return the plain text of HTML: tags and comments dropped, entities decoded.

    A small scanner rather than html.parser, whose cost grows with the square of the input on
    text full of unclosed tags ('<a <a <a ...'): every step here moves forward.
    """
    parts: list[str] = []
    hidden = 0
    index, end = 0, len(markup)
    while index < end:
        opening = markup.find("<", index)
        if opening < 0:
            opening = end
        if not hidden and opening > index:
            # Line breaks in HTML source are spaces; only block tags break lines.
            parts.append(_WHITESPACE.sub(" ", html.unescape(markup[index:opening])))
        if opening == end:
            break
        if markup.startswith("<!--", opening):
            close = markup.find("-->", opening + 4)
            index = end if close < 0 else close + 3
            continue
        tag = _TAG.match(markup, opening)
        if tag is None:
            if not hidden:
                parts.append("<")
            index = opening + 1
            continue
        index = tag.end()
        name = tag["name"].lower() if tag["name"] else ""
        if name in _HIDDEN_TAGS:
            hidden = max(0, hidden - 1) if tag["slash"] else hidden + 1
        elif name in _BLOCK_TAGS and not hidden:
            parts.append("\n")
    lines = "".join(parts).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def plain(raw: str, text_format: str) -> str:
    """Return a piece of GIFT text as plain text, given the format it is written in."""
    marker = _FORMAT.match(raw)
    if marker:
        text_format = marker[1].lower()
        raw = raw[marker.end() :]
    if text_format == "html":
        return html_to_text(unescape(raw))
    return unescape(" ".join(raw.split())).strip()


@dataclass(frozen=True)
class _Unsupported:
    kind: str


@dataclass(frozen=True)
class _Answer:
    sign: str
    weight: Decimal | None
    text: str
    raw: str


def _question(block: str) -> dict[str, Any] | _Unsupported | str:
    """Return a question's fields, the unplayable kind it is, or what is wrong with it."""
    rest = block.strip()
    if rest.startswith("::"):
        end = find_unescaped(rest, "::", 2)
        if end < 0:
            return "the title's closing '::' is missing"
        rest = rest[end + 2 :]
    marker = _FORMAT.match(rest)
    text_format = marker[1].lower() if marker else "moodle"
    if marker:
        rest = rest[marker.end() :]
    opening = find_unescaped(rest, "{")
    if opening < 0:
        return _Unsupported("description")
    closing = find_unescaped(rest, "}", opening)
    if closing < 0:
        return "the answers' '{' is never closed by '}'"
    before, body, after = rest[:opening], rest[opening + 1 : closing], rest[closing + 1 :]
    if find_unescaped(after, "{") >= 0 or _CLOZE.match(body.strip()):
        return _Unsupported("cloze")
    fields: dict[str, Any] = {"prompt": plain(_stem(before, after, text_format), text_format)}
    body, _, general = _cut(body, "####")
    answers_or_kind = _answers_of(body.strip(), text_format)
    if not isinstance(answers_or_kind, dict):
        return answers_or_kind
    fields.update(answers_or_kind)
    # Only the general feedback is for every player, as an explanation is. Moodle shows an
    # answer's own feedback ("=yellow#right, well done") only to whoever chose that answer.
    explanation = plain(general, text_format) if general else ""
    if explanation:
        fields["explanation"] = explanation
    fields["_warning"] = media_in({"question": before + after, "answers": body})
    return fields


def _stem(before: str, after: str, text_format: str) -> str:
    """Return the question's text with its answers taken out.

    Text after the answers makes a fill-in-the-gap question, as in Moodle: the gap goes where
    the answers were ("Grant is {...} in Grant's tomb.", "Jesus was from {...}."). Marks
    after a sentence that has already ended close nothing ("from 1 to 5? {#3:2}";"), so
    they are dropped rather than left behind a gap.
    """
    rest = plain(after, text_format)
    if not rest:
        return before
    if not _WORD.search(rest) and _ends_sentence(plain(before, text_format)):
        return before
    return f"{before}_____{after}"


def _ends_sentence(text: str) -> bool:
    """Return whether text ends a sentence: a full stop, question mark… before any last marks."""
    # Walked back by hand: a regex anchored at the end retries at every mark of a long run.
    end = len(text)
    while end and not (text[end - 1].isalnum() or text[end - 1] == "_"):
        if text[end - 1] in _SENTENCE_ENDS:
            return True
        end -= 1
    return False


def _cut(text: str, token: str) -> tuple[str, str, str]:
    at = find_unescaped(text, token)
    if at < 0:
        return text, "", ""
    return text[:at], token, text[at + len(token) :]


def _answers_of(body: str, text_format: str) -> dict[str, Any] | _Unsupported | str:
    if not body:
        return _Unsupported("essay")
    if body.startswith("#"):
        return _numeric(body[1:])
    head, _, _ = _cut(body, "#")
    if head.strip().upper() in _TRUTH:
        return _truefalse(head.strip().upper())
    answers = _answers(body, text_format)
    if isinstance(answers, str):
        return answers
    rights = [a for a in answers if a.sign == "="]
    if any(a.sign == "~" for a in answers):
        if len(rights) != 1:
            return _Unsupported("multiple-answer")
        right = rights[0]
        wrong = [a.text for a in answers if a is not right]
        return choice_fields(right.text, wrong)
    if any(find_unescaped(a.raw, "->") >= 0 for a in answers):
        return _Unsupported("matching")
    accepted = [a for a in answers if (a.weight is None or a.weight > 0) and a.text != "*"]
    if not accepted:
        return "no '=' answer earns credit: each is worth 0% or is the '*' wildcard"
    return {
        "kind": QuestionKind.TYPED,
        "answer": accepted[0].text,
        "accept": [a.text for a in accepted[1:]],
    }


def _answers(body: str, text_format: str) -> list[_Answer] | str:
    parts = split_unescaped(body, "=~")
    if len(parts) - 1 > MAX_OPTIONS + 1:
        return f"has {len(parts) - 1:,} answers; a question may have at most {MAX_OPTIONS + 1}"
    lead = parts[0][1].strip()
    if lead:
        return f"answers start with '=' (right) or '~' (wrong), but this starts {lead[:40]!r}"
    answers: list[_Answer] = []
    for sign, raw in parts[1:]:
        weight_match = _WEIGHT.match(raw)
        weight = Decimal(weight_match[1]) if weight_match else None
        raw = raw[weight_match.end() :] if weight_match else raw
        # What follows '#' is that answer's own feedback, which only its choosers would see.
        text, _, _ = _cut(raw, "#")
        answers.append(_Answer(sign, weight, plain(text, text_format), text))
    return answers


def _truefalse(value: str) -> dict[str, Any]:
    # Any "#feedback" after TRUE or FALSE is for one answer only, as in a choice question.
    return {"kind": QuestionKind.TRUEFALSE, "answer": _TRUTH[value]}


def _numeric(body: str) -> dict[str, Any] | str:
    parts = split_unescaped(body, "=~")
    if len(parts) - 1 > MAX_OPTIONS + 1:
        return f"has {len(parts) - 1:,} answers; a question may have at most {MAX_OPTIONS + 1}"
    candidates: list[tuple[Decimal, str]] = []
    for sign, raw in parts:
        if sign == "~" or (not sign and not raw.strip()):
            continue
        weight_match = _WEIGHT.match(raw)
        weight = Decimal(weight_match[1]) if weight_match else Decimal(100)
        raw = raw[weight_match.end() :] if weight_match else raw
        value, _, _ = _cut(raw, "#")
        candidates.append((weight, value.strip()))
    best = max(candidates, key=lambda c: c[0], default=None)
    if best is None or best[0] <= 0:
        return "the numeric question has no right answer"
    number = _number_and_tolerance(unescape(best[1]))
    if number is None:
        return f"the numeric answer {best[1]!r} is not a number, 'number:tolerance' or 'low..high'"
    answer, tolerance = number
    return {
        "kind": QuestionKind.TYPED,
        "answer": _number_text(answer),
        "tolerance": float(tolerance),
    }


def _number_and_tolerance(text: str) -> tuple[Decimal, Decimal] | None:
    try:
        if ".." in text:
            low_text, high_text = text.split("..", 1)
            low, high = sorted((Decimal(low_text), Decimal(high_text)))
            value, tolerance = (low + high) / 2, (high - low) / 2
        else:
            value_text, _, tolerance_text = text.partition(":")
            value, tolerance = Decimal(value_text), abs(Decimal(tolerance_text or "0"))
    except InvalidOperation:
        return None
    # Decimal also reads "inf" and "nan", which no player can type as an answer.
    return (value, tolerance) if value.is_finite() and tolerance.is_finite() else None


def _number_text(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def _category(line: str) -> str | None:
    """Return the last part of a ``$CATEGORY:`` path, which is what players should see."""
    path = line.removeprefix("$CATEGORY:").strip()
    path = re.sub(r"^\$\w+\$/?", "", path)
    parts = [p.strip() for p in path.split("/") if p.strip()]
    return parts[-1] if parts else None


def sniff(source: Source) -> int:
    """Answer braces, ``::titles::`` or ``$CATEGORY:`` lines are GIFT."""
    return 40 if looks_like_gift(source.head) else 0


def parse(source: Source) -> QuestionCollector:
    """Read the questions of a GIFT file."""
    return parse_gift(source)

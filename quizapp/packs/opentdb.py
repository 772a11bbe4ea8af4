"""Open Trivia DB JSON: API responses and bare question lists, in any of its four encodings."""

from __future__ import annotations

import base64
import binascii
import html
import re
import urllib.parse
from collections.abc import Callable
from typing import Any, Final

from quizapp.packs.build import QuestionCollector, choice_fields
from quizapp.packs.errors import PackError
from quizapp.packs.formats import CERTAIN, Source

# What the API's response codes mean, from https://opentdb.com/api_config.php.
RESPONSE_CODES: Final = {
    1: "no results: the API did not have enough questions for the query",
    2: "invalid parameter: the request the file came from was not valid",
    3: "token not found: the session token does not exist",
    4: "token empty: the session token has returned every question for the query",
    5: "rate limit: too many requests",
}
_TYPES: Final = frozenset({"multiple", "boolean"})
_TEXT_FIELDS: Final = ("category", "type", "difficulty", "question", "correct_answer")
_URL_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")

LABELS: Final = {"prompt": "question", "answer": "correct_answer", "wrong": "incorrect_answers"}


def looks_like_opentdb(data: Any) -> bool:
    """Return whether decoded JSON is an Open Trivia DB response or question list."""
    if isinstance(data, dict):
        return "response_code" in data or "results" in data
    # A native pack is always an object, so a list can only be Open Trivia DB questions.
    return isinstance(data, list)


def parse_opentdb(source: Source) -> QuestionCollector:
    """Read the questions of an Open Trivia DB file's JSON.

    Raises:
        PackError: The response reports an error, or the file is not a response or a list.
    """
    data, path = source.json, source.path
    if isinstance(data, dict):
        code = data.get("response_code", 0)
        if code != 0:
            meaning = RESPONSE_CODES.get(code, "an error") if isinstance(code, int) else "an error"
            raise PackError(
                path,
                f"Open Trivia DB answered with response_code {code} ({meaning}); "
                "the file holds no questions",
                "field response_code",
            )
        results = data.get("results")
        if not isinstance(results, list):
            raise PackError(path, "'results' must be a list of questions", "field results")
    elif isinstance(data, list):
        results = data
    else:
        raise PackError(path, "Open Trivia DB data must be a response object or a list")
    decode = _decoder(results)
    collector = QuestionCollector.reading(source, LABELS)
    for index, raw in enumerate(results, start=1):
        where = f"question {index}"
        fields = _question_fields(raw, decode)
        if isinstance(fields, str):
            collector.skip(where, fields)
        else:
            collector.add(where, fields)
    return collector


def _question_fields(raw: object, decode: Callable[[str], str]) -> dict[str, Any] | str:
    if not isinstance(raw, dict):
        return "is not a JSON object"
    for name in ("question", "correct_answer", "incorrect_answers"):
        if raw.get(name) is None:
            return f"{name}: is missing"
    values: dict[str, str] = {}
    for name in _TEXT_FIELDS:
        value = raw.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            return f"{name}: must be text"
        try:
            values[name] = decode(value).strip()
        except ValueError as exc:
            return f"{name}: {exc}"
    wrong_raw = raw["incorrect_answers"]
    if not isinstance(wrong_raw, list) or not all(isinstance(w, str) for w in wrong_raw):
        return "incorrect_answers: must be a list of texts"
    try:
        wrong = [decode(w).strip() for w in wrong_raw]
    except ValueError as exc:
        return f"incorrect_answers: {exc}"
    kind = values.get("type", "multiple")
    if kind not in _TYPES:
        return f"type: {kind!r} is not 'multiple' or 'boolean'"
    answer = values["correct_answer"]
    fields: dict[str, Any] = {"prompt": values["question"], **choice_fields(answer, wrong)}
    if kind == "boolean" and fields["kind"] != "truefalse":
        return "correct_answer: a boolean question needs the answer 'True' or 'False'"
    if values.get("category"):
        fields["category"] = values["category"]
    if values.get("difficulty"):
        fields["difficulty"] = values["difficulty"].lower()
    return fields


def _decoder(results: list[Any]) -> Callable[[str], str]:
    """Return how the file's text was encoded, told from the texts themselves.

    The API's ``encode`` parameter is not recorded in its responses: base64 shows in the
    ``type`` field (``multiple`` is ``bXVsdGlwbGU=``), URL encoding in texts without a
    single literal space, and the default HTML entities in everything else.
    """
    questions = [q for q in results if isinstance(q, dict)]
    types = [q["type"] for q in questions if isinstance(q.get("type"), str)]
    encoded_types = types and not any(t in _TYPES for t in types)
    if encoded_types and all(_is_base64(t) and _base64_text(t) in _TYPES for t in types):
        return _base64_text
    texts = [
        t
        for q in questions
        for t in (q.get("question"), q.get("correct_answer"))
        if isinstance(t, str)
    ]
    spaceless = texts and not any(" " in t for t in texts)
    if spaceless and any("+" in t or _URL_ESCAPE.search(t) for t in texts):
        # url3986 writes a space as %20 and urlLegacy as +; both write a real + as %2B,
        # so unquoting with + as space reads either.
        return _url_text
    return html.unescape


def _is_base64(text: str) -> bool:
    try:
        _base64_text(text)
    except ValueError:
        return False
    return True


def _base64_text(text: str) -> str:
    try:
        return base64.b64decode(text, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise ValueError("is not valid base64 text") from exc


def _url_text(text: str) -> str:
    try:
        return urllib.parse.unquote_plus(text, errors="strict")
    except UnicodeDecodeError as exc:
        raise ValueError("is not valid URL-encoded UTF-8 text") from exc


def sniff(source: Source) -> int:
    """A JSON list, or an object with ``response_code`` or ``results``, is Open Trivia DB."""
    if not source.head.lstrip().startswith(("{", "[")):
        return 0
    try:
        data = source.json
    except PackError:
        return 0
    return CERTAIN if looks_like_opentdb(data) else 0


def parse(source: Source) -> QuestionCollector:
    """Read the questions of an Open Trivia DB file."""
    return parse_opentdb(source)

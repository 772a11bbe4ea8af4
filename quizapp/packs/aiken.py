"""Aiken packs: a question line, lettered options and an ``ANSWER:`` line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from quizapp.packs.build import QuestionCollector, choice_fields
from quizapp.packs.formats import Source

_OPTION: Final = re.compile(r"^([A-Z])\s*[).]\s*(.*)$")
_ANSWER: Final = re.compile(r"^ANSWER\s*:\s*(.*)$", re.IGNORECASE)

Line = tuple[int, str]


def looks_like_aiken(text: str) -> bool:
    """Return whether text has the options and ``ANSWER:`` lines of Aiken."""
    lines = [line.strip() for line in text.splitlines()]
    answers = sum(1 for line in lines if _ANSWER.match(line))
    options = sum(1 for line in lines if _OPTION.match(line))
    return answers > 0 and options >= answers


def parse_aiken(source: Source) -> QuestionCollector:
    """Read the questions of an Aiken file; a malformed block is skipped and reported."""
    collector = QuestionCollector.reading(source, {"prompt": "question", "wrong": "option"})
    for block in _blocks(source.text):
        collector.tick()
        where = f"line {block[0][0]}"
        result = _question(block)
        if isinstance(result, str):
            collector.skip(where, result)
        else:
            prompt, answer, wrong = result
            collector.add(where, {"prompt": prompt, **choice_fields(answer, wrong)})
    return collector


def _blocks(text: str) -> Iterator[list[Line]]:
    """Yield the questions' lines: a blank line or an ``ANSWER:`` line ends a question."""
    block: list[Line] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            if block:
                yield block
            block = []
            continue
        block.append((number, line))
        if _ANSWER.match(line):
            yield block
            block = []
    if block:
        yield block


def _question(block: list[Line]) -> tuple[str, str, list[str]] | str:
    """Return a block's prompt, right and wrong options, or what is wrong with it."""
    first = block[0][1]
    if _ANSWER.match(first):
        return "an ANSWER line with no question before it"
    if _OPTION.match(first):
        return "the options begin before any question text"
    prompt_lines: list[str] = []
    options: dict[str, str] = {}
    answer_letter: str | None = None
    for number, line in block:
        answer = _ANSWER.match(line)
        option = _OPTION.match(line)
        if answer:
            answer_letter = answer[1].strip()
        elif option and (options or prompt_lines):
            letter, option_text = option[1], option[2].strip()
            if letter in options:
                return f"option {letter} appears twice (line {number})"
            if not option_text:
                return f"option {letter} is empty (line {number})"
            options[letter] = option_text
        elif options:
            return f"line {number} is neither an option like 'B) ...' nor an 'ANSWER:' line"
        else:
            prompt_lines.append(line)
    if answer_letter is None:
        return "the question has no 'ANSWER:' line"
    if len(options) < 2:
        return f"a question needs at least two options; this one has {len(options)}"
    letter = answer_letter.upper()
    if letter not in options:
        letters = ", ".join(options)
        return f"'ANSWER: {answer_letter}' names none of the options {letters}"
    wrong = [text for key, text in options.items() if key != letter]
    return "\n".join(prompt_lines), options[letter], wrong


def sniff(source: Source) -> int:
    """Lettered options with ``ANSWER:`` lines are Aiken."""
    # Above GIFT: Aiken's lines are the more particular sign.
    return 50 if looks_like_aiken(source.head) else 0


def parse(source: Source) -> QuestionCollector:
    """Read the questions of an Aiken file."""
    return parse_aiken(source)

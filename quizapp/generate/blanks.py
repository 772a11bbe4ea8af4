"""Fill-in-the-blank facts for names, titles, numbers and dates no direct question reaches."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizapp.generate.facts import Fact, category_of
from quizapp.generate.registry import Registry
from quizapp.generate.spans import (
    DATE_RE,
    NAME_RE,
    NUMERIC,
    ORDINAL,
    PEOPLE,
    TIME_RE,
    YEAR_RE,
    Pool,
)
from quizapp.generate.text import Sentence

BLANK = "_____"
# A clause that leans on a pronoun or "this" for its subject cannot stand alone as a question.
_UNNAMED = re.compile(r"\b(?:she|he|they|them|him)\b|^(?:this|these|it|there)\b", re.IGNORECASE)
_ORDINAL_NOUN = re.compile(rf"\b(?P<ord>{ORDINAL}) (?=[a-z]+\b)")
_BLANKABLE = frozenset({*PEOPLE, Pool.TITLE, Pool.PLACE, Pool.ORG})


def blank_facts(sentence: Sentence, registry: Registry) -> Iterator[Fact]:
    """Yield one blank per name, title, date, time or ordinal of a self-contained sentence."""
    text = sentence.explanation
    if sentence.cut_start or _UNNAMED.search(text):
        return
    spans: list[tuple[int, int, str, Pool]] = []
    for match in NAME_RE.finditer(text):
        pool = registry.pool_of(match.group(0))
        if pool in _BLANKABLE and match.start() > 0:
            spans.append((match.start(), match.end(), match.group(0), pool))
    for regex, pool in ((DATE_RE, Pool.DATE), (TIME_RE, Pool.TIME)):
        for match in regex.finditer(text):
            spans.append((match.start(), match.end(), match.group(0), pool))
    if not spans:
        for match in YEAR_RE.finditer(text):
            spans.append((match.start(), match.end(), match.group(0), Pool.YEAR))
    for match in _ORDINAL_NOUN.finditer(text):
        if text[match.end("ord") :].startswith(" time"):
            continue
        spans.append((match.start(), match.end("ord"), match.group("ord"), Pool.ORDINAL))
    for start, end, answer, pool in spans:
        if pool is Pool.PLACE and not text[:start].endswith("the "):
            continue
        prompt = text[:start] + BLANK + text[end:]
        if len(re.findall(r"[A-Za-z]+", prompt)) < 8:
            continue
        yield Fact(
            sentence=sentence,
            shape="blank",
            prompt=prompt,
            answer=answer,
            pool=pool,
            statement=None,
            category=category_of(sentence),
            direct=False,
            typed=pool not in NUMERIC and pool not in PEOPLE,
            key=f"{sentence.index}:{start}",
        )

"""Checks and extras on a worded question: does it stand alone, what else counts as right."""

from __future__ import annotations

import re
from typing import Final

from quizapp.generate.grammar import NUMBER_WORDS, POINTING_WORDS, WORD_FOR_NUMBER
from quizapp.generate.names import (
    ACTOR,
    CHARACTER,
    COUNT,
    DATE,
    MONEY,
    MONTH,
    ORG,
    PEOPLE,
    PLACE,
    SITE,
    TIME,
    TITLE,
    YEAR,
)
from quizapp.generate.shapes import Fact
from quizapp.packs.model import fold

# Verbs that say which part of making and receiving a work a fact is about.
CATEGORY_VERBS: Final = {
    "Production": frozenset(
        [
            "create",
            "write",
            "produce",
            "direct",
            "film",
            "shoot",
            "design",
            "build",
            "commission",
            "develop",
            "edit",
            "launch",
            "make",
            "plan",
            "conceive",
            "adapt",
        ]
    ),
    "Reception": frozenset(
        [
            "review",
            "rate",
            "praise",
            "win",
            "award",
            "nominate",
            "watch",
            "view",
            "describe",
            "name",
            "rank",
            "average",
            "score",
            "receive",
        ]
    ),
    "Music": frozenset(["compose", "sing", "perform", "record", "open"]),
}
TYPE_CATEGORIES: Final = {
    ACTOR: "Cast",
    CHARACTER: "Characters",
    PLACE: "Places",
    SITE: "Places",
    DATE: "Dates",
    YEAR: "Dates",
    MONTH: "Dates",
    TIME: "Dates",
    COUNT: "Numbers",
    MONEY: "Numbers",
    TITLE: "Titles",
    ORG: "Organisations",
}


def stands_alone(prompt: str, answer: str) -> bool:
    """Return whether a prompt names all it needs and does not give its answer away."""
    words = re.findall(r"[\w'-]+", prompt.lower())
    # "their" is kept by the reading only where it stands for the answer or a plural subject;
    # "its" is kept only where the question names the subject it stands for.
    if any(w in POINTING_WORDS and w not in ("their", "its") for w in words):
        return False
    if re.search(rf"\b{re.escape(fold(answer))}\b", fold(prompt)):
        return False
    # A word of a name gives it away as a name ("Brisk"), not as a common noun ("the baker").
    for part in (w for w in answer.split() if len(w) > 3 and w[:1].isupper()):
        if re.search(rf"\b{re.escape(part)}\b", prompt):
            return False
    return prompt.endswith("?") and 3 <= len(words) <= 30


def category(fact: Fact) -> str:
    """Return the category a fact belongs to, from its shape, verb and answer type."""
    if fact.shape.startswith("cast"):
        return "Cast"
    verb = fact.key.split("|", 1)[0]
    for name, verbs in CATEGORY_VERBS.items():
        if verb in verbs:
            return name
    if fact.answer_type in PEOPLE:
        return "People"
    return TYPE_CATEGORIES.get(fact.answer_type, "General")


def accepted_answers(fact: Fact) -> list[str]:
    """Return other answers a typed question accepts: a surname, no article, digits or words."""
    answer = fact.answer
    accept: list[str] = []
    words = answer.split()
    if fact.answer_type in PEOPLE and len(words) >= 2 and not fact.plural:
        accept.append(words[-1])
        if fact.answer_type == CHARACTER:
            accept.append(words[0])
    if words and words[0].lower() == "the" and len(words) > 1:
        accept.append(" ".join(words[1:]))
    last = words[-1].lower() if words else ""
    if last in NUMBER_WORDS:
        accept.append(" ".join([*words[:-1], str(NUMBER_WORDS[last])]))
    elif last.isdigit() and int(last) in WORD_FOR_NUMBER:
        accept.append(" ".join([*words[:-1], WORD_FOR_NUMBER[int(last)]]))
    return [a for a in dict.fromkeys(accept) if fold(a) != fold(answer)]

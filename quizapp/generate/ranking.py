"""One scoring function ranks the candidate questions; selection keeps the best, fairly."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from quizapp.generate.names import (
    ACTOR,
    CHARACTER,
    COUNT,
    DATE,
    MONEY,
    MONTH,
    ORG,
    PEOPLE,
    PERSON,
    PLACE,
    SITE,
    TIME,
    TITLE,
    YEAR,
    Registry,
)
from quizapp.generate.shapes import Fact
from quizapp.packs.model import Difficulty, PackQuestion, QuestionKind, fold

# How much a fan cares about each kind of answer, before salience.
TYPE_WEIGHT: Final = {
    ACTOR: 1.0,
    CHARACTER: 0.9,
    PERSON: 0.6,
    TITLE: 0.6,
    PLACE: 0.5,
    SITE: 0.5,
    ORG: 0.4,
    YEAR: 0.4,
    DATE: 0.3,
    MONTH: 0.2,
    COUNT: 0.4,
    MONEY: 0.4,
    TIME: 0.0,
}
MAX_PER_SENTENCE: Final = 5
MAX_PER_FACT: Final = 1
LONG_PROMPT_WORDS: Final = 16
COUNTED: Final = frozenset({COUNT, MONEY, DATE, YEAR, MONTH, TIME})


@dataclass(frozen=True)
class Candidate:
    """A worded question for a fact, with the score that ranks it."""

    fact: Fact
    question: PackQuestion
    rank: float


def score(fact: Fact, registry: Registry, prompt: str) -> float:
    """Return how good a question on this fact is.

    The sum of: the answer type's weight; the salience of the answer and of the names the
    prompt holds (how often the text names them, capped, so the main cast outranks a set
    decorator); a penalty for each word past LONG_PROMPT_WORDS. Stand-alone prompts only
    reach this point; the kind of question adds its own small bonus in the caller.
    """
    answer_salience = min(registry.salience(fact.answer), 4)
    prompt_salience = min(sum(min(registry.salience(n), 3) for n in fact.names), 4)
    words = len(prompt.split())
    return (
        2.0
        + TYPE_WEIGHT.get(fact.answer_type, 0.1)
        + 0.3 * answer_salience
        + 0.2 * prompt_salience
        - 0.08 * max(0, words - LONG_PROMPT_WORDS)
    )


def difficulty(fact: Fact, registry: Registry) -> Difficulty:
    """Rate a fact by how often the text names its answer and its subject.

    A fact about names the text keeps returning to (three or more mentions in all) is easy,
    one about names it mentions twice is medium, and one it names once is hard.
    """
    mentions = registry.salience(fact.answer) + sum(registry.salience(n) for n in fact.names)
    if mentions >= 4:
        return Difficulty.EASY
    if mentions >= 2:
        return Difficulty.MEDIUM
    return Difficulty.HARD


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the best question per fact and kind, a few per sentence, no repeated prompt."""
    ranked = sorted(candidates, key=lambda c: (-c.rank, c.fact.sentence, c.question.id))
    per_sentence: dict[int, int] = {}
    per_fact: dict[str, set[str]] = {}
    prompts: set[str] = set()
    chosen: list[Candidate] = []
    answers: set[str] = set()
    for candidate in ranked:
        question = candidate.question
        kind = "tf" if question.kind is QuestionKind.TRUEFALSE else "ask"
        kinds = per_fact.setdefault(candidate.fact.key, set())
        if kind in kinds or len(kinds) >= MAX_PER_FACT:
            continue
        named = candidate.fact.answer_type not in COUNTED
        answer = fold(candidate.fact.answer)
        if candidate.fact.answer_type in PEOPLE:
            answer = answer.split()[-1]  # "Vell" and "Ivo Vell" are one person
        answer = f"{candidate.fact.sentence}|{answer}"
        if named and answer in answers:
            continue  # one sentence asked twice for the same name tells one fact twice
        if per_sentence.get(candidate.fact.sentence, 0) >= MAX_PER_SENTENCE:
            continue
        folded = fold(question.prompt)
        if folded in prompts:
            continue
        prompts.add(folded)
        kinds.add(kind)
        if named:
            answers.add(answer)
        per_sentence[candidate.fact.sentence] = per_sentence.get(candidate.fact.sentence, 0) + 1
        chosen.append(candidate)
    ids: set[str] = set()
    result = []
    for candidate in sorted(chosen, key=lambda c: (c.fact.sentence, c.question.id)):
        if candidate.question.id not in ids:
            ids.add(candidate.question.id)
            result.append(candidate)
    return result

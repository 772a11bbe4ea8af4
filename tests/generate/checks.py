"""Quality checks shared by the tests of generated packs: each returns the defects it finds."""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz

from quizapp.generate.grammar import MONTHS, NUMBER_WORDS, ORDINALS
from quizapp.packs.model import Pack, PackQuestion, QuestionKind, fold

DIRECT = re.compile(
    r"^(?:[^?]*, )?(?:(?:in|on|at|for|by|from|to|with|during|after|before|since|until|of)\s+)?"
    r"(?:who|whose|what|which|when|where|how many|how old|how much|how long)\b",
    re.IGNORECASE,
)
CITATION = re.compile(r"\[\d+\]")
PRONOUN = re.compile(r"\b(?:she|he|they|him|them)\b", re.IGNORECASE)
# An opening event names the group a later "them" or "they" stands for: "When the crew was
# picked up, who welcomed them home?".
GROUP_EVENT = re.compile(r"^When (?:the |[\w ]+'s? )[\w-]+ (?:was|were) [^,?]+, ")
_MONTH = "(?:" + "|".join(MONTHS) + ")"
_NUMBER_WORD = "(?:" + "|".join(NUMBER_WORDS) + ")"


def shape_of(text: str) -> str:
    """Return the form of an answer: date, year, time, rating, number, ordinal or name."""
    if re.fullmatch(rf"(?:[0-9]{{1,2}} )?{_MONTH} [0-9]{{4}}", text):
        return "date"
    if re.fullmatch(r"[0-9]{4}", text):
        return "year"
    if re.fullmatch(r"[0-9]{1,2}:[0-9]{2}", text):
        return "time"
    if re.fullmatch(rf"(?:[0-9]+|{_NUMBER_WORD}) out of \w+|[0-9.]+/[0-9]+", text, re.I):
        return "rating"
    if re.search(rf"\b(?:{'|'.join(ORDINALS)})\b", text, re.I):
        return "ordinal"
    if re.fullmatch(rf"(?:[A-Za-z]+ )?(?:[0-9][0-9,]*|{_NUMBER_WORD})", text, re.I):
        return "number"
    return "name"


def is_direct(question: PackQuestion) -> bool:
    """Return whether a question asks who/what/which/when/where/how many directly."""
    return question.kind is not QuestionKind.TRUEFALSE and bool(DIRECT.match(question.prompt))


# A question asked in place keeps the text's words and its question word where the answer was:
# "The bridge was designed by which engineer?"
IN_PLACE = re.compile(r"\b(?:whom|which|what|how many)\b[^?]*\?$", re.IGNORECASE)


def is_blank(question: PackQuestion) -> bool:
    """Return whether a question is a fill-in-the-blank, or asked in place like one."""
    asked = question.kind is not QuestionKind.TRUEFALSE
    return "_____" in question.prompt or (asked and not is_direct(question))


def _supported(question: PackQuestion) -> bool:
    source = fold(question.source or "")
    answers = [question.answer_text, *question.accept]
    for answer in answers:
        folded = fold(answer)
        forms = {folded}
        last = folded.split()[-1] if folded.split() else ""
        if last in NUMBER_WORDS:
            forms.add(str(NUMBER_WORDS[last]))
        if any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", source) for f in forms):
            return True
    return False


def defects(pack: Pack) -> list[str]:
    """Return every mechanical defect of a pack, one line each; an empty list is a clean pack."""
    found: list[str] = []
    prompts = Counter(fold(q.prompt) for q in pack.questions)
    for prompt, count in prompts.items():
        if count > 1:
            found.append(f"duplicate prompt x{count}: {prompt}")
    by_answer: dict[str, list[str]] = {}
    for q in pack.questions:
        where = f"{q.id}: {q.prompt}"
        texts = [q.prompt, q.answer_text, *q.wrong, *q.accept, q.explanation or "", q.source or ""]
        if any(CITATION.search(t) for t in texts):
            found.append(f"citation marker left in {where}")
        if not (q.category and q.difficulty and q.explanation and q.source):
            found.append(f"missing category, difficulty, explanation or source: {where}")
        bound = GROUP_EVENT.match(q.prompt)
        unbound = q.prompt[bound.end() :].replace("them", "").replace("they", "") if bound else ""
        if PRONOUN.search(unbound if bound else q.prompt):
            found.append(f"pronoun without a named referent in {where}")
        if q.kind is QuestionKind.TRUEFALSE:
            continue
        answer = fold(q.answer_text)
        if re.search(rf"(?<!\w){re.escape(answer)}(?!\w)", fold(q.prompt)):
            found.append(f"answer in the prompt: {where}")
        if answer in {fold(w) for w in q.wrong}:
            found.append(f"answer among the wrong options: {where}")
        if q.kind is QuestionKind.CHOICE and len(q.wrong) != 3:
            found.append(f"a choice question without three wrong options: {where}")
        for wrong in q.wrong:
            if shape_of(wrong) != shape_of(q.answer_text):
                found.append(f"wrong option {wrong!r} is not a {shape_of(q.answer_text)}: {where}")
            if re.search(rf"(?<!\w){re.escape(fold(wrong))}(?!\w)", fold(q.prompt)):
                found.append(f"wrong option {wrong!r} appears in the prompt: {where}")
        if not _supported(q):
            found.append(f"answer not found in its source: {where}")
        others = by_answer.setdefault(answer, [])
        if any(fuzz.ratio(fold(q.prompt), p) >= 90 for p in others):
            found.append(f"near-duplicate of another question with the same answer: {where}")
        others.append(fold(q.prompt))
    per_source = Counter(q.source for q in pack.questions)
    for source, count in per_source.items():
        if count > 8:
            found.append(f"{count} questions from one sentence: {source}")
    return found


def blank_share(pack: Pack) -> float:
    """Return the share of fill-in-the-blank questions in a pack."""
    return sum(is_blank(q) for q in pack.questions) / len(pack.questions)

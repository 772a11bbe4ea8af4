"""The whole generator: sentences to facts to checked, ranked questions in a native pack."""

from __future__ import annotations

import gc
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import ValidationError
from rapidfuzz import fuzz, process

from quizapp.generate.blanks import blank_facts
from quizapp.generate.errors import FactsError, GenerationCancelledError
from quizapp.generate.facts import RULES, Fact
from quizapp.generate.options import answers_by_pool, wrong_options
from quizapp.generate.registry import Registry, learn
from quizapp.generate.spans import PEOPLE, Pool
from quizapp.generate.text import Sentence, split_sentences
from quizapp.generate.words import (
    NUMBER_WORDS,
    PERSONAL_PRONOUNS,
    WORD_FOR_NUMBER,
    capitalise,
    contains_phrase,
    fold_cached,
)
from quizapp.packs.model import Difficulty, Pack, PackQuestion, QuestionKind
from quizapp.packs.native import describe, dump_pack

MAX_PER_SENTENCE = 8
# Longer "sentences" are lists or run-on text: no rule reads them well, and pattern matching
# on them would cost more than the rest of the text.
MAX_SENTENCE_CHARS = 1000
MAX_BLANK_SHARE = 0.4
NEAR_DUPLICATE = 90


@dataclass(frozen=True)
class UnusedSentence:
    """A sentence that gave no question, and why."""

    sentence: str
    reason: str
    line: int = 0


@dataclass(frozen=True)
class Generation:
    """What the generator made of a text: the pack and the sentences it could not use."""

    pack: Pack
    unused: list[UnusedSentence] = field(default_factory=list)


@dataclass
class _Candidate:
    fact: Fact
    question: PackQuestion
    rank: float
    order: int


def pack_json(pack: Pack) -> str:
    """Return a pack as native JSON text, the same bytes for the same pack."""
    return dump_pack(pack)


def generate_pack(
    text: str,
    *,
    pack_id: str,
    title: str,
    source_name: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Generation:
    """Turn a facts text into a pack of checked questions.

    Args:
        text: The facts text, one or more sentences a line.
        pack_id: The pack id ([a-z0-9-]+).
        title: The pack title.
        source_name: Where the facts come from, credited in the pack description.
        progress: Told (work done, work in all) as the text is read, for a progress bar.
        cancel: Asked as the text is read whether to stop.

    Returns:
        The pack and the sentences that gave no question, each with its reason.

    Raises:
        FactsError: The text holds no sentence a question can be made from.
        GenerationCancelledError: cancel returned True; nothing was made.
    """
    # The generator makes many small objects and no reference cycles worth collecting; the
    # cyclic collector would rescan them all again and again and make long texts quadratic.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _generate(
            text,
            pack_id=pack_id,
            title=title,
            source_name=source_name,
            progress=progress,
            cancel=cancel,
        )
    finally:
        fold_cached.cache_clear()  # a long text's answers need not stay in a GUI's memory
        if collecting:
            gc.enable()


def _generate(
    text: str,
    *,
    pack_id: str,
    title: str,
    source_name: str | None,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> Generation:
    sentences = split_sentences(text)
    if not sentences:
        raise FactsError("the text holds no sentences")
    readable = [s for s in sentences if len(s.text) <= MAX_SENTENCE_CHARS]
    registry = learn(readable)
    facts = _facts(readable, registry, progress, cancel)
    candidates = _candidates(facts, registry)
    chosen = _select(candidates)
    if not chosen:
        raise FactsError(
            "no question could be made from this text: it names no people, titles, dates or "
            "numbers in sentences the generator can read"
        )
    used = {c.fact.sentence.index for c in chosen}
    unused = [
        UnusedSentence(s.text, _why_unused(s, registry), s.line)
        for s in sentences
        if s.index not in used
    ]
    description = f"Facts from {source_name}." if source_name else None
    if source_name and source_name.startswith("Facts from"):
        description = source_name
    try:
        pack = Pack(
            id=pack_id,
            title=title,
            description=description,
            language="en",
            questions=[c.question for c in chosen],
        )
    except ValidationError as exc:
        raise FactsError(f"the pack cannot be made: {describe(exc)}") from exc
    return Generation(pack=pack, unused=unused)


def _facts(
    sentences: list[Sentence],
    registry: Registry,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> list[Fact]:
    found: list[Fact] = []
    for done, sentence in enumerate(sentences):
        if cancel is not None and cancel():
            raise GenerationCancelledError
        if progress is not None:
            progress(done, len(sentences))
        for rule in RULES:
            found.extend(rule(sentence, registry))
        found.extend(blank_facts(sentence, registry))
    if progress is not None:
        progress(len(sentences), len(sentences))
    answers: dict[str, set[str]] = {}
    for fact in found:
        answers.setdefault(f"{fact.shape}|{fact.key or fact.prompt}", set()).add(
            fold_cached(fact.answer)
        )
    narrower = _narrower_roles(found)
    seen: set[str] = set()
    direct_answers: dict[int, set[str]] = {}
    kept: list[Fact] = []
    for fact in found:
        if len(answers[f"{fact.shape}|{fact.key or fact.prompt}"]) > 1 and fact.direct:
            continue  # two different true answers: the question would not be fair
        if fact.shape == "role-who" and fact.key in narrower:
            continue  # "Who was the keeper?" is unfair when there is also an assistant keeper
        if fact.identity in seen or not _fair(fact, registry):
            continue
        seen.add(fact.identity)
        if fact.direct:
            direct_answers.setdefault(fact.sentence.index, set()).add(
                fold_cached(registry.canonical(fact.answer))
            )
        kept.append(fact)
    return [
        f
        for f in kept
        if f.direct
        or fold_cached(registry.canonical(f.answer))
        not in direct_answers.get(f.sentence.index, set())
    ]


def _narrower_roles(facts: list[Fact]) -> set[str]:
    """Return the jobs that another person's job narrows ("keeper" in "assistant keeper")."""
    holders: dict[str, set[str]] = {}
    for fact in facts:
        if fact.shape == "role-who":
            holders.setdefault(fact.key, set()).add(fact.answer)
    return {
        role
        for role, people in holders.items()
        for other, others in holders.items()
        if other.endswith(" " + role) and others - people
    }


def _fair(fact: Fact, registry: Registry) -> bool:
    prompt = fold_cached(fact.prompt)
    if contains_phrase(prompt, fold_cached(fact.answer)):
        return False
    if fact.shape != "who-did" and PERSONAL_PRONOUNS.search(fact.prompt):
        return False
    if re.search(r"\b(?:she|he|they|them|him)\b", fact.prompt, re.I):
        return False
    return _supported(fact.answer, fact.sentence.text, registry)


def _supported(answer: str, source: str, registry: Registry) -> bool:
    haystack = fold_cached(source)
    forms = {fold_cached(answer), fold_cached(registry.canonical(answer))}
    forms.update(fold_cached(a) for a in registry.short_names(answer))
    value = NUMBER_WORDS.get(fold_cached(answer).split()[-1]) if answer.split() else None
    if value is not None:
        forms.add(str(value))
    return any(contains_phrase(haystack, f) for f in forms)


def _candidates(facts: list[Fact], registry: Registry) -> list[_Candidate]:
    found: list[_Candidate] = []
    answers = answers_by_pool(facts)
    for order, fact in enumerate(facts):
        wrong = wrong_options(fact, registry, answers)
        if not fact.typed and len(wrong) == 3 and not _typed_by_turn(fact):
            kind, rank = QuestionKind.CHOICE, 3.0
        elif len(fact.answer.split()) <= 5:
            kind, rank = QuestionKind.TYPED, 2.5
        else:
            continue
        if not fact.direct:
            rank -= 1.5
        try:
            question = _question(fact, kind, wrong, registry)
        except ValidationError:
            continue  # a fact the pack format cannot hold (too long, say) is not asked
        found.append(_Candidate(fact, question, rank, order * 3))
        if fact.statement is None or not fact.direct:
            continue
        truth = zlib.crc32(fact.identity.encode()) % 2 == 0 or not wrong
        for index, value in enumerate((truth, not truth)):
            if not value and not wrong:
                continue
            shown = fact.answer if value else wrong[0]
            statement = fact.statement.replace("{}", _in_sentence(shown, fact))
            try:
                question = _truefalse(fact, statement, value, registry)
            except ValidationError:
                continue
            found.append(_Candidate(fact, question, 1.5 - index, order * 3 + 1 + index))
    return found


def _typed_by_turn(fact: Fact) -> bool:
    """Ask one in four questions about a person as typed, where a surname alone also counts."""
    if fact.pool not in PEOPLE or not fact.accept or not fact.direct:
        return False
    return zlib.crc32(fact.identity.encode()) % 4 == 0


def _in_sentence(value: str, fact: Fact) -> str:
    """Return an answer as it reads inside a statement: "three days", "the harbour"."""
    if fact.statement is None or fact.statement.startswith("{}"):
        return value
    first = value.split()[0].lower() if value.split() else ""
    lower_article = first == "the" and fact.pool is not Pool.ORG
    if (
        fact.pool is Pool.ROLE
        or first in NUMBER_WORDS
        or first in ("over", "about")
        or lower_article
    ):
        return value[0].lower() + value[1:]
    return value


def _question(fact: Fact, kind: QuestionKind, wrong: list[str], registry: Registry) -> PackQuestion:
    accept: list[str] = []
    if kind is QuestionKind.TYPED:
        accept = [a for a in fact.accept if fold_cached(a) != fold_cached(fact.answer)]
        full = registry.canonical(fact.answer)
        if fact.pool is Pool.CHARACTER and len(full.split()) == 2 and not full.startswith("Mr"):
            accept.extend(full.split())  # a character goes by either name
        if full != fact.answer:
            accept.append(full)
        accept.extend(_number_forms(fact.answer))
        accept = list(dict.fromkeys(accept))
    prompt = fact.prompt if fact.direct else f"Fill in the blank: {fact.prompt}"
    return PackQuestion(
        id=_id(fact.shape, prompt),
        kind=kind,
        prompt=prompt,
        answer=fact.answer,
        wrong=wrong if kind is QuestionKind.CHOICE else [],
        accept=accept,
        category=fact.category,
        difficulty=_difficulty(kind, fact, registry),
        explanation=_true_statement(fact) or fact.sentence.explanation,
        source=fact.sentence.explanation,
    )


def _truefalse(fact: Fact, statement: str, value: bool, registry: Registry) -> PackQuestion:
    true_statement = (fact.statement or "").replace("{}", fact.answer)
    return PackQuestion(
        id=_id(f"tf-{fact.shape}", true_statement + (" true" if value else " false")),
        kind=QuestionKind.TRUEFALSE,
        prompt=f"True or false: {statement}",
        answer=value,
        category=fact.category,
        difficulty=_difficulty(QuestionKind.TRUEFALSE, fact, registry),
        # A false statement is explained by the true one; a true one by its whole sentence.
        explanation=(None if value else _true_statement(fact)) or fact.sentence.explanation,
        source=fact.sentence.explanation,
    )


def _true_statement(fact: Fact) -> str | None:
    """Return the fact as one plain sentence, the right answer in its place."""
    if fact.statement is None or not fact.direct:
        return None
    return capitalise(fact.statement.replace("{}", _in_sentence(fact.answer, fact)))


def _number_forms(answer: str) -> list[str]:
    words = answer.split()
    value = NUMBER_WORDS.get(words[-1].lower()) if words else None
    if value is not None:
        return [" ".join([*words[:-1], str(value)])]
    if words and words[-1].isdigit() and int(words[-1]) in WORD_FOR_NUMBER:
        return [" ".join([*words[:-1], WORD_FOR_NUMBER[int(words[-1])]])]
    return []


def _id(shape: str, text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold_cached(text)).strip("-")
    words = slug.split("-")
    short = "-".join(words[:10])[:64].strip("-")
    digest = zlib.crc32(text.encode()) % 0x10000
    return f"{shape}-{short}-{digest:04x}"


def _difficulty(kind: QuestionKind, fact: Fact, registry: Registry) -> Difficulty:
    """Rate a question by how it is answered and how often the text mentions its answer.

    True/false is easy. A typed question or a blank is hard. A choice is easy when the text
    mentions its answer three or more times, and medium otherwise.
    """
    if kind is QuestionKind.TRUEFALSE:
        return Difficulty.EASY
    if kind is QuestionKind.TYPED or not fact.direct:
        return Difficulty.HARD
    mentions = registry.mentions.get(registry.canonical(fact.answer), 1)
    return Difficulty.EASY if mentions >= 3 else Difficulty.MEDIUM


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    ranked = sorted(candidates, key=lambda c: (-c.rank, c.fact.sentence.index, c.order))
    per_sentence: dict[int, int] = {}
    per_fact: dict[str, int] = {}
    per_blank: dict[int, int] = {}
    prompts: set[str] = set()
    by_answer: dict[str, list[str]] = {}
    chosen: list[_Candidate] = []
    for candidate in ranked:
        question = candidate.question
        index = candidate.fact.sentence.index
        if per_sentence.get(index, 0) >= MAX_PER_SENTENCE:
            continue
        if candidate.rank < 1 and per_sentence.get(index, 0) >= 3:
            continue  # the second true/false of a fact only fills a sentence with little else
        if not candidate.fact.direct and per_blank.get(index, 0) >= _blanks_allowed(candidate):
            continue
        folded = fold_cached(question.prompt)
        if folded in prompts:
            continue
        answer = fold_cached(question.answer_text)
        same_answer = (
            by_answer.get(answer, []) if question.kind is not QuestionKind.TRUEFALSE else []
        )
        if process.extractOne(folded, same_answer, scorer=fuzz.ratio, score_cutoff=NEAR_DUPLICATE):
            continue
        if per_fact.get(candidate.fact.identity, 0) >= 2:
            continue
        prompts.add(folded)
        by_answer.setdefault(answer, []).append(folded)
        per_sentence[index] = per_sentence.get(index, 0) + 1
        per_fact[candidate.fact.identity] = per_fact.get(candidate.fact.identity, 0) + 1
        if not candidate.fact.direct:
            per_blank[index] = per_blank.get(index, 0) + 1
        chosen.append(candidate)
    chosen = _limit_blanks(chosen)
    ids: set[str] = set()
    result = []
    for candidate in sorted(chosen, key=lambda c: (c.fact.sentence.index, c.order)):
        if candidate.question.id in ids:
            continue
        ids.add(candidate.question.id)
        result.append(candidate)
    return result


def _blanks_allowed(candidate: _Candidate) -> int:
    """Blanks one sentence may give: one in a long list of names, where more read as drill."""
    names = candidate.fact.sentence.text.count(",")
    return 1 if names >= 4 else 2


def _limit_blanks(chosen: list[_Candidate]) -> list[_Candidate]:
    blanks = [c for c in chosen if not c.fact.direct]
    others = len(chosen) - len(blanks)
    allowed = int(others * MAX_BLANK_SHARE / (1 - MAX_BLANK_SHARE))
    if len(blanks) <= allowed:
        return chosen
    keep = {id(c) for c in blanks[:allowed]}
    return [c for c in chosen if c.fact.direct or id(c) in keep]


def _why_unused(sentence: Sentence, registry: Registry) -> str:
    if len(sentence.text) > MAX_SENTENCE_CHARS:
        return f"it is longer than {MAX_SENTENCE_CHARS} characters; split it into sentences"
    if sentence.cut_start:
        first = sentence.text.split()[0]
        return f'the line starts inside a name that was cut off ("{first} ...")'
    unnamed = re.match(r"^(?:The|This|That) ([a-z]+)'s\b", sentence.text)
    if unnamed is not None:
        return f'it is about "the {unnamed.group(1)}", which the text never names'
    pronoun = re.search(r"\b(She|He|They|she|he|they)\b", sentence.text)
    if pronoun is not None and not re.search(r"[A-Z][a-z]+ [A-Z][a-z]+", sentence.text):
        return f'its subject is "{pronoun.group(1)}", whose referent the text never names'
    return "it holds no name, date, number or title that a question can ask about fairly"

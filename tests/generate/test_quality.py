"""Properties of whole generated packs: the shipped pack, the development texts, our own texts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.generate import Generation, generate_pack, pack_json
from quizapp.generate.nlp import model_info
from quizapp.packs.model import QuestionKind, fold
from tests.generate.checks import IN_PLACE, blank_share, defects, is_direct

ROOT = Path(__file__).resolve().parents[2]
FACTS = ROOT / "questions" / "heartstopper.txt"
SHIPPED = ROOT / "questions" / "heartstopper.json"
DATA = Path(__file__).parent / "data"
DEV_TEXTS = sorted(
    p
    for up in (ROOT.parent, ROOT.parent.parent)
    for p in (up / "shared" / "facts" / "dev").glob("*.txt")
)
CREDIT = "Facts from Wikipedia's article on Heartstopper (TV series), CC BY-SA 4.0"
TEXTS = [DATA / "lighthouse.txt", DATA / "band.txt", *DEV_TEXTS]


@pytest.fixture(scope="module")
def shipped() -> Generation:
    return generate_pack(
        FACTS.read_text(encoding="utf-8"),
        pack_id="heartstopper",
        title="Heartstopper",
        source_name=CREDIT,
    )


@pytest.fixture(scope="module", params=TEXTS, ids=lambda p: p.stem)
def generated(request: pytest.FixtureRequest) -> Generation:
    path: Path = request.param
    return generate_pack(path.read_text(encoding="utf-8"), pack_id="t", title=path.stem)


def test_shipped_pack_regenerates_byte_for_byte(shipped: Generation) -> None:
    assert pack_json(shipped.pack) == SHIPPED.read_text(encoding="utf-8")


def test_shipped_pack_credits_the_facts_and_names_generator_and_model(
    shipped: Generation,
) -> None:
    name, version = model_info()
    assert shipped.pack.description == CREDIT
    assert shipped.pack.author is not None
    assert name in shipped.pack.author
    assert version in shipped.pack.author


def test_generating_twice_gives_the_same_bytes() -> None:
    text = (DATA / "lighthouse.txt").read_text(encoding="utf-8")
    first = generate_pack(text, pack_id="a", title="A").pack
    second = generate_pack(text, pack_id="a", title="A").pack
    assert pack_json(first) == pack_json(second)


def test_pack_has_no_mechanical_defect(generated: Generation) -> None:
    assert defects(generated.pack) == []


def test_pack_asks_directly_and_keeps_blanks_rare(generated: Generation) -> None:
    questions = generated.pack.questions
    asked = [q for q in questions if q.kind is not QuestionKind.TRUEFALSE]
    assert asked
    assert all(is_direct(q) or IN_PLACE.search(q.prompt) for q in asked)
    assert blank_share(generated.pack) <= 0.25


def test_every_option_is_of_the_answer_form(generated: Generation) -> None:
    for question in generated.pack.questions:
        if question.kind is not QuestionKind.CHOICE:
            continue
        has_digit = bool(re.search(r"\d", question.answer_text))
        for wrong in question.wrong:
            assert bool(re.search(r"\d", wrong)) == has_digit, question.prompt


def test_no_two_questions_ask_the_same_prompt(generated: Generation) -> None:
    prompts = [fold(q.prompt) for q in generated.pack.questions]
    assert len(prompts) == len(set(prompts))


def test_ids_survive_a_new_sentence_before_and_after(shipped: Generation) -> None:
    text = FACTS.read_text(encoding="utf-8")
    before = {q.id for q in shipped.pack.questions}
    added = "In May 2023, the next season was announced by the showrunner Jane Doe.\n"
    for changed in (text.rstrip("\n") + "\n" + added, added + text):
        pack = generate_pack(changed, pack_id="h", title="Heartstopper").pack
        after = {q.id for q in pack.questions}
        assert len(before & after) >= 0.9 * len(before)

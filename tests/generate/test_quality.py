"""Quality of whole generated packs: the shipped Heartstopper pack and a second facts text."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from quizapp.generate import Generation, generate_pack, pack_json
from quizapp.generate.text import split_sentences
from quizapp.packs.model import QuestionKind
from tests.generate.checks import blank_share, defects, is_direct

ROOT = Path(__file__).resolve().parents[2]
FACTS = ROOT / "questions" / "heartstopper.txt"
SHIPPED = ROOT / "questions" / "heartstopper.json"
LIGHTHOUSE = Path(__file__).parent / "data" / "lighthouse.txt"
CREDIT = "Facts from Wikipedia's article on Heartstopper (TV series), CC BY-SA 4.0"


@pytest.fixture(scope="module")
def shipped() -> Generation:
    return generate_pack(
        FACTS.read_text(encoding="utf-8"),
        pack_id="heartstopper",
        title="Heartstopper",
        source_name=CREDIT,
    )


@pytest.fixture(scope="module")
def lighthouse() -> Generation:
    return generate_pack(
        LIGHTHOUSE.read_text(encoding="utf-8"), pack_id="lighthouse", title="Carrick Head"
    )


def test_shipped_pack_regenerates_byte_for_byte(shipped: Generation) -> None:
    assert pack_json(shipped.pack) == SHIPPED.read_text(encoding="utf-8")


def test_generating_twice_gives_the_same_bytes() -> None:
    text = LIGHTHOUSE.read_text(encoding="utf-8")
    first = generate_pack(text, pack_id="a", title="A").pack
    second = generate_pack(text, pack_id="a", title="A").pack
    assert pack_json(first) == pack_json(second)


def test_shipped_pack_header_credits_the_facts(shipped: Generation) -> None:
    assert shipped.pack.id == "heartstopper"
    assert shipped.pack.title == "Heartstopper"
    assert shipped.pack.language == "en"
    assert shipped.pack.description == CREDIT


def test_shipped_pack_has_no_mechanical_defect(shipped: Generation) -> None:
    assert defects(shipped.pack) == []


def test_shipped_pack_meets_the_numbers(shipped: Generation) -> None:
    questions = shipped.pack.questions
    assert len(questions) >= 120
    assert sum(is_direct(q) for q in questions) >= 60
    assert blank_share(shipped.pack) <= 0.4
    kinds = Counter(q.kind for q in questions)
    assert all(kinds[kind] >= 10 for kind in QuestionKind)
    assert len({q.source for q in questions}) >= 25


def test_true_false_questions_are_balanced(shipped: Generation) -> None:
    answers = Counter(q.answer for q in shipped.pack.questions if q.kind is QuestionKind.TRUEFALSE)
    assert answers[True] >= 10
    assert answers[False] >= 10


def test_every_sentence_gives_a_question_or_a_reason(shipped: Generation) -> None:
    sentences = split_sentences(FACTS.read_text(encoding="utf-8"))
    used = {q.source for q in shipped.pack.questions}
    unused = {u.sentence: u.reason for u in shipped.unused}
    for sentence in sentences:
        assert sentence.explanation in used or unused.get(sentence.text), sentence.text
    assert len(unused) <= 4
    assert all(len(reason) > 20 for reason in unused.values())


def test_cut_off_name_is_listed_with_its_reason(shipped: Generation) -> None:
    reasons = [u.reason for u in shipped.unused if u.sentence.startswith("Club gave")]
    assert reasons == ['the line starts inside a name that was cut off ("Club ...")']


def test_ids_are_stable_and_readable(shipped: Generation) -> None:
    ids = [q.id for q in shipped.pack.questions]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids)
    assert any(i.startswith("plays-who-plays-charlie-spring") for i in ids)


def test_difficulty_spreads_over_all_levels(shipped: Generation) -> None:
    levels = Counter(q.difficulty for q in shipped.pack.questions)
    assert len(levels) == 3
    assert all(count >= 10 for count in levels.values())


def test_second_text_has_no_mechanical_defect(lighthouse: Generation) -> None:
    assert defects(lighthouse.pack) == []


def test_second_text_gives_many_direct_questions(lighthouse: Generation) -> None:
    questions = lighthouse.pack.questions
    assert len(questions) >= 50
    assert sum(is_direct(q) for q in questions) >= 25
    assert blank_share(lighthouse.pack) <= 0.4
    sentences = split_sentences(LIGHTHOUSE.read_text(encoding="utf-8"))
    assert len({q.source for q in questions}) >= len(sentences) - 2


def test_second_text_asks_where_when_and_how_many(lighthouse: Generation) -> None:
    prompts = [q.prompt for q in lighthouse.pack.questions]
    for start in ("Where ", "When ", "How many ", "In which year ", "Who designed"):
        assert any(p.startswith(start) for p in prompts), start


def test_ids_survive_a_new_sentence_before_and_after(shipped: Generation) -> None:
    text = FACTS.read_text(encoding="utf-8")
    before = {q.id for q in shipped.pack.questions}
    added = "In May 2023, the next season was announced by the showrunner Jane Doe.\n"
    for changed in (text.rstrip("\n") + "\n" + added, added + text):
        after = {q.id for q in generate_pack(changed, pack_id="h", title="H").pack.questions}
        assert before <= after


def test_third_text_about_a_band_is_clean() -> None:
    text = (Path(__file__).parent / "data" / "band.txt").read_text(encoding="utf-8")
    pack = generate_pack(text, pack_id="band", title="Band").pack
    assert defects(pack) == []
    assert len(pack.questions) >= 35
    prompts = [q.prompt for q in pack.questions]
    for expected in (
        "Who was the drummer?",
        "What number did the album reach on the Irish Albums Chart?",
        "How many studio albums has the band released?",
        "When did the band announce a tour of 32 cities across Europe and North America?",
    ):
        assert expected in prompts

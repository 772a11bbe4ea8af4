import random
from collections import Counter
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select, text

from quizapp.core.kinds import Difficulty, QuestionKind
from quizapp.core.model import PackId, Question, QuestionPool
from quizapp.core.modes import CLASSIC, MISTAKES, TYPED
from quizapp.core.round import RoundPlay
from quizapp.core.round_setup import MAX_ROUND_LENGTH
from quizapp.errors import NothingToDrawError
from quizapp.packs import PackHeader, PackQuestion
from quizapp.store import Collection, StoreError
from quizapp.store.models import AnswerRow
from tests.conftest import PackFactory, choice_question, facts_asked
from tests.store.conftest import execute, pack_of, play, questions_of


@pytest.fixture
def twelve(collection: Collection, pack_file: PackFactory) -> Collection:
    with collection as opened:
        opened.packs.sync_shipped(pack_file().parent)
        yield opened


def answer_all(collection: Collection, name: str, count: int, answered: int | None = None) -> list:
    player = collection.players.for_name(name)
    round_id, questions = collection.rounds.start(
        player.id, pack_of(collection), count, rng=random.Random(len(name))
    )
    round_play = RoundPlay(round_id, questions, collection.rounds)
    for question in questions[:answered]:
        round_play.answer(question.answer)
        round_play.advance()
    return [q.id for q in questions]


def test_no_question_repeats_until_the_pool_is_exhausted(twelve: Collection) -> None:
    first = answer_all(twelve, "Ann", 5)
    second = answer_all(twelve, "Ann", 5)
    third = answer_all(twelve, "Ann", 5)
    everything = {q.id for q in questions_of(twelve, pack_of(twelve))}
    assert len(set(first)) == len(set(second)) == len(set(third)) == 5
    assert not set(first) & set(second)
    left_over = everything - set(first) - set(second)
    assert len(left_over) == 2
    # The last two unseen questions come first; the pool then starts again for the rest.
    assert left_over <= set(third)
    fourth = answer_all(twelve, "Ann", 5)
    assert not set(fourth) & set(third), "a new pass has begun: this pass's seen stay out"


def test_every_question_comes_once_per_pass(twelve: Collection) -> None:
    seen = [q for _ in range(4) for q in answer_all(twelve, "Ann", 3)]
    assert sorted(seen) == sorted(q.id for q in questions_of(twelve, pack_of(twelve)))


def test_players_have_their_own_unseen_questions(twelve: Collection) -> None:
    ann = answer_all(twelve, "Ann", 10)
    bo = answer_all(twelve, "Bo", 10)
    assert len(set(ann) & set(bo)) >= 8


def test_questions_drawn_but_not_answered_stay_unseen(twelve: Collection) -> None:
    first = answer_all(twelve, "Ann", 10, answered=2)
    second = answer_all(twelve, "Ann", 10)
    assert set(first[2:]) <= set(second)
    assert not set(first[:2]) & set(second)


def test_a_category_filter_limits_the_pool(twelve: Collection) -> None:
    player = twelve.players.add("Ann")
    pool = QuestionPool.of(pack_of(twelve), categories=["Cast"])
    drawn = twelve.rounds.draw(pool, 10, CLASSIC, player_id=player.id)
    assert len(drawn) == 6
    assert {q.category for q in drawn} == {"Cast"}


LEVELS = ("easy", "medium", "hard")


@pytest.fixture
def shelves(collection: Collection, pack_file: PackFactory) -> Collection:
    """Three packs of 12: categories Cast and Production in turn, difficulties in turn."""
    folder = pack_file().parent
    for slug in ("space", "oceans", "hills"):
        questions = [
            choice_question(n, id=f"{slug}{n}", prompt=f"{slug} {n}?", difficulty=LEVELS[n % 3])
            for n in range(1, 13)
        ]
        pack_file(folder, pack_id=slug, title=slug.title(), questions=questions)
    (folder / "heartstopper.json").unlink()
    collection.packs.sync_shipped(folder)
    return collection


def pack_ids(collection: Collection, *slugs: str) -> list[PackId]:
    packs = {p.slug: p.id for p in collection.packs.all()}
    return [packs[slug] for slug in slugs]


@pytest.mark.parametrize("seed", range(5))
def test_set_up_filters_draw_only_what_they_should(shelves: Collection, seed: int) -> None:
    space, oceans = pack_ids(shelves, "space", "oceans")
    player = shelves.players.add("Ann").id
    rng = random.Random(seed)

    def drawn(count: int, **choice: object) -> list[Question]:
        pool = QuestionPool.of([space, oceans], **choice)  # type: ignore[arg-type]
        return shelves.rounds.draw(pool, count, CLASSIC, rng, player_id=player)

    both = drawn(20)
    assert len(both) == len({q.id for q in both}) == 20
    assert {q.pack_id for q in both} == {space, oceans}
    cast = drawn(20, categories=["Cast"])
    assert len(cast) == 12
    assert {q.category for q in cast} == {"Cast"}
    easy = drawn(20, difficulties=["easy"])
    assert len(easy) == 8
    assert {q.difficulty for q in easy} == {Difficulty.EASY}
    narrow = drawn(20, categories=["Production"], difficulties=["hard", "medium"])
    assert {(q.category, q.difficulty) for q in narrow} <= {
        ("Production", Difficulty.HARD),
        ("Production", Difficulty.MEDIUM),
    }
    # 2, 4, 6, 8, 10, 12: the even numbers are Production; 4, 8 are medium, 6, 12 hard.
    assert len(narrow) == 8
    assert len(drawn(5, categories=["Cast"])) == 5


def test_several_packs_share_a_round_and_a_short_pack_is_made_up_for(
    shelves: Collection,
) -> None:
    packs = pack_ids(shelves, "space", "oceans", "hills")
    tiny = shelves.packs.add(
        PackHeader(id="tiny", title="Tiny"),
        [PackQuestion.model_validate(choice_question(n, id=f"tiny{n}")) for n in (1, 2)],
    )
    for seed in range(6):
        rng = random.Random(seed)
        even = shelves.rounds.draw(QuestionPool.of(packs), 9, CLASSIC, rng)
        assert Counter(q.pack_id for q in even) == dict.fromkeys(packs, 3)
        short = shelves.rounds.draw(QuestionPool.of([packs[0], tiny.id]), 10, CLASSIC, rng)
        assert Counter(q.pack_id for q in short) == {tiny.id: 2, packs[0]: 8}
        assert len({q.id for q in short}) == 10


def test_a_round_never_repeats_a_question_even_as_its_pool_starts_afresh(
    shelves: Collection,
) -> None:
    packs = pack_ids(shelves, "space", "oceans", "hills")
    player = shelves.players.add("Ann").id
    pool = QuestionPool.of(packs, categories=["Cast"])
    for seed in range(6):
        round_id, questions = shelves.rounds.start(
            player, pool, 7, mode=CLASSIC, rng=random.Random(seed)
        )
        ids = [q.id for q in questions]
        assert len(ids) == len(set(ids)) == 7
        play = RoundPlay(round_id, questions, shelves.rounds)
        for question in questions:
            play.answer(question.answer)
            play.advance()


def test_a_round_of_several_packs_is_listed_under_their_titles(shelves: Collection) -> None:
    space, hills = pack_ids(shelves, "space", "hills")
    player = shelves.players.add("Ann").id
    round_id, _ = shelves.rounds.start(player, QuestionPool.of([space, hills]), 5)
    assert shelves.rounds.record(round_id).pack_title in ("Space + Hills", "Hills + Space")
    alone, _ = shelves.rounds.start(player, QuestionPool.of(space), 5)
    assert shelves.rounds.record(alone).pack_title == "Space"


def test_a_pool_counts_its_categories_and_difficulties(shelves: Collection) -> None:
    space, oceans = pack_ids(shelves, "space", "oceans")
    summary = shelves.rounds.summary(QuestionPool.of([space, oceans], categories=["Cast"]))
    assert summary.size == 12
    # Categories are counted whatever categories are chosen; difficulties within them.
    assert summary.categories == (("Cast", 12), ("Production", 12))
    assert summary.difficulties == (
        (Difficulty.EASY, 4),
        (Difficulty.MEDIUM, 4),
        (Difficulty.HARD, 4),
    )


def test_a_category_gone_or_a_pack_deleted_is_said_and_nothing_is_stored(
    shelves: Collection,
) -> None:
    space, oceans = pack_ids(shelves, "space", "oceans")
    player = shelves.players.add("Ann").id
    with pytest.raises(
        NothingToDrawError, match="no questions for a Classic round in the category chosen"
    ):
        shelves.rounds.start(player, QuestionPool.of(space, categories=["Weather"]), 10)
    shelves.packs.delete(oceans)
    with pytest.raises(StoreError, match="A pack chosen for this round no longer exists"):
        shelves.rounds.start(player, QuestionPool.of([space, oceans]), 10)
    assert shelves.rounds.of_player(player) == []


def test_practise_mistakes_draws_what_was_missed(bank: Collection) -> None:
    play(bank, "Ann", "RWRW")
    ann = bank.players.named("Ann")
    assert ann is not None
    missed = bank.rounds.draw(pack_of(bank), 10, MISTAKES, player_id=ann.id)
    assert sorted(q.prompt for q in missed) == ["Question number 2?", "Question number 4?"]
    # Right now, both move to box 2 and wait a day.
    play(bank, "Ann", "RR", count=10, mode=MISTAKES)
    with pytest.raises(StoreError, match="Nothing to practise"):
        bank.rounds.draw(pack_of(bank), 10, MISTAKES, player_id=ann.id)
    with bank._engine.begin() as conn:
        answered = conn.execute(select(AnswerRow.id, AnswerRow.answered_at)).all()
        conn.execute(
            text("UPDATE answer SET answered_at = :moment WHERE id = :id"),
            [{"id": i, "moment": moment - timedelta(days=1)} for i, moment in answered],
        )
    again = bank.rounds.draw(pack_of(bank), 10, MISTAKES, player_id=ann.id)
    assert sorted(q.prompt for q in again) == ["Question number 2?", "Question number 4?"]


def test_practise_mistakes_without_mistakes_says_so(bank: Collection) -> None:
    play(bank, "Ann", "RRRR")
    ann = bank.players.named("Ann")
    assert ann is not None
    with pytest.raises(StoreError, match="Nothing to practise"):
        bank.rounds.start(ann.id, pack_of(bank), 10, mode=MISTAKES)


def test_history_stays_readable_after_its_questions_are_replaced(
    bank: Collection, pack_file: PackFactory
) -> None:
    round_id = play(bank, "Ann", "RWRR")
    bank.packs.sync_shipped(pack_file(questions=[choice_question(9)]).parent)
    record = bank.rounds.record(round_id)
    assert [a.prompt for a in record.answers][:2] == ["Question number 1?", "Question number 2?"]
    assert record.pack_title == "Heartstopper"
    ann = bank.players.named("Ann")
    assert ann is not None
    assert bank.stats.player_statistics(ann.id).answered == 4


def test_history_and_statistics_stay_readable_after_the_pack_is_deleted(
    bank: Collection,
) -> None:
    round_id = play(bank, "Ann", "RWRR")
    execute(bank, "DELETE FROM pack")
    record = bank.rounds.record(round_id)
    assert (record.pack_title, record.score, len(record.answers)) == ("Heartstopper", 3100, 4)
    assert record.answers[1].right_answer == "Right 2"
    ann = bank.players.named("Ann")
    assert ann is not None
    stats = bank.stats.player_statistics(ann.id)
    assert (stats.answered, stats.correct, stats.rounds_finished) == (4, 3, 1)
    assert [row.round_id for row in bank.stats.high_scores()] == [round_id]


def test_a_mistake_comes_back_as_it_was_last_missed_typed_or_picked(bank: Collection) -> None:
    play(bank, "Ann", "WW")
    play(bank, "Ann", "W", mode=TYPED)
    drawn = bank.rounds.draw(pack_of(bank), 4, MISTAKES, player_id=bank.players.for_name("Ann").id)
    kinds = {q.prompt: q.kind for q in drawn}
    assert kinds == {
        "Question number 1?": QuestionKind.TYPED,
        "Question number 2?": QuestionKind.CHOICE,
    }


@pytest.mark.parametrize(
    ("facts", "ways"),
    [
        # Ten facts, each asked eight ways: a round of ten meets each fact once.
        (range(10), 8),
        # Four facts, each asked three ways: a round of ten is cut short to four rather than
        # ask one fact twice.
        (range(1, 5), 3),
    ],
)
def test_a_round_takes_one_question_per_fact(
    collection: Collection, pack_file: PackFactory, facts: range, ways: int
) -> None:
    with collection as opened:
        opened.packs.sync_shipped(pack_file(questions=facts_asked(facts, ways)).parent)
        player = opened.players.for_name("Ann")
        for seed in range(40):
            _, drawn = opened.rounds.start(player.id, pack_of(opened), 10, rng=random.Random(seed))
            assert sorted(q.source or "" for q in drawn) == sorted(
                f"Fact sentence {fact}." for fact in facts
            )


@pytest.mark.parametrize(
    ("questions", "facts"),
    [
        # Three facts asked twice, and two questions from no sentence: five per round.
        (facts_asked(range(3), 2) + [choice_question(100), choice_question(101)], 5),
        # More facts than the longest round: counted up to that round only.
        (facts_asked(range(60), 2), MAX_ROUND_LENGTH),
    ],
)
def test_a_pool_says_how_many_questions_one_round_can_ask(
    collection: Collection, pack_file: PackFactory, questions: list[dict[str, Any]], facts: int
) -> None:
    with collection as opened:
        opened.packs.sync_shipped(pack_file(questions=questions).parent)
        summary = opened.rounds.summary(QuestionPool.of([pack_of(opened)]))
        assert (summary.size, summary.facts) == (len(questions), facts)


def test_practise_mistakes_takes_one_question_per_fact(
    collection: Collection, pack_file: PackFactory
) -> None:
    # Three facts, each asked two ways, all missed over two rounds of three: a practice
    # round meets each fact once.
    questions = facts_asked(range(1, 4), 2)
    with collection as opened:
        opened.packs.sync_shipped(pack_file(questions=questions).parent)
        play(opened, "Ann", "WWW", count=6)
        play(opened, "Ann", "WWW", count=6)
        ann = opened.players.for_name("Ann")
        drawn = opened.rounds.draw(pack_of(opened), 10, MISTAKES, player_id=ann.id)
        assert sorted(q.source or "" for q in drawn) == [
            f"Fact sentence {fact}." for fact in range(1, 4)
        ]

"""Choosing the questions of a pack: how many per fact, which rank first, what a round meets.

Texts here are written for these tests.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

from quizapp.generate import generate_pack, pack_json
from quizapp.generate.options import is_rating
from quizapp.generate.ranking import (
    MAX_BLANK_SHARE,
    MAX_IN_PLACE_SHARE,
    MAX_PER_SENTENCE,
    Candidate,
    select,
)
from quizapp.generate.shapes import Fact
from quizapp.packs.model import Difficulty, Pack, PackQuestion, QuestionKind
from quizapp.store import Collection

STORY = (
    "Tidewater is a drama series created by Nell Orrin. "
    "The story follows Mara Quill (Tessa Lorne), a young pilot who has lost her ship. "
    "Ivo Pask plays her father Dov, and Gilda Farrow plays her sister Wren. "
    "Hugo Marten plays the harbour master Bram, who lost his boat in a storm. "
    "Lida Senn plays the innkeeper Lise Corran. "
    "Owen Brack plays the smuggler Tobin Reyes. "
    "The series was filmed in Port Vesh and on the island of Carrow. "
    "The first series was broadcast on 3 March 2019 on Channel Nine. "
    "Its six episodes were watched by 4.2 million viewers. "
    "The theme tune was written by the composer Dana Holt. "
    "The series won the Golden Gull award in 2020. "
    "The second series began in May 2021 and ended in July 2021. "
    "The critic Pim Osk praised the first series."
)


def fact(key: str, sentence: int, answer: str = "Tessa Lorne", kind: str = "actor") -> Fact:
    return Fact(
        shape="subject",
        sentence=sentence,
        source=f"Sentence {sentence}.",
        prompt=f"Who did {key}?",
        answer=answer,
        answer_type=kind,
        statement=f"{answer} did {key}.",
        key=key,
    )


def candidate(fact: Fact, kind: QuestionKind, rank: float, prompt: str | None = None) -> Candidate:
    question = PackQuestion(
        id=f"{fact.key}-{kind.value}-{rank}",
        kind=kind,
        prompt=prompt or (fact.prompt if kind is not QuestionKind.TRUEFALSE else fact.statement),
        answer=True if kind is QuestionKind.TRUEFALSE else fact.answer,
        wrong=["Sela Vance", "Corin Abbot", "Pell Ferro"] if kind is QuestionKind.CHOICE else [],
        difficulty=Difficulty.MEDIUM,
        source=fact.source,
    )
    return Candidate(fact, question, rank)


def test_a_fact_is_asked_once_directly_and_stated_once_true_or_false() -> None:
    one = fact("open the inn", 0)
    chosen = select(
        [
            candidate(one, QuestionKind.CHOICE, 4.0),
            candidate(one, QuestionKind.TYPED, 3.9, "Who, in the end, did open the inn?"),
            candidate(one, QuestionKind.TRUEFALSE, 3.5),
        ]
    )
    assert sorted(c.question.kind.value for c in chosen) == ["choice", "truefalse"]


def test_a_statement_alone_is_not_asked_without_its_fact() -> None:
    asked = fact("open the inn", 0)
    stated_only = fact("close the inn", 1, answer="Owen Brack")
    chosen = select(
        [
            candidate(asked, QuestionKind.CHOICE, 4.0),
            candidate(asked, QuestionKind.TRUEFALSE, 3.5),
            candidate(stated_only, QuestionKind.TRUEFALSE, 3.6),
        ]
    )
    assert [(c.fact.key, c.question.kind) for c in chosen if c.fact.key == "close the inn"] == []
    assert len(chosen) == 2


def test_one_fact_is_not_asked_both_ways() -> None:
    plays = fact("cast", 0, answer="Tessa Lorne")
    played = Fact(**{**plays.__dict__, "answer": "Mara Quill", "answer_type": "character"})
    chosen = select(
        [
            candidate(plays, QuestionKind.CHOICE, 4.0, "Who plays Mara Quill?"),
            candidate(
                fact("cast again", 3, answer="Mara Quill", kind="character"),
                QuestionKind.CHOICE,
                3.8,
                "Which character does Tessa Lorne play?",
            ),
            candidate(played, QuestionKind.TYPED, 3.5, "Whom does Tessa Lorne play?"),
        ]
    )
    assert [c.question.prompt for c in chosen] == ["Who plays Mara Quill?"]


def test_a_sentence_asks_at_most_its_share_of_facts_the_best_first() -> None:
    facts = [fact(f"fact {i}", 0, answer=f"Name{i} Person{i}") for i in range(9)]
    chosen = select([candidate(f, QuestionKind.CHOICE, 4.0 + i / 10) for i, f in enumerate(facts)])
    assert len(chosen) == MAX_PER_SENTENCE
    assert {c.fact.key for c in chosen} == {f"fact {i}" for i in range(9 - MAX_PER_SENTENCE, 9)}


def test_a_question_too_weak_to_ask_is_left_out() -> None:
    weak = fact("sweep the floor", 0)
    strong = fact("sail the ship", 1)
    chosen = select(
        [candidate(weak, QuestionKind.CHOICE, 1.5), candidate(strong, QuestionKind.CHOICE, 3.5)]
    )
    assert [c.fact.key for c in chosen] == ["sail the ship"]


def test_a_prompt_that_tells_another_questions_answer_is_not_chosen_beside_it() -> None:
    decorator = fact("set decorator", 0, answer="Una Brisk", kind="person")
    asked = candidate(decorator, QuestionKind.CHOICE, 4.0, "Who was the set decorator?")
    telling = candidate(
        fact("work with", 1, answer="Ivo Vell", kind="person"),
        QuestionKind.CHOICE,
        3.0,
        "Which designer worked with the set decorator Una Brisk?",
    )
    assert select([asked, telling]) == [asked]


def test_fill_in_the_blank_stays_at_most_a_quarter_of_the_pack() -> None:
    blanks = [
        candidate(fact(f"blank {i}", i), QuestionKind.TYPED, 3.0, f"_____ did blank {i}.")
        for i in range(6)
    ]
    direct = [candidate(fact(f"ask {i}", 10 + i), QuestionKind.CHOICE, 3.0) for i in range(6)]
    chosen = select(blanks + direct)
    share = sum("_____" in c.question.prompt for c in chosen) / len(chosen)
    assert share <= MAX_BLANK_SHARE
    assert len([c for c in chosen if "_____" not in c.question.prompt]) == 6


def test_questions_asked_in_place_past_their_share_give_way_to_direct_ones() -> None:
    found: list[Candidate] = []
    for i in range(10):
        one = fact(f"sail {i}", i, answer=f"Harbour {i}", kind="place")
        found.append(candidate(one, QuestionKind.CHOICE, 3.0, f"Who sailed {i} boats?"))
        found.append(candidate(one, QuestionKind.CHOICE, 3.1, f"Boat {i} was sailed by whom?"))
    chosen = select(found)
    placed = [c for c in chosen if c.question.prompt.endswith("by whom?")]
    assert len(chosen) == 10, "every fact is still asked"
    assert len(placed) == int(MAX_IN_PLACE_SHARE * 10)


def test_the_lone_critic_ranks_below_the_cast() -> None:
    pack = generate_pack(STORY, pack_id="tidewater", title="Tidewater").pack
    answers = {str(q.answer) for q in pack.questions if q.kind is not QuestionKind.TRUEFALSE}
    assert "Tessa Lorne" in answers or "Mara Quill" in answers
    assert "Pim Osk" not in answers


def test_questions_of_one_fact_share_their_source_and_a_round_keeps_them_apart(
    tmp_path: Path,
) -> None:
    pack = generate_pack(STORY, pack_id="tidewater", title="Tidewater").pack
    sources = Counter(q.source for q in pack.questions)
    assert max(sources.values()) > 1, "some sentence gives two questions"
    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / "tidewater.json").write_text(pack_json(pack), encoding="utf-8")
    with Collection.open(tmp_path / "data") as collection:
        collection.packs.sync_shipped(folder)
        player = collection.players.for_name("Ann")
        pack_id = collection.packs.all()[0].id
        for seed in range(8):
            _, questions = collection.rounds.start(player.id, pack_id, 5, rng=random.Random(seed))
            in_round = [q.source for q in questions]
            assert len(set(in_round)) == len(in_round), in_round


def test_a_sentence_gives_its_where_and_its_when_but_not_one_name_twice() -> None:
    where = fact("dock at", 4, answer="Port Vesh", kind="place")
    when = fact("dock on", 4, answer="3 May 1921", kind="date")
    chosen = select(
        [
            candidate(where, QuestionKind.CHOICE, 4.0, "Where did the ferry Larkspur dock?"),
            candidate(
                when, QuestionKind.CHOICE, 3.9, "When did the ferry Larkspur dock at Port Vesh?"
            ),
        ]
    )
    assert len(chosen) == 2
    # Two names of one sentence, one holding the other: still one fact told twice.
    decorator = fact("set decorator", 5, answer="Una Brisk", kind="person")
    telling = fact("work with", 5, answer="Ivo Vell", kind="person")
    chosen = select(
        [
            candidate(decorator, QuestionKind.CHOICE, 4.0, "Who was the set decorator?"),
            candidate(
                telling, QuestionKind.CHOICE, 3.0, "Which designer worked with decorator Una Brisk?"
            ),
        ]
    )
    assert len(chosen) == 1


def test_a_name_the_text_calls_a_thing_is_not_filed_under_organisations() -> None:
    # The tagger takes this lander for an organisation in most of its mentions.
    text = (
        "Larkspur 4 was a crewed flight to Vesh. It was made up of an orbiter called Tarn and a "
        "lander called Petrel. Petrel touched down in the Gulf of Vesh on 3 May 2031. The pilot "
        "Ivo Vell steered Petrel by hand. Petrel lifted off after nine hours."
    )
    pack = generate_pack(text, pack_id="larkspur", title="Larkspur 4").pack
    lander = [q for q in pack.questions if q.answer == "Petrel"]
    assert lander, [q.prompt for q in pack.questions]
    assert all(q.category == "General" for q in lander), [(q.prompt, q.category) for q in lander]


def test_a_date_is_filed_under_dates_whatever_its_verb() -> None:
    pack = generate_pack(STORY, pack_id="tidewater", title="Tidewater").pack
    dated = [q for q in pack.questions if str(q.answer) in ("3 March 2019", "May 2021", "2020")]
    assert dated, [q.prompt for q in pack.questions]
    assert all(q.category == "Dates" for q in dated), [(q.prompt, q.category) for q in dated]


CAST_LIST = (
    "Tidewater is a drama series. "
    "The story follows Mara Quill (Tessa Lorne), Pell Ferro (Owen Brack), Ana Ruel (Lida "
    "Senn), Dov Tamsin (Ivo Pask) and Wren Adler (Gilda Farrow). "
    "The first series was broadcast in March 2019."
)


def test_who_plays_whom_of_unshown_genders_is_typed_with_the_surname_accepted() -> None:
    pack = generate_pack(CAST_LIST, pack_id="tidewater", title="Tidewater").pack
    cast = [q for q in pack.questions if " play" in q.prompt]
    asked = [q for q in cast if q.kind is not QuestionKind.TRUEFALSE]
    # No gender is shown: no actor is offered beside other actors, whom a reader would sort
    # by their first names, and no statement swaps one in.
    assert len(asked) >= 3
    assert all(q.kind is QuestionKind.TYPED for q in asked)
    assert all(q.answer_text.split()[-1] in q.accept for q in asked if " plays " in q.prompt)
    stated = [q for q in cast if q.kind is QuestionKind.TRUEFALSE]
    assert stated, [q.prompt for q in pack.questions]
    assert all(q.answer is True for q in stated), [q.prompt for q in stated]


def test_the_same_answer_to_the_same_question_of_two_names_is_asked_once() -> None:
    text = (
        "Tidewater is a drama series. Reviewing the series for the Harlow Courier, Dana Holt "
        "gave a rating of four out of five. Pim Osk of the Vesh Gazette gave a rating of four "
        "out of five. Sela Marr of Radio Carrow gave a rating of 3/5."
    )
    pack = generate_pack(text, pack_id="tidewater", title="Tidewater").pack
    fours = [q for q in pack.questions if q.answer_text == "four out of five"]
    assert len(fours) == 1, [q.prompt for q in pack.questions]


def test_a_figure_in_one_prompt_is_not_also_asked_from_the_same_sentence() -> None:
    text = (
        "Tidewater is a drama series. During its first week, Tidewater ranked at number four on "
        "the Harlow chart just three days after its release."
    )
    questions = generate_pack(text, pack_id="t", title="Tidewater").pack.questions
    # The fact's own true or false statement holds its figure: a round keeps the two apart.
    prompts = [q.prompt for q in questions if q.kind is not QuestionKind.TRUEFALSE]
    asked = [p for p in prompts if "number four" in p]
    answered = [p for p in prompts if "At what number" in p]
    assert asked or answered, prompts
    assert not (asked and answered), prompts


def test_many_names_each_named_once_do_not_make_a_question_easy() -> None:
    text = (
        "Tidewater is a drama series. In May 2021, Ivo Pask, Dana Holt, Sela Marr and Owen "
        "Brack joined the cast of the second series."
    )
    pack = generate_pack(text, pack_id="tidewater", title="Tidewater").pack
    dated = [q for q in pack.questions if q.answer_text == "May 2021"]
    assert dated, [q.prompt for q in pack.questions]
    assert all(q.difficulty is not Difficulty.EASY for q in dated)


def test_a_critics_rating_is_filed_under_reception() -> None:
    text = "Tidewater is a drama series. Dana Holt of the Harlow Courier gave a rating of 3/5."
    pack = generate_pack(text, pack_id="tidewater", title="Tidewater").pack
    rated = [q for q in pack.questions if q.answer_text == "3/5"]
    assert rated, [q.prompt for q in pack.questions]
    assert all(q.category == "Reception" for q in rated)


def test_the_date_of_minor_news_is_not_asked_but_the_news_of_the_work_is() -> None:
    text = (
        "Tidewater is a drama series. After 900 people auditioned, the first round of casting "
        "was announced in March 2020. In October 2021, it was announced that Ivo Pask, Dana "
        "Holt and Sela Marr would return for the second series. In June 2021, an open casting "
        "call was announced for a character named Ola Brisk."
    )
    answers = [
        q.answer_text for q in generate_pack(text, pack_id="t", title="Tidewater").pack.questions
    ]
    assert "March 2020" in answers
    assert "October 2021" not in answers
    assert "June 2021" not in answers


def test_one_of_the_crew_is_not_asked_by_another_known_only_by_a_job() -> None:
    text = (
        "Tidewater is a drama series created by Nell Orrin. Production designer Rosa Vell worked "
        "with set decorator Pim Osk, who built the harbour sets. Rosa Vell chose a palette of "
        "grey and green for Tidewater."
    )
    pack = generate_pack(text, pack_id="t", title="Tidewater").pack
    asked = [(q.prompt, q.answer_text) for q in pack.questions]
    assert not [p for p, a in asked if a == "Rosa Vell" and "Pim Osk" in p], asked
    assert not [p for p, a in asked if a == "Pim Osk" and "Rosa Vell" in p], asked


def test_a_pack_asks_one_critics_score() -> None:
    text = (
        "Tidewater is a drama series. Reviewing the series for the Harlow Courier, Dana Holt "
        "gave a rating of four out of five. Pim Osk of the Vesh Gazette gave a rating of 3/5. "
        "Sela Marr of Radio Carrow gave a rating of two out of five."
    )
    pack = generate_pack(text, pack_id="t", title="Tidewater").pack
    scores = [q for q in pack.questions if is_rating(q.answer_text) or "rating of" in q.prompt]
    # One critic's score, asked and stated true or false: both of one fact.
    assert len({q.source for q in scores}) == 1, [q.prompt for q in pack.questions]


def test_a_question_about_the_storys_people_is_filed_under_characters() -> None:
    text = (
        "Tidewater is a drama series. The series follows Mara Quill (Tessa Lorne), a young pilot "
        "who falls for the smuggler Pell Ferro."
    )
    pack = generate_pack(text, pack_id="t", title="Tidewater").pack
    story = [q for q in pack.questions if q.answer_text == "Mara Quill" and "play" not in q.prompt]
    assert story, [q.prompt for q in pack.questions]
    assert all(q.category == "Characters" for q in story)


SHIPPED = Path(__file__).resolve().parents[2] / "questions" / "heartstopper.json"


def test_no_round_from_the_shipped_pack_meets_two_questions_of_one_fact(tmp_path: Path) -> None:
    pack = Pack.model_validate_json(SHIPPED.read_text(encoding="utf-8"))
    by_source = Counter(q.source for q in pack.questions)
    # Most facts are asked and stated true or false, both with the fact's sentence as source.
    assert sum(n > 1 for n in by_source.values()) >= len(by_source) // 2, by_source
    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / SHIPPED.name).write_bytes(SHIPPED.read_bytes())
    with Collection.open(tmp_path / "data") as collection:
        collection.packs.sync_shipped(folder)
        pack_id = collection.packs.all()[0].id
        player = collection.players.for_name("Ann")
        # The longest round that can hold one question per fact draws one from each.
        for length in (5, 10, len(by_source)):
            for seed in range(40):
                rng = random.Random(seed)
                _, questions = collection.rounds.start(player.id, pack_id, length, rng=rng)
                sources = [q.source for q in questions]
                assert len(questions) == length
                assert len(set(sources)) == len(sources), sources


def test_a_lead_in_the_prompt_does_not_make_a_name_given_once_easy() -> None:
    text = (
        "Tidewater is a drama series. The story follows Mara Quill (Tessa Lorne), a young pilot "
        "who has lost her ship. Mara sails north. Mara meets a smuggler. Mara returns to Harlow. "
        "Gilda Farrow plays Mara's mother Una. "
        "Mara's new haircut was inspired by the film star Ada Strand."
    )
    pack = generate_pack(text, pack_id="t", title="Tidewater").pack
    by_answer = {q.answer_text: q for q in pack.questions if q.kind is not QuestionKind.TRUEFALSE}
    # Mara is the lead, but Una and Ada Strand are each named once: a player must recall them.
    assert by_answer["Una"].difficulty is Difficulty.MEDIUM
    assert by_answer["Ada Strand"].difficulty is Difficulty.MEDIUM
    # A question about a character's own story is filed under Characters, whatever it asks.
    assert by_answer["Ada Strand"].category == "Characters"


def test_one_of_the_crew_asked_by_what_they_did_is_kept_though_named_once() -> None:
    text = (
        "Tidewater is a drama series created by Nell Orrin. Production designer Rosa Vell worked "
        "with set decorator Pim Osk, who used his years in a boatyard to build a faithful model "
        "of the old harbour."
    )
    pack = generate_pack(text, pack_id="t", title="Tidewater").pack
    # The deed is the hook a bare "Who was the set decorator?" lacks.
    asked = [q.prompt for q in pack.questions if q.answer_text == "Pim Osk"]
    assert any("boatyard" in p for p in asked), [q.prompt for q in pack.questions]


def test_what_did_not_happen_is_not_asked_to_be_typed() -> None:
    text = (
        "Tidewater is a drama series created by Nell Orrin.\n"
        "The story follows Mara Quill (Tessa Lorne), a young pilot who has lost her ship.\n"
        "Orrin explained that the character Tam Rook would not appear in the series to keep "
        "his story for a later novel, Salt Lantern.\n"
    )
    pack = generate_pack(text, pack_id="tidewater", title="Tidewater").pack
    typed = [q.prompt for q in pack.questions if q.kind is QuestionKind.TYPED]
    assert "Who plays Mara Quill in Tidewater?" in typed
    assert not [p for p in typed if " not " in p], typed


def test_a_bare_credit_of_one_of_the_crew_named_once_is_not_asked() -> None:
    text = (
        "Tidewater is a drama series created by Nell Orrin. The story follows Mara Quill "
        "(Tessa Lorne), a young pilot who has lost her ship. Costume designer Rosa Vell wanted "
        "the cast to look weathered and dyed their oilskins in sea water. The series was filmed "
        "in Port Vesh."
    )
    pack = generate_pack(text, pack_id="t", title="Tidewater").pack
    asked = [q.prompt for q in pack.questions]
    # "Who was Tidewater's costume designer?" is a credit a fan would have to look up.
    assert not [q for q in pack.questions if q.answer_text == "Rosa Vell"], asked
    assert "Who plays Mara Quill in Tidewater?" in asked


def test_a_name_made_of_the_prompts_own_words_is_not_stated_true_or_false() -> None:
    text = (
        "The Harlow Regatta is a rowing race on the river Vesh. The fastest rower of each race "
        "is named Gold Rower. The race was first held in 1871."
    )
    pack = generate_pack(text, pack_id="t", title="The Harlow Regatta").pack
    stated = [q.prompt for q in pack.questions if q.kind is QuestionKind.TRUEFALSE]
    # "... is named Gold Rower" tells its own truth; the year is still stated.
    assert not [s for s in stated if "Gold Rower" in s], stated
    assert [s for s in stated if "first held" in s], stated


def test_two_facts_of_one_sentence_about_the_same_two_people_are_both_asked() -> None:
    text = (
        "Tidewater is a drama series. The story follows Mara Quill, a shy girl who falls for "
        "her classmate Ivo Pask, whom she sits next to in her new class."
    )
    pack = generate_pack(text, pack_id="t", title="Tidewater").pack
    prompts = {q.prompt for q in pack.questions}
    assert {
        "Who falls for their classmate Ivo Pask?",
        "Who does Mara Quill sit next to?",
    } <= prompts


def test_a_blanket_credit_names_the_subject_as_the_owner_of_its_part() -> None:
    text = (
        "Tidewater is a drama series created by Nell Orrin. "
        "All music is composed by Mara Quill, except where noted."
    )
    pack = generate_pack(text, pack_id="t", title="Tidewater").pack
    assert "Who composes Tidewater's music?" in {q.prompt for q in pack.questions}


def test_a_maker_with_a_job_of_their_own_is_not_asked_by_another_persons_job() -> None:
    text = (
        "The Quill Sisters are a folk band formed in Harlow in 1998. The band consists of "
        "singer Ada Venn and drummer Una Brisk. Their debut album was produced by the producer "
        "Mira Tosk in 2001. All songs are written by Ada Venn, except where noted."
    )
    pack = generate_pack(text, pack_id="t", title="The Quill Sisters").pack
    (songs,) = [q for q in pack.questions if q.prompt.endswith("the songs?")]
    assert "producer" not in songs.prompt
    assert songs.answer == "Ada Venn"


def test_what_an_actor_did_away_from_the_work_is_asked_of_the_works_cast() -> None:
    text = (
        "Tidewater is a drama series created by Nell Orrin. The story follows Mara Quill "
        "(Tessa Lorne), a young pilot. Lida Senn, who later found wider fame in Harbour Lights, "
        "plays the innkeeper Lise Corran."
    )
    pack = generate_pack(text, pack_id="t", title="Tidewater").pack
    asked = {q.prompt: q.answer_text for q in pack.questions}
    # "Where did Lida Senn find wider fame?" asks about an actor, not about Tidewater.
    assert not [p for p, a in asked.items() if a == "Harbour Lights"], asked
    assert asked["Which Tidewater cast member found wider fame in Harbour Lights?"] == "Lida Senn"
    assert asked["Who plays Lise Corran in Tidewater?"] == "Lida Senn"


def test_a_credit_gives_way_to_what_the_crew_member_made() -> None:
    text = (
        "Tidewater is a drama series created by Nell Orrin. The story follows Mara Quill "
        "(Tessa Lorne), a young pilot. Costume designer Rosa Vell made jumpers for Mara and Dov "
        "that resembled the sails of the old fleet."
    )
    pack = generate_pack(text, pack_id="t", title="Tidewater").pack
    asked = {q.prompt: q.answer_text for q in pack.questions}
    prompt = (
        "What did Tidewater's costume designer make for Mara and Dov that resembled the sails "
        "of the old fleet?"
    )
    assert asked.get(prompt) == "jumpers", asked
    # The bare credit is not asked, but the statement of the deed names her.
    assert "Rosa Vell" not in asked.values()


def test_winners_and_a_characters_own_facts_are_filed_alike() -> None:
    contest = (
        "The Harlow Bake is a baking contest shown on Channel Nine. The first series was won by "
        "Ada Venn. The second series was won by Una Brisk."
    )
    pack = generate_pack(contest, pack_id="t", title="The Harlow Bake").pack
    won = {q.category for q in pack.questions if q.answer_text in ("Ada Venn", "Una Brisk")}
    assert won == {"People"}, [(q.prompt, q.category) for q in pack.questions]
    story = (
        "Tidewater is a drama series created by Nell Orrin. At the centre of the story is "
        "sixteen-year-old Ana Ruel (Tessa Lorne), a keen sailor. Other roles announced included "
        "Owen Brack as Bo, a sailor; and Lida Senn as Harlow student Mira Holt."
    )
    pack = generate_pack(story, pack_id="t", title="Tidewater").pack
    by_prompt = {q.prompt: q.category for q in pack.questions}
    # How old a character is and where they study are facts of the story's people.
    assert by_prompt["How old is Ana Ruel?"] == "Characters"
    assert by_prompt["Where is Mira Holt a student?"] == "Characters"


def test_a_things_name_asked_before_gives_way_to_its_later_sentences_own_news() -> None:
    text = (
        "Larkspur 4 was a crewed flight to Vesh in May 2031. It was made up of an orbiter "
        "called Tarn and a lander called Petrel. Petrel touched down in the Gulf of Vesh on "
        "3 May 2031. The pilot Ivo Vell steered Petrel by hand. The orbiter Tarn is now "
        "displayed at the Vesh Trust's Rail and Steam Museum in Kelby."
    )
    pack = generate_pack(text, pack_id="larkspur", title="Larkspur 4").pack
    asked = [q for q in pack.questions if q.kind is not QuestionKind.TRUEFALSE]
    museum = [q for q in asked if q.answer == "Vesh Trust's Rail and Steam Museum"]
    assert museum, [q.prompt for q in asked]
    assert [q.prompt for q in asked if q.answer == "Tarn"] == [
        "On Larkspur 4, what was the orbiter called?"
    ]

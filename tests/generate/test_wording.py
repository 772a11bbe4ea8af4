"""How a question names the text's subject and what its typed answer accepts, on fresh text."""

from __future__ import annotations

import re

import pytest

from quizapp.core.kinds import QuestionKind
from quizapp.core.matching import is_correct
from quizapp.core.model import PackId, Question, QuestionId
from quizapp.generate import generate_pack
from quizapp.generate.shapes import Fact
from quizapp.generate.wording import accepted_answers, stands_alone
from quizapp.packs.model import PackQuestion

VOYAGE = (
    "Tidewater was a voyage across the Gulf of Vesh in May 1871. "
    "Its crew included the skipper Ivo Pask. "
    "It carried a lifeboat called Swift. "
    "Ivo Pask steered Swift past the reef at dawn. "
    "The first leg covered 40 miles. "
    "The programme's theme tune was written by the composer Dana Holt. "
    "The critic Pim Osk of the Harlow Courier gave a rating of four out of five. "
    "Pim Osk later praised the second series."
)


def questions(text: str, title: str = "Tidewater") -> dict[str, PackQuestion]:
    """Return the questions a pack asks, by prompt (statements: see test_truefalse.py)."""
    pack = generate_pack(text, pack_id="t", title=title).pack
    return {q.prompt: q for q in pack.questions if q.kind is not QuestionKind.TRUEFALSE}


def test_a_part_of_the_subject_is_named_as_its_own() -> None:
    found = questions(VOYAGE)
    assert found["What was Tidewater's lifeboat called?"].answer_text == "Swift"
    assert found["Who praised Tidewater's second series?"].answer_text == "Pim Osk"
    assert not any(p.startswith("For Tidewater") for p in found)


def test_the_explanation_names_the_subject_as_the_question_does() -> None:
    question = questions(VOYAGE)["What was Tidewater's lifeboat called?"]
    assert question.explanation == "Tidewater's lifeboat was called Swift."


def test_a_ranked_part_is_asked_as_which_of_the_subject() -> None:
    text = "Tidewater is a drama series. The harbour master Ivo Pask appears in the second series."
    assert "In which series of Tidewater does the harbour master Ivo Pask appear?" in questions(
        text
    )


def test_a_person_named_by_surname_alone_is_named_in_full() -> None:
    text = (
        "Tidewater is a drama series created by Nell Orrin. Mara Vane directed the finale. "
        "The crew followed Vane to Harlow Docks in May 1990."
    )
    assert "When did Tidewater's crew follow Mara Vane to Harlow Docks?" in questions(text)


def test_a_person_answered_by_surname_is_also_accepted_in_full() -> None:
    text = (
        "Tidewater is a drama series about the fishing town of Harlow. "
        "The skipper Ivo Pask and the harbour master Dana Holt lead its cast. "
        "Holt later wrote the programme's theme tune."
    )
    generated = questions(text)["Who wrote Tidewater's theme tune?"]
    question = Question(
        id=QuestionId(1),
        pack_id=PackId(1),
        kind=QuestionKind.TYPED,
        prompt=generated.prompt,
        answer=generated.answer_text,
        accept=tuple(generated.accept),
    )
    assert question.answer == "Holt"
    assert is_correct(question, "Dana Holt")
    assert is_correct(question, "holt")
    assert not is_correct(question, "Ivo Pask")


def test_an_explanation_leaves_no_quotation_mark_open() -> None:
    for question in questions(VOYAGE).values():
        assert (question.explanation or "").count('"') % 2 == 0


def test_a_bare_noun_for_the_work_is_the_subject_itself() -> None:
    found = questions(VOYAGE)
    assert any("Tidewater's theme tune" in p for p in found)
    assert "Tidewater's programme" not in " ".join(found)


def test_what_a_critic_gave_names_the_subject_as_its_receiver() -> None:
    found = questions(VOYAGE)
    assert "Which critic gave Tidewater a rating of four out of five?" in found


def test_a_name_the_text_returns_to_ties_the_question_down_alone() -> None:
    assert "Who steered Swift past the reef at dawn?" in questions(VOYAGE)


def test_a_bare_noun_the_subject_was_never_given_is_not_made_its_own() -> None:
    text = (
        "Tidewater is a drama series. Ada Venn made the call from the harbour. "
        "The call was answered in the tower by the keeper Ivo Pask."
    )
    found = questions(text)
    assert [q.answer_text for q in found.values() if "keeper" in q.prompt] == ["Ivo Pask"]
    assert not any("Tidewater's call" in p for p in found)


def test_the_subject_named_by_a_short_form_needs_no_lead_in() -> None:
    text = (
        "The Old Harlow Regatta, often shortened to Harlow Regatta, is a rowing race. "
        "Harlow Regatta won the Golden Oar award in 2012."
    )
    assert not any(p.startswith("For ") for p in questions(text, "The Old Harlow Regatta"))


def typed(answer: str, kind: str, prompt: str = "Who?", owned: str = "") -> Question:
    fact = Fact(
        shape="subject",
        sentence=0,
        source="",
        prompt=prompt,
        answer=answer,
        answer_type=kind,
        statement="",
        key="k",
        owned=owned,
    )
    return Question(
        id=QuestionId(1),
        pack_id=PackId(1),
        kind=QuestionKind.TYPED,
        prompt=prompt,
        answer=answer,
        accept=tuple(accepted_answers(fact)),
    )


@pytest.mark.parametrize(
    ("answer", "kind", "prompt", "given"),
    [
        ("Ivo Pask", "person", "Who?", "Pask"),
        ('Ivo "Red" Pask', "person", "Who?", "Red Pask"),
        ('Ivo "Red" Pask', "person", "Who?", "Ivo Pask"),
        ("Governor Ada J. Venn", "person", "Who?", "Ada Venn"),
        ("Ivo de Vane", "person", "Who plays Ada?", "de Vane"),
        ("Ivo de Vane", "person", "Who plays Ada?", "Vane"),
        ("Ada Venn and Ivo Pask", "person", "Who?", "Ivo Pask and Ada Venn"),
        ("Ada Venn and Ivo Pask", "person", "Who?", "Venn and Pask"),
        ("Harlow Gull Pictures", "organisation", "Who?", "Harlow Gull"),
        ("Channel Nine", "organisation", "Which channel?", "Channel 9"),
        ("Vesh-Tor", "title", "Which term?", "Vesh Tor"),
        ("HMS Tern", "site", "Which ship?", "Tern"),
        ("Vesh Ocean", "site", "Where?", "the Vesh"),
        ("Vesh Trust's Rail Museum", "organisation", "Where?", "Rail Museum"),
        ("United Kingdom", "place", "Where?", "UK"),
        ("just two days", "count", "How many days later?", "two days"),
        ("just two days", "count", "How many days later?", "2"),
        ("a little over eight days", "count", "How many days did it last?", "8 days"),
        ("about six and a half hours", "count", "How many hours after?", "6.5"),
        ("31 weeks", "count", "For how many weeks?", "thirty-one weeks"),
        ("number four", "count", "At what number did it peak?", "4"),
        ("three out of five", "count", "What rating?", "3/5"),
        ("4 May 1871", "date", "When?", "May 4, 1871"),
        ("May 4, 1871", "date", "When?", "4 May 1871"),
        ("06:45 GMT", "time", "When?", "06:45"),
        ("06:45 GMT", "time", "When?", "6:45"),
        ("06:45 GMT", "time", "When?", "0645"),
        ("Vesh Pad 12B", "site", "From which pad?", "12B"),
        ("late-1880s", "date", "When?", "1880s"),
    ],
)
def test_a_typed_answer_accepts_its_fair_other_forms(
    answer: str, kind: str, prompt: str, given: str
) -> None:
    assert is_correct(typed(answer, kind, prompt), given)


@pytest.mark.parametrize(
    ("given", "right"), [("third", True), ("3rd", True), ("3", True), ("Chapter 3", True)]
)
def test_an_ordinal_accepts_its_number_and_its_noun(given: str, right: bool) -> None:
    question = typed("the third", "ordinal", "In which chapter ...?", owned="In which chapter")
    assert is_correct(question, given) is right


@pytest.mark.parametrize(
    ("answer", "kind", "given"),
    [
        ("Ada Venn and Ivo Pask", "person", "Pask"),
        ("4 May 1871", "date", "four May 1871"),
        ("Aunt Mara Quill", "character", "Aunt"),
        ("Harlow Pictures", "organisation", "Harlow"),
        ("Route 66", "site", "66"),
    ],
)
def test_a_typed_answer_does_not_accept_part_of_itself(answer: str, kind: str, given: str) -> None:
    assert not is_correct(typed(answer, kind), given)


def test_no_alternate_is_a_bare_possessive_the_matcher_would_ignore() -> None:
    assert accepted_answers(Fact("x", 0, "", "Who?", "Mara's aunt Ada", "character", "", "k")) == [
        "Ada"
    ]


def test_a_question_opening_with_a_clause_takes_no_second_lead_in() -> None:
    text = (
        "Tidewater is a drama series created by Nell Orrin. Ada Venn made a call to the "
        "harbour. The call ended on 4 May 1871 at the tower."
    )
    assert not any(p.startswith("For Tidewater, when") for p in questions(text))


def test_a_question_opening_with_for_takes_no_second_for() -> None:
    text = (
        "Tidewater was a dive off the Orran coast in 1902. "
        "The two divers were kept in a decompression chamber for 14 days after their return."
    )
    found = questions(text)
    prompt = "In Tidewater, for how many days after their return were the two divers kept in a "
    assert found[prompt + "decompression chamber?"].answer_text == "14 days"
    assert not [p for p in found if re.search(r"\bfor\b.*\bfor how\b", p, re.IGNORECASE)]


def test_an_explanation_names_a_person_in_full_and_the_source_stays_as_written() -> None:
    text = (
        "Tidewater was a voyage across the Gulf of Vesh in May 1871. "
        "The skipper Ivo Pask led the crew to Harlow. "
        "Pask later steered the ketch Swift past the rocks at Orm Point."
    )
    (question,) = [q for q in questions(text).values() if "rocks" in q.prompt]
    assert question.answer_text == "Pask"  # as the sentence gives it
    assert question.explanation == "Ivo Pask steered the ketch Swift past the rocks at Orm Point."
    assert question.source == "Pask later steered the ketch Swift past the rocks at Orm Point."


def test_a_part_the_text_gives_the_subject_is_named_as_its_own_wherever_it_stands() -> None:
    text = (
        "Tidewater was a voyage across the Gulf of Vesh in May 1871. "
        "Its crew included the skipper Ivo Pask. "
        "The ketch docked at Harlow, where the mayor Ada Venn greeted the crew warmly. "
        "Their first race together, the eighth overall, was won by Mira Tosk in 1875."
    )
    found = questions(text)
    assert found["Which mayor greeted Tidewater's crew warmly?"].answer_text == "Ada Venn"
    assert not any(p.startswith("For Tidewater") and "crew" in p for p in found)


def test_a_name_is_not_listed_with_the_noun_that_opens_the_next_clause() -> None:
    text = (
        "Tidewater is a rowing race. The best rower of each heat is named Vesh Oar, and a rare "
        'nod from the coach, known as the "Harlow nod", became a coveted prize.'
    )
    (question,) = [q for q in questions(text).values() if q.answer_text == "Vesh Oar"]
    assert question.explanation == "Tidewater's best rower of each heat is named Vesh Oar."


def test_a_sentence_opening_on_a_noun_named_nowhere_is_placed_in_what_came_before() -> None:
    text = (
        "Tidewater was a voyage across the Gulf of Vesh in May 1871. "
        "It carried a lifeboat called Swift. "
        "Swift reached Harlow Quay on 4 June 1871, and its captain radioed the harbour tower. "
        "The signal was answered in the tower by the keeper Ivo Pask, "
        "while Ada Venn was the pilot on watch."
    )
    found = questions(text)
    keeper = found["When Swift reached Harlow Quay, which keeper answered the signal in the tower?"]
    assert keeper.answer_text == "Ivo Pask"
    assert found["When Swift reached Harlow Quay, who was the pilot on watch?"].answer_text == (
        "Ada Venn"
    )
    assert not any(p.startswith("For Tidewater") for p in found)


def test_a_time_in_an_opening_participle_is_asked_of_that_participle() -> None:
    text = (
        "Tidewater is a drama series created by Nell Orrin. Set in Harlow, a port town, in the "
        "mid-1890s, it follows a crew of sailors at a naval school."
    )
    question = questions(text)["When is Tidewater set in Harlow?"]
    assert question.answer_text == "mid-1890s"
    assert question.explanation == "Tidewater is set in Harlow in the mid-1890s."


def test_the_series_in_a_question_about_a_character_is_the_subject_itself() -> None:
    text = (
        "Tidewater is a drama series created by Nell Orrin. "
        "The character Ana Ruel first appears in the series as a ferry pilot."
    )
    asked = questions(text)["Which character first appears in Tidewater as a ferry pilot?"]
    assert asked.answer_text == "Ana Ruel"


def test_a_noun_keeps_the_name_it_is_given() -> None:
    text = (
        "Tidewater is a drama series created by Nell Orrin. In July 2022, an open audition was "
        "announced for a 16-year-old character named Vida Moss, a girl from Harlow. Vida Moss "
        "joins the story in the second series."
    )
    prompt = (
        "When was Tidewater's open audition announced for a 16-year-old character named Vida Moss?"
    )
    assert questions(text)[prompt].answer_text == "July 2022"


def test_a_thing_tied_to_another_name_stands_alone_without_the_subject() -> None:
    found = questions(
        "Tidewater is a ferry company in Harlow. It was founded by Ida Venn in 1871. "
        "Port Kelby is the largest port of Ostmark."
    )
    assert found["What is the largest port of Ostmark?"].answer == "Port Kelby"


def test_a_text_opening_with_a_capital_is_asked_what_the_capital_is() -> None:
    found = questions("Port Kelby is the capital of Ostmark.", title="Atlas notes")
    assert found["What is the capital of Ostmark?"].answer == "Port Kelby"


def test_the_noun_the_text_defines_its_subject_by_is_the_subject_itself() -> None:
    found = questions(
        "Kelby Marsh is a 1907 novel by the writer Ada Venn. "
        "Ada Venn wrote the novel over four years while working as a teacher in Harlow."
    )
    assert "Who wrote Kelby Marsh over four years?" in found
    assert not [p for p in found if "Marsh's novel" in p]


def test_a_long_name_ties_a_question_down_without_the_subject() -> None:
    text = (
        "Tidewater was a voyage across the Gulf of Vesh in May 1871. "
        "It carried a lifeboat called Swift. "
        "The lifeboat Swift is now displayed at the Harlow Sea and River Museum in Orm."
    )
    found = questions(text)
    prompt = "Which lifeboat is now displayed at the Harlow Sea and River Museum?"
    assert found[prompt].answer_text == "Swift"


def test_a_school_is_asked_by_its_kind_and_a_stressed_figure_typed_bare() -> None:
    text = (
        "Tidewater is a drama series created by Nell Orrin. "
        "The friends attend Saint Vesh Naval College. "
        "The series was renewed just two days after its release."
    )
    found = questions(text)
    assert "In Tidewater, which college do the friends attend?" in found
    renewed = found["How many days after its release was Tidewater renewed?"]
    assert renewed.answer_text == "two days"
    assert "just two days" in renewed.accept


def test_a_subject_whose_name_opens_with_the_keeps_its_capital_mid_question() -> None:
    text = (
        "The Great Harlow Boat Race, often shortened to Boat Race, is a British rowing race "
        "produced by Vesh Films. Its 2015 final, won by Ada Venn, drew an audience of 4.1 million."
    )
    found = questions(text, "The Great Harlow Boat Race")
    assert "Who won The Great Harlow Boat Race's 2015 final?" in found
    assert not any("the Great Harlow" in p for p in found)


def test_a_title_the_text_never_writes_is_never_asked_as_a_subject() -> None:
    text = (
        "Ada Venn was born in Harlow in 1871. "
        "Ivo Pask founded the Orran Rowing Club in 1902. "
        "The museum in Kelby was designed by the architect Mira Tosk."
    )
    found = questions(text, title="People notes")
    assert found
    assert not [p for p in found if "People notes" in p]
    assert not [q.explanation for q in found.values() if "People notes" in (q.explanation or "")]


def test_a_noun_told_apart_by_a_name_after_it_is_not_placed_in_the_event_before() -> None:
    text = (
        "Tidewater was a voyage across the Gulf of Vesh in May 1871. "
        "Ivo Pask founded the Orran Rowing Club in 1902. "
        "The museum in Kelby was designed by the architect Mira Tosk."
    )
    found = questions(text)
    assert found["Which architect designed the museum in Kelby?"].answer_text == "Mira Tosk"
    assert not [p for p in found if p.startswith("When Ivo Pask") and "museum" in p]


def test_a_noun_a_sentence_opens_on_is_the_subject_s_own() -> None:
    text = (
        "Tidewater was a voyage across the Gulf of Vesh in May 1871. "
        "Its crew included the skipper Ivo Pask. "
        "The ship was launched from Orm Quay on 2 May 1871. "
        "It was a three-man crew. "
        "Because the harbour was closed, the three men were kept ashore for 12 days after "
        "their return."
    )
    found = questions(text)
    assert found["On what date was Tidewater's ship launched from Orm Quay?"].answer == (
        "2 May 1871"
    )
    kept = found["For how many days were Tidewater's crew kept ashore after their return?"]
    assert kept.answer == "12 days"
    assert not [p for p in found if p.startswith("For Tidewater")]


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        (
            "Tidewater is a talent show. The first series was judged by Ida Holt. On Channel Six "
            "she was replaced as judge by the chef Mara Vane, while Ada Venn and Ivo Pask took "
            "over as hosts.",
            "Who took over as hosts of Tidewater on Channel Six?",
        ),
        (
            "Tidewater is a drama series. After over 4,000 people auditioned by post, Mara Vane "
            "announced the cast in May 2020.",
            "How many people auditioned for Tidewater by post?",
        ),
        (
            "Tidewater is a rowing contest first held in 1990. Each heat is built around three "
            "races: a sprint, a relay and a long race.",
            "How many races is each heat of Tidewater built around?",
        ),
        (
            "Tidewater was a voyage across the Gulf of Vesh in 1871. Its crew consisted of Ivo "
            "Pask and Mara Vane. They collected 40 pounds of salt and three barrels of fish.",
            "On Tidewater, how many pounds of salt were collected?",
        ),
    ],
)
def test_the_subject_is_named_on_the_word_it_belongs_to(text: str, prompt: str) -> None:
    found = questions(text)
    assert prompt in found
    assert not [p for p in found if p.startswith("For ")]


def test_a_figure_the_text_only_guesses_keeps_its_guess_and_accepts_the_bare_figure() -> None:
    text = (
        "Tidewater is a rowing contest first held in 1990. "
        "A dozen or so amateur rowers compete in a large blue boat."
    )
    (question,) = [q for q in questions(text).values() if "rowers" in q.prompt]
    assert question.answer_text == "a dozen or so"
    assert {"a dozen", "12"} <= set(question.accept)
    assert question.explanation == "A dozen or so amateur rowers compete in a large blue boat."


@pytest.mark.parametrize("figure", ["A dozen", "Twenty"])
def test_a_guess_the_parser_cuts_after_or_is_answered_whole(figure: str) -> None:
    text = (
        "Tidewater is a drama series about a fishing port. "
        f"{figure} or so boats appear in each episode."
    )
    (question,) = [q for q in questions(text).values() if "boats" in q.prompt]
    assert question.answer_text == f"{figure.lower()} or so"


def test_the_time_of_a_clause_is_asked_with_the_clause_after_when() -> None:
    text = (
        "Tidewater was a voyage across the Gulf of Vesh in May 1871. "
        "It carried a lifeboat called Swift. "
        "Swift reached Harlow Quay on 4 June 1871, and its captain radioed the harbour tower."
    )
    found = questions(text)
    assert found["What was the date when Swift reached Harlow Quay?"].answer == "4 June 1871"
    assert not [p for p in found if re.match(r"When [^,]+, what was the", p)]


def test_a_participle_on_a_clause_said_to_happen_first_is_asked_as_original() -> None:
    text = (
        "Tidewater is a British cookery contest produced by Vesh Films. It was first shown on "
        "Channel Nine on 3 May 2011, presented by the comedians Ada Venn and Mara Holt and "
        "judged by the chef Ivo Pask and the farmer Tom Reyes."
    )
    found = questions(text)
    assert found["Which chef originally judged Tidewater?"].answer == "Ivo Pask"
    assert "Which comedians originally presented Tidewater?" in found


def test_a_post_someone_left_is_named_with_the_subject() -> None:
    text = (
        "Tidewater is a British cookery contest produced by Vesh Films. On Channel Six the chef "
        "Mara Vane became a judge, while Ada Venn and Lise Dunn took over as hosts. Dunn stepped "
        "down in January 2020 and was succeeded by the singer Tom Reyes."
    )
    found = questions(text)
    assert found["When did Lise Dunn step down as host of Tidewater?"].answer == "January 2020"
    assert not [p for p in found if re.search(r"\bjudge\b.*\bbecame a judge\b", p)]


def test_a_name_given_to_a_person_is_asked_as_a_title_and_a_thing_s_as_its_name() -> None:
    found = questions(
        "Tidewater is a rowing contest. The judges are the rower Ada Venn and the coach Ivo "
        "Pask. The best rower of each heat is named Gold Oar."
    )
    assert found["What title is given to Tidewater's best rower of each heat?"].answer == "Gold Oar"
    boat = questions(
        "Tidewater is a voyage across the Gulf of Vesh. Its lifeboat is named Swift. "
        "The skipper Ivo Pask steered Swift past the reef."
    )
    assert boat["What is Tidewater's lifeboat named?"].answer == "Swift"


def test_them_stands_alone_only_after_an_event_that_names_its_group() -> None:
    assert stands_alone("When the crew was picked up, who thanked them?", "Ivo Pask")
    assert not stands_alone("Who thanked them?", "Ivo Pask")
    assert not stands_alone("When the ferry docked, who thanked them?", "Ivo Pask")


def test_an_agent_is_asked_who_did_it_not_by_whom() -> None:
    asked = questions(
        "Tidewater is a drama series. Its theme tune was arranged by Nell Orrin, who also "
        "wrote the songs. The lighthouse in the title sequence was painted by Ivo Pask."
    )
    assert "Who arranged Tidewater's theme tune?" in asked, list(asked)
    assert not any(" whom" in prompt for prompt in asked), list(asked)


def test_a_long_name_with_a_short_form_is_asked_to_be_typed() -> None:
    asked = questions(
        "Tidewater is a drama series about a lifeboat crew. "
        "The old lifeboat is now displayed at the Vesh Trust's Rail and Steam Museum in Kelby."
    )
    (museum,) = [q for q in asked.values() if q.answer == "Vesh Trust's Rail and Steam Museum"]
    assert museum.kind is QuestionKind.TYPED
    assert "Rail and Steam Museum" in museum.accept


def test_an_agent_of_a_part_of_the_subject_is_still_asked_in_its_own_passive() -> None:
    asked = questions(
        "Larkspur 4 was a crewed flight to Vesh in May 2031. Its crew consisted of commander "
        "Ivo Vell, pilot Ada Venn and engineer Tam Roe. The lander was carried by a Tarn IV "
        "rocket. Petrel touched down in the Gulf of Vesh on 3 May 2031. Ivo Vell steered "
        "Petrel by hand past a field of rocks. The crew collected 21 kilograms of ice.",
        "Larkspur 4",
    )
    assert asked["Larkspur 4's lander was carried by which rocket?"].answer == "Tarn IV"


def test_a_time_of_day_is_asked_with_the_zone_its_answer_is_in() -> None:
    found = questions(
        "Tidewater was a voyage across the Gulf of Vesh in May 1871. "
        "The ferry Swift left Harlow harbour at 06:45 GMT on 3 May 1871."
    )
    (question,) = (q for q in found.values() if q.answer_text == "06:45 GMT")
    assert re.search(r"\b(?i:at what time|what was the time) \(GMT\) ", question.prompt)
    assert "06:45" in question.accept


FLIGHT = (
    "Larkspur 4 was a crewed flight to Vesh, flown in May 2031. Its crew consisted of "
    "commander Ivo Vell, pilot Ada Venn and engineer Tam Roe. The spacecraft was launched by "
    "a Tarn IV rocket on 3 May 2031. Petrel touched down in the Gulf of Vesh on 9 May 2031. "
    "An estimated 40 million people around the world watched the television pictures of the "
    "landing. The landing fulfilled the goal, set by President Mara Quill in 2024, of landing "
    "a crew on Vesh."
)


def test_a_journey_places_on_it_only_what_happened_on_it() -> None:
    asked = questions(FLIGHT, "Larkspur 4")
    assert (
        asked["On Larkspur 4, where did Petrel touch down on 9 May 2031?"].answer == "Gulf of Vesh"
    )
    (watched,) = [p for p in asked if "40 million" in str(asked[p].answer)]
    assert watched.startswith("During Larkspur 4, how many people ")
    assert asked["Who set the goal of landing a crew on Vesh in 2024?"].answer == (
        "President Mara Quill"
    )


def test_a_person_known_only_from_the_subject_is_named_by_their_credit() -> None:
    asked = questions(
        "Harbour Bake is a British television baking contest produced by Vesh Media. "
        "Its first series was won by Ada Venn. That series was won by Owen Brack, a "
        "22-year-old history student at the University of Harlow who became the youngest "
        "champion.",
        "Harbour Bake",
    )
    assert "Where was Harbour Bake winner Owen Brack a student?" in asked
    assert "What did Harbour Bake winner Owen Brack study?" in asked


def test_one_of_a_counted_run_is_asked_without_the_count() -> None:
    asked = questions(
        "Tidewater is a drama series. The first of eight episodes was broadcast on 3 May 1990."
    )
    (prompt,) = [p for p in asked if asked[p].answer == "3 May 1990"]
    assert "Tidewater's first episode" in prompt
    assert "eight" not in prompt


def test_whose_trademark_a_quoted_term_is_is_not_placed_inside_the_story() -> None:
    asked = questions(
        "Tidewater is a drama series about a lifeboat crew. In Ostmark the show is broadcast as "
        'Harbour Watch, because the name "Tidewater" is a registered trademark of the shipping '
        "firm Harlow Lines."
    )
    (prompt,) = [p for p in asked if asked[p].answer == "Harlow Lines"]
    assert prompt == 'Of which shipping firm is the name "Tidewater" a registered trademark?'


def test_a_maker_is_never_named_by_a_job_of_a_work() -> None:
    asked = questions(
        "The Quill Sisters are an Irish folk band formed in Kelby in 2009. The song "
        '"Grey Gull" was used in the film The Quiet Marsh. Mara Lusk wrote most of the songs '
        "during a winter spent on Vesh Island.",
        "The Quill Sisters",
    )
    (prompt,) = [p for p in asked if asked[p].answer == "Mara Lusk"]
    assert "wrote most of the songs" in prompt
    assert not prompt.startswith(("Which film", "Which maker"))


NOVEL = (
    "The Grey Lantern is a 1990 novel by the writer Ada Venn. "
    "Set on the island of Tarrow in the 1930s, it follows the orphan Mara Quill as she searches "
    "for her missing brother Tam. "
    "The book won the Kelby Prize in 1991. "
    "In 2010 the novel was adapted as a television series directed by Ivo Pask. "
    "The adaptation was first shown on Channel Six in March 2011."
)


def test_a_title_keeps_its_article_and_a_novels_adaptation_is_another_work() -> None:
    asked = questions(NOVEL, "The Grey Lantern")
    assert all("Grey Lantern" not in p or "The Grey Lantern" in p for p in asked), list(asked)
    shown = [q for q in asked.values() if q.answer == "March 2011"]
    assert shown, list(asked)
    assert all("The Grey Lantern's adaptation" in q.prompt for q in shown), list(asked)


def test_her_after_a_work_that_follows_one_person_is_that_persons() -> None:
    asked = questions(NOVEL, "The Grey Lantern")
    assert asked["Who is Mara Quill's missing brother?"].answer == "Tam"
    assert not any("Lantern's missing" in p for p in asked), list(asked)

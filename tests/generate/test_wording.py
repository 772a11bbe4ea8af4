"""How a question names the text's subject, on sentences written for these tests."""

from __future__ import annotations

from quizapp.generate import generate_pack
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
    pack = generate_pack(text, pack_id="t", title=title).pack
    return {q.prompt: q for q in pack.questions}


def test_a_part_of_the_subject_is_named_as_its_own() -> None:
    found = questions(VOYAGE)
    assert found["What was Tidewater's lifeboat called?"].answer_text == "Swift"
    assert found["Who praised Tidewater's second series?"].answer_text == "Pim Osk"
    assert not any(p.startswith("For Tidewater") for p in found)


def test_the_explanation_names_the_subject_as_the_question_does() -> None:
    question = questions(VOYAGE)["What was Tidewater's lifeboat called?"]
    assert question.explanation == "Tidewater's lifeboat was called Swift."


def test_a_ranked_part_is_asked_as_which_of_the_subject() -> None:
    text = "Tidewater is a drama series. The first series drew praise from Pim Osk and Ada Venn."
    assert "Which series of Tidewater drew praise from Pim Osk and Ada Venn?" in questions(text)


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

from dataclasses import replace

import pytest

from quizapp.core import modes
from quizapp.core.matching import is_correct, normalise
from quizapp.core.model import PackId, Question, QuestionId
from quizapp.packs.model import QuestionKind


def typed(answer: str, *accept: str, tolerance: float = 0) -> Question:
    return Question(
        QuestionId(1),
        PackId(1),
        QuestionKind.TYPED,
        "Who?",
        answer,
        accept=accept,
        tolerance=tolerance,
    )


@pytest.mark.parametrize(
    "given",
    ["Joe Locke", "joe locke", "  JOE   LOCKE ", "Joe Locke.", "Joe Lock", "Locke"],
)
def test_typed_answer_forgives_case_spacing_punctuation_one_typo_and_accepts(given: str) -> None:
    assert is_correct(typed("Joe Locke", "Locke"), given)


@pytest.mark.parametrize("given", ["", "Kit Connor", "Joe", "Jo Lo"])
def test_typed_answer_rejects_other_answers(given: str) -> None:
    assert not is_correct(typed("Joe Locke", "Locke"), given)


def test_accents_do_not_matter() -> None:
    assert is_correct(typed("Stéphane"), "Stephane")


def test_short_answers_get_no_typo_allowance() -> None:
    assert not is_correct(typed("Tao"), "Tai")


@pytest.mark.parametrize("given", ["tim dickle", "Tmi Dickel", "Tim Dicekl"])
def test_two_neighbouring_letters_swapped_are_one_slip(given: str) -> None:
    assert is_correct(typed("Tim Dickel"), given)


@pytest.mark.parametrize("given", ["tmi dicekl", "Tim Dkcie", "Tim Diclke"])
def test_more_than_one_swap_or_a_distant_swap_is_wrong(given: str) -> None:
    assert not is_correct(typed("Tim Dickel"), given)


def test_short_answers_forgive_no_swap_either() -> None:
    assert not is_correct(typed("Tao"), "Toa")


def test_numbers_use_the_tolerance_and_thousands_separators() -> None:
    question = typed("1822", tolerance=5)
    assert is_correct(question, "1826")
    assert not is_correct(question, "1828")
    assert is_correct(typed("10000"), "10,000")
    assert not is_correct(typed("10000"), "ten")


def test_leading_article_is_optional() -> None:
    assert is_correct(typed("The Guardian"), "guardian")


def test_choice_compares_the_option_text() -> None:
    question = Question(
        QuestionId(1), PackId(1), QuestionKind.CHOICE, "Who?", "Joe Locke", wrong=("Kit Connor",)
    )
    assert is_correct(question, "Joe Locke")
    assert not is_correct(question, "Kit Connor")


def test_normalise_keeps_decimal_points_and_drops_others() -> None:
    assert normalise("3.5") == "3.5"
    assert normalise("Mr. Farouk") == "mr farouk"


def asked(prompt: str, answer: str, kind: QuestionKind = QuestionKind.TYPED) -> Question:
    return Question(QuestionId(1), PackId(1), kind, prompt, answer, wrong=("Kit Connor",))


@pytest.mark.parametrize(
    ("prompt", "answer", "given"),
    [
        ("Who directed the series?", "Maxwell Fine", "Fine"),
        ("Who plays Tao Xu?", "William Gao", "gao"),
        ("Whose idea was the show?", "Adam Dee", "Dee"),
    ],
)
def test_a_surname_alone_names_the_person_the_pack_lists_it_for(
    prompt: str, answer: str, given: str
) -> None:
    surname = answer.split()[-1]
    question = replace(asked(prompt, answer), accept=(surname,))
    assert is_correct(question, given)


@pytest.mark.parametrize(
    ("prompt", "answer", "given"),
    [
        ("Who produced the show?", "Hat Trick Productions", "Productions"),
        ("Who sang the theme?", "Baby Queen", "Queen"),
        ("Who directed the series?", "Maxwell Fine", "Fine"),
    ],
)
def test_a_last_word_does_not_count_where_the_pack_does_not_list_it(
    prompt: str, answer: str, given: str
) -> None:
    assert not is_correct(asked(prompt, answer), given)
    assert not is_correct(modes.TYPED.prepare(asked(prompt, answer, QuestionKind.CHOICE)), given)


@pytest.mark.parametrize("given", ["Erin's", "Mary's", "Erin"])
def test_a_possessive_naming_another_character_never_counts(given: str) -> None:
    question = replace(
        asked("Who does Erin visit?", "Erin's mother Mary"), accept=("Mary", "Erin's", "Mary's")
    )
    assert not is_correct(question, given)
    assert is_correct(question, "Mary")
    assert is_correct(question, "Erin's mother Mary")


@pytest.mark.parametrize(
    ("answer", "given", "right"),
    [
        ("over 10,000", "10,000", True),
        ("over 10,000", "10000", True),
        ("about 40", "40", True),
        ("some 300", "300", True),
        ("roughly 2.5", "2.5", True),
        ("over 10,000", "over 10,000", True),
        ("over 10,000", "9,000", False),
        ("over 10,000", "over", False),
        ("10 Downing Street", "10", False),
    ],
)
def test_a_hedged_figure_counts_typed_without_its_hedge(
    answer: str, given: str, right: bool
) -> None:
    assert is_correct(asked("How many people came?", answer), given) is right


@pytest.mark.parametrize(
    ("prompt", "answer", "given"),
    [
        ("Where was the series filmed?", "New York", "York"),
        ("Who directed the series?", "Maxwell Fine", "Maxwell"),
        ("Who directed the series?", "Madonna", "Mad"),
    ],
)
def test_only_the_surname_of_a_person_asked_for_counts(
    prompt: str, answer: str, given: str
) -> None:
    assert not is_correct(asked(prompt, answer), given)

from dataclasses import replace

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from quizapp.core import modes
from quizapp.core.figures import TENS, UNITS
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
        ("number seven", "7", True),
        ("number seven", "seven", True),
        ("number seven", "6", False),
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


_ONES = UNITS[:10]
_TEENS = UNITS[10:]
_TENS_WORDS = TENS
HEDGES = ("", "over ", "about ", "just over ", "some ", "around ", "more than ")


def spelled(n: int) -> str:
    """Spell 0 to 999,999 in words, as a quiz book writes them."""
    if n < 10:
        return _ONES[n]
    if n < 20:
        return _TEENS[n - 10]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS_WORDS[tens - 2] + (f"-{_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_ONES[hundreds]} hundred" + (f" and {spelled(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    joiner = " and " if 0 < rest < 100 else " "
    return f"{spelled(thousands)} thousand" + (f"{joiner}{spelled(rest)}" if rest else "")


def ordinal_suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


_ORDINAL_WORDS = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}


def spelled_ordinal(n: int) -> str:
    words = spelled(n).split(" ")
    head, _, last = words[-1].rpartition("-")
    if last in _ORDINAL_WORDS:
        last = _ORDINAL_WORDS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    words[-1] = f"{head}-{last}" if head else last
    return " ".join(words)


numbers = st.integers(min_value=0, max_value=999_999)


@given(numbers, st.sampled_from(HEDGES), st.sampled_from(HEDGES))
def test_a_count_in_words_and_in_digits_are_the_same_answer(
    n: int, hedge: str, typed_hedge: str
) -> None:
    assert is_correct(typed(f"{hedge}{spelled(n)}"), f"{typed_hedge}{n:,}")
    assert is_correct(typed(f"{hedge}{n:,}"), f"{typed_hedge}{spelled(n)}")


@given(st.integers(min_value=1, max_value=999_999))
def test_an_ordinal_in_words_digits_or_as_a_count_is_the_same_answer(n: int) -> None:
    question = typed(f"the {spelled_ordinal(n)}")
    for answer in (str(n), f"{n}{ordinal_suffix(n)}", spelled_ordinal(n), spelled(n)):
        assert is_correct(question, answer), answer
    assert is_correct(typed(f"{n}{ordinal_suffix(n)}"), f"the {spelled_ordinal(n)}")


@given(numbers, numbers)
def test_another_number_is_wrong_however_it_is_written(n: int, m: int) -> None:
    assume(n != m)
    for answer in (str(m), spelled(m), f"{m}{ordinal_suffix(m)}", f"over {m:,}"):
        assert not is_correct(typed(spelled(n)), answer), answer
        assert not is_correct(typed(f"about {n:,}"), answer), answer


@given(st.integers(0, 99), st.integers(1, 99), st.integers(0, 99))
def test_n_out_of_m_is_n_slash_m_and_no_other_pair(n: int, m: int, other: int) -> None:
    question = typed(f"{spelled(n)} out of {spelled(m)}")
    assert is_correct(question, f"{n}/{m}")
    assert is_correct(question, f"{n} out of {m}")
    assert is_correct(typed(f"{n}/{m}"), f"{spelled(n)} out of {spelled(m)}")
    assume(other != n)
    assert not is_correct(question, f"{other}/{m}")
    assert not is_correct(question, f"{m}/{n}") or m == n


@pytest.mark.parametrize(
    ("answer", "given", "right"),
    [
        ("two", "2", True),
        ("the third", "3", True),
        ("the third", "3rd", True),
        ("the third", "third", True),
        ("four out of five", "4/5", True),
        ("over 10,000", "10,000", True),
        ("about forty", "40", True),
        ("five", "4", False),
        ("four out of five", "4", False),
        ("four out of five", "4/6", False),
        ("the third", "thirteen", False),
        ("seventy", "seventeen", False),
        ("-40", "-40", True),
        ("-40", "40", False),
        ("Catch-22", "catch 22", True),
    ],
)
def test_figures_typed_another_way(answer: str, given: str, right: bool) -> None:
    assert is_correct(typed(answer), given) is right

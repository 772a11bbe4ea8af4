"""What each mode says of the questions chosen that it does not ask."""

from quizapp.core.kinds import QuestionKind
from quizapp.core.modes import CLASSIC, MISTAKES, SPEED, TYPED


def test_a_mode_names_the_kind_it_leaves_out_and_the_modes_that_ask_it() -> None:
    chosen = [(QuestionKind.CHOICE, 4), (QuestionKind.TRUEFALSE, 1)]
    assert TYPED.left_out(chosen) == (
        "Type the answer asks 4 of the 5 questions chosen: 1 is a true or false question, "
        "which it does not ask. Classic or Speed asks it."
    )


def test_a_mode_that_asks_none_of_the_questions_says_so() -> None:
    assert TYPED.left_out([(QuestionKind.TRUEFALSE, 3)]) == (
        "Type the answer asks none of the questions chosen: 3 are true or false questions, "
        "which it does not ask. Classic or Speed asks them."
    )


def test_classic_and_speed_ask_every_kind_a_pack_holds() -> None:
    every_kind = [(kind, 2) for kind in QuestionKind]
    assert CLASSIC.left_out(every_kind) is None
    assert SPEED.left_out(every_kind) is None


def test_nothing_is_said_when_the_mode_asks_every_question_chosen() -> None:
    every_kind = [(kind, 2) for kind in QuestionKind]
    assert MISTAKES.left_out(every_kind) is None
    assert CLASSIC.left_out([(QuestionKind.CHOICE, 2), (QuestionKind.TYPED, 0)]) is None

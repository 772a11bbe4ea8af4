"""CSV and xlsx packs: header aliases, option columns, delimiters and encodings."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.packs import Difficulty, PackError, QuestionKind, read_pack_file
from quizapp.packs.naming import question_id
from tests.packs.conftest import reported


def test_csv_with_wrong_columns_reads_every_kind(fixtures: Path) -> None:
    parsed = read_pack_file(fixtures / "spreadsheet/basic.csv")
    france, danube, bern, seine, light = parsed.questions
    assert france.prompt == "What is the capital of France?"
    assert (france.kind, france.answer, france.wrong) == (
        QuestionKind.CHOICE,
        "Paris",
        ["Lyon", "Marseille", "Nice"],
    )
    assert france.category == "Geography"
    assert france.difficulty is Difficulty.EASY
    assert france.explanation == "Paris has been the capital since 987."
    assert danube.prompt == "Which river flows through Vienna, Budapest and Belgrade?"
    assert danube.wrong == ["Rhine", "Elbe"]
    # Empty wrong columns make a typed question; True/False answers a truefalse one.
    assert (bern.kind, bern.answer, bern.wrong) == (QuestionKind.TYPED, "Bern", [])
    assert (seine.kind, seine.answer) == (QuestionKind.TRUEFALSE, True)
    assert light.prompt == 'Name the "City of Light".'
    assert light.wrong == ["Rome\n(the Eternal City)", "London"]
    assert parsed.skipped == []


def test_ids_are_a_hash_of_the_prompt(fixtures: Path) -> None:
    parsed = read_pack_file(fixtures / "spreadsheet/basic.csv")
    assert parsed.questions[0].id == question_id("What is the capital of France?")
    assert question_id("what is the capital of  FRANCE") == parsed.questions[0].id
    assert question_id("What is the capital of Spain?") != parsed.questions[0].id


def test_semicolons_separate_columns_with_commas_in_the_text(fixtures: Path) -> None:
    parsed = read_pack_file(fixtures / "spreadsheet/semicolon.csv")
    first = parsed.questions[0]
    assert first.prompt == "How many metres in 1,5 kilometres?"
    assert (first.answer, first.wrong) == ("1500", ["150", "15 000", "1,5"])


def test_tabs_separate_columns_and_aliases_name_them(fixtures: Path) -> None:
    parsed = read_pack_file(fixtures / "spreadsheet/tab-separated.txt")
    mercury, moon = parsed.questions
    assert (mercury.answer, mercury.wrong, mercury.category) == (
        "Mercury",
        ["Venus", "Mars"],
        "Space",
    )
    assert (moon.kind, moon.answer) == (QuestionKind.TRUEFALSE, False)


@pytest.mark.parametrize(
    "name", ["utf8-bom.csv", "utf16-bom.txt", "utf16-no-bom.csv", "cp1252.csv"]
)
def test_every_common_encoding_reads_the_same(fixtures: Path, name: str) -> None:
    parsed = read_pack_file(fixtures / "spreadsheet" / name)
    cafe, euro = parsed.questions
    assert cafe.prompt == "Which café dish is a croque-monsieur?"
    assert cafe.wrong == ["A crêpe", "A soufflé"]
    assert euro.prompt == "How much is a “euro” sign worth: €?"
    assert euro.wrong == ["€1", "€100"]


def test_option_columns_take_a_letter_an_index_or_the_text(fixtures: Path) -> None:
    parsed = read_pack_file(fixtures / "spreadsheet/options-letters.csv")
    plants, gold, noble = parsed.questions
    assert (plants.answer, plants.wrong) == ("Carbon dioxide", ["Oxygen", "Nitrogen", "Helium"])
    assert (gold.answer, gold.wrong) == ("Au", ["Ag", "Fe", "Pb"])
    assert (noble.answer, noble.wrong) == ("Argon", ["Chlorine"])
    assert reported(parsed.skipped) == [
        "row 5, column F ('answer'): the answer '8' names no option; give a letter A-D, "
        "a number 1-4 or the option's text",
        "row 6, column F ('answer'): the answer 'E' names no option; give a letter A-D, "
        "a number 1-4 or the option's text",
        "row 7, column F ('answer'): the answer 'A, C' names several options; a question "
        "here has one right answer, so keep the one to play",
    ]


def test_numbered_option_columns_and_true_false_options(fixtures: Path) -> None:
    hamlet, tomato = read_pack_file(fixtures / "spreadsheet/options-numbers.csv").questions
    assert (hamlet.answer, hamlet.wrong) == ("Shakespeare", ["Marlowe", "Jonson", "Kyd"])
    assert (tomato.kind, tomato.answer) == (QuestionKind.TRUEFALSE, True)


def test_workbook_first_sheet_with_typed_cells(fixtures: Path) -> None:
    parsed = read_pack_file(fixtures / "spreadsheet/workbook.xlsx")
    assert parsed.format == "xlsx"
    hexagon, half, zero, root = parsed.questions
    assert (hexagon.answer, hexagon.wrong) == ("6", ["5", "8"])
    assert (half.answer, half.wrong) == ("2.5", ["2", "3"])
    assert (zero.kind, zero.answer) == (QuestionKind.TRUEFALSE, True)
    assert (root.kind, root.answer, root.difficulty) == (
        QuestionKind.TYPED,
        "9",
        Difficulty.MEDIUM,
    )
    # Row numbers are the sheet's own, as the author sees them in Excel.
    assert reported(parsed.skipped) == ["row 8: the answer is also among the wrong options"]


def test_workbook_sheet_can_be_chosen_by_name(fixtures: Path) -> None:
    parsed = read_pack_file(fixtures / "spreadsheet/workbook.xlsx", sheet="hard")
    (only,) = parsed.questions
    assert (only.prompt, only.answer, only.wrong) == ("What is 17 × 23?", "391", ["401"])


def test_workbook_sheet_that_does_not_exist(fixtures: Path) -> None:
    with pytest.raises(PackError, match="no sheet named 'Medium'; the sheets are 'Easy', 'Hard'"):
        read_pack_file(fixtures / "spreadsheet/workbook.xlsx", sheet="Medium")


def test_bad_rows_are_skipped_and_the_good_one_kept(fixtures: Path) -> None:
    parsed = read_pack_file(fixtures / "bad/bad-rows.csv")
    assert [q.prompt for q in parsed.questions] == ["Which row is fine?"]
    assert reported(parsed.skipped) == [
        "row 2: the answer is also among the wrong options",
        "row 3: question: is empty",
        "row 4: explanation: is 2,001 characters long; at most 2,000 are allowed",
        "row 5: difficulty: 'extreme' is not 'easy', 'medium' or 'hard'",
        "row 6: has 7 cells but the header names 6 columns: put in quotes a cell whose text "
        "holds the separator, or name the extra columns",
    ]


def test_missing_answer_column_names_the_columns_found(fixtures: Path) -> None:
    with pytest.raises(PackError) as caught:
        read_pack_file(fixtures / "bad/missing-answer-column.csv")
    assert caught.value.where == "row 1"
    assert caught.value.message == (
        "no answer column: the header names 'question', 'wrong1', 'wrong2'; put a header row "
        "naming the columns above the questions, such as: question, answer, wrong1, wrong2"
    )


def test_unclosed_quote_is_invalid_csv_with_its_line(fixtures: Path) -> None:
    with pytest.raises(PackError, match="invalid CSV: unexpected end of data") as caught:
        read_pack_file(fixtures / "bad/unclosed-quote.csv")
    assert caught.value.where == "line 3"


def test_header_only_holds_no_questions(fixtures: Path) -> None:
    with pytest.raises(PackError, match="the file holds no questions"):
        read_pack_file(fixtures / "bad/no-questions.csv")


def test_repeated_prompts_keep_the_first(tmp_path: Path) -> None:
    target = tmp_path / "twice.csv"
    target.write_text("question,answer\nWhat is 2+2?,4\nwhat is 2+2,four\n", encoding="utf-8")
    parsed = read_pack_file(target)
    assert [q.answer for q in parsed.questions] == ["4"]
    assert reported(parsed.skipped) == ["row 3: repeats the question at row 2"]


def test_an_id_column_gives_ids_and_catches_repeats(tmp_path: Path) -> None:
    target = tmp_path / "ids.csv"
    target.write_text(
        "id,question,answer,accept\n"
        "sun,Which star is nearest?,The Sun,Sun|Sol\n"
        "sun,Which planet is nearest the Sun?,Mercury,\n",
        encoding="utf-8",
    )
    parsed = read_pack_file(target)
    (sun,) = parsed.questions
    assert (sun.id, sun.kind, sun.accept) == ("sun", QuestionKind.TYPED, ["Sun", "Sol"])
    assert reported(parsed.skipped) == ["row 3: repeats the id 'sun' of row 2"]


def test_excel_sep_line_names_the_delimiter(fixtures: Path) -> None:
    parsed = read_pack_file(fixtures / "spreadsheet/excel-sep-line.txt")
    (sea,) = parsed.questions
    assert (sea.prompt, sea.answer, sea.wrong) == (
        "Which sea is saltiest?",
        "The Dead Sea",
        ["The Red Sea"],
    )
    # Excel hides the sep= line, so its rows count from the header.
    assert reported(parsed.skipped) == [
        "row 3: has 5 cells but the header names 3 columns: put in quotes a cell whose text "
        "holds the separator, or name the extra columns"
    ]


def test_title_rows_above_the_header_are_passed_over(fixtures: Path) -> None:
    parsed = read_pack_file(fixtures / "spreadsheet/title-rows.txt")
    assert parsed.format == "csv"
    (spain,) = parsed.questions
    assert (spain.prompt, spain.answer, spain.wrong) == (
        "What is the capital of Spain?",
        "Madrid",
        ["Barcelona"],
    )


def test_a_time_column_becomes_each_questions_own_time_limit(tmp_path: Path) -> None:
    target = tmp_path / "timed.csv"
    target.write_text(
        ",Question,Answer1,Answer2,Answer3,Answer4,Time,Correct\n"
        "1,Which planet is largest?,Mars,Jupiter,Venus,Earth,30,2\n"
        "2,Which gas do plants take in?,Oxygen,Carbon dioxide,,,20000,2\n"
        "3,How many legs has a spider?,Six,Eight,,,,2\n"
        "4,What is frozen water called?,Ice,Steam,,,soon,1\n"
        "5,Which metal is liquid when warm?,Mercury,Iron,,,2,1\n",
        encoding="utf-8",
    )
    parsed = read_pack_file(target)
    planet, gas, spider = parsed.questions
    # Seconds as Kahoot's sheets give them; milliseconds as exports of its quiz data do.
    assert (planet.answer, planet.time_limit_s) == ("Jupiter", 30)
    assert (gas.answer, gas.time_limit_s) == ("Carbon dioxide", 20)
    assert spider.time_limit_s is None
    assert reported(parsed.skipped) == [
        "row 5, column G ('Time'): the time 'soon' is not a number of seconds",
        "row 6, column G ('Time'): the time '2' is not 5 to 600 seconds",
    ]


def test_a_workbook_time_column_in_milliseconds_is_read_as_seconds(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Question", "Answer", "Wrong 1", "Time (ms)"])
    sheet.append(["Which ocean is largest?", "Pacific", "Atlantic", 45000])
    sheet.append(["Which is the smallest prime?", "2", "1", 5000.0])
    sheet.append(["Which is the largest planet?", "Jupiter", "Mars", 900])
    book.save(tmp_path / "timed.xlsx")
    parsed = read_pack_file(tmp_path / "timed.xlsx")
    assert [q.time_limit_s for q in parsed.questions] == [45, 5]
    assert reported(parsed.skipped) == [
        "row 4, column D ('Time (ms)'): the time '900' (milliseconds) is not 5 to 600 seconds"
    ]


@pytest.mark.parametrize(
    "header", ["Time limit (sec) - 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Seconds", "timer"]
)
def test_time_columns_are_known_by_their_common_names(tmp_path: Path, header: str) -> None:
    target = tmp_path / "named.csv"
    target.write_text(
        f'question,answer,wrong,timestamp,"{header}"\nIs the sky green?,No,Yes,12:00,60\n',
        encoding="utf-8",
    )
    (question,) = read_pack_file(target).questions
    assert question.time_limit_s == 60


# The columns of Kahoot's own question template, under a block of title and instructions.
KAHOOT_HEADER = [
    "",
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
]
KAHOOT_ABOVE = [
    [],
    ["", "Quiz template"],
    ["", "Write a question, two to four answers, a time limit and the right answers."],
    ["", "Questions can be 120 characters long and answers 75."],
    ["", "Replace the example below with your first question."],
    ["", "Save as .xlsx if your program is not Excel."],
    [],
]


def test_kahoots_template_workbook_is_read_under_its_instructions(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [*KAHOOT_ABOVE, KAHOOT_HEADER]:
        sheet.append(row)
    sheet.append(
        [1, "Which planet is nearest the Sun?", "Venus", "Mercury", "Mars", "Earth", 20, 2]
    )
    sheet.append([2, "Which of these numbers are prime?", 4, 7, 9, 11, 30, "2,4"])
    sheet.append([3, "Do penguins fly?", "Yes", "No", None, None, 10, 2])
    # The template numbers its empty rows down the first column.
    for number in range(4, 40):
        sheet.append([number])
    book.save(tmp_path / "Kahoot.xlsx")
    parsed = read_pack_file(tmp_path / "Kahoot.xlsx")
    planet, penguins = parsed.questions
    assert (planet.prompt, planet.answer, planet.wrong, planet.time_limit_s) == (
        "Which planet is nearest the Sun?",
        "Mercury",
        ["Venus", "Mars", "Earth"],
        20,
    )
    assert (penguins.answer, penguins.wrong, penguins.time_limit_s) == ("No", ["Yes"], 10)
    assert reported(parsed.skipped) == [
        "row 10, column H ('Correct answer(s)'): the answer '2,4' names several options; "
        "a question here has one right answer, so keep the one to play"
    ]


def test_kahoots_template_saved_as_csv_is_recognised(tmp_path: Path) -> None:
    target = tmp_path / "kahoot-template.csv"
    rows = [*KAHOOT_ABOVE, KAHOOT_HEADER, ["1", "Which is the largest ocean?", "Pacific", "Indian"]]
    rows[-1] += ["", "", "60", "1"]
    target.write_text("\n".join(";".join(row) for row in rows) + "\n", encoding="utf-8")
    parsed = read_pack_file(target)
    assert parsed.format == "csv"
    (ocean,) = parsed.questions
    assert (ocean.answer, ocean.wrong, ocean.time_limit_s) == ("Pacific", ["Indian"], 60)

import gc
from pathlib import Path

import pytest
from sqlalchemy import text

from quizapp.packs import PackHeader, PackQuestion, read_pack_file
from quizapp.paths import STORE_FILE
from quizapp.store import Collection, ImportCancelledError, StoreError
from tests.conftest import PackFactory, choice_question
from tests.store.conftest import questions_of
from tests.store.test_collection import play_round

CSV = "question,answer,wrong1,wrong2,category\n" + "".join(
    f"What is {n} plus {n}?,{2 * n},{2 * n + 1},{2 * n - 1},Sums\n" for n in range(1, 31)
)


def dump(collection: Collection) -> list[tuple[object, ...]]:
    with collection._engine.connect() as conn:
        return [
            tuple(row)
            for table in ("pack", "question", "round", "answer", "player")
            for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1"))
        ]


def test_import_reports_counts_and_keeps_ids_stable_on_reimport(
    collection: Collection, tmp_path: Path
) -> None:
    sums = tmp_path / "sums.csv"
    sums.write_text(CSV, encoding="utf-8")
    first = collection.packs.import_parsed(read_pack_file(sums))
    assert (first.pack_slug, first.added, first.updated, first.retired) == ("sums", 30, 0, 0)
    questions = {q.prompt: q.id for q in questions_of(collection, collection.packs.all()[0].id)}

    lines = CSV.splitlines()
    lines[1] = lines[1].replace(",Sums", ",Arithmetic")
    del lines[2]
    lines.append("What is 100 plus 100?,200,201,199,Sums")
    sums.write_text("\n".join(lines) + "\n", encoding="utf-8")
    second = collection.packs.import_parsed(read_pack_file(sums))
    assert (second.added, second.updated, second.unchanged, second.retired) == (1, 1, 28, 1)
    after = {q.prompt: q.id for q in questions_of(collection, collection.packs.all()[0].id)}
    assert len(after) == 30
    assert after["What is 1 plus 1?"] == questions["What is 1 plus 1?"]
    assert "What is 2 plus 2?" not in after
    assert [p.slug for p in collection.packs.all()] == ["sums"]


def test_cancel_leaves_the_store_exactly_as_before(
    collection: Collection, tmp_path: Path, pack_file: PackFactory
) -> None:
    collection.packs.sync_shipped(pack_file().parent)
    play_round(collection, "Ann", collection.packs.all()[0].id, right=4)
    big = tmp_path / "big.csv"
    big.write_text(
        "question,answer\n" + "".join(f"Q{n}?,A{n}\n" for n in range(12_000)), encoding="utf-8"
    )
    parsed = read_pack_file(big)
    before = dump(collection)
    calls: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelledError):
        collection.packs.import_many(
            [parsed], progress=lambda d, t: calls.append((d, t)), cancelled=lambda: bool(calls)
        )
    assert calls == [(5000, 12_000)]
    assert dump(collection) == before


def test_progress_counts_up_to_the_total(collection: Collection, tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    big.write_text(
        "question,answer\n" + "".join(f"Q{n}?,A{n}\n" for n in range(11_000)), encoding="utf-8"
    )
    calls: list[tuple[int, int]] = []
    collection.packs.import_many([read_pack_file(big)], progress=lambda d, t: calls.append((d, t)))
    assert calls == [(5000, 11_000), (10_000, 11_000), (11_000, 11_000)]
    assert collection.packs.all()[0].question_count == 11_000


def test_an_import_holds_the_cycle_collector_only_while_it_writes(
    collection: Collection, tmp_path: Path
) -> None:
    big = tmp_path / "big.csv"
    big.write_text(
        "question,answer\n" + "".join(f"Q{n}?,A{n}\n" for n in range(6_000)), encoding="utf-8"
    )
    parsed = read_pack_file(big)
    collecting: list[bool] = []
    with pytest.raises(ImportCancelledError):
        collection.packs.import_many(
            [parsed],
            progress=lambda _d, _t: collecting.append(gc.isenabled()),
            cancelled=lambda: bool(collecting),
        )
    assert collecting == [False]
    assert gc.isenabled()
    gc.disable()
    try:
        collection.packs.import_many([parsed])
        assert not gc.isenabled(), "a collector switched off by the program stays off"
    finally:
        gc.enable()


def test_deleting_a_pack_keeps_the_history_readable(
    collection: Collection, pack_file: PackFactory
) -> None:
    collection.packs.sync_shipped(pack_file().parent)
    pack = collection.packs.all()[0]
    round_id = play_round(collection, "Ann", pack.id, right=6)
    collection.packs.delete(pack.id)
    assert collection.packs.all() == []
    record = collection.rounds.record(round_id)
    assert record.pack_title == "Heartstopper"
    assert len(record.answers) == 10
    assert all(a.prompt.startswith("Question number") for a in record.answers)
    assert record.correct == 6
    assert collection.stats.high_scores()[0].round_id == round_id


def test_rename_disable_and_enable(collection: Collection, pack_file: PackFactory) -> None:
    collection.packs.sync_shipped(pack_file().parent)
    pack = collection.packs.all()[0]
    collection.packs.rename(pack.id, "  Heartstopper   trivia ")
    collection.packs.set_enabled(pack.id, False)
    info = collection.packs.info(pack.id)
    assert (info.title, info.enabled, info.origin) == ("Heartstopper trivia", False, "edited")
    with pytest.raises(StoreError, match="^A pack title is empty.$"):
        collection.packs.rename(pack.id, "   ")
    with pytest.raises(StoreError, match="is 201 characters long; at most 200 are allowed"):
        collection.packs.rename(pack.id, "x" * 201)


def test_editing_a_shipped_pack_makes_it_the_players_copy(
    collection: Collection, pack_file: PackFactory
) -> None:
    folder = pack_file().parent
    collection.packs.sync_shipped(folder)
    pack = collection.packs.all()[0]
    edited = PackQuestion(
        id="q1", kind="choice", prompt="Who is edited?", answer="Me", wrong=["You"]
    )
    collection.packs.save_question(pack.id, edited, replacing="q1")
    assert collection.packs.info(pack.id).origin == "edited"
    pack_file(questions=[choice_question(i) for i in range(50, 60)])
    assert collection.packs.sync_shipped(folder).written == []
    prompts = [q.prompt for q in collection.packs.contents(pack.id).questions]
    assert prompts[0] == "Who is edited?"
    assert len(prompts) == 12


def test_save_add_replace_and_retire_questions(collection: Collection) -> None:
    pack = collection.packs.add(PackHeader(id="mine", title="Mine"), [])
    first = PackQuestion(id="a", kind="typed", prompt="Capital of France?", answer="Paris")
    collection.packs.save_question(pack.id, first)
    with pytest.raises(StoreError, match="already has a question"):
        collection.packs.save_question(pack.id, first)
    renamed = first.model_copy(update={"id": "b", "prompt": "Capital of Italy?", "answer": "Rome"})
    collection.packs.save_question(pack.id, renamed, replacing="a")
    assert [(q.id, q.answer) for q in collection.packs.contents(pack.id).questions] == [
        ("b", "Rome")
    ]
    collection.packs.retire_question(pack.id, "b")
    assert collection.packs.info(pack.id).question_count == 0
    assert collection.packs.add(PackHeader(id="mine", title="Again"), []).slug == "mine-2"


def test_export_gives_back_the_imported_questions(collection: Collection, tmp_path: Path) -> None:
    sums = tmp_path / "sums.csv"
    sums.write_text(CSV, encoding="utf-8")
    parsed = read_pack_file(sums)
    collection.packs.import_parsed(parsed)
    exported = collection.packs.contents(collection.packs.all()[0].id)
    assert exported.questions == parsed.questions
    assert (exported.id, exported.title) == (parsed.header.id, parsed.header.title)


def test_store_file_is_not_created_elsewhere(sqlite_collection: Collection, tmp_path: Path) -> None:
    assert sqlite_collection.path == tmp_path / "data" / STORE_FILE


def test_another_file_with_the_same_name_gets_its_own_pack(
    collection: Collection, tmp_path: Path
) -> None:
    first, second = tmp_path / "a" / "quiz.csv", tmp_path / "b" / "quiz.csv"
    for path, answer in ((first, "One"), (second, "Two")):
        path.parent.mkdir()
        path.write_text(f"question,answer\nWhich file is this?,{answer}\n", encoding="utf-8")
    reports = [collection.packs.import_parsed(read_pack_file(p)) for p in (first, second, first)]
    assert [r.pack_slug for r in reports] == ["quiz", "quiz-2", "quiz"]
    assert [(r.added, r.unchanged) for r in reports] == [(1, 0), (1, 0), (0, 1)]
    explicit = collection.packs.import_parsed(read_pack_file(second, pack_id="quiz"))
    assert (explicit.pack_slug, explicit.updated) == ("quiz", 1)


def test_true_or_false_answers_read_back_alike_for_play_and_for_export(
    collection: Collection, pack_file: PackFactory
) -> None:
    facts = [
        {"id": "wet", "kind": "truefalse", "prompt": "Water is wet.", "answer": True},
        {"id": "hot", "kind": "truefalse", "prompt": "Ice is hot.", "answer": False},
    ]
    collection.packs.sync_shipped(pack_file(questions=facts).parent)
    pack = collection.packs.all()[0]
    made_in_game = PackQuestion.model_validate(
        {"id": "cold", "kind": "truefalse", "prompt": "Fire is cold.", "answer": False}
    )
    collection.packs.save_question(pack.id, made_in_game)
    drawn = {q.prompt: (q.answer, q.wrong) for q in collection.rounds.draw(pack.id, 10)}
    assert drawn == {
        "Water is wet.": ("True", ()),
        "Ice is hot.": ("False", ()),
        "Fire is cold.": ("False", ()),
    }
    exported = {q.prompt: q.answer for q in collection.packs.contents(pack.id).questions}
    assert exported == {"Water is wet.": True, "Ice is hot.": False, "Fire is cold.": False}


def test_a_spreadsheets_time_column_times_its_questions_in_speed_rounds(
    collection: Collection, tmp_path: Path
) -> None:
    from quizapp.core.modes import SPEED
    from quizapp.core.round import RoundPlay

    sheet = tmp_path / "timed.csv"
    sheet.write_text(
        "question,answer,wrong,time\nIs ice cold?,Yes,No,45\nIs fire cold?,No,Yes,\n",
        encoding="utf-8",
    )
    collection.packs.import_parsed(read_pack_file(sheet))
    pack = collection.packs.all()[0].id
    limits = {q.prompt: q.time_limit_s for q in collection.packs.contents(pack).questions}
    assert limits == {"Is ice cold?": 45, "Is fire cold?": None}
    player = collection.players.add("Ann").id
    round_id, questions = collection.rounds.start(player, pack, 2, mode=SPEED)
    play = RoundPlay(round_id, questions, collection.rounds, rule=SPEED.scoring, time_limit_s=20)
    shown = {play.current.question.prompt: play.current.time_limit_ms}
    play.answer(play.current.options[0])
    play.advance()
    shown[play.current.question.prompt] = play.current.time_limit_ms
    # The sheet's own time first; the round's timer where the sheet gives none.
    assert shown == {"Is ice cold?": 45_000, "Is fire cold?": 20_000}

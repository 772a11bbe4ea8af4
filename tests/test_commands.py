import json
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.paths import STORE_FILE

GIFT = """// two good questions and an essay the game cannot play
::capital:: What is the capital of France? {=Paris ~Lyon ~Nice}

Water boils at 100 degrees Celsius at sea level. {T}

Write about your summer. {}
"""


@pytest.fixture
def gift(tmp_path: Path) -> Path:
    path = tmp_path / "geo.gift"
    path.write_text(GIFT, encoding="utf-8")
    return path


@pytest.mark.parametrize("where", ["before", "after"])
def test_import_prints_a_report_and_packs_lists_the_pack(
    gift: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    argv = [*data, "import", str(gift)] if where == "before" else ["import", str(gift), *data]
    assert main(argv, environ={}) == 0
    out = capsys.readouterr().out
    assert "pack 'geo': 2 new, 0 updated, 1 skipped" in out
    assert "of which 1 of a kind the game cannot play" in out
    assert "skipped line 6:" in out
    assert (tmp_path / "d" / STORE_FILE).exists()

    assert main(["packs", *data], environ={}) == 0
    listing = capsys.readouterr().out.splitlines()
    assert "geo\tGeo\t2 questions\tenabled" in listing


def test_packs_lists_a_pack_of_one_question_as_one_question(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "one.gift"
    path.write_text("::only:: Water boils at 100 degrees Celsius. {T}\n", encoding="utf-8")
    data = ["--data-dir", str(tmp_path / "d")]
    assert main([*data, "import", str(path)], environ={}) == 0
    capsys.readouterr()
    assert main(["packs", *data], environ={}) == 0
    assert "one\tOne\t1 question\tenabled" in capsys.readouterr().out.splitlines()


def test_reimport_updates_in_place(
    gift: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    main(["import", str(gift), *data], environ={})
    gift.write_text(GIFT.replace("~Nice", "~Marseille"), encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(gift), *data], environ={}) == 0
    assert "0 new, 1 updated, 1 unchanged" in capsys.readouterr().out


def test_export_writes_a_native_pack(
    gift: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    main(["import", str(gift), "--pack-id", "europe", "--title", "Europe", *data], environ={})
    out = tmp_path / "europe.json"
    assert main(["export", "europe", "--out", str(out), *data], environ={}) == 0
    pack = json.loads(out.read_text(encoding="utf-8"))
    assert (pack["format"], pack["id"], pack["title"]) == ("quizapp-pack/1", "europe", "Europe")
    assert [q["answer"] for q in pack["questions"]] == ["Paris", True]


def test_export_of_an_unknown_pack_fails_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["export", "nope", "--out", str(tmp_path / "x.json"), "--data-dir", str(tmp_path)])
    assert code == 1
    assert "there is no pack 'nope'" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()


def test_export_to_an_unwritable_place_writes_nothing(
    gift: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    main(["import", str(gift), *data], environ={})
    target = tmp_path / "missing" / "geo.json"
    assert main(["export", "geo", "--out", str(target), *data], environ={}) == 1
    assert "cannot write" in capsys.readouterr().err
    assert not target.parent.exists()


def test_a_bad_file_fails_alone_and_changes_nothing(
    gift: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "quizapp-pack/1", "id": ', encoding="utf-8")
    assert main(["import", str(broken), str(gift), *data], environ={}) == 1
    captured = capsys.readouterr()
    assert f"{broken}" in captured.err
    assert "line 1" in captured.err
    assert "pack 'geo'" in captured.out
    main(["packs", *data], environ={})
    assert [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()] == [
        "geo",
        "heartstopper",
    ]


def test_pack_id_with_several_files_is_refused(
    gift: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["import", str(gift), str(gift), "--pack-id", "x", "--data-dir", str(tmp_path)])
    assert code == 1
    assert "give one file" in capsys.readouterr().err


def test_commands_use_the_database_the_option_names_over_the_environment(
    gift: Path, tmp_path: Path, store_url: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    chosen = store_url or f"sqlite:///{tmp_path / 'chosen.sqlite3'}"
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    data = ["--data-dir", str(tmp_path / "d")]
    environ = {"QUIZAPP_DB_URL": other}
    assert main(["import", str(gift), *data, "--db-url", chosen], environ=environ) == 0
    capsys.readouterr()
    assert main(["--db-url", chosen, "packs", *data], environ=environ) == 0
    assert "geo\tGeo\t2 questions\tenabled" in capsys.readouterr().out.splitlines()
    # Without the option the environment's store is used: a different one, without the pack.
    assert main(["packs", *data], environ=environ) == 0
    assert "geo\tGeo" not in capsys.readouterr().out
    assert not (tmp_path / "d" / STORE_FILE).exists()


def test_a_database_server_that_does_not_answer_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql+psycopg://someone:secret@127.0.0.1:1/classroom"
    assert main(["packs", "--data-dir", str(tmp_path), "--db-url", url], environ={}) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "quizapp packs: Cannot reach the database server of "
        "postgresql+psycopg://someone:***@127.0.0.1:1/classroom. Check that it is running and "
        "that the address and port are right."
    ]

"""Importing writes a file into the store as it reads it: bounded memory, all or nothing."""

from __future__ import annotations

import csv
import tracemalloc
from functools import partial
from pathlib import Path

import pytest

from quizapp.core.model import ImportReport
from quizapp.packs import PackError, read_pack_file
from quizapp.packs.media import media_warning
from quizapp.store import Collection, ImportCancelledError
from tests.store.test_import import CSV, dump


def write_big_csv(path: Path, rows: int) -> int:
    """Write a CSV pack of varied four-option questions; return its size in bytes."""
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["question", "answer", "wrong1", "wrong2", "wrong3", "category"])
        writer.writerows(
            [f"Which year did event {n} of the long list happen in?", *years(n), f"Kind {n % 20}"]
            for n in range(rows)
        )
    return path.stat().st_size


def years(n: int) -> list[str]:
    """Return four different years, the right one first."""
    return [str(1000 + n % 1000 + step * 1000) for step in range(4)]


def import_file(collection: Collection, path: Path) -> ImportReport:
    with collection.packs.importing() as importer:
        return importer.add(partial(read_pack_file, path))


def test_a_big_csv_is_imported_in_a_few_times_its_size(
    sqlite_collection: Collection, tmp_path: Path
) -> None:
    # Held whole as questions, a CSV file costs over twenty times its size; written as it is
    # read, its bytes, the ids seen and a batch of questions, which in a file this small
    # weighs as much as the rest.
    big = tmp_path / "big.csv"
    size = write_big_csv(big, 20_000)
    # The reader's and the store's modules load first: only the import itself is measured.
    small = tmp_path / "small.csv"
    write_big_csv(small, 10)
    import_file(sqlite_collection, small)
    tracemalloc.start()
    try:
        report = import_file(sqlite_collection, big)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report.added == 20_000
    assert sqlite_collection.packs.by_slug("big").question_count == 20_000  # type: ignore[union-attr]
    assert peak < 8 * size, f"peak {peak / size:.1f} times the file's {size:,} bytes"


def test_a_bad_row_part_way_writes_nothing_and_names_its_place(
    collection: Collection, tmp_path: Path
) -> None:
    sums = tmp_path / "sums.csv"
    sums.write_text(CSV, encoding="utf-8")
    import_file(collection, sums)
    before = dump(collection)
    # Thousands of good rows reach the store before the bad one is read.
    lines = CSV.splitlines()
    lines[1] = lines[1].replace(",Sums", ",Arithmetic")
    good = [f"Question {n}?,{n},{n + 1},{n + 2},More" for n in range(4_000)]
    sums.write_text("\n".join([*lines, *good, '"Broken"quote,1,2,3,X', "Last?,1,2,3,X"]) + "\n")
    with pytest.raises(PackError) as caught:
        import_file(collection, sums)
    assert caught.value.where == "line 4032"
    assert str(caught.value).startswith(f"{sums}, line 4032: invalid CSV")
    assert dump(collection) == before


def test_a_cell_over_the_limit_part_way_names_row_and_cell(
    collection: Collection, tmp_path: Path
) -> None:
    big = tmp_path / "cells.csv"
    rows = [f"Question {n}?,{n},{n + 1}" for n in range(3_000)]
    rows.insert(2_500, "Long?," + "x" * 10_001 + ",y")
    big.write_text("question,answer,wrong\n" + "\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(PackError, match=r"row 2502: cell 2 is 10,001 characters long"):
        import_file(collection, big)
    assert collection.packs.all() == []


def test_one_bad_file_takes_back_only_itself(collection: Collection, tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text(CSV, encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text(CSV + '"Oops"x,1,2,3\n' + "Fine?,1,2,3\n" * 3_000, encoding="utf-8")
    errors = []
    with collection.packs.importing() as importer:
        for path in (good, bad):
            try:
                importer.add(partial(read_pack_file, path))
            except PackError as exc:
                errors.append(exc.where)
    assert errors == ["line 32"]
    assert [(p.slug, p.question_count) for p in collection.packs.all()] == [("good", 30)]


def test_cancel_part_way_writes_nothing(collection: Collection, tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    write_big_csv(big, 3_000)
    before = dump(collection)
    written: list[int] = []
    with (
        pytest.raises(ImportCancelledError),
        collection.packs.importing(
            progress=lambda done, _total: written.append(done), cancelled=lambda: bool(written)
        ) as importer,
    ):
        importer.add(partial(read_pack_file, big))
    assert written == [1000]
    assert dump(collection) == before


def test_reimport_matches_by_id_as_before(collection: Collection, tmp_path: Path) -> None:
    sums = tmp_path / "sums.csv"
    sums.write_text(CSV, encoding="utf-8")
    first = import_file(collection, sums)
    assert (first.added, first.updated, first.retired) == (30, 0, 0)
    lines = CSV.splitlines()
    lines[1] = lines[1].replace(",Sums", ",Arithmetic")
    del lines[2]
    # Enough new questions to span batches, and a repeat of a question from the first batch.
    lines += [f"Question {n}?,{n},{n + 1},{n + 2},More" for n in range(2_500)]
    lines.append("What is 3 plus 3?,6,7,5,Sums")
    sums.write_text("\n".join(lines) + "\n", encoding="utf-8")
    second = import_file(collection, sums)
    assert (second.added, second.updated, second.unchanged, second.retired) == (
        2_500,
        1,
        28,
        1,
    )
    assert [str(p) for p in second.skipped] == ["row 2531: repeats the question at row 3"]
    assert collection.packs.all()[0].question_count == 2_529


def test_the_import_report_names_file_and_place(
    sqlite_collection: Collection, tmp_path: Path
) -> None:
    path = tmp_path / "art.gift"
    path.write_text(
        "Who painted the Mona Lisa?{=Leonardo ~Raphael}\n\n"
        "[html]Who painted this? <img src\\=x.jpg>{=Monet ~Manet}\n",
        encoding="utf-8",
    )
    with sqlite_collection.packs.importing() as importer:
        report = importer.add(partial(read_pack_file, path))
    assert report.lines() == [
        f"{path} (gift) -> pack 'art': 2 new, 0 updated, 0 skipped, 1 kept with a warning",
        f"  warning line 3: {media_warning('picture', 'question')}",
    ]
    assert sqlite_collection.packs.all()[0].question_count == 2

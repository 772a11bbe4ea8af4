"""Write the pack fixtures that are not plain UTF-8 text: run it to regenerate them."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl

FIXTURES = Path(__file__).resolve().parent / "fixtures"

ENCODED_CSV = (
    "question,answer,wrong1,wrong2\n"
    "Which café dish is a croque-monsieur?,A toasted ham sandwich,A crêpe,A soufflé\n"
    "How much is a “euro” sign worth: €?,Nothing by itself,€1,€100\n"
)
# A tiny but real PNG (one transparent pixel): a picture dropped on the importer by mistake.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def write_encodings() -> None:
    """The same questions saved the ways Excel and Windows editors save CSV."""
    folder = FIXTURES / "spreadsheet"
    (folder / "utf8-bom.csv").write_bytes(b"\xef\xbb\xbf" + ENCODED_CSV.encode("utf-8"))
    # Excel's "Unicode text" is UTF-16 with a BOM and tabs between the columns.
    tabbed = ENCODED_CSV.replace(",", "\t")
    (folder / "utf16-bom.txt").write_bytes(b"\xff\xfe" + tabbed.encode("utf-16-le"))
    (folder / "utf16-no-bom.csv").write_bytes(ENCODED_CSV.encode("utf-16-le"))
    (folder / "cp1252.csv").write_bytes(ENCODED_CSV.encode("cp1252"))


def write_workbook() -> None:
    """A workbook with typed cells on two sheets, the first not starting at the top."""
    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "Easy"
    first.append([])
    first.append(["Question", "Correct Answer", "Incorrect 1", "Incorrect 2", "Level"])
    first.append(["How many sides has a hexagon?", 6, 5, 8, "easy"])
    first.append(["What is half of 5?", 2.5, 2, 3, "easy"])
    first.append(["Zero is an even number.", True, False, None, "medium"])
    first.append([None, None, None, None, None])
    first.append(["What is the square root of 81?", 9, None, None, "medium"])
    first.append(["Which number is prime?", 7, 7, None, "hard"])
    second = workbook.create_sheet("Hard")
    second.append(["question", "answer", "wrong1"])
    second.append(["What is 17 × 23?", 391, 401])
    workbook.save(FIXTURES / "spreadsheet" / "workbook.xlsx")


def write_bad_files() -> None:
    """Files that are not packs, or packs with something wrong in them."""
    folder = FIXTURES / "bad"
    (folder / "picture.png").write_bytes(PNG)
    (folder / "old-excel.xls").write_bytes(OLE2)
    (folder / "control-characters.txt").write_bytes(b"question,answer\n" + bytes(range(1, 9)) * 8)
    (folder / "undecodable.csv").write_bytes(b"question,answer\nCaf\x81 or caf\x8d?,x\n")
    with zipfile.ZipFile(folder / "archive.zip", "w") as archive:
        archive.writestr("notes.txt", "not a workbook")
    long_text = "A" * 2001
    rows = [
        "question,answer,wrong1,wrong2,difficulty,explanation",
        "Which of these is a mammal?,Whale,Shark,whale,,",
        ",Nobody,Somebody,,,",
        f"Is this explanation too long?,Yes,No,,,{long_text}",
        "How hard is this?,Very,Not at all,,extreme,",
        "How many cells has this row?,Two,Three,,,,surplus",
        "Which row is fine?,This one,That one,,easy,",
    ]
    (folder / "bad-rows.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    good = {"id": "good", "kind": "typed", "prompt": "Which question is fine?", "answer": "This"}
    pack = {
        "format": "quizapp-pack/1",
        "id": "mixed",
        "title": "Some good, some bad",
        "questions": [
            good,
            {**good, "id": "among", "kind": "choice", "answer": "Paris", "wrong": ["paris"]},
            {**good, "id": "long", "prompt": long_text},
            {**good, "id": "empty", "prompt": "   "},
            {**good, "prompt": "Is this id taken already?"},
            {"id": "no-answer", "kind": "typed", "prompt": "Where is my answer?"},
            {**good, "id": "tf", "kind": "truefalse", "prompt": "Yes or no?", "answer": "yes"},
        ],
    }
    text = json.dumps(pack, indent=2, ensure_ascii=False) + "\n"
    (folder / "native-bad-questions.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write_encodings()
    write_workbook()
    write_bad_files()

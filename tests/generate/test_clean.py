"""Cleaning a facts text for the parser: marks out, spacing even, chunks bounded and whole."""

from __future__ import annotations

import pytest

from quizapp.generate.clean import MAX_CHUNK_CHARS, clean_text


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("The ferry first sailed in 1911.[3]", "The ferry first sailed in 1911."),
        ("The ferry first sailed in 1911[3][17].", "The ferry first sailed in 1911."),
        ("Its hull is oak [b] and its mast pine.", "Its hull is oak and its mast pine."),
        ("Its hull is oak,[note 2] its mast pine.", "Its hull is oak, its mast pine."),
        ("It sank twice.[citation needed]", "It sank twice."),
        ("It sank twice [when?] near Oban.", "It sank twice near Oban."),
        ("[12] Rosa Vial captained it.", "Rosa Vial captained it."),
        # A mark glued between two sentences leaves them two sentences.
        (
            "It was refitted in 1954.[4]Critics called it ugly.",
            "It was refitted in 1954. Critics called it ugly.",
        ),
        (
            "It was refitted in 1954.[a][5]Critics agreed.",
            "It was refitted in 1954. Critics agreed.",
        ),
        # An editor's insertion in a quotation is part of the text.
        ('She said "[Rosa] never missed a tide."', 'She said "[Rosa] never missed a tide."'),
    ],
)
def test_citation_marks_go_and_keep_sentences_apart(text: str, cleaned: str) -> None:
    assert clean_text(text) == [cleaned]


def test_quotes_and_spacing_are_made_plain() -> None:
    text = "The\u00a0mill\u2019s  wheel\tturned \u201cday and night\u201d\u200b for Ivo\u00adna."
    assert clean_text(text) == ['The mill\'s wheel turned "day and night" for Ivona.']


def test_accents_typed_two_ways_read_the_same() -> None:
    assert clean_text("Ame\u0301lie Roux\u00a0sang.") == clean_text("Am\u00e9lie Roux sang.")


def test_one_sentence_a_line_makes_one_paragraph() -> None:
    text = "The lighthouse was lit in 1872.\r\nIts keeper was Hanna Lind.\r\n"
    assert clean_text(text) == ["The lighthouse was lit in 1872. Its keeper was Hanna Lind."]


def test_blank_lines_and_headings_start_new_chunks() -> None:
    text = (
        "History\n"
        "The lighthouse was lit in 1872.\n"
        "\n"
        "Its keeper was Hanna Lind, who kept a log\n"
        "of every ship that passed.\n"
        "Keepers\n"
        "Ola Berg followed her in 1901.\n"
    )
    assert clean_text(text) == [
        "History",
        "The lighthouse was lit in 1872.",
        "Its keeper was Hanna Lind, who kept a log of every ship that passed.",
        "Keepers",
        "Ola Berg followed her in 1901.",
    ]


def test_text_without_words_gives_no_chunk() -> None:
    assert clean_text(" \n\n\t[4]\n\u200b\n") == []


SENTENCES = [
    "Dr. Ines Parra mapped the reef in 1998.",
    "The survey for the U.S. Navy took St. Clair three summers!",
    'Her notes, in "Reef Atlas", run to 412 pages.',
    "Who paid for the boat?",
    "J. K. Amadi (the skipper) kept it afloat.",
]


def test_a_long_paragraph_is_cut_only_between_sentences() -> None:
    paragraph = " ".join(SENTENCES[i % len(SENTENCES)] for i in range(2_000))
    chunks = clean_text(paragraph)
    assert len(chunks) > 1
    assert all(len(chunk) <= MAX_CHUNK_CHARS for chunk in chunks)
    assert " ".join(chunks) == paragraph
    # Every chunk starts where a sentence starts, never after "Dr." or "U.S." or "J.".
    firsts = {s.split()[0] for s in SENTENCES}
    assert {chunk.split()[0] for chunk in chunks} <= firsts


def test_a_long_run_without_sentence_ends_is_cut_at_spaces() -> None:
    words = " ".join(f"harbour{i}" for i in range(3_000))
    chunks = clean_text(words)
    assert all(len(chunk) <= MAX_CHUNK_CHARS for chunk in chunks)
    assert " ".join(chunks) == words


def test_a_run_without_spaces_is_cut_at_the_limit() -> None:
    chunks = clean_text("x" * (MAX_CHUNK_CHARS * 3 + 5))
    assert [len(c) for c in chunks] == [MAX_CHUNK_CHARS] * 3 + [5]


def test_sentences_glued_by_marks_in_one_long_line_come_apart() -> None:
    sentences = [SENTENCES[i % len(SENTENCES)] for i in range(5_000)]
    chunks = clean_text("[1]".join(sentences))
    assert chunks == clean_text(" ".join(sentences))
    assert all(len(chunk) <= MAX_CHUNK_CHARS for chunk in chunks)


def test_two_sentences_glued_without_a_stop_are_parted() -> None:
    (chunk,) = clean_text(
        "All songs are by Ada Venn, except where notedDuring its first week it sold well."
    )
    assert "noted. During its first week" in chunk


def test_a_name_with_a_capital_inside_stays_whole() -> None:
    (chunk,) = clean_text("The theme was sung by Ivo McKay and Ana DeVries.")
    assert "Ivo McKay and Ana DeVries" in chunk

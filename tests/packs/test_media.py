"""Questions that refer to a picture, a sound or a video are kept, and named in the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp.packs import read_pack_file
from quizapp.packs.media import media_warning
from tests.packs.conftest import reported

PICTURE = media_warning("picture", "question")


def warnings_of(tmp_path: Path, name: str, text: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    parsed = read_pack_file(path)
    assert parsed.skipped == []
    return reported(parsed.warnings)


def test_gift_pictures_sounds_and_videos(tmp_path: Path) -> None:
    text = (
        '[html]Who painted this? <img src\\="@@PLUGINFILE@@/mona.jpg">{=Leonardo ~Raphael}\n'
        "\n"
        "Which planet is largest?{=Jupiter ~Mars}\n"
        "\n"
        '[html]<a href\\="http\\://x.org/hi.mp3">Listen</a>: which language?{=French ~Greek}\n'
        "\n"
        "::Clip::[markdown]What happens next? ![still](clip.png){=It falls ~It flies}\n"
        "\n"
        "Which flag is this?{=[html]<img src\\=a.png> Japan ~China}\n"
    )
    assert warnings_of(tmp_path, "quiz.gift", text) == [
        f"line 1: {PICTURE}",
        f"line 5: {media_warning('sound', 'question')}",
        f"line 7: {PICTURE}",
        f"line 9: {media_warning('picture', 'answers')}",
    ]


def test_spreadsheet_media_columns(tmp_path: Path) -> None:
    text = (
        "Question,Answer 1,Answer 2,Correct,Image link,Time\n"
        "Which version of the logo is this?,2.6,2.5,2,https://example.org/logo.png,60\n"
        "Which gas do plants take in?,Oxygen,Carbon dioxide,2,,60\n"
        "Name the instrument you hear.,Violin,Cello,1,https://example.org/sound?id=4,60\n"
    )
    assert warnings_of(tmp_path, "kahoot.csv", text) == [
        f"row 2: {media_warning('picture', repr('Image link') + ' column')}",
        f"row 4: {media_warning('picture', repr('Image link') + ' column')}",
    ]


def test_media_in_the_text_of_any_format(tmp_path: Path) -> None:
    trivia = {
        "results": [
            {
                "type": "multiple",
                "question": "Which bird is this? &lt;img src=&quot;bird.gif&quot;&gt;",
                "correct_answer": "Robin",
                "incorrect_answers": ["Crow", "Owl"],
            },
            {
                "type": "multiple",
                "question": "Watch https://youtu.be/abc123 and name the song.",
                "correct_answer": "Yesterday",
                "incorrect_answers": ["Help!"],
            },
        ]
    }
    assert warnings_of(tmp_path, "trivia.json", json.dumps(trivia)) == [
        f"question 1: {PICTURE}",
        f"question 2: {media_warning('video', 'question')}",
    ]
    aiken = "Which country is shown on map.png?\nA) France\nB) Spain\nANSWER: A\n"
    assert warnings_of(tmp_path, "quiz.aiken", aiken) == [f"line 1: {PICTURE}"]


@pytest.mark.parametrize(
    "prompt",
    [
        "Which video game was released first?",
        "What is the most preferred image format used for logos?",
        "Which artist's style was to use small dots to create a picture?",
        "What does the file extension .png stand for?",
        "Sound can travel through a vacuum.",
    ],
)
def test_words_alone_are_no_media(tmp_path: Path, prompt: str) -> None:
    assert warnings_of(tmp_path, "words.csv", f"question,answer,wrong\n{prompt},Yes,No\n") == []


def test_the_guide_shows_the_warning_the_import_prints() -> None:
    guide = (Path(__file__).resolve().parents[2] / "docs" / "packs.md").read_text("utf-8")
    assert f"  warning line 14: {PICTURE}\n" in guide

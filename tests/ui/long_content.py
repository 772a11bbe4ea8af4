"""A pack of the longest texts a round meets, modelled on the shipped pack and on trivia sites."""

from __future__ import annotations

from typing import Any

LONG_NAME = "Maximiliana Featherstonehaugh-Wolfington"  # 40 characters, the most a name may have
LONG_CATEGORY = "Entertainment: Japanese Anime & Manga"
LONG_PROMPT = (
    "Fill in the blank: After agreeing that _____ suited the lead role, the second actor was "
    "auditioned and the production team found chemistry between the two; the actors "
    "themselves recalled only taking a few hours to bond."
)
LONG_EXPLANATION = (
    "The critic who reviewed the teaser saw it as showing the emotionally vulnerable air of "
    "the series and the experience of first love in a direct and sincere way, and said "
    "audiences would enjoy how faithful it stays to the dreamlike look of the source."
)
LONG_OPTIONS = (
    "The Shakespeare and Company bookstore",
    "Thibault de Montalembert",
    "The Hunchback of Notre-Dame de Paris",
    "Science: Computers and Mathematics",
)
CATEGORIES = (
    LONG_CATEGORY,
    "Entertainment: Musicals & Theatres",
    "Entertainment: Cartoon & Animations",
    "Entertainment: Board Games",
    "Science & Nature",
    "Science: Mathematics",
    "Celebrities",
    "Geography",
    "History",
    "Politics",
    "Entertainment: Video Games",
    "Mythology",
)


def long_questions(count: int = 12) -> list[dict[str, Any]]:
    """Return choice, true-or-false and typed questions with the longest texts seen in packs."""
    questions: list[dict[str, Any]] = []
    for number in range(count):
        category = CATEGORIES[number % len(CATEGORIES)]
        if number % 4 == 3:
            questions.append(
                {
                    "id": f"tf{number}",
                    "kind": "truefalse",
                    "prompt": f"{LONG_PROMPT} (statement {number})",
                    "answer": number % 2 == 0,
                    "category": category,
                    "explanation": LONG_EXPLANATION,
                }
            )
            continue
        answer, *wrong = LONG_OPTIONS[number % 4 :] + LONG_OPTIONS[: number % 4]
        questions.append(
            {
                "id": f"long{number}",
                "kind": "choice",
                "prompt": f"{LONG_PROMPT} ({number})",
                "answer": answer,
                "wrong": wrong,
                "category": category,
                "explanation": LONG_EXPLANATION,
            }
        )
    return questions

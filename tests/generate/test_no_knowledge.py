"""The generator knows no subject: every name, title and number comes from its input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.generate.grammar import MONTHS

ROOT = Path(__file__).resolve().parents[2]
CODE = sorted((ROOT / "quizapp" / "generate").glob("*.py"))
FACT_FILES = [
    ROOT / "questions" / "heartstopper.txt",
    Path(__file__).parent / "data" / "lighthouse.txt",
    Path(__file__).parent / "data" / "band.txt",
    *sorted(
        p
        for up in (ROOT.parent, ROOT.parent.parent)
        for p in (up / "shared" / "facts" / "dev").glob("*.txt")
    ),
]
# Words that are capitalised in the facts only because they start a sentence or are generic
# English (month names, category names, honorifics); they say nothing about the subject.
GENERIC = {
    "A",
    "After",
    "All",
    "An",
    "As",
    "Costume",
    "During",
    "He",
    "In",
    "It",
    "Its",
    "On",
    "Other",
    "Production",
    "Reviewing",
    "She",
    "Songs",
    "The",
    "They",
    "This",
    "Using",
    "Visitors",
    "With",
    "Principal",
    "Assistant",
    "Historian",
    "Mr",
    "I",
    "Their",
    "Critic",
    "About",
    "At",
    "Each",
    "From",
    "English",
    "One",
    "Our",
    *MONTHS,
}


def knowledge(text: str) -> set[str]:
    """Return the capitalised words, numbers and quoted titles a facts text holds."""
    found = {w.removesuffix("'s") for w in re.findall(r"\b[A-Z][\w'-]*", text)}
    found -= GENERIC
    # Numbers under a hundred also fill generic tables (number words, limits), so only larger
    # ones and those with separators ("10,000", "06:00", "5/5") count as knowledge.
    numbers = re.findall(r"\b[0-9][0-9,:/.]*[0-9]\b", text)
    found |= {n for n in numbers if not n.isdigit() or int(n) >= 100}
    found |= {t for t in re.findall(r'["\u201c]([^"\u201d]{2,40})["\u201d]', text)}
    return {f for f in found if len(f) > 1}


@pytest.mark.parametrize("facts", FACT_FILES, ids=lambda p: p.name)
def test_generator_code_holds_nothing_from_the_facts(facts: Path) -> None:
    terms = knowledge(facts.read_text(encoding="utf-8"))
    assert len(terms) > 30
    leaks = []
    for path in CODE:
        code = path.read_text(encoding="utf-8")
        for term in sorted(terms):
            if re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", code):
                leaks.append(f"{path.name}: {term}")
    assert leaks == []

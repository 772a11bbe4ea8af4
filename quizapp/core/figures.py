"""Reading a count typed in digits or words: "2", "two", "3rd", "the third", "twenty-one"."""

from __future__ import annotations

import re

# The words of a count, by value: UNITS[7] is "seven", TENS[0] is "twenty".
UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_VALUES: dict[str, int] = {
    **{word: value for value, word in enumerate(UNITS)},
    **{word: 10 * (index + 2) for index, word in enumerate(TENS)},
    "nought": 0,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Ordinals that are not their cardinal with "th" added ("fourth") or "ty" made "tieth".
_IRREGULAR_ORDINALS = {
    "first": "one",
    "second": "two",
    "third": "three",
    "fifth": "five",
    "eighth": "eight",
    "ninth": "nine",
    "twelfth": "twelve",
}
_DIGITS = re.compile(r"^([+-]?\d+(?:\.\d+)?)(?:st|nd|rd|th)?$")


def _cardinal(word: str) -> str:
    """Return the cardinal an ordinal word names ("third" gives "three"), else the word."""
    if word in _IRREGULAR_ORDINALS:
        return _IRREGULAR_ORDINALS[word]
    if word.endswith("ieth"):
        return word[: -len("ieth")] + "y"
    if word.endswith("th") and (word[:-2] in WORD_VALUES or word[:-2] in SCALES):
        return word[:-2]
    return word


def _magnitude(value: float) -> int:
    """Return the step a value fills: 'one' adds to tens, 'twenty' to hundreds."""
    return 10 if value < 10 else 100


def read_count(text: str) -> float | None:
    """Return the number a normalised phrase names, or None if it names something else.

    Digits and words, cardinals and ordinals: "3", "3rd", "third", "twenty-one",
    "one hundred and five", "10 thousand". Only an ordinal's last word may be ordinal.
    """
    words = [w for w in re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text).split() if w != "and"]
    if not words:
        return None
    total = 0.0
    current = 0.0
    for index, word in enumerate(words):
        if index == len(words) - 1:
            word = _cardinal(word)
        digits = _DIGITS.match(word)
        if digits:
            if current or index:  # a figure in digits starts the phrase: "10 5" is no number
                return None
            current = float(digits.group(1))
        elif word in SCALES:
            scale = SCALES[word]
            current = (current or 1) * scale
            if scale > 100:
                total += current
                current = 0
        elif word in WORD_VALUES:
            value = WORD_VALUES[word]
            if current % _magnitude(value) or (current and value == 0):
                return None  # "one one", "twenty ten"
            current += value
        else:
            return None
    return total + current

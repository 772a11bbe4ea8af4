"""Small generic English word lists and helpers; no knowledge about any subject lives here."""

from __future__ import annotations

import re
from functools import lru_cache

from quizapp.packs.model import fold

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
}
WORD_FOR_NUMBER = {value: word for word, value in NUMBER_WORDS.items()}
ORDINALS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
)
# Nouns naming a job: a name right after one of them is a person in that job.
ROLE_NOUNS = (
    "designer",
    "decorator",
    "director",
    "producer",
    "composer",
    "writer",
    "editor",
    "cinematographer",
    "photographer",
    "engineer",
    "architect",
    "keeper",
    "manager",
    "critic",
    "journalist",
    "presenter",
    "author",
    "creator",
    "showrunner",
    "choreographer",
    "supervisor",
    "coordinator",
    "painter",
    "sculptor",
    "curator",
    "founder",
    "captain",
    "builder",
    "surveyor",
    "mayor",
    "guitarist",
    "drummer",
    "bassist",
    "singer",
    "vocalist",
    "conductor",
    "historian",
    "novelist",
    "poet",
    "schoolteacher",
    "teacher",
    "lecturer",
    "astronomer",
    "inventor",
)
SPEECH_VERBS = frozenset(
    {
        "said",
        "explained",
        "stated",
        "recalled",
        "announced",
        "decided",
        "wanted",
        "wrote",
        "argued",
        "noted",
        "claimed",
        "added",
        "described",
        "praised",
        "called",
        "admitted",
        "revealed",
        "insisted",
        "remarked",
    }
)
SUBJECT_PRONOUNS = frozenset({"she", "he", "they", "we", "i", "it", "this", "these", "those"})
PERSONAL_PRONOUNS = re.compile(r"\b(she|he|they|him|them|we|us)\b", re.IGNORECASE)
IRREGULAR_PAST = {
    "saw": "see",
    "gave": "give",
    "made": "make",
    "took": "take",
    "wrote": "write",
    "won": "win",
    "began": "begin",
    "became": "become",
    "found": "find",
    "left": "leave",
    "held": "hold",
    "built": "build",
    "met": "meet",
    "sold": "sell",
    "told": "tell",
    "thought": "think",
    "brought": "bring",
    "bought": "buy",
    "kept": "keep",
    "led": "lead",
    "ran": "run",
    "came": "come",
    "went": "go",
    "got": "get",
    "had": "have",
    "said": "say",
    "stood": "stand",
    "drew": "draw",
    "grew": "grow",
    "knew": "know",
    "threw": "throw",
    "sang": "sing",
    "spoke": "speak",
    "chose": "choose",
    "rose": "rise",
    "fell": "fall",
    "lost": "lose",
    "paid": "pay",
    "shot": "shoot",
    "taught": "teach",
    "sent": "send",
    "spent": "spend",
    "lit": "light",
    "wore": "wear",
    "hung": "hang",
    "sank": "sink",
    "struck": "strike",
    "flew": "fly",
    "swept": "sweep",
    "broke": "break",
    "stole": "steal",
    "froze": "freeze",
    "tore": "tear",
    "drove": "drive",
    "rode": "ride",
    "fought": "fight",
    "caught": "catch",
    "heard": "hear",
    "felt": "feel",
}
PARTICIPLE_PAST = {
    "written": "wrote",
    "drawn": "drew",
    "given": "gave",
    "taken": "took",
    "sung": "sang",
    "chosen": "chose",
    "known": "knew",
    "grown": "grew",
    "thrown": "threw",
    "spoken": "spoke",
    "begun": "began",
    "worn": "wore",
    "struck": "struck",
    "sunk": "sank",
    "flown": "flew",
}
IRREGULAR_PARTICIPLES = frozenset(
    {
        *PARTICIPLE_PAST,
        "built",
        "made",
        "won",
        "found",
        "held",
        "led",
        "lit",
        "sold",
        "shot",
        "hung",
    }
)
LOWER_TITLE_WORDS = frozenset(
    {"the", "for", "of", "a", "an", "and", "in", "on", "to", "with", "at", "from", "by", "or"}
)


@lru_cache(maxsize=1 << 18)
def fold_cached(text: str) -> str:
    """Return text folded as answers are compared (`fold`), remembered: names recur often."""
    return fold(text)


def has_role_noun(text: str) -> bool:
    """Return whether a sentence holds a job noun at all, before any costly pattern runs."""
    return not _ROLE_SET.isdisjoint(re.findall(r"[a-z]+", text.lower()))


def is_past(word: str) -> bool:
    """Return whether a word looks like a verb in the simple past."""
    lower = word.lower()
    return (lower.endswith("ed") and len(lower) > 3) or lower in IRREGULAR_PAST


def is_participle(word: str) -> bool:
    """Return whether a word looks like a past participle."""
    lower = word.lower()
    return (lower.endswith("ed") and len(lower) > 3) or lower in IRREGULAR_PARTICIPLES


def past_of_participle(word: str) -> str:
    """Return the simple past for a past participle ("written" -> "wrote")."""
    return PARTICIPLE_PAST.get(word, word)


def base_of_past(word: str) -> str:
    """Return the plain form of a verb in the simple past ("decided" -> "decide")."""
    if word in IRREGULAR_PAST:
        return IRREGULAR_PAST[word]
    if word.endswith("ied"):
        return word[:-3] + "y"
    if not word.endswith("ed"):
        return word
    stem = word[:-2]
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    if re.search(
        r"(?:[cvz]|[aeiou]s|[nar]g|[^aeiou]at|[^aeiou][iu]r|[^aeiou]id|rv|dg|[bptdgk]l)$", stem
    ):
        return stem + "e"
    if re.search(r"[^aeiou][aeiou]m$|[^aeiou]in$|[^aeiou]ok$", stem):
        return stem + "e"
    return stem


def present_third(base: str) -> str:
    """Return the third-person singular present of a plain verb ("compose" -> "composes")."""
    if re.search(r"(?:s|sh|ch|x|z|o)$", base):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"


def number_value(token: str) -> int | None:
    """Return the value of a number written in digits or as a word, or None."""
    cleaned = token.replace(",", "").lower()
    if cleaned.isdigit():
        return int(cleaned)
    return NUMBER_WORDS.get(cleaned)


def contains_phrase(text: str, phrase: str) -> bool:
    """Return whether a phrase stands in a text as whole words (without building a regex)."""
    if not phrase:
        return False
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return True
        start = text.find(phrase, start + 1)
    return False


def capitalise(text: str) -> str:
    """Return text with its first letter in upper case, the rest untouched."""
    return text[:1].upper() + text[1:] if text else text


def lower_first(text: str) -> str:
    """Return text with a leading common word in lower case ("The show" -> "the show")."""
    first, _, rest = text.partition(" ")
    if rest[:1].isupper():
        return text  # "The Ferrymen" is a name, not "the" and a noun
    if first in ("The", "A", "An", "All", "Its", "Their", "Some", "Other", "Each", "Every"):
        return first.lower() + (" " + rest if rest else "")
    return text


_ROLE_SET = frozenset(ROLE_NOUNS)

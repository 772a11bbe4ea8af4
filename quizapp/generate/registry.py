"""What the text says about its names: who is an actor, a character, a critic, a place."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from quizapp.generate.spans import (
    NAME,
    NAME_CORE,
    NAME_LIST,
    PEOPLE,
    QUOTED,
    ROLE_NOUN,
    TITLE_PHRASE,
    YEAR,
    Pool,
    split_list,
)
from quizapp.generate.text import NAME_TAIL_NOUNS, Sentence
from quizapp.generate.words import ROLE_NOUNS, SPEECH_VERBS, has_role_noun

# Which pool wins when two rules type one name differently: the more specific one.
_RANK = {
    Pool.ACTOR: 5,
    Pool.CHARACTER: 5,
    Pool.CREW: 4,
    Pool.CRITIC: 4,
    Pool.PERSON: 2,
    Pool.ARTIST: 3,
    Pool.TITLE: 3,
    Pool.PLACE: 3,
    Pool.ORG: 3,
}
_LIST_HEADS = {
    "cast": Pool.ACTOR,
    "actors": Pool.ACTOR,
    "actor": Pool.ACTOR,
    "locations": Pool.PLACE,
    "countries": Pool.PLACE,
    "cities": Pool.PLACE,
    "towns": Pool.PLACE,
    "islands": Pool.PLACE,
    "members": Pool.PERSON,
}

CAST_PARENS = re.compile(rf"({NAME}) \(({NAME})\)")
CAST_AS = re.compile(
    rf"(?P<actors>{NAME_LIST}) (?:starring |playing |cast )?as "
    rf"(?P<desc>(?:(?:{NAME_CORE}'s|{NAME_CORE}|[a-z][\w-]*) )*?)"
    rf"(?P<chars>{NAME_LIST})(?P<resp> respectively)?(?=[,;.]|$| and\b| respectively)"
)
ROLE_NAME = re.compile(
    rf"(?P<role>(?:(?:{NAME_CORE} )?\"[^\"]+\" )?(?:\b(?!by |the |of |with |and |a |an )"
    rf"[A-Za-z][a-z-]+ )?\b{ROLE_NOUN}) "
    rf"(?P<name>{NAME})",
)
NAMED = re.compile(rf"\b(?P<noun>[a-z]+) named (?P<name>{NAME})")
THE_CHARACTER = re.compile(rf"\bthe character (?P<name>{NAME})")
APPOS_CHARACTER = re.compile(rf"(?P<name>{NAME}), the (?:[a-z]+ )*character\b")
SPEAKER = re.compile(rf"(?:^|, )(?P<name>{NAME})(?:, who [^,]+,)? (?P<verb>[a-z]+)\b")
CRITIC_OF = re.compile(rf"(?P<name>{NAME}) of (?P<org>{NAME}) gave\b")
CRITIC_POSS = re.compile(rf"(?P<org>{NAME_CORE})'s (?P<name>{NAME}) gave\b")
CRITIC_FOR = re.compile(rf"\bfor (?P<org>{NAME}), (?P<name>{NAME}) gave\b")
WHO_CLAUSE = re.compile(rf"(?P<name>{NAME}), who\b")
LIST_INCLUDED = re.compile(rf"\b(?:included|include|includes) (?P<items>{NAME_LIST})")
TITLE_YEAR = re.compile(rf"(?P<title>{TITLE_PHRASE}) \((?P<year>{YEAR})\)")
QUOTED_HEAD = re.compile(
    rf"\b(?P<noun>episode|song|single|album|film|book|novel|chapter|poem) {QUOTED}"
)
SONGS_BY = re.compile(rf"(?P<titles>{QUOTED}(?:(?:,| and) {QUOTED})*) by (?P<name>{NAME})")
PLACE_PREP = re.compile(rf"\b(?:in|at|on|near|by|to) the (?P<name>{NAME})(?! [0-9])")
REPRISE = re.compile(rf"(?P<names>{NAME_LIST}) (?:would |will )?reprised? (?:their|his|her) roles?")
TITLE_APPOS = re.compile(
    rf"\b(?P<noun>novel|film|book|album|song|play|series)\b[^,.;\"]*, (?P<title>{TITLE_PHRASE})[.;]"
)


ORG_TAILS = frozenset({*NAME_TAIL_NOUNS, "trust", "council", "museum", "foundation", "brothers"})


def strip_role(name: str) -> str:
    """Return a name without a job noun in front: "Painter Jane Doe" -> "Jane Doe"."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in ROLE_NOUNS else name


@dataclass
class Registry:
    """Every name the text mentions, with its pool, aliases and first appearance."""

    pools: dict[str, Pool] = field(default_factory=dict)
    first_seen: dict[str, int] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    title_heads: dict[str, str] = field(default_factory=dict)
    mentions: dict[str, int] = field(default_factory=dict)
    _ordered: dict[Pool, list[str]] = field(default_factory=dict, repr=False)
    _shorts: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _keys: dict[Pool, list[int]] = field(default_factory=dict, repr=False)

    def add(self, name: str, pool: Pool, index: int) -> None:
        """Record a name of a pool, keeping the more specific pool when two rules disagree."""
        name = self.canonical(strip_role(name))
        if pool is Pool.PLACE and name.split()[-1].lower() in ORG_TAILS:
            pool = Pool.ORG
        old = self.pools.get(name)
        if old is None or _RANK.get(pool, 1) > _RANK.get(old, 1):
            self.pools[name] = pool
        self.first_seen.setdefault(name, index)

    def canonical(self, name: str) -> str:
        """Return the full name a short name stands for ("Doe" -> "Jane Doe")."""
        name = strip_role(name)
        return self.aliases.get(name, name)

    def short_names(self, name: str) -> list[str]:
        """Return the first names and surnames that stand for a full name."""
        if not self._shorts and self.aliases:
            for short, full in self.aliases.items():
                self._shorts.setdefault(full, []).append(short)
        return self._shorts.get(name, [])

    def pool_of(self, name: str) -> Pool | None:
        """Return the pool of a name or of the full name it stands for."""
        return self.pools.get(self.canonical(name))

    def names(self, pool: Pool) -> list[str]:
        """Return the names of one pool in the order the text first mentions them."""
        if pool not in self._ordered:
            found = [n for n, p in self.pools.items() if p is pool]
            self._ordered[pool] = sorted(found, key=lambda n: (self.first_seen[n], n))
        return list(self._ordered[pool])

    def names_near(self, pool: Pool, index: int, window: int) -> list[str]:
        """Return up to 2 x window names of a pool first mentioned near a sentence index."""
        names = self.names(pool)
        if len(names) <= 2 * window:
            return names
        if pool not in self._keys:
            self._keys[pool] = [self.first_seen[n] for n in names]
        at = bisect.bisect_left(self._keys[pool], index)
        return names[max(0, at - window) : at + window]

    def build_aliases(self) -> None:
        """Let a first name or a surname stand for a full name when it fits only one."""
        owners: dict[str, set[str]] = {}
        for name, pool in self.pools.items():
            words = name.split()
            if pool not in PEOPLE or len(words) < 2 or words[0] in ("Mr", "Mrs", "Ms", "Dr"):
                continue
            for short in (words[0], words[-1]):
                owners.setdefault(short, set()).add(name)
        for short, names in owners.items():
            full = next(iter(names))
            known = self.pools.get(short)
            # A short name the text also types on its own only merges when nothing contradicts.
            if len(names) == 1 and known in (None, Pool.PERSON, self.pools[full]):
                self.aliases[short] = full
        for short in list(self.pools):
            if short in self.aliases:
                full = self.aliases[short]
                self.first_seen[full] = min(self.first_seen[full], self.first_seen.pop(short))
                del self.pools[short]


def learn(sentences: list[Sentence]) -> Registry:
    """Type every name the sentences mention, using the shapes around it."""
    registry = Registry()
    for sentence in sentences:
        text, index = sentence.text, sentence.index
        for match in CAST_PARENS.finditer(text):
            if not re.fullmatch(YEAR, match.group(2)):
                registry.add(match.group(2), Pool.ACTOR, index)
                registry.add(match.group(1), Pool.CHARACTER, index)
        for match in CAST_AS.finditer(text):
            for actor in split_list(match.group("actors")):
                registry.add(actor, Pool.ACTOR, index)
            for character in split_list(match.group("chars")):
                registry.add(character, Pool.CHARACTER, index)
        for match in ROLE_NAME.finditer(text) if has_role_noun(text) else ():
            registry.add(match.group("name"), Pool.CREW, index)
        for pattern in (NAMED, THE_CHARACTER, APPOS_CHARACTER):
            for match in pattern.finditer(text):
                noun = match.groupdict().get("noun") or "character"
                if noun == "character":
                    registry.add(match.group("name"), Pool.CHARACTER, index)
        for pattern in (CRITIC_OF, CRITIC_POSS, CRITIC_FOR):
            for match in pattern.finditer(text):
                registry.add(match.group("name"), Pool.CRITIC, index)
                registry.add(match.group("org"), Pool.ORG, index)
        for match in SPEAKER.finditer(text):
            if match.group("verb") in SPEECH_VERBS:
                registry.add(match.group("name"), Pool.PERSON, index)
        for match in WHO_CLAUSE.finditer(text):
            registry.add(match.group("name"), Pool.PERSON, index)
        for match in LIST_INCLUDED.finditer(text):
            heads = [_LIST_HEADS[w] for w in text[: match.start()].split() if w in _LIST_HEADS]
            if heads:
                pool = heads[0]
                for item in split_list(match.group("items")):
                    registry.add(item, pool, index)
        for match in TITLE_YEAR.finditer(text):
            registry.add(match.group("title"), Pool.TITLE, index)
            registry.title_heads.setdefault(match.group("title"), "film")
        for match in QUOTED_HEAD.finditer(text):
            registry.add(match.group(2), Pool.TITLE, index)
            registry.title_heads.setdefault(match.group(2), match.group("noun"))
        for match in REPRISE.finditer(text):
            for actor in split_list(match.group("names")):
                registry.add(actor, Pool.ACTOR, index)
        for match in TITLE_APPOS.finditer(text):
            registry.add(match.group("title"), Pool.TITLE, index)
            registry.title_heads.setdefault(match.group("title"), match.group("noun"))
        for match in SONGS_BY.finditer(text):
            registry.add(match.group("name"), Pool.ARTIST, index)
            for title in re.findall(QUOTED, match.group("titles")):
                registry.add(title, Pool.TITLE, index)
                registry.title_heads.setdefault(title, "song")
        for match in PLACE_PREP.finditer(text):
            registry.add(match.group("name"), Pool.PLACE, index)
    registry.build_aliases()
    for sentence in sentences:
        for match in re.finditer(NAME, sentence.text):
            name = registry.canonical(match.group(0))
            registry.mentions[name] = registry.mentions.get(name, 0) + 1
    return registry

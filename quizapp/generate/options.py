"""Wrong options of the answer's own fine type, form and gender, and near but false numbers."""

from __future__ import annotations

import heapq
import itertools
import re
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from quizapp.generate.grammar import (
    MONTHS,
    NAME_PARTICLES,
    NUMBER_WORDS,
    ORDINALS,
    WORD_FOR_NUMBER,
    YEARLY_PARTS,
)
from quizapp.generate.names import (
    ACTOR,
    CHARACTER,
    COUNT,
    CREDITS,
    CREW,
    CRITIC,
    DATE,
    MONEY,
    MONTH,
    ORG,
    PEOPLE,
    PERSON,
    PLACE,
    SITE,
    THING,
    TITLE,
    YEAR,
    Registry,
    gender_of_word,
    noun_key,
    role_stem,
)
from quizapp.generate.nlp import common_nouns
from quizapp.generate.shapes import Fact
from quizapp.packs.model import fold

WANTED = 3
COUNTED = frozenset({COUNT, MONEY, DATE, YEAR, MONTH})
_OFF_SCREEN = frozenset({PERSON, CREW, CRITIC})
_SMALL_WORDS = frozenset(["the", "of", "and", "a", "an"])
# A "which" question's noun that names a pool: "Which character ...?" takes characters.
_NOUN_POOLS = {"character": CHARACTER, "role": CHARACTER, "actor": ACTOR, "actress": ACTOR}
_NON_WORD = re.compile(r"[^\w'-]+")
# A score on a scale: "4/5", "four out of five".
_RATING = re.compile(r"(\w+)(/| out of )(\w+)", re.IGNORECASE)
# "Who was the N ...?", "Who was X's N?": the job a question asks for.
_WHO_WAS = re.compile(
    r"\bwho (?:was|is|were|are) (?:the |[\w' ]+'s )(?:[\w-]+ ){0,2}?([a-z-]+)"
    r"(?:\?| on | in | of | for )",
    re.IGNORECASE,
)
_QUOTES = re.compile('["\u201c\u201d]')
# Words that bound a figure on one side only ("over 7,000", "fewer than 50", "up to 12").
_ONE_SIDED = frozenset(["over", "more", "than", "least", "under", "fewer", "less", "up", "to"])
# Candidates looked at for one question: a bounded slice of a pool keeps long texts linear.
WINDOW = 96
_WHICH = re.compile(
    r"\bwhich (?:[\w'-]+ ){0,3}?([\w'-]+) "
    r"(?:was|were|is|are|did|does|do|has|have|had|would|could|will|can|\w+ed)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Traits:
    """What options are compared by, worked out once per value."""

    folded: str
    words: frozenset[str]
    spaced: str
    form: tuple[bool, bool]
    style: tuple[bool, bool, bool]
    length: int
    holder: bool
    gender: str | None
    of_topic: bool
    tier: int


@dataclass
class Pools:
    """Every answer the text offers, by fine type, in the order the text first gives them."""

    by_type: dict[str, list[str]] = field(default_factory=dict)
    sentence_of: dict[str, set[int]] = field(default_factory=dict)
    used: Counter[str] = field(default_factory=Counter)
    # Facts with options enough but too few of the answer's gender shown (see same_gender).
    unshown_gender: set[str] = field(default_factory=set)
    labels: dict[str, set[str]] = field(default_factory=dict)
    # The date the subject began (see first_date): nothing of its own comes before it.
    began: int | None = None
    _members: dict[str, set[str]] = field(default_factory=dict)
    _traits: dict[str, Traits] = field(default_factory=dict)

    def traits(self, value: str, registry: Registry) -> Traits:
        """Return a value's traits, read once: options are compared with many answers."""
        found = self._traits.get(value)
        if found is None:
            full = registry.canonical(value)
            found = Traits(
                folded=fold(value),
                words=frozenset(fold(w) for w in value.split() if len(w) > 3),
                spaced=_spaced(value),
                form=_form(value),
                style=_style(value),
                length=len(value.split()),
                holder=value in registry.holders,
                gender=registry.gender(full),
                of_topic=_of_topic(value, registry.topic),
                tier=min(registry.salience(value), 3),
            )
            self._traits[value] = found
        return found

    def add(self, kind: str, value: str, sentence: int) -> None:
        """Offer a value of a type, seen in a sentence."""
        members = self._members.setdefault(kind, set())
        if value not in members:
            members.add(value)
            self.by_type.setdefault(kind, []).append(value)
        self.sentence_of.setdefault(value, set()).add(sentence)

    def label(self, value: str, label: str) -> None:
        """File a value under the label of the list the text gives it in ("Vesh winner")."""
        self.labels.setdefault(value, set()).add(label)

    def labels_of(self, value: str) -> set[str]:
        """Return the labels of the lists a value is given in."""
        return self.labels.get(value, set())

    def all_labels(self) -> set[str]:
        """Return every list label the text gives."""
        return {label for found in self.labels.values() for label in found}

    def window(self, kind: str, seed: str) -> list[str]:
        """Return the pool of a type, or a stable slice of it where it is long."""
        values = self.by_type.get(kind, [])
        if len(values) <= WINDOW:
            return values
        start = zlib.crc32(seed.encode()) % len(values)
        return (values + values)[start : start + WINDOW]


def option_type(kind: str, value: str, registry: Registry) -> str:
    """Return the pool a value is offered from: a person's role, else the value's fine type.

    Actors are offered beside actors, characters beside characters, a director beside others
    who made the work, a president beside other office holders: never a place or a ship the
    tagger took for a person, nor a person whose role the text does not share.
    """
    first = value.replace(", ", " and ").split(" and ")[0]
    if kind in PEOPLE and first in registry.mentions:
        kind = registry.fine_type(first, kind)  # the whole text's word over one sentence's
    if kind not in COUNTED and any(
        registry.fine_type(p, "") == ACTOR
        for p in registry.partners.get(registry.canonical(first), ())
    ):
        kind = CHARACTER  # "Una" of "Ana's mother Una", whom an actor plays
    owned = re.search(r"'s [A-Z][\w-]*(?: [A-Z][\w-]*)*$", first)
    if owned and fold(first.split()[-1]) not in common_nouns():
        return f"{kind}|described"  # "the Vesh Gazette's Ivo Pask", not "Pim's Tavern"
    if kind not in PEOPLE:
        return kind
    if any(w[:1].islower() and w not in NAME_PARTICLES for w in first.split()) or "'s " in first:
        return f"{kind}|described"  # "Mara's father Dov" is offered only beside its like
    if kind in (ACTOR, CHARACTER):
        return kind
    return registry.role(first)


def is_plural(fact: Fact) -> bool:
    """Return whether a fact's answer is several names ("A and B"), however it was read."""
    return fact.plural or (fact.answer_type not in COUNTED and " and " in fact.answer)


def build_pools(facts: Iterable[Fact], registry: Registry) -> Pools:
    """Collect the answers of all facts and the typed names of the text into pools."""
    pools = Pools()
    facts = list(facts)  # read twice: for the pools and for the date the subject began
    for fact in facts:
        if fact.shape == "listed":
            for name in (fact.answer, *fact.names):
                pools.label(name, fact.key.split("|")[1])
        if is_plural(fact):
            pools.add(f"{fact.answer_type}|plural", fact.answer, fact.sentence)
        else:
            kind = option_type(fact.answer_type, fact.answer, registry)
            pools.add(kind, fact.answer, fact.sentence)
    pools.began = first_date(facts)
    for name in sorted(registry.mentions, key=lambda n: (-registry.mentions[n], n)):
        if registry.canonical(name) != name or _of_topic(name, registry.topic):
            continue
        kind = registry.fine_type(name, THING)
        if kind == THING:
            continue
        pools.add(option_type(kind, name, registry), name, -1)
    return pools


# Verbs that start what a text is about: it premiered, was first shown, launched, formed.
STARTING_VERBS = frozenset(
    ["premiere", "debut", "launch", "broadcast", "air", "show", "release", "open", "found"]
    + ["establish", "publish", "form", "begin", "start", "lift", "sail"]
)


def first_date(facts: Iterable[Fact]) -> int | None:
    """Return the earliest date a fact starts something on ("first shown on 4 May 1907").

    A later event of the subject takes no option on or before it: a prize for a series before
    its first episode, or a landing before the launch, is ruled out by the text itself.
    """
    found = [
        number
        for fact in facts
        if fact.answer_type in (DATE, YEAR, MONTH)
        and fact.key.split("|", 1)[0] in STARTING_VERBS
        and (number := _date_number(fact.answer)) is not None
    ]
    return min(found, default=None)


_YEARLY = "|".join(sorted(YEARLY_PARTS))
_ORDINAL = "|".join(ORDINALS)
# "its fifth series", "season 5": a numbered part of the subject that comes once a year.
_NUMBERED_PART = re.compile(
    rf"\b(?:(?P<ordinal>{_ORDINAL}) (?:{_YEARLY})|(?:{_YEARLY}) (?P<digits>\d{{1,2}}))\b",
    re.IGNORECASE,
)
# The same, as a phrase a sentence can do without: "... moved for its fifth series".
_NUMBERED_PHRASE = re.compile(
    rf",? (?:for|in|during|with) (?:its|the|their) (?:{_ORDINAL}) (?:{_YEARLY})\b(?!'s)",
    re.IGNORECASE,
)


def counted_year(text: str, pools: Pools) -> bool:
    """Return whether a year the text gives follows from a part's number and the first year.

    Where the subject began in 1907, "its fifth series began in 1911" tells its year to anyone
    who counts, and a year set beside it is judged by counting, not by knowing the subject.
    """
    if pools.began is None:
        return False
    first = pools.began // 372
    years = {int(y) for y in re.findall(r"(?<!\d)\d{4}(?!\d)", text)}
    for found in _NUMBERED_PART.finditer(text):
        ordinal, digits = found.group("ordinal"), found.group("digits")
        number = ORDINALS.index(ordinal.lower()) + 1 if ordinal else int(digits)
        if number > 1 and first + number - 1 in years:
            return True
    return False


def without_part_number(text: str) -> str:
    """Return a text without a numbered part that only dates it: "... for its fifth series"."""
    return _NUMBERED_PHRASE.sub("", text)


def _of_topic(name: str, topic: str) -> bool:
    """Whether a name is the subject's, or a spin-off of it ("Tidewater Bay Returns")."""
    words = set(fold(name).split()) - _SMALL_WORDS
    subject = set(fold(topic).split()) - _SMALL_WORDS
    return bool(words) and (words <= subject or len(words & subject) >= 2)


def wrong_options(fact: Fact, pools: Pools, registry: Registry) -> list[str]:
    """Return up to three wrong options for a fact, plausible and never also true."""
    if fact.answer_type in (COUNT, MONEY):
        return _unstated(fact, _near_numbers(fact))
    if fact.answer_type == YEAR:
        return _near_years(fact, pools)
    if fact.answer_type in (DATE, MONTH):
        return _unstated(fact, _other_dates(fact, pools))
    noun = asked_noun(fact.prompt)
    kind = _NOUN_POOLS.get(noun) or option_type(fact.answer_type, fact.answer, registry)
    candidates = pools.window(kind, fact.key)
    if fact.answer_type in (ORG, THING) and "|" not in kind and head_noun(fact.answer):
        # "the Lantern Award" beside other awards, however the tagger typed each of them
        kinds = dict.fromkeys([kind, ORG, THING, TITLE])
        candidates = list(dict.fromkeys(c for k in kinds for c in pools.window(k, fact.key)))
    if fact.answer_type not in PEOPLE and registry.made_something(fact.answer):
        # "Who composed it?" asked of a name the tagger did not take for a person: only others
        # the text names as makers are fair, never an outlet or a novel.
        candidates = [c for c in candidates if registry.made_something(c)]
    if is_plural(fact) and kind in _OFF_SCREEN:
        # "A and B" takes pairs of people who are neither cast nor office holders.
        candidates = [c for role in sorted(_OFF_SCREEN) for c in pools.window(role, fact.key)]
    called = registry.named_as(noun) if noun else set()
    if noun and fact.answer_type not in PEOPLE | {PLACE}:
        # "Which aircraft carrier ...?" is fair only beside other carriers the text names.
        candidates = [c for c in candidates if c in called]
    candidates = _alike(fact, kind, candidates, pools, registry)
    full_of: dict[str, str] = {}
    if fact.answer_type in PEOPLE and " " not in fact.answer:
        full_of = _short_forms(fact, candidates, registry)
        candidates = list(full_of)
    gender = fact.gender or (registry.gender(fact.answer) if fact.answer_type in PEOPLE else None)
    if is_plural(fact):
        chosen = _plural_options(fact, candidates, registry, pools)
        pools.used.update(n for option in chosen for n in option.split(" and "))
        return chosen
    answer = fold(fact.answer)
    prompt = fold(fact.prompt)
    topic = fold(registry.topic)
    initials = "".join(w[:1] for w in topic.split() if w not in ("the", "of", "and"))
    mine = pools.traits(fact.answer, registry)
    # Names of one kind may share the noun they end in ("the Bell Award", "the Gull Award").
    kind_word = {head_noun(fact.answer)} if fact.answer_type in (ORG, THING) else set()
    answer_words = {fold(w) for w in fact.answer.split()} - kind_word
    capitalised = fact.answer[:1].isupper()
    said = _spaced(fact.statement) if fact.source else ""

    labels = _prompt_labels(fact, pools)
    credited = _credits_of(fact.answer, registry)

    def traits(value: str) -> Traits:
        return pools.traits(full_of.get(value, value), registry)

    def fair(value: str) -> bool:
        seen = pools.traits(value, registry)
        folded = seen.folded
        if capitalised and not value[:1].isupper() or folded == initials:
            return False
        if folded == answer or folded in prompt or answer in folded or folded in answer:
            return False
        if seen.words & answer_words or " and " in value or seen.form != mine.form:
            return False
        if _QUOTES.search(value) and not _QUOTES.search(fact.answer):
            return False  # a nickname in quotation marks stands out beside plain names
        if topic and (folded in topic or topic in folded or seen.of_topic):
            return False
        # Named in the fact itself, an option could be read as right.
        return not (said and seen.spaced in said)

    def matches(value: str) -> bool:
        return fact.answer_type not in PEOPLE or same_gender(gender, [traits(value).gender])

    def closeness(value: str) -> tuple[int, ...]:
        return (
            0 if not called or full_of.get(value, value) in called else 1,
            _credit_distance(credited, full_of.get(value, value), registry),
            0 if not labels or pools.labels_of(full_of.get(value, value)) & labels else 1,
            *_likeness(fact, value, mine, pools, registry),
        )

    fitting = [c for c in candidates if fair(c)]
    if len(fitting) >= WANTED and sum(map(matches, fitting)) < WANTED:
        pools.unshown_gender.add(fact.key)  # typed only for the genders: see same_gender
    fitting = [c for c in fitting if matches(c)]
    chosen = _distinct(heapq.nsmallest(WANTED * 4, fitting, key=closeness), kind_word)
    if len(chosen) < WANTED and len(fitting) > WANTED * 4:
        chosen = _distinct(sorted(fitting, key=closeness), kind_word)
    pools.used.update(chosen)
    return chosen


def _alike(
    fact: Fact, kind: str, candidates: list[str], pools: Pools, registry: Registry
) -> list[str]:
    """Keep the options of the answer's own kind of role, standing and group.

    A person the text says did something (judged, won, presented) is offered beside others
    who did the same, and one it says nothing of beside others it says nothing of; no lead
    stands beside a bit part; a place that is no city or country ("the Gulf of Vesh") only
    beside places of its own kind ("the Gulf of Tarn") or of its own list; and no option the
    text files under another label of the prompt's kind ("the Vesh winner" takes no "Tarn
    winner").
    """
    names = fact.answer.replace(", ", " and ").split(" and ")
    if kind not in (ACTOR, CHARACTER) and "|" not in kind:
        candidates = _same_credit(fact, names, candidates, registry)
    if fact.answer_type in PEOPLE:
        top = 2 * max(registry.prominence(n) for n in names) + 1
        candidates = [c for c in candidates if registry.prominence(c) <= top]
    if kind in (ACTOR, CHARACTER):
        # "Who plays Mara's mother?" rules out the actor who plays Mara: the prompt tells them.
        told = {
            partner
            for name in registry.names_in(fact.prompt)
            for partner in registry.partners.get(registry.canonical(name), ())
        }
        candidates = [c for c in candidates if registry.canonical(c) not in told]
        # A parent's actor beside parents' actors, a lead's beside the leads' own generation.
        elder = registry.elder(fact.answer)
        candidates = [c for c in candidates if registry.elder(c) == elder]
    if fact.answer_type in (ORG, THING) and "|" not in kind:
        # "What did it win?" takes awards beside "the Lantern Award", never a newspaper or a
        # headland; a name that ends in no common noun ("Brightwave") only beside its like.
        head = head_noun(fact.answer)
        candidates = [c for c in candidates if head_noun(c) == head]
    if kind == SITE:
        own = _place_word(fact.answer)
        groups = {n for g in registry.groups if fact.answer in g for n in g}
        candidates = [c for c in candidates if c in groups or _place_word(c) == own]
    pairs = _qualified_nouns(fact.prompt, registry)
    if pairs:
        candidates = [c for c in candidates if not _ruled_out(c, pairs, registry)]
    labels = _prompt_labels(fact, pools)
    if labels:
        kinds = {label.split()[-1] for label in labels}
        candidates = [
            c
            for c in candidates
            if not any(
                label not in labels and label.split()[-1] in kinds for label in pools.labels_of(c)
            )
        ]
    return candidates


def _credit_distance(credited: frozenset[str], value: str, registry: Registry) -> int:
    """Return 0 for an option credited as the answer is ("hosts" beside hosts), else 1."""
    return 0 if not credited or registry.credits(value) & credited else 1


def _credits_of(answer: str, registry: Registry) -> frozenset[str]:
    """Return the credits of an answer's names ("A and B": both's)."""
    names = answer.replace(", ", " and ").split(" and ")
    return frozenset().union(*(registry.credits(n) for n in names))


def same_gender(answer: str | None, options: Iterable[str | None]) -> bool:
    """Whether people may stand as options: the text shows every one's gender, and it matches.

    Where the text does not say, a reader takes a gender from the first name, and "Who plays
    the inspector?" with three actresses beside an actor tells its answer; as the text cannot
    show which names a reader would take for whose, a person is offered only beside people
    the text shows to be of the answer's gender, and asked typed otherwise.
    """
    return answer is not None and all(gender == answer for gender in options)


def _same_credit(
    fact: Fact, names: list[str], candidates: list[str], registry: Registry
) -> list[str]:
    """Keep the options credited as the answer is: a winner beside winners, a maker beside makers.

    Asked by its job ("Which composer ...?"), an answer takes others of that job; asked by what
    it did ("directed by", "won by"), others of that family (see CREDITS); asked by anything
    else, others credited with nothing the answer is not ("Who inspired the haircut?" takes
    no critic).
    """
    mine = frozenset().union(*(registry.roles(n) for n in names))
    parts = fact.key.split("|")
    nouns = [asked_noun(fact.prompt)]
    named = _WHO_WAS.search(fact.prompt)
    if named:
        nouns.append(named.group(1))  # "Who was the flight director on duty?": a director
    if len(parts) > 1 and fact.shape in ("role", "listed") and parts[1].split():
        nouns.append(parts[1].split()[-1])  # a role's or a list's noun
    for noun in (role_stem(n) for n in nouns if n):
        if noun in mine and noun in CREDITS:
            return [c for c in candidates if noun in registry.roles(c)]
    asked = {CREDITS[r] for r in [role_stem(parts[0])] if r in mine and r in CREDITS}
    if asked:
        return [c for c in candidates if registry.credits(c) & asked]
    credited = frozenset().union(*(registry.credits(n) for n in names))
    return [c for c in candidates if registry.credits(c) <= credited]


def _qualified_nouns(prompt: str, registry: Registry) -> list[tuple[str, str]]:
    """Return the nouns a prompt narrows as the text does somewhere ("the backup crew").

    Only a phrase's last noun counts: "lunar module pilot" narrows the pilot; and only one
    that names no one ("her clever aunt Una" says who Una is).
    """
    words = [*re.findall(r"[\w'-]+", prompt), "?"]
    pairs = [
        pair
        for first, second, after in zip(words, words[1:], words[2:], strict=False)
        if (pair := (first.lower(), noun_key(second))) in registry.compounds
        and not after[:1].isupper()  # "her clever aunt Una" narrows Una, not the answer
    ]
    return [p for p in pairs if not any(other[0] == p[1] for other in pairs)]


def _ruled_out(value: str, pairs: list[tuple[str, str]], registry: Registry) -> bool:
    """Whether the text names an option only beside another kind of the prompt's noun.

    "Who commanded the backup crew?" rules out those the text names in "the three-man crew"
    and never in the backup crew: a reader knows they were not in it.
    """
    said = registry.sentences_of(value)
    for narrowed in pairs:
        noun = narrowed[1]
        other = any(
            isinstance(p, tuple) and p[1] == noun and p != narrowed for s in said for p in s
        )
        if other and not any(narrowed in s for s in said):
            return True
    return False


def _prompt_labels(fact: Fact, pools: Pools) -> set[str]:
    """Return the list labels a prompt names ("Who was the Vesh winner in 1907?").

    A name asked from a list keeps to its own list's label even where the prompt leaves it out.
    """
    prompt = fold(fact.prompt)
    own = {fact.key.split("|")[1]} if fact.shape == "listed" else set()
    return own | {label for label in pools.all_labels() if fold(label) in prompt}


def head_noun(name: str) -> str:
    """Return the common noun a name ends in, singular ("the Bell Awards": award), or "".

    A name of one word, or one ending in a word that is no English noun ("Brightwave",
    "Vesh 4"), says nothing of its kind.
    """
    words = fold(name).split()
    if len(words) < 2:
        return ""
    nouns = common_nouns()
    last = words[-1]
    if last.endswith("s") and last[:-1] in nouns:
        return last[:-1]
    return last if last in nouns else ""


def _place_word(name: str) -> str:
    """Return the word that says what kind of place a name is ("Gulf of Vesh": gulf)."""
    words = fold(name).split()
    if "of" in words[1:]:
        return words[words.index("of") - 1]
    return words[-1] if len(words) > 1 else ""


def _likeness(
    fact: Fact, value: str, like: Traits, pools: Pools, registry: Registry
) -> tuple[int, ...]:
    """Order options by how like the answer they look, then the least offered so far.

    Then a stable shuffle per fact, so the same few names do not stand beside every answer.
    The likeness: as often named as the answer (a lead beside leads, a bit part beside bit
    parts), the same number of words, the same style (a title, a particle, accents),
    a job beside the name when the answer has one.
    """
    seen = pools.traits(value, registry)
    return (
        abs(seen.tier - like.tier),
        abs(seen.length - like.length),
        sum(a != b for a, b in zip(seen.style, like.style, strict=True)),
        0 if seen.holder == like.holder else 1,
        pools.used[value],
        zlib.crc32(f"{fact.key}|{value}".encode()) % 1000,
    )


def _spaced(text: str) -> str:
    """Return text as its words between spaces, for finding a name as whole words."""
    return f" {_NON_WORD.sub(' ', text).strip()} "


def _distinct(ranked: list[str], shared: Iterable[str] = ()) -> list[str]:
    """Return the first three options that share no word with each other but the shared."""
    chosen: list[str] = []
    taken: set[str] = set()
    for value in ranked:
        words = {fold(w) for w in value.split() if len(w) > 3} - set(shared) | {fold(value)}
        if words & taken:
            continue
        chosen.append(value)
        taken |= words
        if len(chosen) == WANTED:
            break
    return chosen


def asked_noun(prompt: str) -> str:
    """Return the noun a "which" question asks for ("Which aircraft carrier was ...": carrier)."""
    match = _WHICH.search(prompt)
    return match.group(1).lower() if match else ""


def _short_forms(fact: Fact, candidates: list[str], registry: Registry) -> dict[str, str]:
    """Return short names to offer beside a short answer, each with the full name it is of.

    A first name is offered beside a first name, a surname beside a surname.
    """
    full = registry.canonical(fact.answer)
    first = (full != fact.answer and full.split()[0] == fact.answer) or (
        full == fact.answer and fact.answer_type == CHARACTER
    )
    found: dict[str, str] = {}
    for value in candidates:
        words = value.split()
        if len(words) == 1:
            found.setdefault(value, value)
        elif " and " not in value and not gender_of_word(words[0]):
            found.setdefault(words[0] if first else words[-1], value)
    return found


def _plural_options(
    fact: Fact, candidates: list[str], registry: Registry, pools: Pools
) -> list[str]:
    """Return options for "A and B": pairs of other names of the same type, none of the answer's.

    People stand in a pair only as the answer's own names do (see same_gender): each pair
    holds the answer's genders in its order, and where the text does not show every one of
    the answer's, the pair is asked typed.
    """
    names = fact.answer.replace(", ", " and ").split(" and ")
    count = len(names)
    taken = {fold(n) for n in names}
    prompt = fold(fact.prompt)
    people = fact.answer_type in PEOPLE
    genders: list[str | None] = [registry.gender(n) for n in names] if people else [None] * count
    if people and not all(genders):
        return []
    last = pools.traits(names[-1], registry)

    def fits(value: str) -> bool:
        seen = pools.traits(value, registry)
        return (
            " and " not in value
            and "," not in value
            and seen.folded not in taken
            and seen.folded not in prompt
            and not seen.of_topic
            and seen.form == last.form
            and seen.gender in genders
        )

    credited = _credits_of(fact.answer, registry)

    def order(value: str) -> tuple[int, ...]:
        return (
            _credit_distance(credited, value, registry),
            *_likeness(fact, value, last, pools, registry),
        )

    singles = heapq.nsmallest(count * WANTED, (c for c in candidates if fits(c)), key=order)
    by_gender = {g: [v for v in singles if pools.traits(v, registry).gender == g] for g in genders}
    options = []
    for turn in range(WANTED):
        at = Counter[str | None]()
        group = []
        for gender in genders:
            found = by_gender[gender]
            index = turn * genders.count(gender) + at[gender]
            at[gender] += 1
            if index >= len(found):
                return []
            group.append(found[index])
        options.append(
            " and ".join(group) if count == 2 else f"{', '.join(group[:-1])} and {group[-1]}"
        )
    return options


def _form(value: str) -> tuple[bool, bool]:
    """Return what a player sees of an option's form: digits in it, a capitalised name."""
    words = [w.strip('"\u201c\u201d') for w in value.split()]
    name = 1 < len(words) <= 4 and all(
        w[:1].isupper() for w in words if w.lower() not in ("de", "of", "and", "the", "la", "le")
    )
    numeric = any(c.isdigit() for c in value) or any(w.lower() in NUMBER_WORDS for w in words)
    return numeric, name


def _style(value: str) -> tuple[bool, bool, bool]:
    """Return what makes a name stand out: a title, a particle, letters beyond plain English."""
    words = value.split()
    titled = len(words) > 1 and bool(gender_of_word(words[0]))
    particle = any(w in NAME_PARTICLES for w in words[1:-1])
    accented = any(ord(c) > 127 and c.isalpha() for c in value)
    return titled, particle, accented


def _unstated(fact: Fact, options: list[str]) -> list[str]:
    """Drop options the fact's own sentence states: they could be read as right."""
    statement = fold(fact.statement)
    return [
        o
        for o in options
        if fold(o) not in statement
        or not re.search(rf"(?<![\w.,]){re.escape(fold(o))}(?!\w)", statement)
    ]


def is_rating(answer: str) -> bool:
    """Return whether an answer is a score on a scale ("4/5", "four out of five")."""
    return _RATING.fullmatch(answer.strip()) is not None


def _ratings(answer: str) -> list[str] | None:
    """Return other scores on a rating's own scale ("4/5" -> "3/5"), or None if not a rating."""
    match = _RATING.fullmatch(answer.strip())
    if match is None:
        return None
    score, between, scale = match.groups()
    top = int(scale) if scale.isdigit() else NUMBER_WORDS.get(scale.lower())
    mark = int(score) if score.isdigit() else NUMBER_WORDS.get(score.lower())
    if top is None or mark is None or not 1 < top <= 10:
        return []
    others = sorted((m for m in range(1, top + 1) if m != mark), key=lambda m: (abs(m - mark), m))
    found = []
    for other in others[:WANTED]:
        word = str(other) if score.isdigit() else WORD_FOR_NUMBER.get(other, str(other))
        found.append(f"{_match_case([word], score)[0]}{between}{scale}")
    return found


def _near_numbers(fact: Fact) -> list[str]:
    """Return numbers near the answer in its own form, all false even under a bound."""
    rated = _ratings(fact.answer)
    if rated is not None:
        return rated
    match = re.search(r"(\d[\d,]*(?:\.\d+)?)", fact.answer)
    words = fact.answer.split()
    if words and words[0].lower() in ("a", "an"):
        return []
    turn = zlib.crc32(f"{fact.key}|{fact.answer}".encode())
    # A person's age a few years off: "eight" or "twenty" beside a sixteen-year-old at school
    # gives the answer away, where a scale of the figure serves counts.
    close = fact.shape == "age"
    if match is None:
        value = NUMBER_WORDS.get(words[-1].lower()) if words else None
        if value is None:
            return []
        options = _steps(value, fact.bound, whole=True, turn=turn, close=close)
        as_words = [WORD_FOR_NUMBER.get(int(o)) for o in options]
        found = [" ".join([*words[:-1], w]) for w in as_words if w]
        return _match_case(found, words[-1])[:WANTED]
    digits = match.group(1)
    value_number = float(digits.replace(",", ""))
    whole = "." not in digits
    options = _steps(
        value_number, fact.bound, whole=whole and value_number >= 1, turn=turn, close=close
    )
    found = []
    for option in options:
        text = _format_like(option, digits)
        if text == digits:
            continue
        found.append(fact.answer[: match.start()] + text + fact.answer[match.end() :])
    return list(dict.fromkeys(found))[:WANTED]


def _steps(
    value: float, bound: str, whole: bool, turn: int = 0, close: bool = False
) -> list[float]:
    """Return near values, one or two of them (see _inner_rank) below the answer.

    Always one below and two above, the answer would be the second smallest every time.
    Close values are one to three apart, as small values always are.
    """
    if bound in _ONE_SIDED:
        # "more than 900" may be as true as a right "more than 700", and "more than 400" is: a
        # figure bounded on one side is asked typed, where the figure alone counts.
        return []
    if bound:
        # "About 40": far enough that no option is also about right.
        below, above = [0.6, 0.4, 0.3], [1.6, 2.0, 1.35]
    elif value < 10 or close:
        lower = [v for v in (value - 1, value - 2, value - 3) if v > 0]
        take = min(_inner_rank(turn), len(lower))
        return lower[:take] + [value + 1, value + 2, value + 3][: WANTED - take]
    else:
        below, above = [0.75, 0.5, 0.6], [1.25, 1.5, 2.0, 1.15]
    lows = _scaled(value, below, whole)
    highs = _scaled(value, above, whole)
    take = min(_inner_rank(turn), len(lows))
    take = max(take, WANTED - len(highs))
    return lows[:take] + highs[: WANTED - take] + lows[take:] + highs[WANTED - take :]


def _scaled(value: float, factors: list[float], whole: bool) -> list[float]:
    """Return the value times each factor, rounded as the value is, in the answer's form."""
    result = []
    for factor in factors:
        option = value * factor
        if whole:
            option = float(round(option))
            if value >= 100:
                magnitude = 10 ** (len(str(int(value))) - 2)
                option = float(round(option / magnitude) * magnitude)
        else:
            option = round(option, 1)
        if value >= 10 and len(str(int(option))) > len(str(int(value))):
            continue  # "1400 million" beside "700 million" stands out by its form
        if option != value and option > 0 and option not in result:
            result.append(option)
    return result


def _inner_rank(seed: int) -> int:
    """Return how many options stand below the answer: one or two, by turns.

    Always last or always first among its options, the answer would be the extreme one and
    the one to pick; so it has options on both sides wherever the value allows.
    """
    return 1 + seed % (WANTED - 1)


def _format_like(value: float, example: str) -> str:
    if "." in example:
        places = len(example.split(".")[1])
        text = f"{value:.{places}f}"
        if not example.endswith("0") and text.endswith("0"):
            text = f"{value + 0.3 * 10**-places:.{places}f}"  # "8.3 million", not "8.0 million"
        return text
    if "," in example:
        return f"{int(value):,}"
    return str(int(value))


def _match_case(options: list[str], example: str) -> list[str]:
    if example[:1].isupper():
        return [o[:1].upper() + o[1:] for o in options]
    return options


def _near_years(fact: Fact, pools: Pools) -> list[str]:
    """Return years near the answer, none stated in the fact and none its logic rules out.

    Where the fact's sentence names other years all before the answer ("opened in 1907 and
    closed in 1911"), the options come after them too, and the other way round; a year after
    the subject began takes none before the year it began (see first_date).
    """
    year = int(fact.answer)
    sentence = f"{fact.source} {fact.slot}"
    stated = {int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", sentence)} - {year}
    low, high = -(10**6), 10**6
    ordered = len(stated) <= 2  # a list of years ("1901, 1903 and 1907") sets no order
    if ordered and stated and max(stated) < year:
        low = max(stated)
    elif ordered and stated and min(stated) > year:
        high = min(stated)
    began = pools.began // 372 if pools.began is not None else None
    if began is not None and year > began:
        low = max(low, began - 1)  # nothing of the subject's own before it began

    def allowed(y: int) -> bool:
        return y != year and y not in stated and low < y < high

    named = {int(y) for y in pools.by_type.get(YEAR, [])[:WINDOW] if y.isdigit()}
    dated = {
        int(y)
        for kind in (DATE, MONTH)
        for d in pools.by_type.get(kind, [])[:WINDOW]
        for y in re.findall(r"(?<!\d)\d{4}(?!\d)", d)
    }
    latest = max(named | dated | {year})
    earliest = min(named | dated | {year})
    # The text's first or last year itself may have a year or two beyond it beside it: else
    # every option stands on one side of it, and the extreme one is the answer.
    if earliest == year:
        earliest = year - 3
    if latest == year:
        latest = year + 2
    # The nearest years, the text's own first on a tie, none after the text's latest year
    # while earlier ones remain (a later one may not have happened when it was written), nor
    # before its earliest (the subject may not have existed yet). A year of a labelled list
    # ("the Vesh winner in 1907") stays within the years the text gives that list: the years
    # of another list are another era.
    spans = [
        [int(y) for y in pools.by_type.get(YEAR, []) if y.isdigit() and label in pools.labels_of(y)]
        for label in ([fact.key.split("|")[1]] if fact.shape == "listed" else [])
    ]
    for span in (s for s in spans if len(s) > 1):
        earliest, latest = max(earliest, min(span)), min(latest, max(span))
    near = {y for y in named if abs(y - year) <= 12} | set(range(year - 39, year + 40))
    ranked = sorted(
        (y for y in near if allowed(y)),
        key=lambda y: (y > latest, abs(y - year), y not in named, y),
    )
    # The answer stands second or third in time by turns (see _inner_rank); the tightest run of
    # years wins over the turn.
    inside = [y for y in ranked if earliest <= y <= latest]
    if any(len(s) > 1 for s in spans):
        ranked = inside  # never outside the list's own years, even if that leaves too few
    else:
        ranked = inside if len(inside) >= WANTED else ranked
    below = [y for y in ranked if y < year]
    above = [y for y in ranked if y > year]
    turn = _inner_rank(zlib.crc32(f"{fact.key}|{year}".encode()))
    sets = [
        below[:take] + above[: WANTED - take]
        for take in range(WANTED + 1)
        if take <= len(below) and WANTED - take <= len(above)
    ]
    if not sets:
        return [str(y) for y in sorted(ranked[:WANTED]) if len(ranked) >= WANTED]
    chosen = min(
        sets,
        key=lambda c: (
            max([*c, year]) - min([*c, year]),
            sum(y < year for y in c) in (0, WANTED),  # as tight, the answer inside the run
            sum(y < year for y in c) != turn,
        ),
    )
    return [str(y) for y in sorted(chosen)]


def _other_dates(fact: Fact, pools: Pools) -> list[str]:
    """Return other dates of the same form whose pattern does not tell the answer.

    The text's own dates come first, then the answer with parts changed. None is a date the
    fact's sentence states, and where the sentence's other dates all come before the answer
    ("began in May and ended in ___"), every option comes after them too, and the other way
    round; a date after the subject began takes none on or before that day (see first_date).
    The four dates are chosen together (see _Shares.telling): "4 May 1907" among "9 May 1907",
    "4 May 1908" and "4 June 1907" is the one that shares most, and is right.
    """
    words = fact.answer.replace(",", "").split()
    shape = _date_shape(words)
    answer = _date_number(fact.answer)
    if shape is None or answer is None or len(shape) < 2:
        return []
    stated: set[str] = set()
    for kind in (DATE, MONTH):
        stated.update(d for d in pools.by_type.get(kind, [])[:WINDOW] if d in fact.source)
    stated.discard(fact.answer)
    numbers = [n for n in (_date_number(d) for d in stated) if n is not None]
    if len(numbers) > 2:
        numbers = []  # a list of dates sets no order
    low = max(numbers) if numbers and max(numbers) < answer else None
    high = min(numbers) if numbers and min(numbers) > answer else None
    earliest, latest = _date_span(pools, answer)

    def allowed(value: str) -> bool:
        number = _date_number(value)
        if value == fact.answer or value in stated or number is None or number == answer:
            return False
        if not earliest <= number <= latest:
            return False
        if pools.began is not None and answer > pools.began >= number:
            return False  # a landing before the launch: see first_date
        return (low is None or number > low) and (high is None or number < high)

    own = [
        d
        for d in pools.by_type.get(fact.answer_type, [])[:WINDOW]
        if _date_shape(d.replace(",", "").split()) == shape and allowed(d)
    ]
    near = [d for d in own if abs((_date_number(d) or 0) - answer) <= 3 * 372]
    near = sorted(near, key=lambda d: (abs((_date_number(d) or 0) - answer), d))[:_TEXT_DATES]
    seed = zlib.crc32(f"{fact.key}|{fact.answer}".encode())
    variants = [*_date_variants(words, shape, seed, fact.answer), *_months_on(words, shape)]
    made = [d for d in dict.fromkeys(variants) if allowed(d)]
    pool = list(dict.fromkeys([*near, *made]))[:_DATE_POOL]
    order = "".join(k for k in "DMY" if k in shape)
    shares = _Shares([_date_parts(d, shape) for d in [fact.answer, *pool]], order)
    number = [_date_number(d) or 0 for d in pool]
    target = _inner_rank(seed)  # where the answer stands in time among the four
    best: tuple[tuple[int, int, int], tuple[int, ...]] | None = None
    for combo in itertools.combinations(range(len(pool)), WANTED):
        if shares.telling(combo):
            continue
        place = sum(number[i] < answer for i in combo)
        rank = (
            abs(place - target),  # never the first or last of the four, where it can be helped
            -sum(pool[i] in near for i in combo),
            sum(abs(number[i] - answer) for i in combo),
        )
        if best is None or rank < best[0]:
            best = (rank, combo)
    return [pool[i] for i in best[1]] if best else []


def _date_span(pools: Pools, answer: int) -> tuple[int, int]:
    """Return the first and last dates an option may take: those of the text's own dates.

    A date after everything the text tells (an announcement two years after the last season it
    names) or before it began is ruled out by the text itself. Where the answer is the text's
    first or last date, options may look half a year beyond it, else it would be the extreme.
    """
    known = [
        number
        for kind in (DATE, MONTH, YEAR)
        for value in pools.by_type.get(kind, [])[:WINDOW]
        if (number := _date_number(value)) is not None
    ]
    earliest, latest = min([*known, answer]), max([*known, answer])
    # A year alone stands for its whole span of months: "1907" reaches December 1907.
    latest = max([latest, *(n + 12 * 31 + 31 for n in known if n % 372 == 0)])
    if answer % 31 == 0:
        # A month alone is the text's last when no date falls in a later month:
        # "July 1907" beside "24 July 1907".
        latest -= latest % 372 % 31
        earliest -= earliest % 372 % 31
    if earliest >= answer:
        earliest = answer - _DATE_MARGIN
    if latest <= answer:
        latest = answer + _DATE_MARGIN
    return earliest, latest


# How far past the text's first or last date an option may look: half a year.
_DATE_MARGIN = 6 * 31

# How many of the text's own dates, and how many dates in all, are weighed for one answer.
_TEXT_DATES = 5
_DATE_POOL = 12


class _Shares:
    """The parts each two of an answer and its candidate dates share, counted once."""

    def __init__(self, dates: list[tuple[int, ...]], parts: str) -> None:
        """Count the shared parts of dates[0], the answer, and each candidate after it."""
        self._same = [
            [sum(a == b for a, b in zip(x, y, strict=True)) for y in dates] for x in dates
        ]
        answer = dates[0]
        if "D" in parts and "M" in parts:
            day, month = parts.index("D"), parts.index("M")
            self._anniversary = [d[day] == answer[day] and d[month] == answer[month] for d in dates]
        else:
            self._anniversary = [False] * len(dates)

    def telling(self, options: tuple[int, ...]) -> bool:
        """Whether a set of dates gives its answer away by the parts it shares.

        The options are positions among the candidates (the first is 0). The answer may not be
        the one that shares most parts with the rest, nor the one that shares least (the odd
        one out), and no option may share both its day and month with it (an anniversary reads
        as a near miss of the right date).
        """
        every = (0, *(i + 1 for i in options))
        shared = [sum(self._same[i][j] for j in every if j != i) for i in every]
        mine, theirs = shared[0], shared[1:]
        if mine > max(theirs) or mine < min(theirs):
            return True
        return any(self._anniversary[i] for i in every[1:])


def _date_parts(text: str, shape: str) -> tuple[int, ...]:
    """Return the parts a date's form has, in the order day, month, year."""
    values = {}
    for word, kind in zip(text.replace(",", "").split(), shape, strict=True):
        values[kind] = MONTHS.index(word) + 1 if kind == "M" else int(word)
    return tuple(values[k] for k in "DMY" if k in values)


def _date_variants(words: list[str], shape: str, seed: int, original: str) -> list[str]:
    """Return the answer with one, two or all of its parts changed, in a stable mixed order."""
    steps = {
        "D": [7, -5, 11, -9, 3],
        "M": [2, -3, 4, -1, 5],
        "Y": [1, -1, 2, -2, 3],
    }
    choices: list[list[str]] = []
    for word, kind in zip(words, shape, strict=True):
        found = [word]
        offset = seed % 3
        for step in steps[kind][offset:] + steps[kind][:offset]:
            value = _changed(word, kind, step)
            if value not in found:
                found.append(value)
            if len(found) == 3:
                break
        choices.append(found)
    variants = []
    for combo in itertools.product(*choices):
        if list(combo) == words:
            continue
        text = " ".join(combo)
        if "," in original and shape == "MDY":
            text = f"{combo[0]} {combo[1]}, {combo[2]}"
        variants.append(text)
    return sorted(variants, key=lambda v: zlib.crc32(f"{seed}|{v}".encode()))


def _months_on(words: list[str], shape: str) -> list[str]:
    """Return the answer a month or two either side, across the new year ("January 1908").

    At the end of the text's span of dates, these are the few options left after the answer.
    """
    if "M" not in shape or "Y" not in shape:
        return []
    found = []
    at = {kind: index for index, kind in enumerate(shape)}
    month = MONTHS.index(words[at["M"]]) + int(words[at["Y"]]) * 12
    for step in (1, -1, 2, -2):
        moved = list(words)
        year, index = divmod(month + step, 12)
        moved[at["M"]], moved[at["Y"]] = MONTHS[index], str(year)
        found.append(" ".join(moved) if shape != "MDY" else f"{moved[0]} {moved[1]}, {moved[2]}")
    return found


def _changed(word: str, kind: str, step: int) -> str:
    if kind == "Y":
        return str(int(word) + step)
    if kind == "M":
        return MONTHS[(MONTHS.index(word) + step) % 12]
    return str(min(max(int(word) + step, 1), 28))


def _date_number(text: str) -> int | None:
    """Return a date as a number that orders dates ("4 May 1907" < "June 1907"), or None."""
    year = month = day = None
    for word in text.replace(",", " ").split():
        if word in MONTHS:
            month = MONTHS.index(word) + 1
        elif word.isdigit() and len(word) == 4:
            year = int(word)
        elif word.isdigit() and len(word) <= 2:
            day = int(word)
    if year is None:
        return None
    return year * 372 + (month or 0) * 31 + (day or 0)


def _date_shape(words: list[str]) -> str | None:
    kinds = []
    for word in words:
        if word in MONTHS:
            kinds.append("M")
        elif word.isdigit() and len(word) == 4:
            kinds.append("Y")
        elif word.isdigit() and len(word) <= 2:
            kinds.append("D")
        else:
            return None
    return "".join(kinds)

"""Names, numbers and titles in a parsed text: their spans, fine types, genders and salience."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from quizapp.generate.grammar import (
    FEMALE_WORDS,
    LANDFORM_TITLES,
    MALE_WORDS,
    MONTHS,
    VERDICT_NOUNS,
    WORK_NOUNS,
    WRITTEN_NOUNS,
)
from quizapp.generate.nlp import is_code

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PERSON: Final = "person"
ACTOR: Final = "actor"
CHARACTER: Final = "character"
PLACE: Final = "place"
SITE: Final = "site"
ORG: Final = "organisation"
DATE: Final = "date"
YEAR: Final = "year"
MONTH: Final = "month"
COUNT: Final = "count"
ORDINAL: Final = "ordinal"
TITLE: Final = "title"
TIME: Final = "time"
MONEY: Final = "money"
THING: Final = "thing"
QUOTE: Final = "quote"
PEOPLE: Final = frozenset({PERSON, ACTOR, CHARACTER})
# A country or city (the tagger's GPE) is offered beside others of its kind, a site or a sea
# (FAC, LOC) beside sites: "Paris" is no fair option for "the Gulf of Vesh".
PLACES: Final = frozenset({PLACE, SITE})

_LABEL_TYPES: Final = {
    "PERSON": PERSON,
    "GPE": PLACE,
    "LOC": SITE,
    "FAC": SITE,
    "ORG": ORG,
    "DATE": DATE,
    "TIME": TIME,
    "CARDINAL": COUNT,
    "QUANTITY": COUNT,
    "PERCENT": COUNT,
    "MONEY": MONEY,
    "ORDINAL": ORDINAL,
    "WORK_OF_ART": TITLE,
    "EVENT": TITLE,
    "PRODUCT": THING,
    "LAW": TITLE,
}
_NAME_PARTS: Final = frozenset({"compound", "flat", "nmod", "nummod", "poss"})
# Sentences kept per name, to check an option against the words of a prompt.
MAX_CONTEXTS: Final = 8


# Where a parsed text keeps the names found so far: each word's name is asked for many times.
_NAME_SPANS: Final = "quizapp.name_spans"


def name_span(head: Token) -> Span:
    """Return the whole proper name whose last word is `head` ("the Gulf of Vesh")."""
    known: dict[int, tuple[int, int]] = head.doc.user_data.setdefault(_NAME_SPANS, {})
    bounds = known.get(head.i)
    if bounds is None:
        span = _name_span(head)
        known[head.i] = (span.start, span.end)
        return span
    return head.doc[bounds[0] : bounds[1]]


# Where a parsed text keeps its entities and where each starts, read once.
_ENTITIES: Final = "quizapp.entities"


def entities_in(span: Span) -> list[Span]:
    """Return the entities wholly inside a span, as `Span.ents` does.

    `Span.ents` reads every entity of the whole text each time; a text's sentences ask it often.
    """
    doc = span.doc
    known: tuple[tuple[Span, ...], list[int]] | None = doc.user_data.get(_ENTITIES)
    if known is None:
        ents = tuple(doc.ents)
        known = doc.user_data[_ENTITIES] = (ents, [e.start for e in ents])
    ents, starts = known
    found = []
    for ent in ents[bisect.bisect_left(starts, span.start) :]:
        if ent.end > span.end:
            break
        found.append(ent)
    return found


def _name_span(head: Token) -> Span:
    doc = head.doc
    start = head.i
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.lefts:
            if child.dep_ in _NAME_PARTS and _name_word(child):
                start = min(start, child.left_edge.i if child.dep_ != "poss" else child.i)
                stack.append(child)
            elif child.dep_ == "punct" and child.text in '-"' and child.i > start - 2:
                continue
    # Words between the first name word and the head belong to the name: "Tomas "Red" Vell".
    end = head.i + 1
    ent = _entity_at(head)
    if ent is not None and ent.start <= start <= head.i < ent.end:
        start = min(start, ent.start)
        end = max(end, ent.end)
        # "Vesh's Tavern in Harlow" tagged as one: the name ends before "in"
        for index in range(head.i + 1, end):
            if _breaks_name(doc[index]):
                end = index
                break
        for index in range(head.i - 1, start - 1, -1):
            if _breaks_name(doc[index]):
                start = index + 1
                break
    # "Gulf of Vesh": an "of" whose object is itself a name, inside the head's subtree.
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == end:
            objects = [c for c in child.children if c.dep_ == "pobj" and _name_word(c)]
            if objects and not any(c.dep_ == "det" for c in objects[0].lefts):
                end = max(end, objects[0].i + 1)
    while start < head.i and (doc[start].is_punct or doc[start].is_lower):
        start += 1  # a job before a name ("restaurateur Una Brisk") is not part of it
    # A capitalised word before the name that is a determiner or possessive only mid-sentence
    # ("The Larks", "Our Shepherd", "An Hour Late") is part of the name.
    if start > 0:
        before = doc[start - 1]
        if (
            before.is_title
            and before.lower_ in ("the", "our", "a", "an")
            and not before.is_sent_start
            and before.head.i >= start
        ):
            start -= 1
    while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):
        end -= 1
    if end == head.i + 1 and end < len(doc) and doc[end].head == head and is_code(doc[end].text):
        end += 1  # "Dock Basin 7B"
    return doc[start:end]


def _breaks_name(token: Token) -> bool:
    """Return whether a word inside a tagged entity ends a name there: "in", not "of"."""
    return token.pos_ == "ADP" and token.is_lower and token.lower_ != "of"


def is_proper(token: Token) -> bool:
    """Return whether a word belongs to a name: tagged so, or a capitalised noun mid-sentence."""
    if token.pos_ == "PROPN":
        return True
    return (
        token.pos_ == "NOUN"
        and token.is_title
        and not token.is_sent_start
        and token.i > 0
        and token.doc[token.i - 1].text not in (".", "!", "?", ":", ";")
    )


def _name_word(token: Token) -> bool:
    return is_proper(token) or (token.like_num and token.dep_ == "nummod" and is_proper(token.head))


def _entity_at(token: Token) -> Span | None:
    """Return the entity a word belongs to, reading only its neighbours' IOB tags."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def is_name_head(token: Token) -> bool:
    """Return whether a token ends a proper name (the name's syntactic head)."""
    if not is_proper(token) or token.dep_ in ("compound", "flat"):
        return False
    # "Ivo "Red" Vell": a name's earlier words may hang on its last one as modifiers.
    if token.dep_ == "nmod" and is_proper(token.head) and token.head.i > token.i:
        return False
    # "Vesh's Tavern": an owner inside one name, as the tagger reads it, is not a name of its own.
    owned = token.head
    if (
        token.dep_ == "poss"
        and is_proper(owned)
        and owned.i == token.i + 2
        and owned.ent_iob_ == "I"
    ):
        return False
    # "the Vesh and Orm Quenby": a word joined to a modifier of a later name is inside it.
    inner = token.head
    return not (
        token.dep_ == "conj"
        and inner.dep_ in ("nmod", "compound")
        and is_proper(inner)
        and inner.head.i > token.i
        and is_proper(inner.head)
    )


def entity_type(span: Span) -> str:
    """Return a span's coarse type from the entities it holds."""
    labels = [t.ent_type_ for t in span if t.ent_type_]
    if not labels:
        return THING
    label = Counter(labels).most_common(1)[0][0]
    kind = _LABEL_TYPES.get(label, THING)
    if kind == DATE:
        return date_type(span.text)
    return kind


def date_type(text: str) -> str:
    """Return date, year or month for a date's text."""
    words = text.replace(",", " ").split()
    if len(words) == 1 and words[0].isdigit() and len(words[0]) == 4:
        return YEAR
    if len(words) == 1 and words[0] in MONTHS:
        return MONTH
    return DATE


# People the text gives a role beyond the cast: an office held ("Mayor X"), a critic, or
# someone with a job ("production designer X") or who made something ("written by X"). Options
# for such a person come from people of the same role, never from the cast or from places.
CREW: Final = "crew"
CRITIC: Final = "critic"
PUBLIC: Final = "public figure"
_OFFICES: Final = frozenset(
    [
        "president",
        "senator",
        "governor",
        "mayor",
        "minister",
        "chancellor",
        "premier",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "empress",
        "pope",
        "ambassador",
        "congressman",
        "congresswoman",
    ]
)
# Verbs whose doer made the work ("directed by X"), and verbs of judging it ("X praised").
_MAKING_VERBS: Final = frozenset(
    [
        "create",
        "write",
        "direct",
        "produce",
        "compose",
        "design",
        "edit",
        "film",
        "shoot",
        "illustrate",
        "develop",
        "adapt",
        "score",
        "choreograph",
        "photograph",
        "animate",
        "present",
        "host",
        "narrate",
        "found",
        "invent",
        "paint",
        "record",
        "conceive",
    ]
)
# Verbs that list names ("winners included A and B") and verbs too plain to say a role.
_LISTING_VERBS: Final = frozenset(["include", "be", "comprise"])
_PLAIN_VERBS: Final = frozenset(
    ["be", "have", "do", "say", "make", "take", "get", "go", "become", "include", "see", "use"]
)
_CRITIC_VERBS: Final = frozenset(
    ["review", "praise", "criticise", "criticize", "rate", "commend", "laud", "pan", "applaud"]
)
_CRITIC_JOBS: Final = frozenset(["critic", "reviewer", "columnist", "journalist"])
# Nouns for a person that say nothing of their trade ("her cousin X", "the girl X").
_NOT_JOBS: Final = frozenset(["person", "people", "character", "friend", "cousin", "classmate"])
# Endings of English nouns for someone who does something ("designer", "editor", "pianist").
_AGENT_ENDINGS: Final = ("er", "or", "ist", "ian", "eer", "eur", "naut", "man", "woman", "ess")
_GENDER_PRONOUNS: Final = {
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
}
_REFLEXIVES: Final = frozenset(["herself", "himself"])
_LOCATIVE: Final = frozenset(["in", "on", "at", "to", "from", "into", "onto", "near", "aboard"])


def _bare(word: str) -> str:
    """Return a word without the punctuation or possessive around it ("Mara's," -> "Mara")."""
    return word.strip(".,;:!?()[]\"'\u201c\u201d").removesuffix("'s").removesuffix("\u2019s")


# Roles told by different words: a host presents, a champion won.
_SAME_ROLE: Final = {"host": "present", "narrat": "present", "champion": "win", "winn": "win"}


@functools.lru_cache(maxsize=4096)
def role_stem(word: str) -> str:
    """Return the stem a job noun shares with its verb ("presenter", "presents": "present")."""
    return _SAME_ROLE.get(_stem(word), _stem(word))


def _stem(word: str) -> str:
    stem = word.lower()
    if stem.endswith("s") and not stem.endswith("ss") and len(stem) > 4:
        stem = stem[:-1]
    for ending in ("ess", "er", "or", "ist", "ian"):
        if stem.endswith(ending) and len(stem) - len(ending) >= 3:
            stem = stem[: -len(ending)]
            break
    if len(stem) > 3 and stem.endswith("e"):
        stem = stem[:-1]  # "judge" and "judged", "write" and "writer"
    if len(stem) > 3 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # "winner" and "win"
    return stem


# Roles that credit someone with the work or its outcome, by family: those who made it
# (wrote, directed, composed, designed it) are one family; those who presented it, judged it,
# won it or reviewed it are each their own. A presenter is no fair option for a winner.
_OWN_FAMILIES: Final = {role_stem(w): role_stem(w) for w in ["present", "judge", "win"]}
CREDITS: Final = {
    **{role_stem(w): "make" for w in _MAKING_VERBS},
    **{role_stem(w): "review" for w in _CRITIC_VERBS},
    **_OWN_FAMILIES,
    role_stem("award"): "win",
    role_stem("nominate"): "win",
}


def gender_of_word(word: str) -> str | None:
    """Return "f" or "m" for an English word that says a person's gender, else None."""
    lower = word.lower().rstrip(".")
    if lower in FEMALE_WORDS:
        return "f"
    if lower in MALE_WORDS:
        return "m"
    return None


# Words for a tie to someone of an older generation, and for one to someone of one's own.
ELDER_KIN: Final = frozenset(
    ["mother", "father", "mum", "dad", "aunt", "uncle", "stepmother", "stepfather"]
    + ["grandmother", "grandfather", "granda", "grandad", "granddad", "grandma", "grandpa"]
    + ["granny", "parent", "parents", "guardian"]
)
PEER_KIN: Final = frozenset(
    ["sister", "brother", "husband", "wife", "twin", "partner", "cousin", "friend"]
    + ["stepsister", "stepbrother", "fiance", "fiancé", "fiancée", "boyfriend", "girlfriend"]
)
# Titles a grown-up is named by: "Mrs X", a nun by "sister", an uncle by "uncle".
ELDER_TITLES: Final = frozenset(
    ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lady", "lord"]
    + ["sister", "brother", "father", "mother", "uncle", "aunt", "auntie", "granda", "grandad"]
    + ["grandma", "granny", "nana", "professor", "mayor", "captain", "inspector", "reverend"]
)


@dataclass
class Registry:
    """What the whole text says about its names: how often each is named, its type, gender."""

    mentions: Counter[str] = field(default_factory=Counter)
    types: dict[str, Counter[str]] = field(default_factory=dict)
    genders: dict[str, Counter[str]] = field(default_factory=dict)
    jobs: dict[str, Counter[str]] = field(default_factory=dict)
    full_names: dict[str, str] = field(default_factory=dict)
    short_names: dict[str, list[str]] = field(default_factory=dict)
    partners: dict[str, set[str]] = field(default_factory=dict)
    by_job: dict[str, set[str]] = field(default_factory=dict)
    groups: list[tuple[str, ...]] = field(default_factory=list)
    holders: set[str] = field(default_factory=set)
    deeds: dict[str, Counter[str]] = field(default_factory=dict)
    contexts: dict[str, list[frozenset[str | tuple[str, str]]]] = field(default_factory=dict)
    compounds: set[tuple[str, str]] = field(default_factory=set)
    topic: str = ""
    # Nouns the text gives the subject ("Its crew", "Tidewater's emblem", the nouns of the
    # sentence that defines it): "the crew" alone is the subject's, "the call" is not.
    topic_nouns: frozenset[str] = frozenset()
    # What the defining sentence says the subject is: "club" of "X is a rowing club".
    topic_kind: str = ""
    # Whether that sentence names the subject in the plural: "The Larks are a band".
    topic_plural: bool = False
    # Pronouns whose nearest name was not yet known for a person ("Jon" tagged as a place):
    # each name and gender, given once the cast is typed (see settle).
    pending_genders: list[tuple[str, str]] = field(default_factory=list)
    # Names the text marks as of the older generation ("her father X", "Mrs X", a title),
    # and the ties it gives between names ("Ana's sister Una": Una, Ana, "sister").
    elder_marks: set[str] = field(default_factory=set)
    ties: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    _by_first_word: dict[str, list[tuple[int, str]]] = field(default_factory=dict, repr=False)
    _index_size: int = -1
    # Roles asked of the same names for every question, read once the text is learnt.
    _roles: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def add(self, name: str, kind: str, weight: int = 1) -> None:
        """Count one mention of a name with the type its context gives."""
        self.mentions[name] += 1
        self.vote(name, kind, weight)

    def vote(self, name: str, kind: str, weight: int) -> None:
        """Count evidence that a name is of a type (or, with a negative weight, is not)."""
        self.types.setdefault(name, Counter())[kind] += weight

    def link(self, actor: str, character: str) -> None:
        """Record that an actor plays a character: each has the other's gender.

        A character given with its relation ("Mara's father Dov") is also the name it ends
        with, and the relation's word says its gender.
        """
        actor = self.canonical(actor)
        words = character.split()
        names = {self.canonical(character)}
        for start in range(1, len(words)):
            tail = " ".join(words[start:])
            if tail in self.mentions:
                names.add(self.canonical(tail))
                break
        said = [gender_of_word(w) for w in words[:-1] if not w.endswith("'s")]
        owner = words[0].removesuffix("'s") if words[0].endswith("'s") else ""
        for name in names:
            for word in words[1:-1] if owner else ():
                self.ties.setdefault(name, set()).add((owner, word.lower()))
            if any(w.lower() in ELDER_KIN for w in words[:-1]):
                self.elder_marks.add(name)
            self.partners.setdefault(actor, set()).add(name)
            self.partners.setdefault(name, set()).add(actor)
            for gender in said:
                if gender:
                    self.genders.setdefault(name, Counter())[gender] += 2

    def _forms(self, name: str) -> list[str]:
        full = self.canonical(name)
        return [full, *self.short_names.get(full, ())]

    def fine_type(self, name: str, fallback: str) -> str:
        """Return the type most mentions of a name give it."""
        full = self.canonical(name)
        counts: Counter[str] = Counter()
        for form in self._forms(name):
            counts.update(self.types.get(form, Counter()))
        if counts.get(PERSON) and " " in full:
            counts[PERSON] += 1  # a full personal name decides for its short forms too
        counts = Counter({k: v for k, v in counts.items() if v > 0})
        if not counts:
            return fallback
        cast = [k for k in (ACTOR, CHARACTER) if counts.get(k, 0) >= 3]
        if cast and PERSON in counts:
            # Being a person is what an actor or a character is: such mentions back the role.
            counts[max(cast, key=lambda k: (counts[k], k))] += counts.pop(PERSON)
        best, _ = max(sorted(counts.items()), key=lambda item: (item[1], item[0] == PERSON))
        return best

    def role(self, name: str) -> str:
        """Return a person's role: actor, character, public figure, critic, crew or person."""
        kind = self.fine_type(name, PERSON)
        if kind != PERSON:
            return kind
        jobs: Counter[str] = Counter()
        for form in self._forms(name):
            jobs.update(self.jobs.get(form, Counter()))
        if any(job in _OFFICES for job in jobs):
            return PUBLIC
        if any(job in _CRITIC_JOBS for job in jobs):
            return CRITIC
        return CREW if jobs else PERSON

    def roles(self, name: str) -> frozenset[str]:
        """Return what the text says a person does, each as a stem a job and its verb share.

        "The presenter X" and "presented by X" both give "present", "winners included X" and
        "won by X" both "win": a host is not offered as a winner, nor a winner as a judge.
        """
        cached = self._roles.get(name)
        if cached is not None:
            return cached
        found: set[str] = set()
        for form in self._forms(name):
            for word in [*self.jobs.get(form, ()), *self.deeds.get(form, ())]:
                if word not in ("maker", "critic"):
                    found.add(role_stem(word))
        self._roles[name] = frozenset(found)
        return self._roles[name]

    def heard_in(self, name: str, nouns: frozenset[str | tuple[str, str]]) -> None:
        """Keep the nouns of (a few of) the sentences a name is named in (see _nouns_of)."""
        said = self.contexts.setdefault(name, [])
        if len(said) < MAX_CONTEXTS and nouns not in said:
            said.append(nouns)

    def sentences_of(self, name: str) -> list[frozenset[str | tuple[str, str]]]:
        """Return the nouns of the sentences the text names someone in, under any name."""
        return [s for form in self._forms(name) for s in self.contexts.get(form, ())]

    def credits(self, name: str) -> frozenset[str]:
        """Return the families of the roles that credit someone with the work (see CREDITS)."""
        return frozenset(CREDITS[r] for r in self.roles(name) if r in CREDITS)

    def prominence(self, name: str) -> int:
        """Return how often the text names a person or the character they play, the higher.

        An actor named once who plays the lead the text keeps returning to is a lead.
        """
        partners = self.partners.get(self.canonical(name), ())
        return max([self.salience(name), *(self.salience(p) for p in partners)])

    def names_in(self, text: str) -> list[str]:
        """Return the names the text mentions that stand in a text, in the order first named.

        Names are looked up by their first word, so a long text's many names are not each
        searched for in every question.
        """
        if self._index_size != len(self.mentions):
            self._by_first_word.clear()
            for order, name in enumerate(self.mentions):
                first = _bare(name.split()[0]) if name.split() else ""
                self._by_first_word.setdefault(first, []).append((order, name))
            self._index_size = len(self.mentions)
        found: set[tuple[int, str]] = set()
        for word in text.split():
            found.update(self._by_first_word.get(_bare(word), ()))
        return [name for _, name in sorted(found) if name in text]

    @functools.cached_property
    def name_words(self) -> frozenset[str]:
        """Return every word of every name, read once the text is learnt."""
        return frozenset(w for name in self.mentions for w in name.split())

    def has_job(self, name: str, job: str) -> bool:
        """Return whether the text gives a name a job, under any of its names."""
        return any(self.jobs.get(form, Counter()).get(job) for form in self._forms(name))

    def made_something(self, name: str) -> bool:
        """Return whether the text names a person as the maker of something ("written by X")."""
        return self.has_job(name, "maker")

    def named_as(self, noun: str) -> set[str]:
        """Return the names the text calls by a noun ("the aircraft carrier X": carrier)."""
        return {self.canonical(n) for n in self.by_job.get(noun.lower(), ())}

    def canonical(self, name: str) -> str:
        """Return the full name a short name stands for, or the name itself."""
        return self.full_names.get(name, name)

    def salience(self, name: str) -> int:
        """Return how often the text names someone or something, by any of its names."""
        return sum(self.mentions[form] for form in self._forms(name))

    def elder(self, name: str, depth: int = 2) -> bool:
        """Return whether the text shows a person, or the character an actor plays, as grown up.

        A parent, aunt, uncle or grandparent ("her father X", "Ana's mother Una"), a name with
        a title ("Mrs X", or the word for an uncle or a nun before the name), or the sister or
        husband of one of those ("Una's sister Ula"). Everyone else is taken for the generation
        of the story's leads.
        """
        forms = {self.canonical(name), *self.partners.get(self.canonical(name), ())}
        for form in forms:
            words = form.split()
            if form in self.elder_marks or (len(words) > 1 and words[0].lower() in ELDER_TITLES):
                return True
            for owner, kin in self.ties.get(form, ()):
                if kin in ELDER_KIN or (kin in PEER_KIN and depth and self.elder(owner, depth - 1)):
                    return True
        return False

    def _own_gender(self, name: str) -> Counter[str]:
        counts: Counter[str] = Counter()
        for form in self._forms(name):
            counts.update(self.genders.get(form, Counter()))
        return counts

    def gender(self, name: str) -> str | None:
        """Return "f" or "m" where the text shows a person's gender, else None.

        An actor has the gender the text shows for the character they play, and the other way
        round; where the signs disagree, the gender is unknown.
        """
        counts = self._own_gender(name)
        for partner in sorted(self.partners.get(self.canonical(name), ())):
            counts.update(self._own_gender(partner))
        counts = Counter({k: v for k, v in counts.items() if v > 0})
        if not counts:
            return None
        (best, top), *rest = counts.most_common()
        if rest and rest[0][1] * 2 > top:
            return None
        return best

    def settle(self) -> None:
        """Give names listed together the type most of their list has ("A, B and C").

        A name the tagger types alone ("X" in a list of countries read as a person) follows
        the others of its list, unless the text gives it a type of its own more than once.
        A pronoun read before the cast was typed ("Jon ... his", "Jon" tagged as a place)
        gives its name a gender now, where the name turned out a person.
        """
        for name, gender in self.pending_genders:
            if self.fine_type(name, THING) in PEOPLE:
                self.genders.setdefault(name, Counter())[gender] += 1
        self.pending_genders.clear()
        for group in self.groups:
            kinds = Counter(self.fine_type(n, THING) for n in group)
            kinds.pop(THING, None)
            if not kinds:
                continue
            (best, top), *_ = kinds.most_common()
            if top < 2 or top * 2 <= len(group):
                continue
            for name in group:
                kind = self.fine_type(name, THING)
                own = sum(v for v in self.types.get(self.canonical(name), Counter()).values())
                weak = kind in (THING, PERSON, ORG, PLACE, SITE, TITLE) and own <= 2
                if kind != best and weak:
                    self.vote(self.canonical(name), best, 3)


def learn(docs: list[Doc], title: str) -> Registry:
    """Read every name in the text once: counts, types from context, genders, short names."""
    registry = Registry()
    for doc in docs:
        speaker: str | None = None  # the person the last sentence was about, for "She ..."
        quoted = _quoted(doc)
        for sent in doc.sents:
            spans: list[Span] = []
            sentence_nouns = _nouns_of(sent)
            registry.compounds.update(p for p in sentence_nouns if isinstance(p, tuple))
            for token in sent:
                if not is_name_head(token):
                    continue
                span = name_span(token)
                if any(":" in t.text and t.like_num for t in span) or any(
                    ":" in c.text for c in token.children
                ):
                    continue  # "13:05 GMT" is a time, not a name
                spans.append(span)
                _learn_name(registry, span, token)
                registry.heard_in(span.text, sentence_nouns)
            speaker = _learn_pronouns(registry, sent, spans, speaker, quoted)
    # A surname or first name alone stands for the one full name it belongs to.
    owners: dict[str, set[str]] = {}
    for name in registry.mentions:
        words = name.split()
        if len(words) >= 2:
            for word in (words[0], words[-1]):
                owners.setdefault(word, set()).add(name)
    for short, names in sorted(owners.items()):
        if len(names) == 1 and short in registry.mentions:
            full = next(iter(names))
            if _may_stand_for(registry, short, full):
                registry.full_names[short] = full
                registry.short_names.setdefault(full, []).append(short)
    registry.topic = _topic(docs, registry, title)
    for alias in _topic_aliases(docs, registry.topic):
        if alias in registry.mentions and alias not in registry.full_names:
            registry.full_names[alias] = registry.topic
            registry.short_names.setdefault(registry.topic, []).append(alias)
    registry.topic_nouns = _topic_nouns(docs, registry)
    registry.topic_kind, registry.topic_plural = _topic_kind(docs)
    return registry


def works_of(registry: Registry) -> frozenset[str]:
    """Return the nouns a bare "the N" names the text's subject itself by.

    "the programme" always; and the noun the text defines it by: "the novel" in a text that
    opens "Kelby Marsh is a novel by ...", "the band" in one about a band. A written work is
    no programme: "the book" names it, "the adaptation" or "the series" another work.
    """
    if not registry.topic_kind:
        return WORK_NOUNS
    if registry.topic_kind in WRITTEN_NOUNS:
        # a novel's "the book" is the novel; its "adaptation" or "series" is another work
        return frozenset([registry.topic_kind, "book"])
    return WORK_NOUNS | {registry.topic_kind}


def _topic_kind(docs: list[Doc]) -> tuple[str, bool]:
    """Return the noun a first "X is a ..." sentence defines its subject by, and its number.

    The number is whether that sentence names the subject in the plural: "The Larks are an
    English band" gives ("band", True); a text with no such sentence gives ("", False).
    """
    for doc in docs[:1]:
        for sent in list(doc.sents)[:1]:
            root = sent.root
            kinds = [c for c in root.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
            if root.lemma_ == "be" and kinds and kinds[0].tag_ == "NN":
                return kinds[0].lower_, root.lower_ in ("are", "were")
    return "", False


# Participles that give the subject another name: "X, often shortened to Y or Z, is ...".
_ALIAS_VERBS: Final = frozenset(["shorten", "know", "abbreviate", "call", "nickname"])


def _topic_aliases(docs: list[Doc], topic: str) -> list[str]:
    """Return the other names the defining sentence gives its subject ("also known as Y")."""
    for doc in docs[:1]:
        for sent in list(doc.sents)[:1]:
            subjects = [
                c
                for c in sent.root.children
                if c.dep_ in ("nsubj", "nsubjpass")
                and is_name_head(c)
                and name_span(c).text == topic
            ]
            found: list[str] = []
            for subject in subjects:
                for verb in subject.children:
                    if verb.dep_ != "acl" or verb.lemma_ not in _ALIAS_VERBS:
                        continue
                    for prep in (c for c in verb.children if c.lower_ in ("to", "as")):
                        for name in (c for c in prep.children if c.dep_ == "pobj"):
                            found.extend(
                                name_span(t).text
                                for t in [name, *name.conjuncts]
                                if is_name_head(t)
                            )
            return found
    return []


def _topic_nouns(docs: list[Doc], registry: Registry) -> frozenset[str]:
    """Return the lemmas of the nouns the text says are the subject's or names it by."""
    nouns: set[str] = set()
    first = True
    for doc in docs:
        for sent in doc.sents:
            if first:
                nouns.update(t.lemma_ for t in sent if t.pos_ == "NOUN")  # its definition
                first = False
            for token in sent:
                owner = token.lower_ == "its" and token.i - sent.start <= 1
                if token.dep_ == "poss" and is_name_head(token):
                    name = registry.canonical(name_span(token).text)
                    owner = name.casefold() == registry.topic.casefold()
                if owner and token.head.pos_ == "NOUN":
                    nouns.add(token.head.lemma_)
    return frozenset(nouns)


def _may_stand_for(registry: Registry, short: str, full: str) -> bool:
    """Whether a word alone may be the short form of a name: a person's, or one of its kind."""
    if registry.fine_type(full, THING) not in PEOPLE:
        return False  # "Vesh" is not short for "Vesh Sound", nor "Tidewater" for "Tidewater Bay"
    # A surname alone may be tagged a place ("Marten", say); a first name so tagged is a place.
    return short == full.split()[-1] or registry.fine_type(short, THING) not in PLACES


def _learn_name(registry: Registry, span: Span, token: Token) -> None:
    """Count one mention of a name with what its context says of its type, job and gender."""
    kind = _type_in_context(span)
    name = span.text
    if token.dep_ == "oprd" and token.head.lemma_ in ("call", "name"):
        kind = THING  # "a boat called Swift": a named thing, whatever the tagger says
        registry.vote(name, THING, 2)
    registry.add(name, kind)
    job_words = _job_words(span, token)
    if any(c.dep_ in ("compound", "amod") and c.is_lower for c in token.lefts) or (
        token.dep_ == "appos" and token.head.pos_ == "NOUN"
    ):
        registry.holders.add(name)  # "production designer X": someone with a job
    jobs = registry.jobs.setdefault(name, Counter())
    for word in job_words:
        if word.pos_ == "NOUN" and word.lemma_ not in _NOT_JOBS and not gender_of_word(word.text):
            jobs[word.lemma_] += 1
            registry.by_job.setdefault(word.lemma_.lower(), set()).add(name)
            if token.ent_type_ != "PERSON" and word.lower_.endswith(_AGENT_ENDINGS):
                registry.vote(name, PERSON, 1)  # "the costume designer X" is most often a person
        elif word.i >= span.start and word.lower_ in _OFFICES:
            jobs[word.lower_] += 1  # "Mayor X": the office is part of the name
    top = token
    while top.dep_ == "conj" and top.head is not top:
        top = top.head  # "written by A and B": both wrote it
    head = top.head
    if top.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_ in _MAKING_VERBS:
        jobs["maker"] += 1
    if top.dep_ == "nsubj" and head.lemma_ in _MAKING_VERBS | _CRITIC_VERBS:
        jobs["maker" if head.lemma_ in _MAKING_VERBS else "critic"] += 1
    if top.dep_ == "nsubj" and any(
        c.dep_ == "dobj" and c.lemma_ in VERDICT_NOUNS for c in head.children
    ):
        jobs["critic"] += 1  # "X gave it a rating of four out of five"
    if top.dep_ == "nsubj" and any(
        c.dep_ == "advcl" and c.lemma_ in _CRITIC_VERBS for c in head.children
    ):
        jobs["critic"] += 1  # "Reviewing the series, X gave it four stars"
    for deed in _deeds(token):
        registry.deeds.setdefault(name, Counter())[deed] += 1
    _learn_kind(registry, span, token)
    _learn_gender(registry, span, job_words)
    if token.dep_ != "conj":
        group = [span]
        group.extend(name_span(c) for c in token.conjuncts if is_name_head(c))
        if len(group) > 1:
            registry.groups.append(tuple(g.text for g in group))


def noun_key(word: str) -> str:
    """Return a noun as it is compared: lower-case, without a plural "s" ("winners": winner)."""
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _nouns_of(sent: Span) -> frozenset[str | tuple[str, str]]:
    """Return a sentence's common nouns and each narrowed by the word before it.

    "The backup crew included X" gives "crew" and ("backup", "crew").
    """
    found: set[str | tuple[str, str]] = set()
    for token in sent:
        if token.pos_ != "NOUN":
            continue
        found.add(noun_key(token.text))
        if token.i > sent.start:
            before = token.doc[token.i - 1]
            if before.head.i == token.i and before.dep_ in ("amod", "compound", "nmod"):
                found.add((before.lower_, noun_key(token.text)))
    return frozenset(found)


def _deeds(top: Token) -> list[str]:
    """Return what a name did in its clause: its verbs, and what it did it as.

    "Won by X", "X hosted", "X, who hosted", "watched X win" and "replaced as judge by X" each
    say what X did; a name listed after "winners include" is one of the winners.
    """
    for child in top.children:
        if child.dep_ == "relcl" and child.left_edge.lower_ in ("who", "that"):
            subject = any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in child.children)
            if subject and child.lemma_ not in _PLAIN_VERBS:
                return [child.lemma_.lower()]  # "X, who hosted three series"
    while top.dep_ in ("conj", "appos") and top.head is not top:
        top = top.head  # "judged by the writer A and the baker B": both judged
    head = top.head
    verb: Token | None = None
    found: list[str] = []
    if top.dep_ == "pobj" and head.dep_ == "agent":
        verb = head.head
    elif top.dep_ == "nsubj" and head.pos_ == "VERB":
        verb = head
    elif top.dep_ == "dobj":
        done = [c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        verb = done[0] if done else None  # "watched X win"
    if top.dep_ in ("dobj", "attr") and head.lemma_ in _LISTING_VERBS:
        subjects = [c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        found.extend(s.lemma_.lower() for s in subjects[:1])
    if verb is not None:
        found.append(verb.lemma_.lower())
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                found.extend(c.lemma_.lower() for c in prep.children if c.pos_ == "NOUN")
    return [w for w in found if w not in _PLAIN_VERBS]


def _job_words(span: Span, token: Token) -> list[Token]:
    """Return the nouns beside a name that say what the person is ("the nun X", "X, a baker")."""
    words = [t for t in token.lefts if t.i < span.start and t.dep_ in ("compound", "amod", "nmod")]
    words.extend(t for t in span if t.i < token.i and t.dep_ == "compound")
    # "Mara Quill (Tessa Lorne), a shy schoolgirl ...": the parser may hang the name in
    # brackets on the noun after it, which describes the name before the brackets.
    bracketed = span.start > 0 and span.doc[span.start - 1].text == "("
    if token.dep_ == "appos" and token.head.pos_ == "NOUN" and not bracketed:
        words.append(token.head)
    for child in token.children:
        if child.dep_ == "appos" and child.i > span.end and child.pos_ == "NOUN":
            words.append(child)
    if token.dep_ in ("nsubj", "nsubjpass"):
        for child in token.head.children:
            if child.dep_ in ("attr", "oprd"):
                words.append(child)  # "X is a nun", "X was named best female performer"
            elif child.dep_ == "prep" and child.lower_ == "as":
                words.extend(c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN")
    described = [c for w in words for c in w.children if c.dep_ == "amod" and w.i != token.i]
    return words + described


def _learn_kind(registry: Registry, span: Span, token: Token) -> None:
    """Read from the words around a name whether it is a person, a place or a thing."""
    name = span.text
    for child in token.children:
        if child.dep_ == "relcl":
            first = child.left_edge.lower_
            if first == "where":
                registry.vote(name, SITE, 3)  # "X, where ..." is a place
            elif first in ("who", "whom"):
                registry.vote(name, PERSON, 2)
            elif first == "which":
                registry.vote(name, PERSON, -2)
    has_job = any(c.dep_ in ("compound", "amod") and c.is_lower for c in token.lefts)
    det = any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in token.lefts)
    if det and not has_job and token.ent_type_ == "PERSON" and span.start == token.left_edge.i + 1:
        # "the X": people are seldom named with an article
        place = token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE
        registry.vote(name, SITE if place else THING, 3)


def _type_in_context(span: Span) -> str:
    kind = entity_type(span)
    if len(span) > 1 and span[0].lower_.rstrip(".") in LANDFORM_TITLES and span[0].is_title:
        return SITE
    if kind == THING and is_proper(span.root):
        kind = ORG if any(t.ent_type_ == "ORG" for t in span) else THING
    return kind


def _learn_gender(registry: Registry, span: Span, words: list[Token]) -> None:
    """A role word beside a name ("her mother Una", "Aunt X", "X, a girl") says its gender."""
    counts = registry.genders.setdefault(span.text, Counter())
    first = span[0]
    title = gender_of_word(first.text) if len(span) > 1 and first.i < span.root.i else None
    if title:
        counts[title] += 3  # "Aunt X", "Mr Y": a title in the name itself
    for word in words:
        if word.i >= span.start and word.i < span.end:
            continue
        found = gender_of_word(word.text)
        if found:
            counts[found] += 2
        if word.lower_ in ELDER_KIN:
            registry.elder_marks.add(span.text)  # "her father X"
        owners = [c for c in word.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        if word.lower_ in PEER_KIN and owners:
            owner = name_span(owners[0]).text
            registry.ties.setdefault(span.text, set()).add((owner, word.lower_))


def _learn_pronouns(
    registry: Registry, sent: Span, spans: list[Span], speaker: str | None, quoted: set[int]
) -> str | None:
    """Give people the gender of the pronouns that refer to them.

    A reflexive ("herself") refers to its clause's subject; "he" or "she" to the nearest
    name that is a subject before it; "his", "her" or "him" to the nearest name before it,
    when that name may be a person; a sentence whose subject is "He" or "She" to the person
    the sentence before was about. Pronouns inside quotations are someone's speech and are not read.
    Returns the person this sentence is about, for the next.
    """
    people = [s for s in spans if _may_be_person(registry, s)]
    subject = next((s for s in spans if s.root.dep_ in ("nsubj", "nsubjpass")), None)
    subject = subject if subject in people else None
    about = subject.text if subject is not None else None
    for token in sent:
        gender = _GENDER_PRONOUNS.get(token.lower_)
        if gender is None or token.pos_ != "PRON" or token.i in quoted:
            continue
        referent: str | None = None
        nominative = token.dep_ in ("nsubj", "nsubjpass")
        if token.lower_ in _REFLEXIVES:
            referent = _clause_subject(token, people)
        else:
            before = [
                s
                for s in spans
                if s.end <= token.i and (not nominative or s.root.dep_ in ("nsubj", "nsubjpass"))
            ]
            if before:
                # The nearest name; where that is a place or a thing, the pronoun is not read,
                # unless the cast typed later makes it a person.
                referent = before[-1].text if before[-1] in people else None
                if referent is None:
                    registry.pending_genders.append((before[-1].text, gender))
            elif nominative and speaker is not None and token.head == sent.root:
                referent = speaker
        if referent is not None:
            registry.genders.setdefault(referent, Counter())[gender] += 1
            registry.vote(referent, PERSON, 1)
            if about is None and nominative and token.head == sent.root:
                about = referent
    return about


def _may_be_person(registry: Registry, span: Span) -> bool:
    if span.root.ent_type_ in ("PERSON", "ORG", "NORP", ""):
        return registry.fine_type(span.text, PERSON) not in PLACES
    return registry.fine_type(span.text, THING) in PEOPLE


def _quoted(doc: Doc) -> set[int]:
    """Return the positions of the words inside quotation marks, across sentences."""
    inside = False
    found: set[int] = set()
    for token in doc:
        if token.text in ('"', "\u201c", "\u201d"):
            inside = token.text != "\u201d" and not inside
            continue
        if inside:
            found.add(token.i)
    return found


def _clause_subject(token: Token, people: list[Span]) -> str | None:
    """Return the named subject of the clause a word stands in ("X gave herself ...")."""
    verb = token.head
    for _ in range(4):
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                target = child
                if child.lower_ in ("who", "that") and verb.dep_ == "relcl":
                    target = verb.head  # "X, who gave herself ..."
                for span in people:
                    if span.start <= target.i < span.end:
                        return span.text
                return None
        if verb.head is verb:
            return None
        verb = verb.head
    return None


def defined_by_relation(verb: Token) -> Token | None:
    """Return the name "X is the N of Y" ties its subject to (Y), or None.

    "Paris is the capital of France", "Vesh is the largest town in Ostland": the complement is
    a definite noun that a named owner identifies, so "What is the capital of France?" asks
    for one thing and stands alone, about whatever the text is about.
    """
    if verb.lemma_ != "be":
        return None
    related = ("attr", "nsubj")  # "The capital of France is Paris" ties it the same way
    for attr in (c for c in verb.children if c.dep_ in related and c.pos_ == "NOUN"):
        owner = identifying_owner(attr)
        if owner is not None:
            return owner
    return None


def identifying_owner(noun: Token) -> Token | None:
    """Return the name that makes "the N of/in Y" one thing (Y), or None.

    "the capital of France", "the largest town in Ostland"; not "a town in Ostland", nor "the
    hero of one of his films".
    """
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
        owners = [c for c in prep.children if c.dep_ == "pobj" and is_proper(c)]
        if owners:
            return owners[0]
    return None


def _topic(docs: list[Doc], registry: Registry, title: str) -> str:
    """Return what the text is about: its first sentence's subject, else its title if written."""
    for doc in docs[:1]:
        for sent in list(doc.sents)[:1]:
            root = sent.root
            if root.lemma_ != "be":
                break  # only a definition ("X is a ...") names the subject
            owner = defined_by_relation(root)
            if owner is not None and owner.ent_type_ in ("GPE", "LOC"):
                break  # "Paris is the capital of France" may open a text about France
            for child in root.children:
                if child.dep_ in ("nsubj", "nsubjpass") and is_name_head(child):
                    name = name_span(child).text
                    # "The Copper Kettle is a novel" under the title "The Copper Kettle": the
                    # tagger leaves the title's "The" out of the name; the title keeps it
                    if title.casefold() == f"the {name}".casefold() and re.search(
                        rf"\b{re.escape(title)}\b", sent.text
                    ):
                        return title
                    return name
    folded = title.casefold()
    for name in registry.mentions:
        if name.casefold() == folded:
            return name
    # A title the text never writes ("World facts" over notes on many people) names no subject:
    # put into a question, it would read as a name the facts do not hold.
    written = any(re.search(rf"\b{re.escape(title)}\b", doc.text) for doc in docs)
    return title if title.strip() and written else ""

"""Names, numbers and titles in a parsed text: their spans, fine types, genders and salience."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from quizapp.generate.grammar import FEMALE_WORDS, MALE_WORDS, MONTHS

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


def name_span(head: Token) -> Span:
    """Return the whole proper name whose last word is `head` ("the Gulf of Vesh")."""
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
    # "Gulf of Vesh": an "of" whose object is itself a name, inside the head's subtree.
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == end:
            objects = [c for c in child.children if c.dep_ == "pobj" and _name_word(c)]
            if objects and not any(c.dep_ == "det" for c in objects[0].lefts):
                end = max(end, objects[0].i + 1)
    while start < head.i and (doc[start].is_punct or doc[start].is_lower):
        start += 1  # a job before a name ("restaurateur Una Brisk") is not part of it
    # A capitalised word before the name that is a determiner or possessive only mid-sentence
    # ("The Larks", "Our Shepherd") is part of the name.
    if start > 0:
        before = doc[start - 1]
        if (
            before.is_title
            and before.lower_ in ("the", "our")
            and not before.is_sent_start
            and before.head.i >= start
        ):
            start -= 1
    while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):
        end -= 1
    return doc[start:end]


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
    if not token.ent_type_:
        return None
    for ent in token.sent.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def is_name_head(token: Token) -> bool:
    """Return whether a token ends a proper name (the name's syntactic head)."""
    if not is_proper(token) or token.dep_ in ("compound", "flat"):
        return False
    # "Ivo "Red" Vell": a name's earlier words may hang on its last one as modifiers.
    return not (token.dep_ == "nmod" and is_proper(token.head) and token.head.i > token.i)


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


@dataclass
class Registry:
    """What the whole text says about its names: how often each is named, its type, gender."""

    mentions: Counter[str] = field(default_factory=Counter)
    types: dict[str, Counter[str]] = field(default_factory=dict)
    genders: dict[str, Counter[str]] = field(default_factory=dict)
    full_names: dict[str, str] = field(default_factory=dict)
    holders: set[str] = field(default_factory=set)
    topic: str = ""

    def add(self, name: str, kind: str, weight: int = 1) -> None:
        """Count one mention of a name with the type its context gives."""
        self.mentions[name] += 1
        self.types.setdefault(name, Counter())[kind] += weight

    def fine_type(self, name: str, fallback: str) -> str:
        """Return the type most mentions of a name give it."""
        full = self.canonical(name)
        counts: Counter[str] = Counter(self.types.get(full, Counter()))
        if counts.get(PERSON) and " " in full:
            counts[PERSON] += 1  # a full personal name decides for its short forms too
        for short, long in self.full_names.items():
            if long == full:
                counts.update(self.types.get(short, Counter()))
        if not counts:
            return fallback
        best, _ = max(sorted(counts.items()), key=lambda item: (item[1], item[0] == PERSON))
        return best

    def canonical(self, name: str) -> str:
        """Return the full name a short name stands for, or the name itself."""
        return self.full_names.get(name, name)

    def salience(self, name: str) -> int:
        """Return how often the text names someone or something, by any of its names."""
        full = self.canonical(name)
        return self.mentions[full] + sum(
            self.mentions[short] for short, long in self.full_names.items() if long == full
        )

    def gender(self, name: str) -> str | None:
        """Return "f" or "m" where the text shows a person's gender, else None."""
        counts = self.genders.get(self.canonical(name))
        if not counts:
            return None
        (best, top), *rest = counts.most_common()
        if rest and rest[0][1] == top:
            return None
        return best


def learn(docs: list[Doc], title: str) -> Registry:
    """Read every name in the text once: counts, types from context, genders, short names."""
    registry = Registry()
    for doc in docs:
        for token in doc:
            if not is_name_head(token):
                continue
            span = name_span(token)
            if any(":" in t.text and t.like_num for t in span) or any(
                ":" in c.text for c in token.children
            ):
                continue  # "13:05 GMT" is a time, not a name
            kind = _type_in_context(span)
            if token.dep_ == "oprd" and token.head.lemma_ in ("call", "name"):
                kind = THING  # "a boat called Swift": a named thing, whatever the tagger says
                registry.types.setdefault(span.text, Counter())[THING] += 2
            registry.add(span.text, kind)
            if any(c.dep_ in ("compound", "amod") and c.is_lower for c in token.lefts) or (
                token.dep_ == "appos" and token.head.pos_ == "NOUN"
            ):
                registry.holders.add(span.text)  # "production designer X": someone with a job
            _learn_gender(registry, span)
    # A surname or first name alone stands for the one full name it belongs to.
    owners: dict[str, set[str]] = {}
    for name in registry.mentions:
        words = name.split()
        if len(words) >= 2:
            for word in (words[0], words[-1]):
                owners.setdefault(word, set()).add(name)
    for short, names in owners.items():
        if len(names) == 1 and short in registry.mentions:
            registry.full_names[short] = next(iter(names))
    registry.topic = _topic(docs, registry, title)
    return registry


def _type_in_context(span: Span) -> str:
    kind = entity_type(span)
    if kind == THING and is_proper(span.root):
        kind = ORG if any(t.ent_type_ == "ORG" for t in span) else THING
    return kind


def _learn_gender(registry: Registry, span: Span) -> None:
    """A role word before a name ("her mother Una", "the actor X") says the name's gender."""
    name = span.text
    words = [t.lower_ for t in span.root.lefts if t.i < span.start]
    if span.root.dep_ == "appos":
        words.append(span.root.head.lower_)
    for child in span.root.children:
        if child.dep_ == "appos" and child.i > span.end:
            words.append(child.lower_)
    counts = registry.genders.setdefault(name, Counter())
    for word in words:
        if word in FEMALE_WORDS:
            counts["f"] += 1
        elif word in MALE_WORDS:
            counts["m"] += 1
    # The first personal pronoun after a person who is a clause's subject refers to them.
    if span.root.dep_ in ("nsubj", "nsubjpass") and span.root.ent_type_ == "PERSON":
        for token in span.sent[span.end - span.sent.start :]:
            if token.pos_ == "PROPN" and token.ent_type_ == "PERSON":
                break
            if token.lower_ in ("he", "his", "him", "himself"):
                counts["m"] += 1
                break
            if token.lower_ in ("she", "her", "herself"):
                counts["f"] += 1
                break


def _topic(docs: list[Doc], registry: Registry, title: str) -> str:
    """Return what the text is about: its first sentence's subject, or its title."""
    for doc in docs[:1]:
        for sent in list(doc.sents)[:1]:
            root = sent.root
            if root.lemma_ != "be":
                break  # only a definition ("X is a ...") names the subject
            for child in root.children:
                if child.dep_ in ("nsubj", "nsubjpass") and is_name_head(child):
                    return name_span(child).text
    folded = title.casefold()
    for name in registry.mentions:
        if name.casefold() == folded:
            return name
    return title

"""Rules that turn one sentence into facts: a question, its answer, its type and a statement."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from quizapp.generate.registry import (
    CAST_AS,
    CAST_PARENS,
    ORG_TAILS,
    ROLE_NAME,
    SONGS_BY,
    TITLE_YEAR,
    Registry,
    strip_role,
)
from quizapp.generate.spans import (
    DATE,
    NAME,
    NAME_CORE,
    NAME_LIST,
    NUMBER,
    ORDINAL,
    PEOPLE,
    QUALIFIER,
    QUOTED,
    RATING,
    ROLE_NOUN,
    YEAR,
    Pool,
    split_list,
)
from quizapp.generate.text import Sentence
from quizapp.generate.words import (
    SUBJECT_PRONOUNS,
    base_of_past,
    capitalise,
    has_role_noun,
    is_participle,
    is_past,
    lower_first,
    number_value,
    past_of_participle,
    present_third,
)


@dataclass(frozen=True)
class Fact:
    """One thing a sentence says, written as a direct question with a typed answer.

    Attributes:
        sentence: Where the fact comes from.
        shape: The rule that wrote it, part of every question id built from it.
        prompt: The question, with its question word.
        answer: The answer as the text writes it.
        pool: The answer's type; wrong options come from the same pool.
        statement: The fact as a sentence with "{}" where the answer goes, for true/false.
        category: The topic shown with the question.
        direct: A who/what/which/when/where/how-many question rather than a blank.
        others: Other answers that are also true and so may never be wrong options.
        accept: Other spellings a typed answer may use.
        typed: Ask it as a typed question rather than a choice.
    """

    sentence: Sentence
    shape: str
    prompt: str
    answer: str
    pool: Pool
    statement: str | None
    category: str
    direct: bool = True
    others: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    typed: bool = False
    options: tuple[str, ...] = ()
    key: str = ""

    @property
    def identity(self) -> str:
        """What makes two facts the same fact, even when two sentences word it differently."""
        return f"{self.shape}|{self.key or self.prompt}|{self.answer}"


Rule = Callable[[Sentence, Registry], Iterator[Fact]]

_CATEGORY_WORDS = (
    ("Music", ("music", "song", "songs", "soundtrack", "album", "composed", "single", "band")),
    ("Reception", ("rating", "review", "reviewing", "critic", "critical", "ranked", "chart")),
    ("Reception", ("audiences", "consensus", "top", "viewers", "acclaim", "award")),
    ("Filming", ("filmed", "filming", "locations", "cinematography", "lenses", "shot", "scene")),
    ("Cast", ("cast", "casting", "auditioned", "roles", "role", "starring", "actors")),
    ("Production", ("designer", "decorator", "costume", "production", "director", "set")),
    ("History", ("built", "founded", "opened", "closed", "lit", "restored", "designed")),
    ("Places", ("island", "coast", "located", "stands", "village", "harbour", "river")),
)


def category_of(sentence: Sentence) -> str:
    """Return the topic of a sentence from the words it uses, "General" when none fits."""
    words = set(re.findall(r"[a-z]+", sentence.text.lower()))
    for category, keys in _CATEGORY_WORDS:
        if words.intersection(keys):
            return category
    return "General"


def _fact(
    sentence: Sentence, shape: str, prompt: str, answer: str, pool: Pool, **kw: object
) -> Fact:
    return Fact(
        sentence=sentence,
        shape=shape,
        prompt=_tidy(prompt),
        answer=answer.strip(),
        pool=pool,
        statement=_tidy(str(kw.pop("statement"))) if kw.get("statement") else None,
        category=str(kw.pop("category", None) or category_of(sentence)),
        **{k: v for k, v in kw.items() if k != "statement"},  # type: ignore[arg-type]
    )


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.?;:])", r"\1", text)
    return capitalise(text)


def _clauses(text: str) -> list[str]:
    """Split a sentence at semicolons outside quotations."""
    parts, depth, start = [], False, 0
    for i, char in enumerate(text):
        if char == '"':
            depth = not depth
        elif char == ";" and not depth:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip().rstrip(".") for p in parts if p.strip()]


def _cut(text: str) -> str:
    """Drop the trailing aside of a clause: ", along with ...", ", a local ...", " (...".

    A comma followed by a capitalised word continues a list of names and is kept.
    """
    text = re.split(
        r" \(|, (?=[a-z\"])| and (?:said|stated|added)\b|, and\b"
        r"| and (?=the [a-z ]+? (?:[a-z]+ed|found|left|made|took)\b)",
        text,
    )[0]
    words = text.split()
    if len(words) > 14:
        # A long clause keeps its head: drop a trailing purpose clause or aside.
        masked = re.sub(r'"[^"]*"', lambda m: "x" * len(m.group(0)), text)
        for marker in (" due to ", " to ", ", "):
            at = masked.find(marker, len(" ".join(words[:8])))
            if at > 0:
                text = text[:at]
                break
    return text.strip().rstrip(",.;:")


_LEAD = re.compile(
    r"^(?:(?:After|Before|During|While|With|In|On|At|For|Reviewing|Using|Following|When|As)"
    r"\b[^,]*, )+"
)


def _main_clause(clause: str) -> tuple[str, str]:
    """Split leading adverbial phrases off a clause: ("As A and B meet,", "Sam is ...")."""
    match = _LEAD.match(clause)
    if match is None:
        return "", clause
    rest = clause[match.end() :]
    while re.match(r"^[a-z][^,]*, ", rest) and not re.match(r"^(?:the|a|an|it)\b", rest):
        head, _, rest = rest.partition(", ")
    return clause[: len(clause) - len(rest)].strip().rstrip(","), rest


def _first_action(text: str) -> str:
    """Keep the first of two joined actions: "the tower and broke a pane" -> "the tower"."""
    words = text.split(" and ")
    for at in range(1, len(words)):
        if is_past(words[at].split()[0]):
            return " and ".join(words[:at])
    return text


def cast_facts(sentence: Sentence, registry: Registry) -> Iterator[Fact]:
    """Actors and the characters they play, in both directions, and who the characters are."""
    text = sentence.text
    pairs: list[tuple[str, str, str]] = []
    for match in CAST_PARENS.finditer(text):
        if registry.pool_of(match.group(2)) is Pool.ACTOR:
            pairs.append((match.group(2), match.group(1), ""))
            after = text[match.end() :]
            appos = re.match(r", (an? [a-z][^,(;]*?)(?: \(|,|;|\.|$)", after)
            if appos and len(appos.group(1).split()) >= 3:
                yield _fact(
                    sentence,
                    "character-is",
                    f"Which character is {appos.group(1).rstrip()}?",
                    match.group(1),
                    Pool.CHARACTER,
                    statement=f"{{}} is {appos.group(1).rstrip()}.",
                    category="Characters",
                )
    for match in CAST_AS.finditer(text):
        actors = split_list(match.group("actors"))
        characters = split_list(match.group("chars"))
        if len(actors) != len(characters):
            continue
        desc = match.group("desc").strip()
        appos = re.match(rf", ({NAME_CORE}'s [a-z ]+?)(?=[;,.]|$)", text[match.end() :])
        for actor, character in zip(actors, characters, strict=True):
            label = character
            if desc and "'s " not in desc:
                label = f"{desc} {character}"
            pairs.append((actor, character, label))
        relation = desc if "'s " in desc else (appos.group(1) if appos else "")
        if relation and len(characters) == 1:
            yield _fact(
                sentence,
                "character-relation",
                f"Who is {relation}?",
                characters[0],
                Pool.CHARACTER,
                statement=f"{{}} is {relation}.",
                category="Characters",
            )
    for actor, character, label in pairs:
        full_character = registry.canonical(character)
        shown = label or character
        yield _fact(
            sentence,
            "plays",
            f"Who plays {shown}?",
            actor,
            Pool.ACTOR,
            statement=f"{{}} plays {shown}.",
            category="Cast",
            accept=_surname(actor),
            key=f"{registry.canonical(actor)}|{full_character}",
        )
        yield _fact(
            sentence,
            "played-by",
            f"Which character does {actor} play?",
            full_character,
            Pool.CHARACTER,
            statement=f"{actor} plays {{}}.",
            category="Cast",
            accept=_short_names(full_character),
            key=f"{registry.canonical(actor)}|{full_character}",
        )


def _short_names(name: str) -> tuple[str, ...]:
    """Return the first name and surname a character may be called by alone."""
    words = name.split()
    if len(words) >= 2 and words[0] not in ("Mr", "Mrs", "Ms", "Dr"):
        return (words[0], words[-1])
    return ()


def _surname(name: str) -> tuple[str, ...]:
    words = name.split()
    if words and words[-1].lower() in ORG_TAILS:
        return ()
    if len(words) >= 3 and words[-2].islower():
        return (" ".join(words[-2:]), words[-1])  # "van Dyke" and "Dyke"
    if len(words) >= 2 and words[0] not in ("Mr", "Mrs", "Ms", "Dr"):
        return (words[-1],)
    return ()


def role_facts(sentence: Sentence, registry: Registry) -> Iterator[Fact]:
    """People named with their job: "set designer Jane Doe"."""
    if not has_role_noun(sentence.text):
        return
    for match in ROLE_NAME.finditer(sentence.text):
        name = registry.canonical(match.group("name"))
        if registry.pool_of(name) is not Pool.CREW:
            continue
        role = re.sub(r"^(?:The|the|A|a|An|an) ", "", match.group("role"))
        role = role[0].lower() + role[1:] if not re.match(rf"{NAME_CORE} \"", role) else role
        yield _fact(
            sentence,
            "role-who",
            f"Who was the {role}?",
            match.group("name"),
            Pool.CREW,
            statement=f"{{}} was the {role}.",
            category=category_of(sentence),
            accept=_surname(name),
            key=role.lower(),
        )
        if '"' not in role:
            yield _fact(
                sentence,
                "role-what",
                f"What was {name}'s job?",
                capitalise(role),
                Pool.ROLE,
                statement=f"{name} was the {{}}.",
                category=category_of(sentence),
            )


_WHO_SUBJECT = re.compile(
    rf"^(?:(?P<org>{NAME_CORE})'s )?(?:{NAME_CORE} \"[^\"]+\" )?"
    rf"(?:(?P<role>(?:[A-Za-z][a-z-]+ )?{ROLE_NOUN}) )?"
    rf"(?P<name>{NAME})(?: of {NAME})?(?:, who [^,]+,)? (?P<pred>(?P<verb>[a-z]+)\b.*)$"
)
_RELATIVE = re.compile(rf"(?P<name>{NAME}), who (?P<pred>(?P<verb>[a-z]+)\b[^,]*)")


def who_facts(sentence: Sentence, registry: Registry) -> Iterator[Fact]:
    """A named person as the subject of a clause: "Who wanted the series to ...?"."""
    for clause in _clauses(sentence.text):
        lead, main = _main_clause(clause)
        found = _WHO_SUBJECT.match(main)
        if found is not None:
            yield from _who(sentence, registry, found.group("name"), found.group("pred"), lead)
        for relative in _RELATIVE.finditer(clause):
            yield from _who(sentence, registry, relative.group("name"), relative.group("pred"), "")


def _who(
    sentence: Sentence, registry: Registry, name: str, predicate: str, lead: str
) -> Iterator[Fact]:
    name = strip_role(name)
    pool = registry.pool_of(name)
    if pool not in PEOPLE:
        return
    verb = predicate.split()[0]
    if not (is_past(verb) or verb in ("is", "was", "are", "were")):
        return
    if re.search(rf"\b(?:gave|give)\b.*{RATING}", predicate):
        return  # ratings have their own rule, which knows that two critics may share one
    parts = re.split(r" and (?=[a-z]+ed\b|made\b|gave\b|took\b|wrote\b)", predicate)
    for part in parts:
        part = _cut(part)
        if len(part.split()) < 4 or part.split()[0] in ("is", "was") and len(part.split()) < 5:
            continue
        context = ""
        if lead and len(lead.split()) <= 9 and not re.search(r"\b(?:she|he|they)\b", lead):
            context = lead + ", "
        prompt = f"{context}who {part}?" if context else f"Who {part}?"
        yield _fact(
            sentence,
            "who-did",
            prompt,
            name,
            pool or Pool.PERSON,
            statement=f"{context}{{}} {part}.",
            accept=_surname(registry.canonical(name)),
        )


_PASSIVE_BY = re.compile(
    rf"^(?P<subj>[A-Z][^,;]*?) (?P<aux>is|was|are|were) (?P<part>[a-z]+) by "
    rf"(?:the )?(?:(?P<role>{ROLE_NOUN}) )?(?P<name>{NAME})(?P<rest>, except [^,;]+)?"
)


def passive_by_facts(sentence: Sentence, registry: Registry) -> Iterator[Fact]:
    """Passive clauses with an agent: "X was inspired by Y" becomes "Who inspired X?"."""
    for clause in _clauses(sentence.text):
        match = _PASSIVE_BY.match(clause)
        if match is None or not is_participle(match.group("part")):
            continue
        subject = lower_first(re.sub(r" \([0-9]{4}\)", "", match.group("subj")))
        if subject.split()[0].lower() in SUBJECT_PRONOUNS:
            continue
        if subject.endswith(" and") or any(is_past(w) for w in subject.split()[1:]):
            continue  # the "subject" runs over another clause: "X left and was replaced by Y"
        if subject.startswith("all "):
            subject = "all the " + subject[4:]
        part = match.group("part")
        verb = past_of_participle(part)
        if match.group("aux") in ("is", "are"):
            verb = present_third(base_of_past(part))
        rest = match.group("rest") or ""
        name = match.group("name")
        pool = registry.pool_of(name) or Pool.PERSON
        asker = "Who"
        if name.split()[-1].lower() in ORG_TAILS:
            pool, asker = Pool.ORG, "Which organisation"
        if pool not in PEOPLE and pool is not Pool.ORG:
            continue
        yield _fact(
            sentence,
            "who-by",
            f"{asker} {verb} {subject}{rest}?",
            name,
            pool,
            statement=f"{match.group('subj')} {match.group('aux')} {part} by "
            f"{'the ' if pool is Pool.ORG else ''}{{}}{rest}.",
            accept=_surname(registry.canonical(name)),
        )


_IN_DATE = re.compile(rf"^(?:In|On) (?P<date>{DATE}), (?P<clause>.+)$")
_DATE_PASSIVE = re.compile(r"^(?P<subj>[a-zA-Z][^,;]*?) (?P<aux>was|were) (?P<rest>[a-z]+ed\b.*)$")
_DATE_ACTIVE = re.compile(
    r"^(?P<subj>(?:a|an|the) [A-Za-z ]+?) (?P<verb>[a-z]+ed) "
    r"(?P<obj>(?:(?:at|in|on|to|for|with) )?(?:the|a|an) [^;]+)$"
)
_YEAR_PASSIVE = re.compile(
    rf"^(?P<subj>(?:The|Its) [a-z' ]+?)(?:, [^,]+,)? (?P<aux>was|were) (?P<part>[a-z]+ed)"
    rf"(?P<by> by (?:the )?{NAME})? in (?P<year>{YEAR})\b"
)
_YEAR_ACTIVE = re.compile(
    rf"^(?:The (?:[a-z]+ )?)?(?P<name>{NAME}) (?P<verb>[a-z]+ed) (?P<obj>(?:the|a|an) [a-z ]+?) "
    rf"in (?P<year>{YEAR})\b"
)
_ACTIVE_IN_DATE = re.compile(
    rf"\b(?P<subj>she|he|they|{NAME}) (?P<verb>[a-z]+ed) (?P<obj>(?:the|a|an|its|their) [^,;]+?) "
    rf"(?:in|on) (?P<date>{DATE})"
)


def when_facts(sentence: Sentence, registry: Registry) -> Iterator[Fact]:
    """Events with a month and year: "When was the first round of casting decisions announced?"."""
    text = sentence.text.rstrip(".")
    lead = _IN_DATE.match(text)
    if lead is not None:
        clause = _cut(lead.group("clause"))
        found = _DATE_PASSIVE.match(clause)
        if found is not None:
            subject = lower_first(found.group("subj"))
            yield _fact(
                sentence,
                "when",
                f"When {found.group('aux')} {subject} {found.group('rest')}?",
                lead.group("date"),
                Pool.DATE,
                statement=f"{text.split()[0]} {{}}, {clause}.",
            )
        active = _DATE_ACTIVE.match(clause)
        if found is None and active is not None:
            subject, verb = lower_first(active.group("subj")), active.group("verb")
            yield _fact(
                sentence,
                "when",
                f"When did {subject} {base_of_past(verb)} {_first_action(active.group('obj'))}?",
                lead.group("date"),
                Pool.DATE,
                statement=f"{text.split()[0]} {{}}, {clause}.",
            )
    for match in _YEAR_PASSIVE.finditer(text):
        subject = lower_first(match.group("subj"))
        yield _fact(
            sentence,
            "year",
            f"In which year {match.group('aux')} {subject} {match.group('part')}"
            f"{match.group('by') or ''}?",
            match.group("year"),
            Pool.YEAR,
            statement=f"{match.group('subj')} {match.group('aux')} {match.group('part')}"
            f"{match.group('by') or ''} in {{}}.",
        )
    for match in _YEAR_ACTIVE.finditer(text):
        name = strip_role(match.group("name"))
        if registry.pool_of(name) not in PEOPLE:
            continue
        verb, obj = match.group("verb"), match.group("obj")
        yield _fact(
            sentence,
            "year",
            f"In which year did {name} {base_of_past(verb)} {obj}?",
            match.group("year"),
            Pool.YEAR,
            statement=f"{name} {verb} {obj} in {{}}.",
        )
    for match in _ACTIVE_IN_DATE.finditer(text):
        subject, verb, obj = match.group("subj"), match.group("verb"), match.group("obj")
        if subject.lower() in SUBJECT_PRONOUNS:
            prompt = f"When was {obj} {verb}?"
            statement = f"{capitalise(obj)} was {verb} in {{}}."
        else:
            prompt = f"When did {subject} {base_of_past(verb)} {obj}?"
            statement = f"{subject} {verb} {obj} in {{}}."
        yield _fact(sentence, "when", prompt, match.group("date"), Pool.DATE, statement=statement)


_COUNT_SUBJECT = re.compile(
    rf"(?:^|, |After |When |Before )(?P<num>(?:{QUALIFIER} )?{NUMBER}) (?P<noun>people|[a-z]+s) "
    r"(?P<pred>(?:[a-z]+ed|were|are)\b[^,;]*)"
)
_COUNT_USING = re.compile(rf"^Using (?P<num>{NUMBER}) (?P<what>[^,]+?) with (?P<with>[^,]+),")
_COUNT_PASSIVE_IN = re.compile(
    rf"^(?P<subj>[A-Z][^,;]*?) (?P<aux>was|were) (?P<part>[a-z]+ed) in \"?(?P<num>{NUMBER}) "
    r"(?P<noun>[a-z]+s)\"?"
)
_COUNT_ACTIVE_IN = re.compile(
    rf"^(?P<subj>The [a-z ]+?) (?P<verb>[a-z]+ed) (?P<obj>.+?) in (?P<num>{NUMBER}) "
    r"(?P<noun>[a-z]+s)(?P<rel> (?:where|that|which) [^(,;]+?)?(?: \(|[,;.]|$)"
)
_RANKED = re.compile(
    rf"^(?:During (?P<when>[^,]+), )?(?P<subj>{NAME}|The [a-z]+) "
    r"(?P<verb>ranked|charted|peaked|debuted|placed|reached)(?P<at> at)? "
    rf"number (?P<num>{NUMBER}) on (?P<chart>.+?)(?: (?:just|only) (?P<days>{NUMBER}) "
    r"(?P<unit>days|weeks) after (?P<after>[^,;]+))?$"
)
_AGE = re.compile(rf"\b(?P<num>[0-9]+)-year-old (?P<noun>[a-z]+) named (?P<name>{NAME})")
_HAS_COUNT = re.compile(
    rf"^(?P<subj>(?:The|Its) [a-z ]+?) (?P<verb>has|had|have)(?: (?P<part>[a-z]+ed))? "
    rf"(?P<num>(?:{QUALIFIER} )?{NUMBER}) (?P<noun>(?:[a-z]+ )?[a-z]+s)\b(?P<rest>[^,;]*)"
)


def _count(
    sentence: Sentence, prompt: str, number: str, statement: str, shape: str = "how-many"
) -> Fact:
    """Return a counting fact: the number as the text writes it, capitalised as an answer."""
    return _fact(sentence, shape, prompt, capitalise(number), Pool.COUNT, statement=statement)


def count_facts(sentence: Sentence, registry: Registry) -> Iterator[Fact]:
    """Counts: "How many people applied by post?", "At what number did X rank on ...?"."""
    for clause in _clauses(sentence.text):
        for match in _COUNT_SUBJECT.finditer(clause):
            pred = _cut(match.group("pred"))
            noun = match.group("noun")
            yield _count(
                sentence,
                f"How many {noun} {pred}?",
                match.group("num"),
                f"{{}} {noun} {pred}.",
            )
        using = _COUNT_USING.match(clause)
        if using is not None:
            what, with_ = using.group("what"), using.group("with")
            yield _count(
                sentence,
                f"How many {what} were used with {with_}?",
                using.group("num"),
                f"{{}} {what} were used with {with_}.",
            )
        passive = _COUNT_PASSIVE_IN.match(clause)
        if passive is not None:
            subject = lower_first(passive.group("subj"))
            noun = passive.group("noun")
            yield _count(
                sentence,
                f"In how many {noun} {passive.group('aux')} {subject} {passive.group('part')}?",
                passive.group("num"),
                f"{passive.group('subj')} {passive.group('aux')} "
                f"{passive.group('part')} in {{}} {noun}.",
            )
        active = _COUNT_ACTIVE_IN.match(clause)
        if active is not None:
            subject = lower_first(active.group("subj"))
            noun, rel = active.group("noun"), (active.group("rel") or "")
            verb, obj = base_of_past(active.group("verb")), active.group("obj")
            yield _count(
                sentence,
                f"In how many {noun}{rel} did {subject} {verb} {obj}?",
                active.group("num"),
                f"{active.group('subj')} {active.group('verb')} {obj} in {{}} {noun}{rel}.",
            )
        has = _HAS_COUNT.match(clause)
        if has is not None:
            subject, verb = lower_first(has.group("subj")), has.group("verb")
            noun, part = has.group("noun"), has.group("part")
            rest = _cut(re.split(rf" and (?={NUMBER}\b)", has.group("rest"))[0])
            if part:
                prompt = f"How many {noun} {verb} {subject} {part} {rest}?"
                statement = f"{has.group('subj')} {verb} {part} {{}} {noun} {rest}."
            else:
                do = "did" if verb == "had" else "does"
                prompt = f"How many {noun} {do} {subject} have {rest}?"
                statement = f"{has.group('subj')} {verb} {{}} {noun} {rest}."
            yield _count(sentence, prompt, has.group("num"), statement)
        ranked = _RANKED.match(clause)
        if ranked is not None:
            subj, chart = lower_first(ranked.group("subj")), ranked.group("chart")
            when = f" during {ranked.group('when')}" if ranked.group("when") else ""
            base, at = base_of_past(ranked.group("verb")), ranked.group("at") or ""
            asked = "At what number" if at else "What number"
            yield _count(
                sentence,
                f"{asked} did {subj} {base} on {chart}{when}?",
                ranked.group("num"),
                f"{ranked.group('subj')} {ranked.group('verb')}{at} number {{}} on {chart}{when}.",
                shape="rank",
            )
            if ranked.group("days"):
                unit, after = ranked.group("unit"), ranked.group("after")
                verb = ranked.group("verb")
                yield _count(
                    sentence,
                    f"How many {unit} after {after} did {subj} {base}{at} number "
                    f"{ranked.group('num')} on {chart}?",
                    ranked.group("days"),
                    f"{ranked.group('subj')} {verb}{at} number {ranked.group('num')} on {chart} "
                    f"{{}} {unit} after {after}.",
                )
    for match in _AGE.finditer(sentence.text):
        noun, name = match.group("noun"), match.group("name")
        yield _fact(
            sentence,
            "age",
            f"How old is the {noun} {name}?",
            match.group("num"),
            Pool.AGE,
            statement=f"The {noun} {name} is {{}} years old.",
            category="Characters",
        )


_NAMED_FOR = re.compile(
    rf"^(?:(?:In|On) (?P<date>{DATE}), )?(?P<subj>[a-zA-Z][^,;]*?) (?P<aux>was|were) "
    rf"(?P<part>[a-z]+ed) for (?:a|an|the) [^,;]*?\b(?P<noun>[a-z]+) named (?P<name>{NAME})"
)
_ORDINAL_IN = re.compile(
    rf"^(?:As|When|While) (?P<who>{NAME_LIST}) (?P<verb>[a-z]+) in the (?P<ord>{ORDINAL}) "
    r"(?P<noun>[a-z]+),"
)
_KNOWN_AS = re.compile(
    rf"(?P<items>(?:(?:the |a |an )?[^;]+; )+(?:and )?(?:the |a |an )?(?P<last>{NAME}))"
    r", (?P<desc>known as [^,;.]+|famous for [^,;.]+)"
)
_CHARACTER_OF = re.compile(
    rf"(?P<name>{NAME}), the (?P<desc>[a-z ]+?) of (?:one of [a-z]+ [a-z ]+? )?"
    rf"(?P<noun>films?|novels?|books?|albums?|series|plays?), "
    rf"(?P<title>{NAME_CORE}(?: [a-z]+ {NAME_CORE})*)"
)
_DUBBED = re.compile(
    r"(?P<what>the [a-z ]+?(?: between [A-Z][\w]*(?: and [A-Z][\w]*)?)?), which \w+ "
    rf"(?:dubbed|called|nicknamed|named) {QUOTED}"
)
_NICKNAME = re.compile(rf"^(?P<what>The [a-z]+), known(?P<how> [a-z]+ly)? as {QUOTED}")
_EPISODE = re.compile(
    rf"^In the (?P<noun>episode|chapter|song|film|book) {QUOTED}, (?:[a-z][^,]*, )*"
    rf"(?P<name>{NAME}) (?P<verb>[a-z]+ed) (?P<rest>[^;,]+)"
)
_SONGS = re.compile(r"^(?P<head>Songs|Tracks|Singles)\b")
_REVIEW_FOR = re.compile(rf"^Reviewing (?P<what>[^,]+?) for (?P<org>{NAME}), (?P<name>{NAME})")
_LOCATED = re.compile(
    rf"^(?P<subj>(?:The|Its) [a-z ]+?|{NAME}) (?P<verb>is|was|stands|stood|lies|lay|sits) "
    rf"(?:located )?(?P<prep>on|in|at|near) (?P<place>(?:the )?{NAME})"
)
_NAMED_AFTER = re.compile(
    rf"^(?P<subj>(?:The|Its) [a-z ]+?) (?P<aux>is|was|were|are) named after (?P<name>{NAME})"
)


def which_facts(sentence: Sentence, registry: Registry) -> Iterator[Fact]:
    """Which/what/where questions from named things, ordinals, lists and nicknames."""
    text = sentence.text.rstrip(".")
    named = _NAMED_FOR.match(text)
    if named is not None and registry.pool_of(named.group("name")) is Pool.CHARACTER:
        subject = lower_first(named.group("subj"))
        when = f" in {named.group('date')}" if named.group("date") else ""
        noun = named.group("noun")
        yield _fact(
            sentence,
            "which-named",
            f"Which {noun} {named.group('aux')} {subject} {named.group('part')} for{when}?",
            named.group("name"),
            Pool.CHARACTER,
            statement=f"{capitalise(subject)} {named.group('aux')} {named.group('part')} for "
            f"the {noun} {{}}{when}.",
            category="Cast",
        )
    ordinal = _ORDINAL_IN.match(text)
    if ordinal is not None:
        noun, who, verb = ordinal.group("noun"), ordinal.group("who"), ordinal.group("verb")
        yield _fact(
            sentence,
            "which-ordinal",
            f"In which {noun} do {who} {verb}?",
            f"The {ordinal.group('ord')} {noun}",
            Pool.ORDINAL,
            statement=f"{who} {verb} in {{}}.",
            category="Characters",
        )
    for known in _KNOWN_AS.finditer(text):
        items = [re.sub(r"^and ", "", i.strip()) for i in known.group("items").split(";")]
        items[0] = re.sub(r"^.*\binclud(?:e|es|ed) ", "", items[0])
        items = [i for i in items if re.match(rf"^(?:the )?{NAME}", i)]
        if len(items) < 4:
            continue
        answer = capitalise(items[-1])
        head = _list_head(text)
        yield _fact(
            sentence,
            "which-known",
            f"Which of these {head} is {known.group('desc')}?",
            answer,
            Pool.PLACE,
            statement=f"{{}} is {known.group('desc')}.",
            options=tuple(capitalise(i) for i in items[:-1]),
        )
    for match in _CHARACTER_OF.finditer(text):
        noun = match.group("noun").rstrip("s") if match.group("noun") != "series" else "series"
        yield _fact(
            sentence,
            "which-title",
            f"In which {noun} is {match.group('name')} the {match.group('desc')}?",
            match.group("title"),
            Pool.TITLE,
            statement=f"{match.group('name')} is the {match.group('desc')} of {{}}.",
            typed=True,
        )
    for match in TITLE_YEAR.finditer(text):
        head = registry.title_heads.get(match.group("title"), "film")
        verb = "published" if head in ("novel", "book", "poem") else "released"
        yield _fact(
            sentence,
            "year",
            f"In which year was the {head} {match.group('title')} {verb}?",
            match.group("year"),
            Pool.YEAR,
            statement=f"The {head} {match.group('title')} was {verb} in {{}}.",
        )
    for match in _NICKNAME.finditer(text):
        what, how = lower_first(match.group("what")), match.group("how") or ""
        yield _fact(
            sentence,
            "what-name",
            f"What is {what} known{how} as?",
            match.group(2),
            Pool.TITLE,
            statement=f'{match.group("what")} is known{how} as "{{}}".',
            typed=True,
        )
    for match in _DUBBED.finditer(text):
        what = match.group("what")
        yield _fact(
            sentence,
            "what-name",
            f"What name was given to {what}?",
            match.group(2),
            Pool.TITLE,
            statement=f'{capitalise(what)} were called "{{}}".',
            typed=True,
        )
    episode = _EPISODE.match(text)
    if episode is not None and registry.pool_of(episode.group("name")) in PEOPLE:
        verb = base_of_past(episode.group("verb"))
        noun, rest = episode.group("noun"), _cut(episode.group("rest"))
        yield _fact(
            sentence,
            "which-episode",
            f"In which {noun} did {episode.group('name')} {verb} {rest}?",
            episode.group(2),
            Pool.TITLE,
            statement=None,
            typed=True,
        )
    if _SONGS.match(text):
        for match in SONGS_BY.finditer(text):
            titles = match.group("titles")
            yield _fact(
                sentence,
                "who-performs",
                f"Which artist performs {titles}?",
                match.group("name"),
                Pool.ARTIST,
                statement=f"{{}} performs {titles}.",
                category="Music",
                typed=True,
            )
    located = _LOCATED.match(text)
    if located is not None:
        subject = lower_first(located.group("subj"))
        verb = located.group("verb")
        aux = "does" if verb in ("stands", "lies", "sits") else "did"
        if verb in ("is", "was"):
            prompt = f"Where {verb} {subject}?"
        else:
            prompt = f"Where {aux} {subject} {base_of_past(verb) if aux == 'did' else verb[:-1]}?"
        yield _fact(
            sentence,
            "where",
            prompt,
            capitalise(located.group("place")),
            Pool.PLACE,
            statement=f"{located.group('subj')} {verb} {located.group('prep')} {{}}.",
            category="Places",
        )
    after = _NAMED_AFTER.match(text)
    if after is not None:
        subject = lower_first(after.group("subj"))
        yield _fact(
            sentence,
            "named-after",
            f"Who {after.group('aux')} {subject} named after?",
            after.group("name"),
            registry.pool_of(after.group("name")) or Pool.PERSON,
            statement=f"{after.group('subj')} {after.group('aux')} named after {{}}.",
        )


def _list_head(text: str) -> str:
    head = re.match(r"^(?:Other |The )?([a-z]+)", text, re.IGNORECASE)
    return head.group(1).lower() if head else "places"


_RATED = re.compile(
    rf"(?:(?P<org1>{NAME_CORE})'s )?(?P<name>{NAME})(?: of (?P<org2>{NAME}))? gave "
    rf"(?P<obj>the series |the show |the film |the album |the book |it |\"[^\"]+\" )?"
    rf"(?:a rating of |a score of )?(?P<rating>{RATING})"
)
_SAID = re.compile(r"\b(?:said|stated|wrote|added),? \"([^\"]+)\"")


def review_facts(sentence: Sentence, registry: Registry) -> Iterator[Fact]:
    """Critics: the rating each gave, where they wrote and what they said."""
    text = sentence.text
    reviewed = _REVIEW_FOR.match(text)
    for match in _RATED.finditer(text):
        name, rating = strip_role(match.group("name")), match.group("rating")
        obj = (match.group("obj") or "").strip()
        if not obj and reviewed is not None:
            obj = reviewed.group("what")
        give = f"give {obj}" if obj else "give"
        yield _fact(
            sentence,
            "rating",
            f"What rating did {name} {give}?",
            rating,
            Pool.RATING,
            statement=f"{name} gave {obj + ' ' if obj else ''}a rating of {{}}.",
            category="Reception",
        )
        yield _fact(
            sentence,
            "rating-who",
            f"Who gave {obj + ' ' if obj else ''}a rating of {rating}?",
            name,
            Pool.CRITIC,
            statement=f"{{}} gave {obj + ' ' if obj else ''}a rating of {rating}.",
            category="Reception",
            accept=_surname(name),
            key=f"rating {rating}",
        )
        org = match.group("org1") or match.group("org2")
        if org is not None:
            yield _fact(
                sentence,
                "critic-outlet",
                f"Which publication does {name} write for?",
                org,
                Pool.ORG,
                statement=f"{name} writes for {{}}.",
                category="Reception",
                typed=True,
                accept=(org[4:],) if org.startswith("The ") else (),
            )
    if reviewed is not None:
        org, name = reviewed.group("org"), reviewed.group("name")
        what = reviewed.group("what")
        yield _fact(
            sentence,
            "critic-outlet",
            f"For which publication did {name} review {what}?",
            org,
            Pool.ORG,
            statement=f"{name} reviewed {what} for {{}}.",
            category="Reception",
            typed=True,
            accept=(org[4:],) if org.startswith("The ") else (),
        )
    for match in _SAID.finditer(text):
        speakers = [
            n for n in re.findall(NAME, text[: match.start()]) if registry.pool_of(n) in PEOPLE
        ]
        if not speakers:
            continue
        name = speakers[-1]
        quote = re.split(r"(?<=[a-z]), | but | and |: ", match.group(1))[0].rstrip(",.")
        if len(quote.split()) < 4:
            continue
        yield _fact(
            sentence,
            "who-said",
            # "Who", not "Which critic": the wrong options may be writers who are not critics.
            f'Who said "{quote} ..."?',
            name,
            registry.pool_of(name) or Pool.PERSON,
            statement=f'{{}} said "{quote} ..."',
            category="Reception",
            accept=_surname(registry.canonical(name)),
        )


_MEMBERS = re.compile(
    rf"^(?P<subj>The [a-z ]+?) (?P<aux>were|was) (?P<part>[a-z]+ed)(?P<rest> [a-z ]+?)? and "
    rf"(?:included|include) (?P<items>{NAME_LIST})"
)


def member_facts(sentence: Sentence, registry: Registry) -> Iterator[Fact]:
    """Members of a list: "Who was among the rest of the cast members announced days later?"."""
    match = _MEMBERS.match(sentence.text)
    if match is None:
        return
    items = split_list(match.group("items"))
    pools = {registry.pool_of(i) for i in items}
    if len(items) < 3 or len(pools) != 1:
        return
    pool = pools.pop() or Pool.PERSON
    subject = lower_first(match.group("subj"))
    rest = match.group("rest") or ""
    for item in sorted(items, key=lambda i: registry.mentions.get(registry.canonical(i), 0))[:1]:
        yield _fact(
            sentence,
            "member",
            f"Who was among {subject} {match.group('part')}{rest}?",
            item,
            pool,
            statement=f"{{}} was among {subject} {match.group('part')}{rest}.",
            others=tuple(i for i in items if i != item),
        )


_COUNTED_LIST = re.compile(
    rf"^(?P<head>[A-Z][^(;]*?) in (?P<num>{NUMBER}) (?P<noun>[a-z]+s)(?P<rel> [^(;]+?)? "
    rf"\((?P<items>{NAME_LIST})\)"
)


def counted_list_facts(sentence: Sentence, registry: Registry) -> Iterator[Fact]:
    """A counted list in brackets: "in three countries (A, B and C)" asks to name one of them."""
    match = _COUNTED_LIST.match(sentence.text)
    if match is None:
        return
    items = split_list(match.group("items"))
    if number_value(match.group("num")) != len(items):
        return  # the count and the list disagree: the text is cut or the list is partial
    head, rel, noun = match.group("head"), match.group("rel") or "", match.group("noun")
    yield _fact(
        sentence,
        "name-one",
        f"{head} in {match.group('num')} {noun}{rel}. Name one of these {noun}.",
        items[0],
        Pool.PLACE,
        statement=None,
        typed=True,
        accept=tuple(items[1:]),
    )


_FOUNDED = re.compile(
    rf"^(?P<subj>{NAME}|The [a-z]+) (?P<aux>is|are|was|were) (?:an? [a-z -]+? )?"
    r"(?P<part>formed|founded|established|built|opened|completed|launched)"
    rf"(?: in (?P<place>{NAME}))?(?: in (?P<year>{YEAR}))?\b"
)


def founded_facts(sentence: Sentence, registry: Registry) -> Iterator[Fact]:
    """Where and when a thing began: "X are a choir formed in Leeds in 1990"."""
    match = _FOUNDED.match(sentence.text)
    if match is None:
        return
    subj, part = match.group("subj"), match.group("part")
    aux = "were" if match.group("aux") in ("are", "were") else "was"
    subject = lower_first(subj)
    if match.group("year"):
        yield _fact(
            sentence,
            "year",
            f"In which year {aux} {subject} {part}?",
            match.group("year"),
            Pool.YEAR,
            statement=f"{subj} {aux} {part} in {{}}.",
            category="History",
        )
    if match.group("place"):
        yield _fact(
            sentence,
            "where",
            f"Where {aux} {subject} {part}?",
            match.group("place"),
            Pool.PLACE,
            statement=f"{subj} {aux} {part} in {{}}.",
            category="History",
            typed=True,
        )


RULES: tuple[Rule, ...] = (
    cast_facts,
    role_facts,
    who_facts,
    passive_by_facts,
    when_facts,
    count_facts,
    which_facts,
    review_facts,
    member_facts,
    counted_list_facts,
    founded_facts,
)

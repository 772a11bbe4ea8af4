"""Writing files whole or not at all: through a temporary file beside them, then a rename."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


@contextmanager
def replaced_atomically(path: Path, *, newline: str | None = None) -> Iterator[TextIO]:
    """Yield a text stream whose contents replace path only if everything was written.

    Raises:
        OSError: The folder cannot be written, or writing failed; path is left as it was and
            no temporary file remains.
    """
    path = path.expanduser()
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline=newline) as stream:
            yield stream
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomically(path: Path, text: str) -> None:
    """Write text to path, with Unix line ends, whole or not at all."""
    with replaced_atomically(path, newline="\n") as stream:
        stream.write(text)

"""The one place files are read and written: special files refused, sizes capped, writes whole.

Writing: a regular file (or a new one) is replaced atomically through a temporary file beside
it, which is synced before the rename, and its folder after; a symlink is followed so its target
is what changes; the target keeps its mode (a new file gets the umask's). A FIFO, a terminal or
another character device is written straight, `-` means standard output, and anything else (a
folder, a socket, a block device) is refused before a byte is written.

Reading: only a regular file is opened, never a FIFO or a device (they can block for ever or
never end), and never more than the caller's limit of bytes is read, whatever the file's size
said a moment earlier.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import re
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Final, TextIO

STDOUT: Final = "-"
_CHUNK: Final = 1 << 20

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
ZIP_MAGIC: Final = b"PK\x03\x04"
OLE2_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CONTROL: Final = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
FALLBACK_ENCODING: Final = "cp1252"


class UnwritableError(OSError):
    """A path that cannot be written as asked; `strerror` says why in a player's words."""

    def __init__(self, reason: str) -> None:
        super().__init__(errno.EINVAL, reason)


def special_file(path: Path) -> str | None:
    """Return what path is when it exists and is not a regular file ("a FIFO"), else None."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return None
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode):
        return "a character device"
    return _kind(mode)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "not a regular file"


@contextmanager
def writing(path: Path | str, *, newline: str | None = None) -> Iterator[TextIO]:
    """Yield a UTF-8 text stream onto path; a regular file changes whole or not at all.

    Args:
        path: The file to write, or `-` for standard output.
        newline: As for `open`: None for the platform's line ends, "" to keep them as written.

    Raises:
        OSError: The path is a folder, a socket or a block device (an `UnwritableError`), a
            FIFO nobody reads, or writing failed (a full disk, say); a regular file is then
            left as it was and no temporary file remains.
    """
    if str(path) == STDOUT:
        yield from _straight_to_stdout()
        return
    path = Path(path).expanduser()
    try:
        info = os.stat(path)  # follows symlinks: what matters is what they point at
    except FileNotFoundError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        if stat.S_ISFIFO(info.st_mode) or stat.S_ISCHR(info.st_mode):
            yield from _straight_to(path)
            return
        raise UnwritableError(f"{_kind(info.st_mode)} cannot be written to; give a file name")
    target = Path(os.path.realpath(path))
    yield from _replaced(target, info, newline)


def _straight_to_stdout() -> Iterator[TextIO]:
    stream = sys.stdout
    yield stream
    stream.flush()


def _straight_to(path: Path) -> Iterator[TextIO]:
    # Non-blocking open: a FIFO with no reader fails at once (ENXIO) instead of hanging.
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise UnwritableError("this is a FIFO and nothing is reading from it") from exc
        raise
    os.set_blocking(descriptor, True)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        yield stream


def _replaced(target: Path, info: os.stat_result | None, newline: str | None) -> Iterator[TextIO]:
    folder = target.parent
    temporary, descriptor = _temporary_beside(target)
    try:
        if info is not None:
            # The umask shaped the new file's mode; an existing file keeps its own.
            os.fchmod(descriptor, stat.S_IMODE(info.st_mode))
            if (info.st_uid, info.st_gid) != (os.getuid(), os.getgid()):
                with suppress(PermissionError):
                    os.fchown(descriptor, info.st_uid, info.st_gid)
        with os.fdopen(descriptor, "w", encoding="utf-8", newline=newline) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(folder)


def _temporary_beside(target: Path) -> tuple[Path, int]:
    # Imported here, as it loads OpenSSL: reading files at start-up does not need it.
    import secrets

    while True:
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            # Mode 0o666 as for any new file: the kernel applies the umask.
            return temporary, os.open(
                temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o666
            )
        except FileExistsError:
            continue


def _sync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    except OSError as exc:
        # Some file systems cannot sync a folder; the file itself is already on disk.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise
    finally:
        os.close(descriptor)


def write_text(path: Path | str, text: str) -> None:
    """Write text to path (or `-`), with Unix line ends; a regular file changes whole or not.

    Raises:
        OSError: As for `writing`.
    """
    with writing(path, newline="\n") as stream:
        stream.write(text)


# Reading -----------------------------------------------------------------------------------


class FileReadError(Exception):
    """A file that cannot be read as text; nothing of it may be used.

    Attributes:
        path: The file.
        reason: What is wrong, in words a player can act on.
        where: The line at fault, when there is one.
    """

    def __init__(self, path: Path, reason: str, where: str | None = None) -> None:
        self.path = path
        self.reason = reason
        self.where = where
        place = f"{path}, {where}" if where else str(path)
        super().__init__(f"{place}: {reason}")


class FileTooBigError(FileReadError):
    """A file over the caller's limit; `size` is its size when known before reading."""

    def __init__(self, path: Path, limit: int, size: int | None) -> None:
        self.limit = limit
        self.size = size
        shown = f"{size / 1_048_576:.1f} MB" if size is not None else "over the limit"
        super().__init__(path, f"the file is {shown}; at most {limit:,} bytes may be read")


def read_bytes(path: Path, limit: int, *, what: str = "file") -> bytes:
    """Return at most limit bytes of a regular file; refuse anything else before opening it.

    Args:
        path: The file to read; a symlink is followed.
        limit: The most bytes the file may hold, checked while reading, not only by `stat`.
        what: What the file should be, for messages: "pack file", "facts text file".

    Raises:
        FileTooBigError: The file holds more than limit bytes.
        FileReadError: The path is missing, a folder, a FIFO or a device, or unreadable.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError as exc:
        raise FileReadError(path, "no such file") from exc
    except OSError as exc:
        raise FileReadError(path, exc.strerror or str(exc)) from exc
    _check_regular(path, info.st_mode, what)
    if info.st_size > limit:
        raise FileTooBigError(path, limit, info.st_size)
    try:
        data = _read_at_most(path, limit + 1, what)
    except FileNotFoundError as exc:
        raise FileReadError(path, "the file disappeared while it was being read") from exc
    except OSError as exc:
        raise FileReadError(path, exc.strerror or str(exc)) from exc
    if len(data) > limit:
        raise FileTooBigError(path, limit, None)
    return data


def _check_regular(path: Path, mode: int, what: str) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise FileReadError(path, f"this is a folder, not a {what}")
    special = "a FIFO" if stat.S_ISFIFO(mode) else "a device or other special file"
    raise FileReadError(path, f"this is {special}, not a {what}; only regular files are read")


def _read_at_most(path: Path, limit: int, what: str) -> bytes:
    # Non-blocking, in case a FIFO took the file's place since it was checked.
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    with os.fdopen(descriptor, "rb", buffering=0) as stream:
        info = os.fstat(descriptor)
        _check_regular(path, info.st_mode, what)
        os.set_blocking(descriptor, True)
        # One read of the size stat gave (and a byte more, to notice growth) returns the
        # bytes without a copy; joining chunks would hold the file twice for a moment.
        first = stream.read(min(info.st_size + 1, limit)) or b""
        chunks: list[bytes] = [first]
        left = limit - len(first)
        while left > 0:
            chunk = stream.read(min(_CHUNK, left))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return first if len(chunks) == 1 else b"".join(chunks)


@dataclass(frozen=True)
class DecodedText:
    """A file's text and the encoding it was read in."""

    text: str
    encoding: str

    @property
    def fell_back(self) -> bool:
        """Whether the text was not Unicode and was read as Windows-1252."""
        return self.encoding == FALLBACK_ENCODING


@dataclass(frozen=True)
class TextEncoding:
    """How a file's bytes are text, found without holding the text.

    Attributes:
        encoding: The codec that reads them.
        start: Where the text starts, past a byte order mark.
        blank: Whether the text is empty or only whitespace.
    """

    encoding: str
    start: int
    blank: bool

    @property
    def fell_back(self) -> bool:
        """Whether the text was not Unicode and was read as Windows-1252."""
        return self.encoding == FALLBACK_ENCODING

    def decode(self, data: bytes) -> str:
        """Return the whole text of the bytes this describes."""
        return str(memoryview(data)[self.start :], self.encoding)

    def head(self, data: bytes, characters: int) -> str:
        """Return at most the first characters of the text, decoding no more than they need."""
        # No character takes more than four bytes in any of the encodings read.
        window = memoryview(data)[self.start : self.start + 4 * characters]
        return codecs.getincrementaldecoder(self.encoding)().decode(window)[:characters]

    def lines(self, data: bytes) -> Iterator[str]:
        """Yield the text's lines with their endings, decoded a chunk at a time.

        A line ends at CR, LF or CR LF, as a CSV reader wants them.
        """
        stream = io.BytesIO(data)  # shares the bytes: nothing is copied
        stream.seek(self.start)
        with io.TextIOWrapper(stream, self.encoding, newline="") as text:
            yield from text


def is_zip(data: bytes) -> bool:
    """Return whether the bytes are a zip archive, as an .xlsx workbook is."""
    return data.startswith(ZIP_MAGIC)


def decode_text(data: bytes, path: Path) -> DecodedText:
    """Return the text of a file in UTF-8 (with or without BOM), UTF-16, UTF-32 or Windows-1252.

    Raises:
        FileReadError: The bytes are not text (a binary file, NUL bytes or many control
            characters anywhere in it) or fit none of those encodings.
    """
    found = text_encoding(data, path)
    return DecodedText(found.decode(data), found.encoding)


def text_encoding(data: bytes, path: Path) -> TextEncoding:
    """Return how the bytes are text, checking all of them a chunk at a time.

    The same checks as `decode_text`, without holding the decoded text: a big file is read
    as its lines later, never whole.

    Raises:
        FileReadError: The bytes are not text or fit none of the encodings.
    """
    if is_zip(data) or data.startswith(OLE2_MAGIC):
        raise FileReadError(path, "this is a binary file (a zip or an office document), not text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, len(bom), path)
    guessed = _bomless_utf16(data)
    if guessed:
        return _strict(data, guessed, 0, path)
    if (nul := data.find(b"\x00")) >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise FileReadError(
            path, "this is a binary file, not text (it holds NUL bytes)", f"line {line}"
        )
    try:
        return _checked(data, "utf-8", 0, path)
    except UnicodeDecodeError:
        # Excel and older Windows editors save text in the ANSI code page.
        return _strict(data, FALLBACK_ENCODING, 0, path)


def read_text(path: Path, limit: int, *, what: str = "file") -> DecodedText:
    """Read a regular file of at most limit bytes and decode it as `decode_text` does.

    Raises:
        FileTooBigError: The file holds more than limit bytes.
        FileReadError: It cannot be read, or is not text.
    """
    return decode_text(read_bytes(path, limit, what=what), path)


def _strict(data: bytes, encoding: str, start: int, path: Path) -> TextEncoding:
    try:
        return _checked(data, encoding, start, path)
    except UnicodeDecodeError as exc:
        at = start + exc.start
        line = data.count(b"\n", 0, at) + 1
        name = "Windows-1252" if encoding == FALLBACK_ENCODING else encoding.upper()
        raise FileReadError(
            path,
            f"cannot decode the text: byte 0x{data[at]:02x} is not valid {name}; "
            "save the file as UTF-8",
            f"line {line}",
        ) from exc


def _checked(data: bytes, encoding: str, start: int, path: Path) -> TextEncoding:
    """Decode the bytes a chunk at a time, checking each; return the encoding if all is text.

    Raises:
        UnicodeDecodeError: A byte does not fit the encoding; its `start` counts from `start`.
        FileReadError: The text holds a NUL or many control characters.
    """
    decoder = codecs.getincrementaldecoder(encoding)()
    view = memoryview(data)
    characters = controls = 0
    blank = True
    for offset in range(start, len(data) + 1, _CHUNK):
        final = offset + _CHUNK >= len(data)
        try:
            text = decoder.decode(view[offset : offset + _CHUNK], final)
        except UnicodeDecodeError as exc:
            # Point at the byte in the whole text: the decoder counts from the bytes it held
            # back of the chunk before, which come first.
            exc.start += offset - start - len(decoder.getstate()[0])
            raise
        # The whole text is checked: a NUL past any sample is as binary as one at the start.
        if "\x00" in text:
            raise FileReadError(path, "this is a binary file, not text (it holds NUL bytes)")
        characters += len(text)
        controls += sum(1 for _ in _CONTROL.finditer(text))
        blank = blank and (not text or text.isspace())
    # A few stray control characters happen in real text; many mean it is not text at all.
    if controls > max(2, characters // 100):
        raise FileReadError(path, "this is a binary file, not text")
    return TextEncoding(encoding, start, blank)


def _bomless_utf16(data: bytes) -> str | None:
    """Return the UTF-16 variant of BOM-less bytes whose every other byte is NUL, if any."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    # ASCII-heavy UTF-16 has NUL as nearly every high byte and none as low bytes.
    if odd_nuls >= half * 0.6 and even_nuls == 0:
        return "utf-16-le"
    if even_nuls >= half * 0.6 and odd_nuls == 0:
        return "utf-16-be"
    return None

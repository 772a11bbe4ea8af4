"""Pictures, sounds and videos a question refers to, which the game cannot show.

A question that leans on one ("which painter made this picture?") reads as nonsense without
it, so an import keeps the question but names it in its report, for its author to fix or
delete. Only what marks media in a file counts (a tag, a link to a media file, a media
column), never words such as "picture", which as many questions use without one.
"""

from __future__ import annotations

import re
from typing import Final

_KINDS: Final = {
    "picture": ("png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "tif", "tiff", "heic"),
    "sound": ("mp3", "wav", "ogg", "oga", "m4a", "aac", "flac", "opus"),
    "video": ("mp4", "webm", "mov", "avi", "mkv", "m4v"),
}
_KIND_OF_EXTENSION: Final = {ext: kind for kind, exts in _KINDS.items() for ext in exts}
_TAG_KINDS: Final = {
    "img": "picture",
    "image": "picture",
    "svg": "picture",
    "picture": "picture",
    "audio": "sound",
    "video": "video",
    "iframe": "embedded player",
    "embed": "embedded player",
    "object": "embedded player",
}
_TAG: Final = re.compile(r"<\s*(" + "|".join(_TAG_KINDS) + r")\b", re.IGNORECASE)
_MARKDOWN_IMAGE: Final = re.compile(r"!\[[^\]\n]{0,200}\]\(")
# A file name or link ending in a media extension: "map.png", "https://x/y.mp3?s=1".
_MEDIA_FILE: Final = re.compile(
    r"[\w%@~/-]\.(" + "|".join(_KIND_OF_EXTENSION) + r")(?![\w.-])", re.IGNORECASE
)
_VIDEO_SITE: Final = re.compile(r"\b(?:youtube\.com/watch|youtu\.be/|vimeo\.com/\d)", re.I)
_PLUGINFILE: Final = "@@PLUGINFILE@@"

# Spreadsheet columns that hold media, as headers are compared (lower case, no spaces,
# underscores, hyphens or dots), with the kind each holds.
MEDIA_COLUMNS: Final = {
    **dict.fromkeys(
        ("image", "imageurl", "imagelink", "imagefile", "questionimage", "picture", "photo"),
        "picture",
    ),
    **dict.fromkeys(("audio", "audiourl", "audiolink", "sound", "soundfile"), "sound"),
    **dict.fromkeys(("video", "videourl", "videolink", "youtube", "youtubelink"), "video"),
    **dict.fromkeys(("media", "mediaurl", "medialink", "mediafile"), "picture or video"),
}


def media_kind(text: str) -> str | None:
    """Return what kind of media text refers to ("picture", "sound", "video"...), if any."""
    if tag := _TAG.search(text):
        return _TAG_KINDS[tag[1].lower()]
    if _MARKDOWN_IMAGE.search(text):
        return "picture"
    if found := _MEDIA_FILE.search(text):
        return _KIND_OF_EXTENSION[found[1].lower()]
    if _VIDEO_SITE.search(text):
        return "video"
    if _PLUGINFILE in text:
        return "file"
    return None


def media_warning(kind: str, where: str) -> str:
    """Return the import report's words for a question that refers to media in a place."""
    article = "an" if kind[0] in "aeiou" else "a"
    return (
        f"kept, but its {where} refers to {article} {kind}, which quizapp cannot show; "
        "edit or delete the question if it cannot be answered without it"
    )


def media_in(texts: dict[str, str]) -> str | None:
    """Return the warning for the first of named texts that refers to media, if any."""
    for where, text in texts.items():
        kind = media_kind(text)
        if kind is not None:
            return media_warning(kind, where)
    return None

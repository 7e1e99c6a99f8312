"""Text and file names from untrusted files, made safe to store and to show."""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata


@functools.cache
def _invisible_characters(keep_lines: bool) -> dict[int, str | None]:
    # Zero-width (non-)joiners are part of how some scripts are written: they stay. Planes 3 to 13 hold no
    # control or format character; plane 14 holds the language tags.
    codes = itertools.chain(range(0x30000), range(0xE0000, 0xE1000))
    table: dict[int, str | None] = {
        code: None
        for code in codes
        if unicodedata.category(chr(code)) in ("Cc", "Cf") and code not in (0x200C, 0x200D)
    }
    for char in "\n\t":
        table[ord(char)] = char if keep_lines else " "
    return table


def clean_text(text: str, *, keep_lines: bool) -> str:
    """Text safe to store and show: undecodable bytes replaced, control and format characters removed (line
    breaks and tabs kept when ``keep_lines``) — among them the bidirectional overrides that make a name
    display reversed ("invoice\u202efdp.exe")."""
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeError:
        raw = text.encode("utf-8", "replace")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        # Raw 8-bit bytes in a header or body without charset: old mail programs wrote Windows-1252.
        text = raw.decode("cp1252", "replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_invisible_characters(keep_lines))


def one_line(text: str) -> str:
    """``text`` cleaned and on one line, runs of white space made single spaces."""
    return " ".join(clean_text(text, keep_lines=False).split())


_RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
)
_UNSAFE_CHARACTERS = re.compile(r'[<>:"/\\|?*]')
_MEDIA_TYPE = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]{0,60}/[a-z0-9][a-z0-9!#$&^_.+-]{0,60}$")
_EXTENSIONS = {
    "application/pdf": ".pdf",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "text/plain": ".txt",
    "text/html": ".html",
    "message/rfc822": ".eml",
    "application/zip": ".zip",
    "application/msword": ".doc",
    "application/vnd.ms-outlook": ".msg",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}


def safe_filename(name: str, *, fallback: str, media_type: str = "") -> str:
    """A file name that names one file in no folder: the last component of any path, without control or
    bidirectional characters, reserved characters or device names, at most 255 bytes (extension kept)."""
    text = clean_text(name or "", keep_lines=False)
    text = unicodedata.normalize("NFC", text)
    text = re.split(r"[/\\]", text)[-1]
    text = _UNSAFE_CHARACTERS.sub("_", text)
    text = " ".join(text.split()).strip(". ")
    stem, dot, extension = text.rpartition(".")
    if stem.lower() in _RESERVED_NAMES or (not dot and text.lower() in _RESERVED_NAMES):
        text = f"_{text}"
    if not text:
        text = fallback + ("" if "." in fallback else _EXTENSIONS.get(media_type.lower(), ""))
    if len(text.encode("utf-8")) > 255:
        stem, dot, extension = text.rpartition(".")
        suffix = f".{extension}" if dot and 0 < len(extension) <= 10 else ""
        base = stem if suffix else text
        # The longest start of the name that fits, cut on a character: one pass, however long the name.
        fits = 255 - len(suffix.encode("utf-8"))
        text = base.encode("utf-8")[:fits].decode("utf-8", "ignore") + suffix
    return text


def safe_media_type(media_type: str) -> str:
    """The declared media type when it is well formed, else ``application/octet-stream``."""
    value = media_type.strip().lower()
    return value if _MEDIA_TYPE.match(value) else "application/octet-stream"

"""HTML mail bodies read as plain text, without loading anything they refer to."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class HtmlText:
    """An HTML body read as text, and how many remote resources it refers to (none is ever fetched)."""

    text: str
    remote_references: int


_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "tr",
        "li",
        "ul",
        "ol",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "hr",
        "section",
        "article",
        "header",
        "footer",
        "address",
        "dd",
        "dt",
    }
)
_HIDDEN_TAGS = frozenset({"script", "style", "head", "title", "template", "noscript", "object", "svg"})
# Attributes through which a mail program would load something; <a href> is a link, not loaded by itself.
_LOADING_ATTRIBUTES = frozenset({"src", "srcset", "background", "poster", "data", "lowsrc", "dynsrc"})
_REMOTE = re.compile(r"^\s*(?:https?:|ftp:)?//", re.IGNORECASE)
# Written so that a run of spaces is read once: "url(" and a million spaces must not be tried a million ways.
_CSS_URL = re.compile(r"url\(\s*(?:['\"]\s*)?(?:https?:|ftp:)?//", re.IGNORECASE)


# One token at a time, each found by a pattern that never looks past the next "<" or ">" (or, for a comment, the
# next "-->"): the whole read is linear in the markup. Python's HTMLParser is not: a few kilobytes of unclosed
# tags ("<a <a <a …") keep it busy for minutes.
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"  # a comment, or the rest of the markup when it never closes
    r"|<[!?][^>]*(?:>|\Z)"  # a declaration or processing instruction
    r"|<(?P<end>/?)(?P<tag>[A-Za-z][^\s/<>\x00]*)(?P<attrs>[^<>]*)>",
    re.DOTALL,
)
_ATTRIBUTE = re.compile(r"""([^\s=/"']+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?""")
# A long newsletter has some tens of thousands of tags.
MAX_TAGS = 200_000
_ANY_TAG = re.compile(r"<[^<>]*>")
# Only what must change: runs, and white space other than a space (a lone space is left as it is).
_SPACES = re.compile(r"[^\S\n]{2,}|[^\S \n]")
_AROUND_LINE_BREAK = re.compile(r" ?\n ?")
_BLANK_LINES = re.compile(r"\n{3,}")
_VISIBLE = re.compile(r"\S")
_SLICE = 64 * 1024
# Elements whose content is raw text up to their end tag, as browsers read them.
_RAW_TEXT_TAGS = frozenset({"script", "style"})


class _TextCollector:
    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.hidden = 0
        self.remote = 0

    def feed(self, markup: str) -> None:
        position = 0
        for count, token in enumerate(_TOKEN.finditer(markup)):
            if token.start() < position:
                continue  # inside the raw text of a script or style
            if count == MAX_TAGS:
                # Beyond what any letter or newsletter holds, the tags are dropped in one pass: the text is kept.
                self.handle_data(_ANY_TAG.sub(" ", markup[position:]))
                return
            if token.start() > position:
                self.handle_data(markup[position : token.start()])
            position = token.end()
            tag = token.group("tag")
            if tag is None:
                continue
            tag = tag.lower()
            raw_attributes = token.group("attrs")
            attrs = _attributes(raw_attributes) if "=" in raw_attributes else []
            if token.group("end"):
                self.handle_endtag(tag)
            elif raw_attributes.endswith("/"):
                self.handle_startendtag(tag, attrs)
            elif tag in _RAW_TEXT_TAGS:
                self._count_remote(tag, attrs)
                closing = re.compile(rf"</{tag}\s*>", re.IGNORECASE).search(markup, position)
                content = markup[position : closing.start() if closing else len(markup)]
                self.remote += len(_CSS_URL.findall(content))
                position = closing.end() if closing else len(markup)
            else:
                self.handle_starttag(tag, attrs)
        self.handle_data(markup[position:])

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._count_remote(tag, attrs)
        if tag in _HIDDEN_TAGS:
            self.hidden += 1
        elif tag in _BLOCK_TAGS:
            self.pieces.append("\n")
        if tag == "li":
            self.pieces.append("- ")
        if tag in ("td", "th"):
            self.pieces.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._count_remote(tag, attrs)
        if tag in _BLOCK_TAGS:
            self.pieces.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.pieces.append("\n")

    def handle_data(self, data: str) -> None:
        if not data:
            return
        if self.hidden:
            self.remote += len(_CSS_URL.findall(data))
        else:
            self.pieces.append(html.unescape(data))

    def _count_remote(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if not value:
                continue
            if name in _LOADING_ATTRIBUTES and _REMOTE.match(value):
                self.remote += 1
            elif name == "href" and tag == "link" and _REMOTE.match(value):
                self.remote += 1
            elif name == "style":
                self.remote += len(_CSS_URL.findall(value))


def _attributes(raw: str) -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = []
    for match in _ATTRIBUTE.finditer(raw):
        name, double, single, bare = match.groups()
        value = double if double is not None else single if single is not None else bare
        found.append((name.lower(), html.unescape(value) if value is not None else None))
    return found


def html_to_text(markup: str) -> HtmlText:
    """The readable text of an HTML body, paragraphs kept, scripts and styles dropped. Nothing is fetched:
    remote images (tracking pixels) are only counted so that the DPO can be told they were not loaded. The
    reading is linear in the size of the markup, whatever it holds."""
    collector = _TextCollector()
    collector.feed(markup)
    return HtmlText(_tidy("".join(collector.pieces)).strip(), collector.remote)


def _tidy_piece(text: str) -> str:
    return _BLANK_LINES.sub("\n\n", _AROUND_LINE_BREAK.sub("\n", _SPACES.sub(" ", text)))


def _tidy(text: str) -> str:
    """Runs of spaces made one, lines stripped, at most one empty line in a row.

    Done a slice at a time, each slice ending before a character that is not white space (so that no run is
    cut): a substitution holds every match until it joins them, and millions of them (a text of "a a a …")
    would cost a gigabyte at once.
    """
    pieces: list[str] = []
    start = 0
    while start < len(text):
        end = start + _SLICE
        if end < len(text):
            visible = _VISIBLE.search(text, end)
            end = visible.start() if visible else len(text)
        pieces.append(_tidy_piece(text[start:end]))
        start = end
    return "".join(pieces)

"""HTML mail bodies read as plain text, without loading anything they refer to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser


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
_CSS_URL = re.compile(r"url\(\s*['\"]?\s*(?:https?:|ftp:)?//", re.IGNORECASE)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.hidden = 0
        self.remote = 0

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
        if self.hidden:
            self.remote += len(_CSS_URL.findall(data))
        else:
            self.pieces.append(data)

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


def html_to_text(markup: str) -> HtmlText:
    """The readable text of an HTML body, paragraphs kept, scripts and styles dropped. Nothing is fetched:
    remote images (tracking pixels) are only counted so that the DPO can be told they were not loaded."""
    collector = _TextCollector()
    try:
        collector.feed(markup)
        collector.close()
        text = "".join(collector.pieces)
    except Exception:  # noqa: BLE001  (hostile markup: fall back to dropping the tags)
        text = re.sub(r"<[^>]*>", " ", markup)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    joined = "\n".join(lines)
    return HtmlText(re.sub(r"\n{3,}", "\n\n", joined).strip(), collector.remote)

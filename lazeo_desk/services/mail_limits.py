"""Limits no real e-mail reaches, enforced while Python's e-mail parser reads a file and before it interprets
any header: a hostile message is refused early, in one line, instead of costing minutes or gigabytes.

Python's header registry grows quadratically on long headers made of encoded words (and on MIME parameters, which
are therefore never handed to it), its punycode codec is quadratic, and the MIME parser's work grows with parts
times nesting depth; these limits keep every step small and the whole read linear in the size of the file
(itself capped at 25 MiB).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from dataclasses import dataclass
from email.feedparser import BytesFeedParser
from email.message import Message
from email.parser import Parser
from email.policy import EmailPolicy
from typing import Any

from lazeo_desk.domain.messages import Explained, said


class MailTooHostile(Explained, ValueError):
    """A message beyond one of the limits: the message is one line naming the limit."""


@dataclass(frozen=True)
class MailLimits:
    """How far a message may go. Each default is far above what mail programs write (a References header of a
    long thread is a few kilobytes; a message with many attachments has a few hundred parts)."""

    # One header field, its folded lines included.
    header_bytes: int = 64 * 1024
    # RFC 2047 encoded words in one header field ("=?utf-8?q?…?="): a subject holds a few dozen.
    encoded_words: int = 1000
    # Parameters of a Content-Type or Content-Disposition header (charset, boundary, a file name in pieces):
    # reading them costs the square of their number.
    parameters: int = 40
    # Header fields in one header block (the message's own, or one part's): Received: lines included.
    header_fields: int = 500
    # Header fields in the whole message, every part included.
    all_header_fields: int = 10_000
    # MIME parts, empty or not, containers included.
    parts: int = 1000
    # Parts within parts.
    nesting: int = 40
    # Lines of the file: base64 writes 76 characters a line, so 25 MiB of attachments is about 350,000.
    lines: int = 500_000


LIMITS = MailLimits()


_PARAMETERISED = frozenset({"content-type", "content-disposition"})
# Codecs Python knows that are no character set of mail: punycode decodes in quadratic time (80 KB: two seconds).
_NOT_MAIL_CHARSETS = frozenset({"punycode", "idna"})
# Such a codec named in an encoded word ("=?punycode?q?…") or an RFC 2231 parameter ("filename*=punycode''…").
_NOT_MAIL_CHARSET_NAMED = re.compile(r"(?:=\?|\*\s*=\s*\"?)\s*(punycode|idna)\s*[*?']", re.IGNORECASE)


def is_mail_charset(charset: str) -> bool:
    """Whether ``charset`` names a character set text in mail may be decoded with."""
    try:
        return codecs.lookup(charset).name not in _NOT_MAIL_CHARSETS
    except (LookupError, ValueError, TypeError):
        return False


@dataclass
class _Budget:
    limits: MailLimits
    parts: int = 0
    fields_in_block: int = 0
    fields: int = 0

    def new_block(self, depth: int) -> None:
        self.parts += 1
        if self.parts > self.limits.parts:
            raise MailTooHostile(said("the message has more than {count} parts", count=self.limits.parts))
        if depth > self.limits.nesting:
            raise MailTooHostile(said("the message nests parts more than {depth} deep", depth=self.limits.nesting))
        self.fields_in_block = 0

    def header(self, lines: Sequence[str]) -> None:
        self.fields_in_block += 1
        self.fields += 1
        if self.fields_in_block > self.limits.header_fields:
            raise MailTooHostile(
                said("a header block has more than {count} header fields", count=self.limits.header_fields)
            )
        if self.fields > self.limits.all_header_fields:
            raise MailTooHostile(
                said("the message has more than {count} header fields", count=self.limits.all_header_fields)
            )
        name = lines[0].split(":", 1)[0].strip()[:40] if lines else ""
        size = sum(len(line) for line in lines)
        if size > self.limits.header_bytes:
            raise MailTooHostile(
                said(
                    "the {name} header is {size} characters long; the limit is {limit}",
                    name=repr(name),
                    size=size,
                    limit=self.limits.header_bytes,
                )
            )
        if name.lower() in _PARAMETERISED:
            parameters = sum(line.count(";") for line in lines)
            if parameters > self.limits.parameters:
                raise MailTooHostile(
                    said(
                        "the {name} header has {count} parameters; the limit is {limit}",
                        name=repr(name),
                        count=parameters,
                        limit=self.limits.parameters,
                    )
                )
        named = _NOT_MAIL_CHARSET_NAMED.search("".join(lines))
        if named is not None:
            raise MailTooHostile(
                said(
                    "the {name} header is written in {charset}, which is no character set of mail",
                    name=repr(name),
                    charset=named.group(1),
                )
            )
        words = sum(line.count("=?") for line in lines)
        if words > self.limits.encoded_words:
            raise MailTooHostile(
                said(
                    "the {name} header has {count} encoded words; the limit is {limit}",
                    name=repr(name),
                    count=words,
                    limit=self.limits.encoded_words,
                )
            )


# Headers that describe the MIME structure. The message's methods (content type, boundary, charset, file name)
# read their parameters from the header's text with the long-standing string functions; the header registry's
# parse, which they do not need, costs up to a second on a few kilobytes of hostile parameters.
RAW_MIME_HEADERS = frozenset({"content-type", "content-disposition", "content-transfer-encoding"})
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class GuardedPolicy(EmailPolicy):
    """The standard e-mail policy, with every header measured as the parser meets it, before the header
    registry, or anything else, interprets it; and the MIME structure headers given as their unfolded text."""

    budget: _Budget | None = None

    def header_source_parse(self, sourcelines: list[str]) -> tuple[str, str]:
        if self.budget is not None:
            self.budget.header(sourcelines)
        return super().header_source_parse(sourcelines)

    def header_fetch_parse(self, name: str, value: str) -> Any:
        if name.lower() in RAW_MIME_HEADERS and isinstance(value, str):
            return _LINE_BREAK.sub("", value)
        return super().header_fetch_parse(name, value)


class _BoundedFeedParser(BytesFeedParser):
    """Counts the parts as the parser opens them, so that the 1001st part or the 41st level stops the read."""

    def __init__(self, budget: _Budget, policy: GuardedPolicy) -> None:
        super().__init__(policy=policy)
        self._budget = budget

    # _new_message is where the parser starts every part (and every header block of a delivery report); it has
    # been so since Python 3.3. The tests feed 200,000 parts to show the count still happens.
    def _new_message(self) -> None:
        stack: list[Any] = getattr(self, "_msgstack", [])
        self._budget.new_block(len(stack) + 1)
        super()._new_message()  # type: ignore[misc]


def _line_count(data: bytes) -> int:
    # The parser splits lines on CR, LF and CRLF alike: the larger count bounds its work.
    return max(data.count(b"\n"), data.count(b"\r"))


def parse_bounded(data: bytes, limits: MailLimits = LIMITS) -> Message:
    """``data`` read as an e-mail with the standard policy, or ``MailTooHostile`` as soon as a limit is passed."""
    lines = _line_count(data)
    if lines > limits.lines:
        raise MailTooHostile(said("the message has more than {count} lines", count=limits.lines))
    budget = _Budget(limits)
    policy = guarded_policy(budget)
    parser = _BoundedFeedParser(budget, policy)
    parser.feed(data)
    return parser.close()


def parse_headers_bounded(text: str, limits: MailLimits = LIMITS) -> Message:
    """A block of header lines (an Outlook message keeps its transport headers as text), under the same limits."""
    if _line_count(text.encode("utf-8", "surrogateescape")) > limits.lines:
        raise MailTooHostile(said("the message has more than {count} lines", count=limits.lines))
    budget = _Budget(limits)
    budget.new_block(1)
    return Parser(policy=guarded_policy(budget)).parsestr(text, headersonly=True)


def guarded_policy(budget: _Budget) -> GuardedPolicy:
    """The standard policy measuring headers against ``budget`` (one per message read)."""
    # The policy's attributes are read-only once built; the budget it carries is the one mutable part.
    settings: dict[str, Any] = {"budget": budget}
    return GuardedPolicy(**settings)

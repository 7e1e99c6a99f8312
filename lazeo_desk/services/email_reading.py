"""Reading e-mail files (.eml, Outlook .msg) into drafts, defensively: any file is read or refused.

Nothing here stores anything: a draft is what the window shows for the DPO to confirm.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email import policy
from email.header import decode_header
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from pathlib import Path

from lazeo_desk.domain.case import Jurisdiction, Language
from lazeo_desk.domain.clock import Clock, SystemClock
from lazeo_desk.domain.messages import Explained, said
from lazeo_desk.domain.receipt import ZONES, received_on
from lazeo_desk.domain.request_text import (
    JurisdictionHint,
    RepresentationHint,
    RightSuggestion,
    find_birth_date,
    find_patient_number,
    find_references,
    guess_language,
    suggest_jurisdiction,
    suggest_representation,
    suggest_rights,
)
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.html_text import html_to_text
from lazeo_desk.services.mail_limits import (
    LIMITS,
    MailLimits,
    MailTooHostile,
    is_mail_charset,
    parse_bounded,
    parse_headers_bounded,
)
from lazeo_desk.services.untrusted_text import clean_text, one_line, safe_filename, safe_media_type
from lazeo_desk.store.documents import sha256_hex

MEBIBYTE = 1024 * 1024
# Mail servers commonly refuse more; a larger file is not a message as sent to the DPO.
MAX_MESSAGE_BYTES = 25 * MEBIBYTE
# Deeper nesting is a crafted message, not correspondence.
MAX_NESTING = LIMITS.nesting
MAX_ATTACHMENTS = 200

EML_MEDIA_TYPE = "message/rfc822"
MSG_MEDIA_TYPE = "application/vnd.ms-outlook"
# Where the text names no centre, the controller's seat (Paris) is the country assumed (docs/rules.md).
ASSUMED_JURISDICTION = Jurisdiction.FR
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class IntakeRefused(Explained, ValueError):
    """A file that cannot become (part of) a case; the message is one line saying why."""


@dataclass(frozen=True)
class Attachment:
    """A file that came with a message, under a name that is safe to show and to save."""

    filename: str
    media_type: str
    content: bytes

    @property
    def size(self) -> int:
        return len(self.content)

    @property
    def sha256(self) -> str:
        return sha256_hex(self.content)


@dataclass(frozen=True)
class IntakeDraft:
    """Everything read from one message, before the DPO confirms it. Nothing here is stored yet.

    ``arrived_at`` is the instant the message reached the clinic (its top-most Received: header, else its Date:),
    ``received`` the date of receipt it gives in the country suggested (today when the message has no usable
    time: see ``warnings``); :meth:`received_in` gives it for another country. ``sent_at`` is the Date: header.
    ``rights``, ``language``, ``jurisdiction``, ``birth_date``, ``patient_number`` and ``representation`` are
    suggestions from the text, each showing what triggered it.
    """

    source: str
    original: bytes
    original_filename: str
    original_media_type: str
    sender_name: str
    sender_email: str
    received: date
    sent_at: datetime | None
    subject: str
    body: str
    rights: tuple[RightSuggestion, ...] = ()
    language: Language | None = None
    jurisdiction: JurisdictionHint | None = None
    birth_date: date | None = None
    patient_number: str = ""
    representation: RepresentationHint | None = None
    quoted_references: tuple[str, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    warnings: tuple[str, ...] = ()
    arrived_at: datetime | None = None

    @property
    def suggested_jurisdiction(self) -> Jurisdiction:
        """The country the text suggests, else the one assumed."""
        return self.jurisdiction.jurisdiction if self.jurisdiction else ASSUMED_JURISDICTION

    def received_in(self, jurisdiction: Jurisdiction) -> date:
        """The date of receipt were the centre in ``jurisdiction``: the country decides the calendar date of the
        instant of arrival; without such an instant, the date set when the message was read."""
        return received_on(self.arrived_at, jurisdiction) if self.arrived_at is not None else self.received

    @property
    def request_text(self) -> str:
        return f"{self.subject}\n\n{self.body}".strip()

    @property
    def suggested_rights(self) -> tuple[Right, ...]:
        return tuple(s.right for s in self.rights)

    @property
    def sha256(self) -> str:
        return sha256_hex(self.original)

    @property
    def sender(self) -> str:
        if self.sender_name and self.sender_email:
            return f"{self.sender_name} <{self.sender_email}>"
        return self.sender_name or self.sender_email or said("(no sender)")


def mebibytes(size: int | float) -> str:
    """A size in mebibytes to one decimal ("25.0 MiB"), the number shown in the reader's format."""
    return said("{amount} MiB", amount=round(size / MEBIBYTE, 1))


EMPTY_FILE = said("the file is empty (0 bytes)")
A_MESSAGE = said("the message (attachments included)")


def read_limited(path: Path, limit: int, what: str) -> bytes:
    """The bytes of ``path``, refused when it is missing, empty, a folder, or larger than ``limit``; ``what``
    names the file in the refusal, article included ("the scan")."""
    try:
        if not path.is_file():
            raise IntakeRefused(said("not a file") if path.exists() else said("no such file"))
        size = path.stat().st_size
        if size > limit:
            raise IntakeRefused(
                said("{what} is {size}; the limit is {limit}", what=what, size=mebibytes(size), limit=mebibytes(limit))
            )
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        raise IntakeRefused(said("cannot be read: {reason}", reason=error.strerror or str(error))) from None
    if len(data) > limit:
        raise IntakeRefused(said("{what} is larger than the limit of {limit}", what=what, limit=mebibytes(limit)))
    if not data:
        raise IntakeRefused(EMPTY_FILE)
    return data


def read_message(path: Path | str, *, clock: Clock | None = None, limits: MailLimits = LIMITS) -> IntakeDraft:
    """Read an .eml or Outlook .msg file into a draft; ``IntakeRefused`` says in one line why it cannot be."""
    source = Path(path)
    data = read_limited(source, MAX_MESSAGE_BYTES, A_MESSAGE)
    return parse_message(data, source=str(source), clock=clock or SystemClock(), limits=limits)


def parse_message(data: bytes, *, source: str, clock: Clock, limits: MailLimits = LIMITS) -> IntakeDraft:
    """Read a message given as bytes (a file dropped from a mail program) into a draft; ``limits`` bound the
    work a hostile message can cause (:mod:`mail_limits`)."""
    if not data:
        raise IntakeRefused(EMPTY_FILE)
    if len(data) > MAX_MESSAGE_BYTES:
        raise IntakeRefused(
            said(
                "the message is {size}; the limit is {limit} (attachments included)",
                size=mebibytes(len(data)),
                limit=mebibytes(MAX_MESSAGE_BYTES),
            )
        )
    try:
        if data.startswith(OLE_SIGNATURE):
            return _parse_outlook(data, source, clock, limits)
        return _parse_eml(data, source, clock, limits)
    except MailTooHostile as refusal:
        raise IntakeRefused(*refusal.sentences) from None
    except RecursionError:
        raise IntakeRefused(said("the message is nested too deeply to be read")) from None


# Any one of these makes a text an e-mail rather than some other file.
_MAIL_HEADERS = frozenset(
    {
        "from",
        "sender",
        "to",
        "cc",
        "subject",
        "date",
        "message-id",
        "received",
        "return-path",
        "mime-version",
        "reply-to",
        "in-reply-to",
        "references",
        "delivered-to",
    }
)


# Files dropped by mistake, recognised by their first bytes, so that the DPO is told what they are.
_OTHER_FILES = (
    (b"%PDF-", said("not an e-mail: this is a PDF file: import a scanned letter as a scan")),
    (b"\x89PNG", said("not an e-mail: this is a PNG image: import a scanned letter as a scan")),
    (b"\xff\xd8\xff", said("not an e-mail: this is a JPEG image: import a scanned letter as a scan")),
    (b"PK\x03\x04", said("not an e-mail: this is a ZIP archive (or an Office document)")),
)


def _parse_eml(data: bytes, source: str, clock: Clock, limits: MailLimits) -> IntakeDraft:
    for signature, refusal in _OTHER_FILES:
        if data.startswith(signature):
            raise IntakeRefused(refusal)
    try:
        message = parse_bounded(data, limits)
        names = {str(name).strip().lower() for name, _value in message.raw_items()}
    except MailTooHostile:
        raise
    except Exception as error:  # noqa: BLE001  (the parser's faults on hostile input are not ours to classify)
        raise IntakeRefused(
            said("the message structure cannot be read ({detail})", detail=first_line(error))
        ) from None
    if not names & _MAIL_HEADERS:
        raise IntakeRefused(said("not an e-mail: no From, To, Subject or Date header at the top of the file"))
    warnings: list[str] = []
    sender_name, sender_email = _sender(message, warnings)
    subject = _header(message, "subject")
    body, attachments = _content(message, warnings)
    return _draft(
        source=source,
        original=data,
        media_type=EML_MEDIA_TYPE,
        extension=".eml",
        sender_name=sender_name,
        sender_email=sender_email,
        stamps=Stamps(received=_raw_header(message, "received"), date=_header(message, "date")),
        subject=subject,
        body=body,
        attachments=attachments,
        warnings=warnings,
        clock=clock,
    )


@dataclass(frozen=True)
class Stamps:
    """The raw times a message carries: its top-most Received: header and its Date: header."""

    received: str = ""
    date: str = ""


def _draft(
    *,
    source: str,
    original: bytes,
    media_type: str,
    extension: str,
    sender_name: str,
    sender_email: str,
    stamps: Stamps,
    subject: str,
    body: str,
    attachments: list[Attachment],
    warnings: list[str],
    clock: Clock,
) -> IntakeDraft:
    text = f"{subject}\n\n{body}"
    hint = suggest_jurisdiction(text, sender_email)
    jurisdiction = hint.jurisdiction if hint else ASSUMED_JURISDICTION
    arrived_at, sent_at = _arrival(stamps, jurisdiction, clock, warnings)
    received = received_on(arrived_at, jurisdiction) if arrived_at is not None else clock.today()
    filename = safe_filename(source, fallback=f"message{extension}")
    if not filename.lower().endswith((".eml", ".msg")):
        filename += extension
    return IntakeDraft(
        source=source,
        original=original,
        original_filename=filename,
        original_media_type=media_type,
        sender_name=sender_name,
        sender_email=sender_email,
        received=received,
        sent_at=sent_at,
        subject=subject,
        body=body,
        rights=tuple(suggest_rights(text)),
        language=guess_language(text),
        jurisdiction=hint,
        birth_date=find_birth_date(text),
        patient_number=find_patient_number(text),
        representation=suggest_representation(text),
        quoted_references=find_references(text),
        attachments=tuple(attachments),
        warnings=tuple(warnings),
        arrived_at=arrived_at,
    )


def first_line(error: BaseException) -> str:
    """The first line of an error's message, for a one-line reason."""
    text = str(error).strip().splitlines()
    return (text[0] if text else type(error).__name__)[:200]


def _decode_words(raw: str) -> str:
    """RFC 2047 encoded words decoded by hand, for headers the strict parser gave up on."""
    try:
        pieces = []
        for chunk, charset in decode_header(raw):
            if isinstance(chunk, bytes):
                pieces.append(_decode_bytes(chunk, charset or "utf-8"))
            else:
                pieces.append(chunk)
        return "".join(pieces)
    except Exception:  # noqa: BLE001  (a header that cannot be decoded is shown as written)
        return raw


_RAW_8_BIT = re.compile("[\udc80-\udcff]")


def _header(message: Message, name: str) -> str:
    """A header's value decoded to one clean line; "" when absent. Malformed headers give their raw text."""
    raw = next((v for k, v in message.raw_items() if str(k).lower() == name), None)
    if isinstance(raw, str) and _RAW_8_BIT.search(raw):
        # Unencoded 8-bit bytes, which the header registry would turn into replacement characters.
        return one_line(_decode_words(clean_text(raw, keep_lines=False)))
    try:
        value = message.get(name)
        if value is None:
            return ""
        return one_line(str(value))
    except Exception:  # noqa: BLE001  (the header registry raises on some malformed values)
        return one_line(_decode_words(str(raw or "")))


def _raw_header(message: Message, name: str) -> str:
    """The first (top-most) ``name`` header as written, on one line, without interpreting it; "" when absent."""
    raw = next((v for k, v in message.raw_items() if str(k).lower() == name), None)
    return one_line(raw) if isinstance(raw, str) else ""


_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]+$")


def _address(raw: str) -> tuple[str, str]:
    """The first mailbox of an address header as (display name, address).

    The address is taken from the address part of the header as written, before any RFC 2047 decoding: an encoded
    word is display text and never an address (RFC 2047 §5), yet the header registry decodes one written where the
    address goes ("=?utf-8?q?victim=40example.com?=X-Injected" would read "victim@example.comX-Injected"). Only
    the display name is decoded.
    """
    mailboxes = [(name, address) for name, address in getaddresses([raw]) if name or address]
    if not mailboxes:
        return "", ""
    name, address = mailboxes[0]
    return one_line(_decode_words(name)), one_line(address)


def _sender(message: Message, warnings: list[str]) -> tuple[str, str]:
    for header in ("from", "sender", "reply-to", "return-path"):
        raw = _raw_header(message, header)
        if not raw:
            continue
        name, address = _address(clean_text(raw, keep_lines=False))
        if not address and not name:
            continue
        name, address = name.strip("\"' "), address.strip("<> ")
        if address and ("=?" in address or not _ADDRESS.match(address)):
            warnings.append(
                said("the sender's address {address} is not a valid e-mail address", address=repr(address))
            )
            name, address = name or address, ""
        if header != "from":
            warnings.append(said("no usable From header: the sender is taken from {header}", header=header.title()))
        return name, address
    warnings.append(said("the message has no sender (no From header)"))
    return "", ""


def _moment(raw: str) -> datetime | None:
    """An RFC 5322 date-time as an aware instant; None when unreadable."""
    try:
        moment = parsedate_to_datetime(raw)
        if moment.tzinfo is None:
            # RFC 5322 §3.3: "-0000" means the zone is unknown; the instant is read as UTC.
            moment = moment.replace(tzinfo=UTC)
        moment.astimezone(UTC)
    except (ValueError, TypeError, IndexError, OverflowError, OSError):
        return None
    return moment


def _received_stamp(raw: str) -> datetime | None:
    """The time a Received: header records: what follows its last ";" (RFC 5321 §4.4)."""
    if ";" not in raw:
        return None
    return _moment(raw.rsplit(";", 1)[1].strip())


def _arrival(
    stamps: Stamps, jurisdiction: Jurisdiction, clock: Clock, warnings: list[str]
) -> tuple[datetime | None, datetime | None]:
    """(the instant the message reached the clinic, its Date:), both in the centre's time zone.

    The top-most Received: header was written by the clinic's own mail server; when it is missing, unreadable or
    in the future, the Date: header stands for it. None (received today) when neither is usable, with a warning
    the DPO sees. Future means after today in the centre's country.
    """
    zone = ZONES[jurisdiction]
    now = clock.now()
    today_there = (now if now.tzinfo is not None else now.astimezone()).astimezone(zone).date()
    today = clock.today()

    def usable(moment: datetime | None) -> datetime | None:
        if moment is None or received_on(moment, jurisdiction) > today_there:
            return None
        return moment.astimezone(zone)

    raw = stamps.date
    sent = _moment(raw) if raw else None
    sent_at = usable(sent)
    arrived = usable(_received_stamp(stamps.received)) if stamps.received else None
    if arrived is not None:
        return arrived, sent_at
    if not raw:
        warnings.append(said("the message has no Date: received date set to today ({today}); correct it", today=today))
    elif sent is None:
        warnings.append(
            said(
                "the message date {date} cannot be read: received date set to today ({today}); correct it",
                date=repr(raw[:60]),
                today=today,
            )
        )
    elif sent_at is None:
        warnings.append(
            said(
                "the message is dated {dated}, in the future: received date set to today ({today}); correct it",
                dated=received_on(sent, jurisdiction),
                today=today,
            )
        )
    return sent_at, sent_at


def _decode_bytes(payload: bytes, charset: str | None, warnings: list[str] | None = None) -> str:
    """Bytes as text in their declared charset; an unknown or wrong charset falls back to UTF-8, then to
    Windows-1252, so that the words are kept even when a few characters are lost."""
    if charset:
        try:
            if not is_mail_charset(charset):
                raise LookupError(charset)
            return payload.decode(charset)
        except LookupError:
            if warnings is not None:
                warnings.append(
                    said("unknown character set {charset}: the text was read as UTF-8", charset=repr(charset[:40]))
                )
            charset = None
        except (UnicodeError, ValueError, TypeError):
            pass
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if charset:
        try:
            return payload.decode(charset, errors="replace")
        except (LookupError, UnicodeError, ValueError, TypeError):
            pass
    return payload.decode("cp1252", errors="replace")


def _payload_bytes(part: Message) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001  (broken transfer encodings: keep what is there)
        payload = None
    if isinstance(payload, bytes):
        return payload
    try:
        raw = part.get_payload()
    except Exception:  # noqa: BLE001
        return b""
    return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""


def _part_text(part: Message, warnings: list[str]) -> str:
    try:
        charset = part.get_content_charset()
    except Exception:  # noqa: BLE001
        charset = None
    return _decode_bytes(_payload_bytes(part), charset, warnings)


def _safe_call(default: str, function: Callable[[], object]) -> str:
    try:
        result = function()
    except Exception:  # noqa: BLE001  (a malformed parameter reads as absent)
        return default
    return result if isinstance(result, str) else default


def _filename(part: Message) -> str:
    """The attachment's file name. Many mail programs write it as RFC 2047 encoded words, which no standard
    allows in a parameter but every mail program reads."""
    name = _safe_call("", part.get_filename)
    return _decode_words(name) if "=?" in name else name


TOO_MANY_ATTACHMENTS = said("the message has more than {count} attachments", count=MAX_ATTACHMENTS)
HTML_CONVERTED = said("the message has no plain-text part: its HTML was converted to text")
NO_TEXT = said("the message has no text")


def _remote_references(count: int) -> str:
    if count == 1:
        return said("its HTML refers to 1 remote image or other resource: it was not loaded")
    return said("its HTML refers to {count} remote images or other resources: none was loaded", count=count)


def _content(message: Message, warnings: list[str]) -> tuple[str, list[Attachment]]:
    """The body (text/plain first, else HTML as text) and the attachments of a parsed message."""
    plain: list[str] = []
    html: list[str] = []
    attachments: list[Attachment] = []
    skipped_empty = 0

    def visit(part: Message, depth: int) -> None:
        nonlocal skipped_empty
        if depth > MAX_NESTING:
            raise IntakeRefused(said("the message nests parts more than {depth} deep", depth=MAX_NESTING))
        media_type = _safe_call("application/octet-stream", part.get_content_type).lower()
        if media_type.startswith("multipart/") and not part.is_multipart():
            # A multipart without its boundary: what is there is the text itself.
            plain.append(_part_text(part, warnings))
            return
        if part.is_multipart() and not media_type.startswith("message/"):
            payload = part.get_payload()
            for sub in payload if isinstance(payload, list) else []:
                if isinstance(sub, Message):
                    visit(sub, depth + 1)
            return
        if media_type.startswith("message/") and part.is_multipart():
            content = _attached_message(part)
            name = _filename(part) or f"attached-message-{len(attachments) + 1}.eml"
        else:
            disposition = _safe_call("", part.get_content_disposition)
            name = _filename(part)
            if media_type in ("text/plain", "text/html") and disposition != "attachment" and not name:
                (plain if media_type == "text/plain" else html).append(_part_text(part, warnings))
                return
            content = _payload_bytes(part)
        if not content:
            skipped_empty += 1
            return
        if len(attachments) >= MAX_ATTACHMENTS:
            raise IntakeRefused(TOO_MANY_ATTACHMENTS)
        attachments.append(
            Attachment(
                filename=safe_filename(
                    name, fallback=f"attachment-{len(attachments) + 1}", media_type=media_type
                ),
                media_type=safe_media_type(media_type),
                content=content,
            )
        )

    visit(message, 0)
    if skipped_empty:
        warnings.append(
            said("1 empty attachment not kept")
            if skipped_empty == 1
            else said("{count} empty attachments not kept", count=skipped_empty)
        )
    if plain:
        body = "\n\n".join(p.strip("\n") for p in plain)
    elif html:
        converted = [html_to_text(h) for h in html]
        body = "\n\n".join(c.text for c in converted)
        remote = sum(c.remote_references for c in converted)
        warnings.append(HTML_CONVERTED)
        if remote:
            warnings.append(_remote_references(remote))
    else:
        body = ""
        warnings.append(NO_TEXT)
    return clean_text(body, keep_lines=True).strip(), attachments


# Each header written back in the lines it came in: refolding costs a tenth of a second per long header, and
# changes what was sent.
_AS_WRITTEN = policy.default.clone(refold_source="none", cte_type="8bit")


def _attached_message(part: Message) -> bytes:
    """A message attached to a message (a forwarded request), as the bytes of an .eml file."""
    try:
        inner = part.get_payload(0)
        if isinstance(inner, Message):
            return inner.as_bytes(policy=_AS_WRITTEN)
    except Exception:  # noqa: BLE001  (then keep the part as it came)
        pass
    try:
        return part.as_bytes(policy=_AS_WRITTEN)
    except Exception:  # noqa: BLE001
        return b""


def _parse_outlook(data: bytes, source: str, clock: Clock, limits: MailLimits) -> IntakeDraft:
    try:
        import extract_msg
    except ImportError:
        raise IntakeRefused(said("Outlook .msg files need the extract-msg package, which is not installed")) from None
    warnings: list[str] = []
    try:
        outlook = extract_msg.openMsg(data)
    except Exception as error:  # noqa: BLE001  (extract-msg raises many kinds on damaged files)
        raise IntakeRefused(said("not a readable Outlook message ({detail})", detail=first_line(error))) from None
    try:
        headers = parse_headers_bounded(_outlook_text(outlook, "headerText"), limits)
        sender_name, sender_email = _sender(headers, []) if _raw_header(headers, "from") else ("", "")
        if not sender_email and not sender_name:
            sender_name, sender_email = parseaddr(_outlook_text(outlook, "sender"))
            sender_name, sender_email = one_line(sender_name), one_line(sender_email)
            if sender_email and ("=?" in sender_email or not _ADDRESS.match(sender_email)):
                sender_name, sender_email = sender_name or sender_email, ""
        if not sender_email and not sender_name:
            warnings.append(said("the message has no sender"))
        raw_date = _header(headers, "date")
        if not raw_date:
            sent = getattr(outlook, "date", None)
            if isinstance(sent, datetime) and sent.tzinfo is not None:
                raw_date = sent.strftime("%a, %d %b %Y %H:%M:%S %z")
        stamps = Stamps(received=_raw_header(headers, "received"), date=raw_date)
        subject = one_line(_outlook_text(outlook, "subject")) or _header(headers, "subject")
        body = clean_text(_outlook_text(outlook, "body"), keep_lines=True).strip()
        if not body:
            html = getattr(outlook, "htmlBody", None)
            if isinstance(html, bytes) and html:
                converted = html_to_text(_decode_bytes(html, "utf-8"))
                body = converted.text
                warnings.append(HTML_CONVERTED)
                if converted.remote_references:
                    warnings.append(_remote_references(converted.remote_references))
            else:
                warnings.append(NO_TEXT)
        attachments = _outlook_attachments(outlook, warnings)
    except (IntakeRefused, MailTooHostile):
        raise
    except Exception as error:  # noqa: BLE001
        raise IntakeRefused(said("the Outlook message cannot be read ({detail})", detail=first_line(error))) from None
    finally:
        try:
            outlook.close()
        except Exception:  # noqa: BLE001, S110  (closing a damaged file must not hide the real answer)
            pass
    return _draft(
        source=source,
        original=data,
        media_type=MSG_MEDIA_TYPE,
        extension=".msg",
        sender_name=sender_name,
        sender_email=sender_email,
        stamps=stamps,
        subject=subject,
        body=body,
        attachments=attachments,
        warnings=warnings,
        clock=clock,
    )


def _outlook_text(outlook: object, name: str) -> str:
    try:
        value = getattr(outlook, name, None)
    except Exception:  # noqa: BLE001  (properties decode lazily and may fail one by one)
        return ""
    return value if isinstance(value, str) else ""


def _outlook_attachments(outlook: object, warnings: list[str]) -> list[Attachment]:
    attachments: list[Attachment] = []
    for index, item in enumerate(getattr(outlook, "attachments", None) or [], start=1):
        name = ""
        for attribute in ("longFilename", "shortFilename", "name"):
            name = _outlook_text(item, attribute)
            if name:
                break
        media_type = _outlook_text(item, "mimetype") or "application/octet-stream"
        try:
            content = item.data
        except Exception:  # noqa: BLE001
            content = None
        if not isinstance(content, bytes):
            export = getattr(content, "exportBytes", None)
            try:
                content = export() if callable(export) else None
            except Exception:  # noqa: BLE001
                content = None
            media_type, name = MSG_MEDIA_TYPE, name or f"attached-message-{index}.msg"
        if not isinstance(content, bytes):
            warnings.append(said("attachment {index} could not be read and was not kept", index=index))
            continue
        if not content:
            warnings.append(said("attachment {index} is empty and was not kept", index=index))
            continue
        if len(attachments) >= MAX_ATTACHMENTS:
            raise IntakeRefused(TOO_MANY_ATTACHMENTS)
        attachments.append(
            Attachment(
                safe_filename(name, fallback=f"attachment-{index}", media_type=media_type),
                safe_media_type(media_type),
                content,
            )
        )
    return attachments

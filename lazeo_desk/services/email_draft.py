"""An answer by e-mail, written as a draft for the DPO's mail program (GDPR Art 12(3); docs/rules.md, Answering
electronically): an RFC 5322 message marked ``X-Unsent: 1``, so that Outlook and Thunderbird open it as a draft to
send. The program stays offline: it writes the draft and never sends it.

The letter is the message's text, in the case's language, and is attached as its PDF; the copy of the data, when
there is one, travels as a PDF encrypted with AES-256, whose password is shown once and goes by another channel
(a note to post or to read on the phone). The draft is kept in the letter log like a printed letter: the letter's
PDF and its SHA-256 with the channel "email", and the draft's and the attachment's SHA-256 in the audit trail.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from lazeo_desk.domain.case import Case
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.messages import Problem, said
from lazeo_desk.letters import LetterExtras
from lazeo_desk.services.cases import CaseRuleError, LoadedCase
from lazeo_desk.services.letters import Draft, LetterRefused, LetterService, SendMethod
from lazeo_desk.services.pdf_encryption import encrypt_pdf
from lazeo_desk.store import settings as store_settings
from lazeo_desk.wording import text


@dataclass(frozen=True)
class EmailDraft:
    """A draft written: the ``.eml`` bytes, the letter it carries, and for an attached copy of the data its
    SHA-256 (of the encrypted file, as sent) and its password — shown once to the DPO, kept nowhere."""

    eml: bytes
    letter: Draft
    to: str
    attachment_sha256: str = ""
    password: str = ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.eml).hexdigest()


def recipient_address(case: Case) -> str:
    """Where the answer goes: the address of whoever wrote (a representative's own, or the data subject's)."""
    requester = case.requester
    return (requester.email if requester.is_representative else case.subject.email).strip()


def _address(field: str, value: str, display_name: str = "") -> Address:
    """``value`` as one address, or :class:`CaseRuleError` naming ``field`` (a line break in an address would
    add headers of its own: Bcc)."""
    shown = " ".join(value.split())[:120]
    refused = CaseRuleError(Problem(field, said("{address} is not an e-mail address to write to", address=shown)))
    if not value or any(char in value for char in "\r\n<>,;\"") or value.count("@") != 1:
        raise refused
    local, domain = value.split("@")
    if not local or not domain or any(char.isspace() for char in value):
        raise refused
    try:
        return Address(display_name=" ".join(display_name.split()), username=local, domain=domain)
    except ValueError:
        raise refused from None


def password_note(language: str, reference: str, password: str) -> str:
    """The text that gives the password by another channel: a note to post, or words to read on the phone."""
    return text(language, "email.password_note").format(reference=reference, password=password)


class EmailDraftService:
    """Writes answers by e-mail as drafts and keeps them in the letter log."""

    def __init__(self, letters: LetterService) -> None:
        self.letters = letters

    def write(
        self, reference: str, kind: LetterKind, *, package: bytes | None = None, extras: LetterExtras | None = None,
    ) -> EmailDraft:
        """The draft of ``kind`` for the case ``reference``, with ``package`` (PDF bytes) attached encrypted.

        Nothing is recorded: :meth:`record` does, once the draft is written where the DPO wants it. A letter the
        checks refuse raises :class:`LetterRefused`; a case without an address to write to, or a DPO without an
        e-mail address in the organisation profile, raises :class:`CaseRuleError`.
        """
        cases = self.letters.cases
        draft = self.letters.draft(reference, kind, extras=extras)
        if draft.refusals:
            raise LetterRefused(draft.refusals)
        case = cases.load(reference).case
        with cases.db.transaction() as session:
            profile = store_settings.organisation_profile(session)
        to = _address("requester.email", recipient_address(case))
        sender = _address("organisation.dpo_email", profile.dpo_email.strip(), profile.dpo_name)
        language = draft.language.value
        letter = draft.letter

        message = EmailMessage(policy=SMTP)
        message["From"] = sender
        message["To"] = to
        message["Subject"] = text(language, "email.subject").format(subject=letter.subject, reference=reference)
        message["Date"] = format_datetime(cases.clock.now().astimezone())
        message["Message-ID"] = make_msgid(domain=sender.domain)
        # Outlook and Thunderbird open a message so marked as a draft to send, not as one received.
        message["X-Unsent"] = "1"
        body = [letter.plain_text(), text(language, "email.letter_attached")]
        encrypted = b""
        password = ""
        if package is not None:
            encrypted, password = encrypt_pdf(package)
            body.append(text(language, "email.package_attached"))
        message.set_content("\n\n".join(body) + "\n", subtype="plain", charset="utf-8", cte="quoted-printable")
        message.add_attachment(
            draft.pdf, maintype="application", subtype="pdf", filename=f"{reference}-{kind.value}.pdf"
        )
        attachment_sha256 = ""
        if package is not None:
            message.add_attachment(encrypted, maintype="application", subtype="pdf", filename=f"{reference}-data.pdf")
            attachment_sha256 = hashlib.sha256(encrypted).hexdigest()
        # Set last: setting the content replaces every Content- header of the message.
        message["Content-Language"] = language
        return EmailDraft(message.as_bytes(), draft, str(to.addr_spec), attachment_sha256, password)

    def record(
        self, reference: str, written: EmailDraft, *, file: str, extras: LetterExtras | None = None
    ) -> LoadedCase:
        """Keep the draft in the letter log as a letter sent by e-mail (with what it means for the case), and the
        draft's and its attachment's SHA-256 in the audit trail."""
        loaded = self.letters.send(reference, written.letter, method=SendMethod.EMAIL, extras=extras)
        detail: dict[str, object] = {
            "letter": written.letter.kind.value, "language": written.letter.language.value,
            "sha256": written.letter.sha256, "channel": SendMethod.EMAIL.value, "file": file,
            "draft_sha256": written.sha256, "to": written.to,
        }
        if written.attachment_sha256:
            detail["attachment_sha256"] = written.attachment_sha256
        self.letters.cases.record_access(reference, "saved", detail)
        return loaded

"""Answers by e-mail are written as drafts (never sent): the letter as text in the case's language and as PDF,
the copy of the data encrypted with AES-256 under a password shown once, and the draft kept in the letter log."""

from __future__ import annotations

import email
import hashlib
import io
import json
import math
import re
from datetime import date
from email.message import EmailMessage
from email.policy import default

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError
from reportlab.pdfgen.canvas import Canvas

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language, Relationship, Requester
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.rights import Right
from lazeo_desk.letters import LetterExtras
from lazeo_desk.services.cases import CaseRuleError, CaseService
from lazeo_desk.services.email_draft import EmailDraftService, password_note
from lazeo_desk.services.letters import LetterService, SendMethod
from lazeo_desk.services.maintenance import audit_trail
from lazeo_desk.services.pdf_encryption import (
    PASSWORD_ALPHABET,
    PASSWORD_BITS,
    encrypt_pdf,
    generate_password,
)
from lazeo_desk.store.cases import load_row
from lazeo_desk.wording import text

ENCLOSURES = LetterExtras(enclosures=("Copie du dossier patient",))


def _package() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 760, "Copy of the patient file of Marie Dubois")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


@pytest.fixture
def drafts(service: CaseService) -> EmailDraftService:
    return EmailDraftService(LetterService(service))


def _open_case(
    service: CaseService, language: Language = Language.FR, *, requester: Requester | None = None,
    email_address: str = "marie.dubois@example.fr",
) -> str:
    return service.open_case(
        Case(
            jurisdiction=Jurisdiction.FR, language=language, channel=Channel.EMAIL, received=date(2026, 3, 5),
            rights=(Right.ACCESS,),
            subject=DataSubject(name="Marie Dubois", email=email_address, address=("3 rue des Lilas", "69003 Lyon")),
            requester=requester or Requester(),
        )
    )


def _parsed(eml: bytes) -> EmailMessage:
    message = email.message_from_bytes(eml, policy=default)
    assert isinstance(message, EmailMessage)
    return message


def _pdf_parts(message: EmailMessage) -> dict[str, bytes]:
    parts: dict[str, bytes] = {}
    for part in message.iter_attachments():
        content = part.get_content()
        assert isinstance(content, bytes)
        parts[part.get_filename() or ""] = content
    return parts


@pytest.mark.parametrize(
    ("language", "words"),
    [(Language.FR, "Madame"), (Language.NL, "Geachte"), (Language.EN, "Dear")],
)
def test_the_draft_parses_as_an_unsent_message_to_the_requester_in_the_cases_language(
    service: CaseService, drafts: EmailDraftService, language: Language, words: str
) -> None:
    reference = _open_case(service, language)
    written = drafts.write(reference, LetterKind.ACKNOWLEDGEMENT)
    message = _parsed(written.eml)
    assert message["X-Unsent"] == "1"
    assert message["Content-Language"] == language.value
    assert message["To"].addresses[0].addr_spec == "marie.dubois@example.fr"
    assert message["From"].addresses[0].addr_spec == "dpo@lazeo.com"
    assert reference in message["Subject"]
    assert message["Subject"] == text(language.value, "email.subject").format(
        subject=written.letter.letter.subject, reference=reference
    )
    assert message["Date"] and message["Message-ID"].endswith("@lazeo.com>")
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    content = body.get_content()
    assert words in content
    assert "Marie Dubois" in content
    assert text(language.value, "email.letter_attached") in content
    assert text(language.value, "email.package_attached") not in content
    assert _pdf_parts(message) == {f"{reference}-acknowledgement.pdf": written.letter.pdf}
    assert written.password == "" and written.attachment_sha256 == ""


def test_a_representative_is_written_to_at_their_own_address(
    service: CaseService, drafts: EmailDraftService
) -> None:
    lawyer = Requester(relationship=Relationship.MANDATARY, name="Maître Paul Girard", email="p.girard@avocats.example",
                       address=("10 quai Saint-Antoine", "69002 Lyon"), proof="mandate")
    reference = _open_case(service, requester=lawyer)
    message = _parsed(drafts.write(reference, LetterKind.ACKNOWLEDGEMENT).eml)
    assert message["To"].addresses[0].addr_spec == "p.girard@avocats.example"


def test_the_copy_of_the_data_opens_with_the_password_and_not_without(
    service: CaseService, drafts: EmailDraftService
) -> None:
    reference = _open_case(service)
    written = drafts.write(reference, LetterKind.ACCESS_RESPONSE, package=_package(), extras=ENCLOSURES)
    message = _parsed(written.eml)
    parts = _pdf_parts(message)
    encrypted = parts[f"{reference}-data.pdf"]
    assert hashlib.sha256(encrypted).hexdigest() == written.attachment_sha256
    assert b"Marie Dubois" not in encrypted
    reader = PdfReader(io.BytesIO(encrypted))
    assert reader.is_encrypted
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    assert PdfReader(io.BytesIO(encrypted)).decrypt("WRONG-PASS-WORD") == 0
    opened = PdfReader(io.BytesIO(encrypted), password=written.password)
    assert "Copy of the patient file of Marie Dubois" in opened.pages[0].extract_text()
    assert opened._encryption is not None and opened._encryption.V == 5  # AES-256 (PDF 2.0, V 5)
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and text("fr", "email.package_attached") in body.get_content()
    assert written.password not in written.eml.decode("ascii")


def test_the_draft_is_kept_in_the_letter_log_as_sent_by_email_with_its_hashes(
    service: CaseService, drafts: EmailDraftService
) -> None:
    reference = _open_case(service)
    written = drafts.write(reference, LetterKind.ACCESS_RESPONSE, package=_package(), extras=ENCLOSURES)
    drafts.record(reference, written, file="/tmp/answer.eml", extras=ENCLOSURES)
    (entry,) = drafts.letters.log(reference)
    assert (entry.kind, entry.method, entry.sha256) == (LetterKind.ACCESS_RESPONSE, SendMethod.EMAIL,
                                                          written.letter.sha256)
    assert drafts.letters.stored_pdf(entry.id) == written.letter.pdf
    saved = [item for item in audit_trail(service.db, reference) if item.action == "saved"]
    detail = json.loads(saved[-1].detail)
    assert detail["channel"] == "email"
    assert detail["draft_sha256"] == written.sha256
    assert detail["attachment_sha256"] == written.attachment_sha256
    assert written.password not in saved[-1].detail


@pytest.mark.parametrize("address", ["", "no-at-sign", "a@b@c", "x@example.fr\nBcc: all@example.fr"])
def test_a_case_without_an_address_to_write_to_is_refused_in_one_line(
    service: CaseService, drafts: EmailDraftService, address: str
) -> None:
    reference = _open_case(service, email_address="placeholder@example.fr")
    with service.db.transaction() as session:
        row = load_row(session, reference)
        row.subject_email = address.replace("\\n", "\n")
    with pytest.raises(CaseRuleError, match="requester.email") as raised:
        drafts.write(reference, LetterKind.ACKNOWLEDGEMENT)
    assert "\n" not in str(raised.value)
    assert drafts.letters.log(reference) == []


def test_a_password_has_at_least_80_bits_in_groups_of_readable_characters() -> None:
    assert PASSWORD_BITS >= 80
    assert not set("IL0O1") & set(PASSWORD_ALPHABET)
    password = generate_password()
    assert re.fullmatch(r"([A-Z2-9]{4}-){4}[A-Z2-9]{4}", password)
    assert len(password.replace("-", "")) * math.log2(len(PASSWORD_ALPHABET)) >= 80
    assert len({generate_password() for _ in range(50)}) == 50


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=0, max_value=3))
def test_every_password_uses_only_the_readable_alphabet(_: int) -> None:
    assert set(generate_password().replace("-", "")) <= set(PASSWORD_ALPHABET)


def test_encrypt_pdf_refuses_what_is_not_a_pdf_in_one_line() -> None:
    with pytest.raises(CaseRuleError, match="cannot be read") as raised:
        encrypt_pdf(b"not a pdf")
    assert "\n" not in str(raised.value)
    encrypted, _password = encrypt_pdf(_package())
    with pytest.raises(CaseRuleError, match="already encrypted"):
        encrypt_pdf(encrypted)


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_password_note_names_the_request_and_the_password(language: str) -> None:
    note = password_note(language, "DSAR-2026-0007", "K7QM-3XHT-W9PA-ZC4R-N2FE")
    assert "DSAR-2026-0007" in note and "K7QM-3XHT-W9PA-ZC4R-N2FE" in note

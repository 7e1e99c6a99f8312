"""Cases of every shape for the letter tests, and reading a PDF back as text."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

from pypdf import PdfReader

from lazeo_desk.domain.case import (
    Case,
    Channel,
    DataSubject,
    Extension,
    HeirPurpose,
    Jurisdiction,
    Language,
    Practitioner,
    Relationship,
    Requester,
    Title,
)
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.letters.context import LetterExtras, RefusalGround

TRICKY_NAME = "Anaïs O'Brien-<Zoë> & Fils"
LETTER_DAY = date(2026, 4, 20)


def pdf_pages(pdf: bytes) -> list[str]:
    """The text of each page, as pypdf extracts it."""
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Whitespace collapsed, so that a line wrapped on the page still matches the typed text."""
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(pdf: bytes) -> str:
    return flat(" ".join(pdf_pages(pdf)))


def make_case(
    *,
    jurisdiction: Jurisdiction = Jurisdiction.FR,
    language: Language = Language.FR,
    rights: tuple[Right, ...] = (Right.ACCESS,),
    status: Status = Status.IN_PROGRESS,
    received: date = date(2026, 4, 8),
    subject: DataSubject | None = None,
    requester: Requester | None = None,
    extension: Extension | None = None,
    reference: str | None = "DSAR-2026-0042",
) -> Case:
    return Case(
        jurisdiction=jurisdiction,
        language=language,
        channel=Channel.EMAIL,
        received=received,
        rights=rights,
        subject=subject
        or DataSubject(
            name=TRICKY_NAME,
            birth_date=date(1988, 2, 14),
            address=("12 rue des Lilas", "Bâtiment B", "75016 PARIS"),
            last_consultation=date(2025, 11, 3),
        ),
        requester=requester or Requester(),
        status=status,
        reference=reference,
        extension=extension,
    )


def varied_cases() -> dict[str, Case]:
    """BE/FR/LU, the person and representatives, a minor and a deceased patient."""
    belgian = make_case(
        jurisdiction=Jurisdiction.BE,
        language=Language.NL,
        rights=(Right.ACCESS, Right.MEDICAL_RECORD),
        received=date(2026, 3, 5),
        subject=DataSubject(
            name="Griet Van den Bossche",
            birth_date=date(1979, 9, 2),
            address=("Kortrijksesteenweg 112 bus 3", "9000 Gent", "België"),
            last_consultation=date(2025, 12, 1),
        ),
    )
    luxembourg = make_case(
        jurisdiction=Jurisdiction.LU,
        language=Language.EN,
        rights=(Right.PORTABILITY, Right.ERASURE),
        received=date(2026, 5, 23),
        subject=DataSubject(
            name="Marc Weber",
            address=("15, rue de la Gare", "L-1611 Luxembourg", "Luxembourg"),
            last_consultation=date(2024, 6, 10),
        ),
    )
    lawyer = make_case(
        rights=(Right.MEDICAL_RECORD, Right.ERASURE),
        received=date(2026, 6, 14),
        requester=Requester(
            relationship=Relationship.MANDATARY,
            name="Maître Claire Dubois-Lefèvre",
            address=("Cabinet Dubois & Associés", "8 quai Saint-Antoine", "69002 LYON"),
        ),
    )
    minor = make_case(
        jurisdiction=Jurisdiction.BE,
        language=Language.FR,
        rights=(Right.ERASURE, Right.OBJECTION),
        subject=DataSubject(
            name="Léa Martin",
            birth_date=date(2016, 5, 1),
            minor=True,
            address=("Rue Haute 5 bte 2", "1000 Bruxelles", "Belgique"),
            last_consultation=date(2021, 3, 1),
        ),
        requester=Requester(
            relationship=Relationship.PARENT,
            name="Sophie Martin",
            address=("Rue Haute 5 bte 2", "1000 Bruxelles", "Belgique"),
        ),
    )
    deceased = make_case(
        rights=(Right.MEDICAL_RECORD, Right.ACCESS),
        received=date(2026, 7, 6),
        subject=DataSubject(
            name="Jean Lacoste",
            birth_date=date(1950, 1, 20),
            deceased=True,
            death_date=date(2026, 2, 11),
            last_consultation=date(2025, 9, 30),
        ),
        requester=Requester(
            relationship=Relationship.HEIR,
            name="Pierre Lacoste",
            address=("4 allée des Chartrons", "33000 BORDEAUX"),
            title=Title.MR,
            family_name="Lacoste",
            purpose=HeirPurpose.CAUSES_OF_DEATH,
        ),
    )
    belgian_relative = make_case(
        jurisdiction=Jurisdiction.BE,
        language=Language.NL,
        rights=(Right.MEDICAL_RECORD,),
        received=date(2026, 10, 12),
        subject=DataSubject(name="Maria Claes", deceased=True, death_date=date(2026, 8, 3)),
        requester=Requester(
            relationship=Relationship.HEIR,
            name="Sofie Claes",
            address=("Kasteelpleinstraat 20", "2000 Antwerpen", "België"),
            title=Title.MRS,
            family_name="Claes",
            designated_practitioner=Practitioner(
                name="Dr. Pieter Wouters",
                address=("Lange Leemstraat 5", "2018 Antwerpen", "België"),
                family_name="Wouters",
            ),
        ),
    )
    return {
        "fr-self": make_case(rights=(Right.ACCESS, Right.ERASURE, Right.OBJECTION, Right.MEDICAL_RECORD)),
        "be-self": belgian,
        "lu-self": luxembourg,
        "fr-lawyer": lawyer,
        "be-minor-parent": minor,
        "fr-deceased-heir": deceased,
        "be-deceased-relative": belgian_relative,
    }


def full_extras() -> LetterExtras:
    """Everything a DPO may type for a letter, so that every kind can be written."""
    return LetterExtras(
        enclosures=("Copie du dossier patient (12 pages)", "Historique des rendez-vous (CSV)"),
        free_paragraphs=("Un paragraphe libre <avec> des & signes.",),
        refusal_ground=RefusalGround.IDENTITY_NOT_ESTABLISHED,
        refusal_reason="La copie transmise était illisible.",
        extension_reason="La demande porte sur cinq années de dossiers dans trois centres.",
        done_items=("Adresse électronique corrigée",),
        recipients_notified=("Doctolib SAS",),
    )


def with_language(case: Case, language: Language) -> Case:
    return replace(case, language=language)

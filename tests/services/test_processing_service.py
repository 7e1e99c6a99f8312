"""The processing register kept in versions: edits reach the next access response only, exports round-trip, an
invalid import changes nothing, and every version is in the audit trail with `check` still clean."""

from __future__ import annotations

import dataclasses
import io
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.organisation import DEFAULT_REGISTER, LocalText, ProcessingRegister
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.letters import LetterExtras
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.letters import LetterService, SendMethod
from lazeo_desk.services.maintenance import check
from lazeo_desk.services.processing import ExportFormat, ProcessingService, RegisterRefused
from lazeo_desk.store import audit
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import ProcessingRegisterVersionRow

NEW_RETENTION = LocalText(
    nl="2 jaar na het laatste contact", fr="2 ans après le dernier contact", en="2 years after the last contact"
)
COPY = LetterExtras(enclosures=("Copy of the personal data",))


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _with_marketing_retention(register: ProcessingRegister, retention: LocalText) -> ProcessingRegister:
    activities = tuple(
        dataclasses.replace(a, retention=retention) if a.key == "marketing" else a for a in register.activities
    )
    return dataclasses.replace(register, activities=activities)


def _open(service: CaseService) -> str:
    reference = service.open_case(Case(
        jurisdiction=Jurisdiction.FR, language=Language.EN, channel=Channel.EMAIL, received=date(2026, 3, 5),
        rights=(Right.ACCESS,),
        subject=DataSubject(name="Louise Martin", email="louise@example.fr",
                            address=("12 rue de la Paix", "75002 Paris", "France")),
    ))
    service.change_status(reference, Status.IN_PROGRESS)
    return reference


@pytest.fixture
def letters(service: CaseService) -> LetterService:
    return LetterService(service)


@pytest.fixture
def processing(service: CaseService) -> ProcessingService:
    return ProcessingService(service.place)


def _versions(db: Database) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(ProcessingRegisterVersionRow)) or 0)


def test_a_new_database_uses_the_policys_register_without_storing_a_version(
    db: Database, processing: ProcessingService
) -> None:
    assert processing.current() == (None, DEFAULT_REGISTER)
    assert processing.history() == []
    assert _versions(db) == 0


def test_an_edit_changes_the_next_access_response_and_not_an_earlier_one(
    service: CaseService, letters: LetterService, processing: ProcessingService
) -> None:
    first = _open(service)
    earlier = letters.draft(first, LetterKind.ACCESS_RESPONSE, extras=COPY)
    assert earlier.register_version == 1
    letters.send(first, earlier, method=SendMethod.EMAIL)

    saved = processing.save(_with_marketing_retention(DEFAULT_REGISTER, NEW_RETENTION))

    assert saved.number == 2
    second = _open(service)
    later = letters.draft(second, LetterKind.ACCESS_RESPONSE, extras=COPY)
    assert later.register_version == 2
    assert "2 years after the last contact" in _flat(_text(later.pdf))
    (sent,) = letters.log(first)
    assert sent.register_version == 1
    reprinted = letters.stored_pdf(sent.id)
    assert reprinted == earlier.pdf
    assert "2 years after the last contact" not in _flat(_text(reprinted))
    again = letters.draft(first, LetterKind.ACCESS_RESPONSE, extras=COPY, register_version=sent.register_version)
    assert _flat(_text(again.pdf)) == _flat(_text(earlier.pdf))


def test_a_letter_that_prints_no_register_records_no_version(
    service: CaseService, letters: LetterService, db: Database
) -> None:
    reference = _open(service)
    draft = letters.draft(reference, LetterKind.ACKNOWLEDGEMENT)
    assert draft.register_version is None
    letters.send(reference, draft, method=SendMethod.POST)
    assert letters.log(reference)[0].register_version is None
    assert _versions(db) == 0


def test_each_change_is_a_dated_version_naming_who_and_what_changed(
    service: CaseService, processing: ProcessingService
) -> None:
    processing.actor = "Brigitte PEREZ"
    processing.save(_with_marketing_retention(DEFAULT_REGISTER, NEW_RETENTION))
    newest, policy = processing.history()
    assert (newest.number, policy.number) == (2, 1)
    assert policy.register == DEFAULT_REGISTER
    assert newest.actor == "Brigitte PEREZ"
    assert newest.created_at.date() == service.clock.today()
    assert newest.changes == ("activity marketing: the time limits for erasure (Art 30(1)(f)) (nl, fr, en) changed",)


def test_saving_the_register_in_force_again_adds_no_version(db: Database, processing: ProcessingService) -> None:
    processing.save(_with_marketing_retention(DEFAULT_REGISTER, NEW_RETENTION))
    again = processing.save(_with_marketing_retention(DEFAULT_REGISTER, NEW_RETENTION))
    assert again.changes == ()
    assert _versions(db) == 2


def test_a_register_missing_an_element_is_refused_naming_each_and_nothing_is_stored(
    db: Database, processing: ProcessingService
) -> None:
    blank = LocalText(nl="", fr="2 ans", en="")
    with pytest.raises(RegisterRefused) as refused:
        processing.save(_with_marketing_retention(DEFAULT_REGISTER, blank))
    assert [p.field for p in refused.value.problems] == [
        "activities.marketing.retention.nl", "activities.marketing.retention.en",
    ]
    assert _versions(db) == 0


def test_every_version_is_in_the_audit_trail_and_the_check_stays_clean(
    service: CaseService, letters: LetterService, processing: ProcessingService, db: Database
) -> None:
    reference = _open(service)
    letters.send(reference, letters.draft(reference, LetterKind.ACCESS_RESPONSE, extras=COPY),
                 method=SendMethod.EMAIL)
    processing.save(_with_marketing_retention(DEFAULT_REGISTER, NEW_RETENTION))
    with db.transaction() as session:
        saved = [row for row in audit.trail(session) if row.action == "register-version-saved"]
    assert [json.loads(row.detail)["version"] for row in saved] == [1, 2]
    assert check(db) == []


def test_a_version_edited_outside_the_application_is_found_by_the_check(
    processing: ProcessingService, db: Database
) -> None:
    processing.save(_with_marketing_retention(DEFAULT_REGISTER, NEW_RETENTION))
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE processing_register_versions SET content = replace(content, '2 years', '1 year')"
        )
    assert any("processing register" in problem for problem in check(db))


@pytest.mark.parametrize("export_format", [ExportFormat.JSON])
def test_an_export_imports_back_as_the_same_register(
    processing: ProcessingService, tmp_path: Path, export_format: ExportFormat
) -> None:
    edited = _with_marketing_retention(DEFAULT_REGISTER, NEW_RETENTION)
    processing.save(edited)
    out = tmp_path / "register.json"
    assert processing.export(out, export_format) == 2
    processing.save(DEFAULT_REGISTER)
    assert processing.current()[1] == DEFAULT_REGISTER
    imported = processing.import_file(out)
    assert imported.number == 4
    assert processing.current() == (4, edited)
    assert processing.history()[0].changes[0] == "imported from register.json"


def _exported(processing: ProcessingService, tmp_path: Path) -> dict[str, object]:
    out = tmp_path / "register.json"
    processing.export(out, ExportFormat.JSON)
    found = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(found, dict)
    return found


def _broken_retention(data: dict[str, object]) -> None:
    register = data["register"]
    assert isinstance(register, dict)
    register["activities"][6]["retention"]["fr"] = ""


def _unknown_kind(data: dict[str, object]) -> None:
    data["kind"] = "something else"


def _activities_not_a_list(data: dict[str, object]) -> None:
    register = data["register"]
    assert isinstance(register, dict)
    register["activities"] = "none"


def _health_without_article_9(data: dict[str, object]) -> None:
    register = data["register"]
    assert isinstance(register, dict)
    register["activities"][1]["legal_basis"]["en"] = "consent"


@pytest.mark.parametrize(
    ("damage", "field"),
    [
        (_broken_retention, "activities.marketing.retention.fr"),
        (_unknown_kind, "kind"),
        (_activities_not_a_list, "activities"),
        (_health_without_article_9, "activities.care.legal_basis.en"),
    ],
    ids=["missing-retention", "not-a-register-file", "activities-not-a-list", "health-data-without-art-9-2"],
)
def test_an_invalid_import_is_refused_naming_the_field_and_changes_nothing(
    processing: ProcessingService, tmp_path: Path, db: Database, damage: object, field: str
) -> None:
    data = _exported(processing, tmp_path)
    assert callable(damage)
    damage(data)
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RegisterRefused) as refused:
        processing.import_file(broken)
    assert str(refused.value).startswith(f"{field}: ")
    assert _versions(db) == 0
    assert processing.current() == (None, DEFAULT_REGISTER)


def test_a_file_that_is_not_json_is_refused(processing: ProcessingService, tmp_path: Path, db: Database) -> None:
    broken = tmp_path / "broken.json"
    broken.write_bytes(b"\xff\x00 not json")
    with pytest.raises(RegisterRefused, match="^file: "):
        processing.import_file(broken)
    assert _versions(db) == 0


ART_30_HEADINGS = {
    Language.EN: ("The controller and the data protection officer", "Purposes of the processing",
                  "Categories of data subjects", "Categories of personal data", "Recipients",
                  "Transfers to a third country", "Time limits for erasure", "security measures"),
    Language.FR: ("Le responsable du traitement et le délégué à la protection des données", "Finalités du traitement",
                  "Catégories de personnes concernées", "Catégories de données à caractère personnel",
                  "Destinataires", "Transferts vers un pays tiers", "Délais prévus pour l'effacement",
                  "Mesures de sécurité techniques et organisationnelles"),
    Language.NL: ("De verwerkingsverantwoordelijke en de functionaris voor gegevensbescherming",
                  "Doeleinden van de verwerking", "Categorieën van betrokkenen", "Categorieën van persoonsgegevens",
                  "Ontvangers", "Doorgiften naar een derde land", "Termijnen voor het wissen",
                  "beveiligingsmaatregelen"),
}


@pytest.mark.parametrize("language", list(Language), ids=lambda language: language.value)
def test_the_pdf_record_holds_every_element_of_article_30_1(
    processing: ProcessingService, tmp_path: Path, language: Language
) -> None:
    processing.save(_with_marketing_retention(DEFAULT_REGISTER, NEW_RETENTION))
    out = tmp_path / "record.pdf"
    processing.export(out, ExportFormat.PDF, language=language)
    text = _flat(_text(out.read_bytes()))
    for heading in ART_30_HEADINGS[language]:
        assert heading in text, heading
    # (a) the controller and its DPO, by name and contact
    assert "BS GROUPE" in text and "Brigitte PEREZ" in text and "dpo@lazeo.com" in text
    for activity in DEFAULT_REGISTER.answerable():
        assert _flat(activity.purpose.get(language)) in text
    assert _flat(NEW_RETENTION.get(language)) in text
    assert "Doctolib SAS" in text
    assert _flat(DEFAULT_REGISTER.security_measures.get(language))[:60] in text
    assert {Language.EN: "Version 2", Language.FR: "Version 2", Language.NL: "Versie 2"}[language] in text


def test_the_xlsx_export_has_the_activities_in_every_language(
    processing: ProcessingService, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "register.xlsx"
    processing.export(out, ExportFormat.XLSX)
    book = load_workbook(out)
    assert book.sheetnames == ["Activities (nl)", "Activities (fr)", "Activities (en)", "Register"]
    english = book["Activities (en)"]
    assert english["A1"].value == "key" and english["B2"].value == "Appointments and consultations"
    assert english.max_row == len(DEFAULT_REGISTER.activities) + 1


def test_each_export_is_recorded_in_the_audit_trail(
    processing: ProcessingService, tmp_path: Path, db: Database
) -> None:
    processing.export(tmp_path / "register.json", ExportFormat.JSON)
    with db.transaction() as session:
        (entry,) = [row for row in audit.trail(session) if row.action == "exported"]
    assert json.loads(entry.detail)["what"] == "processing register"

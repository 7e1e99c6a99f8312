"""`lazeo-desk processing`: export as JSON/XLSX/PDF, import all or nothing (one line naming the field, exit 2),
and the list of versions."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select
from test_cli import Cli

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import ProcessingRegisterVersionRow


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, clock: FixedClock, tmp_path: Path
) -> Cli:
    return Cli(capsys, monkeypatch, clock, tmp_path / "cli.sqlite3")


def _versions(cli: Cli) -> int:
    database = Database(f"sqlite:///{cli.db_path}", plain=True)
    try:
        with database.transaction() as session:
            return int(session.scalar(select(func.count()).select_from(ProcessingRegisterVersionRow)) or 0)
    finally:
        database.dispose()


def _export_json(cli: Cli, tmp_path: Path) -> dict[str, object]:
    out = tmp_path / "register.json"
    code, stdout, stderr = cli("processing", "export", "--format", "json", "--out", str(out))
    assert (code, stdout) == (0, "")
    assert "policy's register" in stderr
    found = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(found, dict)
    return found


def test_an_edited_export_imports_as_a_new_version_and_exports_back_the_same(cli: Cli, tmp_path: Path) -> None:
    data = _export_json(cli, tmp_path)
    register = data["register"]
    assert isinstance(register, dict)
    register["activities"][6]["retention"] = {
        "nl": "2 jaar na het laatste contact", "fr": "2 ans après le dernier contact",
        "en": "2 years after the last contact",
    }
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    code, _out, stderr = cli("processing", "import", str(edited))

    assert code == 0 and "version 2" in stderr
    again = tmp_path / "again.json"
    assert cli("processing", "export", "--format", "json", "--out", str(again))[0] == 0
    exported = json.loads(again.read_text(encoding="utf-8"))
    assert exported["register"] == register and exported["version"] == 2
    code, out, _err = cli("processing", "versions")
    assert code == 0
    assert "version 2" in out and "imported from edited.json" in out and "the register of the privacy policy" in out


def test_an_invalid_import_exits_2_with_one_line_naming_the_field_and_stores_nothing(
    cli: Cli, tmp_path: Path
) -> None:
    data = _export_json(cli, tmp_path)
    register = data["register"]
    assert isinstance(register, dict)
    register["activities"][0]["recipients"]["nl"] = "   "
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data), encoding="utf-8")

    code, stdout, stderr = cli("processing", "import", str(broken))

    assert (code, stdout) == (2, "")
    assert len(stderr.strip().splitlines()) == 1
    assert "activities.appointments.recipients.nl" in stderr
    assert _versions(cli) == 0


def test_a_missing_import_file_exits_2(cli: Cli, tmp_path: Path) -> None:
    code, _out, stderr = cli("processing", "import", str(tmp_path / "nowhere.json"))
    assert code == 2 and "file:" in stderr


def test_the_pdf_export_is_the_art_30_record_in_the_language_asked(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "record.pdf"
    code, _out, _err = cli("processing", "export", "--format", "pdf", "--lang", "fr", "--out", str(out))
    assert code == 0
    text = " ".join(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
                    .split())
    assert "Registre des activités de traitement" in text
    assert "Délais prévus pour l'effacement" in text


def test_an_unknown_version_exits_2_and_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "register.json"
    code, _out, stderr = cli("processing", "export", "--format", "json", "--version", "7", "--out", str(out))
    assert code == 2 and "version 7" in stderr
    assert not out.exists()


def test_an_export_into_a_missing_folder_exits_2(cli: Cli, tmp_path: Path) -> None:
    code, _out, stderr = cli("processing", "export", "--format", "xlsx", "--out", str(tmp_path / "no" / "r.xlsx"))
    assert code == 2 and "out:" in stderr

"""`lazeo-desk enclose` keeps files with a case, one line a file, exit 2 if one is refused; `package` writes the PDF."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from enclosure_samples import BOOKINGS_CSV, encrypted_pdf, pdf_with_pages
from pypdf import PdfReader
from sqlalchemy import func, select
from test_cli import README_CASE, Cli

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import DocumentRow

SOURCE = "Dossier patient (logiciel du centre)"


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, clock: FixedClock, tmp_path: Path
) -> Cli:
    return Cli(capsys, monkeypatch, clock, tmp_path / "cli.sqlite3")


def _stored(cli: Cli) -> list[tuple[str, str | None]]:
    database = Database(f"sqlite:///{cli.db_path}", plain=True)
    try:
        with database.transaction() as session:
            rows = session.execute(select(DocumentRow.filename, DocumentRow.source).order_by(DocumentRow.id))
            return [(name, source) for name, source in rows]
    finally:
        database.dispose()


def _files(tmp_path: Path) -> tuple[Path, Path, Path]:
    dossier = tmp_path / "dossier.pdf"
    dossier.write_bytes(pdf_with_pages(3))
    export = tmp_path / "actes.csv"
    export.write_bytes(BOOKINGS_CSV)
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(encrypted_pdf())
    return dossier, export, locked


def test_enclose_prints_one_line_per_file_with_its_hash(cli: Cli, tmp_path: Path) -> None:
    reference = cli.add(README_CASE)
    dossier, export, _ = _files(tmp_path)
    code, stdout, stderr = cli("enclose", reference, str(dossier), str(export), "--source", SOURCE)
    assert (code, stderr) == (0, "")
    lines = stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{dossier}: enclosed as 'dossier' (3 p.), SHA-256 ")
    assert lines[1].startswith(f"{export}: enclosed as 'actes' (1 p.), SHA-256 ")
    assert _stored(cli) == [("dossier.pdf", SOURCE), ("actes.csv", SOURCE)]


def test_enclose_exits_2_when_a_file_is_refused_and_keeps_the_others(cli: Cli, tmp_path: Path) -> None:
    reference = cli.add(README_CASE)
    dossier, _, locked = _files(tmp_path)
    code, stdout, _stderr = cli("enclose", reference, str(locked), str(dossier), str(tmp_path / "absent.pdf"))
    assert code == 2
    assert stdout.splitlines()[0] == (
        f"{locked}: refused: the PDF is protected by a password; enclose it unprotected"
    )
    assert stdout.splitlines()[2] == f"{tmp_path / 'absent.pdf'}: refused: no such file"
    assert [name for name, _ in _stored(cli)] == ["dossier.pdf"]


def test_enclose_to_an_unknown_case_stores_nothing(cli: Cli, tmp_path: Path) -> None:
    cli.add(README_CASE)
    dossier, _, _ = _files(tmp_path)
    code, stdout, stderr = cli("enclose", "DSAR-2026-0999", str(dossier))
    assert code == 1 and stdout == "" and "DSAR-2026-0999" in stderr
    assert _stored(cli) == []


def test_package_writes_the_pdf_and_says_its_pages_and_hash(cli: Cli, tmp_path: Path) -> None:
    reference = cli.add(README_CASE)
    dossier, export, _ = _files(tmp_path)
    cli("enclose", reference, str(dossier), str(export))
    out = tmp_path / "package.pdf"
    code, stdout, _stderr = cli("package", reference, "--out", str(out))
    assert code == 0
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert f"{len(reader.pages)} pages, 2 enclosures, SHA-256 " in stdout
    assert reader.attachments == {"actes.csv": [BOOKINGS_CSV]}
    last = reader.pages[-1].extract_text() or ""
    assert f"{reference} — {len(reader.pages)}/{len(reader.pages)}" in last


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--kind", "acknowledgement"], "not with the letter"),
        (["--kind", "no-such-kind"], "kind: "),
    ],
)
def test_package_refusals_exit_2_and_write_nothing(cli: Cli, tmp_path: Path, args: list[str], named: str) -> None:
    reference = cli.add(README_CASE)
    dossier, _, _ = _files(tmp_path)
    cli("enclose", reference, str(dossier))
    out = tmp_path / "package.pdf"
    code, stdout, stderr = cli("package", reference, "--out", str(out), *args)
    assert code == 2 and stdout == ""
    assert len(stderr.strip().splitlines()) == 1 and named in stderr
    assert not out.exists()


def test_a_case_without_enclosures_has_no_package_to_write(cli: Cli, tmp_path: Path) -> None:
    reference = cli.add(README_CASE)
    out = tmp_path / "package.pdf"
    code, _stdout, stderr = cli("package", reference, "--out", str(out))
    assert code == 2 and "no-data-held" in stderr
    assert not out.exists()


def test_enclosing_twice_the_same_file_is_refused(cli: Cli, tmp_path: Path) -> None:
    reference = cli.add(README_CASE)
    dossier, _, _ = _files(tmp_path)
    cli("enclose", reference, str(dossier))
    code, stdout, _ = cli("enclose", reference, str(dossier))
    assert code == 2 and "already enclosed, as dossier" in stdout
    database = Database(f"sqlite:///{cli.db_path}", plain=True)
    try:
        with database.transaction() as session:
            assert session.scalar(select(func.count()).select_from(DocumentRow)) == 1
    finally:
        database.dispose()


def _with_a_third_party(cli: Cli, tmp_path: Path) -> str:
    reference = cli.add(README_CASE)
    dossier = tmp_path / "dossier.pdf"
    dossier.write_bytes(pdf_with_pages(2, words="Behandeling met haar broer Paul Wagner-Muller"))
    export = tmp_path / "actes.csv"
    export.write_bytes(BOOKINGS_CSV)
    code, _, _ = cli("enclose", reference, str(dossier), str(export))
    assert code == 0
    return reference


def test_package_redact_text_hides_the_term_and_prints_the_index_sentence(cli: Cli, tmp_path: Path) -> None:
    reference = _with_a_third_party(cli, tmp_path)
    out = tmp_path / "package.pdf"
    code, stdout, _ = cli("package", reference, "--out", str(out), "--redact-text", "paul wagner-muller")
    assert code == 0
    assert "2 passages" in stdout.splitlines()[1]
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert not any("Wagner" in (page.extract_text() or "") for page in reader.pages)
    assert reader.attachments == {"actes.csv": [BOOKINGS_CSV]}


def test_package_encrypt_prints_the_password_once_and_the_file_opens_only_with_it(
    cli: Cli, tmp_path: Path
) -> None:
    reference = _with_a_third_party(cli, tmp_path)
    out = tmp_path / "package.pdf"
    code, stdout, _ = cli("package", reference, "--out", str(out), "--encrypt")
    assert code == 0
    [line] = [line for line in stdout.splitlines() if line.startswith("password: ")]
    password = line.removeprefix("password: ")
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.is_encrypted
    assert not reader.decrypt("wrong")
    assert reader.decrypt(password)
    assert reference in (reader.pages[0].extract_text() or "")


def test_email_draft_attach_package_carries_the_redacted_package_encrypted(cli: Cli, tmp_path: Path) -> None:
    import email
    from email import policy

    reference = _with_a_third_party(cli, tmp_path)
    out = tmp_path / "draft.eml"
    code, stdout, stderr = cli(
        "email-draft", reference, "access-response", "--out", str(out), "--attach-package",
        "--redact-text", "Paul Wagner-Muller",
    )
    assert code == 0, stderr
    message = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    [package] = [part for part in message.iter_attachments() if part.get_filename() == f"{reference}-data.pdf"]
    password = next(line for line in stdout.splitlines() if line.startswith("password: ")).removeprefix("password: ")
    reader = PdfReader(io.BytesIO(package.get_content()))
    assert reader.decrypt(password)
    texts = [page.extract_text() or "" for page in reader.pages]
    assert not any("Wagner" in text for text in texts)
    assert any("actes" in text for text in texts)


def test_redact_text_without_a_package_to_attach_is_refused(cli: Cli, tmp_path: Path) -> None:
    reference = _with_a_third_party(cli, tmp_path)
    out = tmp_path / "draft.eml"
    code, stdout, stderr = cli("email-draft", reference, "access-response", "--out", str(out),
                               "--enclosure", "Kopie", "--redact-text", "Paul")
    assert (code, stdout) == (2, "")
    assert "only with --attach-package" in stderr and not out.exists()

"""`lazeo-desk email-draft`: writes an unsent .eml to the requester, logs it as sent by e-mail, sends nothing."""

from __future__ import annotations

import copy
import email
import io
from email.policy import default
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from test_cli import README_CASE, Cli

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import LetterRow


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, clock: FixedClock, tmp_path: Path
) -> Cli:
    return Cli(capsys, monkeypatch, clock, tmp_path / "cli.sqlite3")


def _logged(cli: Cli) -> list[tuple[str, str]]:
    database = Database(f"sqlite:///{cli.db_path}", plain=True)
    try:
        with database.transaction() as session:
            return [(row.kind, row.method) for row in session.scalars(select(LetterRow))]
    finally:
        database.dispose()


def _case(cli: Cli, email_address: str = "elodie@example.be") -> str:
    data = copy.deepcopy(README_CASE)
    subject = dict(data["subject"])  # type: ignore[call-overload]
    subject["email"] = email_address
    data["subject"] = subject
    return cli.add(data)


def test_a_draft_is_written_to_the_requester_in_dutch_and_logged_as_sent_by_email(cli: Cli, tmp_path: Path) -> None:
    reference = _case(cli)
    out = tmp_path / "answer.eml"
    code, stdout, stderr = cli("email-draft", reference, "acknowledgement", "--out", str(out))
    assert (code, stderr) == (0, "")
    assert "not sent" in stdout and "password" not in stdout
    message = email.message_from_bytes(out.read_bytes(), policy=default)
    assert message["X-Unsent"] == "1"
    assert str(message["To"]) == "elodie@example.be"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and "Geachte" in body.get_content()
    assert _logged(cli) == [("acknowledgement", "email")]


def test_an_attached_pdf_is_encrypted_and_its_password_printed_once_on_one_line(cli: Cli, tmp_path: Path) -> None:
    reference = _case(cli)
    package = tmp_path / "package.pdf"
    canvas = Canvas(str(package))
    canvas.drawString(72, 760, "Kopie van het patiëntendossier")
    canvas.showPage()
    canvas.save()
    out = tmp_path / "answer.eml"
    code, stdout, _stderr = cli(
        "email-draft", reference, "access-response", "--enclosure", "Kopie van het dossier", "--attach", str(package),
        "--out", str(out),
    )
    assert code == 0
    (password_line,) = [line for line in stdout.splitlines() if line.startswith("password: ")]
    password = password_line.removeprefix("password: ")
    message = email.message_from_bytes(out.read_bytes(), policy=default)
    (data,) = [part.get_content() for part in message.iter_attachments() if part.get_filename().endswith("-data.pdf")]
    assert PdfReader(io.BytesIO(data)).is_encrypted
    assert "patiëntendossier" in PdfReader(io.BytesIO(data), password=password).pages[0].extract_text()
    assert password not in out.read_text(encoding="ascii")


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["no-such-kind"], "kind:"),
        (["acknowledgement", "--attach", "/nonexistent/package.pdf"], "attach: cannot read"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(
    cli: Cli, tmp_path: Path, args: list[str], named: str
) -> None:
    reference = _case(cli)
    out = tmp_path / "answer.eml"
    code, stdout, stderr = cli("email-draft", reference, *args, "--out", str(out))
    assert (code, stdout) == (2, "")
    assert len(stderr.strip().splitlines()) == 1 and named in stderr
    assert not out.exists()
    assert _logged(cli) == []


def test_a_case_without_an_e_mail_address_is_refused_and_nothing_is_written(cli: Cli, tmp_path: Path) -> None:
    reference = _case(cli, email_address="")
    out = tmp_path / "answer.eml"
    code, _stdout, stderr = cli("email-draft", reference, "acknowledgement", "--out", str(out))
    assert code == 2
    assert "requester.email" in stderr and len(stderr.strip().splitlines()) == 1
    assert not out.exists()
    assert _logged(cli) == []

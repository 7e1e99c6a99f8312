"""Printing through a real CUPS queue (cups-pdf): the printed file is found and holds the letter."""

from __future__ import annotations

import io
import os
import pwd
import shutil
import subprocess
import time
import uuid
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.letters import LetterService
from lazeo_desk.services.printing import PrintError, print_pdf, printers

QUEUE = os.environ.get("LAZEO_TEST_PRINTER", "lazeo-pdf")


def _cups_pdf_folder() -> Path:
    """Where cups-pdf writes the jobs of this user (its 'Out' setting, ${HOME} being the account's home)."""
    home = pwd.getpwuid(os.getuid()).pw_dir
    out = "${HOME}/PDF"
    config = Path("/etc/cups/cups-pdf.conf")
    if config.exists():
        for line in config.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("Out "):
                out = line.split(None, 1)[1].strip()
    return Path(out.replace("${HOME}", home))


@pytest.fixture
def queue() -> str:
    if shutil.which("lp") is None or QUEUE not in printers():
        if os.environ.get("CI"):
            pytest.fail(f"CI must provide the CUPS queue {QUEUE!r} (see .ci/run)")
        pytest.skip(f"no CUPS queue {QUEUE!r} on this machine")
    return QUEUE


def test_a_letter_printed_on_a_cups_queue_comes_out_whole(queue: str, service: CaseService) -> None:
    reference = service.open_case(
        Case(
            jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.POST, received=date(2026, 3, 2),
            rights=(Right.ACCESS,),
            subject=DataSubject(name="Anaïs O'Brien-<Zoë> & Fils", address=("3 rue de la Paix", "75002 PARIS")),
        )
    )
    draft = LetterService(service).draft(reference, LetterKind.ACKNOWLEDGEMENT)
    title = f"lazeo-test-{uuid.uuid4().hex[:10]}"
    job = print_pdf(draft.pdf, printer=queue, title=title)
    assert job.job_id.startswith(queue)
    folder = _cups_pdf_folder()
    deadline = time.monotonic() + 30
    printed: list[Path] = []
    while time.monotonic() < deadline and not printed:
        # CUPS works asynchronously: wait until the job has left the queue and its file is written.
        pending = subprocess.run(["lpstat", "-o", queue], capture_output=True, text=True, check=False).stdout
        done = [] if job.job_id in pending else list(folder.glob(f"{title}*.pdf")) if folder.exists() else []
        printed = [p for p in done if p.stat().st_size > 0]
        if not printed:
            time.sleep(0.2)
    assert printed, f"no printed file named {title}* in {folder}"
    reader = PdfReader(printed[0])
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    # cups-pdf re-distils the file with Ghostscript, which drops the text mapping of accented glyphs (they still
    # print): check the ASCII parts of the name, the characters ReportLab markup would have eaten, and the pages.
    assert "Brien-<Zo" in text and "> & Fils" in text
    assert reference in text
    assert len(reader.pages) == len(PdfReader(io.BytesIO(draft.pdf)).pages)
    printed[0].unlink()


def test_printing_to_an_unknown_queue_says_so_in_one_line(queue: str) -> None:
    with pytest.raises(PrintError) as caught:
        print_pdf(b"%PDF-1.4\n", printer="no-such-printer-here", title="x")
    assert "\n" not in str(caught.value)


def test_only_a_pdf_is_sent_to_the_printer() -> None:
    with pytest.raises(PrintError, match="only a PDF"):
        print_pdf(b"hello", printer=None, title="x")

"""Printing a letter on a real printer: the PDF goes to the CUPS queue the DPO chose, exactly as laid out.

The PDF is handed to CUPS unchanged (``lp``), so the paper copy is the very document whose SHA-256 is logged;
Qt's print dialog only chooses the printer and the number of copies.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass

from lazeo_desk.domain.messages import Explained, said


class PrintError(Explained, RuntimeError):
    """The letter could not be handed to the printer; the message says why in one line (a refusal of the print
    system is given in its own words)."""


@dataclass(frozen=True)
class PrintJob:
    printer: str
    job_id: str


_JOB = re.compile(r"request id is (\S+)")
MAX_COPIES = 99


def _command(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise PrintError(said("printing needs CUPS ('{command}' was not found on this computer)", command=name))
    return found


def printers() -> list[str]:
    """The print queues CUPS knows, in its order."""
    try:
        output = subprocess.run(
            [_command("lpstat"), "-e"], capture_output=True, text=True, timeout=20, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return []
    return [line.strip() for line in output.splitlines() if line.strip()]


def print_pdf(pdf: bytes, *, printer: str | None, title: str, copies: int = 1) -> PrintJob:
    """Send ``pdf`` to ``printer`` (the default queue when None) on A4; returns the CUPS job."""
    if not pdf.startswith(b"%PDF"):
        raise PrintError(said("only a PDF letter can be printed"))
    if not 1 <= copies <= MAX_COPIES:
        raise PrintError(said("the number of copies must be between {low} and {high}", low=1, high=MAX_COPIES))
    command = [_command("lp"), "-t", title[:100], "-n", str(copies), "-o", "media=A4"]
    if printer:
        command += ["-d", printer]
    try:
        done = subprocess.run(command, input=pdf, capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise PrintError(said("the printer did not answer: {reason}", reason=str(error))) from None
    message = (done.stderr or done.stdout).decode("utf-8", "replace").strip()
    if done.returncode != 0:
        raise PrintError(message.splitlines()[-1] if message else said("the print system refused the letter"))
    match = _JOB.search(done.stdout.decode("utf-8", "replace"))
    job = match.group(1) if match else ""
    return PrintJob(printer or job.rsplit("-", 1)[0], job)

"""Letters per second: lazeo-desk letters beside a bare ReportLab document of the same text, in the same run.

Run: ``.venv/bin/python benchmarks/bench_letters.py [--rounds N] [--letters N]``. Prints the median time per
letter and letters per second for each kind measured, for our layout and for the bare document.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from collections.abc import Callable
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.organisation import DEFAULT_PROFILE
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.letters import LetterExtras, compose_letter, render_letter

TODAY = date(2026, 4, 20)
CASE = Case(
    jurisdiction=Jurisdiction.FR,
    language=Language.FR,
    channel=Channel.EMAIL,
    received=date(2026, 4, 8),
    rights=(Right.ACCESS, Right.ERASURE, Right.OBJECTION),
    subject=DataSubject(
        name="Anaïs O'Brien-<Zoë> & Fils",
        address=("12 rue des Lilas", "Bâtiment B", "75016 PARIS"),
        last_consultation=date(2025, 11, 3),
    ),
    status=Status.IN_PROGRESS,
    reference="DSAR-2026-0002",
)
EXTRAS = LetterExtras(enclosures=("Copie du dossier patient", "Historique des rendez-vous (CSV)"))
KINDS = (LetterKind.ACKNOWLEDGEMENT, LetterKind.ERASURE_PARTLY_REFUSED, LetterKind.ACCESS_RESPONSE)


def ours(kind: LetterKind) -> bytes:
    return render_letter(kind, CASE, language=Language.FR, profile=DEFAULT_PROFILE, today=TODAY, extras=EXTRAS)


def bare(text: str) -> bytes:
    """The same words in a plain SimpleDocTemplate with ReportLab's sample styles and built-in fonts."""
    buffer = io.BytesIO()
    style = getSampleStyleSheet()["Normal"]
    story = [Paragraph(escape(part).replace("\n", "<br/>"), style) for part in text.split("\n\n")]
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def per_letter(action: Callable[[], bytes], letters: int, rounds: int) -> float:
    """Median seconds per letter over ``rounds`` batches of ``letters``."""
    action()  # warm up: fonts registered, templates read
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(letters):
            action()
        timings.append((time.perf_counter() - start) / letters)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--letters", type=int, default=20)
    args = parser.parse_args()
    print(f"{'kind':<26}{'pages':>6}{'ours ms':>10}{'ours /s':>10}{'bare ms':>10}{'bare /s':>10}{'ratio':>8}")
    for kind in KINDS:
        text = compose_letter(
            kind, CASE, language=Language.FR, profile=DEFAULT_PROFILE, today=TODAY, extras=EXTRAS
        ).plain_text()
        pages = ours(kind).count(b"/Type /Page\n")
        mine = per_letter(lambda kind=kind: ours(kind), args.letters, args.rounds)
        plain = per_letter(lambda text=text: bare(text), args.letters, args.rounds)
        print(
            f"{kind.value:<26}{pages:>6}{mine * 1000:>10.1f}{1 / mine:>10.1f}"
            f"{plain * 1000:>10.1f}{1 / plain:>10.1f}{mine / plain:>8.1f}"
        )
    print(f"medians of {args.rounds} rounds of {args.letters} letters each")


if __name__ == "__main__":
    main()

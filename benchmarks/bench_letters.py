"""Letters per second: lazeo-desk letters beside a bare ReportLab document of the same text, in the same run.

Run: ``.venv/bin/python benchmarks/bench_letters.py [--rounds N] [--letters N]``. Prints, for every kind of
letter, the median time per letter and letters per second for our layout and for the bare document, and their
ratio, in processor time. Each round times a batch of ours then a batch of the bare document.
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

from lazeo_desk.domain.case import (
    Case,
    Channel,
    DataSubject,
    Jurisdiction,
    Language,
    Practitioner,
    Relationship,
    Requester,
)
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.organisation import DEFAULT_PROFILE
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.letters import LetterExtras, RefusalGround, compose_letter, render_letter

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
# The practitioner letters are written for the relative of a deceased Belgian patient only.
RELATIVE_CASE = Case(
    jurisdiction=Jurisdiction.BE,
    language=Language.FR,
    channel=Channel.POST,
    received=date(2026, 4, 8),
    rights=(Right.MEDICAL_RECORD,),
    subject=DataSubject(name="Maria Claes", deceased=True, death_date=date(2026, 2, 3)),
    requester=Requester(
        relationship=Relationship.HEIR,
        name="Sofie Claes",
        address=("Kasteelpleinstraat 20", "2000 Antwerpen", "België"),
        family_name="Claes",
        designated_practitioner=Practitioner(
            name="Dr. Pieter Wouters", address=("Lange Leemstraat 5", "2018 Antwerpen", "België"), family_name="Wouters"
        ),
    ),
    status=Status.IN_PROGRESS,
    reference="DSAR-2026-0003",
)
EXTRAS = LetterExtras(
    enclosures=("Copie du dossier patient", "Historique des rendez-vous (CSV)"),
    refusal_ground=RefusalGround.IDENTITY_NOT_ESTABLISHED,
    refusal_reason="La copie transmise était illisible.",
    extension_reason="La demande porte sur cinq années de dossiers dans trois centres.",
    done_items=("Adresse électronique corrigée",),
    recipients_notified=("Doctolib SAS",),
)
KINDS = tuple(LetterKind)


def case_for(kind: LetterKind) -> Case:
    return RELATIVE_CASE if kind in (LetterKind.PRACTITIONER_COVER, LetterKind.HEIR_PRACTITIONER_NOTICE) else CASE


def ours(kind: LetterKind) -> bytes:
    return render_letter(
        kind, case_for(kind), language=Language.FR, profile=DEFAULT_PROFILE, today=TODAY, extras=EXTRAS
    )


def bare(text: str) -> bytes:
    """The same words in a plain SimpleDocTemplate with ReportLab's sample styles and built-in fonts."""
    buffer = io.BytesIO()
    style = getSampleStyleSheet()["Normal"]
    story = [Paragraph(escape(part).replace("\n", "<br/>"), style) for part in text.split("\n\n")]
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def batch(action: Callable[[], bytes], letters: int) -> float:
    """Processor seconds per letter over one batch of ``letters`` (other work on the machine does not count)."""
    start = time.process_time()
    for _ in range(letters):
        action()
    return (time.process_time() - start) / letters


def per_letter(mine: Callable[[], bytes], plain: Callable[[], bytes], letters: int, rounds: int) -> tuple[float, float]:
    """Median seconds per letter, ours and bare, over ``rounds`` interleaved batches of ``letters``."""
    mine(), plain()  # warm up: fonts registered, templates read
    ours_times, bare_times = [], []
    for _ in range(rounds):
        ours_times.append(batch(mine, letters))
        bare_times.append(batch(plain, letters))
    return statistics.median(ours_times), statistics.median(bare_times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--letters", type=int, default=20)
    args = parser.parse_args()
    print(f"{'kind':<26}{'pages':>6}{'ours ms':>10}{'ours /s':>10}{'bare ms':>10}{'bare /s':>10}{'ratio':>8}")
    ratios = []
    for kind in KINDS:
        text = compose_letter(
            kind, case_for(kind), language=Language.FR, profile=DEFAULT_PROFILE, today=TODAY, extras=EXTRAS
        ).plain_text()
        pages = ours(kind).count(b"/Type /Page\n")
        mine, plain = per_letter(
            lambda kind=kind: ours(kind), lambda text=text: bare(text), args.letters, args.rounds
        )
        ratios.append(mine / plain)
        print(
            f"{kind.value:<26}{pages:>6}{mine * 1000:>10.1f}{1 / mine:>10.1f}"
            f"{plain * 1000:>10.1f}{1 / plain:>10.1f}{mine / plain:>8.1f}"
        )
    print(f"medians of {args.rounds} rounds of {args.letters} letters each; highest ratio {max(ratios):.1f}")


if __name__ == "__main__":
    main()

"""Intake benchmark: import N generated e-mails into a fresh database and report the time per message.

Run: ``.venv/bin/python benchmarks/bench_intake.py [--messages N] [--seed S]``. The messages mix Dutch,
French and English requests, HTML-only bodies, PDF attachments and reminders from people who already have a
case (which are linked, not opened). Prints the median, 90th percentile and slowest time per message, and the
outcomes.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.email_intake import ImportResult, import_messages
from lazeo_desk.store.database import Database

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 7, 10, 9, 0, tzinfo=PARIS)

REQUESTS = (
    (
        "nl",
        "Verzoek tot inzage",
        "Geachte,\n\nOp grond van artikel 15 AVG vraag ik inzage in mijn medisch dossier "
        "bij het centrum in Gent.\nGeboren op {born}.\n\nMet vriendelijke groeten,\n{name}",
    ),
    (
        "nl",
        "Verwijdering van mijn gegevens",
        "Geachte,\n\nGraag verwijder al mijn gegevens en stuur geen reclame meer (bezwaar).\n\n{name}",
    ),
    (
        "fr",
        "Demande d'accès",
        "Madame, Monsieur,\n\nJe vous demande l'accès à mon dossier médical du centre de "
        "Lyon.\nNée le {born}.\n\nCordialement,\n{name}",
    ),
    (
        "fr",
        "Effacement",
        "Bonjour,\n\nJe m'oppose à la prospection et vous demande d'effacer mes données.\n\n{name}",
    ),
    (
        "en",
        "Data portability request",
        "Dear DPO,\n\nUnder Article 20 GDPR please send the data I provided to "
        "your Luxembourg clinic in a machine-readable format.\n\nKind regards,\n{name}",
    ),
)
GIVEN = ("Ëlodie", "Sofie", "Jan", "Camille", "Léa", "Thomas", "Mark", "Anne", "Noor", "Zoé", "Luc", "Inès")
FAMILY = (
    "Vercammen",
    "Peeters",
    "Dubois",
    "Martin",
    "Bernard",
    "Schmit",
    "Weber",
    "Maes",
    "O'Neill",
    "Faure",
)
PDF = b"%PDF-1.4\n% signed form\n" + b"0" * 40_000 + b"\n%%EOF\n"


def generate(count: int, folder: Path, rng: random.Random) -> list[Path]:
    """``count`` messages in ``folder``: one in ten a reminder from an earlier sender, one in five with a PDF,
    one in seven HTML only (with a remote tracking image)."""
    senders: list[tuple[str, str]] = []
    paths = []
    for index in range(count):
        if senders and index % 10 == 9:
            name, address = rng.choice(senders)
            subject, body = "RE: mijn verzoek", f"Geachte,\n\nIk heb nog geen antwoord ontvangen.\n\n{name}"
        else:
            name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
            address = f"person{index}@example.{rng.choice(['be', 'fr', 'lu'])}"
            senders.append((name, address))
            _language, subject, template = rng.choice(REQUESTS)
            born = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1940, 2005)}"
            body = template.format(name=name, born=born)
        message = EmailMessage()
        message["From"] = f"{name} <{address}>"
        message["To"] = "dpo@lazeo.com"
        message["Subject"] = subject
        message["Date"] = format_datetime(
            NOW - timedelta(days=rng.randint(0, 60), minutes=rng.randint(0, 1440))
        )
        message["Message-ID"] = f"<bench-{index}@example.org>"
        if index % 7 == 3:
            html = "".join(f"<p>{line}</p>" for line in body.split("\n") if line)
            message.set_content(html + "<img src='https://tracker.example.com/p.gif'>", subtype="html")
        else:
            message.set_content(body)
        if index % 5 == 1:
            message.add_attachment(
                PDF + str(index).encode(),
                maintype="application",
                subtype="pdf",
                filename=f"formulier-{index}.pdf",
            )
        path = folder / f"request-{index:05d}.eml"
        path.write_bytes(bytes(message))
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        paths = generate(args.messages, root, random.Random(args.seed))
        size = sum(p.stat().st_size for p in paths)
        db = Database(f"sqlite:///{root / 'bench.sqlite3'}", plain=True)
        clock = FixedClock(NOW)
        import_messages(db, [paths[0]], clock=clock, actor="bench")  # warm-up: imports, caches, first write
        timings: list[float] = []
        results: list[ImportResult] = []
        started = time.perf_counter()
        for path in paths[1:]:
            begin = time.perf_counter()
            results.extend(import_messages(db, [path], clock=clock, actor="bench"))
            timings.append(time.perf_counter() - begin)
        total = time.perf_counter() - started
        db.dispose()
    timings.sort()
    outcomes = Counter(r.outcome.value for r in results)
    print(
        f"{len(timings)} messages ({size / 1024 / 1024:.1f} MiB) imported in {total:.1f} s "
        f"({', '.join(f'{n} {k}' for k, n in sorted(outcomes.items()))})"
    )
    print(f"median per message: {statistics.median(timings) * 1000:.1f} ms")
    print(f"90th percentile:    {timings[int(len(timings) * 0.9)] * 1000:.1f} ms")
    print(f"slowest:            {timings[-1] * 1000:.1f} ms")


if __name__ == "__main__":
    main()

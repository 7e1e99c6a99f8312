"""Search benchmark: a keystroke in the register's search box to the painted list, from 1,000 to 1,000,000 cases.

usage: python benchmarks/bench_search.py [--sizes 1000,10000,100000] [--full] [--repeats 21] [--letters SHARE]
                                        [--cache DIR]

For each size it prints the median, over ``--repeats`` runs per term, of what a keystroke costs once the typing pause
is over: the register service's page query (through the trigram index) and the model reset, with the cells of the
visible rows read as a paint reads them. Terms: the first three letters of a surname, a surname fragment, a reference
fragment and an e-mail fragment, and, when some cases came by post, a word found only in letters; beside each, the
same through the scan of the main columns and the letters' texts that the indexes replace.
Target: under 10 ms at 100,000 cases, and flat from 1,000 to 1,000,000. Beside each wall-clock median, the processor
time: on a machine shared with other work, the wall clock also counts the waits for a processor.

The databases are encrypted (as in use) and filled with plain SQL in bulk, not through the application: the audit
trail is not what is measured. ``--letters`` is the share of cases that came by post with the text recognised on
their letter kept beside them (default 0.1; 0 for a register of e-mails only), which the search reads too. The
databases are kept in ``--cache`` (default: a folder under /tmp); the 1,000,000-case one is built (once, a few
minutes) only with ``--full``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lazeo_desk.domain.case import format_reference  # noqa: E402  (after the path is set)
from lazeo_desk.domain.clock import FixedClock  # noqa: E402
from lazeo_desk.services.passphrase import create_database, unlock_database  # noqa: E402
from lazeo_desk.services.register import RegisterService  # noqa: E402
from lazeo_desk.services.workplace import Workplace  # noqa: E402
from lazeo_desk.store import search  # noqa: E402
from lazeo_desk.store.cases import search_key  # noqa: E402
from lazeo_desk.store.database import Database  # noqa: E402
from lazeo_desk.store.encryption import KdfParams  # noqa: E402
from lazeo_desk.store.register import CaseFilter  # noqa: E402
from lazeo_desk.ui.register_model import RegisterModel  # noqa: E402

SIZES = (1_000, 10_000, 100_000)
FULL = 1_000_000
PASSPHRASE = "benchmark passphrase, not secret"
CLOCK = FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Paris")))
VISIBLE_ROWS = 25  # what a laptop screen shows of the register
BATCH = 20_000

FIRST = (
    "Élodie Marie Jean Anaïs Luc Sophie Thomas Camille Léa Hugo Chloé Louis Inès Nathan Zoé Lucas Manon Jules Emma "
    "Noah Clara Arthur Jade Adam Louise Raphaël Alice Gabriel Lina Paul Rose Victor Anna Sacha Eva Tom Mila Léon "
    "Wout Sofie Jan Lotte Pieter Annelies Mike Claire Ben Sarah Yves Hélène François Cécile Gaëlle Joël Noël"
).split()
# Surnames built from syllables: about 40,000 of them, so that one is as rare in a large register as in life.
HEADS = "Le Du De La Van Ver Mar Ber Bou Cha Fo Ga Gi Ja Lam Mo Pe Ro Sa Tho Vi Wa Bre Cla Dan".split()
MIDDLES = "fè bo ca mon ri gar ster ge lan cam mer ni ho ren sé tan vel dri pa lou ch".split()
TAILS = "vre is rd ier ot ens mans ez ard in eau oux ant et y aert ier-Roy ic ès ot".split()
DOMAINS = ("exemple.fr", "example.be", "post.lu", "mail.example", "courrier.fr")
STREETS = ("rue des Écoles", "Kerkstraat", "avenue de la Gare", "Grand-Rue", "boulevard Haussmann")
CENTRES = ("Gent", "Paris 16e", "Lyon", "Luxembourg", "Bruxelles", "Liège", "Nice")
STATUSES = ("new", "verifying-identity", "in-progress", "awaiting-requester", "answered", "closed")
RIGHTS = ("access", "erasure", "rectification", "objection", "portability", "medical-record")


def surname(rng: random.Random) -> str:
    return rng.choice(HEADS) + rng.choice(MIDDLES) + rng.choice(TAILS)


def case_rows(count: int, seed: int) -> Iterator[tuple[dict[str, object], str]]:
    """``count`` cases as column values, with their right, in the order they were received."""
    rng = random.Random(seed)
    start = date(2019, 1, 2)
    per_day = max(1, count // (7 * 365))
    sequences: dict[int, int] = {}
    stamp = "2026-03-01 10:00:00.000000"
    for number in range(1, count + 1):
        received = start + timedelta(days=(number - 1) // per_day % (7 * 365))
        sequences[received.year] = sequences.get(received.year, 0) + 1
        first, family = rng.choice(FIRST), surname(rng)
        name = f"{first} {family}"
        status = rng.choice(STATUSES) if received.year >= 2026 else "closed"
        is_open = status not in ("answered", "closed")
        due = received + timedelta(days=30)
        requester = f"{rng.choice(FIRST)} {surname(rng)}" if rng.random() < 0.1 else ""
        email = f"{search_key(first)}.{search_key(family).replace(' ', '')}{rng.randint(1, 99)}@{rng.choice(DOMAINS)}"
        yield {
            "id": number,
            "reference": format_reference(received.year, sequences[received.year]),
            "year": received.year,
            "sequence": sequences[received.year],
            "jurisdiction": rng.choice(("BE", "FR", "LU")),
            "language": "fr",
            "channel": "email",
            "status": status,
            "received": received.isoformat(),
            "answered": None if is_open else (received + timedelta(days=20)).isoformat(),
            "closed": (received + timedelta(days=25)).isoformat() if status == "closed" else None,
            "records_older_than_5_years": 0,
            "rights": "access",
            "due_date": None if status == "awaiting-requester" else due.isoformat(),
            "urgency": 0 if is_open else 2,
            "strict_due_date": due.isoformat(),
            "request_text": "",
            "notes": "Prefers letters by post" if rng.random() < 0.05 else "",
            "subject_name": name,
            "subject_name_key": search_key(name),
            "subject_email": email,
            "subject_address": f"{rng.randint(1, 200)} {rng.choice(STREETS)}\n{rng.randint(1000, 99999)}",
            "patient_number": f"{rng.choice(('BE', 'FR', 'LU'))}-{rng.randint(100000, 999999)}",
            "centre": rng.choice(CENTRES),
            "minor": 0,
            "deceased": 0,
            "requester_relationship": "mandatary" if requester else "self",
            "requester_name": requester,
            "requester_name_key": search_key(requester),
            "requester_address": "",
            "requester_email": "",
            "requester_proof": "",
            "version": 1,
            "created_at": stamp,
            "updated_at": stamp,
        }, rng.choice(RIGHTS)


# What a patient's letter says, as read on its scan: the sender's block, then the request (one language each).
LETTER_BODIES = (
    ("Madame, Monsieur,", "Je souhaite exercer mon droit d'accès et recevoir une copie de mes données.",
     "Je suis suivie au centre de {centre} depuis plusieurs années.", "Mon numéro de patient est {patient}.",
     "Je vous remercie de me répondre dans le délai d'un mois.", "Veuillez agréer mes salutations distinguées."),
    ("Geachte heer, mevrouw,", "Ik vraag inzage in mijn persoonsgegevens en een kopie van mijn medisch dossier.",
     "Ik ben patiënt in het centrum van {centre}.", "Mijn patiëntnummer is {patient}.",
     "Graag ontvang ik uw antwoord binnen de wettelijke termijn.", "Met vriendelijke groeten,"),
    ("Dear Sir or Madam,", "I wish to exercise my right of access and receive a copy of my personal data.",
     "I have been treated at your {centre} centre.", "My patient number is {patient}.",
     "Please answer within one month, as the law requires.", "Yours faithfully,"),
)
# A word only letters hold (the register's fields never do): what a search through the letters' index finds.
LETTER_WORD = "salutations"


def letter_text(row: dict[str, object], rng: random.Random) -> str:
    """The text recognised on the case's letter: its sender, address, request and signature."""
    body = [line.format(centre=row["centre"], patient=row["patient_number"]) for line in rng.choice(LETTER_BODIES)]
    name = str(row["subject_name"])
    return "\n".join([name, *str(row["subject_address"]).splitlines(), "", *body, "", name])


def fill(db: Database, count: int, seed: int = 16, letters: float = 0.0) -> None:
    """``count`` cases inserted in bulk with plain SQL, a share ``letters`` of them with the text of their letter.
    The indexes' triggers are set aside meanwhile and the indexes built in one pass afterwards (as the migrations do
    for existing cases and texts): row by row, a million cases take hours on a shared machine."""
    connection = db.engine.raw_connection()
    post = random.Random(seed + 1)
    try:
        triggers = [
            (name, sql) for name, sql in connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('cases', 'documents')"
            )
        ]
        for name, _sql in triggers:
            connection.execute(f"DROP TRIGGER {name}")
        columns = {row[1] for row in connection.execute("PRAGMA table_info(cases)")}
        rows = case_rows(count, seed)
        first, _ = next(case_rows(1, seed))
        names = [name for name in first if name in columns]
        insert_case = f"INSERT INTO cases ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
        insert_right = "INSERT INTO case_rights (case_id, right, position, outcome, ground) VALUES (?, ?, 0, NULL, '')"
        insert_letter = (
            "INSERT INTO documents (case_id, kind, filename, media_type, size, sha256, content, "
            "delete_after_verification, created_at) VALUES (?, 'scan-text', 'letter.pdf.txt', "
            "'text/plain; charset=utf-8', ?, ?, ?, 0, ?)"
        )
        years: dict[int, int] = {}
        while True:
            batch = [next(rows, None) for _ in range(BATCH)]
            done = [item for item in batch if item is not None]
            if not done:
                break
            connection.execute("BEGIN")
            connection.executemany(insert_case, [tuple(row[n] for n in names) for row, _ in done])
            connection.executemany(insert_right, [(row["id"], right) for row, right in done])
            texts = [
                (row["id"], letter_text(row, post).encode(), row["created_at"])
                for row, _ in done if post.random() < letters
            ]
            connection.executemany(insert_letter, [
                (case_id, len(content), hashlib.sha256(content).hexdigest(), content, stamp)
                for case_id, content, stamp in texts
            ])
            connection.execute("COMMIT")
            for row, _ in done:
                years[int(str(row["year"]))] = int(str(row["sequence"]))
            if len(done) < BATCH:
                break
        connection.execute("BEGIN")
        connection.executemany(
            "INSERT OR REPLACE INTO reference_counters (year, last_sequence) VALUES (?, ?)", list(years.items())
        )
        connection.execute("COMMIT")
        connection.execute("BEGIN")
        search.rebuild(connection)
        for _name, sql in triggers:
            connection.execute(sql)
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("ANALYZE")
    finally:
        connection.close()


def database(folder: Path, count: int, letters: float) -> tuple[Database, float | None]:
    """The cached database of ``count`` cases (a share ``letters`` with their letter's text), built first when there
    is none (with the seconds that took)."""
    name = f"search-{count}" if not letters else f"search-{count}-letters-{letters:g}"
    path = folder / f"{name}.sqlite3"
    url = f"sqlite:///{path}"
    if path.exists():
        return unlock_database(url, PASSPHRASE), None
    started = time.perf_counter()
    partial = folder / f"{name}.partial.sqlite3"
    for leftover in folder.glob(f"{partial.name}*"):
        leftover.unlink()
    built = create_database(f"sqlite:///{partial}", PASSPHRASE,
                            kdf=KdfParams(time_cost=1, memory_cost=64, parallelism=1))
    fill(built, count, letters=letters)
    built.dispose()
    for suffix in ("", ".keyparams", ".anchor"):
        source = partial.with_name(partial.name + suffix)
        if source.exists():
            source.rename(path.with_name(path.name + suffix))
    return unlock_database(url, PASSPHRASE), time.perf_counter() - started


def terms_of(db: Database) -> dict[str, str]:
    """Typical searches, taken from the database: part of a surname, of a reference, of an e-mail address; and a
    word of the letters, when there are some."""
    with db.engine.connect() as connection:
        middle = connection.exec_driver_sql("SELECT max(id) / 2 FROM cases").scalar()
        name, reference, email = connection.exec_driver_sql(
            "SELECT subject_name, reference, subject_email FROM cases WHERE id = ?", (middle,)
        ).one()
        letters = connection.exec_driver_sql("SELECT count(*) FROM documents WHERE kind = 'scan-text'").scalar()
    family = name.split(" ", 1)[1]
    terms = {
        # The first keystroke the index answers: three letters, found in a tenth of the cases or more.
        "3 letters": family[:3].lower(),
        "surname": family[:6].lower(),
        "reference": reference[-9:],
        "e-mail": email.split("@")[0][:9],
    }
    if letters:
        terms["letter word"] = LETTER_WORD[:7]
    return terms


def median_ms(before: Callable[[], object], action: Callable[[], object], repeats: int) -> tuple[float, float]:
    """The medians of ``action`` timed alone, each time after ``before`` (untimed): wall-clock milliseconds, and
    the milliseconds of processor time it used (what it costs without the waits of a machine shared with others)."""
    before()
    action()  # the first read warms the page cache, as the window's own first page does
    wall, cpu = [], []
    for _ in range(repeats):
        before()
        started, started_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def keystroke(model: RegisterModel, typed: str) -> tuple[Callable[[], object], Callable[[], object]]:
    """The register showing ``typed`` without its last letter; then what the window does once that letter is
    typed and the pause is over: the new filter (page query, model reset) and the cells of the visible rows read
    as a paint reads them."""
    from lazeo_desk.ui.register_model import HEADERS

    def before() -> None:
        model.set_filter(CaseFilter(text=typed[:-1]))

    def typed_last() -> None:
        model.set_filter(CaseFilter(text=typed))
        for row in range(min(VISIBLE_ROWS, model.rowCount())):
            for column in range(len(HEADERS)):
                model.data(model.index(row, column))

    return before, typed_last


Figures = tuple[float, float, float, float, int, int]


def measure(db: Database, repeats: int, *, scan: bool = True) -> dict[str, Figures]:
    """Per term: wall and processor milliseconds through the index, then through the scan; rows listed (the first
    page), cases matching."""
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    service = RegisterService(Workplace(db, CLOCK))
    found: dict[str, Figures] = {}
    for label, typed in terms_of(db).items():
        model = RegisterModel(service)
        indexed = median_ms(*keystroke(model, typed), repeats)
        matches = service.count(CaseFilter(text=typed), CLOCK.today())
        listed = model.rowCount()
        scanned = (float("nan"), float("nan"))
        original = search.for_session
        search.for_session = lambda _session: search.LIKE  # type: ignore[assignment]
        try:
            if scan:
                scanned = median_ms(*keystroke(model, typed), max(3, repeats // 4))
        finally:
            search.for_session = original  # type: ignore[assignment]
        found[f"{label} {typed!r}"] = (*indexed, *scanned, listed, matches)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES))
    parser.add_argument("--full", action="store_true", help="also 1,000,000 cases (built once into the cache)")
    parser.add_argument("--repeats", type=int, default=21)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "lazeo-bench-search")
    parser.add_argument("--letters", type=float, default=0.1,
                        help="the share of cases with the text recognised on their letter (0 to 1)")
    parser.add_argument("--scan-up-to", type=int, default=100_000,
                        help="time the scan beside the index up to this many cases (it takes seconds a keystroke)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.full and FULL not in sizes:
        sizes.append(FULL)
    args.cache.mkdir(parents=True, exist_ok=True)
    print(f"{'cases':>9}  {'term':<28} {'index ms':>9} {'cpu':>7} {'scan ms':>9} {'cpu':>7} {'listed':>7} "
          f"{'matches':>8}")
    medians: dict[int, tuple[float, float]] = {}
    for size in sizes:
        db, built = database(args.cache, size, args.letters)
        try:
            if built is not None:
                print(f"{size:>9}  (built in {built:.1f} s)")
            results = measure(db, args.repeats, scan=size <= args.scan_up_to)
        finally:
            db.dispose()
        for term, (wall, cpu, scan_wall, scan_cpu, listed, matches) in results.items():
            print(f"{size:>9}  {term:<28} {wall:>9.2f} {cpu:>7.2f} {scan_wall:>9.2f} {scan_cpu:>7.2f} {listed:>7} "
                  f"{matches:>8}")
        medians[size] = (
            statistics.median(r[0] for r in results.values()), statistics.median(r[1] for r in results.values())
        )
    print()
    print("a keystroke to the painted list through the index, median over the terms (target: < 10 ms at 100,000):")
    for size, (wall, cpu) in medians.items():
        print(f"{size:>9}  {wall:6.2f} ms  ({cpu:.2f} ms of processor time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Team benchmark on a PostgreSQL server: concurrent clients working on one register, and a million cases.

usage: python benchmarks/bench_team.py [--url URL] [--clients 5] [--operations 1000] [--seconds 900]
                                       [--cases 1000000] [--repeats 15] [--cluster DIR] [--skip-load] [--skip-large]

Load: ``--clients`` processes, each with its own connections, perform ``--operations`` operations each on a
register seeded with a few hundred cases: create a case, edit one (its notes field gets a token of the client's; a
save refused because the case moved on is read again and tried again), add a note, send a letter (an
acknowledgement, its PDF rendered and stored), move a status. The run stops after ``--seconds`` whatever is left.
It prints the throughput, the median and 95th percentile latency of each kind of operation, and what must be zero:
lost updates (a token saved and no longer in its case's notes, or a note acknowledged and not on the timeline),
duplicate references, gaps in the references of a year; then ``check`` (the audit chain, every case's state).

Large register: ``--cases`` cases (default 1,000,000) written in bulk by SQL on the server, not through the
application (what is measured is reading them), kept in the schema ``bench_team_<cases>`` between runs. It prints
the median time of the register's first page and of searches (a surname fragment, a reference, an e-mail fragment, a
rare name), through the register service as the window asks them, and the plans (EXPLAIN ANALYZE) of the queries.
Target: each under 100 ms.

Without ``--url`` (or LAZEO_BENCH_POSTGRES) a server is started as .ci/with-postgres does, on a Unix socket in
``--cluster`` (default /tmp/lazeo-bench-pg), whose data is kept for the next run; the server is stopped at the end.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, make_url, text  # noqa: E402  (after the path is set)

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language  # noqa: E402
from lazeo_desk.domain.clock import FixedClock  # noqa: E402
from lazeo_desk.domain.letter_kinds import LetterKind  # noqa: E402
from lazeo_desk.domain.rights import Right  # noqa: E402
from lazeo_desk.domain.status import Status, allowed_moves  # noqa: E402

CLOCK = FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Paris")))
SEEDED = 300
KINDS = ("create", "edit", "note", "letter", "status")
WEIGHTS = (15, 30, 30, 10, 15)


# the server -----------------------------------------------------------------------------------------------------
@contextmanager
def server(url: str | None, cluster: Path) -> Iterator[str]:
    """The URL of the server to use: the one given, or one started in ``cluster`` (kept) and stopped at the end."""
    if url:
        yield url
        return
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
    if not found:
        sys.exit("bench_team: no PostgreSQL server found (Debian: apt-get install postgresql-15), and no --url")
    bin_ = found[-1]
    as_ = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    data = cluster / "data"
    fresh = not data.exists()
    if fresh:
        cluster.mkdir(parents=True, exist_ok=True)
        if as_:
            shutil.chown(cluster, "postgres")
        subprocess.run([*as_, str(bin_ / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                        "--locale=C.UTF-8", "--no-sync"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([*as_, str(bin_ / "pg_ctl"), "-D", str(data), "-l", str(cluster / "server.log"), "-w", "-o",
                    f"-k {cluster} -c listen_addresses='' -c shared_buffers=512MB -c max_connections=50", "start"],
                   check=True, stdout=subprocess.DEVNULL)
    try:
        if fresh:
            subprocess.run([*as_, str(bin_ / "psql"), "-h", str(cluster), "-U", "postgres", "-d", "postgres", "-q",
                            "-c", "CREATE ROLE lazeo LOGIN", "-c", "CREATE DATABASE lazeo_bench OWNER lazeo"],
                           check=True)
        yield f"postgresql+psycopg://lazeo@/lazeo_bench?host={cluster}"
    finally:
        subprocess.run([*as_, str(bin_ / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
                       check=False, stdout=subprocess.DEVNULL)


def schema_url(url: str, schema: str, *, fresh: bool) -> str:
    """The URL of ``schema`` on the server (made anew when ``fresh``): each part of the benchmark has its own."""
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        if fresh:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        connection.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
    admin.dispose()
    return make_url(url).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False
    )


# the load --------------------------------------------------------------------------------------------------------
def sample_case(rng: random.Random, number: int) -> Case:
    return Case(
        jurisdiction=rng.choice(list(Jurisdiction)), language=Language.FR, channel=Channel.EMAIL,
        received=date(2026, 3, rng.randint(1, 9)), rights=(Right.ACCESS,),
        subject=DataSubject(name=f"Patient {number} {rng.choice(['Lefèvre', 'Peeters', 'Schmit', 'Dubois'])}",
                            email=f"patient{number}@example.org"),
    )


@dataclass
class ClientLog:
    latencies: dict[str, list[float]] = field(default_factory=lambda: {kind: [] for kind in KINDS})
    tokens: list[tuple[str, str]] = field(default_factory=list)  # (reference, token) saved in the notes field
    notes: list[tuple[str, str]] = field(default_factory=list)  # (reference, text) added to the timeline
    created: list[str] = field(default_factory=list)
    retries: int = 0
    refused: int = 0
    errors: list[str] = field(default_factory=list)


def client(url: str, number: int, operations: int, deadline: float, references: list[str]) -> ClientLog:
    """One person's program: its own engine, its own name on the timeline."""
    from lazeo_desk.services.cases import CaseRuleError, CaseService, ChangedMeanwhile
    from lazeo_desk.services.letters import LetterService, SendMethod
    from lazeo_desk.services.workplace import Workplace
    from lazeo_desk.store.database import Database

    rng = random.Random(number)
    db = Database(url)
    service = CaseService(Workplace(db, CLOCK, f"client-{number}"))
    letters = LetterService(service)
    log = ClientLog()
    known = list(references)
    try:
        for step in range(operations):
            if time.monotonic() > deadline:
                break
            kind = rng.choices(KINDS, WEIGHTS)[0]
            reference = rng.choice(known)
            started = time.perf_counter()
            try:
                if kind == "create":
                    made = service.open_case(sample_case(rng, number * 1_000_000 + step))
                    log.created.append(made)
                    known.append(made)
                elif kind == "edit":
                    token = f"c{number}s{step}"
                    while True:
                        loaded = service.load(reference)
                        loaded.case.notes = (loaded.case.notes + " " + token).strip()
                        try:
                            service.save(loaded.case, expected_version=loaded.version)
                            break
                        except ChangedMeanwhile:
                            log.retries += 1
                    log.tokens.append((reference, token))
                elif kind == "note":
                    note = f"note c{number}s{step}"
                    service.add_note(reference, note)
                    log.notes.append((reference, note))
                elif kind == "letter":
                    draft = letters.draft(reference, LetterKind.ACKNOWLEDGEMENT)
                    letters.send(reference, draft, method=SendMethod.EMAIL)
                else:
                    current = service.load(reference).case.status
                    moves = [s for s in allowed_moves(current) if s in (Status.IN_PROGRESS, Status.VERIFYING_IDENTITY)]
                    if moves:
                        service.change_status(reference, rng.choice(moves))
            except CaseRuleError:
                # A move or a letter the rules refuse for the case as it now is: an answer, not a failure.
                log.refused += 1
            except Exception as error:  # noqa: BLE001  (counted and printed: the benchmark must finish)
                log.errors.append(f"{kind} {reference}: {type(error).__name__}: {error}")
            log.latencies[kind].append(time.perf_counter() - started)
    finally:
        db.dispose()
    return log


def _client_entry(arguments: tuple[str, int, int, float, list[str]]) -> ClientLog:
    return client(*arguments)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def run_load(url: str, clients: int, operations: int, seconds: float) -> None:
    from lazeo_desk.services.cases import CaseService
    from lazeo_desk.services.maintenance import check
    from lazeo_desk.services.workplace import Workplace
    from lazeo_desk.store.database import Database

    target = schema_url(url, "bench_team_load", fresh=True)
    db = Database(target)
    seeding = CaseService(Workplace(db, CLOCK, "seed"))
    rng = random.Random(0)
    references = [seeding.open_case(sample_case(rng, n)) for n in range(SEEDED)]
    db.dispose()
    print(f"load: {clients} clients × {operations} operations on {SEEDED} seeded cases (at most {seconds:.0f} s)")
    deadline = time.monotonic() + seconds
    started = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(clients) as pool:
        logs = pool.map(_client_entry, [(target, n, operations, deadline, references) for n in range(clients)])
    elapsed = time.perf_counter() - started
    done = sum(len(v) for log in logs for v in log.latencies.values())
    print(f"  {done} operations in {elapsed:.1f} s: {done / elapsed:.1f} operations/s")
    for kind in KINDS:
        values = [v for log in logs for v in log.latencies[kind]]
        if values:
            print(f"  {kind:<7} {len(values):>5}  median {statistics.median(values) * 1000:7.1f} ms"
                  f"  p95 {percentile(values, 0.95) * 1000:7.1f} ms")
    every = [v for log in logs for values in log.latencies.values() for v in values]
    print(f"  all     {len(every):>5}  median {statistics.median(every) * 1000:7.1f} ms"
          f"  p95 {percentile(every, 0.95) * 1000:7.1f} ms")
    print(f"  saves read again and retried after a concurrent change: {sum(log.retries for log in logs)}; "
          f"refused by the rules: {sum(log.refused for log in logs)}")
    errors = [error for log in logs for error in log.errors]
    print(f"  errors: {len(errors)}" + "".join(f"\n    {error}" for error in errors[:10]))

    db = Database(target)
    try:
        with db.engine.connect() as connection:
            notes = dict(connection.execute(text("SELECT reference, notes FROM cases")).all())
            timeline = set(connection.execute(text(
                "SELECT c.reference, e.text FROM events e JOIN cases c ON c.id = e.case_id WHERE e.kind = 'note'"
            )).all())
            duplicates = connection.execute(text(
                "SELECT count(*) FROM (SELECT reference FROM cases GROUP BY reference HAVING count(*) > 1) d"
            )).scalar()
            gaps = connection.execute(text(
                "SELECT coalesce(sum(max_sequence - cases), 0) FROM (SELECT year, max(sequence) AS max_sequence, "
                "count(*) AS cases FROM cases GROUP BY year) y"
            )).scalar()
        lost_tokens = sum(1 for log in logs for reference, token in log.tokens
                          if token not in notes.get(reference, "").split())
        lost_notes = sum(1 for log in logs for entry in log.notes if entry not in timeline)
        print(f"  lost updates: {lost_tokens} (of {sum(len(log.tokens) for log in logs)} edits), "
              f"lost notes: {lost_notes} (of {sum(len(log.notes) for log in logs)})")
        print(f"  duplicate references: {duplicates}; gaps in the references: {gaps}; "
              f"cases created: {sum(len(log.created) for log in logs)}")
        found = check(db)
        print("  check: clean" if not found else f"  check: {len(found)} problems\n    " + "\n    ".join(found[:10]))
    finally:
        db.dispose()


# the large register ---------------------------------------------------------------------------------------------
_FIRST = ("Élodie Marie Jean Anaïs Luc Sophie Thomas Camille Léa Hugo Chloé Louis Inès Nathan Zoé Lucas Manon Jules "
          "Emma Noah Clara Arthur Jade Adam Louise Raphaël Alice Gabriel Lina Paul Wout Sofie Jan Lotte Pieter Mike")
_HEADS = "Le Du De La Van Ver Mar Ber Bou Cha Fo Ga Gi Ja Lam Mo Pe Ro Sa Tho Vi Wa Bre Cla Dan"
_MIDDLES = "fè bo ca mon ri gar ster ge lan cam mer ni ho ren sé tan vel dri pa lou ch"
_TAILS = "vre rt ns ux mans ier eau ez ot oux"


def _array(words: str) -> str:
    return "ARRAY[" + ", ".join("'" + word.replace("'", "''") + "'" for word in words.split()) + "]"


def _ensure_trigram_index(db: object) -> None:
    """Make the trigram index again if it went with its extension (a schema dropped that held pg_trgm)."""
    from lazeo_desk.store import search

    with db.engine.begin() as connection:  # type: ignore[attr-defined]
        if connection.execute(text("SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() "
                                   "AND indexname = :name"), {"name": search.SERVER_INDEX}).first() is not None:
            return
        connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
        # Where the extension is, which may be another schema than public if it was made before.
        trigram = connection.execute(text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
            "WHERE e.extname = 'pg_trgm'"
        )).scalar_one()
        print("  making the trigram index again …", flush=True)
        connection.execute(text(
            f"CREATE INDEX {search.SERVER_INDEX} ON cases USING gin ({search.SERVER_TEXT} {trigram}.gin_trgm_ops)"
        ))
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:  # type: ignore[attr-defined]
        connection.execute(text("ANALYZE cases"))


def build_large(url: str, count: int) -> str:
    """The schema with ``count`` cases, built once by SQL on the server (about 40,000 surnames, spread over six
    years, a tenth of them open)."""
    from lazeo_desk.store import search
    from lazeo_desk.store.database import Database

    target = schema_url(url, f"bench_team_{count}", fresh=False)
    db = Database(target)
    try:
        with db.engine.connect() as connection:
            have = connection.execute(text("SELECT count(*) FROM cases")).scalar()
        if have == count:
            print(f"large register: {count} cases kept from an earlier run")
            _ensure_trigram_index(db)
            return target
        print(f"large register: writing {count} cases …", flush=True)
        started = time.perf_counter()
        with db.engine.begin() as connection:
            connection.execute(text("TRUNCATE cases, case_rights, events, reference_counters RESTART IDENTITY CASCADE"))
            # The bulk rows go in without the NOTIFY trigger, and the trigram index is built once after them (a GIN
            # index grown row by row costs many times more).
            connection.execute(text("ALTER TABLE cases DISABLE TRIGGER cases_announced"))
            trigram = connection.execute(text(
                "SELECT pg_get_indexdef(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.relname = :name AND n.nspname = current_schema()"), {"name": search.SERVER_INDEX}).scalar()
            if trigram is not None:
                connection.execute(text(f"DROP INDEX {search.SERVER_INDEX}"))
            connection.execute(text(f"""
                WITH n AS (SELECT g::bigint AS i, (2021 + (g::bigint * 6 / ({count} + 1)))::int AS year
                           FROM generate_series(1, {count}) g),
                named AS (
                    SELECT i, year,
                        ({_array(_FIRST)})[(1 + (i * 7919) % {len(_FIRST.split())})::int] AS first,
                        ({_array(_HEADS)})[(1 + (i * 104729) % {len(_HEADS.split())})::int]
                        || ({_array(_MIDDLES)})[(1 + (i * 1299709) % {len(_MIDDLES.split())})::int]
                        || ({_array(_TAILS)})[(1 + (i * 15485863) % {len(_TAILS.split())})::int]
                        || CASE WHEN i % 3 = 0 THEN ({_array(_MIDDLES)})[(1 + (i / 7) % {len(_MIDDLES.split())})::int]
                                ELSE '' END AS family,
                        row_number() OVER (PARTITION BY year ORDER BY i) AS sequence
                    FROM n)
                INSERT INTO cases (reference, year, sequence, jurisdiction, language, channel, status, urgency,
                    received, due_date, strict_due_date, answered, records_older_than_5_years, request_text, notes,
                    subject_name, subject_name_key, subject_email, subject_address, subject_family_name,
                    patient_number, centre, minor, deceased, requester_relationship, requester_name,
                    requester_name_key, requester_address, requester_email, requester_proof,
                    requester_purpose_explanation, practitioner_address, practitioner_family_name, version,
                    created_at, updated_at)
                SELECT 'DSAR-' || year || '-' || CASE WHEN sequence < 10000 THEN lpad(sequence::text, 4, '0')
                                                     ELSE sequence::text END,
                    year, sequence, (ARRAY['BE','FR','LU'])[(1 + i % 3)::int],
                    'fr', 'email',
                    CASE WHEN i > {count} * 9 / 10 THEN 'in-progress' ELSE 'closed' END,
                    CASE WHEN i > {count} * 9 / 10 THEN 0 ELSE 2 END,
                    make_date(year, (1 + i % 12)::int, (1 + i % 28)::int),
                    make_date(year, (1 + i % 12)::int, (1 + i % 28)::int) + 30,
                    make_date(year, (1 + i % 12)::int, (1 + i % 28)::int) + 30,
                    CASE WHEN i > {count} * 9 / 10 THEN NULL
                         ELSE make_date(year, (1 + i % 12)::int, (1 + i % 28)::int) + 20 END,
                    false, '', '', first || ' ' || family,
                    lower(translate(first || ' ' || family, 'ÉéèëêÏïÎîÖöÔôÜüÛûÇçÀàÂâ', 'EeeeeIiIiOoOoUuUuCcAaAa')),
                    lower(translate(first, 'ÉéèëêÏïÎîÖöÔôÜüÛûÇçÀàÂâ', 'EeeeeIiIiOoOoUuUuCcAaAa')) || '.'
                        || lower(translate(family, 'ÉéèëêÏïÎîÖöÔôÜüÛûÇçÀàÂâ', 'EeeeeIiIiOoOoUuUuCcAaAa')) || i
                        || '@example.org',
                    i || ' rue des Écoles', family, 'P-' || i, 'Gent', false, false, 'self', '', '', '', '', '', '',
                    '', '', 1, now(), now()
                FROM named"""))
            connection.execute(text(
                "INSERT INTO case_rights (case_id, \"right\", position, ground) SELECT id, 'access', 0, '' FROM cases"
            ))
            connection.execute(text(
                "INSERT INTO reference_counters (year, last_sequence) "
                "SELECT year, max(sequence) FROM cases GROUP BY year"
            ))
            connection.execute(text("ALTER TABLE cases ENABLE TRIGGER cases_announced"))
            if trigram is not None:
                connection.execute(text(trigram))
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE cases"))
            connection.execute(text("VACUUM ANALYZE case_rights"))
        print(f"  written in {time.perf_counter() - started:.0f} s")
    finally:
        db.dispose()
    return target


def _unescaped(compiled: object) -> str:
    """A query compiled with its values, its % no longer doubled for the driver (text() doubles them again)."""
    return str(compiled).replace("%%", "%")


def _timed(repeats: int, run: object) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def run_large(url: str, count: int, repeats: int) -> None:
    from lazeo_desk.services.register import RegisterService
    from lazeo_desk.services.workplace import Workplace
    from lazeo_desk.store import register, search
    from lazeo_desk.store.database import Database
    from lazeo_desk.store.register import CaseFilter
    from lazeo_desk.ui.register_model import PAGE_SIZE

    target = build_large(url, count)
    db = Database(target)
    try:
        service = RegisterService(Workplace(db, CLOCK, "bench"))
        today = CLOCK.today()
        with db.transaction() as session:
            chosen = type(search.for_session(session)).__name__
            rare = session.execute(text("SELECT subject_name, reference, subject_email FROM cases WHERE id = :i"),
                                   {"i": count // 3}).one()
        print(f"{count} cases, search by {chosen}; medians of {repeats} runs, a page of {PAGE_SIZE} rows:")
        searches = {
            "first page": "",
            "surname fragment 'lamgar'": "lamgar",
            "first name + surname 'sophie bou'": "sophie bou",
            f"reference '{rare.reference}'": rare.reference,
            "e-mail fragment 'mike.ver'": "mike.ver",
            f"a whole name '{rare.subject_name}'": rare.subject_name,
            "nothing matches 'zzyzx'": "zzyzx",
        }
        for label, typed in searches.items():
            def page(typed: str = typed) -> None:
                service.page(CaseFilter(text=typed), today, limit=PAGE_SIZE)

            page()
            print(f"  {label:<48} {_timed(repeats, page):8.1f} ms")
        # The queries fetch_page runs for these, with what the server did.
        for label, typed in (("first page", ""), ("search 'lamgar'", "lamgar"), ("search 'sophie bou'", "sophie bou")):
            with db.transaction() as session:
                terms = search.search_terms(typed)
                shown: list[tuple[str, object]] = []
                if terms:
                    shown.append(("its matches, from the pg_trgm index", search.ServerTrigramSearch.matching(terms)))
                    narrowed = search.for_session(session).for_page(session, terms, walkable=True)
                    ranked = narrowed.ranked(terms)
                    page = (register.ranked_page_query(CaseFilter(text=typed), today, ranked) if ranked is not None
                            else register.page_query(CaseFilter(text=typed), today, text_search=narrowed))
                else:
                    page = register.page_query(CaseFilter(), today)
                shown.append(("the page", page.limit(PAGE_SIZE)))
                for part, query in shown:
                    compiled = query.compile(  # type: ignore[attr-defined]
                        session.connection(), compile_kwargs={"literal_binds": True}
                    )
                    print(f"\nEXPLAIN ANALYZE of {label}: {part}")
                    for (line,) in session.execute(text(f"EXPLAIN ANALYZE {_unescaped(compiled)}")):
                        print(f"  {line}")
    finally:
        db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default=os.environ.get("LAZEO_BENCH_POSTGRES"))
    parser.add_argument("--clients", type=int, default=5)
    parser.add_argument("--operations", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=900)
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--cluster", type=Path, default=Path("/tmp/lazeo-bench-pg"))
    parser.add_argument("--skip-load", action="store_true")
    parser.add_argument("--skip-large", action="store_true")
    args = parser.parse_args()
    with server(args.url, args.cluster) as url:
        if not args.skip_load:
            run_load(url, args.clients, args.operations, args.seconds)
        if not args.skip_large:
            run_large(url, args.cases, args.repeats)


if __name__ == "__main__":
    main()

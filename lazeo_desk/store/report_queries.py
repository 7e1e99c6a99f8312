"""The accountability figures, aggregated by the database (the rules are in ``domain/report_figures.py``).

Live cases and the anonymous lines of purged cases are read through one ``facts`` expression (a UNION ALL), so
that every figure counts both the same way; each figure is a SUM over it, each breakdown a GROUP BY, and the
median and 90th percentile are read by rank with window functions: nothing loops over cases in Python.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Dialect, RowMapping, Select, and_, exists, func, literal, select, text
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session, aliased

from lazeo_desk.domain.case import Channel, Jurisdiction
from lazeo_desk.domain.report_figures import DAY_BUCKETS, Period
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import OPEN_STATUSES, Status
from lazeo_desk.store import engines, register, search
from lazeo_desk.store.models import RIGHTS_LISTED, CaseRightRow, CaseRow

UNRECORDED_GROUND = "unrecorded"
_OPEN = tuple(sorted(s.value for s in OPEN_STATUSES))
_RUNNING_OPEN = tuple(sorted(s.value for s in OPEN_STATUSES if s is not Status.AWAITING_REQUESTER))


@dataclass(frozen=True)
class ReportFilter:
    """The cases a report covers: those received in ``period``, narrowed by each criterion given."""

    period: Period
    jurisdiction: Jurisdiction | None = None
    centre: str = ""
    right: Right | None = None
    channel: Channel | None = None

    def describe(self) -> dict[str, str]:
        """The filter as plain values, for the audit trail and the report's cover."""
        found = {"from": self.period.start.isoformat(), "to": self.period.end.isoformat()}
        if self.jurisdiction is not None:
            found["country"] = self.jurisdiction.value
        if self.centre:
            found["centre"] = self.centre
        if self.right is not None:
            found["right"] = self.right.value
        if self.channel is not None:
            found["channel"] = self.channel.value
        return found


@dataclass(frozen=True)
class Counts:
    """The headline counts of one group of cases."""

    received: int = 0
    answered: int = 0
    answered_on_time: int = 0
    answered_late: int = 0
    open: int = 0
    open_overdue: int = 0
    extended: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class MonthFigures:
    """One month of the period: requests received per right (a case counts under each right it invokes), and
    answers among the month's requests."""

    month: str  # YYYY-MM
    received: int
    by_right: dict[str, int]
    answered: int
    answered_on_time: int


@dataclass(frozen=True)
class Figures:
    """Every figure of a report."""

    totals: Counts
    median_days_to_answer: int | None
    p90_days_to_answer: int | None
    erasures_partly_refused: int
    purged: int
    by_right: dict[str, Counts]
    by_country: dict[str, Counts]
    by_centre: dict[str, Counts]
    by_channel: dict[str, Counts]
    by_month: list[MonthFigures]
    refusals: dict[str, int]
    identity: dict[str, int]
    days_distribution: list[int]
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class LateAnswer:
    reference: str
    received: date
    due: date
    answered: date
    days_late: int
    extended: bool
    reason: str


@dataclass(frozen=True)
class Refusal:
    reference: str
    right: str
    answered: date | None
    ground: str


@dataclass(frozen=True)
class AuditHead:
    """The last entry of the audit trail when a report was made: its position (id) and hash."""

    position: int
    hash: str


@dataclass(frozen=True)
class ReportData:
    """Everything the annual report shows, read in one transaction."""

    report_filter: ReportFilter
    made_on: date
    made_at: datetime
    actor: str
    figures: Figures
    late: list[LateAnswer]
    refusals: list[Refusal]
    audit_head: AuditHead | None


def _has_right(dialect: Dialect, column: str, right: str) -> str:
    # A purged line keeps its rights as a comma-joined list of right keys.
    return engines.inline(dialect, engines.listed(engines.column(column), literal(right)))


def _invokes(right: str) -> str:
    # A live case keeps its rights as case_rights rows (found by the index on right, case_id).
    return f"EXISTS (SELECT 1 FROM case_rights r WHERE r.\"right\" = '{right}' AND r.case_id = cases.id)"


def _flag(condition: str) -> str:
    # A count to sum, on every engine (PostgreSQL sums no truth values; SQLite's are already 0 and 1).
    return f"CASE WHEN {condition} THEN 1 ELSE 0 END"


def _facts(report_filter: ReportFilter, today: date, dialect: Dialect) -> tuple[str, dict[str, object], str]:
    """The SQL of one row per counted case (live or purged) with its flags, its parameters, and the condition
    on ``case_statistics s`` that picks the purged lines."""
    params: dict[str, object] = {
        "start": report_filter.period.start,
        "end": report_filter.period.end,
        "today": today,
    }
    live = ["cases.received >= :start", "cases.received <= :end"]
    purged = []
    years = report_filter.period.whole_years
    if years and not report_filter.centre:
        purged.append(f"s.year IN ({', '.join(str(y) for y in years)})")
    else:
        purged.append("1 = 0")
    if report_filter.jurisdiction is not None:
        params["country"] = report_filter.jurisdiction.value
        live.append("cases.jurisdiction = :country")
        purged.append("s.jurisdiction = :country")
    if report_filter.centre:
        params["centre"] = report_filter.centre
        live.append("cases.centre = :centre")
    if report_filter.channel is not None:
        params["channel"] = report_filter.channel.value
        live.append("cases.channel = :channel")
        purged.append("s.channel = :channel")
    if report_filter.right is not None:
        live.append(_invokes(report_filter.right.value))
        purged.append(_has_right(dialect, "s.rights", report_filter.right.value))
    opened = ", ".join(f"'{s}'" for s in _OPEN)
    running = ", ".join(f"'{s}'" for s in _RUNNING_OPEN)
    # A live case's rights, comma-joined in the requester's order, like a purged line's (grouped on below).
    rights = engines.joined_in_order(dialect, '"right"', "position", "FROM case_rights WHERE case_id = cases.id")
    month = engines.inline(dialect, engines.year_month(engines.column("cases.received")))
    days = engines.inline(dialect, engines.days_between(engines.column("cases.answered"),
                                                        engines.column("cases.received")))
    erasure_partly = _has_right(dialect, "s.outcome", "erasure:partly-granted")
    sql = f"""
        SELECT cases.id AS case_id, cases.jurisdiction AS country, cases.channel AS channel,
               cases.centre AS centre, {month} AS month, COALESCE({rights}, '') AS rights,
               {_flag("cases.answered IS NOT NULL")} AS answered,
               CASE WHEN cases.answered IS NOT NULL AND cases.due_date IS NOT NULL
                    THEN {_flag("cases.answered <= cases.due_date")} END AS on_time,
               {_flag(f"cases.status IN ({opened})")} AS open,
               {_flag(f"cases.status IN ({running}) AND cases.due_date < :today")} AS overdue,
               {_flag("cases.extension_notice_date IS NOT NULL")} AS extended,
               CASE WHEN cases.answered IS NOT NULL THEN {days} END AS days,
               0 AS erasure_partly,
               0 AS purged
        FROM cases WHERE {' AND '.join(live)}
        UNION ALL
        SELECT NULL, s.jurisdiction, s.channel, '', NULL, s.rights,
               {_flag("s.days_to_answer IS NOT NULL")}, CASE WHEN s.on_time THEN 1 WHEN NOT s.on_time THEN 0 END,
               0, 0, {_flag("s.extended")}, s.days_to_answer, {_flag(erasure_partly)}, 1
        FROM case_statistics s WHERE {' AND '.join(purged)}
    """
    return sql, params, " AND ".join(purged)


_COUNT_COLUMNS = """
    COUNT(*) AS received,
    COALESCE(SUM(answered), 0) AS answered,
    COALESCE(SUM(CASE WHEN on_time = 1 THEN 1 ELSE 0 END), 0) AS answered_on_time,
    COALESCE(SUM(CASE WHEN on_time = 0 THEN 1 ELSE 0 END), 0) AS answered_late,
    COALESCE(SUM(open), 0) AS open,
    COALESCE(SUM(overdue), 0) AS open_overdue,
    COALESCE(SUM(extended), 0) AS extended
"""


def _counts(row: RowMapping) -> Counts:
    return Counts(
        received=int(row["received"]),
        answered=int(row["answered"]),
        answered_on_time=int(row["answered_on_time"]),
        answered_late=int(row["answered_late"]),
        open=int(row["open"]),
        open_overdue=int(row["open_overdue"]),
        extended=int(row["extended"]),
    )


_FACTS = "report_facts"


def _add(first: Counts, second: Counts) -> Counts:
    return Counts(**{name: getattr(first, name) + getattr(second, name) for name in Counts.__dataclass_fields__})


def _rolled_up(groups: list[tuple[tuple[str, ...], Counts]], position: int) -> dict[str, Counts]:
    found: dict[str, Counts] = {}
    for keys, counts in groups:
        found[keys[position]] = _add(found.get(keys[position], Counts()), counts)
    return dict(sorted(found.items()))


def _groups(session: Session) -> list[tuple[tuple[str, ...], Counts]]:
    """The counts per (country, centre, channel), aggregated by the database in one pass; totals and each
    breakdown are sums of these few groups."""
    rows = session.execute(text(
        f"SELECT country, centre, channel, {_COUNT_COLUMNS} FROM {_FACTS} GROUP BY country, centre, channel"
    )).mappings()
    return [((str(row["country"]), str(row["centre"] or ""), str(row["channel"])), _counts(row)) for row in rows]


def _rights_by_month(session: Session) -> tuple[dict[str, Counts], list[MonthFigures]]:
    """Per right (a case counts under each right it invokes) and per month of receipt, from the database's
    groups of (month, combination of rights): a few hundred groups, whatever the number of cases. Purged lines
    keep no day: they count per right, in no month."""
    rows = session.execute(text(
        f"SELECT month, rights, {_COUNT_COLUMNS} FROM {_FACTS} GROUP BY month, rights"
    )).mappings()
    by_right: dict[str, Counts] = {}
    months: dict[str, tuple[Counts, dict[str, int]]] = {}
    for row in rows:
        counts = _counts(row)
        rights = [key for key in str(row["rights"] or "").split(",") if key]
        for key in rights:
            by_right[key] = _add(by_right.get(key, Counts()), counts)
        if row["month"] is None:
            continue
        total, per_right = months.get(str(row["month"]), (Counts(), {}))
        for key in rights:
            per_right[key] = per_right.get(key, 0) + counts.received
        months[str(row["month"])] = (_add(total, counts), per_right)
    return (
        {r.value: by_right[r.value] for r in Right if r.value in by_right},
        [
            MonthFigures(
                month=month,
                received=total.received,
                by_right={r.value: per_right[r.value] for r in Right if r.value in per_right},
                answered=total.answered,
                answered_on_time=total.answered_on_time,
            )
            for month, (total, per_right) in sorted(months.items())
        ],
    )


def _percentiles(session: Session) -> tuple[int | None, int | None]:
    """Median and 90th percentile of days to answer, by nearest rank (``report_figures.nearest_rank``): the
    smallest number of days whose running count of answers reaches rank ceil(n/2), resp. ceil(9n/10). The
    answers are first counted per number of days, so the running sum orders a few hundred rows, not every case."""
    row = session.execute(
        text(
            f"WITH per_day AS (SELECT days, COUNT(*) AS n FROM {_FACTS} WHERE days IS NOT NULL GROUP BY days),"
            # The total as an integer (PostgreSQL sums counts as numeric): the ranks divide as integers.
            " running AS (SELECT days, SUM(n) OVER (ORDER BY days) AS reached,"
            " CAST(SUM(n) OVER () AS INTEGER) AS total FROM per_day)"
            # At least one answer is counted here, so both ranks are at least 1.
            " SELECT (SELECT MIN(days) FROM running WHERE reached >= (total + 1) / 2),"
            "        (SELECT MIN(days) FROM running WHERE reached >= (9 * total + 9) / 10)"
        )
    ).first()
    if row is None or row[0] is None:
        return None, None
    return int(row[0]), int(row[1])


def _distribution(session: Session) -> list[int]:
    columns = []
    for low, high in DAY_BUCKETS:
        condition = f"days >= {low}" + (f" AND days <= {high}" if high is not None else "")
        columns.append("COALESCE(SUM(" + _flag(f"days IS NOT NULL AND {condition}") + "), 0)")
    row = session.execute(text(f"SELECT {', '.join(columns)} FROM {_FACTS}")).one()
    return [int(value) for value in row]


def _erasures_partly_refused(session: Session) -> int:
    live = session.scalar(text(
        f'SELECT COUNT(*) FROM case_rights r JOIN {_FACTS} f ON f.case_id = r.case_id '
        "WHERE r.\"right\" = 'erasure' AND r.outcome = 'partly-granted'"
    ))
    purged = session.scalar(text(
        f"SELECT COALESCE(SUM(erasure_partly), 0) FROM {_FACTS} WHERE purged = 1"
    ))
    return int(live or 0) + int(purged or 0)


def _live_where(report_filter: ReportFilter) -> list[Any]:
    found: list[Any] = [
        CaseRow.received >= report_filter.period.start,
        CaseRow.received <= report_filter.period.end,
    ]
    if report_filter.jurisdiction is not None:
        found.append(CaseRow.jurisdiction == report_filter.jurisdiction.value)
    if report_filter.centre:
        found.append(CaseRow.centre == report_filter.centre)
    if report_filter.channel is not None:
        found.append(CaseRow.channel == report_filter.channel.value)
    if report_filter.right is not None:
        # Its own alias: the queries this narrows may read case_rights rows themselves (the refusals).
        invoked = aliased(CaseRightRow)
        found.append(exists().where(invoked.case_id == CaseRow.id, invoked.right == report_filter.right.value))
    return found


def _refusals(
    session: Session, report_filter: ReportFilter, purged_where: str, params: dict[str, object]
) -> dict[str, int]:
    """Rights refused in full, by ground (the recorded ground up to its first colon); purged lines keep no ground."""
    ground = func.trim(engines.text_before(CaseRightRow.ground, ":"))
    query = (
        select(ground, func.count())
        .join(CaseRow, CaseRow.id == CaseRightRow.case_id)
        .where(CaseRightRow.outcome == "refused", *_live_where(report_filter))
        .group_by(ground)
    )
    found: dict[str, int] = {}
    for key, count in session.execute(query):
        name = str(key or "") or UNRECORDED_GROUND
        found[name] = found.get(name, 0) + int(count)
    dialect = session.get_bind().dialect
    refused = " + ".join(_flag(_has_right(dialect, "outcome", f"{r.value}:refused")) for r in Right)
    purged_refused = session.scalar(
        text(f"SELECT COALESCE(SUM({refused}), 0) FROM case_statistics s WHERE {purged_where}"), params
    )
    if purged_refused:
        found[UNRECORDED_GROUND] = found.get(UNRECORDED_GROUND, 0) + int(purged_refused)
    return dict(sorted(found.items()))


_IDENTITY_PREFIX = "identity verification: "
_IDENTITY_OUTCOMES = ("verified", "more-information-needed", "cannot-be-verified")


def _identity(session: Session) -> dict[str, int]:
    """How identity verifications ended, per case: its last verification recorded (the timeline's English record
    reads ``identity verification: <outcome> …``). Purged cases keep no timeline and are not counted here."""
    outcome = f"substr(e.text, {len(_IDENTITY_PREFIX) + 1})"
    columns = ", ".join(
        "COALESCE(SUM(" + _flag(f"{outcome} LIKE '{name} %'") + "), 0)" for name in _IDENTITY_OUTCOMES
    )
    row = session.execute(text(
        f"SELECT {columns} FROM {_FACTS} f JOIN events e ON e.id = ("
        "  SELECT MAX(l.id) FROM events l WHERE l.case_id = f.case_id AND l.kind = 'identity'"
        f"  AND l.text LIKE '{_IDENTITY_PREFIX}%') WHERE f.purged = 0"
    )).one()
    return {name: int(value) for name, value in zip(_IDENTITY_OUTCOMES, row, strict=True)}


def figures(session: Session, report_filter: ReportFilter, today: date) -> Figures:
    """Every figure of the report of ``report_filter`` on ``today`` (for what is open and past due).

    The counted cases are read once into a temporary table of their flags (one pass over the register); every
    figure is then an aggregate over that table, and the breakdowns by country, centre and channel sums of the
    few groups the database returns.
    """
    connection = session.connection()
    facts, params, purged_where = _facts(report_filter, today, connection.dialect)
    temporary = engines.temporary_table(connection.dialect, _FACTS)
    connection.execute(text(f"DROP TABLE IF EXISTS {temporary}"))
    connection.execute(text(f"CREATE TEMP TABLE {_FACTS} AS {facts}"), params)
    try:
        groups = _groups(session)
        totals = Counts()
        for _keys, counts in groups:
            totals = _add(totals, counts)
        purged = int(session.scalar(text(f"SELECT COUNT(*) FROM {_FACTS} WHERE purged = 1")) or 0)
        median, p90 = _percentiles(session)
        by_right, by_month = _rights_by_month(session)
        return Figures(
            totals=totals,
            median_days_to_answer=median,
            p90_days_to_answer=p90,
            erasures_partly_refused=_erasures_partly_refused(session),
            purged=purged,
            by_right=by_right,
            by_country=_rolled_up(groups, 0),
            by_centre=_rolled_up(groups, 1),
            by_channel=_rolled_up(groups, 2),
            by_month=by_month,
            refusals=_refusals(session, report_filter, purged_where, params),
            identity=_identity(session),
            days_distribution=_distribution(session),
        )
    finally:
        connection.execute(text(f"DROP TABLE IF EXISTS {temporary}"))


def late_answers(session: Session, report_filter: ReportFilter) -> list[LateAnswer]:
    """The live cases of the report answered after their governing due date, most late first; the reason is the
    one recorded with the case (its extension reason), empty when none was recorded."""
    late: Any = engines.days_between(CaseRow.answered, CaseRow.due_date)
    query = (
        select(CaseRow.reference, CaseRow.received, CaseRow.due_date, CaseRow.answered, late,
               CaseRow.extension_notice_date, CaseRow.extension_reason)
        .where(CaseRow.answered.is_not(None), CaseRow.due_date.is_not(None), CaseRow.answered > CaseRow.due_date,
               *_live_where(report_filter))
        .order_by(late.desc(), CaseRow.year, CaseRow.sequence)
    )
    return [
        LateAnswer(ref, received, due, answered, int(days), notice is not None, reason or "")
        for ref, received, due, answered, days, notice, reason in session.execute(query)
    ]


def refusal_list(session: Session, report_filter: ReportFilter) -> list[Refusal]:
    """Each right refused in full on a live case of the report, with the ground recorded."""
    query = (
        select(CaseRow.reference, CaseRightRow.right, CaseRow.answered, CaseRightRow.ground)
        .join(CaseRightRow, CaseRightRow.case_id == CaseRow.id)
        .where(CaseRightRow.outcome == "refused", *_live_where(report_filter))
        .order_by(CaseRow.year, CaseRow.sequence, CaseRightRow.position)
    )
    return [Refusal(ref, right, answered, ground or "") for ref, right, answered, ground in session.execute(query)]


# The register export ----------------------------------------------------------------------------------------

def _outcomes_column() -> Any:
    return (
        select(func.aggregate_strings(CaseRightRow.right + ":" + CaseRightRow.outcome, ","))
        .where(CaseRightRow.case_id == CaseRow.id, CaseRightRow.outcome.is_not(None))
        .correlate(CaseRow)
        .scalar_subquery()
    )


def export_query(
    case_filter: register.CaseFilter,
    today: date,
    sort: register.SortKey = register.SortKey.REFERENCE,
    descending: bool = False,
    text_search: search.TextSearch = search.LIKE,
) -> Select[Any]:
    """One row per case of the register as filtered, in the register's order for ``sort`` (by default the
    reference), with the columns of the export (the text looked for as the register looks for it: ``text_search``)."""
    return (
        select(
            CaseRow.reference,
            CaseRow.received,
            CaseRow.completed,
            CaseRow.due_date,
            CaseRow.strict_due_date,
            CaseRow.extension_notice_date.is_not(None),
            CaseRow.answered,
            CaseRow.status,
            func.coalesce(RIGHTS_LISTED, ""),
            _outcomes_column(),
            CaseRow.jurisdiction,
            CaseRow.centre,
            CaseRow.channel,
            sql_case((and_(CaseRow.answered.is_not(None), CaseRow.due_date.is_not(None)),
                      CaseRow.answered <= CaseRow.due_date), else_=None),
            register.days_to_answer(),
        )
        .where(*register.conditions(case_filter, today, text_search))
        .order_by(*register.order(sort, descending, searching=bool(search.search_terms(case_filter.text))))
    )


def export_rows(
    session: Session,
    case_filter: register.CaseFilter,
    today: date,
    batch: int = 2000,
    *,
    sort: register.SortKey = register.SortKey.REFERENCE,
    descending: bool = False,
) -> Iterator[tuple[Any, ...]]:
    """The export's rows, read in batches from a streaming cursor: memory stays flat whatever the register's size."""
    query = export_query(case_filter, today, sort, descending, search.for_session(session)).execution_options(
        stream_results=True, yield_per=batch
    )
    result = session.execute(query)
    for part in result.partitions(batch):
        for row in part:
            yield tuple(row)

"""When an answer is due: the counting rules of docs/rules.md ("Deadlines"), one function per rule.

GDPR Art 12(3) gives one month from receipt of the (complete) request, extendable by two further months;
Regulation (EEC, Euratom) No 1182/71 Art 3 says how such periods are counted; the national patient-record laws
add a shorter clock for the patient's own medical file. The earlier deadline governs.
"""

from __future__ import annotations

import calendar
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from lazeo_desk.domain.calendars import FROM_PACKAGE, HolidayNames, WorkingCalendar
from lazeo_desk.domain.case import Jurisdiction
from lazeo_desk.domain.rights import Right

GDPR_MONTHS = 1
EXTENDED_MONTHS = 3
DUE_SOON_DAYS = 7


class Unit(enum.StrEnum):
    DAYS = "days"
    MONTHS = "months"


@dataclass(frozen=True)
class Period:
    """A legal period: a number of calendar days or of months."""

    amount: int
    unit: Unit

    def __str__(self) -> str:
        return f"{self.amount} {self.unit.value if self.amount != 1 else self.unit.value[:-1]}"


def add_months(start: date, months: int) -> date:
    """Last day of a period of ``months`` months that starts with the event on ``start``.

    Reg. 1182/71 Art 3(1) and 3(2)(c): the day of the event is not counted, and the period ends with the day of
    the last month that bears the same number as the day of the event; when that month has no such day, with its
    last day (31 January + 1 month = 28 or 29 February).
    """
    month_index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(month_index, 12)
    month += 1
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last_day))


def add_days(start: date, days: int) -> date:
    """Last day of a period of ``days`` calendar days that starts with the event on ``start``.

    Reg. 1182/71 Art 3(1) and 3(3): the day of the event is not counted; weekends and holidays are inside the period.
    """
    return start + timedelta(days=days)


def add_period(start: date, period: Period) -> date:
    """Last day of ``period`` counted from the event on ``start`` (rules 1 to 3)."""
    if period.unit is Unit.MONTHS:
        return add_months(start, period.amount)
    return add_days(start, period.amount)


@dataclass(frozen=True)
class RolledDate:
    """A period's raw last day, the day it really ends, and each non-working day passed on the way."""

    raw: date
    final: date
    skipped: tuple[tuple[date, str], ...] = ()

    def explain(self) -> str:
        """Why the period ends later than its raw last day ("2026-04-05 is Easter Sunday; …"), or ""."""
        return "; ".join(f"{day.isoformat()} is {reason}" for day, reason in self.skipped)


def roll_to_working_day(day: date, calendar_: WorkingCalendar) -> RolledDate:
    """The period ends at the end of the next working day when its last day is not one.

    Reg. 1182/71 Art 3(4): when the last day of a period is a public holiday, a Sunday or a Saturday, the period
    ends with the expiry of the last hour of the following working day. The DPO's closure days count as
    non-working too (docs/rules.md, Deadlines, rule 6).
    """
    skipped: list[tuple[date, str]] = []
    final = day
    reason = calendar_.non_working_reason(final)
    while reason is not None:
        skipped.append((final, reason))
        final += timedelta(days=1)
        reason = calendar_.non_working_reason(final)
    return RolledDate(raw=day, final=final, skipped=tuple(skipped))


def clock_start(received: date, completed: date | None) -> date:
    """The event the month runs from: receipt of the complete request.

    GDPR Art 12(3) with the privacy policy: while identity or missing details are awaited the clock has not
    started; once they arrive it runs from that day (EDPB Guidelines 01/2022 §159).
    """
    if completed is not None and completed > received:
        return completed
    return received


def gdpr_deadline(start: date, calendar_: WorkingCalendar) -> RolledDate:
    """One month from the start, rolled to a working day (GDPR Art 12(3), first sentence)."""
    return roll_to_working_day(add_months(start, GDPR_MONTHS), calendar_)


def extended_deadline(start: date, calendar_: WorkingCalendar) -> RolledDate:
    """The extended deadline: start + 3 months, then rolled (GDPR Art 12(3), second sentence).

    docs/rules.md, Deadlines, rule 5: it is *not* the rolled first deadline plus two months.
    """
    return roll_to_working_day(add_months(start, EXTENDED_MONTHS), calendar_)


def extension_notice_deadline(start: date, calendar_: WorkingCalendar) -> date:
    """The last day to tell the person of an extension: within the first month (GDPR Art 12(3))."""
    return gdpr_deadline(start, calendar_).final


def can_extend(start: date, today: date, calendar_: WorkingCalendar) -> bool:
    """An extension is possible only before the first deadline passes (GDPR Art 12(3); docs/rules.md)."""
    return today <= extension_notice_deadline(start, calendar_)


@dataclass(frozen=True)
class MedicalRecordClock:
    """A national patient-record law's clock for the patient's own file (docs/rules.md, national clocks).

    ``period`` None means no shorter national deadline; ``period_old_records`` applies when the information is
    more than five years old; ``earliest_release_days`` is a reflection period before which the file is not sent.
    """

    jurisdiction: Jurisdiction
    period: Period | None
    period_old_records: Period | None
    earliest_release_days: int
    source: str

    def to_dict(self) -> dict[str, object]:
        def period_dict(p: Period | None) -> dict[str, object] | None:
            return None if p is None else {"amount": p.amount, "unit": p.unit.value}

        return {
            "jurisdiction": self.jurisdiction.value,
            "period": period_dict(self.period),
            "period_old_records": period_dict(self.period_old_records),
            "earliest_release_days": self.earliest_release_days,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> MedicalRecordClock:
        def period_of(raw: object) -> Period | None:
            if raw is None:
                return None
            if not isinstance(raw, Mapping):
                raise ValueError("a period must be an object with 'amount' and 'unit'")
            amount = raw.get("amount")
            if not isinstance(amount, int) or amount <= 0:
                raise ValueError("a period's amount must be a positive whole number")
            return Period(amount, Unit(str(raw.get("unit"))))

        release = data.get("earliest_release_days", 0)
        if not isinstance(release, int) or release < 0:
            raise ValueError("earliest_release_days must be a whole number of days, 0 or more")
        source = str(data.get("source", ""))
        return cls(
            jurisdiction=Jurisdiction.parse(str(data.get("jurisdiction", ""))),
            period=period_of(data.get("period")),
            period_old_records=period_of(data.get("period_old_records")),
            earliest_release_days=release,
            source=_EARLIER_SOURCES.get(source, source),
        )


LU_PATIENT_LAW = "Loi du 24 juillet 2014 relative aux droits et obligations du patient"
# The source the Luxembourg clock was given by earlier versions: an English remark inside a French title, which the
# window showed untranslated. The window says itself that there is no shorter national deadline.
_EARLIER_SOURCES = {f"{LU_PATIENT_LAW} (no shorter deadline)": LU_PATIENT_LAW}

DEFAULT_MEDICAL_RECORD_CLOCKS: Mapping[Jurisdiction, MedicalRecordClock] = {
    Jurisdiction.FR: MedicalRecordClock(
        Jurisdiction.FR,
        period=Period(8, Unit.DAYS),
        period_old_records=Period(2, Unit.MONTHS),
        earliest_release_days=2,
        source="Code de la santé publique, art. L.1111-7",
    ),
    Jurisdiction.BE: MedicalRecordClock(
        Jurisdiction.BE,
        period=Period(15, Unit.DAYS),
        period_old_records=None,
        earliest_release_days=0,
        source="Wet betreffende de rechten van de patiënt van 22 augustus 2002, art. 9 §2",
    ),
    Jurisdiction.LU: MedicalRecordClock(
        Jurisdiction.LU,
        period=None,
        period_old_records=None,
        earliest_release_days=0,
        source=LU_PATIENT_LAW,
    ),
}


def medical_record_period(clock: MedicalRecordClock, records_older_than_5_years: bool) -> Period | None:
    """The national period that applies: the longer one for information more than five years old (FR L.1111-7)."""
    if records_older_than_5_years and clock.period_old_records is not None:
        return clock.period_old_records
    return clock.period


def medical_record_deadline(
    start: date, clock: MedicalRecordClock, records_older_than_5_years: bool, calendar_: WorkingCalendar
) -> RolledDate | None:
    """The national patient-law deadline for the medical file, counted with rules 1, 3 and 4; None if none."""
    period = medical_record_period(clock, records_older_than_5_years)
    if period is None:
        return None
    return roll_to_working_day(add_period(start, period), calendar_)


def earliest_release(start: date, clock: MedicalRecordClock) -> date | None:
    """The first day the medical file may be sent: after the reflection period (FR L.1111-7: 48 hours)."""
    if clock.earliest_release_days <= 0:
        return None
    return start + timedelta(days=clock.earliest_release_days)


class Governing(enum.StrEnum):
    GDPR = "gdpr"
    GDPR_EXTENDED = "gdpr-extended"
    NATIONAL = "national"


@dataclass(frozen=True)
class DeadlineReport:
    """Every date of a case's clock, and how each was reached."""

    start: date
    started_on_completion: bool
    gdpr: RolledDate
    extended: RolledDate | None
    national: RolledDate | None
    national_period: Period | None
    national_source: str
    earliest_release: date | None
    due: date
    governing: Governing
    strict_due: date
    extension_notice_by: date
    holidays_used: tuple[tuple[date, str], ...] = field(default=())

    def explain(self) -> list[str]:
        """The reasoning, line by line, in English (the CLI prints it; the UI has its own translated copy)."""

        def rolled(label: str, value: RolledDate) -> str:
            shown = f"{label}: {value.raw.isoformat()}"
            return shown + (f" -> {value.final.isoformat()} ({value.explain()})" if value.skipped else "")

        lines = [
            f"Clock starts {self.start.isoformat()} "
            f"({'request completed' if self.started_on_completion else 'request received'}; that day is not counted)",
            rolled("GDPR one month", self.gdpr),
        ]
        if self.extended is not None:
            lines.append(rolled("Extended (start + 3 months)", self.extended))
        if self.national is not None and self.national_period is not None:
            lines.append(rolled(f"Medical record, {self.national_period} ({self.national_source})", self.national))
        if self.earliest_release is not None:
            lines.append(f"Medical file not to be sent before {self.earliest_release.isoformat()} (reflection period)")
        lines.append(f"Governing due date: {self.due.isoformat()} ({self.governing.value})")
        if self.strict_due != self.due:
            lines.append(f"Strict date counted from first receipt: {self.strict_due.isoformat()}")
        if self.extended is None:
            lines.append(f"An extension notice must go out by {self.extension_notice_by.isoformat()}")
        return lines


def governing_deadline(
    gdpr_or_extended: RolledDate, national: RolledDate | None, extended: bool
) -> tuple[date, Governing]:
    """Where both clocks apply, the earlier deadline governs (docs/rules.md, National clocks)."""
    gdpr_kind = Governing.GDPR_EXTENDED if extended else Governing.GDPR
    if national is not None and national.final < gdpr_or_extended.final:
        return national.final, Governing.NATIONAL
    return gdpr_or_extended.final, gdpr_kind


def compute_deadline(
    *,
    received: date,
    jurisdiction: Jurisdiction,
    rights: Iterable[Right] = (),
    completed: date | None = None,
    extended: bool = False,
    records_older_than_5_years: bool = False,
    closure_days: Iterable[date] = (),
    clocks: Mapping[Jurisdiction, MedicalRecordClock] = DEFAULT_MEDICAL_RECORD_CLOCKS,
    holidays: HolidayNames = FROM_PACKAGE,
) -> DeadlineReport:
    """The whole clock of a request: start, GDPR month, extension, national clock, governing and strict dates."""
    calendar_ = WorkingCalendar.of(jurisdiction, closure_days, holidays)
    wants_file = Right.MEDICAL_RECORD in set(rights)
    clock = clocks.get(jurisdiction, DEFAULT_MEDICAL_RECORD_CLOCKS[jurisdiction])

    def from_start(start: date) -> tuple[RolledDate, RolledDate | None, RolledDate | None, date, Governing]:
        first = gdpr_deadline(start, calendar_)
        longer = extended_deadline(start, calendar_) if extended else None
        national = (
            medical_record_deadline(start, clock, records_older_than_5_years, calendar_) if wants_file else None
        )
        due, governing = governing_deadline(longer or first, national, extended)
        return first, longer, national, due, governing

    start = clock_start(received, completed)
    first, longer, national, due, governing = from_start(start)
    strict_due = due if start == received else from_start(received)[3]
    return DeadlineReport(
        start=start,
        started_on_completion=start != received,
        gdpr=first,
        extended=longer,
        national=national,
        national_period=medical_record_period(clock, records_older_than_5_years) if wants_file else None,
        national_source=clock.source if wants_file else "",
        earliest_release=earliest_release(start, clock) if wants_file else None,
        due=due,
        governing=governing,
        strict_due=strict_due,
        extension_notice_by=first.final,
    )


class CountdownState(enum.StrEnum):
    """The states the register shows (docs/rules.md, Countdown)."""

    OVERDUE = "overdue"
    DUE_TODAY = "due-today"
    DUE_SOON = "due-soon"
    ON_TRACK = "on-track"
    PAUSED = "paused"
    CLOSED_ON_TIME = "closed-on-time"
    CLOSED_LATE = "closed-late"


@dataclass(frozen=True)
class Countdown:
    """Where a case stands against its governing deadline on a given day."""

    state: CountdownState
    due: date | None
    days_left: int | None = None
    working_days_left: int | None = None
    paused_since: date | None = None


def countdown(
    *,
    due: date | None,
    today: date,
    calendar_: WorkingCalendar,
    paused_since: date | None = None,
    answered: date | None = None,
    is_open: bool = True,
) -> Countdown:
    """Days left (calendar and working) and the countdown state on ``today``.

    Paused while the requester's reply is awaited (the clock has not restarted); closed on time when the answer
    went out on or before the governing date; overdue from the day after it; due soon within seven days.
    """
    if paused_since is not None and is_open:
        return Countdown(CountdownState.PAUSED, due=None, paused_since=paused_since)
    if not is_open or due is None:
        if answered is not None and due is not None and answered > due:
            return Countdown(CountdownState.CLOSED_LATE, due=due)
        return Countdown(CountdownState.CLOSED_ON_TIME, due=due)
    days_left = (due - today).days
    working_left = calendar_.working_days_after(today, due)
    if days_left < 0:
        state = CountdownState.OVERDUE
    elif days_left == 0:
        state = CountdownState.DUE_TODAY
    elif days_left <= DUE_SOON_DAYS:
        state = CountdownState.DUE_SOON
    else:
        state = CountdownState.ON_TRACK
    return Countdown(state, due=due, days_left=days_left, working_days_left=working_left)


def late_information_request(received: date, info_requested: date, limit_days: int) -> bool:
    """Whether the request for information went out too late for the clock to pause.

    EDPB Guidelines 01/2022 §159: the controller must ask without undue delay; the app flags a request sent more
    than ``limit_days`` (the DPO's setting) after receipt.
    """
    return (info_requested - received).days > limit_days

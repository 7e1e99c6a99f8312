"""What the accountability figures count (GDPR Art 5(2), Art 38(3)): one rule per function.

The store computes the same figures in SQL (``store/report_queries.py``) over the whole register at once; the
functions here are the definitions it follows, stated once, and the reference the tests hold it to.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from lazeo_desk.domain.case import OutcomeKind
from lazeo_desk.domain.status import OPEN_STATUSES, Status

# Days-to-answer buckets of the distribution chart: (lowest, highest) calendar days, the last one open-ended.
DAY_BUCKETS: tuple[tuple[int, int | None], ...] = ((0, 7), (8, 14), (15, 30), (31, 45), (46, 60), (61, 90), (91, None))


@dataclass(frozen=True)
class Period:
    """A reporting period, both ends included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("the period ends before it starts")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise ValueError("a quarter is 1 to 4")
        first = 3 * (quarter - 1) + 1
        return cls(date(year, first, 1), date(year, first + 2, calendar.monthrange(year, first + 2)[1]))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))

    @property
    def whole_years(self) -> tuple[int, ...]:
        """The calendar years this period covers entirely (empty for a quarter, a month or a part of a year)."""
        first = self.start.year if self.start == date(self.start.year, 1, 1) else self.start.year + 1
        last = self.end.year if self.end == date(self.end.year, 12, 31) else self.end.year - 1
        return tuple(range(first, last + 1))


def counts_in_period(received: date, period: Period) -> bool:
    """A case counts in the period of its receipt, whatever happened to it later.

    The day of receipt starts the Art 12(3) clock; counting a case where it was received keeps each case in
    exactly one period and keeps a closed period's figures fixed, except for answers still to come.
    """
    return period.start <= received <= period.end


def purged_line_counts_in_period(year: int, period: Period) -> bool:
    """A purged case counts through its anonymous statistics line, which keeps only the year of receipt.

    The line holds no day, centre or identity outcome (services/purge.py): it counts in a period that covers
    its whole year, and in no shorter period nor under a centre filter, where it would have to be guessed.
    """
    return year in period.whole_years


def is_answered(answered: date | None) -> bool:
    """A case is answered once the answer went out: the day its last right had its outcome, or the day of a
    refusal or a referral (the services set ``answered`` then). A case answered in part is still open."""
    return answered is not None


def answered_on_time(answered: date, due: date) -> bool:
    """On time: answered on or before the governing due date — the extended date when the deadline was
    extended (Art 12(3)), the national medical-file date when it is earlier (docs/rules.md)."""
    return answered <= due


def days_to_answer(received: date, answered: date) -> int:
    """Calendar days from receipt to the answer (the day of receipt not counted), as a requester counts them."""
    return (answered - received).days


def is_open(status: Status) -> bool:
    """Open: the controller still owes an answer (new, identity being verified, awaiting the requester, in
    progress). Withdrawn, referred, refused, answered and closed cases are not open."""
    return status in OPEN_STATUSES


def is_open_past_due(status: Status, due: date | None, today: date) -> bool:
    """Open past its due date: open, its clock running, and the governing due date before today. A paused case
    (awaiting the requester, Art 12(6)) has no running deadline and is not past due."""
    return status in OPEN_STATUSES and status is not Status.AWAITING_REQUESTER and due is not None and due < today


def is_extended(extension_notice: date | None) -> bool:
    """Extended: the Art 12(3) extension notice was sent (its date is recorded)."""
    return extension_notice is not None


def is_refusal(outcome: OutcomeKind | None) -> bool:
    """A refusal is counted per right refused in full; its ground is the text recorded with the outcome, up to the
    first colon (the refusal letter records ``ground: reasons``)."""
    return outcome is OutcomeKind.REFUSED


def refusal_ground(ground: str) -> str:
    """The ground a refusal is counted under: the recorded ground up to its first colon, trimmed."""
    head = ground.split(":", 1)[0].strip()
    return head or "unrecorded"


def erasure_partly_refused(right: str, outcome: OutcomeKind | None) -> bool:
    """An erasure partly refused: the erasure right answered ``partly-granted`` (Art 17(3) retention)."""
    return right == "erasure" and outcome is OutcomeKind.PARTLY_GRANTED


def nearest_rank(count: int, numerator: int, denominator: int) -> int:
    """The 1-based rank of the ``numerator/denominator`` percentile among ``count`` sorted values (nearest rank):
    the smallest value that at least that share of the answers did not exceed. The median is the 1/2 percentile
    (the lower middle value when the count is even: a day count, never a half day)."""
    if count <= 0:
        raise ValueError("no value to rank")
    return max(1, -(-count * numerator // denominator))


def percentile(values: list[int], numerator: int, denominator: int) -> int | None:
    """The nearest-rank percentile of ``values``, or None when there are none."""
    if not values:
        return None
    return sorted(values)[nearest_rank(len(values), numerator, denominator) - 1]


def day_bucket(days: int) -> int:
    """The index in :data:`DAY_BUCKETS` of ``days``."""
    for index, (low, high) in enumerate(DAY_BUCKETS):
        if days >= low and (high is None or days <= high):
            return index
    return 0

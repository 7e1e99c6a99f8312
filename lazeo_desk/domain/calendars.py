"""Working days: weekends, the public holidays of the centre's country, and the DPO's own closure days.

Regulation (EEC, Euratom) No 1182/71, Art 2(1): public holidays are those of the Member State concerned; the
``holidays`` package knows them (France without the Alsace-Moselle extras: no centre there).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache
from types import MappingProxyType

from lazeo_desk.domain.case import Jurisdiction, Language

_PACKAGE_LANGUAGES = {Language.EN: "en_US", Language.FR: "fr", Language.NL: "nl"}


@dataclass(frozen=True, eq=False)
class HolidayNames:
    """Where the public holidays come from: English tables already computed, by country and year (a copy of the
    ``holidays`` package's own output, read when the window starts), and the package for everything else.

    Each workplace holds its own (see ``services.workplace.Workplace``): nothing is shared between two databases
    open in one process. The tables give the same dates and names as the package; they only spare loading it.
    """

    tables: Mapping[tuple[Jurisdiction, int], Mapping[date, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        frozen = {key: MappingProxyType(dict(table)) for key, table in self.tables.items()}
        object.__setattr__(self, "tables", MappingProxyType(frozen))

    def public_holidays(
        self, jurisdiction: Jurisdiction, year: int, language: Language = Language.EN
    ) -> Mapping[date, str]:
        """The public holidays of ``jurisdiction`` in ``year``, named in ``language`` (English where the package
        has no names in that language for that country)."""
        known = self.tables.get((jurisdiction, year)) if language is Language.EN else None
        if known is not None:
            return known
        return package_public_holidays(jurisdiction, year, language)


# No copy: every table comes from the package.
FROM_PACKAGE = HolidayNames()


def public_holidays(
    jurisdiction: Jurisdiction, year: int, language: Language = Language.EN, *, names: HolidayNames = FROM_PACKAGE
) -> Mapping[date, str]:
    """The public holidays of ``jurisdiction`` in ``year``, named in ``language``, as ``names`` gives them."""
    return names.public_holidays(jurisdiction, year, language)


@lru_cache(maxsize=256)
def package_public_holidays(
    jurisdiction: Jurisdiction, year: int, language: Language = Language.EN
) -> dict[date, str]:
    """The public holidays as the ``holidays`` package gives them (imported on first use: it is slow to load)."""
    import holidays

    code = _PACKAGE_LANGUAGES[language]
    if code not in holidays.country_holidays(jurisdiction.value).supported_languages:
        code = "en_US"
    table = holidays.country_holidays(jurisdiction.value, years=year, language=code)
    return {day: str(name) for day, name in table.items()}


@cache
def names_holidays_in(jurisdiction: Jurisdiction, language: Language) -> bool:
    """Whether the ``holidays`` package names ``jurisdiction``'s holidays in ``language``."""
    import holidays

    return _PACKAGE_LANGUAGES[language] in holidays.country_holidays(jurisdiction.value).supported_languages


def holiday_name(day: date, english_name: str, language: Language, names: HolidayNames = FROM_PACKAGE) -> str:
    """The name, in ``language``, of the public holiday that the deadline reasons call ``english_name``.

    Where the package has no names in that language for the holiday's country (French holidays in Dutch), the
    name it gives the same holiday of another country in that language is used ("Easter Monday": "Paasmaandag");
    a holiday no other country shares keeps its English name.
    """
    if language is Language.EN:
        return english_name
    for jurisdiction in Jurisdiction:
        if names.public_holidays(jurisdiction, day.year).get(day) == english_name and names_holidays_in(
            jurisdiction, language
        ):
            return names.public_holidays(jurisdiction, day.year, language).get(day, english_name)
    for jurisdiction in Jurisdiction:
        if not names_holidays_in(jurisdiction, language):
            continue
        english = names.public_holidays(jurisdiction, day.year)
        named = names.public_holidays(jurisdiction, day.year, language)
        for same_day, name in english.items():
            if name == english_name and same_day in named:
                return named[same_day]
    return english_name


@dataclass(frozen=True)
class WorkingCalendar:
    """Which days are working days for a case of ``jurisdiction``."""

    jurisdiction: Jurisdiction
    closure_days: frozenset[date] = frozenset()
    # Where the holidays are read; every source gives the same days, so it takes no part in comparing calendars.
    holidays: HolidayNames = field(default=FROM_PACKAGE, compare=False, repr=False)

    @classmethod
    def of(
        cls, jurisdiction: Jurisdiction, closure_days: Iterable[date] = (), holidays: HolidayNames = FROM_PACKAGE
    ) -> WorkingCalendar:
        return cls(jurisdiction, frozenset(closure_days), holidays)

    def non_working_reason(self, day: date) -> str | None:
        """Why ``day`` is not a working day ("Easter Sunday", "a Saturday"), or None when it is one."""
        holiday = self.holidays.public_holidays(self.jurisdiction, day.year).get(day)
        if holiday is not None:
            return holiday
        if day in self.closure_days:
            return "an office closure day"
        if day.weekday() == 5:
            return "a Saturday"
        if day.weekday() == 6:
            return "a Sunday"
        return None

    def is_working_day(self, day: date) -> bool:
        return self.non_working_reason(day) is None

    def working_days_after(self, start: date, end: date) -> int:
        """Working days in the interval (start, end]; negative when ``end`` is before ``start``."""
        if end < start:
            return -self.working_days_after(end, start)
        count = 0
        day = start + timedelta(days=1)
        while day <= end:
            if self.is_working_day(day):
                count += 1
            day += timedelta(days=1)
        return count

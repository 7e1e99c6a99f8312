"""How long data must be kept (docs/rules.md "Retention", privacy policy §5): the grounds for refusing erasure.

Each rule is one function. :func:`medical_file_retention` applies them to a patient and says why the medical file
is kept until the date it gives, or why no date can be given.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from lazeo_desk.domain.case import DataSubject, Jurisdiction
from lazeo_desk.domain.deadlines import add_months

MEDICAL_FILE_ACTIVE_YEARS = 5
MINOR_KEPT_UNTIL_AGE = 28
MAJORITY_AGE = 18
DEATH_WINDOW_YEARS = 10
KEPT_AFTER_DEATH_YEARS = 10
PROSPECTING_YEARS = 3


def add_years(start: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February in a common year.

    Reg. 1182/71 Art 3(2)(c), as for months: when the last month has no day with the same number, the period
    ends on its last day.
    """
    return add_months(start, 12 * years)


# Years a medical file is kept after the last contact, by the centre's country (docs/rules.md, Retention); the DPO
# may change them in the settings.
DEFAULT_MEDICAL_FILE_YEARS: Mapping[Jurisdiction, int] = MappingProxyType(
    {
        # Code de la santé publique R.1112-7 (the privacy policy §5): 20 years, 5 active then 15 archived.
        Jurisdiction.FR: 20,
        # Law of 22 April 2019 on the quality of healthcare practice, art. 35: at least 30 years, at most 50.
        Jurisdiction.BE: 30,
        # Law of 24 July 2014 on patients' rights: at least 10 years (article not verified: the DPO reviews it).
        Jurisdiction.LU: 10,
    }
)


def medical_file_years(jurisdiction: Jurisdiction, years: Mapping[Jurisdiction, int] | None = None) -> int:
    """The years a medical file is kept in ``jurisdiction``: the DPO's setting, else the legal default."""
    chosen = (years or {}).get(jurisdiction)
    return chosen if chosen is not None else DEFAULT_MEDICAL_FILE_YEARS[jurisdiction]


def medical_file_end(last_consultation: date, years: int) -> date:
    """Medical files are kept ``years`` after the last consultation or contact.

    FR: twenty years (five active, then fifteen archived), privacy policy §5 citing the Code de la santé publique
    (art. R.1112-7). BE: at least thirty years after the last patient contact (law of 22 April 2019, art. 35).
    LU: at least ten years after the last care (law of 24 July 2014 on patients' rights).
    """
    return add_years(last_consultation, years)


def active_file_end(last_consultation: date) -> date:
    """The file stays in active databases five years after the last intervention, then is archived.

    Source: privacy policy §5.
    """
    return add_years(last_consultation, MEDICAL_FILE_ACTIVE_YEARS)


def was_minor_on(birth_date: date, day: date) -> bool:
    """Whether a person born on ``birth_date`` was under eighteen on ``day``."""
    return day < add_years(birth_date, MAJORITY_AGE)


def minor_patient_end(birth_date: date) -> date:
    """A patient who was a minor at the consultation: the file is kept at least until their 28th birthday.

    Source: privacy policy §5 (Code de la santé publique, art. R.1112-7, second paragraph): when the twenty-year
    period ends before that birthday, retention is extended to it.
    """
    return add_years(birth_date, MINOR_KEPT_UNTIL_AGE)


def died_within_ten_years(last_consultation: date, death_date: date) -> bool:
    """Whether the patient died less than ten years after the last visit (the condition of the death rule)."""
    return death_date < add_years(last_consultation, DEATH_WINDOW_YEARS)


def deceased_patient_end(death_date: date) -> date:
    """A patient who dies less than ten years after the last visit: the file is kept ten years after the death.

    Source: privacy policy §5 (Code de la santé publique, art. R.1112-7, third paragraph). This period replaces
    the twenty years after the last consultation.
    """
    return add_years(death_date, KEPT_AFTER_DEATH_YEARS)


def suspended_by_liability_claim(claim_pending: bool) -> bool:
    """Retention periods are suspended by any claim, amicable or before a court, questioning a centre's liability.

    Source: privacy policy §5 (Code de la santé publique, art. R.1112-7, fourth paragraph). While suspended, no end
    date can be computed: the period resumes only when the claim is settled.
    """
    return claim_pending


def prospecting_end(last_contact: date) -> date:
    """Commercial prospecting data: three years after the end of the relationship or the last contact.

    Source: privacy policy §5 (CNIL recommendation on commercial prospecting).
    """
    return add_years(last_contact, PROSPECTING_YEARS)


class RetentionRule(enum.StrEnum):
    """Why a medical file is kept until a date, or why that date cannot be given."""

    YEARS_AFTER_LAST_CONSULTATION = "years-after-last-consultation"
    MINOR_UNTIL_28 = "minor-until-28"
    TEN_YEARS_AFTER_DEATH = "ten-years-after-death"
    SUSPENDED_BY_CLAIM = "suspended-by-claim"
    LAST_CONSULTATION_UNKNOWN = "last-consultation-unknown"
    BIRTH_DATE_UNKNOWN = "birth-date-unknown"
    DEATH_DATE_UNKNOWN = "death-date-unknown"


_EXPLANATIONS: dict[RetentionRule, str] = {
    RetentionRule.YEARS_AFTER_LAST_CONSULTATION: "{years} years after the last consultation",
    RetentionRule.MINOR_UNTIL_28: "a minor at the consultation: kept at least until the 28th birthday",
    RetentionRule.TEN_YEARS_AFTER_DEATH: "died less than 10 years after the last visit: 10 years after the death",
    RetentionRule.SUSPENDED_BY_CLAIM: "suspended by a claim questioning a centre's medical liability",
    RetentionRule.LAST_CONSULTATION_UNKNOWN: "the date of the last consultation is not recorded",
    RetentionRule.BIRTH_DATE_UNKNOWN: "a minor at the consultation, but the date of birth is not recorded",
    RetentionRule.DEATH_DATE_UNKNOWN: "the patient has died, but the date of death is not recorded",
}


@dataclass(frozen=True)
class RetentionReason:
    """One rule that shaped the result, with the date it gives (None for the rules that prevent a date)."""

    rule: RetentionRule
    until: date | None = None
    # The country's years after the last consultation, for the rules that count them.
    years: int | None = None

    def explain(self) -> str:
        """In English, for the CLI and the case detail (letters have their own translated wording)."""
        text = _EXPLANATIONS[self.rule].format(years=self.years)
        return f"{text} ({self.until.isoformat()})" if self.until is not None else text


@dataclass(frozen=True)
class MedicalFileRetention:
    """Until when a patient's medical file must be kept; ``end`` None when no date can be computed.

    ``reasons`` lists the rules applied, the governing one last.
    """

    end: date | None
    reasons: tuple[RetentionReason, ...]

    @property
    def governing(self) -> RetentionReason:
        return self.reasons[-1]

    def explain(self) -> list[str]:
        return [reason.explain() for reason in self.reasons]


def medical_file_retention(
    subject: DataSubject,
    *,
    jurisdiction: Jurisdiction = Jurisdiction.FR,
    years: Mapping[Jurisdiction, int] | None = None,
    liability_claim: bool = False,
) -> MedicalFileRetention:
    """Apply the retention rules of the centre's country to one patient's medical file (docs/rules.md, Retention).

    The country's years after the last consultation (FR 20, BE 30, LU 10 unless the DPO set otherwise); suspended,
    without an end date, by a liability claim. In France (R.1112-7, privacy policy §5) the period is extended to
    the 28th birthday of a patient who was a minor at that consultation and replaced by ten years after the
    death when the patient died less than ten years after the last visit; Belgian and Luxembourg law have no
    such rules, and a shorter period after death would break the Belgian minimum. Without the last consultation
    no date exists.
    """
    reasons: list[RetentionReason] = []
    kept = medical_file_years(jurisdiction, years)
    if suspended_by_liability_claim(liability_claim):
        return MedicalFileRetention(None, (RetentionReason(RetentionRule.SUSPENDED_BY_CLAIM, years=kept),))
    last = subject.last_consultation
    if last is None:
        return MedicalFileRetention(
            None, (RetentionReason(RetentionRule.LAST_CONSULTATION_UNKNOWN, years=kept),)
        )

    end = medical_file_end(last, kept)
    reasons.append(RetentionReason(RetentionRule.YEARS_AFTER_LAST_CONSULTATION, end, kept))
    if jurisdiction is not Jurisdiction.FR:
        return MedicalFileRetention(end, tuple(reasons))

    if subject.deceased or subject.death_date is not None:
        if subject.death_date is None:
            return MedicalFileRetention(None, (*reasons, RetentionReason(RetentionRule.DEATH_DATE_UNKNOWN)))
        if died_within_ten_years(last, subject.death_date):
            after_death = deceased_patient_end(subject.death_date)
            return MedicalFileRetention(
                after_death, (*reasons, RetentionReason(RetentionRule.TEN_YEARS_AFTER_DEATH, after_death))
            )

    minor_then = was_minor_on(subject.birth_date, last) if subject.birth_date is not None else subject.minor
    if minor_then:
        if subject.birth_date is None:
            return MedicalFileRetention(None, (*reasons, RetentionReason(RetentionRule.BIRTH_DATE_UNKNOWN)))
        birthday = minor_patient_end(subject.birth_date)
        if birthday > end:
            return MedicalFileRetention(birthday, (*reasons, RetentionReason(RetentionRule.MINOR_UNTIL_28, birthday)))
    return MedicalFileRetention(end, tuple(reasons))

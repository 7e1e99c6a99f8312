"""The controller, its DPO, the supervisory authorities and the processing register that every letter draws on.

Defaults come from the privacy policy (seed/privacy-policy-lazeo-nl.txt); their words are in
``resources/wording/<language>.toml`` (``organisation.``, ``authority.``, ``register.``). The DPO can edit the
profile in the app, where it is stored as JSON (``to_dict``/``from_dict``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from lazeo_desk.domain.case import Jurisdiction, Language
from lazeo_desk.domain.messages import Explained, Problem, said
from lazeo_desk.domain.vocabulary import Vocabulary
from lazeo_desk.wording import text


class ProfileError(Explained, ValueError):
    """A stored profile or register that cannot be read back; the message says which field is wrong."""


@dataclass(frozen=True)
class LocalText:
    """One text in each letter language."""

    nl: str
    fr: str
    en: str

    @classmethod
    def same(cls, text: str) -> LocalText:
        """A text that reads the same in every language (a proper name, an address)."""
        return cls(nl=text, fr=text, en=text)

    @classmethod
    def worded(cls, key: str) -> LocalText:
        """The text of ``key`` in ``resources/wording``, in each language."""
        return cls(**{language.value: text(language, key) for language in Language})

    def get(self, language: Language) -> str:
        return str(getattr(self, language.value))

    def to_dict(self) -> dict[str, str]:
        return {"nl": self.nl, "fr": self.fr, "en": self.en}

    @classmethod
    def from_dict(cls, data: object, what: str = "text") -> LocalText:
        if isinstance(data, str):
            return cls.same(data)
        if not isinstance(data, Mapping):
            raise ProfileError(Problem(what, said("expected a text or an object with 'nl', 'fr' and 'en'")))
        texts: dict[str, str] = {}
        for language in Language:
            value = data.get(language.value, "")
            if not isinstance(value, str):
                raise ProfileError(Problem(what, said("the '{code}' text must be a string", code=language.value)))
            texts[language.value] = value
        return cls(**texts)


class WindowSide(Vocabulary, noun="window side"):
    """Where the address window of the DL envelope is: right for French envelopes, left for Belgian/German ones."""

    LEFT = "left"
    RIGHT = "right"



# docs/rules.md, Letters: a French DL window envelope has its window about 11 cm from the left, 5.5 cm from the top
# of the folded A4 sheet. A left window starts 2 cm from the left edge and its text 2.5 cm (DIN 5008), in line
# with the body of the letter.
WINDOW_LEFT_MM: Mapping[WindowSide, float] = {WindowSide.RIGHT: 110.0, WindowSide.LEFT: 25.0}
WINDOW_TOP_MM = 55.0


@dataclass(frozen=True)
class OrganisationProfile:
    """Who writes the letters: the controller, its seat and registration, the DPO and the page settings.

    ``seat_address`` and ``dpo_address`` are postal lines as printed; ``letter_place`` is the city written
    before the date, in each language ("Parijs, 5 maart 2026"). ``window_left_mm``/``window_top_mm`` place the
    recipient block in the envelope window; None takes the default for ``window_side``.
    """

    brand: str = "LAZEO"
    controller_name: str = "BS GROUPE"
    legal_form: LocalText = LocalText.worded("organisation.legal_form")
    registration: str = "RCS Paris 879 986 214"
    seat_address: tuple[str, ...] = ("15 Villa Dupont", "75116 Paris", "France")
    website: str = "www.lazeo.com"
    dpo_name: str = "Brigitte PEREZ"
    dpo_title: LocalText = LocalText.worded("organisation.dpo_title")
    dpo_address: tuple[str, ...] = ("BS GROUPE", "45 avenue Victor Hugo", "75116 Paris", "France")
    dpo_email: str = "dpo@lazeo.com"
    letter_place: LocalText = LocalText.worded("organisation.letter_place")
    window_side: WindowSide = WindowSide.RIGHT
    window_left_mm: float | None = None
    window_top_mm: float | None = None
    logo_path: Path | None = None
    signature_path: Path | None = None

    def window_position_mm(self) -> tuple[float, float]:
        """Distance of the envelope window from the left and from the top of the sheet, in millimetres."""
        left = self.window_left_mm if self.window_left_mm is not None else WINDOW_LEFT_MM[self.window_side]
        top = self.window_top_mm if self.window_top_mm is not None else WINDOW_TOP_MM
        return left, top

    def to_dict(self) -> dict[str, object]:
        """A JSON-safe form, for the settings table."""
        return {
            "brand": self.brand,
            "controller_name": self.controller_name,
            "legal_form": self.legal_form.to_dict(),
            "registration": self.registration,
            "seat_address": list(self.seat_address),
            "website": self.website,
            "dpo_name": self.dpo_name,
            "dpo_title": self.dpo_title.to_dict(),
            "dpo_address": list(self.dpo_address),
            "dpo_email": self.dpo_email,
            "letter_place": self.letter_place.to_dict(),
            "window_side": self.window_side.value,
            "window_left_mm": self.window_left_mm,
            "window_top_mm": self.window_top_mm,
            "logo_path": None if self.logo_path is None else str(self.logo_path),
            "signature_path": None if self.signature_path is None else str(self.signature_path),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> OrganisationProfile:
        """The profile stored by :meth:`to_dict`; missing fields take the defaults, wrong ones raise ProfileError."""
        default = DEFAULT_PROFILE

        def text(key: str, fallback: str) -> str:
            value = data.get(key, fallback)
            if not isinstance(value, str):
                raise ProfileError(Problem(key, said("expected a text")))
            return value

        def lines(key: str, fallback: tuple[str, ...]) -> tuple[str, ...]:
            value = data.get(key, list(fallback))
            if not isinstance(value, list | tuple) or not all(isinstance(line, str) for line in value):
                raise ProfileError(Problem(key, said("expected a list of lines")))
            return tuple(value)

        def local(key: str, fallback: LocalText) -> LocalText:
            return LocalText.from_dict(data[key], key) if key in data else fallback

        def millimetres(key: str) -> float | None:
            value = data.get(key)
            if value is None:
                return None
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 297:
                raise ProfileError(Problem(key, said("expected a distance in millimetres between 0 and 297")))
            return float(value)

        def path(key: str) -> Path | None:
            value = data.get(key)
            if value in (None, ""):
                return None
            if not isinstance(value, str):
                raise ProfileError(Problem(key, said("expected a file path")))
            return Path(value)

        stored_side = text("window_side", default.window_side.value)
        try:
            side = WindowSide.parse(stored_side)
        except ValueError:
            known = ", ".join(member.value for member in WindowSide)
            raise ProfileError(
                Problem(
                    "window_side",
                    said("unknown window side {value} (known: {known})", value=repr(stored_side), known=known),
                )
            ) from None
        return cls(
            brand=text("brand", default.brand),
            controller_name=text("controller_name", default.controller_name),
            legal_form=local("legal_form", default.legal_form),
            registration=text("registration", default.registration),
            seat_address=lines("seat_address", default.seat_address),
            website=text("website", default.website),
            dpo_name=text("dpo_name", default.dpo_name),
            dpo_title=local("dpo_title", default.dpo_title),
            dpo_address=lines("dpo_address", default.dpo_address),
            dpo_email=text("dpo_email", default.dpo_email),
            letter_place=local("letter_place", default.letter_place),
            window_side=side,
            window_left_mm=millimetres("window_left_mm"),
            window_top_mm=millimetres("window_top_mm"),
            logo_path=path("logo_path"),
            signature_path=path("signature_path"),
        )


DEFAULT_PROFILE = OrganisationProfile()


@dataclass(frozen=True)
class SupervisoryAuthority:
    """The authority a person may complain to (GDPR Art 77), named in the language of the letter."""

    jurisdiction: Jurisdiction
    name: LocalText
    address: tuple[LocalText, ...]
    contact: str

    def address_lines(self, language: Language) -> tuple[str, ...]:
        return tuple(line.get(language) for line in self.address)


def _authority(jurisdiction: Jurisdiction, *, lines: int, contact: str) -> SupervisoryAuthority:
    code = jurisdiction.value
    address = tuple(LocalText.worded(f"authority.{code}.address.{n}") for n in range(1, lines + 1))
    name = LocalText.worded(f"authority.{code}.name")
    return SupervisoryAuthority(jurisdiction, name=name, address=address, contact=contact)


SUPERVISORY_AUTHORITIES: Mapping[Jurisdiction, SupervisoryAuthority] = {
    Jurisdiction.BE: _authority(Jurisdiction.BE, lines=2, contact="contact@apd-gba.be"),
    Jurisdiction.FR: _authority(Jurisdiction.FR, lines=3, contact="www.cnil.fr"),
    Jurisdiction.LU: _authority(Jurisdiction.LU, lines=2, contact="www.cnpd.lu"),
}


def supervisory_authority(jurisdiction: Jurisdiction) -> SupervisoryAuthority:
    """The competent authority for a case: that of the country of the centre concerned (GDPR Art 77; docs/rules.md)."""
    return SUPERVISORY_AUTHORITIES[jurisdiction]


@dataclass(frozen=True)
class ProcessingActivity:
    """One line of the processing register: the record GDPR Art 30(1) asks for, worded for an access response
    (Art 15(1)(a)-(d)).

    ``recipients`` names the actual recipients where known, not only their categories (CJEU C-154/21,
    12 January 2023). ``data_subjects``: the categories of persons (Art 30(1)(c)); ``transfers``: transfers to a
    third country and their safeguard (Art 30(1)(e), Art 46); ``health_data``: the activity processes health data,
    so its legal basis names an Art 9(2) condition besides Art 6. ``doctolib_is_controller`` marks the Doctolib
    account, which BS GROUPE does not control.
    """

    key: str
    purpose: LocalText
    legal_basis: LocalText
    data_categories: LocalText
    recipients: LocalText
    retention: LocalText
    doctolib_is_controller: bool = False
    data_subjects: LocalText = LocalText.same("")
    transfers: LocalText = LocalText.same("")
    health_data: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "key": self.key,
            "purpose": self.purpose.to_dict(),
            "legal_basis": self.legal_basis.to_dict(),
            "health_data": self.health_data,
            "data_categories": self.data_categories.to_dict(),
            "data_subjects": self.data_subjects.to_dict(),
            "recipients": self.recipients.to_dict(),
            "transfers": self.transfers.to_dict(),
            "retention": self.retention.to_dict(),
            "doctolib_is_controller": self.doctolib_is_controller,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ProcessingActivity:
        """The activity stored by :meth:`to_dict`. A register stored before an element existed takes that element
        from the policy's activity of the same key (empty for an activity of the DPO's own)."""
        key = data.get("key")
        if not isinstance(key, str) or not key.strip():
            raise ProfileError(Problem("activities.key", said("a processing activity needs a 'key'")))
        default = _DEFAULT_ACTIVITIES.get(key)

        def local(name: str) -> LocalText:
            if name in data or default is None:
                return LocalText.from_dict(data.get(name, ""), f"{key}.{name}")
            value: LocalText = getattr(default, name)
            return value

        def flag(name: str) -> bool:
            value = data.get(name, bool(getattr(default, name)) if default is not None else False)
            if not isinstance(value, bool):
                raise ProfileError(Problem(f"{key}.{name}", said("expected true or false")))
            return value

        return cls(
            key=key,
            purpose=LocalText.from_dict(data.get("purpose", ""), f"{key}.purpose"),
            legal_basis=LocalText.from_dict(data.get("legal_basis", ""), f"{key}.legal_basis"),
            data_categories=LocalText.from_dict(data.get("data_categories", ""), f"{key}.data_categories"),
            recipients=LocalText.from_dict(data.get("recipients", ""), f"{key}.recipients"),
            retention=LocalText.from_dict(data.get("retention", ""), f"{key}.retention"),
            doctolib_is_controller=flag("doctolib_is_controller"),
            data_subjects=local("data_subjects"),
            transfers=local("transfers"),
            health_data=flag("health_data"),
        )


@dataclass(frozen=True)
class ProcessingRegister:
    """The register an access response is drawn from: the activities plus Art 15(1)(g)-(h) and 15(2) facts, and
    the record of processing activities the controller keeps for the authority (GDPR Art 30(1), 30(4)).

    ``sources``: where data not collected from the person comes from (Art 15(1)(g)); ``storage``: where it is
    kept (HDS-certified servers in France); ``transfers``: transfers outside the EU and their safeguards
    (Art 15(2), Art 46(2)(c)); ``automated_decisions``: Art 15(1)(h), Art 22; ``retention_note``: the
    medical-file retention rules in full, printed under the table whose cells refer to them with "(*)";
    ``security_measures``: the general description of the technical and organisational security measures
    (Art 30(1)(g), Art 32(1)).
    """

    activities: tuple[ProcessingActivity, ...]
    sources: LocalText
    storage: LocalText
    transfers: LocalText
    automated_decisions: LocalText
    retention_note: LocalText = LocalText.same("")
    security_measures: LocalText = LocalText.same("")

    def answerable(self) -> tuple[ProcessingActivity, ...]:
        """The activities BS GROUPE controls: those an access response lists."""
        return tuple(activity for activity in self.activities if not activity.doctolib_is_controller)

    def activity(self, key: str) -> ProcessingActivity | None:
        for activity in self.activities:
            if activity.key == key:
                return activity
        return None

    def to_dict(self) -> dict[str, object]:
        return {
            "activities": [activity.to_dict() for activity in self.activities],
            "sources": self.sources.to_dict(),
            "storage": self.storage.to_dict(),
            "transfers": self.transfers.to_dict(),
            "automated_decisions": self.automated_decisions.to_dict(),
            "retention_note": self.retention_note.to_dict(),
            "security_measures": self.security_measures.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ProcessingRegister:
        """The register stored by :meth:`to_dict`; wrong fields raise ProfileError naming the field. A register
        stored before the security measures were kept takes the policy's description."""
        if not isinstance(data, Mapping):
            raise ProfileError(Problem("register", said("expected an object")))
        raw = data.get("activities")
        if not isinstance(raw, list) or not all(isinstance(item, Mapping) for item in raw):
            raise ProfileError(Problem("activities", said("expected a list of processing activities")))
        security = (
            LocalText.from_dict(data["security_measures"], "security_measures")
            if "security_measures" in data else LocalText.worded("register.security_measures")
        )
        return cls(
            activities=tuple(ProcessingActivity.from_dict(item) for item in raw),
            sources=LocalText.from_dict(data.get("sources", ""), "sources"),
            storage=LocalText.from_dict(data.get("storage", ""), "storage"),
            transfers=LocalText.from_dict(data.get("transfers", ""), "transfers"),
            automated_decisions=LocalText.from_dict(data.get("automated_decisions", ""), "automated_decisions"),
            retention_note=LocalText.from_dict(data.get("retention_note", ""), "retention_note"),
            security_measures=security,
        )


# Letters replace these two texts by the rule of the centre's country (FR 20, BE 30, LU 10 years).
MEDICAL_FILE_RETENTION = LocalText.worded("register.medical_retention")
MEDICAL_FILE_RETENTION_NOTE = LocalText.worded("register.retention_note")


@dataclass(frozen=True)
class _Seed:
    """How the policy's activity ``key`` is set up: its words are under ``register.<key>.``; the categories of
    persons and the transfers are shared texts (``register.subjects.<subjects>``, ``register.transfer.<transfers>``)."""

    key: str
    subjects: str
    transfers: str
    health_data: bool = False
    doctolib_is_controller: bool = False


# The activities of the register, in the order of the letter's table (privacy policy §3-5 and §8: health data
# stays in France on HDS-certified servers; some processors outside the EU, under contractual safeguards).
_ACTIVITIES: tuple[_Seed, ...] = (
    _Seed("appointments", "patients", "none", health_data=True),
    _Seed("care", "patients", "none", health_data=True),
    _Seed("medical-files", "patients", "none", health_data=True),
    _Seed("referral-letters", "patients", "none", health_data=True),
    _Seed("statistics", "patients", "none", health_data=True),
    _Seed("contact-form", "contacts", "processors"),
    _Seed("marketing", "prospects", "processors"),
    _Seed("accounting", "customers", "none"),
    _Seed("web-analytics", "visitors", "processors"),
    _Seed("doctolib-account", "doctolib", "doctolib", doctolib_is_controller=True),
)


def _activity(seed: _Seed) -> ProcessingActivity:
    key = seed.key
    return ProcessingActivity(
        key=key,
        purpose=LocalText.worded(f"register.{key}.purpose"),
        legal_basis=LocalText.worded(f"register.{key}.legal_basis"),
        data_categories=LocalText.worded(f"register.{key}.data_categories"),
        recipients=LocalText.worded(f"register.{key}.recipients"),
        retention=LocalText.worded(f"register.{key}.retention"),
        doctolib_is_controller=seed.doctolib_is_controller,
        data_subjects=LocalText.worded(f"register.subjects.{seed.subjects}"),
        transfers=LocalText.worded(f"register.transfer.{seed.transfers}"),
        health_data=seed.health_data,
    )


_DEFAULT_ACTIVITIES: Mapping[str, ProcessingActivity] = {seed.key: _activity(seed) for seed in _ACTIVITIES}

DEFAULT_REGISTER = ProcessingRegister(
    activities=tuple(_DEFAULT_ACTIVITIES.values()),
    sources=LocalText.worded("register.sources"),
    storage=LocalText.worded("register.storage"),
    transfers=LocalText.worded("register.transfers"),
    automated_decisions=LocalText.worded("register.automated_decisions"),
    retention_note=MEDICAL_FILE_RETENTION_NOTE,
    security_measures=LocalText.worded("register.security_measures"),
)

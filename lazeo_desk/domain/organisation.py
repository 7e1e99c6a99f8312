"""The controller, its DPO, the supervisory authorities and the processing register that every letter draws on.

Defaults come from the privacy policy (seed/privacy-policy-lazeo-nl.txt) and DOMAIN.md; the DPO can edit the
profile in the app, where it is stored as JSON (``to_dict``/``from_dict``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from lazeo_desk.domain.case import Jurisdiction, Language
from lazeo_desk.domain.messages import Explained, Problem, said
from lazeo_desk.domain.vocabulary import Vocabulary


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



# DOMAIN.md, Letters: a French DL window envelope has its window about 11 cm from the left, 5.5 cm from the top
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
    legal_form: LocalText = LocalText(nl="SAS naar Frans recht", fr="SAS de droit français", en="SAS under French law")
    registration: str = "RCS Paris 879 986 214"
    seat_address: tuple[str, ...] = ("15 Villa Dupont", "75116 Paris", "France")
    website: str = "www.lazeo.com"
    dpo_name: str = "Brigitte PEREZ"
    dpo_title: LocalText = LocalText(
        nl="Functionaris voor gegevensbescherming",
        fr="Déléguée à la protection des données",
        en="Data Protection Officer",
    )
    dpo_address: tuple[str, ...] = ("BS GROUPE", "45 avenue Victor Hugo", "75116 Paris", "France")
    dpo_email: str = "dpo@lazeo.com"
    letter_place: LocalText = LocalText(nl="Parijs", fr="Paris", en="Paris")
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


SUPERVISORY_AUTHORITIES: Mapping[Jurisdiction, SupervisoryAuthority] = {
    Jurisdiction.BE: SupervisoryAuthority(
        Jurisdiction.BE,
        name=LocalText(
            nl="Gegevensbeschermingsautoriteit (GBA)",
            fr="Autorité de protection des données (APD)",
            en="Data Protection Authority (Gegevensbeschermingsautoriteit / Autorité de protection des données)",
        ),
        address=(
            LocalText(nl="Drukpersstraat 35", fr="Rue de la Presse 35", en="Drukpersstraat 35 / Rue de la Presse 35"),
            LocalText(nl="1000 Brussel", fr="1000 Bruxelles", en="1000 Brussel / Bruxelles"),
        ),
        contact="contact@apd-gba.be",
    ),
    Jurisdiction.FR: SupervisoryAuthority(
        Jurisdiction.FR,
        name=LocalText.same("Commission nationale de l'informatique et des libertés (CNIL)"),
        address=(
            LocalText.same("3 Place de Fontenoy"),
            LocalText.same("TSA 80715"),
            LocalText.same("75334 Paris Cedex 07"),
        ),
        contact="www.cnil.fr",
    ),
    Jurisdiction.LU: SupervisoryAuthority(
        Jurisdiction.LU,
        name=LocalText.same("Commission nationale pour la protection des données (CNPD)"),
        address=(LocalText.same("15, Boulevard du Jazz"), LocalText.same("L-4370 Belvaux")),
        contact="www.cnpd.lu",
    ),
}


def supervisory_authority(jurisdiction: Jurisdiction) -> SupervisoryAuthority:
    """The competent authority for a case: that of the country of the centre concerned (GDPR Art 77; DOMAIN.md)."""
    return SUPERVISORY_AUTHORITIES[jurisdiction]


@dataclass(frozen=True)
class ProcessingActivity:
    """One line of the processing register (GDPR Art 30), worded for an access response (Art 15(1)(a)-(d)).

    ``recipients`` names the actual recipients where known, not only their categories (CJEU C-154/21,
    12 January 2023). ``doctolib_is_controller`` marks the Doctolib account, which BS GROUPE does not control.
    """

    key: str
    purpose: LocalText
    legal_basis: LocalText
    data_categories: LocalText
    recipients: LocalText
    retention: LocalText
    doctolib_is_controller: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "key": self.key,
            "purpose": self.purpose.to_dict(),
            "legal_basis": self.legal_basis.to_dict(),
            "data_categories": self.data_categories.to_dict(),
            "recipients": self.recipients.to_dict(),
            "retention": self.retention.to_dict(),
            "doctolib_is_controller": self.doctolib_is_controller,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ProcessingActivity:
        key = data.get("key")
        if not isinstance(key, str) or not key:
            raise ProfileError(said("a processing activity needs a 'key'"))
        texts = {
            name: LocalText.from_dict(data.get(name, ""), f"{key}.{name}")
            for name in ("purpose", "legal_basis", "data_categories", "recipients", "retention")
        }
        return cls(key=key, doctolib_is_controller=bool(data.get("doctolib_is_controller", False)), **texts)


@dataclass(frozen=True)
class ProcessingRegister:
    """The register an access response is drawn from: the activities plus Art 15(1)(g)-(h) and 15(2) facts.

    ``sources``: where data not collected from the person comes from (Art 15(1)(g)); ``storage``: where it is
    kept (HDS-certified servers in France); ``transfers``: transfers outside the EU and their safeguards
    (Art 15(2), Art 46(2)(c)); ``automated_decisions``: Art 15(1)(h), Art 22; ``retention_note``: the
    medical-file retention rules in full, printed under the table whose cells refer to them with "(*)".
    """

    activities: tuple[ProcessingActivity, ...]
    sources: LocalText
    storage: LocalText
    transfers: LocalText
    automated_decisions: LocalText
    retention_note: LocalText = LocalText.same("")

    def answerable(self) -> tuple[ProcessingActivity, ...]:
        """The activities BS GROUPE controls: those an access response lists."""
        return tuple(activity for activity in self.activities if not activity.doctolib_is_controller)

    def to_dict(self) -> dict[str, object]:
        return {
            "activities": [activity.to_dict() for activity in self.activities],
            "sources": self.sources.to_dict(),
            "storage": self.storage.to_dict(),
            "transfers": self.transfers.to_dict(),
            "automated_decisions": self.automated_decisions.to_dict(),
            "retention_note": self.retention_note.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ProcessingRegister:
        raw = data.get("activities")
        if not isinstance(raw, list) or not all(isinstance(item, Mapping) for item in raw):
            raise ProfileError(Problem("activities", said("expected a list of processing activities")))
        return cls(
            activities=tuple(ProcessingActivity.from_dict(item) for item in raw),
            sources=LocalText.from_dict(data.get("sources", ""), "sources"),
            storage=LocalText.from_dict(data.get("storage", ""), "storage"),
            transfers=LocalText.from_dict(data.get("transfers", ""), "transfers"),
            automated_decisions=LocalText.from_dict(data.get("automated_decisions", ""), "automated_decisions"),
            retention_note=LocalText.from_dict(data.get("retention_note", ""), "retention_note"),
        )


_MEDICAL_RETENTION = LocalText(
    nl="20 jaar na de laatste raadpleging (*)",
    fr="20 ans après la dernière consultation (*)",
    en="20 years after the last consultation (*)",
)

_MEDICAL_RETENTION_NOTE = LocalText(
    nl="(*) Medische dossiers worden 20 jaar na de laatste raadpleging bewaard: 5 jaar in actieve databanken, "
    "daarna 15 jaar gearchiveerd. Was de patiënt minderjarig bij de raadpleging, dan wordt het dossier minstens "
    "tot zijn of haar 28e verjaardag bewaard; overlijdt de patiënt minder dan 10 jaar na het laatste bezoek, "
    "dan wordt het 10 jaar na het overlijden bewaard. Elke vordering over de medische aansprakelijkheid schort "
    "deze termijnen op.",
    fr="(*) Les dossiers médicaux sont conservés 20 ans après la dernière consultation : 5 ans en base active, "
    "puis 15 ans en archive. Si le patient était mineur lors de la consultation, le dossier est conservé au "
    "moins jusqu'à son vingt-huitième anniversaire ; si le patient décède moins de 10 ans après sa dernière "
    "visite, il est conservé 10 ans à compter du décès. Tout recours mettant en cause la responsabilité "
    "médicale suspend ces délais.",
    en="(*) Medical files are kept 20 years after the last consultation: 5 years in active files, then 15 years "
    "archived. If the patient was a minor at the consultation, the file is kept at least until their 28th "
    "birthday; if the patient dies less than 10 years after the last visit, it is kept 10 years after the "
    "death. Any claim concerning medical liability suspends these periods.",
)

# Letters replace these two texts by the rule of the centre's country (FR 20, BE 30, LU 10 years).
MEDICAL_FILE_RETENTION = _MEDICAL_RETENTION
MEDICAL_FILE_RETENTION_NOTE = _MEDICAL_RETENTION_NOTE

_CARE_STAFF = LocalText(
    nl="de gezondheidswerkers en het medisch en paramedisch personeel van de LAZEO-centra",
    fr="les professionnels de santé et le personnel médical et paramédical des centres LAZEO",
    en="the health professionals and the medical and paramedical staff of the LAZEO centres",
)

_CONSENT_AND_CARE = LocalText(
    nl="toestemming (art. 9.2.a AVG) en medische diagnose en zorg (art. 9.2.h AVG)",
    fr="consentement (art. 9.2.a RGPD) et diagnostic médical et soins (art. 9.2.h RGPD)",
    en="consent (Art. 9(2)(a) GDPR) and medical diagnosis and care (Art. 9(2)(h) GDPR)",
)

_HEALTH_DATA = LocalText(
    nl="gezondheidsgegevens: medische voorgeschiedenis, behandelingen, resultaten, foto's",
    fr="données de santé : antécédents médicaux, traitements, résultats, photographies",
    en="health data: medical history, treatments, results, photographs",
)

DEFAULT_REGISTER = ProcessingRegister(
    activities=(
        ProcessingActivity(
            key="appointments",
            purpose=LocalText(
                nl="Afspraken maken en consulten beheren",
                fr="Prise de rendez-vous et gestion des consultations",
                en="Appointments and consultations",
            ),
            legal_basis=_CONSENT_AND_CARE,
            data_categories=LocalText(
                nl="identiteit, contactgegevens, afspraakgegevens",
                fr="identité, coordonnées, données de rendez-vous",
                en="identity, contact details, booking data",
            ),
            recipients=LocalText(
                nl="Doctolib SAS (verwerker voor de afspraken); het personeel van het centrum",
                fr="Doctolib SAS (sous-traitant pour les rendez-vous) ; le personnel du centre",
                en="Doctolib SAS (processor for bookings); the staff of the centre",
            ),
            retention=_MEDICAL_RETENTION,
        ),
        ProcessingActivity(
            key="care",
            purpose=LocalText(
                nl="Medische en dermatologische diagnose, uitvoering van zorg en diensten",
                fr="Diagnostic médical et dermatologique, réalisation des soins et prestations",
                en="Medical and dermatological diagnosis, care and services",
            ),
            legal_basis=_CONSENT_AND_CARE,
            data_categories=_HEALTH_DATA,
            recipients=_CARE_STAFF,
            retention=_MEDICAL_RETENTION,
        ),
        ProcessingActivity(
            key="medical-files",
            purpose=LocalText(
                nl="Beheer van medische dossiers en follow-up van patiënten",
                fr="Gestion des dossiers médicaux et suivi des patients",
                en="Medical files and patient follow-up",
            ),
            legal_basis=LocalText(
                nl="medische diagnose en zorg (art. 9.2.h AVG)",
                fr="diagnostic médical et soins (art. 9.2.h RGPD)",
                en="medical diagnosis and care (Art. 9(2)(h) GDPR)",
            ),
            data_categories=_HEALTH_DATA,
            recipients=LocalText(
                nl=_CARE_STAFF.nl + "; zorgverzekeraars, mutualiteiten en zorgkassen",
                fr=_CARE_STAFF.fr + " ; les assureurs santé, mutuelles et caisses d'assurance maladie",
                en=_CARE_STAFF.en + "; health insurers, mutual insurers and health funds",
            ),
            retention=_MEDICAL_RETENTION,
        ),
        ProcessingActivity(
            key="referral-letters",
            purpose=LocalText(
                nl="Brieven aan collega's (doorverwijzingen)",
                fr="Courriers aux confrères (adressage)",
                en="Letters to colleagues (referrals)",
            ),
            legal_basis=LocalText(
                nl="medische diagnose en zorg (art. 9.2.h AVG)",
                fr="diagnostic médical et soins (art. 9.2.h RGPD)",
                en="medical diagnosis and care (Art. 9(2)(h) GDPR)",
            ),
            data_categories=LocalText(nl="gezondheidsgegevens", fr="données de santé", en="health data"),
            recipients=LocalText(
                nl="de arts aan wie de brief gericht is",
                fr="le médecin destinataire du courrier",
                en="the doctor the letter is addressed to",
            ),
            retention=_MEDICAL_RETENTION,
        ),
        ProcessingActivity(
            key="statistics",
            purpose=LocalText(
                nl="Statistieken over zorg en centra",
                fr="Statistiques sur les soins et les centres",
                en="Statistics on care and centres",
            ),
            legal_basis=LocalText(
                nl="gerechtvaardigd belang en wetenschappelijk onderzoek (art. 89 AVG)",
                fr="intérêt légitime et recherche scientifique (art. 89 RGPD)",
                en="legitimate interest and scientific research (Art. 89 GDPR)",
            ),
            data_categories=LocalText(
                nl="gepseudonimiseerde gezondheidsgegevens",
                fr="données de santé pseudonymisées",
                en="pseudonymised health data",
            ),
            recipients=LocalText(
                nl="organisaties voor gezondheidsonderzoek en voor de evaluatie van zorgpraktijken",
                fr="organismes de recherche en santé et d'évaluation des pratiques de soins",
                en="health research and care-evaluation bodies",
            ),
            retention=_MEDICAL_RETENTION,
        ),
        ProcessingActivity(
            key="contact-form",
            purpose=LocalText(
                nl="Contactformulier op de websites",
                fr="Formulaire de contact des sites web",
                en="Contact form on the websites",
            ),
            legal_basis=LocalText(
                nl="toestemming (art. 6.1.a AVG)", fr="consentement (art. 6.1.a RGPD)", en="consent (Art. 6(1)(a) GDPR)"
            ),
            data_categories=LocalText(
                nl="identiteit, contactgegevens, bericht",
                fr="identité, coordonnées, message",
                en="identity, contact details, message",
            ),
            recipients=LocalText(
                nl="het personeel van BS GROUPE; PlanetHoster (hosting van de websites)",
                fr="le personnel de BS GROUPE ; PlanetHoster (hébergement des sites web)",
                en="BS GROUPE staff; PlanetHoster (website hosting)",
            ),
            retention=LocalText(
                nl="3 jaar na het laatste contact",
                fr="3 ans après le dernier contact",
                en="3 years after the last contact",
            ),
        ),
        ProcessingActivity(
            key="marketing",
            purpose=LocalText(
                nl="Commerciële communicatie",
                fr="Communication commerciale",
                en="Commercial communication",
            ),
            legal_basis=LocalText(
                nl="toestemming (art. 6.1.a AVG)", fr="consentement (art. 6.1.a RGPD)", en="consent (Art. 6(1)(a) GDPR)"
            ),
            data_categories=LocalText(
                nl="identiteit, contactgegevens, voorkeuren",
                fr="identité, coordonnées, préférences",
                en="identity, contact details, preferences",
            ),
            recipients=LocalText(
                nl="de marketingafdeling van BS GROUPE",
                fr="le service marketing de BS GROUPE",
                en="the BS GROUPE marketing department",
            ),
            retention=LocalText(
                nl="3 jaar na het einde van de commerciële relatie of het laatste contact",
                fr="3 ans après la fin de la relation commerciale ou le dernier contact",
                en="3 years after the end of the commercial relationship or the last contact",
            ),
        ),
        ProcessingActivity(
            key="accounting",
            purpose=LocalText(nl="Boekhouding", fr="Comptabilité", en="Accounting"),
            legal_basis=LocalText(
                nl="wettelijke verplichting en gerechtvaardigd belang (art. 6.1.c en 6.1.f AVG)",
                fr="obligation légale et intérêt légitime (art. 6.1.c et 6.1.f RGPD)",
                en="legal obligation and legitimate interest (Art. 6(1)(c) and 6(1)(f) GDPR)",
            ),
            data_categories=LocalText(
                nl="identiteit, facturen, betalingen",
                fr="identité, factures, paiements",
                en="identity, invoices, payments",
            ),
            recipients=LocalText(
                nl="boekhouders en belastingdiensten",
                fr="experts-comptables et administration fiscale",
                en="accountants and tax authorities",
            ),
            retention=LocalText(
                nl="de wettelijke bewaartermijn voor boekhoudstukken",
                fr="la durée légale de conservation des pièces comptables",
                en="the legal retention period for accounting records",
            ),
        ),
        ProcessingActivity(
            key="web-analytics",
            purpose=LocalText(
                nl="Gebruiksstatistieken en marketing van de websites",
                fr="Statistiques d'utilisation et marketing des sites web",
                en="Website use statistics and marketing",
            ),
            legal_basis=LocalText(
                nl="gerechtvaardigd belang (art. 6.1.f AVG)",
                fr="intérêt légitime (art. 6.1.f RGPD)",
                en="legitimate interest (Art. 6(1)(f) GDPR)",
            ),
            data_categories=LocalText(nl="surfgegevens", fr="données de navigation", en="browsing data"),
            recipients=LocalText(
                nl="aanbieders van webanalyse",
                fr="prestataires de mesure d'audience",
                en="web analytics providers",
            ),
            retention=LocalText(
                nl="volgens het cookiebeleid van de websites",
                fr="selon la politique de cookies des sites web",
                en="as set out in the websites' cookie policy",
            ),
        ),
        ProcessingActivity(
            key="doctolib-account",
            purpose=LocalText(
                nl="Uw Doctolib-account",
                fr="Votre compte Doctolib",
                en="Your Doctolib account",
            ),
            legal_basis=LocalText(
                nl="Doctolib is hiervoor verwerkingsverantwoordelijke",
                fr="Doctolib en est le responsable de traitement",
                en="Doctolib is the controller",
            ),
            data_categories=LocalText(nl="accountgegevens", fr="données du compte", en="account data"),
            recipients=LocalText.same("—"),
            retention=LocalText(
                nl="volgens het privacybeleid van Doctolib",
                fr="selon la politique de confidentialité de Doctolib",
                en="as set out in Doctolib's privacy policy",
            ),
            doctolib_is_controller=True,
        ),
    ),
    sources=LocalText(
        nl="De gegevens komen van uzelf, van Doctolib wanneer u een afspraak boekt, en van de zorgverleners die "
        "u naar ons doorverwijzen of aan uw zorg deelnemen.",
        fr="Les données proviennent de vous-même, de Doctolib lorsque vous prenez rendez-vous, et des "
        "professionnels de santé qui vous adressent à nous ou participent à vos soins.",
        en="The data come from you, from Doctolib when you book an appointment, and from the health "
        "professionals who refer you to us or take part in your care.",
    ),
    storage=LocalText(
        nl="De gegevens worden in Frankrijk bewaard, op servers die gecertificeerd zijn als "
        "“Hébergeur de données de santé” (HDS).",
        fr="Les données sont conservées en France, sur des serveurs certifiés « Hébergeur de données de santé » (HDS).",
        en="The data are stored in France, on servers certified for hosting health data "
        "(“Hébergeur de données de santé”, HDS).",
    ),
    transfers=LocalText(
        nl="Sommige verwerkers kunnen buiten de Europese Unie gevestigd zijn. Die doorgiften worden "
        "beschermd door de standaardcontractbepalingen van de Europese Commissie (art. 46.2.c AVG); u kunt "
        "er een kopie van vragen.",
        fr="Certains sous-traitants peuvent être établis hors de l'Union européenne. Ces transferts sont "
        "encadrés par les clauses contractuelles types de la Commission européenne (art. 46.2.c RGPD) ; "
        "vous pouvez en obtenir une copie.",
        en="Some processors may be located outside the European Union. Those transfers are covered by the "
        "European Commission's standard contractual clauses (Art. 46(2)(c) GDPR); you may ask for a copy.",
    ),
    automated_decisions=LocalText(
        nl="Er wordt over u geen besluit genomen dat uitsluitend op geautomatiseerde verwerking, "
        "met inbegrip van profilering, berust (art. 22 AVG).",
        fr="Aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage, "
        "n'est prise à votre égard (art. 22 RGPD).",
        en="No decision based solely on automated processing, including profiling, is taken about you (Art. 22 GDPR).",
    ),
    retention_note=_MEDICAL_RETENTION_NOTE,
)

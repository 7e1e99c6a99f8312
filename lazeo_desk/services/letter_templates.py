"""The DPO's adapted letter templates: read, check, preview on a sample case, save and go back to the default."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from lazeo_desk.domain.case import (
    Case,
    Channel,
    DataSubject,
    Jurisdiction,
    Language,
    Practitioner,
    Relationship,
    Requester,
    Title,
    format_reference,
)
from lazeo_desk.domain.letter_kinds import LetterInput, LetterKind, letter_inputs
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.letters import (
    ComposedLetter,
    LetterExtras,
    RefusalGround,
    TemplateError,
    compose_letter,
    default_template,
    render_pdf,
    validate_template,
)
from lazeo_desk.letters.resources import ResourceError
from lazeo_desk.letters.templates import Field, parse_template, template_text, tokenize
from lazeo_desk.services.workplace import AtWorkplace
from lazeo_desk.store import audit
from lazeo_desk.store import processing as store_processing
from lazeo_desk.store import settings as store_settings


@dataclass(frozen=True)
class TemplateInForce:
    """The text a letter of ``kind`` in ``language`` is written from, and whether it is the DPO's own version."""

    kind: LetterKind
    language: Language
    text: str
    adapted: bool
    default: str


@dataclass(frozen=True)
class TemplatePreview:
    """A letter written from a template being edited: its texts and its PDF."""

    letter: ComposedLetter
    pdf: bytes


def normalised(text: str) -> str:
    """The template as stored: Unix line ends, so that a copy pasted from Windows compares equal."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def placeholders_used(text: str) -> frozenset[str]:
    """The placeholder names a template uses (in its subject, closing and body), known or not."""
    parsed, _ = parse_template(text)
    parts = [parsed.subject, parsed.closing]
    for paragraph in parsed.paragraphs:
        parts.append(paragraph.text)
        parts.extend(paragraph.bullets)
    ignored: list[str] = []
    return frozenset(
        token.name for part in parts for token in tokenize(part, ignored) if isinstance(token, Field)
    )


def needed_inputs(
    kind: LetterKind,
    language: Language,
    rights: Collection[Right],
    overrides: Mapping[tuple[LetterKind, Language], str] | None = None,
) -> frozenset[LetterInput]:
    """What the DPO supplies for ``kind`` in ``language``, as the template in force decides (see
    :func:`~lazeo_desk.domain.letter_kinds.letter_inputs`); a template that cannot be read asks for nothing."""
    try:
        text, _ = template_text(kind, language, dict(overrides or {}))
    except ResourceError:
        return frozenset()
    return letter_inputs(kind, placeholders_used(text), rights)


# The sample person of each language lives where that language is the usual one for the clinics' patients.
_SAMPLE_PEOPLE: Mapping[Language, tuple[Jurisdiction, str, tuple[str, ...], str]] = {
    Language.NL: (Jurisdiction.BE, "An Peeters", ("Kerkstraat 12 bus 3", "9000 Gent", "België"), "Gent"),
    Language.FR: (Jurisdiction.FR, "Camille Durand", ("8 rue de Passy", "75016 Paris"), "Paris 16e"),
    Language.EN: (Jurisdiction.LU, "John Smith", ("15 rue de Hollerich", "L-1741 Luxembourg", "Luxembourg"),
                  "Luxembourg"),
}

_SAMPLE_TEXTS: Mapping[Language, dict[str, tuple[str, ...]]] = {
    Language.NL: {
        "free": ("(Hier komen de alinea's die u voor één brief typt.)",),
        "enclosures": ("Kopie van uw medisch dossier (PDF)", "Overzicht van uw afspraken"),
        "done": ("Uw e-mailadres in de mailinglijst", "Uw contactformulieren"),
        "recipients": ("Doctolib",),
        "extension": ("uw verzoek betreft dossiers van vijf jaar in drie centra",),
        "refusal": ("Ondanks onze vraag van 2 maart hebben wij geen bewijs van uw identiteit ontvangen.",),
    },
    Language.FR: {
        "free": ("(Ici figurent les paragraphes saisis pour une lettre.)",),
        "enclosures": ("Copie de votre dossier médical (PDF)", "Liste de vos rendez-vous"),
        "done": ("Votre adresse e-mail dans la liste de diffusion", "Vos formulaires de contact"),
        "recipients": ("Doctolib",),
        "extension": ("votre demande porte sur cinq années de dossiers dans trois centres",),
        "refusal": ("Malgré notre demande du 2 mars, nous n'avons reçu aucune preuve de votre identité.",),
    },
    Language.EN: {
        "free": ("(The paragraphs typed for one letter appear here.)",),
        "enclosures": ("Copy of your medical file (PDF)", "List of your appointments"),
        "done": ("Your e-mail address in the mailing list", "Your contact forms"),
        "recipients": ("Doctolib",),
        "extension": ("your request covers five years of files in three centres",),
        "refusal": ("Despite our request of 2 March, we have received no proof of your identity.",),
    },
}


_RELATIVES_KINDS = frozenset({LetterKind.PRACTITIONER_COVER, LetterKind.HEIR_PRACTITIONER_NOTICE})


def sample_case(language: Language, today: date, kind: LetterKind | None = None) -> Case:
    """A plausible case in ``language`` on which ``kind`` of letter can be written, received a few days ago.

    The practitioner letters exist only for a Belgian relative of a deceased patient: their sample is one.
    """
    jurisdiction, name, address, centre = _SAMPLE_PEOPLE[language]
    if kind in _RELATIVES_KINDS:
        base = sample_case(language, today)
        return replace(
            base,
            jurisdiction=Jurisdiction.BE,
            rights=(Right.MEDICAL_RECORD,),
            subject=replace(base.subject, deceased=True, death_date=today - timedelta(days=60)),
            requester=Requester(
                relationship=Relationship.HEIR,
                name="Sofie Claes",
                address=("Kasteelpleinstraat 20", "2000 Antwerpen", "België"),
                title=Title.MRS,
                family_name="Claes",
                designated_practitioner=Practitioner(
                    "Dr. Pieter Wouters", ("Lange Leemstraat 5", "2018 Antwerpen", "België"), Title.DR, "Wouters"
                ),
            ),
        )
    return Case(
        jurisdiction=jurisdiction,
        language=language,
        channel=Channel.EMAIL,
        received=today - timedelta(days=5),
        rights=(Right.ACCESS, Right.ERASURE, Right.MEDICAL_RECORD),
        subject=DataSubject(
            name=name,
            birth_date=date(1984, 6, 2),
            address=address,
            centre=centre,
            last_consultation=date(2025, 11, 3),
        ),
        status=Status.IN_PROGRESS,
        reference=format_reference(today.year, 0),  # sequence 0 is never issued: no real case
    )


def sample_extras(language: Language) -> LetterExtras:
    """What the DPO would type for a letter, in ``language``, so that every placeholder shows in the preview."""
    texts = _SAMPLE_TEXTS[language]
    return LetterExtras(
        enclosures=texts["enclosures"],
        free_paragraphs=texts["free"],
        refusal_ground=RefusalGround.IDENTITY_NOT_ESTABLISHED,
        refusal_reason=texts["refusal"][0],
        extension_reason=texts["extension"][0],
        done_items=texts["done"],
        recipients_notified=texts["recipients"],
    )


class LetterTemplateService(AtWorkplace):
    """The templates of one database; every save or reset is one transaction, signed by ``actor`` in the audit."""

    def overrides(self) -> dict[tuple[LetterKind, Language], str]:
        """The DPO's adapted templates, by kind and language."""
        with self.db.transaction() as session:
            return store_settings.letter_templates(session)

    def template(self, kind: LetterKind, language: Language) -> TemplateInForce:
        """The template in force for ``kind`` in ``language``, with the shipped default beside it."""
        default = default_template(kind, language)
        adapted = self.overrides().get((kind, language))
        if adapted is None:
            return TemplateInForce(kind, language, default, False, default)
        return TemplateInForce(kind, language, adapted, True, default)

    @staticmethod
    def problems(kind: LetterKind, text: str) -> list[str]:
        """Every problem of ``text`` as a template for ``kind``, one sentence each (empty: it can be saved)."""
        return validate_template(normalised(text), kind)

    def save(self, kind: LetterKind, language: Language, text: str) -> TemplateInForce:
        """Keep ``text`` as the DPO's template; a text with problems is refused whole (TemplateError).

        Saving the shipped text again drops the adapted version, so that later improvements to the default reach
        the DPO's letters.
        """
        text = normalised(text)
        found = validate_template(text, kind)
        if found:
            raise TemplateError(found, kind, language)
        default = default_template(kind, language)
        with self.db.transaction() as session:
            audit.act_as(session, self.actor, self.clock.now())
            store_settings.set_letter_template(session, kind, language, None if text == default else text)
        return TemplateInForce(kind, language, text, text != default, default)

    def reset(self, kind: LetterKind, language: Language) -> TemplateInForce:
        """Drop the DPO's version: letters of ``kind`` in ``language`` use the shipped default again."""
        default = default_template(kind, language)
        with self.db.transaction() as session:
            audit.act_as(session, self.actor, self.clock.now())
            store_settings.set_letter_template(session, kind, language, None)
        return TemplateInForce(kind, language, default, False, default)

    def preview(
        self,
        kind: LetterKind,
        language: Language,
        text: str,
        *,
        case: Case | None = None,
        extras: LetterExtras | None = None,
    ) -> TemplatePreview:
        """The letter ``text`` would give, on ``case`` (a sample case by default), with the other templates in force.

        Raises TemplateError when the text has problems, LetterInputError when the case lacks what the letter
        needs.
        """
        today = self.clock.today()
        with self.db.transaction() as session:
            profile = store_settings.organisation_profile(session)
            overrides = store_settings.letter_templates(session)
            closure = store_settings.closure_days(session)
            # The preview prints the processing register the next access response will print.
            _number, register = store_processing.current(session)
        overrides[(kind, language)] = normalised(text)
        letter = compose_letter(
            kind,
            case if case is not None else sample_case(language, today, kind),
            language=language,
            profile=profile,
            today=today,
            extras=extras if extras is not None else sample_extras(language),
            template_overrides=overrides,
            closure_days=closure,
            register=register,
        )
        return TemplatePreview(letter, render_pdf(letter, profile))

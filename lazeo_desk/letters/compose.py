"""Write a letter: fill the template in force with the case's values, giving every text of the page in order."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from reportlab.lib.utils import ImageReader

from lazeo_desk.domain.case import Case, Jurisdiction, Language
from lazeo_desk.domain.deadlines import DEFAULT_MEDICAL_RECORD_CLOCKS, MedicalRecordClock
from lazeo_desk.domain.heirs import heir_letter_refusal
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.messages import said
from lazeo_desk.domain.organisation import DEFAULT_REGISTER, OrganisationProfile, ProcessingRegister
from lazeo_desk.letters.addresses import address_warnings, recipient_lines
from lazeo_desk.letters.context import LetterContext, LetterExtras, LetterInputError
from lazeo_desk.letters.letter import BlockKind, ComposedLetter, LetterBlock
from lazeo_desk.letters.phrases import place_and_date
from lazeo_desk.letters.templates import TemplateOverrides, fill, load_template


def _sender_lines(profile: OrganisationProfile, language: Language) -> tuple[str, ...]:
    """The DPO's contact block, printed beside the window: where the person writes back."""
    return (
        profile.dpo_name,
        profile.dpo_title.get(language),
        *profile.dpo_address,
        profile.dpo_email,
    )


def _footer(profile: OrganisationProfile, language: Language) -> tuple[str, ...]:
    """The company's legal mentions (French Code de commerce R.123-237: name, form, RCS, seat)."""
    seat = ", ".join(line for line in profile.seat_address if line.strip())
    legal = " · ".join(
        part
        for part in (profile.controller_name, profile.legal_form.get(language), profile.registration, seat)
        if part.strip()
    )
    return (legal,)


def _image_warnings(profile: OrganisationProfile) -> list[str]:
    """A logo or signature that cannot be read is left out of the page: tell the DPO why."""
    warnings: list[str] = []
    for logo, path in ((True, profile.logo_path), (False, profile.signature_path)):
        if path is None:
            continue
        try:
            ImageReader(str(path)).getSize()
        except Exception as error:  # noqa: BLE001 - any unreadable image is reported the same way
            fault = type(error).__name__
            if logo:
                warning = said("the logo image {path} cannot be read ({fault}): it is left out", path=path, fault=fault)
            else:
                warning = said(
                    "the signature image {path} cannot be read ({fault}): it is left out", path=path, fault=fault
                )
            warnings.append(warning)
    return warnings


def compose_letter(
    kind: LetterKind,
    case: Case,
    *,
    language: Language,
    profile: OrganisationProfile,
    today: date,
    extras: LetterExtras | None = None,
    template_overrides: TemplateOverrides | None = None,
    closure_days: Iterable[date] = (),
    register: ProcessingRegister = DEFAULT_REGISTER,
    clocks: Mapping[Jurisdiction, MedicalRecordClock] = DEFAULT_MEDICAL_RECORD_CLOCKS,
    retention_years: Mapping[Jurisdiction, int] | None = None,
) -> ComposedLetter:
    """Every text of a letter of ``kind`` for ``case`` in ``language``, dated ``today``.

    Raises TemplateError when the template in force is unusable, LetterInputError when the letter needs
    something the case and ``extras`` do not give (a refusal ground, an extension reason).
    """
    extras = extras or LetterExtras()
    refusal = heir_letter_refusal(case, kind)
    if refusal is not None:
        raise LetterInputError(refusal)
    template = load_template(kind, language, template_overrides)
    context = LetterContext(
        case,
        language=language,
        profile=profile,
        register=register,
        today=today,
        extras=extras,
        closure_days=closure_days,
        kind=kind,
        clocks=clocks,
        retention_years=retention_years,
    )
    words = context.words

    body: list[LetterBlock] = []
    for paragraph in template.paragraphs:
        if paragraph.block is not None:
            body.extend(context.block(paragraph.block))
            continue
        if paragraph.text:
            body.append(LetterBlock(BlockKind.PARAGRAPH, text=fill(paragraph.text, context.inline)))
        if paragraph.bullets:
            items = tuple(fill(item, context.inline) for item in paragraph.bullets)
            body.append(LetterBlock(BlockKind.BULLETS, items=items))

    subject = fill(template.subject, context.inline)
    closing = fill(template.closing, context.inline)

    references: list[tuple[str, str]] = []
    if context.reference:
        references.append((words.our_reference_label, context.reference))
    else:
        context.warnings.append(said("the case has no reference yet: save it before sending the letter"))
    references.append((words.your_request_label, context.written(case.received)))
    if context.representative:
        # A deceased patient is no longer a data subject (GDPR recital 27): the relative's letters name the patient.
        label = words.deceased_label if case.requester.is_heir else words.data_subject_label
        references.append((label, case.subject.name.strip()))

    registered = extras.registered_mention
    if registered is None:
        registered = kind.customarily_registered

    warnings = address_warnings(context.recipient_name, context.recipient_address, case.jurisdiction)
    warnings.extend(context.warnings)
    warnings.extend(_image_warnings(profile))
    enclosures = tuple(item.strip() for item in extras.enclosures if item.strip())

    return ComposedLetter(
        kind=kind,
        language=language,
        reference=context.reference,
        recipient=recipient_lines(context.recipient_block_name, context.recipient_address),
        sender=_sender_lines(profile, language),
        place_date=place_and_date(profile.letter_place.get(language), today, language),
        references=tuple(references),
        subject=subject,
        subject_label=words.subject_label,
        mention=words.registered_mention if registered else "",
        body=tuple(body),
        closing=closing,
        signatory_name=profile.dpo_name,
        signatory_title=profile.dpo_title.get(language),
        signatory_organisation=profile.controller_name,
        enclosures_label=words.enclosures_label,
        enclosures=() if context.enclosures_listed else enclosures,
        footer=_footer(profile, language),
        continued_label=words.continued,
        warnings=tuple(warnings),
    )

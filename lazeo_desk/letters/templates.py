"""Letter templates: plain text with named placeholders, their parsing, and the checks run while the DPO edits them.

A template has a header, a line ``---``, then the body::

    # A line starting with '#' is a comment.
    subject: Your request of {received_date}
    closing: Yours sincerely,
    ---
    Dear {recipient_name},

    We received {your_data} request ...

    {free_paragraphs}

Paragraphs are separated by blank lines; lines of a paragraph are joined with a space; lines starting with
``- `` are bullet items. ``{name}`` is a placeholder; ``{{`` and ``}}`` print braces. A *block* placeholder
(``{access_information}``) stands alone in its paragraph and expands to paragraphs, lists or tables.
"""

from __future__ import annotations

import difflib
import enum
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.messages import Explained, said
from lazeo_desk.letters.resources import ResourceError, template_path

SEPARATOR = "---"
HEADER_KEYS = ("subject", "closing")
BULLET = "- "

TemplateOverrides = Mapping[tuple[LetterKind, Language], str]


class TemplateError(Explained, ValueError):
    """A template that cannot be used; ``problems`` lists every problem found, one sentence each.

    As a string it names the template first ("template refusal (fr): …"), for the command line; the window, which
    knows which template it shows, says the problems alone.
    """

    def __init__(self, problems: list[str], kind: LetterKind | None = None, language: Language | None = None):
        super().__init__(*problems)
        self.problems = problems
        self.where = f"template {kind.value} ({language.value})" if kind and language else "template"

    def __str__(self) -> str:
        return f"{self.where}: " + "; ".join(self.problems)


class PlaceholderKind(enum.Enum):
    INLINE = "inline"
    BLOCK = "block"


@dataclass(frozen=True)
class Placeholder:
    """A name a template may use, what it stands for, and whether it is a whole block."""

    name: str
    kind: PlaceholderKind
    description: str


def _inline(name: str, description: str) -> Placeholder:
    return Placeholder(name, PlaceholderKind.INLINE, description)


def _block(name: str, description: str) -> Placeholder:
    return Placeholder(name, PlaceholderKind.BLOCK, description)


PLACEHOLDERS: Mapping[str, Placeholder] = {
    p.name: p
    for p in (
        _inline("recipient_name", said("the addressee: the requester, or the representative who wrote")),
        _inline("salutation", said("the opening line for the addressee's title: 'Maître,', 'Geachte dokter,' …")),
        _inline("closing", said("the closing formula; in French it repeats the form of address")),
        _inline("requester_name", said("the name of the person who asked (the relative, for a practitioner)")),
        _inline("deceased_name", said("the data subject as 'the late …' once they have died")),
        _inline("practitioner_name", said("the practitioner a relative designated (Belgium, Luxembourg)")),
        _inline("subject_name", said("the data subject's name")),
        _inline("reference", said("the case reference (DSAR-2026-0001)")),
        _inline("received_date", said("the date the request was received, written out")),
        _inline("letter_date", said("the date of the letter, written out")),
        _inline("due_date", said("the date the answer is due (the governing deadline), written out")),
        _inline("first_due_date", said("the end of the first month (GDPR Art 12(3)), written out")),
        _inline("new_due_date", said("the extended deadline: receipt + 3 months (GDPR Art 12(3)), written out")),
        _inline("extension_reason", said("the reasons for the extension")),
        _inline("on_behalf", said("' on behalf of <data subject>' when a representative wrote, else nothing")),
        _inline("your_data", said("'your personal data', or 'the personal data of <data subject>'")),
        _inline("your_file", said("'your medical file', or 'the medical file of <data subject>'")),
        _inline("of_your_data", said("'of your personal data', or 'of the personal data of <data subject>'")),
        _inline("of_your_file", said("'of your medical file', or 'of the medical file of <data subject>'")),
        _inline("rights_requested", said("the rights invoked, as a list in words")),
        _inline("controller_name", said("the controller (BS GROUPE)")),
        _inline("dpo_name", said("the DPO's name")),
        _inline("dpo_title", said("the DPO's title")),
        _inline("dpo_email", said("the DPO's e-mail address")),
        _inline("dpo_postal_address", said("the DPO's postal address on one line")),
        _inline("authority_name", said("the competent supervisory authority")),
        _inline("retention_end_date", said("the end of retention of the medical file, written out")),
        _inline("national_law", said("the national patient-rights law of the centre's country")),
        _inline(
            "verification",
            said("why proof is asked, with its legal ground (a deceased patient's relative: the national rule)"),
        ),
        _block("free_paragraphs", said("the paragraphs typed for this letter (nothing when none)")),
        _block("enclosures", said("the list of enclosed documents")),
        _block("representation", said("in what capacity the representative is written to (nothing for the person)")),
        _block("heir_basis", said("the national rule a deceased patient's relatives rely on, with an heir's purpose")),
        _block("access_information", said("the Art 15(1)(a)-(h) and 15(2) information from the processing register")),
        _block("items_requested", said("what the requester must send (identity request)")),
        _block("complaint", said("the right to complain, with the authority's name and address")),
        _block("judicial_remedy", said("the right to a judicial remedy (GDPR Art 79)")),
        _block("refusal_reasons", said("why the request is refused (ground and explanation)")),
        _block("retention_ground", said("until when the medical file is kept, and why (Art 17(3)(b)/(c))")),
        _block("recipients_notified", said("the recipients informed of the change (GDPR Art 19)")),
        _block("done_items", said("what was done, as a list (nothing when none was typed)")),
        _block("national_deadline", said("the national deadline for the medical file, when one applies")),
        _block(
            "answer_dates",
            said("by when the request is answered: the medical file by its national date, the rest by the GDPR date"),
        ),
        _block("first_copy_free", said("the first copy of the medical file is free (CJEU C-307/22)")),
        _block("doctolib_note", said("Doctolib is controller for the Doctolib account")),
    )
}

# What the law requires a letter of each kind to say; removing it from a template is an error.
REQUIRED_PLACEHOLDERS: Mapping[LetterKind, frozenset[str]] = {
    LetterKind.IDENTITY_REQUEST: frozenset({"items_requested"}),
    LetterKind.EXTENSION_NOTICE: frozenset({"extension_reason", "new_due_date"}),
    LetterKind.ACCESS_RESPONSE: frozenset({"access_information"}),
    LetterKind.ERASURE_PARTLY_REFUSED: frozenset({"retention_ground", "complaint", "judicial_remedy"}),
    LetterKind.REFUSAL: frozenset({"refusal_reasons", "complaint", "judicial_remedy"}),
    LetterKind.MEDICAL_RECORD_COVER: frozenset({"first_copy_free"}),
    LetterKind.REFERRAL_DOCTOLIB: frozenset({"doctolib_note"}),
    LetterKind.PRACTITIONER_COVER: frozenset({"heir_basis"}),
    LetterKind.HEIR_PRACTITIONER_NOTICE: frozenset({"practitioner_name"}),
    LetterKind.NO_DATA_HELD: frozenset({"complaint", "judicial_remedy"}),
}

_NAME = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class Literal:
    text: str


@dataclass(frozen=True)
class Field:
    name: str


Token = Literal | Field


# The braces are values, not text of the sentence: a translation cannot lose their doubling.
_UNCLOSED_BRACE = said("a '{brace}' is not closed (write '{escaped}' for a brace)", brace="{", escaped="{{")
_STRAY_BRACE = said("a '{brace}' has no opening brace (write '{escaped}' for a brace)", brace="}", escaped="}}")


def _at(where: str, problem: str) -> str:
    """``problem`` said of a part of the template ("paragraph 2: …"), or alone when ``where`` is empty."""
    return said("{where}: {problem}", where=where, problem=problem) if where else problem


def tokenize(text: str, problems: list[str], where: str = "") -> list[Token]:
    """Split ``text`` into literal text and placeholders, adding a sentence to ``problems`` for each bad brace."""
    tokens: list[Token] = []
    literal: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "{" and text.startswith("{{", i):
            literal.append("{")
            i += 2
        elif char == "}" and text.startswith("}}", i):
            literal.append("}")
            i += 2
        elif char == "{":
            end = text.find("}", i + 1)
            inner = text[i + 1 : end] if end != -1 else ""
            if end == -1 or "{" in inner:
                problems.append(_at(where, _UNCLOSED_BRACE))
                literal.append(char)
                i += 1
                continue
            if not _NAME.fullmatch(inner):
                problems.append(
                    _at(
                        where,
                        said("'{text}' is not a placeholder name (lower-case letters and _)", text=f"{{{inner}}}"),
                    )
                )
            else:
                if literal:
                    tokens.append(Literal("".join(literal)))
                    literal = []
                tokens.append(Field(inner))
            i = end + 1
        elif char == "}":
            problems.append(_at(where, _STRAY_BRACE))
            literal.append(char)
            i += 1
        else:
            literal.append(char)
            i += 1
    if literal:
        tokens.append(Literal("".join(literal)))
    return tokens


@dataclass(frozen=True)
class TemplateParagraph:
    """One paragraph of the body: text, bullet items, or a single block placeholder (``block``)."""

    text: str = ""
    bullets: tuple[str, ...] = ()
    block: str | None = None


@dataclass(frozen=True)
class ParsedTemplate:
    subject: str
    closing: str
    paragraphs: tuple[TemplateParagraph, ...]


def _paragraph(lines: list[str]) -> TemplateParagraph:
    intro: list[str] = []
    bullets: list[list[str]] = []
    for line in lines:
        if line.startswith(BULLET):
            bullets.append([line[len(BULLET) :].strip()])
        elif bullets:
            bullets[-1].append(line.strip())
        else:
            intro.append(line.strip())
    text = " ".join(intro)
    block = None
    if not bullets and text.startswith("{") and text.endswith("}") and _NAME.fullmatch(text[1:-1]):
        block = text[1:-1]
    return TemplateParagraph(text=text, bullets=tuple(" ".join(b) for b in bullets), block=block)


def parse_template(text: str) -> tuple[ParsedTemplate, list[str]]:
    """The template's parts, and the structural problems found (placeholders are checked by validate_template)."""
    problems: list[str] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if SEPARATOR not in (line.strip() for line in lines):
        problems.append(
            said(
                "the line '{separator}' between the header (subject:) and the letter body is missing",
                separator=SEPARATOR,
            )
        )
        header_lines: list[str] = []
        body_lines = lines
    else:
        cut = next(n for n, line in enumerate(lines) if line.strip() == SEPARATOR)
        header_lines, body_lines = lines[:cut], lines[cut + 1 :]

    header: dict[str, str] = {}
    for number, line in enumerate(header_lines, start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        key, colon, value = stripped.partition(":")
        key = key.strip().lower()
        if not colon or key not in HEADER_KEYS:
            problems.append(
                said(
                    "header line {number}: expected 'subject: …' or 'closing: …', found {found}",
                    number=number,
                    found=repr(stripped),
                )
            )
            continue
        header[key] = value.strip()
    if not header.get("subject"):
        problems.append(said("the subject line is missing or empty ('subject: …' before '---')"))

    paragraphs: list[TemplateParagraph] = []
    current: list[str] = []
    for line in body_lines:
        if line.lstrip().startswith("#"):
            continue
        if line.strip():
            current.append(line.rstrip())
        elif current:
            paragraphs.append(_paragraph(current))
            current = []
    if current:
        paragraphs.append(_paragraph(current))
    if not paragraphs:
        problems.append(said("the letter body is empty"))
    parsed = ParsedTemplate(header.get("subject", ""), header.get("closing", ""), tuple(paragraphs))
    return parsed, problems


def _unknown(name: str) -> str:
    close = difflib.get_close_matches(name, PLACEHOLDERS, n=1)
    if close:
        return said(
            "unknown placeholder {placeholder} (did you mean {suggestion}?)",
            placeholder=f"{{{name}}}",
            suggestion=f"{{{close[0]}}}",
        )
    return said("unknown placeholder {placeholder}", placeholder=f"{{{name}}}")


# The parts of a template named in its problems: the header lines keep their English keys in every language.
_SUBJECT_LINE = said("subject")
_CLOSING_LINE = said("closing")


def _block_alone(name: str) -> str:
    return said("{placeholder} is a block and must stand alone in its paragraph", placeholder=f"{{{name}}}")


def validate_template(text: str, kind: LetterKind | None = None) -> list[str]:
    """Every problem of a template, one sentence each; empty when it can be used.

    Unknown placeholders are errors here, at editing time, so that a letter never prints a blank. With ``kind``,
    the placeholders that the law requires in that kind of letter must be present too.
    """
    parsed, problems = parse_template(text)
    used: set[str] = set()

    def check(part: str, where: str, block_allowed: bool) -> None:
        for token in tokenize(part, problems, where):
            if not isinstance(token, Field):
                continue
            placeholder = PLACEHOLDERS.get(token.name)
            if placeholder is None:
                problems.append(_at(where, _unknown(token.name)))
                continue
            used.add(token.name)
            if placeholder.kind is PlaceholderKind.BLOCK and not block_allowed:
                problems.append(_at(where, _block_alone(token.name)))

    check(parsed.subject, _SUBJECT_LINE, block_allowed=False)
    check(parsed.closing, _CLOSING_LINE, block_allowed=False)
    for number, paragraph in enumerate(parsed.paragraphs, start=1):
        where = said("paragraph {number}", number=number)
        if paragraph.block is not None:
            check(paragraph.text, where, block_allowed=True)
            continue
        check(paragraph.text, where, block_allowed=False)
        for bullet in paragraph.bullets:
            check(bullet, where, block_allowed=False)

    if kind is not None:
        for name in sorted(REQUIRED_PLACEHOLDERS.get(kind, frozenset()) - used):
            problems.append(
                said(
                    "a {kind} letter must contain {placeholder}: {description}",
                    kind=kind,
                    placeholder=f"{{{name}}}",
                    description=PLACEHOLDERS[name].description,
                )
            )
    return problems


def fill(text: str, value_of: Callable[[str], str]) -> str:
    """``text`` with each placeholder replaced by ``value_of(name)``; raises TemplateError on a bad brace."""
    problems: list[str] = []
    tokens = tokenize(text, problems)
    if problems:
        raise TemplateError(problems)
    return "".join(token.text if isinstance(token, Literal) else value_of(token.name) for token in tokens)


def default_template(kind: LetterKind, language: Language) -> str:
    """The template shipped in ``resources/letters`` — what "back to the default" restores."""
    path = template_path(kind, language)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ResourceError(said("the default template {path} is missing", path=path)) from None


def template_text(kind: LetterKind, language: Language, overrides: TemplateOverrides | None = None) -> tuple[str, bool]:
    """The template in force (the DPO's version if there is one, else the default) and whether it is the DPO's."""
    if overrides and (kind, language) in overrides:
        return overrides[(kind, language)], True
    return default_template(kind, language), False


def load_template(kind: LetterKind, language: Language, overrides: TemplateOverrides | None = None) -> ParsedTemplate:
    """The parsed template in force; an unusable one raises TemplateError listing its problems, never a blank."""
    text, _ = template_text(kind, language, overrides)
    problems, parsed = _checked(text, kind)
    if problems:
        raise TemplateError(list(problems), kind, language)
    return parsed


@lru_cache(maxsize=256)
def _checked(text: str, kind: LetterKind) -> tuple[tuple[str, ...], ParsedTemplate]:
    """The problems of template ``text`` for ``kind`` and its parsed form: a function of the text alone, so a
    template is checked and parsed once however many letters it writes (frozen results, shared safely)."""
    problems = tuple(validate_template(text, kind))
    parsed, _ = parse_template(text)
    return problems, parsed

"""A composed letter: every text of the page, in order, before layout — what the preview shows and the PDF prints."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.letter_kinds import LetterKind


class BlockKind(enum.StrEnum):
    """What a block of the body is; the layout gives each its style."""

    PARAGRAPH = "paragraph"
    FREE = "free"  # a paragraph typed for this letter: the one part the DPO edits in the preview
    HEADING = "heading"
    BULLETS = "bullets"
    LABELLED = "labelled"  # a paragraph led by a bold label: "(e) Your rights — …"
    ADDRESS = "address"  # lines set apart and indented: an authority's address
    TABLE = "table"  # first row is the header
    NOTE = "note"  # a note in small type, under a table


@dataclass(frozen=True)
class LetterBlock:
    """One block of the body. ``text`` for paragraphs, ``items`` for lists and addresses, ``rows`` for tables."""

    kind: BlockKind
    text: str = ""
    label: str = ""
    items: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()

    @property
    def editable(self) -> bool:
        return self.kind is BlockKind.FREE

    def plain_text(self) -> str:
        if self.kind in (BlockKind.BULLETS,):
            return "\n".join(f"- {item}" for item in self.items)
        if self.kind is BlockKind.ADDRESS:
            return "\n".join(self.items)
        if self.kind is BlockKind.TABLE:
            return "\n".join(" | ".join(cell.replace("\n", " ") for cell in row) for row in self.rows)
        if self.kind is BlockKind.LABELLED:
            return f"{self.label}: {self.text}"
        return self.text


@dataclass(frozen=True)
class ComposedLetter:
    """Every text of one letter, laid out later by :mod:`lazeo_desk.letters.layout`.

    ``recipient`` is the window block (name first, at most six lines); ``sender`` the DPO's contact block;
    ``references`` label/value pairs under the date; ``mention`` the registered-post line ("" when none);
    ``enclosures`` are listed after the signature unless the body already lists them; ``warnings`` are for
    the DPO (missing address, late extension notice…) and are never printed.
    """

    kind: LetterKind
    language: Language
    reference: str
    recipient: tuple[str, ...]
    sender: tuple[str, ...]
    place_date: str
    references: tuple[tuple[str, str], ...]
    subject: str
    subject_label: str
    mention: str
    body: tuple[LetterBlock, ...]
    closing: str
    signatory_name: str
    signatory_title: str
    signatory_organisation: str
    enclosures_label: str
    enclosures: tuple[str, ...]
    footer: tuple[str, ...]
    continued_label: str
    warnings: tuple[str, ...] = ()

    @property
    def free_paragraphs(self) -> tuple[str, ...]:
        """The paragraphs typed for this letter, as the preview lets the DPO edit them."""
        return tuple(block.text for block in self.body if block.editable)

    def plain_text(self) -> str:
        """The whole letter as text (for the preview, search, and an e-mail body)."""
        parts: list[str] = ["\n".join(self.recipient), self.place_date]
        parts.extend(f"{label}: {value}" for label, value in self.references)
        if self.mention:
            parts.append(self.mention)
        parts.append(f"{self.subject_label}: {self.subject}")
        parts.extend(block.plain_text() for block in self.body)
        if self.closing:
            parts.append(self.closing)
        parts.append("\n".join(line for line in (self.signatory_name, self.signatory_title) if line))
        if self.enclosures:
            parts.append(f"{self.enclosures_label}:\n" + "\n".join(f"- {item}" for item in self.enclosures))
        return "\n\n".join(part for part in parts if part)

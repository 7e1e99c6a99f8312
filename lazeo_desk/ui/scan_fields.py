"""The fields read on a scanned letter put into the case form: each filled field says, in its tooltip, the page
and line it was read on and how sure the reading is; what was read too unsurely stays empty. The DPO confirms."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from lazeo_desk.services.scan_import import ReadScan
from lazeo_desk.services.scan_prefill import ReadField
from lazeo_desk.ui.case_form import CaseForm
from lazeo_desk.ui.dates import format_date
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.sentences import sentence_text
from lazeo_desk.ui.translation import translate


def _mark(widget: QWidget, label: str, read: ReadField[Any], lines: list[str]) -> None:
    source = sentence_text(read.source)
    widget.setToolTip(fill(translate("ScanFields", "Read on the scan: %1"), source))
    lines.append(fill(translate("ScanFields", "%1 %2"), label, source))


def prefill_form(form: CaseForm, read: ReadScan) -> list[str]:
    """Fill ``form`` with what ``read`` gives surely; returns the lines that say where each field was read (and
    what was set aside), for the notes beside the scan."""
    prefill = read.prefill
    lines: list[str] = []
    if prefill.name is not None:
        form.subject_name.setText(prefill.name.value)
        _mark(form.subject_name, translate("ScanFields", "Name:"), prefill.name, lines)
    if prefill.address is not None:
        form.subject_address.setPlainText("\n".join(prefill.address.value))
        _mark(form.subject_address, translate("ScanFields", "Address:"), prefill.address, lines)
    if prefill.birth_date is not None:
        form.birth_date.set_date(prefill.birth_date.value)
        _mark(form.birth_date, translate("ScanFields", "Date of birth:"), prefill.birth_date, lines)
    if prefill.email is not None:
        form.subject_email.setText(prefill.email.value)
        _mark(form.subject_email, translate("ScanFields", "E-mail:"), prefill.email, lines)
    if prefill.patient_number is not None:
        form.patient_number.setText(prefill.patient_number.value)
        _mark(form.patient_number, translate("ScanFields", "Patient number:"), prefill.patient_number, lines)
    for right in prefill.rights:
        box = form.right_boxes[right.value]
        box.setChecked(True)
        # The label as a field label reads in the language (French puts a no-break space before the colon).
        _mark(box, fill(translate("ScanFields", "%1:"), box.text().replace("&", "")), right, lines)
    if prefill.jurisdiction is not None:
        form.jurisdiction.select(prefill.jurisdiction)
        if prefill.centre:
            form.centre.setEditText(prefill.centre)
    if prefill.language is not None:
        form.language.select(prefill.language)
    if prefill.phone is not None:
        lines.append(
            fill(translate("ScanFields", "Telephone (no field for it: copy it to the notes if needed): %1"),
                 prefill.phone.value)
        )
    if prefill.signed is not None:
        lines.append(
            fill(
                translate(
                    "ScanFields", "The letter is dated %1: the day of receipt is the day it arrived, not this one"
                ),
                format_date(prefill.signed.value),
            )
        )
    form.request_text.setPlainText(read.reading.text)
    lines.extend(sentence_text(line) for line in prefill.set_aside)
    lines.extend(sentence_text(note) for note in read.reading.notes)
    return lines

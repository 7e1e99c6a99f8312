"""Every field of a case, as a form: used by the New case dialog and by the case detail."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lazeo_desk.domain.case import (
    Case,
    Channel,
    DataSubject,
    Extension,
    HeirPurpose,
    Jurisdiction,
    Language,
    Practitioner,
    Relationship,
    Requester,
    Title,
)
from lazeo_desk.domain.rights import Right
from lazeo_desk.ui import labels
from lazeo_desk.ui.date_field import DateField, with_echo
from lazeo_desk.ui.dates import DateInputError
from lazeo_desk.ui.enum_combo import EnumCombo
from lazeo_desk.ui.form_problems import FormProblems, Problem
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.translation import QT_TRANSLATE_NOOP

# The language a letter is usually written in for each country, until the DPO picks another.
_USUAL_LANGUAGE = {Jurisdiction.BE: Language.NL, Jurisdiction.FR: Language.FR, Jurisdiction.LU: Language.FR}

class _Section(QWidget):
    """A titled group of form rows."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        heading = QLabel(title, self)
        heading.setObjectName("sectionTitle")
        outer.addWidget(heading)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setHorizontalSpacing(10)
        self.form.setVerticalSpacing(6)
        outer.addLayout(self.form)
        outer.addStretch(1)


def _text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def _title_combo(parent: QWidget) -> EnumCombo[Title]:
    combo: EnumCombo[Title] = EnumCombo(Title, parent)
    combo.add_none(QCoreApplication.translate("CaseForm", "— none recorded —"))
    for title in Title:
        combo.add(labels.title_label(title), title)
    return combo


def _lines(box: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.rstrip() for line in box.toPlainText().strip().splitlines() if line.strip())


class CaseForm(QWidget):
    """The fields of a case, laid out in ``columns`` columns (1 for the detail pane, 3 for the dialog).

    With ``record_dates`` the form also shows what actions set (answered, closed, the extension) so that they can
    be corrected. Signal ``changed()`` on any edit. Widgets are public attributes, named for the field they hold.
    """

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        columns: int = 1,
        record_dates: bool = False,
        centres: Iterable[str] = (),
    ) -> None:
        super().__init__(parent)
        self.record_dates = record_dates
        self._language_chosen = False
        self._loading = False

        request = _Section(self.tr("Request"), self)
        self.received = DateField(self, required=True)
        request.form.addRow(self.tr("&Received on"), with_echo(self.received))
        self.jurisdiction = EnumCombo(Jurisdiction, self)
        self.jurisdiction.setPlaceholderText(self.tr("Choose the centre's country"))
        for jurisdiction in Jurisdiction:
            self.jurisdiction.add(f"{jurisdiction.value} — {labels.jurisdiction_label(jurisdiction)}", jurisdiction)
        self.jurisdiction.setCurrentIndex(-1)
        request.form.addRow(self.tr("C&ountry"), self.jurisdiction)
        self.centre = QComboBox(self)
        self.centre.setEditable(True)
        self.centre.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.set_centres(centres)
        request.form.addRow(self.tr("Cen&tre"), self.centre)
        self.language = EnumCombo(Language, self)
        for language in Language:
            self.language.add(labels.language_label(language), language)
        request.form.addRow(self.tr("&Language"), self.language)
        self.channel = EnumCombo(Channel, self)
        for channel in Channel:
            self.channel.add(labels.channel_label(channel), channel)
        self.channel.select(Channel.EMAIL)
        request.form.addRow(self.tr("C&hannel"), self.channel)
        self.rights_box = QWidget(self)
        rights_grid = QGridLayout(self.rights_box)
        rights_grid.setContentsMargins(0, 2, 0, 2)
        rights_grid.setHorizontalSpacing(14)
        rights_grid.setVerticalSpacing(4)
        self.right_boxes: dict[Right, QCheckBox] = {}
        for position, right in enumerate(Right):
            box = QCheckBox(labels.right_label(right), self.rights_box)
            box.setToolTip(labels.right_article(right))
            rights_grid.addWidget(box, position // 2, position % 2)
            self.right_boxes[right] = box
        request.form.addRow(self.tr("Rights"), self.rights_box)
        self.records_old = QCheckBox(self.tr("Medical information more than 5 years old"), self)
        self.records_old.setToolTip(self.tr("France: the national clock is then 2 months (CSP L.1111-7)"))
        request.form.addRow("", self.records_old)
        self.completed = DateField(self)
        self.completed.setToolTip(
            self.tr("The day identity or missing details arrived: the clock runs from then (leave empty otherwise)")
        )
        request.form.addRow(self.tr("Co&mplete on"), with_echo(self.completed))
        self.request_text = _text_box(self, 3)
        self.request_text.setPlaceholderText(self.tr("What the person asks, in their words"))
        request.form.addRow(self.tr("Re&quest"), self.request_text)

        subject = _Section(self.tr("Data subject"), self)
        self.subject_name = QLineEdit(self)
        subject.form.addRow(self.tr("&Name"), self.subject_name)
        self.subject_title = _title_combo(self)
        subject.form.addRow(self.tr("Title"), self.subject_title)
        self.subject_family_name = QLineEdit(self)
        self.subject_family_name.setToolTip(
            self.tr("As used in a salutation (\"Geachte mevrouw Peeters\"): never guessed from the full name")
        )
        subject.form.addRow(self.tr("Family name"), self.subject_family_name)
        self.birth_date = DateField(self)
        subject.form.addRow(self.tr("&Born on"), with_echo(self.birth_date))
        self.subject_email = QLineEdit(self)
        subject.form.addRow(self.tr("&E-mail"), self.subject_email)
        self.patient_number = QLineEdit(self)
        subject.form.addRow(self.tr("&Patient number"), self.patient_number)
        self.subject_address = _text_box(self, 3)
        self.subject_address.setPlaceholderText(self.tr("Street and number\nPostcode and city\nCountry"))
        subject.form.addRow(self.tr("&Address"), self.subject_address)
        self.last_consultation = DateField(self)
        subject.form.addRow(self.tr("Last consultation"), with_echo(self.last_consultation))
        self.minor = QCheckBox(self.tr("Minor"), self)
        subject.form.addRow("", self.minor)
        self.deceased = QCheckBox(self.tr("Deceased"), self)
        subject.form.addRow("", self.deceased)
        self.death_date = DateField(self)
        subject.form.addRow(self.tr("Died on"), with_echo(self.death_date))

        requester = _Section(self.tr("Requester"), self)
        self.relationship = EnumCombo(Relationship, self)
        for relationship in Relationship:
            self.relationship.add(labels.relationship_label(relationship), relationship)
        requester.form.addRow(self.tr("Asked &by"), self.relationship)
        self.requester_name = QLineEdit(self)
        requester.form.addRow(self.tr("Name"), self.requester_name)
        self.requester_title = _title_combo(self)
        requester.form.addRow(self.tr("Title"), self.requester_title)
        self.requester_family_name = QLineEdit(self)
        self.requester_family_name.setToolTip(
            self.tr("As used in a salutation (\"Dear Ms Roux\"): never guessed from the full name")
        )
        requester.form.addRow(self.tr("Family name"), self.requester_family_name)
        self.requester_email = QLineEdit(self)
        requester.form.addRow(self.tr("E-mail"), self.requester_email)
        self.requester_address = _text_box(self, 3)
        requester.form.addRow(self.tr("Address"), self.requester_address)
        self.requester_proof = QLineEdit(self)
        self.requester_proof.setPlaceholderText(self.tr("Mandate, parental authority, certificate of inheritance…"))
        requester.form.addRow(self.tr("Proof of authority"), self.requester_proof)
        # An heir: the purpose stated (France, CSP L.1110-4 V) and the practitioner designated (Belgium art. 9 §4,
        # Luxembourg): the letters about the file depend on them.
        self.heir_purpose: EnumCombo[HeirPurpose] = EnumCombo(HeirPurpose, self)
        self.heir_purpose.add_none(self.tr("— not stated —"))
        for purpose in HeirPurpose:
            self.heir_purpose.add(labels.heir_purpose_label(purpose), purpose)
        requester.form.addRow(self.tr("Heir's purpose"), self.heir_purpose)
        self.purpose_explanation = QLineEdit(self)
        self.purpose_explanation.setPlaceholderText(self.tr("The circumstances, or the rights in question"))
        requester.form.addRow(self.tr("Explained as"), self.purpose_explanation)
        self.practitioner_name = QLineEdit(self)
        self.practitioner_name.setPlaceholderText(self.tr("Dr. Pieter Wouters"))
        requester.form.addRow(self.tr("Designated practitioner"), self.practitioner_name)
        self.practitioner_address = _text_box(self, 3)
        requester.form.addRow(self.tr("Practitioner's address"), self.practitioner_address)

        notes = _Section(self.tr("Notes"), self)
        self.notes = _text_box(self, 3)
        notes.form.addRow(self.notes)

        self.answered: DateField | None = None
        self.closed: DateField | None = None
        self.extension_reason: QLineEdit | None = None
        self.extension_notice: DateField | None = None
        record: _Section | None = None
        if record_dates:
            record = _Section(self.tr("Answer and extension"), self)
            self.answered = DateField(self)
            record.form.addRow(self.tr("Answered on"), with_echo(self.answered))
            self.closed = DateField(self)
            record.form.addRow(self.tr("Closed on"), with_echo(self.closed))
            self.extension_reason = QLineEdit(self)
            self.extension_reason.setPlaceholderText(self.tr("Not extended"))
            record.form.addRow(self.tr("Extension reasons"), self.extension_reason)
            self.extension_notice = DateField(self)
            record.form.addRow(self.tr("Extension notified on"), with_echo(self.extension_notice))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(18)
        if columns >= 3:
            grid.addWidget(request, 0, 0)
            grid.addWidget(subject, 0, 1)
            side = QWidget(self)
            stack = QVBoxLayout(side)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.setSpacing(18)
            stack.addWidget(requester)
            stack.addWidget(notes)
            if record is not None:
                stack.addWidget(record)
            grid.addWidget(side, 0, 2)
            for column in range(3):
                grid.setColumnStretch(column, 1)
        else:
            sections: list[QWidget] = [request, subject, requester]
            if record is not None:
                sections.append(record)
            sections.append(notes)
            for row, section in enumerate(sections):
                grid.addWidget(section, row, 0)

        self._field_widgets: dict[str, QWidget] = {
            "received": self.received,
            "completed": self.completed,
            "jurisdiction": self.jurisdiction,
            "language": self.language,
            "channel": self.channel,
            "centre": self.centre,
            "rights": self.rights_box,
            "subject.name": self.subject_name,
            "subject.birth_date": self.birth_date,
            "subject.email": self.subject_email,
            "subject.death_date": self.death_date,
            "subject.last_consultation": self.last_consultation,
            "requester.name": self.requester_name,
            "requester.email": self.requester_email,
            "requester.relationship": self.relationship,
            "subject.title": self.subject_title,
            "subject.family_name": self.subject_family_name,
            "requester.title": self.requester_title,
            "requester.family_name": self.requester_family_name,
            "requester.purpose": self.heir_purpose,
            "requester.purpose_explanation": self.purpose_explanation,
            "requester.designated_practitioner": self.practitioner_name,
        }
        if self.answered is not None:
            self._field_widgets["answered"] = self.answered
        if self.closed is not None:
            self._field_widgets["closed"] = self.closed
        if self.extension_reason is not None:
            self._field_widgets["extension.reason"] = self.extension_reason
            self._field_widgets["extension"] = self.extension_reason
        if self.extension_notice is not None:
            self._field_widgets["extension.notice_date"] = self.extension_notice

        for combo in (self.jurisdiction, self.centre, self.language, self.channel, self.relationship):
            combo.setMinimumWidth(220)
        if columns < 3:
            self._align_labels([request, subject, requester] + ([record] if record is not None else []))
        self._connect_changes()
        self._relationship_changed()
        self._deceased_changed()

    @staticmethod
    def _align_labels(sections: list[_Section]) -> None:
        # Sections stacked in one column read as one form when their label columns have the same width.
        captions: list[QWidget] = []
        for section in sections:
            for row in range(section.form.rowCount()):
                item = section.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    captions.append(widget)
        width = max((c.sizeHint().width() for c in captions), default=0)
        for caption in captions:
            caption.setMinimumWidth(width)

    # wiring -------------------------------------------------------------------------------------------------
    def _connect_changes(self) -> None:
        for line in self.findChildren(QLineEdit):
            line.textEdited.connect(self._edited)
        for field in self.findChildren(DateField):
            field.textChanged.connect(self._edited)
        for box in self.findChildren(QPlainTextEdit):
            box.textChanged.connect(self._edited)
        for check in self.findChildren(QCheckBox):
            check.toggled.connect(self._edited)
        for combo in (
            self.jurisdiction, self.language, self.channel, self.relationship, self.subject_title,
            self.requester_title, self.heir_purpose,
        ):
            combo.currentIndexChanged.connect(self._edited)
        self.centre.editTextChanged.connect(self._edited)
        self.jurisdiction.currentIndexChanged.connect(self._jurisdiction_changed)
        self.language.activated.connect(self._language_picked)
        self.relationship.currentIndexChanged.connect(self._relationship_changed)
        self.deceased.toggled.connect(self._deceased_changed)

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def _jurisdiction_changed(self, _index: int) -> None:
        chosen = self.jurisdiction.current()
        if chosen is not None and not self._language_chosen and not self._loading:
            self.language.select(_USUAL_LANGUAGE[chosen])

    def _language_picked(self, _index: int) -> None:
        self._language_chosen = True

    def _relationship_changed(self, _index: int = 0) -> None:
        someone_else = self.relationship.current() is not Relationship.SELF
        requester_fields: tuple[QWidget, ...] = (
            self.requester_name, self.requester_email, self.requester_address, self.requester_proof,
            self.requester_title, self.requester_family_name,
        )
        for widget in requester_fields:
            widget.setEnabled(someone_else)
        heir = self.relationship.current() is Relationship.HEIR
        heir_fields: tuple[QWidget, ...] = (
            self.heir_purpose, self.purpose_explanation, self.practitioner_name, self.practitioner_address,
        )
        for widget in heir_fields:
            widget.setEnabled(heir)

    def _deceased_changed(self, _checked: bool = False) -> None:
        self.death_date.setEnabled(self.deceased.isChecked())

    def set_centres(self, centres: Iterable[str]) -> None:
        """The centres offered in the list (any other can be typed)."""
        current = self.centre.currentText()
        self.centre.blockSignals(True)
        self.centre.clear()
        self.centre.addItems(sorted(set(centres)))
        self.centre.setEditText(current)
        self.centre.blockSignals(False)

    # between the form and a case --------------------------------------------------------------------------
    def load(self, case: Case) -> None:
        """Show ``case`` in the fields (no ``changed`` signal)."""
        self._loading = True
        try:
            self.received.set_date(case.received)
            self.completed.set_date(case.completed)
            self.jurisdiction.select(case.jurisdiction)
            self.centre.setEditText(case.subject.centre)
            self.language.select(case.language)
            self._language_chosen = True
            self.channel.select(case.channel)
            for right, box in self.right_boxes.items():
                box.setChecked(right in case.rights)
            self.records_old.setChecked(case.records_older_than_5_years)
            self.request_text.setPlainText(case.request_text)
            subject = case.subject
            self.subject_name.setText(subject.name)
            self.subject_title.select(subject.title)
            self.subject_family_name.setText(subject.family_name)
            self.birth_date.set_date(subject.birth_date)
            self.subject_email.setText(subject.email)
            self.patient_number.setText(subject.patient_number)
            self.subject_address.setPlainText("\n".join(subject.address))
            self.last_consultation.set_date(subject.last_consultation)
            self.minor.setChecked(subject.minor)
            self.deceased.setChecked(subject.deceased)
            self.death_date.set_date(subject.death_date)
            requester = case.requester
            self.relationship.select(requester.relationship)
            self.requester_name.setText(requester.name)
            self.requester_email.setText(requester.email)
            self.requester_address.setPlainText("\n".join(requester.address))
            self.requester_proof.setText(requester.proof)
            self.requester_title.select(requester.title)
            self.requester_family_name.setText(requester.family_name)
            self.heir_purpose.select(requester.purpose)
            self.purpose_explanation.setText(requester.purpose_explanation)
            practitioner = requester.designated_practitioner
            self.practitioner_name.setText(practitioner.name if practitioner else "")
            self.practitioner_address.setPlainText("\n".join(practitioner.address) if practitioner else "")
            self.notes.setPlainText(case.notes)
            if self.answered is not None:
                self.answered.set_date(case.answered)
            if self.closed is not None:
                self.closed.set_date(case.closed)
            if self.extension_reason is not None and self.extension_notice is not None:
                extension = case.extension
                self.extension_reason.setText(extension.reason if extension else "")
                self.extension_notice.set_date(extension.notice_date if extension else None)
                self.extension_reason.setEnabled(extension is not None)
                self.extension_notice.setEnabled(extension is not None)
        finally:
            self._loading = False
        self.clear_problems()

    def _date(self, field: DateField, key: str, label: str, found: list[Problem]) -> date | None:
        try:
            value = field.date_value()
        except DateInputError:
            found.append(Problem(key, fill(self.tr("“%1” is not a date: type it as dd/mm/yyyy"), field.text())))
            return None
        if value is None and field.required:
            found.append(Problem(key, fill(self.tr("%1 is required"), label)))
        return value

    def chosen_rights(self) -> tuple[Right, ...]:
        return tuple(right for right, box in self.right_boxes.items() if box.isChecked())

    def read(self, base: Case | None = None) -> Case:
        """The case the fields describe, over ``base`` (whose status, history and outcomes are kept).

        :class:`FormProblems` when a field cannot be read (a date that is no date, no country chosen); the
        domain's rules are checked by the service when the case is stored.
        """
        found: list[Problem] = []
        received = self._date(self.received, "received", self.tr("The date of receipt"), found)
        completed = self._date(self.completed, "completed", "", found)
        birth = self._date(self.birth_date, "subject.birth_date", "", found)
        death = self._date(self.death_date, "subject.death_date", "", found) if self.deceased.isChecked() else None
        last = self._date(self.last_consultation, "subject.last_consultation", "", found)
        answered = self._date(self.answered, "answered", "", found) if self.answered else None
        closed = self._date(self.closed, "closed", "", found) if self.closed else None
        notice = (
            self._date(self.extension_notice, "extension.notice_date", "", found) if self.extension_notice else None
        )
        jurisdiction = self.jurisdiction.current()
        if jurisdiction is None:
            found.append(Problem("jurisdiction", self.tr("choose the country of the centre concerned")))
        for key, line in (("subject.email", self.subject_email), ("requester.email", self.requester_email)):
            text = line.text().strip()
            if text and (" " in text or "@" not in text.strip("@")):
                found.append(Problem(key, fill(self.tr("“%1” is not an e-mail address"), text)))
        if found:
            raise FormProblems(found)
        assert received is not None and jurisdiction is not None
        relationship = self.relationship.current() or Relationship.SELF
        language = self.language.current() or Language.EN
        channel = self.channel.current() or Channel.EMAIL
        someone_else = relationship is not Relationship.SELF
        case = copy.deepcopy(base) if base is not None else Case(
            jurisdiction=jurisdiction, language=Language.EN, channel=Channel.EMAIL, received=received,
            rights=(), subject=DataSubject(name=""),
        )
        case.jurisdiction = jurisdiction
        case.language = language
        case.channel = channel
        case.received = received
        case.completed = completed
        chosen = self.chosen_rights()
        # Keep the order the rights were recorded in; newly ticked ones go last.
        case.rights = tuple(r for r in case.rights if r in chosen) + tuple(r for r in chosen if r not in case.rights)
        case.records_older_than_5_years = self.records_old.isChecked()
        case.request_text = self.request_text.toPlainText().strip()
        case.notes = self.notes.toPlainText().strip()
        case.subject = DataSubject(
            name=self.subject_name.text().strip(),
            birth_date=birth,
            email=self.subject_email.text().strip(),
            address=_lines(self.subject_address),
            title=self.subject_title.current(),
            family_name=self.subject_family_name.text().strip(),
            patient_number=self.patient_number.text().strip(),
            centre=self.centre.currentText().strip(),
            minor=self.minor.isChecked(),
            deceased=self.deceased.isChecked(),
            death_date=death,
            last_consultation=last,
        )
        purpose, explanation, practitioner = self._heir_fields(relationship, case.requester.designated_practitioner)
        case.requester = Requester(
            relationship=relationship,
            name=self.requester_name.text().strip() if someone_else else "",
            address=_lines(self.requester_address) if someone_else else (),
            email=self.requester_email.text().strip() if someone_else else "",
            proof=self.requester_proof.text().strip() if someone_else else "",
            title=self.requester_title.current() if someone_else else None,
            family_name=self.requester_family_name.text().strip() if someone_else else "",
            purpose=purpose,
            purpose_explanation=explanation,
            designated_practitioner=practitioner,
        )
        if self.record_dates:
            case.answered = answered
            case.closed = closed
            if case.extension is not None and self.extension_reason is not None:
                case.extension = Extension(
                    self.extension_reason.text().strip(), notice or case.extension.notice_date
                )
        return case

    def _heir_fields(
        self, relationship: Relationship, before: Practitioner | None
    ) -> tuple[HeirPurpose | None, str, Practitioner | None]:
        """The heir's purpose and practitioner as typed; nothing for anyone else. A practitioner keeps the title
        and family name recorded before (the guide or the JSON may have set them)."""
        if relationship is not Relationship.HEIR:
            return None, "", None
        name = self.practitioner_name.text().strip()
        practitioner = None
        if name:
            practitioner = Practitioner(
                name=name,
                address=_lines(self.practitioner_address),
                title=before.title if before is not None else Title.DR,
                family_name=before.family_name if before is not None else "",
            )
        return self.heir_purpose.current(), self.purpose_explanation.text().strip(), practitioner

    def deadline_inputs(self) -> tuple[date, date | None, Jurisdiction, tuple[Right, ...], bool] | None:
        """What the deadline depends on, when it can be read (receipt date and country), else None."""
        try:
            received = self.received.date_value()
            completed = self.completed.date_value()
        except DateInputError:
            return None
        jurisdiction = self.jurisdiction.current()
        if received is None or jurisdiction is None:
            return None
        return received, completed, jurisdiction, self.chosen_rights(), self.records_old.isChecked()

    # problems shown where they are --------------------------------------------------------------------------
    def field_label(self, key: str) -> str:
        return QCoreApplication.translate("CaseForm", _FIELD_LABELS.get(key, key)) if key else ""

    def show_problems(self, problems: Iterable[Problem]) -> None:
        self.clear_problems()
        for problem in problems:
            widget = self._field_widgets.get(problem.key)
            if widget is not None:
                widget.setProperty("invalid", True)
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def first_invalid(self) -> QWidget | None:
        for widget in self._field_widgets.values():
            if widget.property("invalid"):
                return widget
        return None

    def clear_problems(self) -> None:
        for widget in self._field_widgets.values():
            if isinstance(widget, DateField):
                continue  # a date field marks itself while it is typed
            if widget.property("invalid"):
                widget.setProperty("invalid", False)
                widget.style().unpolish(widget)
                widget.style().polish(widget)


_FIELD_LABELS: dict[str, str] = {
    "received": QT_TRANSLATE_NOOP("CaseForm", "Received on"),
    "completed": QT_TRANSLATE_NOOP("CaseForm", "Complete on"),
    "jurisdiction": QT_TRANSLATE_NOOP("CaseForm", "Country"),
    "language": QT_TRANSLATE_NOOP("CaseForm", "Language"),
    "channel": QT_TRANSLATE_NOOP("CaseForm", "Channel"),
    "centre": QT_TRANSLATE_NOOP("CaseForm", "Centre"),
    "rights": QT_TRANSLATE_NOOP("CaseForm", "Rights"),
    "subject.name": QT_TRANSLATE_NOOP("CaseForm", "Name of the data subject"),
    "subject.birth_date": QT_TRANSLATE_NOOP("CaseForm", "Date of birth"),
    "subject.email": QT_TRANSLATE_NOOP("CaseForm", "E-mail of the data subject"),
    "subject.death_date": QT_TRANSLATE_NOOP("CaseForm", "Date of death"),
    "subject.last_consultation": QT_TRANSLATE_NOOP("CaseForm", "Last consultation"),
    "requester.name": QT_TRANSLATE_NOOP("CaseForm", "Name of the requester"),
    "requester.email": QT_TRANSLATE_NOOP("CaseForm", "E-mail of the requester"),
    "requester.relationship": QT_TRANSLATE_NOOP("CaseForm", "Asked by"),
    "subject.title": QT_TRANSLATE_NOOP("CaseForm", "Title of the data subject"),
    "subject.family_name": QT_TRANSLATE_NOOP("CaseForm", "Family name of the data subject"),
    "requester.title": QT_TRANSLATE_NOOP("CaseForm", "Title of the requester"),
    "requester.family_name": QT_TRANSLATE_NOOP("CaseForm", "Family name of the requester"),
    "requester.purpose": QT_TRANSLATE_NOOP("CaseForm", "Heir's purpose"),
    "requester.purpose_explanation": QT_TRANSLATE_NOOP("CaseForm", "Explanation of the purpose"),
    "requester.designated_practitioner": QT_TRANSLATE_NOOP("CaseForm", "Designated practitioner"),
    "answered": QT_TRANSLATE_NOOP("CaseForm", "Answered on"),
    "closed": QT_TRANSLATE_NOOP("CaseForm", "Closed on"),
    "extension": QT_TRANSLATE_NOOP("CaseForm", "Extension"),
    "extension.reason": QT_TRANSLATE_NOOP("CaseForm", "Extension reasons"),
    "extension.notice_date": QT_TRANSLATE_NOOP("CaseForm", "Extension notified on"),
    "reference": QT_TRANSLATE_NOOP("CaseForm", "Reference"),
    "note": QT_TRANSLATE_NOOP("CaseForm", "Note"),
    "status": QT_TRANSLATE_NOOP("CaseForm", "Status"),
}

"""Settings page: the controller and its Data Protection Officer, as the letters name them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from lazeo_desk.services.settings import BusinessSettings, Field, SettingProblem
from lazeo_desk.ui.settings_fields import (
    AddressEdit,
    FieldWithMessage,
    page_intro,
    problem_text,
    section_title,
)


class OrganisationPage(QWidget):
    """Controller (brand, name, registration, seat, website) and DPO (name, e-mail, postal address)."""

    FIELDS = frozenset({
        Field.BRAND, Field.CONTROLLER_NAME, Field.REGISTRATION, Field.SEAT_ADDRESS, Field.DPO_NAME,
        Field.DPO_EMAIL, Field.DPO_ADDRESS,
    })

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.brand = QLineEdit(self)
        self.controller_name = QLineEdit(self)
        self.registration = QLineEdit(self)
        self.registration.setPlaceholderText(self.tr("e.g. RCS Paris 879 986 214"))
        self.seat_address = AddressEdit(self)
        self.website = QLineEdit(self)
        self.dpo_name = QLineEdit(self)
        self.dpo_email = QLineEdit(self)
        self.dpo_email.setPlaceholderText(self.tr("dpo@lazeo.com"))
        self.dpo_address = AddressEdit(self)

        self.rows: dict[Field, FieldWithMessage] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(page_intro(
            self.tr("Who answers the requests: printed in the letterhead, the footer and the signature of "
                    "every letter. The defaults come from the privacy policy."),
            self,
        ))
        # One form for both sections, so that their fields line up.
        form = QFormLayout()
        form.addRow(section_title(self.tr("Controller"), self))
        self._row(form, Field.BRAND, self.tr("Brand"), self.brand)
        self._row(form, Field.CONTROLLER_NAME, self.tr("Company name"), self.controller_name)
        self._row(form, Field.REGISTRATION, self.tr("Registration"), self.registration)
        self._row(
            form, Field.SEAT_ADDRESS, self.tr("Registered office"), self.seat_address,
            hint=self.tr("One line per line of the address, as printed."),
        )
        form.addRow(self.tr("Website"), self.website)
        form.addRow(section_title(self.tr("Data Protection Officer"), self))
        self._row(form, Field.DPO_NAME, self.tr("Name"), self.dpo_name)
        self._row(form, Field.DPO_EMAIL, self.tr("E-mail"), self.dpo_email)
        self._row(form, Field.DPO_ADDRESS, self.tr("Postal address"), self.dpo_address)
        layout.addLayout(form)
        layout.addStretch(1)

    def _row(self, form: QFormLayout, field: Field, label: str, widget: QWidget, *, hint: str = "") -> None:
        row = FieldWithMessage(widget, self, hint=hint)
        self.rows[field] = row
        form.addRow(label, row)

    def load(self, settings: BusinessSettings) -> None:
        profile = settings.profile
        self.brand.setText(profile.brand)
        self.controller_name.setText(profile.controller_name)
        self.registration.setText(profile.registration)
        self.seat_address.set_lines(profile.seat_address)
        self.website.setText(profile.website)
        self.dpo_name.setText(profile.dpo_name)
        self.dpo_email.setText(profile.dpo_email)
        self.dpo_address.set_lines(profile.dpo_address)

    def apply(self, settings: BusinessSettings) -> BusinessSettings:
        profile = replace(
            settings.profile,
            brand=self.brand.text().strip(),
            controller_name=self.controller_name.text().strip(),
            registration=self.registration.text().strip(),
            seat_address=self.seat_address.lines(),
            website=self.website.text().strip(),
            dpo_name=self.dpo_name.text().strip(),
            dpo_email=self.dpo_email.text().strip(),
            dpo_address=self.dpo_address.lines(),
        )
        return replace(settings, profile=profile)

    def clear_problems(self) -> None:
        for row in self.rows.values():
            row.clear_problem()

    def show_problems(self, problems: list[SettingProblem]) -> QWidget | None:
        first: QWidget | None = None
        for problem in problems:
            row = self.rows.get(problem.field)
            if row is None:
                continue
            row.show_problem(problem_text(problem))
            first = first or row.field
        return first

"""Settings page: what the letters print besides their text: the DPO's title, the place, the envelope window,
the logo and the signature."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.organisation import WINDOW_TOP_MM, LocalText, WindowSide
from lazeo_desk.services.settings import (
    WINDOW_LEFT_RANGE,
    WINDOW_TOP_RANGE,
    BusinessSettings,
    Field,
    ImageRole,
    LetterImage,
    SettingProblem,
    SettingsError,
    default_window_position,
    read_letter_image,
)
from lazeo_desk.ui.enum_combo import EnumCombo
from lazeo_desk.ui.labels import language_label
from lazeo_desk.ui.plain_text import make_plain
from lazeo_desk.ui.settings_fields import (
    FieldWithMessage,
    page_intro,
    problem_text,
    row_label,
    section_title,
)

# Asked for a file to open: (parent, caption) -> the chosen path, or None when the person cancelled.
FileChooser = Callable[[QWidget, str], Path | None]

# The recipient block as the letter layout prints it (about 85 x 35 mm), on the upper third of the sheet.
_BLOCK_MM = (85.0, 35.0)
_SHEET_MM = (210.0, 99.0)


def choose_image_file(parent: QWidget, caption: str) -> Path | None:
    """The system's file dialog, for PNG and JPEG images."""
    images = QCoreApplication.translate("LettersPage", "Images (*.png *.jpg *.jpeg)")
    name, _ = QFileDialog.getOpenFileName(parent, caption, "", images)
    return Path(name) if name else None


class EnvelopePreview(QWidget):
    """The upper third of the A4 sheet with the address block where the envelope window will show it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._left, self._top = default_window_position(WindowSide.RIGHT)
        self.setMinimumSize(QSize(210, 99))
        self.setToolTip(self.tr("Where the recipient's address is printed on the sheet"))

    def set_position(self, left: float, top: float) -> None:
        self._left, self._top = left, top
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt's name)
        return QSize(252, 119)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = min((self.width() - 2) / _SHEET_MM[0], (self.height() - 2) / _SHEET_MM[1])
        sheet = QRectF(1, 1, _SHEET_MM[0] * scale, _SHEET_MM[1] * scale)
        painter.setPen(QPen(QColor("#9AA5B1")))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRect(sheet)
        block = QRectF(
            sheet.left() + self._left * scale, sheet.top() + self._top * scale,
            _BLOCK_MM[0] * scale, _BLOCK_MM[1] * scale,
        )
        painter.setBrush(QColor("#D3E4F5"))
        painter.setPen(QPen(QColor("#0B4F8A")))
        painter.drawRoundedRect(block.intersected(sheet), 3, 3)
        painter.drawText(block.intersected(sheet), Qt.AlignmentFlag.AlignCenter, self.tr("Address"))
        painter.end()


class ImageChooser(QWidget):
    """A letter image: its preview, a button to choose a file and one to remove it."""

    def __init__(self, role: ImageRole, chooser: FileChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self._chooser = chooser
        self.image: LetterImage | None = None
        self.preview = QLabel(self)
        self.preview.setObjectName("imagePreview")
        self.preview.setFixedSize(QSize(200, 64))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("QLabel#imagePreview { background: #FFFFFF; border: 1px solid #D5DADF; }")
        self.name = QLabel(self)
        self.name.setObjectName("fieldHint")
        make_plain(self.preview, self.name)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.row = FieldWithMessage(self.preview, self)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        column = QVBoxLayout()
        column.addWidget(self.row)
        column.addWidget(self.name)
        layout.addLayout(column)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.choose_button.clicked.connect(self._choose)
        self.remove_button.clicked.connect(lambda: self.set_image(None))
        self.set_image(None)

    def _choose(self) -> None:
        if self.role is ImageRole.LOGO:
            caption = self.tr("Choose the logo")
        else:
            caption = self.tr("Choose the signature")
        path = self._chooser(self, caption)
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> bool:
        """Take the image in ``path``; when it cannot go on a letter, say why and keep the current one."""
        self.row.clear_problem()
        try:
            image = read_letter_image(path, self.role)
        except SettingsError as error:
            for problem in error.problems:
                self.row.show_problem(problem_text(problem))
            return False
        self.set_image(image)
        return True

    def set_image(self, image: LetterImage | None) -> None:
        self.image = image
        self.remove_button.setEnabled(image is not None)
        if image is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("None"))
            self.name.clear()
            return
        pixmap = QPixmap()
        if pixmap.loadFromData(image.data):
            self.preview.setPixmap(
                pixmap.scaled(
                    self.preview.size() - QSize(8, 8), Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.setText(image.name)
        self.name.setText(image.name)


class LettersPage(QWidget):
    """The DPO's title and the letter's place in each language, the envelope window, logo and signature."""

    FIELDS = frozenset({
        Field.DPO_TITLE, Field.LETTER_PLACE, Field.WINDOW_LEFT, Field.WINDOW_TOP, Field.LOGO, Field.SIGNATURE,
    })

    def __init__(self, *, file_chooser: FileChooser | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        chooser = file_chooser or choose_image_file
        self.titles: dict[Language, QLineEdit] = {}
        self.places: dict[Language, QLineEdit] = {}
        self.title_rows: dict[Language, FieldWithMessage] = {}
        self.place_rows: dict[Language, FieldWithMessage] = {}

        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Signature block and place"), self))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Title of the DPO"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("Place before the date"), self), 0, 2)
        for row, language in enumerate((Language.NL, Language.FR, Language.EN), start=1):
            title, place = QLineEdit(self), QLineEdit(self)
            self.titles[language], self.places[language] = title, place
            self.title_rows[language] = FieldWithMessage(title, self)
            self.place_rows[language] = FieldWithMessage(place, self)
            label = row_label(language_label(language), title, self)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.title_rows[language], row, 1)
            grid.addWidget(self.place_rows[language], row, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        layout.addLayout(grid)

        layout.addWidget(section_title(self.tr("Envelope window"), self))
        layout.addWidget(page_intro(
            self.tr("Where the recipient's address is printed, measured from the left and top edges of the "
                    "sheet, so that it shows through the window of the envelope."),
            self,
        ))
        self.window_side: EnumCombo[WindowSide] = EnumCombo(WindowSide, self)
        self.window_side.add(self.tr("Right (French DL envelope)"), WindowSide.RIGHT)
        self.window_side.add(self.tr("Left (Belgian and German envelopes)"), WindowSide.LEFT)
        self.window_side.setMaximumWidth(320)
        self.window_left = self._millimetres(WINDOW_LEFT_RANGE)
        self.window_top = self._millimetres(WINDOW_TOP_RANGE)
        self.left_row = FieldWithMessage(self.window_left, self)
        self.top_row = FieldWithMessage(self.window_top, self)
        self.default_position = QPushButton(self.tr("Default position"), self)
        self.envelope = EnvelopePreview(self)
        envelope_form = QFormLayout()
        envelope_form.addRow(self.tr("Window side"), self.window_side)
        envelope_form.addRow(self.tr("From the left edge"), self.left_row)
        envelope_form.addRow(self.tr("From the top edge"), self.top_row)
        envelope_form.addRow("", self.default_position)
        self.default_position.setMaximumWidth(200)
        envelope = QHBoxLayout()
        envelope.addLayout(envelope_form, 1)
        envelope.addWidget(self.envelope, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(envelope)

        layout.addWidget(section_title(self.tr("Images"), self))
        self.logo = ImageChooser(ImageRole.LOGO, chooser, self)
        self.signature = ImageChooser(ImageRole.SIGNATURE, chooser, self)
        images = QFormLayout()
        images.addRow(self.tr("Logo"), self.logo)
        images.addRow(self.tr("Scanned signature"), self.signature)
        layout.addLayout(images)
        layout.addWidget(page_intro(
            self.tr("PNG or JPEG. The images are kept in the database, so they travel with its backups."),
            self,
        ))
        layout.addStretch(1)

        self._side = WindowSide.RIGHT
        self.window_side.currentIndexChanged.connect(self._side_changed)
        self.window_left.valueChanged.connect(self._position_changed)
        self.window_top.valueChanged.connect(self._position_changed)
        self.default_position.clicked.connect(self.reset_window_position)

    def _millimetres(self, bounds: tuple[float, float]) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(*bounds)
        box.setDecimals(1)
        box.setSingleStep(1.0)
        box.setSuffix(self.tr(" mm"))
        box.setMaximumWidth(160)
        return box

    def _side_changed(self, _index: int) -> None:
        side = self.window_side.current() or WindowSide.RIGHT
        old_left, old_top = default_window_position(self._side)
        # A position left at the old side's default follows the side; one the DPO measured stays.
        if abs(self.window_left.value() - old_left) < 0.05:
            self.window_left.setValue(default_window_position(side)[0])
        if abs(self.window_top.value() - old_top) < 0.05:
            self.window_top.setValue(default_window_position(side)[1])
        self._side = side

    def _position_changed(self, _value: float) -> None:
        self.envelope.set_position(self.window_left.value(), self.window_top.value())

    def reset_window_position(self) -> None:
        left, top = default_window_position(self.window_side.current() or WindowSide.RIGHT)
        self.window_left.setValue(left)
        self.window_top.setValue(top)

    def load(self, settings: BusinessSettings) -> None:
        profile = settings.profile
        for language in Language:
            self.titles[language].setText(profile.dpo_title.get(language))
            self.places[language].setText(profile.letter_place.get(language))
        self._side = profile.window_side
        self.window_side.blockSignals(True)
        self.window_side.select(profile.window_side)
        self.window_side.blockSignals(False)
        left, top = profile.window_position_mm()
        self.window_left.setValue(left)
        self.window_top.setValue(top)
        self._position_changed(0.0)
        self.logo.set_image(settings.logo)
        self.signature.set_image(settings.signature)

    def apply(self, settings: BusinessSettings) -> BusinessSettings:
        side = self.window_side.current() or WindowSide.RIGHT
        default_left, _ = default_window_position(side)
        left, top = round(self.window_left.value(), 1), round(self.window_top.value(), 1)
        profile = replace(
            settings.profile,
            dpo_title=LocalText(**{lang.value: self.titles[lang].text().strip() for lang in Language}),
            letter_place=LocalText(**{lang.value: self.places[lang].text().strip() for lang in Language}),
            window_side=side,
            # The defaults are stored as "none", so that they follow a side changed later.
            window_left_mm=None if abs(left - default_left) < 0.05 else left,
            window_top_mm=None if abs(top - WINDOW_TOP_MM) < 0.05 else top,
        )
        return replace(settings, profile=profile, logo=self.logo.image, signature=self.signature.image)

    def clear_problems(self) -> None:
        for row in (*self.title_rows.values(), *self.place_rows.values(), self.left_row, self.top_row):
            row.clear_problem()
        self.logo.row.clear_problem()
        self.signature.row.clear_problem()

    def show_problems(self, problems: list[SettingProblem]) -> QWidget | None:
        first: QWidget | None = None
        for problem in problems:
            row = self._row_of(problem)
            if row is None:
                continue
            row.show_problem(problem_text(problem))
            first = first or row.field
        return first

    def _row_of(self, problem: SettingProblem) -> FieldWithMessage | None:
        rows: dict[Field, FieldWithMessage] = {
            Field.WINDOW_LEFT: self.left_row, Field.WINDOW_TOP: self.top_row,
            Field.LOGO: self.logo.row, Field.SIGNATURE: self.signature.row,
        }
        if problem.field in (Field.DPO_TITLE, Field.LETTER_PLACE):
            try:
                language = Language(problem.where)
            except ValueError:
                return None
            by_language = self.title_rows if problem.field is Field.DPO_TITLE else self.place_rows
            return by_language[language]
        return rows.get(problem.field)

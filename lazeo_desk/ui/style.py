"""The window's look: one style sheet, quiet colours, red and amber kept for what needs doing."""

from __future__ import annotations

STYLE_SHEET = """
QMainWindow, QWidget#registerPage { background: #F4F6F8; }
QLabel#pageTitle { font-size: 15pt; font-weight: 600; color: #1F2933; }
QLabel#pageSubtitle { color: #5F6B76; }
QPushButton#primaryButton {
    background: #0B4F8A; color: #FFFFFF; border: 1px solid #0A467B; border-radius: 5px;
    padding: 6px 16px; font-weight: 600;
}
QPushButton#primaryButton:hover { background: #0E5DA3; }
QPushButton#primaryButton:focus { border: 2px solid #7FB2E5; }
QTableView#register {
    background: #FFFFFF; alternate-background-color: #FAFBFC; border: 1px solid #D5DADF;
    selection-background-color: #D3E4F5; selection-color: #1F2933; gridline-color: #EEF0F2;
}
QTableView#register::item, QTableView#timeline::item { padding: 4px 6px; }
QTableView#timeline { background: #FFFFFF; alternate-background-color: #FAFBFC; border: 1px solid #D5DADF; }
QTableView#register QHeaderView::section, QTableView#timeline QHeaderView::section {
    background: #F7F8FA; color: #3C4650; font-weight: 600; border: none;
    border-bottom: 1px solid #D5DADF; border-right: 1px solid #ECEFF2; padding: 5px 8px;
}
QWidget#caseDetail { background: #FFFFFF; border: 1px solid #D5DADF; }
QWidget#caseDetail QWidget#qt_scrollarea_viewport, QWidget#detailPage { background: #FFFFFF; }
QLabel#caseTitle { font-size: 15pt; font-weight: 600; color: #1F2933; }
QLabel#caseSubtitle { color: #4A5560; }
QLabel#editHint { color: #5F6B76; }
QLabel#caseDue { color: #3C4650; font-weight: 600; }
QLabel#sectionTitle { font-weight: 600; color: #0B4F8A; padding-top: 2px; }
QLineEdit[invalid="true"], QComboBox[invalid="true"], QWidget[invalid="true"] {
    border: 1px solid #C62828; border-radius: 3px; background: #FFF7F7;
}
QStatusBar { background: #ECEFF2; color: #3C4650; }
QStatusBar QLabel { padding: 0 8px; }
"""

"""A small form for the release and move-out steps that need only a few fields (endorsement,
arrears check, fees, inspection, party, agreement): the fields are declared by the caller and the
form is built into the one layout of ui/release_form_dialog.ui.

`ask(parent, title, fields, submit)` shows it; `submit(values)` calls the service, and a refusal
is shown inline while the dialog stays open. Tests replace `ask`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDoubleSpinBox, QLineEdit,
                               QPlainTextEdit, QSpinBox)

from app import feedback
from app.errors import DormDeskError
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_release_form_dialog import Ui_ReleaseFormDialog


@dataclass(frozen=True)
class Field:
    """One field of the form."""

    key: str
    label: str
    kind: str = "text"            # text | combo | edit_combo | date | check | multiline | money | int
    choices: Sequence = ()        # strings, or (label, data) pairs
    default: object = None


class ReleaseFormDialog(RulesDialog):
    """Fields in a form; OK calls `submit(values)`."""

    def __init__(self, title: str, fields: Sequence[Field], submit: Callable[[dict], object], hint: str = "",
                 parent=None):
        super().__init__(parent)
        self.ui = Ui_ReleaseFormDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.fields, self.submit, self.result_value = list(fields), submit, None
        self.ui.hint_label.setText(hint)
        self.ui.hint_label.setVisible(bool(hint))
        feedback.show_inline(self.ui.error_label, None)
        self.widgets = {f.key: self._make(f) for f in self.fields}
        for f in self.fields:
            self.ui.form_layout.addRow(f.label if f.kind != "check" else "", self.widgets[f.key])
        self.rules = DialogRules(self, save=self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    def _make(self, f: Field):
        if f.kind in ("combo", "edit_combo"):
            w = QComboBox(self)
            w.setEditable(f.kind == "edit_combo")
            for choice in f.choices:
                label, data = choice if isinstance(choice, tuple) else (choice, choice)
                w.addItem(str(label), data)
            if f.default is not None:
                idx = w.findData(f.default)
                if idx >= 0:
                    w.setCurrentIndex(idx)
                elif w.isEditable():
                    w.setEditText(str(f.default))
            return w
        if f.kind == "date":
            w = QDateEdit(self)
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setDate(QDate(f.default) if isinstance(f.default, dt.date) else QDate.currentDate())
            return w
        if f.kind == "check":
            w = QCheckBox(f.label, self)
            w.setChecked(bool(f.default))
            return w
        if f.kind == "multiline":
            w = QPlainTextEdit(self)
            w.setPlainText(str(f.default or ""))
            w.setMaximumHeight(90)
            return w
        if f.kind == "money":
            w = QDoubleSpinBox(self)
            w.setRange(0, 10_000_000)
            w.setDecimals(2)
            w.setValue(float(f.default or 0))
            return w
        if f.kind == "int":
            w = QSpinBox(self)
            w.setRange(0, 100_000)
            w.setValue(int(f.default or 0))
            return w
        w = QLineEdit(self)
        w.setText(str(f.default or ""))
        return w

    def values(self) -> dict:
        out = {}
        for f in self.fields:
            w = self.widgets[f.key]
            if isinstance(w, QComboBox):
                data = w.currentData()
                out[f.key] = w.currentText().strip() if w.isEditable() and (data is None or
                                                                              w.currentText() != w.itemText(w.currentIndex())) else data
            elif isinstance(w, QDateEdit):
                out[f.key] = w.date().toPython()
            elif isinstance(w, QCheckBox):
                out[f.key] = w.isChecked()
            elif isinstance(w, QPlainTextEdit):
                out[f.key] = w.toPlainText().strip()
            elif isinstance(w, (QDoubleSpinBox, QSpinBox)):
                out[f.key] = w.value()
            else:
                out[f.key] = w.text().strip()
        return out

    @Slot()
    def _on_button_box_accepted(self):
        try:
            self.result_value = self.submit(self.values())
        except DormDeskError as exc:
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent, title: str, fields: Sequence[Field], submit: Callable[[dict], object], hint: str = ""):
        """Show the form; the value `submit` returned, or None when cancelled."""
        dialog = cls(title, fields, submit, hint, parent)
        return dialog.result_value if dialog.exec() == QDialog.Accepted else None

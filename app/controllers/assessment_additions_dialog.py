"""Additions (加分/奖励) and remarks on one administrator's monthly sheet."""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from app import feedback
from app.errors import DormDeskError
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_assessment_additions_dialog import Ui_AssessmentAdditionsDialog


class AssessmentAdditionsDialog(RulesDialog):
    """Hands (amount, note, remarks) to `save`; stays open with the reason when refused."""

    def __init__(self, row, unit: str, save: Callable[[Decimal, str, str], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AssessmentAdditionsDialog()
        self.ui.setupUi(self)
        self.save, self.result_value = save, None
        self.ui.who_label.setText(f"{row.staff_name}  {row.building or ''}")
        self.ui.amount_label.setText(self.tr("加分/奖励（%1）").replace("%1", unit))
        self.ui.amount_spin.setValue(float(row.additions))
        self.ui.note_edit.setText(row.additions_note or "")
        self.ui.remarks_edit.setText(row.remarks or "")
        feedback.show_inline(self.ui.error_label, None)
        self.rules = DialogRules(self, save=self._on_save)
        self.ui.button_box.rejected.connect(self.reject)

    @Slot()
    def _on_save(self):
        try:
            self.result_value = self.save(Decimal(str(round(self.ui.amount_spin.value(), 2))),
                                          self.ui.note_edit.text().strip(), self.ui.remarks_edit.text().strip())
        except DormDeskError as exc:
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, row, unit, save, parent=None):
        dlg = cls(row, unit, save, parent)
        return dlg.result_value if dlg.exec() == QDialog.Accepted else None

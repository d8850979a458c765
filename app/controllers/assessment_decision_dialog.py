"""A supervisor's decision on an appeal: 维持 / 撤销 / 调整 (codes upheld / revoked / adjusted; with the new
amount) and the reason."""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from app import feedback
from app.errors import DormDeskError
from app.texts import QT_TRANSLATE_NOOP
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_assessment_decision_dialog import Ui_AssessmentDecisionDialog

# (code of "assessments.appeal", the dialog's own wording)
OUTCOMES = (("upheld", QT_TRANSLATE_NOOP("AssessmentDecisionDialog", "维持")),
            ("revoked", QT_TRANSLATE_NOOP("AssessmentDecisionDialog", "撤销")),
            ("adjusted", QT_TRANSLATE_NOOP("AssessmentDecisionDialog", "调整")))


class AssessmentDecisionDialog(RulesDialog):
    """Hands (outcome, reason, new amount) to `save`; stays open with the reason when refused."""

    def __init__(self, incident, save: Callable[[str, str, Decimal | None], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AssessmentDecisionDialog()
        self.ui.setupUi(self)
        self.save, self.result_value = save, None
        for code, text in OUTCOMES:
            self.ui.outcome_combo.addItem(self.tr(text), code)
        self.ui.appeal_text_label.setText(self.tr("%1  %2 扣 %3\n申诉理由：%4")
                                          .replace("%1", incident.incident_no).replace("%2", incident.staff_name)
                                          .replace("%3", f"{incident.deduction:,.2f}")
                                          .replace("%4", incident.appeal_reason or ""))
        self.ui.amount_spin.setValue(float(incident.deduction) / 2)
        feedback.show_inline(self.ui.error_label, None)
        self.ui.outcome_combo.currentIndexChanged.connect(self._on_outcome_changed)
        self.rules = DialogRules(self, save=self._on_ok)
        self.ui.button_box.rejected.connect(self.reject)
        self._on_outcome_changed()

    @Slot()
    def _on_outcome_changed(self, *_):
        adjust = self.ui.outcome_combo.currentData() == "adjusted"
        self.ui.amount_spin.setEnabled(adjust)
        self.ui.amount_label.setEnabled(adjust)

    @Slot()
    def _on_ok(self):
        outcome = self.ui.outcome_combo.currentData()
        amount = Decimal(str(round(self.ui.amount_spin.value(), 2))) if outcome == "adjusted" else None
        try:
            self.result_value = self.save(outcome, self.ui.reason_edit.toPlainText().strip(), amount)
        except DormDeskError as exc:
            feedback.show_inline(self.ui.error_label, feedback.error_text(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, incident, save, parent=None):
        dlg = cls(incident, save, parent)
        return dlg.result_value if dlg.exec() == QDialog.Accepted else None

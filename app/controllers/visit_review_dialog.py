"""The supervisor's review of a returned visit form: 合格, or 不合格 with the handling opinion (the
visit is then handled under the complaint procedure and visited again)."""
from __future__ import annotations

from PySide6.QtCore import Slot

from app import feedback, vocab
from app.controllers.mail_register_dialog import show_field_error
from app.errors import DormDeskError
from app.services import visits
from app.services.context import ServiceContext
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_visit_review_dialog import Ui_VisitReviewDialog

FIELDS = {"comment": "comment_edit", "nonconformity_action": "action_edit"}


class VisitReviewDialog(RulesDialog):
    def __init__(self, ctx: ServiceContext, row: visits.VisitRow, parent=None):
        super().__init__(parent)
        self.ctx, self.row, self.result = ctx, row, None
        self.ui = Ui_VisitReviewDialog()
        self.ui.setupUi(self)
        ui = self.ui
        feedback.show_inline(ui.error_label, None)
        ui.visit_label.setText(f"{row.visit_no}  {row.source_no or ''}  {row.interviewee or ''}：{vocab.label('common.rating', row.satisfaction)}"
                               f"  {row.feedback or ''}")
        if row.satisfaction == "bad":
            ui.bad_radio.setChecked(True)
        ui.action_edit.setEnabled(ui.bad_radio.isChecked())
        ui.bad_radio.toggled.connect(ui.action_edit.setEnabled)
        self.rules = DialogRules(self, save=self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)

    @classmethod
    def ask(cls, ctx: ServiceContext, row, parent=None):
        d = cls(ctx, row, parent)
        return d.result if d.exec() else None

    @Slot()
    def _on_button_box_accepted(self):
        ui = self.ui
        try:
            self.result = visits.review(self.ctx, self.row.id, ok=ui.ok_radio.isChecked(),
                                        comment=ui.comment_edit.toPlainText(),
                                        nonconformity_action=ui.action_edit.toPlainText() or None,
                                        expected_version=self.row.version)
        except DormDeskError as exc:
            show_field_error(self, exc, FIELDS)
            return
        self.accept()

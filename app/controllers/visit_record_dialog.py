"""Filling in a return visit (V1 回访记录表) from the returned form or a phone call: method, date,
the three ratings, the resident's words, the repair check items and the signature."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot

from app import feedback, vocab
from app.controllers.mail_register_dialog import show_field_error
from app.controllers.repair_report_dialog import to_qdatetime
from app.errors import DormDeskError
from app.services import visits
from app.services.context import ServiceContext
from app.widgets import value_combo
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_visit_record_dialog import Ui_VisitRecordDialog

FIELDS = {"method": "method_combo", "visit_date": "visit_date_edit", "interviewee": "interviewee_edit",
          "quality_rating": "quality_combo", "effect_rating": "effect_combo", "satisfaction": "satisfaction_combo",
          "notes": "feedback_edit"}


class VisitRecordDialog(RulesDialog):
    def __init__(self, ctx: ServiceContext, row: visits.VisitRow, parent=None):
        super().__init__(parent)
        self.ctx, self.row, self.result = ctx, row, None
        self.ui = Ui_VisitRecordDialog()
        self.ui.setupUi(self)
        ui = self.ui
        feedback.show_inline(ui.error_label, None)
        self.setWindowTitle(f"{self.tr('填写回访结果')} - {row.visit_no}")
        ui.visit_label.setText(f"{row.visit_no}  {QCoreApplication.translate('Visits', row.type_label)}  {row.source_no or ''}  "
                               f"{row.building or ''} {row.room_no or ''}  {row.subject or ''}")
        value_combo.fill(ui.method_combo, "common.visit_method", visits.METHODS)
        for combo in (ui.quality_combo, ui.effect_combo, ui.satisfaction_combo):
            for rating, letter in visits.RATING_CODES.items():
                combo.addItem(f"{letter} {vocab.label('common.rating', rating)}", rating)
        ui.method_combo.setCurrentIndex(ui.method_combo.findData("phone" if row.source_kind else "on_site"))
        ui.visit_date_edit.setDateTime(to_qdatetime(ctx.now().replace(second=0)))
        ui.interviewee_edit.setText(row.interviewee or "")
        ui.visitor_edit.setText(row.visitor or ctx.actor.display_name)
        ui.checks_layout.setContentsMargins(0, 0, 0, 0)
        ui.checks_widget.setVisible(row.visit_type in ("repair", "repair_work"))
        ui.checks_label.setVisible(row.visit_type in ("repair", "repair_work"))
        self.rules = DialogRules(self, save=self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)

    @classmethod
    def ask(cls, ctx: ServiceContext, row, parent=None):
        d = cls(ctx, row, parent)
        return d.result if d.exec() else None

    @Slot()
    def _on_button_box_accepted(self):
        ui, repair = self.ui, self.row.visit_type in ("repair", "repair_work")
        try:
            self.result = visits.record(
                self.ctx, self.row.id, expected_version=self.row.version, method=ui.method_combo.currentData(),
                visit_date=ui.visit_date_edit.dateTime().toPython().replace(second=0, microsecond=0),
                interviewee=ui.interviewee_edit.text(), satisfaction=ui.satisfaction_combo.currentData(),
                quality_rating=ui.quality_combo.currentData(), effect_rating=ui.effect_combo.currentData(),
                feedback=ui.feedback_edit.toPlainText(), shortcomings=ui.shortcomings_edit.toPlainText(),
                suggestions=ui.suggestions_edit.toPlainText(), visitor=ui.visitor_edit.text(),
                site_left_clean=ui.site_clean_check.isChecked() if repair else None,
                repair_explained=ui.explained_check.isChecked() if repair else None,
                fee_checked=ui.fee_check.isChecked() if repair else None)
        except DormDeskError as exc:
            show_field_error(self, exc, FIELDS)
            return
        self.accept()

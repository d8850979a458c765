"""The complaint's steps that take input, one page each: classify (定性), assign (转责任部门),
resolve (处理完毕) and the return visit (回访)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Slot

from app import feedback, vocab
from app.controllers.mail_register_dialog import show_field_error
from app.controllers.repair_report_dialog import to_qdatetime
from app.errors import DormDeskError
from app.services import config
from app.services import frontdesk_complaints as fc
from app.services.context import ServiceContext
from app.widgets import value_combo
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_complaint_step_dialog import Ui_ComplaintStepDialog

MODES = ("classify", "assign", "resolve", "visit")
FIELDS = {"validity": "validity_combo", "severity": "severity_combo", "category": "category_combo",
          "explanation": "explanation_edit", "dept": "dept_combo", "person": "person_edit",
          "deadline": "deadline_edit", "result": "result_edit", "satisfaction": "satisfaction_combo",
          "method": "method_combo", "notes": "notes_edit"}


class ComplaintStepDialog(RulesDialog):
    def __init__(self, ctx: ServiceContext, mode: str, row: fc.ComplaintRow, parent=None):
        super().__init__(parent)
        self.ctx, self.mode, self.row, self.result = ctx, mode, row, None
        self.ui = Ui_ComplaintStepDialog()
        self.ui.setupUi(self)
        ui = self.ui
        feedback.show_inline(ui.error_label, None)
        ui.pages.setCurrentIndex(MODES.index(mode))
        titles = {"classify": self.tr("投诉定性"), "assign": self.tr("转责任部门"), "resolve": self.tr("处理完毕"),
                  "visit": self.tr("投诉回访")}
        self.setWindowTitle(f"{titles[mode]} - {row.complaint_no}")
        ui.complaint_label.setText(f"{row.complaint_no}  {row.complainant}  {row.building or ''} {row.room_no or ''}  "
                                   f"{vocab.label('frontdesk.complaint_category', row.category)}：{row.content}")
        for combo, name, values in ((ui.validity_combo, "frontdesk.validity", fc.VALIDITIES),
                                    (ui.severity_combo, "frontdesk.severity", fc.SEVERITIES),
                                    (ui.category_combo, "frontdesk.complaint_category", fc.CATEGORIES),
                                    (ui.dept_combo, "frontdesk.department", fc.DEPARTMENTS),
                                    (ui.satisfaction_combo, "common.rating", fc.RATINGS),
                                    (ui.method_combo, "common.visit_method", fc.VISIT_METHODS)):
            value_combo.fill(combo, name, values)
        ui.severity_combo.setCurrentIndex(ui.severity_combo.findData(row.severity or "normal"))
        ui.category_combo.setCurrentIndex(ui.category_combo.findData(row.category))
        days = config.get(ctx, "complaints.handle_days")
        ui.deadline_edit.setDateTime(to_qdatetime(ctx.now().replace(second=0) + dt.timedelta(days=days)))
        ui.visitor_edit.setText(ctx.actor.display_name)
        if row.responsible_dept:
            ui.dept_combo.setCurrentIndex(ui.dept_combo.findData(row.responsible_dept))
        self.rules = DialogRules(self, save=self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        self.adjustSize()

    @classmethod
    def ask(cls, ctx: ServiceContext, mode: str, row, parent=None):
        d = cls(ctx, mode, row, parent)
        return d.result if d.exec() else None

    def _save(self):
        ui, row = self.ui, self.row
        if self.mode == "classify":
            return fc.classify(self.ctx, row.id, validity=ui.validity_combo.currentData(),
                               severity=ui.severity_combo.currentData(), category=ui.category_combo.currentData(),
                               explanation=ui.explanation_edit.toPlainText(), expected_version=row.version)
        if self.mode == "assign":
            return fc.assign(self.ctx, row.id, dept=ui.dept_combo.currentData(), person=ui.person_edit.text(),
                             deadline=ui.deadline_edit.dateTime().toPython().replace(microsecond=0),
                             expected_version=row.version)
        if self.mode == "resolve":
            return fc.resolve(self.ctx, row.id, result=ui.result_edit.toPlainText(),
                              corrective_action=ui.corrective_edit.toPlainText(), expected_version=row.version)
        return fc.visit(self.ctx, row.id, satisfaction=ui.satisfaction_combo.currentData(),
                        method=ui.method_combo.currentData(), notes=ui.notes_edit.toPlainText(),
                        visitor=ui.visitor_edit.text(), expected_version=row.version)

    @Slot()
    def _on_button_box_accepted(self):
        try:
            self.result = self._save()
        except DormDeskError as exc:
            show_field_error(self, exc, FIELDS)
            return
        self.accept()

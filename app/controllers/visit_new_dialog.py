"""A visit without a DormDesk record behind it (routine visits, events, special services...): the
type, what is visited, when the service ended (the due date follows the §9 table) and who."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Slot

from app import feedback
from app.controllers.mail_register_dialog import show_field_error
from app.errors import DormDeskError
from app.services import lookups, visits
from app.services.context import ServiceContext
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_visit_new_dialog import Ui_VisitNewDialog

FIELDS = {"visit_type": "type_combo", "subject": "subject_edit", "done_on": "done_edit"}
MANUAL_TYPES = ("routine", "event", "special", "emergency", "repair_work", "meeting", "survey", "other")


class VisitNewDialog(RulesDialog):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx, self.result = ctx, None
        self.ui = Ui_VisitNewDialog()
        self.ui.setupUi(self)
        ui = self.ui
        feedback.show_inline(ui.error_label, None)
        for key in MANUAL_TYPES:
            ui.type_combo.addItem(QCoreApplication.translate("Visits", visits.VISIT_TYPES[key]), key)
        ui.building_combo.addItem(self.tr("（不限）"), None)
        for b in lookups.buildings(ctx):
            ui.building_combo.addItem(b.name, b.id)
        today = ctx.today()
        ui.done_edit.setDate(QDate(today.year, today.month, today.day))
        ui.due_label.setText(self.tr("应回访日期按回访时限表自动计算（设置 → 业务参数）。"))
        self.rules = DialogRules(self, save=self._on_button_box_accepted, required=[
            (ui.type_combo, self.tr("回访类别")), (ui.subject_edit, self.tr("回访事项"))])
        ui.button_box.rejected.connect(self.reject)

    @classmethod
    def ask(cls, ctx: ServiceContext, parent=None):
        d = cls(ctx, parent)
        return d.result if d.exec() else None

    @Slot()
    def _on_button_box_accepted(self):
        ui = self.ui
        try:
            self.result = visits.create(
                self.ctx, visit_type=ui.type_combo.currentData(), subject=ui.subject_edit.text(),
                source_no=ui.source_edit.text(), done_on=ui.done_edit.date().toPython(),
                building_id=ui.building_combo.currentData(), room_no=ui.room_edit.text(),
                interviewee=ui.interviewee_edit.text(), phone=ui.phone_edit.text())
        except DormDeskError as exc:
            show_field_error(self, exc, FIELDS)
            return
        self.accept()

"""Recording a leader's office done (MT4 入室服务检查表): the checklist, the time it was finished (by
08:30) and the defects reported for repair."""
from __future__ import annotations

from PySide6.QtCore import QDateTime, Slot

from app import feedback
from app.controllers.mail_register_dialog import show_field_error
from app.errors import DormDeskError
from app.services import config
from app.services import meetings_logs as ml
from app.services.context import ServiceContext
from app.services.meetings_rooms import split_list
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_office_check_dialog import Ui_OfficeCheckDialog

FIELDS = {"office": "office_combo", "staff": "staff_edit", "completed_at": "completed_edit"}


class OfficeCheckDialog(RulesDialog):
    def __init__(self, ctx: ServiceContext, parent=None, office: str | None = None):
        super().__init__(parent)
        self.ctx, self.result = ctx, None
        self.ui = ui = Ui_OfficeCheckDialog()
        ui.setupUi(self)
        feedback.show_inline(ui.error_label, None)
        for name in split_list(config.get(ctx, "meetings.leader_offices")):
            ui.office_combo.addItem(name)
        if office:
            ui.office_combo.setCurrentText(office)
        ui.completed_edit.setDateTime(QDateTime(ctx.now().replace(second=0, microsecond=0)))
        for key in ml.OFFICE_ITEMS:
            getattr(ui, f"{key}_check").setChecked(True)
        self.rules = DialogRules(self, save=self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)

    @classmethod
    def ask(cls, ctx: ServiceContext, parent=None, office: str | None = None):
        d = cls(ctx, parent, office)
        return d.result if d.exec() else None

    @Slot()
    def _on_button_box_accepted(self):
        ui = self.ui
        done = ui.completed_edit.dateTime().toPython().replace(second=0, microsecond=0)
        try:
            ml.record_office_check(self.ctx, ui.office_combo.currentText(), done.date(),
                                   items={k: getattr(ui, f"{k}_check").isChecked() for k in ml.OFFICE_ITEMS},
                                   staff=ui.staff_edit.text(), defects_reported=ui.defects_edit.text(),
                                   completed_at=done)
        except DormDeskError as exc:
            show_field_error(self, exc, FIELDS)
            return
        self.result = True
        self.accept()

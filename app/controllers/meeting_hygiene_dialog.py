"""Recording a room's weekly deep clean and tea-set disinfection (MT3 周清洁消毒记录)."""
from __future__ import annotations

from PySide6.QtCore import QDate, Slot

from app import feedback
from app.controllers.mail_register_dialog import show_field_error
from app.errors import DormDeskError
from app.services import meetings_logs as ml
from app.services.context import ServiceContext
from app.services.meetings_rooms import list_rooms
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_meeting_hygiene_dialog import Ui_MeetingHygieneDialog

FIELDS = {"staff": "staff_edit", "room": "room_combo", "week": "week_edit", "deep_clean_done": "deep_clean_check"}


class MeetingHygieneDialog(RulesDialog):
    def __init__(self, ctx: ServiceContext, parent=None, room_id: int | None = None):
        super().__init__(parent)
        self.ctx, self.result = ctx, None
        self.ui = ui = Ui_MeetingHygieneDialog()
        ui.setupUi(self)
        feedback.show_inline(ui.error_label, None)
        for r in list_rooms(ctx):
            if not r.part_ids:
                ui.room_combo.addItem(r.name, r.id)
        ui.room_combo.setCurrentIndex(max(ui.room_combo.findData(room_id), 0))
        ui.week_edit.setDate(QDate(*ctx.today().timetuple()[:3]))
        ui.deep_clean_check.setChecked(True)
        ui.disinfect_check.setChecked(True)
        self.rules = DialogRules(self, save=self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)

    @classmethod
    def ask(cls, ctx: ServiceContext, parent=None, room_id: int | None = None):
        d = cls(ctx, parent, room_id)
        return d.result if d.exec() else None

    @Slot()
    def _on_button_box_accepted(self):
        ui = self.ui
        try:
            ml.record_hygiene(self.ctx, ui.room_combo.currentData(), ui.week_edit.date().toPython(),
                              deep_clean_done=ui.deep_clean_check.isChecked(),
                              tea_sets_disinfected=ui.disinfect_check.isChecked(), staff=ui.staff_edit.text(),
                              checked_by=ui.checked_by_edit.text(), remarks=ui.remarks_edit.text())
        except DormDeskError as exc:
            show_field_error(self, exc, FIELDS)
            return
        self.result = True
        self.accept()

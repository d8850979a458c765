"""The MT2 会议服务记录 of one meeting: the attendant on duty, arrival (15 minutes early), the sound
check and cleaning before, items issued and returned, lights/AC and tea sets after, and the
organiser's evaluation (§12.1 [R])."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, Slot

from app import feedback
from app.controllers.mail_register_dialog import show_field_error
from app.errors import DormDeskError
from app.services import meetings_booking as mb
from app.services import meetings_logs as ml
from app.services.context import ServiceContext
from app.widgets import value_combo
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_meeting_service_dialog import Ui_MeetingServiceDialog

FIELDS = {"staff_on_duty": "staff_edit", "arrived_at": "arrived_edit", **{k: f"{k}_combo" for k in ml.FEEDBACK_ITEMS},
          "fb_overall": "fb_overall_combo"}


class MeetingServiceDialog(RulesDialog):
    def __init__(self, ctx: ServiceContext, order: mb.OrderRow, parent=None):
        super().__init__(parent)
        self.ctx, self.order, self.result = ctx, order, None
        self.ui = ui = Ui_MeetingServiceDialog()
        ui.setupUi(self)
        feedback.show_inline(ui.error_label, None)
        ui.meeting_label.setText(f"{order.order_no or ''} {order.meeting_name}  {order.room} "
                                 f"{order.start_at:%m-%d %H:%M}–{order.end_at:%H:%M}")
        for key in ml.FEEDBACK_ITEMS:
            combo = getattr(ui, f"{key}_combo")
            value_combo.fill(combo, "meetings.rating", ml.RATINGS)
            combo.insertItem(0, "", None)
        value_combo.fill(ui.fb_overall_combo, "meetings.rating", ml.OVERALL)
        ui.fb_overall_combo.insertItem(0, "", None)
        self.log = ml.service_log(ctx, order.id)
        log = self.log
        due = order.start_at - dt.timedelta(minutes=15)
        ui.arrived_edit.setTime(QTime(due.hour, due.minute))
        ui.staff_edit.setText((log.staff_on_duty if log else None) or (order.assigned_staff or "").split("、")[0])
        if log is not None:
            if log.arrived_at:
                ui.arrived_check.setChecked(True)
                ui.arrived_edit.setTime(QTime(log.arrived_at.hour, log.arrived_at.minute))
            for box, value in ((ui.audio_check, log.audio_checked), (ui.cleaned_check, log.room_cleaned),
                               (ui.lights_check, log.lights_ac_off), (ui.washed_check, log.tea_sets_washed)):
                box.setChecked(value)
            ui.issued_edit.setText(log.items_issued or "")
            ui.returned_edit.setText(log.items_returned or "")
            ui.issues_edit.setText(log.issues or "")
            ui.fb_comments_edit.setText(log.fb_comments or "")
            for key in (*ml.FEEDBACK_ITEMS, "fb_overall"):
                combo = getattr(ui, f"{key}_combo")
                combo.setCurrentIndex(max(combo.findData(getattr(log, key)), 0))
        ui.arrived_edit.timeChanged.connect(self._on_arrived_changed)
        ui.arrived_check.toggled.connect(self._on_arrived_changed)
        self.rules = DialogRules(self, save=self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        self._on_arrived_changed()

    @classmethod
    def ask(cls, ctx: ServiceContext, order, parent=None):
        d = cls(ctx, order, parent)
        return d.result if d.exec() else None

    def arrived(self) -> dt.datetime | None:
        if not self.ui.arrived_check.isChecked():
            return None
        return dt.datetime.combine(self.order.start_at.date(), self.ui.arrived_edit.time().toPython().replace(second=0))

    @Slot()
    def _on_arrived_changed(self, *_args):
        arrived = self.arrived()
        late = ml._late(arrived, self.order.start_at, 15) if arrived else ""
        self.ui.late_label.setText(late)
        self.ui.late_label.setStyleSheet("color: #c00000;" if late else "")

    @Slot()
    def _on_button_box_accepted(self):
        ui = self.ui
        values = dict(staff_on_duty=ui.staff_edit.text(), audio_checked=ui.audio_check.isChecked(),
                      room_cleaned=ui.cleaned_check.isChecked(), items_issued=ui.issued_edit.text(),
                      items_returned=ui.returned_edit.text(), issues=ui.issues_edit.text(),
                      lights_ac_off=ui.lights_check.isChecked(), tea_sets_washed=ui.washed_check.isChecked(),
                      fb_comments=ui.fb_comments_edit.text(),
                      **{k: getattr(ui, f"{k}_combo").currentData() for k in (*ml.FEEDBACK_ITEMS, "fb_overall")})
        if self.arrived() is not None:
            values["arrived_at"] = self.arrived()
        try:
            self.result = ml.save_service_log(self.ctx, self.order.id, expected_version=self.log.version if self.log
                                              else None, **values)
        except DormDeskError as exc:
            show_field_error(self, exc, FIELDS)
            return
        self.accept()

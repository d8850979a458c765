"""The MT1 会议接待单 as a form: a new booking (from the grid's dragged span) or a change to one, with
the fees for hotel use and, for a new booking, a recurrence whose conflicting dates are listed
before anything is saved."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidgetItem

from app import feedback
from app.controllers.mail_register_dialog import show_field_error
from app.errors import DormDeskError
from app.services import meetings_booking as mb
from app.services import meetings_recurrence as mr
from app.services.context import ServiceContext
from app.services.meetings_rooms import LAYOUTS, list_rooms
from app.widgets.dialog_rules import DialogRules, RulesDialog
from ui.generated.ui_meeting_order_dialog import Ui_MeetingOrderDialog

FIELDS = {"room": "room_combo", "start_at": "start_edit", "end_at": "end_edit", "meeting_name": "name_edit",
          "capacity": "attendees_spin", "layout": "layout_combo", "guest_rooms_held": "held_spin",
          "guest_rooms_used": "used_spin", "extra_bed_rate": "bed_rate_spin", "until": "until_edit",
          "weekdays": "weekday_0_check", "holidays": "occurrence_list"}
VIP_LEVELS = ("", "一般", "重要", "贵宾")


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class MeetingOrderDialog(RulesDialog):
    """`result` is the saved OrderRow, or the list of booking ids of a saved series."""

    def __init__(self, ctx: ServiceContext, parent=None, *, room_id: int | None = None,
                 start: dt.datetime | None = None, end: dt.datetime | None = None, order: mb.OrderRow | None = None):
        super().__init__(parent)
        self.ctx, self.order, self.result = ctx, order, None
        self.previewed: list[mr.Occurrence] | None = None
        self.ui = Ui_MeetingOrderDialog()
        self.ui.setupUi(self)
        self._init_widgets()
        start = order.start_at if order else (start or dt.datetime.combine(ctx.today() + dt.timedelta(days=1),
                                                                           dt.time(9)))
        end = order.end_at if order else (end or start + dt.timedelta(hours=2))
        self._load(order, room_id if order is None else order.room_id, start, end)
        self._connect_signals()
        self._on_time_changed()

    # set-up ---------------------------------------------------------------------------------------
    def _init_widgets(self):
        ui = self.ui
        feedback.show_inline(ui.error_label, None)
        for r in list_rooms(self.ctx):
            ui.room_combo.addItem(f"{r.name}（{r.capacity}{self.tr('人')}）", r.id)
        ui.layout_combo.addItem("", None)
        for v in LAYOUTS:
            ui.layout_combo.addItem(v, v)
        for v in VIP_LEVELS:
            ui.vip_combo.addItem(v, v or None)
        for key, label in (("daily", self.tr("每天")), ("weekly", self.tr("每周")), ("monthly", self.tr("每月"))):
            ui.freq_combo.addItem(label, key)
        for n, label in ((1, self.tr("第一个")), (2, self.tr("第二个")), (3, self.tr("第三个")), (4, self.tr("第四个")),
                         (-1, self.tr("最后一个"))):
            ui.nth_combo.addItem(label, n)
        for i, name in enumerate(mr.WEEKDAY_NAMES):
            ui.month_weekday_combo.addItem(QCoreApplication.translate("Meetings", name), i)
        for edit in (ui.start_edit, ui.end_edit):
            edit.setTime(QTime(9, 0))
        ui.confirm_check.setChecked(True)
        ui.attendees_spin.setMinimum(1)
        ui.room_rate_spin.setValue(200)
        ui.bed_rate_spin.setValue(50)
        ui.confirm_check.setVisible(self.order is None)
        ui.repeat_box.setVisible(self.order is None)

    def _load(self, o, room_id, start, end):
        ui = self.ui
        ui.room_combo.setCurrentIndex(max(ui.room_combo.findData(room_id), 0))
        ui.date_edit.setDate(_qdate(start.date()))
        ui.start_edit.setTime(QTime(start.hour, start.minute))
        ui.end_edit.setTime(QTime(end.hour, end.minute) if end.date() == start.date() else QTime(23, 45))
        ui.until_edit.setDate(_qdate(start.date() + dt.timedelta(days=28)))
        ui.weekday_checks = [getattr(ui, f"weekday_{i}_check") for i in range(7)]
        ui.weekday_checks[start.weekday()].setChecked(True)
        ui.month_weekday_combo.setCurrentIndex(start.weekday())
        if o is None:
            ui.tea_check.setChecked(True)
            return
        ui.name_edit.setText(o.meeting_name)
        ui.organiser_edit.setText(o.organiser_unit or "")
        ui.contact_edit.setText(o.contact_person or "")
        ui.phone_edit.setText(o.phone or "")
        ui.attendees_spin.setValue(o.attendees_count)
        ui.rostrum_spin.setValue(o.rostrum_count)
        ui.layout_combo.setCurrentIndex(max(ui.layout_combo.findData(o.layout), 0))
        ui.banner_edit.setText(o.banner_text or "")
        ui.equipment_edit.setText(o.equipment or "")
        for box, value in ((ui.tea_check, o.tea_service), (ui.fruit_check, o.fruit_snacks),
                           (ui.cards_check, o.name_cards), (ui.flowers_check, o.flowers),
                           (ui.station_check, o.station_head_confirmed)):
            box.setChecked(bool(value))
        ui.special_edit.setPlainText(o.special_requirements or "")
        ui.notified_edit.setText(o.notified_by or "")
        ui.vip_combo.setCurrentIndex(max(ui.vip_combo.findData(o.vip_level), 0))
        ui.staff_edit.setText(o.assigned_staff or "")
        ui.remarks_edit.setText(o.remarks or "")
        ui.hotel_box.setChecked(o.hotel_use)
        for spin, value in ((ui.venue_fee_spin, o.venue_fee), (ui.room_rate_spin, o.guest_room_rate),
                            (ui.bed_rate_spin, o.extra_bed_rate), (ui.other_spin, o.other_fees)):
            spin.setValue(float(value or 0))
        for spin, value in ((ui.agreed_spin, o.guest_rooms_agreed), (ui.held_spin, o.guest_rooms_held),
                            (ui.used_spin, o.guest_rooms_used), (ui.nights_spin, o.guest_nights),
                            (ui.beds_spin, o.extra_beds)):
            spin.setValue(value or 0)

    def _connect_signals(self):
        ui = self.ui
        for signal in (ui.room_combo.currentIndexChanged, ui.date_edit.dateChanged, ui.start_edit.timeChanged,
                       ui.end_edit.timeChanged):
            signal.connect(self._on_time_changed)
        for signal in (ui.freq_combo.currentIndexChanged, ui.until_edit.dateChanged, ui.nth_combo.currentIndexChanged,
                       ui.month_weekday_combo.currentIndexChanged, *[c.toggled for c in ui.weekday_checks]):
            signal.connect(self._forget_preview)
        ui.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.rules = DialogRules(self, save=self._on_button_box_accepted, required=[
            (ui.room_combo, self.tr("会议室")), (ui.name_edit, self.tr("会议名称"))])
        ui.button_box.rejected.connect(self.reject)

    @classmethod
    def ask(cls, ctx: ServiceContext, parent=None, **kwargs):
        d = cls(ctx, parent, **kwargs)
        return d.result if d.exec() else None

    # reading the form -----------------------------------------------------------------------------
    def times(self) -> tuple[dt.datetime, dt.datetime]:
        ui = self.ui
        day = ui.date_edit.date().toPython()
        start = dt.datetime.combine(day, ui.start_edit.time().toPython().replace(second=0, microsecond=0))
        end = dt.datetime.combine(day, ui.end_edit.time().toPython().replace(second=0, microsecond=0))
        return start, end

    def values(self) -> dict:
        ui = self.ui
        hotel = ui.hotel_box.isChecked()
        return dict(
            meeting_name=ui.name_edit.text(), organiser_unit=ui.organiser_edit.text(), contact_person=ui.contact_edit.text(),
            phone=ui.phone_edit.text(), attendees_count=ui.attendees_spin.value(), rostrum_count=ui.rostrum_spin.value(),
            layout=ui.layout_combo.currentData(), banner_text=ui.banner_edit.text(), equipment=ui.equipment_edit.text(),
            tea_service=ui.tea_check.isChecked(), fruit_snacks=ui.fruit_check.isChecked(),
            name_cards=ui.cards_check.isChecked(), flowers=ui.flowers_check.isChecked(),
            special_requirements=ui.special_edit.toPlainText(), vip_level=ui.vip_combo.currentData(),
            notified_by=ui.notified_edit.text(), station_head_confirmed=ui.station_check.isChecked(),
            assigned_staff=ui.staff_edit.text(), remarks=ui.remarks_edit.text(), hotel_use=hotel,
            venue_fee=ui.venue_fee_spin.value() if hotel else 0, guest_rooms_agreed=ui.agreed_spin.value() if hotel else 0,
            guest_rooms_held=ui.held_spin.value() if hotel else 0, guest_rooms_used=ui.used_spin.value() if hotel else 0,
            guest_room_rate=ui.room_rate_spin.value() if hotel else 0, guest_nights=ui.nights_spin.value() if hotel else 0,
            extra_beds=ui.beds_spin.value() if hotel else 0, extra_bed_rate=ui.bed_rate_spin.value() if hotel else 0,
            other_fees=ui.other_spin.value() if hotel else 0)

    def rule(self) -> mr.Rule:
        ui = self.ui
        return mr.Rule(ui.freq_combo.currentData(), until=ui.until_edit.date().toPython(),
                       weekdays=tuple(i for i, c in enumerate(ui.weekday_checks) if c.isChecked()),
                       nth=ui.nth_combo.currentData(), weekday=ui.month_weekday_combo.currentData())

    # reactions ------------------------------------------------------------------------------------
    @Slot()
    def _on_time_changed(self):
        """Red at once when the chosen time is taken."""
        self._forget_preview()
        start, end = self.times()
        room_id = self.ui.room_combo.currentData()
        text = ""
        if room_id is not None and end > start:
            try:
                text = mb.conflicts(self.ctx, room_id, start, end, self.order.id if self.order else None)
            except DormDeskError as exc:
                text = feedback.error_text(exc)
        self.ui.conflict_label.setText(text)
        self.ui.conflict_label.setStyleSheet("color: #c00000;" if text else "")

    @Slot()
    def _forget_preview(self):
        self.previewed = None
        self.ui.occurrence_list.clear()

    @Slot()
    def _on_preview_button_clicked(self):
        start, end = self.times()
        try:
            occ = mr.preview(self.ctx, self.ui.room_combo.currentData(), start, end, self.rule())
        except DormDeskError as exc:
            show_field_error(self, exc, FIELDS)
            return
        self._show_preview(occ)

    def _show_preview(self, occ):
        self.previewed = occ
        lst = self.ui.occurrence_list
        lst.clear()
        for o in occ:
            day = QCoreApplication.translate("Meetings", mr.WEEKDAY_NAMES[o.start_at.weekday()])
            item = QListWidgetItem(f"{o.start_at:%Y-%m-%d} {day} "
                                   f"{o.start_at:%H:%M}–{o.end_at:%H:%M}  {o.problem}")
            item.setData(Qt.UserRole, o.start_at.date())
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked if o.problem else Qt.Checked)
            if o.problem:
                item.setForeground(QBrush(QColor("#c00000")))
            lst.addItem(item)
        bad = sum(1 for o in occ if o.problem)
        feedback.show_inline(self.ui.error_label, self.tr("共 %1 次，其中 %2 次冲突或逢节假日（已取消勾选，不会保存）。")
                             .replace("%1", str(len(occ))).replace("%2", str(bad)) if bad else None)

    def skipped(self) -> set[dt.date]:
        lst = self.ui.occurrence_list
        return {lst.item(i).data(Qt.UserRole) for i in range(lst.count()) if lst.item(i).checkState() != Qt.Checked}

    # saving ----------------------------------------------------------------------------------------
    def _save(self, override: str | None):
        start, end = self.times()
        room_id = self.ui.room_combo.currentData()
        values = self.values()
        if self.order is not None:
            return mb.update(self.ctx, self.order.id, expected_version=self.order.version, room_id=room_id,
                             start_at=start, end_at=end, capacity_override=override, **values)
        if self.ui.repeat_box.isChecked():
            skip = self.skipped()
            holidays_kept = any(o.holiday and o.start_at.date() not in skip for o in self.previewed or ())
            return mr.create_series(self.ctx, room_id=room_id, first_start=start, first_end=end, rule=self.rule(),
                                    skip=skip, include_holidays=holidays_kept, confirm=self.ui.confirm_check.isChecked(),
                                    capacity_override=override, **values)
        return mb.book(self.ctx, room_id=room_id, start_at=start, end_at=end, confirm=self.ui.confirm_check.isChecked(),
                       capacity_override=override, **values)

    @Slot()
    def _on_button_box_accepted(self):
        if self.order is None and self.ui.repeat_box.isChecked() and self.previewed is None:
            # the conflicting dates are listed before anything is saved
            self._on_preview_button_clicked()
            if self.previewed is None or any(o.problem for o in self.previewed):
                return
        override = None
        for _attempt in range(2):
            try:
                self.result = self._save(override)
            except DormDeskError as exc:
                if exc.field == "capacity" and override is None and self.ctx.can("meetings.override"):
                    override = feedback.ask_text(self, feedback.error_text(exc) + "\n" + self.tr("确认原因（如：加座）："),
                                                 self.tr("超过容纳人数"))
                    if override:
                        continue
                show_field_error(self, exc, FIELDS)
                return
            self.accept()
            return

"""The 接待单 tab of the meetings page: a month's bookings, each MT1 order's steps (confirm with its HY
number, prepared, started, finished, cancelled), changes, the MT2 service record and the printed
会议接待单."""
from __future__ import annotations

import datetime as dt
import html
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QObject, Slot
from PySide6.QtWidgets import QHeaderView

from app import feedback
from app.controllers.meeting_order_dialog import MeetingOrderDialog
from app.controllers.meeting_service_dialog import MeetingServiceDialog
from app.controllers.pdf_preview_dialog import PdfPreviewDialog
from app.errors import DormDeskError
from app.qtmodels.row_table import Column, RowTableModel
from app.services import meetings_booking as mb
from app.services import meetings_logs
from app.services.meetings_hooks import print_order_by_id
from app.services.periods import parse_month
from app.texts import QT_TRANSLATE_NOOP


def _status(value, _row):
    return QCoreApplication.translate("Meetings", mb.STATUS_LABELS.get(value, value))


COLUMNS = (
    Column("order_no", QT_TRANSLATE_NOOP("Columns", "编号")),
    Column("start_at", QT_TRANSLATE_NOOP("Columns", "开始"), "datetime"),
    Column("end_at", QT_TRANSLATE_NOOP("Columns", "结束"), fmt=lambda v, _r: f"{v:%H:%M}"),
    Column("room", QT_TRANSLATE_NOOP("Columns", "会议室")),
    Column("meeting_name", QT_TRANSLATE_NOOP("Columns", "会议名称")),
    Column("organiser_unit", QT_TRANSLATE_NOOP("Columns", "主办单位")),
    Column("attendees_count", QT_TRANSLATE_NOOP("Columns", "人数"), "int"),
    Column("assigned_staff", QT_TRANSLATE_NOOP("Columns", "服务人员")),
    Column("status", QT_TRANSLATE_NOOP("Columns", "状态"), fmt=_status),
)
# button -> step of meetings_booking.STEPS
STEP_BUTTONS = {"confirm_button": "confirm", "prepare_button": "prepare", "start_button": "start",
                "finish_button": "finish", "cancel_button": "cancel"}
HIGHLIGHT = {"tentative": "#fdf2c4", "in_progress": "#d9ead3", "cancelled": "#eeeeee", "blocked": "#d9d9d9"}


class OrdersTab(QObject):
    """Wires the 接待单 widgets of the page's form."""

    def __init__(self, page):
        super().__init__(page)
        self.page, self.ctx, self.ui = page, page.ctx, page.ui
        self.rows: list[mb.OrderRow] = []
        self.current: mb.OrderRow | None = None
        self.pending: int | None = None  # a booking to select when the month's rows arrive
        self.model = RowTableModel(COLUMNS, self, highlight=lambda r: HIGHLIGHT.get(r.status))
        ui = self.ui
        ui.order_table.setModel(self.model)
        ui.order_table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        ui.order_table.horizontalHeader().setStretchLastSection(True)
        ui.order_table.verticalHeader().setDefaultSectionSize(24)
        for column, width in enumerate((110, 118, 48, 80, 170, 100, 44, 70, 60)):
            ui.order_table.setColumnWidth(column, width)
        ui.order_splitter.setStretchFactor(0, 3)
        ui.order_splitter.setStretchFactor(1, 2)
        ui.order_splitter.setSizes([820, 380])
        ui.order_status_combo.addItem(self.tr("全部"), None)
        ui.order_status_combo.addItem(self.tr("未结束"), "live")
        for key, label in mb.STATUS_LABELS.items():
            ui.order_status_combo.addItem(QCoreApplication.translate("Meetings", label), key)
        today = self.ctx.today()
        ui.order_month_edit.setDate(QDate(today.year, today.month, 1))
        ui.order_search_edit.textChanged.connect(self.apply_filters)
        ui.order_status_combo.currentIndexChanged.connect(self.apply_filters)
        ui.order_month_edit.dateChanged.connect(self.reload)
        ui.order_table.selectionModel().currentRowChanged.connect(self._on_order_table_current_row_changed)
        ui.order_table.doubleClicked.connect(self._on_edit_button_clicked)
        for name, action in STEP_BUTTONS.items():
            getattr(ui, name).clicked.connect(lambda _c=False, a=action: self.run_step(a))
        ui.edit_button.clicked.connect(self._on_edit_button_clicked)
        ui.service_button.clicked.connect(self._on_service_button_clicked)
        ui.print_button.clicked.connect(self._on_print_button_clicked)
        self._update_buttons()

    def month(self):
        d = self.ui.order_month_edit.date().toPython()
        return parse_month(f"{d:%Y-%m}")

    def loader(self):
        """The month's bookings (run off the UI thread when the page loads)."""
        ctx, period = self.ctx, self.month()
        return lambda: mb.list_orders(ctx, start=period.start_dt, end=period.end_dt)

    def reload(self, *_) -> None:
        """After a month switch or a failed step: the bookings, off the UI thread."""
        self.page.reload(got=(self.loader(), self.show_loaded))

    def show_loaded(self, rows) -> None:
        keep = self.pending or (self.current.id if self.current else None)
        self.pending = None
        self.rows = rows
        self.apply_filters()
        if keep is not None:
            self._select(keep)

    @Slot()
    def apply_filters(self):
        rows = mb.filter_rows(self.rows, self.ui.order_search_edit.text(),
                              status=self.ui.order_status_combo.currentData())
        self.model.set_rows(rows)
        self.ui.order_count_label.setText(self.tr("%1 条").replace("%1", str(len(rows))))
        self.current = None
        self._show_detail(None)

    def show_status(self, status: str) -> None:
        self.ui.order_status_combo.setCurrentIndex(max(self.ui.order_status_combo.findData(status), 0))

    def select_order(self, order_id: int, day: dt.date) -> None:
        """Show one booking: its month (loaded off the UI thread, then it is selected), all statuses."""
        month = QDate(day.year, day.month, 1)
        if month != self.ui.order_month_edit.date():
            self.pending = order_id  # selected once the month's rows arrive (show_loaded)
            self.ui.order_month_edit.setDate(month)
        self.ui.order_status_combo.setCurrentIndex(0)
        self.ui.order_search_edit.clear()
        self._select(order_id)

    def _select(self, order_id: int) -> None:
        for r, row in enumerate(self.model.rows):
            if row.id == order_id:
                self.ui.order_table.selectRow(r)
                self.ui.order_table.setCurrentIndex(self.model.index(r, 0))
                return

    @Slot()
    def _on_order_table_current_row_changed(self, current, _previous):
        self.current = self.model.row_at(current) if current.isValid() else None
        self._show_detail(self.current)

    def _show_detail(self, o):
        self._update_buttons()
        if o is None:
            self.ui.order_detail_browser.clear()
            return
        esc = html.escape
        items = [(self.tr("会议室"), o.room), (self.tr("时间"), f"{o.start_at:%Y-%m-%d %H:%M}–{o.end_at:%H:%M}"),
                 (self.tr("主办单位"), o.organiser_unit), (self.tr("联系人"), f"{o.contact_person or ''} {o.phone or ''}"),
                 (self.tr("人数/主席台"), f"{o.attendees_count} / {o.rostrum_count}"), (self.tr("会场布置"), o.layout),
                 (self.tr("会标"), o.banner_text), (self.tr("设备"), o.equipment),
                 (self.tr("特殊要求"), o.special_requirements), (self.tr("服务人员"), o.assigned_staff),
                 (self.tr("费用合计"), f"{o.fee_total:,.2f}" if o.hotel_use else None),
                 (self.tr("容量说明"), o.capacity_override), (self.tr("取消原因"), o.cancel_reason)]
        log = meetings_logs.service_log(self.ctx, o.id) if o.kind == "meeting" else None
        if log is not None:
            items += [(self.tr("值班服务员"), f"{log.staff_on_duty} {log.late}"),
                      (self.tr("续水"), str(log.refill_count)), (self.tr("客户评价"), log.feedback_text)]
        rows = "".join(f"<tr><td><b>{esc(k)}</b></td><td>{esc(str(v))}</td></tr>" for k, v in items if v)
        self.ui.order_detail_browser.setHtml(
            f"<h3>{esc(o.meeting_name)} <small>{esc(o.order_no or '')} {esc(_status(o.status, o))}</small></h3>"
            f"<table cellspacing='4'>{rows}</table>")

    def _update_buttons(self):
        o, can, ui = self.current, self.ctx.can, self.ui
        allowed = mb.allowed_actions(o.status) if o else set()
        for name, action in STEP_BUTTONS.items():
            getattr(ui, name).setEnabled(action in allowed and can(mb.STEPS[action][1]))
        live = o is not None and o.status in mb.LIVE + ("blocked",)
        ui.edit_button.setEnabled(live and can("meetings.edit"))
        ui.service_button.setEnabled(o is not None and o.kind == "meeting" and o.status in
                                     ("booked", "prepared", "in_progress", "finished") and can("meetings.record"))
        ui.print_button.setEnabled(o is not None and o.kind == "meeting" and can("meetings.print"))

    # actions -------------------------------------------------------------------------------------------
    def run_step(self, action: str):
        o = self.current
        if o is None:
            return None
        reason = None
        if action == "cancel":
            reason = feedback.ask_text(self.page, self.tr("取消原因："), self.tr("取消预订"))
            if not reason:
                return None
        try:
            row = mb.step(self.ctx, o.id, action, expected_version=o.version, reason=reason)
        except DormDeskError as exc:
            feedback.show_error(self.page, exc)
            self.reload()
            return None
        self.page.after_change(self.tr("已保存：%1 %2").replace("%1", row.order_no or row.meeting_name)
                               .replace("%2", _status(row.status, row)))
        return row

    @Slot()
    def _on_edit_button_clicked(self, *_args):
        o = self.current
        if o is None or o.status not in mb.LIVE + ("blocked",) or not self.ctx.can("meetings.edit"):
            return
        if MeetingOrderDialog.ask(self.ctx, self.page, order=o) is not None:
            self.page.after_change(self.tr("已保存修改。"))

    @Slot()
    def _on_service_button_clicked(self):
        o = self.current
        if o is not None and MeetingServiceDialog.ask(self.ctx, o, self.page) is not None:
            self.page.after_change(self.tr("已保存会议服务记录。"))

    @Slot()
    def _on_print_button_clicked(self):
        o = self.current
        if o is None:
            return
        path = Path(tempfile.mkdtemp(prefix="dormdesk-print-")) / f"{o.order_no or 'meeting'}.pdf"
        try:
            print_order_by_id(self.ctx, o.id, path)
        except DormDeskError as exc:
            feedback.show_error(self.page, exc)
            return
        PdfPreviewDialog.show_pdf(path, self.tr("会议接待单 %1").replace("%1", o.order_no or o.meeting_name), self.page)
        self.last_printed = path


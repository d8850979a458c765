"""Meeting services (会议): the booking grid (rooms as columns, half-hour rows, a day or a week; drag
over free cells to book, a span over a taken cell turns red at once), the 接待单 tab
(app/controllers/meetings_orders_tab.py), the cleaning and office checks tab
(app/controllers/meetings_checks_tab.py), the tea-refill reminder and the registers' export."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QTimer, Slot
from PySide6.QtWidgets import QFileDialog, QHeaderView, QInputDialog

from app import feedback
from app.controllers.meeting_order_dialog import MeetingOrderDialog
from app.controllers.meeting_rooms_dialog import MeetingRoomsDialog
from app.controllers.meetings_checks_tab import ChecksTab
from app.controllers.meetings_orders_tab import OrdersTab
from app.controllers.page import Page
from app.errors import DormDeskError
from app.qtmodels.booking_grid import BookingGridModel
from app.services import meetings_grid, meetings_logs, registers
from app.services.periods import parse_month
from app.texts import QT_TRANSLATE_NOOP
from ui.generated.ui_meetings_page import Ui_MeetingsPage

EXPORTS = (("meetings", QT_TRANSLATE_NOOP("Registers", "会议服务登记")),
           ("meeting-service", QT_TRANSLATE_NOOP("Registers", "会议服务记录")),
           ("meeting-cleaning", QT_TRANSLATE_NOOP("Registers", "会议室清洁消毒记录")),
           ("office-checks", QT_TRANSLATE_NOOP("Registers", "入室服务检查")))
REFILL_CHECK_MS = 60_000


class MeetingsPage(Page):
    """The booking grid, the reception orders and the attendants' checklists."""

    ui_class = Ui_MeetingsPage

    def _init_widgets(self):
        ui = self.ui
        self.grid_model = BookingGridModel(self)
        ui.grid_table.setModel(self.grid_model)
        ui.grid_table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        ui.grid_table.horizontalHeader().setMinimumSectionSize(90)
        ui.grid_table.verticalHeader().setDefaultSectionSize(22)
        ui.view_combo.addItem(self.tr("日视图"), 1)
        ui.view_combo.addItem(self.tr("周视图"), 7)
        ui.date_edit.setDate(QDate(*self.ctx.today().timetuple()[:3]))
        can = self.ctx.can
        ui.new_booking_button.setEnabled(can("meetings.create"))
        ui.block_button.setEnabled(can("meetings.configure"))
        ui.rooms_button.setEnabled(can("meetings.configure"))
        ui.export_button.setEnabled(any(can(f"{k}.export") for k, _t in EXPORTS))
        ui.refill_label.setStyleSheet("background: #fde9d9; color: #9c0006; padding: 4px; font-weight: bold;")
        self._set_refills([])
        self.orders = OrdersTab(self)
        self.checks = ChecksTab(self)
        self.refill_timer = QTimer(self)
        self.refill_timer.setInterval(REFILL_CHECK_MS)
        self.grid = None
        self.refills: list = []

    def _connect_signals(self):
        ui = self.ui
        ui.prev_button.clicked.connect(lambda: self._step_days(-1))
        ui.next_button.clicked.connect(lambda: self._step_days(1))
        ui.today_button.clicked.connect(self._on_today_button_clicked)
        ui.date_edit.dateChanged.connect(self.load_grid)
        ui.view_combo.currentIndexChanged.connect(self.load_grid)
        ui.grid_table.selectionModel().selectionChanged.connect(self._on_grid_selection_changed)
        ui.grid_table.viewport().installEventFilter(self)
        ui.grid_table.doubleClicked.connect(self._on_grid_table_double_clicked)
        ui.new_booking_button.clicked.connect(self.book_selection)
        ui.block_button.clicked.connect(self._on_block_button_clicked)
        ui.rooms_button.clicked.connect(self._on_rooms_button_clicked)
        ui.export_button.clicked.connect(self._on_export_button_clicked)
        ui.refill_button.clicked.connect(self._on_refill_button_clicked)
        self.refill_timer.timeout.connect(self.check_refills)
        self.refill_timer.start()

    def loader(self):
        """The grid, the month's bookings, the checklists and the cups due (run off the UI thread)."""
        ctx = self.ctx
        start, days = self.grid_start()
        orders, checks = self.orders.loader(), self.checks.loader()
        return lambda: (meetings_grid.load(ctx, start, days), orders(), checks(), meetings_logs.refills_due(ctx))

    def show_loaded(self, data):
        grid, orders, checks, self.refills = data
        self.show_grid(grid)
        self.orders.show_loaded(orders)
        self.checks.show_loaded(checks)
        self._set_refills(self.refills)

    def apply_filter(self, name: str) -> None:
        """From the home page: "today" (the grid on today) or "refills" (meetings in progress)."""
        if name == "refills":
            self.ui.tabs.setCurrentWidget(self.ui.orders_tab)
            self.orders.show_status("in_progress")
        else:
            self.ui.tabs.setCurrentWidget(self.ui.grid_tab)
            self._on_today_button_clicked()

    # the grid ----------------------------------------------------------------------------------------
    def grid_start(self) -> tuple[dt.date, int]:
        day = self.ui.date_edit.date().toPython()
        days = self.ui.view_combo.currentData() or 1
        if days == 7:
            day -= dt.timedelta(days=day.weekday())
        return day, days

    @Slot()
    def load_grid(self, *_):
        """A change of day or view: the grid alone, off the UI thread."""
        ctx, (start, days) = self.ctx, self.grid_start()
        self.reload(got=(lambda: meetings_grid.load(ctx, start, days), self.show_grid))

    def show_grid(self, grid) -> None:
        self.grid = grid
        self.grid_model.set_grid(self.grid)
        self.ui.grid_table.clearSelection()
        self._set_hint(None)

    def _step_days(self, sign: int):
        _start, days = self.grid_start()
        self.ui.date_edit.setDate(self.ui.date_edit.date().addDays(sign * days))

    @Slot()
    def _on_today_button_clicked(self):
        self.ui.date_edit.setDate(QDate(*self.ctx.today().timetuple()[:3]))

    def select_span(self, column: int, first_row: int, last_row: int) -> None:
        """Select cells as a drag would (used by the mouse and by tests)."""
        from PySide6.QtCore import QItemSelection, QItemSelectionModel
        sel = QItemSelection(self.grid_model.index(first_row, column), self.grid_model.index(last_row, column))
        self.ui.grid_table.selectionModel().select(sel, QItemSelectionModel.ClearAndSelect)

    def pending_span(self):
        """(column, first row, last row) of the selection when it lies in one column, else None."""
        indexes = self.ui.grid_table.selectionModel().selectedIndexes()
        if not indexes or len({i.column() for i in indexes}) != 1:
            return None
        rows = [i.row() for i in indexes]
        return indexes[0].column(), min(rows), max(rows)

    @Slot()
    def _on_grid_selection_changed(self, *_args):
        span = self.pending_span()
        self.grid_model.set_pending(span)
        if span is None:
            many = len({i.column() for i in self.ui.grid_table.selectionModel().selectedIndexes()}) > 1
            self._set_hint(self.tr("请在同一会议室的一列中拖动选择时段。") if many else None)
            return
        holder = self.grid_model.span_holder(*span)
        start, end = self.grid_model.span(span[1], span[2])
        room = self.grid_model.room_at(span[0]).name
        if holder is True:
            self._set_hint(self.tr("一次预订不能跨天；跨天的会议请设为重复预订。"), True)
        elif holder is not None:
            self._set_hint(self.tr("冲突：%1 %2–%3 已有 %4").replace("%1", room).replace("%2", f"{start:%H:%M}")
                           .replace("%3", f"{end:%H:%M}").replace("%4", holder.title), True)
        else:
            self._set_hint(self.tr("%1 %2 %3–%4 空闲，松开鼠标即可预订。").replace("%1", room)
                           .replace("%2", f"{start:%m-%d}").replace("%3", f"{start:%H:%M}").replace("%4", f"{end:%H:%M}"))

    def _set_hint(self, text: str | None, conflict: bool = False):
        self.ui.grid_hint_label.setText(text or self.tr("在空白格上拖动选择时段即可预订；红色表示与已有预订冲突。"))
        self.ui.grid_hint_label.setStyleSheet("color: #c00000; font-weight: bold;" if conflict else "")

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.MouseButtonRelease and obj is self.ui.grid_table.viewport():
            span = self.pending_span()
            if span is not None and span[2] > span[1] and self.ctx.can("meetings.create"):
                QTimer.singleShot(0, self.book_selection)  # after the view has finished the drag
        return super().eventFilter(obj, event)

    @Slot()
    def book_selection(self, kind: str = "meeting"):
        """Open the order form for the dragged span (or an empty one); a taken span is refused."""
        span = self.pending_span()
        room_id = start = end = None
        if span is not None:
            holder = self.grid_model.span_holder(*span)
            if holder is not None:
                feedback.warn(self, self.ui.grid_hint_label.text())
                return None
            room_id = self.grid_model.room_at(span[0]).id
            start, end = self.grid_model.span(span[1], span[2])
        if kind == "blocked":
            return self._block(room_id, start, end)
        saved = MeetingOrderDialog.ask(self.ctx, self, room_id=room_id, start=start, end=end)
        if saved is not None:
            self.after_change(self.tr("已保存预订。"))
        return saved

    def _block(self, room_id, start, end):
        if room_id is None:
            feedback.warn(self, self.tr("请先在预订表中拖选要设为不可用的时段。"))
            return None
        reason = feedback.ask_text(self, self.tr("不可用原因（如：设备检修、领导专用）："), self.tr("设为不可用"))
        if not reason:
            return None
        from app.services import meetings_booking
        try:
            row = meetings_booking.book(self.ctx, room_id=room_id, start_at=start, end_at=end, meeting_name=reason,
                                        kind="blocked")
        except DormDeskError as exc:
            feedback.show_error(self, exc)
            return None
        self.after_change(self.tr("已设为不可用。"))
        return row

    @Slot()
    def _on_block_button_clicked(self):
        self.book_selection("blocked")

    @Slot()
    def _on_grid_table_double_clicked(self, index):
        b = self.grid_model.holder(index.row(), index.column())
        if b is not None:
            self.ui.tabs.setCurrentWidget(self.ui.orders_tab)
            self.orders.select_order(b.id, b.start_at.date())

    def after_change(self, message: str) -> None:
        """After a save: every tab reloads off the UI thread (each keeps its current row)."""
        self.reload()
        self.sig_badge_changed.emit()
        feedback.status(self, message)

    @Slot()
    def _on_rooms_button_clicked(self):
        if MeetingRoomsDialog.ask(self.ctx, self):
            self.after_change(self.tr("会议室已更新。"))

    # refills -----------------------------------------------------------------------------------------
    @Slot()
    def check_refills(self):
        try:
            self.refills = meetings_logs.refills_due(self.ctx)
        except DormDeskError:
            self.refills = []
        self._set_refills(self.refills)

    def _set_refills(self, due):
        ui = self.ui
        ui.refill_label.setVisible(bool(due))
        ui.refill_button.setVisible(bool(due))
        if due:
            ui.refill_label.setText(self.tr("续水提醒：") + "；".join(
                self.tr("%1 %2 已 %3 分钟未续水").replace("%1", d.room).replace("%2", d.meeting_name)
                .replace("%3", str(d.minutes)) for d in due))

    @Slot()
    def _on_refill_button_clicked(self):
        for d in self.refills:
            try:
                meetings_logs.record_refill(self.ctx, d.order_id)
            except DormDeskError as exc:
                feedback.show_error(self, exc)
                break
        self.check_refills()
        self.orders.reload()

    # export --------------------------------------------------------------------------------------------
    @Slot()
    def _on_export_button_clicked(self):
        titles = [QCoreApplication.translate("Registers", t) for k, t in EXPORTS if self.ctx.can(f"{k}.export")]
        kinds = [k for k, _t in EXPORTS if self.ctx.can(f"{k}.export")]
        title, ok = QInputDialog.getItem(self, self.tr("导出登记表"), self.tr("登记表："), titles, 0, False)
        if not ok:
            return
        kind = kinds[titles.index(title)]
        today = self.ctx.today()
        months = [f"{today.year}-{m:02d}" for m in range(1, 13)] + [f"{today.year - 1}-{m:02d}" for m in range(1, 13)]
        month, ok = QInputDialog.getItem(self, title, self.tr("月份："), months, today.month - 1, False)
        if not ok:
            return
        path, _ = QFileDialog.getSaveFileName(self, title, f"{title}-{month}.xlsx", "Excel (*.xlsx)")
        if not path:
            return
        period = parse_month(month)
        self.state.tasks.run(lambda p, _c: registers.export(self.ctx, kind, period, None, Path(path), p),
                             parent=self, label=self.tr("正在导出…"),
                             on_done=lambda out: feedback.status(self, self.tr("已导出 %1").replace("%1", str(out))))

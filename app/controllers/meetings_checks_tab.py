"""The 清洁与入室服务 tab of the meetings page: each room's weekly cleaning and disinfection (MT3) and
each leader's office per working day (MT4), with missing weeks and late or missing days in red."""
from __future__ import annotations

from PySide6.QtCore import QDate, QObject, Slot
from PySide6.QtWidgets import QHeaderView

from app.controllers.meeting_hygiene_dialog import MeetingHygieneDialog
from app.controllers.office_check_dialog import OfficeCheckDialog
from app.qtmodels.row_table import Column, RowTableModel
from app.services import meetings_logs as ml
from app.services.periods import month_end
from app.texts import QT_TRANSLATE_NOOP

HYGIENE_COLUMNS = (
    Column("week_start", QT_TRANSLATE_NOOP("Columns", "周（周一）"), "date"),
    Column("room", QT_TRANSLATE_NOOP("Columns", "会议室")),
    Column("deep_clean_done", QT_TRANSLATE_NOOP("Columns", "彻底清洁"), "bool"),
    Column("tea_sets_disinfected", QT_TRANSLATE_NOOP("Columns", "茶具消毒"), "bool"),
    Column("staff", QT_TRANSLATE_NOOP("Columns", "清洁人员")),
    Column("checked_by", QT_TRANSLATE_NOOP("Columns", "检查人")),
)
OFFICE_COLUMNS = (
    Column("date", QT_TRANSLATE_NOOP("Columns", "日期"), "date"),
    Column("office", QT_TRANSLATE_NOOP("Columns", "办公室")),
    Column("completed_at", QT_TRANSLATE_NOOP("Columns", "完成时间"), fmt=lambda v, _r: f"{v:%H:%M}" if v else ""),
    Column("staff", QT_TRANSLATE_NOOP("Columns", "服务人员")),
    Column("items_done", QT_TRANSLATE_NOOP("Columns", "完成项目"), fmt=lambda v, r: f"{v}/{r.items_total}" if r.id else ""),
    Column("flag", QT_TRANSLATE_NOOP("Columns", "迟/缺")),
    Column("defects_reported", QT_TRANSLATE_NOOP("Columns", "报修/缺陷")),
)
RED = "#f8d0cc"


class ChecksTab(QObject):
    def __init__(self, page):
        super().__init__(page)
        self.page, self.ctx, self.ui = page, page.ctx, page.ui
        ui = self.ui
        self.hygiene_model = RowTableModel(HYGIENE_COLUMNS, self, highlight=lambda r: RED if r.missing else None)
        self.office_model = RowTableModel(OFFICE_COLUMNS, self, highlight=lambda r: RED if r.flag else None)
        for view, model in ((ui.hygiene_table, self.hygiene_model), (ui.office_table, self.office_model)):
            view.setModel(model)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
            view.verticalHeader().setDefaultSectionSize(24)
        today = self.ctx.today()
        ui.checks_month_edit.setDate(QDate(today.year, today.month, 1))
        ui.hygiene_button.setEnabled(self.ctx.can("meetings.record"))
        ui.office_button.setEnabled(self.ctx.can("meetings.check"))
        ui.checks_month_edit.dateChanged.connect(self.reload)
        ui.checks_flagged_check.toggled.connect(self.reload)
        ui.hygiene_button.clicked.connect(self._on_hygiene_button_clicked)
        ui.office_button.clicked.connect(self._on_office_button_clicked)

    def loader(self):
        """The month's weekly cleaning and office checks (run off the UI thread when the page loads)."""
        ctx = self.ctx
        start = self.ui.checks_month_edit.date().toPython().replace(day=1)
        end = month_end(start)
        return lambda: (ml.hygiene_weeks(ctx, start, min(end, ctx.today())), ml.office_days(ctx, start, end))

    def reload(self, *_) -> None:
        """After a filter switch: the checklists, off the UI thread."""
        self.page.reload(got=(self.loader(), self.show_loaded))

    def show_loaded(self, data) -> None:
        weeks, days = data
        flagged = self.ui.checks_flagged_check.isChecked()
        self.hygiene_model.set_rows([w for w in reversed(weeks) if w.missing or not flagged])
        self.office_model.set_rows([d for d in reversed(days) if d.flag or not flagged])

    @Slot()
    def _on_hygiene_button_clicked(self):
        if MeetingHygieneDialog.ask(self.ctx, self.page):
            self.page.after_change(self.tr("已登记周清洁消毒。"))

    @Slot()
    def _on_office_button_clicked(self):
        if OfficeCheckDialog.ask(self.ctx, self.page):
            self.page.after_change(self.tr("已登记入室服务。"))




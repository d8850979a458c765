"""The front desk (前台): tabs — 邮件包裹 (app/controllers/frontdesk_mail_tab.py), 咨询 and 投诉
(app/controllers/frontdesk_cases_tab.py), 来访登记 and 物品出入 (frontdesk_visitor_tab.py,
frontdesk_goods_tab.py, widgets of their own added after the form's tabs) — and the month export they
share."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog

from app import feedback
from app.controllers.frontdesk_cases_tab import CasesTabs
from app.controllers.frontdesk_goods_tab import GoodsTab
from app.controllers.frontdesk_mail_tab import MailTab
from app.controllers.frontdesk_visitor_tab import VisitorTab
from app.controllers.page import Page
from app.controllers.phrase_sheet_dialog import add_phrase_button
from app.services import registers
from app.services.periods import Period, parse_month
from ui.generated.ui_frontdesk_page import Ui_FrontDeskPage


class FrontDeskPage(Page):
    """Mail and parcels, the consultation ledger and complaints."""

    ui_class = Ui_FrontDeskPage

    def _init_widgets(self):
        self.mail = MailTab(self)
        self.cases = CasesTabs(self)
        self.visitors, self.goods = VisitorTab(self), GoodsTab(self)
        self.ui.tabs.addTab(self.visitors, self.tr("来访登记"))
        self.ui.tabs.addTab(self.goods, self.tr("物品出入"))
        add_phrase_button(self)

    def loader(self):
        tabs = (self.mail, self.cases, self.visitors, self.goods)
        works = [t.loader() for t in tabs]
        return lambda: tuple(w() for w in works)

    def show_loaded(self, data):
        for tab, rows in zip((self.mail, self.cases, self.visitors, self.goods), data):
            tab.show_loaded(rows)

    def apply_filter(self, name: str) -> None:
        """From the home page: "mail_overdue", "complaints_open", "complaints_visit" or "visitors_late"."""
        self.visitors.apply_filter(name)
        if name == "mail_overdue":
            self.ui.tabs.setCurrentWidget(self.ui.mail_tab)
            self.ui.mail_waiting_check.setChecked(True)
            self.ui.mail_overdue_check.setChecked(True)
        elif name.startswith("complaints"):
            self.ui.tabs.setCurrentWidget(self.ui.complaint_tab)
            key = "resolved" if name == "complaints_visit" else "open"
            self.ui.complaint_status_combo.setCurrentIndex(max(self.ui.complaint_status_combo.findData(key), 0))

    def export(self, kind: str, title: str) -> None:
        """A month's (or the year's) register to Excel, written in the background."""
        today = self.ctx.today()
        months = [f"{today.year}-{m:02d}" for m in range(1, 13)] + [f"{today.year - 1}-{m:02d}" for m in range(1, 13)]
        choice, ok = QInputDialog.getItem(self, title, self.tr("月份："), [self.tr("全年")] + months, today.month, False)
        if not ok:
            return
        period = parse_month(choice) if choice in months else Period(dt.date(today.year, 1, 1), dt.date(today.year, 12, 31))
        path, _ = QFileDialog.getSaveFileName(self, title, f"{title}-{choice}.xlsx", "Excel (*.xlsx)")
        if not path:
            return
        self.state.tasks.run(lambda p, _c: registers.export(self.ctx, kind, period, None, Path(path), p),
                             parent=self, label=self.tr("正在导出…"),
                             on_done=lambda out: feedback.status(self, self.tr("已导出 %1").replace("%1", str(out))))

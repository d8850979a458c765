"""The weekly reconciliation tab of the 放行 page: a week's figures, every slip's fate (the
missing ones tinted), and the one-page report to print."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QObject

from app import feedback, vocab
from app.controllers.pdf_preview_dialog import PdfPreviewDialog
from app.errors import DormDeskError
from app.qtmodels.row_table import Column, RowTableModel
from app.services import lookups, release_reports
from app.texts import QT_TRANSLATE_NOOP

FATE_COLUMNS = (Column("slip_no", QT_TRANSLATE_NOOP("Columns", "编号")),
                Column("issue_date", QT_TRANSLATE_NOOP("Columns", "开具日期"), "date"),
                Column("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
                Column("unit_no", QT_TRANSLATE_NOOP("Columns", "房号/单位")),
                Column("tenant_name", QT_TRANSLATE_NOOP("Columns", "用户")),
                Column("total_qty", QT_TRANSLATE_NOOP("Columns", "件数"), "int"),
                Column("fate", QT_TRANSLATE_NOOP("Columns", "去向"), values="release.fate"),
                Column("returned_date", QT_TRANSLATE_NOOP("Columns", "回收日期"), "date"),
                Column("follow_up_note", QT_TRANSLATE_NOOP("Columns", "跟进")))


class ReconcileTab(QObject):
    """Works on the page's widgets (reconcile_tab of ui/release_page.ui)."""

    def __init__(self, page):
        super().__init__(page)
        self.page, self.ui, self.ctx = page, page.ui, page.ctx
        self.model = RowTableModel(FATE_COLUMNS, page, highlight=lambda r: "#fde2e2" if r.missing else None)
        self.ui.fates_table.setModel(self.model)
        self.ui.fates_table.horizontalHeader().setStretchLastSection(True)
        # Security hands the guard copies back on Monday for the week before: show last week first.
        self.ui.week_edit.setDate(QDate(self.ctx.today() - dt.timedelta(days=7)))
        self.result = None

    def connect(self):
        ui = self.ui
        ui.week_edit.dateChanged.connect(lambda _d: self.reload())
        ui.prev_week_button.clicked.connect(lambda: ui.week_edit.setDate(ui.week_edit.date().addDays(-7)))
        ui.next_week_button.clicked.connect(lambda: ui.week_edit.setDate(ui.week_edit.date().addDays(7)))
        ui.reconcile_building_combo.currentIndexChanged.connect(lambda _i: self.reload())
        ui.missing_only_check.toggled.connect(lambda _c: self._fill())
        ui.reconcile_print_button.clicked.connect(self.print_report)

    def _buildings(self):
        combo = self.ui.reconcile_building_combo
        if combo.count():
            return
        combo.blockSignals(True)
        combo.addItem(self.tr("全部楼栋"), None)
        for b in lookups.buildings(self.ctx):
            combo.addItem(b.name, b.id)
        combo.blockSignals(False)

    def period(self):
        return release_reports.week_of(self.ui.week_edit.date().toPython())

    def loader(self):
        self._buildings()
        ctx, period, building = self.ctx, self.period(), self.ui.reconcile_building_combo.currentData()
        self.ui.week_label.setText(period.label)
        return lambda: release_reports.reconcile(ctx, period, building)

    def reload(self):
        """After a change of week or building: the figures (off the UI thread)."""
        self.page.reload(got=(self.loader(), self.show_loaded))

    def show_loaded(self, result):
        self.result = r = result
        parts = [(self.tr("开具"), r.issued), (self.tr("放行"), r.released), (self.tr("回收"), r.returned),
                 (self.tr("门岗拒放"), r.rejected_at_gate), (self.tr("过期"), r.expired), (self.tr("作废"), r.voided),
                 (self.tr("未使用(有效)"), r.open)]
        html = "&nbsp;&nbsp;&nbsp;".join(f"{label} <b>{value}</b>" for label, value in parts)
        missing = len(r.missing)
        html += "&nbsp;&nbsp;&nbsp;<span style='color:%s'>%s <b>%d</b></span>" % ("#c0392b" if missing else "#1e7e34", self.tr("待查"), missing)
        if r.gaps:
            html += "<br><span style='color:#c0392b'>%s %s</span>" % (self.tr("编号缺失："), vocab.join(r.gaps[:20]))
        self.ui.figures_label.setText(html)
        self._fill()

    def _fill(self):
        if self.result is None:
            return
        rows = self.result.missing if self.ui.missing_only_check.isChecked() else self.result.rows
        self.model.set_rows(rows)
        self.ui.fates_table.resizeColumnsToContents()

    def print_report(self):
        from app.controllers.release_page import temp_pdf
        period = self.period()
        try:
            path = release_reports.build_reconciliation_pdf(self.ctx, period, temp_pdf(f"放行条周对账-{period.start}.pdf"),
                                                           self.ui.reconcile_building_combo.currentData())
        except DormDeskError as exc:
            feedback.show_error(self.page, exc)
            return
        PdfPreviewDialog.show_preview(path, lambda: path, self.tr("放行条周对账表"), self.page)

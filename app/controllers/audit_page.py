"""The audit screen: every change, filtered by user, record kind and date; exported to Excel."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QFileDialog, QHeaderView

from app import feedback
from app.controllers.page import Page
from app.qtmodels.row_table import Column, RowTableModel
from app.services import audit, registers
from app.services.periods import Period
from app.texts import QT_TRANSLATE_NOOP
from ui.generated.ui_audit_page import Ui_AuditPage

COLUMNS = (Column("at", QT_TRANSLATE_NOOP("Columns", "时间"), "datetime"),
           Column("username", QT_TRANSLATE_NOOP("Columns", "用户")),
           Column("pc_name", QT_TRANSLATE_NOOP("Columns", "电脑")),
           Column("channel", QT_TRANSLATE_NOOP("Columns", "渠道")),
           Column("action", QT_TRANSLATE_NOOP("Columns", "操作")),
           Column("entity", QT_TRANSLATE_NOOP("Columns", "记录类型"), fmt=lambda v, _r: audit.entity_label(v)),
           Column("entity_id", QT_TRANSLATE_NOOP("Columns", "记录编号")),
           Column("summary", QT_TRANSLATE_NOOP("Columns", "摘要")))


class AuditPage(Page):
    ui_class = Ui_AuditPage

    def _init_widgets(self):
        self.model = RowTableModel(COLUMNS, self)
        self.ui.table_view.setModel(self.model)
        self.ui.table_view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.ui.table_view.horizontalHeader().setStretchLastSection(True)
        today = QDate.currentDate()
        self.ui.date_from_edit.setDate(today.addDays(-30))
        self.ui.date_to_edit.setDate(today)

    def _connect_signals(self):
        self.ui.refresh_button.clicked.connect(lambda *_: self.reload())
        self.ui.search_edit.returnPressed.connect(lambda *_: self.reload())
        self.ui.export_button.clicked.connect(self._on_export_button_clicked)
        self.ui.table_view.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)

    def _fill_combo(self, combo, values, shown=str):
        """"All", then each value (item data) under its shown text; the current choice kept."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("全部"), None)
        for v in values:
            combo.addItem(shown(v), v)
        idx = combo.findData(current)
        combo.setCurrentIndex(max(idx, 0))
        combo.blockSignals(False)

    def _period(self) -> Period:
        return Period(self.ui.date_from_edit.date().toPython(), self.ui.date_to_edit.date().toPython())

    def loader(self):
        ctx, period = self.ctx, self._period()
        user, entity = self.ui.user_combo.currentData(), self.ui.entity_combo.currentData()
        text = self.ui.search_edit.text().strip() or None

        def work():
            return (audit.known_users(ctx), audit.known_entities(ctx),
                    audit.list_entries(ctx, username=user, entity=entity, date_from=period.start,
                                       date_to=period.end, text=text))
        return work

    def show_loaded(self, data):
        users, entities, rows = data
        self._fill_combo(self.ui.user_combo, users)
        self._fill_combo(self.ui.entity_combo, entities, audit.entity_label)
        self.model.set_rows(rows)
        self.ui.table_view.resizeColumnsToContents()
        self.ui.count_label.setText(self.tr("共 %1 条").replace("%1", str(len(rows))))
        self.ui.detail_text.clear()

    @Slot()
    def _on_table_current_row_changed(self, current, _previous):
        row = self.model.row_at(current)
        if row is None:
            return
        parts = [f"{row.at:%Y-%m-%d %H:%M:%S}  {row.username}@{row.pc_name}  {row.action}  {row.summary or ''}"]
        for label, data in ((self.tr("修改前"), row.before), (self.tr("修改后"), row.after)):
            if data:
                try:
                    data = json.dumps(json.loads(data), ensure_ascii=False, indent=1)
                except ValueError:
                    pass
                parts.append(f"{label}:\n{data}")
        self.ui.detail_text.setPlainText("\n\n".join(parts))

    @Slot()
    def _on_export_button_clicked(self):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出审计日志"), "审计日志.xlsx", "Excel (*.xlsx)")
        if not path:
            return
        period = self._period()
        self.state.tasks.run(lambda p, _c: registers.export(self.ctx, "audit", period, None, Path(path), p),
                             parent=self, label=self.tr("正在导出…"), disable=self.ui.export_button,
                             on_done=lambda out: feedback.status(self, self.tr("已导出 %1").replace("%1", str(out))))

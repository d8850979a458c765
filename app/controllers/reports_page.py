"""The reports screen (报表): every register the modules declare plus the monthly pack, a period
(month or date range) and a building; exports on a worker thread with progress and cancel,
remembers the last choices (settings "reports/...") and opens the folder of the saved file."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCollator, QCoreApplication, QDate, QLocale, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QListWidgetItem

from app import feedback
from app.controllers.page import Page
from app.services import catalog, lookups, monthly_pack, registers
from app.services.periods import Period, month_end
from ui.generated.ui_reports_page import Ui_ReportsPage

MONTHLY = "__monthly__"


def _flag(value, default: bool) -> bool:
    if value in (None, ""):
        return default
    return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")


class ReportsPage(Page):
    ui_class = Ui_ReportsPage

    def _init_widgets(self):
        today = QDate.currentDate()
        self.ui.month_edit.setDate(today)
        self.ui.from_edit.setDate(QDate(today.year(), today.month(), 1))
        self.ui.to_edit.setDate(today)
        self.last_file: Path | None = None
        self.task = None
        self._fill_list()
        self.ui.building_combo.addItem(self.tr("全部楼栋"), None)
        self.wanted_building = None  # the saved choice, selected once the buildings are loaded
        self._restore_choices()

    def _connect_signals(self):
        self.ui.register_list.currentItemChanged.connect(self._on_register_list_current_item_changed)
        self.ui.register_list.itemDoubleClicked.connect(lambda _item: self._on_export_button_clicked())
        self.ui.month_radio.toggled.connect(self._update_period_widgets)
        self.ui.export_button.clicked.connect(self._on_export_button_clicked)
        self.ui.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)

    # Lists -----------------------------------------------------------------------------------------
    def _fill_list(self):
        lst = self.ui.register_list
        lst.clear()
        if self.ctx.can("reports.export"):
            item = QListWidgetItem(self.tr("月度报表（全部登记表 + 图表）"))
            item.setData(Qt.UserRole, MONTHLY)
            lst.addItem(item)
        # sorted as the reader reads them: by the shown (translated) title, in the interface's locale
        collator = QCollator(QLocale())
        titled = [(QCoreApplication.translate("Registers", source.title), kind)
                  for kind, source in catalog.registers().items()]
        for title, kind in sorted(titled, key=lambda tk: collator.sortKey(tk[0])):
            if self.ctx.can(f"{kind}.export" if kind != "audit" else "audit.view"):
                item = QListWidgetItem(self.tr("%1（%2）").replace("%1", title).replace("%2", kind))
                item.setData(Qt.UserRole, kind)
                lst.addItem(item)

    def reload(self, then=None, got=None):
        """The registers list (from the catalog, at once), then the buildings off the UI thread."""
        if got is None:
            current = self.current_kind()
            self._fill_list()
            self._select_kind(current)
        super().reload(then, got)

    def loader(self):
        ctx = self.ctx
        return lambda: lookups.buildings(ctx)

    def show_loaded(self, buildings):
        combo = self.ui.building_combo
        building = self.wanted_building or combo.currentData()
        self.wanted_building = None
        combo.clear()
        combo.addItem(self.tr("全部楼栋"), None)
        for b in buildings:
            combo.addItem(b.name, b.name)
        combo.setCurrentIndex(max(combo.findData(building), 0))

    def current_kind(self) -> str | None:
        item = self.ui.register_list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def _select_kind(self, kind):
        for row in range(self.ui.register_list.count()):
            if self.ui.register_list.item(row).data(Qt.UserRole) == kind:
                self.ui.register_list.setCurrentRow(row)
                return
        if self.ui.register_list.count():
            self.ui.register_list.setCurrentRow(0)

    # Choices ---------------------------------------------------------------------------------------
    def _restore_choices(self):
        s = self.state.settings
        month = str(s.get("reports/month") or "")
        if len(month) == 7:
            self.ui.month_edit.setDate(QDate.fromString(month + "-01", "yyyy-MM-dd"))
        for key, edit in (("reports/from", self.ui.from_edit), ("reports/to", self.ui.to_edit)):
            value = QDate.fromString(str(s.get(key) or ""), "yyyy-MM-dd")
            if value.isValid():
                edit.setDate(value)
        (self.ui.range_radio if s.get("reports/period_mode") == "range" else self.ui.month_radio).setChecked(True)
        self.wanted_building = s.get("reports/building") or None
        self.ui.open_folder_check.setChecked(_flag(s.get("reports/open_folder"), True))
        self._select_kind(s.get("reports/last_kind") or MONTHLY)
        self._set_format(str(s.get("reports/format") or "xlsx"))
        last = str(s.get("reports/last_file") or "")
        self.last_file = Path(last) if last else None
        self._show_last_file()
        self._update_period_widgets()

    def _save_choices(self):
        s = self.state.settings
        s.set("reports/last_kind", self.current_kind() or "")
        s.set("reports/period_mode", "month" if self.ui.month_radio.isChecked() else "range")
        s.set("reports/month", self.ui.month_edit.date().toString("yyyy-MM"))
        s.set("reports/from", self.ui.from_edit.date().toString("yyyy-MM-dd"))
        s.set("reports/to", self.ui.to_edit.date().toString("yyyy-MM-dd"))
        s.set("reports/building", self.ui.building_combo.currentData() or self.wanted_building or "")
        s.set("reports/format", self.ui.format_combo.currentData() or "xlsx")
        s.set("reports/open_folder", self.ui.open_folder_check.isChecked())

    def _set_format(self, wanted: str):
        combo = self.ui.format_combo
        combo.clear()
        combo.addItem("Excel (.xlsx)", "xlsx")
        if self.current_kind() == MONTHLY:
            combo.addItem("PDF (.pdf)", "pdf")
        combo.setCurrentIndex(max(combo.findData(wanted), 0))

    @Slot()
    def _on_register_list_current_item_changed(self, current, _previous):
        kind = current.data(Qt.UserRole) if current else None
        if kind == MONTHLY:
            self.ui.selected_label.setText(self.tr("月度报表"))
            self.ui.description_label.setText(self.tr(
                "一个工作簿：封面（本月主要数据与签字栏）、每个登记表一页、图表。也可导出为一个 PDF。"))
        elif kind:
            self.ui.selected_label.setText(QCoreApplication.translate("Registers", catalog.registers()[kind].title))
            self.ui.description_label.setText(self.tr("Excel 登记表：标题、表头、合计行与签字栏，A4 横向打印。"))
        self._set_format(self.ui.format_combo.currentData() or "xlsx")

    @Slot()
    def _update_period_widgets(self, *_args):
        monthly = self.ui.month_radio.isChecked()
        self.ui.month_edit.setEnabled(monthly)
        self.ui.from_edit.setEnabled(not monthly)
        self.ui.to_edit.setEnabled(not monthly)

    def period(self) -> Period:
        if self.ui.month_radio.isChecked():
            start = self.ui.month_edit.date().toPython().replace(day=1)
            return Period(start, month_end(start))
        return Period(self.ui.from_edit.date().toPython(), self.ui.to_edit.date().toPython())

    # Export ----------------------------------------------------------------------------------------
    def _default_name(self, kind: str, period: Period, building: str | None, ext: str) -> str:
        title = self.tr("月度报表") if kind == MONTHLY else catalog.registers()[kind].title
        if period.start.day == 1 and period.end == month_end(period.start):
            when = f"{period.start:%Y-%m}"
        else:
            when = f"{period.start:%Y%m%d}-{period.end:%Y%m%d}"
        name = "_".join(p for p in (title, building or "", when) if p)
        folder = str(self.state.settings.get("reports/last_folder") or "")
        return str(Path(folder) / f"{name}.{ext}") if folder else f"{name}.{ext}"

    @Slot()
    def _on_export_button_clicked(self):
        kind = self.current_kind()
        if kind is None or self.task is not None:
            return
        period = self.period()
        if period.end < period.start:
            feedback.warn(self, self.tr("结束日期早于开始日期。"))
            return
        building = self.ui.building_combo.currentData()
        fmt = self.ui.format_combo.currentData() or "xlsx"
        filters = "PDF (*.pdf)" if fmt == "pdf" else "Excel (*.xlsx)"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存报表"), self._default_name(kind, period, building, fmt),
                                              filters)
        if not path:
            return
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        self._save_choices()
        self.state.settings.set("reports/last_folder", str(Path(path).parent))
        ctx = self.ctx

        def run(progress, _cancelled):
            if kind == MONTHLY:
                export = monthly_pack.export_pdf if fmt == "pdf" else monthly_pack.export
                return export(ctx, period, building, Path(path), progress)
            return registers.export(ctx, kind, period, building, Path(path), progress)

        self.task = self.state.tasks.run(run, parent=self, label=self.tr("正在导出报表…"),
                                         disable=self.ui.export_button, on_done=self._on_exported,
                                         on_error=self._on_export_failed)
        self.task.sig_finished.connect(self._on_task_finished)

    def _on_task_finished(self):
        self.task = None

    def _on_export_failed(self, exc):
        feedback.show_error(self, exc)

    def _on_exported(self, out):
        self.last_file = Path(out)
        self.state.settings.set("reports/last_file", str(out))
        self._show_last_file()
        feedback.status(self, self.tr("已导出 %1").replace("%1", str(out)))
        if self.ui.open_folder_check.isChecked():
            self.open_folder()

    def _show_last_file(self):
        self.ui.open_folder_button.setEnabled(self.last_file is not None)
        self.ui.last_file_label.setText(self.tr("上次保存：%1").replace("%1", str(self.last_file))
                                        if self.last_file else "")

    def open_folder(self) -> bool:
        if self.last_file is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_file.parent)))

    @Slot()
    def _on_open_folder_button_clicked(self):
        self.open_folder()

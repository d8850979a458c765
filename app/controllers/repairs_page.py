"""The repairs screen: a year's slips with an instant filter (overdue ones highlighted), the selected
slip's detail with its whole history and photos, and a button for each step of the state machine,
print preview of the slip and the damage notice, the month's visit proposal and the register."""
from __future__ import annotations

import html
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHeaderView, QInputDialog, QListWidgetItem, QStyle

from app import feedback, vocab
from app.controllers.page import Page
from app.controllers.pdf_preview_dialog import PdfPreviewDialog
from app.controllers.repair_fee_dialog import RepairFeeDialog
from app.controllers.repair_prices_dialog import RepairPricesDialog
from app.controllers.repair_report_dialog import IMAGE_FILTER, RepairReportDialog, thumbnail_icon
from app.controllers.repair_step_dialog import RepairStepDialog
from app.errors import DormDeskError
from app.qtmodels.row_table import Column, RowTableModel
from app.services import (
    lookups,
    registers,
    repairs,
    repairs_fees,
    repairs_flow,
    repairs_registers,
    repairs_visits,
)
from app.services.periods import Period, parse_month, this_month
from app.texts import QT_TRANSLATE_NOOP, punctuate
from app.widgets.action_bar import ActionBar
from app.widgets.row_height import set_row_height
from ui.generated.ui_repairs_page import Ui_RepairsPage


def _status(value, _row):
    return QCoreApplication.translate("Repairs", repairs.STATUS_LABELS.get(value, value))


COLUMNS = (
    Column("slip_no", QT_TRANSLATE_NOOP("Columns", "单号")),
    Column("reported_at", QT_TRANSLATE_NOOP("Columns", "报修时间"), "datetime"),
    Column("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
    Column("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
    Column("category", QT_TRANSLATE_NOOP("Columns", "类别"), values="repairs.category"),
    Column("urgency", QT_TRANSLATE_NOOP("Columns", "紧急程度"), values="repairs.urgency"),
    Column("fault_description", QT_TRANSLATE_NOOP("Columns", "故障描述")),
    Column("reporter_name", QT_TRANSLATE_NOOP("Columns", "报修人")),
    Column("status", QT_TRANSLATE_NOOP("Columns", "状态"), fmt=_status),
    Column("repairer", QT_TRANSLATE_NOOP("Columns", "维修人")),
    Column("total_fee", QT_TRANSLATE_NOOP("Columns", "金额"), "money"),
    Column("due_at", QT_TRANSLATE_NOOP("Columns", "完成时限"), "datetime"),
    Column("completed_at", QT_TRANSLATE_NOOP("Columns", "完成时间"), "datetime"),
    Column("overdue", QT_TRANSLATE_NOOP("Columns", "超时"), values="repairs.overdue"),
    Column("satisfaction", QT_TRANSLATE_NOOP("Columns", "满意度"), values="common.rating"),
)
# button -> (state-machine action or None, permission)
BUTTONS = {
    "assess_button": ("assess", "repairs.check"), "dispatch_button": ("dispatch", "repairs.dispatch"),
    "start_button": ("start", "repairs.dispatch"), "complete_button": ("complete", "repairs.complete"),
    "accept_button": ("accept", "repairs.accept"), "visit_button": ("visit", "repairs.visit"),
    "defer_button": ("defer", "repairs.edit"), "void_button": ("void", "repairs.void"),
    "close_button": ("close", "repairs.close"), "print_button": (None, "repairs.print"),
    "photo_button": (None, "repairs.edit"),
}


def _highlight(row) -> str | None:
    if row.overdue:
        return "#f8d0cc"
    if row.repeat_count >= 3 and row.status in repairs.OPEN_STATUSES:
        return "#fcf3cf"
    return None



# lupdate does not read inside f-strings: the words the detail pane puts there with self.tr().
_DETAIL_WORDS = (QT_TRANSLATE_NOOP("RepairsPage", "报修人"), QT_TRANSLATE_NOOP("RepairsPage", "报修时间"),
                QT_TRANSLATE_NOOP("RepairsPage", "完成时限"), QT_TRANSLATE_NOOP("RepairsPage", "预约时间"),
                QT_TRANSLATE_NOOP("RepairsPage", "同房间同类报修 %1 次"), QT_TRANSLATE_NOOP("RepairsPage", "收费认定"),
                QT_TRANSLATE_NOOP("RepairsPage", "维修人员"), QT_TRANSLATE_NOOP("RepairsPage", "维修结果"),
                QT_TRANSLATE_NOOP("RepairsPage", "处理经过"))

class RepairsPage(Page):
    ui_class = Ui_RepairsPage

    def _init_widgets(self):
        self.all_rows: list = []
        self.current: repairs.SlipDetail | None = None
        self.only_ids: set[int] | None = None  # the visit proposal, when shown
        self.model = RowTableModel(COLUMNS, self, highlight=_highlight)
        self.ui.table_view.setModel(self.model)
        header = self.ui.table_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        set_row_height(self.ui.table_view)
        # the main columns (单号 … 状态) fit a 1280×800 screen beside the detail pane
        self.ui.table_view.verticalHeader().setVisible(False)
        for column, width in enumerate((112, 124, 52, 44, 44, 60, 140, 64, 56, 64, 64, 124, 124, 48, 56)):
            self.ui.table_view.setColumnWidth(column, width)
        self.ui.year_spin.setValue(self.ctx.today().year)
        self.ui.status_combo.addItem(self.tr("全部"), None)
        for key, label in repairs.STATUS_LABELS.items():
            self.ui.status_combo.addItem(QCoreApplication.translate("Repairs", label), key)
        self.ui.building_combo.addItem(self.tr("全部"), None)
        for b in lookups.buildings(self.ctx):
            self.ui.building_combo.addItem(b.name, b.id)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 0)
        self.ui.splitter.setSizes([820, 360])
        self.ui.plan_label.setVisible(False)
        self.ui.report_button.setEnabled(self.ctx.can("repairs.report"))
        self._init_action_bar()
        self._update_buttons()

    def _init_action_bar(self):
        """The workflow in one toolbar row, the rest behind 更多 and in the list's context menu."""
        u, S = self.ui, QStyle
        self.action_bar = ActionBar(self, u.table_view, main=(
            (u.report_button, S.SP_FileIcon), None, (u.assess_button, S.SP_FileDialogDetailedView),
            (u.dispatch_button, S.SP_ArrowForward), (u.start_button, S.SP_MediaPlay),
            (u.complete_button, S.SP_DialogApplyButton), (u.accept_button, S.SP_DialogYesButton),
            (u.visit_button, S.SP_MessageBoxInformation), None, (u.print_button, S.SP_FileDialogContentsView)),
            more=((u.defer_button, S.SP_BrowserReload), (u.void_button, S.SP_DialogDiscardButton),
                  (u.close_button, S.SP_DialogCloseButton), None, (u.notice_button, S.SP_FileDialogInfoView),
                  (u.payment_button, S.SP_DialogSaveButton), (u.photo_button, S.SP_DirOpenIcon), None,
                  (u.plan_button, S.SP_FileDialogListView), (u.export_button, S.SP_DriveHDIcon),
                  (u.prices_button, S.SP_FileDialogDetailedView)),
            record_actions=(u.assess_button, u.dispatch_button, u.start_button, u.complete_button,
                            u.accept_button, u.visit_button, None, u.print_button, u.notice_button,
                            u.payment_button, u.photo_button, None, u.defer_button, u.void_button,
                            u.close_button, None, u.export_button, u.prices_button))
        self.action_buttons = self.action_bar.buttons
        u.flow_layout.insertWidget(0, self.action_bar.toolbar)
        # the counts go beside the filter, leaving the toolbar the whole width (English labels are longer)
        u.tools_layout.removeWidget(u.count_label)
        u.filter_layout.insertWidget(u.filter_layout.indexOf(u.refresh_button), u.count_label)

    def _connect_signals(self):
        ui = self.ui
        ui.search_edit.textChanged.connect(self.apply_filters)
        ui.status_combo.currentIndexChanged.connect(self.apply_filters)
        ui.building_combo.currentIndexChanged.connect(self.apply_filters)
        ui.overdue_check.toggled.connect(self.apply_filters)
        ui.year_spin.valueChanged.connect(lambda *_: self.reload())
        ui.refresh_button.clicked.connect(lambda *_: self.reload())
        ui.table_view.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        ui.report_button.clicked.connect(self._on_report_button_clicked)
        ui.assess_button.clicked.connect(self._on_assess_button_clicked)
        for mode in ("dispatch", "complete", "accept", "visit", "defer"):
            getattr(ui, f"{mode}_button").clicked.connect(lambda _=False, m=mode: self._step(m))
        ui.start_button.clicked.connect(self._on_start_button_clicked)
        ui.void_button.clicked.connect(self._on_void_button_clicked)
        ui.close_button.clicked.connect(self._on_close_button_clicked)
        ui.print_button.clicked.connect(self._on_print_button_clicked)
        ui.notice_button.clicked.connect(self._on_notice_button_clicked)
        ui.payment_button.clicked.connect(self._on_payment_button_clicked)
        ui.photo_button.clicked.connect(self._on_photo_button_clicked)
        ui.photos_list.itemDoubleClicked.connect(self._on_photos_list_item_double_clicked)
        ui.plan_button.clicked.connect(self._on_plan_button_clicked)
        ui.export_button.clicked.connect(self._on_export_button_clicked)
        ui.prices_button.clicked.connect(lambda: RepairPricesDialog(self.ctx, self).exec())

    # Loading and filtering ----------------------------------------------------------------------
    def loader(self):
        ctx, year = self.ctx, self.ui.year_spin.value()
        return lambda: repairs.list_slips(ctx, year=year)

    def show_loaded(self, rows):
        self.all_rows = rows
        self.apply_filters()

    def apply_filter(self, name: str) -> None:
        """From the home page: "overdue" or a status key such as "completed"."""
        self.ui.overdue_check.setChecked(name == "overdue")
        index = self.ui.status_combo.findData(name) if name != "overdue" else 0
        self.ui.status_combo.setCurrentIndex(max(index, 0))

    @Slot()
    def apply_filters(self, *_):
        selected = self.current.id if self.current else None
        rows = repairs.filter_rows(self.all_rows, self.ui.search_edit.text(), status=self.ui.status_combo.currentData(),
                                   overdue_only=self.ui.overdue_check.isChecked(),
                                   building_id=self.ui.building_combo.currentData())
        if self.only_ids is not None:
            rows = [r for r in rows if r.id in self.only_ids]
        self.model.set_rows(rows)
        overdue = sum(1 for r in self.all_rows if r.overdue)
        self.ui.count_label.setText(self.tr("共 %1 张，显示 %2 张，超时 %3 张").replace("%1", str(len(self.all_rows)))
                                    .replace("%2", str(len(rows))).replace("%3", str(overdue)))
        if not any(r.id == selected for r in rows):
            selected = rows[0].id if rows else None
        self.select_slip(selected)

    def select_slip(self, slip_id: int | None) -> None:
        for r, row in enumerate(self.model.rows):
            if row.id == slip_id:
                self.ui.table_view.selectRow(r)
                self._show(slip_id)
                return
        self._show(None)

    @Slot()
    def _on_table_current_row_changed(self, current, _previous):
        row = self.model.row_at(current)
        self._show(row.id if row else None)

    # Detail --------------------------------------------------------------------------------------
    def _show(self, slip_id: int | None) -> None:
        if slip_id is None:
            self.current = None
            self.ui.detail_browser.clear()
            self.ui.photos_list.clear()
        else:
            try:
                self.current = repairs.detail(self.ctx, slip_id)
            except DormDeskError as exc:
                feedback.show_error(self, exc)
                self.current = None
                return
            self.ui.detail_browser.setHtml(punctuate(self._detail_html(self.current)))
            self.ui.photos_list.clear()
            for p in self.current.photos:
                item = QListWidgetItem(thumbnail_icon(p.thumbnail), p.filename)
                item.setData(Qt.UserRole, p.id)
                self.ui.photos_list.addItem(item)
        self._update_buttons()

    def _detail_html(self, d: repairs.SlipDetail) -> str:
        e = html.escape
        t = lambda v: "" if v is None else v.strftime("%Y-%m-%d %H:%M")  # noqa: E731
        label = QCoreApplication.translate("Repairs", repairs.STATUS_LABELS[d.status])
        overdue = QCoreApplication.translate("Status", d.overdue) if d.overdue else ""
        lines = [f"<h3>{e(d.slip_no)} <span style='color:#555'>{e(label)}</span>"
                 + (f" <span style='color:#c0392b'>{e(overdue)}</span>" if d.overdue else "") + "</h3>",
                 f"<p><b>{e(d.building)} {e(d.room_no)}</b> {e(d.location_detail or '')} · {e(vocab.label('repairs.category', d.category))} · "
                 f"{e(vocab.label('repairs.urgency', d.urgency))}<br>{e(d.fault_description)}</p>",
                 f"<p>{self.tr('报修人')}：{e(d.reporter_name)} {e(d.student_no or '')} {e(d.reporter_phone or '')}<br>"
                 f"{self.tr('报修时间')}：{t(d.reported_at)}（{e(vocab.label('repairs.channel', d.report_channel))}）<br>"
                 f"{self.tr('完成时限')}：{t(d.due_at)}" + (f"<br>{self.tr('预约时间')}：{t(d.appointment)}" if d.appointment else "")
                 + (f"<br><span style='color:#b9770e'>{self.tr('同房间同类报修 %1 次').replace('%1', str(d.repeat_count))}"
                    "</span>" if d.repeat_count > 1 else "") + "</p>"]
        if d.chargeable is not None:
            lines.append(f"<p>{self.tr('收费认定')}：{e(vocab.label('repairs.cause', d.damage_cause))}，{e(d.fee_standard or '')}，"
                         + self.tr("合计 %1 元").replace("%1", f"{float(d.total_fee):.2f}")
                         + (self.tr("（收据 %1）").replace("%1", e(d.receipt_no)) if d.receipt_no else "") + "</p>")
        for n in d.notices:
            lines.append("<p>" + e(self.tr("赔偿通知单 %1：%2 %3 元，%4").replace("%1", n["notice_no"])
                                   .replace("%2", n["responsible_students"]).replace("%3", str(n["amount"]))
                                   .replace("%4", vocab.label("repairs.notice_status", n["status"]))) + "</p>")
        if d.repairer:
            lines.append(f"<p>{self.tr('维修人员')}：{e(d.repairer)} {e(d.repairer_phone or '')}<br>"
                         f"{self.tr('维修结果')}：{e(d.work_done or '')}</p>")
        if d.materials:
            lines.append("<p>" + "；".join(f"{e(m.item)} {m.qty.normalize():f}×{m.unit_price}" for m in d.materials) + "</p>")
        lines.append(f"<h4>{self.tr('处理经过')}</h4><table cellspacing='0' cellpadding='2'>")
        for ev in d.events:
            lines.append(f"<tr><td style='color:#555'>{t(ev.at)}</td><td><b>{e(vocab.label('repairs.event', ev.action))}</b></td>"
                         f"<td>{e(ev.by_user)}</td><td>{e(ev.note or '')}</td></tr>")
        lines.append("</table>")
        return "".join(lines)

    def _update_buttons(self) -> None:
        allowed = repairs_flow.allowed_actions(self.current.status, self.current.urgency) if self.current else set()
        for name, (action, permission) in BUTTONS.items():
            ok = self.current is not None and self.ctx.can(permission) and (action is None or action in allowed)
            getattr(self.ui, name).setEnabled(ok)
        chargeable = bool(self.current and self.current.chargeable and self.current.total_fee)
        self.ui.notice_button.setEnabled(chargeable and self.ctx.can("repairs.issue"))
        self.ui.payment_button.setEnabled(self._open_notice() is not None and self.ctx.can("repairs.record"))
        if hasattr(self, "action_bar"):
            self.action_bar.sync()

    def _open_notice(self):
        if self.current is None:
            return None
        return next((n for n in self.current.notices if n["status"] == "unpaid"), None)

    def _after(self, detail) -> None:
        """A step saved: reload the list, keep the slip selected, update the navigation count."""
        if detail is None:
            return
        self.current = None
        self.reload(then=lambda: self.select_slip(detail.id))
        self.sig_badge_changed.emit()
        feedback.status(self, self.tr("已保存 %1").replace("%1", detail.slip_no))

    def _run(self, fn):
        try:
            self._after(fn())
        except DormDeskError as exc:
            feedback.show_error(self, exc)

    # Steps -----------------------------------------------------------------------------------------
    @Slot()
    def _on_report_button_clicked(self):
        detail = RepairReportDialog.ask(self.ctx, self)
        if detail is not None:
            self.only_ids = None
            self.ui.plan_label.setVisible(False)
            self._after(detail)

    @Slot()
    def _on_assess_button_clicked(self):
        if self.current:
            self._after(RepairFeeDialog.ask(self.ctx, self.current, self))

    def _step(self, mode: str):
        if self.current:
            self._after(RepairStepDialog.ask(self.ctx, mode, self.current, self))

    @Slot()
    def _on_start_button_clicked(self):
        if self.current and feedback.confirm(self, self.tr("维修人员已到场，开始维修 %1？").replace("%1", self.current.slip_no)):
            slip = self.current
            self._run(lambda: repairs_flow.start(self.ctx, slip.id, expected_version=slip.version))

    @Slot()
    def _on_void_button_clicked(self):
        if not self.current:
            return
        reason = feedback.ask_text(self, self.tr("作废原因（单号保留，不再使用）："), self.tr("作废 %1").replace("%1", self.current.slip_no))
        if reason:
            slip = self.current
            self._run(lambda: repairs_flow.void(self.ctx, slip.id, reason=reason, expected_version=slip.version))

    @Slot()
    def _on_close_button_clicked(self):
        if self.current and feedback.confirm(self, self.tr("关闭（归档）维修单 %1？").replace("%1", self.current.slip_no)):
            slip = self.current
            self._run(lambda: repairs_flow.close(self.ctx, slip.id, expected_version=slip.version))

    @Slot()
    def _on_payment_button_clicked(self):
        notice = self._open_notice()
        if notice is None:
            return
        row = repairs_fees.get_notice(self.ctx, notice["id"])
        if RepairStepDialog.ask(self.ctx, "payment", self.current, self, notice=row) is not None:
            self._after(repairs.detail(self.ctx, self.current.id))

    # Prints, photos, plan, export -------------------------------------------------------------------------
    def _preview(self, build, number: str, title: str) -> None:
        path = Path(tempfile.mkdtemp(prefix="dormdesk-print-")) / f"{number}.pdf"
        try:
            build(self.ctx, number, path)
        except DormDeskError as exc:
            feedback.show_error(self, exc)
            return
        PdfPreviewDialog.show_pdf(path, title, self)

    @Slot()
    def _on_print_button_clicked(self):
        if self.current:
            self._preview(repairs_registers.print_repair_slip, self.current.slip_no, self.tr("维修单 %1").replace("%1", self.current.slip_no))

    @Slot()
    def _on_notice_button_clicked(self):
        if not self.current:
            return
        live = [n for n in self.current.notices if n["status"] != "void"]
        if not live:
            if not feedback.confirm(self, self.tr("为 %1 开具公物损坏赔偿通知单（%2 元）？").replace("%1", self.current.slip_no)
                                    .replace("%2", f"{float(self.current.total_fee):.2f}")):
                return
            try:
                number = repairs_fees.issue_notice(self.ctx, self.current.id).notice_no
            except DormDeskError as exc:
                feedback.show_error(self, exc)
                return
            self._after(repairs.detail(self.ctx, self.current.id))
        else:
            number = live[-1]["notice_no"]
        self._preview(repairs_registers.print_damage_notice, number, self.tr("赔偿通知单 %1").replace("%1", number))

    @Slot()
    def _on_photo_button_clicked(self):
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择照片"), "", IMAGE_FILTER)
        if paths and self.current:
            slip = self.current
            self._run(lambda: repairs.add_photos(self.ctx, slip.id, [(Path(p).name, Path(p).read_bytes()) for p in paths]))

    @Slot(QListWidgetItem)
    def _on_photos_list_item_double_clicked(self, item):
        try:
            name, data = repairs.photo_data(self.ctx, item.data(Qt.UserRole))
        except DormDeskError as exc:
            feedback.show_error(self, exc)
            return
        path = Path(tempfile.mkdtemp(prefix="dormdesk-photo-")) / name
        path.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @Slot()
    def _on_plan_button_clicked(self):
        if self.only_ids is not None:  # a second click returns to the whole list
            self.only_ids = None
            self.ui.plan_label.setVisible(False)
            self.ui.plan_button.setText(self.tr("本月回访建议"))
            self.action_bar.sync()
            self.apply_filters()
            return
        try:
            plan = repairs_visits.propose_visits(self.ctx, this_month(self.ctx.today()))
        except DormDeskError as exc:
            feedback.show_error(self, exc)
            return
        self.only_ids = {r.id for r in plan.proposals}
        self.ui.plan_label.setText(self.tr("%1：完成维修 %2 张，按 %3 应回访 %4 张，已回访 %5 张；建议回访下列 %6 张。")
                                   .replace("%1", plan.period.label).replace("%2", str(plan.total))
                                   .replace("%3", f"{plan.rate:.0%}").replace("%4", str(plan.required))
                                   .replace("%5", str(plan.visited)).replace("%6", str(len(plan.proposals))))
        self.ui.plan_label.setVisible(True)
        self.ui.plan_button.setText(self.tr("显示全部"))
        self.action_bar.sync()
        self.ui.status_combo.setCurrentIndex(0)
        self.ui.overdue_check.setChecked(False)
        self.apply_filters()

    @Slot()
    def _on_export_button_clicked(self):
        year = self.ui.year_spin.value()
        months = [f"{year}-{m:02d}" for m in range(1, 13)]
        choice, ok = QInputDialog.getItem(self, self.tr("导出维修登记簿"), self.tr("月份："), [self.tr("全年")] + months,
                                          self.ctx.today().month if year == self.ctx.today().year else 0, False)
        if not ok:
            return
        import datetime as dt
        period = Period(dt.date(year, 1, 1), dt.date(year, 12, 31)) if choice not in months else parse_month(choice)
        building = self.ui.building_combo.currentText() if self.ui.building_combo.currentData() else None
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出维修登记簿"), f"维修登记簿-{choice}.xlsx", "Excel (*.xlsx)")
        if not path:
            return
        self.state.tasks.run(lambda p, _c: registers.export(self.ctx, "repairs", period, building, Path(path), p),
                             parent=self, label=self.tr("正在导出…"), disable=self.ui.export_button,
                             on_done=lambda out: feedback.status(self, self.tr("已导出 %1").replace("%1", str(out))))

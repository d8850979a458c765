"""The assessment screen: a month's incidents (record, acknowledge, appeal, decide), the monthly
sheet with ranks, suggested incidents from other modules, close/reopen, prints and the Excel table,
and a chart of deductions per item or building over the last 12 months."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, QDate, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHeaderView

from app import feedback, paths, vocab
from app.controllers.assessment_additions_dialog import AssessmentAdditionsDialog
from app.controllers.assessment_decision_dialog import AssessmentDecisionDialog
from app.controllers.assessment_incident_dialog import AssessmentIncidentDialog
from app.controllers.assessment_items_dialog import AssessmentItemsDialog
from app.controllers.page import Page
from app.errors import DormDeskError
from app.qtmodels.row_table import Column, RowTableModel
from app.services import (
    assessments,
    assessments_exports,
    assessments_sheet,
    assessments_suggest,
    lookups,
    registers,
)
from app.services import assessments_incidents as incidents
from app.services.periods import parse_month
from app.texts import QT_TRANSLATE_NOOP
from app.widgets.deduction_chart import DeductionChart
from ui.generated.ui_assessments_page import Ui_AssessmentsPage

INCIDENT_COLUMNS = (
    Column("incident_no", QT_TRANSLATE_NOOP("Columns", "编号")),
    Column("occurred_at", QT_TRANSLATE_NOOP("Columns", "时间"), "datetime"),
    Column("staff_name", QT_TRANSLATE_NOOP("Columns", "宿管员")),
    Column("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
    Column("item_code", QT_TRANSLATE_NOOP("Columns", "条款")),
    Column("item_description", QT_TRANSLATE_NOOP("Columns", "违规行为")),
    Column("effective_deduction", QT_TRANSLATE_NOOP("Columns", "扣款"), "money"),
    Column("appeal_status", QT_TRANSLATE_NOOP("Columns", "申诉"), fmt=lambda v, _r: "" if v == "none" else vocab.label("assessments.appeal", v)),
    Column("acknowledged_by", QT_TRANSLATE_NOOP("Columns", "确认人")),
    Column("evidence_name", QT_TRANSLATE_NOOP("Columns", "证据")),
    Column("recorded_by", QT_TRANSLATE_NOOP("Columns", "记录人")))
SOURCE_LABELS = {"keys": QT_TRANSLATE_NOOP("Columns", "钥匙"), "repairs": QT_TRANSLATE_NOOP("Columns", "维修"),
                 "release": QT_TRANSLATE_NOOP("Columns", "放行")}
SUGGESTION_COLUMNS = (
    Column("date", QT_TRANSLATE_NOOP("Columns", "日期"), "date"),
    Column("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
    Column("staff_name", QT_TRANSLATE_NOOP("Columns", "宿管员")),
    Column("source", QT_TRANSLATE_NOOP("Columns", "来源"), fmt=lambda v, _r: QCoreApplication.translate("Columns", SOURCE_LABELS.get(v, v))),
    Column("item_code", QT_TRANSLATE_NOOP("Columns", "建议条款")),
    Column("title", QT_TRANSLATE_NOOP("Columns", "事项")), Column("detail", QT_TRANSLATE_NOOP("Columns", "详情")))


class AssessmentsPage(Page):
    """Month selector on top; tabs for incidents, the monthly sheet, suggestions and the chart."""

    ui_class = Ui_AssessmentsPage

    def _init_widgets(self):
        self.sheet = None
        self.incidents_model = RowTableModel(INCIDENT_COLUMNS, self, highlight=self._incident_colour)
        self.ui.incidents_table.setModel(self.incidents_model)
        self.sheet_model = RowTableModel((), self)
        self.ui.sheet_table.setModel(self.sheet_model)
        self.suggestions_model = RowTableModel(SUGGESTION_COLUMNS, self)
        self.ui.suggestions_table.setModel(self.suggestions_model)
        for table in (self.ui.incidents_table, self.ui.sheet_table, self.ui.suggestions_table):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
            table.horizontalHeader().setStretchLastSection(True)
        self.chart = DeductionChart(self.ui.chart_container)
        self.ui.chart_container_layout.addWidget(self.chart)
        self.ui.chart_mode_combo.addItem(self.tr("考核项目"), "item")
        self.ui.chart_mode_combo.addItem(self.tr("楼栋"), "building")
        today = self.ctx.today()
        self.ui.month_edit.setDate(QDate(today.year, today.month, 1))
        self.ui.month_edit.setMaximumDate(QDate(today.year, today.month, 1))
        self.ui.staff_filter_combo.addItem(self.tr("全部宿管员"), None)
        self.ui.items_button.setVisible(self.ctx.can("assessments.view"))
        self.ui.reopen_month_button.setVisible(self.ctx.can("assessments.reopen"))

    def _connect_signals(self):
        ui = self.ui
        ui.month_edit.dateChanged.connect(lambda *_: self.reload())
        ui.prev_month_button.clicked.connect(lambda: ui.month_edit.setDate(ui.month_edit.date().addMonths(-1)))
        ui.next_month_button.clicked.connect(lambda: ui.month_edit.setDate(ui.month_edit.date().addMonths(1)))
        ui.staff_filter_combo.currentIndexChanged.connect(self._load_incidents)
        ui.unacknowledged_check.toggled.connect(self._load_incidents)
        ui.incidents_table.selectionModel().currentRowChanged.connect(self._on_incident_selected)
        ui.new_incident_button.clicked.connect(self._on_new_incident_button_clicked)
        ui.acknowledge_button.clicked.connect(self._on_acknowledge_button_clicked)
        ui.appeal_button.clicked.connect(self._on_appeal_button_clicked)
        ui.decide_button.clicked.connect(self._on_decide_button_clicked)
        ui.evidence_button.clicked.connect(self._on_evidence_button_clicked)
        ui.attach_evidence_button.clicked.connect(self._on_attach_evidence_button_clicked)
        ui.delete_incident_button.clicked.connect(self._on_delete_incident_button_clicked)
        ui.additions_button.clicked.connect(self._on_additions_button_clicked)
        ui.sheet_table.doubleClicked.connect(self._on_additions_button_clicked)
        ui.print_button.clicked.connect(self._on_print_button_clicked)
        ui.print_all_button.clicked.connect(lambda: self._print(self.month))
        ui.export_button.clicked.connect(self._on_export_button_clicked)
        ui.accept_button.clicked.connect(self._on_accept_button_clicked)
        ui.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        ui.close_month_button.clicked.connect(self._on_close_month_button_clicked)
        ui.reopen_month_button.clicked.connect(self._on_reopen_month_button_clicked)
        ui.items_button.clicked.connect(self._on_items_button_clicked)
        ui.chart_mode_combo.currentIndexChanged.connect(self._load_chart)

    # Loading --------------------------------------------------------------------------------------------
    @property
    def month(self) -> str:
        return self.ui.month_edit.date().toString("yyyy-MM")

    def apply_filter(self, name: str) -> None:
        """Opened from the home page: "unacknowledged" lists the incidents awaiting acknowledgement."""
        if name == "unacknowledged":
            self.ui.tabs.setCurrentWidget(self.ui.incidents_tab)
            self.ui.unacknowledged_check.setChecked(True)  # before the month: its load reads the filter
            month = assessments.first_unacknowledged_month(self.ctx)
            if month and month != self.month:
                self.ui.month_edit.setDate(QDate.fromString(month, "yyyy-MM"))

    def loader(self):
        ctx, month = self.ctx, self.month
        staff, unacknowledged = self.ui.staff_filter_combo.currentData(), self.ui.unacknowledged_check.isChecked()

        def work():
            sheet = assessments_sheet.month_sheet(ctx, month)
            return (sheet, incidents.list_incidents(ctx, month, staff_id=staff, unacknowledged=unacknowledged),
                    assessments_suggest.suggestions(ctx, month) if not sheet.closed else [],
                    assessments_sheet.trend(ctx, month), assessments.list_items(ctx))
        return work

    def show_loaded(self, data):
        self.sheet, rows, found, trend, items = data
        self._fill_staff_filter()
        self._show_incidents(rows)
        self._load_sheet()
        self._show_suggestions(found)
        self._show_chart(trend, items)
        self._update_state()

    def _fill_staff_filter(self):
        combo, current = self.ui.staff_filter_combo, self.ui.staff_filter_combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for row in sorted(self.sheet.rows, key=lambda r: r.staff_name):
            combo.addItem(row.staff_name, row.staff_id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    @Slot()
    def _load_incidents(self, *_):
        self._show_incidents(incidents.list_incidents(self.ctx, self.month,
                                                      staff_id=self.ui.staff_filter_combo.currentData(),
                                                      unacknowledged=self.ui.unacknowledged_check.isChecked()))

    def _show_incidents(self, rows):
        self.incidents_model.set_rows(rows)
        self.ui.incidents_table.resizeColumnsToContents()
        self.ui.incident_detail_text.clear()
        self._update_state()

    def _load_sheet(self):
        s = self.sheet
        money = s.mode == "money"
        cols = [Column("rank_overall", QT_TRANSLATE_NOOP("Columns", "总排名"), "int"),
                Column("staff_name", QT_TRANSLATE_NOOP("Columns", "宿管员")),
                Column("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
                Column("base_amount", QT_TRANSLATE_NOOP("Columns", "绩效基数") if money else QT_TRANSLATE_NOOP("Columns", "满分"), "money"),
                Column("incident_count", QT_TRANSLATE_NOOP("Columns", "次数"), "int")]
        cols += [Column("total_deduction", QT_TRANSLATE_NOOP("Columns", "扣款合计") if money else QT_TRANSLATE_NOOP("Columns", "扣分合计"), "money"),
                 Column("additions", QT_TRANSLATE_NOOP("Columns", "加分/奖励"), "money"),
                 Column("result", QT_TRANSLATE_NOOP("Columns", "实发金额") if money else "得分", "money"),
                 Column("rank_building", QT_TRANSLATE_NOOP("Columns", "楼栋排名"), "int"),
                 Column("unacknowledged", QT_TRANSLATE_NOOP("Columns", "待确认"), "int")]
        # item columns last, headed by the code and a few characters (the full text is in the items editor)
        cols += [Column(f"item_{code}", f"{code} {desc[:4]}", "money") for code, desc in s.items]
        rows = []
        for r in s.rows:
            d = {k: getattr(r, k) for k in ("staff_id", "rank_overall", "staff_name", "building", "incident_count",
                                            "total_deduction", "additions", "rank_building", "unacknowledged")}
            d["base_amount"] = r.base_amount if money else s.full_score
            d["result"], d["row"] = r.result, r
            d.update({f"item_{code}": r.by_item.get(code) for code, _ in s.items})
            rows.append(d)
        self.sheet_model.columns = cols
        self.sheet_model.set_rows(rows)
        self.ui.sheet_table.resizeColumnsToContents()
        total = sum((r.total_deduction for r in s.rows), start=0)
        self.ui.sheet_summary_label.setText(self.tr("%1 名宿管员，合计%2 %3 %4")
                                            .replace("%1", str(len(s.rows))).replace("%2", self.tr("扣款") if money else self.tr("扣分"))
                                            .replace("%3", f"{total:,.2f}").replace("%4", vocab.label("common.words", s.unit)))

    def _load_suggestions(self):
        self._show_suggestions(assessments_suggest.suggestions(self.ctx, self.month) if not self.sheet.closed else [])

    def _show_suggestions(self, found):
        self.suggestions_model.set_rows(found)
        self.ui.suggestions_table.resizeColumnsToContents()
        self.ui.suggestions_count_label.setText(self.tr("%1 条待处理").replace("%1", str(len(found))))
        index = self.ui.tabs.indexOf(self.ui.suggestions_tab)
        self.ui.tabs.setTabText(index, self.tr("建议扣款 (%1)").replace("%1", str(len(found))) if found
                                else self.tr("建议扣款"))

    @Slot()
    def _load_chart(self, *_):
        self._show_chart(assessments_sheet.trend(self.ctx, self.month), assessments.list_items(self.ctx))

    def _show_chart(self, t, items):
        if self.ui.chart_mode_combo.currentData() == "building":
            series = t.by_building
        else:
            names = {i.code: f"{i.code} {i.description}" for i in items}
            series = {names.get(code, code): v for code, v in t.by_item.items()}
        self.chart.set_data(t.months, series, self.sheet.unit, self.tr("近 12 个月没有扣款记录"))
        if series:
            top = max(series.items(), key=lambda kv: sum(kv[1]))
            self.ui.chart_top_label.setText(self.tr("最多：%1（%2 %3）").replace("%1", top[0])
                                            .replace("%2", f"{sum(top[1]):g}").replace("%3", vocab.label("common.words", self.sheet.unit)))
        else:
            self.ui.chart_top_label.clear()

    def _update_state(self):
        if self.sheet is None:
            return
        closed, can = self.sheet.closed, self.ctx.can
        inc = self.incidents_model.row_at(self.ui.incidents_table.currentIndex())
        if closed:
            text = self.tr("已关闭（%1 %2）").replace("%1", self.sheet.closed_by or "").replace(
                "%2", f"{self.sheet.closed_at:%Y-%m-%d}" if self.sheet.closed_at else "")
        else:
            text = self.tr("未关闭")
        self.ui.status_label.setText(text)
        self.ui.status_label.setStyleSheet("color: #2e7d32; font-weight: bold;" if closed else "color: #b26a00;")
        self.ui.new_incident_button.setEnabled(not closed and can("assessments.record"))
        self.ui.acknowledge_button.setEnabled(bool(inc) and not closed and not inc.acknowledged
                                              and can("assessments.accept"))
        self.ui.appeal_button.setEnabled(bool(inc) and not closed and inc.appeal_status == "none"
                                         and can("assessments.apply"))
        self.ui.decide_button.setEnabled(bool(inc) and not closed and inc.appeal_status == "pending"
                                         and can("assessments.decide"))
        self.ui.evidence_button.setEnabled(bool(inc and inc.evidence_name))
        self.ui.attach_evidence_button.setEnabled(bool(inc) and not closed and can("assessments.edit"))
        self.ui.delete_incident_button.setEnabled(bool(inc) and not closed and can("assessments.delete"))
        self.ui.additions_button.setEnabled(not closed and can("assessments.approve"))
        self.ui.accept_button.setEnabled(not closed and can("assessments.approve"))
        self.ui.dismiss_button.setEnabled(not closed and can("assessments.decide"))
        self.ui.close_month_button.setEnabled(not closed and can("assessments.close"))
        self.ui.reopen_month_button.setEnabled(closed and can("assessments.reopen"))

    @staticmethod
    def _incident_colour(row):
        if row.appeal_status == "pending":
            return "#fff3cd"
        if row.appeal_status == "revoked":
            return "#eeeeee"
        return None if row.acknowledged else "#fdecea"

    @Slot()
    def _on_incident_selected(self, current, _previous):
        row = self.incidents_model.row_at(current)
        self._update_state()
        if row is None:
            return
        lines = [f"{row.incident_no}  {row.occurred_at:%Y-%m-%d %H:%M}  {row.staff_name}  {row.building or ''}",
                 f"{row.item_code} {row.item_description}：{row.description}"]
        if row.loss_amount:
            lines.append(self.tr("损失金额：%1 元").replace("%1", f"{row.loss_amount:,.2f}"))
        if row.original_deduction is not None:
            lines.append(self.tr("原扣款：%1").replace("%1", f"{row.original_deduction:,.2f}"))
        if row.appeal_reason:
            lines.append(self.tr("申诉理由：%1").replace("%1", row.appeal_reason))
        if row.decision_reason:
            lines.append(self.tr("处理：%1（%2）").replace("%1", row.decision_reason).replace("%2", row.decided_by or ""))
        self.ui.incident_detail_text.setPlainText("\n".join(lines))

    def _run(self, fn, *args, note: str | None = None, **kwargs):
        """Call a service, report a refusal, reload; the result or None."""
        try:
            result = fn(*args, **kwargs)
        except DormDeskError as exc:
            feedback.show_error(self, exc)
            return None
        if note:
            feedback.status(self, note)
        self.reload()  # after a change: the month's data, off the UI thread
        self.sig_badge_changed.emit()
        return result

    def _selected_incident(self):
        return self.incidents_model.row_at(self.ui.incidents_table.currentIndex())

    # Incidents ------------------------------------------------------------------------------------------
    def _dialog_choices(self):
        staff = sorted((SimpleNamespace(id=p.id, name=p.name, category=c)
                        for c in assessments.ASSESSED_STAFF for p in lookups.staff(self.ctx, c)), key=lambda p: p.name)
        return staff, assessments.list_items(self.ctx, include_retired=False)

    @Slot()
    def _on_new_incident_button_clicked(self):
        staff, items = self._dialog_choices()
        now = self.ctx.now().replace(second=0, microsecond=0)
        first = dt.datetime.strptime(self.month, "%Y-%m")
        when = now if f"{now:%Y-%m}" == self.month else first.replace(day=1, hour=9)
        saved = AssessmentIncidentDialog.ask(staff, items, lambda v: incidents.record(self.ctx, **v),
                                             unit=self.sheet.unit, prefill={"occurred_at": when}, parent=self)
        if saved is not None:
            feedback.status(self, self.tr("已记录 %1").replace("%1", saved.incident_no))
            self.reload()  # after a change: the month's data, off the UI thread
            self.sig_badge_changed.emit()

    @Slot()
    def _on_acknowledge_button_clicked(self):
        row = self._selected_incident()
        if row and feedback.confirm(self, self.tr("由 %1 确认违规记录 %2（扣 %3）？").replace("%1", row.staff_name)
                                    .replace("%2", row.incident_no).replace("%3", f"{row.deduction:,.2f}")):
            self._run(incidents.acknowledge, self.ctx, row.id, row.staff_name, row.version, note=self.tr("已确认"))

    @Slot()
    def _on_appeal_button_clicked(self):
        row = self._selected_incident()
        reason = row and feedback.ask_text(self, self.tr("申诉理由"), self.tr("申诉 %1").replace("%1", row.incident_no))
        if reason:
            self._run(incidents.appeal, self.ctx, row.id, reason, row.version, note=self.tr("已提交申诉"))

    @Slot()
    def _on_decide_button_clicked(self):
        row = self._selected_incident()
        if row is None:
            return
        done = AssessmentDecisionDialog.ask(
            row, lambda outcome, reason, amount: incidents.decide(self.ctx, row.id, outcome, reason, amount,
                                                                  row.version), self)
        if done is not None:
            feedback.status(self, self.tr("申诉已处理：%1").replace("%1", vocab.label("assessments.appeal", done.appeal_status)))
            self.reload()  # after a change: the month's data, off the UI thread

    @Slot()
    def _on_evidence_button_clicked(self):
        row = self._selected_incident()
        try:
            found = row and incidents.evidence(self.ctx, row.id)
        except DormDeskError as exc:
            feedback.show_error(self, exc)
            return
        if not found:
            return
        folder = paths.data_dir() / "evidence"
        folder.mkdir(exist_ok=True)
        target = folder / f"{row.incident_no}-{Path(found[0]).name}"
        target.write_bytes(found[1])
        self._open_file(target)

    @Slot()
    def _on_attach_evidence_button_clicked(self):
        row = self._selected_incident()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择证据文件"), "",
                                              self.tr("图片或文件 (*.jpg *.jpeg *.png *.bmp *.pdf);;所有文件 (*)"))
        if row and path:
            self._run(incidents.set_evidence, self.ctx, row.id, path, row.version, note=self.tr("已保存证据"))

    def _open_file(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @Slot()
    def _on_delete_incident_button_clicked(self):
        row = self._selected_incident()
        reason = row and feedback.ask_text(self, self.tr("删除原因"), self.tr("删除 %1").replace("%1", row.incident_no))
        if reason:
            self._run(incidents.delete, self.ctx, row.id, reason, row.version, note=self.tr("已删除"))

    # Sheet, prints, export --------------------------------------------------------------------------
    def _selected_sheet_row(self):
        data = self.sheet_model.row_at(self.ui.sheet_table.currentIndex())
        return data["row"] if data else None

    @Slot()
    def _on_additions_button_clicked(self, *_):
        row = self._selected_sheet_row()
        if row is None or not self.ui.additions_button.isEnabled():
            return
        done = AssessmentAdditionsDialog.ask(row, self.sheet.unit, lambda amount, note, remarks: (
            assessments_sheet.set_additions(self.ctx, self.month, row.staff_id, amount, note, remarks,
                                            row.sheet_version)), self)
        if done is not None:
            self.reload()  # after a change: the month's data, off the UI thread

    @Slot()
    def _on_print_button_clicked(self):
        row = self._selected_sheet_row()
        if row is None:
            feedback.info(self, self.tr("请先在考核表中选择一名宿管员。"))
            return
        self._print(assessments_exports.staff_number(self.ctx, self.month, row.staff_id))

    def _print(self, number: str):
        default = f"考核表-{number.replace('/', '-')}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存考核表 PDF"), default, "PDF (*.pdf)")
        if not path:
            return
        self.state.tasks.run(lambda _p, _c: assessments_exports.build_print(self.ctx, number, Path(path)),
                             parent=self, label=self.tr("正在生成考核表…"),
                             on_done=lambda out: feedback.status(self, self.tr("已保存 %1").replace("%1", str(out))))

    @Slot()
    def _on_export_button_clicked(self):
        month = self.month
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出月度考核表"), f"月度考核表-{month}.xlsx",
                                              "Excel (*.xlsx)")
        if not path:
            return
        self.state.tasks.run(
            lambda p, _c: registers.export(self.ctx, "assessments", parse_month(month), None, Path(path), p),
            parent=self, label=self.tr("正在导出…"), disable=self.ui.export_button,
            on_done=lambda out: feedback.status(self, self.tr("已导出 %1").replace("%1", str(out))))

    # Suggestions ----------------------------------------------------------------------------------------
    @Slot()
    def _on_accept_button_clicked(self):
        g = self.suggestions_model.row_at(self.ui.suggestions_table.currentIndex())
        if g is None:
            return
        staff, items = self._dialog_choices()
        prefill = {"staff_id": g.staff_id, "item_id": g.item_id, "occurred_at": g.occurred_at,
                   "deduction": g.deduction, "loss_amount": g.loss_amount,
                   "description": "；".join(p for p in (g.title, g.detail) if p), "title": self.tr("采纳建议扣款"),
                   "source_text": self.tr("来源：%1（%2）").replace("%1", g.title).replace("%2", g.source)}
        saved = AssessmentIncidentDialog.ask(
            staff, items, lambda v: assessments_suggest.accept(
                self.ctx, self.month, g.source, g.ref, staff_id=v["staff_id"], item_id=v["item_id"],
                deduction=v["deduction"], loss_amount=v["loss_amount"], description=v["description"],
                occurred_at=v["occurred_at"], evidence_path=v["evidence_path"]),
            unit=self.sheet.unit, prefill=prefill, parent=self)
        if saved is not None:
            feedback.status(self, self.tr("已采纳，记为 %1").replace("%1", saved.incident_no))
            self.reload()  # after a change: the month's data, off the UI thread
            self.sig_badge_changed.emit()

    @Slot()
    def _on_dismiss_button_clicked(self):
        g = self.suggestions_model.row_at(self.ui.suggestions_table.currentIndex())
        reason = g and feedback.ask_text(self, self.tr("不采纳的理由"), g.title)
        if reason:
            self._run(assessments_suggest.dismiss, self.ctx, self.month, g.source, g.ref, reason,
                      note=self.tr("已不采纳"))

    # Month ----------------------------------------------------------------------------------------------
    @Slot()
    def _on_close_month_button_clicked(self):
        text = self.tr("关闭 %1 的考核？关闭后不能再记录或修改，只有系统管理员可以重新开启。").replace("%1", self.month)
        waiting = sum(r.unacknowledged for r in self.sheet.rows)
        if waiting:
            text += "\n" + self.tr("注意：还有 %1 条扣款未经宿管员确认，关闭后无法再确认。").replace("%1", str(waiting))
        if feedback.confirm(self, text):
            self._run(assessments_sheet.close_month, self.ctx, self.month, note=self.tr("已关闭本月考核"))

    @Slot()
    def _on_reopen_month_button_clicked(self):
        reason = feedback.ask_text(self, self.tr("重新开启的原因"), self.tr("重新开启 %1").replace("%1", self.month))
        if reason:
            self._run(assessments_sheet.reopen_month, self.ctx, self.month, reason, note=self.tr("已重新开启"))

    @Slot()
    def _on_items_button_clicked(self):
        AssessmentItemsDialog(self.ctx, self).exec()
        self.reload()  # after a change: the month's data, off the UI thread

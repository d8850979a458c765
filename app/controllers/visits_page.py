"""回访与调查: the return visits of every kind (V1) with their plan, sign-out sheet (V2), review,
archive and monthly analysis (V3); the service-quality surveys live on the third tab
(app/controllers/surveys_tab.py)."""
from __future__ import annotations

import html
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Slot
from PySide6.QtWidgets import QFileDialog, QHeaderView

from app import feedback, vocab
from app.controllers.page import Page
from app.controllers.pdf_preview_dialog import PdfPreviewDialog
from app.controllers.visit_new_dialog import VisitNewDialog
from app.controllers.visit_record_dialog import VisitRecordDialog
from app.controllers.visit_review_dialog import VisitReviewDialog
from app.errors import DormDeskError
from app.qtmodels.row_table import Column, RowTableModel
from app.services import registers, surveys, visits, visits_forms, visits_plan, visits_reports
from app.services.periods import Period, month_end
from app.texts import QT_TRANSLATE_NOOP
from ui.generated.ui_visits_page import Ui_VisitsPage


def _tr(value, _row=None):
    return QCoreApplication.translate("Visits", value) if value else ""


COLUMNS = (
    Column("visit_no", QT_TRANSLATE_NOOP("Columns", "回访编号")),
    Column("type_label", QT_TRANSLATE_NOOP("Columns", "回访类别"), fmt=_tr),
    Column("source_no", QT_TRANSLATE_NOOP("Columns", "关联单据")),
    Column("building", QT_TRANSLATE_NOOP("Columns", "楼栋")), Column("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
    Column("interviewee", QT_TRANSLATE_NOOP("Columns", "受访人")),
    Column("due_date", QT_TRANSLATE_NOOP("Columns", "应回访"), "date"),
    Column("visit_date", QT_TRANSLATE_NOOP("Columns", "回访日期"), "datetime"),
    Column("method", QT_TRANSLATE_NOOP("Columns", "方式"), values="common.visit_method"),
    Column("satisfaction", QT_TRANSLATE_NOOP("Columns", "满意度"), values="common.rating"),
    Column("attempt", QT_TRANSLATE_NOOP("Columns", "次数"), "int"),
    Column("status_label", QT_TRANSLATE_NOOP("Columns", "状态"), fmt=_tr),
)
SIGNOUT_COLUMNS = (
    Column("date", QT_TRANSLATE_NOOP("Columns", "日期"), "date"),
    Column("signout_no", QT_TRANSLATE_NOOP("Columns", "签收编号")),
    Column("form_nos", QT_TRANSLATE_NOOP("Columns", "表单编号")),
    Column("qty", QT_TRANSLATE_NOOP("Columns", "数量"), "int"),
    Column("received_by", QT_TRANSLATE_NOOP("Columns", "领表人")),
    Column("issued_by", QT_TRANSLATE_NOOP("Columns", "发表人")),
    Column("returned_date", QT_TRANSLATE_NOOP("Columns", "交回日期"), "date"),
    Column("returned_qty", QT_TRANSLATE_NOOP("Columns", "交回数量"), "int"),
)


def _highlight(row) -> str | None:
    if row.overdue:
        return "#f8d0cc"
    if row.status == "nonconforming":
        return "#fcf3cf"
    return None


class VisitsPage(Page):
    ui_class = Ui_VisitsPage

    def _init_widgets(self):
        ui = self.ui
        self.all_rows: list = []
        self.model = RowTableModel(COLUMNS, self, highlight=_highlight)
        self.signout_model = RowTableModel(SIGNOUT_COLUMNS, self)
        for view, model, widths in ((ui.visit_table, self.model, (110, 64, 110, 60, 48, 64, 84, 116, 44, 56, 40, 90)),
                                    (ui.signout_table, self.signout_model, (84, 110, 320, 44, 70, 70, 84, 60))):
            view.setModel(model)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
            view.horizontalHeader().setStretchLastSection(True)
            view.verticalHeader().setDefaultSectionSize(24)
            for column, width in enumerate(widths):
                view.setColumnWidth(column, width)
        ui.visit_splitter.setStretchFactor(0, 3)
        ui.visit_splitter.setStretchFactor(1, 2)
        ui.visit_splitter.setSizes([860, 340])
        today = self.ctx.today()
        ui.month_edit.setDisplayFormat("yyyy-MM")
        ui.month_edit.setDate(QDate(today.year, today.month, 1))
        ui.status_combo.addItem(self.tr("全部状态"), None)
        for key, label in visits.STATUS_LABELS.items():
            ui.status_combo.addItem(_tr(label), key)
        ui.type_combo.addItem(self.tr("全部类别"), None)
        for key, label in visits.VISIT_TYPES.items():
            ui.type_combo.addItem(_tr(label), key)
        can = self.ctx.can
        ui.new_button.setEnabled(can("visits.create"))
        ui.review_button.setEnabled(can("visits.approve"))
        ui.plan_button.setEnabled(can("visits.decide"))
        ui.archive_button.setEnabled(can("visits.close"))
        ui.cancel_button.setEnabled(can("visits.void"))
        ui.export_button.setEnabled(can("visits.export"))
        ui.analysis_button.setEnabled(can("visits.export"))
        ui.print_button.setEnabled(can("visits.print"))
        from app.controllers.surveys_tab import SurveysTab
        self.surveys = SurveysTab(self)
        self._update_buttons()

    def _connect_signals(self):
        ui = self.ui
        ui.search_edit.textChanged.connect(self.apply_filters)
        ui.status_combo.currentIndexChanged.connect(self.apply_filters)
        ui.type_combo.currentIndexChanged.connect(self.apply_filters)
        ui.overdue_check.toggled.connect(self.apply_filters)
        ui.month_edit.dateChanged.connect(self.reload)
        ui.visit_table.selectionModel().selectionChanged.connect(self._on_visit_table_selection_changed)
        ui.new_button.clicked.connect(self._on_new_button_clicked)
        ui.record_button.clicked.connect(self._on_record_button_clicked)
        ui.review_button.clicked.connect(self._on_review_button_clicked)
        ui.issue_button.clicked.connect(self._on_issue_button_clicked)
        ui.archive_button.clicked.connect(self._on_archive_button_clicked)
        ui.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        ui.plan_button.clicked.connect(self._on_plan_button_clicked)
        ui.analysis_button.clicked.connect(self._on_analysis_button_clicked)
        ui.print_button.clicked.connect(self._on_print_button_clicked)
        ui.export_button.clicked.connect(self._on_export_button_clicked)
        ui.print_visit_button.clicked.connect(self._on_print_visit_button_clicked)
        ui.return_forms_button.clicked.connect(self._on_return_forms_button_clicked)

    # Loading -------------------------------------------------------------------------------------------
    @property
    def period(self) -> Period:
        first = self.ui.month_edit.date().toPython().replace(day=1)
        return Period(first, month_end(first))

    def loader(self):
        """The month's visits, the form sign-outs and the survey plans (run off the UI thread)."""
        ctx, p = self.ctx, self.period
        return lambda: (visits.list_visits(ctx, start=p.start, end=p.end, open_too=True),
                        visits_forms.list_signouts(ctx), surveys.list_plans(ctx))

    def show_loaded(self, data):
        self.all_rows, signouts, plans = data
        self.signout_model.set_rows(signouts)
        self.apply_filters()
        self.surveys.show_loaded(plans)

    def apply_filter(self, name: str) -> None:
        """From the home page: "overdue" or a status key such as "visited"."""
        self.ui.tabs.setCurrentWidget(self.ui.visits_tab)
        self.ui.overdue_check.setChecked(name == "overdue")
        index = self.ui.status_combo.findData(name)
        self.ui.status_combo.setCurrentIndex(max(index, 0))

    def apply_filters(self):
        ui = self.ui
        rows = visits.filter_rows(self.all_rows, ui.search_edit.text(), status=ui.status_combo.currentData(),
                                  visit_type=ui.type_combo.currentData(), overdue_only=ui.overdue_check.isChecked())
        self.model.set_rows(rows)
        ui.count_label.setText(self.tr("%1 条，超期 %2 条").replace("%1", str(len(rows)))
                               .replace("%2", str(sum(1 for r in rows if r.overdue))))
        self._show(None)

    def selected(self) -> list:
        return [self.model.row_at(i.row()) for i in self.ui.visit_table.selectionModel().selectedRows()]

    @property
    def current(self):
        rows = self.selected()
        return rows[0] if len(rows) == 1 else None

    @Slot()
    def _on_visit_table_selection_changed(self, *_):
        self._show(self.current)

    def _show(self, r) -> None:
        self._update_buttons()
        if r is None:
            self.ui.detail_browser.setHtml("")
            return
        e = html.escape
        lab = {"source": self.tr("关联单据"), "attempt": self.tr("第 %1 次回访").replace("%1", str(r.attempt)),
               "subject": self.tr("回访事项"), "due": self.tr("应回访日期"), "late": self.tr("超期"),
               "visit": self.tr("回访"), "quality": self.tr("质量"), "effect": self.tr("效果"),
               "feedback": self.tr("反馈意见"), "short": self.tr("缺点与不足"), "sugg": self.tr("住户建议"),
               "sign": self.tr("受访人签名"), "review": self.tr("主管审核"), "action": self.tr("不合格处理意见")}
        late = f" <b style='color:#c00'>{lab['late']}</b>" if r.overdue else ""
        lines = [f"<h3>{e(r.visit_no)} {e(_tr(r.type_label))}（{e(_tr(r.status_label))}）</h3>",
                 f"<p>{lab['source']}：{e(r.source_no or '—')}　{lab['attempt']}</p>",
                 f"<p>{e(r.building or '')} {e(r.room_no or '')}　{e(r.interviewee or '')} {e(r.phone or '')}</p>",
                 f"<p>{lab['subject']}：{e(r.subject or '')}</p>", f"<p>{lab['due']}：{r.due_date}{late}</p>"]
        if r.visit_date:
            lines.append(f"<p>{lab['visit']}：{r.visit_date:%Y-%m-%d %H:%M} {e(vocab.label('common.visit_method', r.method))} {e(r.visitor or '')}　"
                         f"<b>{e(r.rating_code)} {e(vocab.label('common.rating', r.satisfaction))}</b>（{lab['quality']} {e(vocab.label('common.rating', r.quality_rating))}，"
                         f"{lab['effect']} {e(vocab.label('common.rating', r.effect_rating))}）</p>"
                         f"<p>{lab['feedback']}：{e(r.feedback or '')}</p><p>{lab['short']}：{e(r.shortcomings or '')}</p>"
                         f"<p>{lab['sugg']}：{e(r.suggestions or '')}</p>"
                         f"<p>{lab['sign']}：{e(visits.signature_text(r))}　{e(r.remarks or '')}</p>")
        if r.reviewed_at:
            lines.append(f"<p>{lab['review']}（{e(r.reviewed_by or '')} {r.reviewed_at:%m-%d %H:%M}）："
                         f"{e(r.supervisor_comment or '')}</p>")
        if r.nonconformity_action:
            lines.append(f"<p>{lab['action']}：{e(r.nonconformity_action)}</p>")
        self.ui.detail_browser.setHtml("".join(lines))

    def _update_buttons(self):
        rows, can, ui = self.selected(), self.ctx.can, self.ui
        one = rows[0] if len(rows) == 1 else None
        ui.record_button.setEnabled(bool(one and one.status in visits.OPEN and can("visits.visit")))
        ui.review_button.setEnabled(bool(one and one.status == "visited" and can("visits.approve")))
        ui.cancel_button.setEnabled(bool(one and one.status in visits.OPEN and can("visits.void")))
        ui.print_visit_button.setEnabled(bool(one) and can("visits.print"))
        ui.issue_button.setEnabled(bool(rows) and all(r.status == "planned" for r in rows) and can("visits.issue"))
        ui.archive_button.setEnabled(bool(rows) and all(r.status in ("ok", "nonconforming") for r in rows)
                                     and can("visits.close"))

    # Actions -------------------------------------------------------------------------------------------
    def _after(self, row, message: str) -> None:
        """After a change: the lists reload off the UI thread, then the saved visit is selected."""
        self.reload(then=None if row is None else (lambda: self._select(row.id)))
        self.sig_badge_changed.emit()
        feedback.status(self, message)

    def _select(self, visit_id: int) -> None:
        for n, r in enumerate(self.model.rows):
            if r.id == visit_id:
                self.ui.visit_table.selectRow(n)
                break

    @Slot()
    def _on_new_button_clicked(self):
        row = VisitNewDialog.ask(self.ctx, self)
        if row:
            self._after(row, self.tr("已安排回访 %1").replace("%1", row.visit_no))

    @Slot()
    def _on_record_button_clicked(self):
        row = self.current and VisitRecordDialog.ask(self.ctx, self.current, self)
        if row:
            self._after(row, self.tr("已记录回访 %1").replace("%1", row.visit_no))

    @Slot()
    def _on_review_button_clicked(self):
        row = self.current and VisitReviewDialog.ask(self.ctx, self.current, self)
        if row:
            self._after(row, self.tr("已审核回访 %1").replace("%1", row.visit_no))

    def _run(self, fn, message: str) -> None:
        try:
            fn()
        except DormDeskError as exc:
            feedback.show_error(self, exc)
            return
        self._after(None, message)

    @Slot()
    def _on_issue_button_clicked(self):
        rows = self.selected()
        who = rows and feedback.ask_text(self, self.tr("领表人（回访人）姓名："), self.tr("领取回访记录表 %1 份").replace("%1", str(len(rows))))
        if who:
            self._run(lambda: visits_forms.issue_forms(self.ctx, [r.id for r in rows], received_by=who),
                      self.tr("%1 已领表 %2 份").replace("%1", who).replace("%2", str(len(rows))))

    @Slot()
    def _on_archive_button_clicked(self):
        rows = self.selected()
        if rows and feedback.confirm(self, self.tr("将选中的 %1 份回访记录归档？").replace("%1", str(len(rows)))):
            self._run(lambda: visits_forms.archive(self.ctx, [r.id for r in rows]), self.tr("已归档"))

    @Slot()
    def _on_cancel_button_clicked(self):
        r = self.current
        reason = r and feedback.ask_text(self, self.tr("取消原因："), self.tr("取消回访 %1").replace("%1", r.visit_no))
        if reason:
            self._run(lambda: visits.cancel(self.ctx, r.id, reason=reason, expected_version=r.version), self.tr("已取消"))

    @Slot()
    def _on_return_forms_button_clicked(self):
        index = self.ui.signout_table.currentIndex()
        if not index.isValid():
            return
        sheet = self.signout_model.row_at(index.row())
        text = feedback.ask_text(self, self.tr("交回份数（共 %1 份）：").replace("%1", str(sheet.qty)), self.tr("交回表单"))
        if text:
            if not text.strip().isdigit():
                feedback.warn(self, self.tr("请输入份数（数字）。"))
                return
            self._run(lambda: visits_forms.return_forms(self.ctx, sheet.id, returned_qty=int(text),
                                                        expected_version=sheet.version), self.tr("已交回"))

    @Slot()
    def _on_plan_button_clicked(self):
        period = self.period
        try:
            plans = visits_plan.propose(self.ctx, period)
        except DormDeskError as exc:
            feedback.show_error(self, exc)
            return
        lines = [self.tr("%1：%2 %3 项，目标 %4，应回访 %5，已回访 %6，已在计划 %7，建议新增 %8")
                 .replace("%1", _tr(p.type_label)).replace("%2", self.tr("已完成")).replace("%3", str(p.total))
                 .replace("%4", f"{p.rate:.0%}").replace("%5", str(p.required)).replace("%6", str(p.visited))
                 .replace("%7", str(p.planned)).replace("%8", str(len(p.proposals))) for p in plans]
        adding = sum(len(p.proposals) for p in plans)
        text = "\n".join([period.label, *lines])
        if not adding:
            feedback.info(self, text + "\n" + self.tr("本月已达到回访率，无需新增。"), self.tr("本月回访计划"))
            return
        if feedback.confirm(self, text + "\n\n" + self.tr("将建议的 %1 项加入本月回访计划？").replace("%1", str(adding)),
                            self.tr("本月回访计划")):
            self._run(lambda: visits_plan.accept(self.ctx, period, plans),
                      self.tr("已加入回访计划 %1 项").replace("%1", str(adding)))

    def _save_path(self, title: str, name: str, pattern: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, name, pattern)
        return path

    @Slot()
    def _on_export_button_clicked(self):
        period = self.period
        path = self._save_path(self.tr("导出回访登记"), f"回访记录登记-{period.start:%Y-%m}.xlsx", "Excel (*.xlsx)")
        if path:
            self.state.tasks.run(lambda p, _c: registers.export(self.ctx, "visits", period, None, Path(path), p),
                                 parent=self, label=self.tr("正在导出…"), disable=self.ui.export_button,
                                 on_done=lambda out: feedback.status(self, self.tr("已导出 %1").replace("%1", str(out))))

    @Slot()
    def _on_analysis_button_clicked(self):
        period = self.period
        path = self._save_path(self.tr("回访月度统计分析"), f"回访月度统计分析-{period.start:%Y-%m}.xlsx", "Excel (*.xlsx)")
        if path:
            self.state.tasks.run(lambda p, _c: visits_reports.export_analysis(self.ctx, period, Path(path), progress=p),
                                 parent=self, label=self.tr("正在导出…"), disable=self.ui.analysis_button,
                                 on_done=lambda out: feedback.status(self, self.tr("已导出 %1").replace("%1", str(out))))

    @Slot()
    def _on_print_visit_button_clicked(self):
        r = self.current
        if r is None:
            return
        path = Path(tempfile.mkdtemp(prefix="dormdesk-print-")) / f"{r.visit_no}.pdf"
        try:
            visits_reports.print_visit(self.ctx, r.visit_no, path)
        except DormDeskError as exc:
            feedback.show_error(self, exc)
            return
        PdfPreviewDialog.show_pdf(path, self.tr("回访记录表 %1").replace("%1", r.visit_no), self)

    @Slot()
    def _on_print_button_clicked(self):
        period = self.period
        path = Path(tempfile.mkdtemp(prefix="dormdesk-print-")) / f"回访月度统计分析-{period.start:%Y-%m}.pdf"
        try:
            visits_reports.print_analysis(self.ctx, f"{period.start:%Y-%m}", path)
        except DormDeskError as exc:
            feedback.show_error(self, exc)
            return
        PdfPreviewDialog.show_pdf(path, self.tr("回访月度统计分析 %1").replace("%1", period.label), self)


"""The 满意度调查 tab of the visits page: survey plans with their return rate, issuing questionnaires per
building, the fast entry screen, opinions turned into return visits, improvement actions and the S2
report (Excel, A4 PDF)."""
from __future__ import annotations

import datetime as dt
import html
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QFileDialog, QHeaderView, QInputDialog

from app import feedback, vocab
from app.controllers.pdf_preview_dialog import PdfPreviewDialog
from app.controllers.survey_entry_dialog import SurveyEntryDialog
from app.controllers.survey_plan_dialog import SurveyPlanDialog
from app.errors import DormDeskError
from app.qtmodels.row_table import Column, RowTableModel
from app.services import lookups, surveys, surveys_report
from app.texts import QT_TRANSLATE_NOOP

COLUMNS = (
    Column("survey_no", QT_TRANSLATE_NOOP("Columns", "调查编号")),
    Column("title", QT_TRANSLATE_NOOP("Columns", "调查名称")),
    Column("start_date", QT_TRANSLATE_NOOP("Columns", "开始"), "date"),
    Column("end_date", QT_TRANSLATE_NOOP("Columns", "结束"), "date"),
    Column("scale", QT_TRANSLATE_NOOP("Columns", "等级"), "int"),
    Column("issued", QT_TRANSLATE_NOOP("Columns", "发放"), "int"),
    Column("returned", QT_TRANSLATE_NOOP("Columns", "回收"), "int"),
    Column("return_rate", QT_TRANSLATE_NOOP("Columns", "回收率"), fmt=lambda v, _r: f"{v:.0%}"),
    Column("status_label", QT_TRANSLATE_NOOP("Columns", "状态"),
           fmt=lambda v, _r: QCoreApplication.translate("Surveys", v)),
)


class SurveysTab(QObject):
    """Wires the survey widgets of the visits page's form."""

    def __init__(self, page):
        super().__init__(page)
        self.page, self.ctx, self.ui = page, page.ctx, page.ui
        self.model = RowTableModel(COLUMNS, self)
        ui = self.ui
        ui.survey_table.setModel(self.model)
        ui.survey_table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        ui.survey_table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((100, 200, 84, 84, 40, 48, 48, 56, 70)):
            ui.survey_table.setColumnWidth(column, width)
        ui.survey_splitter.setSizes([760, 440])
        ui.survey_table.selectionModel().currentRowChanged.connect(self._on_survey_table_current_row_changed)
        ui.survey_new_button.clicked.connect(self._on_survey_new_button_clicked)
        ui.survey_issue_button.clicked.connect(self._on_survey_issue_button_clicked)
        ui.survey_entry_button.clicked.connect(self._on_survey_entry_button_clicked)
        ui.survey_opinions_button.clicked.connect(self._on_survey_opinions_button_clicked)
        ui.survey_close_button.clicked.connect(self._on_survey_close_button_clicked)
        ui.survey_action_button.clicked.connect(self._on_survey_action_button_clicked)
        ui.survey_done_button.clicked.connect(self._on_survey_done_button_clicked)
        ui.survey_report_button.clicked.connect(self._on_survey_report_button_clicked)
        ui.survey_print_button.clicked.connect(self._on_survey_print_button_clicked)
        self._update_buttons()

    @property
    def current(self) -> surveys.SurveyRow | None:
        index = self.ui.survey_table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def loader(self):
        ctx = self.ctx
        return lambda: surveys.list_plans(ctx)

    def reload(self, then=None) -> None:
        """After a change in this tab: the plans (off the UI thread, then `then()`)."""
        self.page.reload(then, got=(self.loader(), self.show_loaded))

    def show_loaded(self, plans) -> None:
        keep = self.current.id if self.current else None
        self.model.set_rows(plans)
        for n, r in enumerate(self.model.rows):
            if r.id == keep:
                self.ui.survey_table.selectRow(n)
        self._show()

    def _update_buttons(self) -> None:
        s, can, ui = self.current, self.ctx.can, self.ui
        collecting = bool(s and s.status in ("planned", "distributed", "collecting"))
        ui.survey_new_button.setEnabled(can("surveys.decide"))
        ui.survey_issue_button.setEnabled(collecting and can("surveys.issue"))
        ui.survey_entry_button.setEnabled(bool(s and s.status in ("distributed", "collecting")) and can("surveys.record"))
        ui.survey_close_button.setEnabled(bool(s and s.status in ("distributed", "collecting")) and can("surveys.close"))
        ui.survey_opinions_button.setEnabled(bool(s) and can("visits.create"))
        ui.survey_action_button.setEnabled(bool(s) and can("surveys.decide"))
        ui.survey_done_button.setEnabled(bool(s) and can("surveys.record"))
        ui.survey_report_button.setEnabled(bool(s) and can("surveys.export"))
        ui.survey_print_button.setEnabled(bool(s) and can("surveys.print"))

    @Slot()
    def _on_survey_table_current_row_changed(self, *_):
        self._show()

    def _show(self) -> None:
        self._update_buttons()
        s = self.current
        if s is None:
            self.ui.survey_browser.setHtml("")
            return
        try:
            a = surveys_report.analyse(self.ctx, s.id)
        except DormDeskError as exc:
            self.ui.survey_browser.setHtml(html.escape(feedback.error_text(exc)))
            return
        e = html.escape
        pct = lambda v: "—" if v is None else f"{v:.1%}"  # noqa: E731
        rows = "".join(f"<tr><td>{e(q.label)}</td>" + "".join(f"<td align=right>{n}</td>" for n in q.counts)
                       + f"<td align=right>{pct(q.rate)}</td></tr>" for q in a.questions)
        head = "".join(f"<th>{e(x)}</th>" for x in (self.tr("评价项目"), *a.levels, self.tr("满意率")))
        summary = (self.tr("发放 %1 份，回收 %2 份，回收率 %3；总体满意率 %4").replace("%1", str(s.issued))
                   .replace("%2", str(s.returned)).replace("%3", f"{s.return_rate:.0%}").replace("%4", pct(a.overall)))
        titles = (self.tr("意见"), self.tr("改进措施"))
        opinions = "".join(f"<li>{e(vocab.label('surveys.topic', topic))}（{len(items)}）：{e('；'.join(o['text'] for o in items[:3]))}</li>"
                           for topic, items in a.opinions.items())
        actions = "".join(f"<li>{e(vocab.label('frontdesk.department', x['dept']))}：{e(x['action'])}（{x['deadline']}，{e(x['status'])}）</li>" for x in a.actions)
        self.ui.survey_browser.setHtml(
            f"<h3>{e(s.survey_no)} {e(s.title)}</h3>"
            f"<p>{summary}</p>"
            f"<table border=1 cellspacing=0 cellpadding=2><tr>{head}</tr>{rows}</table>"
            f"<p><b>{titles[0]}</b></p><ul>{opinions}</ul><p><b>{titles[1]}</b></p><ul>{actions}</ul>")

    def _run(self, fn, message: str) -> None:
        try:
            fn()
        except DormDeskError as exc:
            feedback.show_error(self.page, exc)
            return
        self.reload()
        self.page.sig_badge_changed.emit()
        feedback.status(self.page, message)

    @Slot()
    def _on_survey_new_button_clicked(self):
        row = SurveyPlanDialog.ask(self.ctx, self.page)
        if row:
            self.reload(then=lambda: self._select(row.id))

    def _select(self, plan_id: int) -> None:
        for n, r in enumerate(self.model.rows):
            if r.id == plan_id:
                self.ui.survey_table.selectRow(n)

    @Slot()
    def _on_survey_issue_button_clicked(self):
        s = self.current
        buildings = lookups.buildings(self.ctx)
        if s is None or not buildings:
            return
        name, ok = QInputDialog.getItem(self.page, self.tr("发放问卷"), self.tr("每个房间发放一份问卷，楼栋："),
                                        [b.name for b in buildings], 0, False)
        if ok:
            bid = next(b.id for b in buildings if b.name == name)
            self._run(lambda: surveys.issue_forms(self.ctx, s.id, building_id=bid),
                      self.tr("已向 %1 发放问卷").replace("%1", name))

    @Slot()
    def _on_survey_entry_button_clicked(self):
        s = self.current
        if s is not None:
            SurveyEntryDialog(self.ctx, s, self.page).exec()
            self.reload()

    @Slot()
    def _on_survey_close_button_clicked(self):
        s = self.current
        if s is not None and feedback.confirm(
                self.page, self.tr("结束 %1 的问卷回收？回收率 %2（%3/%4）。").replace("%1", s.survey_no)
                .replace("%2", f"{s.return_rate:.0%}").replace("%3", str(s.returned)).replace("%4", str(s.issued))):
            self._run(lambda: surveys.close_collection(self.ctx, s.id), self.tr("回收已结束"))

    @Slot()
    def _on_survey_opinions_button_clicked(self):
        s = self.current
        if s is not None:
            try:
                n = surveys.opinions_to_visits(self.ctx, s.id)
            except DormDeskError as exc:
                feedback.show_error(self.page, exc)
                return
            self.page.reload()
            feedback.status(self.page, self.tr("%1 条意见已转为回访").replace("%1", str(n)))

    @Slot()
    def _on_survey_action_button_clicked(self):
        s = self.current
        if s is None:
            return
        names = [vocab.label("frontdesk.department", d) for d in surveys.DEPARTMENTS]
        name, ok = QInputDialog.getItem(self.page, self.tr("改进措施"), self.tr("责任部门："), names, 0, False)
        dept = surveys.DEPARTMENTS[names.index(name)] if ok else None
        action = ok and feedback.ask_text(self.page, self.tr("改进措施："), self.tr("改进措施"))
        if not action:
            return
        default = (self.ctx.today() + dt.timedelta(days=30)).isoformat()
        text, ok = QInputDialog.getText(self.page, self.tr("改进措施"), self.tr("完成期限（YYYY-MM-DD）："), text=default)
        if not ok:
            return
        try:
            deadline = dt.date.fromisoformat(text.strip())
        except ValueError:
            feedback.warn(self.page, self.tr("日期格式应为 YYYY-MM-DD：%1").replace("%1", text))
            return
        self._run(lambda: surveys.add_action(self.ctx, s.id, dept=dept, action=action, deadline=deadline),
                  self.tr("已添加改进措施"))

    @Slot()
    def _on_survey_done_button_clicked(self):
        s = self.current
        if s is None:
            return
        try:
            open_actions = [a for a in surveys_report.analyse(self.ctx, s.id).actions if a["status"] == "进行中"]
        except DormDeskError as exc:
            feedback.show_error(self.page, exc)
            return
        if not open_actions:
            feedback.info(self.page, self.tr("没有进行中的改进措施。"))
            return
        labels = [f"{vocab.label('frontdesk.department', a['dept'])}：{a['action']}（{a['deadline']}）" for a in open_actions]
        choice, ok = QInputDialog.getItem(self.page, self.tr("措施完成"), self.tr("已完成的改进措施："), labels, 0, False)
        if ok:
            action_id = open_actions[labels.index(choice)]["id"]
            self._run(lambda: surveys.complete_action(self.ctx, action_id), self.tr("改进措施已完成"))

    @Slot()
    def _on_survey_report_button_clicked(self):
        s = self.current
        if s is None:
            return
        path, _ = QFileDialog.getSaveFileName(self.page, self.tr("调查报告"), f"调查报告-{s.survey_no}.xlsx", "Excel (*.xlsx)")
        if path:
            self.page.state.tasks.run(lambda p, _c: surveys_report.export_report(self.ctx, s.id, Path(path), p),
                                      parent=self.page, label=self.tr("正在导出…"), disable=self.ui.survey_report_button,
                                      on_done=lambda out: feedback.status(self.page, self.tr("已导出 %1").replace("%1", str(out))))

    @Slot()
    def _on_survey_print_button_clicked(self):
        s = self.current
        if s is None:
            return
        path = Path(tempfile.mkdtemp(prefix="dormdesk-print-")) / f"调查报告-{s.survey_no}.pdf"
        try:
            surveys_report.print_report(self.ctx, s.survey_no, path)
        except DormDeskError as exc:
            feedback.show_error(self.page, exc)
            return
        PdfPreviewDialog.show_pdf(path, self.tr("服务质量调查报告 %1").replace("%1", s.survey_no), self.page)

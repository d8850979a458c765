"""The 咨询 and 投诉 tabs of the front-desk page: the consultation ledger (answer, refer, escalate, the
lead's daily review) and complaints through classification, handling, return visit and closure."""
from __future__ import annotations

import datetime as dt
import html
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QHeaderView, QInputDialog

from app import feedback, vocab
from app.controllers.complaint_dialog import ComplaintDialog
from app.controllers.complaint_step_dialog import ComplaintStepDialog
from app.controllers.consult_dialog import ConsultDialog
from app.controllers.pdf_preview_dialog import PdfPreviewDialog
from app.errors import DormDeskError
from app.qtmodels.row_table import Column, RowTableModel
from app.services import frontdesk_complaints as fc
from app.services import frontdesk_consult as fz
from app.services.frontdesk_hooks import print_complaint
from app.texts import QT_TRANSLATE_NOOP, punctuate
from app.widgets.row_height import set_row_height


def _status(labels):
    return lambda value, _row: QCoreApplication.translate("FrontDesk", labels.get(value, value))


def _flag(value, _row):
    if value is True:
        return QCoreApplication.translate("FrontDesk", "超时")
    return QCoreApplication.translate("FrontDesk", value) if value else ""


CONSULT_COLUMNS = (
    Column("entry_no", QT_TRANSLATE_NOOP("Columns", "序号")),
    Column("logged_at", QT_TRANSLATE_NOOP("Columns", "日期时间"), "datetime"),
    Column("channel", QT_TRANSLATE_NOOP("Columns", "方式"), values="frontdesk.channel"),
    Column("client_name", QT_TRANSLATE_NOOP("Columns", "业户")),
    Column("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
    Column("entry_type", QT_TRANSLATE_NOOP("Columns", "事项"), values="frontdesk.entry_type"),
    Column("content", QT_TRANSLATE_NOOP("Columns", "内容")),
    Column("answer_mode", QT_TRANSLATE_NOOP("Columns", "答复方式"), values="frontdesk.answer_mode"),
    Column("promised_answer_at", QT_TRANSLATE_NOOP("Columns", "约定答复"), "datetime"),
    Column("status", QT_TRANSLATE_NOOP("Columns", "状态"), fmt=_status(fz.STATUS_LABELS)),
    Column("overdue", QT_TRANSLATE_NOOP("Columns", "超时"), fmt=_flag),
)
COMPLAINT_COLUMNS = (
    Column("complaint_no", QT_TRANSLATE_NOOP("Columns", "投诉编号")),
    Column("received_at", QT_TRANSLATE_NOOP("Columns", "受理时间"), "datetime"),
    Column("complainant", QT_TRANSLATE_NOOP("Columns", "投诉人")),
    Column("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
    Column("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
    Column("category", QT_TRANSLATE_NOOP("Columns", "类别"), values="frontdesk.complaint_category"),
    Column("validity", QT_TRANSLATE_NOOP("Columns", "性质"),
           fmt=lambda v, r: "/".join(x for x in (vocab.label("frontdesk.validity", v),
                                                 vocab.label("frontdesk.severity", r.severity)) if x)),
    Column("responsible_dept", QT_TRANSLATE_NOOP("Columns", "责任部门"), values="frontdesk.department"),
    Column("status", QT_TRANSLATE_NOOP("Columns", "状态"), fmt=_status(fc.STATUS_LABELS)),
    Column("visit_due", QT_TRANSLATE_NOOP("Columns", "应回访"), "date"),
    Column("satisfaction", QT_TRANSLATE_NOOP("Columns", "满意度"), values="common.rating"),
    Column("overdue", QT_TRANSLATE_NOOP("Columns", "超期"), fmt=_flag),
)
# button -> (action of frontdesk_complaints.ALLOWED, permission)
COMPLAINT_BUTTONS = {
    "classify_button": ("classify", "frontdesk.edit"), "assign_button": ("assign", "frontdesk.edit"),
    "reply_button": ("reply", "frontdesk.record"), "resolve_button": ("resolve", "frontdesk.record"),
    "visit_button": ("visit", "frontdesk.visit"), "close_complaint_button": ("close", "frontdesk.close"),
    "void_complaint_button": ("void", "frontdesk.void"),
}


def _setup_table(view, model, widths):
    view.setModel(model)
    view.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)  # rows come newest first
    view.setSelectionMode(view.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    set_row_height(view)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)



# lupdate does not read inside f-strings: the words the detail pane puts there with self.tr().
_DETAIL_WORDS = (QT_TRANSLATE_NOOP("CasesTabs", "接待人"), QT_TRANSLATE_NOOP("CasesTabs", "答复方式"),
                QT_TRANSLATE_NOOP("CasesTabs", "约定答复时间"), QT_TRANSLATE_NOOP("CasesTabs", "转交部门"),
                QT_TRANSLATE_NOOP("CasesTabs", "上报"), QT_TRANSLATE_NOOP("CasesTabs", "答复"),
                QT_TRANSLATE_NOOP("CasesTabs", "备注"), QT_TRANSLATE_NOOP("CasesTabs", "负责人查阅"),
                QT_TRANSLATE_NOOP("CasesTabs", "受理人"), QT_TRANSLATE_NOOP("CasesTabs", "首次答复时限"),
                QT_TRANSLATE_NOOP("CasesTabs", "首次答复"), QT_TRANSLATE_NOOP("CasesTabs", "定性"),
                QT_TRANSLATE_NOOP("CasesTabs", "解释"), QT_TRANSLATE_NOOP("CasesTabs", "责任部门"),
                QT_TRANSLATE_NOOP("CasesTabs", "处理期限"), QT_TRANSLATE_NOOP("CasesTabs", "处理结果"),
                QT_TRANSLATE_NOOP("CasesTabs", "纠正预防措施"), QT_TRANSLATE_NOOP("CasesTabs", "应回访日期"),
                QT_TRANSLATE_NOOP("CasesTabs", "回访"), QT_TRANSLATE_NOOP("CasesTabs", "重新处理 %1 次"),
                QT_TRANSLATE_NOOP("CasesTabs", "结案"))

class CasesTabs(QObject):
    """Wires the consultation and complaint widgets of the page's form."""

    def __init__(self, page):
        super().__init__(page)
        self.page, self.ctx, self.ui = page, page.ctx, page.ui
        self.consults: list = []
        self.complaints: list = []
        self.current: fc.ComplaintRow | None = None
        self.consult_model = RowTableModel(CONSULT_COLUMNS, self, highlight=lambda r: "#f8d0cc" if r.overdue else None)
        self.complaint_model = RowTableModel(
            COMPLAINT_COLUMNS, self,
            highlight=lambda r: "#f8d0cc" if r.overdue else ("#fcf3cf" if r.status == "escalated_major" else None))
        ui = self.ui
        _setup_table(ui.consult_table, self.consult_model, (112, 118, 44, 64, 56, 44, 220, 70, 118, 64, 44))
        _setup_table(ui.complaint_table, self.complaint_model, (110, 116, 56, 50, 44, 64, 70, 60, 84, 84, 50, 64))
        for splitter in (ui.consult_splitter, ui.complaint_splitter):
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
            splitter.setSizes([820, 380])
        ui.complaint_status_combo.addItem(self.tr("全部"), None)
        ui.complaint_status_combo.addItem(self.tr("未办结"), "open")
        for key, label in fc.STATUS_LABELS.items():
            ui.complaint_status_combo.addItem(QCoreApplication.translate("FrontDesk", label), key)
        can = self.ctx.can
        ui.consult_new_button.setEnabled(can("frontdesk.create"))
        ui.complaint_new_button.setEnabled(can("frontdesk.create"))
        ui.consult_export_button.setEnabled(can("consultations.export"))
        ui.complaint_export_button.setEnabled(can("complaints.export"))
        ui.review_button.setEnabled(can("frontdesk.close"))
        ui.consult_search_edit.textChanged.connect(self.apply_consult_filters)
        ui.consult_open_check.toggled.connect(self.apply_consult_filters)
        ui.consult_overdue_check.toggled.connect(self.apply_consult_filters)
        ui.consult_table.selectionModel().currentRowChanged.connect(self._on_consult_table_current_row_changed)
        ui.consult_new_button.clicked.connect(self._on_consult_new_button_clicked)
        ui.answer_button.clicked.connect(self._on_answer_button_clicked)
        ui.refer_button.clicked.connect(self._on_refer_button_clicked)
        ui.escalate_button.clicked.connect(self._on_escalate_button_clicked)
        ui.review_button.clicked.connect(self._on_review_button_clicked)
        ui.consult_export_button.clicked.connect(lambda: page.export("consultations", self.tr("前台台帐")))
        ui.complaint_search_edit.textChanged.connect(self.apply_complaint_filters)
        ui.complaint_status_combo.currentIndexChanged.connect(self.apply_complaint_filters)
        ui.complaint_overdue_check.toggled.connect(self.apply_complaint_filters)
        ui.complaint_table.selectionModel().currentRowChanged.connect(self._on_complaint_table_current_row_changed)
        ui.complaint_new_button.clicked.connect(self._on_complaint_new_button_clicked)
        for name in ("classify", "assign", "resolve", "visit"):
            getattr(ui, f"{name}_button").clicked.connect(lambda _=False, m=name: self._complaint_step(m))
        ui.reply_button.clicked.connect(self._on_reply_button_clicked)
        ui.close_complaint_button.clicked.connect(self._on_close_complaint_button_clicked)
        ui.void_complaint_button.clicked.connect(self._on_void_complaint_button_clicked)
        ui.print_complaint_button.clicked.connect(self._on_print_complaint_button_clicked)
        ui.complaint_export_button.clicked.connect(lambda: page.export("complaints", self.tr("投诉登记")))
        self._update_consult_buttons()
        self._show_complaint(None)

    def loader(self):
        """The work that loads both ledgers (runs off the UI thread when the page is shown)."""
        ctx, today = self.ctx, self.ctx.today()
        return lambda: (fz.list_entries(ctx, start=dt.datetime.combine(today - dt.timedelta(days=60), dt.time.min),
                                        open_too=True),
                        fc.list_complaints(ctx, start=dt.datetime(today.year - 1, today.month, 1), open_too=True))

    def show_loaded(self, data):
        self.consults, self.complaints = data
        self.apply_consult_filters()
        self.apply_complaint_filters()

    def reload(self):
        """After a change: the page's lists (off the UI thread; the current rows stay selected)."""
        self.page.reload()

    def _saved(self, text: str):
        self.reload()
        self.page.sig_badge_changed.emit()
        feedback.status(self.page, text)

    # Consultations ----------------------------------------------------------------------------------
    @Slot()
    def apply_consult_filters(self, *_):
        keep = self.current_consult()
        rows = fz.filter_rows(self.consults, self.ui.consult_search_edit.text(),
                              overdue_only=self.ui.consult_overdue_check.isChecked())
        if self.ui.consult_open_check.isChecked():
            rows = [r for r in rows if r.status in fz.OPEN]
        self.consult_model.set_rows(rows)
        self.ui.consult_count_label.setText(
            self.tr("显示 %1 条；未答复 %2 条，超时 %3 条，待查阅 %4 条").replace("%1", str(len(rows)))
            .replace("%2", str(sum(1 for r in self.consults if r.status in fz.OPEN)))
            .replace("%3", str(sum(1 for r in self.consults if r.overdue)))
            .replace("%4", str(sum(1 for r in self.consults if r.status == "answered"))))
        self._select(self.ui.consult_table, self.consult_model, keep.id if keep else None)
        self._on_consult_table_current_row_changed()

    @staticmethod
    def _select(view, model, row_id):
        for r, row in enumerate(model.rows):
            if row.id == row_id:
                view.selectRow(r)
                return

    def current_consult(self):
        return self.consult_model.row_at(self.ui.consult_table.currentIndex())

    @Slot()
    def _on_consult_table_current_row_changed(self, *_):
        c = self.current_consult()
        e = html.escape
        t = lambda v: "" if v is None else v.strftime("%Y-%m-%d %H:%M")  # noqa: E731
        if c is None:
            self.ui.consult_detail_browser.clear()
        else:
            self.ui.consult_detail_browser.setHtml(punctuate(
                f"<h3>{e(c.entry_no)} <span style='color:#555'>{e(QCoreApplication.translate('FrontDesk', fz.STATUS_LABELS[c.status]))}</span></h3>"
                f"<p>{e(vocab.label('frontdesk.channel', c.channel))} · {e(c.client_name)} {e(c.building or '')} {e(c.room_no or '')} {e(c.phone or '')}<br>"
                f"{t(c.logged_at)} · {e(vocab.label('frontdesk.entry_type', c.entry_type))} · {self.tr('接待人')}：{e(c.received_by)}</p><p>{e(c.content)}</p>"
                f"<p>{self.tr('答复方式')}：{e(vocab.label('frontdesk.answer_mode', c.answer_mode))}"
                + (f"<br>{self.tr('约定答复时间')}：{t(c.promised_answer_at)}" if c.promised_answer_at else "")
                + (f"<br>{self.tr('转交部门')}：{e(vocab.label('frontdesk.department', c.referred_dept))}" if c.referred_dept else "")
                + (f"<br>{self.tr('上报')}：{e(c.escalated_to)}" if c.escalated_to else "") + "</p>"
                + (f"<p><b>{self.tr('答复')}</b>（{t(c.answered_at)}）：{e(c.answer)}</p>" if c.answer else "")
                + (f"<p>{self.tr('备注')}：{e(c.remarks)}</p>" if c.remarks else "")
                + (f"<p>{self.tr('负责人查阅')}：{e(c.reviewed_by)} {t(c.reviewed_at)}</p>" if c.reviewed_by else "")))
        self._update_consult_buttons()

    def _update_consult_buttons(self):
        c = self.current_consult()
        open_ = c is not None and c.status in fz.OPEN
        self.ui.answer_button.setEnabled(open_ and self.ctx.can("frontdesk.record"))
        self.ui.refer_button.setEnabled(open_ and self.ctx.can("frontdesk.edit"))
        self.ui.escalate_button.setEnabled(open_ and self.ctx.can("frontdesk.edit"))

    def _consult_run(self, fn, text):
        try:
            fn()
        except DormDeskError as exc:
            feedback.show_error(self.page, exc)
            return
        self._saved(text)

    @Slot()
    def _on_consult_new_button_clicked(self):
        row = ConsultDialog.ask(self.ctx, self.page)
        if row is not None:
            self._saved(self.tr("已登记 %1").replace("%1", row.entry_no))
            self._select(self.ui.consult_table, self.consult_model, row.id)

    @Slot()
    def _on_answer_button_clicked(self):
        c = self.current_consult()
        text = c and feedback.ask_text(self.page, self.tr("答复内容："), self.tr("答复 %1").replace("%1", c.entry_no))
        if text:
            self._consult_run(lambda: fz.answer(self.ctx, c.id, text=text, expected_version=c.version),
                              self.tr("已答复 %1").replace("%1", c.entry_no))

    @Slot()
    def _on_refer_button_clicked(self):
        c = self.current_consult()
        if c is None:
            return
        names = [vocab.label("frontdesk.department", d) for d in fc.DEPARTMENTS]
        name, ok = QInputDialog.getItem(self.page, self.tr("转部门"), self.tr("转交部门："), names, 0, False)
        if ok:
            dept = fc.DEPARTMENTS[names.index(name)]
            self._consult_run(lambda: fz.refer(self.ctx, c.id, dept=dept, expected_version=c.version),
                              self.tr("已转%1").replace("%1", name))

    @Slot()
    def _on_escalate_button_clicked(self):
        c = self.current_consult()
        to = c and feedback.ask_text(self.page, self.tr("上报对象（客服主管或物业负责人）："), self.tr("上报 %1").replace("%1", c.entry_no))
        if to:
            self._consult_run(lambda: fz.escalate(self.ctx, c.id, to=to, expected_version=c.version),
                              self.tr("已上报 %1").replace("%1", c.entry_no))

    @Slot()
    def _on_review_button_clicked(self):
        ids = [r.id for r in self.consults if r.status == "answered"]
        if not ids:
            feedback.info(self.page, self.tr("没有待查阅的已答复记录。"))
            return
        if feedback.confirm(self.page, self.tr("查阅并确认 %1 条已答复的台帐记录？").replace("%1", str(len(ids)))):
            self._consult_run(lambda: fz.review(self.ctx, ids), self.tr("已查阅 %1 条").replace("%1", str(len(ids))))

    # Complaints ---------------------------------------------------------------------------------------
    @Slot()
    def apply_complaint_filters(self, *_):
        keep = self.current.id if self.current else None
        status = self.ui.complaint_status_combo.currentData()
        rows = fc.filter_rows(self.complaints, self.ui.complaint_search_edit.text(),
                              status=None if status in (None, "open") else status,
                              overdue_only=self.ui.complaint_overdue_check.isChecked())
        if status == "open":
            rows = [r for r in rows if r.status in fc.OPEN]
        self.complaint_model.set_rows(rows)
        self.ui.complaint_count_label.setText(
            self.tr("显示 %1 件；未办结 %2 件，待回访 %3 件，超期 %4 件").replace("%1", str(len(rows)))
            .replace("%2", str(sum(1 for r in self.complaints if r.status in fc.OPEN)))
            .replace("%3", str(sum(1 for r in self.complaints if r.status == "resolved")))
            .replace("%4", str(sum(1 for r in self.complaints if r.overdue))))
        if not any(r.id == keep for r in rows):
            keep = rows[0].id if rows else None
        self.select_complaint(keep)

    def select_complaint(self, cid):
        self._select(self.ui.complaint_table, self.complaint_model, cid)
        self._show_complaint(next((r for r in self.complaint_model.rows if r.id == cid), None))

    @Slot()
    def _on_complaint_table_current_row_changed(self, current, _previous):
        self._show_complaint(self.complaint_model.row_at(current))

    def _show_complaint(self, c):
        self.current = c
        allowed = fc.allowed_actions(c.status) if c else set()
        for name, (action, permission) in COMPLAINT_BUTTONS.items():
            getattr(self.ui, name).setEnabled(action in allowed and self.ctx.can(permission))
        self.ui.print_complaint_button.setEnabled(c is not None and self.ctx.can("frontdesk.print"))
        if c is None:
            self.ui.complaint_detail_browser.clear()
            return
        e = html.escape
        t = lambda v: "" if v is None else v.strftime("%Y-%m-%d %H:%M")  # noqa: E731
        label = QCoreApplication.translate("FrontDesk", c.status_label)
        parts = [f"<h3>{e(c.complaint_no)} <span style='color:#555'>{e(label)}</span>"
                 + (f" <span style='color:#c0392b'>{e(_flag(c.overdue, c))}</span>" if c.overdue else "") + "</h3>",
                 f"<p><b>{e(c.complainant)}</b> {e(c.building or '')} {e(c.room_no or '')} {e(c.phone or '')}<br>"
                 f"{t(c.received_at)} · {e(vocab.label('frontdesk.channel', c.channel))} · "
                 f"{e(vocab.label('frontdesk.complaint_category', c.category))} · {self.tr('受理人')}：{e(c.received_by)}</p>",
                 f"<p>{e(c.content)}</p>",
                 f"<p>{self.tr('首次答复时限')}：{t(c.reply_due_at)}"
                 + (f"<br>{self.tr('首次答复')}（{t(c.first_reply_at)}）：{e(c.first_reply or '')}" if c.first_reply_at else "") + "</p>"]
        if c.validity:
            parts.append(f"<p>{self.tr('定性')}：{e(vocab.label('frontdesk.validity', c.validity))}" + (f"，{e(vocab.label('frontdesk.severity', c.severity))}" if c.validity == "valid" else "")
                         + (f"<br>{self.tr('解释')}：{e(c.explanation)}" if c.explanation else "") + "</p>")
        if c.responsible_dept:
            parts.append(f"<p>{self.tr('责任部门')}：{e(vocab.label('frontdesk.department', c.responsible_dept))} {e(c.responsible_person or '')}<br>"
                         f"{self.tr('处理期限')}：{t(c.deadline)}</p>")
        if c.handling_result:
            parts.append(f"<p>{self.tr('处理结果')}（{t(c.resolved_at)}）：{e(c.handling_result)}"
                         + (f"<br>{self.tr('纠正预防措施')}：{e(c.corrective_action)}" if c.corrective_action else "")
                         + (f"<br>{self.tr('应回访日期')}：{c.visit_due}" if c.visit_due else "") + "</p>")
        if c.visited_at:
            parts.append(f"<p>{self.tr('回访')}（{t(c.visited_at)}，{e(vocab.label('common.visit_method', c.visit_method))}，{e(c.visitor or '')}）："
                         f"<b>{e(vocab.label('common.rating', c.satisfaction))}</b> {e(c.visit_notes or '')}"
                         + (f"<br>{self.tr('重新处理 %1 次').replace('%1', str(c.reopen_count))}" if c.reopen_count else "") + "</p>")
        if c.closed_at:
            parts.append(f"<p>{self.tr('结案')}：{t(c.closed_at)} {e(c.closed_by or '')}</p>")
        self.ui.complaint_detail_browser.setHtml(punctuate("".join(parts)))

    def _complaint_done(self, row):
        if row is not None:
            self._saved(self.tr("已保存 %1").replace("%1", row.complaint_no))
            self.select_complaint(row.id)

    def _complaint_run(self, fn):
        try:
            self._complaint_done(fn())
        except DormDeskError as exc:
            feedback.show_error(self.page, exc)

    @Slot()
    def _on_complaint_new_button_clicked(self):
        row = ComplaintDialog.ask(self.ctx, self.page)
        if row is not None:
            self.ui.complaint_status_combo.setCurrentIndex(0)
            self._complaint_done(row)

    def _complaint_step(self, mode: str):
        if self.current:
            self._complaint_done(ComplaintStepDialog.ask(self.ctx, mode, self.current, self.page))

    @Slot()
    def _on_reply_button_clicked(self):
        c = self.current
        text = c and feedback.ask_text(self.page, self.tr("答复住户/处理进展："), self.tr("答复 %1").replace("%1", c.complaint_no))
        if text:
            self._complaint_run(lambda: fc.reply(self.ctx, c.id, text=text, expected_version=c.version))

    @Slot()
    def _on_close_complaint_button_clicked(self):
        c = self.current
        if c and feedback.confirm(self.page, self.tr("投诉 %1 结案？").replace("%1", c.complaint_no)):
            self._complaint_run(lambda: fc.close(self.ctx, c.id, expected_version=c.version))

    @Slot()
    def _on_void_complaint_button_clicked(self):
        c = self.current
        reason = c and feedback.ask_text(self.page, self.tr("作废原因（编号保留）："), self.tr("作废 %1").replace("%1", c.complaint_no))
        if reason:
            self._complaint_run(lambda: fc.void(self.ctx, c.id, reason=reason, expected_version=c.version))

    @Slot()
    def _on_print_complaint_button_clicked(self):
        c = self.current
        if c is None:
            return
        path = Path(tempfile.mkdtemp(prefix="dormdesk-print-")) / f"{c.complaint_no}.pdf"
        try:
            print_complaint(self.ctx, c.complaint_no, path)
        except DormDeskError as exc:
            feedback.show_error(self.page, exc)
            return
        PdfPreviewDialog.show_pdf(path, self.tr("投诉记录/处理表 %1").replace("%1", c.complaint_no), self.page)

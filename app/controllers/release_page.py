"""The 放行 page: release slips (list with status filter, application, endorsement, arrears check,
issue, print preview and printing), the fast gate-check screen (type or scan the number), the
return check-in, the weekly reconciliation, move-outs and the parties with their agreements.

The gate, reconciliation, move-out and party tabs live in release_*_tab.py."""
from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QFileDialog

from app import feedback, vocab
from app.controllers.page import Page
from app.controllers.pdf_preview_dialog import PdfPreviewDialog
from app.controllers.release_form_dialog import Field, ReleaseFormDialog
from app.controllers.release_gate_tab import GateTab
from app.controllers.release_moveouts_tab import MoveOutsTab
from app.controllers.release_parties_tab import PartiesTab
from app.controllers.release_reconcile_tab import ReconcileTab
from app.controllers.release_slip_dialog import ReleaseSlipDialog
from app.errors import DormDeskError
from app.qtmodels.row_table import Column, RowTableModel
from app.services import registers, release, release_parties, release_print
from app.services.periods import Period
from app.services.release_queries import STATUS_LABELS, get_slip, list_slips
from app.texts import QT_TRANSLATE_NOOP, punctuate
from ui.generated.ui_release_page import Ui_ReleasePage

SLIP_COLUMNS = (Column("display_no", QT_TRANSLATE_NOOP("Columns", "编号")),
                Column("status_label", QT_TRANSLATE_NOOP("Columns", "状态"), values="release.status"),
                Column("issue_date", QT_TRANSLATE_NOOP("Columns", "开具日期"), "date"),
                Column("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
                Column("unit_no", QT_TRANSLATE_NOOP("Columns", "房号/单位")),
                Column("tenant_name", QT_TRANSLATE_NOOP("Columns", "用户")),
                Column("handler_name", QT_TRANSLATE_NOOP("Columns", "经办人")),
                Column("total_qty", QT_TRANSLATE_NOOP("Columns", "件数"), "int"),
                Column("reason", QT_TRANSLATE_NOOP("Columns", "原因"), values="release.reason"),
                Column("guard_name", QT_TRANSLATE_NOOP("Columns", "保安")),
                Column("returned_date", QT_TRANSLATE_NOOP("Columns", "回收日期"), "date"))


def _slip_color(row) -> str | None:
    if row.missing:
        return "#fde2e2"
    return {"void": "#e8e8e8", "rejected": "#eeeeee", "issued": "#e6f4ea"}.get(row.status)


def temp_pdf(name: str) -> Path:
    return Path(tempfile.mkdtemp(prefix="dormdesk-print-")) / name


class ReleasePage(Page):
    """The 放行 page; the slips tab is here, the other tabs are helpers owning their widgets."""

    ui_class = Ui_ReleasePage

    def _init_widgets(self):
        ui = self.ui
        self.slips_model = RowTableModel(SLIP_COLUMNS, self, highlight=_slip_color)
        ui.slips_table.setModel(self.slips_model)
        ui.slips_table.horizontalHeader().setStretchLastSection(True)
        ui.status_combo.addItem(self.tr("全部"), None)
        ui.status_combo.addItem(self.tr("门岗联未回收"), "unreturned")
        for code, label in STATUS_LABELS.items():
            ui.status_combo.addItem(vocab.label("release.status", code), code)
        today = QDate(self.ctx.today())
        ui.slip_from_edit.setDate(today.addDays(-30))
        ui.slip_to_edit.setDate(today)
        ui.slips_splitter.setSizes([520, 160])
        ui.moveouts_splitter.setSizes([480, 160])
        self.gate = GateTab(self)
        self.moveouts = MoveOutsTab(self)
        self.parties = PartiesTab(self)
        self.reconcile = ReconcileTab(self)
        self._update_buttons()

    def _connect_signals(self):
        ui = self.ui
        ui.tabs.currentChanged.connect(lambda _i: self.reload())
        ui.slip_refresh_button.clicked.connect(self.reload_slips)
        ui.status_combo.currentIndexChanged.connect(self.reload_slips)
        ui.slip_search_edit.returnPressed.connect(self.reload_slips)
        ui.slips_table.selectionModel().currentRowChanged.connect(self._on_slips_current_row_changed)
        ui.new_slip_button.clicked.connect(self._on_new_slip_button_clicked)
        ui.endorse_button.clicked.connect(self._on_endorse_button_clicked)
        ui.arrears_button.clicked.connect(self._on_arrears_button_clicked)
        ui.issue_button.clicked.connect(self._on_issue_button_clicked)
        ui.reject_button.clicked.connect(lambda: self._reason_action(release.reject, self.tr("驳回原因：")))
        ui.void_button.clicked.connect(lambda: self._reason_action(release.void, self.tr("作废原因：")))
        ui.follow_up_button.clicked.connect(lambda: self._reason_action(release.follow_up, self.tr("跟进情况：")))
        ui.preview_button.clicked.connect(self._on_preview_button_clicked)
        ui.print_all_button.clicked.connect(self._on_print_all_button_clicked)
        ui.slip_export_button.clicked.connect(self._on_slip_export_button_clicked)
        self.gate.connect()
        self.moveouts.connect()
        self.parties.connect()
        self.reconcile.connect()

    # Navigation -------------------------------------------------------------------------------
    def reload(self, then=None, got=None):
        if self.ui.tabs.currentIndex() == 1:
            self.gate.focus()  # the counter types at once; its guards combo is filled once
        super().reload(then, got)  # the current tab's list, off the UI thread

    def loader(self):
        index = self.ui.tabs.currentIndex()
        tab = {1: self.gate, 2: self.reconcile, 3: self.moveouts, 4: self.parties}.get(index)
        if tab is not None:
            work = tab.loader()
            return None if work is None else (work, tab.show_loaded)
        return self._slips_loader()

    def hideEvent(self, event):  # noqa: N802 - Qt API
        if not event.spontaneous():  # leaving the page: the slip at the gate is not kept for the next visit
            self.ui.gate_number_edit.clear()
            self.gate.drop()
        super().hideEvent(event)

    def apply_filter(self, name: str) -> None:
        """Opened from the home page: "today", "unreturned" or "moveouts-week"."""
        if name == "moveouts-week":
            self.ui.open_only_check.setChecked(True)
            self.ui.tabs.setCurrentIndex(3)
            return
        self.ui.tabs.setCurrentIndex(0)
        self.ui.slip_search_edit.clear()
        if name == "today":
            today = QDate(self.ctx.today())
            self.ui.slip_from_edit.setDate(today)
            self.ui.slip_to_edit.setDate(today)
            self.ui.status_combo.setCurrentIndex(0)
        elif name == "unreturned":
            self.ui.slip_from_edit.setDate(QDate(self.ctx.today()).addYears(-1))
            self.ui.status_combo.setCurrentIndex(self.ui.status_combo.findData("unreturned"))
        self.reload_slips()

    # Slips ------------------------------------------------------------------------------------
    def _slips_loader(self):
        ctx, status = self.ctx, self.ui.status_combo.currentData()
        date_from, date_to = self.ui.slip_from_edit.date().toPython(), self.ui.slip_to_edit.date().toPython()
        text = self.ui.slip_search_edit.text().strip() or None
        return lambda: list_slips(ctx, status=None if status == "unreturned" else status,
                                  unreturned=status == "unreturned", date_from=date_from, date_to=date_to, text=text)

    def reload_slips(self, *_, then=None):
        """After a change or a filter: the slips, off the UI thread (then `then()`)."""
        self.reload(then, got=(self._slips_loader(), self.show_loaded))

    def show_loaded(self, rows):
        current = self.current_slip()
        self.slips_model.set_rows(rows)
        self.ui.slips_table.resizeColumnsToContents()
        self.ui.slip_count_label.setText(self.tr("共 %1 张").replace("%1", str(len(rows))))
        if current is not None:
            self.select_slip(current.id)
        self._show_detail()
        self.sig_badge_changed.emit()

    def current_slip(self):
        return self.slips_model.row_at(self.ui.slips_table.currentIndex())

    def select_slip(self, slip_id: int) -> None:
        for n, row in enumerate(self.slips_model.rows):
            if row.id == slip_id:
                self.ui.slips_table.selectRow(n)
                return

    @Slot()
    def _on_slips_current_row_changed(self, *_):
        self._show_detail()

    def _update_buttons(self):
        row = self.current_slip()
        status = row.status if row else None
        ui = self.ui
        ui.endorse_button.setEnabled(status == "draft")
        ui.arrears_button.setEnabled(status in ("endorsed", "fee_checked"))
        ui.issue_button.setEnabled(status == "fee_checked")
        ui.reject_button.setEnabled(status in ("draft", "endorsed", "fee_checked"))
        ui.void_button.setEnabled(status in ("draft", "endorsed", "fee_checked", "issued", "expired")
                                  and self.ctx.can("release.void"))
        ui.follow_up_button.setEnabled(status == "expired")
        ui.preview_button.setEnabled(bool(row and row.slip_no))

    def _show_detail(self):
        self._update_buttons()
        row = self.current_slip()
        if row is None:
            self.ui.slip_detail_text.clear()
            return
        try:
            d = get_slip(self.ctx, row.id)
        except DormDeskError as exc:
            self.ui.slip_detail_text.setPlainText(feedback.error_text(exc))
            return
        v = vocab.label
        lines = [f"{d.row.display_no}  {v('release.status', d.row.status_label)}  {d.row.building} "
                 f"{d.row.unit_no or ''}  {d.row.tenant_name}",
                 self.tr("经办人：%1（%2） %3 %4  %5").replace("%1", d.row.handler_name)
                 .replace("%2", v("release.applicant_role", d.applicant_role)).replace("%3", v("release.id_type", d.handler_id_type))
                 .replace("%4", d.handler_id_no).replace("%5", d.handler_phone or ""),
                 self.tr("原因：%1 %2   出口：%3").replace("%1", v("release.reason", d.row.reason))
                 .replace("%2", d.reason_text or "").replace("%3", d.exit_gate or "")]
        lines += [f"  {i.seq}. {i.item_name} {i.spec_model or ''} {i.qty}{i.unit or ''}"
                  + (self.tr("（实放 %1）").replace("%1", str(i.released_qty)) if i.released_qty is not None else "")
                  for i in d.items]
        if d.endorse_method:
            lines.append(self.tr("签署意见：%1 %2 %3").replace("%1", v("release.endorse_method", d.endorse_method))
                         .replace("%2", d.endorser_name or "").replace("%3", d.endorse_note or ""))
        if d.arrears_checked_by:
            clear = self.tr("无欠费") if d.arrears_clear else self.tr("有欠费 %1").replace("%1", d.arrears_note or "")
            lines.append(self.tr("欠费核查：%1（%2 %3）").replace("%1", clear).replace("%2", d.arrears_checked_by)
                         .replace("%3", f"{d.arrears_checked_at:%m-%d %H:%M}"))
        if d.cs_approver:
            lines.append(self.tr("客服审核开具：%1  有效期至 %2  已打印 %3 次").replace("%1", d.cs_approver)
                         .replace("%2", str(d.row.valid_until)).replace("%3", str(d.print_count)))
        for g in d.gate_checks:
            lines.append(self.tr("门岗：%1 %2 %3 实放 %4 件 %5")
                         .replace("%1", self.tr("放行") if g.result == "released" else self.tr("拒放"))
                         .replace("%2", f"{g.checked_at:%m-%d %H:%M}").replace("%3", g.guard_name or "")
                         .replace("%4", str(g.released_qty)).replace("%5", g.reason or ""))
        for label, value in ((self.tr("驳回原因"), d.review_reject_reason), (self.tr("作废原因"), d.void_reason),
                             (self.tr("回收日期"), d.row.returned_date), (self.tr("跟进"), d.row.follow_up_note)):
            if value:
                lines.append(f"{label}：{value}")
        self.ui.slip_detail_text.setPlainText(punctuate("\n".join(lines)))

    def _run(self, fn, *args, done: str | None = None, **kw):
        """Call a service; show a refusal, or the success note; reload. Returns the result or None."""
        try:
            result = fn(self.ctx, *args, **kw)
        except DormDeskError as exc:
            feedback.show_error(self, exc)
            return None
        if done:
            feedback.status(self, done)
        self.reload()
        return result if result is not None else True

    @Slot()
    def _on_new_slip_button_clicked(self):
        slip_id = ReleaseSlipDialog.ask(self.ctx, self)
        if slip_id:
            self.reload_slips(then=lambda: self.select_slip(slip_id))

    @Slot()
    def _on_endorse_button_clicked(self):
        row = self.current_slip()
        if row is None:
            return
        detail = get_slip(self.ctx, row.id)
        signers = ()
        if detail.party_id:
            party = next((p for p in release_parties.list_parties(self.ctx) if p.id == detail.party_id), None)
            signers = party.signatories if party else ()
        method = "student" if row.student_id else "stamp"
        fields = [Field("method", self.tr("签署方式"), "combo", vocab.ENDORSE_METHOD.choices(), method),
                  Field("endorser_name", self.tr("签署（确认）人"), "edit_combo", signers,
                        signers[0] if signers else (row.tenant_name if row.student_id else None)),
                  Field("note", self.tr("说明（电话确认须写明确认人和时间）"))]
        hint = self.tr("授权签署人：%1").replace("%1", vocab.join(signers)) if signers else ""
        if ReleaseFormDialog.ask(self, self.tr("签署意见"), fields, lambda v: release.endorse(
                self.ctx, row.id, method=v["method"], endorser_name=v["endorser_name"] or "", note=v["note"],
                expected_version=row.version) or True, hint):
            self.reload_slips()

    @Slot()
    def _on_arrears_button_clicked(self):
        row = self.current_slip()
        if row is None:
            return
        fields = [Field("clear", self.tr("管理费、水电费已结清，无欠费"), "check", default=True),
                  Field("note", self.tr("欠费情况/备注"))]
        if ReleaseFormDialog.ask(self, self.tr("欠费核查"), fields, lambda v: release.check_arrears(
                self.ctx, row.id, clear=v["clear"], note=v["note"], expected_version=row.version) or True):
            self.reload_slips()

    @Slot()
    def _on_issue_button_clicked(self):
        row = self.current_slip()
        if row is None or not feedback.confirm(self, self.tr("审核通过并开具放行条（取号）？")):
            return
        number = self._run(release.issue, row.id, expected_version=row.version)
        if number:
            feedback.status(self, self.tr("已开具 %1").replace("%1", str(number)))
            self.select_slip(row.id)
            if feedback.confirm(self, self.tr("放行条 %1 已开具。现在打印吗？").replace("%1", str(number))):
                self._preview([row.id], number)

    def _reason_action(self, fn, label: str):
        row = self.current_slip()
        if row is None:
            return
        reason = feedback.ask_text(self, label)
        if reason:
            self._run(fn, row.id, reason, expected_version=row.version)

    # Printing ---------------------------------------------------------------------------------
    def _preview(self, ids: list[int], label: str) -> None:
        try:
            path = release_print.build_slips(self.ctx, temp_pdf("预览.pdf"), ids=ids, record=False)
        except DormDeskError as exc:
            feedback.show_error(self, exc)
            return
        PdfPreviewDialog.show_preview(
            path, lambda: release_print.build_slips(self.ctx, temp_pdf(f"物品放行条-{label}.pdf"), ids=ids),
            self.tr("放行条 %1").replace("%1", label), self)
        self.reload_slips()

    @Slot()
    def _on_preview_button_clicked(self):
        row = self.current_slip()
        if row is not None and row.slip_no:
            self._preview([row.id], row.slip_no)

    @Slot()
    def _on_print_all_button_clicked(self):
        year = self.ui.slip_to_edit.date().year()
        ids = release_print.year_slip_ids(self.ctx, year)
        if not ids:
            feedback.info(self, self.tr("%1 年没有已开具的放行条。").replace("%1", str(year)))
            return
        if not feedback.confirm(self, self.tr("把 %1 年的 %2 张放行条生成到一个 PDF（存档补打）？")
                                .replace("%1", str(year)).replace("%2", str(len(ids)))):
            return
        path = temp_pdf(f"物品放行条-{year}-预览.pdf")
        self.state.tasks.run(
            lambda progress, _c: release_print.build_slips(self.ctx, path, ids=ids, record=False, progress=progress),
            parent=self, label=self.tr("正在生成放行条…"), disable=self.ui.print_all_button,
            on_done=lambda out: PdfPreviewDialog.show_preview(
                out, lambda: release_print.build_slips(self.ctx, temp_pdf(f"物品放行条-{year}.pdf"), ids=ids),
                self.tr("%1 年放行条 %2 张").replace("%1", str(year)).replace("%2", str(len(ids))), self))

    @Slot()
    def _on_slip_export_button_clicked(self):
        self.export_register("release-slips", "放行条登记簿.xlsx",
                             Period(self.ui.slip_from_edit.date().toPython(), self.ui.slip_to_edit.date().toPython()))

    def export_register(self, kind: str, name: str, period: Period) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出登记表"), name, "Excel (*.xlsx)")
        if not path:
            return
        self.state.tasks.run(lambda p, _c: registers.export(self.ctx, kind, period, None, Path(path), p),
                             parent=self, label=self.tr("正在导出…"),
                             on_done=lambda out: feedback.status(self, self.tr("已导出 %1").replace("%1", str(out))))

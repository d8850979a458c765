"""The move-outs tab of the 放行 page: applications (the notice period and the supervisor's
override in MoveOutDialog), fees, inspection request and result, the printed notice, the linked
release slip, completion. For a student, the keys module's word on the key return is shown."""
from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from app import feedback, vocab
from app.controllers.moveout_dialog import MoveOutDialog
from app.controllers.pdf_preview_dialog import PdfPreviewDialog
from app.controllers.release_form_dialog import Field, ReleaseFormDialog
from app.controllers.release_slip_dialog import ReleaseSlipDialog
from app.errors import DormDeskError
from app.qtmodels.row_table import Column, RowTableModel
from app.services import catalog, moveout, moveout_queries
from app.services.periods import Period
from app.texts import QT_TRANSLATE_NOOP, punctuate

COLUMNS = (Column("application_no", QT_TRANSLATE_NOOP("Columns", "申请编号")),
           Column("kind_label", QT_TRANSLATE_NOOP("Columns", "类型"), values="moveout.kind"),
           Column("status_label", QT_TRANSLATE_NOOP("Columns", "状态"), values="moveout.status"),
           Column("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
           Column("unit_no", QT_TRANSLATE_NOOP("Columns", "房号")),
           Column("tenant_name", QT_TRANSLATE_NOOP("Columns", "用户")),
           Column("apply_date", QT_TRANSLATE_NOOP("Columns", "申请日"), "date"),
           Column("planned_date", QT_TRANSLATE_NOOP("Columns", "迁出日"), "date"),
           Column("fees_settled", QT_TRANSLATE_NOOP("Columns", "费用结清"), "bool"),
           Column("inspection_result", QT_TRANSLATE_NOOP("Columns", "安检结果"), values="release.inspection_result"),
           Column("slip_nos", QT_TRANSLATE_NOOP("Columns", "放行条号")),
           Column("override_reason", QT_TRANSLATE_NOOP("Columns", "特批原因")))


class MoveOutsTab(QObject):
    """The move-outs list and its steps (moveouts_tab of ui/release_page.ui)."""

    def __init__(self, page):
        super().__init__(page)
        self.page, self.ui, self.ctx = page, page.ui, page.ctx
        self.model = RowTableModel(COLUMNS, page, highlight=self._color)
        self.ui.moveouts_table.setModel(self.model)
        self.ui.moveouts_table.horizontalHeader().setStretchLastSection(True)

    def _color(self, row):
        if row.status in ("moved_out", "cancelled"):
            return None
        return "#fff3cd" if row.planned_date <= moveout_queries.week_end(self.ctx.today()) else None

    def connect(self):
        ui = self.ui
        ui.open_only_check.toggled.connect(lambda _c: self.reload())
        ui.moveouts_table.selectionModel().currentRowChanged.connect(self._show_detail)
        ui.new_moveout_button.clicked.connect(self._on_new)
        ui.fees_button.clicked.connect(self._on_fees)
        ui.request_inspection_button.clicked.connect(self._on_request)
        ui.inspection_button.clicked.connect(self._on_inspection)
        ui.notice_button.clicked.connect(self._on_notice)
        ui.moveout_slip_button.clicked.connect(self._on_slip)
        ui.complete_button.clicked.connect(self._on_complete)
        ui.cancel_moveout_button.clicked.connect(self._on_cancel)
        ui.moveout_export_button.clicked.connect(self._on_export)

    def current(self):
        return self.model.row_at(self.ui.moveouts_table.currentIndex())

    def loader(self):
        ctx, open_only = self.ctx, self.ui.open_only_check.isChecked()
        return lambda: moveout_queries.list_move_outs(ctx, open_only=open_only)

    def reload(self, then=None):
        """After a change or a filter: this tab's list (off the UI thread, the current row kept)."""
        self.page.reload(then, got=(self.loader(), self.show_loaded))

    def show_loaded(self, rows):
        current = self.current()
        self.model.set_rows(rows)
        self.ui.moveouts_table.resizeColumnsToContents()
        if current is not None:
            for n, row in enumerate(rows):
                if row.id == current.id:
                    self.ui.moveouts_table.selectRow(n)
        self._show_detail()

    def select(self, move_out_id: int):
        for n, row in enumerate(self.model.rows):
            if row.id == move_out_id:
                self.ui.moveouts_table.selectRow(n)

    @Slot()
    def _show_detail(self, *_):
        row = self.current()
        s = row.status if row else None
        ui = self.ui
        ui.fees_button.setEnabled(s == "applied")
        ui.request_inspection_button.setEnabled(s in ("fees_settled", "inspection_failed")
                                                or (s == "applied" and row.kind == "student"))
        ui.inspection_button.setEnabled(s == "inspection_requested")
        ui.notice_button.setEnabled(bool(row and row.inspections))
        ui.moveout_slip_button.setEnabled(s in ("inspection_passed", "slip_issued"))
        ui.complete_button.setEnabled(s == "slip_issued" or (s == "inspection_passed" and row.kind == "student"))
        ui.cancel_moveout_button.setEnabled(s not in (None, "moved_out", "cancelled") and self.ctx.can("moveouts.void"))
        if row is None:
            ui.moveout_detail_text.clear()
            return
        lines = [f"{row.application_no} {vocab.label('moveout.kind', row.kind_label)} "
                 f"{vocab.label('moveout.status', row.status_label)}  {row.building} {row.unit_no or ''} {row.tenant_name}",
                 self.tr("申请 %1  计划迁出 %2").replace("%1", str(row.apply_date)).replace("%2", str(row.planned_date))
                 + (self.tr("  主管特批：%1").replace("%1", row.override_reason) if row.override_reason else "")]
        if row.fees_settled:
            lines.append(self.tr("费用已结清：%1 元").replace("%1", str(row.arrears_amount)))
        for i in row.inspections:
            lines.append(self.tr("检查 %1 %2 %3").replace("%1", i.notice_no).replace("%2", str(i.inspection_date))
                         .replace("%3", vocab.label("release.inspection_result", i.result))
                         + f" {i.inspectors or ''} {i.defects or ''}" + (self.tr(" 已盖总经理章") if i.gm_stamped else ""))
        if row.slip_nos:
            lines.append(self.tr("放行条：%1").replace("%1", row.slip_nos))
        if row.kind == "student":
            lines.append(self.tr("钥匙交回：%1").replace("%1", moveout.key_return_status(self.ctx, row.student_id)))
        ui.moveout_detail_text.setPlainText(punctuate("\n".join(lines)))

    def _act(self, title, fields, submit, hint=""):
        if ReleaseFormDialog.ask(self.page, title, fields, submit, hint):
            self.reload()

    @Slot()
    def _on_new(self):
        move_out_id = MoveOutDialog.ask(self.ctx, self.page)
        if move_out_id:
            self.reload(then=lambda: self.select(move_out_id))

    @Slot()
    def _on_fees(self):
        row = self.current()
        fields = [Field("amount", self.tr("结清金额（元）"), "money"),
                  Field("paid_to", self.tr("管理费收取至"), "date", default=row.planned_date),
                  Field("reading", self.tr("电表读数")), Field("electricity", self.tr("电费（元）"), "money"),
                  Field("method", self.tr("收款方式"), "edit_combo", ("现金", "转账", "其他"), "现金"),
                  Field("confirmed_by", self.tr("财务确认人"))]
        self._act(self.tr("费用结清"), fields, lambda v: moveout.settle_fees(
            self.ctx, row.id, arrears_amount=v["amount"], mgmt_fee_paid_to=v["paid_to"],
            electricity_reading=v["reading"] or None, electricity_amount=v["electricity"] or None,
            payment_method=v["method"], confirmed_by=v["confirmed_by"], expected_version=row.version) or True)

    @Slot()
    def _on_request(self):
        row = self.current()
        fields = [Field("date", self.tr("希望检查日期"), "date", default=self.ctx.today()),
                  Field("contact", self.tr("联系人")), Field("phone", self.tr("联系电话"), default=row.contact_phone)]
        self._act(self.tr("室内设施安全检查申请"), fields, lambda v: moveout.request_inspection(
            self.ctx, row.id, requested_date=v["date"], contact=v["contact"], phone=v["phone"],
            expected_version=row.version) or True)

    @Slot()
    def _on_inspection(self):
        row = self.current()
        results = vocab.INSPECTION_RESULT.choices()   # (label, code): pass, fail, not_done
        fields = [Field("result", self.tr("检查结果"), "combo", results[:2])]
        fields += [Field(f"item{n}", item, "combo", results) for n, item in enumerate(moveout.CHECKLIST)]
        fields += [Field("date", self.tr("检查日期"), "date", default=self.ctx.today()),
                   Field("inspectors", self.tr("检查人员")), Field("defects", self.tr("存在问题（不合格必填）"), "multiline"),
                   Field("deadline", self.tr("整改期限"), "date", default=self.ctx.today()),
                   Field("gm", self.tr("已报总经理盖章"), "check")]

        def submit(v):
            checklist = {item: v[f"item{n}"] for n, item in enumerate(moveout.CHECKLIST)}
            return moveout.record_inspection(
                self.ctx, row.id, result=v["result"], inspection_date=v["date"], inspectors=v["inspectors"],
                defects=v["defects"], rectification_deadline=v["deadline"], checklist=checklist, gm_stamped=v["gm"],
                expected_version=row.version)
        self._act(self.tr("登记检查结果"), fields, submit)

    @Slot()
    def _on_notice(self):
        from app.controllers.release_page import temp_pdf
        row = self.current()
        notice_no = row.inspections[-1].notice_no
        try:
            path = catalog.prints()["inspection-notice"].build(self.ctx, notice_no, temp_pdf(f"{notice_no}.pdf"))
        except DormDeskError as exc:
            feedback.show_error(self.page, exc)
            return
        PdfPreviewDialog.show_preview(path, lambda: path, notice_no, self.page)

    @Slot()
    def _on_slip(self):
        row = self.current()
        if ReleaseSlipDialog.ask(self.ctx, self.page, move_out=row):
            feedback.status(self.page, self.tr("放行申请已登记，请在「放行条」页签署意见、核查欠费并开具。"))
            self.reload()

    @Slot()
    def _on_complete(self):
        row = self.current()
        if row and feedback.confirm(self.page, self.tr("确认 %1 已迁出？").replace("%1", row.tenant_name)):
            self.page._run(moveout.complete, row.id, expected_version=row.version)

    @Slot()
    def _on_cancel(self):
        row = self.current()
        reason = feedback.ask_text(self.page, self.tr("撤销原因："))
        if row and reason:
            self.page._run(moveout.cancel, row.id, reason, expected_version=row.version)

    @Slot()
    def _on_export(self):
        today = self.ctx.today()
        self.page.export_register("move-outs", "迁出登记.xlsx", Period(today.replace(month=1, day=1), today))

"""The key page's other tabs, each a small controller over the page's form: 钥匙发放 (K1 issue with
the receipt, and the K4 return at leaving), 业主钥匙 (K7 deposits, K6 loans) and 挂失赔偿 (K3)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QHeaderView, QLabel, QSpinBox

from app import feedback, vocab
from app.controllers.key_loss_dialog import KeyLossDialog
from app.controllers.key_return_dialog import KeyReturnDialog
from app.controllers.owner_key_deposit_dialog import OwnerKeyDepositDialog
from app.controllers.owner_key_loan_dialog import OwnerKeyLoanDialog
from app.controllers.owner_key_return_dialog import OwnerKeyReturnDialog
from app.errors import DormDeskError
from app.qtmodels.row_table import Column, RowTableModel
from app.services import keys_issue, keys_losses, keys_owner, keys_registers
from app.texts import QT_TRANSLATE_NOOP
from app.widgets.lookup_guard import LookupGuard

OVERDUE_COLOR = "#f8d7da"
ISSUE_COLUMNS = (Column("issue_no", QT_TRANSLATE_NOOP("Columns", "登记编号")),
                 Column("issue_date", QT_TRANSLATE_NOOP("Columns", "发放日期"), "date"),
                 Column("student_no", QT_TRANSLATE_NOOP("Columns", "学号")),
                 Column("name", QT_TRANSLATE_NOOP("Columns", "姓名")),
                 Column("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
                 Column("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
                 Column("total", QT_TRANSLATE_NOOP("Columns", "钥匙(把)"), "int"),
                 Column("deposit", QT_TRANSLATE_NOOP("Columns", "押金"), "money"),
                 Column("issued_by", QT_TRANSLATE_NOOP("Columns", "经办人")))
DEPOSIT_COLUMNS = (Column("deposit_no", QT_TRANSLATE_NOOP("Columns", "托管编号")),
                   Column("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
                   Column("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
                   Column("owner_name", QT_TRANSLATE_NOOP("Columns", "业主")),
                   Column("phone", QT_TRANSLATE_NOOP("Columns", "电话")),
                   Column("key_description", QT_TRANSLATE_NOOP("Columns", "钥匙说明")),
                   Column("key_qty", QT_TRANSLATE_NOOP("Columns", "数量"), "int"),
                   Column("tag_code", QT_TRANSLATE_NOOP("Columns", "钥匙编号")),
                   Column("deposit_date", QT_TRANSLATE_NOOP("Columns", "托管日期"), "date"),
                   Column("lent_to", QT_TRANSLATE_NOOP("Columns", "借出给")))
OWNER_LOAN_COLUMNS = (Column("loan_no", QT_TRANSLATE_NOOP("Columns", "借匙单号")),
                      Column("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
                      Column("borrower_name", QT_TRANSLATE_NOOP("Columns", "借匙人")),
                      Column("borrower_type", QT_TRANSLATE_NOOP("Columns", "类别"), values="key.borrower_type"),
                      Column("purpose", QT_TRANSLATE_NOOP("Columns", "事由")),
                      Column("approver", QT_TRANSLATE_NOOP("Columns", "审批")),
                      Column("time_out", QT_TRANSLATE_NOOP("Columns", "借出时间"), "datetime"),
                      Column("due_time", QT_TRANSLATE_NOOP("Columns", "应还时间"), "datetime"),
                      Column("time_in", QT_TRANSLATE_NOOP("Columns", "归还时间"), "datetime"),
                      Column("status_label", QT_TRANSLATE_NOOP("Columns", "状态"), values="key.owner_loan_status"),
                      Column("chase_log", QT_TRANSLATE_NOOP("Columns", "催还记录")))
LOSS_COLUMNS = (Column("application_no", QT_TRANSLATE_NOOP("Columns", "申请单号")),
                Column("apply_date", QT_TRANSLATE_NOOP("Columns", "申请日期"), "date"),
                Column("student_no", QT_TRANSLATE_NOOP("Columns", "学号")),
                Column("name", QT_TRANSLATE_NOOP("Columns", "姓名")),
                Column("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
                Column("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
                Column("key_type", QT_TRANSLATE_NOOP("Columns", "钥匙类型"), values="key.type"),
                Column("qty", QT_TRANSLATE_NOOP("Columns", "数量"), "int"),
                Column("action", QT_TRANSLATE_NOOP("Columns", "处理方式"), values="key.loss_action"),
                Column("reason", QT_TRANSLATE_NOOP("Columns", "原因"), values="key.loss_reason"),
                Column("fee", QT_TRANSLATE_NOOP("Columns", "费用"), "money"),
                Column("receipt_no", QT_TRANSLATE_NOOP("Columns", "收据号")),
                Column("status_label", QT_TRANSLATE_NOOP("Columns", "状态"), values="key.loss_status"),
                Column("done_date", QT_TRANSLATE_NOOP("Columns", "完成日期"), "date"))


def _table(view, model):
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    view.horizontalHeader().setStretchLastSection(True)


class IssueTab(QObject):
    """钥匙发放: scan, quantities prefilled per type, deposit, one click to issue and print."""

    def __init__(self, page):
        super().__init__(page)
        self.page, self.ui, self.ctx = page, page.ui, page.ctx
        self.info = None
        self.spins: dict[int, QSpinBox] = {}
        self.model = RowTableModel(ISSUE_COLUMNS, self)
        _table(self.ui.issues_view, self.model)
        feedback.show_inline(self.ui.issue_error_label, None)
        self.guard = LookupGuard(self.ui.issue_student_edit, self.drop)  # editing 学号 drops the student
        self._set_enabled(False)

    def connect_signals(self):
        u = self.ui
        u.issue_student_edit.returnPressed.connect(self.lookup)
        u.issue_lookup_button.clicked.connect(self.lookup)
        u.issue_button.clicked.connect(self.issue)
        u.print_receipt_button.clicked.connect(self.reprint)
        u.key_return_button.clicked.connect(self.key_return)
        u.tabs.currentChanged.connect(lambda _i: u.tabs.currentWidget() is u.issue_tab and self.reload())

    def reload(self):
        try:
            self.model.set_rows(keys_issue.recent_issues(self.ctx))
            self.ui.issues_view.resizeColumnsToContents()
        except DormDeskError as exc:
            feedback.show_inline(self.ui.issue_error_label, feedback.error_text(exc))

    def drop(self):
        """Forget the looked-up student (the 学号 box was edited, or the page was left)."""
        self.info = None
        self.guard.forget()
        self._set_enabled(False)
        self.ui.issue_student_label.setText(self.tr("请输入学号并按回车查询。"))
        grid = self.ui.quantities_layout
        while grid.count():
            grid.takeAt(0).widget().deleteLater()
        self.spins = {}

    def _current(self) -> bool:
        """Act only on the student the 学号 box still names."""
        if self.info is not None and self.guard.current():
            return True
        self.drop()
        feedback.show_inline(self.ui.issue_error_label, self.tr("学号已改动，请按回车查询后再办理。"))
        return False

    def _set_enabled(self, on: bool):
        self.ui.issue_button.setEnabled(on and self.ctx.can("keys.issue"))
        self.ui.key_return_button.setEnabled(on and self.ctx.can("keys.return"))

    @Slot()
    def lookup(self):
        u = self.ui
        feedback.show_inline(u.issue_error_label, None)
        try:
            info = keys_issue.student_keys(self.ctx, u.issue_student_edit.text())
        except DormDeskError as exc:
            self.drop()
            feedback.show_inline(u.issue_error_label, feedback.error_text(exc))
            return
        self.info = info
        self.guard.loaded()
        held = vocab.join(f"{vocab.label('key.type', h.name)}{h.qty}" for h in info.held if h.qty) or self.tr("无")
        u.issue_student_label.setText(
            self.tr("%1（%2） %3 %4  %5 %6 室 %7 床   已持有：%8").replace("%1", info.name).replace("%2", info.student_no)
            .replace("%3", info.college or "").replace("%4", info.class_name or "").replace("%5", info.building)
            .replace("%6", info.room_no).replace("%7", info.bed_no).replace("%8", held))
        grid = u.quantities_layout
        while grid.count():
            grid.takeAt(0).widget().deleteLater()
        self.spins = {}
        for i, d in enumerate(info.defaults):
            spin = QSpinBox()
            spin.setRange(0, 10)
            spin.setValue(d.qty)
            spin.setMaximumWidth(90)
            grid.addWidget(QLabel(vocab.label("key.type", d.name)), i // 3, (i % 3) * 2)
            grid.addWidget(spin, i // 3, (i % 3) * 2 + 1)
            self.spins[d.key_type_id] = spin
        grid.setColumnStretch(6, 1)
        u.deposit_spin.setValue(float(info.deposit_default))
        self._set_enabled(True)
        u.issue_button.setFocus()

    @Slot()
    def issue(self):
        if not self._current():
            return
        u = self.ui
        try:
            res = keys_issue.issue_keys(self.ctx, self.info.student_no, {t: s.value() for t, s in self.spins.items()},
                                        deposit=u.deposit_spin.value(), remarks=u.issue_remarks_edit.text())
        except DormDeskError as exc:
            feedback.show_inline(u.issue_error_label, feedback.error_text(exc))
            return
        feedback.status(self.page, self.tr("已发放 %1 把钥匙，登记编号 %2").replace("%1", str(res.total))
                        .replace("%2", res.issue_no))
        self.last_issue_no = res.issue_no
        self._print(res.issue_no)
        u.issue_remarks_edit.clear()
        self.lookup()
        self.reload()

    def _print(self, issue_no: str):
        try:
            out = keys_registers.print_receipt(self.ctx, issue_no, self.page.prints_dir() / f"钥匙领取单_{issue_no}.pdf")
        except DormDeskError as exc:
            self.page.show_error(exc)
            return
        self.page.open_pdf(out)

    @Slot()
    def reprint(self):
        row = self.model.row_at(self.ui.issues_view.currentIndex())
        if row is None:
            feedback.show_inline(self.ui.issue_error_label, self.tr("请在列表中选择一条发放登记。"))
            return
        self._print(row.issue_no)

    @Slot()
    def key_return(self):
        if not self._current():
            return
        text = f"{self.info.name}（{self.info.student_no}） {self.info.building} {self.info.room_no}"
        try:
            result = KeyReturnDialog.ask(self.page, self.ctx, self.info.student_id, text)
        except DormDeskError as exc:
            self.page.show_error(exc)
            return
        if result is not None:
            feedback.status(self.page, self.tr("钥匙交回 %1：应交 %2 实交 %3，赔偿 %4 元").replace("%1", result.return_no)
                            .replace("%2", str(result.expected)).replace("%3", str(result.returned))
                            .replace("%4", f"{result.compensation:.2f}"))
            self.lookup()


class _ServiceTab(QObject):
    """A tab whose buttons each call one service function, then reload (or show the refusal)."""

    def _run(self, fn, *args):
        try:
            result = fn(*args)
        except DormDeskError as exc:
            self.page.show_error(exc)
            return None
        self.reload()
        return result


class OwnerTab(_ServiceTab):
    """业主钥匙: deposits, loans by category, return with inspection, extension, chase log."""

    def __init__(self, page):
        super().__init__(page)
        self.page, self.ui, self.ctx = page, page.ui, page.ctx
        self.deposits = RowTableModel(DEPOSIT_COLUMNS, self)
        self.loans = RowTableModel(OWNER_LOAN_COLUMNS, self, highlight=lambda r: OVERDUE_COLOR if r.overdue else None)
        _table(self.ui.deposits_view, self.deposits)
        _table(self.ui.owner_loans_view, self.loans)

    def connect_signals(self):
        u = self.ui
        u.new_deposit_button.clicked.connect(self.new_deposit)
        u.withdraw_button.clicked.connect(self.withdraw)
        u.lend_owner_button.clicked.connect(self.lend)
        u.return_owner_button.clicked.connect(self.return_key)
        u.extend_owner_button.clicked.connect(self.extend)
        u.chase_owner_button.clicked.connect(self.chase)
        u.owner_open_only_check.toggled.connect(self.reload)
        u.tabs.currentChanged.connect(lambda _i: u.tabs.currentWidget() is u.owner_tab and self.reload())

    def reload(self, *_):
        try:
            self.deposits.set_rows(keys_owner.list_deposits(self.ctx))
            self.loans.set_rows(keys_owner.list_owner_loans(self.ctx, open_only=self.ui.owner_open_only_check.isChecked()))
            self.ui.deposits_view.resizeColumnsToContents()
            self.ui.owner_loans_view.resizeColumnsToContents()
        except DormDeskError as exc:
            self.page.show_error(exc)

    def _deposit(self):
        return self.deposits.row_at(self.ui.deposits_view.currentIndex())

    def _loan(self):
        return self.loans.row_at(self.ui.owner_loans_view.currentIndex())

    @Slot()
    def new_deposit(self):
        if OwnerKeyDepositDialog.ask(self.page, self.ctx) is not None:
            self.reload()

    @Slot()
    def withdraw(self):
        dep = self._deposit()
        if dep is None:
            return
        sign = feedback.ask_text(self.page, self.tr("业主取回钥匙，业主签名（姓名）："), self.tr("业主取回"))
        if sign:
            self._run(keys_owner.withdraw_owner_key, self.ctx, dep.id, sign, dep.version)

    @Slot()
    def lend(self):
        dep = self._deposit()
        if dep is not None and OwnerKeyLoanDialog.ask(self.page, self.ctx, dep) is not None:
            self.reload()

    @Slot()
    def return_key(self):
        loan = self._loan()
        if loan is not None and loan.time_in is None and OwnerKeyReturnDialog.ask(self.page, self.ctx, loan) is not None:
            self.reload()

    @Slot()
    def extend(self):
        loan = self._loan()
        if loan is None:
            return
        reason = feedback.ask_text(self.page, self.tr("延期一天的原因："), self.tr("延期归还"))
        if reason:
            self._run(keys_owner.extend_owner_loan, self.ctx, loan.id, reason, loan.version)

    @Slot()
    def chase(self):
        loan = self._loan()
        if loan is None:
            return
        note = feedback.ask_text(self.page, self.tr("催还情况（电话联系结果）："), self.tr("催还记录"))
        if note:
            self._run(keys_owner.chase_owner_loan, self.ctx, loan.id, note, loan.version)


class LossTab(_ServiceTab):
    """挂失赔偿: report, payment, completion (a lock change lists who needs new keys), cancel."""

    def __init__(self, page):
        super().__init__(page)
        self.page, self.ui, self.ctx = page, page.ui, page.ctx
        self.model = RowTableModel(LOSS_COLUMNS, self)
        _table(self.ui.losses_view, self.model)

    def connect_signals(self):
        u = self.ui
        u.new_loss_button.clicked.connect(self.new_loss)
        u.pay_loss_button.clicked.connect(self.pay)
        u.complete_loss_button.clicked.connect(self.complete)
        u.cancel_loss_button.clicked.connect(self.cancel)
        u.tabs.currentChanged.connect(lambda _i: u.tabs.currentWidget() is u.loss_tab and self.reload())

    def reload(self, *_):
        try:
            self.model.set_rows(keys_losses.list_losses(self.ctx, limit=500))
            self.ui.losses_view.resizeColumnsToContents()
        except DormDeskError as exc:
            self.page.show_error(exc)

    def _row(self):
        return self.model.row_at(self.ui.losses_view.currentIndex())

    @Slot()
    def new_loss(self):
        if KeyLossDialog.ask(self.page, self.ctx) is not None:
            self.reload()

    @Slot()
    def pay(self):
        row = self._row()
        if row is None:
            return
        receipt = feedback.ask_text(self.page, self.tr("缴费收据号："), self.tr("登记缴费"))
        if receipt:
            self._run(keys_losses.pay_loss, self.ctx, row.id, receipt, row.version)

    @Slot()
    def complete(self):
        row = self._row()
        if row is None:
            return
        done = self._run(keys_losses.complete_loss, self.ctx, row.id, row.version)
        if done is not None:
            text = self.tr("%1 已完成。").replace("%1", done.application_no)
            if done.voided:
                text += self.tr("作废旧钥匙 %1 把；需补发新钥匙：%2").replace("%1", str(done.voided)) \
                    .replace("%2", "、".join(done.reissue_to) or self.tr("无"))
            self.ui.loss_result_label.setText(text)

    @Slot()
    def cancel(self):
        row = self._row()
        if row is None:
            return
        reason = feedback.ask_text(self.page, self.tr("撤销理由（如：钥匙已找到）："), self.tr("撤销挂失"))
        if reason:
            self._run(keys_losses.cancel_loss, self.ctx, row.id, reason, row.version)

"""The key page: the spare-key counter (scan a 学号, Enter, lend with F2, return with F3; the list of
keys out refreshes by itself and overdue rows are red) and "where is this key now" with the
registers and tags. The issue, owner-key and loss tabs live in keys_page_tabs.py."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHeaderView, QInputDialog

from app import feedback, paths, vocab
from app.controllers.key_prices_dialog import KeyPricesDialog
from app.controllers.keys_page_tabs import IssueTab, LossTab, OwnerTab
from app.controllers.page import Page
from app.errors import DormDeskError
from app.qtmodels.row_table import Column, RowTableModel
from app.services import keys_inventory, keys_loans, keys_registers, lookups, registers
from app.services.keys_common import PLEDGE_TYPES
from app.services.periods import Period, month_end
from app.texts import QT_TRANSLATE_NOOP
from app.widgets import value_combo
from app.widgets.lookup_guard import LookupGuard
from ui.generated.ui_keys_page import Ui_KeysPage

REFRESH_MS = 30_000
OVERDUE_COLOR = "#f8d7da"

SPARE_COLUMNS = (Column("hook", QT_TRANSLATE_NOOP("Columns", "挂钩")),
                 Column("key_type", QT_TRANSLATE_NOOP("Columns", "钥匙类型"), values="key.type"),
                 Column("tag_code", QT_TRANSLATE_NOOP("Columns", "钥匙编号")),
                 Column("status_label", QT_TRANSLATE_NOOP("Columns", "状态"), values="key.status"))
LOAN_COLUMNS = (Column("loan_no", QT_TRANSLATE_NOOP("Columns", "序号")),
                Column("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
                Column("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
                Column("hook", QT_TRANSLATE_NOOP("Columns", "挂钩")),
                Column("name", QT_TRANSLATE_NOOP("Columns", "姓名")),
                Column("student_no", QT_TRANSLATE_NOOP("Columns", "学号")),
                Column("pledged_id_type", QT_TRANSLATE_NOOP("Columns", "抵押证件"), values="key.pledge_type"),
                Column("time_out", QT_TRANSLATE_NOOP("Columns", "借出时间"), "datetime"),
                Column("due_time", QT_TRANSLATE_NOOP("Columns", "应还时间"), "datetime"),
                Column("status_label", QT_TRANSLATE_NOOP("Columns", "状态"), values="key.loan_status"),
                Column("attendant", QT_TRANSLATE_NOOP("Columns", "值班员")))
WHERE_COLUMNS = (Column("tag_code", QT_TRANSLATE_NOOP("Columns", "钥匙编号")),
                 Column("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
                 Column("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
                 Column("key_type", QT_TRANSLATE_NOOP("Columns", "类型"), values="key.type"),
                 Column("kind", QT_TRANSLATE_NOOP("Columns", "类别"), values="key.kind"),
                 Column("hook", QT_TRANSLATE_NOOP("Columns", "挂钩")),
                 Column("status_label", QT_TRANSLATE_NOOP("Columns", "状态"), values="key.status"),
                 Column("where", QT_TRANSLATE_NOOP("Columns", "现在在哪里")))
HISTORY_COLUMNS = (Column("at", QT_TRANSLATE_NOOP("Columns", "时间"), "datetime"),
                   Column("kind", QT_TRANSLATE_NOOP("Columns", "动作"), values="key.movement"),
                   Column("student", QT_TRANSLATE_NOOP("Columns", "学生")),
                   Column("ref", QT_TRANSLATE_NOOP("Columns", "单号")),
                   Column("by_user", QT_TRANSLATE_NOOP("Columns", "经办")))


class KeysPage(Page):
    """The 钥匙 page (navigation key "keys")."""

    ui_class = Ui_KeysPage

    def _init_widgets(self):
        u = self.ui
        self.spare_model = RowTableModel(SPARE_COLUMNS, self)
        self.loans_model = RowTableModel(LOAN_COLUMNS, self, highlight=lambda r: OVERDUE_COLOR if r.overdue else None)
        self.where_model = RowTableModel(WHERE_COLUMNS, self, highlight=lambda r: OVERDUE_COLOR if r.overdue else None)
        self.history_model = RowTableModel(HISTORY_COLUMNS, self)
        for view, model in ((u.spare_keys_view, self.spare_model), (u.open_loans_view, self.loans_model),
                            (u.where_view, self.where_model), (u.history_view, self.history_model)):
            view.setModel(model)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
            view.horizontalHeader().setStretchLastSection(True)
        u.spare_keys_view.setMaximumHeight(130)
        value_combo.fill(u.pledge_type_combo, "key.pledge_type", PLEDGE_TYPES, current="student")
        u.lend_button.setText(self.tr("借出 (F2)"))
        u.lend_button.setShortcut(QKeySequence("F2"))
        u.return_own_button.setText(self.tr("归还此学生借的钥匙 (F3)"))
        u.return_own_button.setShortcut(QKeySequence("F3"))
        u.lend_button.setEnabled(False)
        u.return_own_button.setEnabled(False)
        feedback.show_inline(u.loan_error_label, None)
        for kind, source in sorted(registers_catalog().items()):
            if kind.startswith(("key-", "spare-", "owner-key", "lock-renewal")):
                u.register_combo.addItem(QCoreApplication.translate("Registers", source.title), kind)
        u.month_edit.setDate(QDate.currentDate())
        self.counter = None          # CounterInfo of the scanned student
        self.counter_guard = LookupGuard(u.scan_edit, self._drop_counter)  # editing 学号 drops the student
        self.other_room = None       # (room id, keys) when a supervisor lends another room's key
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        can = self.ctx.can
        for widget, permission in ((u.return_button, "keys.return"), (u.export_button, "key-issues.export"),
                                   (u.tags_button, "keys.print"), (u.spare_setup_button, "keys.create"),
                                   (u.new_deposit_button, "keys.create"), (u.withdraw_button, "keys.return"),
                                   (u.lend_owner_button, "keys.lend"), (u.return_owner_button, "keys.return"),
                                   (u.extend_owner_button, "keys.record"), (u.chase_owner_button, "keys.record"),
                                   (u.new_loss_button, "keys.report"), (u.pay_loss_button, "keys.record"),
                                   (u.complete_loss_button, "keys.complete"), (u.cancel_loss_button, "keys.void")):
            widget.setVisible(can(permission))
        self.issue_tab = IssueTab(self)
        self.owner_tab = OwnerTab(self)
        self.loss_tab = LossTab(self)

    def _connect_signals(self):
        u = self.ui
        u.scan_edit.returnPressed.connect(self._on_scan_edit_return_pressed)
        u.lookup_button.clicked.connect(self._on_scan_edit_return_pressed)
        u.other_room_button.clicked.connect(self._on_other_room_button_clicked)
        u.other_room_edit.returnPressed.connect(self._on_other_room_button_clicked)
        u.lend_button.clicked.connect(self._on_lend_button_clicked)
        u.return_own_button.clicked.connect(self._on_return_own_button_clicked)
        u.return_button.clicked.connect(self._on_return_button_clicked)
        u.open_loans_view.doubleClicked.connect(self._on_return_button_clicked)
        u.refresh_loans_button.clicked.connect(self.reload_loans)
        u.overdue_only_check.toggled.connect(self.reload_loans)
        self.refresh_timer.timeout.connect(self._on_refresh_timer_timeout)
        u.where_edit.returnPressed.connect(self._on_where_button_clicked)
        u.where_button.clicked.connect(self._on_where_button_clicked)
        u.where_view.selectionModel().currentRowChanged.connect(self._on_where_current_row_changed)
        u.export_button.clicked.connect(self._on_export_button_clicked)
        u.tags_button.clicked.connect(self._on_tags_button_clicked)
        u.prices_button.clicked.connect(self._on_prices_button_clicked)
        u.spare_setup_button.clicked.connect(self._on_spare_setup_button_clicked)
        self.issue_tab.connect_signals()
        self.owner_tab.connect_signals()
        self.loss_tab.connect_signals()

    def reload(self, then=None, got=None):
        self.refresh_timer.start()
        self.ui.scan_edit.setFocus()
        super().reload(then, got)

    def loader(self):
        ctx, overdue_only = self.ctx, self.ui.overdue_only_check.isChecked()
        return lambda: keys_loans.open_loans(ctx, overdue_only=overdue_only)

    def show_loaded(self, rows):
        self._show_loans(rows)

    def hideEvent(self, event):  # noqa: N802 - Qt API
        self.refresh_timer.stop()
        if not event.spontaneous():  # leaving the page (not minimising): the next visit starts afresh
            self._clear_counter()
            self.ui.scan_edit.clear()
            self.issue_tab.drop()
        super().hideEvent(event)

    def apply_filter(self, key: str) -> None:
        """Opened from a dashboard number: spare-open, spare-overdue or owner-open."""
        if key.startswith("spare"):
            self.ui.tabs.setCurrentWidget(self.ui.loan_tab)
            self.ui.overdue_only_check.setChecked(key == "spare-overdue")
        elif key.startswith("owner"):
            self.ui.tabs.setCurrentWidget(self.ui.owner_tab)
            self.ui.owner_open_only_check.setChecked(True)
            self.owner_tab.reload()

    def show_error(self, exc: Exception) -> None:
        feedback.show_error(self, exc)

    def open_pdf(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # Spare-key counter ----------------------------------------------------------------------------
    @Slot()
    def _on_scan_edit_return_pressed(self):
        u = self.ui
        feedback.show_inline(u.loan_error_label, None)
        self.other_room = None
        try:
            info = keys_loans.counter_lookup(self.ctx, u.scan_edit.text())
        except DormDeskError as exc:
            self._clear_counter()
            feedback.show_inline(u.loan_error_label, feedback.error_text(exc))
            u.scan_edit.selectAll()
            return
        self.counter = info
        self._show_keys(info.keys)
        text = self.tr("%1（%2）  %3 %4 室 %5 床").replace("%1", info.name).replace("%2", info.student_no) \
            .replace("%3", info.building).replace("%4", info.room_no).replace("%5", info.bed_no)
        if info.open_loan_no:
            text += self.tr("  —  已借钥匙未还（%1），按 F3 归还").replace("%1", info.open_loan_no)
        if not info.keys:
            text += self.tr("  —  本室没有备用钥匙")
        u.student_info_label.setText(text)
        u.return_own_button.setEnabled(info.open_loan_id is not None and self.ctx.can("keys.return"))
        u.pledge_no_edit.setText(info.student_no if u.pledge_type_combo.currentData() == "student" else "")
        self.counter_guard.loaded()
        # a scanner user scans, presses F2/F3 and scans again: the focus stays in 学号, selected, so
        # the next scan replaces the number (and drops this student) instead of typing elsewhere
        u.scan_edit.setFocus()
        u.scan_edit.selectAll()

    def _show_keys(self, keys) -> None:
        self.spare_model.set_rows(keys)
        first = next((i for i, k in enumerate(keys) if k.available), None)
        self.ui.lend_button.setEnabled(first is not None and self.ctx.can("keys.lend"))
        if first is not None:
            self.ui.spare_keys_view.selectRow(first)

    def _clear_counter(self):
        self.counter = None
        self.other_room = None
        self.counter_guard.forget()
        self.spare_model.set_rows([])
        self.ui.student_info_label.setText(self.tr("请扫描学生证或输入学号。"))
        self.ui.lend_button.setEnabled(False)
        self.ui.return_own_button.setEnabled(False)
        self.ui.pledge_no_edit.clear()
        self.ui.pledge_type_combo.setCurrentText("学生证")

    def _drop_counter(self):
        """The 学号 box was edited after a lookup: the student shown is no longer the one asked for."""
        self._clear_counter()
        self.ui.student_info_label.setText(self.tr("学号已改动，请按回车查询后再借出或归还。"))

    def _counter_current(self) -> bool:
        """Refuse to act unless the student shown is the one the 学号 box names."""
        if self.counter is not None and self.counter_guard.current():
            return True
        self._drop_counter()
        feedback.show_inline(self.ui.loan_error_label, self.tr("学号已改动，请按回车查询后再借出或归还。"))
        self.ui.scan_edit.setFocus()
        return False

    @Slot()
    def _on_other_room_button_clicked(self):
        if self.counter is None:
            feedback.show_inline(self.ui.loan_error_label, self.tr("请先扫描借用学生的学号。"))
            return
        try:
            self.other_room = keys_loans.room_spare_keys(self.ctx, self.counter.building_id,
                                                         self.ui.other_room_edit.text())
        except DormDeskError as exc:
            feedback.show_inline(self.ui.loan_error_label, feedback.error_text(exc))
            return
        self._show_keys(self.other_room[1])

    @Slot()
    def _on_lend_button_clicked(self):
        u = self.ui
        if not self._counter_current():
            return
        key = self.spare_model.row_at(u.spare_keys_view.currentIndex())
        if key is None or not key.available:
            feedback.show_inline(u.loan_error_label, self.tr("请选择一把在钥匙板上的备用钥匙。"))
            return
        reason = None
        if self.other_room is not None and self.other_room[0] != self.counter.room_id:
            reason = feedback.ask_text(self, self.tr("该学生不住在此房间。越权借出的理由："), self.tr("主管越权借出"))
            if not reason:
                return
        try:
            loan = keys_loans.lend_spare(self.ctx, self.counter.student_no, key.key_id, u.pledge_type_combo.currentData(),
                                         u.pledge_no_edit.text(), override_reason=reason)
        except DormDeskError as exc:
            feedback.show_inline(u.loan_error_label, feedback.error_text(exc))
            return
        feedback.status(self, self.tr("已借出 %1 %2 给 %3，应还 %4").replace("%1", loan.room_no)
                        .replace("%2", loan.hook or loan.tag_code).replace("%3", loan.name)
                        .replace("%4", f"{loan.due_time:%H:%M}"))
        self._after_change()

    @Slot()
    def _on_return_own_button_clicked(self):
        if self._counter_current() and self.counter.open_loan_id is not None:
            self._return(self.counter.open_loan_id)

    @Slot()
    def _on_return_button_clicked(self, *_):
        loan = self.loans_model.row_at(self.ui.open_loans_view.currentIndex())
        if loan is None:
            feedback.show_inline(self.ui.loan_error_label, self.tr("请在列表中选择要归还的借用。"))
            return
        question = self.tr("%1 %2 借的 %3 钥匙已归还？").replace("%1", loan.name).replace("%2", loan.student_no) \
            .replace("%3", f"{loan.room_no} {loan.hook or loan.tag_code}")
        if feedback.confirm(self, question):
            self._return(loan.id)

    def _return(self, loan_id: int):
        try:
            loan = keys_loans.return_spare(self.ctx, loan_id)
        except DormDeskError as exc:
            feedback.show_inline(self.ui.loan_error_label, feedback.error_text(exc))
            self.reload_loans()
            return
        feedback.status(self, self.tr("%1 已归还，请退还%2").replace("%1", f"{loan.room_no} {loan.hook or ''}")
                        .replace("%2", vocab.label("key.pledge_type", loan.pledged_id_type)))
        self._after_change()

    def _after_change(self):
        feedback.show_inline(self.ui.loan_error_label, None)
        self._clear_counter()
        self.ui.scan_edit.clear()
        self.ui.scan_edit.setFocus()
        self.reload_loans()
        self.sig_badge_changed.emit()

    @Slot()
    def reload_loans(self, *_):
        """After a loan or return at the counter: the list (off the UI thread)."""
        self.reload()

    def _show_loans(self, rows):
        self.loans_model.set_rows(rows)
        self.ui.open_loans_view.resizeColumnsToContents()
        overdue = sum(r.overdue for r in rows)
        self.ui.overdue_label.setText(self.tr("借出 %1 把，逾期 %2 把").replace("%1", str(len(rows)))
                                      .replace("%2", str(overdue)))

    @Slot()
    def _on_refresh_timer_timeout(self):
        if self.isVisible():
            Page.reload(self)  # off the UI thread; the focus stays where the clerk is typing
            self.sig_badge_changed.emit()

    # Where is this key ----------------------------------------------------------------------------
    @Slot()
    def _on_where_button_clicked(self):
        try:
            rows = keys_inventory.where_is(self.ctx, self.ui.where_edit.text(),
                                           include_gone=self.ui.include_gone_check.isChecked())
        except DormDeskError as exc:
            self.show_error(exc)
            return
        self.where_model.set_rows(rows)
        self.history_model.set_rows([])
        self.ui.where_view.resizeColumnsToContents()
        if rows:
            self.ui.where_view.selectRow(0)

    @Slot()
    def _on_where_current_row_changed(self, current, _previous):
        row = self.where_model.row_at(current)
        if row is not None:
            self.history_model.set_rows(keys_inventory.key_history(self.ctx, row.key_id))

    @Slot()
    def _on_export_button_clicked(self):
        kind = self.ui.register_combo.currentData()
        day = self.ui.month_edit.date().toPython().replace(day=1)
        period = Period(day, month_end(day))
        name = f"{self.ui.register_combo.currentText()}_{day:%Y-%m}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出登记表"), name, "Excel (*.xlsx)")
        if not path:
            return
        self.state.tasks.run(lambda p, _c: registers.export(self.ctx, kind, period, None, Path(path), p),
                             parent=self, label=self.tr("正在导出…"), disable=self.ui.export_button,
                             on_done=lambda out: feedback.status(self, self.tr("已导出 %1").replace("%1", str(out))),
                             on_error=self.show_error)

    @Slot()
    def _on_tags_button_clicked(self):
        spec = feedback.ask_text(self, self.tr("楼栋和房号范围，例如 1号楼:101-120（只写楼栋则打印全楼）："),
                                 self.tr("打印钥匙标签"))
        if not spec:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存钥匙标签"), "钥匙标签.pdf", "PDF (*.pdf)")
        if not path:
            return
        try:
            out = keys_registers.print_tags(self.ctx, spec, Path(path))
        except DormDeskError as exc:
            self.show_error(exc)
            return
        self.open_pdf(out)

    @Slot()
    def _on_prices_button_clicked(self):
        changed = KeyPricesDialog.ask(self, self.ctx)
        if changed:
            feedback.status(self, self.tr("已保存 %1 项价目").replace("%1", str(changed)))

    @Slot()
    def _on_spare_setup_button_clicked(self):
        choices = lookups.buildings(self.ctx)
        if not choices:
            return
        name, ok = QInputDialog.getItem(self, self.tr("建立备用钥匙"),
                                        self.tr("为楼栋中还没有备用钥匙的房间各建一把房门备用钥匙（自动分配挂钩和编号）："),
                                        [c.name for c in choices], 0, False)
        if not ok:
            return
        try:
            created = keys_inventory.ensure_spare_keys(self.ctx, next(c.id for c in choices if c.name == name))
        except DormDeskError as exc:
            self.show_error(exc)
            return
        feedback.status(self, self.tr("%1 新增备用钥匙 %2 把").replace("%1", name).replace("%2", str(created)))

    def prints_dir(self) -> Path:
        folder = paths.data_dir() / "prints"
        folder.mkdir(parents=True, exist_ok=True)
        return folder


def registers_catalog():
    from app.services import catalog
    return catalog.registers()

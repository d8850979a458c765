"""The 邮件包裹 tab of the front-desk page: the items at the desk (or the last 90 days), several
selected at once for notice and hand-over, hold and return to sender; the 代寄 list below."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, Qt, Slot
from PySide6.QtWidgets import QHeaderView, QInputDialog

from app import feedback
from app.controllers.mail_handover_dialog import MailHandoverDialog
from app.controllers.mail_register_dialog import MailRegisterDialog
from app.controllers.outgoing_dialog import OutgoingDialog
from app.errors import DormDeskError
from app.qtmodels.row_table import Column, RowTableModel
from app.services import frontdesk_mail as fm
from app.services import frontdesk_outgoing as fo
from app.texts import QT_TRANSLATE_NOOP
from app.widgets import value_combo
from app.widgets.row_height import set_row_height


def _status(labels):
    return lambda value, _row: QCoreApplication.translate("FrontDesk", labels.get(value, value))


MAIL_COLUMNS = (
    Column("entry_no", QT_TRANSLATE_NOOP("Columns", "登记号")),
    Column("received_at", QT_TRANSLATE_NOOP("Columns", "收件时间"), "datetime"),
    Column("mail_type", QT_TRANSLATE_NOOP("Columns", "种类"), values="frontdesk.mail_type"),
    Column("tracking_no", QT_TRANSLATE_NOOP("Columns", "邮件号码")),
    Column("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
    Column("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
    Column("addressee", QT_TRANSLATE_NOOP("Columns", "收件人")),
    Column("status", QT_TRANSLATE_NOOP("Columns", "状态"), fmt=_status(fm.STATUS_LABELS)),
    Column("notified_at", QT_TRANSLATE_NOOP("Columns", "通知时间"), "datetime"),
    Column("hold_until", QT_TRANSLATE_NOOP("Columns", "保管至"), "date"),
    Column("collected_at", QT_TRANSLATE_NOOP("Columns", "领取时间"), "datetime"),
    Column("collector_name", QT_TRANSLATE_NOOP("Columns", "签收人"),
           fmt=lambda v, r: (v or "") + (QCoreApplication.translate("FrontDesk", "（代领）") if r.is_proxy else "")),
    Column("overdue", QT_TRANSLATE_NOOP("Columns", "超期"),
           fmt=lambda v, _r: QCoreApplication.translate("FrontDesk", v) if v else ""),
)
OUTGOING_COLUMNS = (
    Column("request_no", QT_TRANSLATE_NOOP("Columns", "登记号")),
    Column("request_date", QT_TRANSLATE_NOOP("Columns", "日期"), "datetime"),
    Column("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
    Column("sender_name", QT_TRANSLATE_NOOP("Columns", "寄件人")),
    Column("addressee_name", QT_TRANSLATE_NOOP("Columns", "收件人")),
    Column("addressee_address", QT_TRANSLATE_NOOP("Columns", "收件地址")),
    Column("shipping_method", QT_TRANSLATE_NOOP("Columns", "寄递方式"), values="frontdesk.shipping_method"),
    Column("fee", QT_TRANSLATE_NOOP("Columns", "邮费"), "money"),
    Column("tracking_no", QT_TRANSLATE_NOOP("Columns", "运单号")),
    Column("status", QT_TRANSLATE_NOOP("Columns", "状态"), fmt=_status(fo.STATUS_LABELS)),
)
# row tints by the overdue flag (the flag's text is the service's source string)
_COLOURS = {"超期未领": "#f8d0cc", "通知超时": "#fcf3cf"}


class MailTab(QObject):
    """Wires the mail widgets of the page's form; `page` gives ctx, ui and the shared helpers."""

    def __init__(self, page):
        super().__init__(page)
        self.page, self.ctx, self.ui = page, page.ctx, page.ui
        self.all_rows: list = []
        self.model = RowTableModel(MAIL_COLUMNS, self, highlight=lambda r: _COLOURS.get(r.overdue))
        self.outgoing_model = RowTableModel(OUTGOING_COLUMNS, self)
        for view, model, widths in ((self.ui.mail_table, self.model, (108, 124, 60, 140, 52, 44, 64, 54, 124, 84, 124, 90)),
                                    (self.ui.outgoing_table, self.outgoing_model, (112, 118, 56, 70, 70, 240, 64, 64, 130))):
            view.setModel(model)
            view.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)  # rows come newest first
            view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
            view.horizontalHeader().setStretchLastSection(True)
            set_row_height(view)
            for column, width in enumerate(widths):
                view.setColumnWidth(column, width)
        self.ui.mail_splitter.setSizes([520, 200])
        can = self.ctx.can
        self.ui.register_mail_button.setEnabled(can("frontdesk.create"))
        self.ui.outgoing_new_button.setEnabled(can("frontdesk.create"))
        self.ui.mail_export_button.setEnabled(can("mail.export"))
        ui = self.ui
        ui.mail_search_edit.textChanged.connect(self.apply_filters)
        # a new search names someone else: the items picked for the old one are dropped, so 交付 and
        # 通知 stay disabled until the new person's items are picked (never hand over the wrong ones)
        ui.mail_search_edit.textEdited.connect(lambda _t: self.select(set()))
        ui.mail_waiting_check.toggled.connect(self.reload)
        ui.mail_overdue_check.toggled.connect(self.apply_filters)
        ui.mail_table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.outgoing_table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.mail_table.doubleClicked.connect(self._on_mail_table_double_clicked)
        ui.register_mail_button.clicked.connect(self._on_register_mail_button_clicked)
        ui.notify_button.clicked.connect(self._on_notify_button_clicked)
        ui.hand_over_button.clicked.connect(self._on_hand_over_button_clicked)
        ui.hold_button.clicked.connect(self._on_hold_button_clicked)
        ui.return_button.clicked.connect(self._on_return_button_clicked)
        ui.void_mail_button.clicked.connect(self._on_void_mail_button_clicked)
        ui.outgoing_new_button.clicked.connect(self._on_outgoing_new_button_clicked)
        ui.outgoing_send_button.clicked.connect(self._on_outgoing_send_button_clicked)
        ui.outgoing_returned_button.clicked.connect(self._on_outgoing_returned_button_clicked)
        ui.outgoing_void_button.clicked.connect(self._on_outgoing_void_button_clicked)
        ui.mail_export_button.clicked.connect(lambda: page.export("mail", self.tr("小区邮件分发登记")))
        self._update_buttons()

    # Loading -----------------------------------------------------------------------------------------
    def loader(self):
        """The work that loads the tab (runs off the UI thread when the page is shown)."""
        ctx, waiting = self.ctx, self.ui.mail_waiting_check.isChecked()
        since = dt.datetime.combine(ctx.today() - dt.timedelta(days=90), dt.time.min)
        return lambda: (fm.list_mail(ctx, waiting_only=waiting, start=None if waiting else since),
                        fo.list_outgoing(ctx, start=since))

    def show_loaded(self, data):
        self.all_rows, outgoing = data
        self.outgoing_model.set_rows(outgoing)
        self.apply_filters()

    def reload(self, *_, then=None):
        """After a change or a filter switch: the page's lists (off the UI thread, then `then()`)."""
        self.page.reload(then)

    @Slot()
    def apply_filters(self, *_):
        keep = {r.id for r in self.selected()}
        rows = fm.filter_rows(self.all_rows, self.ui.mail_search_edit.text(),
                              overdue_only=self.ui.mail_overdue_check.isChecked())
        self.model.set_rows(rows)
        waiting = [r for r in self.all_rows if r.status in fm.WAITING]
        self.ui.mail_count_label.setText(
            self.tr("显示 %1 件；在前台 %2 件，超期/超时 %3 件").replace("%1", str(len(rows)))
            .replace("%2", str(len(waiting))).replace("%3", str(sum(1 for r in waiting if r.overdue))))
        self.select(keep)

    def select(self, ids) -> None:
        view = self.ui.mail_table
        view.clearSelection()
        for r, row in enumerate(self.model.rows):
            if row.id in ids:
                view.selectionModel().select(self.model.index(r, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)
        self._update_buttons()

    def selected(self) -> list:
        return [self.model.row_at(i) for i in self.ui.mail_table.selectionModel().selectedRows()]

    def selected_outgoing(self):
        rows = self.ui.outgoing_table.selectionModel().selectedRows()
        return self.outgoing_model.row_at(rows[0]) if rows else None

    @Slot()
    def _update_buttons(self, *_):
        rows = self.selected()
        waiting = bool(rows) and all(r.status in fm.WAITING for r in rows)
        can = self.ctx.can
        self.ui.notify_button.setEnabled(waiting and can("frontdesk.record"))
        self.ui.hand_over_button.setEnabled(waiting and can("frontdesk.record"))
        one = waiting and len(rows) == 1
        self.ui.hold_button.setEnabled(one and can("frontdesk.edit"))
        self.ui.return_button.setEnabled(one and can("frontdesk.return"))
        self.ui.void_mail_button.setEnabled(one and can("frontdesk.void"))
        out = self.selected_outgoing()
        self.ui.outgoing_send_button.setEnabled(bool(out and out.status == "requested") and can("frontdesk.record"))
        self.ui.outgoing_returned_button.setEnabled(bool(out and out.status == "sent") and can("frontdesk.return"))
        self.ui.outgoing_void_button.setEnabled(bool(out and out.status == "requested") and can("frontdesk.void"))

    def _done(self, ids, text: str) -> None:
        self.reload(then=lambda: self.select(set(ids)))  # the items just changed stay selected
        self.page.sig_badge_changed.emit()
        feedback.status(self.page, text)

    def _run(self, fn, ids, text):
        try:
            fn()
        except DormDeskError as exc:
            feedback.show_error(self.page, exc)
            return
        self._done(ids, text)

    # Incoming ---------------------------------------------------------------------------------------
    @Slot()
    def _on_register_mail_button_clicked(self):
        saved = MailRegisterDialog.ask(self.ctx, self.page)
        if saved:
            self._done({r.id for r in saved}, self.tr("已登记 %1 件邮件").replace("%1", str(len(saved))))

    @Slot()
    def _on_notify_button_clicked(self):
        rows = self.selected()
        method = value_combo.pick(self.page, self.tr("通知收件人"),
                                  self.tr("%1 件邮件，通知方式：").replace("%1", str(len(rows))),
                                  "frontdesk.notify_method", fm.NOTIFY_METHODS,
                                  fm.NOTIFY_METHODS.index("sms"))
        if method and rows:
            self._run(lambda: fm.notify(self.ctx, [r.id for r in rows], method), {r.id for r in rows},
                      self.tr("已通知 %1 件").replace("%1", str(len(rows))))

    @Slot()
    def _on_hand_over_button_clicked(self):
        rows = self.selected()
        if rows and MailHandoverDialog.ask(self.ctx, rows, self.page) is not None:
            self._done({r.id for r in rows}, self.tr("已交付 %1 件").replace("%1", str(len(rows))))

    @Slot()
    def _on_mail_table_double_clicked(self, _index):
        """The usual thing to do with an item at the desk: hand it over."""
        if self.ui.hand_over_button.isEnabled():
            self._on_hand_over_button_clicked()

    @Slot()
    def _on_hold_button_clicked(self):
        rows = self.selected()
        if not rows:
            return
        row = rows[0]
        days, ok = QInputDialog.getInt(self.page, self.tr("暂存"), self.tr("经收件人同意，再保管几天？"), 7, 1, 30)
        if not ok:
            return
        consent = feedback.ask_text(self.page, self.tr("收件人同意的方式（如：本人电话同意）："), self.tr("暂存 %1").replace("%1", row.entry_no))
        if consent:
            until = max(self.ctx.today(), row.hold_until) + dt.timedelta(days=days)
            self._run(lambda: fm.hold(self.ctx, row.id, until=until, consent=consent, expected_version=row.version),
                      {row.id}, self.tr("已暂存 %1").replace("%1", row.entry_no))

    @Slot()
    def _on_return_button_clicked(self):
        rows = self.selected()
        if not rows:
            return
        row = rows[0]
        reason = value_combo.pick(self.page, self.tr("退件"), self.tr("%1 %2 退件原因：").replace("%1", row.entry_no)
                                  .replace("%2", row.addressee), "frontdesk.return_reason", fm.RETURN_REASONS)
        if not reason:
            return
        to = value_combo.pick(self.page, self.tr("退件"), self.tr("退回："), "frontdesk.return_to", fm.RETURN_TO)
        if to:
            self._run(lambda: fm.return_to_sender(self.ctx, row.id, reason=reason, returned_to=to,
                                                  expected_version=row.version),
                      {row.id}, self.tr("已退件 %1").replace("%1", row.entry_no))

    @Slot()
    def _on_void_mail_button_clicked(self):
        rows = self.selected()
        if not rows:
            return
        row = rows[0]
        reason = feedback.ask_text(self.page, self.tr("作废原因（登记号保留）："), self.tr("作废 %1").replace("%1", row.entry_no))
        if reason:
            self._run(lambda: fm.void(self.ctx, row.id, reason=reason, expected_version=row.version), {row.id},
                      self.tr("已作废 %1").replace("%1", row.entry_no))

    # Outgoing ---------------------------------------------------------------------------------------
    @Slot()
    def _on_outgoing_new_button_clicked(self):
        row = OutgoingDialog.ask(self.ctx, self.page)
        if row is not None:
            self._done(set(), self.tr("已登记代寄 %1").replace("%1", row.request_no))

    @Slot()
    def _on_outgoing_send_button_clicked(self):
        out = self.selected_outgoing()
        no = out and feedback.ask_text(self.page, self.tr("运单号/邮件号码："), self.tr("寄出 %1").replace("%1", out.request_no))
        if no:
            self._run(lambda: fo.send(self.ctx, out.id, tracking_no=no, expected_version=out.version), set(),
                      self.tr("已寄出 %1").replace("%1", out.request_no))

    @Slot()
    def _on_outgoing_returned_button_clicked(self):
        out = self.selected_outgoing()
        note = out and feedback.ask_text(self.page, self.tr("退回原因及通知住户情况："), self.tr("登记退回 %1").replace("%1", out.request_no))
        if note:
            self._run(lambda: fo.mark_returned(self.ctx, out.id, note=note, expected_version=out.version), set(),
                      self.tr("已登记退回 %1").replace("%1", out.request_no))

    @Slot()
    def _on_outgoing_void_button_clicked(self):
        out = self.selected_outgoing()
        reason = out and feedback.ask_text(self.page, self.tr("作废原因："), self.tr("作废 %1").replace("%1", out.request_no))
        if reason:
            self._run(lambda: fo.void(self.ctx, out.id, reason=reason, expected_version=out.version), set(),
                      self.tr("已作废 %1").replace("%1", out.request_no))

"""The key page with qtbot: a spare-key loan from a scanned 学号 to its return (keyboard only), a bad
学号 shown inline, an issue with its receipt, the K4 return dialog, and "where is this key"."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pypdf import PdfReader

from app.controllers.key_return_dialog import KeyReturnDialog
from app.controllers.keys_page import KeysPage
from app.services import keys_inventory, keys_issue, keys_loans
from tests import factories
from tests.conftest import audit_count
from tests.gui.conftest import settle


@pytest.fixture
def page(qtbot, state, monkeypatch):
    b = factories.building(state.ctx.db, "1号楼", rooms=("101", "102"))
    factories.student(state.ctx.db, "2026001", "张三", b["beds"]["101"][0])
    factories.student(state.ctx.db, "2026002", "李四", b["beds"]["101"][1])
    keys_inventory.ensure_spare_keys(state.ctx, b["building"])
    opened = []
    monkeypatch.setattr(KeysPage, "open_pdf", lambda self, path: opened.append(Path(path)))
    widget = KeysPage(state)
    widget.opened = opened
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    settle(widget)  # the list of keys out loads off the UI thread
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def test_loan_from_scan_to_return_with_the_keyboard(qtbot, page, clock):
    ctx = page.ctx
    badge_changes = []
    page.sig_badge_changed.connect(lambda: badge_changes.append(1))
    assert page.ui.scan_edit.hasFocus() or page.ui.scan_edit.isEnabled()
    qtbot.keyClicks(page.ui.scan_edit, "2026001")
    qtbot.keyClick(page.ui.scan_edit, Qt.Key_Return)
    settle(page)
    assert "张三" in page.ui.student_info_label.text() and "101" in page.ui.student_info_label.text()
    assert page.spare_model.rowCount() == 1 and page.ui.lend_button.isEnabled()
    assert page.ui.pledge_no_edit.text() == "2026001"
    before = audit_count(ctx.db)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_F2)  # 借出 (the shortcut animates the click)
    qtbot.waitUntil(lambda: audit_count(ctx.db) == before + 1)
    settle(page)
    assert page.loans_model.rowCount() == 1
    loan = page.loans_model.row_at(0)
    assert (loan.name, loan.room_no, loan.status) == ("张三", "101", "open")
    assert page.ui.scan_edit.text() == "" and badge_changes
    # the same key cannot go out twice: the counter says so inline, nothing written
    qtbot.keyClicks(page.ui.scan_edit, "2026002")
    qtbot.keyClick(page.ui.scan_edit, Qt.Key_Return)
    settle(page)
    assert not page.ui.lend_button.isEnabled()
    # overdue shows red after the refresh timer fires
    clock.advance(minutes=45)
    page._on_refresh_timer_timeout()
    settle(page)
    assert page.loans_model.row_at(0).overdue and "逾期 1" in page.ui.overdue_label.text()
    assert keys_loans.count_overdue(ctx) == 1
    # the borrower comes back: scan, F3
    page.ui.scan_edit.clear()
    qtbot.keyClicks(page.ui.scan_edit, "2026001")
    qtbot.keyClick(page.ui.scan_edit, Qt.Key_Return)
    settle(page)
    assert page.ui.return_own_button.isEnabled() and "F3" in page.ui.student_info_label.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_F3)
    qtbot.waitUntil(lambda: page.loans_model.rowCount() == 0)
    assert keys_loans.count_overdue(ctx) == 0 and audit_count(ctx.db) == before + 2


def test_unknown_student_is_refused_inline(qtbot, page):
    before = audit_count(page.ctx.db)
    qtbot.keyClicks(page.ui.scan_edit, "999")
    qtbot.keyClick(page.ui.scan_edit, Qt.Key_Return)
    settle(page)
    assert "不存在" in page.ui.loan_error_label.text() and not page.ui.lend_button.isEnabled()
    assert audit_count(page.ctx.db) == before


def test_issue_prints_receipt_and_return_dialog_settles(qtbot, page, monkeypatch):
    u = page.ui
    u.tabs.setCurrentWidget(u.issue_tab)
    qtbot.keyClicks(u.issue_student_edit, "2026002")
    qtbot.keyClick(u.issue_student_edit, Qt.Key_Return)
    settle(page)
    assert len(page.issue_tab.spins) == 6
    qtbot.mouseClick(u.issue_button, Qt.LeftButton)
    settle(page)
    assert page.opened and page.opened[-1].exists()
    text = "".join(p.extract_text() for p in PdfReader(page.opened[-1]).pages)
    assert "钥匙领取单" in text and "YS2026-000001" in text and "李四" in text
    assert page.issue_tab.model.rowCount() == 1

    def fake_ask(parent, ctx, student_id, text):
        dialog = KeyReturnDialog(ctx, student_id, text, parent)
        assert "20.00" in dialog.ui.fee_label.text() or "0.00" in dialog.ui.fee_label.text()
        dialog.spins[min(dialog.spins)].setValue(0)  # one door key missing
        assert "20.00" in dialog.ui.fee_label.text()
        assert not dialog.submit()  # no receipt: refused inline
        assert "收据号" in dialog.ui.error_label.text()
        dialog.ui.receipt_edit.setText("SJ-1")
        assert dialog.submit()
        return dialog.result_value

    monkeypatch.setattr(KeyReturnDialog, "ask", staticmethod(fake_ask))
    qtbot.mouseClick(u.key_return_button, Qt.LeftButton)
    settle(page)
    s = page.ctx.db.read_session()
    assert keys_issue.checkout_check(s, page.ctx, page.issue_tab.info.student_id) is None
    s.close()


def test_where_is_this_key(qtbot, page):
    u = page.ui
    u.tabs.setCurrentWidget(u.query_tab)
    qtbot.keyClicks(u.where_edit, "101")
    qtbot.keyClick(u.where_edit, Qt.Key_Return)
    settle(page)
    assert page.where_model.rowCount() == 1
    assert "钥匙板 H001" in page.where_model.row_at(0).where
    assert page.history_model.rowCount() == 1  # 入库


def test_price_list_dialog_saves_changed_rows(qtbot, page):
    from PySide6.QtWidgets import QLabel

    from app.controllers.key_prices_dialog import KeyPricesDialog
    from app.services import keys_inventory
    dialog = KeyPricesDialog(page.ctx, page)
    qtbot.addWidget(dialog)
    t, qty, price = dialog.type_widgets[0]
    assert t.name == "door" and qty.value() == 1 and price.value() == 20
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "房门" in labels and "door" not in labels    # the type's label, never its code
    assert "更换锁芯（每间）" in labels and "cylinder" not in " ".join(labels)
    price.setValue(25)
    dialog.price_widgets[0][1].setValue(180)
    assert dialog.submit() and dialog.result_value == 2
    assert keys_inventory.list_key_types(page.ctx)[0].unit_price == 25
    assert {p.code: p.price for p in keys_inventory.list_prices(page.ctx)}[dialog.price_widgets[0][0].code] == 180


def test_spare_key_setup_and_tag_print(qtbot, page, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from app import feedback
    from app.controllers import keys_page as module
    factories.building(page.ctx.db, "2号楼", rooms=("201", "202", "203"))
    monkeypatch.setattr(module.QInputDialog, "getItem", lambda *a, **k: ("2号楼", True))
    qtbot.mouseClick(page.ui.spare_setup_button, Qt.LeftButton)
    settle(page)
    assert len(keys_inventory.where_is(page.ctx, "202")) == 1
    monkeypatch.setattr(feedback, "ask_text", lambda *a, **k: "2号楼:201-202")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "tags.pdf"), ""))
    qtbot.mouseClick(page.ui.tags_button, Qt.LeftButton)
    settle(page)
    assert page.opened[-1] == tmp_path / "tags.pdf"
    text = PdfReader(page.opened[-1]).pages[0].extract_text()
    assert "H001" in text and "H002" in text and "H003" not in text


def test_return_from_the_list_asks_first(qtbot, page, monkeypatch):
    from app import feedback
    key = keys_loans.counter_lookup(page.ctx, "2026002").keys[0]
    keys_loans.lend_spare(page.ctx, "2026002", key.key_id, "一卡通")
    page.reload_loans()
    settle(page)
    page.ui.open_loans_view.selectRow(0)
    answers = []
    monkeypatch.setattr(feedback, "confirm", lambda parent, text, title=None: answers.append(text) or False)
    qtbot.mouseClick(page.ui.return_button, Qt.LeftButton)
    settle(page)
    assert page.loans_model.rowCount() == 1 and "李四" in answers[0]
    monkeypatch.setattr(feedback, "confirm", lambda parent, text, title=None: True)
    qtbot.mouseClick(page.ui.return_button, Qt.LeftButton)
    settle(page)
    assert page.loans_model.rowCount() == 0


def test_owner_keys_and_losses_tabs(qtbot, page, monkeypatch):
    from app.controllers.key_loss_dialog import KeyLossDialog
    from app.controllers.owner_key_deposit_dialog import OwnerKeyDepositDialog
    from app.controllers.owner_key_loan_dialog import OwnerKeyLoanDialog
    from app.controllers.owner_key_return_dialog import OwnerKeyReturnDialog

    def filled(cls, fill):
        def ask(parent, ctx, *args):
            dialog = cls(ctx, *args, parent=parent)
            fill(dialog.ui)
            assert dialog.submit(), dialog.ui.error_label.text()
            return dialog.result_value
        return staticmethod(ask)

    u = page.ui
    u.tabs.setCurrentWidget(u.owner_tab)
    monkeypatch.setattr(OwnerKeyDepositDialog, "ask", filled(OwnerKeyDepositDialog, lambda f: (
        f.room_no_edit.setText("A-1201"), f.owner_name_edit.setText("陈业主"), f.signature_edit.setText("陈业主"))))
    qtbot.mouseClick(u.new_deposit_button, Qt.LeftButton)
    settle(page)
    assert page.owner_tab.deposits.rowCount() == 1
    u.deposits_view.selectRow(0)

    def loan_form(f):
        f.borrower_type_combo.setCurrentIndex(f.borrower_type_combo.findData("sales"))
        assert not f.approver_edit.isEnabled()
        f.borrower_name_edit.setText("周销售")
        f.purpose_edit.setText("带看")
    monkeypatch.setattr(OwnerKeyLoanDialog, "ask", filled(OwnerKeyLoanDialog, loan_form))
    qtbot.mouseClick(u.lend_owner_button, Qt.LeftButton)
    settle(page)
    assert page.owner_tab.loans.rowCount() == 1 and page.owner_tab.loans.row_at(0).borrower_name == "周销售"
    u.owner_loans_view.selectRow(0)
    monkeypatch.setattr(OwnerKeyReturnDialog, "ask", filled(OwnerKeyReturnDialog, lambda f: None))
    qtbot.mouseClick(u.return_owner_button, Qt.LeftButton)
    settle(page)
    assert page.owner_tab.loans.rowCount() == 0  # only open loans shown

    u.tabs.setCurrentWidget(u.loss_tab)
    keys_issue.issue_keys(page.ctx, "2026001", {keys_inventory.list_key_types(page.ctx)[0].id: 1})
    def loss_form(f):
        # the combos show labels and give codes (key.type, key.loss_action, key.loss_reason)
        assert (f.key_type_combo.currentText(), f.action_combo.currentText(), f.reason_combo.currentText()) == \
            ("房门", "补配钥匙", "丢失")
        assert (f.action_combo.currentData(), f.reason_combo.currentData()) == ("recut", "lost")
        f.student_no_edit.setText("2026001")
    monkeypatch.setattr(KeyLossDialog, "ask", filled(KeyLossDialog, loss_form))
    qtbot.mouseClick(u.new_loss_button, Qt.LeftButton)
    settle(page)
    assert page.loss_tab.model.rowCount() == 1 and page.loss_tab.model.row_at(0).fee == 20
    u.losses_view.selectRow(0)
    from app import feedback
    monkeypatch.setattr(feedback, "ask_text", lambda *a, **k: "SJ-77")
    qtbot.mouseClick(u.pay_loss_button, Qt.LeftButton)
    settle(page)
    u.losses_view.selectRow(0)
    qtbot.mouseClick(u.complete_loss_button, Qt.LeftButton)
    settle(page)
    assert page.loss_tab.model.row_at(0).status == "done" and "已完成" in u.loss_result_label.text()


def test_readonly_user_sees_no_counter_actions(qtbot, state, page):
    from tests.conftest import context_for
    from app.controllers.app_state import AppState
    readonly = KeysPage(AppState(context_for(state.ctx, "readonly"), state.tasks, state.settings))
    qtbot.addWidget(readonly)
    readonly.show()
    qtbot.keyClicks(readonly.ui.scan_edit, "2026001")
    qtbot.keyClick(readonly.ui.scan_edit, Qt.Key_Return)
    settle(page)
    assert "张三" in readonly.ui.student_info_label.text()
    assert not readonly.ui.lend_button.isEnabled() and readonly.ui.return_button.isHidden()
    assert not readonly.ui.export_button.isHidden()


def test_supervisor_lends_another_rooms_key_with_a_reason(qtbot, page, monkeypatch):
    from app import feedback
    u = page.ui
    qtbot.keyClicks(u.scan_edit, "2026001")
    qtbot.keyClick(u.scan_edit, Qt.Key_Return)
    settle(page)
    qtbot.keyClicks(u.other_room_edit, "102")
    qtbot.keyClick(u.other_room_edit, Qt.Key_Return)
    settle(page)
    assert page.spare_model.row_at(0).hook == "H002"
    monkeypatch.setattr(feedback, "ask_text", lambda *a, **k: "室友反锁，辅导员电话确认")
    qtbot.mouseClick(u.lend_button, Qt.LeftButton)
    settle(page)
    loan = page.loans_model.row_at(0)
    assert loan.room_no == "102" and loan.override_reason == "室友反锁，辅导员电话确认"

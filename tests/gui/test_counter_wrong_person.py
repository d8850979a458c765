"""Issue 15 items 1–2: a counter screen never acts on the wrong person or record. Each screen that
looks something up from a box and then acts on it is driven with its box changed between the
lookup and the action (typed, as a clerk or a scanner would, without Return): the action refuses
or waits for the new lookup, and nothing is written for the first person. Scanner flow: the focus
stays in 学号 and the 抵押证件 number is cleared after each lend and return."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from app.controllers.keys_page import KeysPage
from app.controllers.key_return_dialog import KeyReturnDialog
from app.controllers.moveout_dialog import MoveOutDialog
from app.controllers.release_page import ReleasePage
from app.controllers.release_slip_dialog import ReleaseSlipDialog
from app.services import frontdesk_mail as fm
from app.services import keys_inventory, keys_loans, release_queries
from tests import factories, frontdesk_data
from tests.conftest import audit_count
from tests.gui.conftest import settle
from tests.release_data import issued_slip, setup_tenant


@pytest.fixture
def keys_page(qtbot, state, monkeypatch):
    b = factories.building(state.ctx.db, "1号楼", rooms=("101", "102"))
    factories.student(state.ctx.db, "2026001", "张三", b["beds"]["101"][0])
    factories.student(state.ctx.db, "2026002", "李四", b["beds"]["102"][0])
    keys_inventory.ensure_spare_keys(state.ctx, b["building"])
    monkeypatch.setattr(KeysPage, "open_pdf", lambda self, path: None)
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    page = KeysPage(state)
    stack.addWidget(page)
    stack.addWidget(QWidget())
    stack.resize(1100, 700)
    stack.show()
    stack.activateWindow()
    qtbot.waitUntil(stack.isActiveWindow)
    page.stack = stack
    return page


def _scan(qtbot, edit, text, enter=True):
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    if enter:
        qtbot.keyClick(edit, Qt.Key_Return)


def test_spare_key_f2_after_changing_the_number_lends_to_nobody(qtbot, keys_page):
    page, ctx = keys_page, keys_page.ctx
    _scan(qtbot, page.ui.scan_edit, "2026001")
    assert "张三" in page.ui.student_info_label.text() and page.ui.lend_button.isEnabled()
    before = audit_count(ctx.db)
    _scan(qtbot, page.ui.scan_edit, "2026002", enter=False)   # the next student's card, no Return
    assert "张三" not in page.ui.student_info_label.text()
    assert not page.ui.lend_button.isEnabled() and not page.ui.return_own_button.isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_F2)
    page._on_lend_button_clicked()  # even a click that slipped through acts on nobody
    assert audit_count(ctx.db) == before and keys_loans.open_loans(ctx) == []
    qtbot.keyClick(page.ui.scan_edit, Qt.Key_Return)            # looked up: now it is 李四
    assert "李四" in page.ui.student_info_label.text() and page.ui.lend_button.isEnabled()


def test_spare_key_text_set_without_typing_is_refused_too(qtbot, keys_page):
    page, ctx = keys_page, keys_page.ctx
    _scan(qtbot, page.ui.scan_edit, "2026001")
    page.ui.scan_edit.setText("2026002")  # e.g. pasted by a tool that does not emit textEdited
    before = audit_count(ctx.db)
    page._on_lend_button_clicked()
    assert audit_count(ctx.db) == before and "学号已改动" in page.ui.loan_error_label.text()


def test_spare_key_f3_after_changing_the_number_returns_nothing(qtbot, keys_page):
    page, ctx = keys_page, keys_page.ctx
    _scan(qtbot, page.ui.scan_edit, "2026001")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_F2)
    qtbot.waitUntil(lambda: page.loans_model.rowCount() == 1)
    _scan(qtbot, page.ui.scan_edit, "2026001")
    assert page.ui.return_own_button.isEnabled()
    _scan(qtbot, page.ui.scan_edit, "2026002", enter=False)
    before = audit_count(ctx.db)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_F3)
    page._on_return_own_button_clicked()
    assert audit_count(ctx.db) == before and len(keys_loans.open_loans(ctx)) == 1


def test_the_lookup_does_not_survive_leaving_the_page(qtbot, keys_page):
    page = keys_page
    _scan(qtbot, page.ui.scan_edit, "2026001")
    assert page.counter is not None
    page.stack.setCurrentIndex(1)
    page.stack.setCurrentIndex(0)
    assert page.counter is None and not page.ui.lend_button.isEnabled()
    assert page.ui.scan_edit.text() == "" and "张三" not in page.ui.student_info_label.text()


def test_scanner_flow_keeps_focus_in_the_number_and_clears_the_pledge(qtbot, keys_page):
    page, ctx = keys_page, keys_page.ctx
    _scan(qtbot, page.ui.scan_edit, "2026001")
    assert QApplication.focusWidget() is page.ui.scan_edit  # not the 抵押证件 combo, not F3
    assert page.ui.pledge_no_edit.text() == "2026001"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_F2)
    qtbot.waitUntil(lambda: page.loans_model.rowCount() == 1)
    assert QApplication.focusWidget() is page.ui.scan_edit and page.ui.pledge_no_edit.text() == ""
    # the next scan goes straight into 学号: no keystroke lands in the combo
    page.ui.pledge_type_combo.setCurrentText("身份证")
    _scan(qtbot, page.ui.scan_edit, "2026002")
    assert "李四" in page.ui.student_info_label.text() and QApplication.focusWidget() is page.ui.scan_edit
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_F2)
    qtbot.waitUntil(lambda: page.loans_model.rowCount() == 2)
    assert page.ui.pledge_no_edit.text() == "" and page.ui.pledge_type_combo.currentText() == "学生证"
    # a scan right after a lookup replaces the number (selected), it does not append to it
    _scan(qtbot, page.ui.scan_edit, "2026001")
    assert page.ui.scan_edit.selectedText() == "2026001"
    qtbot.keyClicks(page.ui.scan_edit, "2026002")
    assert page.ui.scan_edit.text() == "2026002"
    qtbot.keyClick(page.ui.scan_edit, Qt.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_F3)
    qtbot.waitUntil(lambda: page.loans_model.rowCount() == 1)
    assert page.loans_model.row_at(0).name == "张三" and page.ui.pledge_no_edit.text() == ""
    assert QApplication.focusWidget() is page.ui.scan_edit
    assert keys_loans.open_loans(ctx)[0].student_no == "2026001"


def test_key_return_at_leaving_refuses_after_the_number_changed(qtbot, keys_page, monkeypatch):
    page = keys_page
    asked = []
    monkeypatch.setattr(KeyReturnDialog, "ask", classmethod(lambda cls, *a: asked.append(a)))
    page.ui.tabs.setCurrentWidget(page.ui.issue_tab)
    _scan(qtbot, page.ui.issue_student_edit, "2026001")
    assert page.ui.key_return_button.isEnabled() and page.ui.issue_button.isEnabled()
    _scan(qtbot, page.ui.issue_student_edit, "2026002", enter=False)
    assert not page.ui.key_return_button.isEnabled() and not page.ui.issue_button.isEnabled()
    before = audit_count(page.ctx.db)
    page.issue_tab.key_return()
    page.issue_tab.issue()
    assert asked == [] and audit_count(page.ctx.db) == before
    qtbot.keyClick(page.ui.issue_student_edit, Qt.Key_Return)
    page.issue_tab.key_return()
    assert asked and "李四" in asked[0][-1]


def test_gate_check_refuses_after_the_number_changed(qtbot, state):
    ctx = state.ctx
    data = setup_tenant(ctx)
    factories.staff(ctx.db, "赵保安", "保安")
    _, first = issued_slip(ctx, data)
    _, second = issued_slip(ctx, data)
    page = ReleasePage(state)
    qtbot.addWidget(page)
    page.show()
    page.ui.tabs.setCurrentIndex(1)
    _scan(qtbot, page.ui.gate_number_edit, first)
    assert page.ui.refuse_button.isEnabled()
    _scan(qtbot, page.ui.gate_number_edit, second, enter=False)
    assert not page.ui.refuse_button.isEnabled() and not page.ui.release_button.isEnabled()
    page.ui.gate_reason_edit.setText("物品与放行条不符")
    before = audit_count(ctx.db)
    page.gate._gate(False)
    assert audit_count(ctx.db) == before
    assert release_queries.get_slip(ctx, number=first).row.status == "issued"
    qtbot.keyClick(page.ui.gate_number_edit, Qt.Key_Return)
    assert second in page.ui.gate_summary_label.text() and page.ui.refuse_button.isEnabled()
    # leaving the page drops the slip on screen
    page.hide()
    page.show()
    assert page.gate.gate_slip is None and not page.ui.refuse_button.isEnabled()


def test_move_out_student_search_changed_after_picking(qtbot, state):
    ctx = state.ctx
    frontdesk_data.setup(ctx.db)
    dialog = MoveOutDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("student"))
    _scan(qtbot, dialog.ui.student_search_edit, "2026001")
    assert dialog.ui.student_combo.count() == 1
    _scan(qtbot, dialog.ui.student_search_edit, "2026002", enter=False)
    assert dialog.ui.student_combo.count() == 0
    before = audit_count(ctx.db)
    dialog._on_button_box_accepted()
    assert dialog.move_out_id is None and audit_count(ctx.db) == before
    assert "学生" in dialog.ui.error_label.text()


def test_release_slip_student_search_changed_after_picking(qtbot, state):
    ctx = state.ctx
    frontdesk_data.setup(ctx.db)
    dialog = ReleaseSlipDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.student_search_edit.setVisible(True)
    _scan(qtbot, dialog.ui.student_search_edit, "2026001")
    assert dialog.ui.student_combo.count() == 1
    _scan(qtbot, dialog.ui.student_search_edit, "2026002", enter=False)
    assert dialog.ui.student_combo.count() == 0


def test_mail_hand_over_needs_a_new_pick_after_a_new_search(qtbot, state):
    ctx = state.ctx
    data = frontdesk_data.setup(ctx.db)
    fm.register(ctx, mail_type="快递", student_id=data["zhang"], tracking_no="SF1")
    fm.register(ctx, mail_type="快递", student_id=data["li"], tracking_no="SF2")
    from app.controllers.frontdesk_page import FrontDeskPage
    page = FrontDeskPage(state)
    qtbot.addWidget(page)
    page.show()
    settle(page)
    qtbot.keyClicks(page.ui.mail_search_edit, "sf1")  # the 邮件号 scanned
    assert page.mail.model.rowCount() == 1
    page.mail.select({page.mail.model.rows[0].id})
    assert page.ui.hand_over_button.isEnabled()
    page.ui.mail_search_edit.selectAll()
    qtbot.keyClicks(page.ui.mail_search_edit, "sf")
    assert page.mail.selected() == [] and not page.ui.hand_over_button.isEnabled()

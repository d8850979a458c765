"""The repairs screen driven with qtbot: report → fee → dispatch → start → complete → accept → visit,
through the real dialogs (their `ask` replaced so no modal blocks), plus the instant filter."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableWidgetItem

from app import feedback
from app.controllers.app_state import AppState
from app.controllers.repair_fee_dialog import RepairFeeDialog
from app.controllers.repair_report_dialog import RepairReportDialog
from app.controllers.repair_step_dialog import RepairStepDialog
from app.controllers.repairs_page import RepairsPage
from app.settings import Settings
from app.tasks import TaskRunner
from tests import repairs_data


def _settled(qtbot, page):
    """The list loads off the UI thread (controllers/page.py): wait for the new rows."""
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)


def _save(dialog):
    dialog.ui.button_box.button(QDialogButtonBox.Save).click()
    assert not dialog.ui.error_label.text(), dialog.ui.error_label.text()
    return dialog.result


def _fake_report(qtbot):
    def ask(cls, ctx, parent=None):
        d = cls(ctx, parent)
        qtbot.addWidget(d)
        d.ui.student_search_edit.setText("2026001")  # one hit: room and reporter filled in
        assert d.ui.room_edit.text() == "101" and d.ui.reporter_name_edit.text() == "张三"
        d.ui.category_combo.setCurrentIndex(d.ui.category_combo.findData("water"))
        d.ui.location_edit.setText("卫生间")
        d.ui.description_edit.setPlainText("水龙头关不紧，一直滴水")
        d.add_photo("滴水.png", repairs_data.png())
        return _save(d)
    return classmethod(ask)


def _fake_fee(qtbot):
    def ask(cls, ctx, slip, parent=None):
        d = cls(ctx, slip, parent)
        qtbot.addWidget(d)
        d.ui.cause_combo.setCurrentIndex(d.ui.cause_combo.findData("misuse"))
        d.ui.price_combo.setCurrentIndex(next(i for i in range(d.ui.price_combo.count())
                                              if d.ui.price_combo.itemText(i).startswith("水龙头")))
        assert "35.00" in d.ui.computed_label.text()
        return _save(d)
    return classmethod(ask)


def _fake_step(qtbot, seen):
    def ask(cls, ctx, mode, slip, parent=None, notice=None):
        d = cls(ctx, mode, slip, parent, notice)
        qtbot.addWidget(d)
        seen.append(mode)
        if mode == "complete":
            d.ui.work_done_edit.setPlainText("更换水龙头")
            for col, value in enumerate(("水龙头", "DN15", "1", "35")):
                d.ui.materials_table.setItem(0, col, QTableWidgetItem(value))
        if mode == "visit":
            d.ui.satisfaction_combo.setCurrentIndex(d.ui.satisfaction_combo.findData("good"))
        return _save(d)
    return classmethod(ask)


def test_report_to_acceptance_and_visit(qtbot, ctx, monkeypatch):
    repairs_data.setup(ctx.db)
    page = RepairsPage(AppState(ctx, TaskRunner(), Settings()))
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(RepairReportDialog, "ask", _fake_report(qtbot))
    monkeypatch.setattr(RepairFeeDialog, "ask", _fake_fee(qtbot))
    seen = []
    monkeypatch.setattr(RepairStepDialog, "ask", _fake_step(qtbot, seen))
    monkeypatch.setattr(feedback, "confirm", lambda *a, **k: True)

    _settled(qtbot, page)
    qtbot.mouseClick(page.ui.report_button, Qt.LeftButton)
    _settled(qtbot, page)
    assert page.model.rowCount() == 1 and page.current.slip_no == "WX2026-000001"
    assert page.ui.photos_list.count() == 1
    assert not page.ui.complete_button.isEnabled() and not page.ui.dispatch_button.isEnabled()
    qtbot.mouseClick(page.ui.assess_button, Qt.LeftButton)
    _settled(qtbot, page)
    assert page.current.status == "fee_assessed" and page.ui.notice_button.isEnabled()
    for button in ("dispatch_button", "start_button", "complete_button", "accept_button", "visit_button"):
        assert getattr(page.ui, button).isEnabled(), button
        qtbot.mouseClick(getattr(page.ui, button), Qt.LeftButton)
        _settled(qtbot, page)
    assert seen == ["dispatch", "complete", "accept", "visit"]
    assert page.current.status == "visited" and page.current.satisfaction == "good"
    assert page.current.accepted_by == ctx.actor.display_name and page.current.total_fee == 35
    assert [e.action for e in page.current.events] == ["report", "assess", "dispatch", "start", "complete", "accept",
                                                       "visit"]
    shown = page.ui.detail_browser.toPlainText()
    assert "处理经过" in shown and "收费认定" in shown and "开始维修" in shown and "使用不当" in shown
    assert not any(code in shown for code in ("assess", "misuse", "water", "duty_room", "norm"))
    assert page.model.row_at(0).status == "visited"

    # the instant filter and the overdue highlight
    ctx.clock.advance(days=3)
    page.ui.report_button.click()  # a second slip in the same room
    _settled(qtbot, page)
    page.ui.search_edit.setText("WX2026-000002")
    assert page.model.rowCount() == 1
    page.ui.search_edit.setText("")
    ctx.clock.advance(days=3)
    page.reload()
    _settled(qtbot, page)
    page.ui.overdue_check.setChecked(True)
    assert [r.slip_no for r in page.model.rows] == ["WX2026-000002"]
    assert page.model.data(page.model.index(0, 0), Qt.BackgroundRole) is not None
    page.apply_filter("completed")
    assert not page.ui.overdue_check.isChecked() and page.model.rowCount() == 0


def test_void_asks_for_a_reason(qtbot, ctx, monkeypatch):
    data = repairs_data.setup(ctx.db)
    from app.services import repairs
    slip = repairs.report(ctx, category="电", urgency="一般", fault_description="灯不亮", room_id=data["rooms"]["102"],
                          reporter_name="巡查")
    page = RepairsPage(AppState(ctx, TaskRunner(), Settings()))
    qtbot.addWidget(page)
    page.show()
    _settled(qtbot, page)
    page.select_slip(slip.id)
    monkeypatch.setattr(feedback, "ask_text", lambda *a, **k: None)
    page.ui.void_button.click()
    assert page.current.status == "reported"
    monkeypatch.setattr(feedback, "ask_text", lambda *a, **k: "重复报修")
    page.ui.void_button.click()
    _settled(qtbot, page)
    assert page.current.status == "voided" and page.current.void_reason == "重复报修"
    assert not page.ui.void_button.isEnabled()


def test_price_list_dialog_edits_for_supervisors_only(qtbot, ctx):
    from app.controllers.repair_prices_dialog import RepairPricesDialog
    from app.services import repairs_fees
    from tests.conftest import context_for
    clerk = RepairPricesDialog(context_for(ctx, "clerk"), None)
    qtbot.addWidget(clerk)
    assert clerk.model.rowCount() >= 18 and not clerk.ui.save_button.isEnabled()
    dialog = RepairPricesDialog(context_for(ctx, "supervisor"), None)
    qtbot.addWidget(dialog)
    row = next(i for i, r in enumerate(dialog.model.rows) if r.item_name == "抽屉锁")
    dialog.ui.prices_table.selectRow(row)
    dialog.ui.price_spin.setValue(16)
    dialog.ui.save_button.click()
    assert not dialog.ui.error_label.text()
    assert next(p.price for p in repairs_fees.list_prices(ctx) if p.item_name == "抽屉锁") == 16

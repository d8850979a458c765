"""The assessment screen, driven from a recorded incident to a closed month."""
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from app import feedback
from app.controllers.assessment_additions_dialog import AssessmentAdditionsDialog
from app.controllers.assessment_decision_dialog import AssessmentDecisionDialog
from app.controllers.assessment_incident_dialog import AssessmentIncidentDialog
from app.controllers.assessments_page import AssessmentsPage
from app.services import assessments_sheet, catalog
from app.services import assessments_incidents as incidents
from tests.assessments_data import setup_wardens
from tests.gui.conftest import settle


@pytest.fixture
def wardens(ctx, monkeypatch):
    w = setup_wardens(ctx.db)
    facts = [{"building_id": w["b2"], "date": dt.date(2026, 9, 8), "title": "备用钥匙逾期未还 201",
              "detail": "借出 2 小时未还", "source": "keys", "ref": "K2:5"},
             {"building_id": w["b1"], "date": dt.date(2026, 9, 9), "title": "维修单 WX2026-000004 超时",
              "source": "repairs", "ref": "R1:4", "item_code": "8"}]
    monkeypatch.setattr(catalog, "assessment_facts", lambda: [lambda c, period: facts])
    monkeypatch.setattr(feedback, "confirm", lambda parent, text, title=None: True)
    monkeypatch.setattr(feedback, "ask_text", lambda parent, label, title=None: "经核实")
    return w


def fill_incident(staff, code, deduction=None, evidence=None, description="值班时间不在岗"):
    """Replace exec(): fill the real dialog and press Save, as a user would."""
    def fake_exec(dlg):
        dlg.ui.staff_combo.setCurrentIndex(dlg.ui.staff_combo.findText(staff))
        dlg.ui.item_combo.setCurrentIndex(next(i for i in range(dlg.ui.item_combo.count())
                                               if dlg.ui.item_combo.itemText(i).startswith(code + " ")))
        dlg.ui.occurred_edit.setDateTime(QDateTime(dt.datetime(2026, 9, 10, 21, 30)))
        if deduction is not None:
            dlg.ui.deduction_spin.setValue(deduction)
        dlg.ui.description_edit.setPlainText(description)
        if evidence:
            dlg.ui.evidence_edit.setText(str(evidence))
        dlg.ui.button_box.button(QDialogButtonBox.Save).click()
        fake_exec.errors.append(dlg.ui.error_label.text())
        return dlg.result()
    fake_exec.errors = []
    return fake_exec


def test_from_incident_to_closed_month(qtbot, state, wardens, monkeypatch, tmp_path):
    page = AssessmentsPage(state)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.reload()
    settle(page)  # loaded off the UI thread
    assert page.month == "2026-09" and page.sheet_model.rowCount() == 3

    too_much = fill_incident("张三", "1", deduction=30)
    monkeypatch.setattr(AssessmentIncidentDialog, "exec", too_much)
    page.ui.new_incident_button.click()
    settle(page)
    assert "超出" in too_much.errors[0] and page.incidents_model.rowCount() == 0

    photo = tmp_path / "现场.jpg"
    photo.write_bytes(b"\xff\xd8fake-jpeg")
    monkeypatch.setattr(AssessmentIncidentDialog, "exec", fill_incident("张三", "2", evidence=photo))
    page.ui.new_incident_button.click()
    settle(page)
    monkeypatch.setattr(AssessmentIncidentDialog, "exec", fill_incident("李四", "1", deduction=20,
                                                                        description="穿拖鞋值班"))
    page.ui.new_incident_button.click()
    settle(page)
    rows = page.incidents_model.rows
    assert [(r.staff_name, r.deduction, r.evidence_name) for r in rows] == [
        ("张三", Decimal("30.00"), "现场.jpg"), ("李四", Decimal("20.00"), None)]

    page.ui.incidents_table.selectRow(0)
    opened = []
    monkeypatch.setattr(page, "_open_file", opened.append)
    page.ui.evidence_button.click()
    settle(page)
    assert opened and opened[0].read_bytes() == b"\xff\xd8fake-jpeg"
    page.ui.acknowledge_button.click()
    settle(page)
    assert page.incidents_model.rows[0].acknowledged_by == "张三"

    page.ui.incidents_table.selectRow(1)
    scan = tmp_path / "值班记录.pdf"
    scan.write_bytes(b"%PDF-1.4 fake")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    page.ui.attach_evidence_button.click()
    settle(page)
    assert page.incidents_model.rows[1].evidence_name == "值班记录.pdf"
    page.ui.incidents_table.selectRow(1)
    page.ui.appeal_button.click()
    settle(page)
    assert page.incidents_model.rows[1].appeal_status == "pending"
    page.ui.incidents_table.selectRow(1)

    def decide(dlg):
        dlg.ui.outcome_combo.setCurrentIndex(dlg.ui.outcome_combo.findData("adjusted"))
        dlg.ui.amount_spin.setValue(10)
        dlg.ui.reason_edit.setPlainText("情节较轻")
        dlg.ui.button_box.button(QDialogButtonBox.Ok).click()
        return dlg.result()
    monkeypatch.setattr(AssessmentDecisionDialog, "exec", decide)
    page.ui.decide_button.click()
    settle(page)
    assert page.incidents_model.rows[1].deduction == Decimal("10.00")

    page.ui.tabs.setCurrentWidget(page.ui.suggestions_tab)
    settle(page)
    assert page.suggestions_model.rowCount() == 2
    page.ui.suggestions_table.selectRow(0)          # 2号楼 key: proposed for 王五, accepted as is
    monkeypatch.setattr(AssessmentIncidentDialog, "exec",
                        lambda dlg: (dlg.ui.button_box.button(QDialogButtonBox.Save).click(), dlg.result())[1])
    page.ui.accept_button.click()
    settle(page)
    page.ui.suggestions_table.selectRow(0)
    page.ui.dismiss_button.click()
    settle(page)
    assert page.suggestions_model.rowCount() == 0
    accepted = [r for r in page.incidents_model.rows if r.source == "keys"]
    assert accepted and accepted[0].staff_name == "王五"

    page.ui.tabs.setCurrentWidget(page.ui.sheet_tab)
    settle(page)
    names = [r["staff_name"] for r in page.sheet_model.rows]
    page.ui.sheet_table.selectRow(names.index("王五"))

    def add(dlg):
        dlg.ui.amount_spin.setValue(50)
        dlg.ui.note_edit.setText("协助处置突发事件")
        dlg.ui.button_box.button(QDialogButtonBox.Save).click()
        return QDialog.Accepted
    monkeypatch.setattr(AssessmentAdditionsDialog, "exec", add)
    page.ui.additions_button.click()
    settle(page)
    top = page.sheet_model.rows[0]
    assert top["staff_name"] == "王五" and top["rank_overall"] == 1 and top["result"] == Decimal("645.00")

    target = tmp_path / "王五.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.ui.sheet_table.selectRow(0)
    page.ui.print_button.click()
    qtbot.waitUntil(target.exists, timeout=10000)

    page.ui.tabs.setCurrentWidget(page.ui.chart_tab)
    settle(page)
    assert page.chart.totals()[-1] == 30 + 10 + 5
    page.grab().save(str(tmp_path / "chart.png"))

    page.ui.close_month_button.click()
    settle(page)
    assert assessments_sheet.month_status(state.ctx, "2026-09") == "closed"
    assert "已关闭" in page.ui.status_label.text()
    assert not page.ui.new_incident_button.isEnabled() and page.ui.reopen_month_button.isEnabled()
    page.ui.reopen_month_button.click()
    settle(page)
    assert assessments_sheet.month_status(state.ctx, "2026-09") == "open"


def test_dashboard_filter_lists_incidents_awaiting_acknowledgement(qtbot, state, wardens):
    incidents.record(state.ctx, staff_id=wardens["王五"], occurred_at=dt.datetime(2026, 9, 2, 8, 0),
                     item_id=_item(state, "2"),
                     description="不在岗")
    done = incidents.record(state.ctx, staff_id=wardens["张三"], occurred_at=dt.datetime(2026, 9, 3, 8, 0),
                            item_id=_item(state, "2"), description="不在岗")
    incidents.acknowledge(state.ctx, done.id)
    incidents.record(state.ctx, staff_id=wardens["李四"], occurred_at=dt.datetime(2026, 7, 3, 8, 0),
                     item_id=_item(state, "2"), description="不在岗")
    assessments_sheet.close_month(state.ctx, "2026-07")           # closed months no longer await anything
    incidents.record(state.ctx, staff_id=wardens["李四"], occurred_at=dt.datetime(2026, 8, 3, 8, 0),
                     item_id=_item(state, "2"), description="不在岗")
    page = AssessmentsPage(state)
    qtbot.addWidget(page)
    page.reload()
    settle(page)  # loaded off the UI thread
    page.apply_filter("unacknowledged")
    settle(page)
    assert page.month == "2026-08" and [r.staff_name for r in page.incidents_model.rows] == ["李四"]
    page.ui.month_edit.setDate(page.ui.month_edit.date().addMonths(1))
    settle(page)
    assert [r.staff_name for r in page.incidents_model.rows] == ["王五"]
    count = next(d for d in catalog.dashboard_items() if d.key == "assessments.unacknowledged").count
    assert count(state.ctx) == 2


def _item(state, code):
    from app.services import assessments
    return next(i.id for i in assessments.list_items(state.ctx) if i.code == code)


def test_items_editor_changes_amounts_and_retires(qtbot, state):
    from app.controllers.assessment_items_dialog import AssessmentItemsDialog
    from app.services import assessments
    dlg = AssessmentItemsDialog(state.ctx)
    qtbot.addWidget(dlg)
    codes = [r.code for r in dlg.model.rows]
    dlg.ui.items_table.selectRow(codes.index("3b"))
    assert dlg.ui.code_edit.isReadOnly() and dlg.ui.description_edit.text() == "外来人员留宿"
    dlg.ui.min_spin.setValue(30)
    dlg.ui.max_spin.setValue(20)
    dlg.ui.save_item_button.click()
    assert "扣款范围不正确" in dlg.ui.error_label.text()
    dlg.ui.max_spin.setValue(40)
    dlg.ui.active_check.setChecked(False)
    dlg.ui.save_item_button.click()
    saved = next(i for i in assessments.list_items(state.ctx) if i.code == "3b")
    assert (saved.deduction_min, saved.deduction_max, saved.active) == (Decimal("30.00"), Decimal("40.00"), False)
    dlg.ui.new_item_button.click()
    dlg.ui.code_edit.setText("9")
    dlg.ui.category_combo.setCurrentIndex(dlg.ui.category_combo.findData("other"))
    dlg.ui.description_edit.setText("值班记录不全")
    dlg.ui.save_item_button.click()
    assert dlg.ui.error_label.text() == ""
    assert "9" in [r.code for r in dlg.model.rows]
    new = next(n for n, r in enumerate(dlg.model.rows) if r.code == "9")
    assert dlg.model.rows[new].category == "other"              # stored as its code, shown as its label
    assert dlg.model.index(new, 1).data() == "其他"

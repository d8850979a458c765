"""The 回访与调查 page driven with qtbot: a routine visit created, signed out on the V2 sheet, filled in
and reviewed as nonconforming (a complaint opens), the month's plan accepted; and the survey's fast
entry screen driven from the keyboard alone (digits, Enter to the next form)."""
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app import feedback
from app.controllers.navigation import PAGES, available
from app.controllers.survey_entry_dialog import SurveyEntryDialog
from app.controllers.visit_new_dialog import VisitNewDialog
from app.controllers.visit_record_dialog import VisitRecordDialog
from app.controllers.visit_review_dialog import VisitReviewDialog
from app.controllers.visits_page import VisitsPage
from app.services import surveys, surveys_report, visits
from app.services import frontdesk_complaints as fc
from tests import factories
from tests.conftest import context_for
from tests.gui.conftest import settle


def _page(qtbot, state):
    page = VisitsPage(state)
    qtbot.addWidget(page)
    page.show()
    settle(page)  # the page loads off the UI thread
    return page


def _save(dialog):
    dialog.ui.button_box.button(QDialogButtonBox.Save).click()


def test_page_is_in_the_navigation_for_clerks(ctx):
    assert "visits" in [p.key for p in PAGES]
    assert "visits" in [p.key for p in available(context_for(ctx, "clerk").can)]


def test_visit_from_creation_to_nonconforming_review(qtbot, state, ctx, monkeypatch):
    factories.building(ctx.db, "1号楼", rooms=("101",))
    page = _page(qtbot, state)

    def fake_new(cls, ctx_, parent=None):
        d = cls(ctx_, parent)
        qtbot.addWidget(d)
        _save(d)
        assert "回访事项" in d.ui.error_label.text() and d.result is None
        d.ui.type_combo.setCurrentIndex(d.ui.type_combo.findData("routine"))
        d.ui.subject_edit.setText("学期中定期走访")
        d.ui.room_edit.setText("101")
        d.ui.interviewee_edit.setText("张三")
        _save(d)
        return d.result
    monkeypatch.setattr(VisitNewDialog, "ask", classmethod(fake_new))
    qtbot.mouseClick(page.ui.new_button, Qt.LeftButton)
    settle(page)
    assert page.model.rowCount() == 1 and page.current.status == "planned"

    monkeypatch.setattr(feedback, "ask_text", lambda *a, **k: "小王")
    assert page.ui.issue_button.isEnabled()
    page.ui.issue_button.click()
    settle(page)
    assert page.model.rows[0].status == "form_issued" and page.signout_model.rowCount() == 1

    page.ui.visit_table.selectRow(0)

    def fake_record(cls, ctx_, row, parent=None):
        d = cls(ctx_, row, parent)
        qtbot.addWidget(d)
        d.ui.method_combo.setCurrentIndex(d.ui.method_combo.findData("on_site"))
        d.ui.satisfaction_combo.setCurrentIndex(d.ui.satisfaction_combo.findData("bad"))
        _save(d)
        assert "意见" in d.ui.error_label.text() and d.result is None
        d.ui.feedback_edit.setPlainText("热水时有时无")
        _save(d)
        return d.result
    monkeypatch.setattr(VisitRecordDialog, "ask", classmethod(fake_record))
    page.ui.record_button.click()
    settle(page)
    row = page.current
    assert (row.status, row.interviewee_signature, row.satisfaction) == ("visited", "张三", "bad")

    def fake_review(cls, ctx_, row, parent=None):
        d = cls(ctx_, row, parent)
        qtbot.addWidget(d)
        assert d.ui.bad_radio.isChecked()
        d.ui.comment_edit.setPlainText("属实")
        d.ui.action_edit.setPlainText("转工程部检修热水器")
        _save(d)
        return d.result
    monkeypatch.setattr(VisitReviewDialog, "ask", classmethod(fake_review))
    page.ui.review_button.click()
    settle(page)
    row = page.current
    assert row.status == "nonconforming" and fc.get(ctx, row.complaint_id).status == "received"
    assert any(r.attempt == 2 for r in visits.list_visits(ctx))

    page.apply_filter("overdue")
    assert page.ui.overdue_check.isChecked()


def test_plan_button_adds_the_proposals(qtbot, state, ctx, monkeypatch):
    factories.building(ctx.db, "1号楼", rooms=("101",))
    c = fc.receive(ctx, complainant="张三", content="楼道灯不亮", category="utility", building_id=1, room_no="101")
    fc.classify(ctx, c.id, validity="invalid", explanation="不属本中心")
    page = _page(qtbot, state)
    shown = []
    monkeypatch.setattr(feedback, "info", lambda parent, text, title=None: shown.append(text))
    page.ui.plan_button.click()
    settle(page)
    assert shown and "投诉" in shown[0]


def test_survey_fast_entry_from_the_keyboard(qtbot, ctx):
    b = factories.building(ctx.db, "1号楼", rooms=("101", "102", "103"))
    s = surveys.create_plan(ctx, title="秋季调查", start_date=dt.date(2026, 9, 1), end_date=dt.date(2026, 9, 30))
    surveys.issue_forms(ctx, s.id, building_id=b["building"])
    d = SurveyEntryDialog(context_for(ctx, "clerk"), surveys.get(ctx, s.id))
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(d.ui.ratings_edit.hasFocus)
    assert d.ui.number_edit.text() == "0001"
    with qtbot.waitSignal(d.sig_saved) as saved:
        qtbot.keyClicks(d.focusWidget(), "112121111112")
        qtbot.keyClick(d.focusWidget(), Qt.Key_Return)
    assert saved.args == ["0001"] and d.ui.number_edit.text() == "0002" and d.ui.ratings_edit.hasFocus()
    qtbot.keyClicks(d.focusWidget(), "114111111111")  # 4 is outside the 3-level scale
    qtbot.keyClick(d.focusWidget(), Qt.Key_Return)
    assert "超出 1–3" in d.ui.error_label.text() and d.ui.number_edit.text() == "0002"
    d.focusWidget().clear()
    qtbot.keyClicks(d.focusWidget(), "333333333330")
    qtbot.keyClick(d.focusWidget(), Qt.Key_Tab)     # on to the opinion fields, still from the keyboard
    qtbot.keyClick(d.focusWidget(), Qt.Key_Down)    # topic: 清洁
    qtbot.keyClick(d.focusWidget(), Qt.Key_Tab)
    qtbot.keyClicks(d.focusWidget(), "stairs dirty")  # QTest types Latin keys only
    qtbot.keyClick(d.focusWidget(), Qt.Key_Return)
    assert d.ui.number_edit.text() == "0003" and d.saved == 2
    a = surveys_report.analyse(ctx, s.id)
    assert a.questions[0].counts == [1, 0, 1] and a.opinions["cleaning"][0]["text"] == "stairs dirty"
    d.ui.number_edit.setText("1")  # entered before: refused with the number named
    d.ui.ratings_edit.setFocus()
    qtbot.keyClicks(d.focusWidget(), "111111111111")
    qtbot.keyClick(d.focusWidget(), Qt.Key_Return)
    assert "0001" in d.ui.error_label.text() and "重复" in d.ui.error_label.text()


def test_survey_tab_plans_issues_and_closes(qtbot, state, ctx, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from app.controllers.survey_plan_dialog import SurveyPlanDialog
    factories.building(ctx.db, "1号楼", rooms=("101", "102"))
    page = _page(qtbot, state)
    page.ui.tabs.setCurrentWidget(page.ui.survey_tab)
    settle(page)

    def fake_plan(cls, ctx_, parent=None):
        d = cls(ctx_, parent)
        qtbot.addWidget(d)
        assert d.ui.start_edit.date().month() == 11  # the next survey month by default
        d.ui.scale_combo.setCurrentIndex(d.ui.scale_combo.findData(5))
        _save(d)
        return d.result
    monkeypatch.setattr(SurveyPlanDialog, "ask", classmethod(fake_plan))
    page.ui.survey_new_button.click()
    settle(page)
    assert page.surveys.model.rowCount() == 1 and page.surveys.current.scale == 5
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("1号楼", True)))
    page.ui.survey_issue_button.click()
    settle(page)
    assert page.surveys.current.issued == 2 and page.ui.survey_close_button.isEnabled()
    monkeypatch.setattr(feedback, "confirm", lambda *a, **k: True)
    page.ui.survey_close_button.click()
    settle(page)
    assert page.surveys.current.status == "closed" and not page.ui.survey_entry_button.isEnabled()


def test_improvement_action_is_added_and_completed(qtbot, state, ctx, monkeypatch):
    from PySide6.QtWidgets import QInputDialog
    s = surveys.create_plan(ctx, title="秋季调查", start_date=dt.date(2026, 9, 1), end_date=dt.date(2026, 9, 30))
    page = _page(qtbot, state)
    page.ui.tabs.setCurrentWidget(page.ui.survey_tab)
    settle(page)
    page.ui.survey_table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("保洁", True)))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("2026-10-15", True)))
    monkeypatch.setattr(feedback, "ask_text", lambda *a, **k: "楼道垃圾每日清运两次")
    page.ui.survey_action_button.click()
    settle(page)
    [action] = surveys_report.analyse(ctx, s.id).actions
    assert (action["dept"], action["deadline"], action["status"]) == ("cleaning", dt.date(2026, 10, 15), "进行中")
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda parent, title, label, items, *a: (items[0], True)))
    page.ui.survey_done_button.click()
    settle(page)
    assert surveys_report.analyse(ctx, s.id).actions[0]["status"] == "已完成"

"""The front-desk page driven with qtbot: mail registered through the real dialog (two items in one
sitting), notified and handed over with a signer; a complaint received, classified, assigned, resolved,
visited and closed through the real dialogs (their `ask` replaced so no modal blocks)."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog

from app import feedback
from app.controllers.app_state import AppState
from app.controllers.complaint_dialog import ComplaintDialog
from app.controllers.complaint_step_dialog import ComplaintStepDialog
from app.controllers.frontdesk_page import FrontDeskPage
from app.controllers.mail_handover_dialog import MailHandoverDialog
from app.controllers.mail_register_dialog import MailRegisterDialog
from app.services import frontdesk_complaints as fc
from app.services import frontdesk_mail as fm
from app.settings import Settings
from app.tasks import TaskRunner
from tests import frontdesk_data
from tests.gui.conftest import settle


def _page(qtbot, ctx):
    page = FrontDeskPage(AppState(ctx, TaskRunner(), Settings()))
    qtbot.addWidget(page)
    page.show()
    settle(page)  # shown: loaded off the UI thread
    return page


def _save(dialog):
    dialog.ui.button_box.button(QDialogButtonBox.Save).click()


def test_mail_register_notify_and_hand_over(qtbot, ctx, monkeypatch):
    frontdesk_data.setup(ctx.db)
    page = _page(qtbot, ctx)

    def fake_register(cls, ctx_, parent=None):
        d = cls(ctx_, parent)
        qtbot.addWidget(d)
        _save(d)  # nothing chosen: refused, with the message beside the form
        assert "楼栋" in d.ui.error_label.text() and not d.saved
        d.ui.student_search_edit.setText("2026001")  # one hit fills room, addressee and phone
        assert (d.ui.room_edit.text(), d.ui.addressee_edit.text()) == ("101", "张三")
        d.ui.mail_type_combo.setCurrentIndex(d.ui.mail_type_combo.findData("courier"))
        d.ui.tracking_edit.setText("SF1001")
        d.ui.tracking_edit.returnPressed.emit()  # the scanner's Enter saves; the form stays open
        assert len(d.saved) == 1 and "YJ2026-000001" in d.ui.saved_label.text() and not d.ui.room_edit.text()
        assert "快递" in d.ui.saved_label.text() and "courier" not in d.ui.saved_label.text()  # the label, not the code
        d.ui.student_search_edit.setText("lisi")
        d.ui.mail_type_combo.setCurrentIndex(d.ui.mail_type_combo.findData("registered"))
        d.ui.intact_check.setChecked(False)
        _save(d)
        assert "邮递员" in d.ui.error_label.text() and len(d.saved) == 1
        d.ui.postman_note_edit.setText("信封受潮，邮递员已出具证明")
        d.ui.continue_check.setChecked(False)
        _save(d)
        return d.saved
    monkeypatch.setattr(MailRegisterDialog, "ask", classmethod(fake_register))
    qtbot.mouseClick(page.ui.register_mail_button, Qt.LeftButton)
    settle(page)
    assert page.mail.model.rowCount() == 2
    assert {r.addressee for r in page.mail.selected()} == {"张三", "李四"}

    offered = []
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (offered.append(a[3]), ("短信", True))[1]))
    assert page.ui.notify_button.isEnabled()
    page.ui.notify_button.click()
    settle(page)
    assert offered == [["公告板", "电话", "短信", "信箱通知单", "上门"]]  # the labels are offered, the code stored
    assert {(r.status, r.notified_by) for r in page.mail.model.rows} == {("notified", "sms")}

    parcel = next(r for r in page.mail.model.rows if r.mail_type == "courier")
    page.mail.select({parcel.id})

    def fake_hand_over(cls, ctx_, rows, parent=None):
        d = cls(ctx_, rows, parent)
        qtbot.addWidget(d)
        assert d.ui.collector_edit.text() == "张三"
        d.ui.collector_edit.setText("王五")
        d.ui.proxy_check.setChecked(True)
        _save(d)
        assert "证件号" in d.ui.error_label.text() and d.result is None
        d.ui.id_no_edit.setText("2026099")
        _save(d)
        return d.result
    monkeypatch.setattr(MailHandoverDialog, "ask", classmethod(fake_hand_over))
    page.ui.hand_over_button.click()
    settle(page)
    assert [r.entry_no for r in page.mail.model.rows] == ["YJ2026-000002"]  # only items at the desk are listed
    page.ui.mail_waiting_check.setChecked(False)
    settle(page)
    done = next(r for r in page.mail.model.rows if r.id == parcel.id)
    assert done.status == "collected" and done.collector_name == "王五" and done.is_proxy
    assert "代领" in page.mail.model.data(page.mail.model.index(0, 11)) or "代领" in page.mail.model.data(
        page.mail.model.index(1, 11))

    ctx.clock.advance(days=8)  # past the hold time: highlighted and listed by the home page's filter
    page.reload()
    settle(page)
    page.apply_filter("mail_overdue")
    assert [r.entry_no for r in page.mail.model.rows] == ["YJ2026-000002"]
    assert page.mail.model.data(page.mail.model.index(0, 0), Qt.BackgroundRole) is not None


def test_complaint_to_closure_and_visit(qtbot, ctx, monkeypatch):
    frontdesk_data.setup(ctx.db)
    page = _page(qtbot, ctx)
    page.ui.tabs.setCurrentWidget(page.ui.complaint_tab)
    settle(page)

    def fake_new(cls, ctx_, parent=None):
        d = cls(ctx_, parent)
        qtbot.addWidget(d)
        d.ui.complainant_edit.setText("张三")
        d.ui.building_combo.setCurrentIndex(1)
        d.ui.room_edit.setText("101")
        d.ui.category_combo.setCurrentIndex(d.ui.category_combo.findData("cleaning"))
        d.ui.content_edit.setPlainText("三楼卫生间两天没人打扫")
        _save(d)
        return d.result
    monkeypatch.setattr(ComplaintDialog, "ask", classmethod(fake_new))
    page.ui.complaint_new_button.click()
    settle(page)
    assert page.cases.current.complaint_no == "TS2026-000001" and page.cases.current.status == "received"
    assert not page.ui.resolve_button.isEnabled() and page.ui.classify_button.isEnabled()

    seen = []

    def fake_step(cls, ctx_, mode, row, parent=None):
        d = cls(ctx_, mode, row, parent)
        qtbot.addWidget(d)
        seen.append(mode)
        if mode == "resolve":
            _save(d)
            assert "处理结果" in d.ui.error_label.text()
            d.ui.result_edit.setPlainText("保洁班已打扫并加派一次巡查")
        if mode == "assign":
            d.ui.dept_combo.setCurrentIndex(d.ui.dept_combo.findData("cleaning"))
        if mode == "visit":
            d.ui.satisfaction_combo.setCurrentIndex(d.ui.satisfaction_combo.findData("good"))
        _save(d)
        assert d.result is not None, d.ui.error_label.text()
        return d.result
    monkeypatch.setattr(ComplaintStepDialog, "ask", classmethod(fake_step))
    monkeypatch.setattr(feedback, "ask_text", lambda *a, **k: "已联系保洁班，今天处理")
    monkeypatch.setattr(feedback, "confirm", lambda *a, **k: True)
    for button in ("classify_button", "assign_button", "reply_button", "resolve_button", "visit_button",
                   "close_complaint_button"):
        assert getattr(page.ui, button).isEnabled(), button
        getattr(page.ui, button).click()
        settle(page)
    assert seen == ["classify", "assign", "resolve", "visit"]
    c = fc.get(ctx, page.cases.current.id)
    assert c.status == "closed" and c.responsible_dept == "cleaning" and c.satisfaction == "good"
    assert c.first_reply == "已联系保洁班，今天处理" and c.visitor == ctx.actor.display_name
    assert "结案" in page.ui.complaint_detail_browser.toPlainText()
    assert not page.ui.close_complaint_button.isEnabled()


def test_consultation_and_readonly_buttons(qtbot, ctx, monkeypatch):
    from app.services import frontdesk_consult as fz
    from tests.conftest import context_for
    frontdesk_data.setup(ctx.db)
    entry = fz.log(ctx, client_name="李四", content="寒假留宿怎么申请", answer_mode="promised")
    page = _page(qtbot, ctx)
    page.ui.tabs.setCurrentWidget(page.ui.consult_tab)
    settle(page)
    page.ui.consult_table.selectRow(0)
    monkeypatch.setattr(feedback, "ask_text", lambda *a, **k: "填写留宿申请表交宿管办")
    page.ui.answer_button.click()
    settle(page)
    assert fz.get(ctx, entry.id).status == "answered"
    monkeypatch.setattr(feedback, "confirm", lambda *a, **k: True)
    page.ui.review_button.click()
    settle(page)
    assert fz.get(ctx, entry.id).reviewed_by == ctx.actor.display_name
    fm.register(ctx, mail_type="平信", building_id=1, room_no="101", addressee="张三")
    viewer = _page(qtbot, context_for(ctx, "readonly"))
    viewer.mail.select({r.id for r in viewer.mail.model.rows})
    assert viewer.mail.model.rowCount() == 1
    assert not viewer.ui.register_mail_button.isEnabled() and not viewer.ui.hand_over_button.isEnabled()
    assert not viewer.ui.complaint_new_button.isEnabled() and viewer.ui.mail_export_button.isEnabled()

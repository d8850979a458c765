"""The front desk's dorm-gate tabs driven with qtbot, from the scan to the sign-out: a parent's ID typed
by a keyboard-wedge reader (text + Enter) is registered, scanned again and signed out; a visit against
the dorm rules is admitted by a supervisor who logs in at the counter; when the ID box changes after a
look-up, the previous visitor is never signed out; goods go out against a release slip; the phrase
sheet is edited and pre-fills the call log's opening."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app import feedback
from app.controllers import frontdesk_visitor_tab
from app.controllers.app_state import AppState
from app.controllers.consult_dialog import ConsultDialog
from app.controllers.frontdesk_page import FrontDeskPage
from app.controllers.phrase_sheet_dialog import PhraseSheetDialog
from app.services import auth, config
from app.services import gate_rules as gr
from app.services import gate_visitors as gv
from app.settings import Settings
from app.tasks import TaskRunner
from tests import gate_data
from tests.conftest import audit_count, context_for
from tests.gui.conftest import settle


def _page(qtbot, ctx):
    page = FrontDeskPage(AppState(ctx, TaskRunner(), Settings()))
    qtbot.addWidget(page)
    page.show()
    settle(page)
    page.ui.tabs.setCurrentWidget(page.visitors)
    settle(page)
    return page


def _scan(qtbot, tab, number):
    """What a keyboard-wedge reader does: type the characters, then Enter."""
    tab.ui.id_edit.clear()
    qtbot.keyClicks(tab.ui.id_edit, number)
    qtbot.keyClick(tab.ui.id_edit, Qt.Key_Return)


def test_scan_register_and_sign_out(qtbot, ctx, clock):
    data = gate_data.setup(ctx.db)
    clerk = context_for(ctx, "clerk", "clerk1")
    page = _page(qtbot, clerk)
    tab = page.visitors
    _scan(qtbot, tab, gate_data.FATHER[:-1] + "0" if gate_data.FATHER[-1] != "0" else gate_data.FATHER[:-1] + "1")
    settle(page)
    assert "校验位" in tab.ui.error_label.text() and tab.looked_up is None
    _scan(qtbot, tab, gate_data.FATHER.lower())
    settle(page)
    assert "新来访" in tab.ui.lookup_label.text() and tab.ui.check_in_button.isEnabled()
    assert not tab.ui.sign_out_button.isEnabled() and tab.ui.gender_combo.currentData() == "m"
    tab.ui.name_edit.setText("张父")
    qtbot.keyClicks(tab.ui.student_edit, "2026001")
    qtbot.keyClick(tab.ui.student_edit, Qt.Key_Return)
    settle(page)
    assert (tab.ui.room_edit.text(), tab.ui.person_edit.text()) == ("101", "张三")
    tab.ui.relation_combo.setCurrentIndex(tab.ui.relation_combo.findData("parent"))
    tab.ui.purpose_edit.setText("送被子")
    start = audit_count(ctx.db)
    qtbot.mouseClick(tab.ui.check_in_button, Qt.LeftButton)
    settle(page)
    assert audit_count(ctx.db) == start + 1 and not tab.ui.id_edit.text()
    assert [r.visitor_name for r in tab.model.rows] == ["张父"]
    masked = tab.model.rows[0].id_no
    assert masked == gate_data.FATHER[:6] + "********" + gate_data.FATHER[-4:]
    shown = tab.model.data(tab.model.index(0, 4))
    assert shown == masked and gate_data.FATHER not in shown

    clock.advance(minutes=45)
    _scan(qtbot, tab, gate_data.FATHER)
    settle(page)
    assert "在楼内" in tab.ui.lookup_label.text() and tab.ui.name_edit.text() == "张父"
    assert tab.ui.sign_out_button.isEnabled() and not tab.ui.check_in_button.isEnabled()
    qtbot.mouseClick(tab.ui.sign_out_button, Qt.LeftButton)
    settle(page)
    assert audit_count(ctx.db) == start + 2 and tab.model.rowCount() == 0     # "only inside" list is empty
    assert gv.list_visits(ctx)[0].time_out == clock.now()
    assert data["zhang"]


def test_changed_id_never_signs_out_the_previous_visitor(qtbot, ctx, clock):
    data = gate_data.setup(ctx.db)
    father = gv.check_in(ctx, id_no=gate_data.FATHER, visitor_name="张父", student_id=data["zhang"], purpose="看望",
                         relation="parent")
    page = _page(qtbot, ctx)
    tab = page.visitors
    _scan(qtbot, tab, gate_data.FATHER)
    settle(page)
    assert tab.looked_up.open_visit.id == father.id and tab.ui.sign_out_button.isEnabled()
    assert tab.ui.name_edit.text() == "张父"
    # someone else's ID goes into the box (a second scan, or a hand): the old visitor is dropped at once
    tab.ui.id_edit.setText(gate_data.MOTHER)
    assert tab.looked_up is None and not tab.ui.sign_out_button.isEnabled()
    assert tab.ui.name_edit.text() == ""                  # the name the look-up filled went with it
    start = audit_count(ctx.db)
    tab._on_sign_out_button_clicked()                     # even when called directly (a stale click)
    assert audit_count(ctx.db) == start and gv.get(ctx, father.id).inside
    # the same with a look-up made, then the box edited back and forth without a new Enter
    _scan(qtbot, tab, gate_data.FATHER)
    settle(page)
    qtbot.keyClick(tab.ui.id_edit, Qt.Key_Backspace)
    settle(page)
    qtbot.keyClicks(tab.ui.id_edit, gate_data.FATHER[-1])
    assert tab.looked_up is None
    tab._on_sign_out_button_clicked()
    assert gv.get(ctx, father.id).inside and audit_count(ctx.db) == start
    # the student visited, likewise: another search drops the one found and what it filled in
    qtbot.keyClicks(tab.ui.student_edit, "2026001")
    qtbot.keyClick(tab.ui.student_edit, Qt.Key_Return)
    settle(page)
    assert tab._student_on_screen() == data["zhang"] and tab.ui.person_edit.text() == "张三"
    qtbot.keyClicks(tab.ui.student_edit, "9")
    assert tab._student_on_screen() is None and tab.ui.person_edit.text() == "" and tab.ui.room_edit.text() == ""


def test_rule_needs_a_supervisor_at_the_counter(qtbot, ctx, clock, monkeypatch):
    data = gate_data.setup(ctx.db)
    auth.save_user(ctx, user_id=None, username="boss", display_name="李主管", role="supervisor",
                   password="Boss-pass-2026")
    clerk = context_for(ctx, "clerk", "clerk1")
    page = _page(qtbot, clerk)
    tab = page.visitors
    asked = []

    def fake_override(parent, ctx_, rules):
        asked.append(rules)
        return None if len(asked) == 1 else gr.Override("父亲送药，宿管陪同", "boss", "Boss-pass-2026")
    monkeypatch.setattr(frontdesk_visitor_tab, "ask_override", fake_override)
    _scan(qtbot, tab, gate_data.FATHER)
    settle(page)
    tab.ui.name_edit.setText("王父")
    tab.ui.student_edit.setText("王芳")              # (QTest cannot type Chinese; an IME would)
    qtbot.keyClick(tab.ui.student_edit, Qt.Key_Return)
    settle(page)
    assert tab.ui.building_combo.currentText() == "2号楼"
    tab.ui.relation_combo.setCurrentIndex(tab.ui.relation_combo.findData("parent"))
    tab.ui.purpose_edit.setText("送药")
    assert "男家长不得进入女生楼" in tab.ui.warning_label.text()    # warned before the save
    tab.ui.relation_combo.setCurrentIndex(tab.ui.relation_combo.findData("staff"))
    assert tab.ui.warning_label.text() == ""
    tab.ui.relation_combo.setCurrentIndex(tab.ui.relation_combo.findData("parent"))
    qtbot.mouseClick(tab.ui.check_in_button, Qt.LeftButton)         # refused, the supervisor not there
    settle(page)
    assert asked == ["男家长不得进入女生楼"] and "男家长" in tab.ui.warning_label.text()
    assert gv.list_visits(ctx) == []
    qtbot.mouseClick(tab.ui.check_in_button, Qt.LeftButton)         # the supervisor logs in and admits
    settle(page)
    rows = gv.list_visits(ctx)
    assert len(rows) == 1 and rows[0].override_by == "李主管" and rows[0].warnings == ("male_parent",)
    assert data["wang"]


def test_visitors_inside_after_closing_time_in_red(qtbot, ctx, clock):
    data = gate_data.setup(ctx.db)
    gv.check_in(ctx, id_no=gate_data.FATHER, visitor_name="张父", student_id=data["zhang"], purpose="看望",
                relation="parent")
    clock.advance(hours=13, minutes=30)
    page = _page(qtbot, ctx)
    page.apply_filter("visitors_late")
    tab = page.visitors
    assert page.ui.tabs.currentWidget() is tab and tab.ui.late_check.isChecked()
    assert tab.model.rowCount() == 1
    brush = tab.model.data(tab.model.index(0, 0), Qt.BackgroundRole)
    assert brush is not None and brush.color().name() == frontdesk_visitor_tab.LATE_COLOUR
    assert "闭楼未离开" in tab.model.data(tab.model.index(0, len(frontdesk_visitor_tab.COLUMNS) - 1))


def test_goods_out_against_a_release_slip(qtbot, ctx, clock):
    from app.services import release
    from app.services.release import ItemInput
    data = gate_data.setup(ctx.db)
    slip_id = release.create_slip(ctx, release.SlipInput(student_id=data["zhang"], handler_id_type="学生证",
                                                        handler_id_no="2026001", reason="迁出",
                                                        items=[ItemInput("书桌", 1)]))
    release.endorse(ctx, slip_id, method="学生本人", endorser_name="张三")
    release.check_arrears(ctx, slip_id, clear=True)
    number = release.issue(ctx, slip_id)
    page = _page(qtbot, ctx)
    tab = page.goods
    page.ui.tabs.setCurrentWidget(tab)
    settle(page)
    tab.ui.items_edit.setText("台式电脑主机 1 台")
    tab.ui.building_combo.setCurrentIndex(tab.ui.building_combo.findText("1号楼"))
    tab.ui.room_edit.setText("101")
    tab.ui.name_edit.setText("张三")
    qtbot.mouseClick(tab.ui.record_button, Qt.LeftButton)            # out, no slip, no note: refused
    settle(page)
    assert "舍长证明" in tab.ui.error_label.text() and tab.model.rowCount() == 0
    tab.clear_form()
    qtbot.keyClicks(tab.ui.student_edit, "2026001")
    qtbot.keyClick(tab.ui.student_edit, Qt.Key_Return)
    settle(page)
    assert tab.ui.slip_combo.currentData() == number                  # the student's slip valid today
    tab.ui.items_edit.setText("书桌 1 张")
    qtbot.mouseClick(tab.ui.record_button, Qt.LeftButton)
    settle(page)
    assert [(r.slip_no, r.student_no, r.direction) for r in tab.model.rows] == [(number, "2026001", "out")]


def test_phrase_sheet_edit_and_call_opening(qtbot, ctx, monkeypatch):
    page = _page(qtbot, ctx)
    page.ui.tabs.setCurrentWidget(page.ui.consult_tab)
    settle(page)
    assert page.ui.phrase_sheet_button.isEnabled()

    def fake_sheet(cls, ctx_, parent=None):
        d = cls(ctx_, parent)
        qtbot.addWidget(d)
        ext = next(i for i, r in enumerate(d.model.rows) if r.kind == "external_call")
        d.ui.phrase_table.selectRow(ext)
        assert d.ui.text_edit.text() == "您好，{org}。"        # edited with the placeholder, not the name
        d.ui.text_edit.setText("您好，{org}前台，很高兴为您服务。")
        d.ui.save_button.click()
        d.ui.kind_combo.setCurrentIndex(d.ui.kind_combo.findData("forbidden"))
        d.ui.text_edit.setText("")
        d.ui.add_button.click()
        assert "用语内容" in d.ui.error_label.text()
        d.ui.text_edit.setText("你自己看")
        d.ui.add_button.click()
        assert "你自己看" in [r.text for r in d.model.rows]
        return d.changed
    monkeypatch.setattr(PhraseSheetDialog, "ask", classmethod(fake_sheet))
    page.ui.phrase_sheet_button.click()
    settle(page)
    org = config.get(ctx, "org.name")
    d = ConsultDialog(ctx)
    qtbot.addWidget(d)
    assert "你自己看" in d.ui.phrase_browser.toPlainText()
    d.ui.channel_combo.setCurrentIndex(d.ui.channel_combo.findData("phone"))
    assert d.ui.opening_edit.text() == f"您好，{org}前台，很高兴为您服务。请问您贵姓？请问有什么可以帮您的吗？"
    d.ui.client_edit.setText("李先生")
    d.ui.content_edit.setPlainText("热水几点供应？")
    d.ui.mode_combo.setCurrentIndex(d.ui.mode_combo.findData("immediate"))
    d.ui.answer_edit.setPlainText("6:00–23:30")
    d.ui.button_box.button(QDialogButtonBox.Save).click()
    assert d.result is not None and d.result.remarks.startswith(f"开场：您好，{org}前台")
    assert feedback  # the module's helpers are patched by the GUI conftest


def test_front_desk_lapse_through_the_assessment_page(qtbot, state, monkeypatch):
    """The 10 元 lapse of seed #16, recorded in the existing assessment page for a 客服 staff member."""
    import datetime as dt

    from PySide6.QtCore import QDateTime

    from app.controllers.assessment_incident_dialog import AssessmentIncidentDialog
    from app.controllers.assessments_page import AssessmentsPage
    from tests import factories
    factories.staff(state.ctx.db, "周敏", category="客服")
    factories.staff(state.ctx.db, "老王", category="宿管员")
    page = AssessmentsPage(state)
    qtbot.addWidget(page)
    page.reload()
    settle(page)
    errors = []

    def fill(staff, code):
        def fake_exec(dlg):
            dlg.ui.staff_combo.setCurrentIndex(dlg.ui.staff_combo.findText(staff))
            dlg.ui.item_combo.setCurrentIndex(next(i for i in range(dlg.ui.item_combo.count())
                                                   if dlg.ui.item_combo.itemText(i).startswith(code + " ")))
            dlg.ui.occurred_edit.setDateTime(QDateTime(dt.datetime(2026, 9, 10, 9, 30)))
            dlg.ui.description_edit.setPlainText("接待时倚靠台面")
            dlg.ui.button_box.button(QDialogButtonBox.Save).click()
            errors.append(dlg.ui.error_label.text())
            return dlg.result()
        return fake_exec
    offered = {}

    def look(dlg):
        for person in ("老王", "周敏"):
            dlg.ui.staff_combo.setCurrentIndex(dlg.ui.staff_combo.findText(person))
            offered[person] = {dlg.ui.item_combo.itemText(i).split()[0] for i in range(dlg.ui.item_combo.count())}
        return 0
    monkeypatch.setattr(AssessmentIncidentDialog, "exec", look)
    page.ui.new_incident_button.click()
    settle(page)
    assert "F1" in offered["周敏"] and "4" not in offered["周敏"] and "4" in offered["老王"] and "F1" not in offered["老王"]
    monkeypatch.setattr(AssessmentIncidentDialog, "exec", fill("周敏", "F1"))
    page.ui.new_incident_button.click()
    settle(page)
    assert [(r.staff_name, r.item_code, r.deduction) for r in page.incidents_model.rows] == [("周敏", "F1", 10)]
    assert "周敏" in [r["staff_name"] for r in page.sheet_model.rows]


def test_goods_changed_search_drops_the_student_found(qtbot, ctx, clock):
    gate_data.setup(ctx.db)
    page = _page(qtbot, ctx)
    tab = page.goods
    qtbot.keyClicks(tab.ui.student_edit, "2026001")
    qtbot.keyClick(tab.ui.student_edit, Qt.Key_Return)
    settle(page)
    assert (tab.ui.name_edit.text(), tab.ui.room_edit.text()) == ("张三", "101")
    qtbot.keyClick(tab.ui.student_edit, Qt.Key_Backspace)          # typing another number, no Enter yet
    settle(page)
    assert tab._student is None and tab.ui.name_edit.text() == "" and tab.ui.room_edit.text() == ""
    tab.ui.items_edit.setText("行李箱 1 个")
    tab.ui.direction_combo.setCurrentIndex(tab.ui.direction_combo.findData("in"))
    qtbot.mouseClick(tab.ui.record_button, Qt.LeftButton)
    settle(page)
    assert tab.model.rowCount() == 0 and tab.ui.error_label.text()   # nobody on screen: refused, nothing saved
    qtbot.keyClicks(tab.ui.student_edit, "1")
    qtbot.keyClick(tab.ui.student_edit, Qt.Key_Return)
    settle(page)
    qtbot.mouseClick(tab.ui.record_button, Qt.LeftButton)
    settle(page)
    assert [(r.student_no, r.direction) for r in tab.model.rows] == [("2026001", "in")]

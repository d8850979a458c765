"""The residents page driven as a user would: filter by pinyin and 学号, add a student, move him,
check him out, and import a messy roster through the dialog's preview and commit."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from app import feedback
from app.controllers.import_dialog import ImportDialog
from app.controllers.move_dialog import MoveDialog
from app.controllers.residents_page import ResidentsPage
from app.controllers.student_dialog import StudentDialog
from app.importing import idcard
from app.services import residents, roster_import
from tests import factories
from tests import roster_files as rf
from tests.conftest import audit_count
from tests.gui.conftest import settle


@pytest.fixture
def place(ctx, monkeypatch):
    b = factories.building(ctx.db, "1号楼", "男", rooms=("101", "102", "103"))
    factories.building(ctx.db, "2号楼", "女", rooms=("201",))
    factories.student(ctx.db, "2026000001", "张三", bed_id=b["beds"]["101"][0])
    factories.student(ctx.db, "2026000002", "李四", bed_id=b["beds"]["101"][1])
    factories.student(ctx.db, "2026000003", "张珊珊", bed_id=b["beds"]["102"][0])
    monkeypatch.setattr(feedback, "confirm", lambda parent, text, title=None: True)
    monkeypatch.setattr(feedback, "ask_text", lambda parent, label, title=None: "毕业离校")
    return b


@pytest.fixture
def buildings_only(ctx, monkeypatch):
    factories.building(ctx.db, "1号楼", "男", rooms=("101", "102", "103"))
    monkeypatch.setattr(feedback, "confirm", lambda parent, text, title=None: True)


def _names(page):
    settle(page)  # a reload after a change runs off the UI thread
    return [page.model.row_at(i).name for i in range(page.model.rowCount())]


def _settled(_qtbot, page):
    settle(page)


def test_filter_add_move_check_out(qtbot, state, place, monkeypatch):
    page = ResidentsPage(state)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    _settled(qtbot, page)
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.ui.student_search_edit, "zs")
    assert sorted(_names(page)) == ["张三", "张珊珊"]
    page.ui.student_search_edit.setText("zhangs")
    assert sorted(_names(page)) == ["张三", "张珊珊"]
    page.ui.student_search_edit.setText("2026000002")
    assert _names(page) == ["李四"]
    page.ui.student_search_edit.setText("102")
    assert _names(page) == ["张珊珊"]
    page.ui.student_search_edit.clear()

    def add(dlg):
        dlg.ui.student_no_edit.setText("2026000009")
        dlg.ui.name_edit.setText("王五")
        dlg.ui.id_card_edit.setText(idcard.make("110101", __import__("datetime").date(2007, 3, 3), 9, True))
        dlg.ui.phone_edit.setText("13912345678")
        dlg.ui.bed_combo.setCurrentIndex(dlg.ui.bed_combo.findText("1号楼 103-1"))
        dlg.ui.button_box.button(QDialogButtonBox.Save).click()
        return dlg.result()
    monkeypatch.setattr(StudentDialog, "exec", add)
    before = audit_count(state.ctx.db)
    page.ui.add_student_button.click()
    settle(page)
    assert audit_count(state.ctx.db) == before + 1
    page.ui.student_search_edit.setText("ww")
    assert _names(page) == ["王五"]
    page.ui.student_table.selectRow(0)
    assert "1号楼 103-1" in page.ui.detail_text.toPlainText()
    assert page.ui.move_button.isEnabled() and page.ui.check_out_button.isEnabled()

    def move(dlg):
        assert dlg.ui.bed_combo.findText("2号楼 201-1") < 0  # a women's building is not offered
        dlg.ui.bed_combo.setCurrentIndex(dlg.ui.bed_combo.findText("1号楼 102-2"))
        dlg.ui.reason_edit.setText("宿舍调整")
        dlg.ui.button_box.button(QDialogButtonBox.Ok).click()
        return dlg.result()
    monkeypatch.setattr(MoveDialog, "exec", move)
    page.ui.move_button.click()
    settle(page)
    page.ui.student_table.selectRow(0)
    assert page.model.row_at(0).place == "1号楼 102-2"
    assert "调宿" in page.ui.detail_text.toPlainText()

    page.ui.check_out_button.click()

    settle(page)
    page.ui.status_combo.setCurrentIndex(page.ui.status_combo.findData("left"))
    assert _names(page) == ["王五"]
    row = page.model.row_at(0)
    assert row.bed_id is None
    assert [m.kind for m in residents.history(state.ctx, row.id)] == ["move_in", "transfer", "move_out"]
    assert audit_count(state.ctx.db) == before + 3


def test_tree_narrows_the_list(qtbot, state, place):
    page = ResidentsPage(state)
    qtbot.addWidget(page)
    page.show()
    _settled(qtbot, page)
    top = page.ui.building_tree.topLevelItem(0)
    b1 = top.child(0)
    assert b1.text(1) == "3/12" and b1.childCount() == 0
    b1.setExpanded(True)  # rooms are loaded on expansion
    assert [b1.child(i).text(1) for i in range(b1.childCount())] == ["2/4", "1/4", "0/4"]
    page.ui.building_tree.setCurrentItem(b1.child(1))  # room 102
    assert _names(page) == ["张珊珊"]
    page.reload()  # the selected room survives a reload
    _settled(qtbot, page)
    assert page.ui.building_tree.currentItem().text(0) == "102" and _names(page) == ["张珊珊"]
    page.ui.building_tree.setCurrentItem(page.ui.building_tree.topLevelItem(0))
    assert page.model.rowCount() == 3


def test_import_dialog_preview_fix_mapping_and_commit(qtbot, state, buildings_only, tmp_path, monkeypatch):
    rows = rf.messy_rows()
    rows[3][1] = "编号"    # a header the importer does not know: 学号 must be mapped by hand
    path = rf.write_xlsx(tmp_path / "名单.xlsx", rows)
    dialog = ImportDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.ui.error_label.text() != "" or dialog.preview is not None, timeout=10000)
    assert "学号" in dialog.ui.error_label.text() and dialog.preview is None

    rows[3][1] = "学生编号"
    path = rf.write_xlsx(tmp_path / "名单2.xlsx", rows)
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    combo = dialog.combos["student_no"]
    assert combo.currentData() == 1
    assert dialog.models["rejected"].rowCount() == len(rf.bad_rows())
    first = dialog.models["rejected"].row_at(0)
    assert (first.row, first.column, first.reason) == (11, "学号", "学号为空")
    assert dialog.models["new"].rowCount() == 5
    assert "2号楼（女）" in dialog.ui.missing_label.text()       # the gender it will be created with, as a label
    # unmap 手机号 and check again: the phone is not read any more, the bad-phone row passes
    dialog.combos["phone"].setCurrentIndex(0)
    dialog.preview = None
    dialog.ui.recheck_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert dialog.models["rejected"].rowCount() == len(rf.bad_rows()) - 1
    assert dialog.ui.import_button.isEnabled()
    confirmations = []
    monkeypatch.setattr(feedback, "confirm", lambda parent, text, title=None: confirmations.append(text) or True)
    dialog.ui.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    assert dialog.result.inserted == 6 and dialog.result.created_rooms == 1
    assert any("楼栋" in c for c in confirmations) and any("被拒绝" in c for c in confirmations)
    assert {"2026010001", "0026010003"} <= {r.student_no for r in residents.list_students(state.ctx)}
    assert roster_import.list_batches(state.ctx)[0].inserted == 6


def test_import_dialog_cancel_writes_nothing_and_saves_template(qtbot, state, buildings_only, tmp_path, monkeypatch):
    before = audit_count(state.ctx.db)
    dialog = ImportDialog(state)
    qtbot.addWidget(dialog)
    target = tmp_path / "模板.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.ui.template_button.click()
    assert target.exists()
    dialog.load(rf.write_xlsx(tmp_path / "a.xlsx", rf.messy_rows()))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    dialog.ui.cancel_button.click()
    assert dialog.result is None and audit_count(state.ctx.db) == before


def test_hostile_file_in_the_dialog(qtbot, state, tmp_path):
    p = tmp_path / "x.xlsx"
    p.write_bytes(b"\x00\x01 not a workbook" * 100)
    dialog = ImportDialog(state)
    qtbot.addWidget(dialog)
    dialog.load(p)
    qtbot.waitUntil(lambda: dialog.ui.error_label.text() != "", timeout=10000)
    assert "无法识别" in dialog.ui.error_label.text()
    assert not dialog.ui.import_button.isEnabled()


def test_batches_dialog_undoes_an_import(qtbot, state, buildings_only, tmp_path, no_modal_boxes):
    from app.controllers.import_batches_dialog import ImportBatchesDialog
    pv = roster_import.preview(state.ctx, rf.write_xlsx(tmp_path / "a.xlsx", rf.messy_rows(include_bad=False)))
    roster_import.commit(state.ctx, pv)
    assert len(residents.list_students(state.ctx)) == 5
    dialog = ImportBatchesDialog(state.ctx)
    qtbot.addWidget(dialog)
    dialog.ui.batches_table.selectRow(0)
    dialog.ui.undo_button.click()
    assert len(residents.list_students(state.ctx)) == 0
    assert dialog.model.row_at(0).status == "undone"


def test_building_room_and_staff_dialogs(qtbot, state, place, monkeypatch):
    from app.controllers.building_dialog import BuildingDialog
    from app.controllers.room_dialog import RoomDialog
    from app.controllers.staff_dialog import StaffDialog
    from app.services import residents_places
    staff = StaffDialog(state.ctx)
    qtbot.addWidget(staff)
    staff.ui.name_edit.setText("王阿姨")
    staff.ui.phone_edit.setText("13900001111")
    staff.ui.buildings_list.item(0).setCheckState(Qt.Checked)
    staff.ui.save_button.click()
    assert staff.model.rowCount() == 1 and staff.model.row_at(0).buildings == "1号楼"
    assert staff.model.row_at(0).category == "warden"           # stored as the code, shown as the label
    assert staff.model.index(0, 1).data() == "宿管员"
    dlg = BuildingDialog(state.ctx, None)
    qtbot.addWidget(dlg)
    dlg.ui.name_edit.setText("3号楼")
    dlg.ui.gender_combo.setCurrentIndex(dlg.ui.gender_combo.findData("f"))
    dlg.ui.staff_list.item(0).setCheckState(Qt.Checked)
    dlg.ui.button_box.button(QDialogButtonBox.Save).click()
    assert dlg.result() == QDialog.Accepted
    new = next(b for b in residents_places.list_buildings(state.ctx) if b.name == "3号楼")
    assert new.gender == "f" and new.staff_names == "王阿姨"
    assert BuildingDialog(state.ctx, new.id).ui.staff_list.item(0).text() == "王阿姨（宿管员）"
    room = RoomDialog(state.ctx, None, building_id=new.id)
    qtbot.addWidget(room)
    room.ui.room_no_edit.setText("")
    room.ui.button_box.button(QDialogButtonBox.Save).click()
    assert "房号" in room.ui.error_label.text()
    room.ui.room_no_edit.setText("305")
    room.ui.bed_count_spin.setValue(6)
    room.ui.button_box.button(QDialogButtonBox.Save).click()
    assert room.result() == QDialog.Accepted
    assert [(r.room_no, r.floor, r.bed_count) for r in residents_places.list_rooms(state.ctx, new.id)] == [("305", 3, 6)]


def test_edit_student_and_scoped_clerk(qtbot, state, place, monkeypatch):
    from app.controllers.app_state import AppState
    from tests.conftest import context_for
    page = ResidentsPage(state)
    qtbot.addWidget(page)
    page.show()
    _settled(qtbot, page)
    page.ui.student_search_edit.setText("lisi")
    page.ui.student_table.selectRow(0)

    def edit(dlg):
        assert not dlg.ui.bed_combo.isEnabled()
        dlg.ui.phone_edit.setText("12")
        dlg.ui.button_box.button(QDialogButtonBox.Save).click()
        assert "11位" in dlg.ui.error_label.text()  # refused inline, the dialog stays open
        dlg.ui.phone_edit.setText("13700001111")
        dlg.ui.button_box.button(QDialogButtonBox.Save).click()
        return dlg.result()
    monkeypatch.setattr(StudentDialog, "exec", edit)
    page.ui.edit_student_button.click()
    settle(page)
    assert page.model.row_at(0).phone == "13700001111"

    other = factories.building(state.ctx.db, "3号楼", "男", rooms=("301",))
    factories.student(state.ctx.db, "2026000099", "外楼生", bed_id=other["beds"]["301"][0])
    clerk = context_for(state.ctx, "clerk", building_ids=[other["building"]])
    clerk_page = ResidentsPage(AppState(clerk, state.tasks, state.settings))
    qtbot.addWidget(clerk_page)
    clerk_page.show()
    _settled(qtbot, clerk_page)
    assert _names(clerk_page) == ["外楼生"]
    tree = clerk_page.ui.building_tree.topLevelItem(0)
    assert tree.childCount() == 1 and tree.child(0).text(0).startswith("3号楼")
    assert not clerk_page.ui.add_building_button.isVisibleTo(clerk_page)
    assert not clerk_page.ui.batches_button.isHidden()


def test_check_out_held_up_by_keys_offers_the_key_return(qtbot, state, place, monkeypatch):
    from app.controllers.key_return_dialog import KeyReturnDialog
    from app.services import keys_common, keys_issue
    with state.ctx.read() as s:
        door = next(t for t in keys_common.key_types(s) if t.name == "door")
    keys_issue.issue_keys(state.ctx, "2026000001", {door.id: 1})
    asked = []

    def hand_back(cls, parent, ctx, student_id, text=""):
        asked.append(text)
        return keys_issue.return_keys(ctx, student_id, {door.id: 1})

    monkeypatch.setattr(KeyReturnDialog, "ask", classmethod(hand_back))
    page = ResidentsPage(state)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    _settled(qtbot, page)
    page.ui.student_search_edit.setText("2026000001")
    page.ui.student_table.selectRow(0)
    page.ui.check_out_button.click()
    settle(page)
    assert asked and "张三" in asked[0]
    row = next(r for r in residents.list_students(state.ctx, status=None) if r.student_no == "2026000001")
    assert row.status == "left" and row.bed_id is None


def test_detail_pane_masks_for_a_clerk_and_shows_in_full_for_a_supervisor(qtbot, state, place):
    """Issue 15 item 3: the pane under the table showed a clerk the full 身份证号 and phone."""
    from app.controllers.app_state import AppState
    from tests.conftest import context_for
    sid = residents.list_students(state.ctx)[0].id
    row = residents.get_student(state.ctx, sid)
    residents.save_student(state.ctx, sid, residents.StudentInput(
        student_no=row.student_no, name=row.name, gender=row.gender, id_card="330106200001014997",
        phone="15012344991"), expected_version=row.version)
    for role, shown, hidden in (("clerk", ("330106********4997", "150****4991"), ("330106200001014997", "15012344991")),
                                ("supervisor", ("330106200001014997", "15012344991"), ("****",))):
        page = ResidentsPage(AppState(context_for(state.ctx, role), state.tasks, state.settings))
        qtbot.addWidget(page)
        page.show()
        settle(page)
        page.ui.student_table.selectRow(next(i for i in range(page.model.rowCount())
                                             if page.model.row_at(i).id == sid))
        text = page.ui.detail_text.toPlainText()
        assert all(s in text for s in shown) and not any(h in text for h in hidden), (role, text)
        table = " ".join(str(page.model.index(r, c).data()) for r in range(page.model.rowCount())
                         for c in range(page.model.columnCount()))
        assert not any(h in table for h in hidden), role


def test_tree_rows_are_as_tall_as_table_rows(qtbot, state, place):
    page = ResidentsPage(state)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    settle(page)
    tree, table = page.ui.building_tree, page.ui.student_table
    item = tree.topLevelItem(0)
    assert table.rowHeight(0) > 0 and tree.visualItemRect(item).height() == table.rowHeight(0)

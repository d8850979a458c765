"""The rules every dialog follows (app/widgets/dialog_rules.py), shown on the 报修 dialog first: an
empty save names every missing field at once beside the field and each message goes as the field is
filled; Return in a line edit never saves; Esc or the close button asks before throwing typed input
away; the second click of a double-click on 保存 never reaches the window behind."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableWidget

from app import feedback
from app.controllers.repair_report_dialog import RepairReportDialog
from tests import repairs_data


def _dialog(qtbot, ctx, parent=None):
    if not hasattr(ctx, "_repairs_data"):
        ctx._repairs_data = repairs_data.setup(ctx.db)
    d = RepairReportDialog(ctx, parent)
    qtbot.addWidget(d) if parent is None else None
    d.show()
    return d


def _save_button(d):
    return d.ui.button_box.button(QDialogButtonBox.Save)


def test_empty_save_names_every_missing_field_beside_it_and_clears_each_when_filled(qtbot, ctx):
    d = _dialog(qtbot, ctx)
    qtbot.mouseClick(_save_button(d), Qt.LeftButton)
    assert d.result is None and d.isVisible()
    missing = d.rules.missing_messages()
    assert set(missing) == {d.ui.room_edit, d.ui.reporter_name_edit, d.ui.description_edit}
    for widget, label in missing.items():
        assert label.isVisible() and label.text(), widget.objectName()
        # beside its own field: the message sits right under the field it names
        assert abs(label.mapTo(d, label.rect().topLeft()).x() - widget.mapTo(d, widget.rect().topLeft()).x()) < 4
    assert "房号" in missing[d.ui.room_edit].text() and "故障描述" in missing[d.ui.description_edit].text()
    qtbot.keyClicks(d.ui.room_edit, "101")
    assert not missing[d.ui.room_edit].isVisible()
    assert missing[d.ui.reporter_name_edit].isVisible() and missing[d.ui.description_edit].isVisible()
    d.ui.description_edit.setPlainText("水龙头滴水")
    assert not missing[d.ui.description_edit].isVisible()
    d.ui.reporter_name_edit.setText("张三")
    assert not any(label.isVisible() for label in missing.values())
    qtbot.mouseClick(_save_button(d), Qt.LeftButton)
    assert d.result is not None and d.result.slip_no.startswith("WX")


def test_service_refusal_shown_until_the_form_is_edited(qtbot, ctx):
    d = _dialog(qtbot, ctx)
    d.ui.room_edit.setText("999")
    d.ui.reporter_name_edit.setText("张三")
    d.ui.description_edit.setPlainText("灯不亮")
    qtbot.mouseClick(_save_button(d), Qt.LeftButton)
    assert d.result is None and d.ui.error_label.isVisible() and d.ui.error_label.text(), (d.ui.error_label.text(), d.rules.missing_messages())
    qtbot.keyClicks(d.ui.room_edit, "\b\b\b101")
    assert not d.ui.error_label.isVisible()


def test_return_in_the_finder_and_the_room_box_does_not_save(qtbot, ctx):
    d = _dialog(qtbot, ctx)
    d.ui.reporter_name_edit.setText("张三")
    d.ui.description_edit.setPlainText("灯不亮")
    for edit in (d.ui.room_edit, d.ui.location_edit, d.ui.reporter_name_edit, d.ui.student_search_edit):
        edit.setFocus()
        if edit is d.ui.room_edit:
            qtbot.keyClicks(edit, "101")
        qtbot.keyClick(edit, Qt.Key_Return)
        qtbot.keyClick(edit, Qt.Key_Enter)
        assert d.result is None and d.isVisible(), edit.objectName()
    # the focused 保存 button still saves from the keyboard
    _save_button(d).setFocus()
    qtbot.keyClick(_save_button(d), Qt.Key_Return)
    assert d.result is not None


def test_escape_asks_before_throwing_typed_input_away(qtbot, ctx, monkeypatch):
    asked = []
    answer = {"value": False}
    monkeypatch.setattr(feedback, "confirm", lambda parent, text, title=None: asked.append(text) or answer["value"])
    d = _dialog(qtbot, ctx)
    qtbot.keyClick(d, Qt.Key_Escape)  # nothing typed: closes without asking
    assert not d.isVisible() and asked == []

    d = _dialog(qtbot, ctx)
    qtbot.keyClicks(d.ui.location_edit, "balcony")
    qtbot.keyClick(d.ui.location_edit, Qt.Key_Escape)
    assert d.isVisible() and len(asked) == 1 and d.ui.location_edit.text() == "balcony"
    d.close()  # the window's close button
    assert d.isVisible() and len(asked) == 2
    answer["value"] = True
    qtbot.keyClick(d.ui.location_edit, Qt.Key_Escape)
    assert not d.isVisible() and d.result is None


def test_double_click_on_save_does_not_reach_the_list_behind(qtbot, ctx):
    behind = QTableWidget(60, 12)
    qtbot.addWidget(behind)
    behind.resize(1200, 900)
    behind.show()
    opened = []
    behind.cellDoubleClicked.connect(lambda r, c: opened.append(r))
    behind.cellClicked.connect(lambda r, c: opened.append(r))
    d = _dialog(qtbot, ctx, parent=behind)
    d.ui.room_edit.setText("101")
    d.ui.reporter_name_edit.setText("张三")
    d.ui.description_edit.setPlainText("灯不亮")
    save = _save_button(d)
    d.spot_of_save = save.mapToGlobal(save.rect().center())
    qtbot.mouseClick(save, Qt.LeftButton)
    assert d.result is not None and not d.isVisible()
    assert not _save_button(d).isEnabled()  # no second save while it closes
    # the second click of the double-click lands on the table that was behind the dialog
    # delivered as the window system does: to the window, which finds the widget under the pointer
    window = behind.windowHandle()
    pos = behind.mapFromGlobal(d.spot_of_save)
    assert behind.indexAt(behind.viewport().mapFromGlobal(d.spot_of_save)).isValid()
    qtbot.mousePress(window, Qt.LeftButton, pos=pos)
    qtbot.mouseDClick(window, Qt.LeftButton, pos=pos)
    qtbot.mouseRelease(window, Qt.LeftButton, pos=pos)
    assert opened == [] and not behind.selectedItems()
    qtbot.wait(QApplication.doubleClickInterval() + 100)  # afterwards the list works again
    qtbot.mouseClick(window, Qt.LeftButton, pos=pos)
    assert opened


def test_every_dialog_installs_the_rules():
    """One helper for all: every dialog derives from RulesDialog and builds its DialogRules (or inherits
    ServiceDialog's)."""
    import ast
    from pathlib import Path
    root = Path(__file__).resolve().parents[2] / "app" / "controllers"
    missing = []
    for path in sorted(root.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.ClassDef):
                continue
            bases = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
            source = ast.get_source_segment(path.read_text(encoding="utf-8"), node)
            if "QDialog" in bases or ("RulesDialog" in bases and "DialogRules(" not in source):
                missing.append(f"{path.name}:{node.name}")
    assert missing == []


def test_student_dialog_names_both_missing_fields_at_once(qtbot, ctx):
    from app.controllers.student_dialog import StudentDialog
    d = StudentDialog(ctx, None)
    qtbot.addWidget(d)
    d.show()
    qtbot.mouseClick(d.ui.button_box.button(QDialogButtonBox.Save) or d.ui.button_box.buttons()[0], Qt.LeftButton)
    shown = d.rules.missing_messages()
    assert set(shown) == {d.ui.student_no_edit, d.ui.name_edit}
    assert "学号" in d.ui.error_label.text() and "姓名" in d.ui.error_label.text()
    qtbot.keyClicks(d.ui.name_edit, "Li")
    assert set(d.rules.missing_messages()) == {d.ui.student_no_edit}


def test_return_in_a_key_dialog_does_not_submit(qtbot, ctx, monkeypatch):
    from app.controllers.key_loss_dialog import KeyLossDialog
    d = KeyLossDialog(ctx, "")
    qtbot.addWidget(d)
    d.show()
    called = []
    monkeypatch.setattr(d, "save", lambda: called.append(1))
    d.ui.student_no_edit.setFocus()
    qtbot.keyClicks(d.ui.student_no_edit, "2026001")
    qtbot.keyClick(d.ui.student_no_edit, Qt.Key_Return)
    assert called == [] and d.isVisible()


def test_owner_key_deposit_names_both_missing_fields(qtbot, ctx):
    from app.controllers.owner_key_deposit_dialog import OwnerKeyDepositDialog
    d = OwnerKeyDepositDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    d.ui.button_box.button(QDialogButtonBox.Ok).click()
    assert set(d.rules.missing_messages()) == {d.ui.room_no_edit, d.ui.owner_name_edit}
    d.ui.room_no_edit.setText("101")
    assert set(d.rules.missing_messages()) == {d.ui.owner_name_edit}


def test_a_save_button_outside_the_button_box_saves_once_on_a_double_click(qtbot, ctx):
    """The staff list-and-form dialog: its 保存 checks the required 姓名 and ignores a second click."""
    from app.controllers.staff_dialog import StaffDialog
    from app.services import residents_places
    d = StaffDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    qtbot.mouseClick(d.ui.save_button, Qt.LeftButton)
    assert set(d.rules.missing_messages()) == {d.ui.name_edit}
    d.ui.name_edit.setText("王阿姨")
    qtbot.mouseClick(d.ui.save_button, Qt.LeftButton)
    assert not d.ui.save_button.isEnabled()  # the second click of a double-click finds it disabled
    qtbot.mouseClick(d.ui.save_button, Qt.LeftButton)
    assert [s.name for s in residents_places.list_staff(ctx)] == ["王阿姨"]
    qtbot.waitUntil(d.ui.save_button.isEnabled, timeout=2000)


def test_rows_typed_into_an_item_grid_count_as_typed_input(qtbot, ctx, monkeypatch):
    """放行申请: items typed into the grid are not thrown away by Esc without asking."""
    from PySide6.QtWidgets import QTableWidgetItem

    from app.controllers.release_slip_dialog import ReleaseSlipDialog
    asked = []
    monkeypatch.setattr(feedback, "confirm", lambda parent, text, title=None: asked.append(text) or False)
    d = ReleaseSlipDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    assert not d.rules.dirty  # the dialog's own filling of the grid is not typing
    table = d.ui.items_table
    d.activateWindow()
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=2000)
    table.setItem(0, 0, QTableWidgetItem("书桌"))
    assert d.rules.dirty
    qtbot.keyClick(table, Qt.Key_Escape)
    assert asked and d.isVisible()


def test_meeting_order_and_visit_dialogs_name_every_missing_field_at_once(qtbot, ctx):
    """The dialogs of the meeting, visit and survey modules follow the same rules as the others."""
    from app.controllers.meeting_order_dialog import MeetingOrderDialog
    from app.controllers.visit_new_dialog import VisitNewDialog
    d = MeetingOrderDialog(ctx, None)   # no meeting room yet and no name typed
    qtbot.addWidget(d)
    d.show()
    qtbot.mouseClick(d.ui.button_box.button(QDialogButtonBox.Save), Qt.LeftButton)
    assert set(d.rules.missing_messages()) == {d.ui.room_combo, d.ui.name_edit}
    assert "会议室" in d.ui.error_label.text() and "会议名称" in d.ui.error_label.text()
    qtbot.keyClicks(d.ui.name_edit, "Weekly")
    assert set(d.rules.missing_messages()) == {d.ui.room_combo}
    v = VisitNewDialog(ctx, None)
    qtbot.addWidget(v)
    v.show()
    qtbot.mouseClick(v.ui.button_box.button(QDialogButtonBox.Save), Qt.LeftButton)
    assert set(v.rules.missing_messages()) == {v.ui.subject_edit} and v.isVisible()

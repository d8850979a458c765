"""Settings: users managed by admins; audit screen lists and exports."""
from PySide6.QtWidgets import QDialogButtonBox

from app.controllers.audit_page import AuditPage
from app.controllers.settings_page import SettingsPage
from app.controllers.user_dialog import UserDialog
from app.services import auth, config
from tests.gui.conftest import settle


def test_admin_adds_a_user_through_the_dialog(qtbot, state):
    dialog = UserDialog(state.ctx, None, [])
    qtbot.addWidget(dialog)
    dialog.ui.username_edit.setText("wang")
    dialog.ui.display_name_edit.setText("王五")
    dialog.ui.password_edit.setText("123")
    dialog.ui.button_box.button(QDialogButtonBox.Save).click()
    assert "至少" in dialog.ui.error_label.text()
    dialog.ui.password_edit.setText("12345678")
    dialog.ui.button_box.button(QDialogButtonBox.Save).click()
    assert [u.username for u in auth.list_users(state.ctx)] == ["wang"]


def test_settings_page_saves_the_organisation_name(qtbot, state):
    page = SettingsPage(state)
    qtbot.addWidget(page)
    page.reload()
    settle(page)
    assert page.ui.org_name_edit.text() == config.get(state.ctx, "org.name")
    qtbot.keyClicks(page.ui.org_name_edit, "X")  # typed while a load runs: the late load keeps it
    page.reload()
    settle(page)
    assert page.ui.org_name_edit.text().endswith("X")
    page.ui.org_name_edit.setText("某某大学后勤集团")
    page.ui.save_general_button.click()
    settle(page)
    assert config.get(state.ctx, "org.name") == "某某大学后勤集团"


def test_audit_page_lists_changes_and_exports(qtbot, state, tmp_path, monkeypatch):
    config.set_value(state.ctx, "org.name", "审计测试")
    page = AuditPage(state)
    qtbot.addWidget(page)
    from PySide6.QtCore import QDate
    page.ui.date_from_edit.setDate(QDate(2026, 9, 1))
    page.ui.date_to_edit.setDate(QDate(2026, 9, 30))
    page.reload()
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)  # loaded off the UI thread
    assert page.model.rowCount() == 1
    assert page.model.rows[0].summary == "设置 org.name"
    combo = page.ui.entity_combo        # the record kind by its name, the stored entity as item data
    assert [combo.itemText(i) for i in range(combo.count())] == ["全部", "业务参数"]
    assert combo.itemData(1) == "config"
    assert page.model.data(page.model.index(0, 5)) == "业务参数"
    combo.setCurrentIndex(1)
    page.reload()
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)
    assert page.model.rowCount() == 1 and combo.currentData() == "config"
    target = tmp_path / "audit.xlsx"
    from PySide6.QtWidgets import QFileDialog
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.ui.export_button.click()
    qtbot.waitUntil(target.exists, timeout=10000)
    from openpyxl import load_workbook
    ws = load_workbook(target).worksheets[0]
    values = [c.value for row in ws.iter_rows() for c in row if c.value]
    assert "操作审计日志" in values and "设置 org.name" in values


def test_settings_say_when_the_command_line_language_is_in_force(qtbot, state, qapp):
    """`dormdesk --lang en` with 简体中文 saved: the page shows the saved choice and says --lang rules now."""
    from app import i18n
    state.settings.language = "zh_CN"
    page = SettingsPage(state)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    settle(page)
    assert not page.ui.language_note_label.isVisible()  # no --lang: nothing to explain
    try:
        i18n.install(qapp, "en", from_command_line=True)
        page.reload()
        settle(page)
        assert page.ui.language_combo.currentData() == "zh_CN"  # the saved setting, still editable
        note = page.ui.language_note_label
        assert note.isVisible() and "--lang en" in note.text() and "English" in note.text()
    finally:
        i18n.install(qapp, "zh_CN")
    page.reload()
    settle(page)
    assert not page.ui.language_note_label.isVisible()


def test_parameter_holding_codes_is_shown_and_edited_as_labels(qtbot, state, monkeypatch):
    """设置 → 业务参数: the admitted relations read as labels; typing labels stores codes; an unknown
    label is refused with a message naming it, nothing saved."""
    from app import feedback
    from app.controllers import settings_page
    page = SettingsPage(state)
    qtbot.addWidget(page)
    page.reload()
    settle(page)
    rows = page.params_model.rows
    row = next(i for i, r in enumerate(rows) if r["key"] == "visitor.admitted_relations")
    assert rows[row]["value"] == '["家长", "本校学生", "教职工"]'
    assert rows[row]["label"] == "无须主管放行的来访者身份"
    offered = []

    def typed(text):
        def get_text(_parent, _title, _label, text=""):
            offered.append(text)
            return typed_text, True
        typed_text = text
        monkeypatch.setattr(settings_page.QInputDialog, "getText", get_text)

    typed('["家长", "亲友"]')
    page.ui.parameters_table.doubleClicked.emit(page.params_model.index(row, 1))
    settle(page)
    assert offered == ['["家长", "本校学生", "教职工"]']
    assert config.get(state.ctx, "visitor.admitted_relations") == ["parent", "relative"]
    row = next(i for i, r in enumerate(page.params_model.rows) if r["key"] == "visitor.admitted_relations")
    assert page.params_model.rows[row]["value"] == '["家长", "亲友"]'

    errors = []
    monkeypatch.setattr(feedback, "show_error", lambda _parent, exc: errors.append(str(exc)))
    typed("家长、快递员")
    page.ui.parameters_table.doubleClicked.emit(page.params_model.index(row, 1))
    settle(page)
    assert errors and "快递员" in errors[0] and "无须主管放行的来访者身份" in errors[0]
    assert config.get(state.ctx, "visitor.admitted_relations") == ["parent", "relative"]

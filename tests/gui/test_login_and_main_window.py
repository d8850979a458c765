"""First run, login, lockout message, the main window with every page, the idle lock."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.controllers.first_run_dialog import FirstRunDialog
from app.controllers.login_dialog import LoginDialog
from app.controllers.main_window import MainWindow
from app.services import auth, config


def test_first_run_creates_the_administrator(qtbot, ctx):
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.org_name_edit.setText("测试大学公寓中心")
    dialog.ui.username_edit.setText("boss")
    dialog.ui.display_name_edit.setText("王主任")
    dialog.ui.password_edit.setText("secret123")
    dialog.ui.password_again_edit.setText("different")
    dialog.ui.button_box.button(QDialogButtonBox.Ok).click()
    assert "不一致" in dialog.ui.error_label.text()
    assert auth.user_count(ctx) == 0
    dialog.ui.password_again_edit.setText("secret123")
    dialog.ui.button_box.button(QDialogButtonBox.Ok).click()
    assert dialog.result() == FirstRunDialog.Accepted
    assert [u.username for u in auth.list_users(ctx)] == ["boss"]
    assert config.get(ctx, "org.name") == "测试大学公寓中心"


def test_login_dialog_logs_in_and_reports_wrong_password(qtbot, ctx):
    auth.save_user(ctx, user_id=None, username="clerk", display_name="李客服", role="clerk", password="pw-12345")
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.username_edit, "clerk")
    qtbot.keyClicks(dialog.ui.password_edit, "wrong")
    qtbot.keyClick(dialog.ui.password_edit, Qt.Key_Return)
    assert "用户名或密码错误" in dialog.ui.error_label.text()
    assert dialog.actor is None
    qtbot.keyClicks(dialog.ui.password_edit, "pw-12345")
    qtbot.keyClick(dialog.ui.password_edit, Qt.Key_Return)
    assert dialog.actor is not None and dialog.actor.role == "clerk"


def test_locked_account_message(qtbot, ctx):
    auth.save_user(ctx, user_id=None, username="zhao", display_name="赵", role="clerk", password="pw-12345")
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.username_edit.setText("zhao")
    for _ in range(5):
        dialog.ui.password_edit.setText("bad")
        dialog.ui.button_box.button(QDialogButtonBox.Ok).click()
    assert "锁定" in dialog.ui.error_label.text()


def test_main_window_opens_every_page(qtbot, state):
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    assert window.entries, "no page is available"
    for entry in window.entries:
        window.show_page(entry.key)
        assert window.ui.page_stack.currentWidget() is window.pages[entry.key]
    assert "测试管理员" in window.user_label.text()
    assert state.ctx.db.display_name() in window.db_label.text()


def test_last_page_is_remembered(qtbot, state):
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show_page("settings")
    window.close()
    again = MainWindow(state)
    qtbot.addWidget(again)
    assert again.ui.page_stack.currentWidget() is again.pages["settings"]


def test_readonly_user_sees_no_audit_or_users(qtbot, state):
    from tests.conftest import context_for
    state.ctx = context_for(state.ctx, "readonly")
    window = MainWindow(state)
    qtbot.addWidget(window)
    keys = [e.key for e in window.entries]
    assert "audit" not in keys and "settings" in keys


def test_idle_lock_asks_for_the_same_users_password(qtbot, state, monkeypatch):
    config.set_value(state.ctx, "screen.idle_lock_minutes", 1)
    asked = []
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, ctx, parent=None, lock_for=None:
                                                        asked.append(lock_for) or lock_for))
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.idle.last_input -= 120
    window._on_idle_timer_timeout()
    assert asked and asked[0].username == state.ctx.actor.username
    assert window.ui.page_stack.isVisibleTo(window)


def test_navigation_uses_the_content_font_and_no_focus_rectangle(qtbot, state):
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    nav = window.ui.navigation_list
    page = window.pages[window.entries[0].key]
    assert nav.font().pointSizeF() == page.font().pointSizeF()
    assert nav.font().pixelSize() == page.font().pixelSize()
    assert "outline: 0" in nav.styleSheet()  # the selected item is blue, without a dotted frame


def test_first_run_dialog_has_no_empty_bands(qtbot, ctx):
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    intro, org = dialog.ui.intro_label, dialog.ui.org_name_edit
    text_height = intro.fontMetrics().boundingRect(0, 0, intro.width(), 1000, 0x1000, intro.text()).height()
    assert intro.height() <= text_height + 12  # the label is as tall as its text, not a band
    gap = org.mapTo(dialog, org.rect().topLeft()).y() - intro.geometry().bottom()
    assert gap <= 24
    box = dialog.ui.button_box
    assert dialog.height() - box.geometry().bottom() <= 24

"""The home page with qtbot: numbers read off the UI thread, a click opens the page behind the
number with its filter, trends painted, and the handover dialog's whole flow."""
from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QWidget

from app.controllers.app_state import AppState
from app.controllers.handover_dialog import HandoverDialog
from app.controllers.home_page import HomePage
from app.controllers.pdf_preview_dialog import PdfPreviewDialog
from app.services import auth, catalog, handover
from app.settings import Settings
from app.tasks import TaskRunner


class FakeKeysPage(QWidget):
    def __init__(self):
        super().__init__()
        self.filters = []

    def apply_filter(self, text):
        self.filters.append(text)


class FakeWindow(QMainWindow):
    """Stands in for the main window: pages by key and show_page(key)."""

    def __init__(self):
        super().__init__()
        self.shown = []
        self.pages = {"keys": FakeKeysPage()}
        self.entries = [type("E", (), {"key": k})() for k in ("home", "keys")]

    def show_page(self, key):
        self.shown.append(key)


@pytest.fixture
def state(ctx, tmp_path):
    return AppState(ctx=ctx, tasks=TaskRunner(), settings=Settings(str(tmp_path / "s.ini")))


@pytest.fixture
def window(qtbot, state, monkeypatch):
    items = [catalog.DashboardItem(1, "test.overdue", "逾期未还的测试钥匙", "keys", lambda c: 7, filter="overdue"),
             catalog.DashboardItem(2, "test.elsewhere", "别的页面", "repairs", lambda c: 0)]
    monkeypatch.setattr(catalog, "dashboard_items", lambda: items)
    win = FakeWindow()
    page = HomePage(state, win)
    win.setCentralWidget(page)
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    qtbot.waitUntil(lambda: page.snapshot is not None, timeout=5000)
    yield win, page
    state.tasks.wait_all()


def test_tiles_open_the_page_behind_the_number(qtbot, window):
    win, page = window
    tile = page.tiles["test.overdue"]
    assert tile.number_label.text() == "7"
    assert page.tiles["test.elsewhere"].number_label.text() == "0"
    assert "handover.waiting" not in page.tiles  # only the declared items here
    qtbot.mouseClick(tile, Qt.LeftButton)
    assert win.shown == ["keys"] and win.pages["keys"].filters == ["overdue"]
    qtbot.mouseClick(page.tiles["test.elsewhere"], Qt.LeftButton)  # page not available: nothing opens
    assert win.shown == ["keys"]
    assert set(page.charts) >= {"keys", "repairs"}
    assert page.ui.updated_label.text().startswith("更新于")
    page.grab().save("/tmp/home_page.png")


def test_refresh_timer_rereads_numbers(qtbot, window, monkeypatch):
    _win, page = window
    assert page.refresh_timer.isActive()
    items = [catalog.DashboardItem(1, "test.overdue", "逾期未还的测试钥匙", "keys", lambda c: 9, filter="overdue"),
             catalog.DashboardItem(2, "test.elsewhere", "别的页面", "repairs", lambda c: 0)]
    monkeypatch.setattr(catalog, "dashboard_items", lambda: items)
    page.refresh_timer.timeout.emit()
    qtbot.waitUntil(lambda: page.tiles["test.overdue"].number_label.text() == "9", timeout=5000)


def test_handover_dialog_flow(qtbot, state, ctx, monkeypatch):
    monkeypatch.setattr(catalog, "handover_sections",
                        lambda: [catalog.HandoverSection(1, "借出未还的钥匙", lambda c, s, e: ["101 房门钥匙"])])
    auth.save_user(ctx, user_id=None, username="night", display_name="夜班李", role="clerk", password="night123")
    dialog = HandoverDialog(state)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "101 房门钥匙" in dialog.ui.sections_text.toPlainText(), timeout=5000)
    assert not dialog.ui.incoming_group.isEnabled()
    dialog.ui.notes_edit.setPlainText("5楼水管注意")
    qtbot.mouseClick(dialog.ui.hand_over_button, Qt.LeftButton)
    assert dialog.record is not None and dialog.record.status == "waiting"
    assert dialog.ui.incoming_group.isEnabled() and not dialog.ui.hand_over_button.isEnabled()
    # a wrong password: refused inline, nothing confirmed
    dialog.ui.username_edit.setText("night")
    dialog.ui.password_edit.setText("wrong")
    qtbot.mouseClick(dialog.ui.confirm_button, Qt.LeftButton)
    assert dialog.ui.error_label.text() == "用户名或密码错误。"
    assert handover.get(ctx, dialog.record.id).status == "waiting"
    dialog.ui.password_edit.setText("night123")
    qtbot.mouseClick(dialog.ui.confirm_button, Qt.LeftButton)
    assert handover.get(ctx, dialog.record.id).incoming_name == "夜班李"
    assert not dialog.ui.incoming_group.isEnabled()
    dialog.grab().save("/tmp/handover_dialog.png")
    previews = []
    monkeypatch.setattr(PdfPreviewDialog, "show_pdf", lambda path, info="", parent=None: previews.append(path))
    qtbot.mouseClick(dialog.ui.print_button, Qt.LeftButton)
    assert previews and "交接班记录" in PdfReader(str(previews[0])).pages[0].extract_text()
    # a new dialog opens on a fresh handover again
    again = HandoverDialog(state)
    qtbot.addWidget(again)
    assert again.record is None
    state.tasks.wait_all()


def test_pending_handover_is_shown_for_confirmation(qtbot, state, ctx, monkeypatch):
    monkeypatch.setattr(catalog, "handover_sections", lambda: [])
    from tests.conftest import context_for
    row = handover.create(context_for(ctx, "clerk", username="day"), notes="注意门禁")
    dialog = HandoverDialog(state)
    qtbot.addWidget(dialog)
    assert dialog.record.id == row.id and dialog.ui.notes_edit.toPlainText() == "注意门禁"
    assert dialog.ui.incoming_group.isEnabled() and not dialog.ui.notes_edit.isEnabled()


def test_tile_in_the_real_main_window_opens_the_page(qtbot, state, monkeypatch):
    from app.controllers.main_window import MainWindow
    items = [catalog.DashboardItem(1, "test.audit", "今天的审计记录", "audit", lambda c: 3, warn=False)]
    monkeypatch.setattr(catalog, "dashboard_items", lambda: items)
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show_page("home")
    window.show()
    home = window.pages["home"]
    qtbot.waitUntil(lambda: "test.audit" in home.tiles, timeout=5000)
    qtbot.mouseClick(home.tiles["test.audit"], Qt.LeftButton)
    assert window.ui.page_stack.currentWidget() is window.pages["audit"]
    state.tasks.wait_all()

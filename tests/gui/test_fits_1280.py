"""Issue 15 item 8: at 1280×800, the most common office screen, each list shows its main columns
without a horizontal scroll, and the 维修 page keeps its actions in one toolbar row with icons, the
rarely used ones in a menu and in the list's context menu."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableView, QToolBar, QToolButton, QWidgetAction

from app.controllers.main_window import MainWindow
from tests import repairs_data

MAIN_COLUMNS = {"residents": "身份证号", "repairs": "状态", "frontdesk": "保管至"}


def _window(qtbot, state):
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _header_texts(view: QTableView) -> list[str]:
    model = view.model()
    return [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]


def test_main_columns_fit_without_horizontal_scroll(qtbot, state):
    repairs_data.setup(state.ctx.db)
    window = _window(qtbot, state)
    for key, last in MAIN_COLUMNS.items():
        window.show_page(key)
        qtbot.wait(10)
        page = window.pages[key]
        view = next(v for v in page.findChildren(QTableView) if v.isVisible() and last in _header_texts(v))
        column = _header_texts(view).index(last)
        header = view.horizontalHeader()
        right = header.sectionPosition(column) + header.sectionSize(column)
        assert right <= view.viewport().width(), (key, right, view.viewport().width())


def test_repairs_actions_in_one_toolbar_row_and_a_context_menu(qtbot, state):
    repairs_data.setup(state.ctx.db)
    window = _window(qtbot, state)
    window.show_page("repairs")
    page = window.pages["repairs"]
    visible_buttons = [b for b in page.findChildren(QPushButton) if b.isVisible()]
    assert len(visible_buttons) <= 2, [b.text() for b in visible_buttons]  # 刷新 only, beside the filter
    toolbar = page.findChild(QToolBar, "actions_toolbar")
    assert toolbar is not None and toolbar.isVisible()
    shown = [a for a in toolbar.actions() if not a.isSeparator() and a.isVisible() and not isinstance(a, QWidgetAction)]
    assert 6 <= len(shown) <= 10 and all(not a.icon().isNull() for a in shown)
    assert toolbar.sizeHint().width() <= page.width()  # one row, nothing cut off
    assert page.findChild(QToolButton, "more_button").menu().actions()
    menu_texts = [a.text() for a in page.ui.table_view.actions() if not a.isSeparator()]
    for text in ("延期…", "作废…", "关闭", "赔偿通知单…", "登记缴费…", "添加照片…", "导出维修登记簿…", "价目表…"):
        assert text in menu_texts
    # each action follows its button: enabled together, and triggering it does what the button does
    for action in page.ui.table_view.actions():
        button = page.action_buttons.get(action)
        if button is not None:
            assert action.isEnabled() == button.isEnabled(), action.text()

"""Issue 15 item 8: at 1280×800, the most common office screen, each list shows its main columns
without a horizontal scroll, and the 维修 page keeps its actions in one toolbar row with icons, the
rarely used ones in a menu and in the list's context menu. And every page (each of its tabs) fits
1280×800 in Chinese and in English: the window's minimum size, navigation included, stays within it
(a longer English label must be shorter, wrap or move, not widen the window)."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableView, QTabWidget, QToolBar, QToolButton, QWidgetAction

from app import i18n
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


SCREEN = (1280, 800)


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "zh_CN")


def test_every_page_fits_1280x800(qtbot, state, language, qapp):
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    too_big = {}
    for entry in window.entries:
        window.show_page(entry.key)
        page = window.pages[entry.key]
        tabs = [(None, None)] + [(tw, i) for tw in page.findChildren(QTabWidget) for i in range(tw.count())]
        for tw, i in tabs:
            if tw is not None:
                tw.setCurrentIndex(i)
            state.tasks.wait_all(10000)
            qapp.processEvents()
            hint = window.minimumSizeHint()
            if hint.width() > SCREEN[0] or hint.height() > SCREEN[1]:
                where = entry.key if tw is None else f"{entry.key}/{tw.tabText(i)}"
                too_big[where] = (hint.width(), hint.height(), page.minimumSizeHint().width(),
                                  page.minimumSizeHint().height())
    assert not too_big, f"{language}: window minimum (w, h, page w, page h) over 1280×800: {too_big}"

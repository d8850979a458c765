"""A page's buttons shown as one toolbar row with icons, the rarely used ones behind a 更多 menu and
all of a record's actions in the list's context menu (issue 15 item 8: 17 buttons in two rows did not
fit 1280×800). The page's QPushButtons stay the source of truth: the page enables and disables them
from its rules as before, `sync()` copies that to the actions, and an action clicks its button (a
disabled button ignores the click, so an action can never do more than its button)."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMenu, QPushButton, QStyle, QToolBar, QToolButton, QWidget

# (button, standard icon); None marks a separator
Entry = tuple[QPushButton, QStyle.StandardPixmap] | None


class ActionBar:
    """Builds the toolbar (`toolbar`, to be put in the page's layout) and the context menu of `view`."""

    def __init__(self, page: QWidget, view: QAbstractItemView, main: Sequence[Entry], more: Sequence[Entry],
                 record_actions: Sequence[QPushButton]):
        self.page = page
        self.buttons: dict[QAction, QPushButton] = {}
        style = page.style()
        self.toolbar = QToolBar(page)
        self.toolbar.setObjectName("actions_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(16, 16))
        by_button: dict[QPushButton, QAction] = {}
        for entry in main:
            if entry is None:
                self.toolbar.addSeparator()
                continue
            by_button[entry[0]] = self._action(entry, style)
            self.toolbar.addAction(by_button[entry[0]])
        menu = QMenu(page)
        for entry in more:
            if entry is None:
                menu.addSeparator()
                continue
            by_button[entry[0]] = self._action(entry, style)
            menu.addAction(by_button[entry[0]])
        more_button = QToolButton(self.toolbar)
        more_button.setObjectName("more_button")
        more_button.setText(QCoreApplication.translate("ActionBar", "更多"))
        more_button.setIcon(style.standardIcon(QStyle.SP_ToolBarVerticalExtensionButton))
        more_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        more_button.setPopupMode(QToolButton.InstantPopup)
        more_button.setMenu(menu)
        self.toolbar.addWidget(more_button)
        view.setContextMenuPolicy(Qt.ActionsContextMenu)
        for button in record_actions:
            if button is None:
                separator = QAction(view)
                separator.setSeparator(True)
                view.addAction(separator)
            else:
                view.addAction(by_button[button])
        for button in self.buttons.values():
            button.setVisible(False)
        self.sync()

    def _action(self, entry, style) -> QAction:
        button, icon = entry
        action = QAction(style.standardIcon(icon), button.text(), self.page)
        action.setToolTip(button.toolTip() or button.text())
        action.triggered.connect(button.click)
        self.buttons[action] = button
        return action

    def sync(self) -> None:
        """Each action takes its button's state (enabled, shown text)."""
        for action, button in self.buttons.items():
            action.setEnabled(button.isEnabled())
            action.setText(button.text())

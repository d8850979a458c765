"""The rules every dialog follows, in one place (issue 15 item 7):

- an empty save names every missing required field at once, in red right under the field, and each
  message goes as soon as its field is filled (a refusal from the service, shown in the dialog's
  error label, goes at the next edit);
- Return in a line edit (a finder, a 房号 box, a scanner's input) never saves the form; only the
  focused button or an explicit `returnPressed` connection acts on it;
- Esc or the window's close button asks before throwing away what was typed;
- a double-click on 保存 saves once: the accept button is disabled while the save runs, and the
  second click of the double-click never reaches the window that was behind the dialog.

A dialog derives from `RulesDialog` and installs its rules once, after its form is set up:
`self.rules = DialogRules(self, save=..., required=[(widget, label), ...])`, leaving the button box's
`accepted` signal to it. Tests: tests/gui/test_dialog_rules.py.
"""
from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable

# QtCore.Qt, not `from PySide6.QtCore import Qt`: building the Qt namespace costs ~12 ms, and this module
# is imported before the login dialog shows (app/controllers/login_dialog.py does the same).
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QTimer
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QDateTimeEdit,
                               QDialog, QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget,
                               QTextEdit, QVBoxLayout, QWidget)

from app import feedback



def is_filled(widget: QWidget) -> bool:
    """Whether a field holds an answer: text that is not blank, a chosen (non-placeholder) item."""
    if isinstance(widget, QLineEdit):
        return bool(widget.text().strip())
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return bool(widget.toPlainText().strip())
    if isinstance(widget, QComboBox):
        if widget.isEditable():
            return bool(widget.currentText().strip())
        if widget.currentIndex() < 0 or not widget.currentText().strip():
            return False
        has_data = any(widget.itemData(i) is not None for i in range(widget.count()))
        return widget.currentData() is not None or not has_data  # a "请选择" item carries None
    if isinstance(widget, QAbstractSpinBox):
        return bool(widget.text().strip())
    return True


def _change_signals(widget: QWidget) -> list:
    if isinstance(widget, QLineEdit):
        return [widget.textChanged]
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged, widget.currentTextChanged]
    if isinstance(widget, QDateTimeEdit):
        return [widget.dateTimeChanged]
    if isinstance(widget, QAbstractSpinBox):
        return [widget.editingFinished]
    return []


def shield_second_click(spot: QPoint, dialog: QWidget) -> None:
    """For one double-click interval after a dialog saved, an invisible button over `spot` on each
    window that was behind the dialog takes the second click of the double-click, so it never reaches
    the list there. Plain widgets, no event filter: nothing runs while windows are being destroyed."""
    app = QApplication.instance()
    if app is None or spot is None:
        return
    half = max(8, QApplication.startDragDistance() * 2)
    for window in QApplication.topLevelWidgets():
        if window is dialog or not window.isVisible():
            continue
        local = window.mapFromGlobal(spot)
        if not window.rect().contains(local):
            continue
        shield = QPushButton(window)
        shield.setObjectName("second_click_shield")
        shield.setFlat(True)
        shield.setFocusPolicy(QtCore.Qt.NoFocus)
        shield.setStyleSheet("QPushButton { background: transparent; border: none; }")
        shield.setGeometry(QRect(local.x() - half, local.y() - half, 2 * half, 2 * half))
        shield.raise_()
        shield.show()
        QTimer.singleShot(QApplication.doubleClickInterval(), shield.deleteLater)


class RulesDialog(QDialog):
    """The base of every dialog: Return, Esc and the close button go through its DialogRules first
    (overrides on the dialog itself, which Qt stops calling once the dialog is being destroyed)."""

    def keyPressEvent(self, event):  # noqa: N802 (Qt's name)
        rules = getattr(self, "rules", None)
        if rules is not None and rules.filter(event):
            return
        super().keyPressEvent(event)

    def closeEvent(self, event):  # noqa: N802 (Qt's name)
        rules = getattr(self, "rules", None)
        if rules is not None and rules.filter(event):
            return
        super().closeEvent(event)


class DialogRules:
    """Installs the rules on one dialog. `save` is the dialog's own save handler (it calls accept() on
    success); `required` lists (field, label) or (field, label, filled) with `filled(field) -> bool`."""

    def __init__(self, dialog: QDialog, *, save: Callable[[], object] | None = None,
                 button_box: QDialogButtonBox | None = None, required: Iterable[tuple] = (),
                 error_label: QLabel | None = None, return_saves: bool = False, ask_discard: bool = True):
        if not isinstance(dialog, RulesDialog):
            raise TypeError(f"{type(dialog).__name__} must derive from RulesDialog to follow the dialog rules")
        # the dialog holds its rules (dialog.rules); the rules hold the dialog and its handler weakly
        self._dialog_ref = weakref.ref(dialog)
        ui = getattr(dialog, "ui", None)
        self.button_box = button_box or getattr(ui, "button_box", None)
        self.error_label = error_label or getattr(ui, "error_label", None)
        self._save_ref = weakref.WeakMethod(save) if hasattr(save, "__self__") else (lambda: save)
        self.return_saves = return_saves
        self.ask_discard = ask_discard
        self.dirty = False
        self.saving = False
        self._accepted = False
        self._fields: dict[QWidget, tuple[str, Callable[[QWidget], bool], QLabel]] = {}
        dialog.accepted.connect(self._on_dialog_accepted)
        if self.button_box is not None and save is not None:
            self.button_box.accepted.connect(self._on_accepted)
        if self.button_box is not None and not return_saves:
            for button in self.button_box.buttons():
                button.setAutoDefault(False)
                button.setDefault(False)
        self._watch_typing()
        for entry in required:
            self.require(*entry)

    @property
    def dialog(self) -> QDialog | None:
        ref = getattr(self, "_dialog_ref", None)
        return ref() if ref is not None else None

    # ----------------------------------------------------------------- required fields

    def require(self, widget: QWidget, label: str, filled: Callable[[QWidget], bool] | None = None) -> None:
        """Mark a field as required; its message is placed right under it, hidden until needed."""
        message = QLabel(self.dialog)
        message.setObjectName(f"{widget.objectName() or 'field'}_missing_label")
        message.setStyleSheet("color: #c0392b;")
        message.setVisible(False)
        self._place_under(widget, message)
        self._fields[widget] = (label, filled or is_filled, message)
        for signal in _change_signals(widget):
            signal.connect(lambda *_, w=widget: self._on_field_changed(w))

    def _place_under(self, widget: QWidget, message: QLabel) -> None:
        parent = widget.parentWidget()
        layout = parent.layout() if parent is not None else None
        box = QWidget(parent)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(1)
        if layout is None or layout.replaceWidget(widget, box) is None:
            box.deleteLater()
            message.setParent(parent)  # not in a layout: the message only shows in the error label
            return
        box.setSizePolicy(widget.sizePolicy())
        box.setMaximumWidth(widget.maximumWidth())
        box_layout.addWidget(widget)
        box_layout.addWidget(message)

    def missing(self) -> list[QWidget]:
        return [w for w, (_label, filled, _msg) in self._fields.items() if w.isEnabled() and not filled(w)]

    def missing_messages(self) -> dict[QWidget, QLabel]:
        """The shown messages, by field (for tests and for focusing)."""
        return {w: msg for w, (_l, _f, msg) in self._fields.items() if not msg.isHidden()}

    def check_required(self) -> bool:
        """Show a message under every missing field at once; True when none is missing."""
        gaps = self.missing()
        for widget, (label, _filled, message) in self._fields.items():
            if widget in gaps:
                choose = isinstance(widget, QComboBox) and not widget.isEditable()
                text = (QCoreApplication.translate("DialogRules", "请选择%1") if choose
                        else QCoreApplication.translate("DialogRules", "请填写%1"))
                message.setText(text.replace("%1", label))
            message.setVisible(widget in gaps)
        if gaps:
            names = "、".join(self._fields[w][0] for w in gaps)
            summary = QCoreApplication.translate("DialogRules", "还有 %1 项没有填写：%2。")
            feedback.show_inline(self.error_label, summary.replace(
                "%1", str(len(gaps))).replace("%2", names))
            gaps[0].setFocus()
        return not gaps

    def _on_field_changed(self, widget: QWidget) -> None:
        label, filled, message = self._fields[widget]
        if not message.isHidden() and filled(widget):
            message.setVisible(False)
            if not self.missing_messages():
                feedback.show_inline(self.error_label, None)

    # ----------------------------------------------------------------- typed input

    def _watch_typing(self) -> None:
        for edit in self.dialog.findChildren(QLineEdit):
            if not edit.isReadOnly():
                edit.textEdited.connect(self.mark_dirty)
        for edit in self.dialog.findChildren(QPlainTextEdit) + self.dialog.findChildren(QTextEdit):
            if not edit.isReadOnly():  # textChanged also fires when the dialog fills it: count typing only
                edit.textChanged.connect(lambda e=edit: e.hasFocus() and self.mark_dirty())
        for combo in self.dialog.findChildren(QComboBox):
            combo.activated.connect(self.mark_dirty)
        for table in self.dialog.findChildren(QTableWidget):  # item rows typed into a grid
            table.itemChanged.connect(lambda _item, t=table: self._typed_in(t) and self.mark_dirty())

    @staticmethod
    def _typed_in(view: QWidget) -> bool:
        """Whether the keyboard is in `view` (or in the editor it opened): a change there was typed."""
        focus = QApplication.focusWidget()
        return focus is not None and (focus is view or view.isAncestorOf(focus))

    def reset(self) -> None:
        """The form was saved and cleared for the next entry: nothing typed any more."""
        self.dirty = False

    def mark_dirty(self, *_args) -> None:
        """Something was entered: closing now asks first, and a refusal shown earlier is stale."""
        self.dirty = True
        if self.error_label is not None and not self.missing_messages():
            feedback.show_inline(self.error_label, None)

    # ----------------------------------------------------------------- saving

    def submit(self) -> None:
        """Save as the accept button does (for a scanner's Return connected on purpose)."""
        self._on_accepted()

    def _accept_buttons(self) -> list[QAbstractButton]:
        if self.button_box is None:
            return []
        return [b for b in self.button_box.buttons()
                if self.button_box.buttonRole(b) in (QDialogButtonBox.AcceptRole, QDialogButtonBox.YesRole)]

    def _on_accepted(self) -> None:
        if self.saving or self._accepted:
            return  # the second click of a double-click
        if not self.check_required():
            return
        spot = QPoint()
        buttons = self._accept_buttons()
        if buttons:
            spot = buttons[0].mapToGlobal(buttons[0].rect().center())
        self.saving = True
        for button in buttons:
            button.setEnabled(False)
        try:
            handler = self._save_ref()
            if handler is not None:
                handler()
        finally:
            self.saving = False
            if not self._accepted:
                for button in buttons:
                    button.setEnabled(True)
            else:
                shield_second_click(spot, self.dialog)

    def guard(self, button: QAbstractButton, handler: Callable[[], object]) -> None:
        """A save button outside the button box (a list-and-form dialog): the same check of the
        required fields, and the button disabled while it saves and for a double-click interval
        after, so a double-click saves once."""
        ref = weakref.WeakMethod(handler) if hasattr(handler, "__self__") else (lambda: handler)

        def run(*_args):
            if self.saving or not self.check_required():
                return
            was_enabled, self.saving = button.isEnabled(), True
            button.setEnabled(False)
            try:
                target = ref()
                if target is not None:
                    target()
            finally:
                self.saving = False
                # the button as the timer's context: a dialog closed meanwhile cancels the timer
                QTimer.singleShot(QApplication.doubleClickInterval(), button, lambda: button.setEnabled(was_enabled))

        button.clicked.connect(run)

    def _on_dialog_accepted(self) -> None:
        self._accepted = True

    # ----------------------------------------------------------------- keys and closing

    def _may_discard(self) -> bool:
        if not (self.ask_discard and self.dirty) or self._accepted:
            return True
        return feedback.confirm(self.dialog, QCoreApplication.translate("DialogRules", "放弃已填写的内容并关闭？"),
                                QCoreApplication.translate("DialogRules", "关闭"))

    def filter(self, event) -> bool:
        """Return and Esc that reached the dialog, and its close button; True when handled here."""
        if event.type() not in (QEvent.KeyPress, QEvent.Close):
            return False
        dialog = self.dialog
        if dialog is None:
            return False
        kind = event.type()
        if kind == QEvent.KeyPress:
            key = event.key()
            if key in (QtCore.Qt.Key_Return, QtCore.Qt.Key_Enter) and not self.return_saves:
                return True  # a line edit let it through: never the dialog's default button
            if key == QtCore.Qt.Key_Escape and event.modifiers() == QtCore.Qt.NoModifier:
                return not self._may_discard()
        elif kind == QEvent.Close and dialog.isVisible():
            if not self._may_discard():
                event.ignore()
                return True
            self.dirty = False  # asked once: QDialog's close handler rejects without asking again
        return False

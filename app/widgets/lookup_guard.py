"""The rule of every counter screen that looks a record up from a box and then acts on it: the
action may only touch the record the box still names.

`LookupGuard(edit, drop)` remembers the box's text when the record was loaded (`loaded()`); any
typed change of the box (a key press, a scan, a paste) calls `drop()` at once, which disables the
actions until the new text is looked up. `current()` is the action's own last check, for text set
without typing."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QLineEdit


class LookupGuard(QObject):
    """Ties a loaded record to the text of the box it was looked up from."""

    def __init__(self, edit: QLineEdit, drop: Callable[[], None]):
        super().__init__(edit)
        self.edit, self._drop, self._text = edit, drop, None
        edit.textEdited.connect(self._on_edit_text_edited)

    def loaded(self) -> None:
        """Call after a successful lookup: the record belongs to what the box holds now."""
        self._text = self.edit.text().strip()

    def forget(self) -> None:
        self._text = None

    def current(self) -> bool:
        """True while the box still holds the text the record was looked up from."""
        return self._text is not None and self.edit.text().strip() == self._text

    @Slot(str)
    def _on_edit_text_edited(self, text: str) -> None:
        if self._text is not None and text.strip() != self._text:
            self._text = None
            self._drop()

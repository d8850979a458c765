"""Filling a combo box from an app.vocab vocabulary: the shown text is the label in the current
language, the item data the stored code (read it back with `combo.currentData()`); `pick` asks
for one value in a small list dialog and gives back its code."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QInputDialog

from app import vocab


def fill(combo: QComboBox, name: str, codes=None, current: str | None = None) -> None:
    """Items for `codes` (default: all of vocabulary `name`), selecting `current` if given."""
    combo.clear()
    vocabulary = vocab.get(name)
    for code in (codes if codes is not None else vocabulary.codes):
        combo.addItem(vocabulary.label(code), code)
    if current is not None:
        select(combo, current)


def select(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)


def pick(parent, title: str, prompt: str, name: str, codes=None, current: int = 0) -> str | None:
    """Ask for one value of vocabulary `name` in a small list dialog (QInputDialog.getItem): the
    labels in the current language are shown, the chosen code is returned (None when cancelled)."""
    vocabulary = vocab.get(name)
    codes = list(codes if codes is not None else vocabulary.codes)
    shown = [vocabulary.label(c) for c in codes]
    text, ok = QInputDialog.getItem(parent, title, prompt, shown, current, False)
    if not ok or text not in shown:
        return None
    return codes[shown.index(text)]

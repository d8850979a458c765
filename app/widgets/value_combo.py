"""Filling a combo box from an app.vocab vocabulary: the shown text is the label in the current
language, the item data the stored code (read it back with `combo.currentData()`)."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox

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

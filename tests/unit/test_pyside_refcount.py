"""PySide6 6.12.0 on Python 3.11 kills the process after a few thousand setter calls
(`Fatal Python error: none_dealloc`). setup.cfg pins PySide6 below 6.12 on Python < 3.12; this test
makes 20,000 such calls so an upgrade cannot bring the bug back unnoticed."""
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    sig_value = Signal(object)


def test_twenty_thousand_setters_and_emits(qapp):
    label = QLabel()
    emitter = _Emitter()
    seen = []
    emitter.sig_value.connect(seen.append)
    for i in range(10_000):
        label.setText(f"第 {i} 行")
        emitter.sig_value.emit(None)
    assert label.text() == "第 9999 行"
    assert len(seen) == 10_000

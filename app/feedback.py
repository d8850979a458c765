"""The one place that shows messages: inline validation text, status-bar notes, message boxes for
what the user must act on, confirmations, and the crash dialog with copyable details."""
from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from app.errors import DormDeskError

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """A user-facing message in the interface language."""
    if isinstance(exc, DormDeskError):
        return exc.text(QCoreApplication.translate)
    return str(exc)


def show_inline(label: QLabel | None, text: str | None) -> None:
    """Validation text beside the form (red), or clear it with None."""
    if label is None:
        return
    label.setText(text or "")
    label.setStyleSheet("color: #c0392b;" if text else "")
    label.setVisible(bool(text))


def status(widget: QWidget | None, text: str, msecs: int = 5000) -> None:
    """A short success note in the main window's status bar."""
    window = widget.window() if widget else QApplication.activeWindow()
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, msecs)


def info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.information(parent, title or QCoreApplication.translate("Feedback", "提示"), text)


def warn(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("Feedback", "注意"), text)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """An expected failure (DormDeskError) as a plain message; anything else as a crash report."""
    if isinstance(exc, DormDeskError):
        QMessageBox.warning(parent, title or QCoreApplication.translate("Feedback", "无法完成操作"), error_text(exc))
    else:
        crash(parent, type(exc), exc, exc.__traceback__)


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    answer = QMessageBox.question(parent, title or QCoreApplication.translate("Feedback", "请确认"), text,
                                  QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes


def ask_text(parent: QWidget | None, label: str, title: str | None = None) -> str | None:
    """A one-line answer (e.g. a reason); None when cancelled or left empty."""
    from PySide6.QtWidgets import QInputDialog
    text, ok = QInputDialog.getText(parent, title or QCoreApplication.translate("Feedback", "请输入"), label)
    text = (text or "").strip()
    return text if ok and text else None


def crash(parent, exc_type, exc, tb) -> None:
    """The unexpected: logged with its traceback, shown with details the user can copy."""
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Critical)
    box.setWindowTitle(QCoreApplication.translate("Feedback", "程序出错"))
    box.setText(QCoreApplication.translate("Feedback", "发生了意外错误。您的数据已保存到上一次成功的操作。请把详细信息复制给技术支持。"))
    box.setInformativeText(str(exc)[:500])
    box.setDetailedText(details)
    box.setTextInteractionFlags(box.textInteractionFlags())
    box.exec()


def install_excepthook() -> None:
    import sys

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if issubclass(exc_type, DormDeskError):
            warn(QApplication.activeWindow(), error_text(exc))
            return
        crash(QApplication.activeWindow(), exc_type, exc, tb)

    sys.excepthook = hook

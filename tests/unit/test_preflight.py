"""Clear messages for what the GUI lacks: Qt system libraries (with Debian package names), a display,
a Chinese font, a broken generated module; the build step's import trimming."""
import pytest

from app import preflight, uic


def test_missing_qt_library_names_the_debian_package():
    exc = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    assert preflight.missing_from_import_error(exc) == "libEGL.so.1"
    text = preflight.library_message(["libEGL.so.1", "libxcb-cursor.so.0"])
    assert "sudo apt-get install libegl1 libxcb-cursor0" in text


def test_check_gui_without_display_or_xcb_libraries(monkeypatch):
    monkeypatch.setattr(preflight.sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    with pytest.raises(preflight.MissingLibrary, match="DISPLAY"):
        preflight.check_gui()
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr(preflight, "missing_xcb_libraries", lambda: ["libxcb-cursor.so.0", "libxcb-icccm.so.4"])
    with pytest.raises(preflight.MissingLibrary, match="libxcb-cursor0 libxcb-icccm4"):
        preflight.check_gui()
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    preflight.check_gui()


def test_missing_chinese_font_is_reported(qapp, monkeypatch, capsys):
    from PySide6.QtGui import QFontDatabase
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *a: []))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert preflight.check_fonts() is False
    assert "fonts-wqy-zenhei" in capsys.readouterr().err


def test_broken_generated_module_message(capsys):
    exc = ModuleNotFoundError("No module named 'ui.generated'", name="ui.generated")
    assert preflight.report_broken_module(exc) == 1
    err = capsys.readouterr().err
    assert "ui.generated" in err and "python -m app.uic --force" in err  # this is a checkout


def test_generated_modules_import_only_what_they_use():
    code = ("# Created by: Qt User Interface Compiler\n"
            "from PySide6.QtCore import (QCoreApplication, QDate, Qt)\n"
            "from PySide6.QtGui import (QBrush, QColor)\n"
            "from PySide6.QtWidgets import (QLabel, QLineEdit)\n"
            "x = QLabel(); x.setAlignment(Qt.AlignCenter); QCoreApplication.translate('a', 'b')\n")
    trimmed = uic.trim_imports(code)
    assert "from PySide6.QtCore import (QCoreApplication, Qt)\n" in trimmed
    assert "QtGui" not in trimmed and "QLineEdit" not in trimmed and "(QLabel)" in trimmed


def test_a_form_that_cannot_be_compiled_is_named(capsys):
    exc = uic.BuildError("pyside6-uic failed on ui/login_dialog.ui: syntax error at line 3")
    assert isinstance(exc, ImportError)  # stops the import; the GUI start reports it
    assert preflight.report_broken_module(exc) == 1
    assert "ui/login_dialog.ui" in capsys.readouterr().err


def test_button_boxes_and_splitters_get_their_parent_by_keyword():
    code = ("from PySide6.QtWidgets import (QDialogButtonBox, QSplitter, QVBoxLayout)\n"
            "        self.box = QDialogButtonBox(Dialog)\n"
            "        self.split = QSplitter(self.frame)\n"
            "        self.layout = QVBoxLayout(Dialog)\n")
    out = uic.optimise(code)
    assert "QDialogButtonBox(parent=Dialog)" in out and "QSplitter(parent=self.frame)" in out
    assert "QVBoxLayout(Dialog)" in out  # a layout given by keyword would not be installed

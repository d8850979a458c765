"""Translations: every collected string has English; the English interface really loads; Qt's own
buttons follow the language."""
import subprocess
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from app import i18n, uic
from tools.i18n import TS, unfinished


def test_every_string_has_an_english_translation():
    missing = unfinished()
    assert not missing, f"{len(missing)} strings without English, e.g. {missing[:5]}"


def test_ts_file_is_current_with_the_sources(tmp_path):
    """Running lupdate over the sources finds no new string (the .ts was refreshed)."""
    copy = tmp_path / "check.ts"
    copy.write_bytes(TS.read_bytes())
    from tools import i18n as tool
    exe = tool.Path(sys.executable).with_name("pyside6-lupdate")
    out = subprocess.run([str(exe), *tool.sources(), "-no-obsolete", "-locations", "none", "-ts", str(copy)],
                         cwd=tool.PROJECT_ROOT, capture_output=True, text=True, check=True).stdout
    assert "0 new" in out or "(0 new" in out, out


def test_english_interface_and_qt_buttons(qtbot, ctx, qapp):
    uic.compile_translations()
    from app.controllers.login_dialog import LoginDialog
    try:
        i18n.install(qapp, "en")
        dialog = LoginDialog(ctx)
        qtbot.addWidget(dialog)
        assert dialog.ui.username_label.text() == QCoreApplication.translate("LoginDialog", "用户名")
        assert dialog.ui.username_label.text().isascii()
        i18n.install(qapp, "zh_CN")
        box = QDialogButtonBox(QDialogButtonBox.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.Cancel).text() == "取消"
    finally:
        i18n.install(qapp, "zh_CN")

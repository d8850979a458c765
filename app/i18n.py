"""Installing Qt translators: DormDesk's strings are written in Chinese (the default language);
English comes from app/translations/dormdesk_en.qm (built from resources/translations/dormdesk_en.ts
by app/uic.py at package build time, or in a checkout). Qt's own strings (dialog buttons)
come from the qtbase translations that ship with PySide6."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.uic import QM_DIR as TRANSLATIONS

_installed: list[QTranslator] = []
_command_line: list[str] = []  # the language `--lang` chose for this run, when it did
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}  # each in its own language, never translated


def install(app: QCoreApplication, language: str, *, from_command_line: bool = False) -> str:
    """Install the translators for `language` ("zh_CN" or "en"); returns the language used.
    `from_command_line` records that `--lang` chose it, overriding the saved setting for this run."""
    _command_line.clear()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    language = language if language in ("zh_CN", "en") else "zh_CN"
    QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China) if language == "zh_CN"
                       else QLocale(QLocale.English, QLocale.UnitedStates))
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    if language == "zh_CN":
        tr = QTranslator(app)
        if tr.load("qtbase_zh_CN", qt_dir):
            app.installTranslator(tr)
            _installed.append(tr)
    else:
        tr = QTranslator(app)
        if tr.load(str(TRANSLATIONS / "dormdesk_en.qm")):
            app.installTranslator(tr)
            _installed.append(tr)
    from app import texts
    texts.set_translator(QCoreApplication.translate if language == "en" else None, language)
    if from_command_line:
        _command_line.append(language)
    return language


def command_line_language() -> str | None:
    """The language `--lang` put in force for this run (None when the saved setting applies)."""
    return _command_line[0] if _command_line else None

"""Installing Qt translators: DormDesk's strings are written in Chinese (the default language);
English comes from resources/translations/dormdesk_en.qm. Qt's own strings (dialog buttons)
come from the qtbase translations that ship with PySide6."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import PROJECT_ROOT

TRANSLATIONS = PROJECT_ROOT / "resources" / "translations"
_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> str:
    """Install the translators for `language` ("zh_CN" or "en"); returns the language used."""
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
    return language

"""The one place that touches QSettings: per-PC preferences (window geometry, last module,
language, database URL, last report choices). Business configuration lives in the database."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from app import APP_NAME, APP_ORG

DEFAULTS = {
    "ui/language": "zh_CN",
    "ui/last_page": "",
    "db/url": "",
    "reports/last_folder": "",
}


class Settings:
    """Typed access to QSettings; `path` points at an .ini file in tests."""

    def __init__(self, path: str | None = None):
        self._qs = QSettings(path, QSettings.IniFormat) if path else QSettings(APP_ORG, APP_NAME)

    def get(self, key: str, default=None):
        value = self._qs.value(key, DEFAULTS.get(key, default))
        return default if value is None else value

    def set(self, key: str, value) -> None:
        self._qs.setValue(key, value)
        self._qs.sync()

    @property
    def language(self) -> str:
        return str(self.get("ui/language") or "zh_CN")

    @language.setter
    def language(self, value: str) -> None:
        self.set("ui/language", value)

    @property
    def db_url(self) -> str:
        return str(self.get("db/url") or "")

    @db_url.setter
    def db_url(self, value: str) -> None:
        self.set("db/url", value)

    def geometry(self, name: str) -> QByteArray | None:
        value = self._qs.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def save_geometry(self, name: str, data: QByteArray) -> None:
        self.set(f"geometry/{name}", data)

"""Where DormDesk keeps its files: the user's data, log and backup folders (platformdirs)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

from app import APP_NAME, APP_ORG

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The data folder; DORMDESK_HOME overrides it (tests, portable installs)."""
    override = os.environ.get("DORMDESK_HOME")
    path = Path(override) if override else Path(user_data_dir(APP_NAME, APP_ORG))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    override = os.environ.get("DORMDESK_HOME")
    path = Path(override) / "logs" if override else Path(user_log_dir(APP_NAME, APP_ORG))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    return f"sqlite:///{(data_dir() / 'dormdesk.sqlite3').as_posix()}"


def database_url(cli_url: str | None = None, saved_url: str | None = None) -> str:
    """--db wins, then DORMDESK_DB, then the URL saved in the settings dialog, then the local file.
    Here (not in the services) so the GUI can name the database before SQLAlchemy is imported."""
    return cli_url or os.environ.get("DORMDESK_DB") or saved_url or default_database_url()


def bundled_font() -> Path | None:
    """The Chinese font inside the desktop bundle (PyInstaller's folder, fonts/), if running from one."""
    base = getattr(sys, "_MEIPASS", None)
    fonts = sorted((Path(base) / "fonts").glob("*.tt[cf]")) if base else []
    return fonts[0] if fonts else None

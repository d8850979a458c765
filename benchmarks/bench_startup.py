"""Start-up: process start to an interactive main window with a logged-in user, against a bare
QMainWindow started the same way (a fresh Python process each, offscreen), median of 3 runs."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.show(); app.processEvents()
"""

DORMDESK = """
from app import uic; uic.ensure_built()
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app import i18n; i18n.install(app, "zh_CN")
from app.services.bootstrap import prepare
from app.services.context import ServiceContext
from app.services import auth
from app.controllers.app_state import AppState
from app.controllers.main_window import MainWindow
from app.settings import Settings
from app.tasks import TaskRunner
import os
db = prepare(os.environ["DORMDESK_DB"])
ctx = ServiceContext(db=db)
actor = auth.login(ctx, "admin", "bench-password")
w = MainWindow(AppState(ctx.as_actor(actor), TaskRunner(app), Settings(os.environ["DORMDESK_SETTINGS"])))
w.show(); app.processEvents()
"""


def _time(code: str, env: dict) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def run() -> list[tuple[str, float, float]]:
    home = tempfile.mkdtemp(prefix="dormdesk-bench-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DORMDESK_HOME=home,
               DORMDESK_DB=f"sqlite:///{home}/bench.sqlite3", DORMDESK_SETTINGS=f"{home}/settings.ini")
    pw = Path(home) / "pw"
    pw.write_text("bench-password")
    subprocess.run([sys.executable, "main.py", "init", "--admin", "admin", "--password-file", str(pw)],
                   cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    _time(DORMDESK, env)  # warm the file cache and build forms once
    bare = statistics.median(_time(BARE, env) for _ in range(3))
    full = statistics.median(_time(DORMDESK, env) for _ in range(3))
    return [("start-up to logged-in main window", full, bare)]

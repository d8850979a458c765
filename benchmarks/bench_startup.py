"""Start-up, on a demo database, offscreen, each run a fresh Python process (median of 5):

- process start -> login dialog shown (`dormdesk --smoke`), against process start -> a bare
  QMainWindow shown; the target is at most 1.5×;
- Enter on the login -> interactive main window, without the password check (argon2) itself,
  against the same bare QMainWindow process; the target is under 0.5 s.

Both children print the wall-clock time (time.time()) at which their window was shown; the parent
notes the time just before starting them.
"""
from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5

BARE = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.show(); app.processEvents()
print(f"shown at={time.time():.4f}", flush=True)
"""


def _figure(text: str, name: str) -> float:
    found = re.search(rf"{name}=([0-9.]+)", text)
    if not found:
        raise RuntimeError(f"no {name} in the output:\n{text}")
    return float(found.group(1))


def _child(args: list[str], env: dict) -> tuple[float, str]:
    """(seconds from process start to the printed `at=`, the output)."""
    started = time.time()
    done = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True)
    return _figure(done.stdout, "at") - started, done.stdout


def run() -> list[tuple[str, float, float]]:
    home = tempfile.mkdtemp(prefix="dormdesk-bench-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DORMDESK_HOME=home,
               DORMDESK_DB=f"sqlite:///{home}/bench.sqlite3", DORMDESK_SETTINGS=f"{home}/settings.ini")
    subprocess.run([sys.executable, "main.py", "demo"], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    pw = Path(home) / "pw"
    pw.write_text("demo1234")
    smoke = ["main.py", "--smoke", "--smoke-user", "admin", "--smoke-password-file", str(pw)]
    _child(smoke, env)  # warm the file cache (and, in a checkout, build the forms)
    bare, login, enter = [], [], []
    for _ in range(RUNS):
        bare.append(_child(["-c", BARE], env)[0])
        seconds, out = _child(smoke, env)
        login.append(seconds)
        enter.append(_figure(out, "enter_to_window"))
    baseline = statistics.median(bare)
    return [("process start → login dialog shown (vs bare QMainWindow)", statistics.median(login), baseline),
            ("Enter → interactive main window, excl. argon2 (vs bare QMainWindow)", statistics.median(enter),
             baseline)]

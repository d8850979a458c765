"""Start-up: the first dialog shows before SQLAlchemy is imported, the database opens on a worker
thread, Enter waits for it, `dormdesk --smoke` reaches the first run or logs in and opens every page,
and a broken generated module gives a clear message instead of a traceback."""
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from app.controllers.login_dialog import LoginDialog
from app.controllers.navigation import PAGES
from app.controllers.startup_loader import StartupLoader, database_label, probably_first_run
from app.services import auth
from app.services.bootstrap import prepare
from app.services.context import ServiceContext

ROOT = Path(__file__).resolve().parents[2]


def _dormdesk(home: Path, *args, code: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DORMDESK_")}
    env.update(DORMDESK_HOME=str(home), DORMDESK_SETTINGS=str(home / "settings.ini"), QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-c", code, *args] if code else [sys.executable, "main.py", *args]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_smoke_reaches_first_run_before_sqlalchemy_is_imported(tmp_path):
    done = _dormdesk(tmp_path, "--smoke")
    assert done.returncode == 0, done.stderr
    assert "first-run dialog shown" in done.stdout and "sqlalchemy_loaded=False" in done.stdout
    assert "first-run dialog reached" in done.stdout


def test_smoke_logs_in_and_opens_every_page(tmp_path):
    (tmp_path / "pw").write_text("smoke-pass-1")
    assert _dormdesk(tmp_path, "init", "--admin", "boss", "--password-file", str(tmp_path / "pw")).returncode == 0
    done = _dormdesk(tmp_path, "--smoke", "--smoke-user", "boss", "--smoke-password-file", str(tmp_path / "pw"))
    assert done.returncode == 0, done.stderr
    assert "login dialog shown" in done.stdout and "sqlalchemy_loaded=False" in done.stdout
    assert "main window interactive" in done.stdout and f"every page opened pages={len(PAGES)}" in done.stdout

    (tmp_path / "bad").write_text("wrong-password")
    done = _dormdesk(tmp_path, "--smoke", "--smoke-user", "boss", "--smoke-password-file", str(tmp_path / "bad"))
    assert done.returncode == 1 and "login refused" in done.stdout


def test_broken_generated_module_gives_a_clear_message(tmp_path):
    code = ("import sys; sys.modules['ui.generated.ui_login_dialog'] = None\n"
            "from app.cli import main; sys.exit(main(sys.argv[1:]))")
    (tmp_path / "pw").write_text("smoke-pass-1")
    _dormdesk(tmp_path, "init", "--admin", "boss", "--password-file", str(tmp_path / "pw"))
    done = _dormdesk(tmp_path, "--smoke", code=code)
    assert done.returncode == 1
    assert "ui.generated.ui_login_dialog" in done.stderr and "python -m app.uic --force" in done.stderr
    assert "Traceback" not in done.stderr


def test_first_run_guess_and_database_label(tmp_path):
    url = f"sqlite:///{tmp_path}/d.sqlite3"
    assert probably_first_run(url)  # no file yet
    db = prepare(url)
    assert probably_first_run(url)  # migrated, no user
    auth.create_first_admin(ServiceContext(db=db), "admin", "管理员", "secret-123")
    db.dispose()
    assert not probably_first_run(url)
    assert database_label(url) == f"{tmp_path}/d.sqlite3"
    assert database_label("postgresql+psycopg://u:secret@host/db") == "postgresql+psycopg://u:***@host/db"


def test_enter_before_the_database_is_open_waits_and_logs_in(qtbot, tmp_path):
    url = f"sqlite:///{tmp_path}/d.sqlite3"
    db = prepare(url)
    auth.create_first_admin(ServiceContext(db=db), "admin", "管理员", "secret-123")
    db.dispose()
    loader = StartupLoader(url)
    dialog = LoginDialog(None, loader=loader)
    qtbot.addWidget(dialog)
    assert str(tmp_path) in dialog.ui.database_label.text()
    loader.start()
    dialog.ui.username_edit.setText("admin")
    dialog.ui.password_edit.setText("secret-123")
    dialog.ui.button_box.button(QDialogButtonBox.Ok).click()  # at once, while the loader still works
    assert loader.done and loader.error is None and loader.user_count == 1
    assert dialog.actor is not None and dialog.actor.username == "admin"
    loader.ctx.db.dispose()


def test_a_database_that_cannot_open_is_reported_not_hung(qtbot, tmp_path):
    bad = tmp_path / "not-a-db.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    loader = StartupLoader(f"sqlite:///{bad}")
    loader.start()
    loader.wait()
    assert loader.error is not None and loader.ctx is None


def test_no_chinese_font_is_named_with_its_package(tmp_path):
    conf = tmp_path / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?>\n<fontconfig><dir>{tmp_path}/none</dir>'
                    f"<cachedir>{tmp_path}/cache</cachedir></fontconfig>\n")
    code = ("import os, sys; os.environ['FONTCONFIG_FILE'] = sys.argv.pop(1)\n"
            "from app.cli import main; sys.exit(main(sys.argv[1:]))")
    done = _dormdesk(tmp_path, str(conf), "--smoke", code=code)
    assert done.returncode == 0, done.stderr
    assert "No Chinese font found" in done.stderr and "sudo apt-get install fonts-wqy-zenhei" in done.stderr


def test_login_gives_way_to_first_run_when_the_database_has_no_user(tmp_path):
    """The guess said "login" (this PC logged in there before), but the database has no user now."""
    assert _dormdesk(tmp_path, "init").returncode == 0
    url = f"sqlite:///{(tmp_path / 'dormdesk.sqlite3').as_posix()}"
    (tmp_path / "settings.ini").write_text(f"[ui]\nlast_login_database={url}\n")
    done = _dormdesk(tmp_path, "--smoke")
    assert done.returncode == 0, done.stderr
    assert done.stdout.index("login dialog shown") < done.stdout.index("first-run dialog shown")
    assert "first-run dialog reached" in done.stdout


def test_missing_qt_library_is_named_with_its_debian_package(tmp_path):
    """As on a bare Debian without libegl1: importing PySide6.QtWidgets fails with the loader's error."""
    code = ("import sys\n"
            "class NoEGL:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name in ('PySide6.QtGui', 'PySide6.QtWidgets'):\n"
            "            raise ImportError('libEGL.so.1: cannot open shared object file: No such file or directory')\n"
            "sys.meta_path.insert(0, NoEGL())\n"
            "from app.cli import main; sys.exit(main(sys.argv[1:]))")
    for args in (["--smoke"], ["screenshots", str(tmp_path / "shots")]):
        done = _dormdesk(tmp_path, *args, code=code)
        assert done.returncode == 1, (args, done.stderr)
        assert "libEGL.so.1" in done.stderr and "sudo apt-get install libegl1" in done.stderr, done.stderr
        assert "Traceback" not in done.stderr

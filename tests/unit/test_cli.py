"""The command-line contract: commands, exit codes, audit on channel cli."""
import pytest
from sqlalchemy import select

from app.cli import main
from app.db.engine import open_database
from app.db.models.core import AuditLog, User


@pytest.fixture
def db_url(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("DORMDESK_DB", url)
    return url


def test_init_creates_admin_and_audits_on_cli(db_url, tmp_path, capsys):
    pw = tmp_path / "pw.txt"
    pw.write_text("s3cret-pass\n", encoding="utf-8")
    assert main(["init", "--admin", "boss", "--password-file", str(pw)]) == 0
    db = open_database(db_url)
    with db.read_session() as s:
        assert s.scalars(select(User.username)).all() == ["boss"]
        rows = s.scalars(select(AuditLog)).all()
    assert [(r.channel, r.action) for r in rows] == [("cli", "system.init")]
    assert main(["init", "--admin", "again", "--password-file", str(pw)]) == 0
    assert "已有用户" in capsys.readouterr().out


def test_usage_errors_exit_2(db_url, capsys):
    assert main(["export", "register", "no-such-register", "--month", "2026-09", "-o", "x.xlsx"]) == 2
    assert main(["print", "no-such-form", "X1", "-o", "x.pdf"]) == 2
    assert main(["export", "register", "audit", "-o", "x.xlsx"]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2


def test_bad_month_is_a_validation_error(db_url):
    assert main(["export", "register", "audit", "--month", "2026-13", "-o", "x.xlsx"]) == 3


def test_export_audit_register(db_url, tmp_path):
    out = tmp_path / "audit.xlsx"
    assert main(["init"]) == 0
    assert main(["export", "register", "audit", "--from", "2000-01-01", "--to", "2100-01-01", "-o", str(out)]) == 0
    assert out.exists()


def test_backup_check_restore(db_url, tmp_path, capsys):
    assert main(["init"]) == 0
    target = tmp_path / "b.sqlite3"
    assert main(["backup", "-o", str(target)]) == 0
    assert main(["check"]) == 0
    assert main(["restore", str(target)]) == 0
    assert main(["restore", str(tmp_path / "missing.sqlite3")]) == 3


def test_unreachable_database_is_a_clear_error(monkeypatch, capsys):
    monkeypatch.setenv("DORMDESK_DB", "postgresql+psycopg://x:y@127.0.0.1:1/none")
    assert main(["check"]) == 1
    assert "无法连接数据库" in capsys.readouterr().err


def test_db_option_before_or_after_the_command(tmp_path, monkeypatch):
    monkeypatch.delenv("DORMDESK_DB", raising=False)
    first = tmp_path / "first.sqlite3"
    second = tmp_path / "second.sqlite3"
    assert main(["--db", f"sqlite:///{first}", "init"]) == 0
    assert main(["init", "--db", f"sqlite:///{second}"]) == 0
    assert first.exists() and second.exists()

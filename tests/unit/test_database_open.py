"""Opening databases: bad URLs, unreachable servers, corrupt and read-only files, network shares."""
import os

import pytest

from app.db import engine as engine_mod
from app.errors import DatabaseUnavailable, ReadOnlyDatabase
from app.services.bootstrap import prepare
from app.services.context import ServiceContext


def test_bad_url_gives_a_clear_message():
    with pytest.raises(DatabaseUnavailable) as err:
        prepare("this is not a url")
    assert "数据库地址无效" in err.value.text()


def test_unreachable_server_gives_a_clear_message():
    with pytest.raises(DatabaseUnavailable) as err:
        prepare("postgresql+psycopg://nobody:pw@127.0.0.1:1/none")
    assert "无法连接数据库" in err.value.text()


def test_corrupt_file_is_refused(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    with pytest.raises(DatabaseUnavailable):
        prepare(f"sqlite:///{bad}")


def test_network_share_is_opened_read_only(tmp_path, monkeypatch):
    from app.services import config
    monkeypatch.setattr(engine_mod, "is_network_path", lambda path: True)
    db = prepare(f"sqlite:///{tmp_path / 'share.sqlite3'}")
    assert db.read_only_reason
    with pytest.raises(ReadOnlyDatabase) as err:
        config.set_value(ServiceContext(db=db), "org.name", "x")
    assert "PostgreSQL" in err.value.text()


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else False, reason="root can write anyway")
def test_read_only_file_is_opened_read_only(tmp_path):
    path = tmp_path / "ro.sqlite3"
    prepare(f"sqlite:///{path}").dispose()
    path.chmod(0o444)
    db = prepare(f"sqlite:///{path}")
    assert db.read_only_reason


def test_unc_paths_count_as_network():
    from pathlib import Path
    assert engine_mod.is_network_path(Path("//server/share/dormdesk.sqlite3"))

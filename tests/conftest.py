"""Shared fixtures: an offscreen Qt, a private data folder, migrated databases, a fixed clock.

`db` is a fresh migrated SQLite database per test; tests under tests/db/ get `db` on SQLite and
on PostgreSQL (DORMDESK_TEST_PG; with DORMDESK_REQUIRE_PG=1 a missing server fails the run).
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="dormdesk-test-home-")
os.environ["DORMDESK_HOME"] = _HOME
os.environ["DORMDESK_SETTINGS"] = str(Path(_HOME) / "settings.ini")
os.environ.pop("DORMDESK_DB", None)

import pytest  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402

# CI runs the property tests with a fixed seed: a landing must not depend on a lucky draw. Locally
# they explore freshly each run.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

from app.clock import Clock  # noqa: E402
from app.services.context import Actor, ServiceContext  # noqa: E402

FIXED_NOW = dt.datetime(2026, 9, 15, 10, 0, 0)
ADMIN = Actor(username="tester", display_name="测试管理员", role="admin", user_id=None)


def pytest_configure(config):
    from app import uic
    uic.compile_forms()
    try:
        uic.compile_translations()
    except Exception:  # noqa: BLE001 - a missing lrelease shows up in the i18n tests
        pass


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    from app.services.bootstrap import prepare
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = prepare(f"sqlite:///{path}")
    db.dispose()
    return path


def _sqlite_db(template: Path, tmp_path: Path):
    from app.db.engine import open_database
    target = tmp_path / "dormdesk.sqlite3"
    shutil.copy(template, target)
    return open_database(f"sqlite:///{target}")


@pytest.fixture(scope="session")
def pg_url():
    url = os.environ.get("DORMDESK_TEST_PG")
    if not url:
        if os.environ.get("DORMDESK_REQUIRE_PG") == "1":
            pytest.fail("DORMDESK_REQUIRE_PG=1 but DORMDESK_TEST_PG is not set")
        pytest.skip("PostgreSQL not configured (DORMDESK_TEST_PG)")
    from sqlalchemy import create_engine, text

    from app.services.bootstrap import prepare
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    except Exception as exc:  # noqa: BLE001
        if os.environ.get("DORMDESK_REQUIRE_PG") == "1":
            pytest.fail(f"PostgreSQL at DORMDESK_TEST_PG is not reachable: {exc}")
        pytest.skip(f"PostgreSQL not reachable: {exc}")
    finally:
        engine.dispose()
    prepare(url).dispose()
    return url


def _pg_db(url: str):
    from sqlalchemy import text

    from app.db.engine import open_database
    from app.db.models import Base
    from app.services.bootstrap import seed
    db = open_database(url)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    seed(db)
    return db


@pytest.fixture
def db(sqlite_template, tmp_path):
    database = _sqlite_db(sqlite_template, tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def clock():
    return Clock(FIXED_NOW)


@pytest.fixture
def ctx(db, clock):
    return ServiceContext(db=db, actor=ADMIN, channel="gui", clock=clock, pc_name="TEST-PC")


def context_for(ctx: ServiceContext, role: str, username: str = "someone", building_ids=None) -> ServiceContext:
    """The same database and clock, acting as another role."""
    return ctx.as_actor(Actor(username=username, display_name=username, role=role, user_id=None,
                              building_ids=frozenset(building_ids) if building_ids is not None else None))


def audit_count(db) -> int:
    from sqlalchemy import func, select

    from app.db.models.core import AuditLog
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(AuditLog)).scalar()

"""Issue 15 item 6: `dormdesk demo` acts as its own demo staff (not the operating-system user) and
leaves a month of history that looks like real work: the home page's trends have something on
most days, the 考核 trend is not all today, key business happens every day; its summary lines
name what was made without repeating themselves, and the repair count matches the slips."""
from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import pytest
from sqlalchemy import func, select

from app.db.models.core import AuditLog
from app.db.models.repairs import RepairSlip
from app.services import dashboard, demo, keys_loans
from tests.conftest import _sqlite_db

DEMO_STAFF = {"kefu1", "kefu2", "zhuguan", "admin"}


@pytest.fixture
def db(sqlite_template, tmp_path):
    """SQLite only: the whole demo takes 10-20 s a database."""
    database = _sqlite_db(sqlite_template, tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def demo_lines(ctx):
    return demo.run(ctx, random.Random(3), {"students": 120})


def test_the_demo_acts_as_its_own_staff(ctx, demo_lines):
    with ctx.db.read_session() as s:
        by_user = Counter(dict(s.execute(select(AuditLog.username, func.count()).group_by(AuditLog.username)).all()))
        first_staff_row = s.scalar(select(func.min(AuditLog.id)).where(AuditLog.action != "users.edit",
                                                                       AuditLog.action != "users.create"))
        after = set(s.scalars(select(AuditLog.username).where(AuditLog.id >= first_staff_row)))
    assert after <= DEMO_STAFF, after - DEMO_STAFF  # never the OS user (here: the test's "tester")
    assert by_user["kefu1"] and by_user["kefu2"] and by_user["zhuguan"]
    since = ctx.now() - dt.timedelta(days=40)
    attendants = {r.attendant for r in keys_loans.loans_in(ctx, since, ctx.now())}
    assert attendants and attendants <= {"李晓燕", "张伟"}


def test_the_history_is_spread_over_the_month(ctx, demo_lines):
    trends = {t.key: t.values for t in dashboard.audit_trends(ctx)}
    assessments = trends["assessments"]
    assert sum(assessments) > 0 and assessments[-1] < sum(assessments) / 2, assessments
    assert sum(1 for v in assessments if v) >= 5
    keys = trends["keys"]
    assert sum(1 for v in keys[1:] if v) >= len(keys) - 3, keys  # key business (almost) every day
    for area in ("repairs", "students"):
        assert sum(1 for v in trends[area] if v) >= 15, (area, trends[area])


def test_summary_lines_say_what_was_made(ctx, demo_lines):
    users = next(line for line in demo_lines if line.startswith("用户"))
    assert "用户: 用户" not in users and "kefu1（李晓燕）" in users and "demo1234" in users
    repairs_line = next(line for line in demo_lines if line.startswith("维修单"))
    with ctx.db.read_session() as s:
        slips = s.scalar(select(func.count()).select_from(RepairSlip))
    assert f"{slips} 张维修单" in repairs_line

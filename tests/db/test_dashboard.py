"""The dashboard's numbers and trends against direct queries, with the fixed clock."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app.db.models.core import AuditLog
from app.db.models.residents import StudentMove
from app.services import catalog, dashboard, handover
from tests import factories, reports_data
from tests.conftest import context_for


def _add_audit(db, rows):
    s = db.write_session()
    with s.begin():
        for at, action in rows:
            s.add(AuditLog(at=at, username="x", pc_name="pc", channel="gui", action=action, entity="t"))
    s.close()


def test_counts_match_direct_queries(ctx, clock, monkeypatch):
    b = factories.building(ctx.db, rooms=("101", "102", "103"), beds=4)
    beds = [bed for room in b["beds"].values() for bed in room]
    reports_data.add_moves(ctx.db, beds, dt.datetime(2026, 9, 1, 8), 5, "A")     # this month
    reports_data.add_moves(ctx.db, beds[5:], dt.datetime(2026, 8, 31, 8), 4, "B")  # last month
    handover.create(context_for(ctx, "clerk", username="day"), notes="")
    def boom(_ctx):
        raise RuntimeError("broken module")

    extra = [catalog.DashboardItem(1, "test.five", "五", "keys", lambda c: 5, filter="overdue"),
             catalog.DashboardItem(2, "test.broken", "坏", "keys", boom)]
    reports_data.install(monkeypatch, registers=False, dashboard=extra)

    tiles = {t.key: t for t in dashboard.tiles(ctx)}
    with ctx.db.engine.connect() as conn:
        moved = conn.execute(select(func.count()).select_from(StudentMove).where(
            StudentMove.kind == "move_in", StudentMove.at >= dt.datetime(2026, 9, 1))).scalar()
    assert moved == 5
    assert tiles["residents.moved_in_month"].count == moved
    assert not tiles["residents.moved_in_month"].needs_attention  # informative, not a warning
    assert tiles["handover.waiting"].count == 1 and tiles["handover.waiting"].needs_attention
    assert tiles["test.five"].count == 5 and tiles["test.five"].filter == "overdue"
    assert tiles["test.broken"].count is None
    # every real module's item gives what its own count gives
    for item in catalog.dashboard_items():
        if item.key != "test.broken":
            assert tiles[item.key].count == int(item.count(ctx) or 0)
    assert [t.key for t in dashboard.tiles(ctx)][:2] == ["test.five", "test.broken"]  # in order


def test_trends_count_audited_actions_per_day(ctx, clock):
    today = clock.now()
    rows = [(today - dt.timedelta(days=d, hours=1), "keys.lend") for d in (0, 0, 1, 5, 29)]
    rows += [(today - dt.timedelta(days=30, hours=1), "keys.lend"),  # outside the 30 days
             (today - dt.timedelta(days=2), "repairs.report"), (today, "users.edit")]
    _add_audit(ctx.db, rows)
    trends = {t.key: t for t in dashboard.audit_trends(ctx)}
    keys = trends["keys"]
    assert len(keys.values) == 30 and keys.first_day == today.date() - dt.timedelta(days=29)
    assert keys.values[-1] == 2 and keys.values[-2] == 1 and keys.values[-6] == 1 and keys.values[0] == 1
    assert keys.total == 5
    first = dt.datetime.combine(keys.first_day, dt.time.min)
    with ctx.db.engine.connect() as conn:
        direct = conn.execute(select(func.count()).select_from(AuditLog).where(
            AuditLog.action.like("keys.%"), AuditLog.at >= first)).scalar()
    assert keys.total == direct
    assert trends["repairs"].values[-3] == 1
    assert "users" not in trends


def test_snapshot_includes_module_trends(ctx, monkeypatch):
    class Mod:
        DASHBOARD_TRENDS = [dashboard.DashboardTrend(1, "test.t", "测试", lambda c, first, days: [1] * days)]
    monkeypatch.setattr(catalog, "_modules", lambda: (Mod,))
    snap = dashboard.snapshot(ctx)
    assert snap.trends[0].key == "test.t" and snap.trends[0].total == 30
    assert snap.tiles == ()  # no module declares a dashboard item here


def test_trends_reread_only_today(ctx, clock):
    today = clock.now()
    _add_audit(ctx.db, [(today - dt.timedelta(days=3), "keys.lend")])
    assert dashboard.audit_trends(ctx)[0].total == 1
    # later rows of today count at once; the past days come from the first read
    _add_audit(ctx.db, [(today, "keys.lend"), (today, "keys.return")])
    keys = next(t for t in dashboard.audit_trends(ctx) if t.key == "keys")
    assert keys.values[-1] == 2 and keys.total == 3
    clock.advance(days=1)  # a new day reads everything again
    keys = next(t for t in dashboard.audit_trends(ctx) if t.key == "keys")
    assert keys.values[-2] == 2 and keys.values[-5] == 1 and keys.total == 3

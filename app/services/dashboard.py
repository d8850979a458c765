"""The home dashboard's data (首页): the numbers modules declare (catalog.DASHBOARD) and small trend
series for the last 30 days. Runs on a worker thread (the home page calls `snapshot` through the
TaskRunner); a failing count shows as unknown and never breaks the others.

Trends: by default, the day-by-day number of recorded actions per business area, read from the
audit log in one grouped query (every change is audited, so every module has a trend without
writing code). A module that wants a more specific series declares `DASHBOARD_TRENDS`, a list of
`DashboardTrend`, found in the service modules the same way the catalog finds its hooks.
"""
from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from app.db.models.core import AuditLog
from app.db.models.handover import Handover
from app.db.models.residents import StudentMove
from app.services import catalog
from app.services.catalog import DashboardItem
from app.services.context import ServiceContext
from app.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
TREND_DAYS = 30
# Areas whose audit rows make the default trends, in display order (source texts, context "Dashboard").
TREND_AREAS = {
    "keys": QT_TRANSLATE_NOOP("Dashboard", "钥匙业务"),
    "repairs": QT_TRANSLATE_NOOP("Dashboard", "报修与维修"),
    "release": QT_TRANSLATE_NOOP("Dashboard", "物品放行"),
    "students": QT_TRANSLATE_NOOP("Dashboard", "住宿变动"),
    "assessments": QT_TRANSLATE_NOOP("Dashboard", "考核"),
}


@dataclass(frozen=True)
class DashboardTrend:
    """A module's own trend: series(ctx, first_day, days) -> one number per day."""

    order: int
    key: str
    title: str
    series: Callable


@dataclass(frozen=True)
class Tile:
    key: str
    title: str
    page: str
    filter: str
    count: int | None  # None: the count failed
    warn: bool
    seconds: float = 0.0

    @property
    def needs_attention(self) -> bool:
        return bool(self.warn and self.count)


@dataclass(frozen=True)
class Trend:
    key: str
    title: str
    first_day: dt.date
    values: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.values)


@dataclass(frozen=True)
class Snapshot:
    at: dt.datetime
    tiles: tuple[Tile, ...]
    trends: tuple[Trend, ...]


def tiles(ctx: ServiceContext, cancelled: Callable[[], bool] | None = None) -> list[Tile]:
    out = []
    for item in catalog.dashboard_items():
        if cancelled and cancelled():
            break
        started = time.perf_counter()
        try:
            count = int(item.count(ctx) or 0)
        except Exception:  # noqa: BLE001 - one module's count must not hide the others
            log.exception("dashboard count %s", item.key)
            count = None
        out.append(Tile(item.key, item.title, item.page, item.filter, count, item.warn,
                        time.perf_counter() - started))
    return out


# Past days' counts are kept on the open Database object, keyed by (first day, today): the audit log
# is append-only, so each minute's refresh reads only today's rows again.
_CACHE_ATTR = "_dashboard_past_trends"


def _day_expr(db, column):
    if db.is_sqlite:
        return func.substr(column, 1, 10)  # stored as ISO text; cheaper than strftime
    return func.to_char(column, "YYYY-MM-DD")


def _count_days(ctx: ServiceContext, first: dt.date, since: dt.date, until: dt.date | None, days: int
                ) -> dict[str, list[int]]:
    day = _day_expr(ctx.db, AuditLog.at)
    stmt = (select(AuditLog.action, day, func.count()).where(AuditLog.at >= dt.datetime.combine(since, dt.time.min))
            .group_by(AuditLog.action, day))
    if until is not None:
        stmt = stmt.where(AuditLog.at < dt.datetime.combine(until, dt.time.min))
    per_area: dict[str, list[int]] = {area: [0] * days for area in TREND_AREAS}
    with ctx.read() as s:
        for action, day_text, n in s.execute(stmt):
            area = action.partition(".")[0]
            if area not in per_area or not day_text:
                continue
            index = (dt.date.fromisoformat(str(day_text)[:10]) - first).days
            if 0 <= index < days:
                per_area[area][index] += n
    return per_area


def audit_trends(ctx: ServiceContext, days: int = TREND_DAYS) -> list[Trend]:
    """Actions per day and area over the last `days` days (today included)."""
    today = ctx.today()
    first = today - dt.timedelta(days=days - 1)
    key = (first, today, days)
    cached = getattr(ctx.db, _CACHE_ATTR, None)
    if cached is not None and cached[0] == key:
        past = cached[1]
    else:
        past = _count_days(ctx, first, first, today, days)
        setattr(ctx.db, _CACHE_ATTR, (key, past))
    current = _count_days(ctx, first, today, None, days)
    return [Trend(area, TREND_AREAS[area], first,
                  tuple(p + c for p, c in zip(past[area], current[area], strict=True)))
            for area in TREND_AREAS]


def module_trends(ctx: ServiceContext, days: int = TREND_DAYS) -> list[Trend]:
    first = ctx.today() - dt.timedelta(days=days - 1)
    out = []
    for trend in catalog.dashboard_trends():
        try:
            values = tuple(int(v) for v in trend.series(ctx, first, days))[:days]
        except Exception:  # noqa: BLE001
            log.exception("dashboard trend %s", trend.key)
            continue
        out.append(Trend(trend.key, trend.title, first, values + (0,) * (days - len(values))))
    return out


def snapshot(ctx: ServiceContext, cancelled: Callable[[], bool] | None = None) -> Snapshot:
    """Everything the home page shows, read in one go (call it off the UI thread)."""
    trends = module_trends(ctx) + audit_trends(ctx)
    return Snapshot(ctx.now(), tuple(tiles(ctx, cancelled)), tuple(trends))


# Numbers this module can give from the residents and handover tables -------------------------------
def _moved_in_this_month(ctx: ServiceContext) -> int:
    start = dt.datetime.combine(ctx.today().replace(day=1), dt.time.min)
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(StudentMove)
                        .where(StudentMove.kind == "move_in", StudentMove.at >= start))


def _handovers_waiting(ctx: ServiceContext) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(Handover).where(Handover.status == "waiting"))


DASHBOARD = [
    DashboardItem(12, "residents.moved_in_month", QT_TRANSLATE_NOOP("Dashboard", "本月入住学生"), "residents",
                  _moved_in_this_month, warn=False),
    DashboardItem(90, "handover.waiting", QT_TRANSLATE_NOOP("Dashboard", "待接班确认的交班记录"), "home",
                  _handovers_waiting, filter="handover"),
]

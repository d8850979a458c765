"""Recurring bookings: daily, weekly on chosen weekdays, monthly on the Nth or last weekday.

`preview()` lists every occurrence with what stops it (a booking already there, a blocked slot, a
holiday) before anything is saved; `create_series()` saves the occurrences the user keeps, all in
one transaction: if any of them is taken meanwhile by another PC, nothing is saved.
"""
from __future__ import annotations

import calendar
import datetime as dt
import json
from dataclasses import asdict, dataclass

from sqlalchemy import select

from app.db.models.meetings import MeetingOrder, MeetingRoom, MeetingSeries
from app.errors import ValidationError
from app.services.context import ServiceContext, snapshot
from app.services.meetings_booking import _describe_holder, book, check_times
from app.services.meetings_rooms import holidays, units_in
from app.texts import QT_TRANSLATE_NOOP

FREQS = ("daily", "weekly", "monthly")
WEEKDAYS = "一二三四五六日"
WEEKDAY_NAMES = (QT_TRANSLATE_NOOP("Meetings", "周一"), QT_TRANSLATE_NOOP("Meetings", "周二"),
                 QT_TRANSLATE_NOOP("Meetings", "周三"), QT_TRANSLATE_NOOP("Meetings", "周四"),
                 QT_TRANSLATE_NOOP("Meetings", "周五"), QT_TRANSLATE_NOOP("Meetings", "周六"),
                 QT_TRANSLATE_NOOP("Meetings", "周日"))
MAX_OCCURRENCES = 366


@dataclass(frozen=True)
class Rule:
    """freq: daily | weekly | monthly; weekdays (0 = Monday) for weekly; nth (1..4, -1 = last) and
    weekday for monthly; every `interval` days/weeks/months until `until` (inclusive)."""

    freq: str
    until: dt.date
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    nth: int = 1
    weekday: int = 0

    def describe(self) -> str:
        if self.freq == "daily":
            text = "每天" if self.interval == 1 else f"每 {self.interval} 天"
        elif self.freq == "weekly":
            days = "、".join("周" + WEEKDAYS[d] for d in sorted(self.weekdays))
            text = f"{'每周' if self.interval == 1 else f'每 {self.interval} 周'}{days}"
        else:
            which = "最后一个" if self.nth == -1 else f"第 {self.nth} 个"
            text = f"{'每月' if self.interval == 1 else f'每 {self.interval} 个月'}{which}周{WEEKDAYS[self.weekday]}"
        return f"{text}，至 {self.until:%Y-%m-%d}"


def _nth_weekday(year: int, month: int, nth: int, weekday: int) -> dt.date | None:
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    if nth == -1:
        return days[-1]
    return days[nth - 1] if nth <= len(days) else None


def expand(rule: Rule, first: dt.date) -> list[dt.date]:
    """The dates of the series from `first` (the first meeting's date) to `rule.until`."""
    if rule.freq not in FREQS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择重复方式。"), field="freq")
    if rule.interval < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "重复间隔应不小于 1。"), field="interval")
    if rule.until < first:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "重复截止日期早于首次会议日期。"), field="until")
    out: list[dt.date] = []
    if rule.freq == "daily":
        d = first
        while d <= rule.until:
            out.append(d)
            d += dt.timedelta(days=rule.interval)
    elif rule.freq == "weekly":
        if not rule.weekdays or any(not 0 <= w <= 6 for w in rule.weekdays):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择每周哪几天。"), field="weekdays")
        monday = first - dt.timedelta(days=first.weekday())
        while monday <= rule.until:
            for w in sorted(set(rule.weekdays)):
                d = monday + dt.timedelta(days=w)
                if first <= d <= rule.until:
                    out.append(d)
            monday += dt.timedelta(weeks=rule.interval)
    else:
        if rule.nth not in (1, 2, 3, 4, -1) or not 0 <= rule.weekday <= 6:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择每月第几个星期几。"), field="nth")
        y, m = first.year, first.month
        while dt.date(y, m, 1) <= rule.until:
            d = _nth_weekday(y, m, rule.nth, rule.weekday)
            if d is not None and first <= d <= rule.until:
                out.append(d)
            m += rule.interval
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    if len(out) > MAX_OCCURRENCES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "重复次数过多（{n} 次），一个系列最多 {max} 次。"),
                              field="until", n=len(out), max=MAX_OCCURRENCES)
    return out


@dataclass(frozen=True)
class Occurrence:
    start_at: dt.datetime
    end_at: dt.datetime
    problem: str        # "" when free; else who holds the slot, or 节假日
    holiday: bool


def _times(day: dt.date, start: dt.time, end: dt.time) -> tuple[dt.datetime, dt.datetime]:
    a = dt.datetime.combine(day, start)
    b = dt.datetime.combine(day, end) if end != dt.time.min else dt.datetime.combine(day + dt.timedelta(days=1), end)
    return a, b


def preview(ctx: ServiceContext, room_id: int, first_start: dt.datetime, first_end: dt.datetime,
            rule: Rule) -> list[Occurrence]:
    """Every occurrence with its problem, before saving."""
    check_times(first_start, first_end)
    dates = expand(rule, first_start.date())
    out = []
    with ctx.read("meetings.view") as s:
        units = units_in(s, room_id)
        off = holidays(s)
        for d in dates:
            a, b = _times(d, first_start.time(), first_end.time())
            who = _describe_holder(s, units, a, b)
            out.append(Occurrence(a, b, who or ("节假日" if d in off else ""), d in off))
    return out


def create_series(ctx: ServiceContext, *, room_id: int, first_start: dt.datetime, first_end: dt.datetime,
                  rule: Rule, meeting_name: str, skip: set[dt.date] = frozenset(), include_holidays: bool = False,
                  confirm: bool = False, capacity_override: str | None = None, **values) -> list[int]:
    """Save the series without the `skip` dates, in one transaction; returns the booking ids.

    A holiday not skipped (and not allowed with `include_holidays`) or a slot taken is refused with a
    clear message and nothing is saved."""
    check_times(first_start, first_end)
    dates = [d for d in expand(rule, first_start.date()) if d not in skip]
    if not dates:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "该重复预订没有可保存的日期。"), field="until")
    with ctx.action("meetings.create") as tx:
        s = tx.session
        off = holidays(s)
        crossing = [d for d in dates if d in off]
        if crossing and not include_holidays:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "重复预订经过节假日 {days}：请跳过这些日期，或确认节假日照常开会。"), field="holidays",
                days="、".join(f"{d:%m-%d}" for d in crossing))
        if s.get(MeetingRoom, room_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择会议室。"), field="room")
        series = MeetingSeries(rule=json.dumps({**asdict(rule), "until": rule.until.isoformat()}),
                               description=rule.describe(), created_at=ctx.now(), created_by=ctx.actor.username)
        s.add(series)
        s.flush()
        ids = []
        for d in dates:
            a, b = _times(d, first_start.time(), first_end.time())
            ids.append(book(ctx, room_id=room_id, start_at=a, end_at=b, meeting_name=meeting_name, confirm=confirm,
                            capacity_override=capacity_override, series_id=series.id, _tx=tx, **values))
        first = s.get(MeetingOrder, ids[0])
        tx.audit("meeting_series", series.id, after={**snapshot(series), "orders": ids, "first": snapshot(first)},
                 summary=f"重复预订 {meeting_name}：{rule.describe()}，共 {len(ids)} 次")
    return ids


def series_orders(ctx: ServiceContext, series_id: int) -> list[int]:
    with ctx.read("meetings.view") as s:
        return list(s.scalars(select(MeetingOrder.id).where(MeetingOrder.series_id == series_id)
                              .order_by(MeetingOrder.start_at)))

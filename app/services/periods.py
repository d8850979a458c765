"""Report periods: a month (YYYY-MM) or a date range, as the command line and the GUI give them."""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from app.errors import ValidationError
from app.texts import QT_TRANSLATE_NOOP, translate


_WORDS = (QT_TRANSLATE_NOOP("Periods", "{year}年{month}月"), QT_TRANSLATE_NOOP("Periods", "{start} 至 {end}"))


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # inclusive

    @property
    def is_month(self) -> bool:
        return self.start.day == 1 and self.end == month_end(self.start)

    @property
    def label(self) -> str:
        """"2026年9月" or "2026-09-01 至 2026-09-30", in the interface's language."""
        if self.is_month:
            return translate("Periods", "{year}年{month}月").format(year=self.start.year, month=self.start.month)
        return translate("Periods", "{start} 至 {end}").format(start=f"{self.start:%Y-%m-%d}", end=f"{self.end:%Y-%m-%d}")

    @property
    def start_dt(self) -> dt.datetime:
        return dt.datetime.combine(self.start, dt.time.min)

    @property
    def end_dt(self) -> dt.datetime:
        """Exclusive upper bound: midnight after the last day."""
        return dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time.min)


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def parse_month(text: str) -> Period:
    try:
        start = dt.datetime.strptime(text.strip(), "%Y-%m").date()
    except (ValueError, AttributeError):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "月份格式应为 YYYY-MM，例如 2026-09：{text}"),
                              text=text) from None
    return Period(start, month_end(start))


def parse_range(start: str, end: str) -> Period:
    try:
        a = dt.date.fromisoformat(start.strip())
        b = dt.date.fromisoformat(end.strip())
    except (ValueError, AttributeError):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "日期格式应为 YYYY-MM-DD：{a} / {b}"),
                              a=start, b=end) from None
    if b < a:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "结束日期早于开始日期。"))
    return Period(a, b)


def this_month(today: dt.date) -> Period:
    start = today.replace(day=1)
    return Period(start, month_end(start))

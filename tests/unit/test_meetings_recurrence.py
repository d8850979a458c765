"""Recurrence rules: daily, weekly on chosen weekdays, monthly on the Nth or last weekday; and the
property that a saved series never overlaps a booking kept in the room (Hypothesis, on SQLite)."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import Conflict, ValidationError
from app.services import meetings_booking as mb
from app.services import meetings_recurrence as mr
from app.services import meetings_rooms

D = dt.date(2026, 9, 16)  # a Wednesday


def test_weekly_on_chosen_weekdays():
    days = mr.expand(mr.Rule("weekly", until=dt.date(2026, 9, 30), weekdays=(0, 2, 4)), D)
    assert days == [dt.date(2026, 9, d) for d in (16, 18, 21, 23, 25, 28, 30)]
    every_other = mr.expand(mr.Rule("weekly", until=dt.date(2026, 10, 14), weekdays=(2,), interval=2), D)
    assert every_other == [dt.date(2026, 9, 16), dt.date(2026, 9, 30), dt.date(2026, 10, 14)]


def test_monthly_on_the_nth_and_last_weekday():
    third_wed = mr.expand(mr.Rule("monthly", until=dt.date(2026, 12, 31), nth=3, weekday=2), D)
    assert third_wed == [dt.date(2026, 9, 16), dt.date(2026, 10, 21), dt.date(2026, 11, 18), dt.date(2026, 12, 16)]
    last_fri = mr.expand(mr.Rule("monthly", until=dt.date(2027, 2, 28), nth=-1, weekday=4), D)
    assert last_fri == [dt.date(2026, 9, 25), dt.date(2026, 10, 30), dt.date(2026, 11, 27), dt.date(2026, 12, 25),
                        dt.date(2027, 1, 29), dt.date(2027, 2, 26)]
    assert "最后一个周五" in mr.Rule("monthly", until=D, nth=-1, weekday=4).describe()


def test_daily_and_bad_rules():
    assert len(mr.expand(mr.Rule("daily", until=D + dt.timedelta(days=9)), D)) == 10
    with pytest.raises(ValidationError):
        mr.expand(mr.Rule("weekly", until=D + dt.timedelta(days=9)), D)  # no weekday chosen
    with pytest.raises(ValidationError):
        mr.expand(mr.Rule("daily", until=D - dt.timedelta(days=1)), D)
    with pytest.raises(ValidationError):
        mr.expand(mr.Rule("daily", until=D + dt.timedelta(days=800)), D)


_names = itertools.count()
kept_st = st.lists(st.tuples(st.integers(0, 34), st.integers(28, 80), st.integers(1, 12)), max_size=8)
rule_st = st.one_of(
    st.builds(lambda n: mr.Rule("daily", until=D + dt.timedelta(days=n)), st.integers(0, 34)),
    st.builds(lambda n, w: mr.Rule("weekly", until=D + dt.timedelta(days=n), weekdays=tuple(w)), st.integers(0, 34),
              st.sets(st.integers(0, 6), min_size=1)),
    st.builds(lambda n, k, w: mr.Rule("monthly", until=D + dt.timedelta(days=n), nth=k, weekday=w),
              st.integers(0, 120), st.sampled_from((1, 2, 3, 4, -1)), st.integers(0, 6)))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kept=kept_st, rule=rule_st, start_slot=st.integers(28, 80), length=st.integers(1, 12))
def test_no_saved_occurrence_overlaps_a_kept_booking(ctx, kept, rule, start_slot, length):
    room = meetings_rooms.save_room(ctx, name=f"房间{next(_names)}", capacity=50).id
    q = dt.timedelta(minutes=15)
    kept_spans = []
    for day, slot, n in kept:
        a = dt.datetime.combine(D + dt.timedelta(days=day), dt.time.min) + slot * q
        try:
            mb.book(ctx, room_id=room, start_at=a, end_at=a + n * q, meeting_name="保留", attendees_count=1)
        except Conflict:
            continue  # overlapping kept bookings: the database kept the first
        kept_spans.append((a, a + n * q))
    first = dt.datetime.combine(D, dt.time.min) + start_slot * q
    occ = mr.preview(ctx, room, first, first + length * q, rule)
    blocked = [o for o in occ if o.problem and o.problem != "节假日"]  # a holiday alone may still be kept
    skip = {o.start_at.date() for o in blocked}
    free = [o for o in occ if o.start_at.date() not in skip]
    if not free:
        return
    ids = mr.create_series(ctx, room_id=room, first_start=first, first_end=first + length * q, rule=rule,
                           meeting_name="系列", skip=skip, include_holidays=True)
    saved = mb.list_orders(ctx, ids=ids)
    assert len(saved) == len(free)
    for o in saved:
        assert all(o.end_at <= a or o.start_at >= b for a, b in kept_spans), (o.start_at, kept_spans)
    for o in occ:  # and every occurrence the preview called free was kept
        if o not in blocked:
            assert any(s.start_at == o.start_at for s in saved)

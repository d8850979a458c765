"""Return-visit rules without a database: due dates from the §9 table, the sampling rule (Hypothesis)
and the seeded, reproducible draw of the month's visits."""
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from app.services import visits
from app.services.visits_plan import Candidate, SamplingRule, draw, required_visits

T0 = dt.datetime(2026, 9, 1, 9, 0)


def test_due_dates_follow_the_table():
    done = dt.date(2026, 9, 10)
    assert visits.due_date("complaint", done, 3) == dt.date(2026, 9, 13)
    assert visits.due_date("repair_work", done, 60) == dt.date(2026, 11, 9)
    assert visits.is_overdue("planned", dt.date(2026, 9, 13), dt.date(2026, 9, 14))
    assert not visits.is_overdue("planned", dt.date(2026, 9, 13), dt.date(2026, 9, 13))
    assert not visits.is_overdue("visited", dt.date(2026, 9, 1), dt.date(2026, 9, 14))


@given(st.integers(min_value=0, max_value=5000))
def test_sampling_rule(count):
    rule = SamplingRule()
    need = rule.required(count)
    assert 0 <= need <= count
    if count <= 100:
        assert need == count
    elif count <= 300:
        assert need == -(-count * 3 // 10) and need >= 31
    else:
        assert need == -(-count // 10) and need >= 31


@given(st.integers(min_value=0, max_value=2000), st.floats(min_value=0, max_value=1))
def test_required_visits_reach_the_rate(count, rate):
    need = required_visits(count, rate)
    assert need <= count and need >= rate * count - 1e-6
    assert need == 0 or (need - 1) < rate * count + 1e-6


def _cands(n, urgent=()):
    return [Candidate(i, f"WX2026-{i:06d}", T0 + dt.timedelta(hours=i), 1, "101", "张三", None, "水维修", i in urgent)
            for i in range(1, n + 1)]


@given(st.integers(min_value=0, max_value=300), st.integers(min_value=0, max_value=300), st.text(max_size=8))
def test_draw_is_reproducible_and_sized(n, needed, seed):
    cands = _cands(n, urgent={2, 5})
    a = draw(cands, needed, seed)
    assert a == draw(list(reversed(cands)), needed, seed)  # order of the input does not matter
    assert len(a) == min(n, max(needed, 0)) and len({c.id for c in a}) == len(a)
    if needed >= 2 and n >= 5:
        assert {2, 5} <= {c.id for c in a}  # emergencies are always visited


def test_different_seeds_spread_the_draw():
    cands = _cands(200)
    picks = {tuple(c.id for c in draw(cands, 20, f"2026-09:repair:{s}")) for s in range(5)}
    assert len(picks) == 5

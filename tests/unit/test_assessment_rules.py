"""Pure assessment rules: competition ranks with ties, and the deduction rule of an item."""
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.services.assessments import ItemRow, compute_deduction
from app.services.assessments_sheet import competition_ranks, last_months


def item(mode="range", lo="5", hi="20", pct=None, code="5a"):
    d = lambda v: None if v is None else Decimal(v)  # noqa: E731
    return ItemRow(1, code, "patrol", None, "不检查", mode, d(lo), d(hi), d(pct), 10, True, 1)


def test_ranks_share_ties_and_skip():
    assert competition_ranks([90, 95, 90, 80]) == [2, 1, 2, 4]
    assert competition_ranks([]) == []
    assert competition_ranks([Decimal("570.00"), Decimal("570.00")]) == [1, 1]


@given(st.lists(st.integers(min_value=0, max_value=100), max_size=30))
def test_ranks_count_the_better_results(values):
    ranks = competition_ranks(values)
    for v, r in zip(values, ranks, strict=True):
        assert r == 1 + sum(1 for w in values if w > v)


def test_range_and_fixed_items():
    assert compute_deduction(item(), 5) == Decimal("5.00")
    assert compute_deduction(item(), "20") == Decimal("20.00")
    assert compute_deduction(item(lo="30", hi="30")) == Decimal("30.00")
    for bad in (4.99, 20.01, -1):
        with pytest.raises(ValidationError) as e:
            compute_deduction(item(), bad)
        assert e.value.field == "deduction"
    with pytest.raises(ValidationError):
        compute_deduction(item(), "abc")


def test_percent_of_loss_items():
    theft = item("percent", None, None, "30", code="6")
    assert compute_deduction(theft, loss_amount="333.33") == Decimal("100.00")
    assert compute_deduction(theft, deduction=999, loss_amount=100) == Decimal("30.00")   # computed, not typed
    for loss in (None, 0, -5):
        with pytest.raises(ValidationError) as e:
            compute_deduction(theft, loss_amount=loss)
        assert e.value.field == "loss_amount" and "30%" in e.value.text()


def test_last_months_cross_the_year():
    assert last_months("2026-02", 4) == ["2025-11", "2025-12", "2026-01", "2026-02"]

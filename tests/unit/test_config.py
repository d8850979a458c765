"""Business configuration: defaults, saved values, type checks, audit."""
import pytest

from app.errors import ValidationError
from app.services import config
from tests.conftest import audit_count


def test_default_then_saved_value(ctx):
    assert config.get(ctx, "screen.idle_lock_minutes") == 15
    config.set_value(ctx, "screen.idle_lock_minutes", 5)
    assert config.get(ctx, "screen.idle_lock_minutes") == 5
    assert audit_count(ctx.db) == 1


def test_wrong_kind_of_value_is_refused_and_nothing_written(ctx):
    with pytest.raises(ValidationError):
        config.set_value(ctx, "screen.idle_lock_minutes", "十五")
    with pytest.raises(ValidationError):
        config.set_value(ctx, "screen.idle_lock_minutes", -1)
    assert audit_count(ctx.db) == 0
    assert config.get(ctx, "screen.idle_lock_minutes") == 15


def test_clerk_may_not_configure(ctx):
    from app.errors import PermissionDenied
    from tests.conftest import context_for
    with pytest.raises(PermissionDenied):
        config.set_value(context_for(ctx, "clerk"), "org.name", "x")

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


def test_codes_in_a_value_are_shown_as_labels_and_stored_as_codes(ctx):
    """CONFIG_VALUES: the gate's rules and admitted relations are read as labels, typed as labels
    (or codes, or a 、-separated list) and stored as codes."""
    assert config.vocabularies()["visitor.rules"] == "gate.rule"
    assert config.shown("visitor.admitted_relations", ["parent", "staff"]) == ["家长", "教职工"]
    assert config.shown("org.name", "某大学") == "某大学"
    config.set_value(ctx, "visitor.admitted_relations", ["家长", "relative"])
    assert config.get(ctx, "visitor.admitted_relations") == ["parent", "relative"]
    config.set_value(ctx, "visitor.rules", "男家长不得进入女生楼、overnight")
    assert config.get(ctx, "visitor.rules") == ["male_parent", "overnight"]
    assert config.shown("visitor.rules", config.get(ctx, "visitor.rules")) == ["男家长不得进入女生楼",
                                                                               "已过闭楼时间，来访人员不得留宿"]
    assert audit_count(ctx.db) == 2


def test_a_dict_keyed_by_codes_round_trips(ctx, monkeypatch):
    monkeypatch.setattr(config, "vocabularies", lambda: {"visitor.rules": "gate.relation"})
    assert config.shown("visitor.rules", {"parent": 60}) == {"家长": 60}
    assert config.to_codes("visitor.rules", {"家长": 60, "staff": 30}) == {"parent": 60, "staff": 30}


def test_labels_in_the_interface_language_are_accepted(ctx):
    from app import texts
    english = {"家长": "Parent", "教职工": "Staff"}
    texts.set_translator(lambda _context, text: english.get(text, text), "en")
    try:
        assert config.shown("visitor.admitted_relations", ["parent"]) == ["Parent"]
        config.set_value(ctx, "visitor.admitted_relations", ["Parent", "教职工"])
    finally:
        texts.set_translator(None)
    assert config.get(ctx, "visitor.admitted_relations") == ["parent", "staff"]


def test_an_unknown_value_names_the_parameter_and_the_value(ctx):
    with pytest.raises(ValidationError) as caught:
        config.set_value(ctx, "visitor.admitted_relations", ["家长", "外卖员"])
    message = str(caught.value)
    assert "无须主管放行的来访者身份" in message and "外卖员" in message and "本校学生" in message
    assert caught.value.field == "visitor.admitted_relations"
    assert audit_count(ctx.db) == 0
    assert config.get(ctx, "visitor.admitted_relations") == ["parent", "student", "staff"]

"""Migrations, audit rows, the append-only audit log, lockout and stale saves, on both databases."""

import pytest
from sqlalchemy import inspect, text

from app.db.migrate import current_revisions, head_revisions
from app.db.models import Base
from app.errors import AccountLocked, LoginFailed, StaleEdit
from app.services import auth, config
from app.services.context import ServiceContext
from tests.conftest import audit_count


def test_migrated_schema_matches_models(db):
    assert current_revisions(db) == head_revisions()
    tables = set(inspect(db.engine).get_table_names())
    assert {t.name for t in Base.metadata.sorted_tables} <= tables


def test_migrations_have_no_pending_model_changes(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_each_change_writes_exactly_one_audit_row(ctx):
    before = audit_count(ctx.db)
    user = auth.save_user(ctx, user_id=None, username="clerk1", display_name="王小明", role="clerk",
                          password="secret99")
    assert audit_count(ctx.db) == before + 1
    auth.save_user(ctx, user_id=user.id, username="clerk1", display_name="王小明2", role="clerk",
                   expected_version=user.version)
    config.set_value(ctx, "org.name", "测试大学公寓中心")
    assert audit_count(ctx.db) == before + 3


def test_audit_rows_cannot_be_changed_or_deleted(ctx):
    config.set_value(ctx, "org.name", "甲")
    with pytest.raises(Exception):
        with ctx.db.engine.begin() as conn:
            conn.execute(text("UPDATE audit_log SET username = 'x'"))
    with pytest.raises(Exception):
        with ctx.db.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_log"))
    assert audit_count(ctx.db) >= 1


def test_lockout_holds_across_sessions(ctx):
    auth.save_user(ctx, user_id=None, username="zhang", display_name="张三", role="clerk", password="right-pw")
    other_pc = ServiceContext(db=ctx.db, clock=ctx.clock, pc_name="PC-2")
    for _ in range(4):
        with pytest.raises(LoginFailed):
            auth.login(ctx, "zhang", "wrong")
    with pytest.raises(AccountLocked):
        auth.login(other_pc, "zhang", "wrong")
    with pytest.raises(AccountLocked):  # the right password is refused while locked, on any PC
        auth.login(ctx, "zhang", "right-pw")
    ctx.clock.advance(minutes=16)
    actor = auth.login(other_pc, "zhang", "right-pw")
    assert actor.role == "clerk"


def test_stale_save_is_refused_and_names_who(ctx, clock):
    user = auth.save_user(ctx, user_id=None, username="li", display_name="李四", role="clerk", password="pw123456")
    from tests.conftest import context_for
    pc2 = context_for(ctx, "admin", username="王主任")
    auth.save_user(pc2, user_id=user.id, username="li", display_name="李四（改）", role="clerk",
                   expected_version=user.version)
    with pytest.raises(StaleEdit) as err:
        auth.save_user(ctx, user_id=user.id, username="li", display_name="李四（旧）", role="clerk",
                       expected_version=user.version)
    assert "王主任" in err.value.text()
    assert [u.display_name for u in auth.list_users(ctx) if u.username == "li"] == ["李四（改）"]


def test_document_numbers_are_sequential_per_kind_and_year(db):
    from app.services.sequences import next_number
    s = db.write_session()
    with s.begin():
        numbers = [next_number(s, "FX", 2026) for _ in range(3)] + [next_number(s, "FX", 2027)]
    s.close()
    assert numbers == ["FX2026-000001", "FX2026-000002", "FX2026-000003", "FX2027-000001"]


def test_rolled_back_document_does_not_use_up_a_number(db):
    from app.services.sequences import next_number
    s = db.write_session()
    try:
        with s.begin():
            next_number(s, "WX", 2026)
            raise RuntimeError("the save failed")
    except RuntimeError:
        pass
    with s.begin():
        assert next_number(s, "WX", 2026) == "WX2026-000001"
    s.close()

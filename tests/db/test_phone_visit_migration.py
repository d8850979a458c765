"""A phone visit's 电话回访 is derived from its method, not stored in its remarks: the service stores the
remarks as typed, the screen and the V1 form show the mark in the interface language, and migration
0023_phone_visit takes the mark out of older rows and puts it back on downgrade (SQLite and PostgreSQL)."""
from sqlalchemy import select, update

from app.db.models.visits import ReturnVisit
from app.services import visits
from tests.db.test_codes_migration import _alembic


def _remarks(db) -> list:
    with db.engine.connect() as conn:
        return list(conn.execute(select(ReturnVisit.method, ReturnVisit.remarks).order_by(ReturnVisit.id)))


def test_phone_mark_is_derived_from_the_method_and_migrated_both_ways(db, ctx):
    made = [visits.create(ctx, visit_type="routine", subject=f"例行回访 {n}") for n in range(3)]
    visits.record(ctx, made[0].id, satisfaction="good", method="phone")
    visits.record(ctx, made[1].id, satisfaction="good", method="phone", remarks="住户在外地")
    visits.record(ctx, made[2].id, satisfaction="fair", method="on_site", interviewee="张三", remarks="上门时不在")
    now = [("phone", None), ("phone", "住户在外地"), ("on_site", "上门时不在")]
    assert _remarks(db) == now
    phone, on_site = visits.get(ctx, made[0].id), visits.get(ctx, made[2].id)
    assert (visits.signature_text(phone), visits.signature_text(on_site)) == ("电话回访", "张三")

    _alembic(db, "downgrade", "0016_codes2")  # 0023_phone_visit undone: the rows as the older version wrote them
    assert _remarks(db) == [("phone", "电话回访"), ("phone", "电话回访；住户在外地"), ("on_site", "上门时不在")]
    _alembic(db, "upgrade", "heads")
    assert _remarks(db) == now


def test_upgrade_leaves_remarks_that_do_not_start_with_the_mark(db, ctx):
    v = visits.create(ctx, visit_type="routine", subject="例行回访")
    visits.record(ctx, v.id, satisfaction="good", method="phone", remarks="已电话回访两次")
    _alembic(db, "downgrade", "0016_codes2")
    with db.engine.begin() as conn:  # an older row whose mark was edited away by hand
        conn.execute(update(ReturnVisit).values(remarks="已电话回访两次"))
    _alembic(db, "upgrade", "heads")
    assert _remarks(db) == [("phone", "已电话回访两次")]

"""Migration 0010_visits: the repairs' own visit rows and the complaints' visits become V1 return
visits (numbered, due dates from the §9 table), on SQLite and on PostgreSQL, and the way back."""
import datetime as dt

import pytest
import sqlalchemy as sa
from alembic import command

from app.db.migrate import alembic_config
from app.db.models import Base

T0 = dt.datetime(2026, 9, 1, 9, 0)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    """An empty database (PostgreSQL: a private schema of the test database)."""
    if request.param == "sqlite":
        eng = sa.create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
        yield eng
        eng.dispose()
        return
    url = request.getfixturevalue("pg_url")
    admin = sa.create_engine(url)
    with admin.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA IF EXISTS visits_migration CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA visits_migration"))
    eng = sa.create_engine(url, connect_args={"options": "-csearch_path=visits_migration"})
    yield eng
    eng.dispose()
    with admin.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA IF EXISTS visits_migration CASCADE"))
    admin.dispose()


def _migrate(engine, target: str, down: bool = False) -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, target)


def _old_rows(engine) -> None:
    t = Base.metadata.tables
    with engine.begin() as conn:
        conn.execute(t["building"].insert(), [{"id": 1, "name": "1号楼"}])
        conn.execute(t["room"].insert(), [{"id": 1, "building_id": 1, "room_no": "101"}])
        conn.execute(t["repair_slip"].insert(), [
            {"id": i, "slip_no": f"WX2026-00000{i}", "reported_at": T0, "reporter_name": "张三", "building_id": 1,
             "room_id": 1, "category": "水", "fault_description": "漏水", "status": s, "completed_at": done}
            for i, s, done in ((1, "visited", T0 + dt.timedelta(days=1)), (2, "dispatched", None))])
        conn.execute(sa.text(
            "INSERT INTO repair_visit (slip_id, visited_at, method, satisfaction, interviewee, notes, visitor) VALUES "
            "(1, :a, '电话', '满意', '张三', NULL, '李老师'), (2, :b, '上门', '不满意', '李四', '还漏', '李老师')"),
            {"a": T0 + dt.timedelta(days=2), "b": T0 + dt.timedelta(days=3)})
        conn.execute(t["complaint"].insert(), [
            {"id": 1, "complaint_no": "TS2026-000001", "received_at": T0, "channel": "来访", "complainant": "王五",
             "content": "走廊灯不亮", "category": "水电", "reply_due_at": T0, "received_by": "前台", "status": "visited",
             "resolved_at": T0 + dt.timedelta(days=1), "visit_due": dt.date(2026, 9, 5),
             "visited_at": T0 + dt.timedelta(days=2), "visit_method": "电话", "satisfaction": "较满意",
             "visitor": "赵主管", "building_id": 1, "room_no": "101"},
            {"id": 2, "complaint_no": "TS2026-000002", "received_at": T0, "channel": "来电", "complainant": "钱六",
             "content": "噪音很大", "category": "其他", "reply_due_at": T0, "received_by": "前台", "status": "resolved",
             "resolved_at": T0 + dt.timedelta(days=4), "visit_due": dt.date(2026, 9, 8), "building_id": None,
             "room_no": None, "visited_at": T0 + dt.timedelta(days=2), "visit_method": "上门", "satisfaction": "不满意",
             "visitor": "赵主管"},
            {"id": 3, "complaint_no": "TS2026-000003", "received_at": T0, "channel": "来电", "complainant": "孙七",
             "content": "还没处理的投诉", "category": "其他", "reply_due_at": T0, "received_by": "前台",
             "status": "assigned", "resolved_at": None, "visit_due": None, "building_id": None, "room_no": None,
             "visited_at": None, "visit_method": None, "satisfaction": None, "visitor": None}])


def test_existing_visits_become_return_visits_and_back(engine):
    _migrate(engine, "0004_repairs")
    _migrate(engine, "0008_frontdesk")
    _old_rows(engine)
    _migrate(engine, "heads")
    with engine.connect() as conn:
        assert "repair_visit" not in sa.inspect(conn).get_table_names()
        rows = conn.execute(sa.text(
            "SELECT visit_no, status, visit_type, source_kind, source_id, source_no, due_date, visit_date, method, "
            "satisfaction, feedback, interviewee_signature, visitor, remarks, attempt FROM return_visit ORDER BY id")).all()
        seq = conn.execute(sa.text("SELECT last_value FROM doc_sequence WHERE kind = 'HF' AND year = 2026")).scalar()
    assert [r.visit_no for r in rows] == [f"HF2026-00000{i}" for i in range(1, 6)] and seq == 5
    phone, home, done, unhappy, waiting = rows
    assert (phone.visit_type, phone.source_kind, phone.source_id, phone.status) == ("repair", "repair_slip", 1, "visited")
    assert str(phone.due_date)[:10] == "2026-09-05" and phone.interviewee_signature is None  # 电话: no signature
    assert (home.satisfaction, home.feedback, home.interviewee_signature) == ("bad", "还漏", "李四")  # 0016_codes2: codes
    assert str(home.due_date)[:10] == "2026-09-07"  # a reopened slip: 3 days after the visit
    assert (done.visit_type, done.source_no, done.satisfaction, done.visitor) == ("complaint", "TS2026-000001", "fair", "赵主管")
    assert (unhappy.status, unhappy.satisfaction, unhappy.attempt) == ("visited", "bad", 1)  # handled again since
    assert (waiting.status, waiting.visit_date, str(waiting.due_date)[:10], waiting.attempt) == ("planned", None, "2026-09-08", 2)

    _migrate(engine, "0008_frontdesk", down=True)  # 0016_codes2 undone first: labels again
    with engine.connect() as conn:
        back = conn.execute(sa.text("SELECT slip_id, method, satisfaction, notes FROM repair_visit ORDER BY slip_id")).all()
    assert [tuple(r) for r in back] == [(1, "电话", "满意", None), (2, "上门", "不满意", "还漏")]

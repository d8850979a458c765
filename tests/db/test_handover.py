"""The shift handover: the record frozen from the catalog's sections, the incoming user's password
confirmation and its refusals (nothing written), the register and the one-page PDF."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from app.db.models.handover import Handover
from app.errors import Conflict, LoginFailed, NotFound, PermissionDenied, ValidationError
from app.services import auth, catalog, handover, registers
from app.services.periods import parse_month
from tests.conftest import audit_count, context_for

KEYS_OUT = [f"101 房门钥匙 借出人{i}" for i in range(3)]
LONG = [f"维修单 WX2026-{i:06d} 302 水龙头漏水 超时 {i} 小时" for i in range(80)]


def _sections(calls):
    def keys_rows(ctx, start, end):
        calls.append((start, end))
        return KEYS_OUT

    def broken(ctx, start, end):
        raise RuntimeError("模块出错")

    return [catalog.HandoverSection(10, "借出未还的钥匙", keys_rows),
            catalog.HandoverSection(20, "未完成的紧急维修", lambda c, s, e: LONG),
            catalog.HandoverSection(30, "坏掉的模块", broken)]


@pytest.fixture
def users(ctx):
    auth.save_user(ctx, user_id=None, username="night", display_name="夜班李", role="clerk", password="night123")
    auth.save_user(ctx, user_id=None, username="viewer", display_name="查询王", role="readonly",
                   password="viewer123")


def _count(db) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Handover)).scalar()


def test_handover_record_and_confirmation(ctx, users, monkeypatch, clock):
    calls = []
    monkeypatch.setattr(catalog, "handover_sections", lambda: _sections(calls))
    day = context_for(ctx, "clerk", username="day")
    before = audit_count(ctx.db)
    row = handover.create(day, notes="=3楼灯坏了，已报修")
    assert audit_count(ctx.db) == before + 1
    assert row.status == "waiting" and row.outgoing_user == "day"
    assert calls == [(clock.now() - dt.timedelta(hours=12), clock.now())]
    titles = [s.title for s in row.sections]
    assert titles == ["借出未还的钥匙", "未完成的紧急维修", "坏掉的模块"]
    assert row.sections[0].rows == tuple(KEYS_OUT)
    assert "读取失败" in row.sections[2].rows[0]
    assert row.item_count == 3 + 80 + 1
    # the next shift starts where this one ended
    clock.advance(hours=8)
    assert handover.default_shift_start(day) == row.shift_end

    confirmed = handover.confirm(ctx, row.id, "night", "night123", notes="收到", expected_version=row.version)
    assert confirmed.status == "taken" and confirmed.incoming_name == "夜班李"
    assert confirmed.confirmed_at == row.shift_end + dt.timedelta(hours=8)
    stored = handover.get(ctx, row.id)
    assert stored.incoming_user == "night" and stored.incoming_notes == "收到"
    assert stored.sections == row.sections  # frozen: later changes in modules do not alter the record


def test_confirmation_refusals_write_nothing(ctx, users, monkeypatch):
    monkeypatch.setattr(catalog, "handover_sections", lambda: _sections([]))
    day = context_for(ctx, "clerk", username="night")
    row = handover.create(day, notes="")
    before = audit_count(ctx.db)
    with pytest.raises(ValidationError) as err:
        handover.confirm(ctx, row.id, "night", "night123")  # the outgoing user cannot confirm
    assert err.value.field == "username"
    assert audit_count(ctx.db) == before
    with pytest.raises(LoginFailed):
        handover.confirm(ctx, row.id, "tester2", "nope")
    with pytest.raises(PermissionDenied):
        handover.confirm(ctx, row.id, "viewer", "viewer123")  # readonly may not accept
    with pytest.raises(NotFound):
        handover.confirm(ctx, 9999, "viewer", "viewer123")
    assert handover.get(ctx, row.id).status == "waiting"
    with pytest.raises(ValidationError):
        handover.create(day, notes="很" * (handover.MAX_NOTES + 1))
    assert _count(ctx.db) == 1
    handover.accept_as(ctx, row.id, context_for(ctx, "clerk", username="other").actor)
    with pytest.raises(Conflict):
        handover.accept_as(ctx, row.id, context_for(ctx, "clerk", username="third").actor)
    with pytest.raises(PermissionDenied):
        handover.create(context_for(ctx, "readonly"), notes="")


def test_handover_sheet_pdf_and_register(ctx, monkeypatch, tmp_path):
    monkeypatch.setattr(catalog, "handover_sections", lambda: _sections([]))
    row = handover.create(context_for(ctx, "clerk", username="day"), notes="夜间注意 5 楼水管。")
    handover.accept_as(ctx, row.id, context_for(ctx, "clerk", username="night").actor, notes="收到")
    path = catalog.prints()["handover"].build(ctx, str(row.id), tmp_path / "h.pdf")
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1  # 84 items still fit one page
    text = reader.pages[0].extract_text()
    for needle in ("交接班记录", f"编号：{row.id}", "借出未还的钥匙", "未完成的紧急维修（80 项）", "另有",
                   "夜间注意 5 楼水管", "交班人", "接班人"):
        assert needle in text, needle
    with pytest.raises(NotFound):
        catalog.prints()["handover"].build(ctx, "abc", tmp_path / "x.pdf")
    out = registers.export(ctx, "handovers", parse_month("2026-09"), None, tmp_path / "h.xlsx")
    ws = load_workbook(out).active
    values = [list(r) for r in ws.iter_rows(values_only=True)]
    assert values[2][:5] == ["编号", "班次开始", "交班时间", "楼栋", "交班人"]
    total = next(r for r in values if r[0] == "合计")
    assert total[4] == _count(ctx.db) == 1 and total[8] == 84


def test_demo_step_adds_handovers(ctx):
    import random
    step = next(s for s in catalog.demo_steps() if s.order == 60)
    assert "3" in step.run(ctx, random.Random(1), {})
    rows = handover.list_records(ctx)
    assert len(rows) == 3 and sum(r.status == "taken" for r in rows) == 2


def test_handover_with_the_real_modules_sections(ctx):
    row = handover.create(ctx, notes="")
    assert [s.title for s in row.sections] == [s.title for s in catalog.handover_sections()]

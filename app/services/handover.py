"""The shift handover (交接班记录): the outgoing user records what is open (the lists modules declare
in catalog.HANDOVER_SECTIONS, frozen at that moment) and notes; the incoming user confirms with
their own password. One printed page per record (PRINTS kind "handover", number = record id)."""
from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.db.models.handover import Handover
from app.db.models.residents import Building
from app.errors import Conflict, NotFound, ValidationError
from app.services import auth, catalog
from app.services.catalog import DemoStep, PrintSource, RegisterSource
from app.services.context import Actor, ServiceContext, snapshot
from app.services.periods import Period
from app.texts import QT_TRANSLATE_NOOP, translate
from reports.excel.spec import Col, RegisterSpec

log = logging.getLogger(__name__)
MAX_NOTES = 2000
DEFAULT_SHIFT_HOURS = 12


@dataclass(frozen=True)
class SectionRows:
    title: str
    rows: tuple[str, ...]


@dataclass(frozen=True)
class HandoverRow:
    id: int
    building_id: int | None
    building_name: str
    shift_start: dt.datetime
    shift_end: dt.datetime
    status: str
    outgoing_user: str
    outgoing_name: str
    incoming_user: str | None
    incoming_name: str | None
    confirmed_at: dt.datetime | None
    sections: tuple[SectionRows, ...]
    item_count: int
    notes: str
    incoming_notes: str
    version: int

    @property
    def number(self) -> str:
        return str(self.id)


def _row(h: Handover, building_name: str | None) -> HandoverRow:
    sections = tuple(SectionRows(s["title"], tuple(s["rows"])) for s in json.loads(h.sections or "[]"))
    return HandoverRow(h.id, h.building_id, building_name or translate("Registers", "全部"), h.shift_start, h.shift_end, h.status,
                       h.outgoing_user, h.outgoing_name, h.incoming_user, h.incoming_name, h.confirmed_at,
                       sections, h.item_count, h.notes or "", h.incoming_notes or "", h.version)


def collect_sections(ctx: ServiceContext, start: dt.datetime, end: dt.datetime) -> list[SectionRows]:
    """What the modules list as open for the shift; a failing module shows its error, never blocks."""
    out = []
    for section in catalog.handover_sections():
        try:
            rows = tuple(str(r) for r in section.rows(ctx, start, end))
        except Exception as exc:  # noqa: BLE001 - one module must not stop the handover
            log.exception("handover section %s", section.title)
            rows = (f"（读取失败：{exc}）",)
        out.append(SectionRows(section.title, rows))
    return out


def default_shift_start(ctx: ServiceContext) -> dt.datetime:
    """The end of the last handover, or twelve hours ago when there is none (or it is older)."""
    with ctx.read("handover.view") as s:
        last = s.scalar(select(Handover.shift_end).order_by(Handover.shift_end.desc()).limit(1))
    floor = ctx.now() - dt.timedelta(hours=DEFAULT_SHIFT_HOURS)
    return last if last is not None and floor < last < ctx.now() else floor


def create(ctx: ServiceContext, *, notes: str = "", building_id: int | None = None,
           shift_start: dt.datetime | None = None) -> HandoverRow:
    """The outgoing user hands over: the open lists are frozen into the record (status 待接班)."""
    ctx.require("handover.create")
    notes = (notes or "").strip()
    if len(notes) > MAX_NOTES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "交班说明不能超过 {n} 个字。"), field="notes", n=MAX_NOTES)
    end = ctx.now()
    start = shift_start or default_shift_start(ctx)
    if start >= end:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "班次开始时间应早于交班时间。"), field="shift_start")
    if building_id is not None:
        ctx.require_building(building_id)
    sections = collect_sections(ctx, start, end)
    with ctx.action("handover.create") as tx:
        building = tx.session.get(Building, building_id) if building_id is not None else None
        if building_id is not None and building is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "楼栋不存在。"))
        actor = ctx.actor
        h = Handover(building_id=building_id, shift_start=start, shift_end=end, status="waiting",
                     outgoing_user=actor.username, outgoing_name=actor.display_name,
                     sections=json.dumps([{"title": s.title, "rows": list(s.rows)} for s in sections],
                                         ensure_ascii=False),
                     item_count=sum(len(s.rows) for s in sections), notes=notes or None)
        tx.stamp(h, new=True)
        tx.session.add(h)
        tx.session.flush()
        tx.audit("handover", h.id, after=snapshot(h),
                 summary=f"交班 {actor.display_name}，遗留 {h.item_count} 项")
        return _row(h, building.name if building else None)


def confirm(ctx: ServiceContext, record_id: int, username: str, password: str, *, notes: str = "",
            expected_version: int | None = None) -> HandoverRow:
    """The incoming user confirms with their own password (a wrong one counts towards the lockout)."""
    if not (username or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写接班人用户名。"), field="username")
    current = get(ctx, record_id)
    if current.status != "waiting":
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "该交班记录已由 {who} 确认接班。"), who=current.incoming_name)
    if username.strip() == current.outgoing_user:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "接班人不能是交班人本人。"), field="username")
    incoming = auth.login(ctx, username, password)
    return accept_as(ctx, record_id, incoming, notes=notes, expected_version=expected_version)


def accept_as(ctx: ServiceContext, record_id: int, incoming: Actor, *, notes: str = "",
              expected_version: int | None = None) -> HandoverRow:
    """Record the confirmation as `incoming` (whose identity the caller has checked)."""
    notes = (notes or "").strip()
    if len(notes) > MAX_NOTES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "接班备注不能超过 {n} 个字。"), field="incoming_notes",
                              n=MAX_NOTES)
    in_ctx = ctx.as_actor(incoming)
    with in_ctx.action("handover.accept") as tx:
        h = tx.session.get(Handover, record_id)
        if h is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "交班记录 {id} 不存在。"), id=record_id)
        tx.check_version(h, expected_version)
        if h.status != "waiting":
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "该交班记录已由 {who} 确认接班。"), who=h.incoming_name)
        if incoming.username == h.outgoing_user:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "接班人不能是交班人本人。"), field="username")
        before = snapshot(h)
        h.status, h.incoming_user, h.incoming_name = "taken", incoming.username, incoming.display_name
        h.confirmed_at, h.incoming_notes = ctx.now(), notes or None
        tx.stamp(h)
        tx.session.flush()
        tx.audit("handover", h.id, before=before, after=snapshot(h),
                 summary=f"接班确认 {incoming.display_name}（交班人 {h.outgoing_name}）")
        building = tx.session.get(Building, h.building_id) if h.building_id else None
        return _row(h, building.name if building else None)


def get(ctx: ServiceContext, record_id: int) -> HandoverRow:
    with ctx.read("handover.view") as s:
        h = s.get(Handover, record_id)
        if h is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "交班记录 {id} 不存在。"), id=record_id)
        building = s.get(Building, h.building_id) if h.building_id else None
        return _row(h, building.name if building else None)


def list_records(ctx: ServiceContext, *, start: dt.datetime | None = None, end: dt.datetime | None = None,
                 building: str | None = None, limit: int = 200) -> list[HandoverRow]:
    """Handovers, newest first, optionally within [start, end) and one building."""
    stmt = (select(Handover, Building.name).outerjoin(Building, Building.id == Handover.building_id)
            .order_by(Handover.shift_end.desc()).limit(limit))
    if start is not None:
        stmt = stmt.where(Handover.shift_end >= start)
    if end is not None:
        stmt = stmt.where(Handover.shift_end < end)
    if building:
        stmt = stmt.where(Building.name == building)
    with ctx.read("handover.view") as s:
        return [_row(h, name) for h, name in s.execute(stmt)]


HANDOVER_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "交接班记录登记"), sheet_name=QT_TRANSLATE_NOOP("Registers", "交接班记录"),
    columns=(Col("id", QT_TRANSLATE_NOOP("Columns", "编号"), "int"),
             Col("shift_start", QT_TRANSLATE_NOOP("Columns", "班次开始"), "datetime", 17),
             Col("shift_end", QT_TRANSLATE_NOOP("Columns", "交班时间"), "datetime", 17),
             Col("building_name", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("outgoing_name", QT_TRANSLATE_NOOP("Columns", "交班人"), total="count"),
             Col("incoming_name", QT_TRANSLATE_NOOP("Columns", "接班人")),
             Col("confirmed_at", QT_TRANSLATE_NOOP("Columns", "接班时间"), "datetime", 17),
             Col("status", QT_TRANSLATE_NOOP("Columns", "状态"), values="handover.status"),
             Col("item_count", QT_TRANSLATE_NOOP("Columns", "遗留事项"), "int", total="sum"),
             Col("notes", QT_TRANSLATE_NOOP("Columns", "交班说明"), width=40)))


def _fetch(ctx: ServiceContext, period: Period, building: str | None):
    rows = list_records(ctx, start=period.start_dt, end=period.end_dt, building=building, limit=100_000)
    return HANDOVER_SPEC, list(reversed(rows))


def _print(ctx: ServiceContext, number: str, path: Path) -> Path:
    from reports.pdf.handover_sheet import build_handover_sheet
    ctx.require("handover.print")
    try:
        record_id = int(str(number).strip())
    except ValueError:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "交班记录 {id} 不存在。"), id=number) from None
    row = get(ctx, record_id)
    from app.services import config
    return build_handover_sheet(row, config.get(ctx, "org.name"), path)


def _demo(ctx: ServiceContext, rng, options) -> str:
    from app.db.models.core import User
    with ctx.read() as s:
        users = [Actor(u.username, u.display_name, u.role, u.id)
                 for u in s.scalars(select(User).where(User.active.is_(True), User.role != "readonly"))]
    others = [u for u in users if u.username != ctx.actor.username] or \
        [Actor("duty", "值班员", "clerk")]
    made = 0
    for n in range(3):
        notes = rng.choice(["夜间巡查正常，无异常。", "3楼走廊灯不亮，已报修。", "有学生反映热水不热，已告知维修。"])
        row = create(ctx, notes=notes, shift_start=ctx.now() - dt.timedelta(hours=8, minutes=n))
        if n < 2:
            accept_as(ctx, row.id, rng.choice(others), notes="已了解，接班。")
        made += 1
    return f"交接班记录 {made} 条"


REGISTERS = [RegisterSource("handovers", QT_TRANSLATE_NOOP("Registers", "交接班记录登记"), _fetch)]
PRINTS = [PrintSource("handover", "交接班记录", _print)]
DEMO_STEPS = [DemoStep(60, "交接班", _demo)]

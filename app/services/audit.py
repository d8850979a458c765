"""Reading the audit log: filters for the audit screen and its Excel register."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.db.models.core import AuditLog
from app.services.catalog import RegisterSource
from app.services.context import ServiceContext
from app.services.periods import Period
from app.texts import QT_TRANSLATE_NOOP
from reports.excel.spec import Col, RegisterSpec

ENTITY_LABELS = {"user": "用户", "config": "设置", "building": "楼栋", "room": "房间", "student": "学生",
                 "staff": "员工", "backup": "备份"}


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    username: str
    pc_name: str
    channel: str
    action: str
    entity: str
    entity_id: str | None
    summary: str | None
    before: str | None
    after: str | None


def list_entries(ctx: ServiceContext, *, username: str | None = None, entity: str | None = None,
                 date_from: dt.date | None = None, date_to: dt.date | None = None,
                 text: str | None = None, limit: int = 5000) -> list[AuditRow]:
    stmt = select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)
    if username:
        stmt = stmt.where(AuditLog.username == username)
    if entity:
        stmt = stmt.where(AuditLog.entity == entity)
    if date_from:
        stmt = stmt.where(AuditLog.at >= dt.datetime.combine(date_from, dt.time.min))
    if date_to:
        stmt = stmt.where(AuditLog.at < dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min))
    if text:
        like = f"%{text}%"
        stmt = stmt.where(AuditLog.summary.like(like) | AuditLog.entity_id.like(like) | AuditLog.action.like(like))
    with ctx.read("audit.view") as s:
        return [AuditRow(a.id, a.at, a.username, a.pc_name, a.channel, a.action, a.entity, a.entity_id,
                         a.summary, a.before, a.after) for a in s.scalars(stmt)]


def known_entities(ctx: ServiceContext) -> list[str]:
    with ctx.read("audit.view") as s:
        return sorted(s.scalars(select(AuditLog.entity).distinct()))


def known_users(ctx: ServiceContext) -> list[str]:
    with ctx.read("audit.view") as s:
        return sorted(s.scalars(select(AuditLog.username).distinct()))


AUDIT_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "操作审计日志"), sheet_name=QT_TRANSLATE_NOOP("Registers", "审计日志"),
    columns=(Col("id", QT_TRANSLATE_NOOP("Columns", "序号"), "int"),
             Col("at", QT_TRANSLATE_NOOP("Columns", "时间"), "datetime", 18),
             Col("username", QT_TRANSLATE_NOOP("Columns", "用户")),
             Col("pc_name", QT_TRANSLATE_NOOP("Columns", "电脑")),
             Col("channel", QT_TRANSLATE_NOOP("Columns", "渠道")),
             Col("action", QT_TRANSLATE_NOOP("Columns", "操作")),
             Col("entity", QT_TRANSLATE_NOOP("Columns", "记录类型")),
             Col("entity_id", QT_TRANSLATE_NOOP("Columns", "记录编号")),
             Col("summary", QT_TRANSLATE_NOOP("Columns", "摘要"), width=40),
             Col("before", QT_TRANSLATE_NOOP("Columns", "修改前"), width=50),
             Col("after", QT_TRANSLATE_NOOP("Columns", "修改后"), width=50)))


def _fetch(ctx: ServiceContext, period: Period, building: str | None):
    rows = list_entries(ctx, date_from=period.start, date_to=period.end, limit=1_000_000)
    return AUDIT_SPEC, rows


REGISTERS = [RegisterSource("audit", QT_TRANSLATE_NOOP("Registers", "操作审计日志"), _fetch)]

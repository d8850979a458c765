"""Reading the audit log: filters for the audit screen and its Excel register."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.db.models.core import AuditLog
from app.services.catalog import RegisterSource
from app.services.context import ServiceContext
from app.services.periods import Period
from app.texts import QT_TRANSLATE_NOOP, translate
from reports.excel.spec import Col, RegisterSpec

# The kind of record each audit row is about (`tx.audit(entity, ...)`), as the audit screen names it.
ENTITY_LABELS = {
    "user": QT_TRANSLATE_NOOP("Audit", "用户"),
    "config": QT_TRANSLATE_NOOP("Audit", "业务参数"),
    "backup": QT_TRANSLATE_NOOP("Audit", "备份"),
    "building": QT_TRANSLATE_NOOP("Audit", "楼栋"),
    "room": QT_TRANSLATE_NOOP("Audit", "房间"),
    "student": QT_TRANSLATE_NOOP("Audit", "学生"),
    "staff": QT_TRANSLATE_NOOP("Audit", "员工"),
    "import_batch": QT_TRANSLATE_NOOP("Audit", "名单导入批次"),
    "handover": QT_TRANSLATE_NOOP("Audit", "交接班"),
    "key_type": QT_TRANSLATE_NOOP("Audit", "钥匙类型"),
    "key_price": QT_TRANSLATE_NOOP("Audit", "钥匙价格"),
    "key_issue": QT_TRANSLATE_NOOP("Audit", "钥匙发放"),
    "key_return": QT_TRANSLATE_NOOP("Audit", "钥匙交回"),
    "key_loss": QT_TRANSLATE_NOOP("Audit", "钥匙挂失"),
    "spare_key_loan": QT_TRANSLATE_NOOP("Audit", "备用钥匙借用"),
    "owner_key_loan": QT_TRANSLATE_NOOP("Audit", "业主钥匙借用"),
    "owner_key_deposit": QT_TRANSLATE_NOOP("Audit", "业主钥匙托管"),
    "repair_slip": QT_TRANSLATE_NOOP("Audit", "报修单"),
    "damage_notice": QT_TRANSLATE_NOOP("Audit", "公物损坏赔偿通知"),
    "asset_price": QT_TRANSLATE_NOOP("Audit", "公物价目"),
    "mail": QT_TRANSLATE_NOOP("Audit", "邮件"),
    "outgoing_mail": QT_TRANSLATE_NOOP("Audit", "代寄邮件"),
    "consultation": QT_TRANSLATE_NOOP("Audit", "咨询"),
    "complaint": QT_TRANSLATE_NOOP("Audit", "投诉"),
    "visitor": QT_TRANSLATE_NOOP("Audit", "来访登记"),
    "dorm_goods": QT_TRANSLATE_NOOP("Audit", "物品出入"),
    "frontdesk_phrase": QT_TRANSLATE_NOOP("Audit", "服务用语"),
    "release_slip": QT_TRANSLATE_NOOP("Audit", "放行条"),
    "release_party": QT_TRANSLATE_NOOP("Audit", "放行单位"),
    "release_agreement": QT_TRANSLATE_NOOP("Audit", "放行协议"),
    "move_out": QT_TRANSLATE_NOOP("Audit", "迁出/退宿"),
    "meeting_room": QT_TRANSLATE_NOOP("Audit", "会议室"),
    "meeting_order": QT_TRANSLATE_NOOP("Audit", "会议预订"),
    "meeting_series": QT_TRANSLATE_NOOP("Audit", "周期会议"),
    "meeting_service_log": QT_TRANSLATE_NOOP("Audit", "会议服务记录"),
    "meeting_room_hygiene_log": QT_TRANSLATE_NOOP("Audit", "会议室清洁消毒"),
    "office_service_check": QT_TRANSLATE_NOOP("Audit", "入室服务检查"),
    "return_visit": QT_TRANSLATE_NOOP("Audit", "回访"),
    "visit_plan": QT_TRANSLATE_NOOP("Audit", "回访计划"),
    "visit_form_signout": QT_TRANSLATE_NOOP("Audit", "回访表签收"),
    "survey_plan": QT_TRANSLATE_NOOP("Audit", "调查计划"),
    "survey_response": QT_TRANSLATE_NOOP("Audit", "调查问卷"),
    "survey_action": QT_TRANSLATE_NOOP("Audit", "整改措施"),
    "assessment_item": QT_TRANSLATE_NOOP("Audit", "考核项目"),
    "assessment_incident": QT_TRANSLATE_NOOP("Audit", "违规记录"),
    "assessment_month": QT_TRANSLATE_NOOP("Audit", "月度考核"),
    "assessment_sheet": QT_TRANSLATE_NOOP("Audit", "月度考核表"),
    "assessment_dismissal": QT_TRANSLATE_NOOP("Audit", "不予考核的建议"),
}


def entity_label(entity: str | None) -> str:
    """The shown name of an audited record kind, in the interface language (unknown: as stored)."""
    if not entity:
        return ""
    return translate("Audit", ENTITY_LABELS.get(entity, entity))


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

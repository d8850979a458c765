"""The front desk's catalog hooks: the registers (小区邮件分发登记 with 代寄 and 退件 sheets, 前台台帐,
投诉登记 with the monthly analysis), the navigation badge, the home page's numbers and the handover
sheet's lists (mail held at the desk, open complaints)."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from pathlib import Path

from sqlalchemy import func, or_, select

from app import vocab
from app.db.models.frontdesk import Complaint, Consultation, MailItem
from app.services import config, lookups, privacy
from app.services import frontdesk_complaints as fc
from app.services import frontdesk_consult as fz
from app.services import frontdesk_mail as fm
from app.services import frontdesk_outgoing as fo
from app.services.catalog import Badge, DashboardItem, HandoverSection, PrintSource, RegisterSource
from app.services.context import ServiceContext
from app.services.periods import Period
from app.texts import QT_TRANSLATE_NOOP, translate
from reports.excel.spec import Col, RegisterSpec

MAIL_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "小区邮件分发登记表"), sheet_name=QT_TRANSLATE_NOOP("Registers", "邮件分发登记"), mark_key="overdue",
    columns=(Col("entry_no", QT_TRANSLATE_NOOP("Columns", "登记号"), width=15),
             Col("received_at", QT_TRANSLATE_NOOP("Columns", "收件日期"), "datetime", 17),
             Col("mail_type", QT_TRANSLATE_NOOP("Columns", "种类"), values="frontdesk.mail_type", total="count"),
             Col("tracking_no", QT_TRANSLATE_NOOP("Columns", "邮件号"), width=18),
             Col("sender_place", QT_TRANSLATE_NOOP("Columns", "寄件地点")),
             Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("addressee", QT_TRANSLATE_NOOP("Columns", "收件人")),
             Col("intact", QT_TRANSLATE_NOOP("Columns", "完好"), values="common.words"),
             Col("notified", QT_TRANSLATE_NOOP("Columns", "通知"), width=18),
             Col("collected_at", QT_TRANSLATE_NOOP("Columns", "领取时间"), "datetime", 17),
             Col("collector", QT_TRANSLATE_NOOP("Columns", "签收人")),
             Col("handled_by", QT_TRANSLATE_NOOP("Columns", "经手人")),
             Col("status", QT_TRANSLATE_NOOP("Columns", "状态"), values="frontdesk.status"),
             Col("overdue", QT_TRANSLATE_NOOP("Columns", "超期"), values="frontdesk.status")))
MAIL_SUMMARY_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "邮件分类统计"), sheet_name=QT_TRANSLATE_NOOP("Registers", "分类统计"), landscape=False,
    columns=(Col("mail_type", QT_TRANSLATE_NOOP("Columns", "种类"), values="frontdesk.mail_type", width=10),
             Col("received", QT_TRANSLATE_NOOP("Columns", "收件"), "int"),
             Col("handed", QT_TRANSLATE_NOOP("Columns", "已领取/送达"), "int"),
             Col("waiting", QT_TRANSLATE_NOOP("Columns", "待领"), "int"),
             Col("overdue", QT_TRANSLATE_NOOP("Columns", "超期未领"), "int"),
             Col("returned", QT_TRANSLATE_NOOP("Columns", "退回"), "int"),
             Col("voided", QT_TRANSLATE_NOOP("Columns", "作废"), "int")))
OUTGOING_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "代寄邮件登记"), sheet_name=QT_TRANSLATE_NOOP("Registers", "代寄"),
    columns=(Col("request_no", QT_TRANSLATE_NOOP("Columns", "登记号"), width=15),
             Col("request_date", QT_TRANSLATE_NOOP("Columns", "日期"), "datetime", 17),
             Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("sender_name", QT_TRANSLATE_NOOP("Columns", "寄件人"), total="count"),
             Col("addressee_name", QT_TRANSLATE_NOOP("Columns", "收件人")),
             Col("addressee_address", QT_TRANSLATE_NOOP("Columns", "收件地址"), width=30),
             Col("shipping_method", QT_TRANSLATE_NOOP("Columns", "寄递方式"), values="frontdesk.shipping_method"),
             Col("item_description", QT_TRANSLATE_NOOP("Columns", "物品")),
             Col("fee", QT_TRANSLATE_NOOP("Columns", "邮费"), "money", total="sum"),
             Col("tracking_no", QT_TRANSLATE_NOOP("Columns", "运单号"), width=18),
             Col("sent_at", QT_TRANSLATE_NOOP("Columns", "寄出时间"), "datetime", 17),
             Col("status", QT_TRANSLATE_NOOP("Columns", "状态"), values="frontdesk.status"),
             Col("handled_by", QT_TRANSLATE_NOOP("Columns", "经手人"))))
RETURN_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "退件记录"), sheet_name=QT_TRANSLATE_NOOP("Registers", "退件"),
    columns=(Col("returned_at", QT_TRANSLATE_NOOP("Columns", "退件日期"), "datetime", 17),
             Col("entry_no", QT_TRANSLATE_NOOP("Columns", "原登记号"), width=15),
             Col("mail_type", QT_TRANSLATE_NOOP("Columns", "种类"), values="frontdesk.mail_type", total="count"),
             Col("tracking_no", QT_TRANSLATE_NOOP("Columns", "邮件号"), width=18),
             Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("addressee", QT_TRANSLATE_NOOP("Columns", "收件人")),
             Col("return_reason", QT_TRANSLATE_NOOP("Columns", "退件原因"), values="frontdesk.return_reason"),
             Col("returned_to", QT_TRANSLATE_NOOP("Columns", "退回"), values="frontdesk.return_to"),
             Col("received_at", QT_TRANSLATE_NOOP("Columns", "收件日期"), "datetime", 17)))


# Every status and flag label of the front desk (marked in context "FrontDesk"), as lists show them.
vocab.labels("frontdesk.status", (*fm.STATUS_LABELS.values(), *fm.FLAGS, *fo.STATUS_LABELS.values(),
                                  *fz.STATUS_LABELS.values(), *fc.STATUS_LABELS.values(), *fc.FLAGS), "FrontDesk")


PROXY = QT_TRANSLATE_NOOP("Values", "（代领）")


def _label(labels: dict, key: str) -> str:
    return labels.get(key, key)


def fetch_mail(ctx: ServiceContext, period: Period, building: str | None):
    bid = lookups.building_id(ctx, building)
    rows = fm.list_mail(ctx, start=period.start_dt, end=period.end_dt, building_id=bid)
    lines = [{"entry_no": r.entry_no, "received_at": r.received_at, "mail_type": r.mail_type,
              "tracking_no": r.tracking_no, "sender_place": r.sender_place, "building": r.building,
              "room_no": r.room_no, "addressee": r.addressee, "intact": "是" if r.intact else QT_TRANSLATE_NOOP("Values", "破损"),
              "notified": f"{vocab.label('frontdesk.notify_method', r.notified_by)} {r.notified_at:%m-%d %H:%M}"
              if r.notified_at else "",
              "collected_at": r.collected_at or r.returned_at,
              "collector": (r.collector_name or "") + (translate("Values", PROXY) if r.is_proxy else ""), "handled_by": r.handled_by,
              "status": _label(fm.STATUS_LABELS, r.status), "overdue": r.overdue} for r in reversed(rows)]
    groups = defaultdict(list)
    for r in rows:
        groups[r.mail_type].append(r)

    def line(name, items):
        live = [r for r in items if r.status != "voided"]
        return {"mail_type": name, "received": len(live),
                "handed": sum(1 for r in live if r.status in ("collected", "delivered")),
                "waiting": sum(1 for r in live if r.status in fm.WAITING),
                "overdue": sum(1 for r in live if r.overdue == "超期未领"),
                "returned": sum(1 for r in live if r.status == "returned"), "voided": len(items) - len(live)}
    summary = [line(t, groups[t]) for t in fm.MAIL_TYPES if groups.get(t)] + [line("合计", rows)]
    outgoing = [{**{k: getattr(o, k) for k in o.__slots__}, "status": _label(fo.STATUS_LABELS, o.status)}
                for o in reversed(fo.list_outgoing(ctx, start=period.start_dt, end=period.end_dt, building_id=bid))]
    returned = sorted((r for r in fm.list_mail(ctx, start=period.start_dt - dt.timedelta(days=62), end=period.end_dt,
                                               building_id=bid)
                       if r.returned_at and period.start_dt <= r.returned_at < period.end_dt),
                      key=lambda r: r.returned_at)
    return MAIL_SPEC, lines, [(MAIL_SUMMARY_SPEC, summary), (OUTGOING_SPEC, outgoing), (RETURN_SPEC, returned)]


CONSULT_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "客服前台台帐"), sheet_name=QT_TRANSLATE_NOOP("Registers", "前台台帐"), mark_key="overdue",
    columns=(Col("entry_no", QT_TRANSLATE_NOOP("Columns", "序号"), width=15),
             Col("logged_at", QT_TRANSLATE_NOOP("Columns", "日期时间"), "datetime", 17),
             Col("channel", QT_TRANSLATE_NOOP("Columns", "方式"), values="frontdesk.channel"),
             Col("client_name", QT_TRANSLATE_NOOP("Columns", "业户"), total="count"),
             Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("entry_type", QT_TRANSLATE_NOOP("Columns", "事项类型"), values="frontdesk.entry_type"),
             Col("content", QT_TRANSLATE_NOOP("Columns", "内容"), width=30),
             Col("answer_mode", QT_TRANSLATE_NOOP("Columns", "答复方式"), values="frontdesk.answer_mode"),
             Col("promised_answer_at", QT_TRANSLATE_NOOP("Columns", "约定答复时间"), "datetime", 17),
             Col("referred_dept", QT_TRANSLATE_NOOP("Columns", "转交部门"), values="frontdesk.department"),
             Col("answer", QT_TRANSLATE_NOOP("Columns", "答复内容"), width=30),
             Col("answered_at", QT_TRANSLATE_NOOP("Columns", "答复时间"), "datetime", 17),
             Col("received_by", QT_TRANSLATE_NOOP("Columns", "接待人")),
             Col("reviewed_by", QT_TRANSLATE_NOOP("Columns", "负责人查阅")),
             Col("status", QT_TRANSLATE_NOOP("Columns", "状态"), values="frontdesk.status"),
             Col("remarks", QT_TRANSLATE_NOOP("Columns", "备注"), width=20)))
CONSULT_SUMMARY_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "台帐统计"), sheet_name=QT_TRANSLATE_NOOP("Registers", "统计"), landscape=False,
    columns=(Col("entry_type", QT_TRANSLATE_NOOP("Columns", "事项类型"), values="frontdesk.entry_type", width=10),
             Col("count", QT_TRANSLATE_NOOP("Columns", "件数"), "int"),
             Col("immediate", QT_TRANSLATE_NOOP("Columns", "即时答复"), "int"),
             Col("answered", QT_TRANSLATE_NOOP("Columns", "已答复"), "int"),
             Col("open", QT_TRANSLATE_NOOP("Columns", "未答复"), "int"),
             Col("overdue", QT_TRANSLATE_NOOP("Columns", "超时未答复"), "int"),
             Col("referred", QT_TRANSLATE_NOOP("Columns", "转部门"), "int"),
             Col("escalated", QT_TRANSLATE_NOOP("Columns", "上报"), "int")))


def fetch_consultations(ctx: ServiceContext, period: Period, building: str | None):
    rows = fz.list_entries(ctx, start=period.start_dt, end=period.end_dt,
                           building_id=lookups.building_id(ctx, building))
    lines = [{**{k: getattr(r, k) for k in r.__slots__}, "status": _label(fz.STATUS_LABELS, r.status)}
             for r in reversed(rows)]
    groups = defaultdict(list)
    for r in rows:
        groups[r.entry_type].append(r)

    def line(name, items):
        return {"entry_type": name, "count": len(items),
                "immediate": sum(1 for r in items if r.answer_mode == "immediate"),
                "answered": sum(1 for r in items if r.status in ("answered", "closed")),
                "open": sum(1 for r in items if r.status in fz.OPEN), "overdue": sum(1 for r in items if r.overdue),
                "referred": sum(1 for r in items if r.referred_dept), "escalated": sum(1 for r in items if r.escalated_to)}
    summary = [line(t, groups[t]) for t in fz.ENTRY_TYPES if groups.get(t)] + [line("合计", rows)]
    return CONSULT_SPEC, lines, [(CONSULT_SUMMARY_SPEC, summary)]


COMPLAINT_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "投诉登记"), sheet_name=QT_TRANSLATE_NOOP("Registers", "投诉登记"), mark_key="overdue",
    columns=(Col("complaint_no", QT_TRANSLATE_NOOP("Columns", "投诉编号"), width=15),
             Col("received_at", QT_TRANSLATE_NOOP("Columns", "日期"), "datetime", 17),
             Col("channel", QT_TRANSLATE_NOOP("Columns", "方式"), values="frontdesk.channel"),
             Col("complainant", QT_TRANSLATE_NOOP("Columns", "投诉人"), total="count"),
             Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("category", QT_TRANSLATE_NOOP("Columns", "类别"), values="frontdesk.complaint_category"),
             Col("content", QT_TRANSLATE_NOOP("Columns", "投诉内容"), width=30),
             Col("validity", QT_TRANSLATE_NOOP("Columns", "性质"), values="frontdesk.validity"),
             Col("severity", QT_TRANSLATE_NOOP("Columns", "级别"), values="frontdesk.severity"),
             Col("responsible_dept", QT_TRANSLATE_NOOP("Columns", "责任部门"), values="frontdesk.department"),
             Col("first_reply_at", QT_TRANSLATE_NOOP("Columns", "首次答复"), "datetime", 17),
             Col("handling_result", QT_TRANSLATE_NOOP("Columns", "处理结果"), width=30),
             Col("resolved_at", QT_TRANSLATE_NOOP("Columns", "处理完成"), "datetime", 17),
             Col("visited_at", QT_TRANSLATE_NOOP("Columns", "回访日期"), "datetime", 17),
             Col("satisfaction", QT_TRANSLATE_NOOP("Columns", "回访评价"), values="common.rating"),
             Col("visitor", QT_TRANSLATE_NOOP("Columns", "回访人")),
             Col("status", QT_TRANSLATE_NOOP("Columns", "状态"), values="frontdesk.status"),
             Col("overdue", QT_TRANSLATE_NOOP("Columns", "超期"), values="frontdesk.status")))
COMPLAINT_RATE_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "投诉处理统计"), sheet_name=QT_TRANSLATE_NOOP("Registers", "统计"), landscape=False,
    columns=(Col("item", QT_TRANSLATE_NOOP("Columns", "项目"), values="common.words", width=28),
             Col("value", QT_TRANSLATE_NOOP("Columns", "数值"), width=14)))
COMPLAINT_CATEGORY_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "投诉分类统计"), sheet_name=QT_TRANSLATE_NOOP("Registers", "分类"), landscape=False,
    columns=(Col("category", QT_TRANSLATE_NOOP("Columns", "类别"), values="frontdesk.complaint_category", width=10),
             Col("count", QT_TRANSLATE_NOOP("Columns", "投诉数"), "int"),
             Col("effective", QT_TRANSLATE_NOOP("Columns", "有效"), "int"),
             Col("major", QT_TRANSLATE_NOOP("Columns", "重大"), "int"),
             Col("closed", QT_TRANSLATE_NOOP("Columns", "已结案"), "int")))
REPEAT_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "重复投诉（同一房间同一类别两次及以上）"), sheet_name=QT_TRANSLATE_NOOP("Registers", "重复投诉"), landscape=False,
    columns=(Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("category", QT_TRANSLATE_NOOP("Columns", "类别"), values="frontdesk.complaint_category"),
             Col("times", QT_TRANSLATE_NOOP("Columns", "次数"), "int"),
             Col("numbers", QT_TRANSLATE_NOOP("Columns", "投诉编号"), width=50)))


def _rate(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "—"


def complaint_figures(rows) -> list[dict]:
    """The monthly figures: effective/major, closure rate, first replies on time, visit rate (target 100 %)."""
    live = [r for r in rows if r.status != "voided"]
    effective = [r for r in live if r.validity == "valid"]
    handled = [r for r in effective if r.status in ("resolved", "visited", "closed") or r.visited_at]
    closed = [r for r in live if r.status == "closed"]
    replied = [r for r in live if r.first_reply_at]
    on_time = [r for r in replied if r.first_reply_at <= r.reply_due_at]
    visited = [r for r in handled if r.visited_at]
    pleased = [r for r in visited if r.satisfaction in ("good", "fair")]
    return [{"item": QT_TRANSLATE_NOOP("Values", "投诉总数"), "value": len(live)}, {"item": QT_TRANSLATE_NOOP("Values", "有效投诉"), "value": len(effective)},
            {"item": QT_TRANSLATE_NOOP("Values", "无效投诉（已解释）"), "value": sum(1 for r in live if r.validity == "invalid")},
            {"item": QT_TRANSLATE_NOOP("Values", "重大投诉"), "value": sum(1 for r in live if r.severity == "major")},
            {"item": QT_TRANSLATE_NOOP("Values", "已处理（有效）"), "value": len(handled)}, {"item": QT_TRANSLATE_NOOP("Values", "已结案"), "value": len(closed)},
            {"item": QT_TRANSLATE_NOOP("Values", "结案率"), "value": _rate(len(closed), len(live))},
            {"item": QT_TRANSLATE_NOOP("Values", "首次答复及时率"), "value": _rate(len(on_time), len(replied))},
            {"item": QT_TRANSLATE_NOOP("Values", "应回访（已处理的有效投诉）"), "value": len(handled)}, {"item": QT_TRANSLATE_NOOP("Values", "已回访"), "value": len(visited)},
            {"item": QT_TRANSLATE_NOOP("Values", "回访率（目标 100%）"), "value": _rate(len(visited), len(handled))},
            {"item": QT_TRANSLATE_NOOP("Values", "回访满意率"), "value": _rate(len(pleased), len(visited))},
            {"item": QT_TRANSLATE_NOOP("Values", "未办结"), "value": sum(1 for r in live if r.status in fc.OPEN or r.status == "resolved")}]


def _category_order(code: str) -> int:
    """Complaint categories in their declared order (the codes' alphabetical order is no order)."""
    return fc.CATEGORIES.index(code) if code in fc.CATEGORIES else len(fc.CATEGORIES)


def fetch_complaints(ctx: ServiceContext, period: Period, building: str | None):
    rows = fc.list_complaints(ctx, start=period.start_dt, end=period.end_dt,
                              building_id=lookups.building_id(ctx, building))
    lines = [{**{k: getattr(r, k) for k in r.__slots__}, "status": _label(fc.STATUS_LABELS, r.status)}
             for r in reversed(rows)]
    live = [r for r in rows if r.status != "voided"]
    cats = [{"category": c, "count": sum(1 for r in live if r.category == c),
             "effective": sum(1 for r in live if r.category == c and r.validity == "valid"),
             "major": sum(1 for r in live if r.category == c and r.severity == "major"),
             "closed": sum(1 for r in live if r.category == c and r.status == "closed")}
            for c in fc.CATEGORIES if any(r.category == c for r in live)]
    same = defaultdict(list)
    for r in live:
        if r.room_no:
            same[(r.building or "", r.room_no, r.category)].append(r.complaint_no)
    repeats = [{"building": b, "room_no": room, "category": c, "times": len(nos), "numbers": "、".join(sorted(nos))}
               for (b, room, c), nos in sorted(same.items(), key=lambda kv: (kv[0][:2], _category_order(kv[0][2])))
               if len(nos) >= 2]
    return COMPLAINT_SPEC, lines, [(COMPLAINT_RATE_SPEC, complaint_figures(rows)),
                                   (COMPLAINT_CATEGORY_SPEC, cats), (REPEAT_SPEC, repeats)]


def print_complaint(ctx: ServiceContext, number: str, path: Path) -> Path:
    """`dormdesk print complaint TS2026-000001`: the C2 投诉记录/处理表 for signatures and the file."""
    from reports.pdf.complaint_record import build_complaint_record
    ctx.require("frontdesk.print")
    row = privacy.protect_rows(ctx, [fc.by_number(ctx, number)], {"phone": "phone"})[0]
    return build_complaint_record(row, path, org_name=config.get(ctx, "org.name"),
                                  status_label=translate("FrontDesk", _label(fc.STATUS_LABELS, row.status)))


PRINTS = [PrintSource("complaint", "投诉记录/处理表", print_complaint)]
REGISTERS = [RegisterSource("mail", QT_TRANSLATE_NOOP("Registers", "小区邮件分发登记"), fetch_mail),
             RegisterSource("consultations", QT_TRANSLATE_NOOP("Registers", "前台台帐"), fetch_consultations),
             RegisterSource("complaints", QT_TRANSLATE_NOOP("Registers", "投诉登记"), fetch_complaints)]


# Counts ---------------------------------------------------------------------------------------------
def _count(ctx: ServiceContext, model, *where, scoped=True) -> int:
    stmt = select(func.count()).select_from(model).where(*where)
    if ctx.actor.building_ids is not None:
        stmt = stmt.where(or_(model.building_id.is_(None), model.building_id.in_(ctx.actor.building_ids)))
    with ctx.read("frontdesk.view") as s:
        return s.scalar(stmt) or 0


def count_mail_overdue(ctx: ServiceContext) -> int:
    """Items still at the desk past their hold time (超期未领)."""
    return _count(ctx, MailItem, MailItem.status.in_(fm.WAITING), MailItem.hold_until < ctx.today())


def count_complaints_open(ctx: ServiceContext) -> int:
    return _count(ctx, Complaint, Complaint.status.in_(fc.OPEN))


def count_complaints_awaiting_visit(ctx: ServiceContext) -> int:
    return _count(ctx, Complaint, Complaint.status == "resolved")


def count_overdue(ctx: ServiceContext) -> int:
    """The badge: mail past its hold or notify time, complaints and ledger entries past their limits."""
    now = ctx.now()
    return (_count(ctx, MailItem, fm.overdue_clause(now)) + _count(ctx, Complaint, fc.overdue_clause(now))
            + _count(ctx, Consultation, fz.overdue_clause(now)))


def held_mail_lines(ctx: ServiceContext, start: dt.datetime, end: dt.datetime) -> list[str]:
    rows = [r for r in fm.list_mail(ctx, waiting_only=True) if r.received_at <= end]
    lines = [f"{r.entry_no} {fm.type_label(r.mail_type)} {r.building} {r.room_no or ''} {r.addressee}"
             f"（{_label(fm.STATUS_LABELS, r.status)}{'，' + r.overdue if r.overdue else ''}）"
             for r in sorted(rows, key=lambda r: r.received_at) if r.mail_type != "letter" or r.overdue]
    plain = [r for r in rows if r.mail_type == "letter" and not r.overdue]
    if plain:
        rooms = Counter((r.building, r.room_no or "") for r in plain)
        lines.append(f"另有平信 {len(plain)} 件（{len(rooms)} 个房间）")
    return lines


def open_complaint_lines(ctx: ServiceContext, start: dt.datetime, end: dt.datetime) -> list[str]:
    rows = [r for r in fc.list_complaints(ctx, start=dt.datetime(2000, 1, 1), end=end + dt.timedelta(seconds=1))
            if r.status in fc.OPEN or r.status == "resolved"]
    return [f"{r.complaint_no} {r.complainant} {r.building or ''} {r.room_no or ''} "
            f"{vocab.COMPLAINT_CATEGORY.labels.get(r.category, r.category)}："
            f"{r.content[:24]}（{_label(fc.STATUS_LABELS, r.status)}{'，' + r.overdue if r.overdue else ''}）"
            for r in sorted(rows, key=lambda r: r.received_at)]


BADGES = [Badge("frontdesk", count_overdue)]
DASHBOARD = [
    DashboardItem(45, "frontdesk.mail_overdue", QT_TRANSLATE_NOOP("Dashboard", "超期未领邮件"), "frontdesk",
                  count_mail_overdue, filter="mail_overdue"),
    DashboardItem(46, "frontdesk.complaints_open", QT_TRANSLATE_NOOP("Dashboard", "未办结投诉"), "frontdesk",
                  count_complaints_open, filter="complaints_open"),
    DashboardItem(47, "frontdesk.complaints_visit", QT_TRANSLATE_NOOP("Dashboard", "待回访投诉"), "frontdesk",
                  count_complaints_awaiting_visit, filter="complaints_visit"),
]
HANDOVER_SECTIONS = [
    HandoverSection(45, QT_TRANSLATE_NOOP("Handover", "前台保管的邮件"), held_mail_lines),
    HandoverSection(46, QT_TRANSLATE_NOOP("Handover", "未办结的投诉"), open_complaint_lines),
]

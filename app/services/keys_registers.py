"""The key registers (Excel, shared style: key-issues, spare-loans, owner-key-loans, key-losses, the
lock-renewal list and the spare-key check list) and the key prints (key-receipt 钥匙领取单 by issue
number, key-tags for a building or a room range)."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app import vocab
from app.db.models.keys import KeyIssue, KeyIssueLine, KeyItem, KeyLoss, KeyReturn, KeyType
from app.db.models.residents import Bed, Building, Room, Student
from app.errors import NotFound
from app.services import config, lookups
from app.services.catalog import PrintSource, RegisterSource
from app.services.context import ServiceContext
from app.services.keys_common import money
from app.services.keys_loans import loans_in
from app.services.keys_losses import list_losses
from app.services.keys_owner import list_owner_loans
from app.services.periods import Period
from app.texts import QT_TRANSLATE_NOOP, translate
from reports.excel.spec import Col, RegisterSpec

FIXED_TYPES = ("door", "closet", "drawer")   # key.type codes with a column of their own
_WHY = (QT_TRANSLATE_NOOP("Registers", "离校交回钥匙不足一半（应交 {expected} 实交 {back}）"),
        QT_TRANSLATE_NOOP("Registers", "房门钥匙丢失（已补配，建议换锁芯）"), QT_TRANSLATE_NOOP("Registers", "房门钥匙丢失，申请{action}"))


def mask_id(value: str | None) -> str | None:
    """证件号码 shown as 1101**********1234 in printed registers."""
    if not value or len(value) < 10:
        return value
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


ISSUE_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "钥匙发放登记簿"), sheet_name=QT_TRANSLATE_NOOP("Registers", "钥匙发放"),
    columns=(Col("issue_no", QT_TRANSLATE_NOOP("Columns", "登记编号")),
             Col("issue_date", QT_TRANSLATE_NOOP("Columns", "发放日期"), "date"),
             Col("student_no", QT_TRANSLATE_NOOP("Columns", "学号")),
             Col("name", QT_TRANSLATE_NOOP("Columns", "姓名")),
             Col("gender", QT_TRANSLATE_NOOP("Columns", "性别"), values="residents.gender"),
             Col("college", QT_TRANSLATE_NOOP("Columns", "院系")),
             Col("class_name", QT_TRANSLATE_NOOP("Columns", "班级")),
             Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("bed_no", QT_TRANSLATE_NOOP("Columns", "床号")),
             Col("door", QT_TRANSLATE_NOOP("Columns", "房门钥匙(把)"), "int", total="sum"),
             Col("closet", QT_TRANSLATE_NOOP("Columns", "壁橱钥匙(把)"), "int", total="sum"),
             Col("drawer", QT_TRANSLATE_NOOP("Columns", "抽屉钥匙(把)"), "int", total="sum"),
             Col("other", QT_TRANSLATE_NOOP("Columns", "其他钥匙")),
             Col("deposit", QT_TRANSLATE_NOOP("Columns", "钥匙押金"), "money", total="sum"),
             Col("issued_by", QT_TRANSLATE_NOOP("Columns", "经办人")),
             Col("signature", QT_TRANSLATE_NOOP("Columns", "学生签名"), width=10),
             Col("remarks", QT_TRANSLATE_NOOP("Columns", "备注"))))

LOAN_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "学生公寓备用钥匙借用登记表"), sheet_name=QT_TRANSLATE_NOOP("Registers", "备用钥匙借用"), mark_key="overdue",
    columns=(Col("loan_no", QT_TRANSLATE_NOOP("Columns", "序号")),
             Col("date", QT_TRANSLATE_NOOP("Columns", "日期"), "date"),
             Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("tag_code", QT_TRANSLATE_NOOP("Columns", "钥匙编号")),
             Col("student_no", QT_TRANSLATE_NOOP("Columns", "学号")),
             Col("name", QT_TRANSLATE_NOOP("Columns", "姓名")),
             Col("pledged_id_type", QT_TRANSLATE_NOOP("Columns", "抵押证件类型"), values="key.pledge_type"),
             Col("pledged_id_no", QT_TRANSLATE_NOOP("Columns", "证件号码"), personal="id"),
             Col("time_out", QT_TRANSLATE_NOOP("Columns", "借出时间"), "datetime", 17),
             Col("due_time", QT_TRANSLATE_NOOP("Columns", "应还时间"), "datetime", 17),
             Col("time_in", QT_TRANSLATE_NOOP("Columns", "归还时间"), "datetime", 17),
             Col("id_returned", QT_TRANSLATE_NOOP("Columns", "证件已退还"), "bool"),
             Col("status_label", QT_TRANSLATE_NOOP("Columns", "状态"), values="key.loan_status", total="count"),
             Col("signature", QT_TRANSLATE_NOOP("Columns", "借用人签名"), width=10),
             Col("attendant", QT_TRANSLATE_NOOP("Columns", "值班员")),
             Col("remarks", QT_TRANSLATE_NOOP("Columns", "备注"))))

OWNER_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "业主钥匙借(领)登记表"), sheet_name=QT_TRANSLATE_NOOP("Registers", "业主钥匙借用"), mark_key="overdue",
    columns=(Col("loan_no", QT_TRANSLATE_NOOP("Columns", "借匙单号")),
             Col("date", QT_TRANSLATE_NOOP("Columns", "日期"), "date"),
             Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("tag_code", QT_TRANSLATE_NOOP("Columns", "钥匙编号")),
             Col("key_qty", QT_TRANSLATE_NOOP("Columns", "数量"), "int", total="sum"),
             Col("borrower_name", QT_TRANSLATE_NOOP("Columns", "借匙人")),
             Col("borrower_type", QT_TRANSLATE_NOOP("Columns", "借匙人类别"), values="key.borrower_type"),
             Col("borrower_org", QT_TRANSLATE_NOOP("Columns", "部门/单位")),
             Col("borrower_phone", QT_TRANSLATE_NOOP("Columns", "联系电话"), personal="phone"),
             Col("purpose", QT_TRANSLATE_NOOP("Columns", "借用事由")),
             Col("permit_no", QT_TRANSLATE_NOOP("Columns", "施工许可证号")),
             Col("site_manager", QT_TRANSLATE_NOOP("Columns", "现场负责人")),
             Col("approver", QT_TRANSLATE_NOOP("Columns", "部门主任审批")),
             Col("time_out", QT_TRANSLATE_NOOP("Columns", "借出时间"), "datetime", 17),
             Col("due_time", QT_TRANSLATE_NOOP("Columns", "应还时间"), "datetime", 17),
             Col("extension_reason", QT_TRANSLATE_NOOP("Columns", "延期原因")),
             Col("time_in", QT_TRANSLATE_NOOP("Columns", "归还时间"), "datetime", 17),
             Col("inspector", QT_TRANSLATE_NOOP("Columns", "检查人")),
             Col("doors_windows_closed", QT_TRANSLATE_NOOP("Columns", "门窗已关闭"), "bool"),
             Col("contents_intact", QT_TRANSLATE_NOOP("Columns", "室内物品完好"), "bool"),
             Col("damage_description", QT_TRANSLATE_NOOP("Columns", "损坏情况")),
             Col("compensation", QT_TRANSLATE_NOOP("Columns", "赔偿金额"), "money", total="sum"),
             Col("keeper", QT_TRANSLATE_NOOP("Columns", "管匙人")),
             Col("chase_log", QT_TRANSLATE_NOOP("Columns", "催还记录"), width=30),
             Col("status_label", QT_TRANSLATE_NOOP("Columns", "状态"), values="key.owner_loan_status")))

LOSS_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "钥匙挂失赔偿登记"), sheet_name=QT_TRANSLATE_NOOP("Registers", "钥匙挂失"),
    columns=(Col("application_no", QT_TRANSLATE_NOOP("Columns", "申请单号")),
             Col("apply_date", QT_TRANSLATE_NOOP("Columns", "申请日期"), "date"),
             Col("student_no", QT_TRANSLATE_NOOP("Columns", "学号")),
             Col("name", QT_TRANSLATE_NOOP("Columns", "姓名")),
             Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("key_type", QT_TRANSLATE_NOOP("Columns", "钥匙类型"), values="key.type"),
             Col("qty", QT_TRANSLATE_NOOP("Columns", "数量"), "int", total="sum"),
             Col("action", QT_TRANSLATE_NOOP("Columns", "处理方式"), values="key.loss_action"),
             Col("reason", QT_TRANSLATE_NOOP("Columns", "原因"), values="key.loss_reason"),
             Col("fee", QT_TRANSLATE_NOOP("Columns", "费用"), "money", total="sum"),
             Col("receipt_no", QT_TRANSLATE_NOOP("Columns", "缴费收据号")),
             Col("done_date", QT_TRANSLATE_NOOP("Columns", "完成日期"), "date"),
             Col("status_label", QT_TRANSLATE_NOOP("Columns", "状态"), values="key.loss_status")))

RETURN_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "离校钥匙交回赔偿登记"), sheet_name=QT_TRANSLATE_NOOP("Registers", "离校交回"),
    columns=(Col("return_no", QT_TRANSLATE_NOOP("Columns", "交回单号")),
             Col("return_date", QT_TRANSLATE_NOOP("Columns", "交回日期"), "date"),
             Col("student_no", QT_TRANSLATE_NOOP("Columns", "学号")),
             Col("name", QT_TRANSLATE_NOOP("Columns", "姓名")),
             Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("leave_type", QT_TRANSLATE_NOOP("Columns", "离校类型"), values="key.leave_type"),
             Col("detail", QT_TRANSLATE_NOOP("Columns", "应交/实交")),
             Col("expected_qty", QT_TRANSLATE_NOOP("Columns", "应交(把)"), "int", total="sum"),
             Col("returned_qty", QT_TRANSLATE_NOOP("Columns", "实交(把)"), "int", total="sum"),
             Col("compensation", QT_TRANSLATE_NOOP("Columns", "赔偿金额"), "money", total="sum"),
             Col("lock_change", QT_TRANSLATE_NOOP("Columns", "需换锁"), "bool"),
             Col("receipt_no", QT_TRANSLATE_NOOP("Columns", "收据号")),
             Col("waive_reason", QT_TRANSLATE_NOOP("Columns", "免除理由")),
             Col("warden", QT_TRANSLATE_NOOP("Columns", "管理员"))))


def _building(ctx: ServiceContext, name: str | None) -> int | None:
    return lookups.building_id(ctx, name)


def fetch_issues(ctx: ServiceContext, period: Period, building: str | None):
    bid = _building(ctx, building)
    stmt = (select(KeyIssue, Student, Building.name, Room.room_no, Bed.bed_no)
            .join(Student, KeyIssue.student_id == Student.id).join(Building, KeyIssue.building_id == Building.id)
            .join(Room, KeyIssue.room_id == Room.id).outerjoin(Bed, KeyIssue.bed_id == Bed.id)
            .where(KeyIssue.issue_date >= period.start, KeyIssue.issue_date <= period.end)
            .order_by(KeyIssue.issue_date, KeyIssue.id))
    if bid is not None:
        stmt = stmt.where(KeyIssue.building_id == bid)
    rows = []
    with ctx.read("keys.view") as s:
        lines: dict[int, list[tuple[str, int]]] = {}
        for issue_id, name, qty in s.execute(select(KeyIssueLine.issue_id, KeyType.name, KeyIssueLine.qty)
                                             .join(KeyType, KeyIssueLine.key_type_id == KeyType.id)
                                             .order_by(KeyType.sort_order)):
            lines.setdefault(issue_id, []).append((name, qty))
        for issue, st, bname, room_no, bed_no in s.execute(ctx.scope_filter(stmt, KeyIssue.building_id)):
            got = dict(lines.get(issue.id, []))
            rows.append({"issue_no": issue.issue_no, "issue_date": issue.issue_date, "student_no": st.student_no,
                         "name": st.name, "gender": st.gender, "college": st.college, "class_name": st.class_name,
                         "building": bname, "room_no": room_no, "bed_no": bed_no, "door": got.get("door", 0),
                         "closet": got.get("closet", 0), "drawer": got.get("drawer", 0),
                         "other": vocab.join(f"{vocab.label('key.type', n)}{q}" for n, q in lines.get(issue.id, []) if n not in FIXED_TYPES),
                         "deposit": money(issue.deposit), "issued_by": issue.issued_by, "signature": "",
                         "remarks": issue.remarks})
    return ISSUE_SPEC, rows


def fetch_loans(ctx: ServiceContext, period: Period, building: str | None):
    rows = [{**r.__dict__, "date": r.time_out.date(), "pledged_id_no": r.pledged_id_no, "signature": "",
             "remarks": r.override_reason and f"越权借出：{r.override_reason}"}
            for r in loans_in(ctx, period.start_dt, period.end_dt, _building(ctx, building))]
    return LOAN_SPEC, rows


def fetch_owner_loans(ctx: ServiceContext, period: Period, building: str | None):
    rows = [{**r.__dict__, "date": r.time_out.date()}
            for r in list_owner_loans(ctx, start=period.start_dt, end=period.end_dt,
                                      building_id=_building(ctx, building))]
    return OWNER_SPEC, rows


def fetch_losses(ctx: ServiceContext, period: Period, building: str | None):
    bid = _building(ctx, building)
    losses = sorted(list_losses(ctx, start=period.start, end=period.end, building_id=bid, limit=1_000_000),
                    key=lambda r: (r.apply_date, r.id))
    stmt = (select(KeyReturn, Student, Building.name, Room.room_no)
            .join(Student, KeyReturn.student_id == Student.id).join(Building, KeyReturn.building_id == Building.id)
            .join(Room, KeyReturn.room_id == Room.id)
            .where(KeyReturn.return_date >= period.start, KeyReturn.return_date <= period.end)
            .order_by(KeyReturn.return_date, KeyReturn.id))
    if bid is not None:
        stmt = stmt.where(KeyReturn.building_id == bid)
    returns = []
    with ctx.read("keys.view") as s:
        for rec, st, bname, room_no in s.execute(ctx.scope_filter(stmt, KeyReturn.building_id)):
            detail = "；".join(f"{vocab.label('key.type', d['type'])} {d['expected']}/{d['returned']}"
                              for d in json.loads(rec.detail))
            returns.append({"return_no": rec.return_no, "return_date": rec.return_date, "student_no": st.student_no,
                            "name": st.name, "building": bname, "room_no": room_no, "leave_type": rec.leave_type,
                            "detail": detail, "expected_qty": rec.expected_qty, "returned_qty": rec.returned_qty,
                            "compensation": money(rec.compensation), "lock_change": rec.lock_change,
                            "receipt_no": rec.receipt_no, "waive_reason": rec.waive_reason, "warden": rec.warden})
    return LOSS_SPEC, losses, [(RETURN_SPEC, returns)]


LOCK_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "门锁锁芯更换清单"), sheet_name=QT_TRANSLATE_NOOP("Registers", "换锁清单"),
    columns=(Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("date", QT_TRANSLATE_NOOP("Columns", "日期"), "date"),
             Col("ref", QT_TRANSLATE_NOOP("Columns", "单号")),
             Col("why", QT_TRANSLATE_NOOP("Columns", "原因"), width=36),
             Col("done", QT_TRANSLATE_NOOP("Columns", "已更换"), "bool"),
             Col("remarks", QT_TRANSLATE_NOOP("Columns", "备注"))))


def fetch_lock_renewal(ctx: ServiceContext, period: Period, building: str | None):
    """The rooms whose lock cylinder must change (domain.md §3.1 F): fewer than half the keys came
    back at leaving, or a door key was lost; `done` when a cylinder change finished since."""
    bid = _building(ctx, building)
    door = select(KeyType.id).where(KeyType.name == "door").scalar_subquery()
    returns = (select(KeyReturn.return_no, KeyReturn.return_date, KeyReturn.room_id, Building.name, Room.room_no,
                      KeyReturn.returned_qty, KeyReturn.expected_qty)
               .join(Building, KeyReturn.building_id == Building.id).join(Room, KeyReturn.room_id == Room.id)
               .where(KeyReturn.lock_change.is_(True), KeyReturn.return_date >= period.start,
                      KeyReturn.return_date <= period.end))
    lost = (select(KeyLoss.application_no, KeyLoss.apply_date, KeyLoss.room_id, Building.name, Room.room_no,
                   KeyLoss.action, KeyLoss.status)
            .join(Building, KeyLoss.building_id == Building.id).join(Room, KeyLoss.room_id == Room.id)
            .where(KeyLoss.key_type_id == door, KeyLoss.reason == "lost", KeyLoss.status != "cancelled",
                   KeyLoss.apply_date >= period.start, KeyLoss.apply_date <= period.end))
    changes = (select(KeyLoss.room_id, KeyLoss.done_date)
               .where(KeyLoss.action != "recut", KeyLoss.status == "done", KeyLoss.key_type_id == door))
    if bid is not None:
        returns = returns.where(KeyReturn.building_id == bid)
        lost = lost.where(KeyLoss.building_id == bid)
    rows = []
    with ctx.read("keys.view") as s:
        changed: dict[int, list] = {}
        for room_id, done in s.execute(changes):
            changed.setdefault(room_id, []).append(done)

        def done_since(room_id, day):
            return any(d and d >= day for d in changed.get(room_id, []))
        for no, day, room_id, bname, room_no, back, expected in s.execute(ctx.scope_filter(returns, KeyReturn.building_id)):
            rows.append({"building": bname, "room_no": room_no, "date": day, "ref": no,
                         "why": translate("Registers", "离校交回钥匙不足一半（应交 {expected} 实交 {back}）").format(
                             expected=expected, back=back), "done": done_since(room_id, day)})
        for no, day, room_id, bname, room_no, action, status in s.execute(ctx.scope_filter(lost, KeyLoss.building_id)):
            if action == "recut":
                rows.append({"building": bname, "room_no": room_no, "date": day, "ref": no,
                             "why": translate("Registers", "房门钥匙丢失（已补配，建议换锁芯）"), "done": done_since(room_id, day)})
            elif status != "done":
                rows.append({"building": bname, "room_no": room_no, "date": day, "ref": no,
                             "why": translate("Registers", "房门钥匙丢失，申请{action}").format(action=vocab.label("key.loss_action", action)), "done": False})
    rows.sort(key=lambda r: (r["building"], len(r["room_no"]), r["room_no"], r["date"]))
    return LOCK_SPEC, rows


BOARD_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "备用钥匙清点表"), sheet_name=QT_TRANSLATE_NOOP("Registers", "备用钥匙清点"), landscape=False, mark_key="overdue",
    columns=(Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("hook", QT_TRANSLATE_NOOP("Columns", "挂钩")),
             Col("tag_code", QT_TRANSLATE_NOOP("Columns", "钥匙编号")),
             Col("key_type", QT_TRANSLATE_NOOP("Columns", "类型"), values="key.type"),
             Col("status_label", QT_TRANSLATE_NOOP("Columns", "状态"), values="key.status", total="count"),
             Col("where", QT_TRANSLATE_NOOP("Columns", "现在在哪里"), width=34),
             Col("checked", QT_TRANSLATE_NOOP("Columns", "核对"), width=8),
             Col("remarks", QT_TRANSLATE_NOOP("Columns", "备注"), width=14)))


def fetch_board(ctx: ServiceContext, period: Period, building: str | None):
    """The spare keys as they are now, for the supervisor's spot check and the wardens' handover (G)."""
    from app.services.keys_inventory import where_is
    bid = _building(ctx, building)
    bname = None
    if bid is not None:
        with ctx.read("keys.view") as s:
            bname = s.get(Building, bid).name
    rows = [{**w.__dict__, "checked": "", "remarks": ""}
            for w in where_is(ctx, "", limit=1_000_000, kind="spare") if bname is None or w.building == bname]
    rows.sort(key=lambda r: (r["building"], r["hook"] or "", r["room_no"]))
    return BOARD_SPEC, rows


@dataclass(frozen=True)
class ReceiptData:
    org_name: str
    issue_no: str
    issue_date: dt.date
    student_no: str
    name: str
    gender: str | None
    college: str | None
    class_name: str | None
    building: str
    room_no: str
    bed_no: str
    lines: tuple[tuple[str, int], ...]
    total: int
    deposit: Decimal
    issued_by: str
    remarks: str | None


def receipt_data(ctx: ServiceContext, issue_no: str) -> ReceiptData:
    with ctx.read("keys.print") as s:
        issue = s.scalar(select(KeyIssue).where(KeyIssue.issue_no == (issue_no or "").strip()))
        if issue is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "钥匙领取单 {no} 不存在。"), no=issue_no)
        ctx.require_building(issue.building_id)
        st = s.get(Student, issue.student_id)
        room = s.get(Room, issue.room_id)
        bed = s.get(Bed, issue.bed_id) if issue.bed_id else None
        lines = tuple(s.execute(select(KeyType.name, KeyIssueLine.qty).join(KeyType, KeyIssueLine.key_type_id == KeyType.id)
                                .where(KeyIssueLine.issue_id == issue.id).order_by(KeyType.sort_order)).all())
        return ReceiptData(config.get_in(s, "org.name"), issue.issue_no, issue.issue_date, st.student_no, st.name,
                           st.gender, st.college, st.class_name, s.get(Building, issue.building_id).name,
                           room.room_no, bed.bed_no if bed else "", tuple((n, q) for n, q in lines),
                           sum(q for _n, q in lines), money(issue.deposit), issue.issued_by, issue.remarks)


def print_receipt(ctx: ServiceContext, number: str, path: Path) -> Path:
    from reports.pdf.key_receipt import build_key_receipt
    return build_key_receipt(receipt_data(ctx, number), path)


@dataclass(frozen=True)
class TagLabel:
    tag_code: str
    hook: str | None
    key_type: str
    room_no: str


def tag_labels(ctx: ServiceContext, building: str, room_from: str | None = None, room_to: str | None = None
               ) -> list[TagLabel]:
    """The spare keys of a building (optionally rooms room_from..room_to) in hook order."""
    bid = lookups.building_id(ctx, building)
    stmt = (select(KeyItem.tag_code, KeyItem.hook, KeyType.name, Room.room_no)
            .join(Room, KeyItem.room_id == Room.id).join(KeyType, KeyItem.key_type_id == KeyType.id)
            .where(Room.building_id == bid, KeyItem.kind == "spare", KeyItem.status.in_(("in_stock", "on_loan")))
            .order_by(KeyItem.hook, Room.room_no))
    with ctx.read("keys.print") as s:
        rows = [TagLabel(*r) for r in s.execute(stmt)]
    def key(no: str):
        return (len(no), no)
    if room_from:
        rows = [r for r in rows if key(r.room_no) >= key(room_from)]
    if room_to:
        rows = [r for r in rows if key(r.room_no) <= key(room_to)]
    return rows


def print_tags(ctx: ServiceContext, number: str, path: Path) -> Path:
    """`number` is a building name, optionally with a room range: "1号楼" or "1号楼:101-120"."""
    from reports.pdf.key_tags import build_key_tags
    building, _, rooms = (number or "").partition(":")
    start, _, end = rooms.partition("-")
    labels = tag_labels(ctx, building.strip(), start.strip() or None, end.strip() or start.strip() or None)
    if not labels:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "{what} 没有备用钥匙。"), what=number)
    return build_key_tags(labels, path, translate("Prints", "{0} 备用钥匙标签").format(building.strip()))


REGISTERS = [RegisterSource("key-issues", QT_TRANSLATE_NOOP("Registers", "钥匙发放登记簿"), fetch_issues),
             RegisterSource("spare-loans", QT_TRANSLATE_NOOP("Registers", "备用钥匙借用登记表"), fetch_loans),
             RegisterSource("owner-key-loans", QT_TRANSLATE_NOOP("Registers", "业主钥匙借用登记表"), fetch_owner_loans),
             RegisterSource("key-losses", QT_TRANSLATE_NOOP("Registers", "钥匙挂失赔偿登记"), fetch_losses),
             RegisterSource("lock-renewal", QT_TRANSLATE_NOOP("Registers", "门锁锁芯更换清单"), fetch_lock_renewal),
             RegisterSource("spare-keys", QT_TRANSLATE_NOOP("Registers", "备用钥匙清点表"), fetch_board)]
PRINTS = [PrintSource("key-receipt", "钥匙领取单", print_receipt),
          PrintSource("key-tags", "备用钥匙标签", print_tags)]

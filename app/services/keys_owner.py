"""Owners' keys (domain.md §3.2): deposits signed by the owner (K7 钥匙托管登记) and loans to staff
by borrower category (K6 业主钥匙借(领)登记) with their approval and due rules, one extension for
property staff, return with joint inspection, and a chase log for overdue loans."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app import vocab
from app.db.models.keys import OwnerKeyDeposit, OwnerKeyLoan
from app.db.models.residents import Building
from app.errors import Conflict, NotFound, ValidationError
from app.services import config, privacy, sequences
from app.services.catalog import DashboardItem, HandoverSection
from app.services.context import ServiceContext, snapshot
from app.services.keys_common import BORROWER_TYPES, OWNER_LOAN_STATUS_LABELS, money, new_tag
from app.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class DepositRow:
    id: int
    deposit_no: str
    building: str | None
    unit: str | None
    room_no: str
    owner_name: str
    phone: str | None
    key_description: str | None
    key_qty: int
    tag_code: str
    deposit_date: dt.date
    withdraw_date: dt.date | None
    lent_to: str | None
    version: int


@dataclass(frozen=True)
class OwnerLoanRow:
    id: int
    loan_no: str
    deposit_no: str
    building: str | None
    room_no: str
    tag_code: str
    key_qty: int
    borrower_name: str
    borrower_type: str
    borrower_org: str | None
    borrower_phone: str | None
    purpose: str
    permit_no: str | None
    site_manager: str | None
    approver: str | None
    time_out: dt.datetime
    due_time: dt.datetime
    extension_reason: str | None
    time_in: dt.datetime | None
    inspector: str | None
    doors_windows_closed: bool | None
    contents_intact: bool | None
    damage_description: str | None
    compensation: Decimal
    keeper: str
    chase_log: str | None
    status: str
    status_label: str
    overdue: bool
    version: int


def _hm(text: str) -> dt.time:
    h, m = (int(x) for x in str(text).split(":"))
    return dt.time(h, m)


def due_for(borrower_type: str, time_out: dt.datetime, settings: dict, requested: dt.datetime | None = None
            ) -> dt.datetime:
    """The due time by category (domain.md §3.2): property staff the same day, sales by 18:00,
    project staff within one day, contractors per the permit up to a configurable maximum."""
    borrower_type = vocab.code("key.borrower_type", borrower_type) or borrower_type
    if borrower_type == "property":
        due = dt.datetime.combine(time_out.date(), _hm(settings["keys.property_staff_due_time"]))
    elif borrower_type == "sales":
        due = dt.datetime.combine(time_out.date(), _hm(settings["keys.sales_due_time"]))
    elif borrower_type == "project":
        due = time_out + dt.timedelta(days=1)
    else:
        cap = time_out + dt.timedelta(days=int(settings["keys.contractor_max_days"]))
        due = min(requested, cap) if requested else cap
    if requested and borrower_type != "builder":
        due = min(due, requested)
    if due <= time_out:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "应还时间已过（{due}），不能借出。"), field="due_time",
                              due=f"{due:%H:%M}")
    return due


def deposit_owner_key(ctx: ServiceContext, *, room_no: str, owner_name: str, owner_signature: str,
                      building_id: int | None = None, unit: str | None = None, owner_id_no: str | None = None,
                      phone: str | None = None, key_description: str | None = None, key_qty: int = 1,
                      declaration_signed: bool = False, remarks: str | None = None) -> DepositRow:
    """K7: an owner leaves keys with the office and signs for it."""
    if not (room_no or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写房号。"), field="room_no")
    if not (owner_name or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写业主姓名。"), field="owner_name")
    if not (owner_signature or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "托管钥匙须有业主签名。"), field="owner_signature")
    if key_qty < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "钥匙数量至少 1 把。"), field="key_qty")
    with ctx.action("keys.create") as tx:
        s = tx.session
        now = ctx.now()
        dep = OwnerKeyDeposit(deposit_no=sequences.next_number(s, "TG", now.year), building_id=building_id,
                              unit=(unit or "").strip() or None, room_no=room_no.strip(), owner_name=owner_name.strip(),
                              owner_id_no=owner_id_no, phone=phone, key_description=key_description, key_qty=key_qty,
                              tag_code="O" + new_tag(s)[1:], deposit_date=now.date(),
                              declaration_signed=declaration_signed, owner_signature=owner_signature.strip(),
                              received_by=ctx.actor.display_name, remarks=remarks)
        tx.stamp(dep, new=True)
        s.add(dep)
        s.flush()
        tx.audit("owner_key_deposit", dep.deposit_no, after=snapshot(dep),
                 summary=f"业主钥匙托管 {dep.deposit_no} {dep.room_no} {dep.owner_name} {key_qty} 把")
        return _deposit_row(s, dep)


def withdraw_owner_key(ctx: ServiceContext, deposit_id: int, owner_signature: str, expected_version: int
                       ) -> DepositRow:
    if not (owner_signature or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "取回钥匙须有业主签名。"), field="owner_signature")
    with ctx.action("keys.return") as tx:
        s = tx.session
        dep = s.get(OwnerKeyDeposit, deposit_id)
        if dep is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "托管记录不存在。"))
        tx.check_version(dep, expected_version)
        if dep.withdraw_date:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "钥匙已于 {date} 取回。"), date=dep.withdraw_date)
        if _open_loan(s, dep.id):
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "钥匙借出未还，不能取回。"))
        before = snapshot(dep)
        dep.withdraw_date, dep.withdraw_signature = ctx.today(), owner_signature.strip()
        tx.stamp(dep)
        s.flush()
        tx.audit("owner_key_deposit", dep.deposit_no, before=before, after=snapshot(dep),
                 summary=f"业主取回托管钥匙 {dep.deposit_no} {dep.room_no}")
        return _deposit_row(s, dep)


def _open_loan(session, deposit_id: int) -> OwnerKeyLoan | None:
    return session.scalar(select(OwnerKeyLoan).where(OwnerKeyLoan.deposit_id == deposit_id,
                                                     OwnerKeyLoan.time_in.is_(None)))


def lend_owner_key(ctx: ServiceContext, deposit_id: int, *, borrower_name: str, borrower_type: str, purpose: str,
                   borrower_org: str | None = None, borrower_phone: str | None = None, approver: str | None = None,
                   permit_no: str | None = None, site_manager: str | None = None,
                   due_time: dt.datetime | None = None, key_qty: int | None = None) -> OwnerLoanRow:
    """K6: lend an owner's key to staff; the category's approval must be there, the due time follows it."""
    borrower_type = vocab.code("key.borrower_type", borrower_type) or borrower_type  # a code, or its label
    if borrower_type not in BORROWER_TYPES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择借匙人类别。"), field="borrower_type")
    if not (borrower_name or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写借匙人。"), field="borrower_name")
    if not (purpose or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写借用事由。"), field="purpose")
    if borrower_type == "property" and not (approver or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "物业部人员借匙须经部门主任审批签名。"), field="approver")
    if borrower_type == "builder":
        if not (permit_no or "").strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "施工单位借匙须填写施工许可证号。"), field="permit_no")
        if not (site_manager or "").strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "施工单位借匙须有施工现场负责人签名。"),
                                  field="site_manager")
    with ctx.action("keys.lend") as tx:
        s = tx.session
        dep = s.get(OwnerKeyDeposit, deposit_id)
        if dep is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "托管记录不存在。"))
        if dep.withdraw_date:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "该钥匙已由业主取回。"))
        if _open_loan(s, dep.id):
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "钥匙 {tag} 已借出未还。"), tag=dep.tag_code)
        now = ctx.now()
        settings = {k: config.get_in(s, k) for k in ("keys.property_staff_due_time", "keys.sales_due_time",
                                                     "keys.contractor_max_days")}
        loan = OwnerKeyLoan(loan_no=sequences.next_number(s, "YJ", now.year), deposit_id=dep.id,
                            key_qty=key_qty or dep.key_qty, borrower_name=borrower_name.strip(),
                            borrower_type=borrower_type, borrower_org=borrower_org, borrower_phone=borrower_phone,
                            purpose=purpose.strip(), permit_no=(permit_no or "").strip() or None,
                            site_manager=(site_manager or "").strip() or None,
                            approver=(approver or "").strip() or None, time_out=now,
                            due_time=due_for(borrower_type, now, settings, due_time), keeper=ctx.actor.display_name,
                            status="lent", compensation=Decimal("0"))
        tx.stamp(loan, new=True)
        try:
            with s.begin_nested():
                s.add(loan)
                s.flush()
        except IntegrityError:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "钥匙 {tag} 已借出未还。"), tag=dep.tag_code) from None
        tx.audit("owner_key_loan", loan.loan_no, after=snapshot(loan),
                 summary=f"业主钥匙 {dep.room_no} 借给 {loan.borrower_name}（{vocab.KEY_BORROWER_TYPE.labels[borrower_type]}），应还 {loan.due_time:%m-%d %H:%M}")
        return _loan_row(s, loan, now)


def _loan_for(tx, loan_id: int, expected_version: int | None) -> OwnerKeyLoan:
    loan = tx.session.get(OwnerKeyLoan, loan_id)
    if loan is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "借匙记录不存在。"))
    tx.check_version(loan, expected_version)
    if loan.time_in is not None:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "借匙单 {no} 已归还。"), no=loan.loan_no)
    return loan


def extend_owner_loan(ctx: ServiceContext, loan_id: int, reason: str, expected_version: int) -> OwnerLoanRow:
    """Property staff may return one day late, once, telling the key keeper why."""
    if not (reason or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写延期原因。"), field="extension_reason")
    with ctx.action("keys.record") as tx:
        loan = _loan_for(tx, loan_id, expected_version)
        if loan.borrower_type != "property":
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "只有物业部人员可以延期归还。"))
        if loan.extension_reason:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "借匙单 {no} 已延期一次。"), no=loan.loan_no)
        before = snapshot(loan)
        loan.due_time += dt.timedelta(days=1)
        loan.extension_reason = reason.strip()
        tx.stamp(loan)
        tx.session.flush()
        tx.audit("owner_key_loan", loan.loan_no, before=before, after=snapshot(loan),
                 summary=f"借匙单 {loan.loan_no} 延期一天：{reason.strip()}")
        return _loan_row(tx.session, loan, ctx.now())


def chase_owner_loan(ctx: ServiceContext, loan_id: int, note: str, expected_version: int) -> OwnerLoanRow:
    """The keeper phoned the borrower: the result goes into the memo (钥匙管理备忘录)."""
    if not (note or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写催还情况。"), field="chase_log")
    with ctx.action("keys.record") as tx:
        loan = _loan_for(tx, loan_id, expected_version)
        before = snapshot(loan)
        line = f"{ctx.now():%m-%d %H:%M} {ctx.actor.display_name}：{note.strip()}"
        loan.chase_log = f"{loan.chase_log}\n{line}" if loan.chase_log else line
        tx.stamp(loan)
        tx.session.flush()
        tx.audit("owner_key_loan", loan.loan_no, before=before, after=snapshot(loan),
                 summary=f"借匙单 {loan.loan_no} 催还：{note.strip()[:60]}")
        return _loan_row(tx.session, loan, ctx.now())


def return_owner_key(ctx: ServiceContext, loan_id: int, expected_version: int, *, inspector: str,
                     doors_windows_closed: bool, contents_intact: bool, damage_description: str | None = None,
                     compensation=0) -> OwnerLoanRow:
    """Return after the joint inspection: doors and windows shut, contents intact, damage charged."""
    if not (inspector or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写检查人。"), field="inspector")
    damage = (damage_description or "").strip() or None
    if not contents_intact and not damage:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "物品不完好时请填写损坏情况。"), field="damage_description")
    if money(compensation) < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "赔偿金额不能为负数。"), field="compensation")
    with ctx.action("keys.return") as tx:
        loan = _loan_for(tx, loan_id, expected_version)
        before = snapshot(loan)
        loan.time_in = ctx.now()
        loan.inspector, loan.doors_windows_closed, loan.contents_intact = inspector.strip(), doors_windows_closed, contents_intact
        loan.damage_description, loan.compensation = damage, money(compensation)
        loan.status = "returned_with_damage" if (damage or money(compensation) > 0) else "returned"
        tx.stamp(loan)
        tx.session.flush()
        tx.audit("owner_key_loan", loan.loan_no, before=before, after=snapshot(loan),
                 summary=f"借匙单 {loan.loan_no} 归还，检查人 {inspector.strip()}"
                         + (f"，损坏：{damage}，赔偿 {money(compensation)} 元" if damage else ""))
        return _loan_row(tx.session, loan, ctx.now())


def _deposit_row(s, dep: OwnerKeyDeposit, lent_to: str | None = None) -> DepositRow:
    bname = s.get(Building, dep.building_id).name if dep.building_id else None
    return DepositRow(dep.id, dep.deposit_no, bname, dep.unit, dep.room_no, dep.owner_name, dep.phone,
                      dep.key_description, dep.key_qty, dep.tag_code, dep.deposit_date, dep.withdraw_date, lent_to,
                      dep.version)


def _loan_row(s, loan: OwnerKeyLoan, now, dep: OwnerKeyDeposit | None = None, bname: str | None = None
              ) -> OwnerLoanRow:
    dep = dep or s.get(OwnerKeyDeposit, loan.deposit_id)
    if bname is None and dep.building_id:
        bname = s.get(Building, dep.building_id).name
    overdue = loan.time_in is None and loan.due_time < now
    status = "overdue" if overdue else loan.status
    return OwnerLoanRow(loan.id, loan.loan_no, dep.deposit_no, bname, dep.room_no, dep.tag_code, loan.key_qty,
                        loan.borrower_name, loan.borrower_type, loan.borrower_org, loan.borrower_phone, loan.purpose,
                        loan.permit_no, loan.site_manager, loan.approver, loan.time_out, loan.due_time,
                        loan.extension_reason, loan.time_in, loan.inspector, loan.doors_windows_closed,
                        loan.contents_intact, loan.damage_description, money(loan.compensation), loan.keeper,
                        loan.chase_log, status, OWNER_LOAN_STATUS_LABELS[status], overdue, loan.version)


def list_deposits(ctx: ServiceContext, include_withdrawn: bool = False) -> list[DepositRow]:
    stmt = select(OwnerKeyDeposit).order_by(OwnerKeyDeposit.room_no)
    if not include_withdrawn:
        stmt = stmt.where(OwnerKeyDeposit.withdraw_date.is_(None))
    with ctx.read("keys.view") as s:
        lent = dict(s.execute(select(OwnerKeyLoan.deposit_id, OwnerKeyLoan.borrower_name)
                              .where(OwnerKeyLoan.time_in.is_(None))).all())
        rows = [_deposit_row(s, d, lent.get(d.id)) for d in s.scalars(stmt)]
    return privacy.protect_rows(ctx, rows, {"phone": "phone", "owner_id_no": "id"})


def list_owner_loans(ctx: ServiceContext, *, open_only: bool = False, start: dt.datetime | None = None,
                     end: dt.datetime | None = None, building_id: int | None = None) -> list[OwnerLoanRow]:
    stmt = (select(OwnerKeyLoan, OwnerKeyDeposit, Building.name)
            .join(OwnerKeyDeposit, OwnerKeyLoan.deposit_id == OwnerKeyDeposit.id)
            .outerjoin(Building, OwnerKeyDeposit.building_id == Building.id).order_by(OwnerKeyLoan.time_out))
    if open_only:
        stmt = stmt.where(OwnerKeyLoan.time_in.is_(None))
    if start:
        stmt = stmt.where(OwnerKeyLoan.time_out >= start)
    if end:
        stmt = stmt.where(OwnerKeyLoan.time_out < end)
    if building_id is not None:
        stmt = stmt.where(OwnerKeyDeposit.building_id == building_id)
    now = ctx.now()
    with ctx.read("keys.view") as s:
        rows = [_loan_row(s, loan, now, dep, b) for loan, dep, b in s.execute(stmt)]
    return privacy.protect_rows(ctx, rows, {"borrower_phone": "phone"})


def count_owner_out(ctx: ServiceContext) -> int:
    with ctx.read("keys.view") as s:
        return s.scalar(select(func.count()).select_from(OwnerKeyLoan).where(OwnerKeyLoan.time_in.is_(None))) or 0


def handover_owner_out(ctx: ServiceContext, start: dt.datetime, end: dt.datetime) -> list[str]:
    return [f"{r.room_no}（{r.tag_code}）借给 {r.borrower_name}（{vocab.label('key.borrower_type', r.borrower_type)}），应还 {r.due_time:%m-%d %H:%M}"
            + ("，已逾期" if r.overdue else "") for r in list_owner_loans(ctx, open_only=True)]


DASHBOARD = [DashboardItem(22, "keys.owner_out", QT_TRANSLATE_NOOP("Dashboard", "借出的业主钥匙"), "keys",
                           count_owner_out, warn=False, filter="owner-open")]
HANDOVER_SECTIONS = [HandoverSection(22, QT_TRANSLATE_NOOP("Handover", "借出未还的业主钥匙"), handover_owner_out)]

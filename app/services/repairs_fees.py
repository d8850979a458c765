"""Fees on repair slips (domain.md §4): the price list (宿舍公物价目表), the fee assessment (收费认定)
and the damage compensation notice (R2 公物损坏赔偿通知单) with its payment.

Rules (repairs.cause): 正常损耗 (wear) is free; 使用不当 (misuse) and 人为故意 (wilful) are charged;
原因不明 (unknown) is charged to the whole room.
The amount is a price-list line × quantity, or materials plus labour; an amount that differs from
that needs the supervisor's `repairs.override`.
"""
from __future__ import annotations

import datetime as dt
import decimal
from dataclasses import dataclass

from sqlalchemy import func, select

from app import vocab
from app.db.models.repairs import AssetPrice, DamageNotice, RepairSlip
from app.db.models.residents import Bed, Building, Room, Student
from app.errors import Conflict, NotFound, ValidationError
from app.services import config, repairs, sequences
from app.services.context import ServiceContext, snapshot
from app.services.repairs_flow import CENT, _finish, _load, _money, recompute_fee
from app.texts import QT_TRANSLATE_NOOP

CAUSES = vocab.REPAIR_CAUSE.codes   # wear (正常损耗), misuse (使用不当), wilful (人为故意), unknown (原因不明)
CHARGED_CAUSES = ("misuse", "wilful", "unknown")
PRICE_BASIS = {"misuse": "维修成本", "wilful": "市场价", "unknown": "维修成本"}   # common.words labels
NOTICE_PREFIX = "PC"

# The price list's first rows: 抽屉锁 14 元 and 阳台门锁 25 元 come from domain.md (§3.1, hbesxy);
# the others are common dormitory prices [I]. Offices edit them in the price list.
SEED_PRICES = (   # (item, repairs.category code, unit, price)
    ("抽屉锁", "lock", "把", "14"), ("阳台门锁", "lock", "把", "25"), ("房门锁芯", "lock", "个", "50"),
    ("房门钥匙", "lock", "把", "20"), ("门把手", "doors", "个", "30"), ("窗户玻璃", "doors", "平方米", "80"),
    ("纱窗", "doors", "扇", "40"), ("水龙头", "water", "个", "35"), ("淋浴喷头", "water", "个", "45"),
    ("日光灯管", "electric", "根", "15"), ("开关面板", "electric", "个", "12"), ("插座面板", "electric", "个", "15"),
    ("网络面板", "network", "个", "20"), ("空调遥控器", "aircon", "个", "60"), ("床板", "furnish", "块", "60"),
    ("椅子", "furnish", "把", "120"), ("书桌", "furnish", "张", "300"), ("柜门铰链", "furnish", "个", "10"),
)


def seed_prices(session, now: dt.datetime) -> None:
    """SEEDS: fill an empty price list once; later edits and deletions are kept."""
    if session.scalar(select(func.count()).select_from(AssetPrice)):
        return
    for name, category, unit, price in SEED_PRICES:
        session.add(AssetPrice(item_name=name, category=category, unit=unit, price=decimal.Decimal(price),
                               effective_from=dt.date(2026, 1, 1), active=True, created_at=now,
                               created_by="system", updated_at=now, updated_by="system"))


SEEDS = [seed_prices]


@dataclass(frozen=True)
class PriceRow:
    id: int
    item_name: str
    category: str | None
    unit: str
    price: decimal.Decimal
    effective_from: dt.date
    active: bool
    version: int


def list_prices(ctx: ServiceContext, *, active_only: bool = True) -> list[PriceRow]:
    """The price list by category (in the form's order, lines without one last), item and date."""
    stmt = select(AssetPrice).order_by(AssetPrice.item_name, AssetPrice.effective_from)
    if active_only:
        stmt = stmt.where(AssetPrice.active.is_(True))
    order = {c: i for i, c in enumerate(repairs.CATEGORIES)}
    with ctx.read("repairs.view") as s:
        rows = [PriceRow(p.id, p.item_name, p.category, p.unit, p.price, p.effective_from, p.active, p.version)
                for p in s.scalars(stmt)]
    return sorted(rows, key=lambda r: order.get(r.category, len(order)))


def save_price(ctx: ServiceContext, *, price_id: int | None, item_name: str, unit: str, price,
               category: str | None = None, effective_from: dt.date | None = None, active: bool = True,
               expected_version: int | None = None) -> PriceRow:
    """Add or change a price-list line (supervisors: repairs.configure)."""
    item_name, unit = (item_name or "").strip(), (unit or "").strip()
    if not item_name or not unit:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写物品名称和单位。"), field="item_name")
    amount = _money(price, "price")
    if category:
        code = vocab.REPAIR_CATEGORY.code(category)
        if code is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择维修类别。"), field="category")
        category = code
    with ctx.action("repairs.configure") as tx:
        row = tx.session.get(AssetPrice, price_id) if price_id else AssetPrice()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "价目表项目不存在。"))
        before = snapshot(row) if price_id else None
        if price_id:
            tx.check_version(row, expected_version)
        row.item_name, row.unit, row.price, row.category, row.active = item_name, unit, amount, category, active
        row.effective_from = effective_from or ctx.today()
        tx.stamp(row, new=not price_id)
        tx.session.add(row)
        tx.session.flush()
        tx.audit("asset_price", row.id, before=before, after=snapshot(row), summary=f"价目表 {item_name} {amount} 元")
        return PriceRow(row.id, row.item_name, row.category, row.unit, row.price, row.effective_from, row.active,
                        row.version)


def expected_amount(session, slip: RepairSlip, price_item_id: int | None, qty) -> decimal.Decimal:
    if price_item_id:
        price = session.get(AssetPrice, price_item_id)
        return (price.price * qty).quantize(CENT)
    return (slip.materials_fee or 0) + (slip.labour_fee or 0)


def assess_fee(ctx: ServiceContext, slip_id: int, *, damage_cause: str, price_item_id: int | None = None,
               qty=1, labour_fee=None, amount=None, fee_standard: str | None = None,
               expected_version: int | None = None):
    """收费认定: free or chargeable, the cause (a code, or its label) and the fee standard; `amount` only
    to depart from the list."""
    damage_cause = vocab.REPAIR_CAUSE.code(damage_cause)
    if damage_cause not in CAUSES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择损坏原因。"), field="damage_cause")
    qty = _money(qty or 1, "qty")
    if qty <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "数量应大于 0。"), field="qty")
    given = None if amount in (None, "") else _money(amount, "amount")
    with ctx.action("repairs.check") as tx:
        s = tx.session
        slip = _load(tx, slip_id, "assess", expected_version)
        if s.scalar(select(func.count()).select_from(DamageNotice).where(
                DamageNotice.slip_id == slip.id, DamageNotice.status != "void")):
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "已开具赔偿通知单，不能再修改收费认定。"))
        before, status_from = snapshot(slip), slip.status
        chargeable = damage_cause in CHARGED_CAUSES
        item = None
        if chargeable and price_item_id:
            item = s.get(AssetPrice, price_item_id)
            if item is None or not item.active:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "价目表项目不存在或已停用。"), field="price_item")
        if labour_fee is not None:
            slip.labour_fee = _money(labour_fee, "labour_fee")
        if not chargeable:
            if given:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "正常损耗免费维修，收费金额应为 0。"), field="amount")
            standard = "免费（正常损耗）"
        elif item is not None:
            standard = f"{item.item_name} {item.price}元/{item.unit} × {qty.normalize()}"
        else:
            standard = "按材料费加人工费"
        slip.damage_cause, slip.chargeable = damage_cause, chargeable
        slip.price_item_id = item.id if item else None
        slip.price_qty = qty if item else None
        slip.fee_overridden = False
        computed = expected_amount(s, slip, slip.price_item_id, qty) if chargeable else decimal.Decimal(0)
        if chargeable and given is not None and given != computed:
            if not ctx.can("repairs.override"):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "收费金额 {amount} 元与价目表不符（应为 {expected} 元），需主管确认。"), field="amount",
                    amount=given, expected=computed)
            slip.fee_overridden, slip.total_fee = True, given
            standard += f"（主管核定 {given} 元）"
        else:
            recompute_fee(s, slip)
        slip.fee_standard = (fee_standard or standard)[:128]
        slip.fee_assessed_by, slip.fee_assessed_at = ctx.actor.display_name, ctx.now()
        if slip.status == "reported":
            slip.status = "fee_assessed"
        cause = vocab.REPAIR_CAUSE.labels[damage_cause]   # history note and audit summary are Chinese text
        _finish(tx, slip, before, "assess", status_from, f"{cause}；{slip.fee_standard}；{slip.total_fee} 元",
                f"维修单 {slip.slip_no} 收费认定：{cause} {slip.total_fee} 元")
    return repairs.detail(ctx, slip_id)


@dataclass(frozen=True)
class NoticeRow:
    id: int
    notice_no: str
    slip_no: str
    issue_date: dt.date
    building: str
    room_no: str
    responsible_students: str
    whole_room: bool
    damaged_item: str
    damage_cause: str
    price_basis: str
    amount: decimal.Decimal
    due_date: dt.date
    status: str
    paid_date: dt.date | None
    receipt_no: str | None
    issued_by: str
    overdue: bool
    version: int


def room_residents(session, room_id: int) -> list[str]:
    return list(session.scalars(select(Student.name).join(Bed, Student.bed_id == Bed.id)
                                .where(Bed.room_id == room_id).order_by(Bed.bed_no)))


def issue_notice(ctx: ServiceContext, slip_id: int, *, responsible: str | None = None,
                 damaged_item: str | None = None) -> NoticeRow:
    """R2: a damage notice for a chargeable slip, due in `repairs.damage_due_days` days."""
    with ctx.action("repairs.issue") as tx:
        s = tx.session
        slip = repairs.get_slip(s, slip_id)
        ctx.require_building(slip.building_id)
        if slip.status == "voided" or not slip.chargeable or not slip.total_fee:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "维修单 {number} 未认定为收费维修或金额为 0，不能开具赔偿通知单。"),
                           number=slip.slip_no)
        if s.scalar(select(func.count()).select_from(DamageNotice).where(
                DamageNotice.slip_id == slip.id, DamageNotice.status != "void")):
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "维修单 {number} 已开具赔偿通知单。"), number=slip.slip_no)
        whole_room = slip.damage_cause == "unknown"
        names = (responsible or "").strip()
        if whole_room or not names:
            names = names if names and not whole_room else (
                "、".join(room_residents(s, slip.room_id)) if whole_room else slip.reporter_name)
        if not names:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写责任人。"), field="responsible")
        item = (damaged_item or "").strip()
        if not item and slip.price_item_id:
            item = s.get(AssetPrice, slip.price_item_id).item_name
        item = item or f"{vocab.REPAIR_CATEGORY.labels.get(slip.category, slip.category)}：" \
                       f"{slip.location_detail or slip.fault_description[:40]}"
        today = ctx.today()
        notice = DamageNotice(
            notice_no=sequences.next_number(s, NOTICE_PREFIX, today.year), slip_id=slip.id, issue_date=today,
            building_id=slip.building_id, room_id=slip.room_id, responsible_students=names, whole_room=whole_room,
            damaged_item=item[:128], damage_cause=slip.damage_cause, price_basis=PRICE_BASIS[slip.damage_cause],
            amount=slip.total_fee, due_date=today + dt.timedelta(days=config.get_in(s, "repairs.damage_due_days")),
            status="unpaid", issued_by=ctx.actor.display_name)
        tx.stamp(notice, new=True)
        s.add(notice)
        s.flush()
        repairs.add_event(tx, slip, "issue_notice", slip.status, slip.status,
                          f"{notice.notice_no}：{names} {notice.amount} 元，{notice.due_date:%m-%d} 前缴清")
        tx.audit("damage_notice", notice.notice_no, after=snapshot(notice),
                 summary=f"赔偿通知单 {notice.notice_no}（维修单 {slip.slip_no}）{notice.amount} 元")
        notice_id = notice.id
    return get_notice(ctx, notice_id)


def record_payment(ctx: ServiceContext, notice_id: int, *, receipt_no: str, paid_date: dt.date | None = None,
                   expected_version: int | None = None) -> NoticeRow:
    """The student paid: receipt number and date; the slip keeps the receipt number."""
    receipt_no = (receipt_no or "").strip()
    if not receipt_no:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写收据号。"), field="receipt_no")
    paid_date = paid_date or ctx.today()
    with ctx.action("repairs.record") as tx:
        notice = tx.session.get(DamageNotice, notice_id)
        if notice is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "赔偿通知单不存在。"))
        ctx.require_building(notice.building_id)
        tx.check_version(notice, expected_version)
        if notice.status != "unpaid":
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "赔偿通知单 {number} 当前为「{status}」，不能登记缴费。"),
                           number=notice.notice_no, status=vocab.label("repairs.notice_status", notice.status))
        if paid_date < notice.issue_date or paid_date > ctx.today():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "缴费日期应在开具日期与今天之间。"), field="paid_date")
        before = snapshot(notice)
        notice.status, notice.paid_date, notice.receipt_no = "paid", paid_date, receipt_no
        tx.stamp(notice)
        slip = tx.session.get(RepairSlip, notice.slip_id)
        slip.receipt_no = receipt_no
        repairs.add_event(tx, slip, "record_payment", slip.status, slip.status, f"{notice.notice_no} 收据号 {receipt_no}")
        tx.audit("damage_notice", notice.notice_no, before=before, after=snapshot(notice),
                 summary=f"赔偿通知单 {notice.notice_no} 已缴费，收据 {receipt_no}")
    return get_notice(ctx, notice_id)


def _notice_stmt():
    return (select(DamageNotice, RepairSlip.slip_no, Building.name, Room.room_no)
            .join(RepairSlip, DamageNotice.slip_id == RepairSlip.id)
            .join(Building, DamageNotice.building_id == Building.id).join(Room, DamageNotice.room_id == Room.id))


def _notice_row(n: DamageNotice, slip_no, building, room_no, today) -> NoticeRow:
    return NoticeRow(n.id, n.notice_no, slip_no, n.issue_date, building, room_no, n.responsible_students,
                     n.whole_room, n.damaged_item, n.damage_cause, n.price_basis, n.amount, n.due_date, n.status,
                     n.paid_date, n.receipt_no, n.issued_by, n.status == "unpaid" and today > n.due_date, n.version)


def get_notice(ctx: ServiceContext, notice_id: int | None = None, *, number: str | None = None) -> NoticeRow:
    stmt = _notice_stmt().where(DamageNotice.id == notice_id if notice_id else DamageNotice.notice_no == number)
    with ctx.read("repairs.view") as s:
        found = s.execute(stmt).first()
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "没有编号为 {number} 的赔偿通知单。"), number=number or notice_id)
        ctx.require_building(found[0].building_id)
        return _notice_row(*found, ctx.today())


def list_notices(ctx: ServiceContext, start: dt.date, end: dt.date, building_id: int | None = None) -> list[NoticeRow]:
    stmt = _notice_stmt().where(DamageNotice.issue_date >= start, DamageNotice.issue_date <= end)
    if building_id is not None:
        stmt = stmt.where(DamageNotice.building_id == building_id)
    stmt = ctx.scope_filter(stmt, DamageNotice.building_id).order_by(DamageNotice.notice_no)
    with ctx.read("repairs.view") as s:
        return [_notice_row(*r, ctx.today()) for r in s.execute(stmt)]

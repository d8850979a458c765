"""What the release slips add up to: the weekly reconciliation (every numbered slip's fate), the
放行条登记簿 register, and the catalog hooks (dashboard, shift handover, assessment facts)."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from app import vocab
from app.db.models.release import ReleaseSlip
from app.db.models.residents import Building
from app.services import catalog, config, lookups
from app.services.context import ServiceContext
from app.services.periods import Period
from app.services.release_queries import GATE_DONE, STATUS_LABELS, effective_status, list_slips, status_expr
from app.texts import QT_TRANSLATE_NOOP, translate
from reports.excel.spec import Col, RegisterSpec

FATES = {
    "archived": QT_TRANSLATE_NOOP("Values", "已放行，门岗联已回收"), "released": QT_TRANSLATE_NOOP("Values", "已放行，门岗联未回收"), "rejected_at_gate": QT_TRANSLATE_NOOP("Values", "门岗拒放"),
    "expired": QT_TRANSLATE_NOOP("Values", "过期未使用"), "void": QT_TRANSLATE_NOOP("Values", "已作废"), "issued": QT_TRANSLATE_NOOP("Values", "有效期内未使用"),
}

vocab.define("release.fate", FATES)


@dataclass(frozen=True)
class FateRow:
    """What became of one numbered slip."""

    slip_no: str
    issue_date: dt.date
    building: str
    unit_no: str
    tenant_name: str
    total_qty: int
    status: str
    fate: str
    returned_date: dt.date | None
    follow_up_note: str | None
    missing: bool


@dataclass(frozen=True)
class Reconciliation:
    """A period's figures and every slip's fate."""

    period: Period
    issued: int          # every number taken in the period
    released: int        # let out at the gate (returned or not)
    returned: int        # guard copies back at customer service
    rejected_at_gate: int
    expired: int
    voided: int
    open: int            # still valid, not yet used
    rows: tuple[FateRow, ...]
    gaps: tuple[str, ...] = ()  # numbers within the period's range that no slip holds (should never be)

    @property
    def missing(self) -> tuple[FateRow, ...]:
        return tuple(r for r in self.rows if r.missing)


def week_of(day: dt.date) -> Period:
    start = day - dt.timedelta(days=day.weekday())
    return Period(start, start + dt.timedelta(days=6))


def reconcile(ctx: ServiceContext, period: Period, building_id: int | None = None) -> Reconciliation:
    """Every slip numbered in the period and what became of it; the missing ones are those whose
    guard copy has not come back and the expired ones nobody followed up."""
    today = ctx.today()
    cols = (ReleaseSlip.slip_no, ReleaseSlip.issue_date, ReleaseSlip.valid_until, ReleaseSlip.status,
            ReleaseSlip.returned_date, ReleaseSlip.unit_no, ReleaseSlip.tenant_name, ReleaseSlip.total_qty,
            ReleaseSlip.follow_up_note, Building.name)
    stmt = (select(*cols).join(Building, ReleaseSlip.building_id == Building.id)
            .where(ReleaseSlip.slip_no.is_not(None), ReleaseSlip.issue_date >= period.start,
                   ReleaseSlip.issue_date <= period.end).order_by(ReleaseSlip.slip_no))
    if building_id:
        stmt = stmt.where(ReleaseSlip.building_id == building_id)
    stmt = ctx.scope_filter(stmt, ReleaseSlip.building_id)
    with ctx.read("release.view") as s:
        raw = s.execute(stmt).all()
    counts: Counter = Counter()
    rows = []
    for no, issue_date, valid_until, status, returned, unit, tenant, qty, note, bname in raw:
        status = effective_status(status, valid_until, today)
        counts[status] += 1
        if returned is not None:
            counts["returned"] += 1
        if status in GATE_DONE:
            missing = returned is None
        elif status == "expired":
            missing = returned is None and not note
        else:
            missing = False
        rows.append(FateRow(no, issue_date, bname, unit or "", tenant, qty, status, FATES.get(status, status),
                            returned, note, missing))
    gaps = _gaps([r.slip_no for r in rows]) if building_id is None and ctx.actor.building_ids is None else ()
    return Reconciliation(period, len(rows), counts["released"] + counts["archived"], counts["returned"],
                          counts["rejected_at_gate"], counts["expired"], counts["void"], counts["issued"],
                          tuple(rows), gaps)


def _gaps(numbers: list[str]) -> tuple[str, ...]:
    """一单一号: between the first and last number of a year in the period, every number must be
    on a slip (a voided one included); a hole means a slip went missing from the database."""
    by_year: dict[str, set[int]] = {}
    for no in numbers:
        prefix, _, seq = no.rpartition("-")
        if seq.isdigit():
            by_year.setdefault(prefix, set()).add(int(seq))
    missing = []
    for prefix, seqs in sorted(by_year.items()):
        width = len(next(n for n in numbers if n.startswith(prefix + "-")).rpartition("-")[2])
        missing += [f"{prefix}-{n:0{width}d}" for n in range(min(seqs), max(seqs) + 1) if n not in seqs]
    return tuple(missing)


def build_reconciliation_pdf(ctx: ServiceContext, period: Period, path: Path, building_id: int | None = None) -> Path:
    from reports.pdf import reconciliation as pdf
    rec = reconcile(ctx, period, building_id)
    t = lambda s: translate("Prints", s)  # noqa: E731 - the words are marked in _PRINT_WORDS
    everywhere = t("全部")
    building = next((b.name for b in lookups.buildings(ctx) if b.id == building_id), everywhere) if building_id else everywhere
    return pdf.build(pdf.ReconciliationPrint(
        org_name=config.get(ctx, "org.name"),
        period_label=translate("Periods", "{start} 至 {end}").format(start=f"{period.start:%Y-%m-%d}",
                                                                     end=f"{period.end:%Y-%m-%d}"),
        building=building, made_by=ctx.actor.display_name, made_at=ctx.now(),
        figures=((t("开具"), rec.issued), (t("放行"), rec.released), (t("回收"), rec.returned),
                 (t("门岗拒放"), rec.rejected_at_gate), (t("过期"), rec.expired), (t("作废"), rec.voided),
                 (t("未使用(有效)"), rec.open)),
        missing=[(r.slip_no, f"{r.issue_date:%m-%d}", f"{r.building} {r.unit_no}", r.tenant_name,
                  vocab.label("release.fate", r.fate))
                 for r in rec.missing] + [(no, "", "", "", t("编号缺失（无此放行条记录）")) for no in rec.gaps]), path)


# The weekly reconciliation print's words, collected for translation.
_PRINT_WORDS = (QT_TRANSLATE_NOOP("Prints", "全部"), QT_TRANSLATE_NOOP("Prints", "开具"), QT_TRANSLATE_NOOP("Prints", "放行"),
                QT_TRANSLATE_NOOP("Prints", "回收"), QT_TRANSLATE_NOOP("Prints", "门岗拒放"),
                QT_TRANSLATE_NOOP("Prints", "过期"), QT_TRANSLATE_NOOP("Prints", "作废"),
                QT_TRANSLATE_NOOP("Prints", "未使用(有效)"), QT_TRANSLATE_NOOP("Prints", "编号缺失（无此放行条记录）"))


# Register --------------------------------------------------------------------------------------
SLIP_REGISTER = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "放行条登记簿"), sheet_name=QT_TRANSLATE_NOOP("Registers", "物品放行条登记"), mark_key="missing", columns=(
        Col("slip_no", QT_TRANSLATE_NOOP("Columns", "编号"), width=16),
        Col("issue_date", QT_TRANSLATE_NOOP("Columns", "日期"), "date"),
        Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
        Col("unit_no", QT_TRANSLATE_NOOP("Columns", "房号/单位")),
        Col("tenant_name", QT_TRANSLATE_NOOP("Columns", "用户")),
        Col("handler_name", QT_TRANSLATE_NOOP("Columns", "经办人")),
        Col("total_qty", QT_TRANSLATE_NOOP("Columns", "件数"), "int", total="sum"),
        Col("reason", QT_TRANSLATE_NOOP("Columns", "原因"), values="release.reason"),
        Col("status_label", QT_TRANSLATE_NOOP("Columns", "状态"), values="release.status"),
        Col("guard_name", QT_TRANSLATE_NOOP("Columns", "保安")),
        Col("released_at", QT_TRANSLATE_NOOP("Columns", "放行时间"), "datetime"),
        Col("returned_date", QT_TRANSLATE_NOOP("Columns", "回收日期"), "date", total="count")))
SUMMARY_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "放行条对账汇总"), sheet_name=QT_TRANSLATE_NOOP("Registers", "对账汇总"), columns=(
        Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
        Col("issued", QT_TRANSLATE_NOOP("Columns", "开具"), "int", total="sum"),
        Col("released", QT_TRANSLATE_NOOP("Columns", "放行"), "int", total="sum"),
        Col("returned", QT_TRANSLATE_NOOP("Columns", "回收"), "int", total="sum"),
        Col("rejected", QT_TRANSLATE_NOOP("Columns", "门岗拒放"), "int", total="sum"),
        Col("expired", QT_TRANSLATE_NOOP("Columns", "过期"), "int", total="sum"),
        Col("voided", QT_TRANSLATE_NOOP("Columns", "作废"), "int", total="sum"),
        Col("missing", QT_TRANSLATE_NOOP("Columns", "待查"), "int", total="sum")))


def fetch_register(ctx: ServiceContext, period: Period, building: str | None):
    building_id = lookups.building_id(ctx, building)
    rows = [r for r in list_slips(ctx, date_from=period.start, date_to=period.end, building_id=building_id,
                                  limit=1_000_000) if r.slip_no]
    rows.sort(key=lambda r: r.slip_no)
    per: dict[str, Counter] = {}
    for r in rows:
        c = per.setdefault(r.building, Counter())
        c["issued"] += 1
        c["released"] += r.status in ("released", "archived")
        c["returned"] += r.returned_date is not None
        c["rejected"] += r.status == "rejected_at_gate"
        c["expired"] += r.status == "expired"
        c["voided"] += r.status == "void"
        c["missing"] += r.missing
    summary = [{"building": b} | dict(c) for b, c in sorted(per.items())]
    return SLIP_REGISTER, rows, [(SUMMARY_SPEC, summary)]


# Catalog hooks ---------------------------------------------------------------------------------
def count_issued_today(ctx: ServiceContext) -> int:
    stmt = ctx.scope_filter(select(func.count()).select_from(ReleaseSlip)
                            .where(ReleaseSlip.issue_date == ctx.today()), ReleaseSlip.building_id)
    with ctx.read("release.view") as s:
        return s.scalar(stmt) or 0


def count_unreturned(ctx: ServiceContext) -> int:
    stmt = ctx.scope_filter(select(func.count()).select_from(ReleaseSlip).where(
        ReleaseSlip.status.in_(GATE_DONE), ReleaseSlip.returned_date.is_(None)), ReleaseSlip.building_id)
    with ctx.read("release.view") as s:
        return s.scalar(stmt) or 0


def handover_rows(ctx: ServiceContext, start: dt.datetime, end: dt.datetime) -> list[str]:
    """Slips issued during the shift whose guard copy is not back (or not yet used)."""
    today = ctx.today()
    stmt = (select(ReleaseSlip.slip_no, ReleaseSlip.status, ReleaseSlip.valid_until, ReleaseSlip.unit_no,
                   ReleaseSlip.tenant_name, ReleaseSlip.total_qty, Building.name)
            .join(Building, ReleaseSlip.building_id == Building.id)
            .where(ReleaseSlip.issued_at >= start, ReleaseSlip.issued_at < end, ReleaseSlip.returned_date.is_(None),
                   ReleaseSlip.status.in_(("issued", "released", "rejected_at_gate")))
            .order_by(ReleaseSlip.slip_no))
    with ctx.read("release.view") as s:
        rows = s.execute(ctx.scope_filter(stmt, ReleaseSlip.building_id)).all()
    return [f"{no}  {b} {unit or ''}  {tenant}  {qty}件  {STATUS_LABELS[effective_status(st, vu, today)]}"
            for no, st, vu, unit, tenant, qty, b in rows]


UNRECONCILED = QT_TRANSLATE_NOOP("Assessments", "放行条 {no}（{unit} {tenant}）{fate}，未对账")


def assessment_facts(ctx: ServiceContext, period: Period) -> list[dict]:
    """Per building, the slips of the period not reconciled (guard copy missing, expired and not
    followed up): one dict per slip with building_id, building, date, code, text, ref."""
    facts = []
    for r in reconcile(ctx, period).missing:
        facts.append({"building": r.building, "building_id": _building_ids(ctx).get(r.building),
                      "date": r.issue_date, "code": "release.unreconciled", "ref": r.slip_no,
                      "text": translate("Assessments", UNRECONCILED).format(
                          no=r.slip_no, unit=r.unit_no, tenant=r.tenant_name, fate=vocab.label("release.fate", r.fate))})
    return facts


def _building_ids(ctx: ServiceContext) -> dict[str, int]:
    return {b.name: b.id for b in lookups.buildings(ctx, scoped=False)}


def expired_unfollowed(ctx: ServiceContext) -> int:
    stmt = ctx.scope_filter(select(func.count()).select_from(ReleaseSlip).where(
        status_expr(ctx.today()) == "expired", ReleaseSlip.returned_date.is_(None),
        ReleaseSlip.follow_up_note.is_(None)), ReleaseSlip.building_id)
    with ctx.read("release.view") as s:
        return s.scalar(stmt) or 0


REGISTERS = [catalog.RegisterSource("release-slips", QT_TRANSLATE_NOOP("Registers", "放行条登记簿"), fetch_register)]
DASHBOARD = [
    catalog.DashboardItem(40, "release_today", QT_TRANSLATE_NOOP("Dashboard", "今日开具放行条"), "release", count_issued_today, warn=False,
                          filter="today"),
    catalog.DashboardItem(41, "release_unreturned", QT_TRANSLATE_NOOP("Dashboard", "放行条门岗联未回收"), "release", count_unreturned,
                          filter="unreturned"),
]
BADGES = [catalog.Badge("release", expired_unfollowed)]
HANDOVER_SECTIONS = [catalog.HandoverSection(40, QT_TRANSLATE_NOOP("Handover", "本班开具、尚未回收的放行条"),
                                             handover_rows)]
ASSESSMENT_FACTS = [assessment_facts]

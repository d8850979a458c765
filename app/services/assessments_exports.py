"""The month's assessment as an Excel register and as printed sheets.

Register kind "assessments" (`dormdesk export register assessments --month YYYY-MM [--building B]`):
sheet 月度考核表 with the administrators as rows and the month's items as columns (built from the
items in force and those used that month), totals and ranks; sheet 扣款明细 with every incident.

Print kind "assessment" (`dormdesk print assessment NUMBER -o FILE.pdf`), NUMBER is
"YYYY-MM/<administrator>": the administrator by name (e.g. "2026-09/张三") or, when two share a name,
by staff id (e.g. "2026-09/17"). "YYYY-MM" alone (or "YYYY-MM/*") prints every administrator of the
month, one sheet each.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app import vocab
from app.db.models.residents import Staff
from app.errors import NotFound, ValidationError
from app.services import config
from app.services.assessments import ASSESSED_STAFF, check_month_text
from app.services.assessments_incidents import list_incidents
from app.services.assessments_sheet import MonthSheet, SheetRow, month_sheet
from app.services.catalog import PrintSource, RegisterSource
from app.services.context import ServiceContext
from app.services.periods import Period, month_end, parse_month
from app.texts import QT_TRANSLATE_NOOP, translate
from reports.excel.spec import Col, RegisterSpec
from reports.pdf.assessment_sheet import AdminSheet, IncidentLine, build_assessment_sheets


_TITLE_WORDS = (QT_TRANSLATE_NOOP("Registers", "已关闭"), QT_TRANSLATE_NOOP("Registers", "未关闭"),
                QT_TRANSLATE_NOOP("Registers", "宿舍管理员月度考核表（{month}，{status}）"))


def month_label(month: str) -> str:
    return parse_month(month).label


def _month_of(period: Period) -> str:
    if period.start.day != 1 or period.end != month_end(period.start):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "考核表按月导出，请用 --month YYYY-MM 指定月份。"))
    return f"{period.start:%Y-%m}"


def register_rows(sheet: MonthSheet, building: str | None = None):
    """(spec, rows, detail spec) of a month; items become columns."""
    money = sheet.mode == "money"
    word = "扣款" if money else "扣分"
    cols = [Col("rank_overall", QT_TRANSLATE_NOOP("Columns", "总排名"), "int", 7),
            Col("staff_name", QT_TRANSLATE_NOOP("Columns", "管理员"), width=10),
            Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋"), width=10),
            Col("base_amount", QT_TRANSLATE_NOOP("Columns", "绩效基数") if money else QT_TRANSLATE_NOOP("Columns", "满分"), "money", 10, "sum" if money else None),
            Col("incident_count", QT_TRANSLATE_NOOP("Columns", "违规次数"), "int", 9, "sum")]
    cols += [Col(f"item_{code}", f"{code} {desc}"[:24], "money", 12, "sum") for code, desc in sheet.items]
    cols += [Col("total_deduction", f"{word}合计", "money", 11, "sum"),
             Col("additions", QT_TRANSLATE_NOOP("Columns", "加分/奖励"), "money", 10, "sum"),
             Col("result", QT_TRANSLATE_NOOP("Columns", "实发金额") if money else QT_TRANSLATE_NOOP("Columns", "得分"), "money", 11, "sum" if money else None),
             Col("rank_building", QT_TRANSLATE_NOOP("Columns", "楼栋排名"), "int", 9),
             Col("remarks", QT_TRANSLATE_NOOP("Columns", "备注"), width=20)]
    status = translate("Registers", "已关闭" if sheet.closed else "未关闭")
    spec = RegisterSpec(title=translate("Registers", "宿舍管理员月度考核表（{month}，{status}）").format(
                            month=month_label(sheet.month), status=status),
                        columns=tuple(cols), sheet_name=QT_TRANSLATE_NOOP("Registers", "月度考核表"))
    rows = []
    for r in sheet.rows:
        if building and r.building != building:
            continue
        row = {"rank_overall": r.rank_overall, "staff_name": r.staff_name, "building": r.building or "",
               "base_amount": r.base_amount if money else sheet.full_score, "incident_count": r.incident_count,
               "total_deduction": r.total_deduction, "additions": r.additions, "result": r.result,
               "rank_building": r.rank_building,
               "remarks": "；".join(p for p in (r.additions_note, r.remarks) if p)}
        for code, _desc in sheet.items:
            row[f"item_{code}"] = r.by_item.get(code) or None
        rows.append(row)
    return spec, rows


DETAIL_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "管理员考核扣款明细"), sheet_name=QT_TRANSLATE_NOOP("Registers", "扣款明细"),
    columns=(Col("incident_no", QT_TRANSLATE_NOOP("Columns", "编号"), width=15),
             Col("occurred_at", QT_TRANSLATE_NOOP("Columns", "日期"), "datetime", 17),
             Col("staff_name", QT_TRANSLATE_NOOP("Columns", "管理员"), width=10),
             Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋"), width=10),
             Col("item_code", QT_TRANSLATE_NOOP("Columns", "条款"), width=6),
             Col("item_description", QT_TRANSLATE_NOOP("Columns", "违规行为"), width=26),
             Col("description", QT_TRANSLATE_NOOP("Columns", "说明"), width=36),
             Col("loss_amount", QT_TRANSLATE_NOOP("Columns", "损失金额"), "money", 10),
             Col("effective_deduction", QT_TRANSLATE_NOOP("Columns", "扣款"), "money", 10, "sum"),
             Col("appeal_status", QT_TRANSLATE_NOOP("Columns", "申诉"), values="assessments.appeal", width=8),
             Col("acknowledged_by", QT_TRANSLATE_NOOP("Columns", "确认人"), width=10)))


def _fetch(ctx: ServiceContext, period: Period, building: str | None):
    ctx.require("assessments.view")
    month = _month_of(period)
    sheet = month_sheet(ctx, month)
    spec, rows = register_rows(sheet, building)
    detail = [i for i in list_incidents(ctx, month) if not building or i.building == building]
    return spec, rows, [(DETAIL_SPEC, detail)]


REGISTERS = [RegisterSource("assessments", QT_TRANSLATE_NOOP("Registers", "宿舍管理员月度考核表"), _fetch)]


# Printing -------------------------------------------------------------------------------------------
def parse_number(number: str) -> tuple[str, str | None]:
    """"2026-09/张三" -> ("2026-09", "张三"); "2026-09" or "2026-09/*" -> ("2026-09", None)."""
    month, _, who = (number or "").strip().partition("/")
    month = check_month_text(month)
    who = who.strip()
    return month, (None if who in ("", "*") else who)


def _pick(ctx: ServiceContext, sheet: MonthSheet, who: str | None, number: str) -> list[SheetRow]:
    if who is None:
        if not sheet.rows:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "{month} 没有可打印的考核表。"), month=sheet.month)
        return sheet.rows
    by_name = [r for r in sheet.rows if r.staff_name == who]
    if len(by_name) > 1:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "有 {n} 名宿管员叫 {name}，请用员工编号：{ids}"),
                              n=len(by_name), name=who, ids=", ".join(f"{sheet.month}/{r.staff_id}" for r in by_name))
    if not by_name and who.isdigit():
        by_name = [r for r in sheet.rows if r.staff_id == int(who)]
    if not by_name:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "找不到考核表 {number}。"), number=number)
    return by_name


def sheet_data(ctx: ServiceContext, sheet: MonthSheet, row: SheetRow) -> AdminSheet:
    org = config.get(ctx, "org.name")
    same_building = sum(1 for r in sheet.rows if r.building_id == row.building_id)
    incidents = [IncidentLine(f"{i.occurred_at:%m-%d %H:%M}", i.item_code, i.item_description,
                              i.description + (translate("Prints", "（损失 {0} 元）").format(f"{i.loss_amount:,.2f}")
                                               if i.loss_amount else ""),
                              i.effective_deduction,
                              vocab.label("assessments.appeal", i.appeal_status) if i.appeal_status != "none" else "",
                              i.acknowledged_by or "")
                 for i in list_incidents(ctx, sheet.month, staff_id=row.staff_id)]
    status = (translate("Prints", "本月已于 {0} 由 {1} 关闭").format(f"{sheet.closed_at:%Y-%m-%d %H:%M}", sheet.closed_by)
              if sheet.closed else translate("Prints", "本月尚未关闭，数字可能变动（草稿）"))
    rank = translate("Prints", "第 {0} 名 / 共 {1} 人")
    shared = sum(1 for r in sheet.rows if r.staff_name == row.staff_name) > 1
    return AdminSheet(
        number=f"{sheet.month}/{row.staff_id if shared else row.staff_name}", org_name=org, month_label=month_label(sheet.month),
        staff_name=row.staff_name, building=row.building or "", mode=sheet.mode, unit=sheet.unit,
        base_amount=row.base_amount if sheet.mode == "money" else sheet.full_score,
        total_deduction=row.total_deduction, additions=row.additions, additions_note=row.additions_note or "",
        result=row.result, rank_building=rank.format(row.rank_building, same_building),
        rank_overall=rank.format(row.rank_overall, len(sheet.rows)), status_text=status,
        remarks=row.remarks or "", incidents=incidents)


def build_print(ctx: ServiceContext, number: str, path: Path) -> Path:
    ctx.require("assessments.print")
    month, who = parse_number(number)
    sheet = month_sheet(ctx, month)
    rows = _pick(ctx, sheet, who, number)
    return build_assessment_sheets([sheet_data(ctx, sheet, r) for r in rows], path,
                                   translate("Prints", "月度考核表 {0}").format(month) + (f" {who}" if who else ""))


def staff_number(ctx: ServiceContext, month: str, staff_id: int) -> str:
    """The print number of one administrator's sheet (by name, or by id when the name is shared)."""
    with ctx.read("assessments.view") as s:
        name = s.scalar(select(Staff.name).where(Staff.id == staff_id))
        shared = len(s.scalars(select(Staff.id).where(Staff.name == name, Staff.category.in_(ASSESSED_STAFF))).all()) > 1
    return f"{month}/{staff_id if shared else name}"


PRINTS = [PrintSource("assessment", "月度考核表", build_print)]

"""The monthly pack (月度报表): every register the modules declare (catalog.REGISTERS) for one
month and one building (or all), with a cover of key figures and charts, as one workbook
(`dormdesk export monthly`) or one PDF.

Nothing here knows the modules: registers are taken from the catalog, and the charts look for the
registers of kind "repairs", "spare-loans", "assessments" and "meetings" and leave a chart out when its
register (or the column it needs) is absent.
"""
from __future__ import annotations

import decimal
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import NotFound
from app.services import catalog, lookups
from app.services.context import ServiceContext
from app.services.periods import Period
from app.services.registers import fetch, meta_for
from app.texts import translate

if TYPE_CHECKING:  # openpyxl is imported when a pack is built, not when the application starts
    from reports.excel.charts import ChartData
    from reports.excel.monthly_pack import KeyFigure, PackContent, PackSection

log = logging.getLogger(__name__)
EXCLUDED_KINDS = {"audit"}  # the audit log is the office's own record, not a register sent upstairs
FETCH_SHARE = 300  # of 1000 progress steps, the share of reading the registers


def resolve_building(ctx: ServiceContext, building: str | None) -> str | None:
    """The building's name, checked to exist and to be within the actor's buildings."""
    if building is None or not str(building).strip():
        return None
    name = str(building).strip()
    try:
        lookups.building_id(ctx, name)
    except NotFound:
        if name.isdigit():
            match = next((b for b in lookups.buildings(ctx, scoped=False) if b.id == int(name)), None)
            if match is not None:
                ctx.require_building(match.id)
                return match.name
        raise
    return name


def _sources(ctx: ServiceContext) -> list[catalog.RegisterSource]:
    return [s for kind, s in catalog.registers().items()
            if kind not in EXCLUDED_KINDS and ctx.can(f"{kind}.export")]


def _scaled(progress, base: int, span: int):
    if progress is None:
        return None
    return lambda done, total: progress(base + int(span * done / max(total, 1)), 1000)


def collect(ctx: ServiceContext, period: Period, building: str | None,
            progress: Callable[[int, int], None] | None = None) -> PackContent:
    """Read every register for the period; build the key figures and the charts' data."""
    from reports.excel.monthly_pack import PackContent, PackSection
    ctx.require("reports.export")
    building = resolve_building(ctx, building)
    sources = _sources(ctx)
    sections: list[PackSection] = []
    failures = []
    for n, source in enumerate(sources):
        try:
            fetched = fetch(ctx, source, period, building)
        except Exception as exc:  # noqa: BLE001 - one module's failure must not block the whole pack
            log.exception("monthly pack: register %s", source.kind)
            failures.append(translate("Registers", "注意：{0} 读取失败，未包含在本报表中（{1}）。").format(
                translate("Registers", source.title), exc))
        else:
            extra = list(fetched[2]) if len(fetched) > 2 and fetched[2] else []
            sections.append(PackSection(source.kind, translate("Registers", source.title), fetched[0],
                                        list(fetched[1]), extra))
        if progress:
            progress(n + 1, len(sources))
    meta = meta_for(ctx, period, building)
    title = translate("Registers", "{0}月度报表") if period.is_month else translate("Registers", "{0} 报表")
    return PackContent(title=title.format(period.label),
                       meta=meta, figures=key_figures(sections), sections=sections,
                       charts=charts(sections, period), warnings=failures,
                       generated_at=f"{ctx.now():%Y-%m-%d %H:%M}")


MONEY_WORDS = ("合计", "实发", "金额", "赔偿", "费", "押金")
MAX_MONEY_FIGURES = 3


def key_figures(sections: list[PackSection]) -> list[KeyFigure]:
    """Per register: the number of records, marked (overdue...) rows and up to three non-zero money
    totals (those named like 合计/金额/费 first), so a register with a column per clause stays short."""
    from reports.excel.monthly_pack import KeyFigure
    figures = []
    for sec in sections:
        figures.append(KeyFigure(f"{sec.title}", len(sec.rows), translate("Registers", "记录数")))
        if sec.spec.mark_key:
            marked = sum(1 for r in sec.rows if _get(r, sec.spec.mark_key))
            figures.append(KeyFigure(translate("Registers", "{0}（标记）").format(sec.title), marked,
                                     translate("Registers", "逾期或需注意的记录")))
        money = []
        for pos, col in enumerate(sec.spec.columns):
            if col.total == "sum" and col.kind == "money":
                total = sum(float(v) for v in (_get(r, col.key) for r in sec.rows)
                            if isinstance(v, (int, float, decimal.Decimal)) and not isinstance(v, bool))
                if total:
                    rank = next((i for i, w in enumerate(MONEY_WORDS) if w in col.header), len(MONEY_WORDS))
                    money.append((rank, pos, col.header, round(total, 2)))
        for _rank, _pos, header, total in sorted(money)[:MAX_MONEY_FIGURES]:
            figures.append(KeyFigure(f"{sec.title}·{translate('Columns', header)}", total,
                                     translate("Registers", "合计（元）")))
    return figures


def _get(row, key):
    return row.get(key) if isinstance(row, dict) else getattr(row, key, None)


def _find(sections: list[PackSection], kind: str, stem: str) -> PackSection | None:
    exact = next((s for s in sections if s.kind == kind), None)
    return exact or next((s for s in sections if stem in s.kind), None)


def _first_chart(section: PackSection | None, make) -> ChartData | None:
    """The chart from the register's main sheet, else from its first summary sheet that fits."""
    if section is None:
        return None
    for spec, rows in [(section.spec, section.rows), *section.extra]:
        chart = make(spec, rows)
        if chart is not None:
            return chart
    return None


def charts(sections: list[PackSection], period: Period) -> list[ChartData]:
    """Repairs per category, overdue loans per week, deductions per item, meeting-room occupancy;
    absent ones left out."""
    from reports.excel.charts import count_by, marked_per_week, sum_by
    found = [
        _first_chart(_find(sections, "repairs", "repair"),
                     lambda spec, rows: count_by(spec, rows, ("类别", "类型"),
                                                        translate("Registers", "各类别报修数量"))),
        _first_chart(_find(sections, "spare-loans", "loan"),
                     lambda spec, rows: marked_per_week(spec, rows, period.start, period.end,
                                                              translate("Registers", "每周逾期借用数"))),
        _first_chart(_find(sections, "assessments", "assess"),
                     lambda spec, rows: sum_by(spec, rows, ("违规行为", "扣分项", "考核项", "条款", "项目"),
                                               ("扣款", "金额"), translate("Registers", "各项扣款金额"))),
        _first_chart(_find(sections, "meetings", "meeting"),
                     lambda spec, rows: sum_by(spec, rows, ("会议室",), ("占用率",),
                                               translate("Registers", "会议室占用率（%）"))),
    ]
    return [c for c in found if c is not None]


def export(ctx: ServiceContext, period: Period, building: str | None, path: Path,
           progress: Callable[[int, int], None] | None = None) -> Path:
    """The pack as one .xlsx (cover, one sheet per register, charts), written atomically; a path
    ending in .pdf gives the PDF instead."""
    if Path(path).suffix.lower() == ".pdf":
        return export_pdf(ctx, period, building, path, progress)
    from reports.excel.monthly_pack import build_pack
    pack = collect(ctx, period, building, _scaled(progress, 0, FETCH_SHARE))
    return build_pack(pack, path, _scaled(progress, FETCH_SHARE, 1000 - FETCH_SHARE))


def export_pdf(ctx: ServiceContext, period: Period, building: str | None, path: Path,
               progress: Callable[[int, int], None] | None = None) -> Path:
    """The same pack as one PDF, for those who print it."""
    from reports.pdf.monthly_pack_pdf import build_pack_pdf
    pack = collect(ctx, period, building, _scaled(progress, 0, FETCH_SHARE))
    return build_pack_pdf(pack, path, _scaled(progress, FETCH_SHARE, 1000 - FETCH_SHARE))

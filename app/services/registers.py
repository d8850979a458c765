"""Exporting any register declared by a service module (catalog.RegisterSource) to .xlsx."""
from __future__ import annotations

from pathlib import Path

from app.errors import ValidationError
from app.services import catalog, config
from app.services.context import ServiceContext
from app.services.periods import Period
from app.texts import QT_TRANSLATE_NOOP, translate
from reports.excel.spec import RegisterMeta


ALL_BUILDINGS = QT_TRANSLATE_NOOP("Registers", "全部")


def meta_for(ctx: ServiceContext, period: Period, building: str | None) -> RegisterMeta:
    return RegisterMeta(org_name=config.get(ctx, "org.name"), period_label=period.label,
                        building_label=building or translate("Registers", ALL_BUILDINGS), generated_by=ctx.actor.display_name)


def export(ctx: ServiceContext, kind: str, period: Period, building: str | None, path: Path,
           progress=None) -> Path:
    source = catalog.registers().get(kind)
    if source is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "未知的登记表：{kind}"), kind=kind)
    ctx.require(f"{kind}.export" if kind != "audit" else "audit.view")
    fetched = source.fetch(ctx, period, building)
    spec, rows = fetched[0], fetched[1]
    extra = fetched[2] if len(fetched) > 2 else ()
    from reports.excel.register import build_register
    return build_register(spec, rows, path, meta_for(ctx, period, building), progress, extra_sheets=extra)

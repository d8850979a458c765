"""Exporting any register declared by a service module (catalog.RegisterSource) to .xlsx."""
from __future__ import annotations

from pathlib import Path

from app.errors import ValidationError
from app.services import catalog, config, privacy
from app.services.context import ServiceContext
from app.services.periods import Period
from app.texts import QT_TRANSLATE_NOOP, translate
from reports.excel.spec import RegisterMeta


ALL_BUILDINGS = QT_TRANSLATE_NOOP("Registers", "全部")


def meta_for(ctx: ServiceContext, period: Period, building: str | None) -> RegisterMeta:
    return RegisterMeta(org_name=config.get(ctx, "org.name"), period_label=period.label,
                        building_label=building or translate("Registers", ALL_BUILDINGS), generated_by=ctx.actor.display_name,
                        privacy_label=privacy.notice(ctx))


def fetch(ctx: ServiceContext, source: catalog.RegisterSource, period: Period, building: str | None) -> tuple:
    """A register's (spec, rows, extra sheets), its personal columns masked by the privacy rule:
    the one way every export, the monthly pack and the reports screen read a register."""
    fetched = source.fetch(ctx, period, building)
    full = privacy.may_see_full(ctx)
    spec, rows = fetched[0], privacy.protect_register(ctx, fetched[0], fetched[1], full=full)
    extra = [(s, privacy.protect_register(ctx, s, r, full=full))
             for s, r in (fetched[2] if len(fetched) > 2 and fetched[2] else ())]
    return spec, rows, extra


def export(ctx: ServiceContext, kind: str, period: Period, building: str | None, path: Path,
           progress=None) -> Path:
    source = catalog.registers().get(kind)
    if source is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "未知的登记表：{kind}"), kind=kind)
    ctx.require(f"{kind}.export" if kind != "audit" else "audit.view")
    spec, rows, extra = fetch(ctx, source, period, building)
    from reports.excel.register import build_register
    return build_register(spec, rows, path, meta_for(ctx, period, building), progress, extra_sheets=extra)

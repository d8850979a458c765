"""Small shared look-ups that every module's forms need: buildings and staff by category."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.db.models.residents import Building, Staff
from app.errors import NotFound
from app.services.context import ServiceContext
from app.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


def buildings(ctx: ServiceContext, *, scoped: bool = True) -> list[Choice]:
    """Active buildings, limited to the actor's buildings unless `scoped` is False (admins' forms)."""
    stmt = select(Building.id, Building.name).where(Building.active.is_(True)).order_by(Building.name)
    if scoped:
        stmt = ctx.scope_filter(stmt, Building.id)
    with ctx.read() as s:
        return [Choice(i, n) for i, n in s.execute(stmt)]


def building_id(ctx: ServiceContext, name: str | None) -> int | None:
    """The id of the building called `name` (None for None); NotFound if there is none."""
    if not name:
        return None
    with ctx.read() as s:
        found = s.scalar(select(Building.id).where(Building.name == name))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "没有名为 {name} 的楼栋。"), name=name)
    ctx.require_building(found)
    return found


def staff(ctx: ServiceContext, category: str | None = None) -> list[Choice]:
    stmt = select(Staff.id, Staff.name).where(Staff.active.is_(True)).order_by(Staff.name)
    if category:
        stmt = stmt.where(Staff.category == category)
    with ctx.read() as s:
        return [Choice(i, n) for i, n in s.execute(stmt)]

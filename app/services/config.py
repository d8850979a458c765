"""Business configuration held in the database: organisation name, prices, quantities, limits.

Each module declares its keys and defaults in `DEFAULTS` (a dict); reading a key that was never
saved gives the default. Values are JSON.
"""
from __future__ import annotations

import json

from sqlalchemy import select

from app.db.models.core import ConfigValue
from app.services.context import ServiceContext

CORE_DEFAULTS = {
    "org.name": "XX大学学生公寓管理中心",
    "backup.interval_minutes": 30,
    "screen.idle_lock_minutes": 15,
}


def all_defaults() -> dict:
    from app.services.catalog import config_defaults
    return CORE_DEFAULTS | config_defaults()


def get(ctx: ServiceContext, key: str, default=None):
    with ctx.read() as s:
        return get_in(s, key, default)


def get_in(session, key: str, default=None):
    """Read a value inside an open session (services that already hold one)."""
    row = session.get(ConfigValue, key)
    if row is not None:
        return json.loads(row.value)
    if default is not None:
        return default
    return all_defaults().get(key)


def set_value(ctx: ServiceContext, key: str, value) -> None:
    with ctx.action("settings.configure") as tx:
        row = tx.session.get(ConfigValue, key)
        before = None if row is None else json.loads(row.value)
        if row is None:
            row = ConfigValue(key=key, value="null")
            tx.stamp(row, new=True)
            tx.session.add(row)
        row.value = json.dumps(value, ensure_ascii=False)
        tx.stamp(row)
        tx.audit("config", key, before={"value": before}, after={"value": value}, summary=f"设置 {key}")


def values(ctx: ServiceContext) -> dict:
    """Every known key with its current value."""
    result = dict(all_defaults())
    with ctx.read() as s:
        for row in s.scalars(select(ConfigValue)):
            result[row.key] = json.loads(row.value)
    return result

"""Business configuration held in the database: organisation name, prices, quantities, limits.

Each module declares its keys and defaults in `DEFAULTS` (a dict); reading a key that was never
saved gives the default. Values are JSON. A key whose value holds vocabulary codes (a list of codes,
or a dict keyed by codes) is named in the module's `CONFIG_VALUES` (key -> vocabulary name):
`shown()` gives it with labels for the settings page, `set_value` accepts labels or codes and
stores codes.
"""
from __future__ import annotations

import json
import re

from sqlalchemy import select

from app import vocab
from app.db.models.core import ConfigValue
from app.errors import ValidationError
from app.services.context import ServiceContext
from app.texts import QT_TRANSLATE_NOOP, translate

CORE_DEFAULTS = {
    "org.name": "XX大学学生公寓管理中心",
    "backup.interval_minutes": 30,
    "screen.idle_lock_minutes": 15,
}

CONFIG_LABELS = {
    "org.name": QT_TRANSLATE_NOOP("Config", "单位名称（打印在表单和登记表上）"),
    "backup.interval_minutes": QT_TRANSLATE_NOOP("Config", "自动备份间隔（分钟）"),
    "screen.idle_lock_minutes": QT_TRANSLATE_NOOP("Config", "无操作自动锁屏（分钟，0 为不锁）"),
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


def _check_type(key: str, value) -> None:
    """A value must have the kind of its default (a number stays a number...)."""
    default = all_defaults().get(key)
    if default is None:
        return
    if isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, (int, float)):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0
    else:
        ok = isinstance(value, type(default))
    if not ok:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "参数 {key} 的值 {value} 无效，应与默认值 {default} 同类。"),
                              field=key, key=key, value=json.dumps(value, ensure_ascii=False),
                              default=json.dumps(default, ensure_ascii=False))


def vocabularies() -> dict[str, str]:
    """Configuration key -> name of the vocabulary whose codes its value holds (CONFIG_VALUES)."""
    from app.services.catalog import config_values
    return config_values()


def shown(key: str, value):
    """`value` as the user reads it: each code (list item or dict key) of a CONFIG_VALUES key
    replaced by its label in the interface language; other values as they are."""
    name = vocabularies().get(key)
    if name is None:
        return value
    if isinstance(value, dict):
        return {vocab.label(name, k): v for k, v in value.items()}
    if isinstance(value, list):
        return [vocab.label(name, v) for v in value]
    return value


LIST_SEPARATORS = re.compile(r"[,，、;；\n]+")


def to_codes(key: str, value):
    """The inverse of `shown`: labels (Chinese or shown) or codes -> codes. A list may also be typed
    as one text separated by 、 or commas. An unknown item raises ValidationError naming the
    parameter and the item."""
    name = vocabularies().get(key)
    if name is None:
        return value
    if isinstance(value, str) and isinstance(all_defaults().get(key), list):
        value = [part.strip() for part in LIST_SEPARATORS.split(value) if part.strip()]

    def code(item):
        found = vocab.code(name, item) if isinstance(item, str) else None
        if found is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "参数“{label}”中的“{value}”不是可选的值（可选：{choices}）。"),
                field=key, label=translate("Config", labels().get(key, key)),
                value=item if isinstance(item, str) else json.dumps(item, ensure_ascii=False),
                choices=vocab.join(label for label, _code in vocab.get(name).choices()))
        return found

    if isinstance(value, dict):
        return {code(k): v for k, v in value.items()}
    if isinstance(value, list):
        return [code(v) for v in value]
    return value


def set_value(ctx: ServiceContext, key: str, value) -> None:
    """Save one parameter (its kind checked against the default; labels of a CONFIG_VALUES key
    stored as their codes), audited."""
    value = to_codes(key, value)
    _check_type(key, value)
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
        for row in s.scalars(select(ConfigValue).where(ConfigValue.key.not_like("system.%"))):
            result[row.key] = json.loads(row.value)
    return result


def labels() -> dict[str, str]:
    from app.services.catalog import config_labels
    return config_labels()

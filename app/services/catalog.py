"""Finds what the service modules declare, so no central list has to be edited per module.

A service module may define, at module level:
- `REGISTERS`: a list of `RegisterSource` (Excel registers: `dormdesk export register KIND`);
- `PRINTS`: a list of `PrintSource` (PDF forms: `dormdesk print KIND NUMBER`);
- `DEMO_STEPS`: a list of `DemoStep` (`dormdesk demo`, run in `order`);
- `DEFAULTS`: a dict of business-configuration keys and their defaults, and `CONFIG_LABELS`, a dict of
  the same keys to their Chinese labels (QT_TRANSLATE_NOOP("Config", ...)) shown in 设置 → 业务参数;
- `CONFIG_VALUES`: a dict of configuration keys whose value holds vocabulary codes (a list of codes or
  a dict keyed by codes) to the vocabulary's name (app/vocab.py): the settings page shows the labels
  and `config.set_value` stores codes (e.g. `{"visitor.rules": "gate.rule"}`);
- `BADGES`: a list of `Badge` (counts shown in the navigation, e.g. overdue loans);
- `SEEDS`: a list of functions `seed(session, now)` that insert missing reference rows (key types,
  assessment items, price lists); they run on every start and must be idempotent;
- `CHECKOUT_CHECKS`: functions `check(session, ctx, student_id) -> str | None` asked before a
  student checks out (退宿); a text blocks the check-out (e.g. keys not yet settled);
- `DASHBOARD`: a list of `DashboardItem` (the home page's numbers, each opening a page);
- `DASHBOARD_TRENDS`: a list of `dashboard.DashboardTrend` (extra 30-day series on the home page);
- `HANDOVER_SECTIONS`: a list of `HandoverSection` (the shift handover sheet's lists);
- `ASSESSMENT_FACTS`: functions `facts(ctx, period) -> list[dict]` giving, per building, facts the
  assessment month view proposes as incidents (late spare keys, overdue repairs...); the dict keys
  are documented in app/services/assessments.py.
"""
from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class RegisterSource:
    kind: str            # command-line name, e.g. "students"
    title: str           # Chinese title, e.g. "住宿学生名册"
    fetch: Callable      # fetch(ctx, period: Period, building: str | None) -> (RegisterSpec, rows)


@dataclass(frozen=True)
class PrintSource:
    kind: str            # e.g. "release-slip"
    title: str
    build: Callable      # build(ctx, number: str, path: Path) -> Path; raises NotFound


@dataclass(frozen=True)
class DemoStep:
    order: int
    name: str
    run: Callable        # run(ctx, rng: random.Random, options: dict) -> str (what it added)


@dataclass(frozen=True)
class Badge:
    page: str            # navigation key, e.g. "keys"
    count: Callable      # count(ctx) -> int


@dataclass(frozen=True)
class DashboardItem:
    order: int
    key: str
    title: str           # Chinese source text, translated in context "Dashboard"
    page: str            # navigation key of the page that lists the rows behind the number
    count: Callable      # count(ctx) -> int
    warn: bool = True    # a non-zero count is shown as needing attention
    filter: str = ""     # handed to page.apply_filter(filter) when the number is clicked


@dataclass(frozen=True)
class HandoverSection:
    order: int
    title: str
    rows: Callable       # rows(ctx, start: datetime, end: datetime) -> list[str]


@cache
def _modules() -> tuple:
    import app.services as pkg
    mods = []
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name):
        mods.append(importlib.import_module(f"app.services.{info.name}"))
    return tuple(mods)


def _collect(name: str) -> list:
    found = []
    for mod in _modules():
        found.extend(getattr(mod, name, ()) or ())
    return found


def registers() -> dict[str, RegisterSource]:
    return {r.kind: r for r in _collect("REGISTERS")}


def prints() -> dict[str, PrintSource]:
    return {p.kind: p for p in _collect("PRINTS")}


def demo_steps() -> list[DemoStep]:
    return sorted(_collect("DEMO_STEPS"), key=lambda d: d.order)


def badges() -> list[Badge]:
    return _collect("BADGES")


def config_defaults() -> dict:
    result = {}
    for mod in _modules():
        result.update(getattr(mod, "DEFAULTS", {}) or {})
    return result


def seeds() -> list[Callable]:
    return _collect("SEEDS")


def checkout_checks() -> list[Callable]:
    return _collect("CHECKOUT_CHECKS")


def dashboard_items() -> list[DashboardItem]:
    return sorted(_collect("DASHBOARD"), key=lambda d: d.order)


def handover_sections() -> list[HandoverSection]:
    return sorted(_collect("HANDOVER_SECTIONS"), key=lambda d: d.order)


def assessment_facts() -> list[Callable]:
    return _collect("ASSESSMENT_FACTS")


def config_labels() -> dict[str, str]:
    result = {}
    for mod in _modules():
        result.update(getattr(mod, "CONFIG_LABELS", {}) or {})
    return result


def config_values() -> dict[str, str]:
    result = {}
    for mod in _modules():
        result.update(getattr(mod, "CONFIG_VALUES", {}) or {})
    return result


def dashboard_trends() -> list:
    return sorted(_collect("DASHBOARD_TRENDS"), key=lambda t: t.order)

"""Finds what the service modules declare, so no central list has to be edited per module.

A service module may define, at module level:
- `REGISTERS`: a list of `RegisterSource` (Excel registers: `dormdesk export register KIND`);
- `PRINTS`: a list of `PrintSource` (PDF forms: `dormdesk print KIND NUMBER`);
- `DEMO_STEPS`: a list of `DemoStep` (`dormdesk demo`, run in `order`);
- `DEFAULTS`: a dict of business-configuration keys and their defaults;
- `BADGES`: a list of `Badge` (counts shown in the navigation, e.g. overdue loans);
- `SEEDS`: a list of functions `seed(session, now)` that insert missing reference rows (key types,
  assessment items, price lists); they run on every start and must be idempotent.
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

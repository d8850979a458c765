"""`dormdesk demo`: fills an empty database with realistic data, step by step.

Each module adds its `DEMO_STEPS` (catalog.DemoStep); they run in `order` in one go. The steps
write through the services, so the demo data carries audit rows like real work.
"""
from __future__ import annotations

import random

from app.services import catalog
from app.services.context import ServiceContext


def run(ctx: ServiceContext, rng: random.Random, options: dict) -> list[str]:
    lines = []
    for step in catalog.demo_steps():
        lines.append(f"{step.name}: {step.run(ctx, rng, options)}")
    if not lines:
        lines.append("没有可用的演示数据步骤。")
    return lines

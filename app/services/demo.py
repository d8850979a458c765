"""`dormdesk demo`: fills an empty database with realistic data, step by step.

Each module adds its `DEMO_STEPS` (catalog.DemoStep); they run in `order` in one go. The steps
write through the services, so the demo data carries audit rows like real work.

The demo acts as its own staff, not as the operating-system user: once the users step has
created the demo accounts, the steps run with a `DemoContext` whose actor is the clerk on duty at
the step's clock (kefu1 李晓燕 and kefu2 张伟 take the day and evening shifts in turn), and an
action a clerk may not do (void, approve, close...) is done by the supervisor zhuguan 王主管 (or
the administrator for admin-only work). Steps set their clock with `at(ctx, when)`, which also
picks who is on duty then; with a plain context (tests, other callers) it only sets the clock.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import random
from contextlib import contextmanager

from sqlalchemy import select

from app.clock import Clock
from app.services import catalog
from app.services.context import Actor, ServiceContext
from app.services.permissions import allowed

USERS_STEP_ORDER = 5  # auth's step creating the demo accounts


@dataclasses.dataclass
class DemoContext(ServiceContext):
    """A service context acting as the demo staff on duty at its clock."""

    staff: dict = dataclasses.field(default_factory=dict)  # role -> [Actor, ...] (demo accounts)

    def on_duty(self, when: dt.datetime) -> Actor:
        """The clerk at the counter at `when`: day shift 08–16, evening 16–24, alternating daily."""
        clerks = self.staff.get("clerk") or self.staff.get("supervisor") or [self.actor]
        evening = not 8 <= when.hour < 16
        return clerks[(when.toordinal() + evening) % len(clerks)]

    def at(self, when: dt.datetime | None = None, clock: Clock | None = None) -> DemoContext:
        clock = clock or Clock(when)
        return dataclasses.replace(self, clock=clock, actor=self.on_duty(clock.now()))

    def _doer(self, permission: str) -> ServiceContext:
        """Self when the clerk may do it; else the supervisor (or the administrator) does it."""
        if allowed(self.actor.role, permission):
            return self
        for role in ("supervisor", "admin"):
            if allowed(role, permission) and self.staff.get(role):
                return dataclasses.replace(self, actor=self.staff[role][0])
        return self

    def can(self, permission: str) -> bool:
        return allowed(self._doer(permission).actor.role, permission)

    @contextmanager
    def action(self, permission: str, *, audit_required: bool = True):
        with ServiceContext.action(self._doer(permission), permission, audit_required=audit_required) as tx:
            yield tx


def demo_context(ctx: ServiceContext) -> ServiceContext:
    """`ctx` acting as the demo accounts (auth.DEMO_USERS); `ctx` itself when they do not exist."""
    from app.db.models.core import User
    from app.services.auth import DEMO_USERS
    names = [u[0] for u in DEMO_USERS]
    with ctx.read() as s:
        users = {u.username: u for u in s.scalars(select(User).where(User.username.in_(names),
                                                                      User.active.is_(True)))}
    staff: dict[str, list[Actor]] = {}
    for username in names:
        u = users.get(username)
        if u is not None:
            staff.setdefault(u.role, []).append(Actor(u.username, u.display_name, u.role, u.id))
    if not staff.get("clerk") and not staff.get("supervisor"):
        return ctx
    base = DemoContext(db=ctx.db, actor=ctx.actor, channel=ctx.channel, clock=ctx.clock, pc_name=ctx.pc_name,
                       staff=staff)
    return base.at(clock=ctx.clock)


def at(ctx: ServiceContext, when: dt.datetime | None = None, clock: Clock | None = None) -> ServiceContext:
    """`ctx` with its clock at `when` (or the given clock); the demo's context also changes to the
    staff on duty then."""
    if isinstance(ctx, DemoContext):
        return ctx.at(when, clock)
    return dataclasses.replace(ctx, clock=clock or Clock(when))


def run(ctx: ServiceContext, rng: random.Random, options: dict) -> list[str]:
    lines = []
    acting = ctx
    for step in catalog.demo_steps():
        if step.order > USERS_STEP_ORDER and acting is ctx:
            acting = demo_context(ctx)
        lines.append(f"{step.name}: {step.run(acting, rng, options)}")
    if not lines:
        lines.append("没有可用的演示数据步骤。")
    return lines

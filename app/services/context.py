"""The service context: who acts, on which database, through which channel, at what time.

`with ctx.action("keys.lend") as tx:` checks the permission, opens one write transaction and
requires exactly one audit row (`tx.audit(...)`) before it commits. Reads use `ctx.read()`.
"""
from __future__ import annotations

import datetime as dt
import decimal
import enum
import json
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import inspect as sa_inspect
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.clock import SYSTEM_CLOCK, Clock
from app.db.engine import Database
from app.db.models.core import AuditLog
from app.errors import Conflict, DatabaseUnavailable, PermissionDenied, StaleEdit
from app.services.permissions import allowed
from app.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Actor:
    """The person acting: a logged-in user, or the operating-system user on the command line."""

    username: str
    display_name: str
    role: str
    user_id: int | None = None
    building_ids: frozenset[int] | None = None  # None: every building


SYSTEM_ACTOR = Actor(username="system", display_name="系统", role="admin")


def _plain(value):
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def snapshot(obj) -> dict:
    """A JSON-ready dict of an ORM object's column values, for the audit log."""
    if obj is None:
        return {}
    mapper = sa_inspect(obj).mapper
    return {attr.key: _plain(getattr(obj, attr.key)) for attr in mapper.column_attrs}


class Transaction:
    """One user action's session; collects its single audit row."""

    def __init__(self, ctx: ServiceContext, session: Session, action: str):
        self.ctx = ctx
        self.session = session
        self.action = action
        self.audited = 0

    def audit(self, entity: str, entity_id, *, before: dict | None = None, after: dict | None = None,
              summary: str | None = None, action: str | None = None) -> None:
        """Write the action's audit row (exactly one per action)."""
        if self.audited:
            raise RuntimeError(f"{self.action}: a second audit row in one action")
        self.audited += 1
        self.session.add(AuditLog(
            at=self.ctx.now(), user_id=self.ctx.actor.user_id, username=self.ctx.actor.username,
            pc_name=self.ctx.pc_name, channel=self.ctx.channel, action=action or self.action,
            entity=entity, entity_id=None if entity_id is None else str(entity_id),
            summary=(summary or "")[:255] or None,
            before=json.dumps(before, ensure_ascii=False, default=str) if before is not None else None,
            after=json.dumps(after, ensure_ascii=False, default=str) if after is not None else None,
        ))

    def stamp(self, obj, *, new: bool = False) -> None:
        """Set who/when on an Editable row."""
        now = self.ctx.now()
        if new:
            obj.created_at, obj.created_by = now, self.ctx.actor.username
        obj.updated_at, obj.updated_by = now, self.ctx.actor.username

    def check_version(self, obj, expected_version: int | None) -> None:
        """Refuse a save based on a stale copy: name who changed the row and when."""
        if expected_version is not None and obj.version != expected_version:
            raise StaleEdit(obj.updated_by, obj.updated_at)


@dataclass
class ServiceContext:
    db: Database
    actor: Actor = SYSTEM_ACTOR
    channel: str = "gui"
    clock: Clock = field(default_factory=lambda: SYSTEM_CLOCK)
    pc_name: str = field(default_factory=socket.gethostname)

    def now(self) -> dt.datetime:
        return self.clock.now()

    def today(self) -> dt.date:
        return self.clock.today()

    def can(self, permission: str) -> bool:
        return allowed(self.actor.role, permission)

    def require(self, permission: str) -> None:
        if not self.can(permission):
            raise PermissionDenied(permission)

    def as_actor(self, actor: Actor) -> ServiceContext:
        return ServiceContext(db=self.db, actor=actor, channel=self.channel, clock=self.clock,
                              pc_name=self.pc_name)

    # Building scope -------------------------------------------------------------------------
    def in_scope(self, building_id: int | None) -> bool:
        scope = self.actor.building_ids
        return scope is None or building_id in scope

    def require_building(self, building_id: int | None) -> None:
        if not self.in_scope(building_id):
            raise PermissionDenied("building")

    def scope_filter(self, stmt, building_column):
        """Limit a SELECT to the actor's buildings."""
        scope = self.actor.building_ids
        return stmt if scope is None else stmt.where(building_column.in_(scope))

    # Sessions -------------------------------------------------------------------------------
    @contextmanager
    def read(self, permission: str | None = None) -> Iterator[Session]:
        if permission:
            self.require(permission)
        session = self.db.read_session()
        try:
            yield session
        except OperationalError as exc:
            raise DatabaseUnavailable(QT_TRANSLATE_NOOP("Errors", "数据库操作失败：{detail}"),
                                      detail=str(exc.orig)[:300]) from exc
        finally:
            session.close()

    @contextmanager
    def action(self, permission: str, *, audit_required: bool = True) -> Iterator[Transaction]:
        """One user action: permission check, one transaction, one audit row, all or nothing."""
        self.require(permission)
        session = self.db.write_session()
        tx = Transaction(self, session, permission)
        try:
            with session.begin():
                yield tx
                if audit_required and tx.audited != 1:
                    raise RuntimeError(f"{permission}: an action must write exactly one audit row")
        except StaleDataError as exc:
            raise StaleEdit("?", None) from exc
        except IntegrityError as exc:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "保存失败：数据与其他记录冲突（{detail}）。"),
                           detail=str(exc.orig).splitlines()[0][:200]) from exc
        except OperationalError as exc:
            raise DatabaseUnavailable(QT_TRANSLATE_NOOP("Errors", "数据库操作失败：{detail}"),
                                      detail=str(exc.orig)[:300]) from exc
        finally:
            session.close()

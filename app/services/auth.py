"""Users and logins: argon2id hashes, lockout held in the database, roles, building scope."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select

from app.db.models.core import ROLES, User, UserBuilding
from app.errors import AccountLocked, LoginFailed, NotFound, ValidationError
from app.services.context import Actor, ServiceContext, snapshot
from app.texts import QT_TRANSLATE_NOOP

MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 6

_hasher = PasswordHasher()  # argon2id with the library's recommended parameters


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None
    building_ids: tuple[int, ...]
    version: int


def _row(user: User, building_ids) -> UserRow:
    return UserRow(user.id, user.username, user.display_name, user.role, user.active, user.locked_until,
                   user.last_login_at, tuple(sorted(building_ids)), user.version)


def _check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "密码至少需要 {n} 个字符。"), field="password",
                              n=MIN_PASSWORD)


def _check_user_fields(username: str, display_name: str, role: str) -> None:
    if not (username or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写用户名。"), field="username")
    if not (display_name or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写姓名。"), field="display_name")
    if role not in ROLES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "未知的角色：{role}"), field="role", role=role)


def user_count(ctx: ServiceContext) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(User))


def create_first_admin(ctx: ServiceContext, username: str, display_name: str, password: str) -> UserRow:
    """The first-run administrator; refused once any user exists."""
    _check_user_fields(username, display_name, "admin")
    _check_password(password)
    with ctx.action("system.init", audit_required=True) as tx:
        if tx.session.scalar(select(func.count()).select_from(User)):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "系统中已有用户，不能再次创建初始管理员。"))
        user = User(username=username.strip(), display_name=display_name.strip(), role="admin",
                    password_hash=_hasher.hash(password), active=True, failed_attempts=0)
        tx.stamp(user, new=True)
        tx.session.add(user)
        tx.session.flush()
        tx.audit("user", user.id, after=_public(user), summary=f"初始管理员 {user.username}")
        return _row(user, ())


def _public(user: User) -> dict:
    data = snapshot(user)
    data.pop("password_hash", None)
    return data


def login(ctx: ServiceContext, username: str, password: str) -> Actor:
    """Check the password; five failures lock the account for 15 minutes (for every PC)."""
    now = ctx.now()
    session = ctx.db.write_session()
    try:
        with session.begin():
            user = session.scalar(select(User).where(User.username == (username or "").strip()))
            if user is None or not user.active:
                raise LoginFailed(QT_TRANSLATE_NOOP("Errors", "用户名或密码错误。"))
            if user.locked_until and user.locked_until > now:
                raise AccountLocked(QT_TRANSLATE_NOOP("Errors", "账户已被锁定，请于 {until} 之后再试。"),
                                    until=user.locked_until.strftime("%H:%M"))
            try:
                _hasher.verify(user.password_hash, password or "")
            except (VerificationError, InvalidHashError):
                user.failed_attempts = (user.failed_attempts or 0) + 1
                locked = user.failed_attempts >= MAX_FAILURES
                if locked:
                    user.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                    user.failed_attempts = 0
                failure = ctx.as_actor(Actor(user.username, user.display_name, user.role, user.id))
                session.add(_audit_row(failure, "login.failed", user.id,
                                       "账户锁定" if locked else f"密码错误（第 {user.failed_attempts} 次）"))
                failed = AccountLocked(QT_TRANSLATE_NOOP("Errors", "密码连续错误 {n} 次，账户已锁定 {m} 分钟。"),
                                       n=MAX_FAILURES, m=LOCK_MINUTES) if locked else \
                    LoginFailed(QT_TRANSLATE_NOOP("Errors", "用户名或密码错误。"))
            else:
                failed = None
                user.failed_attempts = 0
                user.locked_until = None
                user.last_login_at = now
                if _hasher.check_needs_rehash(user.password_hash):
                    user.password_hash = _hasher.hash(password)
                buildings = frozenset(session.scalars(
                    select(UserBuilding.building_id).where(UserBuilding.user_id == user.id)))
                actor = Actor(user.username, user.display_name, user.role, user.id, buildings or None)
                session.add(_audit_row(ctx.as_actor(actor), "login", user.id, "登录"))
    finally:
        session.close()
    if failed is not None:
        raise failed
    return actor


def _audit_row(ctx: ServiceContext, action: str, user_id, summary: str):
    from app.db.models.core import AuditLog
    return AuditLog(at=ctx.now(), user_id=ctx.actor.user_id, username=ctx.actor.username, pc_name=ctx.pc_name,
                    channel=ctx.channel, action=action, entity="user", entity_id=str(user_id), summary=summary)


def verify_password(ctx: ServiceContext, password: str) -> bool:
    """Unlocking the idle screen: the same user's password (failures count towards the lockout)."""
    try:
        login(ctx, ctx.actor.username, password)
    except (LoginFailed, AccountLocked):
        return False
    return True


def list_users(ctx: ServiceContext) -> list[UserRow]:
    with ctx.read("users.view") as s:
        scopes: dict[int, list[int]] = {}
        for ub in s.scalars(select(UserBuilding)):
            scopes.setdefault(ub.user_id, []).append(ub.building_id)
        return [_row(u, scopes.get(u.id, ())) for u in s.scalars(select(User).order_by(User.username))]


def save_user(ctx: ServiceContext, *, user_id: int | None, username: str, display_name: str, role: str,
              active: bool = True, password: str | None = None, building_ids=(),
              expected_version: int | None = None) -> UserRow:
    """Create or edit a user (admins only). A new user needs a password."""
    _check_user_fields(username, display_name, role)
    if user_id is None or password:
        _check_password(password or "")
    with ctx.action("users.edit") as tx:
        s = tx.session
        clash = s.scalar(select(User).where(User.username == username.strip()))
        if clash is not None and clash.id != user_id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "用户名 {name} 已存在。"), field="username",
                                  name=username)
        if user_id is None:
            user, before = User(failed_attempts=0), None
            tx.stamp(user, new=True)
            s.add(user)
        else:
            user = s.get(User, user_id)
            if user is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "用户不存在。"))
            tx.check_version(user, expected_version)
            before = _public(user)
            if user.id == ctx.actor.user_id and (role != "admin" or not active):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "不能取消自己的系统管理员身份或停用自己。"))
            tx.stamp(user)
        user.username, user.display_name, user.role, user.active = (
            username.strip(), display_name.strip(), role, active)
        if password:
            user.password_hash = _hasher.hash(password)
            user.failed_attempts, user.locked_until = 0, None
        s.flush()
        s.execute(delete(UserBuilding).where(UserBuilding.user_id == user.id))
        for bid in sorted(set(building_ids)):
            s.add(UserBuilding(user_id=user.id, building_id=bid))
        after = _public(user) | {"building_ids": sorted(set(building_ids))}
        tx.audit("user", user.id, before=before, after=after, summary=f"用户 {user.username}")
        return _row(user, building_ids)


def unlock_user(ctx: ServiceContext, user_id: int) -> None:
    with ctx.action("users.edit") as tx:
        user = tx.session.get(User, user_id)
        if user is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "用户不存在。"))
        before = _public(user)
        user.failed_attempts, user.locked_until = 0, None
        tx.stamp(user)
        tx.audit("user", user.id, before=before, after=_public(user), summary="解除锁定")


def change_own_password(ctx: ServiceContext, old: str, new: str) -> None:
    _check_password(new)
    with ctx.action("profile.edit", audit_required=True) as tx:
        user = tx.session.get(User, ctx.actor.user_id)
        try:
            _hasher.verify(user.password_hash, old or "")
        except (VerificationError, InvalidHashError):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "原密码不正确。"), field="old_password") from None
        user.password_hash = _hasher.hash(new)
        tx.stamp(user)
        tx.audit("user", user.id, summary="修改密码")


DEMO_PASSWORD = "demo1234"
DEMO_USERS = (("admin", "系统管理员", "admin"), ("zhuguan", "王主管", "supervisor"),
              ("kefu1", "李晓燕", "clerk"), ("kefu2", "张伟", "clerk"), ("chaxun", "刘查询", "readonly"))


def _demo_users(ctx: ServiceContext, rng, options) -> str:
    """The demo accounts, opened a month back: the demo's history (a month of work) is theirs."""
    import dataclasses
    import datetime as dt

    from app.clock import Clock
    ctx = dataclasses.replace(ctx, clock=Clock((ctx.now() - dt.timedelta(days=31)).replace(microsecond=0)))
    existing = {u.username for u in list_users(ctx)}
    made = []
    for username, name, role in DEMO_USERS:
        if username not in existing:
            save_user(ctx, user_id=None, username=username, display_name=name, role=role, password=DEMO_PASSWORD)
            made.append(username)
    names = "、".join(f"{u}（{n}）" for u, n, _r in DEMO_USERS if u in made)
    return f"新建账号 {names}，演示密码 {DEMO_PASSWORD}" if made else "演示账号已存在"


def _demo_steps():
    from app.services.catalog import DemoStep
    return [DemoStep(5, "用户", _demo_users)]


DEMO_STEPS = _demo_steps()

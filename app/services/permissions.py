"""Who may do what: permissions are "area.verb" strings; roles allow verbs. Deny by default.

A new module needs no change here: its permissions follow from the verbs it uses. Only verbs
listed for a role are allowed to it; an unknown verb is allowed to admins alone.
"""
from __future__ import annotations

from app.texts import QT_TRANSLATE_NOOP

ROLE_LABELS = {
    "admin": QT_TRANSLATE_NOOP("Roles", "系统管理员"),
    "supervisor": QT_TRANSLATE_NOOP("Roles", "主管"),
    "clerk": QT_TRANSLATE_NOOP("Roles", "管理员/客服"),
    "readonly": QT_TRANSLATE_NOOP("Roles", "查询"),
}

READ_VERBS = {"view", "export", "print"}
CLERK_VERBS = READ_VERBS | {
    "create", "edit", "import", "issue", "lend", "return", "report", "dispatch", "complete",
    "accept", "visit", "check", "record", "apply", "backup",
}
SUPERVISOR_VERBS = CLERK_VERBS | {
    "override", "waive", "void", "approve", "close", "delete", "undo", "configure", "decide",
}
ADMIN_ONLY_AREAS = {"users", "system"}

ROLE_VERBS = {"readonly": READ_VERBS, "clerk": CLERK_VERBS, "supervisor": SUPERVISOR_VERBS}


def allowed(role: str | None, permission: str) -> bool:
    """True when `role` may do `permission` ("area.verb")."""
    if not role:
        return False
    if role == "admin":
        return True
    area, _, verb = permission.partition(".")
    if area == "profile":
        return True
    if area in ADMIN_ONLY_AREAS and verb not in READ_VERBS:
        return False
    if area == "audit" and role not in ("supervisor",):
        return False
    return verb in ROLE_VERBS.get(role, set())

"""Roles allow verbs; anything not listed is refused (deny by default)."""
import pytest

from app.services.permissions import allowed


@pytest.mark.parametrize("role,permission,expected", [
    ("readonly", "keys.view", True), ("readonly", "keys.lend", False), ("readonly", "keys.export", True),
    ("clerk", "keys.lend", True), ("clerk", "keys.override", False), ("clerk", "repairs.void", False),
    ("supervisor", "keys.override", True), ("supervisor", "users.edit", False), ("supervisor", "audit.view", True),
    ("clerk", "audit.view", False), ("admin", "users.edit", True), ("admin", "anything.new", True),
    ("clerk", "keys.frobnicate", False), (None, "keys.view", False), ("clerk", "system.restore", False),
    ("readonly", "profile.edit", True),
])
def test_role_verbs(role, permission, expected):
    assert allowed(role, permission) is expected

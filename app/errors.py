"""The errors services raise. No Qt: controllers translate `message` and format it with `params`.

Every message is a source string (Chinese) marked with QT_TRANSLATE_NOOP("Errors", ...), so that
the GUI can show it in the user's language and the command line prints it as it is.
"""
from __future__ import annotations

from app.texts import QT_TRANSLATE_NOOP


class DormDeskError(Exception):
    """Base of every expected failure: a clear message, never a traceback for the user."""

    exit_code = 1

    def __init__(self, message: str, *, field: str | None = None, **params):
        self.message = message
        self.field = field
        self.params = params
        super().__init__(self.text())

    def text(self, translate=None) -> str:
        """The message in the source language, or through `translate(context, text)`."""
        template = translate("Errors", self.message) if translate else self.message
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template


class ValidationError(DormDeskError):
    """The input breaks a rule; `field` names the field at fault when there is one."""

    exit_code = 3


class NotFound(DormDeskError):
    exit_code = 4


class PermissionDenied(DormDeskError):
    exit_code = 1

    def __init__(self, permission: str):
        super().__init__(QT_TRANSLATE_NOOP("Errors", "当前用户没有此操作的权限（{permission}）。"),
                         permission=permission)


class StaleEdit(DormDeskError):
    """Another PC saved the record since it was loaded: nothing is overwritten."""

    def __init__(self, who: str, when):
        when_text = when.strftime("%Y-%m-%d %H:%M:%S") if when else "?"
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "该记录已被 {who} 于 {when} 修改，您的修改未保存。请重新加载后再试。"),
            who=who or "?", when=when_text)


class Conflict(DormDeskError):
    """The action collides with the current state (a key already out, a number taken...)."""


class ReadOnlyDatabase(DormDeskError):
    pass


class DatabaseUnavailable(DormDeskError):
    pass


class LoginFailed(DormDeskError):
    pass


class AccountLocked(DormDeskError):
    pass

"""The one source of the current time, so tests can fix it (local, naive datetimes throughout)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable


class Clock:
    """Callable clock; `Clock(fixed)` always answers `fixed`, advanced by `advance()`."""

    def __init__(self, fixed: dt.datetime | None = None, source: Callable[[], dt.datetime] | None = None):
        self._fixed = fixed
        self._source = source or (lambda: dt.datetime.now().replace(microsecond=0))

    def now(self) -> dt.datetime:
        return self._fixed if self._fixed is not None else self._source()

    def today(self) -> dt.date:
        return self.now().date()

    def advance(self, **delta) -> None:
        if self._fixed is None:
            raise RuntimeError("only a fixed clock can be advanced")
        self._fixed += dt.timedelta(**delta)


SYSTEM_CLOCK = Clock()

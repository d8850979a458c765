"""What every screen needs, handed in through its constructor: the service context (who acts,
which database), the task runner and the per-PC settings."""
from __future__ import annotations

from dataclasses import dataclass

from app.services.context import ServiceContext
from app.settings import Settings
from app.tasks import TaskRunner


@dataclass
class AppState:
    ctx: ServiceContext
    tasks: TaskRunner
    settings: Settings

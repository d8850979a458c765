"""GUI fixtures: an AppState on the test database, with settings in a temporary .ini file."""
import pytest

from app.controllers.app_state import AppState
from app.settings import Settings
from app.tasks import TaskRunner


@pytest.fixture
def state(ctx, tmp_path, qapp):
    runner = TaskRunner()
    yield AppState(ctx, runner, Settings(str(tmp_path / "settings.ini")))
    runner.wait_all(10000)


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch):
    """Message boxes would block an offscreen test: record them instead."""
    shown = []
    from app import feedback
    monkeypatch.setattr(feedback, "info", lambda parent, text, title=None: shown.append(("info", text)))
    monkeypatch.setattr(feedback, "warn", lambda parent, text, title=None: shown.append(("warn", text)))
    monkeypatch.setattr(feedback, "show_error", lambda parent, exc, title=None: shown.append(("error", str(exc))))
    # closing a dialog with typed input asks first (app/widgets/dialog_rules.py): yes, at teardown
    monkeypatch.setattr(feedback, "confirm", lambda parent, text, title=None: shown.append(("confirm", text)) or True)
    return shown


def settle(page, timeout: float = 10.0) -> None:
    """Wait until a page's load (run off the UI thread, controllers/page.py) has shown its rows."""
    import time

    from PySide6.QtCore import QCoreApplication
    deadline = time.monotonic() + timeout
    while page.loading and time.monotonic() < deadline:
        page.state.tasks.pool.waitForDone(5)
        QCoreApplication.processEvents()
    assert not page.loading, "the page did not finish loading"

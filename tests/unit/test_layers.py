"""The layer rule: no Qt below the controllers, no SQLAlchemy in the controllers (imports walked)."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NO_QT = ["app/db", "app/services", "app/importing", "reports"]
NO_SQL = ["app/controllers", "app/qtmodels", "app/widgets"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _files(folders):
    for folder in folders:
        yield from sorted((ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("path", list(_files(NO_QT)), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_qt_below_controllers(path):
    bad = {n for n in _imports(path) if n.split(".")[0] in ("PySide6", "shiboken6")}
    assert not bad, f"{path} imports {bad}"


@pytest.mark.parametrize("path", list(_files(NO_SQL)), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_sqlalchemy_in_controllers(path):
    bad = {n for n in _imports(path) if n.split(".")[0] == "sqlalchemy" or n == "app.db" or n.startswith("app.db.")}
    assert not bad, f"{path} imports {bad}"

"""`pip install .` (a real wheel, not editable) into a new virtualenv: the wheel carries the
generated forms, the .qm translations and the migrations, and `dormdesk --help`, `demo`,
`screenshots` and `--smoke` work with site-packages made read-only and write nothing into it.

(CI runs as root, for whom chmod does not stop writes; the snapshot comparison does.)
"""
import os
import stat
import sys
from pathlib import Path

import pytest

from tests.install.helpers import clean_env, clone_head, run

pytestmark = [pytest.mark.install,
              pytest.mark.skipif(os.environ.get("DORMDESK_SKIP_INSTALL_TESTS") == "1",
                                 reason="DORMDESK_SKIP_INSTALL_TESTS=1")]


def _snapshot(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): p.stat().st_mtime_ns for p in root.rglob("*")}


def _make_read_only(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        mode = path.stat().st_mode
        path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def test_wheel_works_from_read_only_site_packages(tmp_path):
    clone = clone_head(tmp_path / "clone")
    env = clean_env(tmp_path / "home")
    venv = tmp_path / "venv"
    run([sys.base_prefix + "/bin/python3", "-m", "venv", str(venv)], tmp_path, env)
    run([str(venv / "bin" / "pip"), "install", "-q", str(clone)], tmp_path, env)
    site = next((venv / "lib").glob("python3*/site-packages"))
    assert (site / "ui" / "generated" / "ui_main_window.py").exists()
    assert (site / "app" / "translations" / "dormdesk_en.qm").exists()
    assert (site / "app" / "db" / "migrations" / "versions" / "0001_foundation.py").exists()
    assert not (site / "pyproject.toml").exists()
    packages = [site / name for name in ("app", "ui", "reports")]
    before = {str(p): _snapshot(p) for p in packages}
    for p in packages:
        _make_read_only(p)
    dormdesk = str(venv / "bin" / "dormdesk")
    try:
        done = run([dormdesk, "--help"], tmp_path, env)
        assert "screenshots" in done.stdout
        run([dormdesk, "demo", "--students", "60"], tmp_path, env)
        done = run([dormdesk, "screenshots", str(tmp_path / "shots")], tmp_path, env)
        assert len(list((tmp_path / "shots").glob("*.png"))) >= 5, done.stdout
        (tmp_path / "pw").write_text("demo1234", encoding="utf-8")
        done = run([dormdesk, "--smoke", "--smoke-user", "admin", "--smoke-password-file", str(tmp_path / "pw"),
                    "--lang", "en"], tmp_path, env)
        assert "every page opened" in done.stdout, done.stdout
    finally:
        for p in packages:
            for path in [p, *p.rglob("*")]:
                path.chmod(path.stat().st_mode | stat.S_IWUSR)
    after = {str(p): _snapshot(p) for p in packages}
    assert after == before, "files were written into site-packages at run time"

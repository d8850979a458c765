"""Shared by the install tests: a clean clone of HEAD, the README's commands, running commands
with a private data folder."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def readme_commands() -> list[str]:
    """The README's code blocks that are commands, in order (the first two: start, tests)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [block.strip() for block in re.findall(r"```\n(.*?)```", text, re.S)]


def clone_head(target: Path) -> Path:
    """`git clone` of the working tree's HEAD (what was committed, nothing built)."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        if os.environ.get("DORMDESK_REQUIRE_INSTALL_TESTS") == "1":
            pytest.fail("the install tests need git and a git checkout (DORMDESK_REQUIRE_INSTALL_TESTS=1)")
        pytest.skip("needs git and a git checkout")
    git = ["git", "-c", "safe.directory=*"]  # CI may run as another user than the checkout's owner
    subprocess.run([*git, "clone", "--quiet", "--no-hardlinks", str(ROOT), str(target)], check=True)
    head = subprocess.run([*git, "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    subprocess.run([*git, "checkout", "--quiet", "--detach", head.strip()], cwd=target, check=True)
    assert not (target / "ui" / "generated").exists()
    return target


def clean_env(home: Path) -> dict:
    """The environment of a new user: no virtualenv, no database variable, offscreen Qt."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("DORMDESK_", "VIRTUAL_ENV", "PYTHONPATH", "PYTEST", "QT_"))}
    bin_dir = str(Path(os.environ.get("VIRTUAL_ENV", "/nonexistent")) / "bin")
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p != bin_dir)
    env.update(DORMDESK_HOME=str(home), DORMDESK_SETTINGS=str(home / "settings.ini"),
               QT_QPA_PLATFORM="offscreen", PIP_DISABLE_PIP_VERSION_CHECK="1")
    home.mkdir(parents=True, exist_ok=True)
    return env


def run(cmd, cwd: Path, env: dict, timeout: int = 900) -> subprocess.CompletedProcess:
    shell = isinstance(cmd, str)
    done = subprocess.run(cmd, cwd=cwd, env=env, shell=shell, executable="/bin/bash" if shell else None,
                          capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{cmd} exited {done.returncode}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done

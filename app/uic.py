"""Compiling Designer forms and translations when they are stale (as calibre does at start-up).

ui/<name>.ui -> ui/generated/ui_<name>.py with pyside6-uic; resources/translations/*.ts -> .qm
with pyside6-lrelease. Runs in a checkout at start, in the tests and in CI; it is quick when
nothing changed.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from app.paths import PROJECT_ROOT

UI_DIR = PROJECT_ROOT / "ui"
GENERATED = UI_DIR / "generated"
TRANSLATIONS = PROJECT_ROOT / "resources" / "translations"


def _tool(name: str) -> list[str]:
    exe = Path(sys.executable).with_name(name)
    if exe.exists():
        return [str(exe)]
    found = shutil.which(name)
    if found:
        return [found]
    import PySide6
    base = Path(PySide6.__file__).parent
    tool = {"pyside6-uic": "uic", "pyside6-lrelease": "lrelease"}[name]
    for candidate in (base / tool, base / "Qt" / "libexec" / tool, base / f"{tool}.exe"):
        if candidate.exists():
            return [str(candidate)] + (["-g", "python"] if tool == "uic" else [])
    raise FileNotFoundError(name)


def compile_forms(force: bool = False) -> list[Path]:
    GENERATED.mkdir(exist_ok=True)
    (GENERATED / "__init__.py").touch()
    built = []
    for form in sorted(UI_DIR.glob("*.ui")):
        target = GENERATED / f"ui_{form.stem}.py"
        if force or not target.exists() or target.stat().st_mtime < form.stat().st_mtime:
            subprocess.run(_tool("pyside6-uic") + [str(form), "-o", str(target)], check=True)
            built.append(target)
    return built


def compile_translations(force: bool = False) -> list[Path]:
    built = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run(_tool("pyside6-lrelease") + ["-silent", str(ts), "-qm", str(qm)], check=True)
            built.append(qm)
    return built


def ensure_built() -> None:
    if UI_DIR.exists():
        compile_forms()
    if TRANSLATIONS.exists():
        try:
            compile_translations()
        except (FileNotFoundError, subprocess.CalledProcessError):
            pass  # the interface then stays in Chinese, the source language


if __name__ == "__main__":
    compile_forms(force="--force" in sys.argv)
    compile_translations(force="--force" in sys.argv)

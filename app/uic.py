"""Compiling Designer forms and translations.

ui/<name>.ui -> ui/generated/ui_<name>.py with pyside6-uic; resources/translations/*.ts ->
app/translations/*.qm with pyside6-lrelease.

Where this runs:
- at package build time: setup.py's build step (as Anki compiles its forms when it builds) writes
  the modules and .qm files into the wheel; `pip install -e .` builds them in the checkout;
- in a checkout (a folder with pyproject.toml): `ui/__init__.py` calls `ensure_built()` before the
  first generated module is imported, rebuilding a form whose .ui is newer (as calibre does);
- never in an installed package or a bundle: nothing is written there at run time.

This module imports nothing from `app`, so setup.py can load it by path in an isolated build
environment (which has PySide6-Essentials but not DormDesk's other dependencies).
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
UI_DIR = PROJECT_ROOT / "ui"
GENERATED = UI_DIR / "generated"
TS_DIR = PROJECT_ROOT / "resources" / "translations"
QM_DIR = PROJECT_ROOT / "app" / "translations"


class BuildError(ImportError):
    """A form or translation could not be compiled (the message names the file and the tool). An
    ImportError: in a checkout it stops the import of the generated module that would be stale."""


def is_checkout(root: Path = PROJECT_ROOT) -> bool:
    """True in a source checkout (forms may be rebuilt); False in site-packages or a bundle."""
    if getattr(sys, "frozen", False):
        return False
    return (root / "pyproject.toml").is_file() and (root / "ui").is_dir()


def _tool(name: str) -> list[str]:
    import shutil
    for exe in (Path(sys.executable).with_name(name), Path(sys.executable).with_name(f"{name}.exe")):
        if exe.exists():
            return [str(exe)]
    found = shutil.which(name)
    if found:
        return [found]
    try:
        import PySide6
    except ImportError as exc:
        raise BuildError(f"{name} not found: PySide6 is not installed in {sys.prefix}") from exc
    base = Path(PySide6.__file__).parent
    tool = {"pyside6-uic": "uic", "pyside6-lrelease": "lrelease"}[name]
    for candidate in (base / tool, base / "Qt" / "libexec" / tool, base / f"{tool}.exe",
                      base / "Qt" / "libexec" / f"{tool}.exe"):
        if candidate.exists():
            return [str(candidate)] + (["-g", "python"] if tool == "uic" else [])
    raise BuildError(f"{name} not found next to {sys.executable} nor in {base}")


def _run(cmd: list[str], source: Path) -> None:
    import subprocess
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise BuildError(f"{Path(cmd[0]).name} failed on {source}: {(done.stderr or done.stdout).strip()[:500]}")


_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.M)


# Widgets whose constructor has an overload with a Qt enum first (QDialogButtonBox(Qt.Orientation),
# QSplitter(Qt.Orientation)): PySide6 resolves uic's positional `Class(parent)` against it and builds
# the whole Qt namespace, 15 ms for the first button box. `parent=` skips that (for a widget it is the
# same as the positional parent; not so for layouts, which are left alone).
_PARENT_ONLY = frozenset({"QDialogButtonBox", "QSplitter"})
_CONSTRUCT = re.compile(r"= (Q[A-Za-z]+)\(([A-Za-z_][\w.]*)\)$", re.M)


def optimise(code: str) -> str:
    """What the build step changes in uic's output: unused Qt imports dropped, parents by keyword."""
    code = _CONSTRUCT.sub(lambda m: f"= {m.group(1)}(parent={m.group(2)})" if m.group(1) in _PARENT_ONLY
                          else m.group(0), code)
    return trim_imports(code)


def trim_imports(code: str) -> str:
    """Keep only the Qt names a generated module uses. uic imports some 40 classes per form, and
    PySide6 initialises each imported class on first access: about 25 ms per form at start-up."""
    body = re.sub(r"^#.*$", "", _IMPORT.sub("", code), flags=re.M)

    def keep(match: re.Match) -> str:
        names = [n.strip() for n in match.group(2).split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{n}\b", body)]
        return f"from {match.group(1)} import ({', '.join(used)})\n" if used else ""

    return _IMPORT.sub(keep, code)


def _stale(target: Path, source: Path) -> bool:
    return not target.exists() or target.stat().st_mtime < source.stat().st_mtime


def compile_forms(force: bool = False, target_dir: Path = GENERATED) -> list[Path]:
    """Compile every stale form into `target_dir` (a package); returns the modules written."""
    target_dir.mkdir(parents=True, exist_ok=True)
    init = target_dir / "__init__.py"
    if not init.exists():
        init.write_text('"""Modules compiled from ui/*.ui by app/uic.py (not committed)."""\n')
    built = []
    for form in sorted(UI_DIR.glob("*.ui")):
        target = target_dir / f"ui_{form.stem}.py"
        if force or _stale(target, form):
            partial = target.with_suffix(".tmp")
            _run(_tool("pyside6-uic") + [str(form), "-o", str(partial)], form)
            partial.write_text(optimise(partial.read_text(encoding="utf-8")), encoding="utf-8")
            os.replace(partial, target)  # an interrupted build never leaves half a module
            built.append(target)
    return built


def compile_translations(force: bool = False, target_dir: Path = QM_DIR) -> list[Path]:
    """Compile every stale .ts into a .qm in `target_dir`; returns the files written."""
    target_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = target_dir / f"{ts.stem}.qm"
        if force or _stale(qm, ts):
            _run(_tool("pyside6-lrelease") + ["-silent", str(ts), "-qm", str(qm)], ts)
            built.append(qm)
    return built


def ensure_built() -> None:
    """In a checkout, rebuild stale forms and translations; elsewhere do nothing."""
    if not is_checkout():
        return
    compile_forms()
    try:
        compile_translations()
    except BuildError:
        pass  # the interface then stays in Chinese, the source language


if __name__ == "__main__":
    compile_forms(force="--force" in sys.argv)
    compile_translations(force="--force" in sys.argv)

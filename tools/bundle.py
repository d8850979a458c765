"""`python -m tools.bundle`: the desktop bundle for office PCs (PyInstaller one-folder build).

Compiles the forms and translations, runs PyInstaller on packaging/dormdesk.spec into
dist/DormDesk/, then (unless --no-check) starts the bundle with `--smoke` in an environment without
this Python (a private data folder, no PYTHONPATH, no virtualenv on PATH) and fails if it does not
exit 0. `--zip` also writes dist/DormDesk-<version>-<platform>.zip. Needs `pip install pyinstaller`.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from app import __version__, uic

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "dormdesk.spec"
DIST = ROOT / "dist"
BUNDLE = DIST / "DormDesk"


def build(dist: Path = DIST, work: Path = ROOT / "build" / "pyinstaller") -> Path:
    """Run PyInstaller; returns the bundle folder (dist/DormDesk)."""
    uic.compile_forms()
    uic.compile_translations()
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("PyInstaller is not installed: pip install pyinstaller") from None
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
                   cwd=ROOT, check=True)
    return dist / "DormDesk"


def executable(bundle: Path = BUNDLE) -> Path:
    return bundle / ("DormDesk.exe" if sys.platform == "win32" else "DormDesk")


def bundle_env(home: Path) -> dict:
    """A machine without this Python: no virtualenv, no PYTHON* variables, a private data folder."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "DORMDESK_", "QT_"))}
    venv_bin = str(Path(sys.prefix) / "bin")
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p != venv_bin)
    env.update(DORMDESK_HOME=str(home), DORMDESK_SETTINGS=str(home / "settings.ini"), QT_QPA_PLATFORM="offscreen")
    return env


def check(bundle: Path = BUNDLE) -> subprocess.CompletedProcess:
    """Start the bundle with --smoke: first-run dialog reached, exit 0."""
    home = Path(tempfile.mkdtemp(prefix="dormdesk-bundle-"))
    done = subprocess.run([str(executable(bundle)), "--smoke"], env=bundle_env(home), cwd=home,
                          capture_output=True, text=True, timeout=300)
    windowed = sys.platform == "win32"  # console=False there: no output, the exit code tells
    if done.returncode != 0 or (not windowed and "first-run dialog reached" not in done.stdout):
        raise SystemExit(f"the bundle did not start (exit {done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done


def make_zip(bundle: Path = BUNDLE) -> Path:
    name = f"DormDesk-{__version__}-{platform.system().lower()}-{platform.machine().lower()}"
    return Path(shutil.make_archive(str(bundle.parent / name), "zip", bundle.parent, bundle.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.bundle", description=__doc__)
    parser.add_argument("--no-check", action="store_true", help="do not start the bundle afterwards")
    parser.add_argument("--zip", action="store_true", help="also zip the bundle folder")
    args = parser.parse_args(argv)
    bundle = build()
    print(f"bundle: {bundle}")
    if not args.no_check:
        print(check(bundle).stdout, end="")
    if args.zip:
        print(f"zip: {make_zip(bundle)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

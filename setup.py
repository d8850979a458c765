"""The build step: compile the Designer forms and the translations when the package is built.

A wheel carries ui/generated/*.py and app/translations/*.qm; `pip install -e .` builds them in the
checkout. Everything else is declared in setup.cfg.
"""
import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _uic():
    """app/uic.py loaded by path: the build environment has PySide6 but not DormDesk's other deps."""
    spec = importlib.util.spec_from_file_location("_dormdesk_uic", ROOT / "app" / "uic.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithForms(build_py):
    """build_py, then pyside6-uic over ui/*.ui and pyside6-lrelease over resources/translations/*.ts."""

    def run(self):
        super().run()
        uic = _uic()
        if self.editable_mode:  # the checkout itself is imported: build in place, when stale
            self._generated = uic.compile_forms() + uic.compile_translations()
            return
        build_lib = Path(self.build_lib)
        generated = build_lib / "ui" / "generated"
        self._generated = (uic.compile_forms(force=True, target_dir=generated)
                           + uic.compile_translations(force=True, target_dir=build_lib / "app" / "translations")
                           + [generated / "__init__.py"])

    def get_outputs(self, include_bytecode=1):
        return super().get_outputs(include_bytecode) + [str(p) for p in getattr(self, "_generated", [])]


setup(cmdclass={"build_py": BuildPyWithForms})

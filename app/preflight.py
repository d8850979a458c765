"""Clear messages instead of tracebacks when the machine lacks what the GUI needs: a Qt system
library, a display, a Chinese font, or a generated form module that is missing or broken.

Messages are in Chinese and English (without a Chinese font the Chinese half shows as boxes) and
name the Debian package to install on Linux. Checks that cost time run only after something failed
or where Qt would otherwise abort the process (the xcb platform plugin).
"""
from __future__ import annotations

import os
import re
import sys

# Shared library (as the loader names it) -> Debian package.
DEBIAN_PACKAGES = {
    "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libOpenGL.so.0": "libopengl0",
    "libxkbcommon.so.0": "libxkbcommon0", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1",
    "libSM.so.6": "libsm6", "libICE.so.6": "libice6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-util.so.1": "libxcb-util1", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-xfixes.so.0": "libxcb-xfixes0",
}
# What Qt's xcb platform plugin loads; without one of them Qt aborts with "could not load xcb".
XCB_LIBRARIES = ("libxkbcommon-x11.so.0", "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-image.so.0",
                 "libxcb-keysyms.so.1", "libxcb-render-util.so.0", "libxcb-render.so.0",
                 "libxcb-shape.so.0", "libxcb-util.so.1", "libxcb-xkb.so.1")
FONT_PACKAGE = "fonts-wqy-zenhei"


class MissingLibrary(RuntimeError):
    """The GUI cannot start on this machine; the message says what to install."""


def _install_hint(packages: list[str]) -> str:
    unique = " ".join(dict.fromkeys(packages))
    return (f"Debian/Ubuntu: sudo apt-get install {unique}\n"
            f"（请安装上述系统软件包 / install the packages above）")


def library_message(missing: list[str]) -> str:
    packages = [DEBIAN_PACKAGES.get(name, name) for name in missing]
    return ("DormDesk 无法启动：缺少 Qt 需要的系统库 / cannot start, Qt needs system libraries: "
            + ", ".join(missing) + "\n" + _install_hint(packages))


def missing_from_import_error(exc: ImportError) -> str | None:
    """The shared library an ImportError of PySide6 names ("libEGL.so.1: cannot open ...")."""
    found = re.search(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object", str(exc))
    return found.group(1) if found else None


def _platform() -> str:
    return (os.environ.get("QT_QPA_PLATFORM") or "").split(":")[0]


def missing_xcb_libraries() -> list[str]:
    import ctypes
    missing = []
    for name in XCB_LIBRARIES:
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.append(name)
    return missing


def check_gui() -> None:
    """Before QApplication: Qt's widgets load, and on Linux the chosen platform can start."""
    try:
        import PySide6.QtWidgets  # noqa: F401
    except ImportError as exc:
        name = missing_from_import_error(exc)
        if name is None:
            raise MissingLibrary(f"DormDesk 无法加载 Qt (PySide6) / cannot load Qt: {exc}\n"
                                 "pip install --force-reinstall PySide6") from exc
        raise MissingLibrary(library_message([name])) from exc
    if not sys.platform.startswith("linux"):
        return
    platform = _platform()
    if platform in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "wayland"):
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        raise MissingLibrary(
            "DormDesk 需要图形桌面：没有可用的显示器 (DISPLAY) / no display to open a window on.\n"
            "在桌面会话中启动，或用 xvfb-run dormdesk；无窗口检查请用 dormdesk --smoke "
            "(start it in a desktop session, under xvfb-run, or use --smoke).")
    if platform in ("", "xcb") and not os.environ.get("WAYLAND_DISPLAY"):
        missing = missing_xcb_libraries()
        if missing:
            raise MissingLibrary(library_message(missing))


def register_bundled_font() -> None:
    """After QApplication, before the first window: the bundle's own Chinese font."""
    from app.paths import bundled_font
    font = bundled_font()
    if font is not None:
        from PySide6.QtGui import QFontDatabase
        QFontDatabase.addApplicationFont(str(font))


def check_fonts() -> bool:
    """Warn (stderr, and a dialog on a real screen) when no Chinese font is installed. Returns
    whether one is available."""
    from PySide6.QtGui import QFontDatabase
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return True
    text = ("未找到中文字体，界面文字会显示为方框 / No Chinese font found: the interface would show boxes.\n"
            + _install_hint([FONT_PACKAGE]) + "\nWindows: 微软雅黑/宋体 are part of Windows (Chinese language pack).")
    print(text, file=sys.stderr)
    if _platform() != "offscreen":
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.warning(None, "DormDesk", text)
    return False


def report_broken_module(exc: BaseException) -> int:
    """A generated form (ui.generated.*) or a dependency cannot be imported: say which and how to
    rebuild or reinstall it, on stderr and in a dialog when Qt is up. Returns exit code 1."""
    from app import uic
    name = getattr(exc, "name", None) or getattr(exc, "filename", None) or str(exc)
    if isinstance(exc, uic.BuildError):
        text = (f"界面表单无法编译 / a Designer form cannot be compiled:\n{exc}\n"
                "pip install --force-reinstall PySide6")
    elif "ui.generated" in str(name) or "ui/generated" in str(name) or "generated" in str(exc):
        if uic.is_checkout():
            fix = f"cd {uic.PROJECT_ROOT} && python -m app.uic --force"
        elif getattr(sys, "frozen", False):
            fix = "重新安装 DormDesk 桌面包 / reinstall the DormDesk bundle"
        else:
            fix = "pip install --force-reinstall --no-deps dormdesk"
        text = (f"界面模块缺失或损坏 / a generated form module is missing or broken: {name}\n"
                f"({type(exc).__name__}: {exc})\n重新生成 / rebuild: {fix}")
    else:
        text = (f"DormDesk 缺少组件 / a component is missing: {name} ({type(exc).__name__}: {exc})\n"
                "pip install --force-reinstall dormdesk")
    print(text, file=sys.stderr)
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox
        if QApplication.instance() is not None and _platform() != "offscreen":
            QMessageBox.critical(None, "DormDesk", text)
    except ImportError:
        pass
    return 1

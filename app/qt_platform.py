"""Before Qt starts on Linux: are the system libraries of Qt's xcb platform plugin installed?

When one is missing, Qt aborts the process with a message that names only ``xcb-cursor0``; we
look first and name every Debian package still to install. No Qt import here (Qt is what fails).
"""
from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable

# Debian package -> the shared library Qt's xcb plugin loads from it (Debian 12, Qt 6.5+).
XCB_PACKAGES = {
    "libxcb-cursor0": "libxcb-cursor.so.0",
    "libxcb-icccm4": "libxcb-icccm.so.4",
    "libxcb-image0": "libxcb-image.so.0",
    "libxcb-keysyms1": "libxcb-keysyms.so.1",
    "libxcb-render-util0": "libxcb-render-util.so.0",
    "libxcb-render0": "libxcb-render.so.0",
    "libxcb-shape0": "libxcb-shape.so.0",
    "libxcb-util1": "libxcb-util.so.1",
    "libxcb-xkb1": "libxcb-xkb.so.1",
    "libxkbcommon-x11-0": "libxkbcommon-x11.so.0",
    "libxkbcommon0": "libxkbcommon.so.0",
    "libegl1": "libEGL.so.1",
    "libgl1": "libGL.so.1",
    "libfontconfig1": "libfontconfig.so.1",
    "libdbus-1-3": "libdbus-1.so.3",
    "libglib2.0-0": "libglib-2.0.so.0",
}


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(environ=None, platform: str | None = None) -> bool:
    """Will Qt pick its xcb plugin? (Linux, and QT_QPA_PLATFORM is xcb or unset on an X display.)"""
    environ = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def missing_packages(loads: Callable[[str], bool] = _loads) -> list[str]:
    """The Debian packages whose library cannot be loaded, in install order."""
    return [package for package, soname in XCB_PACKAGES.items() if not loads(soname)]


def install_hint(missing: list[str]) -> str:
    return ("宿管台无法启动图形界面：Qt 的 xcb 平台插件缺少系统库。请安装以下 Debian 软件包后重试：\n"
            f"  sudo apt-get install {' '.join(missing)}\n"
            "DormDesk cannot start its window: Qt's xcb platform plugin lacks system libraries. "
            "Install the Debian packages above and start again.")


def check_xcb(environ=None, loads: Callable[[str], bool] = _loads) -> str | None:
    """The message to show when the xcb plugin cannot load; None when all is there (or not xcb)."""
    if not uses_xcb(environ):
        return None
    missing = missing_packages(loads)
    return install_hint(missing) if missing else None

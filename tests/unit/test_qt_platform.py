"""Issue 15 item 4: when Qt's xcb plugin cannot load, DormDesk names the Debian packages to install
(app/preflight.py); the README and .ci/run list the full set."""
from pathlib import Path

from app import preflight

ROOT = Path(__file__).resolve().parents[2]
XCB_SET = ("libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1", "libxcb-render-util0",
           "libxcb-render0", "libxcb-shape0", "libxcb-util1", "libxcb-xkb1", "libxkbcommon-x11-0")


def test_missing_libraries_are_named_as_debian_packages():
    message = preflight.library_message(["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in message
    assert "libxcb-shape0" not in message


def test_the_xcb_check_covers_the_full_set():
    assert set(XCB_SET) <= {preflight.DEBIAN_PACKAGES[name] for name in preflight.XCB_LIBRARIES}


def test_readme_and_ci_list_the_full_xcb_set():
    for path in (ROOT / "README.md", ROOT / ".ci" / "run"):
        text = path.read_text(encoding="utf-8")
        assert all(p in text for p in XCB_SET), path

"""The desktop bundle (PyInstaller one-folder, packaging/dormdesk.spec): it builds, and started
without this Python it reaches the first-run dialog (--smoke), fills a demo database, logs in and
opens every page, and prints a PDF with the bundled Chinese font embedded.

About 1-2 minutes and 270 MB in a temporary folder; runs where PyInstaller is installed (the test
extras install it), DORMDESK_SKIP_INSTALL_TESTS=1 skips it.
"""
import os
import sqlite3
import subprocess

import pytest
from pypdf import PdfReader

pytestmark = [pytest.mark.install,
              pytest.mark.skipif(os.environ.get("DORMDESK_SKIP_INSTALL_TESTS") == "1",
                                 reason="DORMDESK_SKIP_INSTALL_TESTS=1")]


def test_bundle_builds_and_starts_without_python(tmp_path):
    pytest.importorskip("PyInstaller")
    from tools import bundle
    folder = bundle.build(dist=tmp_path / "dist", work=tmp_path / "work")
    assert (folder / "_internal" / "fonts").is_dir()
    assert list((folder / "_internal" / "app" / "translations").glob("*.qm"))
    assert bundle.check(folder).returncode == 0

    home = tmp_path / "home"
    home.mkdir()
    env = bundle.bundle_env(home)
    exe = str(bundle.executable(folder))

    def run(*args):
        done = subprocess.run([exe, *args], env=env, cwd=home, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, f"{args}: {done.stdout[-2000:]}\n{done.stderr[-2000:]}"
        return done

    run("demo", "--students", "40")
    (home / "pw").write_text("demo1234")
    done = run("--smoke", "--smoke-user", "admin", "--smoke-password-file", str(home / "pw"))
    assert "every page opened" in done.stdout
    with sqlite3.connect(home / "dormdesk.sqlite3") as conn:
        slip_no = conn.execute("SELECT slip_no FROM repair_slip ORDER BY id LIMIT 1").fetchone()[0]
    run("print", "repair-slip", slip_no, "-o", str(home / "slip.pdf"))
    fonts = {str(f.get("/BaseFont")) for page in PdfReader(home / "slip.pdf").pages
             for f in page["/Resources"]["/Font"].get_object().values()}
    assert any("WenQuanYiZenHei" in f for f in fonts), fonts  # embedded subset of the bundled font
    assert bundle.make_zip(folder).stat().st_size > 10_000_000

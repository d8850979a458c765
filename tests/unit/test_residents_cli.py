"""`dormdesk import students` and `dormdesk export register students` through the real command line."""
import json

from app import cli
from tests import factories
from tests import roster_files as rf


def test_import_students_command(tmp_path, capsys):
    from app.services.bootstrap import prepare
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    db = prepare(url)
    factories.building(db, "1号楼", "男", rooms=("101", "103"))
    db.dispose()
    roster = rf.write_csv(tmp_path / "名单.csv", rf.messy_rows(), "gbk")
    assert cli.main(["import", "students", str(roster), "--db", url, "--dry-run", "--json"]) == 3
    report = json.loads(capsys.readouterr().out)
    assert report["inserted"] == 5 and report["created_rooms"] == 2 and len(report["rejected"]) == 14
    assert cli.main(["import", "students", str(roster), "--db", url, "--json"]) == 3
    assert json.loads(capsys.readouterr().out)["inserted"] == 5
    again = cli.main(["import", "students", str(roster), "--db", url, "--json"])
    assert again == 3 and json.loads(capsys.readouterr().out)["inserted"] == 0
    out = tmp_path / "名册.xlsx"
    assert cli.main(["export", "register", "students", "--month", "2026-09", "-o", str(out), "--db", url]) == 0
    capsys.readouterr()
    assert cli.main(["import", "students", str(out), "--db", url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"accepted": 5, "inserted": 0, "updated": 0, "created_rooms": 0,
                                                   "rejected": []}
    assert cli.main(["import", "students", str(tmp_path / "none.xlsx"), "--db", url]) == 4
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"\x00garbage" * 50)
    assert cli.main(["import", "students", str(bad), "--db", url]) == 3
    assert "无法识别" in capsys.readouterr().err

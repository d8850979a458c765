"""Messy student rosters as schools send them, written in the tests: title rows, IDs typed as
numbers, full-width digits, blanks, a totals row and one row for every rejection rule."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from app.importing import idcard

HEADERS = ["序号", "学生编号", "姓名", "性别", "身份证号码", "院系", "班级", "手机号", "宿舍楼", "宿舍号", "床位号", "入住时间"]


def ident(n: int, male: bool = True, birth=dt.date(2007, 5, 1)) -> str:
    return idcard.make("110101", birth, n, male)


def good_rows() -> list[list]:
    """Five valid rows in awkward forms; their expected clean values are in EXPECTED."""
    return [
        [1, 2026010001.0, "张三", "男", ident(11), "计算机学院", "计科2601", 13800138000.0, "1号楼", 101, 1, dt.date(2026, 9, 1)],
        [2, "２０２６０１０００２", " 李 四 ", "", ident(13), "计算机学院", "计科2601", "138-0013-8001", "1号楼", "101", "2", "2026/9/1"],
        [3, "0026010003", "王五", "男", ident(15), "文学院", "汉语言2601", "+86 13800138002", "1号楼", "102", "", "2026.09.01"],
        [4, "2026010004", "欧阳娜", "女", ident(16, male=False), "外国语学院", "英语2601", "13800138003", "2号楼", "201", "1", "2026年9月1日"],
        [5, "2026010005", "赵六", "男", "", "理学院", "数学2601", "", "", "", "", ""],
    ]


EXPECTED = {
    "2026010001": {"name": "张三", "gender": "m", "phone": "13800138000", "bed": ("1号楼", "101", "1")},
    "2026010002": {"name": "李 四", "gender": "m", "phone": "13800138001", "bed": ("1号楼", "101", "2")},
    "0026010003": {"name": "王五", "gender": "m", "phone": "13800138002"},
    "2026010004": {"name": "欧阳娜", "gender": "f", "phone": "13800138003", "bed": ("2号楼", "201", "1")},
    "2026010005": {"name": "赵六", "gender": "m", "phone": None},
}


def bad_rows() -> list[tuple[list, str, str]]:
    """(row, column, a word of the reason) for every rule the file alone can break."""
    return [
        ([6, "", "无学号", "男", "", "", "", "", "", "", "", ""], "学号", "学号为空"),
        ([7, "2026010007", "", "男", "", "", "", "", "", "", "", ""], "姓名", "姓名为空"),
        ([8, "2026010008", "格式错", "男", "11010120070501", "", "", "", "", "", "", ""], "身份证号", "18位"),
        ([9, "2026010009", "生日错", "男", "110101200713010012", "", "", "", "", "", "", ""], "身份证号", "出生日期"),
        ([10, "2026010010", "校验错", "男", ident(21)[:17] + ("0" if ident(21)[17] != "0" else "1"), "", "", "", "", "", "", ""],
         "身份证号", "校验位"),
        ([11, "2026010011", "性别错", "女", ident(23), "", "", "", "", "", "", ""], "性别", "不一致"),
        ([12, "2026010012", "未知性别", "其他", "", "", "", "", "", "", "", ""], "性别", "男"),
        ([13, "2026010013", "电话错", "男", "", "", "", "12345", "", "", "", ""], "联系电话", "11位"),
        ([14, "2026010014", "日期错", "男", "", "", "", "", "", "", "", "明天"], "入住日期", "无法识别"),
        ([15, "2026010015", "重号甲", "男", "", "", "", "", "", "", "", ""], "学号", "多次"),
        ([16, "2026010015", "重号乙", "男", "", "", "", "", "", "", "", ""], "学号", "多次"),
        ([17, "2026010017", "抢床甲", "男", "", "", "", "", "1号楼", "103", "1", ""], "床号", "多行"),
        ([18, "2026010018", "抢床乙", "男", "", "", "", "", "1号楼", "103", "1", ""], "床号", "多行"),
        ([19, "2026010019", "数字身份证", "男", 110101200705010011.0, "", "", "", "", "", "", ""], "身份证号", "数字"),
    ]


def messy_rows(include_bad: bool = True) -> list[list]:
    """Title rows, a blank row, the header, data, a blank row inside, a totals row."""
    rows = [["2026级新生住宿名单"], ["制表单位：学生公寓管理中心", None, None, "日期：2026-08-20"], [], HEADERS]
    data = good_rows()
    rows += data[:2] + [[None] * len(HEADERS)] + data[2:]
    if include_bad:
        rows += [r for r, _c, _w in bad_rows()]
    rows += [["合计", None, f"{len(data)}人"]]
    return rows


def first_data_row() -> int:
    return 5  # Excel row of the first data row in messy_rows()


def write_xlsx(path: Path, rows: list[list]) -> Path:
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def write_xls(path: Path, rows: list[list]) -> Path:
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("名单")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, dt.date):
                ws.write(r, c, value, date_style)
            else:
                ws.write(r, c, value)
    wb.save(str(path))
    return path


def write_csv(path: Path, rows: list[list], encoding: str = "gbk") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh)
        for row in rows:
            w.writerow(["" if v is None else (v.isoformat() if isinstance(v, dt.date) else
                                               (f"{v:.0f}" if isinstance(v, float) else v)) for v in row])
    return path

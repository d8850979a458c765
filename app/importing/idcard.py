"""Mainland resident identity numbers (公民身份号码, GB 11643-1999): format, birth date, check digit."""
from __future__ import annotations

import datetime as dt
import re
from operator import mul

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"
_FORMAT = re.compile(r"^\d{17}[\dX]$")


def check_char(first17: str) -> str:
    """The 18th character for the first 17 digits."""
    return CHECK_CHARS[sum(map(mul, map(int, first17), WEIGHTS)) % 11]


def problem(number: str, today: dt.date | None = None) -> str | None:
    """None when `number` is a valid 18-character ID number, else the reason in Chinese."""
    if not _FORMAT.match(number):
        return "身份证号应为18位（前17位数字，末位数字或X）"
    try:
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return "身份证号中的出生日期无效"
    if birth.year < 1900 or (today and birth > today):
        return "身份证号中的出生日期无效"
    if check_char(number[:17]) != number[17]:
        return "身份证号校验位错误"
    return None


def birth_date(number: str) -> dt.date:
    return dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))


def gender(number: str) -> str:
    """"m" (男) for an odd 17th digit, "f" (女) for an even one: the codes of residents.gender."""
    return "m" if int(number[16]) % 2 else "f"


def make(area: str, birth: dt.date, serial: int, male: bool) -> str:
    """A valid number (demo data and tests): 6-digit area code, birth date, 3-digit serial."""
    serial = serial % 1000
    if (serial % 2 == 1) != male:
        serial = (serial + 1) % 1000
    first = f"{area}{birth:%Y%m%d}{serial:03d}"
    return first + check_char(first)

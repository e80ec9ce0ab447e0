"""Chinese resident ID numbers (居民身份证号码, GB 11643): parsing, checking and what they tell."""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from unionapp.domain.errors import DomainError
from unionapp.domain.text import clean_text

_EARLIEST_BIRTH = date(1900, 1, 1)
_ID18 = re.compile(r"\d{17}[\dX]", re.ASCII)
_ID15 = re.compile(r"\d{15}", re.ASCII)
_DIGITS17 = re.compile(r"\d{17}", re.ASCII)
# "3.70602E+17" is how Excel displays (and CSV exports) an ID typed into a number cell;
# "370602198901018000.0" is what some tools write for the same float.
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:\.\d*)?[eE][+-]?\d+", re.ASCII)
_DECIMAL_POINT = re.compile(r"[+-]?\d+\.\d*", re.ASCII)
# 15 digits: the smallest magnitude an ID number (old or new) can have.
_ID_MAGNITUDE = 10**14
# The check character by (the first 17 digits read in base 13) mod 11: GB 11643 weighs digit k
# (from the right, k = 1 for the 17th) by 2**k mod 11, and 13 ≡ 2 (mod 11), so int(first17, 13)
# carries the weighted sum in one C call (python-stdnum's own trick).
_CHECK_BY_SUM = tuple("X" if (1 - 2 * s) % 11 == 10 else str((1 - 2 * s) % 11) for s in range(11))
# Birth dates by their 8 digits (None: no such day). A roster repeats them endlessly; the
# dictionary stays small (about 55,000 days in 150 years, far fewer in practice).
_BIRTH_DATES: dict[str, date | None] = {}


@dataclass(frozen=True)
class IdInfo:
    number: str  # always the 18-character form, upper-case X
    birth_date: date
    sex: str  # "男" or "女"
    region_code: str
    region_known: bool
    converted_from_15: bool


def id_check_digit(first17: str) -> str:
    """The 18th character (0-9 or X) for the first 17 digits."""
    if not _DIGITS17.fullmatch(first17):
        raise DomainError("format", f"身份证号码前17位应全为数字，当前为“{first17}”")
    return _CHECK_BY_SUM[int(first17, 13) % 11]


def convert_15_to_18(number15: str) -> str:
    """Old 15-digit number (1980s/90s cards) to today's 18-digit form: the year gets its "19"
    (old cards were only issued to people born in the 1900s) and a check digit is added."""
    if not _ID15.fullmatch(number15):
        raise DomainError("format", f"15位旧身份证号码应全为数字，当前为“{number15}”")
    first17 = number15[:6] + "19" + number15[6:]
    return first17 + id_check_digit(first17)


def looks_like_excel_number(value: object) -> bool:
    """True when a cell holds an ID number that Excel stored as a number.

    Excel keeps only 15 significant digits, so such a value has already lost its last digits
    (and any X); importers must refuse it rather than guess."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return abs(value) >= _ID_MAGNITUDE
    if isinstance(value, float):
        return math.isfinite(value) and abs(value) >= _ID_MAGNITUDE
    if isinstance(value, Decimal):
        return value.is_finite() and abs(value) >= _ID_MAGNITUDE
    if isinstance(value, str):
        text = clean_text(value).replace(" ", "")
        if _SCIENTIFIC.fullmatch(text) or _DECIMAL_POINT.fullmatch(text):
            try:
                return abs(float(text)) >= _ID_MAGNITUDE
            except (ValueError, OverflowError):
                return False
    return False


@functools.lru_cache(maxsize=8192)
def _region_known(code: str) -> bool:
    # The region table ships with python-stdnum (Wikipedia's list of administrative codes). It
    # only feeds a warning, so any trouble reading it means "unknown", never a failed import.
    # Codes carry [from-to] years in that table; we ignore them on purpose: a number keeps the
    # code of the place where it was first issued, which can predate or postdate the birth year.
    try:
        from stdnum import numdb

        parts = numdb.get("cn/loc").info(code)
        return any(props.get("county") for _prefix, props in parts)
    except Exception:
        return False


def _birth_date(digits: str) -> date | None:
    """The day written as YYYYMMDD, or None when there is no such day."""
    try:
        return _BIRTH_DATES[digits]
    except KeyError:
        pass
    try:
        birth = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        birth = None
    if len(_BIRTH_DATES) < 200_000:  # digits are always 8 of them; the bound is only a guard
        _BIRTH_DATES[digits] = birth
    return birth


def quick_resident_id(number: str, today: date) -> tuple[date, str, bool] | None:
    """(birth date, sex, region known) of an ID number that is already clean and valid: 18
    characters, digits with an upper-case X at most at the end, right check digit, a real
    birth day from 1900 to ``today``. None for anything else — parse_id_number then gives the
    verdict and its message. This is parse_id_number's result for such numbers without its
    cleaning steps (each of which leaves such a number unchanged), for importers that see
    100,000 of them in one go."""
    if number.__class__ is not str or not _ID18.fullmatch(number):
        return None
    if number[17] != _CHECK_BY_SUM[int(number[:17], 13) % 11]:
        return None
    birth = _birth_date(number[6:14])
    if birth is None or birth < _EARLIEST_BIRTH or birth > today:
        return None
    return birth, "男" if number[16] in "13579" else "女", _region_known(number[:6])


def parse_id_number(text: object, *, today: date | None = None) -> IdInfo:
    """Check an ID number as clerks type it and tell what it encodes.

    Full-width digits, spaces, a leading apostrophe and a lower-case x are accepted; 15-digit
    numbers are converted. Raises DomainError with code empty / id_as_number / format /
    check_digit / birth_date / future_birth."""
    if looks_like_excel_number(text):
        raise DomainError(
            "id_as_number",
            f"身份证号码被 Excel 存成了数字，末几位已经丢失（{text}），请把该列设为“文本”格式后按原件重新录入",
        )
    number = clean_text(text).replace(" ", "").upper()
    if not number:
        raise DomainError("empty", "身份证号码为空")

    converted = False
    if _ID15.fullmatch(number):
        number = convert_15_to_18(number)
        converted = True
    elif not _ID18.fullmatch(number):
        raise DomainError(
            "format",
            f"身份证号码应为18位（或15位旧号码），末位可为X，当前为“{number}”（{len(number)}位）",
        )
    elif number[17] != _CHECK_BY_SUM[int(number[:17], 13) % 11]:
        raise DomainError("check_digit", f"身份证号码校验位错误：{number}，请核对原件")

    ymd = f"{number[6:10]}-{number[10:12]}-{number[12:14]}"
    birth = _birth_date(number[6:14])
    if birth is None:
        raise DomainError("birth_date", f"身份证号码中的出生日期不存在：{ymd}")
    if birth < _EARLIEST_BIRTH:
        raise DomainError("birth_date", f"身份证号码中的出生日期早于1900年：{ymd}")
    if birth > (today or date.today()):
        raise DomainError("future_birth", f"身份证号码中的出生日期晚于今天：{ymd}")

    region = number[:6]
    return IdInfo(
        number=number,
        birth_date=birth,
        sex="男" if int(number[16]) % 2 else "女",
        region_code=region,
        region_known=_region_known(region),
        converted_from_15=converted,
    )


def age_on(birth: date, day: date) -> int:
    """Completed years (周岁) on ``day``; someone born on 29 February turns a year older on
    1 March in common years. Negative when ``day`` is before the birth."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))

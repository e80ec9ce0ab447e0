"""Dates in every form clerks type them, and as spreadsheet readers return them (DESIGN §5)."""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta
from decimal import Decimal

from unionapp.domain.errors import DomainError
from unionapp.domain.text import clean_text

# Excel's 1900 date system counts 1900-01-01 as serial 1 and, copying Lotus 1-2-3, believes in
# a 29 February 1900 (serial 60). From serial 61 on, counting from 1899-12-30 is right.
_EXCEL_EPOCH = date(1899, 12, 30)
_MAX_SERIAL = 2958465  # 9999-12-31
_LOTUS_LEAP_DAY = 60

# A plain number whose whole part is a plausible year is what Excel makes of "2019" or
# "2019.5" typed into a number cell; read as serials they would be days in 1905, which no
# member record holds. So such numbers are read as a year(-month), never as a serial.
_YEARS = range(1900, 2101)

_TIME = r"(?:\s*T?\s*\d{1,2}:\d{1,2}(?::\d{1,2}(?:\.\d+)?)?)?"
_YMD = re.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*[日号]?" + _TIME, re.ASCII)
_YM = re.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?", re.ASCII)
_COMPACT_YMD = re.compile(r"(\d{4})(\d{2})(\d{2})", re.ASCII)
_COMPACT_YM = re.compile(r"(\d{4})(\d{2})", re.ASCII)
# A five-digit number is a serial (10000 = 1927-05-18 … 99999 = 2173-10-14) that lost its
# cell format, e.g. through a CSV export.
_SERIAL_TEXT = re.compile(r"\d{5}(?:\.\d+)?", re.ASCII)


# Dates typed as text ("2019.5.1") by the cell's text: a CSV roster repeats a few thousand of
# them over 100,000 rows. Only successes are kept; a bad date is parsed again for its message.
_TEXT_DATES: dict[str, date] = {}


def _format_error(shown: str, hint: str = "") -> DomainError:
    return DomainError("date_format", f"无法识别的日期：{shown}{hint}，请写成 2019-05-01 或 2019年5月1日")


def _make(year: int, month: int, day: int, shown: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DomainError("date", f"日期不存在：{shown}") from None


def excel_serial_to_date(serial: int) -> date:
    """The calendar day of a 1900-system Excel serial (1 = 1900-01-01)."""
    if serial == _LOTUS_LEAP_DAY:
        raise DomainError("date", f"日期不存在：1900-02-29（Excel 序列号 {serial}）")
    if not 1 <= serial <= _MAX_SERIAL:
        raise _format_error(str(serial))
    if serial < _LOTUS_LEAP_DAY:
        return date(1899, 12, 31) + timedelta(days=serial)
    return _EXCEL_EPOCH + timedelta(days=serial)


def _looks_like_year_month(n: int) -> bool:
    return n // 100 in _YEARS and 1 <= n % 100 <= 12


def _from_number(value: int | float | Decimal) -> date:
    shown = clean_text(value)
    if isinstance(value, float | Decimal) and not math.isfinite(value):
        raise _format_error(shown)
    whole = math.floor(value)
    if whole in _YEARS:
        if whole == value:
            raise _format_error(shown, "（只有年份）")
        # 2019.5 and 2019.05 are May; 2019.1 may have been "2019.10" before Excel dropped the
        # zero, so it is refused rather than guessed.
        text = repr(float(value)) if isinstance(value, float) else shown
        if text.endswith(".1"):
            raise _format_error(shown, "（无法确定是1月还是10月）")
        return _from_text(text, shown)
    if whole == value and (19000101 <= whole <= 21001231 or _looks_like_year_month(whole)):
        # 20190501 or 201905 typed into a number cell. As serials these would be days after
        # the year 2400, so nothing real is lost.
        return _from_text(str(whole), shown)
    if whole < 1 or whole > _MAX_SERIAL:
        raise _format_error(shown)
    # A fraction is the time of day; the date is the whole part.
    return excel_serial_to_date(int(whole))


def _from_text(text: str, shown: str) -> date:
    if m := _YMD.fullmatch(text):
        return _make(int(m[1]), int(m[2]), int(m[3]), shown)
    if m := _YM.fullmatch(text):
        return _make(int(m[1]), int(m[2]), 1, shown)
    # Run-together digits are only a date when they start with a plausible year; "123456" is
    # some other number pasted into the wrong column.
    if (m := _COMPACT_YMD.fullmatch(text) or _COMPACT_YM.fullmatch(text)) and int(m[1]) in _YEARS:
        return _make(int(m[1]), int(m[2]), int(m[3]) if m.re is _COMPACT_YMD else 1, shown)
    if _SERIAL_TEXT.fullmatch(text):
        return excel_serial_to_date(int(float(text)))
    raise _format_error(shown)


def parse_clerk_date(value: object, *, today: date | None = None, allow_future: bool = True) -> date | None:
    """A date from a cell or a form field; None when empty.

    Raises DomainError "date" (no such day), "date_format" (not a date) or "future_date"
    (later than ``today`` when ``allow_future`` is false)."""
    if value is None:
        return None
    if value.__class__ is date:  # a date cell, the common case: skip the type tests below
        result = value
    elif isinstance(value, datetime):
        result = value.date()
    elif isinstance(value, date):
        result = value
    elif isinstance(value, bool):
        raise _format_error(str(value))
    elif isinstance(value, int | float | Decimal):
        if isinstance(value, float) and math.isnan(value):
            return None  # blank cell from readers that use NaN
        result = _from_number(value)
    else:
        result = _TEXT_DATES.get(value) if value.__class__ is str else None
        if result is None:
            text = clean_text(value)
            if not text:
                return None
            result = _from_text(text, text)
            if value.__class__ is str and len(_TEXT_DATES) < 50_000:
                _TEXT_DATES[value] = result
    if not allow_future and result > (today or date.today()):
        raise DomainError("future_date", f"日期晚于今天：{result.isoformat()}")
    return result

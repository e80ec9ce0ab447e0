"""Dates in every form clerks type them."""

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from unionapp.domain.dates import excel_serial_to_date, parse_clerk_date
from unionapp.domain.errors import DomainError

MAY_DAY = date(2019, 5, 1)
TODAY = date(2024, 6, 30)


def code_of(value, **kwargs) -> str:
    with pytest.raises(DomainError) as caught:
        parse_clerk_date(value, **kwargs)
    return caught.value.code


@pytest.mark.parametrize(
    "value",
    [
        "2019.5.1",
        "2019-05-01",
        "2019/5/1",
        "2019年5月1日",
        "2019年5月1号",
        "2019 年 5 月 1 日",
        "20190501",
        "2019-5-1 00:00:00",
        "2019/5/1 8:30",
        "2019-05-01T00:00:00",
        "２０１９．５．１",
        "２０１９年５月１日",
        "'2019-05-01",
        43586,
        43586.0,
        43586.75,  # the time of day is dropped
        "43586",
        Decimal(43586),
        20190501,  # typed into a number cell
        MAY_DAY,
        datetime(2019, 5, 1, 15, 30),
    ],
)
def test_may_day_in_every_form(value):
    assert parse_clerk_date(value) == MAY_DAY


@pytest.mark.parametrize(
    "value", ["2019年5月", "2019.05", "2019.5", "2019-05", "2019/5", "201905", 201905, 2019.05, 2019.5]
)
def test_year_and_month_mean_the_first(value):
    assert parse_clerk_date(value) == MAY_DAY


def test_october_from_a_number_cell():
    assert parse_clerk_date(2019.12) == date(2019, 12, 1)
    assert parse_clerk_date(Decimal("2019.10")) == date(2019, 10, 1)


@pytest.mark.parametrize("value", [None, "", "  ", "\u3000", float("nan")])
def test_empty_is_none(value):
    assert parse_clerk_date(value) is None


def test_excel_serials_around_the_lotus_leap_day():
    assert excel_serial_to_date(1) == date(1900, 1, 1)
    assert excel_serial_to_date(59) == date(1900, 2, 28)
    assert excel_serial_to_date(61) == date(1900, 3, 1)
    assert excel_serial_to_date(2958465) == date(9999, 12, 31)
    assert code_of(60) == "date"


@pytest.mark.parametrize(
    "value", ["2019.2.29", "2019-02-30", "2019年13月1日", "20190231", "2019年13月", 20190230]
)
def test_impossible_dates(value):
    with pytest.raises(DomainError) as caught:
        parse_clerk_date(value)
    assert caught.value.code == "date"
    assert caught.value.message.startswith("日期不存在：")


@pytest.mark.parametrize(
    "value",
    ["abc", "2019", 2019, "5/1/2019", "19.5.1", "2019年", "一九年", "123456", 0, -5, 2958466, 2019.1, True],
)
def test_unrecognised(value):
    with pytest.raises(DomainError) as caught:
        parse_clerk_date(value)
    assert caught.value.code == "date_format"
    assert caught.value.message.startswith("无法识别的日期：")
    assert caught.value.message.endswith("，请写成 2019-05-01 或 2019年5月1日")


def test_future_dates():
    tomorrow = TODAY + timedelta(days=1)
    assert parse_clerk_date(tomorrow, today=TODAY) == tomorrow  # allowed by default
    assert parse_clerk_date(TODAY, today=TODAY, allow_future=False) == TODAY
    with pytest.raises(DomainError) as caught:
        parse_clerk_date("2024-07-01", today=TODAY, allow_future=False)
    assert caught.value.code == "future_date"
    assert caught.value.message == "日期晚于今天：2024-07-01"


def to_fullwidth(s: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)


FORMATS = [
    lambda d: d.isoformat(),
    lambda d: f"{d.year}.{d.month}.{d.day}",
    lambda d: f"{d.year}/{d.month}/{d.day}",
    lambda d: f"{d.year}-{d.month}-{d.day} 00:00:00",
    lambda d: f"{d.year}年{d.month}月{d.day}日",
    lambda d: f"{d:%Y%m%d}",
    lambda d: to_fullwidth(f"{d.year}.{d.month}.{d.day}"),
    lambda d: to_fullwidth(f"{d.year}年{d.month}月{d.day}日"),
    lambda d: datetime(d.year, d.month, d.day, 12),
    lambda d: d,
]

dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@given(dates, st.sampled_from(FORMATS))
def test_round_trip_every_format(day, fmt):
    assert parse_clerk_date(fmt(day)) == day


@given(dates, st.sampled_from([
    lambda d: f"{d.year}年{d.month}月",
    lambda d: f"{d.year}.{d.month:02d}",
    lambda d: f"{d.year}-{d.month}",
    lambda d: f"{d:%Y%m}",
]))  # fmt: skip
def test_round_trip_year_month(day, fmt):
    assert parse_clerk_date(fmt(day)) == day.replace(day=1)


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)))
def test_round_trip_excel_serial(day):
    serial = (day - date(1899, 12, 30)).days
    # Whole numbers that look like a year (1900–2100) or a year and month (201905) are read
    # as such, not as a day in 1905 or after 2420.
    assume(not 1900 <= serial <= 2100)
    assume(not (1900 <= serial // 100 <= 2100 and 1 <= serial % 100 <= 12))
    assert parse_clerk_date(serial) == day
    assert parse_clerk_date(serial + 0.5) == day
    if 10000 <= serial <= 99999:
        assert parse_clerk_date(str(serial)) == day


@given(dates, st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_allow_future_false_refuses_only_later_days(day, today):
    if day > today:
        assert code_of(day.isoformat(), today=today, allow_future=False) == "future_date"
    else:
        assert parse_clerk_date(day.isoformat(), today=today, allow_future=False) == day

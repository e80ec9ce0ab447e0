"""Resident ID numbers: check digit, birth date, sex, region, old 15-digit numbers."""

import pickle
from datetime import date, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from unionapp.domain.errors import DomainError
from unionapp.domain.idcard import (
    IdInfo,
    age_on,
    convert_15_to_18,
    id_check_digit,
    looks_like_excel_number,
    parse_id_number,
)

TODAY = date(2024, 6, 30)
SAMPLE = "11010519491231002X"  # the sample number printed in GB 11643
YANTAI = "370602198901018888"


def error_code(value, **kwargs) -> str:
    with pytest.raises(DomainError) as caught:
        parse_id_number(value, today=TODAY, **kwargs)
    return caught.value.code


# --- examples -------------------------------------------------------------------------------


def test_sample_number():
    info = parse_id_number(SAMPLE, today=TODAY)
    assert info == IdInfo(
        number=SAMPLE,
        birth_date=date(1949, 12, 31),
        sex="女",
        region_code="110105",
        region_known=True,
        converted_from_15=False,
    )


def test_check_digits():
    assert id_check_digit("11010519491231002") == "X"
    assert id_check_digit("37060219890101888") == "8"


@pytest.mark.parametrize(
    "typed",
    [
        YANTAI,
        " 370602198901018888 ",
        "'370602198901018888",
        "３７０６０２１９８９０１０１８８８８",
        "370602 19890101 8888",
        "\u3000370602198901018888\u200b",
    ],
)
def test_typed_forms_are_accepted(typed):
    info = parse_id_number(typed, today=TODAY)
    assert info.number == YANTAI
    assert info.birth_date == date(1989, 1, 1)
    assert info.sex == "女"
    assert info.region_known


def test_lowercase_x():
    assert parse_id_number("11010519491231002x", today=TODAY).number == SAMPLE
    assert parse_id_number("11010519491231002ｘ", today=TODAY).number == SAMPLE


def test_sex_from_17th_digit():
    first17 = "11010519800101001"  # 17th digit 1: odd
    assert parse_id_number(first17 + id_check_digit(first17), today=TODAY).sex == "男"


def test_fifteen_digit_number_is_converted():
    info = parse_id_number("370602890101888", today=TODAY)
    assert info.number == YANTAI
    assert info.converted_from_15
    assert info.birth_date == date(1989, 1, 1)
    assert convert_15_to_18("370602890101888") == YANTAI


def test_unknown_region_is_not_an_error():
    first17 = "99999919890101888"
    info = parse_id_number(first17 + id_check_digit(first17), today=TODAY)
    assert not info.region_known
    assert info.region_code == "999999"


def test_empty():
    assert error_code(None) == "empty"
    assert error_code("  ") == "empty"
    with pytest.raises(DomainError, match="身份证号码为空"):
        parse_id_number("")


@pytest.mark.parametrize(
    "typed", ["37060219890101888", "3706021989010188888", "37060219890101888A", "X70602198901018888", "abc"]
)
def test_bad_format(typed):
    with pytest.raises(DomainError) as caught:
        parse_id_number(typed, today=TODAY)
    assert caught.value.code == "format"
    assert caught.value.message.startswith("身份证号码应为18位（或15位旧号码），末位可为X，当前为“")


def test_bad_check_digit():
    with pytest.raises(DomainError) as caught:
        parse_id_number("370602198901018889", today=TODAY)
    assert caught.value.code == "check_digit"
    assert caught.value.message == "身份证号码校验位错误：370602198901018889，请核对原件"


def with_check(first17: str) -> str:
    return first17 + id_check_digit(first17)


def test_impossible_birth_date():
    assert error_code(with_check("37060219890230888")) == "birth_date"
    assert error_code(with_check("37060219891301888")) == "birth_date"
    assert error_code("370602890230888") == "birth_date"  # 15-digit too


def test_birth_before_1900():
    assert error_code(with_check("37060218991231888")) == "birth_date"


def test_future_birth():
    assert error_code(with_check("37060220240701888")) == "future_birth"
    # the same day is fine
    assert parse_id_number(with_check("37060220240630888"), today=TODAY).birth_date == TODAY


def test_id_stored_as_number_is_refused():
    assert error_code(370602198901018888) == "id_as_number"
    assert error_code(3.70602198901019e17) == "id_as_number"
    assert error_code("3.70602E+17") == "id_as_number"


def test_helpers_reject_malformed_input():
    with pytest.raises(DomainError):
        id_check_digit("1234")
    with pytest.raises(DomainError):
        convert_15_to_18("37060289010188X")


def test_info_is_frozen_and_picklable():
    info = parse_id_number(SAMPLE, today=TODAY)
    with pytest.raises(AttributeError):
        info.sex = "男"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(info)) == info


# --- looks_like_excel_number ----------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [370602198901018888, 3.70602198901019e17, 370602890101888, 370602890101888.0, "3.70602E+17",
     "3.70602e17", "370602198901018000.0", " 3.70602E+17 "],
)  # fmt: skip
def test_excel_numbers(value):
    assert looks_like_excel_number(value)


@pytest.mark.parametrize(
    "value",
    [None, "", YANTAI, SAMPLE, "370602890101888", 13800138000, 13800138000.0, 1.5, True, "1.5E+3", "abc"],
)
def test_not_excel_numbers(value):
    assert not looks_like_excel_number(value)


# --- age ------------------------------------------------------------------------------------


def test_age_on():
    birth = date(1989, 5, 1)
    assert age_on(birth, date(2019, 4, 30)) == 29
    assert age_on(birth, date(2019, 5, 1)) == 30
    assert age_on(date(2000, 2, 29), date(2001, 2, 28)) == 0
    assert age_on(date(2000, 2, 29), date(2001, 3, 1)) == 1


@given(st.dates(min_value=date(1900, 1, 1)), st.integers(min_value=0, max_value=40000))
def test_age_is_whole_years_passed(birth, days):
    day = birth + timedelta(days=days) if days <= (date.max - birth).days else date.max
    age = age_on(birth, day)
    assert 0 <= age <= days // 365
    assert day.year - birth.year - 1 <= age <= day.year - birth.year


# --- properties -----------------------------------------------------------------------------

regions = st.from_regex(r"[1-8][0-9]{5}", fullmatch=True)
sequence = st.from_regex(r"[0-9]{3}", fullmatch=True)
births = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)


@st.composite
def valid_ids(draw) -> str:
    first17 = f"{draw(regions)}{draw(births):%Y%m%d}{draw(sequence)}"
    return first17 + id_check_digit(first17)


@settings(deadline=None)
@given(valid_ids())
def test_any_valid_number_parses(number):
    info = parse_id_number(number, today=TODAY)
    assert info.number == number
    assert info.birth_date.strftime("%Y%m%d") == number[6:14]
    assert info.sex == ("男" if int(number[16]) % 2 else "女")
    assert info.region_code == number[:6]
    assert not info.converted_from_15
    assert parse_id_number(number.lower(), today=TODAY) == info


@given(valid_ids(), st.integers(min_value=0, max_value=17), st.sampled_from("0123456789X"))
def test_changing_one_character_breaks_the_check(number, position, replacement):
    assume(number[position] != replacement)
    assume(position == 17 or replacement != "X")
    changed = number[:position] + replacement + number[position + 1 :]
    assert error_code(changed) == "check_digit"


@settings(deadline=None)
@given(regions, st.dates(min_value=date(1900, 1, 1), max_value=date(1999, 12, 31)), sequence)
def test_fifteen_to_eighteen_keeps_birth_date(region, birth, seq):
    old = f"{region}{birth:%y%m%d}{seq}"
    new = convert_15_to_18(old)
    assert len(new) == 18
    assert new[:6] + new[8:17] == old
    info = parse_id_number(old, today=TODAY)
    assert info.converted_from_15
    assert info.number == new
    assert info.birth_date == birth
    assert parse_id_number(new, today=TODAY).birth_date == birth

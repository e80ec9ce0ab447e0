"""Phone numbers: normalisation and the odd-number warning."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionapp.domain.phone import normalize_phone, phone_warning


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("13800138000", "13800138000"),
        ("138 0013 8000", "13800138000"),
        ("138-0013-8000", "13800138000"),
        ("+86 138 0013 8000", "13800138000"),
        ("+86-13800138000", "13800138000"),
        ("008613800138000", "13800138000"),
        ("8613800138000", "13800138000"),
        ("(+86)13800138000", "13800138000"),
        ("１３８００１３８０００", "13800138000"),
        (13800138000, "13800138000"),
        (13800138000.0, "13800138000"),
        ("'13800138000", "13800138000"),
        ("0535-1234567", "0535-1234567"),
        ("0535－1234567", "0535-1234567"),
        ("0535—1234567", "0535-1234567"),
        ("(0535)1234567", "0535-1234567"),
        ("（0535）1234567", "0535-1234567"),
        ("0535 1234567", "0535-1234567"),
        ("05351234567", "0535-1234567"),
        ("010-12345678", "010-12345678"),
        ("01012345678", "010-12345678"),
        ("02112345678", "021-12345678"),
        ("+86 0535 6123456", "0535-6123456"),
        ("0535-1234567-8001", "0535-1234567-8001"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalize(typed, expected):
    assert normalize_phone(typed) == expected


@pytest.mark.parametrize(
    "phone", ["13800138000", "19912345678", "0535-1234567", "010-12345678", "0535-1234567-8001", ""]
)
def test_no_warning_for_good_numbers(phone):
    assert phone_warning(phone) is None


@pytest.mark.parametrize(
    "phone", ["1380013800", "12345678901", "1234567", "138001380001", "abc", "0535-123456"]
)
def test_warning_for_odd_numbers(phone):
    warning = phone_warning(phone)
    assert warning is not None
    assert normalize_phone(phone) in warning


mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)
landlines = st.from_regex(r"0(10|2[0-9]|[3-9][0-9][0-9])-[0-9]{7,8}", fullmatch=True)


@given(
    mobiles,
    st.sampled_from(
        [
            "{}",
            "+86 {}",
            "0086{}",
            "86{}",
            "{0[0]}{0[1]}{0[2]}-{0[3]}{0[4]}{0[5]}{0[6]}-{0[7]}{0[8]}{0[9]}{0[10]}",
        ]
    ),
)
def test_any_mobile_in_any_dress(mobile, dress):
    assert normalize_phone(dress.format(mobile)) == mobile
    assert phone_warning(dress.format(mobile)) is None


@given(landlines)
def test_any_landline_normalises_to_itself_and_from_bare_digits(landline):
    assert normalize_phone(landline) == landline
    assert normalize_phone(landline.replace("-", "")) == landline
    assert phone_warning(landline) is None


@given(st.text(max_size=20))
def test_normalize_is_idempotent(text):
    once = normalize_phone(text)
    assert normalize_phone(once) == once

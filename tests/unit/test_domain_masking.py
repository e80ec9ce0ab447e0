"""Masked display of ID numbers, phones and bank cards (DESIGN §3)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionapp.domain.masking import mask_bank_card, mask_id_number, mask_phone


def test_id_number():
    assert mask_id_number("370602198901018889") == "370602********8889"
    assert mask_id_number("11010519491231002X") == "110105********002X"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("", ""), (None, ""), ("3", "*"), ("3706", "3***"), ("370602890101888", "37060*******888")],
)
def test_short_id_numbers(value, expected):
    assert mask_id_number(value) == expected


def test_phone():
    assert mask_phone("13800138000") == "138****8000"
    assert mask_phone("0535-1234567") == "********4567"
    assert mask_phone("1234") == "**34"
    assert mask_phone("") == ""
    assert mask_phone(None) == ""


def test_bank_card():
    assert mask_bank_card("6222021234561234") == "**** **** **** 1234"
    assert mask_bank_card("6222 0212 3456 1234 567") == "**** **** **** 4567"
    assert mask_bank_card("") == ""
    assert mask_bank_card("123456") == "***456"


ids = st.text(alphabet="0123456789X", max_size=20)


@given(ids)
def test_id_mask_keeps_length_and_visible_parts(value):
    masked = mask_id_number(value)
    assert len(masked) == len(value)
    assert all(m in ("*", v) for m, v in zip(masked, value, strict=True))
    assert masked.count("*") * 9 >= len(value) * 4  # never shows more than 18 digits' 10/18
    if len(value) >= 18:
        assert masked[:6] == value[:6]
        assert masked[-4:] == value[-4:]
        assert set(masked[6:-4]) == {"*"}


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_mobile_mask(mobile):
    masked = mask_phone(mobile)
    assert masked == mobile[:3] + "****" + mobile[7:]


@given(st.text(alphabet="0123456789-", max_size=20))
def test_phone_mask_keeps_length_and_shows_at_most_half(value):
    masked = mask_phone(value)
    assert len(masked) == len(value)
    assert all(m in ("*", v) for m, v in zip(masked, value, strict=True))
    visible = sum(1 for m in masked if m != "*")
    assert visible <= max(len(value) // 2, 7 if len(value) == 11 else 0)


@given(st.from_regex(r"[0-9]{16,19}", fullmatch=True))
def test_bank_card_shows_only_last_four(card):
    masked = mask_bank_card(card)
    assert masked.endswith(card[-4:])
    assert masked.replace("*", "").replace(" ", "") == card[-4:]

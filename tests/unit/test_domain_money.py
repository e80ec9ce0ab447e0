"""Amounts in Chinese capital numerals."""

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionapp.domain.errors import DomainError
from unionapp.domain.money import to_chinese_capital

DIGITS = {ch: i for i, ch in enumerate("零壹贰叁肆伍陆柒捌玖")}
PLACES = {"拾": 10, "佰": 100, "仟": 1000}


def parse_capital(text: str) -> Decimal:
    """The inverse, written independently, to check what to_chinese_capital writes."""
    sign = -1 if text.startswith("负") else 1
    text = text.removeprefix("负").removesuffix("整")
    if "元" in text:
        integer_text, fraction_text = text.split("元")
    else:
        integer_text, fraction_text = "", text
    total = section = number = 0
    for ch in integer_text:
        if ch in DIGITS:
            number = DIGITS[ch]
        elif ch in PLACES:
            section += number * PLACES[ch]
            number = 0
        elif ch == "万":
            total += (section + number) * 10**4
            section = number = 0
        elif ch == "亿":
            total = (total + section + number) * 10**8
            section = number = 0
        else:
            raise AssertionError(f"unexpected {ch!r} in {text!r}")
    total += section + number
    cents = 0
    for digit, unit in re.findall(r"([零壹贰叁肆伍陆柒捌玖])([角分])", fraction_text):
        cents += DIGITS[digit] * (10 if unit == "角" else 1)
    return sign * (Decimal(total) + Decimal(cents) / 100)


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (1200, "壹仟贰佰元整"),
        (10005.5, "壹万零伍元伍角"),
        (0.05, "伍分"),
        (0.5, "伍角"),
        (0.55, "伍角伍分"),
        (0, "零元整"),
        (100000000, "壹亿元整"),
        (1001.01, "壹仟零壹元零壹分"),
        (10.5, "壹拾元伍角"),
        (100100, "壹拾万零壹佰元整"),
        (1000.5, "壹仟元伍角"),
        (1000.05, "壹仟元零伍分"),
        (20000000.00, "贰仟万元整"),
        (10, "壹拾元整"),
        (105000000, "壹亿零伍佰万元整"),
        (100000001, "壹亿零壹元整"),
        (1010101010.1, "壹拾亿零壹仟零壹拾万零壹仟零壹拾元壹角"),
        (200001, "贰拾万零壹元整"),
        (1680.32, "壹仟陆佰捌拾元叁角贰分"),
        (-3.5, "负叁元伍角"),
        (Decimal("1200.00"), "壹仟贰佰元整"),
        ("1,200.00", "壹仟贰佰元整"),
        ("¥1200", "壹仟贰佰元整"),
        ("１２００元", "壹仟贰佰元整"),
        (Decimal("999999999999.99"), "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    ],
)
def test_examples(amount, expected):
    assert to_chinese_capital(amount) == expected


def test_rounds_half_up_to_the_fen():
    assert to_chinese_capital(Decimal("0.005")) == "壹分"
    assert to_chinese_capital(0.015) == "贰分"  # binary 0.01499… must not round down
    assert to_chinese_capital(2.675) == "贰元陆角捌分"
    assert to_chinese_capital(Decimal("-0.004")) == "零元整"


@pytest.mark.parametrize("amount", [10**12, Decimal("999999999999.995"), -(10**12), 1e15])
def test_too_large(amount):
    with pytest.raises(DomainError) as caught:
        to_chinese_capital(amount)
    assert caught.value.code == "money_range"


@pytest.mark.parametrize("amount", ["abc", "", None, float("nan"), float("inf"), True])
def test_not_an_amount(amount):
    with pytest.raises(DomainError) as caught:
        to_chinese_capital(amount)
    assert caught.value.code == "money_format"


fens = st.one_of(
    st.integers(min_value=-(10**14) + 1, max_value=10**14 - 1),
    # Amounts full of zeros are where the 零 rules live.
    st.lists(st.sampled_from("0000000123456789"), min_size=1, max_size=14).map(lambda ds: int("".join(ds))),
)


@given(fens)
def test_parses_back(fen):
    amount = Decimal(fen) / 100
    assert parse_capital(to_chinese_capital(amount)) == amount


@given(fens)
def test_well_formed(fen):
    text = to_chinese_capital(Decimal(fen) / 100)
    assert "零零" not in text
    assert text.endswith(("整", "角", "分"))
    assert text.endswith("元整") == (fen != 0 and fen % 100 == 0) or text == "零元整"
    assert not re.search(r"零[元万亿角]", text) or text == "零元整"
    assert not text.removeprefix("负").startswith("零") or text == "零元整"
    assert ("负" in text) == (fen < 0)

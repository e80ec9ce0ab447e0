"""Normalisation of typed and imported cell values."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionapp.domain.errors import DomainError
from unionapp.domain.text import NATIONS, clean_text, normalize_nation, parse_yes_no, to_halfwidth


def to_fullwidth(s: str) -> str:
    return "".join("\u3000" if ch == " " else chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)


# --- to_halfwidth ---------------------------------------------------------------------------


def test_halfwidth_digits_letters_and_space():
    assert to_halfwidth("３７０６０２ｘ") == "370602x"
    assert to_halfwidth("ＡＢＣ\u3000ａｂｃ") == "ABC abc"
    assert to_halfwidth("张红梅") == "张红梅"


@given(st.text())
def test_halfwidth_is_idempotent(s):
    once = to_halfwidth(s)
    assert to_halfwidth(once) == once
    assert len(once) == len(s)


FOLDED = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.-/+@' "


@given(st.text(alphabet=FOLDED))
def test_halfwidth_undoes_fullwidth(s):
    assert to_halfwidth(to_fullwidth(s)) == s


# --- clean_text -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        ("", ""),
        ("  张红梅  ", "张红梅"),
        ("\u3000张红梅\u3000", "张红梅"),
        ("\xa0张红梅\u200b", "张红梅"),
        ("\ufeff张红梅", "张红梅"),
        ("张\u200b红梅", "张红梅"),
        ("'370602198901018888", "370602198901018888"),
        ("\u2019370602198901018888", "370602198901018888"),
        ("''  370602", "370602"),
        ("烟台市   芝罘区\t\n工会", "烟台市 芝罘区 工会"),
        ("３７０６０２", "370602"),
        (13800138000, "13800138000"),
        (13800138000.0, "13800138000"),
        (12.5, "12.5"),
        (0.0, "0"),
        (-3.0, "-3"),
        (Decimal("12.00"), "12"),
        (Decimal("12.50"), "12.50"),
        (float("nan"), ""),
        ("it's", "it's"),  # only a leading apostrophe is a marker
    ],
)
def test_clean_text_examples(value, expected):
    assert clean_text(value) == expected


@given(st.text())
def test_clean_text_is_idempotent(s):
    once = clean_text(s)
    assert clean_text(once) == once


@given(st.text())
def test_clean_text_output_is_tidy(s):
    out = clean_text(s)
    assert out == out.strip()
    assert "  " not in out
    assert not out.startswith(("'", "\u2019"))
    # Full-width letters and digits are folded; Chinese punctuation such as ！（） stays.
    assert not any(ch.isalnum() and 0xFF01 <= ord(ch) <= 0xFF5E or ch in "\u3000\u200b\ufeff" for ch in out)
    assert all(ch == " " or not ch.isspace() for ch in out)


@given(st.text(alphabet=FOLDED.strip()))
def test_clean_text_same_for_fullwidth_input(s):
    assert clean_text(to_fullwidth(s)) == clean_text(s)


@given(st.integers())
def test_clean_text_integers_and_integral_floats(n):
    assert clean_text(n) == str(n)
    if abs(n) < 2**53:
        assert clean_text(float(n)) == str(n)


# --- parse_yes_no ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["是", "√", "✓", "✔", "Y", "y", "yes", "YES", "True", "true", 1, 1.0, "1", "有", "对", " 是 ", True],
)
def test_yes(value):
    assert parse_yes_no(value) is True


@pytest.mark.parametrize(
    "value", ["否", "×", "✗", "N", "n", "No", "false", "FALSE", 0, "0", "无", "错", "\u3000否", False]
)
def test_no(value):
    assert parse_yes_no(value) is False


@pytest.mark.parametrize("value", [None, "", "  ", "\u3000"])
def test_empty_yes_no_is_none(value):
    assert parse_yes_no(value) is None


@pytest.mark.parametrize("value", ["也许", "2", "是否", "X"])
def test_unknown_yes_no_is_refused(value):
    with pytest.raises(DomainError) as caught:
        parse_yes_no(value)
    assert caught.value.code == "yes_no"
    assert caught.value.message == f"无法识别的是/否值：{value}，请填写“是”或“否”"


# --- nations --------------------------------------------------------------------------------


def test_nations_in_gb3304_order():
    assert len(NATIONS) == 56
    assert len(set(NATIONS)) == 56
    assert NATIONS[0] == "汉族"
    assert NATIONS[1] == "蒙古族"
    assert NATIONS[4] == "维吾尔族"
    assert NATIONS[55] == "基诺族"
    assert all(name.endswith("族") for name in NATIONS)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("汉", "汉族"),
        ("汉族", "汉族"),
        (" 汉 ", "汉族"),
        ("汉 族", "汉族"),
        ("回", "回族"),
        ("维吾尔", "维吾尔族"),
        ("蒙古", "蒙古族"),
        ("土家", "土家族"),
        ("维族", "维吾尔族"),
        ("崩龙族", "德昂族"),
        ("穿青人", "穿青人"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalize_nation(typed, expected):
    assert normalize_nation(typed) == expected


@given(st.sampled_from(NATIONS))
def test_every_nation_short_and_full_form(name):
    assert normalize_nation(name) == name
    assert normalize_nation(name[:-1]) == name


def test_chinese_punctuation_is_kept():
    assert to_halfwidth("龙泉县（城关）：第一，二") == "龙泉县（城关）：第一，二"

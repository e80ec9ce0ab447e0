"""Normalisation of values clerks type or paste into sheets (DESIGN §5)."""

from __future__ import annotations

import math
import re
from decimal import Decimal

from unionapp.domain.errors import DomainError

# Full-width ASCII U+FF01..FF5E sits exactly 0xFEE0 above its half-width twin; Chinese input
# methods produce it whenever the clerk forgets to switch the width mode.
# Only letters, digits and the punctuation that appears inside numbers, dates, phones and
# e-mail addresses are folded: Chinese text keeps its own （），：, which belong in unit names.
_FOLDED = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.-/+@'"
_HALFWIDTH_TABLE = {ord(ch) + 0xFEE0: ord(ch) for ch in _FOLDED}
_HALFWIDTH_TABLE[0x3000] = 0x20  # ideographic space

# Invisible characters that str.isspace() does not know but that arrive with pasted text
# (web pages, WeChat, Word): zero-width space/joiners, word joiner, BOM, Mongolian separator.
# They are never meaningful in a roster cell, so they are removed everywhere, not only at the ends.
_ZERO_WIDTH_TABLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u180e"))

_WHITESPACE_RUN = re.compile(r"\s+")
# Excel shows a leading apostrophe as the "this is text" marker; WPS and phones turn it into a
# curly quote.
_LEADING_JUNK = re.compile(r"^[ '\u2019\u2018]+")
# Text made only of visible ASCII and common CJK ideographs, not starting with an apostrophe,
# is already clean: the fast path for the millions of cells an import reads (each of the
# steps below would leave it unchanged).
_NEEDS_CLEANING = re.compile(r"[^\x21-\x7e\u4e00-\u9fff]|^'")


def to_halfwidth(s: str) -> str:
    """Full-width letters, digits and number punctuation (．－／＋＠＇) to half-width, the
    ideographic space to a plain space; Chinese punctuation such as （），： is kept."""
    return s.translate(_HALFWIDTH_TABLE)


def _number_text(value: int | float | Decimal) -> str:
    if isinstance(value, float):
        if math.isnan(value):
            # Blank cells come back as NaN from some readers (pandas); treat them as empty.
            return ""
        if math.isfinite(value) and value.is_integer():
            # Sheets store every number as a float: 13800138000.0 is the phone 13800138000.
            return str(int(value))
        return repr(value)
    if isinstance(value, Decimal):
        if value.is_nan():
            return ""
        if value.is_finite() and value == value.to_integral_value():
            return str(int(value))
        return format(value, "f")
    return str(value)


def clean_text(value: object) -> str:
    """Any cell value as tidy text: "" for None, numbers without a spurious ".0",
    full-width ASCII folded, invisible characters and leading text markers removed, inner
    whitespace collapsed to one space. Idempotent."""
    if value is None:
        return ""
    if isinstance(value, str):
        if not _NEEDS_CLEANING.search(value):
            return value
        text = value
    elif isinstance(value, bool):
        text = str(value)
    elif isinstance(value, int | float | Decimal):
        text = _number_text(value)
    else:
        text = str(value)
    text = to_halfwidth(text).translate(_ZERO_WIDTH_TABLE)
    text = _WHITESPACE_RUN.sub(" ", text)
    return _LEADING_JUNK.sub("", text).rstrip(" ")


_YES = frozenset({"是", "√", "✓", "✔", "☑", "y", "yes", "true", "1", "有", "对"})
_NO = frozenset({"否", "×", "✗", "✘", "n", "no", "false", "0", "无", "错"})


def parse_yes_no(value: object) -> bool | None:
    """是/否 in the forms clerks write it; None for an empty cell."""
    if isinstance(value, bool):
        return value
    text = clean_text(value)
    if not text:
        return None
    key = text.lower()
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise DomainError("yes_no", f"无法识别的是/否值：{text}，请填写“是”或“否”")


# GB 3304-91 order: the index + 1 is the two-digit nation code (01 汉族 … 56 基诺族).
NATIONS: tuple[str, ...] = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
    "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
    "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
    "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
    "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
    "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
)  # fmt: skip

_NATION_LOOKUP: dict[str, str] = {name: name for name in NATIONS}
_NATION_LOOKUP.update({name[:-1]: name for name in NATIONS})
# Unambiguous colloquial and pre-1986 names still found in old rosters.
_NATION_LOOKUP.update(
    {"维族": "维吾尔族", "崩龙族": "德昂族", "崩龙": "德昂族", "毛难族": "毛南族", "毛难": "毛南族"}
)


def normalize_nation(s: object) -> str:
    """'汉' → '汉族', '维吾尔' → '维吾尔族'; full names kept; unknown text returned cleaned."""
    text = clean_text(s)
    # Nation names never contain spaces, but "汉 族" is typed to align columns.
    return _NATION_LOOKUP.get(text.replace(" ", ""), text)

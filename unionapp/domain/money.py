"""Amounts in Chinese capital numerals (大写金额) for sign-for rosters and receipts (DESIGN §4)."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from unionapp.domain.errors import DomainError
from unionapp.domain.text import clean_text

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("", "拾", "佰", "仟")  # within a group of four digits
_GROUPS = ("", "万", "亿")  # groups of four, from the right
_LIMIT = Decimal(10) ** 12  # 壹万亿: beyond 亿 the group names would run out
_FEN = Decimal("0.01")


def _to_decimal(amount: object) -> Decimal:
    if isinstance(amount, bool):
        raise DomainError("money_format", f"无法识别的金额：{amount}")
    if isinstance(amount, Decimal):
        value = amount
    elif isinstance(amount, int):
        value = Decimal(amount)
    elif isinstance(amount, float):
        # repr gives the shortest decimal that round-trips: 0.15 is "0.15", not the binary
        # 0.1499999… that Decimal(0.15) would see and round down.
        value = Decimal(repr(amount)) if math.isfinite(amount) else Decimal("NaN")
    else:
        text = clean_text(amount).replace(",", "").replace("¥", "").replace("￥", "").replace(" ", "")
        if text.endswith("元"):
            text = text[:-1]
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise DomainError("money_format", f"无法识别的金额：{clean_text(amount)}") from None
    if not value.is_finite():
        raise DomainError("money_format", f"无法识别的金额：{amount}")
    return value


def _integer_capital(n: int) -> str:
    """0 < n < 10**12. A run of zeros inside the number is read as one 零; zeros at the end of
    the number or of a 万/亿 group are silent."""
    groups = []
    while n:
        n, group = divmod(n, 10000)
        groups.append(group)
    parts: list[str] = []
    zero_pending = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            zero_pending = bool(parts)
            continue
        for place in range(3, -1, -1):
            digit = group // 10**place % 10
            if digit == 0:
                zero_pending = zero_pending or bool(parts)
                continue
            if zero_pending:
                parts.append("零")
                zero_pending = False
            parts.append(_DIGITS[digit] + _PLACES[place])
        parts.append(_GROUPS[index])
    return "".join(parts)


def to_chinese_capital(amount: object) -> str:
    """1200 → "壹仟贰佰元整", 10005.5 → "壹万零伍元伍角", 1000.05 → "壹仟元零伍分", 0 → "零元整".

    Rounded half-up to the fen. 整 follows 元 only: an amount ending in 角 is complete as it
    stands (this follows the product design; the PBOC rule allows either). No 零 is written
    between 元 and a 角 figure; one is written for a missing 角 before a 分 figure. Negative
    amounts are prefixed 负. Raises DomainError for amounts of 壹万亿 (10**12) or more."""
    value = _to_decimal(amount).quantize(_FEN, rounding=ROUND_HALF_UP)
    if abs(value) >= _LIMIT:
        raise DomainError("money_range", f"金额过大：{value}，最多到 999999999999.99")
    sign = "负" if value < 0 else ""
    fen_total = int(abs(value) * 100)
    yuan, cents = divmod(fen_total, 100)
    jiao, fen = divmod(cents, 10)
    if fen_total == 0:
        return "零元整"
    text = _integer_capital(yuan) + "元" if yuan else ""
    if jiao == 0 and fen == 0:
        return sign + text + "整"
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif yuan:
        text += "零"
    if fen:
        text += _DIGITS[fen] + "分"
    return sign + text

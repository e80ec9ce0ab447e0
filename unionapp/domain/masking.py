"""Masked display of personal data for users without 查看敏感信息 (DESIGN §3).

Masks keep the length of the value (except bank cards, shown in the usual grouped form), so
columns line up and a clerk can still tell a short, mistyped number from a complete one.
"""

from __future__ import annotations

_MASK = "*"


def _text(value: object) -> str:
    return "" if value is None else str(value)


def mask_id_number(s: object) -> str:
    """Show 370602198901018889 as 370602********8889: the region and the last four stay
    visible, the birth date is hidden. Shorter values keep the same proportions (a third in
    front, two ninths at the end), so no value shows more than an 18-digit number does."""
    text = _text(s)
    n = len(text)
    if n >= 18:
        head, tail = 6, 4
    else:
        head, tail = n // 3, 2 * n // 9
    return text[:head] + _MASK * (n - head - tail) + text[n - tail :]


def mask_phone(s: object) -> str:
    """Show 13800138000 as 138****8000; other numbers keep their last four characters (fewer
    when the value is shorter than eight, so that at least half of it stays hidden)."""
    text = _text(s)
    n = len(text)
    if n == 11 and text.isascii() and text.isdigit() and text.startswith("1"):
        return text[:3] + _MASK * 4 + text[7:]
    tail = min(4, n // 2)
    return _MASK * (n - tail) + text[n - tail :]


def mask_bank_card(s: object) -> str:
    """Show 6222 0212 3456 1234 as **** **** **** 1234; the length of the card is not shown."""
    text = _text(s).replace(" ", "").replace("-", "")
    n = len(text)
    if not n:
        return ""
    if n < 8:
        tail = n // 2
        return _MASK * (n - tail) + text[n - tail :]
    return "**** **** **** " + text[-4:]

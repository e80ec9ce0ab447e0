"""Phone numbers as clerks type them: mobiles and landlines (固定电话)."""

from __future__ import annotations

import re

from unionapp.domain.text import clean_text

# Separators people put inside numbers; they carry no information once the number is
# normalised (a landline gets exactly one dash back after its area code).
_DROP = str.maketrans("", "", " ()[]（）【】")
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−", "-"))
_MOBILE = re.compile(r"1\d{10}", re.ASCII)
_PLAUSIBLE_MOBILE = re.compile(r"1[3-9]\d{9}", re.ASCII)
# 区号: 010 and 020–029 have three digits, every other area code four, which is how digits
# typed without a dash are split; local numbers have 7 or 8 digits.
_LANDLINE_DIGITS = re.compile(r"(0(?:[12]\d|[3-9]\d{2}))(\d{7,8})", re.ASCII)
_PLAUSIBLE_LANDLINE = re.compile(r"0\d{2,3}-\d{7,8}(?:-\d{1,6})?", re.ASCII)  # optional extension


def normalize_phone(value: object) -> str:
    """Mobiles to 11 digits (+86 138-0013-8000 → 13800138000), landlines to "区号-号码"
    ((0535)1234567 → 0535-1234567).

    What is neither is returned with spaces and brackets removed, for a clerk to look at
    (``phone_warning`` says so)."""
    text = clean_text(value).translate(_DASHES).translate(_DROP)
    if not text:
        return ""
    digits = text.replace("-", "")
    for prefix in ("+86", "0086", "86"):
        rest = digits[len(prefix) :]
        if digits.startswith(prefix) and (_MOBILE.fullmatch(rest) or _LANDLINE_DIGITS.fullmatch(rest)):
            digits = rest
            break
    if _MOBILE.fullmatch(digits):
        return digits
    if m := _LANDLINE_DIGITS.fullmatch(digits):
        return f"{m[1]}-{m[2]}"
    return text


def checked_phone(value: object) -> tuple[str, str | None]:
    """normalize_phone and phone_warning in one go: (number, warning or None).

    A cell that already holds a plausible mobile (what nearly every roster row has) is
    returned as it is: each normalising step would leave it unchanged."""
    if value.__class__ is str and _PLAUSIBLE_MOBILE.fullmatch(value):
        return value, None
    phone = normalize_phone(value)
    return phone, phone_warning(phone)


def phone_warning(phone: object) -> str | None:
    """A warning (not an error) when the number is neither a mobile nor a landline with its
    area code; None for those and for an empty value."""
    text = normalize_phone(phone)
    if not text or _PLAUSIBLE_MOBILE.fullmatch(text) or _PLAUSIBLE_LANDLINE.fullmatch(text):
        return None
    return f"电话号码“{text}”看起来不对：手机应为1开头的11位数字，固定电话应带区号（如 0535-1234567）"

"""Pure rules of hardship files and aid (DESIGN §2.3, §2.4): the lifecycle of a file, the option
lists that have no national code table, per-capita income, money amounts as clerks type them,
and the date arithmetic behind the review and 防返困 lists."""

from __future__ import annotations

import calendar
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from unionapp.domain.errors import DomainError
from unionapp.domain.text import clean_text

# --- lifecycle ---------------------------------------------------------------------------------

FILE_STATUS_LABELS = {
    "pending": "待审核",
    "returned": "退回修改",
    "active": "在档",
    "lifted": "脱困",
    "cancelled": "注销",
}
# A household with a file in one of these states cannot get a second one (一户一档).
OPEN_STATUSES = ("pending", "returned", "active")
CLOSED_STATUSES = ("lifted", "cancelled")

# What a clerk may do to a file in each state. Approval is the reviewer's (checked in services).
_ALLOWED = {
    "pending": {"edit", "approve", "return", "cancel"},
    "returned": {"edit", "submit", "cancel"},
    "active": {"edit", "review", "lift", "cancel"},
    "lifted": set(),
    "cancelled": set(),
}
_ACTION_LABELS = {
    "edit": "修改", "approve": "审核通过", "return": "退回", "submit": "重新提交审核", "review": "年度复核",
    "lift": "脱困", "cancel": "注销",
}


def check_transition(status: str, action: str) -> str | None:
    """A Chinese reason why `action` is not possible on a file in `status`, or None."""
    if action in _ALLOWED.get(status, set()):
        return None
    label = FILE_STATUS_LABELS.get(status, status)
    return f"档案当前状态为“{label}”，不能{_ACTION_LABELS.get(action, action)}"


REVIEW_RESULTS = ("继续在档", "调整类别", "脱困", "注销")

# --- option lists --------------------------------------------------------------------------------
# 工作状态, 医疗保险, 劳模类型, 学段 and 家庭成员关系 are editable code tables (db/seed_codes.py);
# the visit targets are keys the program itself acts on.

VISIT_TARGETS = {
    "member": "会员",
    "hardship": "困难职工档案",
    "model_worker": "劳模",
    "employer": "企业",
    "person": "其他人员",
}
MAX_SECONDARY_CAUSES = 3

# --- money ------------------------------------------------------------------------------------

_FEN = Decimal("0.01")
_MAX_AMOUNT = Decimal("100000000")  # 1亿: beyond any union aid; catches a pasted ID in an amount cell


def parse_amount(value: object, label: str = "金额", *, allow_zero: bool = True) -> Decimal | None:
    """An amount in yuan as clerks type it ("1,200", "1200元", "￥800.5"); None when empty.
    Negative, absurd or unreadable amounts raise DomainError."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise DomainError("money_format", f"{label}无法识别：{value}")
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(repr(value))
    else:
        text = clean_text(value).replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
        text = text.replace(" ", "").removesuffix("元")
        if not text:
            return None
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise DomainError("money_format", f"{label}无法识别：{clean_text(value)}") from None
    if not amount.is_finite():
        raise DomainError("money_format", f"{label}无法识别：{value}")
    if amount < 0:
        raise DomainError("money_negative", f"{label}不能为负数")
    if amount == 0 and not allow_zero:
        raise DomainError("money_zero", f"{label}应大于零")
    if amount >= _MAX_AMOUNT:
        raise DomainError("money_range", f"{label}过大：{amount}")
    return amount.quantize(_FEN, rounding=ROUND_HALF_UP)


def per_capita_monthly(family_annual_income: Decimal | None, family_size: int | None) -> Decimal | None:
    """家庭月人均收入 = 家庭年收入 ÷ 12 ÷ 家庭人口, to the fen (the same rule the printed form uses)."""
    if family_annual_income is None or not family_size or family_size <= 0:
        return None
    return (Decimal(family_annual_income) / 12 / family_size).quantize(_FEN, rounding=ROUND_HALF_UP)


# --- dates ------------------------------------------------------------------------------------

def add_months(day: date, months: int) -> date:
    """The same day `months` later; the 31st becomes the month's last day when it has fewer."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_due_before(today: date) -> date:
    """A file whose last review (or approval) is before this day has not been reviewed for a year."""
    return add_months(today, -12)


def campaign_number(year: int, seq: int) -> str:
    """The number clerks see and type: "2026-001" (three digits, more when a year has >999)."""
    return f"{year}-{seq:03d}"


def file_number(year: int, seq: int) -> str:
    return f"KN{year}-{seq:05d}"


def visit_number(year: int, seq: int) -> str:
    return f"ZF{year}-{seq:05d}"

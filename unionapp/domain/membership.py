"""会籍: the membership status is never stored by hand; it is derived from dated events."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

# Event kinds, with the status each one leaves the member in.
EVENT_RESULT = {
    "join": "active",  # 入会
    "rejoin": "active",  # 恢复会籍 / 重新入会
    "transfer_in": "active",  # 转入
    "transfer_out": "transferred_out",  # 转出
    "retain": "retained",  # 保留会籍 (retired)
    "leave": "left",  # 退会
    "expel": "expelled",  # 除名
    "death": "deceased",  # 去世
}

EVENT_LABELS = {
    "join": "入会",
    "rejoin": "恢复会籍",
    "transfer_in": "转入",
    "transfer_out": "转出",
    "retain": "保留会籍",
    "leave": "退会",
    "expel": "除名",
    "death": "去世",
}

STATUS_LABELS = {
    "active": "正常",
    "retained": "保留会籍",
    "transferred_out": "已转出",
    "left": "已退会",
    "expelled": "已除名",
    "deceased": "已去世",
}

# Members who still count as members (会员人数): the retired keep their membership.
CURRENT_STATUSES = ("active", "retained")

# Which events a clerk may record from each status; transfers go through their own workflow.
ALLOWED_EVENTS = {
    None: {"join"},
    "active": {"transfer_out", "transfer_in", "retain", "leave", "expel", "death"},
    "retained": {"rejoin", "leave", "death", "transfer_out"},
    "transferred_out": {"rejoin", "transfer_in", "death"},
    "left": {"rejoin", "death"},
    "expelled": {"rejoin", "death"},
    "deceased": set(),
}


@dataclass(frozen=True)
class Event:
    kind: str
    on: date
    seq: int = 0  # order of entry, to break ties between events of the same day


def current_status(events: Iterable[Event]) -> tuple[str | None, date | None]:
    """The status after the last event (by date, then by order of entry), and its date."""
    status: str | None = None
    status_on: date | None = None
    for event in sorted(events, key=lambda e: (e.on, e.seq)):
        status = EVENT_RESULT[event.kind]
        status_on = event.on
    return status, status_on


def check_event_allowed(status: str | None, kind: str) -> str | None:
    """A Chinese reason why `kind` cannot follow `status`, or None when it can."""
    if kind not in EVENT_RESULT:
        return f"未知的会籍变动：{kind}"
    if kind in ALLOWED_EVENTS.get(status, set()):
        return None
    now = STATUS_LABELS.get(status, "未入会") if status else "未入会"
    return f"会员当前状态为“{now}”，不能办理“{EVENT_LABELS[kind]}”"

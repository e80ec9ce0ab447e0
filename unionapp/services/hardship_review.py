"""The life of a hardship file (DESIGN §2.3): 待审核 → 在档 → 年度复核 → 脱困 / 注销.

Approval and sending back are the reviewer's (审核员 / 管理员, the APPROVE right); a clerk who
filed the household cannot approve it. A file closed as 脱困 stays on the 防返困 watch list for
a number of months."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionapp.db.models import HardshipFile, HardshipReview
from unionapp.domain.hardship import REVIEW_RESULTS, add_months, check_transition
from unionapp.domain.text import clean_text
from unionapp.services import audit
from unionapp.services.aid_common import Checker
from unionapp.services.common import check_version
from unionapp.services.errors import PermissionDenied, ValidationError
from unionapp.services.hardship import load_file_in_scope
from unionapp.services.rights import Actor, Right

DEFAULT_WATCH_MONTHS = 12
CLOSE_OUTCOMES = {"lifted": "脱困", "cancelled": "注销"}


def _transition(record: HardshipFile, action: str) -> None:
    problem = check_transition(record.status, action)
    if problem:
        raise ValidationError({"status": problem})


def _log(session: Session, actor: Actor, record: HardshipFile, action: str, summary: str, before: str,
         **after) -> None:
    audit.record(session, actor, action, "hardship_file", record.id, f"{summary}：{record.name}（{record.file_no}）",
                 before={"status": before}, after={"status": record.status, **after})


def approve_file(session: Session, actor: Actor, file_id: int, opinion: str = "", *,
                 expected_version: int | None = None, today: date | None = None) -> None:
    """审核通过: the file goes on record (在档)."""
    actor.require(Right.APPROVE)
    record = load_file_in_scope(session, actor, file_id)
    check_version(record, expected_version, f"困难职工档案“{record.name}”")
    _transition(record, "approve")
    if record.created_by == actor.username and actor.role != "admin":
        # 建档人 and 审核人 are two people: the form has a signature line for each.
        raise PermissionDenied("不能审核自己建立的档案，请由其他审核员审核")
    before = record.status
    record.status = "active"
    record.reviewed_by, record.reviewer_opinion = actor.username, clean_text(opinion) or "同意建档"
    record.approved_on = today or date.today()
    session.flush()
    _log(session, actor, record, "approve", "审核通过困难职工档案", before, opinion=record.reviewer_opinion)


def return_file(session: Session, actor: Actor, file_id: int, opinion: str, *,
                expected_version: int | None = None) -> None:
    """退回: back to the clerk with the reviewer's opinion (what to fix)."""
    actor.require(Right.APPROVE)
    record = load_file_in_scope(session, actor, file_id)
    check_version(record, expected_version, f"困难职工档案“{record.name}”")
    _transition(record, "return")
    if not clean_text(opinion):
        raise ValidationError({"opinion": "退回时请填写审核意见，说明需要补充或修改的内容"})
    before = record.status
    record.status = "returned"
    record.reviewed_by, record.reviewer_opinion = actor.username, clean_text(opinion)
    session.flush()
    _log(session, actor, record, "approve", "退回困难职工档案", before, opinion=record.reviewer_opinion)


def submit_file(session: Session, actor: Actor, file_id: int, *, expected_version: int | None = None) -> None:
    """A returned file, corrected, goes back to the reviewer."""
    actor.require(Right.EDIT)
    record = load_file_in_scope(session, actor, file_id)
    check_version(record, expected_version, f"困难职工档案“{record.name}”")
    _transition(record, "submit")
    before = record.status
    record.status = "pending"
    session.flush()
    _log(session, actor, record, "update", "重新提交困难职工档案", before)


@dataclass(frozen=True)
class ReviewInput:
    year: int
    result: str  # one of REVIEW_RESULTS
    reviewed_on: date | None = None
    opinion: str = ""
    category_after: str | None = None  # for 调整类别
    close_reason: str = ""  # for 脱困 / 注销


def annual_review(session: Session, actor: Actor, file_id: int, review: ReviewInput, *,
                  expected_version: int | None = None, today: date | None = None,
                  watch_months: int = DEFAULT_WATCH_MONTHS) -> int:
    """年度复核: one record per file and year. 脱困 / 注销 close the file like close_file."""
    if not actor.has(Right.APPROVE):
        actor.require(Right.EDIT)
    today = today or date.today()
    record = load_file_in_scope(session, actor, file_id)
    check_version(record, expected_version, f"困难职工档案“{record.name}”")
    _transition(record, "review")
    check = Checker(session)
    reviewed_on = review.reviewed_on or today
    check.date_not_future("reviewed_on", reviewed_on, today, "复核日期")
    if review.result not in REVIEW_RESULTS:
        check.error("result", f"复核结论应为：{'、'.join(REVIEW_RESULTS)}")
    if not 2000 <= review.year <= today.year:
        check.error("year", "复核年度不正确")
    category_after = record.category
    if review.result == "调整类别":
        category_after = check.code("category_after", review.category_after, "hardship_category", "调整后的困难类别",
                                    required=True)
        if category_after == record.category:
            check.error("category_after", "调整后的困难类别与原类别相同")
    if review.result in ("脱困", "注销") and not clean_text(review.close_reason):
        check.error("close_reason", f"请填写{review.result}的原因")
    check.raise_if_any()
    if session.scalar(select(HardshipReview.id).where(HardshipReview.file_id == record.id,
                                                      HardshipReview.year == review.year)):
        raise ValidationError({"year": f"{record.name}的档案已有{review.year}年度的复核记录，每年复核一次"})
    entry = HardshipReview(file_id=record.id, year=review.year, reviewed_on=reviewed_on, result=review.result,
                           category_before=record.category, category_after=category_after,
                           opinion=clean_text(review.opinion) or None, reviewed_by=actor.username)
    session.add(entry)
    before = {"category": record.category,
              "last_review_on": record.last_review_on.isoformat() if record.last_review_on else None}
    record.last_review_on = reviewed_on
    record.category = category_after
    session.flush()
    audit.record(session, actor, "update", "hardship_file", record.id,
                 f"年度复核（{review.year}年，{review.result}）：{record.name}（{record.file_no}）",
                 before=before,
                 after={"result": review.result, "category": record.category, "opinion": entry.opinion})
    if review.result in ("脱困", "注销"):
        close_file(session, actor, record.id, "lifted" if review.result == "脱困" else "cancelled",
                   review.close_reason, closed_on=reviewed_on, today=today, watch_months=watch_months)
    return entry.id


def close_file(session: Session, actor: Actor, file_id: int, outcome: str, reason: str, *,
               closed_on: date | None = None, expected_version: int | None = None, today: date | None = None,
               watch_months: int = DEFAULT_WATCH_MONTHS) -> None:
    """脱困 (the family is out of hardship; watched for `watch_months`) or 注销 (the file was
    wrong, the worker died or left). A closed household may be filed again later."""
    if not actor.has(Right.APPROVE):
        actor.require(Right.EDIT)
    today = today or date.today()
    if outcome not in CLOSE_OUTCOMES:
        raise ValidationError({"outcome": "请选择“脱困”或“注销”"})
    record = load_file_in_scope(session, actor, file_id)
    check_version(record, expected_version, f"困难职工档案“{record.name}”")
    _transition(record, "lift" if outcome == "lifted" else "cancel")
    if not clean_text(reason):
        raise ValidationError({"reason": f"请填写{CLOSE_OUTCOMES[outcome]}的原因"})
    closed_on = closed_on or today
    if closed_on > today:
        raise ValidationError({"closed_on": "办理日期不能晚于今天"})
    if watch_months < 0:
        raise ValidationError({"watch_months": "防返困观察期不能为负数"})
    before = record.status
    record.status, record.closed_on, record.close_reason = outcome, closed_on, clean_text(reason)
    record.open_key = None
    record.watch_until = add_months(closed_on, watch_months) if outcome == "lifted" else None
    session.flush()
    _log(session, actor, record, "update", f"困难职工档案{CLOSE_OUTCOMES[outcome]}", before, reason=record.close_reason,
         watch_until=record.watch_until.isoformat() if record.watch_until else None)


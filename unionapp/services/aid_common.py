"""Helpers shared by the hardship, aid and visit services: numbered records, checks of values
against the editable code tables, amounts and ID numbers typed by clerks, and scope."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from unionapp.db.models import CodeItem, Counter, Organization
from unionapp.domain.errors import DomainError
from unionapp.domain.hardship import parse_amount
from unionapp.domain.idcard import IdInfo, parse_id_number
from unionapp.domain.text import clean_text
from unionapp.services.common import load, require_scope, subtree_clause
from unionapp.services.rights import Actor


def next_number(session: Session, counter: str) -> int:
    """The next value of a named counter, inside the caller's transaction (a rollback returns it).
    The UPDATE takes the write lock first, so two clerks saving at once never share a number."""
    updated = session.execute(update(Counter).where(Counter.name == counter).values(value=Counter.value + 1))
    if updated.rowcount == 0:
        session.add(Counter(name=counter, value=1))
        session.flush()
        return 1
    return session.scalar(select(Counter.value).where(Counter.name == counter))


def code_names(session: Session, category: str) -> set[str]:
    """The enabled names of one code table, as the forms offer them."""
    return set(session.scalars(select(CodeItem.name).where(CodeItem.category == category,
                                                         CodeItem.enabled.is_(True))))


class Checker:
    """Collects every problem of one input so the clerk sees them all at once."""

    def __init__(self, session: Session, stored: object | None = None):
        """`stored`: the record being edited. A dictionary value it already holds stays valid
        after the administrator renamed or disabled that entry: saving an old record for another
        reason must not make the clerk pick a new value for a field they did not touch."""
        self.session = session
        self.stored = stored
        self.errors: dict[str, str] = {}
        self._codes: dict[str, set[str]] = {}

    def error(self, key: str, message: str) -> None:
        self.errors.setdefault(key, message)

    def text(self, value: object) -> str | None:
        return clean_text(value) or None

    def required(self, key: str, value: object, label: str) -> str:
        text = clean_text(value)
        if not text:
            self.error(key, f"请填写{label}")
        return text

    def code(self, key: str, value: object, category: str, label: str, *, required: bool = False) -> str | None:
        text = clean_text(value)
        if not text:
            if required:
                self.error(key, f"请选择{label}")
            return None
        names = self._codes.get(category)
        if names is None:
            names = self._codes[category] = code_names(self.session, category)
        if text not in names and (self.stored is None or getattr(self.stored, key, None) != text):
            self.error(key, f"{label}“{text}”不在字典中，请从列表中选择")
        return text

    def choice(self, key: str, value: object, options: tuple[str, ...], label: str) -> str | None:
        text = clean_text(value)
        if text and text not in options:
            self.error(key, f"{label}“{text}”无法识别，可选：{'、'.join(options)}")
        return text or None

    def amount(self, key: str, value: object, label: str, *, allow_zero: bool = True) -> Decimal | None:
        try:
            return parse_amount(value, label, allow_zero=allow_zero)
        except DomainError as exc:
            self.error(key, exc.message)
            return None

    def id_number(self, key: str, value: object, today: date, *, required: bool = True) -> IdInfo | None:
        if not clean_text(value):
            if required:
                self.error(key, "请填写身份证号码")
            return None
        if "*" in clean_text(value):
            self.error(key, "身份证号码不完整（已脱敏），请填写完整号码")
            return None
        try:
            return parse_id_number(value, today=today)
        except DomainError as exc:
            self.error(key, exc.message)
            return None

    def date_not_future(self, key: str, value: date | None, today: date, label: str) -> None:
        if value is not None and value > today:
            self.error(key, f"{label}不能晚于今天")

    def raise_if_any(self) -> None:
        if self.errors:
            from unionapp.services.errors import ValidationError

            raise ValidationError(self.errors)


def org_in_scope(session: Session, actor: Actor, org_id: int | None, what: str = "所属工会") -> Organization | None:
    if org_id is None:
        return None
    org = load(session, Organization, org_id, what)
    require_scope(actor, org.path, what)
    return org


def scope_condition(actor: Actor):
    """Rows whose organisation (joined as Organization) lies in the actor's scope, or None."""
    if actor.scope_path:
        return subtree_clause(Organization.path, actor.scope_path)
    return None


def subtree_of(session: Session, org_id: int):
    """Condition on Organization.path: the subtree of `org_id` (an unknown id matches nothing)."""
    path = session.scalar(select(Organization.path).where(Organization.id == org_id)) or "/none/"
    return subtree_clause(Organization.path, path)


def township_of(session: Session, org: Organization | None) -> Organization | None:
    """The 乡镇（街道）总工会 above (or at) an organisation, by its tree path."""
    if org is None:
        return None
    ids = [int(part) for part in org.path.strip("/").split("/") if part]
    if not ids:
        return None
    return session.scalars(select(Organization).where(Organization.id.in_(ids), Organization.level == "township")
                           ).first()


def money_sum(values) -> Decimal:
    return sum((Decimal(v) for v in values if v is not None), Decimal(0))


def yuan(value: Decimal | None) -> str:
    """An amount as written in messages: 1,200.00 元."""
    return f"{(value or Decimal(0)):,.2f} 元"

"""字典维护 (DESIGN §3): the administrator edits the code tables that fill the forms' drop-downs.

Records store a dictionary entry's *name* as text (a member's 民族 holds "汉族", not "01"), so
renaming an entry changes what new records get while existing records keep the text they were
saved with, and disabling one only takes it out of the drop-downs. Entries are never deleted:
seed_code_tables adds every missing (category, code) pair at each start, so a deleted seed entry
would come back, whereas renamed and disabled ones stay as the office left them.

Some dictionaries are read by the program itself and are view-only here (LOCKED_CATEGORIES);
single entries the program compares against by name cannot be renamed or disabled
(PROTECTED_ITEMS). Every change needs 维护字典 (Right.CODES) and writes one audit entry."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from unionapp.db.models import CodeItem
from unionapp.db.seed_codes import CATEGORIES, CodeCategory
from unionapp.domain.text import clean_text
from unionapp.services import audit
from unionapp.services.common import check_version, load
from unionapp.services.errors import ConflictError, NotFound, ValidationError
from unionapp.services.rights import Actor, Right

AUDIT_ENTITY = "code"  # the audit page already names this record kind 字典
MAX_CODE_LENGTH = 20
MAX_NAME_LENGTH = 60
_CODE_PATTERN = re.compile(r"[A-Za-z0-9]+")

# Dictionaries the program reads itself, with the reason shown to the administrator.
LOCKED_CATEGORIES: dict[str, str] = {
    # The sex is taken from the ID number as "男"/"女", and the figures count "女" by that text.
    "gender": "性别由身份证号码确定，统计按“男”“女”计数，不能修改",
    # Members, organisations and their levels store the program's own keys (active, county …) and
    # the screens show the program's own labels: these tables only document the codes.
    "membership_status": "会籍状态由程序按会籍变动确定，只能查看",
    "org_status": "组织状态由程序按撤销、合并操作确定，只能查看",
    "org_level": "组织层级决定上下级关系，由程序内置，只能查看",
}

# Single entries compared by name; the rest of their dictionary stays editable.
PROTECTED_ITEMS: dict[tuple[str, str], str] = {
    ("id_type", "111"): "程序按“居民身份证”校验证件号码并推算出生日期和性别，此项不能改名或停用",
}

_BY_KEY: dict[str, CodeCategory] = {c.key: c for c in CATEGORIES}


@dataclass(frozen=True)
class CategoryRow:
    key: str
    label: str
    standard: str  # the national standard, "" for a local list
    lock_reason: str  # "" when the dictionary may be edited
    item_count: int
    enabled_count: int

    @property
    def locked(self) -> bool:
        return bool(self.lock_reason)


@dataclass(frozen=True)
class CodeItemRow:
    id: int
    version: int
    category: str
    code: str
    name: str
    sort_order: int
    enabled: bool
    lock_reason: str  # why it cannot be renamed or disabled; "" when it can

    @property
    def locked(self) -> bool:
        return bool(self.lock_reason)


# ---------------------------------------------------------------------- reading
def list_categories(session: Session, actor: Actor) -> tuple[CategoryRow, ...]:
    """Every dictionary in the seed order, with how many entries it holds and how many are in use."""
    actor.require(Right.VIEW)
    counts: dict[str, list[int]] = {}
    query = select(CodeItem.category, CodeItem.enabled, func.count()).group_by(CodeItem.category, CodeItem.enabled)
    for key, enabled, count in session.execute(query):
        total = counts.setdefault(key, [0, 0])
        total[0] += count
        if enabled:
            total[1] += count
    return tuple(
        CategoryRow(c.key, c.label, c.standard, LOCKED_CATEGORIES.get(c.key, ""), *counts.get(c.key, (0, 0)))
        for c in CATEGORIES
    )


def list_items(session: Session, actor: Actor, category: str) -> tuple[CodeItemRow, ...]:
    """A dictionary's entries in display order, disabled ones included."""
    actor.require(Right.VIEW)
    _category(category)
    return tuple(_row(item) for item in _items(session, category))


# ---------------------------------------------------------------------- changing
def add_item(session: Session, actor: Actor, category: str, code: str, name: str) -> CodeItemRow:
    """A new entry at the end of the list, in use at once."""
    actor.require(Right.CODES)
    cat = _editable_category(category)
    items = _items(session, category)
    errors: dict[str, str] = {}
    code_text, name_text = _check_code(code, errors), _check_name(name, errors)
    if "code" not in errors:
        _check_unique_code(cat, items, code_text, errors)
    if "name" not in errors:
        _check_unique_name(cat, items, name_text, errors, exclude=None)
    if errors:
        raise ValidationError(errors)
    item = CodeItem(category=category, code=code_text, name=name_text,
                    sort_order=max((i.sort_order for i in items), default=-1) + 1, enabled=True)
    session.add(item)
    try:
        session.flush()
    except IntegrityError:
        # Another administrator added the same code between our check and this insert.
        raise ValidationError({"code": f"代码“{code_text}”在“{cat.label}”中已被使用"}) from None
    audit.record(session, actor, "create", AUDIT_ENTITY, item.id, f"字典“{cat.label}”新增：{code_text} {name_text}",
                 after=audit.snapshot(item))
    return _row(item)


def rename_item(session: Session, actor: Actor, item_id: int, name: str, *,
                expected_version: int | None = None) -> CodeItemRow:
    """A new display name; records saved with the old name keep it (they store the text)."""
    actor.require(Right.CODES)
    item, cat = _editable_item(session, item_id, expected_version)
    errors: dict[str, str] = {}
    name_text = _check_name(name, errors)
    if not errors:
        _check_unique_name(cat, _items(session, cat.key), name_text, errors, exclude=item.id)
    if errors:
        raise ValidationError(errors)
    if name_text == item.name:
        return _row(item)
    old_name = item.name
    return _save(session, actor, item, cat, f"字典“{cat.label}”改名：{item.code} {old_name} → {name_text}",
                 name=name_text)


def set_enabled(session: Session, actor: Actor, item_id: int, enabled: bool, *,
                expected_version: int | None = None) -> CodeItemRow:
    """Disabled entries leave the drop-downs; records that hold them keep their text."""
    actor.require(Right.CODES)
    item, cat = _editable_item(session, item_id, expected_version)
    if item.enabled == enabled:
        return _row(item)
    if not enabled:
        others = [i for i in _items(session, cat.key) if i.enabled and i.id != item.id]
        if not others:
            raise ValidationError({"enabled": f"“{cat.label}”至少要保留一个启用的项目，不能停用最后一项"})
    verb = "启用" if enabled else "停用"
    return _save(session, actor, item, cat, f"字典“{cat.label}”{verb}：{item.code} {item.name}", enabled=enabled)


def move_item(session: Session, actor: Actor, item_id: int, step: int, *,
              expected_version: int | None = None) -> CodeItemRow:
    """Move one place up (step -1) or down (step +1) in the drop-down order."""
    actor.require(Right.CODES)
    if step not in (-1, 1):
        raise ValidationError({"step": "只能上移或下移一位"})
    item = load(session, CodeItem, item_id, "字典项")
    check_version(item, expected_version, f"字典项“{item.name}”")
    cat = _editable_category(item.category)
    items = _items(session, cat.key)
    index = next(i for i, other in enumerate(items) if other.id == item.id)
    target = index + step
    if not 0 <= target < len(items):
        raise ValidationError({"step": f"“{item.name}”已经在最{'前' if step < 0 else '后'}面"})
    items[index], items[target] = items[target], items[index]
    before = item.sort_order
    # Renumber 0..n-1: entries a later seed added may share a sort_order with the office's own,
    # and a swap of equal numbers would not move anything. Only entries whose number differs
    # are written, so a plain swap touches two rows.
    for order, other in enumerate(items):
        if other.sort_order != order:
            other.sort_order = order
    _flush(session, f"字典项“{item.name}”")
    audit.record(session, actor, "update", AUDIT_ENTITY, item.id,
                 f"字典“{cat.label}”{'上移' if step < 0 else '下移'}：{item.code} {item.name}",
                 before={"sort_order": before}, after={"sort_order": item.sort_order})
    return _row(item)


# ---------------------------------------------------------------------- helpers
def _category(key: str) -> CodeCategory:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise NotFound(f"找不到字典“{key}”") from None


def _editable_category(key: str) -> CodeCategory:
    cat = _category(key)
    reason = LOCKED_CATEGORIES.get(key)
    if reason:
        raise ValidationError({"category": f"字典“{cat.label}”不能修改：{reason}"})
    return cat


def _editable_item(session: Session, item_id: int, expected_version: int | None) -> tuple[CodeItem, CodeCategory]:
    item = load(session, CodeItem, item_id, "字典项")
    check_version(item, expected_version, f"字典项“{item.name}”")
    cat = _editable_category(item.category)
    reason = PROTECTED_ITEMS.get((item.category, item.code))
    if reason:
        raise ValidationError({"item": f"“{item.name}”不能修改：{reason}"})
    return item, cat


def _items(session: Session, category: str) -> list[CodeItem]:
    # A dictionary holds a few dozen entries at most, so the checks below run in Python on the
    # whole list: the same on SQLite and PostgreSQL, whatever their collations.
    return list(session.scalars(
        select(CodeItem).where(CodeItem.category == category).order_by(CodeItem.sort_order, CodeItem.id)
    ))


def _check_code(value: object, errors: dict[str, str]) -> str:
    code = clean_text(value)  # full-width digits typed with a Chinese input method are folded
    if not code:
        errors["code"] = "请填写代码"
    elif len(code) > MAX_CODE_LENGTH or not _CODE_PATTERN.fullmatch(code):
        errors["code"] = f"代码只能由字母和数字组成，不超过{MAX_CODE_LENGTH}位：{code}"
    return code


def _check_name(value: object, errors: dict[str, str]) -> str:
    name = clean_text(value)
    if not name:
        errors["name"] = "请填写名称"
    elif len(name) > MAX_NAME_LENGTH:
        errors["name"] = f"名称不能超过{MAX_NAME_LENGTH}个字"
    return name


def _disabled_note(item: CodeItem) -> str:
    return "（该项已停用，可以重新启用）" if not item.enabled else ""


def _check_unique_code(cat: CodeCategory, items: list[CodeItem], code: str, errors: dict[str, str]) -> None:
    # Case-insensitive: "a1" and "A1" would look like one code on a printed form.
    same = next((i for i in items if i.code.casefold() == code.casefold()), None)
    if same is not None:
        errors["code"] = f"代码“{code}”在“{cat.label}”中已被“{same.name}”使用{_disabled_note(same)}"


def _check_unique_name(cat: CodeCategory, items: list[CodeItem], name: str, errors: dict[str, str], *,
                       exclude: int | None) -> None:
    same = next((i for i in items if i.name == name and i.id != exclude), None)
    if same is not None:
        errors["name"] = f"“{cat.label}”中已有名称“{name}”（代码 {same.code}）{_disabled_note(same)}"


def _save(session: Session, actor: Actor, item: CodeItem, cat: CodeCategory, summary: str, **changes) -> CodeItemRow:
    before = audit.snapshot(item)
    what = f"字典项“{item.name}”"  # named as the other clerk last saw it
    for key, value in changes.items():
        setattr(item, key, value)
    _flush(session, what)
    old, new = audit.changed(before, audit.snapshot(item))
    audit.record(session, actor, "update", AUDIT_ENTITY, item.id, summary, before=old, after=new)
    return _row(item)


def _flush(session: Session, what: str) -> None:
    try:
        session.flush()
    except StaleDataError:
        # Saved by someone else after we loaded it (the Versioned mixin's UPDATE … AND version = ?).
        raise ConflictError(what) from None


def _row(item: CodeItem) -> CodeItemRow:
    reason = LOCKED_CATEGORIES.get(item.category) or PROTECTED_ITEMS.get((item.category, item.code), "")
    return CodeItemRow(item.id, item.version, item.category, item.code, item.name, item.sort_order, item.enabled,
                       reason)

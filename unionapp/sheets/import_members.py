"""Member rosters in (DESIGN §2.2, §5): every row checked by the shared member rules, refused
with its reason or written in bulk — one transaction for the batch.

Decisions:
- A row whose ID number is already registered updates that member (会员编号, 会籍 history and
  search keys kept); an empty cell never erases a stored value, and 入会日期 is history, so
  it is not changed by a re-import.
- A row that names a different union for an existing member is refused: moving a member is a
  transfer (关系接转), which DESIGN §3 puts through a reviewer's approval, not a sheet.
- Union names are not unique. Of several unions of the row's name (full name, else short name,
  else employer), those in another township than the row's 所在镇街 are left out, then those
  outside the clerk's scope when one inside remains; a member already registered with one of
  those left stays there (so a re-imported export is unchanged). One left: it; several: the row
  is refused, saying where each is and to fill 所在镇街; none in the row's township: refused, as
  the roster then names another union than the one the system has.
- A union named in the roster that does not exist is created as a 基层工会 under the township
  named in the row (所在镇街), or under the county federation; rows of one new name and one
  township share it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from unionapp.db.bulk import sqlite_json
from unionapp.db.models import Member
from unionapp.domain.member_check import FIELD_LABELS, check_member
from unionapp.domain.org_levels import LEVEL_LABELS
from unionapp.domain.text import clean_text
from unionapp.services import audit
from unionapp.services.organizations import OrgInput, create_organization
from unionapp.services.rights import Actor, Right
from unionapp.services.search_keys import index_members, remove_member_keys
from unionapp.sheets.columns import MEMBERS
from unionapp.sheets.gc_pause import gc_paused
from unionapp.sheets.layout import SheetTable
from unionapp.sheets.member_writer import CRASH_ENV, insert_new_members
from unionapp.sheets.org_lookup import OrgDirectory, OrgRef, name_key, scope_ok, township_key
from unionapp.sheets.results import (
    ImportOptions,
    ImportResult,
    Progress,
    RowCollector,
    report_progress,
    start_result,
)

CRASH_ENV = CRASH_ENV  # the crash test's hook: importable from here as before (see member_writer)
_LOOKUP_CHUNK = 2000

# Stored fields a re-import may change (joined_on is history; org_id is a transfer).
_UPDATABLE = ("name", "sex", "nation", "id_type", "birth_date", "phone", "education", "skill_level",
              "political_status", "hukou_type", "is_migrant", "employment_form", "new_employment_form",
              "employer_name", "post", "card_no", "remark")
# The column a union problem is reported on, when not 所属工会.
_PROBLEM_COLUMN = {"township_mismatch": "township", "township_needed": "township"}
# Fields known from the ID number whenever the ID column is there.
_FROM_ID = {"sex": "id_number", "birth_date": "id_number"}


@dataclass
class _NewUnion:
    name: str
    parent: OrgRef
    township: str | None
    town_missing: bool = False  # a township was named but is not in the system
    ref: OrgRef | None = None  # once created


@dataclass(frozen=True)
class _Namesakes:
    """Several unions the row's union cell may mean: a member already registered with one of them
    stays there; any other row is refused with `message`."""
    ids: frozenset[int]
    message: str


@dataclass
class _Planned:
    row: int
    values: dict
    union: OrgRef | _NewUnion | _Namesakes | None
    existing: tuple | None = None  # (member id, changes, before, name changed, stored ID number)


def import_members(
    session: Session, actor: Actor, table: SheetTable, options: ImportOptions = ImportOptions(),
    progress: Progress | None = None,
) -> ImportResult:
    actor.require(Right.EDIT)
    with gc_paused():
        return _import_members(session, actor, table, options, progress)


def _import_members(session: Session, actor: Actor, table: SheetTable, options: ImportOptions,
                    progress: Progress | None) -> ImportResult:
    today = options.today or date.today()
    result = start_result("members", table, options)
    rows = RowCollector(table, MEMBERS, result)
    mapped = set(table.layout.mapping)
    directory = OrgDirectory(session)
    planner = _UnionPlanner(directory, actor, options.default_org_id)

    planned: list[_Planned] = []
    first_row_of: dict[str, int] = {}
    blank_cells: dict[str, bool] = {}  # 是否农民工 cells by their text: blank or not
    total = len(table.rows)
    for done, data in enumerate(table.rows, 1):
        raw = data.values
        row = data.number
        # The importer's own keys (union, township …) are ignored by check_member.
        checked = check_member(raw, today=today)
        values = checked.values
        if checked.errors:
            errors = [rows.issue(row, i.field, i.code, _own_message(i)) for i in checked.errors]
            id_refused = any(i.field == "id_number" for i in checked.errors)
        else:
            errors, id_refused = [], False
        number = values["id_number"]
        if number and not id_refused:
            first = first_row_of.setdefault(number, row)
            if first != row:
                errors.append(rows.issue(row, "id_number", "duplicate_in_file",
                                         f"与第{first}行的证件号码相同（{number}），同一人只能登记一次，本行未导入"))
        if not values["is_migrant"]:
            migrant = raw.get("is_migrant")
            blank = blank_cells.get(migrant) if migrant.__class__ is str else None
            if blank is None:
                blank = clean_text(migrant) == ""
                if migrant.__class__ is str:
                    blank_cells[migrant] = blank
            if blank:
                values["is_migrant"] = None  # blank: keep a stored member's value, False for a new one
        union, problem = planner.union_for(raw.get("union"), raw.get("township"))
        if problem and problem[0] != "required":
            errors.append(rows.issue(row, _PROBLEM_COLUMN.get(problem[0], "union"), problem[0], problem[1]))
        elif problem:
            union = None  # fine for a member already registered (kept where they are), else refused
        if checked.warnings or union.__class__ is _NewUnion:
            warnings = [rows.issue(row, i.field, i.code, _own_message(i)) for i in checked.warnings]
            if union.__class__ is _NewUnion and union.town_missing:
                warnings.append(rows.issue(row, "township", "unknown_township",
                                           f"系统中没有乡镇（街道）“{union.township}”，新建的“{union.name}”挂在"
                                           f"“{union.parent.name}”下，请核对"))
            rows.warn(row, warnings)
        if errors:
            rows.reject(data, errors)
        else:
            planned.append(_Planned(row, values, union))
        if done % 2000 == 0:
            report_progress(progress, done // 4, total)

    _match_existing(session, planned, mapped, rows, directory, {r.number: r for r in table.rows})
    new = [p for p in planned if p.existing is None]
    changed = [p for p in planned if p.existing is not None and p.existing[1]]
    result.unchanged = sum(1 for p in planned if p.existing is not None and not p.existing[1])
    result.imported, result.updated = len(new), len(changed)
    used = {id(p.union) for p in new if isinstance(p.union, _NewUnion)}
    result.created_organizations = [u.name for u in planner.new_unions.values() if id(u) in used]
    result.rejected.sort(key=lambda r: r.row)
    if options.dry_run:
        report_progress(progress, total, total)
        return result

    planner.create_unions(session, actor, {id(p.union): p.union for p in new if isinstance(p.union, _NewUnion)},
                          today)
    insert_new_members(session, actor, new, today, progress, total)
    _apply_updates(session, actor, changed)
    if new or changed:
        audit.record(session, actor, "import", "member", None,
                     f"导入会员（{options.source_name or '表格'}）：新增 {len(new)} 人，更新 {len(changed)} 人，"
                     f"拒绝 {len(result.rejected)} 行",
                     after={"imported": len(new), "updated": len(changed), "rejected": len(result.rejected),
                            "created_organizations": result.created_organizations})
    report_progress(progress, total, total)
    return result


def _own_message(issue) -> str:
    """check_member prefixes some messages with the field's label; the row message already
    names the column."""
    label = FIELD_LABELS.get(issue.field, "")
    prefix = f"{label}："
    return issue.message[len(prefix):] if label and issue.message.startswith(prefix) else issue.message


class _UnionPlanner:
    """Which union each row belongs to; unknown names become planned new 基层工会."""

    def __init__(self, directory: OrgDirectory, actor: Actor, default_org_id: int | None):
        self.directory = directory
        self.actor = actor
        self.default = directory.by_id.get(default_org_id) if default_org_id else None
        # (name key, where) → planned union; where is "#<township id>", "?<unknown township>" or "".
        self.new_unions: dict[tuple[str, str], _NewUnion] = {}
        self.cache: dict[tuple[str, str], tuple] = {}
        self.raw_cache: dict[tuple, tuple] = {}

    def union_for(self, union_text, township_text) -> tuple[OrgRef | _NewUnion | _Namesakes | None,
                                                            tuple[str, str] | None]:
        # By the cells as they are first (a roster repeats them on every row), then cleaned;
        # only texts are keys as they are (True == 1 as a key, but they clean differently).
        plain = union_text.__class__ is str and (township_text is None or township_text.__class__ is str)
        found = self.raw_cache.get((union_text, township_text)) if plain else None
        if found is None:
            key = (clean_text(union_text), clean_text(township_text))
            found = self.cache.get(key)
            if found is None:
                found = self.cache[key] = self._resolve(*key)
            if plain:
                self.raw_cache[(union_text, township_text)] = found
        return found

    def _resolve(self, union_text: str, township_text: str):
        if not union_text:
            if self.default is not None:
                return self.default, None
            return None, ("required", "所属工会为空，请填写会员所在的基层工会")
        namesakes = self.directory.member_unions(union_text)
        if not namesakes:
            ref = self.directory.find(union_text)
            if ref is not None:
                return None, ("not_grassroots", f"“{ref.name}”是{LEVEL_LABELS.get(ref.level, ref.level)}，"
                                                "会员应登记在基层工会或分会")
            return self._new_union(union_text, township_text)
        name = namesakes[0].name
        found = [r for r in namesakes if r.status == "normal"]
        if not found:
            return None, ("closed", f"“{name}”已撤销或合并，不能登记会员")
        directory = self.directory
        if township_text:
            in_town = directory.in_township_of(found, township_text)
            if not in_town:
                return None, ("township_mismatch",
                              f"系统中的“{name}”{directory.describe(found)}，不在“{township_text}”；请核对所在镇街。"
                              "如果是该镇街另一个同名的工会，请先在组织管理中新建它")
            found = in_town
        inside = [r for r in found if scope_ok(self.actor, r)]
        if not inside:
            return None, ("scope", f"“{name}”不在您的管辖范围内")
        if len(inside) == 1:
            return inside[0], None
        where = directory.describe(inside)
        if not township_text and directory.towns_differ(inside):
            message = (f"系统中有{len(inside)}个“{name}”（{where}），无法确定是哪一个；"
                       "请在“所在镇街”列填写该工会所在的乡镇（街道）以便区分")
        else:
            message = (f"系统中有{len(inside)}个“{name}”（{where}），按所在镇街也无法区分；"
                       "请先在组织管理中修改名称，使它们各不相同")
        return _Namesakes(frozenset(r.id for r in inside), message), None

    def _new_union(self, name: str, township_text: str):
        key = name_key(name)
        parent = self.directory.township(township_text) if township_text else None
        town_missing = bool(township_text) and parent is None
        where = f"#{parent.id}" if parent is not None else f"?{township_key(township_text)}" if township_text else ""
        planned = self.new_unions.get((key, where))
        if planned is not None:
            return planned, None
        if not township_text:
            # A row without 所在镇街 joins the new union of its name the roster already has.
            same = [u for (k, _where), u in self.new_unions.items() if k == key]
            if len(same) == 1:
                return same[0], None
            if same:
                places = "、".join(dict.fromkeys(u.township or u.parent.name for u in same))
                return None, ("township_needed", f"表中有多个新的“{name}”（{places}），请在“所在镇街”列填写"
                                                 "该工会所在的乡镇（街道）以便区分")
        if parent is None:
            parent = self.directory.root
        if parent is None:
            return None, ("unknown_union", f"系统中没有“{name}”，也还没有建立县总工会，无法自动新建；请先建立组织")
        if not scope_ok(self.actor, parent):
            return None, ("scope", f"系统中没有“{name}”，而新建它所在的“{parent.name}”不在您的管辖范围内")
        planned = self.new_unions[(key, where)] = _NewUnion(name, parent, township_text or None, town_missing)
        return planned, None

    def create_unions(self, session: Session, actor: Actor, unions: dict[int, _NewUnion], today: date) -> None:
        for union in unions.values():
            org_id = create_organization(
                session, actor,
                OrgInput(level="grassroots", name=union.name, parent_id=union.parent.id,
                         township_name=union.township, remark="导入会员名册时自动新建，请补全资料"),
                today=today,
            )
            union.ref = OrgRef(org_id, union.name, "grassroots", "normal", "")


def _match_existing(session: Session, planned: list[_Planned], mapped: set[str], rows: RowCollector,
                    directory: OrgDirectory, data_rows: dict) -> None:
    """Rows whose ID number is already registered become updates (or refusals, for a transfer);
    new members without a union are refused here."""
    by_number = {p.values["id_number"]: p for p in planned}
    numbers = list(by_number)
    columns = [Member.__table__.c[name] for name in ("id", "id_number", "org_id", *_UPDATABLE)]
    refused: set[int] = set()
    for stored in _stored_members(session, columns, numbers):
        plan = by_number[stored["id_number"]]
        union = plan.union
        if union.__class__ is _Namesakes:
            if stored["org_id"] not in union.ids:
                refused.add(id(plan))
                rows.reject(data_rows[plan.row], [rows.issue(plan.row, "union", "ambiguous_union", union.message)])
                continue
            union = plan.union = directory.by_id[stored["org_id"]]  # where the member already is
        if union is not None and not (union.__class__ is OrgRef and union.id == stored["org_id"]):
            refused.add(id(plan))
            rows.reject(data_rows[plan.row], [rows.issue(
                plan.row, "union", "transfer_needed", _transfer_message(stored["name"], directory.by_id.get(
                    stored["org_id"]), union, directory))])
            continue
        changes = _changes(stored, plan.values, mapped)
        before = {k: _json(stored[k]) for k in changes}
        plan.existing = (stored["id"], changes, before, "name" in changes, stored["id_number"])
    for plan in planned:
        if plan.existing is None and (plan.union is None or plan.union.__class__ is _Namesakes) \
                and id(plan) not in refused:
            if plan.union is None:
                refused.add(id(plan))
                rows.reject(data_rows[plan.row], [rows.issue(plan.row, "union", "required",
                                                             "所属工会为空，请填写会员所在的基层工会")])
            elif plan.union.__class__ is _Namesakes:
                refused.add(id(plan))
                rows.reject(data_rows[plan.row], [rows.issue(plan.row, "union", "ambiguous_union",
                                                             plan.union.message)])
    if refused:
        planned[:] = [p for p in planned if id(p) not in refused]


def _transfer_message(member: str, current: OrgRef | None, union: OrgRef | _NewUnion,
                      directory: OrgDirectory) -> str:
    where = f"“{current.name}”" if current else "其他工会"
    named = f"“{union.name}”"
    if current is not None and union.__class__ is OrgRef and name_key(current.name) == name_key(union.name):
        # Namesakes: say which is which.
        where = f"{directory.where(current)}的“{current.name}”"
        named = f"{directory.where(union)}的同名工会"
    return (f"该会员（{member}）已登记在{where}，本行填写的是{named}。更换工会属于会籍接转，"
            "请在会员管理中办理“转出/转入”，本行未导入")


def _stored_members(session: Session, columns: list, numbers: list[str]):
    """The stored members among `numbers` (by ID number). SQLite takes the numbers as one JSON
    array in one query; other databases get them in chunks of bound parameters."""
    if sqlite_json(session):
        each = func.json_each(json.dumps(numbers)).table_valued("value")
        yield from session.execute(select(*columns).where(Member.id_number.in_(select(each.c.value)))).mappings()
        return
    for start in range(0, len(numbers), _LOOKUP_CHUNK):
        chunk = numbers[start : start + _LOOKUP_CHUNK]
        yield from session.execute(select(*columns).where(Member.id_number.in_(chunk))).mappings()


def _changes(stored, values: dict, mapped: set[str]) -> dict:
    changes = {}
    for key in _UPDATABLE:
        source = _FROM_ID.get(key, key)
        if source not in mapped:
            continue  # the sheet has no such column: keep what is stored
        new = values.get(key)
        if new is None or new == "":
            continue  # an empty cell never erases a stored value
        if stored[key] != new:
            changes[key] = new
    return changes


def _json(value):
    return value.isoformat() if isinstance(value, date) else value


def _apply_updates(session: Session, actor: Actor, changed: list[_Planned]) -> None:
    if not changed:
        return
    now = datetime.now()
    table = Member.__table__
    for plan in changed:
        member_id, changes, before, name_changed, number = plan.existing
        values = dict(changes)
        if "phone" in values:
            values["phone_rev"] = values["phone"][::-1] if values["phone"] else None
        session.execute(
            update(table).where(table.c.id == bindparam("b_id"))
            .values(**{k: bindparam(k) for k in values}, version=table.c.version + 1, updated_at=now),
            [{"b_id": member_id, **values}],
        )
        if name_changed:
            remove_member_keys(session, member_id, number)
            index_members(session, [(member_id, changes["name"], number)])
        audit.record(session, actor, "update", "member", member_id,
                     f"导入更新会员：{changes.get('name') or plan.values['name']}",
                     before=before, after={k: _json(v) for k, v in changes.items()})

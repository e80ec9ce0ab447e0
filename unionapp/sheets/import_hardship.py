"""困难职工档案 sheets in (DESIGN §5), row by row through the hardship service so the same checks
(code tables, 一户一档, scope) and audit entries apply as in the form.

- A row whose ID number belongs to a member files the member (name and union from the member
  record); other rows need 所属工会 (or 所在镇街).
- A row stands for the file of its 档案编号 when it has one (an export re-imported), open or
  closed; else for the open file of its ID number; else it is a new household (see _match).
- A row of an open file updates that file with the cells that are filled; empty cells never
  erase stored values. Family members are kept as they are.
- A row of a closed file (脱困 / 注销) that differs from it is refused: see _ClosedFile.
- New files start 待审核, as a file typed in would: a reviewer approves them.
- Every write goes into the caller's transaction: a dry run (or a crash) is rolled back whole."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from unionapp.db.models import HardshipFile, Member
from unionapp.domain.hardship import CLOSED_STATUSES, FILE_STATUS_LABELS
from unionapp.services.errors import ServiceError
from unionapp.services.hardship import HardshipInput, create_hardship_file, stored_input, update_hardship_file
from unionapp.services.rights import Actor, Right
from unionapp.sheets.aid_columns import HARDSHIP
from unionapp.sheets.import_aid_common import RowParser, service_problems
from unionapp.sheets.layout import SheetTable
from unionapp.sheets.org_lookup import OrgDirectory, scope_ok
from unionapp.sheets.results import (
    ImportOptions,
    ImportResult,
    Progress,
    RowCollector,
    report_progress,
    start_result,
)

_CAUSE_SPLIT = re.compile(r"[、,，;；/\s]+")
_TEXTS = ("unit_name", "phone", "address", "category", "main_cause", "health", "work_status", "marriage", "housing",
          "hukou", "medical_insurance", "model_worker_type", "bank_name", "bank_account", "situation", "remark")
_FIELD_COLUMNS = {"org_id": "union", "member_id": "id_number", "status": "name", "filed_on": "filed_on"}
_CLOSED_LABELS = {FILE_STATUS_LABELS[status]: status for status in CLOSED_STATUSES}  # 脱困 → lifted
_MATCH_COLUMNS = (HardshipFile.id, HardshipFile.file_no, HardshipFile.id_number, HardshipFile.status,
                  HardshipFile.closed_on)


class _ClosedFile(Exception):
    """A row that differs from the closed file it stands for. It is refused, not applied: a file
    closed as 脱困 or 注销 is the record of a decision (with its reason and, for 脱困, the 防返困
    watch) and the lifecycle has no way back from it, so a sheet may not rewrite it. Nor is the
    row a new household: a clerk re-importing an export expects the closed families to stay
    closed, not to come back as new 待审核 files. A household to be filed again gets a new file on
    purpose — in the program, or by importing the row without its 档案编号 and 档案状态 — and the
    new file waits for a reviewer like any other."""


def _values(parser: RowParser) -> dict:
    values: dict = {key: parser.text(key) for key in _TEXTS}
    causes = parser.text("secondary_causes")
    values["secondary_causes"] = tuple(c for c in _CAUSE_SPLIT.split(causes) if c) if causes else None
    values["monthly_income"] = parser.amount("monthly_income", "本人月收入")
    values["family_annual_income"] = parser.amount("family_annual_income", "家庭年收入")
    values["family_size"] = parser.count("family_size", "家庭人口")
    values["single_parent"] = parser.yes_no("single_parent")
    values["zero_employment"] = parser.yes_no("zero_employment")
    values["filed_on"] = parser.day("filed_on")
    return values


def import_hardship(
    session: Session, actor: Actor, table: SheetTable, options: ImportOptions = ImportOptions(),
    progress: Progress | None = None,
) -> ImportResult:
    actor.require(Right.EDIT)
    today = options.today or date.today()
    result = start_result("hardship", table, options)
    rows = RowCollector(table, HARDSHIP, result)
    directory = OrgDirectory(session)
    first_row_of: dict[int | str, int] = {}  # ID number, or a closed file's id → its first row
    total = len(table.rows)
    for done, data in enumerate(table.rows, 1):
        parser = RowParser(data.values, today)
        name = parser.text("name")
        if not name:
            parser.problems.append(("name", "required", "姓名不能为空"))
        info = parser.id_number()
        values = _values(parser)
        number = info.number if info else None
        found = _match(session, parser, number)
        # One row per person with an open or new file (一户一档), one row per closed file.
        closed = found is not None and found.status in CLOSED_STATUSES
        key = found.id if closed else number
        if key is not None:
            first = first_row_of.setdefault(key, data.number)
            if first != data.number:
                parser.problems.append(("id_number", "duplicate_in_file", f"与第{first}行是同一档案（{found.file_no}）"
                                        if closed else f"与第{first}行的身份证号码相同，一户只建一个档案"))
        member = session.execute(select(Member.id, Member.name).where(Member.id_number == number)).first() \
            if number else None
        org_id = None
        if member is None and (found is None or parser.text("union") or parser.text("township")):
            # A file already open keeps its union unless the row names another one.
            org_id = _union(parser, directory, actor)
        elif member is not None and name and member.name != name:
            parser.warnings.append(("name", "name_differs", f"姓名与会员登记的“{member.name}”不一致，按会员登记"))
        rows.warn(data.number, [rows.issue(data.number, *w) for w in parser.warnings])
        if parser.problems:
            rows.reject(data, [rows.issue(data.number, *p) for p in parser.problems])
            continue
        try:
            outcome, warnings = _save(session, actor, found, number, name, member.id if member else None, org_id,
                                      values, today)
        except _ClosedFile as exc:
            column = "file_no" if parser.text("file_no") else "status"
            rows.reject(data, [rows.issue(data.number, column, "closed_file", str(exc))])
            continue
        except ServiceError as exc:
            problems = service_problems(exc, HARDSHIP, _FIELD_COLUMNS, "name")
            rows.reject(data, [rows.issue(data.number, *p) for p in problems])
            continue
        rows.warn(data.number, [rows.issue(data.number, "name", "warning", w) for w in warnings])
        if outcome == "created":
            result.imported += 1
        elif outcome == "updated":
            result.updated += 1
        else:
            result.unchanged += 1
        if done % 200 == 0:
            report_progress(progress, done, total)
    report_progress(progress, total, total)
    return result


def _union(parser: RowParser, directory: OrgDirectory, actor: Actor) -> int | None:
    union_text, town_text = parser.text("union"), parser.text("township")
    ref = None
    if union_text:
        # Unions may share a name (two 中心小学工会 in two townships): narrowed like a member
        # roster's, by 所在镇街 and the clerk's scope; what is still ambiguous is refused.
        refs = directory.named(union_text)
        if not refs:
            parser.problems.append(("union", "unknown_union", f"系统中没有工会“{union_text}”"))
            return None
        if town_text:
            refs = directory.in_township_of(refs, town_text)
            if not refs:
                parser.problems.append(("township", "township_mismatch",
                                        f"系统中的“{union_text}”不在“{town_text}”，请核对所在镇街"))
                return None
        refs = [r for r in refs if scope_ok(actor, r)] or refs
        if len(refs) > 1:
            parser.problems.append(("union", "ambiguous_union",
                                    f"系统中有{len(refs)}个“{union_text}”，无法确定是哪一个；请在“所在镇街”列填写"
                                    "该工会所在的乡镇（街道）以便区分"))
            return None
        ref = refs[0]
    if ref is None and town_text:
        ref = directory.township(town_text)
        if ref is None:
            parser.problems.append(("township", "unknown_township", f"系统中没有乡镇（街道）“{town_text}”"))
            return None
    if ref is None:
        parser.problems.append(("union", "required", "非会员请填写所属工会（或所在镇街）"))
        return None
    if not scope_ok(actor, ref):
        parser.problems.append(("union", "scope", f"“{ref.name}”不在您的管辖范围内"))
        return None
    return ref.id


def _match(session: Session, parser: RowParser, number: str | None) -> Row | None:
    """The file a row stands for:
    - the file of its 档案编号 when the row has one (an export re-imported), open or closed;
    - else, when its 档案状态 says 脱困 or 注销 (an export whose number column was dropped), the
      person's latest file closed that way, so that a closed household is never filed again by
      accident;
    - else the person's open file (一户一档), or None: a new household."""
    file_no = parser.text("file_no")
    if file_no:
        found = session.execute(select(*_MATCH_COLUMNS).where(HardshipFile.file_no == file_no.upper())).first()
        if found is None:
            parser.problems.append(("file_no", "unknown_file",
                                    f"系统中没有档案编号为“{file_no}”的档案；新建档案请将档案编号留空"))
        elif number and found.id_number != number:
            parser.problems.append(("id_number", "file_mismatch",
                                    f"与档案{found.file_no}登记的身份证号码不一致"))
        return found
    if number is None:
        return None
    status_text = parser.text("status")
    closed = _CLOSED_LABELS.get(status_text.removeprefix("已")) if status_text else None
    if closed:
        found = session.execute(select(*_MATCH_COLUMNS).where(HardshipFile.id_number == number,
                                                              HardshipFile.status == closed)
                                .order_by(HardshipFile.id.desc()).limit(1)).first()
        if found is None:
            label = FILE_STATUS_LABELS[closed]
            parser.problems.append(("status", "unknown_file", f"档案状态为“{status_text}”，但系统中没有此人已{label}"
                                                              "的档案；新建档案请将档案状态留空"))
        return found
    return session.execute(select(*_MATCH_COLUMNS).where(HardshipFile.open_key == number)).first()


def _save(session: Session, actor: Actor, found: Row | None, number: str, name: str, member_id: int | None,
          org_id: int | None, values: dict, today: date) -> tuple[str, tuple[str, ...]]:
    filled = {k: v for k, v in values.items() if v is not None}
    if found is None:
        data = HardshipInput(member_id=member_id, name=name, id_number=number, org_id=org_id,
                             **{k: v for k, v in filled.items()})
        saved = create_hardship_file(session, actor, data, today=today)
        return "created", saved.warnings
    stored, version = stored_input(session, actor, found.id)
    if org_id is not None and member_id is None:
        filled["org_id"] = org_id
    changes = {k: v for k, v in filled.items() if getattr(stored, k) != v}
    if not changes:
        return "unchanged", ()
    if found.status in CLOSED_STATUSES:
        raise _ClosedFile(_closed_message(found, changes))
    saved = update_hardship_file(session, actor, found.id, replace(stored, **changes), version, today=today)
    return "updated", saved.warnings


def _closed_message(found: Row, changes: dict) -> str:
    columns = "、".join(HARDSHIP.column(_FIELD_COLUMNS.get(key, key)).header for key in changes)
    closed_on = f"于{found.closed_on:%Y-%m-%d}" if found.closed_on else ""
    return (f"档案{found.file_no}已{closed_on}{FILE_STATUS_LABELS[found.status]}，已关闭的档案不能再修改（本行的{columns}"
            f"与档案不同）。如需为该户重新建档，请在程序中新建档案，或删去本行的档案编号和档案状态后再导入（将新建待审核档案）")

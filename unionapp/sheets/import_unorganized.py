"""未建会单位 lists in (DESIGN §2.1 "四清"), through the organising service so that the same
checks and audit entries apply as in the form. A row naming an employer already on the list
(same 统一社会信用代码, else same name) updates it.

Names are not unique (a chain's shops in several townships): of the employers of the row's name,
those its filled 统一社会信用代码 or 所在镇街 contradict are left out, then those outside the
clerk's scope when one inside remains. One left: updated; several: refused; none: refused unless
all of them were added by earlier rows of the same sheet (the same rule as for unions)."""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionapp.db.models import UnorganizedEmployer
from unionapp.domain.credit_code import validate_credit_code
from unionapp.domain.dates import parse_clerk_date
from unionapp.domain.errors import DomainError
from unionapp.domain.text import clean_text
from unionapp.services.errors import ServiceError, ValidationError
from unionapp.services.organizing import EmployerInput, create_employer, get_employer, update_employer
from unionapp.services.rights import Actor, Right
from unionapp.sheets.columns import UNORGANIZED
from unionapp.sheets.import_organizations import RowProblems, parse_count
from unionapp.sheets.layout import SheetTable
from unionapp.sheets.org_lookup import OrgDirectory, name_key, scope_ok
from unionapp.sheets.results import (
    ImportOptions,
    ImportResult,
    Progress,
    RowCollector,
    report_progress,
    start_result,
)

_TEXTS = ("unit_category", "industry", "address", "reason", "reason_detail", "responsible_person", "remark")
# The service's field for the township column.
_FIELD_OF = {"township_org_id": "township"}


def _values(raw: dict, mapped: set[str], directory: OrgDirectory) -> tuple[dict, list, list]:
    problems: list[tuple[str, str, str]] = []
    warnings: list[tuple[str, str, str]] = []
    values: dict = {"name": clean_text(raw.get("name"))}
    if not values["name"]:
        problems.append(("name", "required", "单位名称不能为空"))
    for key in _TEXTS:
        if key in mapped:
            values[key] = clean_text(raw.get(key)) or None
    if "credit_code" in mapped and clean_text(raw.get("credit_code")):
        try:
            values["credit_code"] = validate_credit_code(raw.get("credit_code"))
        except DomainError as exc:
            problems.append(("credit_code", exc.code, exc.message))
    for key in ("workers", "migrant_workers"):
        if key in mapped:
            try:
                values[key] = parse_count(raw.get(key), UNORGANIZED.column(key).header)
            except DomainError as exc:
                problems.append((key, exc.code, exc.message))
    if "planned_on" in mapped:
        try:
            values["planned_on"] = parse_clerk_date(raw.get("planned_on"))  # a plan may lie ahead
        except DomainError as exc:
            problems.append(("planned_on", exc.code, exc.message))
    town_text = clean_text(raw.get("township"))
    if town_text:
        town = directory.township(town_text)
        if town is None:
            warnings.append(("township", "unknown_township",
                             f"系统中没有乡镇（街道）“{town_text}”，该单位暂不归属任何镇街，请稍后补填"))
        else:
            values["township_org_id"] = town.id
    return values, problems, warnings


def import_unorganized(
    session: Session, actor: Actor, table: SheetTable, options: ImportOptions = ImportOptions(),
    progress: Progress | None = None,
) -> ImportResult:
    actor.require(Right.EDIT)
    result = start_result("unorganized", table, options)
    rows = RowCollector(table, UNORGANIZED, result)
    mapped = set(table.layout.mapping)
    directory = OrgDirectory(session)
    existing = session.execute(select(UnorganizedEmployer.id, UnorganizedEmployer.name,
                                      UnorganizedEmployer.credit_code, UnorganizedEmployer.township_org_id,
                                      UnorganizedEmployer.status).order_by(UnorganizedEmployer.id)).all()
    by_code = {row.credit_code: row.id for row in existing if row.credit_code}
    by_name: dict[str, list[_Known]] = {}
    for row in existing:
        by_name.setdefault(name_key(row.name), []).append(_Known(*row))
    created: set[int] = set()  # the employers earlier rows added (placeholder ids in a dry run)
    seen_names: dict[str, list[tuple[int, tuple]]] = {}
    seen_codes: dict[str, int] = {}
    total = len(table.rows)
    for done, data in enumerate(table.rows, 1):
        values, problems, warnings = _values(data.values, mapped, directory)
        key, code = name_key(values["name"]), values.get("credit_code")
        identity = (code or "", values.get("township_org_id") or "")
        earlier = next((row for row, other in seen_names.get(key, ())
                        if not any(a and b and a != b for a, b in zip(identity, other, strict=True))), None)
        if key and earlier is not None:
            problems.append(("name", "duplicate_in_file", f"与第{earlier}行的单位名称相同，本行未导入"))
        if code and code in seen_codes:
            problems.append(("credit_code", "duplicate_in_file",
                             f"与第{seen_codes[code]}行的统一社会信用代码相同，本行未导入"))
        if key and earlier is None:
            seen_names.setdefault(key, []).append((data.number, identity))
        if code:
            seen_codes.setdefault(code, data.number)
        rows.warn(data.number, [rows.issue(data.number, k, c, m) for k, c, m in warnings])
        try:
            if problems:
                raise RowProblems(problems)
            target = by_code.get(code or "")
            if target is None:
                target = _namesake(by_name.get(key, []), values, directory, actor, created)
            outcome = ("unchanged", target) if target is not None and target < 0 else \
                _save(session, actor, target, values, options.dry_run)
        except RowProblems as exc:
            rows.reject(data, [rows.issue(data.number, k, c, m) for k, c, m in exc.problems])
            continue
        if outcome[0] == "created":
            result.imported += 1
            new_id = outcome[1] if outcome[1] is not None else -(len(created) + 1)
            created.add(new_id)
            by_name.setdefault(key, []).append(_Known(new_id, values["name"], code, values.get("township_org_id"),
                                                      "open"))
            if code:
                by_code.setdefault(code, new_id)
        elif outcome[0] == "updated":
            result.updated += 1
        else:
            result.unchanged += 1
        report_progress(progress, done, total)
    return result


class _Known(NamedTuple):
    id: int  # < 0: added by an earlier row of a dry run
    name: str
    credit_code: str | None
    township_org_id: int | None
    status: str


def _namesake(known: list[_Known], values: dict, directory: OrgDirectory, actor: Actor,
              created: set[int]) -> int | None:
    """The employer on the list the row stands for among those of its name, None for a new one."""
    if not known:
        return None
    code, town = values.get("credit_code"), values.get("township_org_id")
    fits = [k for k in known if not (code and k.credit_code and k.credit_code != code)
            and not (town and k.township_org_id and k.township_org_id != town)]
    if len(fits) > 1:
        fits = [k for k in fits if _in_scope(directory, actor, k)] or fits
        fits = [k for k in fits if k.status == "open"] or fits
    if len(fits) == 1:
        return fits[0].id
    where = _places(directory, fits or known)
    if fits:
        raise RowProblems([("name", "ambiguous", f"未建会单位中有{len(fits)}个“{known[0].name}”（{where}），"
                                                 "无法确定本行是哪一个；请填写统一社会信用代码或所在镇街以便区分")])
    if all(k.id in created for k in known):
        return None  # the sheet itself lists another employer of this name
    raise RowProblems([("name", "name_elsewhere",
                        f"未建会单位中已有“{known[0].name}”（{where}），与本行的统一社会信用代码或所在镇街不符。"
                        "若是同一个单位，请按系统中的资料改正本行；若是另一个同名单位，请在未建会单位中新增它")])


def _in_scope(directory: OrgDirectory, actor: Actor, known: _Known) -> bool:
    town = directory.by_id.get(known.township_org_id) if known.township_org_id is not None else None
    return scope_ok(actor, town) if town is not None else actor.scope_path is None


def _places(directory: OrgDirectory, known: list[_Known]) -> str:
    names = [directory.by_id[k.township_org_id].name if k.township_org_id in directory.by_id else "未填镇街"
             for k in known]
    places = list(dict.fromkeys(names))
    if len(places) == 1:
        return f"{'都' if len(known) > 1 else ''}在{places[0]}"
    return f"分别在{'、'.join(places)}"


def _save(session: Session, actor: Actor, target: int | None, values: dict, dry_run: bool) -> tuple[str, int | None]:
    try:
        if target is None:
            data = EmployerInput(**values)
            if dry_run:
                _dry_check(session, actor, data, None)
                return "created", None
            return "created", create_employer(session, actor, data)
        detail = get_employer(session, actor, target)
        changes = {k: v for k, v in values.items()
                   if k != "name" and v not in (None, "") and getattr(detail.data, k) != v}
        if not changes:
            return "unchanged", target
        data = replace(detail.data, **changes)
        if dry_run:
            _dry_check(session, actor, data, target)
        else:
            update_employer(session, actor, target, data, detail.version)
        return "updated", target
    except ValidationError as exc:
        raise RowProblems([(_FIELD_OF.get(k, k), "invalid", m) for k, m in exc.errors.items()]) from exc
    except ServiceError as exc:
        raise RowProblems([("name", "refused", exc.message)]) from exc


def _dry_check(session: Session, actor: Actor, data: EmployerInput, target: int | None) -> None:
    # The service's own input checks without writing; it has no public name for them yet.
    from unionapp.services.organizing import _check_input

    _check_input(session, actor, data, target)

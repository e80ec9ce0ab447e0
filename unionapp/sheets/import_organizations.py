"""Grassroots unions in (DESIGN §2.1, §5). Organisations are few (a county has ~1,700), so each
row goes through the organisation service: the same checks, scope rules and audit entries as
the form. A row naming an existing union (same 统一社会信用代码, else same name) updates it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from unionapp.domain.credit_code import validate_credit_code
from unionapp.domain.dates import parse_clerk_date
from unionapp.domain.errors import DomainError
from unionapp.domain.org_levels import LEVEL_LABELS, check_parent, child_path
from unionapp.domain.text import clean_text, parse_yes_no
from unionapp.services.errors import ServiceError, ValidationError
from unionapp.services.organizations import (
    OrgInput,
    create_organization,
    get_organization,
    update_organization,
    validate_org_input,
)
from unionapp.services.rights import Actor, Right
from unionapp.sheets.columns import ORGANIZATIONS
from unionapp.sheets.layout import SheetTable
from unionapp.sheets.org_lookup import OrgDirectory, OrgRef, name_key, scope_ok
from unionapp.sheets.results import (
    ImportOptions,
    ImportResult,
    Progress,
    RowCollector,
    report_progress,
    start_result,
)

_LEVELS_BY_LABEL = {label: level for level, label in LEVEL_LABELS.items()}
_LEVELS_BY_LABEL.update({"乡镇总工会": "township", "街道总工会": "township", "乡镇（街道）总工会": "township",
                         "产业工会": "industry", "系统工会": "industry", "联合会": "federation",
                         "基层": "grassroots", "联合基层工会": "grassroots"})
_DATES = ("founded_on", "term_start", "term_end", "legal_cert_date", "congress_on")
_COUNTS = ("workers", "female_workers", "migrant_workers", "term_number", "full_time_cadres")
_FLAGS = ("has_congress", "has_open_affairs", "has_collective_contract", "has_audit_committee",
          "has_women_committee", "has_mediation_committee")
_TEXTS = ("short_name", "union_type", "township_name", "approval_no", "employer_name", "unit_category", "industry",
          "address", "chair_name", "chair_phone", "legal_cert_no", "new_employment_tags", "remark")


class RowProblems(Exception):
    def __init__(self, problems: list[tuple[str, str, str]]):
        super().__init__(problems)
        self.problems = problems


def parse_count(value: object, label: str) -> int | None:
    text = clean_text(value).replace(",", "").replace("，", "")
    for suffix in ("人", "名", "个"):
        text = text.removesuffix(suffix)
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise DomainError("number", f"{label}应为整数：{text}") from None
    if number != int(number) or number < 0:
        raise DomainError("number", f"{label}应为不小于0的整数：{text}")
    return int(number)


def org_values(raw: dict, mapped: set[str], today: date) -> tuple[dict, list[tuple[str, str, str]]]:
    """Cell values → OrgInput fields, with (column key, code, message) problems."""
    problems: list[tuple[str, str, str]] = []
    values: dict = {"name": clean_text(raw.get("name"))}
    if not values["name"]:
        problems.append(("name", "required", "工会名称不能为空"))
    for key in _TEXTS:
        if key in mapped:
            values[key] = clean_text(raw.get(key)) or None
    if values.get("new_employment_tags"):
        values["new_employment_tags"] = ",".join(
            t for t in (p.strip() for p in values["new_employment_tags"].replace("、", ",").replace("，", ",").split(","))
            if t)
    if "credit_code" in mapped and clean_text(raw.get("credit_code")):
        try:
            values["credit_code"] = validate_credit_code(raw.get("credit_code"))
        except DomainError as exc:
            problems.append(("credit_code", exc.code, exc.message))
    for key in _DATES:
        if key in mapped:
            try:
                values[key] = parse_clerk_date(raw.get(key), today=today, allow_future=key == "term_end")
            except DomainError as exc:
                problems.append((key, exc.code, exc.message))
    for key in _COUNTS:
        if key in mapped:
            try:
                values[key] = parse_count(raw.get(key), ORGANIZATIONS.column(key).header)
            except DomainError as exc:
                problems.append((key, exc.code, exc.message))
    for key in _FLAGS:
        if key in mapped:
            try:
                values[key] = parse_yes_no(raw.get(key))
            except DomainError as exc:
                problems.append((key, exc.code, exc.message))
    return values, problems


def import_organizations(
    session: Session, actor: Actor, table: SheetTable, options: ImportOptions = ImportOptions(),
    progress: Progress | None = None,
) -> ImportResult:
    actor.require(Right.EDIT)
    today = options.today or date.today()
    result = start_result("organizations", table, options)
    rows = RowCollector(table, ORGANIZATIONS, result)
    mapped = set(table.layout.mapping)
    directory = OrgDirectory(session)
    seen_names: dict[str, int] = {}
    seen_codes: dict[str, int] = {}
    total = len(table.rows)
    for done, data in enumerate(table.rows, 1):
        try:
            values, problems = org_values(data.values, mapped, today)
            key = name_key(values["name"])
            if key and key in seen_names:
                problems.append(("name", "duplicate_in_file", f"与第{seen_names[key]}行的工会名称相同，本行未导入"))
            code = values.get("credit_code")
            if code and code in seen_codes:
                problems.append(("credit_code", "duplicate_in_file",
                                 f"与第{seen_codes[code]}行的统一社会信用代码相同，本行未导入"))
            if key:
                seen_names.setdefault(key, data.number)
            if code:
                seen_codes.setdefault(code, data.number)
            if problems:
                raise RowProblems(problems)
            outcome = _save(session, actor, directory, data.values, values, mapped, today, options.dry_run, result)
        except RowProblems as exc:
            rows.reject(data, [rows.issue(data.number, k, c, m) for k, c, m in exc.problems])
            continue
        if outcome == "created":
            result.imported += 1
        elif outcome == "updated":
            result.updated += 1
        else:
            result.unchanged += 1
        report_progress(progress, done, total)
    return result


def _save(session, actor, directory: OrgDirectory, raw: dict, values: dict, mapped: set[str], today: date,
          dry_run: bool, result: ImportResult) -> str:
    existing = directory.by_credit.get(values.get("credit_code") or "") or directory.by_name.get(name_key(values["name"]))
    if existing is not None and existing.id < 0:
        return "unchanged"
    if existing is not None:
        return _update(session, actor, existing, values, mapped, today, dry_run)
    level = _level(raw.get("level"))
    parent = _parent(directory, raw, level)
    problem = check_parent(level, parent.level if parent else None)
    if problem:
        raise RowProblems([("parent", "parent", problem)])
    if parent is not None and not scope_ok(actor, parent):
        raise RowProblems([("parent", "scope", f"“{parent.name}”不在您的管辖范围内")])
    data = OrgInput(level=level, parent_id=parent.id if parent else None,
                    **{k: v for k, v in values.items() if k in OrgInput.__dataclass_fields__})
    if dry_run:
        _validate_only(data, today)
        # Later rows may name this one as their parent: remember it under a placeholder id.
        directory.add(OrgRef(-(len(directory.by_id) + 1), data.name, level, "normal", parent.path if parent else "/"),
                      short_name=data.short_name, employer_name=data.employer_name, credit_code=data.credit_code,
                      township_name=data.township_name)
        return "created"
    try:
        org_id = create_organization(session, actor, data, today=today)
    except ValidationError as exc:
        raise RowProblems([(k, "invalid", m) for k, m in exc.errors.items()]) from exc
    except ServiceError as exc:
        raise RowProblems([("name", "refused", exc.message)]) from exc
    ref = OrgRef(org_id, data.name, level, "normal", child_path(parent.path if parent else "/", org_id))
    directory.add(ref, short_name=data.short_name, employer_name=data.employer_name, credit_code=data.credit_code,
                  township_name=data.township_name)
    return "created"


def _update(session, actor, existing: OrgRef, values: dict, mapped: set[str], today: date, dry_run: bool) -> str:
    if not scope_ok(actor, existing):
        raise RowProblems([("name", "scope", f"“{existing.name}”不在您的管辖范围内")])
    detail = get_organization(session, actor, existing.id)
    changes = {}
    for key, value in values.items():
        if key == "name" or key not in OrgInput.__dataclass_fields__:
            continue
        if value is None or value == "":
            continue  # an empty cell never erases a stored value
        if getattr(detail.data, key) != value:
            changes[key] = value
    if not changes:
        return "unchanged"
    data = replace(detail.data, **changes)
    if dry_run:
        _validate_only(data, today)
        return "updated"
    try:
        update_organization(session, actor, existing.id, data, detail.version, today=today)
    except ValidationError as exc:
        raise RowProblems([(k, "invalid", m) for k, m in exc.errors.items()]) from exc
    except ServiceError as exc:
        raise RowProblems([("name", "refused", exc.message)]) from exc
    return "updated"


def _validate_only(data: OrgInput, today: date) -> None:
    """The service's own input checks, without writing (dry run)."""
    errors = validate_org_input(data, today=today)
    if errors:
        raise RowProblems([(k, "invalid", m) for k, m in errors.items()])


def _level(value: object) -> str:
    text = clean_text(value).replace("(", "（").replace(")", "）")
    if not text:
        return "grassroots"
    level = _LEVELS_BY_LABEL.get(text) or (text if text in LEVEL_LABELS else None)
    if level is None:
        raise RowProblems([("level", "invalid", f"无法识别的组织层级：{text}（可填 基层工会、分会、乡镇（街道）总工会、"
                                                "产业（系统）工会、工会联合会）")])
    return level


def _parent(directory: OrgDirectory, raw: dict, level: str) -> OrgRef | None:
    if level == "county":
        return None
    parent_text = clean_text(raw.get("parent"))
    if parent_text:
        parent = directory.find(parent_text)
        if parent is None and level in ("grassroots", "federation"):
            parent = directory.township(parent_text)
        if parent is None:
            raise RowProblems([("parent", "unknown_parent", f"系统中没有上级工会“{parent_text}”，请先导入或新建它")])
        return parent
    if level in ("grassroots", "federation"):
        town_text = clean_text(raw.get("township_name"))
        town = directory.township(town_text) if town_text else None
        if town is not None:
            return town
    if directory.root is None:
        raise RowProblems([("parent", "no_root", "系统中还没有县总工会，请先建立县总工会")])
    return directory.root

"""Grassroots unions in (DESIGN §2.1, §5). Organisations are few (a county has ~1,700), so each
row goes through the organisation service: the same checks, scope rules and audit entries as
the form. A row naming an existing union (same 统一社会信用代码, else same name) updates it.

Names are not unique: of the unions of the row's name, those its filled 统一社会信用代码, 组织层级,
上级工会 or 所在镇街 contradict are left out, then those outside the clerk's scope (when one inside
remains), then dissolved ones. One left: updated; several: the row is refused, saying where each
is; none: refused (the row describes another union than the system has) — unless all of them
were created by earlier rows of the same sheet, which then lists two unions of one name. Two
rows of one name are duplicates unless one of those columns, filled in both, tells them apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from unionapp.domain.credit_code import validate_credit_code
from unionapp.domain.dates import parse_clerk_date
from unionapp.domain.errors import DomainError
from unionapp.domain.org_levels import ALLOWED_PARENTS, LEVEL_LABELS, check_parent, child_path
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
from unionapp.sheets.org_lookup import OrgDirectory, OrgRef, name_key, scope_ok, township_key
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
    seen_names: dict[str, list[tuple[int, tuple]]] = {}
    seen_codes: dict[str, int] = {}
    created: set[int] = set()  # the unions earlier rows created (placeholder ids in a dry run)
    total = len(table.rows)
    for done, data in enumerate(table.rows, 1):
        try:
            values, problems = org_values(data.values, mapped, today)
            key = name_key(values["name"])
            identity = _identity(directory, data.values, values)
            earlier = [str(row) for row, other in seen_names.get(key, ()) if not _told_apart(identity, other)]
            if key and earlier:
                problems.append(("name", "duplicate_in_file", f"与第{'、'.join(earlier)}行的工会名称相同，本行未导入"))
            code = values.get("credit_code")
            if code and code in seen_codes:
                problems.append(("credit_code", "duplicate_in_file",
                                 f"与第{seen_codes[code]}行的统一社会信用代码相同，本行未导入"))
            if key and not earlier:
                seen_names.setdefault(key, []).append((data.number, identity))
            if code:
                seen_codes.setdefault(code, data.number)
            if problems:
                raise RowProblems(problems)
            outcome = _save(session, actor, directory, data.values, values, mapped, today, options.dry_run, created)
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


def _identity(directory: OrgDirectory, raw: dict, values: dict) -> tuple:
    """What tells two rows of one name apart: (信用代码, 层级, 上级工会, 乡镇), "" when not known;
    the township is the 所在镇街 column's, else the one the 上级工会 lies in."""
    parent_text = clean_text(raw.get("parent"))
    parent = directory.find(parent_text) if parent_text else None
    town_text = values.get("township_name") or ""
    town = directory.township(town_text) if town_text else None
    if not town_text and parent is not None:
        town = parent if parent.level == "township" else directory.town_of(parent)
    level_text = clean_text(raw.get("level"))
    return (values.get("credit_code") or "", _level_or_none(level_text) or name_key(level_text),
            parent.id if parent is not None else name_key(parent_text),
            town.id if town is not None else township_key(town_text))


def _told_apart(one: tuple, other: tuple) -> bool:
    return any(a and b and a != b for a, b in zip(one, other, strict=True))


def _existing(directory: OrgDirectory, actor: Actor, raw: dict, values: dict, created: set[int]) -> OrgRef | None:
    """The union the row stands for, None for a new one (see the module's docstring)."""
    found = directory.by_credit.get(values.get("credit_code") or "")
    if found is not None:
        return found
    namesakes = directory.by_name.get(name_key(values["name"]))
    if not namesakes:
        return None
    fits, differs = list(namesakes), []
    code, level = values.get("credit_code"), _level_or_none(clean_text(raw.get("level")))
    parent_text, town_text = clean_text(raw.get("parent")), values.get("township_name")
    parent_ids = directory.ids_named(parent_text) if parent_text else set()
    for column, keep in (
        ("credit_code", lambda refs: [r for r in refs if not (code and r.credit_code and r.credit_code != code)]),
        ("level", lambda refs: [r for r in refs if not level or r.level == level]),
        ("parent", lambda refs: [r for r in refs if not parent_text or r.parent_id in parent_ids]),
        ("township_name", lambda refs: directory.in_township_of(refs, town_text) if town_text else refs),
    ):
        kept = keep(fits)
        if len(kept) < len(fits):
            differs.append(ORGANIZATIONS.column(column).header)
        fits = kept
    if len(fits) > 1:
        fits = [r for r in fits if scope_ok(actor, r)] or fits
        fits = [r for r in fits if r.status == "normal"] or fits
    if len(fits) == 1:
        return fits[0]
    name = namesakes[0].name
    if fits:
        raise RowProblems([("name", "ambiguous", f"系统中有{len(fits)}个“{name}”（{directory.describe(fits)}），"
                                                 "无法确定本行是哪一个；请填写统一社会信用代码，或填写上级工会、"
                                                 "所在镇街以便区分")])
    if all(r.id in created for r in namesakes):
        return None  # the sheet itself lists another union of this name
    raise RowProblems([("name", "name_elsewhere",
                        f"系统中已有“{name}”（{directory.describe(namesakes)}），与本行的{'、'.join(differs)}不符。"
                        "若是同一个工会，请按系统中的资料改正本行（更换上级工会请在组织管理中办理）；"
                        "若是另一个同名的工会，请在组织管理中新建它")])


def _save(session, actor, directory: OrgDirectory, raw: dict, values: dict, mapped: set[str], today: date,
          dry_run: bool, created: set[int]) -> str:
    existing = _existing(directory, actor, raw, values, created)
    if existing is not None and existing.id < 0:
        return "unchanged"
    if existing is not None:
        return _update(session, actor, existing, values, mapped, today, dry_run)
    level = _level(raw.get("level"))
    parent = _parent(directory, actor, raw, level)
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
        org_id = -(len(directory.by_id) + 1)
        path = parent.path if parent else "/"
    else:
        try:
            org_id = create_organization(session, actor, data, today=today)
        except ValidationError as exc:
            raise RowProblems([(k, "invalid", m) for k, m in exc.errors.items()]) from exc
        except ServiceError as exc:
            raise RowProblems([("name", "refused", exc.message)]) from exc
        path = child_path(parent.path if parent else "/", org_id)
    created.add(org_id)
    directory.add(OrgRef(org_id, data.name, level, "normal", path, parent.id if parent else None, data.township_name,
                         data.credit_code),
                  short_name=data.short_name, employer_name=data.employer_name, credit_code=data.credit_code,
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


def _level_or_none(text: str) -> str | None:
    text = text.replace("(", "（").replace(")", "）")
    return _LEVELS_BY_LABEL.get(text) or (text if text in LEVEL_LABELS else None)


def _level(value: object) -> str:
    text = clean_text(value)
    if not text:
        return "grassroots"
    level = _level_or_none(text)
    if level is None:
        raise RowProblems([("level", "invalid", f"无法识别的组织层级：{text}（可填 基层工会、分会、乡镇（街道）总工会、"
                                                "产业（系统）工会、工会联合会）")])
    return level


def _parent(directory: OrgDirectory, actor: Actor, raw: dict, level: str) -> OrgRef | None:
    if level == "county":
        return None
    parent_text = clean_text(raw.get("parent"))
    if parent_text:
        namesakes = directory.named(parent_text)
        parents = [r for r in namesakes if r.status == "normal"] or namesakes
        if len(parents) > 1:
            # Namesakes told apart by what may hold this level, the row's 所在镇街 and the scope.
            parents = [r for r in parents if r.level in ALLOWED_PARENTS.get(level, ())] or parents
            town_text = clean_text(raw.get("township_name"))
            if town_text and len(parents) > 1:
                parents = directory.in_township_of(parents, town_text) or parents
            if len(parents) > 1:
                parents = [r for r in parents if scope_ok(actor, r)] or parents
            if len(parents) > 1:
                raise RowProblems([("parent", "ambiguous_parent",
                                    f"系统中有{len(parents)}个“{parents[0].name}”（{directory.describe(parents)}），"
                                    "无法确定上级工会是哪一个；请填写所在镇街以便区分，或在组织管理中新建本工会")])
        parent = parents[0] if parents else None
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

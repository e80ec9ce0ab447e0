"""The checks of one member's fields, shared by the member form and every importer, so that a
value typed by hand and the same value in a sheet are judged the same way (DESIGN §2.2, §5)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from unionapp.domain.dates import parse_clerk_date
from unionapp.domain.errors import DomainError
from unionapp.domain.idcard import looks_like_excel_number, parse_id_number, quick_resident_id
from unionapp.domain.phone import checked_phone
from unionapp.domain.text import clean_text, normalize_nation, parse_yes_no

RESIDENT_ID = "居民身份证"

FIELD_LABELS = {
    "name": "姓名",
    "sex": "性别",
    "nation": "民族",
    "id_type": "证件类型",
    "id_number": "证件号码",
    "birth_date": "出生日期",
    "phone": "手机",
    "education": "学历",
    "skill_level": "技能等级",
    "political_status": "政治面貌",
    "hukou_type": "户籍类型",
    "is_migrant": "是否农民工",
    "employment_form": "就业形态",
    "new_employment_form": "新就业形态",
    "employer_name": "工作单位",
    "post": "岗位",
    "org_id": "所属工会",
    "joined_on": "入会日期",
    "card_no": "会员卡号",
    "remark": "备注",
}

PLAIN_TEXT_FIELDS = (
    "education",
    "skill_level",
    "political_status",
    "hukou_type",
    "employment_form",
    "new_employment_form",
    "employer_name",
    "post",
    "card_no",
    "remark",
)


# Cleaned text of the cells a roster repeats on every row (学历, 政治面貌, 工作单位 …), by the
# cell's own text: one dictionary lookup instead of clean_text's pattern search, which adds up
# over the million such cells of a county roster. Only str keys (True == 1 as a key), and the
# table is emptied when it grows large, so unique texts (remarks) cannot fill the memory.
_CLEAN: dict[str, str] = {}
_NATION: dict[str, str | None] = {}
_YES_NO: dict[str, bool | None] = {}
_MEMO_LIMIT = 20_000


def _clean(value: object) -> str:
    if value.__class__ is not str:
        return clean_text(value)
    text = _CLEAN.get(value)
    if text is None:
        if len(_CLEAN) >= _MEMO_LIMIT:
            _CLEAN.clear()
        text = _CLEAN[value] = clean_text(value)
    return text


@dataclass(frozen=True)
class Issue:
    field: str
    code: str
    message: str


@dataclass
class CheckedMember:
    values: dict = field(default_factory=dict)
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def check_member(raw: Mapping[str, object], *, today: date) -> CheckedMember:
    """Normalise and check; errors block saving, warnings do not. The ID number wins over a
    typed sex or birth date that disagrees with it."""
    result = CheckedMember()
    values = result.values
    get = raw.get

    name = clean_text(get("name"))
    if not name:
        result.errors.append(Issue("name", "required", "姓名不能为空"))
    elif len(name) > 50:
        result.errors.append(Issue("name", "too_long", "姓名超过50个字"))
    elif any(map(str.isdigit, name)):
        result.errors.append(Issue("name", "digits", f"姓名中不应有数字：{name}"))
    values["name"] = name

    id_type = _clean(get("id_type")) or RESIDENT_ID
    values["id_type"] = id_type
    raw_id = get("id_number")
    quick = quick_resident_id(raw_id, today) if id_type == RESIDENT_ID else None
    if quick is not None:
        # A clean, valid resident ID (nearly every row): parse_id_number would say the same.
        birth, sex, region_known = quick
        values["id_number"], values["sex"], values["birth_date"] = raw_id, sex, birth
        if not region_known:
            result.warnings.append(
                Issue("id_number", "unknown_region", f"身份证号码的地区码 {raw_id[:6]} 不在已知的行政区划代码中，请核对")
            )
    else:
        _check_id(raw_id, id_type, today, result)

    typed_sex = _clean(get("sex"))
    if typed_sex in ("1", "男性"):
        typed_sex = "男"
    elif typed_sex in ("2", "女性"):
        typed_sex = "女"
    if typed_sex and typed_sex not in ("男", "女"):
        result.errors.append(Issue("sex", "invalid", f"性别应为“男”或“女”：{typed_sex}"))
    if values["sex"] is None:
        values["sex"] = typed_sex or None
    elif typed_sex and typed_sex != values["sex"]:
        result.warnings.append(
            Issue("sex", "sex_mismatch", f"填写的性别“{typed_sex}”与身份证号码不符，已按身份证号码记为“{values['sex']}”")
        )

    typed_birth = get("birth_date")
    if typed_birth.__class__ is not date or typed_birth > today:  # a date cell: nothing to check
        typed_birth = _date(raw, "birth_date", result, allow_future=False, today=today)
    if values["birth_date"] is None:
        values["birth_date"] = typed_birth
    elif typed_birth and typed_birth != values["birth_date"]:
        result.warnings.append(
            Issue(
                "birth_date",
                "birth_mismatch",
                f"填写的出生日期 {typed_birth:%Y-%m-%d} 与身份证号码不符，已按身份证号码记为 {values['birth_date']:%Y-%m-%d}",
            )
        )

    nation = get("nation")
    if nation.__class__ is str:
        try:
            values["nation"] = _NATION[nation]
        except KeyError:
            if len(_NATION) >= _MEMO_LIMIT:
                _NATION.clear()
            values["nation"] = _NATION[nation] = _nation(nation)
    else:
        values["nation"] = _nation(nation)

    raw_phone = get("phone")
    phone = ""
    if raw_phone is not None and raw_phone != "":
        phone, warning = checked_phone(raw_phone)
        if warning:
            result.warnings.append(Issue("phone", "odd_phone", warning))
    values["phone"] = phone or None

    migrant = get("is_migrant")
    try:
        if migrant.__class__ is str:
            try:
                values["is_migrant"] = bool(_YES_NO[migrant])
            except KeyError:
                answer = parse_yes_no(migrant)  # a refused text raises and is not kept
                if len(_YES_NO) >= _MEMO_LIMIT:
                    _YES_NO.clear()
                _YES_NO[migrant] = answer
                values["is_migrant"] = bool(answer)
        else:
            values["is_migrant"] = bool(parse_yes_no(migrant))
    except DomainError as exc:
        result.errors.append(Issue("is_migrant", exc.code, exc.message))
        values["is_migrant"] = False

    joined = get("joined_on")
    if joined.__class__ is not date or joined > today:
        joined = _date(raw, "joined_on", result, allow_future=False, today=today)
    birth = values["birth_date"]
    if joined and birth and joined < birth:
        result.errors.append(Issue("joined_on", "before_birth", "入会日期早于出生日期"))
    values["joined_on"] = joined

    memo = _CLEAN
    for key in PLAIN_TEXT_FIELDS:
        value = get(key)
        if value is None:
            values[key] = None
        else:
            text = memo.get(value) if value.__class__ is str else None
            values[key] = (text if text is not None else _clean(value)) or None
    if "org_id" in raw:
        values["org_id"] = get("org_id")
    return result


def _nation(value: object) -> str | None:
    nation = clean_text(value)
    return normalize_nation(nation) if nation else None


def _check_id(raw_id: object, id_type: str, today: date, result: CheckedMember) -> None:
    values = result.values
    values.update(id_number="", sex=None, birth_date=None)
    if looks_like_excel_number(raw_id):
        result.errors.append(
            Issue(
                "id_number",
                "id_as_number",
                f"证件号码被 Excel 存成了数字，末几位已经丢失（{raw_id}）。请把该列设为“文本”格式，"
                "按原件重新录入号码后再导入",
            )
        )
        return
    if id_type != RESIDENT_ID:
        number = clean_text(raw_id).upper()
        if not number:
            result.errors.append(Issue("id_number", "empty", "证件号码不能为空"))
        values["id_number"] = number
        return
    try:
        info = parse_id_number(raw_id, today=today)
    except DomainError as exc:
        result.errors.append(Issue("id_number", exc.code, exc.message))
        values["id_number"] = clean_text(raw_id).upper()
        return
    values.update(id_number=info.number, sex=info.sex, birth_date=info.birth_date)
    if not info.region_known:
        result.warnings.append(
            Issue("id_number", "unknown_region", f"身份证号码的地区码 {info.region_code} 不在已知的行政区划代码中，请核对")
        )
    if info.converted_from_15:
        result.warnings.append(Issue("id_number", "converted_15", f"15位旧身份证号码已转换为18位：{info.number}"))


def _date(raw, key: str, result: CheckedMember, *, allow_future: bool, today: date) -> date | None:
    try:
        return parse_clerk_date(raw.get(key), today=today, allow_future=allow_future)
    except DomainError as exc:
        label = FIELD_LABELS.get(key, key)
        result.errors.append(Issue(key, exc.code, f"{label}：{exc.message}"))
        return None

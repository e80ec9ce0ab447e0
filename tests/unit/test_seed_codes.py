"""The seeded code tables: national codes where a standard exists, unique codes and names."""

from __future__ import annotations

import string

import pytest

from unionapp.db import seed_codes
from unionapp.db.seed_codes import CATEGORIES, CodeCategory, category, names

EXPECTED_KEYS = {
    "nation",
    "work_status",
    "medical_insurance",
    "model_worker_type",
    "school_level",
    "family_relation",
    "id_type",
    "gender",
    "education",
    "political_status",
    "unit_category",
    "industry",
    "union_type",
    "org_level",
    "new_employment_form",
    "employment_form",
    "skill_level",
    "hukou_type",
    "membership_status",
    "org_status",
    "no_union_reason",
    "hardship_category",
    "hardship_cause",
    "aid_kind",
    "honour_title",
    "honour_level",
    "health",
    "marriage",
    "housing",
    "visit_kind",
    "case_kind",
    "service_post_kind",
    "contract_kind",
}

# Column sizes of the code_item table (category 40, code 20, name 60).
MAX_KEY, MAX_CODE, MAX_NAME = 40, 20, 60


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_all_keys_present_and_unique():
    keys = [c.key for c in CATEGORIES]
    assert len(keys) == len(set(keys))
    assert set(keys) == EXPECTED_KEYS


@pytest.mark.parametrize("cat", CATEGORIES, ids=lambda c: c.key)
def test_category_is_well_formed(cat: CodeCategory):
    assert isinstance(cat, CodeCategory)
    assert cat.label.strip() and _has_cjk(cat.label)
    assert cat.items, "a category needs at least one item"
    codes = [code for code, _name in cat.items]
    item_names = [name for _code, name in cat.items]
    assert len(codes) == len(set(codes)), f"duplicate code in {cat.key}"
    assert len(item_names) == len(set(item_names)), f"duplicate name in {cat.key}"
    assert len(cat.key) <= MAX_KEY
    for code, name in cat.items:
        assert code and code == code.strip() and len(code) <= MAX_CODE
        assert name and name == name.strip() and len(name) <= MAX_NAME
        assert _has_cjk(name), f"{cat.key}: {name!r} is not Chinese"


def test_nations_gb_t_3304():
    cat = category("nation")
    assert cat.standard == "GB/T 3304-1991"
    codes = dict(cat.items)
    assert len(cat.items) == 58
    assert [code for code, _ in cat.items[:56]] == [f"{i:02d}" for i in range(1, 57)]
    assert codes["01"] == "汉族"
    assert codes["02"] == "蒙古族"
    assert codes["03"] == "回族"
    assert codes["08"] == "壮族"
    assert codes["10"] == "朝鲜族"
    assert codes["46"] == "德昂族"
    assert codes["56"] == "基诺族"
    assert codes["97"] == "其他"
    assert codes["98"] == "外国血统中国籍人士"
    assert all(name.endswith("族") for _, name in cat.items[:56])


def test_industry_sections_a_to_t():
    cat = category("industry")
    assert cat.standard == "GB/T 4754-2017"
    assert [code for code, _ in cat.items] == list(string.ascii_uppercase[:20])
    codes = dict(cat.items)
    assert codes["A"] == "农、林、牧、渔业"
    assert codes["I"] == "信息传输、软件和信息技术服务业"
    assert codes["T"] == "国际组织"


def test_political_status_gb_t_4762():
    items = category("political_status").items
    assert [code for code, _ in items] == [f"{i:02d}" for i in range(1, 14)]
    assert items[0] == ("01", "中国共产党党员")
    assert items[-1] == ("13", "群众")


def test_spot_checks_of_other_standards():
    assert category("gender").items == (("1", "男"), ("2", "女"))
    education = dict(category("education").items)
    assert education["11"] == "研究生（博士）"
    assert education["21"] == "大学本科"
    assert education["90"] == "其他"
    marriage = dict(category("marriage").items)
    assert marriage["10"] == "未婚" and marriage["90"] == "未说明的婚姻状况"
    assert dict(category("id_type").items)["111"] == "居民身份证"


def test_slug_codes():
    assert [c for c, _ in category("membership_status").items] == [
        "active",
        "retained",
        "transferred_out",
        "left",
        "expelled",
        "deceased",
    ]
    assert [c for c, _ in category("org_status").items] == ["normal", "dissolved", "merged"]


def test_hardship_cause_matches_design():
    assert names("hardship_cause") == (
        "无劳动能力",
        "有劳动能力未就业",
        "下岗失业",
        "未参加社保",
        "社保待遇落实不到位",
        "患重特大疾病",
        "遭受自然灾害",
        "遭受意外事故",
        "子女上学",
        "其他",
    )


def test_lookup_helpers():
    assert category("nation") is seed_codes.NATION
    assert names("honour_level") == ("全国", "省部级", "市级", "县级")
    with pytest.raises(KeyError):
        category("no_such_category")
    with pytest.raises(KeyError):
        names("no_such_category")

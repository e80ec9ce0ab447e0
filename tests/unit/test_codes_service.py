"""字典维护: adding, renaming, disabling and ordering dictionary entries; locked dictionaries, rights,
the audit log, optimistic locking, and the seeding at start that must keep the office's edits."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY
from unionapp.db.models import AuditEntry, CodeItem, Member
from unionapp.db.seed import seed_code_tables
from unionapp.db.seed_codes import CATEGORIES
from unionapp.services.code_lookup import code_options
from unionapp.services.codes import (
    CodeItemRow,
    add_item,
    list_categories,
    list_items,
    move_item,
    rename_item,
    set_enabled,
)
from unionapp.services.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from unionapp.services.members import MemberInput, create_member


def items(db, admin, category: str) -> list[CodeItemRow]:
    with db.session() as s:
        return list(list_items(s, admin, category))


def item(db, admin, category: str, code: str) -> CodeItemRow:
    return next(row for row in items(db, admin, category) if row.code == code)


def offered(db, admin, category: str) -> list[str]:
    """The names a form's drop-down shows, in order."""
    with db.session() as s:
        return [o.name for o in code_options(s, admin, [category])[category]]


def audit_count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def snapshot(db) -> list[tuple]:
    """Every dictionary row, to show a refusal changed nothing."""
    with db.session() as s:
        return list(s.execute(select(CodeItem.id, CodeItem.category, CodeItem.code, CodeItem.name,
                                     CodeItem.sort_order, CodeItem.enabled, CodeItem.version)
                              .order_by(CodeItem.id)).tuples())


def last_audit(db) -> AuditEntry:
    with db.session() as s:
        return s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()


def refused(db, call, error=ValidationError) -> str:
    """Run a change that must be refused; check nothing was saved and return the message."""
    before, audits = snapshot(db), audit_count(db)
    with pytest.raises(error) as info, db.session() as s:
        call(s)
    assert snapshot(db) == before
    assert audit_count(db) == audits
    return info.value.message


# ---------------------------------------------------------------- reading


def test_categories_in_seed_order_with_counts_and_locks(db, admin, viewer):
    with db.session() as s:
        rows = list_categories(s, viewer)  # reading needs only 查看
    assert [r.key for r in rows] == [c.key for c in CATEGORIES]
    education = next(r for r in rows if r.key == "education")
    assert (education.label, education.standard, education.locked) == ("学历", "GB/T 4658-2006", False)
    assert education.item_count == education.enabled_count == 11
    locked = {r.key for r in rows if r.locked}
    assert locked == {"gender", "membership_status", "org_status", "org_level"}
    gender = next(r for r in rows if r.key == "gender")
    assert "身份证" in gender.lock_reason


def test_items_include_disabled_ones_in_display_order(db, admin):
    first = item(db, admin, "education", "11")
    with db.session() as s:
        set_enabled(s, admin, first.id, False)
    rows = items(db, admin, "education")
    assert [r.code for r in rows][:3] == ["11", "14", "21"]
    assert rows[0].enabled is False and rows[1].enabled is True
    with db.session() as s:
        education = next(r for r in list_categories(s, admin) if r.key == "education")
    assert (education.item_count, education.enabled_count) == (11, 10)


def test_an_unknown_dictionary_is_not_found(db, admin):
    with pytest.raises(NotFound), db.session() as s:
        list_items(s, admin, "no_such")
    refused(db, lambda s: add_item(s, admin, "no_such", "1", "某项"), NotFound)


# ---------------------------------------------------------------- adding


def test_add_puts_the_entry_last_and_offers_it(db, admin):
    with db.session() as s:
        row = add_item(s, admin, "education", " 95 ", "  博士后 ")
    assert (row.code, row.name, row.enabled, row.locked) == ("95", "博士后", True, False)
    assert items(db, admin, "education")[-1] == row
    assert offered(db, admin, "education")[-1] == "博士后"
    entry = last_audit(db)
    assert (entry.action, entry.entity, entry.entity_id) == ("create", "code", str(row.id))
    assert entry.summary == "字典“学历”新增：95 博士后"
    assert json.loads(entry.after)["name"] == "博士后" and entry.before is None


def test_full_width_digits_in_a_code_are_folded(db, admin):
    with db.session() as s:
        row = add_item(s, admin, "aid_kind", "５０", "春风行动")
    assert row.code == "50"


def test_a_duplicate_code_is_refused(db, admin):
    message = refused(db, lambda s: add_item(s, admin, "education", "21", "本科（新）"))
    assert message == "代码“21”在“学历”中已被“大学本科”使用"
    with db.session() as s:
        add_item(s, admin, "skill_level", "X1", "见习")
    # Letters in other case would read as the same code on a printed form.
    assert "已被“见习”使用" in refused(db, lambda s: add_item(s, admin, "skill_level", "x1", "实习"))


def test_the_same_code_may_be_used_in_another_dictionary(db, admin):
    with db.session() as s:
        add_item(s, admin, "aid_kind", "21", "春风行动")  # "21" exists in 学历, not in 帮扶活动类型
    assert "春风行动" in offered(db, admin, "aid_kind")


def test_a_duplicate_name_is_refused_even_when_disabled(db, admin):
    assert refused(db, lambda s: add_item(s, admin, "education", "95", "大学本科")) == \
        "“学历”中已有名称“大学本科”（代码 21）"
    with db.session() as s:
        set_enabled(s, admin, item(db, admin, "education", "81").id, False)
    message = refused(db, lambda s: add_item(s, admin, "education", "95", "小学"))
    assert message == "“学历”中已有名称“小学”（代码 81）（该项已停用，可以重新启用）"


@pytest.mark.parametrize("code", ["", "  ", "9-5", "9 5", "博士", "A" * 21, "95!"])
def test_a_bad_code_is_refused(db, admin, code):
    message = refused(db, lambda s: add_item(s, admin, "education", code, "博士后"))
    assert message.startswith("请填写代码") or message.startswith("代码只能由字母和数字组成，不超过20位")


def test_a_bad_name_is_refused_and_every_problem_is_told_at_once(db, admin):
    assert refused(db, lambda s: add_item(s, admin, "education", "95", " ")) == "请填写名称"
    assert refused(db, lambda s: add_item(s, admin, "education", "95", "博" * 61)) == "名称不能超过60个字"
    with pytest.raises(ValidationError) as info, db.session() as s:
        add_item(s, admin, "education", "", "")
    assert set(info.value.errors) == {"code", "name"}
    with db.session() as s:
        assert add_item(s, admin, "education", "A" * 20, "博" * 60).code == "A" * 20


# ---------------------------------------------------------------- renaming


def test_rename_changes_new_entries_not_existing_records(db, admin, clerk, tree):
    with db.session() as s:
        member_id = create_member(s, clerk, MemberInput(name="张红梅", id_number="11010519491231002X",
                                                        org_id=tree["union_a"], education="大学本科"),
                                  today=TODAY).id
    row = item(db, admin, "education", "21")
    with db.session() as s:
        renamed = rename_item(s, admin, row.id, "本科", expected_version=row.version)
    assert (renamed.name, renamed.version) == ("本科", row.version + 1)
    assert "本科" in offered(db, admin, "education") and "大学本科" not in offered(db, admin, "education")
    with db.session() as s:
        assert s.get(Member, member_id).education == "大学本科"  # records store the text
    entry = last_audit(db)
    assert (entry.action, entry.entity, entry.summary) == ("update", "code", "字典“学历”改名：21 大学本科 → 本科")
    assert (json.loads(entry.before), json.loads(entry.after)) == ({"name": "大学本科"}, {"name": "本科"})


def test_rename_to_another_entrys_name_is_refused(db, admin):
    row = item(db, admin, "education", "21")
    assert refused(db, lambda s: rename_item(s, admin, row.id, "初中")) == "“学历”中已有名称“初中”（代码 71）"
    assert refused(db, lambda s: rename_item(s, admin, row.id, "")) == "请填写名称"


def test_rename_to_the_same_name_writes_nothing(db, admin):
    row = item(db, admin, "education", "21")
    audits = audit_count(db)
    with db.session() as s:
        assert rename_item(s, admin, row.id, " 大学本科 ") == row
    assert audit_count(db) == audits


# ---------------------------------------------------------------- enabling


def test_disable_hides_the_entry_and_enable_brings_it_back(db, admin):
    row = item(db, admin, "housing", "99")
    with db.session() as s:
        off = set_enabled(s, admin, row.id, False, expected_version=row.version)
    assert off.enabled is False
    assert "其他" not in offered(db, admin, "housing")
    with db.session() as s:
        assert "其他" in [o.name for o in code_options(s, admin, ["housing"], include_disabled=True)["housing"]]
    assert last_audit(db).summary == "字典“住房情况”停用：99 其他"
    assert (json.loads(last_audit(db).before), json.loads(last_audit(db).after)) == \
        ({"enabled": True}, {"enabled": False})
    with db.session() as s:
        assert set_enabled(s, admin, row.id, True, expected_version=off.version).enabled is True
    assert offered(db, admin, "housing")[-1] == "其他"
    assert last_audit(db).summary == "字典“住房情况”启用：99 其他"


def test_the_last_enabled_entry_cannot_be_disabled(db, admin):
    rows = items(db, admin, "hardship_category")
    with db.session() as s:
        for row in rows[:-1]:
            set_enabled(s, admin, row.id, False)
    message = refused(db, lambda s: set_enabled(s, admin, rows[-1].id, False))
    assert message == "“困难类别”至少要保留一个启用的项目，不能停用最后一项"
    assert offered(db, admin, "hardship_category") == [rows[-1].name]


# ---------------------------------------------------------------- ordering


def test_move_up_and_down(db, admin):
    names = offered(db, admin, "honour_level")
    assert names == ["全国", "省部级", "市级", "县级"]
    city = item(db, admin, "honour_level", "03")
    with db.session() as s:
        moved = move_item(s, admin, city.id, -1, expected_version=city.version)
    assert offered(db, admin, "honour_level") == ["全国", "市级", "省部级", "县级"]
    assert last_audit(db).summary == "字典“级别”上移：03 市级"
    with db.session() as s:
        move_item(s, admin, moved.id, 1, expected_version=moved.version)
        move_item(s, admin, moved.id, 1)
    assert offered(db, admin, "honour_level") == ["全国", "省部级", "县级", "市级"]


def test_move_past_either_end_is_refused(db, admin):
    rows = items(db, admin, "honour_level")
    assert refused(db, lambda s: move_item(s, admin, rows[0].id, -1)) == "“全国”已经在最前面"
    assert refused(db, lambda s: move_item(s, admin, rows[-1].id, 1)) == "“县级”已经在最后面"
    refused(db, lambda s: move_item(s, admin, rows[1].id, 2))


def test_move_sorts_out_entries_sharing_a_place(db, admin):
    # A later seed may add an entry with the same sort_order as one the office added.
    with db.session() as s:
        added = add_item(s, admin, "honour_level", "05", "乡镇级")
        s.add(CodeItem(category="honour_level", code="06", name="村级", sort_order=added.sort_order))
    with db.session() as s:
        village = next(r for r in list_items(s, admin, "honour_level") if r.code == "06")
        move_item(s, admin, village.id, -1)
    assert offered(db, admin, "honour_level") == ["全国", "省部级", "市级", "县级", "村级", "乡镇级"]
    assert [r.sort_order for r in items(db, admin, "honour_level")] == [0, 1, 2, 3, 4, 5]


# ---------------------------------------------------------------- what may not be changed


def test_locked_dictionaries_cannot_be_changed(db, admin):
    male = item(db, admin, "gender", "1")
    assert male.locked
    assert refused(db, lambda s: add_item(s, admin, "gender", "9", "未说明")).startswith("字典“性别”不能修改")
    refused(db, lambda s: rename_item(s, admin, male.id, "男性"))
    refused(db, lambda s: set_enabled(s, admin, male.id, False))
    refused(db, lambda s: move_item(s, admin, item(db, admin, "gender", "2").id, -1))
    for key in ("membership_status", "org_status", "org_level"):
        first = items(db, admin, key)[0]
        refused(db, lambda s, first=first: rename_item(s, admin, first.id, "新名称"))
        refused(db, lambda s, first=first: set_enabled(s, admin, first.id, False))


def test_the_resident_id_entry_is_protected_but_its_dictionary_is_not(db, admin):
    resident = item(db, admin, "id_type", "111")
    assert resident.locked and "居民身份证" in resident.lock_reason
    assert refused(db, lambda s: rename_item(s, admin, resident.id, "身份证")).startswith("“居民身份证”不能修改")
    refused(db, lambda s: set_enabled(s, admin, resident.id, False))
    with db.session() as s:
        added = add_item(s, admin, "id_type", "114", "中国人民解放军军官证")
        move_item(s, admin, resident.id, 1)  # its place in the list is the office's choice
        rename_item(s, admin, added.id, "军官证")
    assert offered(db, admin, "id_type")[:2] == ["港澳居民来往内地通行证", "居民身份证"]


def test_a_clerk_without_the_right_changes_nothing(db, admin, clerk):
    row = item(db, admin, "education", "21")
    for call in (
        lambda s: add_item(s, clerk, "education", "95", "博士后"),
        lambda s: rename_item(s, clerk, row.id, "本科"),
        lambda s: set_enabled(s, clerk, row.id, False),
        lambda s: move_item(s, clerk, row.id, 1),
    ):
        assert refused(db, call, PermissionDenied) == "当前用户（业务员）没有“维护字典”的权限"
    with db.session() as s:
        assert list_items(s, clerk, "education")  # reading is allowed


# ---------------------------------------------------------------- optimistic locking


def test_a_stale_version_from_the_dialog_is_a_conflict(db, admin):
    row = item(db, admin, "education", "21")
    with db.session() as s:
        rename_item(s, admin, row.id, "本科", expected_version=row.version)
    for call in (
        lambda s: rename_item(s, admin, row.id, "全日制本科", expected_version=row.version),
        lambda s: set_enabled(s, admin, row.id, False, expected_version=row.version),
        lambda s: move_item(s, admin, row.id, 1, expected_version=row.version),
    ):
        assert "已被其他人修改" in refused(db, call, ConflictError)


def test_a_change_saved_in_between_is_a_conflict(db, admin):
    row = item(db, admin, "education", "21")
    with pytest.raises(ConflictError), db.session() as s:
        loaded = s.get(CodeItem, row.id)  # this clerk has the entry loaded (held: the session keeps it weakly) …
        with db.session() as other:  # … while another saves it
            rename_item(other, admin, row.id, "本科")
        rename_item(s, admin, loaded.id, "全日制本科")
    assert item(db, admin, "education", "21").name == "本科"


# ---------------------------------------------------------------- seeding at start


def test_seeding_at_start_keeps_the_offices_edits(db, admin):
    rows = items(db, admin, "education")
    with db.session() as s:
        rename_item(s, admin, rows[2].id, "本科")
        set_enabled(s, admin, rows[-1].id, False)
        move_item(s, admin, rows[1].id, -1)
        add_item(s, admin, "education", "95", "博士后")
    before = snapshot(db)
    with db.session() as s:
        assert seed_code_tables(s) == 0
    assert snapshot(db) == before
    assert offered(db, admin, "education")[:3] == ["研究生（硕士）", "研究生（博士）", "本科"]
    assert "其他" not in offered(db, admin, "education") and "博士后" in offered(db, admin, "education")

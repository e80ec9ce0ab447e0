"""The office's own settings (系统设置 → 本单位): read with their defaults, saved by administrators
only, one audit entry per save, bad input refused with nothing changed, and the cards and the
printing follow what is stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import reportlab
from sqlalchemy import select

from unionapp.db.models import AuditEntry, Setting
from unionapp.printing.fonts import check_font_file, find_font_files, font_path_from_settings
from unionapp.services.cards import UNION_NAME_SETTING, union_name
from unionapp.services.errors import ConflictError, PermissionDenied, ValidationError
from unionapp.services.office_settings import (
    FONT_PATH_SETTING,
    OfficeSettings,
    read_office_settings,
    save_office_settings,
)

VERA = str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")  # Latin only: no Chinese glyphs


def chinese_font() -> str:
    found = find_font_files()
    assert found, "a Chinese TrueType font is needed by this test (Debian: fonts-wqy-microhei)"
    return found[0]


def setting_audits(db) -> list[AuditEntry]:
    with db.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "setting").order_by(AuditEntry.id)))


def stored(db) -> dict[str, str | None]:
    with db.session() as s:
        return dict(s.execute(select(Setting.key, Setting.value)).all())


def test_defaults_are_empty_and_the_card_name_is_the_root_organisation(db, admin, tree):
    with db.session() as s:
        current = read_office_settings(s, admin)
    assert current == OfficeSettings(union_name="", font_path="", default_union_name="龙泉县总工会")
    assert current.union_name_in_use == "龙泉县总工会"


def test_an_empty_database_has_no_default_name(db, viewer):
    with db.session() as s:
        current = read_office_settings(s, viewer)  # anyone signed in may look
    assert (current.union_name, current.default_union_name, current.union_name_in_use) == ("", "", "")


def test_saving_stores_trimmed_values_and_writes_one_audit_entry(db, admin, tree):
    font = chinese_font()
    with db.session() as s:
        saved = save_office_settings(s, admin, union_name="  龙泉县 总工会 ", font_path=f" {font} ",
                                     check_font=check_font_file)
    assert (saved.union_name, saved.font_path) == ("龙泉县 总工会", font)
    assert stored(db)[UNION_NAME_SETTING] == "龙泉县 总工会"
    with db.session() as s:
        assert union_name(s) == "龙泉县 总工会"  # the cards follow the saved name
        assert font_path_from_settings(s) == font  # and the printing the saved font
    [entry] = setting_audits(db)
    assert entry.action == "update" and "工会名称" in entry.summary and "打印字体" in entry.summary
    assert json.loads(entry.before) == {UNION_NAME_SETTING: "", FONT_PATH_SETTING: ""}
    assert json.loads(entry.after) == {UNION_NAME_SETTING: "龙泉县 总工会", FONT_PATH_SETTING: font}


def test_only_the_changed_key_is_audited_and_saving_the_same_again_writes_nothing(db, admin, tree):
    with db.session() as s:
        save_office_settings(s, admin, union_name="龙泉县总工会联合会", font_path="")
    with db.session() as s:
        save_office_settings(s, admin, union_name="龙泉县总工会联合会", font_path="")
    with db.session() as s:
        save_office_settings(s, admin, union_name="龙泉县总工会（联合）", font_path="")
    entries = setting_audits(db)
    assert len(entries) == 2
    assert json.loads(entries[1].before) == {UNION_NAME_SETTING: "龙泉县总工会联合会"}
    assert json.loads(entries[1].after) == {UNION_NAME_SETTING: "龙泉县总工会（联合）"}


def test_empty_resets_to_the_default(db, admin, tree):
    with db.session() as s:
        save_office_settings(s, admin, union_name="另一个名字", font_path="")
    with db.session() as s:
        current = save_office_settings(s, admin, union_name="   ", font_path="")
    assert current.union_name == "" and current.union_name_in_use == "龙泉县总工会"
    assert UNION_NAME_SETTING not in stored(db)  # no row: "use the default"
    with db.session() as s:
        assert union_name(s) == "龙泉县总工会"
    assert json.loads(setting_audits(db)[-1].after) == {UNION_NAME_SETTING: ""}


def test_a_clerk_may_not_change_the_settings(db, clerk, tree):
    with db.session() as s, pytest.raises(PermissionDenied) as caught:
        save_office_settings(s, clerk, union_name="业务员改的名字", font_path="")
    assert "修改设置" in caught.value.message
    assert UNION_NAME_SETTING not in stored(db) and setting_audits(db) == []


def test_a_name_too_long_is_refused_and_nothing_changes(db, admin, tree):
    with db.session() as s:
        save_office_settings(s, admin, union_name="龙泉县总工会", font_path="")
    with db.session() as s, pytest.raises(ValidationError) as caught:
        save_office_settings(s, admin, union_name="工" * 61, font_path="")
    assert caught.value.errors["union_name"] == "工会名称不能超过60个字（现有61个字）"
    assert stored(db)[UNION_NAME_SETTING] == "龙泉县总工会" and len(setting_audits(db)) == 1
    with db.session() as s:
        assert save_office_settings(s, admin, union_name="工" * 60, font_path="").union_name == "工" * 60


def test_a_font_without_chinese_glyphs_is_refused_and_nothing_changes(db, admin, tree):
    with db.session() as s, pytest.raises(ValidationError) as caught:
        save_office_settings(s, admin, union_name="新名字", font_path=VERA, check_font=check_font_file)
    assert "不含中文字形" in caught.value.errors["font_path"]
    assert stored(db) == {} and setting_audits(db) == []


@pytest.mark.parametrize(("path", "words"), [("no/such/font.ttf", "找不到字体文件"), (__file__, "TrueType")])
def test_the_font_check_names_what_is_wrong(path, words):
    from unionapp.printing.fonts import FontError

    with pytest.raises(FontError) as caught:
        check_font_file(path)
    assert words in caught.value.message


def test_another_administrators_save_in_between_is_a_conflict(db, admin, tree):
    with db.session() as s:
        shown = read_office_settings(s, admin)
    with db.session() as s:
        save_office_settings(s, admin, union_name="先保存的名字", font_path="")
    with db.session() as s, pytest.raises(ConflictError):
        save_office_settings(s, admin, union_name="后保存的名字", font_path="", expected=shown)
    assert stored(db)[UNION_NAME_SETTING] == "先保存的名字"

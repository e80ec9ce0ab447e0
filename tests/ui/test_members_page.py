"""The members page and the member dialog driven as a clerk would: search as you type, open and
edit, checks beside the fields, the 会籍 actions, transfers with their review, photos, duplicates,
and what a read-only user sees."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QFileDialog

from tests.conftest import TODAY
from unionapp.domain.idcard import id_check_digit
from unionapp.services import audit
from unionapp.services.members import MemberInput, create_member, get_member, get_photo, update_member
from unionapp.services.organizations import organization_tree
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.duplicates_dialog import DuplicatesDialog
from unionapp.ui.dialogs.member_dialog import MemberDialog
from unionapp.ui.dialogs.membership_event_dialog import MembershipEventDialog
from unionapp.ui.dialogs.photo_crop import PORTRAIT_SIZE, PhotoCropDialog
from unionapp.ui.dialogs.transfer_dialog import MemberTransferDialog, PendingTransfersDialog
from unionapp.ui.models.member_table import COL_ID_NUMBER, COL_NAME, COL_PHONE
from unionapp.ui.pages.members_page import MembersPage


def id_number(birth: date, seq: int) -> str:
    first17 = f"370602{birth:%Y%m%d}{seq:03d}"
    return first17 + id_check_digit(first17)


HONGMEI = id_number(date(1985, 3, 8), 2)  # 张红梅, female (even sequence digit)


@pytest.fixture
def people(db, tree, clerk):
    """Three members in two unions: 张红梅 and 李海 at 龙泉机械厂, 王芳 at 龙旺庄超市."""
    with db.session() as s:
        ids = {}
        for name, number, org, phone in (
            ("张红梅", HONGMEI, tree["union_a"], "13800138000"),
            ("李海", id_number(date(1990, 7, 1), 11), tree["union_a"], "13900139000"),
            ("王芳", id_number(date(1978, 12, 24), 22), tree["union_b"], None),
        ):
            ids[name] = create_member(s, clerk, MemberInput(name=name, id_number=number, org_id=org, phone=phone,
                                                            joined_on=date(2020, 5, 1)), today=TODAY).id
    return ids


@pytest.fixture
def clerk_context(db, clerk) -> AppContext:
    return AppContext(db, clerk)


@pytest.fixture
def page(qtbot, clerk_context, people):
    widget = MembersPage(clerk_context)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.total == 3)
    return widget  # held here: qtbot.addWidget keeps only a weak reference


def names(page) -> list[str]:
    return [page.model.data(page.model.index(r, COL_NAME)) for r in range(page.model.rowCount())]


def dialog_for(qtbot, context, member_id=None, **kwargs) -> MemberDialog:
    dialog = MemberDialog(context, None, member_id=member_id, today=TODAY, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_search_as_you_type_and_filters(qtbot, page, tree):
    assert sorted(names(page)) == ["张红梅", "李海", "王芳"]
    page.ui.searchEdit.setText("zhm")  # pinyin initials
    qtbot.waitUntil(lambda: names(page) == ["张红梅"])
    qtbot.waitUntil(lambda: page.total == 1)
    assert "1" in page.ui.countLabel.text()
    page.ui.searchEdit.setText(HONGMEI[8:14])  # part of the ID number
    qtbot.waitUntil(lambda: names(page) == ["张红梅"])
    page.ui.searchEdit.setText("")
    qtbot.waitUntil(lambda: len(names(page)) == 3)
    page.set_org_filter(tree["town_b"])  # a township: the members of every union under it
    assert names(page) == ["王芳"] and page.ui.orgEdit.text() == "龙旺庄街道总工会"
    page.set_org_filter(None)
    page.ui.sexCombo.setCurrentIndex(page.ui.sexCombo.findData("女"))
    assert sorted(names(page)) == ["张红梅", "王芳"]
    page.ui.sexCombo.setCurrentIndex(0)
    page.ui.ageCombo.setCurrentIndex(4)  # 56 and over: nobody here
    assert names(page) == []
    qtbot.waitUntil(lambda: page.total == 0)


def test_sorting_by_clicking_a_header(qtbot, page):
    header = page.ui.tableView.horizontalHeader()
    x = header.sectionViewportPosition(COL_NAME) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.model.member_filter.sort == "name"
    first = page.model.member_filter.descending
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.model.member_filter.descending != first
    shown = names(page)
    assert shown == sorted(shown, reverse=page.model.member_filter.descending)


def test_open_edit_and_save_shows_in_list_and_audit(qtbot, db, admin, page, people, monkeypatch):
    page.ui.searchEdit.setText("李海")
    qtbot.waitUntil(lambda: names(page) == ["李海"])

    def edit_and_save(dialog):
        assert dialog.ui.nameEdit.text() == "李海" and dialog.ui.phoneEdit.text() == "13900139000"
        dialog.ui.phoneEdit.setText("13700137000")
        dialog.ui.postEdit.setText("钳工")
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(MemberDialog, "exec", edit_and_save)
    view = page.ui.tableView
    rect = view.visualRect(page.model.index(0, COL_NAME))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a real double
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # click begins
    assert page.model.data(page.model.index(0, COL_PHONE)) == "13700137000"  # the list reloaded
    with db.session() as s:
        entries = audit.list_entries(s, admin, entity="member", entity_id=str(people["李海"]), action="update")
    assert entries and entries[0].after["phone"] == "13700137000" and entries[0].before["phone"] == "13900139000"
    assert entries[0].username == page.context.actor.username


def test_typing_an_id_fills_birth_and_sex_and_shows_a_bad_check_digit(qtbot, clerk_context, tree):
    dialog = dialog_for(qtbot, clerk_context, org_id=tree["union_a"])
    ui = dialog.ui
    assert ui.orgEdit.text() == "龙泉机械厂工会委员会" and ui.joinedOnEdit.text() == TODAY.isoformat()
    ui.idNumberEdit.setText(HONGMEI[:10])
    assert dialog.errors.message("id_number") == ""  # still typing
    ui.idNumberEdit.setText(HONGMEI[:17] + ("0" if HONGMEI[17] != "0" else "1"))
    message = dialog.errors.message("id_number")
    assert "校验位错误" in message and dialog.errors.label("id_number").text() == message
    ui.idNumberEdit.setText(HONGMEI.lower())
    assert dialog.errors.message("id_number") == ""
    assert ui.birthDateEdit.text() == "1985-03-08" and ui.sexCombo.currentText() == "女"
    ui.nameEdit.setText("张红梅")
    ui.phoneEdit.setText("12345")  # odd: a warning after saving, not an error
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert any("看起来不对" in w for w in dialog.warnings)


def test_save_errors_land_beside_their_fields(qtbot, clerk_context, people, tree, message_boxes):
    dialog = dialog_for(qtbot, clerk_context, org_id=tree["union_b"])
    dialog.ui.nameEdit.setText("张红梅")
    dialog.ui.idNumberEdit.setText(HONGMEI)
    dialog.ui.joinedOnEdit.setText("1980-01-01")  # before the birth date
    dialog.save()
    assert dialog.errors.message("joined_on") == "入会日期早于出生日期"
    dialog.ui.joinedOnEdit.setText("2021-01-01")
    dialog.save()  # the service refuses the second registration of one person
    assert "已登记为会员" in dialog.errors.message("id_number")
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_concurrent_edit_is_refused_with_the_conflict_message(qtbot, db, clerk, clerk_context, people,
                                                             message_boxes):
    dialog = dialog_for(qtbot, clerk_context, people["王芳"])
    with db.session() as s:
        detail = get_member(s, clerk, people["王芳"])
        update_member(s, clerk, people["王芳"], detail.data.__class__(**{**detail.data.__dict__, "post": "收银员"}),
                      detail.version, today=TODAY)
    dialog.ui.postEdit.setText("理货员")
    dialog.save()
    assert "已被其他人修改" in dialog.ui.messageLabel.text()
    assert message_boxes[-1].kind == "warning"


def test_membership_events_from_the_dialog(qtbot, db, clerk, clerk_context, people, page, monkeypatch):
    dialog = dialog_for(qtbot, clerk_context, people["王芳"])
    assert dialog.ui.leaveButton.isEnabled() and not dialog.ui.rejoinButton.isEnabled()

    def leave(event_dialog):
        assert event_dialog.kind == "leave"
        event_dialog.ui.reasonCombo.setEditText("")
        event_dialog.save()
        assert event_dialog.errors.message("reason") == "请填写退会的原因"
        event_dialog.ui.reasonCombo.setEditText("离职")
        event_dialog.ui.dateEdit.setText("2026-10-31")
        event_dialog.save()
        return event_dialog.result()

    monkeypatch.setattr(MembershipEventDialog, "exec", leave)
    dialog.ui.leaveButton.click()
    assert dialog.ui.statusValue.text().startswith("已退会")
    assert dialog.events_model.rowCount() == 2 and dialog.events_model.text(1, 1) == "退会"
    assert dialog.ui.rejoinButton.isEnabled() and not dialog.ui.leaveButton.isEnabled()
    assert "王芳" not in names(page)  # current members only: the list heard the change


def test_transfer_requested_by_clerk_approved_by_reviewer(qtbot, db, tree, clerk, reviewer, clerk_context, people,
                                                          monkeypatch):
    def counts():
        with db.session() as s:
            return {n.id: n.member_count for n in organization_tree(s, clerk)}

    before = counts()
    dialog = dialog_for(qtbot, clerk_context, people["李海"])

    def request(transfer_dialog: MemberTransferDialog):
        transfer_dialog.save()
        assert transfer_dialog.errors.message("to_org_id")  # no union chosen yet
        transfer_dialog.set_target(tree["union_b"], "龙旺庄超市工会")
        transfer_dialog.ui.reasonCombo.setEditText("工作调动")
        transfer_dialog.ui.dateEdit.setText("2026-11-01")
        transfer_dialog.save()
        return transfer_dialog.result()

    monkeypatch.setattr(MemberTransferDialog, "exec", request)
    dialog.ui.transferButton.click()
    assert "龙旺庄超市工会" in dialog.ui.pendingLabel.text()
    assert not dialog.ui.transferButton.isEnabled()  # one request at a time
    assert counts() == before  # nothing moves before the review

    reviewer_context = AppContext(db, reviewer)
    pending = PendingTransfersDialog(reviewer_context)
    qtbot.addWidget(pending)
    assert pending.model.rowCount() == 1 and pending.model.text(0, 0) == "李海"
    pending.ui.opinionEdit.setText("同意")
    pending.ui.approveButton.click()
    assert pending.model.rowCount() == 0
    after = counts()
    assert after[tree["union_a"]] == before[tree["union_a"]] - 1
    assert after[tree["union_b"]] == before[tree["union_b"]] + 1
    with db.session() as s:
        detail = get_member(s, clerk, people["李海"])
    assert detail.org_name == "龙旺庄超市工会" and [e.kind for e in detail.events][-2:] == ["transfer_out",
                                                                                       "transfer_in"]


def test_photo_is_cropped_to_a_one_inch_portrait(qtbot, db, clerk, clerk_context, people, tmp_path, monkeypatch):
    source = QImage(800, 600, QImage.Format.Format_RGB32)
    source.fill(QColor("#3366aa"))
    path = tmp_path / "photo.png"
    assert source.save(str(path))
    crop = PhotoCropDialog(source)
    qtbot.addWidget(crop)
    crop.ui.zoomSlider.setValue(50)
    assert crop.view.frame.height() == pytest.approx(300, abs=1)
    assert abs(crop.view.frame.width() / crop.view.frame.height() - 25 / 35) < 0.01

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    monkeypatch.setattr(PhotoCropDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    dialog = dialog_for(qtbot, clerk_context, people["张红梅"])
    dialog.ui.photoButton.click()
    assert dialog.ui.photoLabel.pixmap() is not None and not dialog.ui.photoLabel.pixmap().isNull()
    dialog.save()
    with db.session() as s:
        stored = get_photo(s, clerk, people["张红梅"])
    image = QImage.fromData(stored)
    assert (image.width(), image.height()) == PORTRAIT_SIZE and stored[:2] == b"\xff\xd8"  # a JPEG


def test_duplicate_finder_lists_people_registered_twice(qtbot, db, tree, clerk, clerk_context, people):
    with db.session() as s:
        create_member(s, clerk, MemberInput(name="张红梅", id_number=id_number(date(1985, 3, 8), 4),
                                            org_id=tree["union_b"], joined_on=date(2022, 1, 1)), today=TODAY)
    dialog = DuplicatesDialog(clerk_context)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    assert {dialog.model.text(r, 3) for r in range(2)} == {"张红梅"}
    assert dialog.model.text(0, 1) == "姓名和出生日期相同"


def test_viewer_sees_masked_numbers_and_cannot_save(qtbot, db, viewer, people):
    context = AppContext(db, viewer)
    viewer_page = MembersPage(context)
    qtbot.addWidget(viewer_page)
    row = names(viewer_page).index("张红梅")
    assert viewer_page.model.data(viewer_page.model.index(row, COL_ID_NUMBER)) == "370602********" + HONGMEI[-4:]
    assert viewer_page.model.data(viewer_page.model.index(row, COL_PHONE)) == "138****8000"
    assert viewer_page.ui.newButton.isHidden() and not viewer_page.action_enabled("new_record")
    dialog = dialog_for(qtbot, context, people["张红梅"])
    assert dialog.save_button.isHidden() and dialog.ui.leaveButton.isHidden()
    assert dialog.ui.idNumberEdit.isReadOnly() and "*" in dialog.ui.idNumberEdit.text()
    assert dialog.ui.nameEdit.isReadOnly()
    viewer_page.ui.tableView.selectionModel().select(
        viewer_page.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    assert viewer_page.selected_ids() == [people["张红梅"]]


def test_the_clerk_reads_chinese(qtbot, db, clerk_context, people, zh):
    from unionapp.ui.pages.organizations_page import OrganizationsPage

    members = MembersPage(clerk_context)
    qtbot.addWidget(members)
    headers = [members.model.headerData(c, Qt.Orientation.Horizontal) for c in range(members.model.columnCount())]
    assert headers == ["会员编号", "姓名", "性别", "身份证号", "出生日期", "手机", "所属工会", "入会日期", "状态"]
    qtbot.waitUntil(lambda: members.total == 3)
    assert members.ui.countLabel.text() == "共 3 人"
    unions = OrganizationsPage(clerk_context)
    qtbot.addWidget(unions)
    assert unions.ui.tabs.tabText(0) == "组织机构" and unions.ui.tabs.tabText(1) == "未建会单位"
    dialog = dialog_for(qtbot, clerk_context, people["李海"])
    assert dialog.ui.transferButton.text() == "转出/转入…" and dialog.ui.idNumberLabel.text() == "证件号码："

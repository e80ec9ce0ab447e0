"""The organisations page driven as a clerk would: the tree with counts and 换届 reminders, the union
form with its checks beside the fields, moving and dissolving, and the organising drive."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.conftest import TODAY, make_actor
from unionapp.domain.idcard import id_check_digit
from unionapp.services import audit
from unionapp.services.members import MemberInput, create_member
from unionapp.services.organizations import OrgInput, get_organization, organization_tree, update_organization
from unionapp.services.organizing import EmployerInput, add_follow_up, create_employer, get_employer
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.choose_org_dialog import ChooseOrgDialog
from unionapp.ui.dialogs.dissolve_dialog import DissolveOrgDialog
from unionapp.ui.dialogs.organization_dialog import OrganizationDialog
from unionapp.ui.dialogs.unorganized_dialog import ConvertEmployerDialog, UnorganizedDialog
from unionapp.ui.models.org_tree import COL_MEMBERS, COL_SUBTREE_MEMBERS, COL_TERM_END, DUE_ROLE
from unionapp.ui.pages.organizations_page import OrganizationsPage

BAD_CODE = "91370602MA3C5WQX84"  # the tree's good code with a wrong check character


def id_number(seq: int) -> str:
    first17 = f"37060219850101{seq:03d}"
    return first17 + id_check_digit(first17)


@pytest.fixture
def clerk_context(db, clerk) -> AppContext:
    return AppContext(db, clerk)


@pytest.fixture
def page(qtbot, clerk_context, tree):
    widget = OrganizationsPage(clerk_context)
    qtbot.addWidget(widget)
    widget.today = lambda: TODAY
    widget.refresh()
    widget.show()
    return widget  # the test holds this reference: addWidget keeps only a weak one


def node_row(page, org_id, column):
    index = page.proxy.index_of(org_id)
    return index.sibling(index.row(), column)


def test_tree_counts_members_and_marks_reelection_due(qtbot, db, tree, clerk, page):
    with db.session() as s:
        for i, number in enumerate((id_number(11), id_number(12))):
            create_member(s, clerk, MemberInput(name=f"会员{'甲乙'[i]}", id_number=number,
                                                org_id=tree["branch"] if i else tree["union_a"],
                                                joined_on=date(2020, 1, 1)), today=TODAY)
    page.context.events.announce("member")
    assert node_row(page, tree["union_a"], COL_MEMBERS).data() == "1"
    assert node_row(page, tree["union_a"], COL_SUBTREE_MEMBERS).data() == "2"
    assert node_row(page, tree["county"], COL_SUBTREE_MEMBERS).data() == "2"
    # 龙泉机械厂's term ends 2027-01-31: within 90 days of TODAY.
    due = node_row(page, tree["union_a"], COL_TERM_END)
    assert due.data() == "2027-01-31" and due.data(DUE_ROLE) == "due"
    assert due.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert node_row(page, tree["union_b"], COL_TERM_END).data(DUE_ROLE) is None
    page.ui.dueOnlyCheck.setChecked(True)
    assert page.proxy.index_of(tree["union_a"]).isValid()
    assert not page.proxy.index_of(tree["union_b"]).isValid()
    page.ui.dueOnlyCheck.setChecked(False)
    page.ui.filterEdit.setText("lwz")  # pinyin initials of 龙旺庄
    assert page.proxy.index_of(tree["union_b"]).isValid()
    assert not page.proxy.index_of(tree["union_a"]).isValid()


def test_new_union_form_checks_beside_the_fields_and_saves(qtbot, db, tree, admin, page):
    assert page.select(tree["town_a"])
    dialog = OrganizationDialog(page.context, page, parent_id=tree["town_a"])
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert dialog.ui.levelCombo.currentData() == "grassroots" and ui.parentEdit.text() == "城关镇总工会"
    assert ui.unitCategoryCombo.findText("私营企业") > 0 and ui.industryCombo.findData("C") > 0
    ui.creditCodeEdit.setText(BAD_CODE)
    assert "校验位错误" in dialog.errors.message("credit_code")
    assert dialog.errors.label("credit_code").text() == dialog.errors.message("credit_code")
    ui.creditCodeEdit.setText("91370602MA3C5WQX85")
    assert dialog.errors.message("credit_code") == ""
    ui.workersEdit.setText("10")
    ui.femaleWorkersEdit.setText("20")
    assert dialog.errors.message("female_workers") == "女职工人数不能多于职工人数"
    ui.termStartEdit.setText("2026.3.1")
    ui.termEndEdit.setText("2025-3-1")
    assert dialog.errors.message("term_end") == "本届结束日期应晚于开始日期"
    ui.foundedOnEdit.setText("2026-13-40")
    assert dialog.errors.message("founded_on")
    dialog.save()  # refused: the name is missing and the problems above remain
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message("name") == "工会名称不能为空"

    ui.nameEdit.setText("城关镇快递物流工会")
    ui.femaleWorkersEdit.setText("4")
    ui.termEndEdit.setText("2031-2-28")
    ui.foundedOnEdit.setText("2026-03-01")
    ui.unitCategoryCombo.setCurrentIndex(ui.unitCategoryCombo.findText("私营企业"))
    ui.newEmploymentList.item(0).setCheckState(Qt.CheckState.Checked)  # 快递员
    ui.hasCongressCheck.setChecked(True)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved_id
    assert page.proxy.index_of(dialog.saved_id).isValid()  # the page heard the event
    with db.session() as s:
        saved = get_organization(s, admin, dialog.saved_id)
        entries = audit.list_entries(s, admin, entity="organization", entity_id=str(dialog.saved_id))
    assert saved.data.credit_code == "91370602MA3C5WQX85" and saved.data.unit_category == "私营企业"
    assert saved.data.new_employment_tags == "快递员" and saved.data.has_congress
    assert saved.data.term_start == date(2026, 3, 1) and saved.data.female_workers == 4
    assert entries and entries[0].action == "create"


def test_concurrent_edit_shows_the_conflict(qtbot, db, tree, clerk, page, message_boxes):
    dialog = OrganizationDialog(page.context, page, org_id=tree["union_b"])
    qtbot.addWidget(dialog)
    with db.session() as s:
        current = get_organization(s, clerk, tree["union_b"])
        update_organization(s, clerk, tree["union_b"], OrgInput(**{**current.data.__dict__, "chair_name": "王主席"}),
                            current.version)
    dialog.ui.chairNameEdit.setText("李主席")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "已被其他人修改" in dialog.ui.messageLabel.text()
    assert any("已被其他人修改" in shown.text for shown in message_boxes)


def test_move_a_union_in_the_tree(qtbot, db, tree, clerk, page, monkeypatch, message_boxes):
    nodes = {n.id: n for n in page.model.nodes()}
    assert page.select(tree["union_b"])
    # Refused: a grassroots union cannot sit under another grassroots union; the service says why.
    monkeypatch.setattr(ChooseOrgDialog, "choose", classmethod(lambda cls, *a, **k: nodes[tree["union_a"]]))
    page.move_selected()
    assert message_boxes[-1].kind == "warning" and "不能设在基层工会之下" in message_boxes[-1].text
    monkeypatch.setattr(ChooseOrgDialog, "choose", classmethod(lambda cls, *a, **k: nodes[tree["town_a"]]))
    page.move_selected()
    assert page.model.node_by_id(tree["union_b"]).parent_id == tree["town_a"]
    assert page.selected_node().id == tree["union_b"]
    index = page.proxy.index_of(tree["union_b"])
    assert page.proxy.node(index.parent()).id == tree["town_a"]
    with db.session() as s:
        assert {n.id: n.parent_id for n in organization_tree(s, clerk)}[tree["union_b"]] == tree["town_a"]


def test_dissolve_refused_with_members_then_done(qtbot, db, tree, clerk, page):
    with db.session() as s:
        create_member(s, clerk, MemberInput(name="张三", id_number="11010519491231002X", org_id=tree["union_b"],
                                            joined_on=date(2020, 1, 1)), today=TODAY)
    node = page.model.node_by_id(tree["union_b"])
    dialog = DissolveOrgDialog(page.context, node, page)
    qtbot.addWidget(dialog)
    dialog.ui.reasonEdit.setText("企业注销")
    dialog.save()
    assert "还有 1 名会员" in dialog.ui.messageLabel.text()
    branch = page.model.node_by_id(tree["branch"])
    dialog = DissolveOrgDialog(page.context, branch, page)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.errors.message("status_reason") == "请填写撤销或合并的原因"
    dialog.ui.reasonEdit.setText("车间撤并")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not page.proxy.index_of(tree["branch"]).isValid()  # dissolved unions are hidden...
    page.ui.closedCheck.setChecked(True)
    assert page.proxy.index_of(tree["branch"]).isValid()  # ...until asked for


def test_unorganized_employer_follow_up_and_founding(qtbot, db, tree, clerk, admin, page, monkeypatch):
    with db.session() as s:
        employer_id = create_employer(s, clerk, EmployerInput(
            name="龙泉顺达快递有限公司", township_org_id=tree["town_a"], workers=35, migrant_workers=20,
            reason="职工人数少", industry="G"))
        add_follow_up(s, clerk, employer_id, date(2026, 10, 9), "上门宣传《工会法》", today=TODAY)
    panel = page.unorganized
    page.ui.tabs.setCurrentWidget(page.ui.unorganizedTab)
    panel.refresh()
    assert panel.model.rowCount() == 1
    panel.ui.townshipCombo.setCurrentIndex(panel.ui.townshipCombo.findData(tree["town_b"]))
    assert panel.model.rowCount() == 0  # filtered by township
    panel.ui.townshipCombo.setCurrentIndex(panel.ui.townshipCombo.findData(tree["town_a"]))
    assert panel.select(employer_id) and panel.ui.convertButton.isEnabled()

    log = UnorganizedDialog(page.context, page, employer_id=employer_id)
    qtbot.addWidget(log)
    log.ui.followUpDateEdit.setText("2026-11-20")
    log.ui.followUpNoteEdit.setPlainText("与企业负责人座谈，同意建会")
    log.ui.addFollowUpButton.click()
    assert log.log_model.rowCount() == 2
    assert panel.model.row_at(0).follow_up_count == 2  # the list heard the event

    def found(dialog):
        assert dialog.ui.unionNameEdit.text() == "龙泉顺达快递有限公司工会委员会"
        assert dialog.ui.parentEdit.text() == "城关镇总工会"
        dialog.ui.foundedOnEdit.setText("2026-11-18")
        dialog.ui.approvalNoEdit.setText("龙工字〔2026〕31号")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ConvertEmployerDialog, "exec", found)
    panel.convert_selected()
    assert panel.model.rowCount() == 0  # no longer an employer without a union
    new_union = page.selected_node()
    assert new_union.name == "龙泉顺达快递有限公司工会委员会" and new_union.parent_id == tree["town_a"]
    with db.session() as s:
        employer = get_employer(s, clerk, employer_id)
        union = get_organization(s, clerk, new_union.id)
    assert employer.status == "organized" and employer.organized_org_id == new_union.id
    assert len(employer.follow_ups) == 3  # the history stays, with the founding at its end
    assert union.data.workers == 35 and union.data.approval_no == "龙工字〔2026〕31号"
    dialog = OrganizationDialog(page.context, page, org_id=new_union.id)
    qtbot.addWidget(dialog)
    assert dialog.ui.tabs.isTabVisible(dialog.ui.tabs.indexOf(dialog.ui.historyTab))
    assert dialog.ui.historyView.model().rowCount() == 3


def test_viewer_reads_but_cannot_change(qtbot, db, tree):
    context = AppContext(db, make_actor("viewer"))
    viewer_page = OrganizationsPage(context)
    qtbot.addWidget(viewer_page)
    assert viewer_page.ui.newButton.isHidden() and viewer_page.ui.moveButton.isHidden()
    assert not viewer_page.action_enabled("new_record") and viewer_page.action_enabled("focus_search")
    dialog = OrganizationDialog(context, viewer_page, org_id=tree["union_a"])
    qtbot.addWidget(dialog)
    assert dialog.save_button.isHidden() and dialog.ui.nameEdit.isReadOnly()


def test_choose_dialog_filters_and_only_offers_what_fits(qtbot, clerk_context, tree):
    dialog = ChooseOrgDialog(clerk_context, None, selectable=lambda n: n.level in ("grassroots", "branch"))
    qtbot.addWidget(dialog)
    dialog.select(tree["town_a"])
    assert dialog.chosen() is None and not dialog.ok_button.isEnabled()  # a township cannot hold members
    dialog.ui.filterEdit.setText("机械")
    assert dialog.proxy.index_of(tree["union_a"]).isValid() and not dialog.proxy.index_of(tree["union_b"]).isValid()
    dialog.select(tree["union_a"])
    assert dialog.ok_button.isEnabled() and dialog.chosen().name == "龙泉机械厂工会委员会"


def test_view_members_of_a_union_opens_the_filtered_member_list(qtbot, db, tree, admin, clerk):
    """From the tree, "查看会员" shows the members page limited to that union's subtree."""
    from tests.conftest import TODAY
    from unionapp.services.members import MemberInput, create_member
    from unionapp.ui.context import AppContext
    from unionapp.ui.main_window import MainWindow

    with db.session() as s:
        create_member(s, clerk, MemberInput(name="张红梅", id_number="11010519491231002X",
                                            org_id=tree["union_a"]), today=TODAY)
        create_member(s, clerk, MemberInput(name="李明", id_number="370602198901018888",
                                            org_id=tree["union_b"]), today=TODAY)
    window = MainWindow(AppContext(db, admin))
    qtbot.addWidget(window)
    window.show_page("organizations").members_requested.emit(tree["union_b"])
    members = window.page("members")
    assert window.current_key() == "members"
    qtbot.waitUntil(lambda: members.model.rowCount() == 1, timeout=5000)
    assert members.model.row_at(0).name == "李明"

"""The users page: administrators manage accounts; anyone else sees only their own account and
may change their own password."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from tests.ui.conftest import PASSWORD, make_user
from unionapp.services import users
from unionapp.services.errors import AuthError
from unionapp.ui.context import AppContext
from unionapp.ui.models.users_model import COL_SCOPE, COL_USERNAME
from unionapp.ui.pages.users_page import UsersPage


def usernames(page: UsersPage) -> list[str]:
    return [row.username for row in page.model_rows()]


def select(page: UsersPage, username: str) -> None:
    page.select(next(row.id for row in page.model_rows() if row.username == username))


def test_admin_adds_a_clerk(qtbot, admin_context, db, zh):
    page = UsersPage(admin_context)
    qtbot.addWidget(page)
    page.show()
    assert usernames(page) == ["admin"]
    assert page.ui.addButton.isVisible()
    changes = []
    admin_context.events.changed.connect(changes.append)

    dialog = page.new_record()
    assert dialog.isVisible() and dialog.windowTitle() == "新增用户"
    ui = dialog.ui
    ui.usernameEdit.setText("wangxiao")
    ui.displayNameEdit.setText("王晓")
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("clerk"))
    ui.sensitiveCheck.setChecked(True)
    ui.passwordEdit.setText(PASSWORD)
    ui.repeatEdit.setText("different-1")
    dialog.accept()
    assert dialog.message() == "两次输入的密码不一致。"
    ui.repeatEdit.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert changes == ["user"]

    assert usernames(page) == ["admin", "wangxiao"]
    clerk = next(row for row in page.model_rows() if row.username == "wangxiao")
    assert (clerk.role, clerk.display_name, clerk.can_view_sensitive, clerk.enabled) == ("clerk", "王晓", True, True)
    row = page.model.find(clerk.id)
    assert [page.model.index(row, c).data() for c in range(6)] == ["wangxiao", "王晓", "业务员", "全县", "可查看", "正常"]
    actor = users.login(db, "wangxiao", PASSWORD)
    assert actor.role == "clerk" and actor.sees_sensitive


def test_a_duplicate_user_name_is_refused_in_the_dialog(qtbot, admin_context):
    page = UsersPage(admin_context)
    qtbot.addWidget(page)
    dialog = page.new_record()
    dialog.ui.usernameEdit.setText("admin")
    dialog.ui.passwordEdit.setText(PASSWORD)
    dialog.ui.repeatEdit.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message() == "用户名“admin”已存在"


def test_viewer_role_cannot_see_sensitive_information(qtbot, admin_context):
    page = UsersPage(admin_context)
    qtbot.addWidget(page)
    dialog = page.new_record()
    dialog.ui.sensitiveCheck.setChecked(True)
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("viewer"))
    assert not dialog.ui.sensitiveCheck.isEnabled() and not dialog.ui.sensitiveCheck.isChecked()


def test_admin_edits_role_and_sensitive_information(qtbot, admin_context, db):
    make_user(db, "lisi", "clerk", sensitive=True)
    page = UsersPage(admin_context)
    qtbot.addWidget(page)
    select(page, "lisi")
    dialog = page.edit_user()
    assert dialog.ui.usernameEdit.isReadOnly() and not dialog.ui.passwordEdit.isVisible()
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("reviewer"))
    dialog.ui.sensitiveCheck.setChecked(False)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    lisi = next(row for row in page.model_rows() if row.username == "lisi")
    assert (lisi.role, lisi.can_view_sensitive) == ("reviewer", False)


def test_admin_disables_enables_resets_and_unlocks(qtbot, admin_context, db, message_boxes):
    make_user(db, "lisi", "clerk")
    page = UsersPage(admin_context)
    qtbot.addWidget(page)
    select(page, "lisi")
    assert page.ui.enableButton.text() == "&Disable"
    assert page.toggle_enabled()
    select(page, "lisi")
    assert page.state_text(page.model.find(page.selected().id)) == "Disabled"
    assert page.ui.enableButton.text() == "E&nable"
    try:
        users.login(db, "lisi", PASSWORD)
        raise AssertionError("a disabled account signed in")
    except AuthError as exc:
        assert exc.message == "该账户已停用，请联系管理员"
    assert page.toggle_enabled()

    # Locked by wrong passwords; the administrator unlocks it.
    for _ in range(5):
        try:
            users.login(db, "lisi", "wrong-password")
        except AuthError:
            pass
    page.refresh()
    select(page, "lisi")
    assert page.selected().locked and page.ui.unlockButton.isEnabled()
    assert page.unlock()
    select(page, "lisi")
    assert not page.selected().locked and not page.ui.unlockButton.isEnabled()

    dialog = page.reset_password()
    assert not dialog.ui.oldEdit.isVisible()
    dialog.ui.newEdit.setText("New-password-1")
    dialog.ui.repeatEdit.setText("New-password-1")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert users.login(db, "lisi", "New-password-1").username == "lisi"
    assert message_boxes == []


def test_admin_cannot_disable_themself(qtbot, admin_context):
    page = UsersPage(admin_context)
    qtbot.addWidget(page)
    select(page, "admin")
    assert not page.ui.enableButton.isEnabled()


def test_a_viewer_sees_only_their_own_account(qtbot, viewer_context, db, zh):
    make_user(db, "lisi", "clerk")
    page = UsersPage(viewer_context)
    qtbot.addWidget(page)
    page.show()
    assert usernames(page) == ["小查"]
    for button in (page.ui.addButton, page.ui.editButton, page.ui.resetPasswordButton, page.ui.enableButton,
                   page.ui.unlockButton):
        assert not button.isVisible()
    assert page.ui.ownPasswordButton.isVisible() and page.ui.ownPasswordButton.isEnabled()
    assert page.ui.hintLabel.text() == "您只能看到自己的账户。如需调整角色，请联系管理员。"
    assert not page.action_enabled("new_record") and page.new_record() is None
    assert page.edit_user() is None


def test_anyone_changes_their_own_password(qtbot, viewer_context, db):
    page = UsersPage(viewer_context)
    qtbot.addWidget(page)
    dialog = page.change_own_password()
    assert dialog.ui.oldEdit.isVisible()
    dialog.ui.oldEdit.setText("not-my-password")
    dialog.ui.newEdit.setText("Another-pass-2")
    dialog.ui.repeatEdit.setText("Another-pass-2")
    dialog.accept()
    assert dialog.message() == "原密码不正确"
    dialog.ui.oldEdit.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert users.login(db, "小查", "Another-pass-2").role == "viewer"


def test_the_command_line_actor_has_no_own_password(qtbot, db):
    from unionapp.services.rights import SYSTEM_ACTOR

    page = UsersPage(AppContext(db, SYSTEM_ACTOR))
    qtbot.addWidget(page)
    assert not page.ui.ownPasswordButton.isEnabled()


# ---------------------------------------------------------------- scope (DESIGN §3)


def _node(db, org_id):
    from unionapp.services.organizations import organization_tree
    from unionapp.services.rights import SYSTEM_ACTOR

    with db.session() as session:
        return next(n for n in organization_tree(session, SYSTEM_ACTOR) if n.id == org_id)


def _add_members(db, tree):
    from datetime import date

    from tests.conftest import TODAY
    from unionapp.domain.idcard import id_check_digit
    from unionapp.services.members import MemberInput, create_member
    from unionapp.services.rights import SYSTEM_ACTOR

    with db.session() as s:
        for seq, (name, union) in enumerate((("张红梅", "union_a"), ("李明", "branch"), ("王芳", "union_b")), 1):
            first17 = f"370602198001{seq:02d}{seq:03d}"
            create_member(s, SYSTEM_ACTOR, MemberInput(name=name, id_number=first17 + id_check_digit(first17),
                                                       org_id=tree[union], joined_on=date(2020, 5, 1)), today=TODAY)


def test_admin_limits_a_new_clerk_to_one_township(qtbot, admin_context, db, tree, monkeypatch):
    from unionapp.services.member_search import MemberFilter, search_members
    from unionapp.ui.dialogs.choose_org_dialog import ChooseOrgDialog

    _add_members(db, tree)
    page = UsersPage(admin_context)
    qtbot.addWidget(page)
    dialog = page.new_record()
    ui = dialog.ui
    assert ui.scopeEdit.text() == "Whole county" and not ui.wholeCountyButton.isEnabled()
    offered = {}

    def choose(_cls, _parent, _context, **options):
        offered.update(options)
        return _node(db, tree["town_a"])

    monkeypatch.setattr(ChooseOrgDialog, "choose", classmethod(choose))
    ui.chooseScopeButton.click()
    assert ui.scopeEdit.text() == "城关镇总工会" and ui.wholeCountyButton.isEnabled()
    selectable = offered["selectable"]
    assert selectable(_node(db, tree["town_b"])) and selectable(_node(db, tree["county"]))
    assert not selectable(_node(db, tree["union_a"])) and not selectable(_node(db, tree["branch"]))

    ui.usernameEdit.setText("chengguan")
    ui.passwordEdit.setText(PASSWORD)
    ui.repeatEdit.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert next(r for r in page.model_rows() if r.username == "chengguan").scope_org_id == tree["town_a"]
    scopes = {page.model.index(i, COL_USERNAME).data(): page.model.index(i, COL_SCOPE).data()
              for i in range(page.model.rowCount())}
    assert scopes["chengguan"] == "城关镇总工会" and scopes["admin"] == "Whole county"  # the list shows it too

    actor = users.login(db, "chengguan", PASSWORD)
    with db.session() as session:
        found = search_members(session, actor, MemberFilter(), offset=0, limit=50)
    assert sorted(r.name for r in found) == ["张红梅", "李明"]  # 王芳 is in the other township


def test_admin_changes_a_scope_and_administrators_are_never_limited(qtbot, admin_context, db, tree, monkeypatch):
    from sqlalchemy import select as sql_select

    from unionapp.db.models import AuditEntry
    from unionapp.ui.dialogs.choose_org_dialog import ChooseOrgDialog

    with db.session() as session:
        users.create_user(session, admin_context.actor, "lisi", PASSWORD, "clerk", scope_org_id=tree["town_a"])
    page = UsersPage(admin_context)
    qtbot.addWidget(page)
    select(page, "lisi")
    dialog = page.edit_user()
    ui = dialog.ui
    assert ui.scopeEdit.text() == "城关镇总工会" and ui.chooseScopeButton.isEnabled()

    # Administrator: the row shows the whole county and cannot be changed; back to clerk restores it.
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("admin"))
    assert dialog.scope_org_id() is None and not ui.chooseScopeButton.isEnabled()
    assert ui.scopeEdit.text() == "Whole county (administrators are never limited)"
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("clerk"))
    assert dialog.scope_org_id() == tree["town_a"]

    monkeypatch.setattr(ChooseOrgDialog, "choose", classmethod(lambda cls, *_a, **_k: _node(db, tree["town_b"])))
    ui.chooseScopeButton.click()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    lisi = next(r for r in page.model_rows() if r.username == "lisi")
    assert lisi.scope_org_id == tree["town_b"]
    with db.session() as session:
        summary = session.scalars(sql_select(AuditEntry.summary).where(AuditEntry.action == "update")
                                  .order_by(AuditEntry.id.desc())).first()
    assert summary == "修改用户：lisi（管辖范围：城关镇总工会 → 龙旺庄街道总工会）"

    select(page, "lisi")
    dialog = page.edit_user()
    dialog.ui.wholeCountyButton.click()
    assert dialog.ui.scopeEdit.text() == "Whole county"
    dialog.accept()
    assert next(r for r in page.model_rows() if r.username == "lisi").scope_org_id is None


def test_a_scope_the_service_refuses_is_shown_in_the_dialog(qtbot, admin_context, tree):
    page = UsersPage(admin_context)
    qtbot.addWidget(page)
    dialog = page.new_record()
    dialog.set_scope(tree["union_a"])  # the chooser greys it out; the service refuses it anyway
    dialog.ui.usernameEdit.setText("wangxiao")
    dialog.ui.passwordEdit.setText(PASSWORD)
    dialog.ui.repeatEdit.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message().startswith("管辖范围只能是") and "基层工会" in dialog.message()

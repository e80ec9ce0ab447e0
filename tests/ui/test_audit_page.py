"""The audit log page: filters, paging through the log, and before → after of an entry."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate

from tests.ui.conftest import make_user
from unionapp.db.models import AuditEntry
from unionapp.services import audit, users
from unionapp.services.organizations import OrgInput, create_organization
from unionapp.ui.models.audit_model import COL_ACTION, COL_ENTITY, COL_USER, AuditModel
from unionapp.ui.pages.audit_page import AuditPage


def shown(page: AuditPage) -> list[tuple[str, str, str]]:
    model = page.model
    return [(model.index(r, COL_USER).data(), model.index(r, COL_ACTION).data(), model.index(r, COL_ENTITY).data())
            for r in range(model.rowCount())]


def test_filters(qtbot, admin_context, db, zh):
    make_user(db, "lisi", "clerk")
    clerk = users.login(db, "lisi", "Secret-2026")
    with db.session() as s:
        county = create_organization(s, clerk, OrgInput(level="county", name="龙泉县总工会"))
    page = AuditPage(admin_context)
    qtbot.addWidget(page)
    page.show()
    everything = shown(page)
    # Newest first: lisi's new union, lisi's login, the account made for lisi, the admin's login …
    assert everything[0] == ("lisi", "新增", "组织")
    assert ("admin", "登录", "用户") in everything

    page.ui.userCombo.setEditText("lisi")
    page.search()
    assert {user for user, _action, _entity in shown(page)} == {"lisi"}

    page.clear_filters()
    page.ui.entityCombo.setCurrentIndex(page.ui.entityCombo.findData("organization"))
    page.search()
    assert shown(page) == [("lisi", "新增", "组织")]

    page.ui.entityIdEdit.setText(str(county + 1000))
    page.search()
    assert shown(page) == []
    assert page.ui.detailLabel.text() == "未选中任何记录。"
    page.ui.entityIdEdit.setText(str(county))
    page.search()
    assert len(shown(page)) == 1

    page.clear_filters()
    page.ui.actionCombo.setCurrentIndex(page.ui.actionCombo.findData("login"))
    page.search()
    assert {action for _user, action, _entity in shown(page)} == {"登录"}
    assert {user for user, _action, _entity in shown(page)} == {"admin", "lisi"}


def test_date_range(qtbot, admin_context, db):
    with db.session() as s:
        s.add(AuditEntry(at=datetime(2020, 3, 5, 9, 30), username="old", action="update", entity="member",
                         entity_id="7", summary="修改会员：旧记录"))
    page = AuditPage(admin_context)
    qtbot.addWidget(page)
    assert "old" in [user for user, _a, _e in shown(page)]
    page.ui.dateCheck.setChecked(True)  # the default range: the last 30 days
    page.search()
    assert "old" not in [user for user, _a, _e in shown(page)]
    page.ui.dateFromEdit.setDate(QDate(2020, 3, 5))
    page.ui.dateToEdit.setDate(QDate(2020, 3, 5))
    page.search()
    assert [user for user, _a, _e in shown(page)] == ["old"]
    assert page.current_filter().date_from == date(2020, 3, 5)


def test_before_and_after_of_an_entry(qtbot, admin_context, db, zh):
    make_user(db, "lisi", "clerk", sensitive=True)
    with db.session() as s:
        lisi = users.find_user_id(s, "lisi")
        row = next(r for r in users.list_users(s, admin_context.actor) if r.id == lisi)
        users.update_user(s, admin_context.actor, lisi, role="viewer", display_name="李四", can_view_sensitive=False,
                          enabled=True, scope_org_id=None, expected_version=row.version)
    page = AuditPage(admin_context)
    qtbot.addWidget(page)
    page.ui.actionCombo.setCurrentIndex(page.ui.actionCombo.findData("update"))
    page.search()
    page.ui.entriesView.selectRow(0)
    assert "修改用户：lisi" in page.ui.detailLabel.text()
    assert sorted(page.changes()) == sorted([
        ("姓名", "lisi", "李四"),
        ("角色", "业务员", "查看"),
        ("查看敏感信息", "是", "否"),
    ])


def test_model_fetches_the_log_in_pages(qtbot, admin_context, db):
    with db.session() as s:
        start = datetime.now() - timedelta(days=1)
        for i in range(25):
            audit.record(s, admin_context.actor, "export", "member", None, f"导出 {i}")
            s.flush()
        s.query(AuditEntry).filter(AuditEntry.action == "export").update({AuditEntry.at: start})
    model = AuditModel(db, admin_context.actor, page_size=10)
    model.set_filter(model.filter.__class__(action="export"))
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 25 and not model.canFetchMore()
    assert model.row(0).summary == "导出 24"  # newest first


def test_find_puts_the_cursor_in_the_user_box(qtbot, admin_context):
    page = AuditPage(admin_context)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    page.focus_search()
    qtbot.waitUntil(lambda: page.ui.userCombo.lineEdit().hasFocus(), timeout=2000)

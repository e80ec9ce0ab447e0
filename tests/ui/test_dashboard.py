"""The dashboard counts in the background and shows the figures of the `tree` county as cards."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import TODAY
from unionapp.services.members import MemberInput, create_member
from unionapp.ui import settings
from unionapp.ui.pages.dashboard_page import DashboardPage


@pytest.fixture
def county(db, tree, admin):
    """The tree fixture with three members: two women in 城关镇 (one a migrant worker), one man in
    龙旺庄街道 who delivers food."""
    year = date.today().year
    with db.session() as s:
        create_member(s, admin, MemberInput(name="张红梅", id_number="11010519491231002X", org_id=tree["union_a"],
                                            joined_on=date(year, 1, 2), is_migrant=True), today=date(year, 12, 31))
        create_member(s, admin, MemberInput(name="李娜", id_number="110105198001010024", org_id=tree["branch"],
                                            joined_on=date(2019, 5, 1)), today=TODAY)
        create_member(s, admin, MemberInput(name="王强", id_number="110105199003070017", org_id=tree["union_b"],
                                            joined_on=date(2020, 6, 1), new_employment_form="外卖送餐员"),
                      today=TODAY)
    return tree


def wait_loaded(qtbot, page: DashboardPage) -> None:
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)


def test_shows_the_figures_of_the_county(qtbot, admin_context, county, zh):
    page = DashboardPage(admin_context)
    qtbot.addWidget(page)
    page.show()
    assert page.is_loading()  # the counts never run on the GUI thread
    wait_loaded(qtbot, page)
    assert page.figures.members == 3
    values = {key: page.value_text(key) for key in ("Unions", "Members", "NewMembers", "Women", "Migrants",
                                                      "NewForms", "Unorganized", "Rate")}
    assert values == {"Unions": "2", "Members": "3", "NewMembers": "1", "Women": "2", "Migrants": "1",
                      "NewForms": "1", "Unorganized": "0", "Rate": "100.0%"}
    assert page.ui.titleMembers.text() == "会员" and page.ui.titleRate.text() == "建会率"
    assert page.note_label("Women").text() == "占会员 66.7%"
    assert page.ui.statusLabel.text().startswith("龙泉县总工会，统计于")
    assert page.ui.townshipCombo.itemText(0) == "全县"


def test_one_township_and_remembered_choice(qtbot, admin_context, county):
    page = DashboardPage(admin_context)
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)
    combo = page.ui.townshipCombo
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["城关镇总工会", "龙旺庄街道总工会"]
    combo.setCurrentIndex(combo.findData(county["town_b"]))
    wait_loaded(qtbot, page)
    assert page.figures.scope_name == "龙旺庄街道总工会"
    assert (page.value_text("Unions"), page.value_text("Members"), page.value_text("Women")) == ("1", "1", "0")
    assert settings.get(settings.DASHBOARD_TOWNSHIP) == county["town_b"]

    again = DashboardPage(admin_context)
    qtbot.addWidget(again)
    wait_loaded(qtbot, again)
    assert again.township_id() == county["town_b"] and again.figures.members == 1


def test_renewal_reminders(qtbot, admin_context, db, tree, admin):
    # 龙泉机械厂's term ends 2027-01-31; seen from a day inside the 90 days it is listed.
    from unionapp.db.models import Organization

    soon = date.today().toordinal() + 30
    with db.session() as s:
        s.get(Organization, tree["union_a"]).term_end = date.fromordinal(soon)
    page = DashboardPage(admin_context)
    qtbot.addWidget(page)
    page.show()
    wait_loaded(qtbot, page)
    assert [r.name for r in page.reminders.rows()] == ["龙泉机械厂工会委员会"]
    assert page.reminders.index(0, 2).data() in ("30 days", "30 天")
    assert page.ui.remindersView.isVisible() and not page.ui.remindersEmptyLabel.isVisible()


def test_reloads_when_members_change(qtbot, admin_context, county, admin, db):
    page = DashboardPage(admin_context)
    qtbot.addWidget(page)
    page.show()
    wait_loaded(qtbot, page)
    with db.session() as s:
        create_member(s, admin, MemberInput(name="赵敏", id_number="110105198506060035", org_id=county["union_b"],
                                            joined_on=date(2021, 1, 1)), today=TODAY)
    admin_context.events.announce("member")
    qtbot.waitUntil(lambda: page.figures.members == 4, timeout=10_000)
    assert page.value_text("Members") == "4"


def test_a_newer_request_wins(qtbot, admin_context, county):
    page = DashboardPage(admin_context)
    qtbot.addWidget(page)
    first = page._job
    page.ui.townshipCombo.setCurrentIndex(page.ui.townshipCombo.findData(county["town_a"]))
    assert page._job is not first
    wait_loaded(qtbot, page)
    assert page.figures.scope_name == "城关镇总工会"

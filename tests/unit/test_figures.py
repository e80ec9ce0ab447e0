"""Headline figures of the dashboard, counted over the `tree` fixture and a few members."""

from datetime import date

import pytest

from tests.conftest import TODAY, make_actor
from unionapp.db.models import UnorganizedEmployer
from unionapp.reports.figures import headline_figures, renewal_reminders, township_choices
from unionapp.services.errors import PermissionDenied
from unionapp.services.members import MemberInput, create_member, record_event

# Valid ID numbers: (number, sex by the 17th digit).
WOMAN_1 = "11010519491231002X"
WOMAN_2 = "110105198001010024"
MAN_1 = "110105199003070017"
MAN_2 = "110105198506060035"


@pytest.fixture
def people(db, tree, admin):
    """Four members: two in 城关镇 (one of them has left), two in 龙旺庄街道; two employers without
    a union (one per township) and one already organised."""
    with db.session() as s:
        woman_a = create_member(s, admin, MemberInput(
            name="张红梅", id_number=WOMAN_1, org_id=tree["union_a"], joined_on=date(2026, 3, 1),
            is_migrant=True), today=TODAY).id
        create_member(s, admin, MemberInput(
            name="李娜", id_number=WOMAN_2, org_id=tree["branch"], joined_on=date(2019, 5, 1),
            new_employment_form="快递员"), today=TODAY)
        create_member(s, admin, MemberInput(
            name="王强", id_number=MAN_1, org_id=tree["union_b"], joined_on=date(2026, 6, 1),
            is_migrant=True, new_employment_form="外卖送餐员"), today=TODAY)
        left = create_member(s, admin, MemberInput(
            name="赵刚", id_number=MAN_2, org_id=tree["union_a"], joined_on=date(2026, 1, 5)), today=TODAY).id
        record_event(s, admin, left, "leave", date(2026, 8, 1), "调离本县", today=TODAY)
        s.add_all([
            UnorganizedEmployer(name="城关镇便民超市", township_org_id=tree["town_a"], status="open"),
            UnorganizedEmployer(name="龙旺庄物流公司", township_org_id=tree["town_b"], status="open"),
            UnorganizedEmployer(name="已建会的厂", township_org_id=tree["town_b"], status="organized"),
        ])
    return {"woman_a": woman_a, "left": left}


def test_whole_county(db, tree, people, admin):
    with db.session() as s:
        figures = headline_figures(s, admin, today=TODAY)
    assert figures.scope_name == "龙泉县总工会"
    assert figures.year == 2026
    assert figures.grassroots_unions == 2  # the branch is not a grassroots union
    assert figures.members == 3  # 赵刚 has left
    assert figures.new_members == 3  # joined in 2026, 赵刚 included: he was recruited this year
    assert figures.migrant_members == 2
    assert figures.new_employment_members == 2
    assert figures.female_members == 2
    assert figures.unorganized_employers == 2  # the organised one no longer counts
    assert figures.organizing_rate == pytest.approx(2 / 4)


def test_one_township_subtree(db, tree, people, admin):
    with db.session() as s:
        town_a = headline_figures(s, admin, township_id=tree["town_a"], today=TODAY)
        town_b = headline_figures(s, admin, township_id=tree["town_b"], today=TODAY)
    assert town_a.scope_name == "城关镇总工会"
    # The branch's member counts for its township: the subtree, not only the direct children.
    assert (town_a.grassroots_unions, town_a.members, town_a.female_members) == (1, 2, 2)
    assert (town_a.new_members, town_a.migrant_members, town_a.new_employment_members) == (2, 1, 1)
    assert town_a.unorganized_employers == 1
    assert (town_b.grassroots_unions, town_b.members, town_b.female_members) == (1, 1, 0)
    assert town_b.organizing_rate == pytest.approx(0.5)


def test_other_year(db, tree, people, admin):
    with db.session() as s:
        figures = headline_figures(s, admin, year=2019, today=TODAY)
    assert figures.new_members == 1
    assert figures.members == 3  # the current members do not depend on the year asked


def test_empty_database_has_no_rate(db, admin):
    with db.session() as s:
        figures = headline_figures(s, admin, today=TODAY)
    assert figures.grassroots_unions == figures.members == figures.unorganized_employers == 0
    assert figures.organizing_rate is None


def test_progress_is_reported(db, tree, admin):
    seen = []
    with db.session() as s:
        headline_figures(s, admin, today=TODAY, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)


def test_scoped_clerk_sees_only_their_township(db, tree, people):
    with db.session() as s:
        path = headline_figures(s, make_actor("viewer"), township_id=tree["town_a"], today=TODAY)
        assert path.members == 2
        from unionapp.db.models import Organization

        town_b_path = s.get(Organization, tree["town_b"]).path
    scoped = make_actor("clerk", scope_path=town_b_path)
    with db.session() as s:
        own = headline_figures(s, scoped, today=TODAY)
        assert (own.scope_name, own.members) == ("龙旺庄街道总工会", 1)
        assert [c.name for c in township_choices(s, scoped)] == ["龙旺庄街道总工会"]
        with pytest.raises(PermissionDenied):
            headline_figures(s, scoped, township_id=tree["town_a"], today=TODAY)


def test_township_choices_and_renewals(db, tree, admin):
    with db.session() as s:
        choices = township_choices(s, admin)
        assert {c.name for c in choices} == {"城关镇总工会", "龙旺庄街道总工会"}
        # 龙泉机械厂's term ends 2027-01-31: 71 days after TODAY (2026-11-21), inside 90 days.
        due = renewal_reminders(s, admin, today=TODAY)
        assert [(r.name, r.days_left) for r in due] == [("龙泉机械厂工会委员会", 71)]
        assert renewal_reminders(s, admin, township_id=tree["town_b"], today=TODAY) == []
        assert renewal_reminders(s, admin, within_days=30, today=TODAY) == []

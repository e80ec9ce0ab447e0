"""A first end-to-end pass over the services, to prove the fixtures work on both databases."""

from datetime import date

from tests.conftest import TODAY
from unionapp.services.member_search import MemberFilter, count_members, search_members
from unionapp.services.members import MemberInput, create_member, get_member
from unionapp.services.organizations import organization_tree


def test_enrol_and_find(db, tree, clerk):
    with db.session() as s:
        saved = create_member(s, clerk, MemberInput(name="张红梅", id_number="11010519491231002X",
                                                    org_id=tree["union_a"], joined_on=date(2020, 5, 1)), today=TODAY)
    assert saved.member_no.startswith("2020")
    with db.session() as s:
        detail = get_member(s, clerk, saved.id)
        assert detail.data.sex == "女" and detail.data.birth_date == date(1949, 12, 31)
        rows = search_members(s, clerk, MemberFilter(text="zhm"), today=TODAY)
        assert [r.id for r in rows] == [saved.id]
        assert count_members(s, clerk, MemberFilter(text="红梅"), today=TODAY) == 1
        nodes = {n.id: n for n in organization_tree(s, clerk)}
        assert nodes[tree["union_a"]].member_count == 1
        assert nodes[tree["county"]].subtree_member_count == 1

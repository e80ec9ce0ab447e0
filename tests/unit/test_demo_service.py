"""`unionapp demo` (DESIGN §8): a realistic, deterministic county that passes every check and
leaves the database ready for ordinary work."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY
from unionapp.db.models import Member, MemberIdGram, MembershipEvent, Organization, UnorganizedEmployer
from unionapp.domain.idcard import age_on, parse_id_number
from unionapp.domain.membership import Event, current_status
from unionapp.services.demo import generate_demo
from unionapp.services.errors import PermissionDenied, ValidationError
from unionapp.services.integrity import check_database
from unionapp.services.member_search import MemberFilter, search_member_ids
from unionapp.services.members import MemberInput, create_member
from unionapp.services.organizations import OrgInput, create_organization
from unionapp.services.search_keys import id_gram_codes

MEMBERS = 500


def _demo(database, actor, seed=7):
    with database.session() as s:
        return generate_demo(s, actor, members=MEMBERS, seed=seed, today=TODAY)


@pytest.fixture
def demo(db, admin):
    summary = _demo(db, admin)
    with db.session() as s:
        members = s.scalars(select(Member).order_by(Member.id)).all()
        events = s.scalars(select(MembershipEvent).order_by(MembershipEvent.id)).all()
    return summary, members, events


def test_counts(db, demo):
    summary, members, _events = demo
    assert summary.members == len(members) == MEMBERS
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Organization)) == summary.organizations
        assert s.scalar(select(func.count()).select_from(UnorganizedEmployer)) == summary.unorganized > 0
        levels = Counter(s.scalars(select(Organization.level)))
    assert levels["county"] == 1 and levels["township"] == 20 and levels["industry"] == 5
    assert levels["grassroots"] >= 30 and levels["federation"] >= 1
    with db.session() as s:
        member_levels = set(s.scalars(select(Organization.level).join(Member, Member.org_id == Organization.id)))
    assert member_levels <= {"grassroots", "branch"}


def test_every_id_is_valid_unique_and_agrees_with_the_record(demo):
    _summary, members, _events = demo
    assert len({m.id_number for m in members}) == MEMBERS
    assert len({m.member_no for m in members}) == MEMBERS
    for m in members:
        info = parse_id_number(m.id_number, today=TODAY)
        assert (info.number, info.sex, info.birth_date) == (m.id_number, m.sex, m.birth_date)
        assert m.member_no.startswith(str(m.joined_on.year)) and len(m.member_no) == 12
        assert m.birth_date < m.joined_on <= TODAY


def test_plausible_shares(demo):
    _summary, members, _events = demo
    women = sum(m.sex == "女" for m in members) / MEMBERS
    assert 0.35 < women < 0.53
    ages = [age_on(m.birth_date, TODAY) for m in members]
    assert min(ages) >= 18 and max(ages) <= 76
    assert 35 <= sum(ages) / len(ages) <= 45
    migrants = sum(m.is_migrant for m in members) / MEMBERS
    assert 0.2 < migrants < 0.4
    new_forms = [m for m in members if m.new_employment_form]
    assert 5 <= len(new_forms) <= 60
    assert all(m.employment_form == "新就业形态" for m in new_forms)
    assert sum(m.phone is not None for m in members) > 0.9 * MEMBERS
    assert all(m.phone_rev == m.phone[::-1] for m in members if m.phone)


def test_membership_histories(demo):
    _summary, members, events = demo
    by_member: dict[int, list[MembershipEvent]] = {}
    for e in events:
        by_member.setdefault(e.member_id, []).append(e)
    for m in members:
        history = by_member[m.id]
        assert [e.kind for e in history].count("join") == 1
        assert history[0].kind == "join" and history[0].on == m.joined_on
        assert current_status(Event(e.kind, e.on, e.id) for e in history) == (m.status, m.status_on)
    statuses = Counter(m.status for m in members)
    assert statuses["active"] > 0.85 * MEMBERS
    assert statuses["retained"] > 0 and statuses["left"] > 0
    assert all(age_on(m.birth_date, TODAY) >= 60 for m in members if m.status == "retained")
    transferred = [m for m in members if any(e.kind == "transfer_out" for e in by_member[m.id])]
    assert transferred
    for m in transferred:
        join, out, into = by_member[m.id]
        assert (out.kind, into.kind) == ("transfer_out", "transfer_in")
        assert out.org_id == join.org_id == into.other_org_id != m.org_id
        assert into.org_id == out.other_org_id == m.org_id
        assert out.on == into.on >= join.on


def test_every_member_is_indexed(db, demo, clerk):
    _summary, members, _events = demo
    with db.session() as s:
        grams = s.scalar(select(func.count()).select_from(MemberIdGram))
    assert grams == sum(len(id_gram_codes(m.id, m.id_number)) for m in members)
    with db.session() as s:
        for m in members[::10]:
            assert search_member_ids(s, clerk, MemberFilter(text=m.member_no, status=None), today=TODAY) == [m.id]
            assert m.id in search_member_ids(s, clerk, MemberFilter(text=m.id_number[8:14], status=None),
                                             today=TODAY)
            assert m.id in search_member_ids(s, clerk, MemberFilter(text=m.name, status=None), today=TODAY)


def test_integrity_check_passes(db, demo):
    with db.session() as s:
        report = check_database(s)
    assert report.ok, report.problems
    assert report.facts == [f"组织 {demo[0].organizations} 个，会员 {MEMBERS} 人"]


def test_ordinary_work_continues_after_the_demo(db, demo, admin, clerk):
    """Counters and (on PostgreSQL) id sequences follow the demo's explicit ids."""
    _summary, members, _events = demo
    year = 2024
    taken = sum(m.joined_on.year == year for m in members)
    with db.session() as s:
        union = s.scalar(select(Organization.id).where(Organization.level == "grassroots").order_by(Organization.id))
        town = s.scalar(select(Organization.id).where(Organization.level == "township").order_by(Organization.id))
    with db.session() as s:
        saved = create_member(s, clerk, MemberInput(name="新会员", id_number="11010519491231002X", org_id=union,
                                                    joined_on=date(year, 6, 1)), today=TODAY)
        org = create_organization(s, admin, OrgInput(level="grassroots", name="新建工会", parent_id=town), today=TODAY)
    assert saved.member_no == f"{year}{taken + 1:08d}"
    assert saved.id > max(m.id for m in members)
    assert org > max(m.org_id for m in members)


def test_the_same_seed_gives_the_same_county(db, sqlite_db, admin):
    """Two databases (on a PostgreSQL run, one of each kind), the same seed, the same data."""
    _demo(db, admin, seed=11)
    _demo(sqlite_db, admin, seed=11)

    def lists(database):
        with database.session() as s:
            return (s.execute(select(Member.member_no, Member.name, Member.id_number, Member.org_id, Member.status)
                              .order_by(Member.id)).all(),
                    s.execute(select(Organization.name, Organization.path).order_by(Organization.id)).all())

    assert lists(db) == lists(sqlite_db)


def test_another_seed_gives_another_county(db, sqlite_db, admin):
    _demo(db, admin, seed=1)
    _demo(sqlite_db, admin, seed=2)
    with db.session() as a, sqlite_db.session() as b:
        first = a.scalars(select(Member.id_number).order_by(Member.id)).all()
        second = b.scalars(select(Member.id_number).order_by(Member.id)).all()
    assert first != second


def test_refused_on_a_database_with_data(db, tree, admin):
    with pytest.raises(ValidationError) as info:
        _demo(db, admin)
    assert info.value.errors == {"database": "数据库中已有组织数据，演示数据只能生成到空数据库中"}
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 0


def test_refused_without_the_right_or_with_a_negative_count(db, viewer, admin):
    with pytest.raises(PermissionDenied):
        _demo(db, viewer)
    with pytest.raises(ValidationError), db.session() as s:
        generate_demo(s, admin, members=-1, today=TODAY)

"""Card issue records (services/cards.py): batches, reprint counts, members with no card yet,
hand-out dates, rights and scope."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.conftest import TODAY, make_actor
from unionapp.db.models import AuditEntry, CardIssue, Setting
from unionapp.services.cards import (
    card_faces,
    card_history,
    mark_handed_out,
    member_ids_by_numbers,
    members_without_card,
    not_handed_out,
    record_issues,
    union_name,
    without_card,
)
from unionapp.services.errors import PermissionDenied, ValidationError
from unionapp.services.members import MemberInput, create_member, set_photo


def id_number(seq: int, birth: str = "19890101") -> str:
    body = f"370602{birth}{seq:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]


def enrol(db, actor, org_id: int, names: list[str], start: int = 1) -> list[int]:
    ids = []
    with db.session() as s:
        for i, name in enumerate(names, start=start):
            saved = create_member(s, actor, MemberInput(name=name, id_number=id_number(i), org_id=org_id,
                                                        joined_on=date(2020, 5, 1)), today=TODAY)
            ids.append(saved.id)
    return ids


@pytest.fixture
def members(db, tree, clerk):
    return enrol(db, clerk, tree["union_a"], ["张红梅", "欧阳玥", "王喆"]) + \
        enrol(db, clerk, tree["union_b"], ["李明"], start=10)


def test_first_cards_and_reprints_are_counted_per_member(db, members, clerk):
    with db.session() as s:
        first = record_issues(s, clerk, members[:2], layout="cr80", issued_on=TODAY)
    assert (first.cards, first.reprints) == (2, 0)
    with db.session() as s:
        again = record_issues(s, clerk, [members[0], members[2], members[0]], layout="a4", issued_on=TODAY)
    assert (again.cards, again.reprints) == (2, 1)  # the duplicate id counts once
    with db.session() as s:
        history = card_history(s, clerk, members[0])
        assert [(h.reprint_no, h.layout, h.label) for h in history] == [(0, "cr80", "首次制卡"), (1, "a4", "第 1 次补印")]
        assert history[1].batch_id == again.batch_id and history[1].issued_on == TODAY
        assert s.scalar(select(AuditEntry.summary).where(AuditEntry.entity == "member_card")
                        .order_by(AuditEntry.id.desc()).limit(1)).startswith("打印会员卡 2 张（其中补印 1 张）")


def test_members_with_no_card_yet(db, members, clerk):
    with db.session() as s:
        record_issues(s, clerk, [members[1]], layout="cr80", issued_on=TODAY)
    with db.session() as s:
        assert without_card(s, clerk, members) == [members[0], members[2], members[3]]
        assert set(members_without_card(s, clerk)) == {members[0], members[2], members[3]}


def test_cards_not_handed_out_are_listed_until_marked(db, members, clerk):
    with db.session() as s:
        record_issues(s, clerk, members[:2], layout="cr80", issued_on=date(2026, 9, 1))
    with db.session() as s:
        pending = not_handed_out(s, clerk, older_than_days=30, today=TODAY)
        assert sorted(p.member_id for p in pending) == sorted(members[:2])
        assert mark_handed_out(s, clerk, [pending[0].issue_id], on=TODAY) == 1
    with db.session() as s:
        assert len(not_handed_out(s, clerk, older_than_days=30, today=TODAY)) == 1
        assert not_handed_out(s, clerk, older_than_days=365, today=TODAY) == []


def test_card_faces_come_in_order_with_photo_and_federation_name(db, members, clerk, tree):
    with db.session() as s:
        set_photo(s, clerk, members[1], b"\xff\xd8fake-jpeg")
    with db.session() as s:
        faces = list(card_faces(s, clerk, [members[1], members[0]]))
        assert [f.member_id for f in faces] == [members[1], members[0]]
        assert faces[0].name == "欧阳玥" and faces[0].photo == b"\xff\xd8fake-jpeg" and faces[1].photo is None
        assert faces[0].org_name == "龙泉机械厂工会委员会" and faces[0].union_name == "龙泉县总工会"
        s.add(Setting(key="county.name", value="龙泉县总工会（筹）"))
    with db.session() as s:
        assert union_name(s) == "龙泉县总工会（筹）"


def test_rights_and_scope_are_enforced(db, members, tree, viewer):
    with db.session() as s, pytest.raises(PermissionDenied):
        record_issues(s, viewer, members, layout="cr80")
    with db.session() as s, pytest.raises(ValidationError):
        record_issues(s, make_actor("clerk"), [], layout="cr80")
    with db.session() as s:
        from unionapp.db.models import Organization

        town_b_path = s.scalar(select(Organization.path).where(Organization.id == tree["town_b"]))
    scoped = make_actor("clerk", scope_path=town_b_path)
    with db.session() as s:
        with pytest.raises(PermissionDenied):
            list(card_faces(s, scoped, members))
        ids, unknown = member_ids_by_numbers(s, scoped, [f.member_no for f in card_faces(s, make_actor("clerk"), members)])
        assert ids == [members[3]] and len(unknown) == 3


def test_issue_rows_are_bulk_inserted(db, members, clerk):
    with db.session() as s:
        result = record_issues(s, clerk, members, layout="a4", issued_on=TODAY, note="测试批次")
    with db.session() as s:
        rows = s.scalars(select(CardIssue).where(CardIssue.batch_id == result.batch_id)).all()
        assert sorted(r.member_id for r in rows) == sorted(members)

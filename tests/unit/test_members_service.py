"""Members (DESIGN §2.2): enrolment checks, 一人一会, member numbers, edits and locking, rights
and masking, 会籍 events, transfers between unions, the duplicate finder and photos."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY, make_actor
from unionapp.db.models import AuditEntry, Member, MembershipEvent, MemberTransfer
from unionapp.domain.idcard import id_check_digit
from unionapp.services.errors import ConflictError, PermissionDenied, ValidationError
from unionapp.services.members import (
    MemberInput,
    create_member,
    find_duplicates,
    get_member,
    get_photo,
    list_transfers,
    member_events,
    record_event,
    request_transfer,
    review_transfer,
    set_photo,
    update_member,
)
from unionapp.services.organizations import dissolve_organization, organization_tree


def valid_id(first17: str) -> str:
    return first17 + id_check_digit(first17)


HONGMEI = "11010519491231002X"  # 女, 1949-12-31
JIANGUO = valid_id("37060219800315123")  # 男 (odd 17th digit), 1980-03-15
LIHUA = valid_id("37060219920708002")  # 女, 1992-07-08


def _create(db, actor, today=TODAY, **fields):
    fields.setdefault("joined_on", date(2020, 5, 1))
    with db.session() as s:
        return create_member(s, actor, MemberInput(**fields), today=today)


def _refused(db, actor, **fields) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        _create(db, actor, **fields)
    return info.value


def _member(db, member_id) -> Member:
    with db.session() as s:
        return s.get(Member, member_id)


def _events(db, member_id) -> list[tuple[str, int | None]]:
    with db.session() as s:
        return [(e.kind, e.org_id) for e in s.scalars(select(MembershipEvent).where(
            MembershipEvent.member_id == member_id).order_by(MembershipEvent.on, MembershipEvent.id))]


def _counts(db, actor) -> dict[int, int]:
    with db.session() as s:
        return {n.id: n.member_count for n in organization_tree(s, actor)}


# ---------------------------------------------------------------- enrolment


def test_create_derives_sex_and_birth_date_from_the_id(db, tree, clerk):
    saved = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"])
    man = _create(db, clerk, name="王建国", id_number=JIANGUO.lower(), org_id=tree["union_a"])
    assert saved.warnings == ()
    m = _member(db, saved.id)
    assert (m.sex, m.birth_date, m.status, m.status_on) == ("女", date(1949, 12, 31), "active", date(2020, 5, 1))
    assert (_member(db, man.id).sex, _member(db, man.id).birth_date) == ("男", date(1980, 3, 15))
    assert _events(db, saved.id) == [("join", tree["union_a"])]


def test_a_typed_sex_that_disagrees_is_a_warning_and_the_id_wins(db, tree, clerk):
    saved = _create(db, clerk, name="张红梅", id_number=HONGMEI, sex="男", birth_date=date(1950, 1, 1),
                    org_id=tree["union_a"])
    assert "填写的性别“男”与身份证号码不符，已按身份证号码记为“女”" in saved.warnings
    assert any("1950-01-01 与身份证号码不符" in w for w in saved.warnings)
    m = _member(db, saved.id)
    assert (m.sex, m.birth_date) == ("女", date(1949, 12, 31))


def test_old_15_digit_id_is_converted_and_its_18_digit_twin_refused(db, tree, clerk):
    saved = _create(db, clerk, name="张红梅", id_number="110105491231002", org_id=tree["union_a"])
    assert _member(db, saved.id).id_number == HONGMEI
    assert f"15位旧身份证号码已转换为18位：{HONGMEI}" in saved.warnings
    # 一人一会 across the whole county: the same person in another union is refused.
    error = _refused(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_b"])
    assert error.errors == {"id_number": f"该身份证号码已登记为会员：张红梅（会员编号 {saved.member_no}，"
                                         "龙泉机械厂工会委员会）。一人只能在一个工会登记"}
    error = _refused(db, clerk, name="张红梅", id_number="110105491231002", org_id=tree["branch"])
    assert "一人只能在一个工会登记" in error.errors["id_number"]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 1


def test_bad_check_digit_is_refused_with_a_message(db, tree, clerk):
    error = _refused(db, clerk, name="张红梅", id_number="110105194912310021", org_id=tree["union_a"])
    assert error.errors == {"id_number": "身份证号码校验位错误：110105194912310021，请核对原件"}


def test_other_input_errors(db, tree, clerk):
    assert _refused(db, clerk, name="", id_number=HONGMEI, org_id=tree["union_a"]).errors == {"name": "姓名不能为空"}
    error = _refused(db, clerk, name="张红梅", id_number=HONGMEI, org_id=None)
    assert error.errors == {"org_id": "请选择所属工会"}
    error = _refused(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["town_a"])
    assert error.errors == {"org_id": "会员应登记在基层工会或分会"}
    error = _refused(db, clerk, name="张红梅", id_number=370602198901018888, org_id=tree["union_a"])
    assert "存成了数字" in error.errors["id_number"]


def test_future_join_date_is_refused(db, tree, clerk):
    error = _refused(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"], joined_on=date(2026, 11, 22))
    assert list(error.errors) == ["joined_on"] and error.errors["joined_on"].startswith("入会日期：")
    error = _refused(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"], joined_on=date(1940, 1, 1))
    assert error.errors == {"joined_on": "入会日期早于出生日期"}


def test_member_numbers_are_unique_and_sequential_per_year(db, tree, clerk):
    numbers = []
    for i, joined in enumerate([date(2020, 1, 5), date(2021, 6, 1), date(2020, 12, 31), date(2020, 3, 3)]):
        numbers.append(_create(db, clerk, name="王建国", id_number=valid_id(f"3706021980031512{i}"),
                               org_id=tree["union_a"], joined_on=joined).member_no)
    assert numbers == ["202000000001", "202100000001", "202000000002", "202000000003"]
    with db.session() as s:
        stored = set(s.scalars(select(Member.member_no)))
    assert stored == set(numbers)


def test_join_date_defaults_to_today(db, tree, clerk):
    with db.session() as s:
        saved = create_member(s, clerk, MemberInput(name="张红梅", id_number=HONGMEI, org_id=tree["union_a"]),
                              today=TODAY)
    assert saved.member_no == "202600000001"
    assert _member(db, saved.id).joined_on == TODAY


def test_create_is_audited(db, tree, clerk):
    saved = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"])
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "member",
                                                    AuditEntry.entity_id == str(saved.id))).one()
    assert (entry.action, entry.username) == ("create", "业务员小王")
    assert HONGMEI in entry.after and saved.member_no in entry.summary


# ---------------------------------------------------------------- updates


def _detail(db, actor, member_id):
    with db.session() as s:
        return get_member(s, actor, member_id)


def _update(db, actor, member_id, data, version):
    with db.session() as s:
        return update_member(s, actor, member_id, data, version, today=TODAY)


def test_update_changes_fields_and_is_audited(db, tree, clerk):
    saved = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"], phone="13800138000")
    detail = _detail(db, clerk, saved.id)
    _update(db, clerk, saved.id, replace(detail.data, phone="139-0000-1111", post="焊工"), detail.version)
    after = _detail(db, clerk, saved.id)
    assert (after.data.phone, after.data.post, after.version) == ("13900001111", "焊工", detail.version + 1)
    with db.session() as s:
        m = s.get(Member, saved.id)
        assert m.phone_rev == "11110000931"
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "update",
                                                    AuditEntry.entity_id == str(saved.id))).one()
    assert '"phone": "13800138000"' in entry.before and '"phone": "13900001111"' in entry.after


def test_update_with_a_stale_version_raises_conflict(db, tree, clerk):
    saved = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"])
    detail = _detail(db, clerk, saved.id)
    _update(db, clerk, saved.id, replace(detail.data, post="车工"), detail.version)
    with pytest.raises(ConflictError):
        _update(db, clerk, saved.id, replace(detail.data, post="钳工"), detail.version)
    assert _member(db, saved.id).post == "车工"


def test_update_cannot_change_the_union(db, tree, clerk):
    saved = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"])
    detail = _detail(db, clerk, saved.id)
    with pytest.raises(ValidationError) as info:
        _update(db, clerk, saved.id, replace(detail.data, org_id=tree["union_b"]), detail.version)
    assert info.value.errors == {"org_id": "更换所属工会请办理会籍接转（转出/转入）"}
    assert _member(db, saved.id).org_id == tree["union_a"]


def test_update_to_an_id_already_registered_is_refused(db, tree, clerk):
    _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"])
    other = _create(db, clerk, name="王建国", id_number=JIANGUO, org_id=tree["union_b"])
    detail = _detail(db, clerk, other.id)
    with pytest.raises(ValidationError) as info:
        _update(db, clerk, other.id, replace(detail.data, id_number=HONGMEI), detail.version)
    assert "一人只能在一个工会登记" in info.value.errors["id_number"]


def test_masked_values_sent_back_by_a_clerk_without_the_right_keep_the_stored_ones(db, tree, clerk):
    """A clerk without 查看敏感信息 edits a member: the form shows masked ID and phone; saving
    it must not write the stars into the record."""
    saved = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"], phone="13800138000")
    plain_clerk = make_actor("clerk", username="业务员小赵")
    detail = _detail(db, plain_clerk, saved.id)
    assert detail.masked and detail.data.phone == "138****8000"
    _update(db, plain_clerk, saved.id, replace(detail.data, post="质检员"), detail.version)
    m = _member(db, saved.id)
    assert (m.id_number, m.phone, m.phone_rev, m.post) == (HONGMEI, "13800138000", "00083100831", "质检员")


# ---------------------------------------------------------------- rights, masking, audit of views


def test_viewer_cannot_write(db, tree, clerk, viewer):
    with pytest.raises(PermissionDenied) as info:
        _create(db, viewer, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"])
    assert info.value.message == "当前用户（查看）没有“录入和修改”的权限"
    saved = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"])
    detail = _detail(db, viewer, saved.id)
    with pytest.raises(PermissionDenied):
        _update(db, viewer, saved.id, replace(detail.data, post="x"), detail.version)
    with pytest.raises(PermissionDenied), db.session() as s:
        record_event(s, viewer, saved.id, "leave", date(2026, 1, 1), "离职", today=TODAY)
    with pytest.raises(PermissionDenied), db.session() as s:
        request_transfer(s, viewer, saved.id, date(2026, 1, 1), "调动", to_org_id=tree["union_b"], today=TODAY)
    with pytest.raises(PermissionDenied), db.session() as s:
        set_photo(s, viewer, saved.id, b"jpeg")


def test_viewer_sees_masked_id_and_phone_and_is_not_audited(db, tree, clerk, viewer):
    saved = _create(db, clerk, name="张红梅", id_number=LIHUA, org_id=tree["union_a"], phone="13800138000")
    detail = _detail(db, viewer, saved.id)
    assert detail.masked
    assert detail.data.id_number == LIHUA[:6] + "********" + LIHUA[-4:]
    assert detail.data.phone == "138****8000"
    assert detail.data.birth_date == date(1992, 7, 8) and detail.org_name == "龙泉机械厂工会委员会"
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "view")) == 0


def test_sensitive_read_is_audited(db, tree, clerk):
    saved = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"], phone="13800138000")
    detail = _detail(db, clerk, saved.id)
    assert not detail.masked and (detail.data.id_number, detail.data.phone) == (HONGMEI, "13800138000")
    with db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "view")).all()
    assert [(e.entity, e.entity_id, e.username) for e in entries] == [("member", str(saved.id), "业务员小王")]
    assert "张红梅" in entries[0].summary


def test_scope_limits_member_access(db, tree, clerk, admin):
    saved = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_b"])
    with db.session() as s:
        from unionapp.db.models import Organization

        town_a_path = s.get(Organization, tree["town_a"]).path
    scoped = make_actor("clerk", sensitive=True, scope_path=town_a_path)
    with pytest.raises(PermissionDenied):
        _detail(db, scoped, saved.id)
    with pytest.raises(PermissionDenied):
        _create(db, scoped, name="王建国", id_number=JIANGUO, org_id=tree["union_b"])
    with pytest.raises(PermissionDenied), db.session() as s:
        record_event(s, scoped, saved.id, "leave", date(2026, 1, 1), "离职", today=TODAY)
    with pytest.raises(PermissionDenied), db.session() as s:
        set_photo(s, scoped, saved.id, b"jpeg")
    with pytest.raises(PermissionDenied), db.session() as s:
        get_photo(s, scoped, saved.id)
    inside = _create(db, scoped, name="王建国", id_number=JIANGUO, org_id=tree["branch"])
    assert _detail(db, scoped, inside.id).org_name == "机械厂一车间分会"


# ---------------------------------------------------------------- 会籍 events


def _event(db, actor, member_id, kind, on, reason="原因"):
    with db.session() as s:
        record_event(s, actor, member_id, kind, on, reason, today=TODAY)


def test_membership_events_follow_the_allowed_transitions(db, tree, clerk):
    mid = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"]).id
    steps = [
        ("rejoin", date(2021, 1, 1), "会员当前状态为“正常”，不能办理“恢复会籍”"),
        ("retain", date(2021, 1, 1), None),
        ("expel", date(2021, 2, 1), "会员当前状态为“保留会籍”，不能办理“除名”"),
        ("retain", date(2021, 2, 1), "会员当前状态为“保留会籍”，不能办理“保留会籍”"),
        ("rejoin", date(2022, 1, 1), None),
        ("leave", date(2022, 6, 1), None),
        ("leave", date(2022, 7, 1), "会员当前状态为“已退会”，不能办理“退会”"),
        ("rejoin", date(2023, 1, 1), None),
        ("expel", date(2024, 1, 1), None),
        ("retain", date(2024, 2, 1), "会员当前状态为“已除名”，不能办理“保留会籍”"),
        ("rejoin", date(2024, 3, 1), None),
        ("death", date(2025, 3, 1), None),
        ("rejoin", date(2025, 4, 1), "会员当前状态为“已去世”，不能办理“恢复会籍”"),
        ("bogus", date(2025, 4, 1), "未知的会籍变动：bogus"),
    ]
    expected_status = {"retain": "retained", "rejoin": "active", "leave": "left", "expel": "expelled",
                       "death": "deceased"}
    for kind, on, refusal in steps:
        if refusal:
            with pytest.raises(ValidationError) as info:
                _event(db, clerk, mid, kind, on)
            assert info.value.errors == {"kind": refusal}, kind
        else:
            _event(db, clerk, mid, kind, on)
            m = _member(db, mid)
            assert (m.status, m.status_on) == (expected_status[kind], on), kind
    with db.session() as s:
        events = member_events(s, mid)
    assert [e.kind for e in events] == ["join", "retain", "rejoin", "leave", "rejoin", "expel", "rejoin", "death"]
    assert [e.label for e in events][-1] == "去世" and events[1].reason == "原因"
    assert events[1].org_name == "龙泉机械厂工会委员会" and events[1].created_by == "业务员小王"


def test_a_reason_is_required(db, tree, clerk):
    mid = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"]).id
    for kind, label in (("leave", "退会"), ("retain", "保留会籍"), ("expel", "除名"), ("death", "去世")):
        with pytest.raises(ValidationError) as info:
            _event(db, clerk, mid, kind, date(2025, 1, 1), reason=" ")
        assert info.value.errors == {"reason": f"请填写{label}的原因"}
    assert _member(db, mid).status == "active"


def test_event_dates_are_checked(db, tree, clerk):
    mid = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"]).id
    with pytest.raises(ValidationError) as info:
        _event(db, clerk, mid, "leave", date(2026, 11, 22))
    assert info.value.errors == {"on": "办理日期不能晚于今天"}
    with pytest.raises(ValidationError) as info:
        _event(db, clerk, mid, "leave", date(2020, 4, 30))
    assert info.value.errors == {"on": "办理日期不能早于上一次会籍变动（2020-05-01）"}
    _event(db, clerk, mid, "leave", date(2020, 5, 1))  # the same day is fine
    _event(db, clerk, mid, "rejoin", date(2020, 5, 1))  # and the later entry wins
    assert _member(db, mid).status == "active"


def test_transfers_cannot_be_recorded_as_plain_events(db, tree, clerk):
    mid = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"]).id
    for kind in ("transfer_out", "transfer_in", "join"):
        with pytest.raises(ValidationError) as info:
            _event(db, clerk, mid, kind, date(2025, 1, 1))
        assert info.value.errors == {"kind": "会籍接转请使用“转出/转入”办理"}


def test_events_are_audited(db, tree, clerk):
    mid = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"]).id
    _event(db, clerk, mid, "retain", date(2025, 1, 1), reason="退休")
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == str(mid), AuditEntry.action == "update")).one()
    assert entry.summary == "保留会籍：张红梅"
    assert '"status": "active"' in entry.before and '"status": "retained"' in entry.after and "退休" in entry.after


# ---------------------------------------------------------------- transfers


def _request(db, actor, member_id, on=date(2026, 6, 1), **target):
    with db.session() as s:
        return request_transfer(s, actor, member_id, on, "工作调动", today=TODAY, **target)


def _review(db, actor, transfer_id, approve, opinion="同意"):
    with db.session() as s:
        review_transfer(s, actor, transfer_id, approve=approve, opinion=opinion)


def test_transfer_within_the_county_needs_a_reviewer(db, tree, clerk, reviewer):
    mid = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"]).id
    tid = _request(db, clerk, mid, to_org_id=tree["union_b"])
    with db.session() as s:
        pending = list_transfers(s, clerk)
    assert [(t.id, t.member_name, t.from_org_name, t.to_org_name, t.status, t.requested_by) for t in pending] == [
        (tid, "张红梅", "龙泉机械厂工会委员会", "龙旺庄超市工会", "pending", "业务员小王")]
    assert _events(db, mid) == [("join", tree["union_a"])]
    assert _member(db, mid).org_id == tree["union_a"]

    with pytest.raises(PermissionDenied):
        _review(db, clerk, tid, True)
    with pytest.raises(ValidationError) as info:  # one pending request at a time
        _request(db, clerk, mid, to_org_id=tree["branch"])
    assert info.value.errors == {"member_id": "该会员已有一笔待审核的接转申请"}

    counts = _counts(db, clerk)
    assert (counts.get(tree["union_a"], 0), counts.get(tree["union_b"], 0)) == (1, 0)
    _review(db, reviewer, tid, True, "同意转入")
    assert _events(db, mid) == [("join", tree["union_a"]), ("transfer_out", tree["union_a"]),
                                ("transfer_in", tree["union_b"])]
    m = _member(db, mid)
    assert (m.org_id, m.status, m.status_on) == (tree["union_b"], "active", date(2026, 6, 1))
    counts = _counts(db, clerk)
    assert (counts.get(tree["union_a"], 0), counts.get(tree["union_b"], 0)) == (0, 1)
    with db.session() as s:
        done = list_transfers(s, clerk, status=None)
        events = member_events(s, mid)
    assert [(t.status, t.reviewed_by, t.opinion) for t in done] == [("approved", "审核员老李", "同意转入")]
    assert (events[1].org_name, events[1].other_org_name) == ("龙泉机械厂工会委员会", "龙旺庄超市工会")
    assert (events[2].org_name, events[2].other_org_name) == ("龙旺庄超市工会", "龙泉机械厂工会委员会")
    with pytest.raises(ValidationError) as info:
        _review(db, reviewer, tid, False)
    assert info.value.errors == {"status": "该申请已经审核过"}


def test_a_rejected_transfer_changes_nothing(db, tree, clerk, reviewer):
    mid = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"]).id
    version = _member(db, mid).version
    tid = _request(db, clerk, mid, to_org_id=tree["union_b"])
    _review(db, reviewer, tid, False, "材料不全")
    m = _member(db, mid)
    assert (m.org_id, m.status, m.version) == (tree["union_a"], "active", version)
    assert _events(db, mid) == [("join", tree["union_a"])]
    with db.session() as s:
        assert s.get(MemberTransfer, tid).status == "rejected"
        assert list_transfers(s, clerk) == []
    # A new request may follow.
    assert _request(db, clerk, mid, to_org_id=tree["union_b"]) != tid


def test_transfer_outside_the_county(db, tree, clerk, reviewer):
    mid = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"]).id
    tid = _request(db, clerk, mid, to_union_name="青岛市某公司工会")
    _review(db, reviewer, tid, True)
    m = _member(db, mid)
    assert (m.status, m.org_id) == ("transferred_out", tree["union_a"])
    assert _events(db, mid) == [("join", tree["union_a"]), ("transfer_out", tree["union_a"])]
    with db.session() as s:
        assert member_events(s, mid)[-1].other_org_name == "青岛市某公司工会"
    assert _counts(db, clerk).get(tree["union_a"], 0) == 0


def test_a_reviewers_own_request_is_approved_at_once(db, tree, clerk, reviewer):
    mid = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"]).id
    tid = _request(db, reviewer, mid, to_org_id=tree["branch"])
    with db.session() as s:
        t = s.get(MemberTransfer, tid)
        assert (t.status, t.requested_by, t.reviewed_by) == ("approved", "审核员老李", "审核员老李")
    assert _member(db, mid).org_id == tree["branch"]


def test_transfer_request_checks(db, tree, clerk):
    mid = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"]).id
    either = {"to_org_id": "请选择县内转入的工会，或填写县外转入单位（二选一）"}
    with pytest.raises(ValidationError) as info:
        _request(db, clerk, mid)
    assert info.value.errors == either
    with pytest.raises(ValidationError) as info:
        _request(db, clerk, mid, to_org_id=tree["union_b"], to_union_name="外县工会")
    assert info.value.errors == either
    with pytest.raises(ValidationError) as info:
        _request(db, clerk, mid, to_org_id=tree["union_a"])
    assert info.value.errors == {"to_org_id": "转入的工会与现在的工会相同"}
    with pytest.raises(ValidationError) as info:
        _request(db, clerk, mid, to_org_id=tree["town_b"])
    assert info.value.errors == {"org_id": "会员应登记在基层工会或分会"}
    with pytest.raises(ValidationError) as info:
        _request(db, clerk, mid, on=date(2019, 1, 1), to_org_id=tree["union_b"])
    assert "办理日期不能早于" in info.value.errors["on"]
    _event(db, clerk, mid, "leave", date(2025, 1, 1))
    with pytest.raises(ValidationError) as info:
        _request(db, clerk, mid, to_org_id=tree["union_b"])
    assert info.value.errors == {"kind": "会员当前状态为“已退会”，不能办理“转出”"}
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(MemberTransfer)) == 0


def test_approval_is_refused_when_the_member_left_meanwhile(db, tree, clerk, reviewer):
    mid = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"]).id
    tid = _request(db, clerk, mid, to_org_id=tree["union_b"])
    _event(db, clerk, mid, "leave", date(2026, 7, 1))
    with pytest.raises(ValidationError):
        _review(db, reviewer, tid, True)
    assert _member(db, mid).org_id == tree["union_a"]
    with db.session() as s:
        assert s.get(MemberTransfer, tid).status == "pending"


def test_approval_is_refused_when_the_receiving_union_closed_meanwhile(db, tree, clerk, reviewer, admin):
    mid = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"]).id
    tid = _request(db, clerk, mid, to_org_id=tree["union_b"])
    with db.session() as s:
        dissolve_organization(s, admin, tree["union_b"], date(2026, 8, 1), "企业注销")
    with pytest.raises(ValidationError) as info:
        _review(db, reviewer, tid, True)
    assert "已撤销或合并" in info.value.message
    m = _member(db, mid)
    assert (m.org_id, m.status) == (tree["union_a"], "active")
    assert _events(db, mid) == [("join", tree["union_a"])]


# ---------------------------------------------------------------- duplicates and photos


def test_find_duplicates(db, tree, clerk, viewer):
    a = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"]).id
    # Same name and birth date, another region code: probably the same person twice.
    b = _create(db, clerk, name="张红梅", id_number=valid_id("37060219491231002"), org_id=tree["union_b"]).id
    c = _create(db, clerk, name="李华", id_number=LIHUA, org_id=tree["union_a"], phone="13912345678").id
    d = _create(db, clerk, name="李华", id_number=valid_id("37060219930101002"), org_id=tree["union_b"],
                phone="13912345678").id
    # Same name, other birth date and phone: different people.
    _create(db, clerk, name="张红梅", id_number=valid_id("37060219700101002"), org_id=tree["union_b"],
            phone="13600000000")
    _create(db, clerk, name="王建国", id_number=JIANGUO, org_id=tree["union_a"], phone="13912345678")
    with db.session() as s:
        groups = find_duplicates(s, clerk)
        masked = find_duplicates(s, viewer)
    found = {(g.reason, tuple(r.id for r in g.members)) for g in groups}
    assert found == {("姓名和出生日期相同", (a, b)), ("姓名和手机号相同", (c, d))}
    rows = {r.id: r for g in groups for r in g.members}
    assert rows[c].phone == "13912345678" and rows[a].id_number == HONGMEI
    masked_rows = {r.id: r for g in masked for r in g.members}
    assert masked_rows[c].phone == "139****5678" and "*" in masked_rows[a].id_number


def test_photo_set_and_get(db, tree, clerk, viewer):
    mid = _create(db, clerk, name="张红梅", id_number=HONGMEI, org_id=tree["union_a"]).id
    with db.session() as s:
        assert get_photo(s, viewer, mid) is None
        assert not get_member(s, viewer, mid).has_photo
    with db.session() as s:
        set_photo(s, clerk, mid, b"\xff\xd8first")
    with db.session() as s:
        set_photo(s, clerk, mid, b"\xff\xd8second", "image/png")
    with db.session() as s:
        assert get_photo(s, viewer, mid) == b"\xff\xd8second"
        assert get_member(s, viewer, mid).has_photo
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity_id == str(mid), AuditEntry.summary.like("更换照片%"))) == 2

"""The audit log (DESIGN §3): every write leaves an entry; administrators filter them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import update

from tests.conftest import make_actor
from unionapp.db.models import AuditEntry
from unionapp.services import audit
from unionapp.services.errors import PermissionDenied


@pytest.fixture
def entries(db):
    """Six entries by three people on three days; returns their ids in order."""
    clerk = make_actor("clerk", username="小王")
    reviewer = make_actor("reviewer", username="老李")
    admin = make_actor("admin", username="管理员")
    with db.session() as s:
        audit.record(s, clerk, "create", "member", 7, "新增会员：张红梅", after={"name": "张红梅"})
        audit.record(s, clerk, "update", "member", 7, "修改会员：张红梅", before={"phone": None},
                     after={"phone": "13800138000"})
        audit.record(s, clerk, "create", "organization", 3, "新建基层工会：某工会")
        audit.record(s, reviewer, "approve", "member_transfer", 1, "同意会籍接转：张红梅")
        audit.record(s, admin, "view", "member", 7, "查看会员完整信息：张红梅")
        audit.record(s, admin, "export", "member", None, "导出会员名单 30 人")
    with db.session() as s:
        ids = [e.id for e in audit.list_entries(s, admin)][::-1]
        # Spread them over three days: 2026-11-01, 2026-11-15 and 2026-11-20 (late in the evening).
        days = [datetime(2026, 11, 1, 9), datetime(2026, 11, 1, 17), datetime(2026, 11, 15, 0, 0),
                datetime(2026, 11, 15, 23, 59, 59), datetime(2026, 11, 20, 8), datetime(2026, 11, 20, 23, 30)]
        for entry_id, at in zip(ids, days, strict=True):
            s.execute(update(AuditEntry).where(AuditEntry.id == entry_id).values(at=at))
    return ids


def _ids(db, actor=None, **filters) -> list[int]:
    with db.session() as s:
        return [e.id for e in audit.list_entries(s, actor or make_actor("admin"), **filters)]


def test_newest_first_with_labels_and_json(db, entries):
    with db.session() as s:
        rows = audit.list_entries(s, make_actor("admin"))
    assert [r.id for r in rows] == entries[::-1]
    update_row = next(r for r in rows if r.action == "update")
    assert (update_row.action_label, update_row.before, update_row.after) == (
        "修改", {"phone": None}, {"phone": "13800138000"})
    assert (update_row.username, update_row.entity, update_row.entity_id) == ("小王", "member", "7")
    assert {r.action: r.action_label for r in rows}["view"] == "查看敏感信息"
    assert next(r for r in rows if r.action == "export").entity_id is None


def test_filter_by_user(db, entries):
    assert _ids(db, username="小王") == entries[2::-1]
    assert _ids(db, username="老李") == [entries[3]]
    assert _ids(db, username="nobody") == []


def test_filter_by_entity_and_id(db, entries):
    assert _ids(db, entity="member") == [entries[5], entries[4], entries[1], entries[0]]
    assert _ids(db, entity="member", entity_id="7") == [entries[4], entries[1], entries[0]]
    assert _ids(db, entity="member", entity_id=7) == [entries[4], entries[1], entries[0]]
    assert _ids(db, entity="organization", entity_id="7") == []
    assert _ids(db, entity_id="3") == [entries[2]]


def test_filter_by_action(db, entries):
    assert _ids(db, action="create") == [entries[2], entries[0]]
    assert _ids(db, action="approve") == [entries[3]]
    assert _ids(db, action="create", username="小王", entity="member") == [entries[0]]


def test_filter_by_date_range(db, entries):
    assert _ids(db, date_from=date(2026, 11, 15)) == entries[5:1:-1]
    assert _ids(db, date_to=date(2026, 11, 15)) == entries[3::-1]  # the whole last day counts
    assert _ids(db, date_from=date(2026, 11, 15), date_to=date(2026, 11, 15)) == [entries[3], entries[2]]
    assert _ids(db, date_from=date(2026, 11, 2), date_to=date(2026, 11, 14)) == []
    assert _ids(db, date_from=date(2026, 11, 20), date_to=date(2026, 11, 20)) == [entries[5], entries[4]]


def test_paging(db, entries):
    assert _ids(db, limit=2) == [entries[5], entries[4]]
    assert _ids(db, offset=2, limit=3) == [entries[3], entries[2], entries[1]]


def test_only_the_audit_right_may_read_the_log(db, entries):
    for role in ("clerk", "reviewer", "viewer"):
        with pytest.raises(PermissionDenied) as info, db.session() as s:
            audit.list_entries(s, make_actor(role, sensitive=True))
        assert "查看审计日志" in info.value.message


def test_changed_and_snapshot(db, tree):
    from unionapp.db.models import Organization

    assert audit.changed({"a": 1, "b": 2}, {"a": 1, "b": 3, "c": "x"}) == ({"b": 2, "c": None}, {"b": 3, "c": "x"})
    with db.session() as s:
        snap = audit.snapshot(s.get(Organization, tree["union_a"]))
    assert snap["term_end"] == "2027-01-31" and snap["workers"] == 120
    assert "version" not in snap and "created_at" not in snap


def test_summary_is_cut_to_the_column(db):
    with db.session() as s:
        audit.record(s, make_actor("admin"), "export", "member", None, "很长" * 300)
    with db.session() as s:
        (row,) = audit.list_entries(s, make_actor("admin"))
    assert len(row.summary) == 400


def test_recent_entries_fall_in_todays_range(db):
    with db.session() as s:
        audit.record(s, make_actor("admin"), "backup", "database", None, "手动备份")
    today = datetime.now().date()
    assert len(_ids(db, date_from=today, date_to=today)) == 1
    assert _ids(db, date_to=today - timedelta(days=1)) == []

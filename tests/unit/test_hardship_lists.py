"""Lists of hardship files: search by name, ID part and file number, filters by township and
category, paging, masking; and the watch list, files due for review and files never aided."""

from __future__ import annotations

from datetime import date

from sqlalchemy import update

from tests.conftest import TODAY
from tests.unit.aid_helpers import file_input, filed, person_id
from unionapp.db.models import HardshipFile
from unionapp.services.aid import DisbursementInput, create_disbursement
from unionapp.services.aid_campaigns import CampaignInput, create_campaign
from unionapp.services.hardship import create_hardship_file
from unionapp.services.hardship_review import close_file
from unionapp.services.hardship_search import (
    HardshipFilter,
    count_hardship_files,
    due_for_review,
    hardship_counts,
    never_aided,
    search_hardship_files,
    watch_list,
)


def _families(db, tree, clerk, reviewer):
    ids = {}
    ids["王芳"] = filed(db, clerk, reviewer, name="王芳", id_number=person_id(1, female=True), org_id=tree["union_a"])
    ids["王建"] = filed(db, clerk, reviewer, name="王建", id_number=person_id(2), org_id=tree["union_b"],
                       category="相对困难")
    ids["李强"] = filed(db, clerk, reviewer, name="李强", id_number=person_id(3), org_id=tree["branch"])
    with db.session() as s:
        ids["赵六"] = create_hardship_file(s, clerk, file_input(name="赵六", id_number=person_id(4),
                                                             org_id=tree["town_b"], family=()), today=TODAY).id
    return ids


def _search(db, actor, **flt):
    with db.session() as s:
        return search_hardship_files(s, actor, HardshipFilter(**flt))


def test_search_by_name_id_part_and_file_number(db, tree, clerk, reviewer):
    _families(db, tree, clerk, reviewer)
    assert {r.name for r in _search(db, clerk, text="王")} == {"王芳", "王建"}
    assert [r.name for r in _search(db, clerk, text=person_id(3)[-5:])] == ["李强"]
    assert [r.name for r in _search(db, clerk, text="KN2026-00002")] == ["王建"]
    assert _search(db, clerk, text="王 芳")[0].name == "王芳"


def test_filters_township_category_status_and_paging(db, tree, clerk, reviewer):
    _families(db, tree, clerk, reviewer)
    assert {r.name for r in _search(db, clerk, org_id=tree["town_a"])} == {"王芳", "李强"}
    assert {r.name for r in _search(db, clerk, org_id=tree["town_b"])} == {"王建", "赵六"}
    assert {r.name for r in _search(db, clerk, category="深度困难", status="active")} == {"王芳", "李强"}
    assert [r.name for r in _search(db, clerk, status="pending")] == ["赵六"]
    with db.session() as s:
        assert count_hardship_files(s, clerk, HardshipFilter()) == 4
        first = search_hardship_files(s, clerk, HardshipFilter(sort="name"), limit=3)
        rest = search_hardship_files(s, clerk, HardshipFilter(sort="name"), offset=3, limit=3)
    assert len(first) == 3 and len(rest) == 1 and not {r.id for r in first} & {r.id for r in rest}


def test_viewer_sees_masked_ids(db, tree, clerk, reviewer, viewer):
    _families(db, tree, clerk, reviewer)
    rows = _search(db, viewer)
    assert rows and all("********" in r.id_number for r in rows)
    assert all("*" not in r.id_number for r in _search(db, clerk))


def test_watch_list_review_due_and_never_aided(db, tree, clerk, reviewer, admin):
    ids = _families(db, tree, clerk, reviewer)
    with db.session() as s:
        close_file(s, clerk, ids["李强"], "lifted", "再就业", today=TODAY)
        # 王建 was approved more than a year ago and never reviewed since.
        s.execute(update(HardshipFile).where(HardshipFile.id == ids["王建"]).values(approved_on=date(2025, 10, 1)))
    with db.session() as s:
        assert [r.name for r in watch_list(s, clerk, today=TODAY)] == ["李强"]
        assert watch_list(s, clerk, today=date(2028, 1, 1)) == []
        assert [r.name for r in due_for_review(s, clerk, today=TODAY)] == ["王建"]
        assert {r.name for r in never_aided(s, clerk)} == {"王芳", "王建"}
        campaign = create_campaign(s, admin, CampaignInput(name="春节送温暖", year=2026, kind="送温暖")).id
        create_disbursement(s, clerk, DisbursementInput(campaign, hardship_file_id=ids["王芳"], amount="500"),
                            today=TODAY)
    with db.session() as s:
        assert [r.name for r in never_aided(s, clerk)] == ["王建"]
        counts = hardship_counts(s, clerk, today=TODAY)
    assert counts.by_category == {"深度困难": 1, "相对困难": 1} and counts.pending == 1 and counts.watched == 1

"""The working lists of the hardship page (待审核, not reviewed for a year, never aided, 防返困)
are lists like the whole one: the search text, the union and the category narrow them, they are
counted and paged in the database, and the export writes exactly the list shown."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from sqlalchemy import update

from tests.conftest import TODAY
from tests.unit.aid_helpers import file_input, filed, person_id
from unionapp.db.models import HardshipFile
from unionapp.services.hardship import create_hardship_file
from unionapp.services.hardship_review import close_file
from unionapp.services.hardship_search import (
    HardshipFilter,
    count_hardship_files,
    due_for_review,
    hardship_file_ids,
    never_aided,
    search_hardship_files,
    watch_list,
)
from unionapp.sheets.export_aid import export_hardship


def _county(db, tree, clerk, reviewer) -> dict[str, int]:
    ids = {}
    for n, (name, org, category) in enumerate((("王芳", "union_a", "深度困难"), ("王建", "union_b", "相对困难"),
                                               ("李强", "union_b", "深度困难"), ("王丽", "union_a", "深度困难")), 1):
        ids[name] = filed(db, clerk, reviewer, name=name, id_number=person_id(n), org_id=tree[org],
                          category=category, family=())
    ids["王五"] = filed(db, clerk, reviewer, name="王五", id_number=person_id(5), org_id=tree["union_a"], family=())
    ids["李四"] = filed(db, clerk, reviewer, name="李四", id_number=person_id(6), org_id=tree["union_b"], family=())
    with db.session() as s:
        for n, (name, org) in enumerate((("王待", "union_b"), ("李待", "union_b"), ("赵待", "union_a")), 7):
            ids[name] = create_hardship_file(s, clerk, file_input(name=name, id_number=person_id(n),
                                                                 org_id=tree[org], family=()), today=TODAY).id
        close_file(s, clerk, ids["王五"], "lifted", "再就业", today=TODAY)
        close_file(s, clerk, ids["李四"], "lifted", "再就业", today=TODAY)
        # Approved more than a year ago and never reviewed since: all but 王丽.
        s.execute(update(HardshipFile).where(HardshipFile.name.in_(("王芳", "王建", "李强")))
                  .values(approved_on=date(2025, 10, 1)))
    return ids


def _names(db, actor, working_list, **flt) -> list[str]:
    with db.session() as s:
        rows = search_hardship_files(s, actor, HardshipFilter(**flt), working_list=working_list, today=TODAY)
        assert count_hardship_files(s, actor, HardshipFilter(**flt), working_list=working_list,
                                    today=TODAY) == len(rows)
    return sorted(r.name for r in rows)


def test_search_text_union_and_category_narrow_every_working_list(db, tree, clerk, reviewer):
    _county(db, tree, clerk, reviewer)
    assert _names(db, clerk, "review_due") == ["李强", "王建", "王芳"]
    assert _names(db, clerk, "review_due", text="王") == ["王建", "王芳"]
    assert _names(db, clerk, "review_due", text=person_id(3)[-6:]) == ["李强"]
    assert _names(db, clerk, "review_due", text="王", org_id=tree["town_b"]) == ["王建"]
    assert _names(db, clerk, "review_due", category="相对困难") == ["王建"]
    assert _names(db, clerk, "never_aided", text="王") == ["王丽", "王建", "王芳"]
    assert _names(db, clerk, "watch") == ["李四", "王五"]
    assert _names(db, clerk, "watch", text="王") == ["王五"]
    assert _names(db, clerk, "pending", text="待") == ["李待", "王待", "赵待"]
    assert _names(db, clerk, "pending", text="待", org_id=tree["union_b"]) == ["李待", "王待"]
    # A working list has its own status, whatever the filter's.
    assert _names(db, clerk, "pending", status="active", text="王") == ["王待"]
    # The old whole-list calls take the same filter.
    with db.session() as s:
        assert [r.name for r in due_for_review(s, clerk, today=TODAY, flt=HardshipFilter(text="芳"))] == ["王芳"]
        assert [r.name for r in watch_list(s, clerk, today=TODAY, flt=HardshipFilter(text="李"))] == ["李四"]
        assert {r.name for r in never_aided(s, clerk, org_id=tree["union_a"])} == {"王芳", "王丽"}
        with pytest.raises(ValueError):
            hardship_file_ids(s, clerk, HardshipFilter(), working_list="nonsense")


def test_working_lists_page_in_list_order(db, tree, clerk, reviewer):
    _county(db, tree, clerk, reviewer)
    with db.session() as s:
        ids = hardship_file_ids(s, clerk, HardshipFilter(), working_list="review_due", today=TODAY)
        first = search_hardship_files(s, clerk, HardshipFilter(), working_list="review_due", today=TODAY, limit=2)
        rest = search_hardship_files(s, clerk, HardshipFilter(), working_list="review_due", today=TODAY,
                                     offset=2, limit=2)
    assert [r.id for r in first + rest] == ids and len(ids) == 3


def _exported_names(path) -> list[str]:
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    name = rows[0].index("姓名")
    return sorted(r[name] for r in rows[1:])


def test_export_writes_the_working_list_under_its_filter(db, tree, clerk, reviewer, tmp_path):
    _county(db, tree, clerk, reviewer)
    with db.session() as s:
        assert export_hardship(s, clerk, tmp_path / "pending.xlsx", HardshipFilter(), working_list="pending") == 3
        export_hardship(s, clerk, tmp_path / "due.xlsx", HardshipFilter(text="王"), working_list="review_due",
                        today=TODAY)
        export_hardship(s, clerk, tmp_path / "all.xlsx")
    assert _exported_names(tmp_path / "pending.xlsx") == ["李待", "王待", "赵待"]
    assert _exported_names(tmp_path / "due.xlsx") == ["王建", "王芳"]
    assert len(_exported_names(tmp_path / "all.xlsx")) == 9  # without a list: every file, closed ones too

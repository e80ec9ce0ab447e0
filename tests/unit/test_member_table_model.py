"""The member table model without a view: pages, sort keys handed to the service, roles."""

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tests.conftest import TODAY
from unionapp.domain.idcard import id_check_digit
from unionapp.services.member_search import MemberFilter, MemberRow
from unionapp.services.members import MemberInput, create_member, record_event
from unionapp.ui.models.member_table import (
    COL_BIRTH_DATE,
    COL_ID_NUMBER,
    COL_NAME,
    COL_PHONE,
    COL_STATUS,
    COLUMN_COUNT,
    OBJECT_ROLE,
    SORT_ROLE,
    MemberTableModel,
)

SURNAMES = "赵钱孙李周吴郑王冯陈"
GIVEN = "伟芳娜敏静丽强磊军洋"


def id_number(birth: date, seq: int) -> str:
    first17 = f"370602{birth:%Y%m%d}{seq:03d}"
    return first17 + id_check_digit(first17)


@pytest.fixture
def members(db, tree, clerk):
    ids = []
    with db.session() as s:
        for i in range(45):
            birth = date(1970 + i % 30, 1 + i % 12, 1 + i % 28)
            saved = create_member(s, clerk, MemberInput(
                name=SURNAMES[i % 10] + GIVEN[i // 10] + GIVEN[i % 10], id_number=id_number(birth, 100 + i),
                phone=f"1380000{i:04d}", org_id=tree["union_a"] if i % 2 else tree["union_b"],
                joined_on=date(2020, 1, 1)), today=TODAY)
            ids.append(saved.id)
        record_event(s, clerk, ids[0], "leave", date(2024, 1, 1), "离职", today=TODAY)
    return ids


def test_pages_are_fetched_as_needed(db, clerk, members):
    model = MemberTableModel(db, clerk, page_size=20)
    assert model.rowCount() == 0 and model.columnCount() == COLUMN_COUNT
    model.set_filter(MemberFilter(status=None))
    assert model.rowCount() == 20 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 40 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 45 and not model.canFetchMore(QModelIndex())
    assert model.loaded_ids() == members  # default order: by id
    model.refresh()
    assert model.rowCount() == 45  # the rows on screen stay after a reload


def test_display_sort_and_object_roles(db, clerk, members):
    model = MemberTableModel(db, clerk, page_size=20)
    model.set_filter(MemberFilter(status=None))
    first = model.index(0, COL_NAME)
    row = model.data(first, OBJECT_ROLE)
    assert isinstance(row, MemberRow) and row.id == members[0]
    assert model.data(first) == "赵伟伟"
    assert model.data(model.index(0, COL_BIRTH_DATE)) == "1970-01-01"
    assert model.data(model.index(0, COL_BIRTH_DATE), SORT_ROLE) == date(1970, 1, 1)
    assert model.data(model.index(0, COL_STATUS)) == "已退会"
    assert model.data(model.index(0, COL_STATUS), SORT_ROLE) == "left"
    assert model.data(model.index(0, COL_STATUS), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(1, COL_STATUS), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, COL_ID_NUMBER)) == id_number(date(1970, 1, 1), 100)
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Name"


def test_sorting_asks_the_service_and_resets(db, clerk, members):
    model = MemberTableModel(db, clerk, page_size=20)
    model.set_filter(MemberFilter(status=None))
    model.fetchMore(QModelIndex())
    model.sort(COL_BIRTH_DATE, Qt.SortOrder.DescendingOrder)
    assert model.member_filter.sort == "birth_date" and model.member_filter.descending
    assert model.rowCount() == 20
    births = [model.data(model.index(r, COL_BIRTH_DATE), SORT_ROLE) for r in range(20)]
    assert births == sorted(births, reverse=True)
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert model.member_filter.sort == "name" and not model.member_filter.descending
    model.sort(COL_ID_NUMBER, Qt.SortOrder.AscendingOrder)  # not sortable: nothing changes
    assert model.member_filter.sort == "name"


def test_filter_and_masking(db, clerk, viewer, members):
    model = MemberTableModel(db, viewer, page_size=20)
    model.set_filter(MemberFilter(text="钱"))  # current members whose surname is 钱
    names = [model.data(model.index(r, COL_NAME)) for r in range(model.rowCount())]
    assert names and all(n.startswith("钱") for n in names)
    assert not model.canFetchMore(QModelIndex())
    assert "*" in model.data(model.index(0, COL_ID_NUMBER))
    assert "*" in model.data(model.index(0, COL_PHONE))
    model.set_filter(MemberFilter())
    assert members[0] not in model.loaded_ids()  # 已退会 is not a current member

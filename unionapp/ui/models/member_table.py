"""The member list (CONVENTIONS rule 6): a table model over member_search that fetches pages as
the view scrolls, so a million members never load at once. Sorting asks the service for a new
order and resets the model; the model never sorts rows itself."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from unionapp.db.engine import Database
from unionapp.domain.membership import CURRENT_STATUSES
from unionapp.services.member_search import MemberFilter, MemberRow, search_members
from unionapp.services.rights import Actor

(
    COL_MEMBER_NO,
    COL_NAME,
    COL_SEX,
    COL_ID_NUMBER,
    COL_BIRTH_DATE,
    COL_PHONE,
    COL_ORG,
    COL_JOINED_ON,
    COL_STATUS,
) = range(9)
COLUMN_COUNT = 9

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value (dates as dates) for sorting and tests
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2  # the whole MemberRow

PAGE_SIZE = 100
# After an edit the list reloads what was on screen, up to this many rows, in one query.
_MAX_RELOAD = 1000

# Which MemberFilter.sort key each column asks the service for; the ID column has none (sorting
# by a masked number would reveal its order) and is not sortable.
SORT_KEYS = {
    COL_MEMBER_NO: "member_no",
    COL_NAME: "name",
    COL_SEX: "sex",
    COL_BIRTH_DATE: "birth_date",
    COL_PHONE: "phone",
    COL_ORG: "org",
    COL_JOINED_ON: "joined_on",
    COL_STATUS: "status",
}

_FORMER = QBrush(QColor("#8a8a8a"))


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class MemberTableModel(QAbstractTableModel):
    def __init__(self, db: Database, actor: Actor, parent=None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._page_size = page_size
        self._filter = MemberFilter()
        self._rows: list[MemberRow] = []
        self._exhausted = True
        self._headers = [
            self.tr("Member no."),
            self.tr("Name"),
            self.tr("Sex"),
            self.tr("ID number"),
            self.tr("Date of birth"),
            self.tr("Mobile"),
            self.tr("Union"),
            self.tr("Joined on"),
            self.tr("Status"),
        ]

    # ------------------------------------------------------------------ filter and loading
    @property
    def member_filter(self) -> MemberFilter:
        return self._filter

    def set_filter(self, flt: MemberFilter) -> None:
        """A new search: forget the rows and show the first page."""
        self._filter = flt
        self._reload(self._page_size)

    def refresh(self) -> None:
        """Reload after a change elsewhere, keeping as many rows as were shown (so the clerk's place
        in the list stays put)."""
        self._reload(min(max(len(self._rows), self._page_size), _MAX_RELOAD))

    def _reload(self, count: int) -> None:
        self.beginResetModel()
        self._rows = self._load(0, count)
        self._exhausted = len(self._rows) < count
        self.endResetModel()

    def _load(self, offset: int, limit: int) -> list[MemberRow]:
        with self._db.session() as session:
            return search_members(session, self._actor, self._filter, offset=offset, limit=limit)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._load(len(self._rows), self._page_size)
        self._exhausted = len(page) < self._page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # ------------------------------------------------------------------ rows
    def row_at(self, row: int) -> MemberRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def loaded_ids(self) -> list[int]:
        return [r.id for r in self._rows]

    def row_of(self, member_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == member_id:
                return i
        return -1

    # ------------------------------------------------------------------ Qt model interface
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < COLUMN_COUNT else None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_STATUS:
                return row.status_label
            return _text(self._value(row, column))
        if role == SORT_ROLE:
            return self._value(row, column)
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.status not in CURRENT_STATUSES:
            return _FORMER
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_SEX, COL_BIRTH_DATE, COL_JOINED_ON):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _value(row: MemberRow, column: int):
        return (
            row.member_no,
            row.name,
            row.sex,
            row.id_number,
            row.birth_date,
            row.phone,
            row.org_name,
            row.joined_on,
            row.status,
        )[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._filter.sort, self._filter.descending) and self._rows:
            return
        self.set_filter(replace(self._filter, sort=key, descending=descending))

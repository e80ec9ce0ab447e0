"""A list that fetches its rows page by page from a service as the view scrolls (CONVENTIONS
rule 6), shared by the hardship, campaign, disbursement and visit lists: each of those names its
columns (COL_* constants, header, how a row shows) and gives a loader `load(offset, limit)`.
Reloading after a change keeps as many rows as were on screen, so the clerk's place stays."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value (dates as dates, amounts as Decimal)
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2  # the whole row dataclass

PAGE_SIZE = 100
_MAX_RELOAD = 1000
GREY = QBrush(QColor("#8a8a8a"))
RED = QBrush(QColor("#c0392b"))


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[object], object]  # the raw value of a row
    text: Callable[[object], str] | None = None  # how it shows (default: display_text of the value)
    align_right: bool = False
    center: bool = False


def display_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    return str(value)


class PagedTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], load: Callable[[int, int], list], parent=None, *,
                 page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._columns = list(columns)
        self._load = load
        self._page_size = page_size
        self._rows: list = []
        self._exhausted = True
        self.foreground: Callable[[object], QBrush | None] | None = None

    # ------------------------------------------------------------------ loading
    def set_loader(self, load: Callable[[int, int], list]) -> None:
        """A new search: forget the rows and show the first page."""
        self._load = load
        self._reload(self._page_size)

    def refresh(self) -> None:
        self._reload(min(max(len(self._rows), self._page_size), _MAX_RELOAD))

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._exhausted = [], True
        self.endResetModel()

    def _reload(self, count: int) -> None:
        self.beginResetModel()
        self._rows = list(self._load(0, count))
        self._exhausted = len(self._rows) < count
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = list(self._load(len(self._rows), self._page_size))
        self._exhausted = len(page) < self._page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # ------------------------------------------------------------------ rows
    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list:
        return list(self._rows)

    def row_of(self, record_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == record_id:
                return i
        return -1

    def text(self, row: int, column: int) -> str:
        return self.data(self.index(row, column)) or ""

    # ------------------------------------------------------------------ Qt model interface
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header if 0 <= section < len(self._columns) else None
        return section + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row) if column.text else display_text(column.value(row))
        if role == SORT_ROLE:
            return column.value(row)
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and self.foreground is not None:
            return self.foreground(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column.center:
                return int(Qt.AlignmentFlag.AlignCenter)
        return None

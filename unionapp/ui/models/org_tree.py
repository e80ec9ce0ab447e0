"""The union tree (county → township → grassroots → branch) as a Qt item model, and a proxy that
filters it by name or pinyin initials, by 换届 due, and decides which nodes may be chosen.

A county has ~1,700 unions (a large district ~15,000), so the tree is built once per refresh
from organization_tree() and kept whole; only member lists need paging."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from unionapp.domain.org_levels import ORG_STATUS_LABELS
from unionapp.domain.pinyin import name_initials
from unionapp.services.organizations import OrgNode

COL_NAME, COL_LEVEL, COL_MEMBERS, COL_SUBTREE_MEMBERS, COL_TERM_END = range(5)
COLUMN_COUNT = 5

ORG_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
DUE_ROLE = Qt.ItemDataRole.UserRole + 4  # "overdue", "due" or None

RENEWAL_WINDOW_DAYS = 90

_DUE_BRUSH = QBrush(QColor("#fdebc8"))
_OVERDUE_BRUSH = QBrush(QColor("#f9d3cf"))
_CLOSED_BRUSH = QBrush(QColor("#8a8a8a"))


def renewal_state(node: OrgNode, today: date) -> str | None:
    """"overdue" when the term has ended, "due" when it ends within 90 days, else None."""
    if node.term_end is None or node.status != "normal":
        return None
    if node.term_end < today:
        return "overdue"
    if node.term_end <= today + timedelta(days=RENEWAL_WINDOW_DAYS):
        return "due"
    return None


class OrgTreeModel(QStandardItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._nodes: dict[int, OrgNode] = {}
        self._items: dict[int, QStandardItem] = {}
        self.setHorizontalHeaderLabels([
            self.tr("Union"), self.tr("Level"), self.tr("Members"), self.tr("With subordinates"),
            self.tr("Term ends"),
        ])

    def set_nodes(self, nodes: list[OrgNode], today: date) -> None:
        """Rebuild from organization_tree() output (parents come before their children)."""
        self.beginResetModel()
        self.blockSignals(True)
        try:
            self.removeRows(0, self.rowCount())
            self._nodes = {n.id: n for n in nodes}
            self._items = {}
            root = self.invisibleRootItem()
            for node in nodes:
                parent = self._items.get(node.parent_id, root) if node.parent_id else root
                row = self._row(node, today)
                parent.appendRow(row)
                self._items[node.id] = row[0]
        finally:
            self.blockSignals(False)
            self.endResetModel()

    def _row(self, node: OrgNode, today: date) -> list[QStandardItem]:
        state = renewal_state(node, today)
        name = node.name
        if node.status != "normal":
            name += f"（{ORG_STATUS_LABELS.get(node.status, node.status)}）"
        cells = [
            (name, node.name),
            (node.level_label, node.level),
            (str(node.member_count), node.member_count),
            (str(node.subtree_member_count), node.subtree_member_count),
            (node.term_end.isoformat() if node.term_end else "", node.term_end.isoformat() if node.term_end else ""),
        ]
        items = []
        for column, (text, sort_value) in enumerate(cells):
            item = QStandardItem(text)
            item.setEditable(False)
            item.setData(node.id, ORG_ID_ROLE)
            item.setData(sort_value, SORT_ROLE)
            item.setData(state, DUE_ROLE)
            if column in (COL_MEMBERS, COL_SUBTREE_MEMBERS):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if state:
                item.setBackground(_OVERDUE_BRUSH if state == "overdue" else _DUE_BRUSH)
                tip = self.tr("Re-election overdue: the term ended on %1") if state == "overdue" \
                    else self.tr("Re-election due: the term ends on %1")
                item.setToolTip(tip.replace("%1", node.term_end.isoformat()))
            if node.status != "normal":
                item.setForeground(_CLOSED_BRUSH)
            items.append(item)
        items[0].setData(node, OBJECT_ROLE)
        if state:
            font = QFont()
            font.setBold(True)
            items[COL_TERM_END].setFont(font)
        return items

    def node(self, index: QModelIndex | QPersistentModelIndex) -> OrgNode | None:
        if not index.isValid():
            return None
        return self._nodes.get(index.data(ORG_ID_ROLE))

    def node_by_id(self, org_id: int) -> OrgNode | None:
        return self._nodes.get(org_id)

    def nodes(self) -> list[OrgNode]:
        return list(self._nodes.values())

    def index_of(self, org_id: int) -> QModelIndex:
        item = self._items.get(org_id)
        return item.index() if item is not None else QModelIndex()

    def path_names(self, org_id: int) -> list[str]:
        """Names from the county down to this node, for showing where a union sits."""
        names = []
        node = self._nodes.get(org_id)
        while node is not None:
            names.append(node.name)
            node = self._nodes.get(node.parent_id) if node.parent_id else None
        return list(reversed(names))


class OrgFilterProxy(QSortFilterProxyModel):
    """Keeps matching nodes with their ancestors (recursive filtering), so a found union is
    always shown where it sits in the tree."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(SORT_ROLE)
        self._text = ""
        self._due_only = False
        self._selectable: Callable[[OrgNode], bool] | None = None
        self._initials: dict[int, list[str]] = {}

    def _change_filter(self, apply: Callable[[], None]) -> None:
        # Qt 6.9 replaced invalidateFilter() by begin/endFilterChange(); older Qt has only the former.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            apply()
            self.endFilterChange()
        else:
            apply()
            self.invalidateFilter()

    def set_text(self, text: str) -> None:
        self._change_filter(lambda: setattr(self, "_text", text.strip().lower()))

    def set_due_only(self, due_only: bool) -> None:
        self._change_filter(lambda: setattr(self, "_due_only", due_only))

    def set_selectable(self, predicate: Callable[[OrgNode], bool] | None) -> None:
        self.beginResetModel()
        self._selectable = predicate
        self.endResetModel()

    def _matches_text(self, node: OrgNode) -> bool:
        if not self._text:
            return True
        if self._text in node.name.lower() or (node.short_name and self._text in node.short_name.lower()):
            return True
        if self._text.isascii() and self._text.isalpha():
            initials = self._initials.get(node.id)
            if initials is None:
                # Computed only once someone types letters, and kept: 15,000 names cost ~2 s.
                initials = name_initials(node.name)
                self._initials[node.id] = initials
            return any(self._text in reading for reading in initials)
        return False

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        node = model.node(index)
        if node is None:
            return False
        if self._due_only and index.data(DUE_ROLE) is None:
            return False
        return self._matches_text(node)

    def is_selectable(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        node = self.node(index)
        return node is not None and (self._selectable is None or self._selectable(node))

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._selectable is not None and index.isValid() and not self.is_selectable(index):
            # Still enabled, so the branch can be opened to reach the nodes below it.
            flags &= ~Qt.ItemFlag.ItemIsSelectable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.ForegroundRole and self._selectable is not None and index.isValid()
                and not self.is_selectable(index)):
            return _CLOSED_BRUSH
        return super().data(index, role)

    def node(self, index: QModelIndex | QPersistentModelIndex) -> OrgNode | None:
        return self.sourceModel().node(self.mapToSource(index)) if index.isValid() else None

    def index_of(self, org_id: int) -> QModelIndex:
        return self.mapFromSource(self.sourceModel().index_of(org_id))

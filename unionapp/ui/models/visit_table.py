"""The list of visits (走访慰问, DESIGN §2.4) in pages; an open follow-up shows in red."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from unionapp.db.engine import Database
from unionapp.services.rights import Actor
from unionapp.services.visit_search import VisitFilter, VisitRow, count_visits, search_visits
from unionapp.ui.models.paged_table import RED, Column, PagedTableModel

(COL_RECORD_NO, COL_VISITED_ON, COL_KIND, COL_TARGET, COL_VISITEE, COL_UNIT, COL_ORG, COL_VISITORS, COL_MONEY,
 COL_GOODS_VALUE, COL_FOLLOW_UP) = range(11)



def _follow_up(row: VisitRow) -> str:
    if not row.follow_up_needed:
        return ""
    if row.follow_up_open:
        return QCoreApplication.translate("VisitTableModel", "Open: %1").replace("%1", row.follow_up or "")
    return QCoreApplication.translate("VisitTableModel", "Done %1").replace("%1", row.follow_up_closed_on.isoformat())


class VisitTableModel(PagedTableModel):
    def __init__(self, db: Database, actor: Actor, parent=None):
        self._db, self._actor = db, actor
        self.visit_filter = VisitFilter()
        columns = [
            Column(QCoreApplication.translate("VisitTableModel", "Record no."), lambda r: r.record_no),
            Column(QCoreApplication.translate("VisitTableModel", "Visited on"), lambda r: r.visited_on, center=True),
            Column(QCoreApplication.translate("VisitTableModel", "Kind"), lambda r: r.kind),
            Column(QCoreApplication.translate("VisitTableModel", "Whom"), lambda r: r.target, text=lambda r: r.target_label),
            Column(QCoreApplication.translate("VisitTableModel", "Visited"), lambda r: r.visitee_name),
            Column(QCoreApplication.translate("VisitTableModel", "Employer"), lambda r: r.visitee_unit),
            Column(QCoreApplication.translate("VisitTableModel", "Union"), lambda r: r.org_name),
            Column(QCoreApplication.translate("VisitTableModel", "Visitors"), lambda r: r.visitors),
            Column(QCoreApplication.translate("VisitTableModel", "Money"), lambda r: r.money, align_right=True),
            Column(QCoreApplication.translate("VisitTableModel", "Goods value"), lambda r: r.goods_value or None, align_right=True),
            Column(QCoreApplication.translate("VisitTableModel", "Follow-up"), lambda r: r.follow_up_open, text=_follow_up),
        ]
        super().__init__(columns, self._load_page, parent)
        self.foreground = lambda r: RED if r.follow_up_open else None

    def set_filter(self, flt: VisitFilter) -> None:
        self.visit_filter = flt
        self.set_loader(self._load_page)

    def _load_page(self, offset: int, limit: int) -> list[VisitRow]:
        with self._db.session() as session:
            return search_visits(session, self._actor, self.visit_filter, offset=offset, limit=limit)

    def count(self) -> int:
        with self._db.session() as session:
            return count_visits(session, self._actor, self.visit_filter)

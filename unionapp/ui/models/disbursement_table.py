"""The disbursements (发放记录) of a campaign, in pages, ID numbers masked by the service for
users without 查看敏感信息."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from unionapp.db.engine import Database
from unionapp.services.aid_search import (
    DisbursementFilter,
    DisbursementRow,
    DisbursementTotals,
    disbursement_totals,
    search_disbursements,
)
from unionapp.services.rights import Actor
from unionapp.ui.models.paged_table import Column, PagedTableModel

(COL_NAME, COL_ID_NUMBER, COL_UNIT, COL_ORG, COL_CATEGORY, COL_AMOUNT, COL_GOODS, COL_GOODS_VALUE, COL_PAID_ON,
 COL_HANDLER, COL_NOTE) = range(11)



def _note(row: DisbursementRow) -> str:
    parts = []
    if row.student_name:
        parts.append(f"{row.student_name} {row.school_level or ''}".strip())
    if row.illness:
        parts.append(row.illness)
    if row.override_reason:
        parts.append(QCoreApplication.translate("DisbursementTableModel", "paid again: %1").replace("%1", row.override_reason))
    if row.remark:
        parts.append(row.remark)
    return "；".join(parts)


class DisbursementTableModel(PagedTableModel):
    def __init__(self, db: Database, actor: Actor, parent=None):
        self._db, self._actor = db, actor
        self.disbursement_filter: DisbursementFilter | None = None
        columns = [
            Column(QCoreApplication.translate("DisbursementTableModel", "Name"), lambda r: r.name),
            Column(QCoreApplication.translate("DisbursementTableModel", "ID number"), lambda r: r.id_number),
            Column(QCoreApplication.translate("DisbursementTableModel", "Employer"), lambda r: r.unit_name),
            Column(QCoreApplication.translate("DisbursementTableModel", "Union"), lambda r: r.org_name),
            Column(QCoreApplication.translate("DisbursementTableModel", "Category"), lambda r: r.category),
            Column(QCoreApplication.translate("DisbursementTableModel", "Amount"), lambda r: r.amount, align_right=True),
            Column(QCoreApplication.translate("DisbursementTableModel", "Goods"), lambda r: r.goods),
            Column(QCoreApplication.translate("DisbursementTableModel", "Goods value"), lambda r: r.goods_value, align_right=True),
            Column(QCoreApplication.translate("DisbursementTableModel", "Paid on"), lambda r: r.paid_on, center=True),
            Column(QCoreApplication.translate("DisbursementTableModel", "Handled by"), lambda r: r.handler),
            Column(QCoreApplication.translate("DisbursementTableModel", "Note"), _note),
        ]
        super().__init__(columns, self._load_page, parent)

    def set_filter(self, flt: DisbursementFilter | None) -> None:
        """None: no campaign chosen, an empty list."""
        self.disbursement_filter = flt
        self.set_loader(self._load_page)

    def _load_page(self, offset: int, limit: int) -> list[DisbursementRow]:
        if self.disbursement_filter is None:
            return []
        with self._db.session() as session:
            return search_disbursements(session, self._actor, self.disbursement_filter, offset=offset, limit=limit)

    def totals(self) -> DisbursementTotals | None:
        if self.disbursement_filter is None:
            return None
        with self._db.session() as session:
            return disbursement_totals(session, self._actor, self.disbursement_filter)

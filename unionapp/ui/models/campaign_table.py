"""The list of aid campaigns (DESIGN §2.3): number as clerks see it, name, year, kind, budget,
used and left, newest first, in pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from unionapp.db.engine import Database
from unionapp.services.aid_search import CampaignFilter, CampaignRow, count_campaigns, list_campaigns
from unionapp.services.rights import Actor
from unionapp.ui.models.paged_table import GREY, RED, Column, PagedTableModel

(COL_NUMBER, COL_NAME, COL_YEAR, COL_KIND, COL_BUDGET, COL_USED, COL_LEFT, COL_PEOPLE, COL_FUND,
 COL_STATUS) = range(10)



class CampaignTableModel(PagedTableModel):
    def __init__(self, db: Database, actor: Actor, parent=None):
        self._db, self._actor = db, actor
        self.campaign_filter = CampaignFilter()
        columns = [
            Column(QCoreApplication.translate("CampaignTableModel", "Campaign no."), lambda r: r.number),
            Column(QCoreApplication.translate("CampaignTableModel", "Name"), lambda r: r.name),
            Column(QCoreApplication.translate("CampaignTableModel", "Year"), lambda r: r.year, center=True),
            Column(QCoreApplication.translate("CampaignTableModel", "Kind"), lambda r: r.kind),
            Column(QCoreApplication.translate("CampaignTableModel", "Budget"), lambda r: r.budget, align_right=True),
            Column(QCoreApplication.translate("CampaignTableModel", "Used"), lambda r: r.used, align_right=True),
            Column(QCoreApplication.translate("CampaignTableModel", "Left"), lambda r: r.left, align_right=True),
            Column(QCoreApplication.translate("CampaignTableModel", "Payments"), lambda r: r.people, align_right=True),
            Column(QCoreApplication.translate("CampaignTableModel", "Fund source"), lambda r: r.fund_source),
            Column(QCoreApplication.translate("CampaignTableModel", "Status"), lambda r: r.status,
                   text=lambda r: QCoreApplication.translate("CampaignTableModel", "Open") if r.status == "open" else QCoreApplication.translate("CampaignTableModel", "Closed"), center=True),
        ]
        super().__init__(columns, self._load_page, parent)
        self.foreground = self._colour

    @staticmethod
    def _colour(row: CampaignRow):
        if row.left is not None and row.left < 0:
            return RED
        return GREY if row.status != "open" else None

    def set_filter(self, flt: CampaignFilter) -> None:
        self.campaign_filter = flt
        self.set_loader(self._load_page)

    def _load_page(self, offset: int, limit: int) -> list[CampaignRow]:
        with self._db.session() as session:
            return list_campaigns(session, self._actor, self.campaign_filter, offset=offset, limit=limit)

    def count(self) -> int:
        with self._db.session() as session:
            return count_campaigns(session, self._actor, self.campaign_filter)

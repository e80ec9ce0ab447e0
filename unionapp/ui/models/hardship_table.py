"""The list of hardship files (DESIGN §2.3): pages of search_hardship_files over the whole list or
one of the working lists (待审核, not reviewed for a year, never aided, 防返困 watch list), all under
the same search text and filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from unionapp.db.engine import Database
from unionapp.services.hardship_search import (
    HardshipFilter,
    HardshipRow,
    count_hardship_files,
    search_hardship_files,
)
from unionapp.services.rights import Actor
from unionapp.ui.models.paged_table import GREY, OBJECT_ROLE, SORT_ROLE, Column, PagedTableModel

__all__ = ["OBJECT_ROLE", "SORT_ROLE", "HardshipTableModel", "HardshipQuery", "LISTS"]

(COL_FILE_NO, COL_NAME, COL_SEX, COL_ID_NUMBER, COL_CATEGORY, COL_MAIN_CAUSE, COL_ORG, COL_PER_CAPITA,
 COL_FAMILY_SIZE, COL_FILED_ON, COL_LAST_REVIEW, COL_STATUS, COL_WATCH_UNTIL) = range(13)

# The working lists (hardship_search.WORKING_LISTS).
LISTS = ("all", "pending", "review_due", "never_aided", "watch")


@dataclass(frozen=True)
class HardshipQuery:
    list_key: str = "all"
    flt: HardshipFilter = HardshipFilter()


class HardshipTableModel(PagedTableModel):
    def __init__(self, db: Database, actor: Actor, parent=None, *, today: date | None = None):
        self._db, self._actor, self._today = db, actor, today
        self.query = HardshipQuery()
        columns = [
            Column(QCoreApplication.translate("HardshipTableModel", "File no."), lambda r: r.file_no),
            Column(QCoreApplication.translate("HardshipTableModel", "Name"), lambda r: r.name),
            Column(QCoreApplication.translate("HardshipTableModel", "Sex"), lambda r: r.sex, center=True),
            Column(QCoreApplication.translate("HardshipTableModel", "ID number"), lambda r: r.id_number),
            Column(QCoreApplication.translate("HardshipTableModel", "Category"), lambda r: r.category),
            Column(QCoreApplication.translate("HardshipTableModel", "Main cause"), lambda r: r.main_cause),
            Column(QCoreApplication.translate("HardshipTableModel", "Union"), lambda r: r.org_name),
            Column(QCoreApplication.translate("HardshipTableModel", "Per head / month"), lambda r: r.per_capita_monthly, align_right=True),
            Column(QCoreApplication.translate("HardshipTableModel", "Family size"), lambda r: r.family_size, center=True),
            Column(QCoreApplication.translate("HardshipTableModel", "Filed on"), lambda r: r.filed_on, center=True),
            Column(QCoreApplication.translate("HardshipTableModel", "Last review"), lambda r: r.last_review_on or r.approved_on, center=True),
            Column(QCoreApplication.translate("HardshipTableModel", "Status"), lambda r: r.status, text=lambda r: r.status_label, center=True),
            Column(QCoreApplication.translate("HardshipTableModel", "Watched until"), lambda r: r.watch_until, center=True),
        ]
        super().__init__(columns, self._load_page, parent)
        self.foreground = lambda r: GREY if r.status in ("lifted", "cancelled") else None

    # ------------------------------------------------------------------ queries
    def set_query(self, query: HardshipQuery) -> None:
        self.query = query
        self.set_loader(self._load_page)

    def _load_page(self, offset: int, limit: int) -> list[HardshipRow]:
        with self._db.session() as session:
            return search_hardship_files(session, self._actor, self.query.flt, offset=offset, limit=limit,
                                         working_list=self.query.list_key, today=self._today)

    def count(self) -> int:
        with self._db.session() as session:
            return count_hardship_files(session, self._actor, self.query.flt, working_list=self.query.list_key,
                                        today=self._today)

"""The list of hardship files (DESIGN §2.3): pages of search_hardship_files, or one of the working
lists (防返困 watch list, not reviewed for a year, never aided), which the service returns whole
(a county has a few thousand files) and the model hands to the view page by page."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QCoreApplication

from unionapp.db.engine import Database
from unionapp.domain.text import clean_text
from unionapp.services.hardship_search import (
    HardshipFilter,
    HardshipRow,
    count_hardship_files,
    due_for_review,
    never_aided,
    search_hardship_files,
    watch_list,
)
from unionapp.services.rights import Actor
from unionapp.ui.models.paged_table import GREY, OBJECT_ROLE, SORT_ROLE, Column, PagedTableModel

__all__ = ["OBJECT_ROLE", "SORT_ROLE", "HardshipTableModel", "HardshipQuery", "LISTS"]

(COL_FILE_NO, COL_NAME, COL_SEX, COL_ID_NUMBER, COL_CATEGORY, COL_MAIN_CAUSE, COL_ORG, COL_PER_CAPITA,
 COL_FAMILY_SIZE, COL_FILED_ON, COL_LAST_REVIEW, COL_STATUS, COL_WATCH_UNTIL) = range(13)

# The working lists: key → (source text in the "HardshipTableModel" context)
LISTS = ("all", "pending", "review_due", "never_aided", "watch")


@dataclass(frozen=True)
class HardshipQuery:
    list_key: str = "all"
    flt: HardshipFilter = HardshipFilter()



def _matches(row: HardshipRow, text: str) -> bool:
    for term in clean_text(text).split():
        if term not in row.name and term.upper() not in row.id_number and term.upper() not in row.file_no:
            return False
    return True


class HardshipTableModel(PagedTableModel):
    def __init__(self, db: Database, actor: Actor, parent=None, *, today: date | None = None):
        self._db, self._actor, self._today = db, actor, today
        self.query = HardshipQuery()
        self._whole: list[HardshipRow] | None = None
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
        self._whole = None
        self.set_loader(self._load_page)

    def refresh(self) -> None:
        self._whole = None
        super().refresh()

    def _effective_filter(self) -> HardshipFilter:
        if self.query.list_key == "pending":
            return replace(self.query.flt, status="pending")
        return self.query.flt

    def _whole_list(self) -> list[HardshipRow]:
        if self._whole is None:
            key, flt = self.query.list_key, self.query.flt
            with self._db.session() as session:
                if key == "watch":
                    rows = watch_list(session, self._actor, today=self._today, org_id=flt.org_id)
                elif key == "review_due":
                    rows = due_for_review(session, self._actor, today=self._today, org_id=flt.org_id)
                else:
                    rows = never_aided(session, self._actor, org_id=flt.org_id)
            self._whole = [r for r in rows if _matches(r, flt.text)
                           and (not flt.category or r.category == flt.category)]
        return self._whole

    def _load_page(self, offset: int, limit: int) -> list[HardshipRow]:
        if self.query.list_key in ("all", "pending"):
            with self._db.session() as session:
                return search_hardship_files(session, self._actor, self._effective_filter(), offset=offset,
                                             limit=limit)
        return self._whole_list()[offset:offset + limit]

    def count(self) -> int:
        if self.query.list_key in ("all", "pending"):
            with self._db.session() as session:
                return count_hardship_files(session, self._actor, self._effective_filter())
        return len(self._whole_list())

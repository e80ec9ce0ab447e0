"""The two lists of the 医疗互助 page (DESIGN §2.3): a year's enrolments by unit, and the claims
paid (of the whole year, or of one enrolment), fetched in pages from the service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from unionapp.db.engine import Database
from unionapp.services.medical_mutual import ClaimRow, EnrolmentRow, list_claims, list_enrolments
from unionapp.services.rights import Actor
from unionapp.ui.models.paged_table import Column, PagedTableModel

(COL_UNIT, COL_MEMBERS, COL_FEE, COL_ENROLLED_ON, COL_CLAIMS, COL_CLAIMS_AMOUNT, COL_REMARK) = range(7)
(CCOL_NAME, CCOL_UNIT, CCOL_PAID_ON, CCOL_ILLNESS, CCOL_HOSPITAL, CCOL_AMOUNT, CCOL_HANDLER) = range(7)


class EnrolmentTableModel(PagedTableModel):
    """The enrolments of `year` under union `org_id` (None: all the actor may see)."""

    def __init__(self, db: Database, actor: Actor, parent=None):
        self._db, self._actor = db, actor
        self.year: int | None = None
        self.org_id: int | None = None
        columns = [
            Column(QCoreApplication.translate("EnrolmentTableModel", "Unit"), lambda r: r.org_name),
            Column(QCoreApplication.translate("EnrolmentTableModel", "Members enrolled"), lambda r: r.members_enrolled, align_right=True),
            Column(QCoreApplication.translate("EnrolmentTableModel", "Fee paid"), lambda r: r.fee_paid, align_right=True),
            Column(QCoreApplication.translate("EnrolmentTableModel", "Enrolled on"), lambda r: r.enrolled_on, center=True),
            Column(QCoreApplication.translate("EnrolmentTableModel", "Claims"), lambda r: r.claims, align_right=True),
            Column(QCoreApplication.translate("EnrolmentTableModel", "Claims amount"), lambda r: r.claims_amount, align_right=True),
            Column(QCoreApplication.translate("EnrolmentTableModel", "Remark"), lambda r: r.remark),
        ]
        super().__init__(columns, self._load_page, parent)

    def set_filter(self, year: int, org_id: int | None) -> None:
        self.year, self.org_id = year, org_id
        self.set_loader(self._load_page)

    def _load_page(self, offset: int, limit: int) -> list[EnrolmentRow]:
        if self.year is None:
            return []
        with self._db.session() as session:
            return list_enrolments(session, self._actor, year=self.year, org_id=self.org_id, offset=offset,
                                   limit=limit)


class ClaimTableModel(PagedTableModel):
    """The claims paid in `year`: those of one enrolment when `enrolment_id` is set, else those of
    the members under union `org_id` (None: all the actor may see)."""

    def __init__(self, db: Database, actor: Actor, parent=None):
        self._db, self._actor = db, actor
        self.year: int | None = None
        self.org_id: int | None = None
        self.enrolment_id: int | None = None
        columns = [
            Column(QCoreApplication.translate("ClaimTableModel", "Name"), lambda r: r.name),
            Column(QCoreApplication.translate("ClaimTableModel", "Union"), lambda r: r.org_name),
            Column(QCoreApplication.translate("ClaimTableModel", "Paid on"), lambda r: r.paid_on, center=True),
            Column(QCoreApplication.translate("ClaimTableModel", "Illness"), lambda r: r.illness),
            Column(QCoreApplication.translate("ClaimTableModel", "Hospital"), lambda r: r.hospital),
            Column(QCoreApplication.translate("ClaimTableModel", "Amount"), lambda r: r.amount, align_right=True),
            Column(QCoreApplication.translate("ClaimTableModel", "Handler"), lambda r: r.handler),
        ]
        super().__init__(columns, self._load_page, parent)

    def set_filter(self, year: int, org_id: int | None, enrolment_id: int | None = None) -> None:
        self.year, self.org_id, self.enrolment_id = year, org_id, enrolment_id
        self.set_loader(self._load_page)

    def _load_page(self, offset: int, limit: int) -> list[ClaimRow]:
        if self.year is None:
            return []
        with self._db.session() as session:
            if self.enrolment_id is not None:
                return list_claims(session, self._actor, year=self.year, enrolment_id=self.enrolment_id,
                                   offset=offset, limit=limit)
            return list_claims(session, self._actor, year=self.year, org_id=self.org_id, offset=offset, limit=limit)

"""医疗互助保障 (DESIGN §2.3): for one year, the units enrolled with their members and fees, and
the claims paid — of the selected enrolment, or of the whole year when none is selected — with a
line summing up the year, the enrolment and claim forms, and the year's export (two sheets)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox, QWidget

from unionapp.services.medical_mutual import ClaimRow, EnrolmentRow, MutualSummary, mutual_summary
from unionapp.services.rights import Right
from unionapp.ui import jobs
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.form_support import fill_combo, show_error
from unionapp.ui.dialogs.mutual_claim_dialog import open_claim
from unionapp.ui.dialogs.mutual_enrolment_dialog import open_enrolment
from unionapp.ui.dialogs.save_path import ask_save_path
from unionapp.ui.forms.ui_mutual_page import Ui_MutualPage
from unionapp.ui.models.mutual_tables import (
    CCOL_AMOUNT,
    CCOL_HANDLER,
    CCOL_HOSPITAL,
    CCOL_ILLNESS,
    CCOL_NAME,
    CCOL_PAID_ON,
    CCOL_UNIT,
    COL_CLAIMS,
    COL_CLAIMS_AMOUNT,
    COL_ENROLLED_ON,
    COL_FEE,
    COL_MEMBERS,
    COL_REMARK,
    COL_UNIT,
    ClaimTableModel,
    EnrolmentTableModel,
)
from unionapp.ui.pages.list_page import (
    ActionRights,
    UnionFilter,
    follow_selection,
    select_record,
    selected_record,
    setup_table,
    show_loaded_count,
)

ENROLMENT_WIDTHS = {COL_UNIT: 320, COL_MEMBERS: 130, COL_FEE: 110, COL_ENROLLED_ON: 100, COL_CLAIMS: 80,
                    COL_CLAIMS_AMOUNT: 110}
CLAIM_WIDTHS = {CCOL_NAME: 90, CCOL_UNIT: 260, CCOL_PAID_ON: 100, CCOL_ILLNESS: 200, CCOL_HOSPITAL: 200,
                CCOL_AMOUNT: 100}
RELOAD_ON = ("mutual", "member", "organization", "all")


class MutualPage(ActionRights, UnionFilter, QWidget):
    ACTION_RIGHTS = {"new_record": Right.EDIT, "export": Right.EXPORT}

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.today = today
        self.summary: MutualSummary | None = None
        self._org_id: int | None = None
        self._restoring = False
        self.ui = Ui_MutualPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.enrolments = EnrolmentTableModel(context.db, context.actor, self)
        self.claims = ClaimTableModel(context.db, context.actor, self)
        setup_table(ui.enrolmentsView, self.enrolments, COL_REMARK, ENROLMENT_WIDTHS)
        setup_table(ui.claimsView, self.claims, CCOL_HANDLER, CLAIM_WIDTHS)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        year = (today or date.today()).year
        fill_combo(ui.yearCombo, [(str(y), y) for y in range(year + 1, year - 10, -1)], blank=False)
        ui.yearCombo.setCurrentIndex(ui.yearCombo.findData(year))

        ui.yearCombo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.connect_union_filter(title=self.tr("Mutual medical aid of…"))
        follow_selection(ui.enrolmentsView, self._enrolment_changed)
        follow_selection(ui.claimsView, self._update_buttons)
        show_loaded_count(self.claims, ui.loadedLabel, self.tr("%1 claims shown"))
        ui.enrolmentsView.doubleClicked.connect(
            lambda index: self.open_enrolment(self.enrolments.row_at(index.row()).id))
        ui.claimsView.doubleClicked.connect(lambda index: self.open_claim(self.claims.row_at(index.row()).id))
        ui.newEnrolmentButton.clicked.connect(self.new_enrolment)
        ui.editEnrolmentButton.clicked.connect(self.edit_enrolment)
        ui.newClaimButton.clicked.connect(self.new_claim)
        ui.editClaimButton.clicked.connect(self.edit_claim)
        ui.allClaimsButton.clicked.connect(ui.enrolmentsView.clearSelection)
        ui.exportButton.clicked.connect(self.export)
        ui.exportButton.setVisible(context.actor.has(Right.EXPORT))
        self.can_edit = context.actor.has(Right.EDIT)
        ui.newEnrolmentButton.setEnabled(self.can_edit)
        ui.newClaimButton.setEnabled(self.can_edit)
        context.events.changed.connect(self._on_changed)
        self.apply_filter()

    # ------------------------------------------------------------------ the year and the union
    def year(self) -> int:
        return self.ui.yearCombo.currentData()

    def set_year(self, year: int) -> None:
        index = self.ui.yearCombo.findData(year)
        if index < 0:
            self.ui.yearCombo.addItem(str(year), year)
            index = self.ui.yearCombo.count() - 1
        self.ui.yearCombo.setCurrentIndex(index)  # → apply_filter

    def apply_filter(self) -> None:
        self._restoring = True
        try:
            self.enrolments.set_filter(self.year(), self._org_id)
        finally:
            self._restoring = False
        self._show_claims()
        self._summarise()

    def _summarise(self) -> None:
        with self.context.db.session() as session:
            s = self.summary = mutual_summary(session, self.context.actor, self.year(), org_id=self._org_id)
        self.ui.summaryLabel.setText(
            self.tr("%1: %2 units enrolled, %3 members, fees %4 yuan; %5 claims paid, %6 yuan")
            .replace("%1", str(s.year)).replace("%2", f"{s.units:,}").replace("%3", f"{s.members_enrolled:,}")
            .replace("%4", f"{s.fees:,.2f}").replace("%5", f"{s.claims:,}").replace("%6", f"{s.claims_amount:,.2f}"))

    def _on_changed(self, entity: str) -> None:
        if entity in RELOAD_ON:
            self.refresh()

    def refresh(self) -> None:
        """Reload both lists and the summary, keeping the selected enrolment and claim."""
        enrolment, claim = self.selected_enrolment(), self.selected_claim()
        self._restoring = True
        try:
            self.enrolments.refresh()
            if enrolment is not None:
                self.select_enrolment(enrolment.id)
        finally:
            self._restoring = False
        self._show_claims()
        if claim is not None:
            self.select_claim(claim.id)
        self._summarise()

    # ------------------------------------------------------------------ the claims under the enrolments
    def _enrolment_changed(self) -> None:
        if not self._restoring:
            self._show_claims()
        self._update_buttons()

    def _show_claims(self) -> None:
        enrolment = self.selected_enrolment()
        year = self.year()
        self.claims.set_filter(year, self._org_id, enrolment.id if enrolment else None)
        if enrolment is None:
            title = self.tr("Claims paid in %1").replace("%1", str(year))
        else:
            title = self.tr("Claims paid in %1 to members of %2").replace("%1", str(year)) \
                .replace("%2", enrolment.org_name)
        self.ui.claimTitle.setText(title)
        self.ui.allClaimsButton.setVisible(enrolment is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        ui.editEnrolmentButton.setEnabled(self.can_edit and self.selected_enrolment() is not None)
        ui.editClaimButton.setEnabled(self.can_edit and self.selected_claim() is not None)

    # ------------------------------------------------------------------ selection
    def selected_enrolment(self) -> EnrolmentRow | None:
        return selected_record(self.ui.enrolmentsView, self.enrolments)

    def selected_claim(self) -> ClaimRow | None:
        return selected_record(self.ui.claimsView, self.claims)

    def select_enrolment(self, enrolment_id: int) -> bool:
        return select_record(self.ui.enrolmentsView, self.enrolments, enrolment_id)

    def select_claim(self, claim_id: int) -> bool:
        return select_record(self.ui.claimsView, self.claims, claim_id)

    # ------------------------------------------------------------------ forms
    def new_record(self) -> None:
        self.new_enrolment()

    def new_enrolment(self) -> None:
        if not self.can_edit:
            return
        saved = open_enrolment(self, self.context, year=self.year(), today=self.today)
        if saved is not None:
            self._show_saved(saved[1], lambda: self.select_enrolment(saved[0]))

    def edit_enrolment(self) -> None:
        row = self.selected_enrolment()
        if row is not None:
            self.open_enrolment(row.id)

    def open_enrolment(self, enrolment_id: int) -> None:
        open_enrolment(self, self.context, enrolment_id, today=self.today)

    def new_claim(self) -> None:
        if not self.can_edit:
            return
        saved = open_claim(self, self.context, year=self.year(), today=self.today)
        if saved is not None:
            self._show_saved(saved[1], lambda: self.select_claim(saved[0]))

    def edit_claim(self) -> None:
        row = self.selected_claim()
        if row is not None:
            self.open_claim(row.id)

    def open_claim(self, claim_id: int) -> None:
        open_claim(self, self.context, claim_id, today=self.today)

    def _show_saved(self, year: int, select) -> None:
        """After a save (the page has reloaded on the event): show the record's year, select it."""
        if year != self.year():
            self.set_year(year)
        select()

    # ------------------------------------------------------------------ export
    def export(self) -> jobs.Job | None:
        """The year's enrolments and claims under the union filter, as two sheets of one workbook."""
        from unionapp.sheets.export_mutual import export_mutual

        year, org_id, actor = self.year(), self._org_id, self.context.actor
        title = self.tr("Export mutual medical aid")
        chosen = ask_save_path(self, title, self.tr("mutual medical aid %1.xlsx").replace("%1", str(year)),
                               self.tr("Excel workbook (*.xlsx)"))
        if chosen is None:
            return None
        db = self.context.db

        def body(report):
            with db.session() as session:
                return export_mutual(session, actor, chosen, year, org_id=org_id,
                                     progress=jobs.cancellable(report))

        return jobs.run_with_progress(
            self, title, body, writes=True,
            on_finished=lambda count: QMessageBox.information(
                self, title, self.tr("%1 rows saved to %2").replace("%1", str(count)).replace("%2", str(chosen))),
            on_failed=lambda message: show_error(self, message))

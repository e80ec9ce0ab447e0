"""帮扶活动 (DESIGN §2.3): the campaigns with budget, used and left; under them the payments of the
selected campaign in pages, entered one by one or generated from the hardship files, and the
签领表 of the whole campaign or one township in the print preview."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from unionapp.services.aid import delete_disbursement
from unionapp.services.aid_campaigns import set_campaign_status
from unionapp.services.aid_search import CampaignFilter, CampaignRow, DisbursementFilter, DisbursementRow
from unionapp.services.rights import Right
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.aid_support import exec_dialog, export_to_sheet, missing_warning, print_to_preview
from unionapp.ui.dialogs.bulk_aid_dialog import BulkAidDialog
from unionapp.ui.dialogs.campaign_dialog import open_campaign_dialog
from unionapp.ui.dialogs.choose_org_dialog import ChooseOrgDialog
from unionapp.ui.dialogs.disbursement_dialog import open_disbursement
from unionapp.ui.dialogs.form_support import fill_combo
from unionapp.ui.forms.ui_campaign_page import Ui_CampaignsPage
from unionapp.ui.models.campaign_table import COL_FUND, CampaignTableModel
from unionapp.ui.models.campaign_table import COL_NAME as COL_CAMPAIGN_NAME
from unionapp.ui.models.disbursement_table import (
    COL_AMOUNT,
    COL_CATEGORY,
    COL_GOODS,
    COL_GOODS_VALUE,
    COL_HANDLER,
    COL_ID_NUMBER,
    COL_NAME,
    COL_NOTE,
    COL_ORG,
    COL_PAID_ON,
    COL_UNIT,
    DisbursementTableModel,
)
from unionapp.ui.pages.imports_sheets import ImportsSheets
from unionapp.ui.pages.list_page import (
    SHEET_ACTION_RIGHTS,
    ListPage,
    call_service,
    fill_code_filter,
    follow_selection,
    search_delay_timer,
    select_record,
    selected_record,
    setup_table,
    show_org_name,
)

DISBURSEMENT_WIDTHS = {COL_NAME: 70, COL_ID_NUMBER: 160, COL_UNIT: 150, COL_ORG: 150, COL_CATEGORY: 70,
                       COL_AMOUNT: 80, COL_GOODS: 70, COL_GOODS_VALUE: 70, COL_PAID_ON: 90, COL_HANDLER: 70}


class CampaignsPage(ImportsSheets, ListPage, QWidget):
    ACTION_RIGHTS = SHEET_ACTION_RIGHTS

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.today = today
        self.preview = None
        self.total: int | None = None
        self._township_id: int | None = None
        self.ui = Ui_CampaignsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = CampaignTableModel(context.db, context.actor, self)
        self.disbursements = DisbursementTableModel(context.db, context.actor, self)
        setup_table(ui.campaignsView, self.model, COL_CAMPAIGN_NAME, {0: 90, COL_FUND: 150})
        setup_table(ui.disbursementsView, self.disbursements, COL_NOTE, DISBURSEMENT_WIDTHS)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        year = (today or date.today()).year
        fill_combo(ui.yearCombo, [(self.tr("Every year"), 0)] + [(str(y), y) for y in range(year + 1, year - 8, -1)],
                   blank=False)
        self._fill_kinds()

        self._timer = search_delay_timer(self, ui.searchEdit, self.apply_filter)
        ui.yearCombo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self._disbursement_timer = search_delay_timer(self, ui.disbursementSearchEdit, self.show_disbursements)
        ui.chooseTownshipButton.clicked.connect(self._choose_township)
        ui.clearTownshipButton.clicked.connect(lambda: self.set_township(None))
        follow_selection(ui.campaignsView, self._campaign_changed)
        ui.campaignsView.doubleClicked.connect(lambda _i: self.edit_selected())
        follow_selection(ui.disbursementsView, self._update_buttons)
        ui.disbursementsView.doubleClicked.connect(lambda _i: self.open_disbursement())
        self.disbursements.modelReset.connect(self._show_totals)
        self.disbursements.rowsInserted.connect(lambda *_a: self._show_totals())
        ui.newButton.clicked.connect(self.new_record)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.closeCampaignButton.clicked.connect(self.toggle_closed)
        ui.importButton.clicked.connect(lambda: self.import_records())
        ui.addDisbursementButton.clicked.connect(self.add_disbursement)
        ui.bulkButton.clicked.connect(self.generate_bulk)
        ui.openDisbursementButton.clicked.connect(self.open_disbursement)
        ui.deleteDisbursementButton.clicked.connect(self.delete_disbursement)
        export_menu = QMenu(self)
        export_menu.addAction(self.tr("The campaigns…"), self.export)
        export_menu.addAction(self.tr("The payments of the selected campaign…"), self.export_disbursements)
        ui.exportButton.setMenu(export_menu)
        print_menu = QMenu(self)
        self.print_all_action: QAction = print_menu.addAction(self.tr("The whole campaign…"),
                                                              lambda: self.print_roster())
        print_menu.addAction(self.tr("One township or union…"), self._print_township)
        ui.printRosterButton.setMenu(print_menu)

        actor = context.actor
        can_edit = actor.has(Right.EDIT)
        for button in (ui.newButton, ui.closeCampaignButton, ui.importButton, ui.addDisbursementButton,
                       ui.bulkButton, ui.deleteDisbursementButton):
            button.setVisible(can_edit)
        ui.exportButton.setVisible(actor.has(Right.EXPORT))
        ui.printRosterButton.setVisible(actor.has(Right.PRINT))
        context.events.changed.connect(self._on_changed)
        self.apply_filter()

    # ------------------------------------------------------------------ campaigns
    def current_filter(self) -> CampaignFilter:
        ui = self.ui
        return CampaignFilter(text=ui.searchEdit.text(), year=ui.yearCombo.currentData() or None,
                              kind=ui.kindCombo.currentData() or None)

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())
        self.total = self.model.count()
        self.ui.countLabel.setText(self.tr("%1 campaigns").replace("%1", str(self.total)))
        if self.model.rowCount() and self.selected_campaign() is None:
            self.ui.campaignsView.selectRow(0)

    def selected_campaign(self) -> CampaignRow | None:
        return selected_record(self.ui.campaignsView, self.model, first_of_many=True)

    def select_campaign(self, campaign_id: int) -> bool:
        return select_record(self.ui.campaignsView, self.model, campaign_id)

    def _campaign_changed(self) -> None:
        campaign = self.selected_campaign()
        title = self.tr("No campaign selected") if campaign is None else \
            self.tr("Payments of %1").replace("%1", f"{campaign.number} {campaign.name}")
        self.ui.disbursementTitle.setText(title)
        self.show_disbursements()

    def show_disbursements(self) -> None:
        self._disbursement_timer.stop()
        campaign = self.selected_campaign()
        flt = None if campaign is None else DisbursementFilter(
            campaign_id=campaign.id, text=self.ui.disbursementSearchEdit.text(), org_id=self._township_id)
        self.disbursements.set_filter(flt)

    def _show_totals(self) -> None:
        totals = self.disbursements.totals()
        if totals is None:
            self.ui.totalsLabel.setText("")
            self.ui.loadedLabel.setText("")
            return
        text = self.tr("%1 payments to %2 people, %3 yuan").replace("%1", str(totals.count)) \
            .replace("%2", str(totals.people)).replace("%3", f"{totals.money:,.2f}")
        if totals.goods_value:
            text += self.tr(", goods worth %1 yuan").replace("%1", f"{totals.goods_value:,.2f}")
        self.ui.totalsLabel.setText(text)
        self.ui.loadedLabel.setText(self.tr("%1 shown").replace("%1", str(self.disbursements.rowCount())))

    def set_township(self, org_id: int | None) -> None:
        self._township_id = org_id
        show_org_name(self.ui.townshipEdit, self.context, org_id)
        self.show_disbursements()

    def _choose_township(self) -> None:
        node = ChooseOrgDialog.choose(self, self.context, title=self.tr("Payments in…"),
                                      current_id=self._township_id)
        if node is not None:
            self.set_township(node.id)

    def _update_buttons(self) -> None:
        ui = self.ui
        campaign = self.selected_campaign()
        is_open = campaign is not None and campaign.status == "open"
        ui.editButton.setEnabled(campaign is not None)
        ui.closeCampaignButton.setEnabled(campaign is not None)
        ui.closeCampaignButton.setText(self.tr("Reopen campaign") if campaign is not None and not is_open
                                       else self.tr("Close campaign"))
        ui.addDisbursementButton.setEnabled(is_open)
        ui.bulkButton.setEnabled(is_open)
        selected = self.selected_disbursement()
        ui.openDisbursementButton.setEnabled(selected is not None)
        ui.deleteDisbursementButton.setEnabled(selected is not None and is_open)
        ui.printRosterButton.setEnabled(campaign is not None)

    def _fill_kinds(self) -> bool:
        return fill_code_filter(self.ui.kindCombo, self.context, "aid_kind", self.tr("Every kind"))

    def _on_changed(self, entity: str) -> None:
        if entity in ("code", "all") and self._fill_kinds():
            self.apply_filter()
        elif entity in ("aid", "hardship", "visit", "organization", "all"):
            keep = self.selected_campaign()
            self.model.refresh()
            if keep is not None:
                self.select_campaign(keep.id)
            self._campaign_changed()

    def new_record(self) -> None:
        if not self.context.actor.has(Right.EDIT):
            return
        saved = open_campaign_dialog(self, self.context, None, today=self.today)
        if saved is not None:
            self.select_campaign(saved)

    def edit_selected(self) -> None:
        campaign = self.selected_campaign()
        if campaign is not None:
            open_campaign_dialog(self, self.context, campaign.id, today=self.today)

    def toggle_closed(self) -> None:
        campaign = self.selected_campaign()
        if campaign is None:
            return
        closing = campaign.status == "open"
        if closing:
            answer = QMessageBox.question(self, self.tr("Close campaign"), self.tr(
                "Close “%1”? Its roster is then final and no payment can be added or changed.")
                .replace("%1", campaign.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        call_service(self, self.context,
                     lambda session: set_campaign_status(session, self.context.actor, campaign.id, closing), "aid")

    # ------------------------------------------------------------------ payments
    def selected_disbursement(self) -> DisbursementRow | None:
        return selected_record(self.ui.disbursementsView, self.disbursements, first_of_many=True)

    def add_disbursement(self) -> None:
        campaign = self.selected_campaign()
        if campaign is not None:
            open_disbursement(self, self.context, campaign.id, today=self.today)

    def open_disbursement(self) -> None:
        row = self.selected_disbursement()
        if row is not None:
            open_disbursement(self, self.context, row.campaign_id, row=row, today=self.today)

    def delete_disbursement(self) -> None:
        row = self.selected_disbursement()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete the payment"), self.tr(
            "Delete the payment to %1? A visit linked to it keeps its record but loses the link.")
            .replace("%1", row.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        call_service(self, self.context,
                     lambda session: delete_disbursement(session, self.context.actor, row.id, row.version), "aid")

    def bulk_dialog(self) -> BulkAidDialog | None:
        campaign = self.selected_campaign()
        return None if campaign is None else BulkAidDialog(self.context, campaign.id, self, today=self.today)

    def generate_bulk(self) -> None:
        dialog = self.bulk_dialog()
        if dialog is not None:
            exec_dialog(dialog)

    # ------------------------------------------------------------------ sheets and prints
    def import_kind(self) -> str:
        return "aid"

    def export(self):
        from unionapp.sheets.export_aid import export_campaigns

        actor, flt = self.context.actor, self.current_filter()
        return export_to_sheet(self, self.context, self.tr("Export the campaigns"), self.tr("aid campaigns.xlsx"),
                               lambda session, path, _progress: export_campaigns(session, actor, path, flt))

    def export_disbursements(self):
        from unionapp.sheets.export_aid import export_aid

        campaign, actor = self.selected_campaign(), self.context.actor
        flt = DisbursementFilter(campaign_id=campaign.id) if campaign else DisbursementFilter()
        name = f"{campaign.number} {campaign.name}.xlsx" if campaign else self.tr("aid payments.xlsx")
        return export_to_sheet(self, self.context, self.tr("Export the payments"), name,
                               lambda session, path, progress: export_aid(session, actor, path, flt,
                                                                          progress=progress))

    def print_current(self):
        return self.print_roster()

    def _print_township(self) -> None:
        node = ChooseOrgDialog.choose(self, self.context, title=self.tr("Roster of…"), current_id=self._township_id,
                                      hint=self.tr("The payments to people of the chosen township or union."))
        if node is not None:
            self.print_roster(node.id)

    def print_roster(self, org_id: int | None = None):
        """The 签领表 of the selected campaign (of one township or union when `org_id` is given)."""
        campaign = self.selected_campaign()
        if campaign is None:
            QMessageBox.information(self, self.tr("Print"), self.tr("Select a campaign first."))
            return None
        from unionapp.printing.aid_documents import print_campaign_roster

        actor = self.context.actor

        def render(session, path):
            return print_campaign_roster(session, actor, campaign.id, path, org_id=org_id)

        return print_to_preview(self, self.context, self.tr("Sign-for roster of %1").replace("%1", campaign.name),
                                f"{campaign.number}.pdf", render, warning_of=missing_warning)

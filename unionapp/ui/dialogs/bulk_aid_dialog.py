"""Payments generated from hardship files (DESIGN §2.3: "all 深度困难 files in 龙旺庄街道"): the clerk
picks the filter and sees at once how many households it reaches, the total and any warning
(over budget, no standard for some, already paid); OK writes them in one transaction."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from unionapp.domain.errors import DomainError
from unionapp.services.aid_bulk import BulkFilter, BulkResult, generate_disbursements
from unionapp.services.aid_campaigns import get_campaign
from unionapp.services.code_lookup import code_options
from unionapp.services.errors import ServiceError
from unionapp.services.organizations import get_organization
from unionapp.ui import jobs
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.choose_org_dialog import ChooseOrgDialog
from unionapp.ui.dialogs.form_support import (
    combo_value,
    fill_combo,
    read_date,
    read_text,
    show_date,
    tidy_date,
)
from unionapp.ui.forms.ui_aid_bulk_dialog import Ui_BulkAidDialog


class BulkAidDialog(QDialog):
    def __init__(self, context: AppContext, campaign_id: int, parent: QWidget | None = None, *,
                 today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.campaign_id = campaign_id
        self.today = today or date.today()
        self.preview: BulkResult | None = None
        self.result: BulkResult | None = None
        self.job: jobs.Job | None = None
        self._org_id: int | None = None
        self.ui = Ui_BulkAidDialog()
        self.ui.setupUi(self)
        ui = self.ui
        with context.db.session() as session:
            campaign = get_campaign(session, context.actor, campaign_id)
            options = code_options(session, context.actor, ["hardship_category", "hardship_cause"])
        ui.campaignValue.setText(f"{campaign.number}　{campaign.data.name}（{campaign.data.kind}）")
        ui.introLabel.setText(self.tr("Every household on file that matches gets the campaign's standard for its "
                                      "category. Households already paid in this campaign are skipped."))
        fill_combo(ui.categoryCombo, [(self.tr("Every category"), "")] +
                   [(o.name, o.name) for o in options["hardship_category"]], blank=False)
        fill_combo(ui.mainCauseCombo, [(self.tr("Any cause"), "")] +
                   [(o.name, o.name) for o in options["hardship_cause"]], blank=False)
        show_date(ui.paidOnEdit, self.today)
        ui.handlerEdit.setPlaceholderText(context.actor.username)
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Generate"))
        ui.buttonBox.accepted.connect(self.generate)
        ui.buttonBox.rejected.connect(self.reject)
        ui.chooseOrgButton.clicked.connect(self._choose_org)
        ui.clearOrgButton.clicked.connect(lambda: self.set_org(None))
        ui.categoryCombo.currentIndexChanged.connect(lambda _i: self.update_preview())
        ui.mainCauseCombo.currentIndexChanged.connect(lambda _i: self.update_preview())
        ui.paidOnEdit.editingFinished.connect(lambda: tidy_date(ui.paidOnEdit))
        self.update_preview()

    def bulk_filter(self) -> BulkFilter:
        return BulkFilter(category=combo_value(self.ui.categoryCombo), org_id=self._org_id,
                          main_cause=combo_value(self.ui.mainCauseCombo))

    def set_category(self, category: str | None) -> None:
        self.ui.categoryCombo.setCurrentIndex(max(self.ui.categoryCombo.findData(category or ""), 0))

    def set_org(self, org_id: int | None) -> None:
        self._org_id = org_id
        if org_id is None:
            self.ui.orgEdit.clear()
        else:
            with self.context.db.session() as session:
                self.ui.orgEdit.setText(get_organization(session, self.context.actor, org_id).data.name)
        self.update_preview()

    def _choose_org(self) -> None:
        node = ChooseOrgDialog.choose(self, self.context, title=self.tr("Households of…"), current_id=self._org_id,
                                      hint=self.tr("A township (or any union): every household on file under it."))
        if node is not None:
            self.set_org(node.id)

    def update_preview(self) -> None:
        """The same selection as generating, without writing (a count, a total, the warnings)."""
        ui = self.ui
        try:
            with self.context.db.session() as session:
                preview = generate_disbursements(session, self.context.actor, self.campaign_id, self.bulk_filter(),
                                                 dry_run=True, today=self.today)
        except ServiceError as exc:
            self.preview = None
            ui.previewLabel.setText("")
            ui.warningLabel.setText(exc.message)
            self.ok_button.setEnabled(False)
            return
        self.preview = preview
        text = self.tr("%1 households, %2 yuan").replace("%1", str(preview.created)) \
            .replace("%2", f"{preview.total_money:,.2f}")
        if preview.total_goods_value:
            text += self.tr(", goods worth %1 yuan").replace("%1", f"{preview.total_goods_value:,.2f}")
        ui.previewLabel.setText(text)
        ui.warningLabel.setText("\n".join(preview.warnings))
        self.ok_button.setEnabled(preview.created > 0)

    def generate(self) -> None:
        try:
            paid_on = read_date(self.ui.paidOnEdit, today=self.today, allow_future=False)
        except DomainError as exc:
            self.ui.messageLabel.setText(exc.message)
            return
        if self.preview is not None and any("超出预算" in w for w in self.preview.warnings):
            answer = QMessageBox.question(self, self.tr("Over budget"),
                                          "\n".join(self.preview.warnings) + "\n\n" + self.tr("Generate anyway?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        db, actor, campaign_id, flt, today = (self.context.db, self.context.actor, self.campaign_id,
                                              self.bulk_filter(), self.today)
        handler = read_text(self.ui.handlerEdit)

        def body(report):
            with db.session() as session:
                return generate_disbursements(session, actor, campaign_id, flt, paid_on=paid_on, handler=handler,
                                              today=today, progress=jobs.cancellable(report))

        self.ok_button.setEnabled(False)
        self.job = jobs.run_with_progress(self, self.tr("Generating payments…"), body, writes=True,
                                          on_finished=self._generated, on_failed=self._failed)
        self.job.signals.cancelled.connect(lambda: self.ok_button.setEnabled(True))

    def _failed(self, message: str) -> None:
        self.ok_button.setEnabled(True)
        self.ui.messageLabel.setText(message)

    def _generated(self, result: BulkResult) -> None:
        self.result = result
        self.context.events.announce("aid")
        text = self.tr("%1 payments generated, %2 yuan.").replace("%1", str(result.created)) \
            .replace("%2", f"{result.total_money:,.2f}")
        if result.warnings:
            text += "\n" + "\n".join(result.warnings)
        QMessageBox.information(self, self.tr("Payments generated"), text)
        self.accept()

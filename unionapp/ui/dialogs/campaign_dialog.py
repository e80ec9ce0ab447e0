"""An aid campaign (帮扶活动, DESIGN §2.3): name, year, kind, budget, fund source, who pays out, dates,
and its standards — the amount or goods by 困难类别, for 金秋助学 also by school level and
whether the family is on file. The number ("2026-001") is given when it is first saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLineEdit, QPlainTextEdit, QWidget

from unionapp.domain.errors import DomainError
from unionapp.services.aid_campaigns import (
    CampaignDetail,
    CampaignInput,
    StandardInput,
    create_campaign,
    get_campaign,
    update_campaign,
)
from unionapp.services.code_lookup import code_options
from unionapp.services.errors import ServiceError, ValidationError
from unionapp.services.rights import Right
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.choose_org_dialog import ChooseOrgDialog
from unionapp.ui.dialogs.form_support import (
    FieldErrors,
    combo_value,
    fill_combo,
    read_date,
    read_text,
    set_combo_value,
    show_date,
    tidy_date,
)
from unionapp.ui.forms.ui_campaign_dialog import Ui_CampaignDialog
from unionapp.ui.models.editable_rows import ChoiceDelegate, EditableRowsModel

STANDARD_KEYS = ("category", "school_level", "on_file", "amount", "goods", "goods_value")
YES, NO = "是", "否"


def _money(value) -> str:
    return "" if value is None else f"{value:.2f}"


class CampaignDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *, campaign_id: int | None = None,
                 today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.campaign_id = campaign_id
        self.today = today or date.today()
        self.detail: CampaignDetail | None = None
        self.saved_id: int | None = None
        self._org_id: int | None = None
        self.ui = Ui_CampaignDialog()
        self.ui.setupUi(self)
        ui = self.ui
        with context.db.session() as session:
            options = code_options(session, context.actor, ["aid_kind", "hardship_category", "school_level"])
        fill_combo(ui.kindCombo, [(o.name, o.name) for o in options["aid_kind"]])
        self.standards_model = EditableRowsModel(
            [("category", self.tr("Category")), ("school_level", self.tr("School level")),
             ("on_file", self.tr("Family on file")), ("amount", self.tr("Amount (yuan)")), ("goods", self.tr("Goods")),
             ("goods_value", self.tr("Value of goods"))], self)
        ui.standardsView.setModel(self.standards_model)
        self._delegates = [ChoiceDelegate([o.name for o in options["hardship_category"]], ui.standardsView),
                           ChoiceDelegate([o.name for o in options["school_level"]], ui.standardsView),
                           ChoiceDelegate((YES, NO), ui.standardsView)]
        for column, delegate in enumerate(self._delegates):
            ui.standardsView.setItemDelegateForColumn(column, delegate)
        ui.standardsView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.errors = FieldErrors({"name": ui.nameEdit, "year": ui.yearSpin, "kind": ui.kindCombo,
                                   "budget": ui.budgetEdit, "started_on": ui.startedOnEdit,
                                   "ended_on": ui.endedOnEdit, "org_id": ui.orgEdit}, ui.messageLabel)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.chooseOrgButton.clicked.connect(self._choose_org)
        ui.clearOrgButton.clicked.connect(lambda: self._set_org(None, ""))
        ui.addStandardButton.clicked.connect(lambda: self.standards_model.add_row())
        ui.removeStandardButton.clicked.connect(self._remove_standard)
        for edit in (ui.startedOnEdit, ui.endedOnEdit):
            edit.editingFinished.connect(lambda edit=edit: tidy_date(edit))
        if campaign_id is None:
            self.setWindowTitle(self.tr("New aid campaign"))
            ui.numberValue.setText(self.tr("given when saved"))
            ui.yearSpin.setValue(self.today.year)
            ui.usedValue.setText("")
        else:
            self.reload()
        if not context.actor.has(Right.EDIT):
            for widget in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
                widget.setReadOnly(True)
            for widget in (ui.kindCombo, ui.yearSpin, ui.chooseOrgButton, ui.clearOrgButton, ui.addStandardButton,
                           ui.removeStandardButton):
                widget.setEnabled(False)
            self.standards_model.read_only = True
            self.save_button.hide()

    def reload(self) -> None:
        with self.context.db.session() as session:
            detail = get_campaign(session, self.context.actor, self.campaign_id)
        self.detail = detail
        ui, d = self.ui, detail.data
        self.setWindowTitle(f"{detail.number} {d.name}")
        ui.numberValue.setText(detail.number)
        ui.nameEdit.setText(d.name)
        ui.yearSpin.setValue(d.year)
        ui.yearSpin.setEnabled(False)  # the number was given by year
        set_combo_value(ui.kindCombo, d.kind)
        ui.budgetEdit.setText(_money(d.budget))
        ui.fundSourceEdit.setText(d.fund_source or "")
        self._set_org(d.org_id, detail.org_name or "")
        show_date(ui.startedOnEdit, d.started_on)
        show_date(ui.endedOnEdit, d.ended_on)
        ui.remarkEdit.setPlainText(d.remark or "")
        b = detail.budget
        used = self.tr("%1 yuan paid to %2 people").replace("%1", f"{b.used:,.2f}").replace("%2", str(b.people))
        if b.left is not None:
            used += self.tr("; %1 yuan left").replace("%1", f"{b.left:,.2f}")
        ui.usedValue.setText(used)
        self.standards_model.set_rows([
            {"category": s.category, "school_level": s.school_level,
             "on_file": "" if s.on_file is None else (YES if s.on_file else NO), "amount": _money(s.amount),
             "goods": s.goods, "goods_value": _money(s.goods_value)} for s in d.standards])

    def _set_org(self, org_id: int | None, name: str) -> None:
        self._org_id = org_id
        self.ui.orgEdit.setText(name)

    def _choose_org(self) -> None:
        node = ChooseOrgDialog.choose(self, self.context, title=self.tr("Paid out by"), current_id=self._org_id)
        if node is not None:
            self._set_org(node.id, node.name)

    def _remove_standard(self) -> None:
        index = self.ui.standardsView.currentIndex()
        if index.isValid():
            self.standards_model.remove_row(index.row())

    def input(self) -> CampaignInput:
        ui = self.ui
        dates = {}
        for key, edit in (("started_on", ui.startedOnEdit), ("ended_on", ui.endedOnEdit)):
            try:
                dates[key] = read_date(edit)
            except DomainError as exc:
                raise ValidationError({key: exc.message}) from None
        standards = tuple(
            StandardInput(category=r["category"] or None, school_level=r["school_level"] or None,
                          on_file=None if not r["on_file"] else r["on_file"] == YES, amount=r["amount"] or None,
                          goods=r["goods"] or None, goods_value=r["goods_value"] or None)
            for r in self.standards_model.rows())
        return CampaignInput(name=ui.nameEdit.text().strip(), year=ui.yearSpin.value(),
                             kind=combo_value(ui.kindCombo) or "", budget=read_text(ui.budgetEdit),
                             fund_source=read_text(ui.fundSourceEdit), org_id=self._org_id,
                             remark=read_text(ui.remarkEdit), standards=standards, **dates)

    def save(self) -> None:
        actor = self.context.actor
        try:
            data = self.input()
            with self.context.db.session() as session:
                if self.campaign_id is None:
                    result = create_campaign(session, actor, data)
                else:
                    result = update_campaign(session, actor, self.campaign_id, data, self.detail.version)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ServiceError as exc:
            self.errors.clear()
            self.ui.messageLabel.setText(exc.message)
            return
        self.saved_id = result.id
        self.context.events.announce("aid")
        self.accept()


def open_campaign_dialog(parent: QWidget | None, context: AppContext, campaign_id: int | None = None, *,
                         today: date | None = None) -> int | None:
    dialog = CampaignDialog(context, parent, campaign_id=campaign_id, today=today)
    try:
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()

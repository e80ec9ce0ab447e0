"""A visit (走访慰问记录, DESIGN §2.4): when, what kind, who visited whom (a member, a household on
file, a model worker, an employer or anyone), where, what was given (money, goods with their
value), what was learned, the follow-up and its outcome, and photos.

Money given can be registered as a payment of a chosen campaign (under the campaign's rules) or
linked to a payment already recorded there."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeDatabase, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from unionapp.domain.errors import DomainError
from unionapp.domain.hardship import VISIT_TARGETS
from unionapp.services.aid_search import (
    CampaignFilter,
    DisbursementFilter,
    list_campaigns,
    search_disbursements,
)
from unionapp.services.code_lookup import code_options
from unionapp.services.errors import ServiceError, ValidationError
from unionapp.services.rights import Right
from unionapp.services.visits import (
    GoodsInput,
    VisitDetail,
    VisitInput,
    add_photo,
    close_follow_up,
    create_visit,
    delete_photo,
    get_photo,
    get_visit,
    update_visit,
)
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.aid_support import (
    choose_one,
    describe_file,
    describe_member,
    find_files,
    find_members,
)
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
from unionapp.ui.forms.ui_visit_dialog import Ui_VisitDialog
from unionapp.ui.models.editable_rows import EditableRowsModel
from unionapp.ui.models.rows_table import RowsTableModel

PAY_NONE, PAY_NEW, PAY_LINK = "none", "new", "link"


def _money(value) -> str:
    return "" if value is None else f"{value:.2f}"


class VisitDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *, visit_id: int | None = None,
                 today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.visit_id = visit_id
        self.today = today or date.today()
        self.detail: VisitDetail | None = None
        self.saved_id: int | None = None
        self.warnings: tuple[str, ...] = ()
        self._member_id: int | None = None
        self._file_id: int | None = None
        self._employer_org_id: int | None = None
        self._org_id: int | None = None
        self._pending_photos: list[tuple[str, bytes, str]] = []
        self.ui = Ui_VisitDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.can_edit = context.actor.has(Right.EDIT)
        with context.db.session() as session:
            kinds = code_options(session, context.actor, ["visit_kind"])["visit_kind"]
            self.campaigns = list_campaigns(session, context.actor, CampaignFilter(status="open"), limit=500)
        fill_combo(ui.kindCombo, [(o.name, o.name) for o in kinds])
        fill_combo(ui.targetCombo, [(label, key) for key, label in VISIT_TARGETS.items()], blank=False)
        fill_combo(ui.paymentCombo, [(self.tr("Not recorded as aid"), PAY_NONE),
                                     (self.tr("A new payment of the campaign"), PAY_NEW),
                                     (self.tr("A payment already recorded"), PAY_LINK)], blank=False)
        fill_combo(ui.campaignCombo, [(f"{c.number} {c.name}", c.id) for c in self.campaigns])
        self.goods_model = EditableRowsModel([("item", self.tr("Goods")), ("quantity", self.tr("Quantity")),
                                              ("value", self.tr("Value (yuan)"))], self)
        ui.goodsView.setModel(self.goods_model)
        ui.goodsView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.photos_model = RowsTableModel([self.tr("Photo"), self.tr("Size"), self.tr("Added on")], self)
        ui.photosView.setModel(self.photos_model)
        ui.photosView.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.errors = FieldErrors({
            "visited_on": ui.visitedOnEdit, "kind": ui.kindCombo, "visitors": ui.visitorsEdit, "target": ui.targetCombo,
            "member_id": ui.findEdit, "hardship_file_id": ui.findEdit, "visitee_name": ui.visiteeNameEdit,
            "visitee_id_number": ui.visiteeIdNumberEdit, "org_id": ui.orgEdit, "money": ui.moneyEdit,
            "disbursement_id": ui.disbursementCombo, "campaign_id": ui.campaignCombo, "amount": ui.moneyEdit,
            "duplicate": ui.campaignCombo, "follow_up": ui.followUpTextEdit, "learned": ui.learnedEdit,
        }, ui.messageLabel)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.targetCombo.currentIndexChanged.connect(lambda _i: self._target_changed())
        ui.findButton.clicked.connect(self.find)
        ui.findEdit.returnPressed.connect(self.find)
        ui.chooseOrgButton.clicked.connect(self._choose_org)
        ui.clearOrgButton.clicked.connect(lambda: self._set_org(None, ""))
        ui.paymentCombo.currentIndexChanged.connect(lambda _i: self._payment_changed())
        ui.campaignCombo.currentIndexChanged.connect(lambda _i: self._fill_disbursements())
        ui.followUpCheck.toggled.connect(lambda _c: self._follow_up_changed())
        ui.addGoodsButton.clicked.connect(lambda: self.goods_model.add_row())
        ui.removeGoodsButton.clicked.connect(self._remove_goods)
        ui.addPhotoButton.clicked.connect(lambda: self.add_photo())
        ui.openPhotoButton.clicked.connect(self.open_photo)
        ui.removePhotoButton.clicked.connect(self.remove_photo)
        ui.closeFollowUpButton.clicked.connect(lambda: self.close_follow_up())
        ui.visitedOnEdit.editingFinished.connect(lambda: tidy_date(ui.visitedOnEdit))
        if visit_id is None:
            self.setWindowTitle(self.tr("New visit"))
            ui.recordNoValue.setText(self.tr("given when saved"))
            show_date(ui.visitedOnEdit, self.today)
            ui.closeFollowUpButton.hide()
        else:
            self.reload()
        self._target_changed()
        self._payment_changed()
        self._follow_up_changed()
        if not self.can_edit:
            self._read_only()

    # ------------------------------------------------------------------ showing
    def reload(self) -> None:
        with self.context.db.session() as session:
            detail = get_visit(session, self.context.actor, self.visit_id)
        self.show_detail(detail)

    def show_detail(self, detail: VisitDetail) -> None:
        ui, d = self.ui, detail.data
        self.detail = detail
        self.setWindowTitle(f"{d.visitee_name}（{detail.record_no}）")
        ui.recordNoValue.setText(detail.record_no)
        show_date(ui.visitedOnEdit, d.visited_on)
        set_combo_value(ui.kindCombo, d.kind)
        ui.visitorsEdit.setText(d.visitors)
        ui.targetCombo.blockSignals(True)
        set_combo_value(ui.targetCombo, d.target)
        ui.targetCombo.blockSignals(False)
        self._member_id, self._file_id, self._employer_org_id = d.member_id, d.hardship_file_id, d.employer_org_id
        ui.chosenValue.setText(d.visitee_name if (d.member_id or d.hardship_file_id or d.employer_org_id) else "")
        ui.visiteeNameEdit.setText(d.visitee_name)
        ui.visiteeIdNumberEdit.setText(d.visitee_id_number or "")
        ui.visiteeUnitEdit.setText(d.visitee_unit or "")
        ui.visiteePhoneEdit.setText(d.visitee_phone or "")
        self._set_org(d.org_id, detail.org_name or "")
        ui.placeEdit.setText(d.place or "")
        ui.moneyEdit.setText(_money(d.money))
        self.goods_model.set_rows([{"item": g.item, "quantity": g.quantity, "value": _money(g.value)} for g in d.goods])
        ui.learnedEdit.setPlainText(d.learned or "")
        ui.followUpCheck.setChecked(d.follow_up_needed)
        ui.followUpTextEdit.setPlainText(d.follow_up or "")
        ui.remarkEdit.setPlainText(d.remark or "")
        ui.recordedByValue.setText(detail.recorded_by or "")
        if detail.follow_up_closed_on:
            ui.outcomeValue.setText(f"{detail.follow_up_closed_on.isoformat()} {detail.follow_up_closed_by or ''}："
                                    f"{detail.follow_up_outcome or ''}")
        else:
            ui.outcomeValue.setText(self.tr("Still open") if d.follow_up_needed else "")
        ui.closeFollowUpButton.setVisible(detail.follow_up_open and self.can_edit)
        ui.linkedValue.setText(detail.disbursement_text or "")
        # A visit's money goes into a campaign when it is first recorded; later only a link can change.
        index = ui.paymentCombo.findData(PAY_NEW)
        ui.paymentCombo.model().item(index).setEnabled(False)
        set_combo_value(ui.paymentCombo, PAY_LINK if d.disbursement_id else PAY_NONE)
        if detail.masked:
            for edit in (ui.visiteeIdNumberEdit, ui.visiteePhoneEdit):
                edit.setReadOnly(True)
                edit.setToolTip(self.tr("Shown masked: you do not have the right to see ID numbers"))
        self._show_photos()

    def _show_photos(self) -> None:
        saved = self.detail.photos if self.detail else ()
        self.photos_model.set_rows(
            [[p.filename, f"{p.size / 1024:,.0f} KB", p.uploaded_at.strftime("%Y-%m-%d")] for p in saved]
            + [[n, f"{len(data) / 1024:,.0f} KB", self.tr("(added when saved)")] for n, data, _m in self._pending_photos],
            list(saved) + [None] * len(self._pending_photos))

    def _read_only(self) -> None:
        ui = self.ui
        for widget in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            widget.setReadOnly(True)
        for widget in self.findChildren(QComboBox):
            widget.setEnabled(False)
        ui.followUpCheck.setEnabled(False)
        for widget in (ui.findButton, ui.chooseOrgButton, ui.clearOrgButton, ui.addGoodsButton, ui.removeGoodsButton,
                       ui.addPhotoButton, ui.removePhotoButton, ui.closeFollowUpButton):
            widget.hide()
        self.goods_model.read_only = True
        self.save_button.hide()

    # ------------------------------------------------------------------ whom
    def target(self) -> str:
        return combo_value(self.ui.targetCombo) or "member"

    def _target_changed(self) -> None:
        ui, target = self.ui, self.target()
        from_record = target in ("member", "hardship", "employer")
        ui.visitForm.setRowVisible(ui.findLayout, from_record and target != "employer")
        ui.visitForm.setRowVisible(ui.chosenValue, from_record)
        record = target in ("member", "hardship")
        for edit in (ui.visiteeNameEdit, ui.visiteeIdNumberEdit):
            edit.setReadOnly(record or not self.can_edit or "*" in edit.text())
        ui.visitForm.setRowVisible(ui.visiteeIdNumberEdit, target != "employer")
        if target != "member":
            self._member_id = None if target != "hardship" else self._member_id
        if target != "hardship":
            self._file_id = None
        if target != "employer":
            self._employer_org_id = None
        ui.findEdit.setPlaceholderText(self.tr("Name, part of the ID number or file no.") if target == "hardship"
                                       else self.tr("Name, part of the ID number or member no."))

    def find(self) -> None:
        text = self.ui.findEdit.text()
        if self.target() == "hardship":
            row = choose_one(self, self.tr("Find a household on file"), find_files(self.context, text, "open"),
                             describe_file)
            if row is not None:
                self.set_hardship_file(row)
        elif self.target() == "member":
            row = choose_one(self, self.tr("Find a member"), find_members(self.context, text), describe_member)
            if row is not None:
                self.set_member(row)

    def set_hardship_file(self, row) -> None:
        ui = self.ui
        set_combo_value(ui.targetCombo, "hardship")
        self._file_id, self._member_id = row.id, row.member_id
        ui.chosenValue.setText(describe_file(row))
        ui.visiteeNameEdit.setText(row.name)
        ui.visiteeIdNumberEdit.setText(row.id_number)
        ui.visiteeUnitEdit.setText(row.unit_name or "")
        self._set_org(row.org_id, row.org_name)
        self._fill_disbursements()

    def set_member(self, row) -> None:
        ui = self.ui
        set_combo_value(ui.targetCombo, "member")
        self._member_id, self._file_id = row.id, None
        ui.chosenValue.setText(describe_member(row))
        ui.visiteeNameEdit.setText(row.name)
        ui.visiteeIdNumberEdit.setText(row.id_number)
        self._set_org(row.org_id, row.org_name)
        self._fill_disbursements()

    def _set_org(self, org_id: int | None, name: str) -> None:
        self._org_id = org_id
        self.ui.orgEdit.setText(name)
        self.ui.orgEdit.setCursorPosition(0)

    def _choose_org(self) -> None:
        employer = self.target() == "employer"
        node = ChooseOrgDialog.choose(self, self.context, title=self.tr("The employer's union") if employer
                                      else self.tr("The union the visit counts for"), current_id=self._org_id)
        if node is not None:
            self._set_org(node.id, node.name)
            if employer:
                self._employer_org_id = node.id
                self.ui.chosenValue.setText(node.name)

    # ------------------------------------------------------------------ money and goods
    def _payment_changed(self) -> None:
        ui = self.ui
        mode = combo_value(ui.paymentCombo) or PAY_NONE
        ui.giftForm.setRowVisible(ui.campaignCombo, mode != PAY_NONE)
        ui.giftForm.setRowVisible(ui.disbursementCombo, mode == PAY_LINK)
        ui.giftForm.setRowVisible(ui.linkedValue, bool(ui.linkedValue.text()))
        self._fill_disbursements()

    def _fill_disbursements(self) -> None:
        """The payments of the chosen campaign to this visitee (or all of it when nobody is chosen)."""
        ui = self.ui
        campaign_id = ui.campaignCombo.currentData()
        current = self.detail.data.disbursement_id if self.detail else None
        items = []
        if campaign_id is not None and (combo_value(ui.paymentCombo) == PAY_LINK):
            flt = DisbursementFilter(campaign_id=campaign_id, hardship_file_id=self._file_id,
                                     member_id=self._member_id if self._file_id is None else None)
            with self.context.db.session() as session:
                rows = search_disbursements(session, self.context.actor, flt, limit=500)
            items = [(f"{r.name} {_money(r.amount) or r.goods or ''} {r.paid_on.isoformat()}", r.id) for r in rows]
        fill_combo(ui.disbursementCombo, items)
        if current is not None:
            index = ui.disbursementCombo.findData(current)
            if index >= 0:
                ui.disbursementCombo.setCurrentIndex(index)

    def set_payment(self, mode: str, campaign_id: int | None = None, disbursement_id: int | None = None) -> None:
        ui = self.ui
        set_combo_value(ui.paymentCombo, mode)
        if campaign_id is not None:
            ui.campaignCombo.setCurrentIndex(ui.campaignCombo.findData(campaign_id))
        if disbursement_id is not None:
            ui.disbursementCombo.setCurrentIndex(ui.disbursementCombo.findData(disbursement_id))

    def _remove_goods(self) -> None:
        index = self.ui.goodsView.currentIndex()
        if index.isValid():
            self.goods_model.remove_row(index.row())

    def _follow_up_changed(self) -> None:
        self.ui.followUpTextEdit.setEnabled(self.ui.followUpCheck.isChecked())

    # ------------------------------------------------------------------ photos and follow-up
    def add_photo(self, path: str | None = None) -> None:
        if path is None:
            path, _f = QFileDialog.getOpenFileName(self, self.tr("Add a photo"), "",
                                                   self.tr("Images (*.jpg *.jpeg *.png *.bmp)"))
        if not path:
            return
        data = Path(path).read_bytes()
        mime = QMimeDatabase().mimeTypeForFile(path).name()
        if self.visit_id is None:
            self._pending_photos.append((Path(path).name, data, mime))
        else:
            try:
                with self.context.db.session() as session:
                    add_photo(session, self.context.actor, self.visit_id, Path(path).name, data, mime)
            except ServiceError as exc:
                self.ui.messageLabel.setText(exc.message)
                return
            self._reload_photos()
        self._show_photos()

    def _reload_photos(self) -> None:
        with self.context.db.session() as session:
            self.detail = get_visit(session, self.context.actor, self.visit_id)

    def _selected_photo(self):
        index = self.ui.photosView.currentIndex()
        return (index.row(), self.photos_model.object_at(index.row())) if index.isValid() else (-1, None)

    def open_photo(self) -> Path | None:
        _row, info = self._selected_photo()
        if info is None:
            return None
        with self.context.db.session() as session:
            name, _mime, data = get_photo(session, self.context.actor, info.id)
        target = Path(tempfile.mkdtemp(prefix="unionapp-photo-")) / name
        target.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target

    def remove_photo(self) -> None:
        row, info = self._selected_photo()
        if row < 0:
            return
        if info is None:
            del self._pending_photos[row - len(self.detail.photos if self.detail else ())]
        else:
            try:
                with self.context.db.session() as session:
                    delete_photo(session, self.context.actor, info.id)
            except ServiceError as exc:
                self.ui.messageLabel.setText(exc.message)
                return
            self._reload_photos()
        self._show_photos()

    def close_follow_up(self, outcome: str | None = None) -> bool:
        """Record the follow-up's outcome (asked for when not given)."""
        if self.detail is None:
            return False
        if outcome is None:
            outcome, ok = QInputDialog.getMultiLineText(self, self.tr("Follow-up done"),
                                                        self.tr("What was done, and the outcome:"))
            if not ok:
                return False
        try:
            with self.context.db.session() as session:
                close_follow_up(session, self.context.actor, self.visit_id, outcome,
                                expected_version=self.detail.version, today=self.today)
        except ServiceError as exc:
            self.ui.messageLabel.setText(exc.message)
            return False
        self.context.events.announce("visit")
        self.reload()
        return True

    # ------------------------------------------------------------------ saving
    def input(self) -> VisitInput:
        ui = self.ui
        try:
            visited_on = read_date(ui.visitedOnEdit, today=self.today, allow_future=False)
        except DomainError as exc:
            raise ValidationError({"visited_on": exc.message}) from None
        goods = tuple(GoodsInput(r["item"], r["quantity"] or None, r["value"] or None)
                      for r in self.goods_model.rows())
        mode = combo_value(ui.paymentCombo) or PAY_NONE
        return VisitInput(
            visited_on=visited_on, kind=combo_value(ui.kindCombo) or "", visitors=ui.visitorsEdit.text().strip(),
            target=self.target(), member_id=self._member_id, hardship_file_id=self._file_id,
            employer_org_id=self._employer_org_id, visitee_name=ui.visiteeNameEdit.text().strip(),
            visitee_id_number=read_text(ui.visiteeIdNumberEdit), visitee_unit=read_text(ui.visiteeUnitEdit),
            visitee_phone=read_text(ui.visiteePhoneEdit), org_id=self._org_id, place=read_text(ui.placeEdit),
            money=read_text(ui.moneyEdit), goods=goods, learned=read_text(ui.learnedEdit),
            follow_up_needed=ui.followUpCheck.isChecked(), follow_up=read_text(ui.followUpTextEdit),
            remark=read_text(ui.remarkEdit),
            disbursement_id=self._linked_id() if mode == PAY_LINK else None,
        )

    def _linked_id(self) -> int | None:
        """The payment chosen in the list, else the one the visit is already linked to."""
        chosen = self.ui.disbursementCombo.currentData()
        if chosen is not None:
            return chosen
        return self.detail.data.disbursement_id if self.detail else None

    def save(self) -> None:
        ui, actor = self.ui, self.context.actor
        mode = combo_value(ui.paymentCombo) or PAY_NONE
        campaign_id = ui.campaignCombo.currentData()
        keeps_link = mode == PAY_LINK and self._linked_id() is not None
        if mode != PAY_NONE and campaign_id is None and not keeps_link:
            self.errors.show({"campaign_id": self.tr("Choose the campaign the money belongs to")})
            return
        if mode == PAY_LINK and self._linked_id() is None:
            self.errors.show({"disbursement_id": self.tr("Choose the payment this visit made")})
            return
        try:
            data = self.input()
            with self.context.db.session() as session:
                if self.visit_id is None:
                    result = create_visit(session, actor, data, today=self.today,
                                          pay_in_campaign_id=campaign_id if mode == PAY_NEW else None)
                    for name, content, mime in self._pending_photos:
                        add_photo(session, actor, result.id, name, content, mime)
                else:
                    result = update_visit(session, actor, self.visit_id, data, self.detail.version, today=self.today)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ServiceError as exc:
            self.errors.clear()
            ui.messageLabel.setText(exc.message)
            return
        self.saved_id, self.warnings = result.id, result.warnings
        self._pending_photos = []
        self.context.events.announce("visit")
        if result.disbursement_id is not None:
            self.context.events.announce("aid")
        if result.warnings:
            QMessageBox.warning(self, self.tr("Saved, but please note"), "\n".join(result.warnings))
        self.accept()


def open_visit(parent: QWidget | None, context: AppContext, visit_id: int | None = None, *,
               today: date | None = None) -> int | None:
    dialog = VisitDialog(context, parent, visit_id=visit_id, today=today)
    try:
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()

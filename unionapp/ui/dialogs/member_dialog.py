"""The member record of DESIGN §2.2, its photo and its 会籍 history with the actions that add to it;
its card history and the printed 会员登记表 come from member_cards_tab.

Typing an ID number fills the birth date and sex (the ID wins, as in the importers); field
problems are shown under the field while typing, and the service's own messages after saving.
A user without 查看敏感信息 sees the masked ID and phone the service returns, read-only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from unionapp.domain.dates import parse_clerk_date
from unionapp.domain.member_check import RESIDENT_ID, check_member
from unionapp.domain.membership import ALLOWED_EVENTS
from unionapp.domain.org_levels import MEMBER_LEVELS
from unionapp.services.cards import card_history
from unionapp.services.code_lookup import code_options
from unionapp.services.errors import ConflictError, ServiceError, ValidationError
from unionapp.services.members import (
    MemberDetail,
    MemberInput,
    create_member,
    get_member,
    get_photo,
    list_transfers,
    set_photo,
    update_member,
)
from unionapp.services.organizations import get_organization
from unionapp.services.rights import Right
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.choose_org_dialog import ChooseOrgDialog
from unionapp.ui.dialogs.form_support import (
    FieldErrors,
    combo_value,
    fill_combo,
    read_text,
    set_combo_value,
    show_date,
    tidy_date,
)
from unionapp.ui.dialogs.member_cards_tab import MemberCardsTab
from unionapp.ui.dialogs.membership_event_dialog import MembershipEventDialog
from unionapp.ui.dialogs.photo_crop import PhotoCropDialog
from unionapp.ui.dialogs.transfer_dialog import MemberTransferDialog
from unionapp.ui.forms.ui_member_dialog import Ui_MemberDialog
from unionapp.ui.models.rows_table import RowsTableModel

# form field → (widget attribute, dictionary category for combos or None)
_COMBOS = {
    "id_type": ("idTypeCombo", "id_type"),
    "sex": ("sexCombo", "gender"),
    "nation": ("nationCombo", "nation"),
    "education": ("educationCombo", "education"),
    "political_status": ("politicalStatusCombo", "political_status"),
    "hukou_type": ("hukouTypeCombo", "hukou_type"),
    "employment_form": ("employmentFormCombo", "employment_form"),
    "new_employment_form": ("newEmploymentFormCombo", "new_employment_form"),
    "skill_level": ("skillLevelCombo", "skill_level"),
}
_LINES = {"name": "nameEdit", "id_number": "idNumberEdit", "birth_date": "birthDateEdit", "phone": "phoneEdit",
          "employer_name": "employerNameEdit", "post": "postEdit", "joined_on": "joinedOnEdit",
          "card_no": "cardNoEdit"}
_EVENT_BUTTONS = {"retain": "retainButton", "leave": "leaveButton", "expel": "expelButton", "death": "deathButton",
                  "rejoin": "rejoinButton"}
PHOTO_SIZE = QSize(120, 168)


class MemberDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *, member_id: int | None = None,
                 org_id: int | None = None, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.member_id = member_id
        self.today = today or date.today()
        self.detail: MemberDetail | None = None
        self.saved_id: int | None = None
        self.warnings: tuple[str, ...] = ()
        self._org_id = org_id
        self._pending_photo: bytes | None = None
        self._pending: list = []  # transfers of this member waiting for review
        self._touched: set[str] = set()
        self._loading = True
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.can_edit = context.actor.has(Right.EDIT)

        self.fields: dict[str, QWidget] = {key: getattr(ui, name) for key, name in _LINES.items()}
        self.fields.update({key: getattr(ui, name) for key, (name, _c) in _COMBOS.items()})
        self.fields.update(org_id=ui.orgEdit, is_migrant=ui.isMigrantCheck, remark=ui.remarkEdit)
        self.errors = FieldErrors(self.fields, ui.messageLabel)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.chooseOrgButton.clicked.connect(self._choose_org)
        ui.photoButton.clicked.connect(self.choose_photo)
        ui.transferButton.clicked.connect(self.transfer)
        for kind, name in _EVENT_BUTTONS.items():
            getattr(ui, name).clicked.connect(lambda _checked=False, kind=kind: self.record(kind))
        self.events_model = RowsTableModel([self.tr("Date"), self.tr("Change"), self.tr("Union"),
                                            self.tr("Other union"), self.tr("Reason"), self.tr("Recorded by")], self)
        ui.eventsView.setModel(self.events_model)
        ui.eventsView.verticalHeader().hide()
        ui.eventsView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.eventsView.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # the reason
        self.cards = MemberCardsTab(self, context, ui)  # the 制卡记录 tab and "Print registration form…"
        self.preview = None  # the registration form's print preview, once shown

        with context.db.session() as session:
            self.options = code_options(session, context.actor, [c for _n, c in _COMBOS.values()])
        for key, (name, category) in _COMBOS.items():
            combo: QComboBox = getattr(ui, name)
            fill_combo(combo, [(o.name, o.name) for o in self.options[category]], blank=key != "id_type")
        set_combo_value(ui.idTypeCombo, RESIDENT_ID)
        if member_id is not None:
            self.reload()
        else:
            self._start_new()
        self._connect_live_checks()
        if not self.can_edit:
            self._read_only()
        self._loading = False

    # ------------------------------------------------------------------ showing
    def _start_new(self) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("New member"))
        ui.headerLabel.setText(self.tr("New member"))
        ui.memberNoValue.setText(self.tr("given when saved"))
        show_date(ui.joinedOnEdit, self.today)
        if self._org_id is not None:
            with self.context.db.session() as session:
                org = get_organization(session, self.context.actor, self._org_id)
            if org.data.level in MEMBER_LEVELS and org.status == "normal":
                ui.orgEdit.setText(org.data.name)
            else:
                self._org_id = None
        ui.tabs.setTabEnabled(ui.tabs.indexOf(ui.historyTab), False)
        self.cards.start_new()

    def reload(self) -> None:
        with self.context.db.session() as session:
            detail = get_member(session, self.context.actor, self.member_id)
            photo = get_photo(session, self.context.actor, self.member_id) if detail.has_photo else None
            pending = [t for t in list_transfers(session, self.context.actor) if t.member_id == self.member_id]
            cards = card_history(session, self.context.actor, self.member_id)
        self.show_detail(detail)
        self._show_photo(photo)
        self._show_pending(pending)
        self.cards.show_history(cards, detail.data.card_no)

    def show_detail(self, detail: MemberDetail) -> None:
        ui, data = self.ui, detail.data
        self.detail = detail
        self._org_id = data.org_id
        self.setWindowTitle(f"{data.name}（{detail.member_no}）")
        ui.headerLabel.setText(f"{data.name}　{detail.member_no}")
        ui.memberNoValue.setText(detail.member_no)
        for key, name in _LINES.items():
            value = getattr(data, key)
            getattr(ui, name).setText(value.isoformat() if isinstance(value, date) else (value or ""))
        for key, (name, _c) in _COMBOS.items():
            set_combo_value(getattr(ui, name), getattr(data, key))
        ui.isMigrantCheck.setChecked(bool(data.is_migrant))
        ui.remarkEdit.setPlainText(data.remark or "")
        ui.orgEdit.setText(detail.org_name)
        ui.orgEdit.setCursorPosition(0)  # a long union name shows its beginning
        ui.chooseOrgButton.setEnabled(False)
        ui.chooseOrgButton.setToolTip(self.tr("Use “Transfer…” on the membership tab to change the union"))
        if detail.masked:
            # What cannot be read cannot be corrected: the masked fields stay as the service sent them.
            ui.idNumberEdit.setReadOnly(True)
            ui.phoneEdit.setReadOnly(True)
            ui.idTypeCombo.setEnabled(False)
            ui.idNumberEdit.setToolTip(self.tr("Shown masked: you do not have the right to see ID numbers"))
        self._show_membership(detail)

    def _show_membership(self, detail: MemberDetail) -> None:
        on = f"（{detail.status_on.isoformat()}）" if detail.status_on else ""
        self.ui.statusValue.setText(detail.status_label + on)
        self.events_model.set_rows([
            [e.on.isoformat(), e.label, e.org_name or "", e.other_org_name or "", e.reason or "", e.created_by or ""]
            for e in detail.events
        ])
        self._update_actions()

    def _show_photo(self, image: bytes | None) -> None:
        label = self.ui.photoLabel
        if not image:
            label.setPixmap(QPixmap())
            label.setText(self.tr("No photo"))
            return
        pixmap = QPixmap.fromImage(QImage.fromData(image))
        label.setPixmap(pixmap.scaled(PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))

    def _show_pending(self, pending) -> None:
        self._pending = pending
        if pending:
            t = pending[0]
            self.ui.pendingLabel.setText(self.tr("A transfer to “%1” on %2 waits for review (requested by %3).")
                                         .replace("%1", t.to_org_name).replace("%2", t.on.isoformat())
                                         .replace("%3", t.requested_by or ""))
        else:
            self.ui.pendingLabel.setText("")
        self._update_actions()

    def _update_actions(self) -> None:
        ui = self.ui
        status = self.detail.status if self.detail else None
        allowed = ALLOWED_EVENTS.get(status, set())
        for kind, name in _EVENT_BUTTONS.items():
            getattr(ui, name).setEnabled(self.can_edit and kind in allowed)
        may_transfer = "transfer_out" in allowed or status == "transferred_out"
        ui.transferButton.setEnabled(self.can_edit and may_transfer and not self._pending)

    def _read_only(self) -> None:
        for widget in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            widget.setReadOnly(True)
        for name, _c in _COMBOS.values():
            getattr(self.ui, name).setEnabled(False)
        self.ui.isMigrantCheck.setEnabled(False)
        self.ui.chooseOrgButton.setEnabled(False)
        self.ui.photoButton.hide()
        self.save_button.hide()
        for name in (*_EVENT_BUTTONS.values(), "transferButton"):
            getattr(self.ui, name).hide()

    # ------------------------------------------------------------------ live checks
    def _connect_live_checks(self) -> None:
        ui = self.ui
        for key, name in _LINES.items():
            getattr(ui, name).textChanged.connect(lambda _t, key=key: self._changed(key))
        for name in ("birthDateEdit", "joinedOnEdit"):
            edit = getattr(ui, name)
            edit.editingFinished.connect(lambda edit=edit: tidy_date(edit))
        ui.sexCombo.currentIndexChanged.connect(lambda _i: self._changed("sex"))
        ui.idTypeCombo.currentIndexChanged.connect(lambda _i: self._changed("id_number"))
        ui.idNumberEdit.editingFinished.connect(lambda: self._changed("id_number", finished=True))

    def _changed(self, key: str, *, finished: bool = False) -> None:
        if self._loading:
            return
        if key == "id_number" and not self._id_ready(finished):
            self.errors.set_field("id_number", None)  # still typing: judge it once it is complete
            return
        self._touched.add(key)
        self.check()

    def _id_ready(self, finished: bool) -> bool:
        text = self.ui.idNumberEdit.text().strip()
        if self.detail is not None and self.detail.masked:
            return False
        # 18 characters are complete; a 15-digit old number is judged when the clerk leaves the field.
        return finished or combo_value(self.ui.idTypeCombo) != RESIDENT_ID or len(text) >= 18

    def raw_values(self) -> dict:
        ui = self.ui
        raw = {key: getattr(ui, name).text() for key, name in _LINES.items()}
        raw.update({key: combo_value(getattr(ui, name)) for key, (name, _c) in _COMBOS.items()})
        raw.update(is_migrant=ui.isMigrantCheck.isChecked(), remark=ui.remarkEdit.toPlainText(), org_id=self._org_id)
        return raw

    def check(self, *, everything: bool = False) -> dict[str, str]:
        """Check the form as the importers would; an ID that parses fills birth date and sex."""
        raw = self.raw_values()
        masked = self.detail is not None and self.detail.masked
        checked = check_member(raw, today=self.today)
        errors = {issue.field: issue.message for issue in checked.errors}
        if masked:
            errors.pop("id_number", None)
        elif "id_number" not in errors and checked.values.get("birth_date") and \
                combo_value(self.ui.idTypeCombo) == RESIDENT_ID and raw["id_number"].strip():
            self._fill_from_id(checked.values)
            errors.pop("birth_date", None)
        if self._org_id is None:
            errors["org_id"] = self.tr("Choose the member's union")
        shown = errors if everything else {k: v for k, v in errors.items() if k in self._touched}
        self.errors.show(shown, focus=everything)
        return errors

    def _fill_from_id(self, values: dict) -> None:
        ui = self.ui
        self._loading = True  # the filled-in fields must not count as typed by the clerk
        try:
            birth = values["birth_date"].isoformat()
            if ui.birthDateEdit.text() != birth:
                ui.birthDateEdit.setText(birth)
            if values.get("sex"):
                set_combo_value(ui.sexCombo, values["sex"])
        finally:
            self._loading = False

    # ------------------------------------------------------------------ actions
    def _choose_org(self) -> None:
        node = ChooseOrgDialog.choose(
            self, self.context, title=self.tr("The member's union"), current_id=self._org_id,
            hint=self.tr("Members are registered with a grassroots union or one of its branches."),
            selectable=lambda n: n.level in MEMBER_LEVELS and n.status == "normal",
        )
        if node is not None:
            self._org_id = node.id
            self.ui.orgEdit.setText(node.name)
            self.ui.orgEdit.setCursorPosition(0)
            self._touched.add("org_id")
            self.check()

    def choose_photo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), "",
                                                    self.tr("Images (*.jpg *.jpeg *.png *.bmp)"))
        if not path:
            return
        image = QImage(path)
        if image.isNull():
            QMessageBox.warning(self, self.tr("Photo"), self.tr("This file cannot be read as an image."))
            return
        jpeg = PhotoCropDialog.crop(self, image)
        if jpeg is not None:
            self._pending_photo = jpeg
            self._show_photo(jpeg)

    def input(self) -> MemberInput:
        ui = self.ui
        raw = self.raw_values()
        return MemberInput(
            name=raw["name"], id_number=raw["id_number"], id_type=raw["id_type"] or RESIDENT_ID, sex=raw["sex"],
            nation=raw["nation"], birth_date=parse_clerk_date(raw["birth_date"]), phone=raw["phone"] or None,
            education=raw["education"], skill_level=raw["skill_level"], political_status=raw["political_status"],
            hukou_type=raw["hukou_type"], is_migrant=raw["is_migrant"], employment_form=raw["employment_form"],
            new_employment_form=raw["new_employment_form"], employer_name=read_text(ui.employerNameEdit),
            post=read_text(ui.postEdit), org_id=self._org_id, joined_on=parse_clerk_date(raw["joined_on"]),
            card_no=read_text(ui.cardNoEdit), remark=read_text(ui.remarkEdit),
        )

    def save(self) -> None:
        if self.check(everything=True):
            return
        actor = self.context.actor
        try:
            with self.context.db.session() as session:
                if self.member_id is None:
                    result = create_member(session, actor, self.input(), today=self.today)
                else:
                    result = update_member(session, actor, self.member_id, self.input(), self.detail.version,
                                           today=self.today)
                if self._pending_photo is not None:
                    set_photo(session, actor, result.id, self._pending_photo)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ConflictError as exc:
            self.ui.messageLabel.setText(exc.message)
            QMessageBox.warning(self, self.tr("Saved by someone else"), exc.message)
            return
        except ServiceError as exc:
            self.ui.messageLabel.setText(exc.message)
            return
        self.saved_id, self.warnings = result.id, result.warnings
        self.context.events.announce("member")
        if result.warnings:
            QMessageBox.information(self, self.tr("Saved"), self.tr("Saved as member no. %1. Please note:")
                                    .replace("%1", result.member_no) + "\n" + "\n".join(result.warnings))
        self.accept()

    def _after_membership_change(self) -> None:
        """An event changed status and version: reload them, keep anything typed in the fields."""
        with self.context.db.session() as session:
            detail = get_member(session, self.context.actor, self.member_id)
            pending = [t for t in list_transfers(session, self.context.actor) if t.member_id == self.member_id]
        self.detail = detail
        self.ui.orgEdit.setText(detail.org_name)
        self._org_id = detail.data.org_id
        self._show_membership(detail)
        self._show_pending(pending)
        self.context.events.announce("member")

    def record(self, kind: str) -> None:
        if self.detail is None:
            return
        if MembershipEventDialog.ask(self, self.context, self.detail, kind, today=self.today):
            self._after_membership_change()

    def transfer(self) -> None:
        if self.detail is None:
            return
        if MemberTransferDialog.ask(self, self.context, self.detail, today=self.today):
            self._after_membership_change()


def open_member(parent: QWidget | None, context: AppContext, member_id: int | None = None, *,
                org_id: int | None = None) -> int | None:
    """Show the dialog modally; the saved member's id, or None."""
    dialog = MemberDialog(context, parent, member_id=member_id, org_id=org_id)
    try:
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()

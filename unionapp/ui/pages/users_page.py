"""用户: administrators manage the accounts (add, role, 查看敏感信息, enable/disable, reset the
password, unlock); everyone else sees only their own account, read-only, and may change their
own password. The service decides what is allowed; the page only hides what cannot work."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from unionapp.services import users
from unionapp.services.errors import ServiceError
from unionapp.services.rights import Right
from unionapp.services.users import UserRow
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.user_dialog import PasswordDialog, UserDialog
from unionapp.ui.forms.ui_users_page import Ui_UsersPage
from unionapp.ui.models.users_model import COL_STATE, UsersModel
from unionapp.ui.pages.list_page import ActionRights


class UsersPage(ActionRights, QWidget):
    # Only administrators add accounts (self.is_admin is the same right).
    ACTION_RIGHTS = {"new_record": Right.MANAGE_USERS}

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.is_admin = context.actor.has(Right.MANAGE_USERS)
        self.dialog = None  # the open dialog, kept referenced (and reachable from tests)
        self.ui = Ui_UsersPage()
        self.ui.setupUi(self)
        self.ui.titleLabel.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.model = UsersModel(self)
        view = self.ui.usersView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setMinimumSectionSize(110)  # short Chinese headers would leave cramped columns
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        view.selectionModel().currentRowChanged.connect(lambda *_args: self._update_buttons())
        view.doubleClicked.connect(lambda _index: self.edit_user() if self.is_admin else None)

        ui = self.ui
        for button in (ui.addButton, ui.editButton, ui.resetPasswordButton, ui.enableButton, ui.unlockButton):
            button.setVisible(self.is_admin)
        ui.addButton.clicked.connect(self.new_record)
        ui.editButton.clicked.connect(self.edit_user)
        ui.resetPasswordButton.clicked.connect(self.reset_password)
        ui.enableButton.clicked.connect(self.toggle_enabled)
        ui.unlockButton.clicked.connect(self.unlock)
        ui.ownPasswordButton.clicked.connect(self.change_own_password)
        # The command line's system actor has no account of its own.
        ui.ownPasswordButton.setEnabled(context.actor.user_id is not None)
        ui.hintLabel.setText(
            self.tr("Administrators add accounts and set their role; 'sensitive information' lets a user see "
                    "full ID and phone numbers.") if self.is_admin
            else self.tr("You can see only your own account. Ask an administrator to change your role.")
        )
        context.events.changed.connect(self._on_changed)
        self.refresh()

    # --- the page protocol of the main window -----------------------------------------------

    def new_record(self) -> UserDialog | None:
        if not self.is_admin:
            return None
        return self._open(UserDialog(self.context, None, self))

    # --- list -------------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected()
        with self.context.db.session() as session:
            rows = users.list_users(session, self.context.actor)
        self.model.set_rows(rows)
        self.ui.usersView.resizeColumnsToContents()
        self.select(selected.id if selected else self.context.actor.user_id)
        self._update_buttons()

    def _on_changed(self, entity: str) -> None:
        if entity in ("user", "all"):
            self.refresh()

    def selected(self) -> UserRow | None:
        index = self.ui.usersView.selectionModel().currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def select(self, user_id: int | None) -> None:
        row = self.model.find(user_id) if user_id is not None else None
        if row is None and self.model.rowCount() > 0:
            row = 0
        if row is not None:
            self.ui.usersView.selectRow(row)
            self.ui.usersView.setCurrentIndex(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        row = self.selected()
        ui = self.ui
        for button in (ui.editButton, ui.resetPasswordButton, ui.enableButton, ui.unlockButton):
            button.setEnabled(row is not None)
        if row is not None:
            ui.enableButton.setText(self.tr("&Disable") if row.enabled else self.tr("E&nable"))
            ui.unlockButton.setEnabled(row.locked)
            ui.enableButton.setEnabled(row.id != self.context.actor.user_id)

    # --- actions ----------------------------------------------------------------------------

    def _open(self, dialog):
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()  # window-modal, and it does not block: the page carries on after accept
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def edit_user(self) -> UserDialog | None:
        row = self.selected()
        if row is None or not self.is_admin:
            return None
        return self._open(UserDialog(self.context, row, self))

    def reset_password(self) -> PasswordDialog | None:
        row = self.selected()
        if row is None or not self.is_admin:
            return None
        # An administrator's reset needs no current password, even for their own account.
        return self._open(PasswordDialog(self.context, row, own=False, parent=self))

    def change_own_password(self) -> PasswordDialog | None:
        own = next((r for r in self.model_rows() if r.id == self.context.actor.user_id), None)
        if own is None:
            return None
        return self._open(PasswordDialog(self.context, own, own=True, parent=self))

    def model_rows(self) -> list[UserRow]:
        return [self.model.row(i) for i in range(self.model.rowCount())]

    def _run(self, work) -> bool:
        try:
            with self.context.db.session() as session:
                work(session)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Users"), exc.message)
            return False
        self.context.events.announce("user")
        return True

    def toggle_enabled(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        return self._run(lambda session: users.update_user(
            session, self.context.actor, row.id, role=row.role, display_name=row.display_name,
            can_view_sensitive=row.can_view_sensitive, enabled=not row.enabled, scope_org_id=row.scope_org_id,
            expected_version=row.version,
        ))

    def unlock(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        return self._run(lambda session: users.unlock_user(session, self.context.actor, row.id))

    def state_text(self, row_number: int) -> str:
        return self.model.index(row_number, COL_STATE).data()

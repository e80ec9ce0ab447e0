"""Adding or editing an account (administrators), and setting a password (an administrator's
reset, or anyone changing their own with the current one). The rules themselves — who may do
what, password strength, keeping one enabled administrator, which unions may be a scope — are
the users service's; the dialogs show its messages."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from unionapp.services import users
from unionapp.services.errors import ServiceError
from unionapp.services.rights import ROLE_LABELS, SENSITIVE_ALLOWED_ROLES
from unionapp.services.users import SCOPE_LEVELS, UserRow
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.choose_org_dialog import ChooseOrgDialog
from unionapp.ui.forms.ui_password_dialog import Ui_PasswordDialog
from unionapp.ui.forms.ui_user_dialog import Ui_UserDialog


class UserDialog(QDialog):
    """`row` None adds a user; otherwise edits that account (its password is set elsewhere)."""

    def __init__(self, context: AppContext, row: UserRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.row = row
        self.user_id: int | None = row.id if row else None
        # The scope chosen for a non-administrator; kept while the role is switched to 管理员 and
        # back, but never saved for an administrator (DESIGN §3: they are never limited).
        self._scope_org_id: int | None = row.scope_org_id if row else None
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for role, label in ROLE_LABELS.items():
            ui.roleCombo.addItem(label, role)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.roleCombo.currentIndexChanged.connect(self._role_changed)
        ui.chooseScopeButton.clicked.connect(self.choose_scope)
        ui.wholeCountyButton.clicked.connect(lambda: self.set_scope(None))
        ui.messageLabel.setVisible(False)
        if row is None:
            self.setWindowTitle(self.tr("Add user"))
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("clerk"))
            ui.rulesLabel.setText(
                self.tr("Password: at least %1 characters; mix letters, digits or signs.")
                .replace("%1", str(users.MIN_PASSWORD_LENGTH))
            )
        else:
            self.setWindowTitle(self.tr("Edit user %1").replace("%1", row.username))
            ui.usernameEdit.setText(row.username)
            ui.usernameEdit.setReadOnly(True)
            ui.displayNameEdit.setText(row.display_name)
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(row.role))
            ui.sensitiveCheck.setChecked(row.can_view_sensitive)
            ui.enabledCheck.setChecked(row.enabled)
            for widget in (ui.passwordLabel, ui.passwordEdit, ui.repeatLabel, ui.repeatEdit, ui.rulesLabel):
                widget.setVisible(False)
        self._role_changed()
        # Without the password rows the form is shorter: no empty band above the buttons.
        self.resize(self.width(), max(self.layout().heightForWidth(self.width()), self.minimumSizeHint().height()))

    def role(self) -> str:
        return self.ui.roleCombo.currentData()

    def scope_org_id(self) -> int | None:
        """The scope that will be saved: none for an administrator."""
        return None if self.role() == "admin" else self._scope_org_id

    def set_scope(self, org_id: int | None) -> None:
        self._scope_org_id = org_id
        self._show_scope()

    def choose_scope(self) -> None:
        node = ChooseOrgDialog.choose(
            self, self.context, title=self.tr("Scope of the account"), current_id=self._scope_org_id,
            hint=self.tr("Choose a township (street) or industry union: the user will see and change only "
                         "what lies under it."),
            selectable=lambda n: n.level in SCOPE_LEVELS and n.status == "normal",
        )
        if node is not None:
            self.set_scope(node.id)

    def _show_scope(self) -> None:
        ui = self.ui
        admin = self.role() == "admin"
        org_id = self.scope_org_id()
        if org_id is None:
            text = self.tr("Whole county (administrators are never limited)") if admin else self.tr("Whole county")
        else:
            with self.context.db.session() as session:
                text = users.scope_name(session, org_id)
        ui.scopeEdit.setText(text)
        ui.scopeEdit.setToolTip(text)  # a long union name may not fit the box
        ui.scopeEdit.setCursorPosition(0)
        ui.chooseScopeButton.setEnabled(not admin)
        ui.wholeCountyButton.setEnabled(not admin and org_id is not None)

    def _role_changed(self, _index: int = 0) -> None:
        # A read-only account always sees masked data (DESIGN §3): the box says so by being off.
        allowed = self.role() in SENSITIVE_ALLOWED_ROLES
        self.ui.sensitiveCheck.setEnabled(allowed)
        if not allowed:
            self.ui.sensitiveCheck.setChecked(False)
        elif self.role() == "admin" and self.row is None:
            self.ui.sensitiveCheck.setChecked(True)
        self._show_scope()

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    def message(self) -> str:
        return self.ui.messageLabel.text()

    def accept(self) -> None:
        ui = self.ui
        try:
            with self.context.db.session() as session:
                if self.row is None:
                    if ui.passwordEdit.text() != ui.repeatEdit.text():
                        self.show_message(self.tr("The two passwords are not the same."))
                        return
                    self.user_id = users.create_user(
                        session, self.context.actor, ui.usernameEdit.text(), ui.passwordEdit.text(), self.role(),
                        display_name=ui.displayNameEdit.text().strip(),
                        can_view_sensitive=ui.sensitiveCheck.isChecked(), scope_org_id=self.scope_org_id(),
                    )
                else:
                    users.update_user(
                        session, self.context.actor, self.row.id, role=self.role(),
                        display_name=ui.displayNameEdit.text().strip(),
                        can_view_sensitive=ui.sensitiveCheck.isChecked(), enabled=ui.enabledCheck.isChecked(),
                        scope_org_id=self.scope_org_id(), expected_version=self.row.version,
                    )
        except ServiceError as exc:
            self.show_message(exc.message)
            return
        self.context.events.announce("user")
        super().accept()


class PasswordDialog(QDialog):
    """`own` True: the signed-in user changes their own password and must give the current one.
    Otherwise an administrator sets a new password for `row`."""

    def __init__(self, context: AppContext, row: UserRow, *, own: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.row = row
        self.own = own
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change password"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.messageLabel.setVisible(False)
        ui.rulesLabel.setText(
            self.tr("At least %1 characters; mix letters, digits or signs.").replace("%1", str(users.MIN_PASSWORD_LENGTH))
        )
        if own:
            self.setWindowTitle(self.tr("Change my password"))
            ui.introLabel.setText(self.tr("Change the password of your account %1.").replace("%1", row.username))
        else:
            self.setWindowTitle(self.tr("Reset password"))
            ui.introLabel.setText(
                self.tr("Set a new password for %1. Give it to the user in person; a locked account is "
                        "unlocked too.").replace("%1", row.username)
            )
            ui.oldLabel.setVisible(False)
            ui.oldEdit.setVisible(False)

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    def message(self) -> str:
        return self.ui.messageLabel.text()

    def accept(self) -> None:
        ui = self.ui
        if ui.newEdit.text() != ui.repeatEdit.text():
            self.show_message(self.tr("The two passwords are not the same."))
            return
        try:
            with self.context.db.session() as session:
                users.set_password(session, self.context.actor, self.row.id, ui.newEdit.text(),
                                   old_password=ui.oldEdit.text() if self.own else None)
        except ServiceError as exc:
            self.show_message(exc.message)
            return
        self.context.events.announce("user")
        super().accept()

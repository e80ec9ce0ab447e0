"""Signing in: the login dialog, and on the very first start the dialog that creates the
administrator (there is no built-in default password, DESIGN §3)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from unionapp.db.engine import Database
from unionapp.services import users
from unionapp.services.errors import ServiceError
from unionapp.services.rights import Actor
from unionapp.ui import settings
from unionapp.ui.forms.ui_first_admin_dialog import Ui_FirstAdminDialog
from unionapp.ui.forms.ui_login_dialog import Ui_LoginDialog


class LoginDialog(QDialog):
    """Asks for a user name and password until they are right or the clerk quits. Wrong
    passwords and lock-outs are told by the service's own message."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        buttons = self.ui.buttonBox
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ui.databaseLabel.setText(self.tr("Database: %1").replace("%1", db.describe()))
        self.ui.messageLabel.setVisible(False)
        last = settings.get(settings.LAST_USERNAME)
        if last:
            self.ui.usernameEdit.setText(last)
            self.ui.passwordEdit.setFocus()
        else:
            self.ui.usernameEdit.setFocus()

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    def message(self) -> str:
        return self.ui.messageLabel.text()

    def accept(self) -> None:
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username:
            self.show_message(self.tr("Please enter your user name."))
            self.ui.usernameEdit.setFocus()
            return
        try:
            actor = users.login(self.db, username, password)
        except ServiceError as exc:
            self.show_message(exc.message)
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        settings.put(settings.LAST_USERNAME, username)
        self.actor = actor
        super().accept()


class FirstAdminDialog(QDialog):
    """First start, no account yet: the office chooses the administrator's name and password."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.ui = Ui_FirstAdminDialog()
        self.ui.setupUi(self)
        buttons = self.ui.buttonBox
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create and sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ui.rulesLabel.setText(
            self.tr("Password: at least %1 characters; mix letters, digits or signs.")
            .replace("%1", str(users.MIN_PASSWORD_LENGTH))
        )
        self.ui.messageLabel.setVisible(False)
        self.ui.usernameEdit.setText("admin")
        self.ui.displayNameEdit.setFocus()

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    def message(self) -> str:
        return self.ui.messageLabel.text()

    def accept(self) -> None:
        password = self.ui.passwordEdit.text()
        if password != self.ui.repeatEdit.text():
            self.show_message(self.tr("The two passwords are not the same."))
            self.ui.repeatEdit.clear()
            self.ui.repeatEdit.setFocus()
            return
        try:
            with self.db.session() as session:
                actor = users.create_first_admin(
                    session, self.ui.usernameEdit.text(), password, self.ui.displayNameEdit.text().strip()
                )
        except ServiceError as exc:
            self.show_message(exc.message)
            return
        settings.put(settings.LAST_USERNAME, actor.username)
        self.actor = actor
        super().accept()

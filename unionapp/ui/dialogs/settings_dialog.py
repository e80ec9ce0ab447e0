"""系统设置: the office's own settings (kept in the database, changed by administrators through
the office_settings service) and where this computer finds the data (kept in a file of the data
folder, see db.engine.saved_url, because it cannot live in the data it points to and the command
line must find it too; it takes effect at the next start — the running window never switches
databases under the clerk's feet)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from unionapp import paths
from unionapp.db import location
from unionapp.db.engine import save_url, saved_url
from unionapp.db.location import POSTGRESQL, SQLITE, Location, ProbeResult
from unionapp.printing import fonts
from unionapp.services import office_settings
from unionapp.services.errors import ServiceError, ValidationError
from unionapp.services.rights import Right
from unionapp.ui import jobs
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.form_support import ERROR_STYLE, FieldErrors, show_error
from unionapp.ui.forms.ui_settings_dialog import Ui_SettingsDialog

OK_STYLE = "color: #1e7b34;"
WARNING_STYLE = "color: #a15c00;"


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.errors = FieldErrors(
            {"union_name": ui.unionNameEdit, "font_path": ui.fontEdit, "sqlite_path": ui.sqlitePathEdit,
             "host": ui.hostEdit, "database": ui.databaseEdit},
            ui.messageLabel,
        )
        self.test_job: jobs.Job | None = None
        self.location_changed = False
        self._load_office()
        self._load_location()
        ui.fontBrowseButton.clicked.connect(self.choose_font)
        ui.sqliteBrowseButton.clicked.connect(self.choose_sqlite_file)
        ui.testButton.clicked.connect(self.test_connection)
        for radio in (ui.defaultRadio, ui.sqliteRadio, ui.postgresRadio):
            radio.toggled.connect(self._kind_changed)
        # A result shown for other connection details would mislead: any edit clears it.
        for edit in (ui.sqlitePathEdit, ui.hostEdit, ui.databaseEdit, ui.userEdit, ui.passwordEdit):
            edit.textChanged.connect(self._clear_test_result)
        ui.portSpin.valueChanged.connect(self._clear_test_result)

    # ------------------------------------------------------------------ this office
    def _load_office(self) -> None:
        ui = self.ui
        with self.context.db.session() as session:
            self.office = office_settings.read_office_settings(session, self.context.actor)
        ui.unionNameEdit.setText(self.office.union_name)
        ui.fontEdit.setText(self.office.font_path)
        default = self.office.default_union_name
        ui.unionNameEdit.setPlaceholderText(default)
        ui.unionNameHint.setText(
            self.tr("Leave it empty to print the name of the top organisation: %1.").replace("%1", default)
            if default else
            self.tr("Leave it empty to print the name of the top organisation (there is none yet).")
        )
        may_edit = self.may_edit_office
        ui.unionNameEdit.setReadOnly(not may_edit)
        ui.fontEdit.setReadOnly(not may_edit)
        ui.fontBrowseButton.setEnabled(may_edit)
        ui.readOnlyLabel.setVisible(not may_edit)

    @property
    def may_edit_office(self) -> bool:
        return self.context.actor.has(Right.SETTINGS)

    def choose_font(self) -> None:
        current = self.ui.fontEdit.text().strip()
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the print font"), str(Path(current).parent) if current else "",
            self.tr("TrueType fonts (*.ttf *.ttc);;All files (*)"),
        )
        if path:
            self.ui.fontEdit.setText(path)
            self.check_font()

    def check_font(self) -> bool:
        """Tell at once, beside the field, when the chosen file cannot print Chinese; the service
        checks again on OK (through the same printing.fonts test)."""
        path = self.ui.fontEdit.text().strip()
        try:
            if path:
                fonts.check_font_file(path)
        except fonts.FontError as exc:
            self.errors.set_field("font_path", exc.message)
            return False
        self.errors.set_field("font_path", None)
        return True

    def _save_office(self) -> bool:
        if not self.may_edit_office:
            return True
        name, font = self.ui.unionNameEdit.text(), self.ui.fontEdit.text()
        if (name, font) == (self.office.union_name, self.office.font_path):
            return True  # untouched: nothing to write, and no conflict to report
        try:
            with self.context.db.session() as session:
                self.office = office_settings.save_office_settings(
                    session, self.context.actor, union_name=name, font_path=font, expected=self.office,
                    # The check lives in printing, above the services; the window passes it down.
                    check_font=fonts.check_font_file,
                )
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return False
        except ServiceError as exc:  # refused right, or another administrator saved meanwhile
            show_error(self, exc.message)
            return False
        self.context.events.announce("setting")
        return True

    # ------------------------------------------------------------------ this computer
    def _load_location(self) -> None:
        ui = self.ui
        ui.currentLabel.setText(self.tr("In use now: %1").replace("%1", self.context.db.describe()))
        ui.defaultPathLabel.setText(str(paths.default_database_path()))
        self.saved_url = saved_url() or ""
        saved = location.location_from_url(self.saved_url)
        ui.sqlitePathEdit.setText(saved.path)
        ui.hostEdit.setText(saved.host)
        ui.portSpin.setValue(saved.port)
        ui.databaseEdit.setText(saved.database)
        ui.userEdit.setText(saved.username)
        ui.passwordEdit.setText(saved.password)
        {SQLITE: ui.sqliteRadio, POSTGRESQL: ui.postgresRadio}.get(saved.kind, ui.defaultRadio).setChecked(True)
        self._kind_changed()

    def _kind_changed(self, _checked: bool = True) -> None:
        self.ui.sqliteFields.setEnabled(self.ui.sqliteRadio.isChecked())
        self.ui.postgresFields.setEnabled(self.ui.postgresRadio.isChecked())
        self._clear_test_result()

    def chosen_location(self) -> Location:
        ui = self.ui
        if ui.sqliteRadio.isChecked():
            return Location(SQLITE, path=ui.sqlitePathEdit.text().strip())
        if ui.postgresRadio.isChecked():
            # The password is taken as typed: spaces at its ends may be part of it.
            return Location(POSTGRESQL, host=ui.hostEdit.text().strip(), port=ui.portSpin.value(),
                            database=ui.databaseEdit.text().strip(), username=ui.userEdit.text().strip(),
                            password=ui.passwordEdit.text())
        return Location()

    def location_problems(self, chosen: Location) -> dict[str, str]:
        problems = {}
        if chosen.kind == SQLITE:
            if not chosen.path:
                problems["sqlite_path"] = self.tr("Choose the data file, or type its full path.")
            elif Path(chosen.path).is_dir():
                problems["sqlite_path"] = self.tr("%1 is a folder; choose a file.").replace("%1", chosen.path)
        elif chosen.kind == POSTGRESQL:
            if not chosen.host:
                problems["host"] = self.tr("Enter the server's name or address.")
            if not chosen.database:
                problems["database"] = self.tr("Enter the name of the database on the server.")
        return problems

    def choose_sqlite_file(self) -> None:
        current = self.ui.sqlitePathEdit.text().strip()
        # A save dialog, so that a new file may be named too; it is created at the next start.
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Choose the data file"), current or str(paths.default_database_path().parent),
            self.tr("SQLite data files (*.sqlite3 *.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.ui.sqlitePathEdit.setText(path)

    def _save_location(self) -> bool:
        url = self.chosen_location().url()
        if url == self.saved_url:
            return False
        save_url(url)
        self.saved_url = url
        return True

    # ------------------------------------------------------------------ connection test
    def test_connection(self) -> None:
        chosen = self.chosen_location()
        problems = self.location_problems(chosen)
        self.errors.show(problems)
        if problems:
            return
        url = chosen.url()
        self.ui.testButton.setEnabled(False)
        self._show_test_result(self.tr("Testing the connection…"), "")
        # Off the GUI thread: a server that does not answer may take the whole timeout.
        self.test_job = jobs.start_job(lambda _report: location.probe(url))
        self.test_job.signals.finished.connect(self._tested)
        self.test_job.signals.failed.connect(self._test_failed)

    def _tested(self, result: ProbeResult) -> None:
        self.ui.testButton.setEnabled(True)
        if result.ok:
            text = {
                location.OURS: self.tr("Connected. The database holds this program's data."),
                location.EMPTY: self.tr("Connected. The database is empty; the program sets it up at the next start."),
                location.NEW_FILE: self.tr("The file does not exist yet; the program creates a new, empty database "
                                           "there at the next start."),
                location.FOREIGN: self.tr("Connected, but the database holds tables of another program. Choose an "
                                          "empty database or one of this program."),
            }[result.state]
            self._show_test_result(text, WARNING_STYLE if result.state == location.FOREIGN else OK_STYLE)
            return
        text = {
            location.UNREACHABLE: self.tr("Cannot reach the server. Check the server's name and port, that it is "
                                          "switched on, and the network."),
            location.LOGIN: self.tr("The server refused the user name or password."),
            location.NO_DATABASE: self.tr("The server has no database of that name."),
            location.NOT_A_DATABASE: self.tr("The file is not a database, or it is damaged."),
            location.CANNOT_OPEN: self.tr("The file or its folder cannot be opened or written."),
            location.BAD_URL: self.tr("The connection details are not valid."),
        }.get(result.problem, self.tr("The connection failed."))
        if result.detail:
            text += "\n" + self.tr("Details: %1").replace("%1", result.detail)
        self._show_test_result(text, ERROR_STYLE)

    def _test_failed(self, message: str) -> None:
        self.ui.testButton.setEnabled(True)
        self._show_test_result(message, ERROR_STYLE)

    def _show_test_result(self, text: str, style: str) -> None:
        self.ui.testResultLabel.setStyleSheet(style)
        self.ui.testResultLabel.setText(text)

    def _clear_test_result(self, *_args) -> None:
        self._show_test_result("", "")

    def test_result(self) -> str:
        return self.ui.testResultLabel.text()

    # ------------------------------------------------------------------ OK
    def accept(self) -> None:
        self.errors.clear()
        problems = self.location_problems(self.chosen_location())
        if problems:
            self.errors.show(problems)
            return
        if not self._save_office():
            return
        self.location_changed = self._save_location()
        if self.location_changed:
            QMessageBox.information(self, self.tr("Settings"),
                                    self.tr("The new data location takes effect the next time the program starts."))
        super().accept()


def open_settings_dialog(parent: QWidget | None, context: AppContext) -> bool:
    """True when the clerk pressed OK and everything was saved."""
    dialog = SettingsDialog(context, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()

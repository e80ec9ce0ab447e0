"""The one dialog for an unexpected error (CONVENTIONS rule 13): a sentence the clerk can read,
where the log is, and the traceback behind "Details" for whoever supports them."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QStyle, QWidget

from unionapp.ui.forms.ui_exception_dialog import Ui_ExceptionDialog


class ExceptionDialog(QDialog):
    def __init__(self, message: str, details: str, log_file: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ExceptionDialog()
        self.ui.setupUi(self)
        self.count = 0
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.ui.iconLabel.setPixmap(icon.pixmap(48, 48))
        if log_file:
            self.ui.hintLabel.setText(
                self.tr("Your saved records are safe; what was being typed may have to be entered again. "
                        "The details are also in the log file %1.").replace("%1", log_file)
            )
        else:
            self.ui.hintLabel.setText(
                self.tr("Your saved records are safe; what was being typed may have to be entered again.")
            )
        self.ui.detailsEdit.setVisible(False)
        self.ui.detailsButton.toggled.connect(self._toggle_details)
        self.ui.copyButton.clicked.connect(self.copy_details)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.add(message, details)

    def add(self, message: str, details: str) -> None:
        """Another error while the dialog is open joins it instead of opening a second one."""
        self.count += 1
        if self.count == 1:
            self.ui.messageLabel.setText(self.tr("The program met an unexpected error: %1").replace("%1", message))
            self.ui.detailsEdit.setPlainText(details)
        else:
            self.ui.messageLabel.setText(
                self.tr("The program met %1 unexpected errors; the last one: %2")
                .replace("%1", str(self.count)).replace("%2", message)
            )
            self.ui.detailsEdit.appendPlainText("\n" + details)

    def details(self) -> str:
        return self.ui.detailsEdit.toPlainText()

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.ui.messageLabel.text() + "\n\n" + self.details())

    def _toggle_details(self, shown: bool) -> None:
        self.ui.detailsEdit.setVisible(shown)
        self.adjustSize()

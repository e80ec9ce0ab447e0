"""Bulk photo import from the members page (DESIGN §2.2): the clerk picks a folder of photos named by
ID number or 会员编号 and says whether photos already on file are replaced; the import runs off the
GUI thread with a progress dialog, and the result names every file that did not go in, and why.
The work itself is unionapp.services.member_photos."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from unionapp.services.member_photos import PhotoImportResult, import_photos
from unionapp.services.rights import Right
from unionapp.ui import settings
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.form_support import show_error
from unionapp.ui.forms.ui_photo_import_result import Ui_PhotoImportResultDialog
from unionapp.ui.jobs import Job, run_with_progress


class PhotoImportResultDialog(QDialog):
    """The counts in a sentence; below them, when some files were not imported, a list to read
    (and copy into a note for whoever took the photos) with each file's reason."""

    def __init__(self, result: PhotoImportResult, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PhotoImportResultDialog()
        self.ui.setupUi(self)
        self.result_shown = result
        self.ui.summaryLabel.setText(self.summary(result))
        problems = self.problems(result)
        self.ui.problemsEdit.setPlainText(problems)
        self.ui.problemsLabel.setVisible(bool(problems))
        self.ui.problemsEdit.setVisible(bool(problems))
        if not problems:
            self.resize(self.width(), self.minimumSizeHint().height())  # no empty box under one sentence
        self.ui.buttonBox.rejected.connect(self.reject)

    def summary(self, r: PhotoImportResult) -> str:
        if not (r.stored or r.kept or r.unmatched or r.refused):
            return self.tr("The folder holds no photo files (JPG, PNG, BMP, GIF, TIFF or WebP).")
        parts = [self.tr("%1 new photos saved, %2 photos replaced.")
                 .replace("%1", str(r.saved)).replace("%2", str(r.replaced))]
        if r.kept:
            parts.append(self.tr("%1 members already had a photo and kept it.").replace("%1", str(r.kept)))
        if r.unmatched or r.refused:
            parts.append(self.tr("%1 files were not imported; they are listed below.")
                         .replace("%1", str(len(r.unmatched) + len(r.refused))))
        if r.other_files:
            parts.append(self.tr("%1 files that are not photos were skipped.").replace("%1", str(r.other_files)))
        return "\n".join(parts)  # one line each: no sentence separator to get wrong in either language

    def problems(self, r: PhotoImportResult) -> str:
        lines: list[str] = []
        for heading, files in ((self.tr("No member found for the file name:"), r.unmatched),
                               (self.tr("Refused:"), r.refused)):
            if files:
                lines.append(heading)
                lines.extend(f"    {name} — {reason}" for name, reason in files)
        return "\n".join(lines)

    @classmethod
    def show_result(cls, parent: QWidget | None, result: PhotoImportResult) -> None:
        dialog = cls(result, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


def ask_replace(parent: QWidget) -> bool | None:
    """Whether photos already on file are replaced; None when the clerk cancels."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("PhotoImport", "Import photos"),
        QCoreApplication.translate(
            "PhotoImport", "Replace the photos that members already have with the ones in this folder?\n\n"
            "Yes: replace them.\nNo: keep them, and import photos only for members without one."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.No)
    if answer == QMessageBox.StandardButton.Yes:
        return True
    if answer == QMessageBox.StandardButton.No:
        return False
    return None


def import_member_photos(parent: QWidget, context: AppContext) -> Job | None:
    """Ask for the folder and whether to replace, then start the import; None when the clerk
    stopped at a question. When photos were stored every page showing members reloads."""
    if not context.actor.has(Right.EDIT):
        return None
    title = QCoreApplication.translate("PhotoImport", "Choose the folder of photos named by ID number or member no.")
    folder = QFileDialog.getExistingDirectory(parent, title, settings.get(settings.LAST_PHOTO_FOLDER))
    if not folder:
        return None
    settings.put(settings.LAST_PHOTO_FOLDER, folder)
    replace = ask_replace(parent)
    if replace is None:
        return None
    db, actor = context.db, context.actor

    def body(report):
        with db.session() as session:
            return import_photos(session, actor, Path(folder), replace=replace, progress=report)

    def finished(result: PhotoImportResult) -> None:
        if result.stored:
            context.events.announce("member")
        PhotoImportResultDialog.show_result(parent, result)

    return run_with_progress(parent, QCoreApplication.translate("PhotoImport", "Importing photos…"), body,
                             writes=True, on_finished=finished, on_failed=lambda message: show_error(parent, message))

"""字典维护: the administrator adds, renames, disables and orders the entries of the dictionaries
that fill the forms' drop-downs. The rules (who may, which dictionaries are locked, duplicates,
the last entry in use) are the codes service's; this dialog shows its messages and tells the
pages through the event bus that their drop-downs may be out of date.

Records hold an entry's name as text, so the hint says plainly that renaming or disabling an
entry leaves existing records as they are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QListWidgetItem, QWidget

from unionapp.services import codes
from unionapp.services.codes import CategoryRow, CodeItemRow
from unionapp.services.errors import ServiceError
from unionapp.services.rights import Right
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.form_support import show_error
from unionapp.ui.forms.ui_code_item_dialog import Ui_CodeItemDialog
from unionapp.ui.forms.ui_codes_dialog import Ui_CodesDialog
from unionapp.ui.models.rows_table import RowsTableModel

EVENT = "code"  # the entity name ui/events.py lists for the dictionaries
COL_CODE, COL_NAME, COL_STATE = range(3)
KEY_ROLE = Qt.ItemDataRole.UserRole
_LOCKED = QBrush(QColor("#8a8a8a"))


class CodeItemDialog(QDialog):
    """Adds an entry to `category` (`row` None) or renames `row`. An entry's code cannot be
    changed: it may already be printed on forms and in exported sheets."""

    def __init__(self, context: AppContext, category: CategoryRow, row: CodeItemRow | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.category = category
        self.row = row
        self.saved: CodeItemRow | None = None
        self.ui = Ui_CodeItemDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        if row is None:
            self.setWindowTitle(self.tr("Add to %1").replace("%1", category.label))
            ui.noteLabel.setText(self.tr("Code: up to 20 letters or digits, unique in this dictionary. "
                                         "The new entry is offered in the drop-down lists at once."))
        else:
            self.setWindowTitle(self.tr("Rename in %1").replace("%1", category.label))
            ui.codeEdit.setText(row.code)
            ui.codeEdit.setReadOnly(True)
            ui.nameEdit.setText(row.name)
            ui.nameEdit.selectAll()
            ui.nameEdit.setFocus()
            ui.noteLabel.setText(self.tr("Records saved with the old name keep it; new records get the new name."))

    def accept(self) -> None:
        ui = self.ui
        try:
            with self.context.db.session() as session:
                if self.row is None:
                    self.saved = codes.add_item(session, self.context.actor, self.category.key,
                                                ui.codeEdit.text(), ui.nameEdit.text())
                else:
                    self.saved = codes.rename_item(session, self.context.actor, self.row.id, ui.nameEdit.text(),
                                                   expected_version=self.row.version)
        except ServiceError as exc:
            show_error(self, exc.message)  # the dialog stays open with what was typed
            return
        super().accept()


class CodesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.can_edit = context.actor.has(Right.CODES)
        self.item_dialog: CodeItemDialog | None = None  # kept referenced while open (and for tests)
        self._categories: list[CategoryRow] = []
        self.ui = Ui_CodesDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        ui.buttonBox.rejected.connect(self.reject)
        ui.hintLabel.setText(self._hint())
        ui.categoryLabel.setTextFormat(Qt.TextFormat.PlainText)
        ui.splitter.setSizes([220, 680])

        self.model = RowsTableModel([self.tr("Code"), self.tr("Name"), self.tr("State")], self)
        view = ui.itemsView
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setMinimumSectionSize(80)  # two-character Chinese headers would leave cramped columns
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().currentRowChanged.connect(lambda *_args: self._update_buttons())
        view.doubleClicked.connect(lambda _index: self.rename_item())

        ui.categoryList.currentRowChanged.connect(lambda _row: self._show_category())
        ui.addButton.clicked.connect(self.add_item)
        ui.renameButton.clicked.connect(self.rename_item)
        ui.enableButton.clicked.connect(self.toggle_enabled)
        ui.upButton.clicked.connect(lambda: self.move(-1))
        ui.downButton.clicked.connect(lambda: self.move(1))
        self._load_categories()
        if ui.categoryList.count():
            ui.categoryList.setCurrentRow(0)

    def _hint(self) -> str:
        storage = self.tr("Records keep the text they were saved with: renaming an entry changes what new records "
                          "get, and a disabled entry leaves the drop-down lists while records that hold it keep it. "
                          "Entries are never deleted. Dictionaries the program itself relies on (grey) can only be "
                          "viewed.")
        if self.can_edit:
            return storage
        return self.tr("You can only view the dictionaries: changing them needs the right to maintain "
                       "dictionaries.") + "\n" + storage

    # ------------------------------------------------------------------ showing
    def _load_categories(self) -> None:
        with self.context.db.session() as session:
            self._categories = list(codes.list_categories(session, self.context.actor))
        listing = self.ui.categoryList
        current = self.current_category()
        listing.blockSignals(True)  # refilling and reselecting must not reload the table: callers show it
        listing.clear()
        for category in self._categories:
            item = QListWidgetItem(category.label)  # Chinese from the data: nothing to translate
            item.setData(KEY_ROLE, category.key)
            if category.locked:
                item.setForeground(_LOCKED)
                item.setToolTip(category.lock_reason)
            listing.addItem(item)
        if current is not None:
            self.select_category(current.key)
        listing.blockSignals(False)

    def current_category(self) -> CategoryRow | None:
        row = self.ui.categoryList.currentRow()
        return self._categories[row] if 0 <= row < len(self._categories) else None

    def select_category(self, key: str) -> None:
        for number, category in enumerate(self._categories):
            if category.key == key:
                self.ui.categoryList.setCurrentRow(number)
                return

    def _show_category(self, select_id: int | None = None) -> None:
        category = self.current_category()
        rows: list[CodeItemRow] = []
        if category is not None:
            with self.context.db.session() as session:
                rows = list(codes.list_items(session, self.context.actor, category.key))
        self.model.set_rows([[r.code, r.name, self.tr("In use") if r.enabled else self.tr("Disabled")] for r in rows],
                            rows)
        if rows:
            number = next((i for i, r in enumerate(rows) if r.id == select_id), 0)
            self.ui.itemsView.selectRow(number)
            self.ui.itemsView.setCurrentIndex(self.model.index(number, COL_CODE))
        self._update_buttons()

    def rows(self) -> list[CodeItemRow]:
        return [self.model.object_at(i) for i in range(self.model.rowCount())]

    def selected(self) -> CodeItemRow | None:
        index = self.ui.itemsView.selectionModel().currentIndex()
        return self.model.object_at(index.row()) if index.isValid() else None

    def select_code(self, code: str) -> None:
        for number, row in enumerate(self.rows()):
            if row.code == code:
                self.ui.itemsView.selectRow(number)
                self.ui.itemsView.setCurrentIndex(self.model.index(number, COL_CODE))
                return

    def _describe(self, category: CategoryRow | None, row: CodeItemRow | None) -> str:
        if category is None:
            return ""
        source = self.tr("Standard: %1").replace("%1", category.standard) if category.standard \
            else self.tr("Local list")
        counts = self.tr("%1 entries, %2 in use").replace("%1", str(category.item_count)) \
            .replace("%2", str(category.enabled_count))
        lines = [" · ".join((category.label, source, counts))]
        if category.locked:
            lines.append(self.tr("View only: %1").replace("%1", category.lock_reason))
        elif row is not None and row.locked:
            lines.append(row.lock_reason)
        return "\n".join(lines)

    def _update_buttons(self) -> None:
        ui = self.ui
        category = self.current_category()
        row = self.selected()
        editable = self.can_edit and category is not None and not category.locked
        changeable = editable and row is not None and not row.locked
        position = self.rows().index(row) if row is not None else -1
        ui.addButton.setEnabled(editable)
        ui.renameButton.setEnabled(changeable)
        ui.enableButton.setEnabled(changeable)
        ui.enableButton.setText(self.tr("E&nable") if row is not None and not row.enabled else self.tr("&Disable"))
        ui.upButton.setEnabled(editable and row is not None and position > 0)
        ui.downButton.setEnabled(editable and row is not None and 0 <= position < self.model.rowCount() - 1)
        ui.categoryLabel.setText(self._describe(category, row))

    # ------------------------------------------------------------------ actions
    def _changed(self, saved: CodeItemRow) -> None:
        self.context.events.announce(EVENT)
        self._load_categories()  # the counts of the list changed
        self._show_category(select_id=saved.id)

    def _open_item_dialog(self, row: CodeItemRow | None) -> CodeItemDialog | None:
        category = self.current_category()
        if category is None or category.locked or not self.can_edit:
            return None
        dialog = CodeItemDialog(self.context, category, row, self)
        self.item_dialog = dialog
        dialog.accepted.connect(lambda: self._changed(dialog.saved))
        dialog.finished.connect(lambda _result: self._item_dialog_closed(dialog))
        dialog.open()  # window-modal without blocking, so tests can fill it in
        return dialog

    def _item_dialog_closed(self, dialog: CodeItemDialog) -> None:
        if self.item_dialog is dialog:
            self.item_dialog = None
        dialog.deleteLater()

    def add_item(self) -> CodeItemDialog | None:
        return self._open_item_dialog(None)

    def rename_item(self) -> CodeItemDialog | None:
        row = self.selected()
        if row is None or not self.ui.renameButton.isEnabled():
            return None
        return self._open_item_dialog(row)

    def _run(self, work) -> bool:
        try:
            with self.context.db.session() as session:
                saved = work(session)
        except ServiceError as exc:
            show_error(self, exc.message)
            row = self.selected()
            self._show_category(select_id=row.id if row else None)  # show what is saved now (after a conflict)
            return False
        self._changed(saved)
        return True

    def toggle_enabled(self) -> bool:
        row = self.selected()
        if row is None or not self.ui.enableButton.isEnabled():
            return False
        return self._run(lambda session: codes.set_enabled(session, self.context.actor, row.id, not row.enabled,
                                                           expected_version=row.version))

    def move(self, step: int) -> bool:
        row = self.selected()
        button = self.ui.upButton if step < 0 else self.ui.downButton
        if row is None or not button.isEnabled():
            return False
        return self._run(lambda session: codes.move_item(session, self.context.actor, row.id, step,
                                                         expected_version=row.version))


def open_codes_dialog(parent: QWidget | None, context: AppContext) -> None:
    """Show the dictionaries modally; a user without 维护字典 may look but every change is off."""
    dialog = CodesDialog(context, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()

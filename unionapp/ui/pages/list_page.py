"""What the pages that list records share: the table's layout, the search box that answers as the
clerk types, finding and selecting a record's row, the filter by union, a service call from a
button, and the main window's page protocol (`action_enabled`, `focus_search`).

Translated texts stay in the pages (their translation context is the page's class) and come in
as arguments."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QAbstractItemModel, QObject, QSignalBlocker, QTimer
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QLineEdit, QTableView, QWidget

from unionapp.services.code_lookup import code_options
from unionapp.services.errors import ServiceError
from unionapp.services.organizations import get_organization
from unionapp.services.rights import Right
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.choose_org_dialog import ChooseOrgDialog
from unionapp.ui.dialogs.form_support import fill_combo, show_error

SEARCH_DELAY_MS = 250  # long enough to skip the keystrokes of one word, short enough to feel instant
ROW_PADDING = 8  # pixels added to the height of a line of text: more rows on a screen than Qt's default

# The menu actions of a page that adds, imports, exports and prints its records.
SHEET_ACTION_RIGHTS: dict[str, Right] = {"new_record": Right.EDIT, "import_records": Right.EDIT,
                                         "export": Right.EXPORT, "print_current": Right.PRINT}


def setup_table(view: QTableView, model: QAbstractItemModel, stretch_column: int,
                widths: dict[int, int] | None = None) -> QHeaderView:
    """Show `model` in `view` with compact rows; the clerk may resize every column, and
    `stretch_column` takes the room left over. Returns the horizontal header."""
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + ROW_PADDING)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    for column, width in (widths or {}).items():
        view.setColumnWidth(column, width)
    return header


def search_delay_timer(parent: QObject, edit: QLineEdit, slot: Callable[[], None]) -> QTimer:
    """Call `slot` once the clerk stops typing in `edit`, and at once on Enter. The slot should
    stop the returned timer, so that Enter does not search twice."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(SEARCH_DELAY_MS)
    timer.timeout.connect(slot)
    edit.textChanged.connect(lambda _text: timer.start())
    edit.returnPressed.connect(slot)
    return timer


def follow_selection(view: QTableView, slot: Callable[[], None]) -> None:
    """Call `slot` when the selection of `view` changes, and when its model reloads (which clears
    the selection without saying so)."""
    view.selectionModel().selectionChanged.connect(lambda *_args: slot())
    view.model().modelReset.connect(slot)


def show_loaded_count(model: QAbstractItemModel, label: QLabel, template: str) -> None:
    """Keep `label` at `template` ("%1 shown", translated by the page) with the rows fetched so far:
    the lists fetch their pages as the clerk scrolls."""
    def show(*_args) -> None:
        label.setText(template.replace("%1", str(model.rowCount())))

    model.modelReset.connect(show)
    model.rowsInserted.connect(show)


def selected_record(view: QTableView, model, *, first_of_many: bool = False):
    """The record (`model.row_at`) of the selected row of `view`. None when no row is selected, and
    when several are unless `first_of_many`, where the first of them counts."""
    rows = view.selectionModel().selectedRows()
    if len(rows) == 1 or (rows and first_of_many):
        return model.row_at(rows[0].row())
    return None


def select_record(view: QTableView, model, record_id: int) -> bool:
    """Select the row of record `record_id`; False when the list does not hold it (yet)."""
    row = model.row_of(record_id)
    if row >= 0:
        view.selectRow(row)
    return row >= 0


def show_org_name(edit: QLineEdit, context: AppContext, org_id: int | None) -> None:
    """Show the name of union `org_id` in a filter's read-only box; None (the whole county) clears it."""
    if org_id is None:
        edit.clear()
        return
    with context.db.session() as session:
        edit.setText(get_organization(session, context.actor, org_id).data.name)


def call_service(parent: QWidget, context: AppContext, work: Callable[[object], object], changed: str) -> bool:
    """Run `work(session)` in one transaction. A refusal is shown to the clerk; success is announced
    as a change of `changed`, so that every page showing such records reloads. True when done."""
    try:
        with context.db.session() as session:
            work(session)
    except ServiceError as exc:
        show_error(parent, exc.message)
        return False
    context.events.announce(changed)
    return True


def fill_code_filter(combo: QComboBox, context: AppContext, category: str, any_text: str) -> bool:
    """Offer `any_text` (no filter) and the entries in use of dictionary `category`. Called again
    when the dictionaries change: the clerk's choice stays while it is still offered. True when
    the choice had to change (an entry disabled or renamed), so the page filters again."""
    chosen = combo.currentData()
    with context.db.session() as session:
        options = code_options(session, context.actor, [category])[category]
    with QSignalBlocker(combo):
        fill_combo(combo, [(any_text, "")] + [(o.name, o.name) for o in options], blank=False)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
    return chosen is not None and combo.currentData() != chosen


def focus_edit(edit: QLineEdit) -> None:
    """Put the cursor in a search box with its text selected, so that typing replaces it."""
    edit.setFocus()
    edit.selectAll()


class ActionRights:
    """Mixin for a page with `self.context`: the main window's `action_enabled(name)`, from the right
    each action needs (ACTION_RIGHTS); an action not listed needs none."""

    ACTION_RIGHTS: ClassVar[dict[str, Right]] = {}

    def action_enabled(self, name: str) -> bool:
        needed = self.ACTION_RIGHTS.get(name)
        return needed is None or self.context.actor.has(needed)


class ListPage(ActionRights):
    """Mixin for a page with a search box `self.ui.searchEdit` above its list: Edit ▸ Find goes there."""

    def focus_search(self) -> None:
        focus_edit(self.ui.searchEdit)


class UnionFilter:
    """Mixin for a list page that can show one union's records with those of all unions under it:
    `self.ui.orgEdit` names the union, `ui.chooseOrgButton` and `ui.clearOrgButton` change it, and
    the page's `apply_filter()` reads `self._org_id`."""

    def connect_union_filter(self, **choose_options) -> None:
        """Wire the two buttons; `choose_options` (title, hint: translated by the page) go to the
        dialog that picks the union."""
        self.ui.chooseOrgButton.clicked.connect(lambda: self._choose_org(choose_options))
        self.ui.clearOrgButton.clicked.connect(lambda: self.set_org_filter(None))

    def set_org_filter(self, org_id: int | None) -> None:
        """Show one union's records (the whole subtree); None for the whole county."""
        self._org_id = org_id
        show_org_name(self.ui.orgEdit, self.context, org_id)
        self.apply_filter()

    def _choose_org(self, choose_options: dict) -> None:
        node = ChooseOrgDialog.choose(self, self.context, current_id=self._org_id, **choose_options)
        if node is not None:
            self.set_org_filter(node.id)

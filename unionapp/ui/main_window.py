"""The main window: modules on the left, the current page on the right, menus and status bar.

Pages are plain widgets built as `Page(context, parent)`. The window knows nothing of what they
show; it offers them a small protocol instead — a page may implement any of

    new_record()      File ▸ New (Ctrl+N)
    export()          File ▸ Export (Ctrl+E)
    print_current()   File ▸ Print (Ctrl+P)
    focus_search()    Edit ▸ Find (Ctrl+F): put the cursor in the page's search box

and each action is enabled only while the current page has the method. A page whose methods
depend on the user (say, only administrators add users) may also define
`action_enabled(name) -> bool`. Pages are built the first time they are shown, so that opening
the window never pays for a page the clerk does not visit."""

from __future__ import annotations

import importlib
import importlib.util
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QWidget,
)
from sqlalchemy import func, select

from unionapp import __version__
from unionapp.services.rights import Right
from unionapp.ui import jobs, settings
from unionapp.ui.context import AppContext
from unionapp.ui.forms.ui_main_window import Ui_MainWindow
from unionapp.ui.help import open_guide

log = logging.getLogger(__name__)

PAGE_METHODS = ("new_record", "export", "print_current", "focus_search")
PRELOAD_DELAY_MS = 50


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # source text in the "MainWindow" context
    module: str
    class_name: str
    right: Right | None  # who sees the module; None: everyone


SHEET_SUFFIXES = (".xlsx", ".xls", ".ods", ".csv")

PAGES = (
    PageSpec("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"),
             "unionapp.ui.pages.dashboard_page", "DashboardPage", Right.VIEW),
    PageSpec("organizations", QT_TRANSLATE_NOOP("MainWindow", "Organisations"),
             "unionapp.ui.pages.organizations_page", "OrganizationsPage", Right.VIEW),
    PageSpec("members", QT_TRANSLATE_NOOP("MainWindow", "Members"),
             "unionapp.ui.pages.members_page", "MembersPage", Right.VIEW),
    PageSpec("hardship", QT_TRANSLATE_NOOP("MainWindow", "Hardship files"),
             "unionapp.ui.pages.hardship_page", "HardshipPage", Right.VIEW),
    PageSpec("campaigns", QT_TRANSLATE_NOOP("MainWindow", "Aid campaigns"),
             "unionapp.ui.pages.campaigns_page", "CampaignsPage", Right.VIEW),
    PageSpec("mutual", QT_TRANSLATE_NOOP("MainWindow", "Mutual medical aid"),
             "unionapp.ui.pages.mutual_page", "MutualPage", Right.VIEW),
    PageSpec("visits", QT_TRANSLATE_NOOP("MainWindow", "Visits"),
             "unionapp.ui.pages.visits_page", "VisitsPage", Right.VIEW),
    # Everyone sees the users page: anyone may change their own password there.
    PageSpec("users", QT_TRANSLATE_NOOP("MainWindow", "Users"),
             "unionapp.ui.pages.users_page", "UsersPage", None),
    PageSpec("audit", QT_TRANSLATE_NOOP("MainWindow", "Audit log"),
             "unionapp.ui.pages.audit_page", "AuditPage", Right.AUDIT),
)


def _page_present(spec: PageSpec) -> bool:
    """Whether the page's module is part of this build, without importing it (cheap)."""
    try:
        return importlib.util.find_spec(spec.module) is not None
    except (ImportError, ValueError):
        return False


def _page_class(spec: PageSpec) -> type[QWidget] | None:
    """The page's class, or None when its module does not import (a module still being written
    is left out of the navigation instead of breaking the window)."""
    try:
        module = importlib.import_module(spec.module)
        return getattr(module, spec.class_name)
    except Exception:  # noqa: BLE001 - any failure only hides that module
        log.warning("page %s left out: %s.%s does not import", spec.key, spec.module, spec.class_name,
                    exc_info=True)
        return None


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._specs: list[PageSpec] = []
        self._classes: dict[str, type[QWidget]] = {}
        self._pages: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._setup_navigation()
        self._setup_actions()
        self._setup_status_bar()
        self.setAcceptDrops(True)
        context.events.changed.connect(self._on_data_changed)
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        last = settings.get(settings.LAST_PAGE)
        self.show_page(last if last in self.page_keys() else self.page_keys()[0])
        # A short delay lets the window paint first; then the other modules are checked.
        QTimer.singleShot(PRELOAD_DELAY_MS, self.preload_pages)

    # --- navigation -------------------------------------------------------------------------

    def _setup_navigation(self) -> None:
        # Only the page shown first is imported now; the others are imported just after the
        # window has appeared (preload_pages), so opening it does not pay for every module.
        actor = self.context.actor
        for spec in PAGES:
            if spec.right is not None and not actor.has(spec.right):
                continue
            if not _page_present(spec):
                log.info("page %s is not part of this build", spec.key)
                continue
            self._specs.append(spec)
            item = QListWidgetItem(QCoreApplication.translate("MainWindow", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.ui.navigation.addItem(item)
            placeholder = QWidget()
            self._placeholders[spec.key] = placeholder
            self.ui.pages.addWidget(placeholder)
        self.ui.navigation.setStyleSheet("QListWidget::item { padding: 10px 14px; }")
        self.ui.navigation.currentRowChanged.connect(self._on_navigation)

    def page_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def page(self, key: str) -> QWidget | None:
        """The page if it has been built (pages are built when first shown)."""
        return self._pages.get(key)

    def current_key(self) -> str | None:
        row = self.ui.navigation.currentRow()
        return self._specs[row].key if 0 <= row < len(self._specs) else None

    def current_page(self) -> QWidget | None:
        key = self.current_key()
        return self._pages.get(key) if key else None

    def show_page(self, key: str) -> QWidget | None:
        """Show a page (building it the first time); None if its module turned out not to work."""
        row = self.page_keys().index(key)
        if self.ui.navigation.currentRow() != row:
            self.ui.navigation.setCurrentRow(row)  # → _on_navigation
        return self._pages.get(key)

    def _resolve(self, key: str) -> type[QWidget] | None:
        if key not in self._classes:
            spec = next(spec for spec in self._specs if spec.key == key)
            page_class = _page_class(spec)
            if page_class is None:
                self._drop_page(key)
                return None
            self._classes[key] = page_class
        return self._classes[key]

    def preload_pages(self) -> None:
        """Import every module shown in the navigation; one that fails is taken out of it."""
        for key in self.page_keys():
            self._resolve(key)

    def _drop_page(self, key: str) -> None:
        row = self.page_keys().index(key)
        del self._specs[row]
        placeholder = self._placeholders.pop(key, None)
        self.ui.navigation.blockSignals(True)
        self.ui.navigation.takeItem(row)
        self.ui.navigation.blockSignals(False)
        if placeholder is not None:
            self.ui.pages.removeWidget(placeholder)
            placeholder.deleteLater()

    def _on_navigation(self, row: int) -> None:
        if not 0 <= row < len(self._specs):
            return
        key = self._specs[row].key
        page = self._pages.get(key)
        if page is None:
            page_class = self._resolve(key)
            if page_class is None:
                fallback = min(row, len(self._specs) - 1)
                self.ui.navigation.blockSignals(True)
                self.ui.navigation.setCurrentRow(fallback)
                self.ui.navigation.blockSignals(False)
                self._on_navigation(fallback)
                return
            page = page_class(self.context, self)
            self._pages[key] = page
            self._connect_page(page)
            placeholder = self._placeholders.pop(key)
            index = self.ui.pages.indexOf(placeholder)
            self.ui.pages.insertWidget(index, page)
            self.ui.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        self.ui.pages.setCurrentWidget(page)
        settings.put(settings.LAST_PAGE, key)
        self.update_actions()

    # --- a sheet dropped on the window -------------------------------------------------------

    @staticmethod
    def _dropped_sheet(event) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile():
            path = urls[0].toLocalFile()
            if path.lower().endswith(SHEET_SUFFIXES):
                return path
        return None

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._dropped_sheet(event) and self.context.actor.has(Right.EDIT):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """A roster dropped on the window opens the import wizard of the page shown (members
        unless that page imports something else)."""
        path = self._dropped_sheet(event)
        if path is None:
            return
        event.acceptProposedAction()
        page = self.current_page()
        if not callable(getattr(page, "import_records", None)):
            page = self.show_page("members") if "members" in self.page_keys() else None
        if page is not None:
            page.import_records(path)

    def _connect_page(self, page: QWidget) -> None:
        # "查看会员" on a union opens the member list filtered to that union's subtree.
        requested = getattr(page, "members_requested", None)
        if requested is not None and "members" in self.page_keys():
            requested.connect(self.show_members_of)

    def show_members_of(self, org_id: int) -> None:
        members = self.show_page("members")
        if members is not None:
            members.set_org_filter(org_id)

    # --- actions ----------------------------------------------------------------------------

    def _page_actions(self) -> dict[str, QAction]:
        ui = self.ui
        return {"new_record": ui.actionNew, "import_records": ui.actionImport, "export": ui.actionExport,
                "print_current": ui.actionPrint, "focus_search": ui.actionFind}

    def _setup_actions(self) -> None:
        for name, action in self._page_actions().items():
            action.triggered.connect(lambda _checked=False, name=name: self._call_page(name))
        ui = self.ui
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.about)
        ui.actionGuide.triggered.connect(lambda: open_guide(self))
        ui.actionDemo.triggered.connect(self.generate_demo)
        ui.actionBackup.triggered.connect(self.backup)
        ui.actionRestore.triggered.connect(self.restore)
        ui.actionCheck.triggered.connect(self.check_database)
        ui.actionCodes.triggered.connect(self.edit_dictionaries)
        ui.actionSettings.triggered.connect(self.edit_settings)
        actor = self.context.actor
        ui.actionCodes.setEnabled(actor.has(Right.CODES))
        ui.actionSettings.setEnabled(actor.has(Right.SETTINGS))
        ui.actionBackup.setEnabled(actor.has(Right.BACKUP))
        ui.actionRestore.setEnabled(actor.has(Right.BACKUP))
        ui.actionDemo.setVisible(actor.has(Right.EDIT))
        ui.menuTools.aboutToShow.connect(self._update_demo_action)
        self._update_demo_action()

    def update_actions(self) -> None:
        page = self.current_page()
        check = getattr(page, "action_enabled", None)
        for name, action in self._page_actions().items():
            available = callable(getattr(page, name, None))
            if available and callable(check):
                available = bool(check(name))
            action.setEnabled(available)

    def _call_page(self, name: str) -> None:
        # A shortcut can fire while its action is disabled only through a race with a page
        # switch; the check keeps a page from being asked for what it did not offer.
        page = self.current_page()
        method = getattr(page, name, None)
        if callable(method) and self._page_actions()[name].isEnabled():
            method()

    def _database_is_empty(self) -> bool:
        from unionapp.db.models import Organization

        with self.context.db.session() as session:
            return not session.scalar(select(func.count()).select_from(Organization))

    def _update_demo_action(self) -> None:
        # Demo data only goes into an empty database: it must never mix with an office's records.
        self.ui.actionDemo.setEnabled(self.context.actor.has(Right.EDIT) and self._database_is_empty())

    # --- status bar -------------------------------------------------------------------------

    def _setup_status_bar(self) -> None:
        actor = self.context.actor
        self.user_label = QLabel(self.tr("User: %1 (%2)").replace("%1", actor.username).replace("%2", actor.role_label))
        self.database_label = QLabel(self.tr("Database: %1").replace("%1", self.context.db.describe()))
        self.user_label.setContentsMargins(8, 0, 8, 0)
        self.database_label.setContentsMargins(8, 0, 8, 0)
        self.ui.statusbar.addWidget(self.user_label)
        self.ui.statusbar.addPermanentWidget(self.database_label)

    def _on_data_changed(self, entity: str) -> None:
        if entity in ("organization", "all"):
            self._update_demo_action()

    # --- tools ------------------------------------------------------------------------------

    def generate_demo(self) -> jobs.Job | None:
        self._update_demo_action()
        if not self.ui.actionDemo.isEnabled():
            QMessageBox.information(self, self.tr("Demo data"),
                                    self.tr("Demo data can only be generated into an empty database."))
            return None
        members, ok = QInputDialog.getInt(
            self, self.tr("Demo data"), self.tr("How many members should the demo county have?"),
            2000, 0, 1_000_000, 1000,
        )
        if not ok:
            return None
        return self.run_demo(members)

    def run_demo(self, members: int) -> jobs.Job:
        from unionapp.services.demo import generate_demo
        from unionapp.services.demo_aid import fill_aid_demo

        db, actor = self.context.db, self.context.actor

        def body(report):
            # The hardship files, campaigns and visits too, as `unionapp demo` does: a newcomer
            # trying the program should find every page filled, not three empty ones.
            with db.session() as session:
                summary = generate_demo(session, actor, members=members, progress=jobs.cancellable(report))
                return summary, fill_aid_demo(session, actor)

        def done(result) -> None:
            summary, aid = result
            self.context.events.announce("all")
            QMessageBox.information(
                self, self.tr("Demo data"),
                self.tr("Demo data generated: %1 organisations, %2 members, %3 employers without a union, "
                        "%4 hardship files, %5 aid campaigns and %6 visits.")
                .replace("%1", str(summary.organizations)).replace("%2", str(summary.members))
                .replace("%3", str(summary.unorganized)).replace("%4", str(aid.files))
                .replace("%5", str(aid.campaigns)).replace("%6", str(aid.visits)),
            )

        return jobs.run_with_progress(self, self.tr("Generating demo data…"), body, writes=True, on_finished=done)

    def _folder(self, key: settings.Key[str]) -> str:
        folder = settings.get(key)
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def backup(self) -> jobs.Job | None:
        name = f"unionapp-backup-{datetime.now():%Y%m%d-%H%M}.sqlite3"
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up the database"), str(Path(self._folder(settings.LAST_BACKUP_FOLDER)) / name),
            self.tr("Backup files (*.sqlite3)"),
        )
        if not target:
            return None
        settings.put(settings.LAST_BACKUP_FOLDER, str(Path(target).parent))
        return self.run_backup(Path(target))

    def run_backup(self, target: Path) -> jobs.Job:
        from unionapp.db.backup import backup_database
        from unionapp.services import audit

        db, actor = self.context.db, self.context.actor
        actor.require(Right.BACKUP)

        def body(_report):
            written = backup_database(db, target)
            with db.session() as session:
                audit.record(session, actor, "backup", "database", None, f"备份到 {written}")
            return written

        def done(written) -> None:
            QMessageBox.information(self, self.tr("Backup"),
                                    self.tr("The database was backed up to %1.").replace("%1", str(written)))

        return jobs.run_with_progress(self, self.tr("Backing up…"), body, writes=True, on_finished=done)

    def restore(self) -> jobs.Job | None:
        source, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), self._folder(settings.LAST_BACKUP_FOLDER),
            self.tr("Backup files (*.sqlite3);;All files (*)"),
        )
        if not source:
            return None
        settings.put(settings.LAST_BACKUP_FOLDER, str(Path(source).parent))
        answer = QMessageBox.question(
            self, self.tr("Restore"),
            self.tr("Restoring replaces all current data with the backup %1. The current data is backed up "
                    "first. Restore now?").replace("%1", source),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return self.run_restore(Path(source))

    def run_restore(self, source: Path) -> jobs.Job:
        from unionapp.db.backup import BackupError, restore_database
        from unionapp.services import audit
        from unionapp.services.errors import ServiceError

        db, actor = self.context.db, self.context.actor
        actor.require(Right.BACKUP)

        def body(_report):
            try:
                safety = restore_database(db, source)
            except BackupError as exc:
                raise ServiceError(str(exc)) from exc
            with db.session() as session:
                audit.record(session, actor, "restore", "database", None,
                             f"从 {source} 恢复；恢复前的数据已备份到 {safety}")
            return safety

        def done(safety) -> None:
            self.context.events.announce("all")
            QMessageBox.information(
                self, self.tr("Restore"),
                self.tr("The data was restored from %1. The data from before is kept in %2.")
                .replace("%1", str(source)).replace("%2", str(safety)),
            )

        return jobs.run_with_progress(self, self.tr("Restoring…"), body, writes=True, on_finished=done)

    def check_database(self) -> jobs.Job:
        from unionapp.services.integrity import check_database

        db = self.context.db

        def body(_report):
            with db.session() as session:
                return check_database(session)

        def done(report) -> None:
            text = "\n".join(report.facts)
            if report.ok:
                QMessageBox.information(self, self.tr("Check database"),
                                        self.tr("No problem found.") + "\n\n" + text)
            else:
                QMessageBox.warning(self, self.tr("Check database"),
                                    self.tr("Problems found:") + "\n" + "\n".join(report.problems) + "\n\n" + text)

        return jobs.run_with_progress(self, self.tr("Checking the database…"), body, on_finished=done)

    def edit_dictionaries(self) -> None:
        from unionapp.ui.dialogs.codes_dialog import open_codes_dialog

        open_codes_dialog(self, self.context)

    def edit_settings(self) -> None:
        from unionapp.ui.dialogs.settings_dialog import open_settings_dialog

        open_settings_dialog(self, self.context)

    def about(self) -> None:
        from unionapp.ui.about import show_about  # adds the licences of the bundled parts

        show_about(
            self, self.tr("About"),
            self.tr("County Trade Union Management\nVersion %1\nDatabase: %2")
            .replace("%1", __version__).replace("%2", self.context.db.describe()),
        )

    # --- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        settings.put(settings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.put(settings.WINDOW_STATE, self.saveState())
        key = self.current_key()
        if key:
            settings.put(settings.LAST_PAGE, key)
        super().closeEvent(event)

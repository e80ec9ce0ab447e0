"""The composition root of the window: logging → Qt → translators → excepthook → database →
sign-in → main window → automatic backup on exit.

Nothing here may touch the member table: with a million members the window must be up in under
two seconds (DESIGN §9), so everything that counts runs later, as a background job of a page."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from unionapp import paths
from unionapp.db.engine import Database, default_url, saved_url, startup_url
from unionapp.services.rights import Actor
from unionapp.ui import settings

log = logging.getLogger("unionapp.ui.app")

LOG_FILE_NAME = "unionapp.log"
LANGUAGE = "zh_CN"  # the default and, for now, the only translation (DESIGN §1)


def setup_logging() -> RotatingFileHandler:
    """A rotating log file in the data folder: the first thing support asks for."""
    handler = RotatingFileHandler(paths.log_dir() / LOG_FILE_NAME, maxBytes=2_000_000, backupCount=5,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return handler


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, or the one that already runs (tests). Qt 6 scales for high-DPI screens
    by itself; nothing needs setting for that."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv if argv is not None else sys.argv))
    app.setOrganizationName(settings.ORGANIZATION_NAME)
    app.setApplicationName(settings.APPLICATION_NAME)
    from unionapp import __version__

    app.setApplicationVersion(__version__)
    from unionapp.ui.about import app_icon

    app.setWindowIcon(app_icon())
    return app


def install_translators(app: QCoreApplication, language: str = LANGUAGE) -> list[QTranslator]:
    """Qt's own strings (buttons of standard dialogs) and ours, both in Chinese. The translators
    are returned so the caller keeps them alive (a collected translator stops translating)."""
    QLocale.setDefault(QLocale(language))
    installed = []
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    else:
        log.warning("Qt's own %s translation not found in %s", language, qt_dir)
    ours = QTranslator(app)
    qm = paths.resource_path("i18n", f"unionapp_{language}.qm")
    if ours.load(str(qm)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.error("translation %s could not be loaded", qm)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def open_database(db_url: str | None, parent: QWidget | None = None) -> Database | None:
    """Open and upgrade the database, or tell the clerk in plain words why it cannot be."""
    from unionapp.db.migrate import upgrade_database

    db = None
    try:
        db = Database.open(db_url)
        upgrade_database(db)
        return db
    except Exception as exc:  # noqa: BLE001 - every failure here ends in the same dialog
        log.exception("the database could not be opened")
        where = db.describe() if db is not None else (db_url or str(paths.default_database_path()))
        if db is not None:
            db.dispose()
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        QMessageBox.critical(
            parent, QCoreApplication.translate("App", "Cannot open the database"),
            QCoreApplication.translate(
                "App",
                "The database %1 could not be opened.\n\nReason: %2\n\nCheck that the file exists and is not "
                "opened by another program, or that the database server can be reached.",
            ).replace("%1", where).replace("%2", first_line),
        )
        return None


def use_default_instead(parent: QWidget | None = None) -> bool:
    """The location chosen in the settings failed (a server switched off, a file moved): rather
    than leave the clerk with a program that will not start, offer this computer's own file.
    The saved choice stays, so the office database is used again once it can be reached."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("App", "Cannot open the database"),
        QCoreApplication.translate(
            "App",
            "The data location chosen for this computer cannot be used now.\n\nOpen this computer's default "
            "data file instead? The chosen location is kept; change it under Tools ▸ Settings.",
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


def sign_in(db: Database, parent: QWidget | None = None) -> Actor | None:
    """The first start creates the administrator; afterwards the login dialog. None: the clerk
    quit instead of signing in."""
    from unionapp.services import users
    from unionapp.ui.dialogs.login_dialog import FirstAdminDialog, LoginDialog

    with db.session() as session:
        first = users.needs_first_admin(session)
    dialog = FirstAdminDialog(db, parent) if first else LoginDialog(db, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    actor = dialog.actor if accepted else None
    dialog.deleteLater()
    return actor


def backup_on_exit(db: Database) -> Path | None:
    """The automatic daily backup (DESIGN §7); a failure is logged, never keeps the program open."""
    from unionapp.db.backup import auto_backup

    try:
        return auto_backup(db)
    except Exception:  # noqa: BLE001 - logged; the clerk's work is already saved
        log.exception("automatic backup failed")
        return None


@dataclass
class GuiSession:
    """What run_gui set up and must take down again (tests run it more than once)."""

    app: QApplication
    log_handler: RotatingFileHandler | None = None
    translators: list[QTranslator] = field(default_factory=list)
    excepthook: object = None
    db: Database | None = None
    window: QWidget | None = None

    def close(self) -> None:
        # A second quit request (say, the last window closing as quit() was called) would still be
        # queued and end the next event loop the caller runs; nothing after run_gui wants it.
        QCoreApplication.removePostedEvents(None, QEvent.Type.Quit)
        if self.db is not None:
            from unionapp.ui import jobs

            jobs.wait_for_all_jobs()
            backup_on_exit(self.db)
            self.db.dispose()
        if self.excepthook is not None:
            self.excepthook.uninstall()
        remove_translators(self.app, self.translators)
        if self.log_handler is not None:
            logging.getLogger().removeHandler(self.log_handler)
            self.log_handler.close()


def run_gui(db_url: str | None, *, argv: list[str] | None = None) -> int:
    """Open the window and run until it closes; the exit status of the program."""
    handler = setup_logging()
    log.info("starting the window")
    app = make_application(argv)
    gui = GuiSession(app, handler)
    try:
        gui.translators = install_translators(app)
        from unionapp.ui import smoke

        smoke.arm(app)  # only with UNIONAPP_SMOKE_EXIT_MS (the installer's smoke test)
        from unionapp.ui.excepthook import install_excepthook

        gui.excepthook = install_excepthook(handler.baseFilename)
        app.setApplicationDisplayName(QCoreApplication.translate("App", "County Trade Union Management"))
        url = startup_url(db_url)  # --db, UNIONAPP_DB, this computer's choice; None: the default file
        gui.db = open_database(url)
        if gui.db is None and url is not None and url == saved_url() and use_default_instead():
            gui.db = open_database(default_url())
        if gui.db is None:
            return 1
        actor = smoke.signed_in_actor(gui.db) or sign_in(gui.db)
        if actor is None:
            return 0
        from unionapp.ui.context import AppContext
        from unionapp.ui.main_window import MainWindow

        gui.window = MainWindow(AppContext(gui.db, actor))
        gui.window.show()
        log.info("signed in as %s (%s)", actor.username, actor.role)
        return app.exec()
    finally:
        if gui.window is not None:
            gui.window.deleteLater()
        gui.close()
        log.info("the window closed")

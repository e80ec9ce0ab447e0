"""Smoke mode: the packaged program proves it found everything it needs, then closes itself.

Used by `installer/build.py --linux-smoke` on the frozen build, never by a clerk. Nothing here
happens unless UNIONAPP_SMOKE_EXIT_MS is set:

    UNIONAPP_SMOKE_EXIT_MS=N     N ms after Qt started, report and quit (from any dialog too)
    UNIONAPP_SMOKE_USER=NAME     sign in as NAME with the password in UNIONAPP_PASSWORD instead of
                                 showing the sign-in dialog (the password is still needed)
    UNIONAPP_SMOKE_PDF=FILE      open FILE in the print preview and print it to a PDF file
    UNIONAPP_SMOKE_REPORT=FILE   write the report as JSON there (it is always logged)

The report says which windows were up, which pages of the main window could be built (pages are
imported by name, the very thing a frozen build can miss), whether our and Qt's Chinese
translations are loaded, and whether the print preview rendered through PDFium."""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

log = logging.getLogger(__name__)

EXIT_MS_ENV = "UNIONAPP_SMOKE_EXIT_MS"
USER_ENV = "UNIONAPP_SMOKE_USER"
PDF_ENV = "UNIONAPP_SMOKE_PDF"
REPORT_ENV = "UNIONAPP_SMOKE_REPORT"
PASSWORD_ENV = "UNIONAPP_PASSWORD"  # the same variable the command line reads


def exit_after_ms() -> int | None:
    value = os.environ.get(EXIT_MS_ENV, "").strip()
    return int(value) if value.isdigit() else None


def signed_in_actor(db):
    """In smoke mode with UNIONAPP_SMOKE_USER: that account, signed in with its password; else
    None (the sign-in dialog is shown as usual)."""
    username = os.environ.get(USER_ENV)
    if exit_after_ms() is None or not username:
        return None
    from unionapp.services.users import login

    return login(db, username, os.environ.get(PASSWORD_ENV, ""))


def arm(app: QApplication) -> None:
    """Start the clock of smoke mode (no-op without UNIONAPP_SMOKE_EXIT_MS)."""
    delay = exit_after_ms()
    if delay is None:
        return
    log.info("smoke mode: closing after %d ms", delay)
    # The timer belongs to the application: it fires inside the sign-in dialog's loop as well.
    QTimer.singleShot(delay, app, lambda: _finish(app))


def _translated(context: str, text: str) -> str:
    # Through a variable, so that pyside6-lupdate does not collect these strings as ours.
    return QCoreApplication.translate(context, text)


def _wait(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def _finish(app: QApplication) -> None:
    report: dict = {"windows": [], "problems": []}
    try:
        report["windows"] = [
            {"class": type(w).__name__, "title": w.windowTitle()} for w in app.topLevelWidgets() if w.isVisible()
        ]
        report["translations"] = {
            "unionapp": _translated("MainWindow", "Dashboard"),
            "qtbase": _translated("QPlatformTheme", "Cancel"),  # from Qt's own qtbase_zh_CN.qm
        }
        if report["translations"]["unionapp"] == "Dashboard":
            report["problems"].append("the program's Chinese translation is not loaded")
        if report["translations"]["qtbase"] == "Cancel":
            report["problems"].append("Qt's own Chinese translation (qtbase_zh_CN) is not loaded")
        _check_bundled_files(report)
        window = next((w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()), None)
        if window is not None:
            report["pages"] = _visit_pages(app, window, report["problems"])
            pdf = os.environ.get(PDF_ENV)
            if pdf:
                report["preview"] = _preview_and_print(app, window, Path(pdf), report["problems"])
        else:
            report["problems"].append("the main window is not open")
    except Exception as exc:  # noqa: BLE001 - a smoke run reports, it does not crash
        log.exception("smoke check failed")
        report["problems"].append(f"{type(exc).__name__}: {exc}")
    log.info("smoke report: %s", json.dumps(report, ensure_ascii=False))
    target = os.environ.get(REPORT_ENV)
    if target:
        Path(target).write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    app.exit(1 if report["problems"] else 0)


def _check_bundled_files(report: dict) -> None:
    """Help ▸ 使用说明 finds the HTML guide, and the About box its licence table."""
    from unionapp.ui import about, help

    guide = help.guide_path()
    report["guide"] = guide.name if guide else None
    report["licences"] = len(about.bundled_components())
    if guide is None or guide.suffix != ".html":
        report["problems"].append(f"the HTML guide is not bundled (found {guide})")
    if not report["licences"]:
        report["problems"].append("the licence table (licenses/THIRD_PARTY.md) is not bundled")


def _visit_pages(app: QApplication, window, problems: list[str]) -> dict[str, bool]:
    from unionapp.ui import main_window

    actor = window.context.actor
    expected = [spec.key for spec in main_window.PAGES if spec.right is None or actor.has(spec.right)]
    built = {}
    for key in expected:
        if key not in window.page_keys():
            built[key] = False
            continue
        page = window.show_page(key)
        _wait(app, 0.3)
        built[key] = page is not None and window.page(key) is not None
    missing = [key for key, ok in built.items() if not ok]
    if missing:
        problems.append("pages missing from the build: " + ", ".join(missing))
    return built


def _preview_and_print(app: QApplication, window, pdf: Path, problems: list[str]) -> dict:
    """The print preview renders the PDF through PDFium; printing goes through QPrinter into a PDF
    file (no printer needed)."""
    from PySide6.QtPrintSupport import QPrinter

    from unionapp.ui.dialogs.print_preview import PrintPreviewDialog

    dialog = PrintPreviewDialog(pdf, window)
    dialog.show()
    _wait(app, 0.3)
    result = {"pages": dialog.page_count}
    out = Path(tempfile.mkdtemp(prefix="unionapp-smoke-")) / "printed.pdf"
    printer = dialog._make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    printer.setFromTo(1, 1)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    result["printed"] = bool(dialog.print_to(printer)) and out.is_file() and out.stat().st_size > 0
    if not result["printed"]:
        problems.append("the preview could not print to a PDF file")
    dialog.reject()
    return result

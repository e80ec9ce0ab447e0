"""What the hardship, campaign and visit screens share: a PDF made off the GUI thread and shown in
the print preview, an export to .xlsx / .csv behind a progress dialog, finding the member or
hardship file a payment or a visit is for, and reading amounts typed by clerks."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from unionapp.domain.errors import DomainError
from unionapp.domain.hardship import parse_amount
from unionapp.domain.text import clean_text
from unionapp.services.hardship_search import HardshipFilter, HardshipRow, search_hardship_files
from unionapp.services.member_search import MemberFilter, MemberRow, search_members
from unionapp.ui import jobs
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.form_support import show_error
from unionapp.ui.dialogs.print_preview import PrintPreviewDialog
from unionapp.ui.dialogs.save_path import ask_save_path

FIND_LIMIT = 30



# ---------------------------------------------------------------------- print preview
def print_to_preview(parent: QWidget, context: AppContext, title: str, file_name: str,
                     render: Callable[[object, Path], object], *,
                     warning_of: Callable[[object], str] | None = None) -> jobs.Job:
    """Make a PDF with `render(session, path)` off the GUI thread (printing is audited, so the
    session commits), then show it in the preview; the preview is kept as `parent.preview`."""
    workdir = Path(tempfile.mkdtemp(prefix="unionapp-print-"))
    path = workdir / file_name
    db = context.db

    def body(_report):
        with db.session() as session:
            return render(session, path)

    def shown(result) -> None:
        warning = warning_of(result) if warning_of else ""
        preview = PrintPreviewDialog(path, parent, title=title, warning=warning)
        preview.finished.connect(lambda _code: shutil.rmtree(workdir, ignore_errors=True))
        parent.preview = preview
        preview.open()

    def failed(message: str) -> None:
        shutil.rmtree(workdir, ignore_errors=True)
        show_error(parent, message)

    return jobs.run_with_progress(parent, QCoreApplication.translate("AidSupport", "Making the document…"), body, writes=True, on_finished=shown,
                                  on_failed=failed)


def missing_warning(result) -> str:
    """The preview's warning when characters are in no installed font."""
    missing = getattr(result, "missing", "")
    if not missing:
        return ""
    if not isinstance(missing, str):
        missing = "、".join(str(m) for m in missing)
    return QCoreApplication.translate("AidSupport", "These characters are in no installed font and will print as blanks: %1").replace("%1", missing)


# ---------------------------------------------------------------------- export
def export_to_sheet(parent: QWidget, context: AppContext, title: str, suggested: str,
                    write: Callable[[object, Path, Callable], int]) -> jobs.Job | None:
    """Ask where (in the last export folder or Documents), then `write(session, path, progress)`
    behind a progress dialog."""
    chosen = ask_save_path(parent, title, suggested,
                           QCoreApplication.translate("AidSupport", "Excel workbook (*.xlsx);;CSV (*.csv)"),
                           suffixes=(".xlsx", ".csv"))
    if chosen is None:
        return None
    path = str(chosen)
    db = context.db

    def body(report):
        with db.session() as session:
            return write(session, chosen, jobs.cancellable(report))

    return jobs.run_with_progress(
        parent, title, body, writes=True,
        on_finished=lambda count: QMessageBox.information(
            parent, title, QCoreApplication.translate("AidSupport", "%1 rows saved to %2").replace("%1", str(count)).replace("%2", path)),
        on_failed=lambda message: show_error(parent, message))


# ---------------------------------------------------------------------- finding people
def find_members(context: AppContext, text: str) -> list[MemberRow]:
    if not clean_text(text):
        return []
    with context.db.session() as session:
        return search_members(session, context.actor, MemberFilter(text=text), offset=0, limit=FIND_LIMIT)


def find_files(context: AppContext, text: str, status: str | None = "active") -> list[HardshipRow]:
    if not clean_text(text):
        return []
    with context.db.session() as session:
        return search_hardship_files(session, context.actor, HardshipFilter(text=text, status=status), offset=0,
                                     limit=FIND_LIMIT)


def choose_one(parent: QWidget, title: str, rows: list, describe: Callable[[object], str]):
    """The only match, or the one the clerk picks from the matches; None when none."""
    if not rows:
        QMessageBox.information(parent, title, QCoreApplication.translate("AidSupport", "Nothing found. Try the full name or more digits."))
        return None
    if len(rows) == 1:
        return rows[0]
    items = [describe(r) for r in rows]
    chosen, ok = QInputDialog.getItem(parent, title, QCoreApplication.translate("AidSupport", "Several match; choose one:"), items, 0, False)
    return rows[items.index(chosen)] if ok and chosen in items else None


def describe_member(row: MemberRow) -> str:
    return f"{row.name}　{row.id_number}　{row.org_name}"


def describe_file(row: HardshipRow) -> str:
    return f"{row.name}　{row.id_number}　{row.file_no}　{row.category}　{row.org_name}"


# ---------------------------------------------------------------------- typed values
def read_amount(text: str, label: str) -> str | None:
    """The text of an amount as typed (the service parses it); DomainError when unreadable, so the
    clerk learns at once rather than after saving."""
    value = clean_text(text)
    if not value:
        return None
    parse_amount(value, label)
    return value


def read_year(text: str, label: str) -> int | None:
    value = clean_text(text)
    if not value:
        return None
    if not value.isdigit() or len(value) != 4:
        raise DomainError("year", f"{label}请填写四位数字年份")
    return int(value)


def exec_dialog(dialog: QDialog) -> bool:
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()

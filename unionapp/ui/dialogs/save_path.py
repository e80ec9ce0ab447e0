"""Where a save dialog opens: in the folder the clerk last saved an export to, or in their
Documents folder — never the program's working folder (on Windows that can be the install
folder). The folder chosen is remembered for the next export."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from unionapp.ui import settings


def documents_folder() -> Path:
    """The user's Documents folder (我的文档), or their home folder when there is none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    return Path.home()


def start_folder(folder: str | Path | None = None) -> Path:
    """`folder` when it exists, else the last export folder when it still exists, else Documents."""
    for candidate in (folder, settings.get(settings.LAST_EXPORT_FOLDER)):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return documents_folder()


def proposed_path(suggested: str, folder: str | Path | None = None) -> str:
    """The full path a save dialog proposes for the file name `suggested`."""
    return str(start_folder(folder) / suggested)


def _suffix_of(selected_filter: str, suffixes: tuple[str, ...]) -> str:
    """The suffix of the file type chosen in the dialog ("CSV (*.csv)" → ".csv"), else the first."""
    for pattern in re.findall(r"\*(\.\w+)", selected_filter or ""):
        if pattern.lower() in suffixes:
            return pattern.lower()
    return suffixes[0]


def ask_save_path(parent: QWidget | None, title: str, suggested: str, file_filter: str, *,
                  folder: str | Path | None = None, suffixes: tuple[str, ...] = (".xlsx",)) -> Path | None:
    """Ask where to save, proposing `<folder, last export folder or Documents>/<suggested>`.
    A name typed without one of `suffixes` gets the suffix of the chosen file type. The folder
    chosen is remembered as the last export folder. None when the clerk cancels."""
    chosen, selected_filter = QFileDialog.getSaveFileName(parent, title, proposed_path(suggested, folder),
                                                          file_filter)
    if not chosen:
        return None
    if not chosen.lower().endswith(suffixes):
        chosen += _suffix_of(selected_filter, suffixes)
    path = Path(chosen)
    settings.put(settings.LAST_EXPORT_FOLDER, str(path.parent))
    return path

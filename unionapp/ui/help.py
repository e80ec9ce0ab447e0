"""Help ▸ 使用说明: open the clerk's guide that ships with the program.

The installed program carries resources/guide/zh_CN.html (made from docs/guide/zh_CN.md by
installer/build.py, screenshots beside it) and opens it in the PC's web browser, offline. Run
from source, the Markdown in docs/guide is opened instead."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from unionapp import paths

GUIDE_NAME = "zh_CN"


def guide_path() -> Path | None:
    """The guide to open: the bundled HTML, else the bundled or source Markdown; None if absent."""
    candidates = [paths.resource_path("guide", f"{GUIDE_NAME}.html"), paths.resource_path("guide", f"{GUIDE_NAME}.md")]
    if not getattr(sys, "frozen", False):
        candidates.append(Path(__file__).resolve().parents[2] / "docs" / "guide" / f"{GUIDE_NAME}.md")
    return next((path for path in candidates if path.is_file()), None)


def open_guide(parent: QWidget | None = None) -> bool:
    """Open the guide with the system's viewer; tell the clerk what to do when that fails."""
    title = QCoreApplication.translate("Help", "User guide")
    path = guide_path()
    if path is None:
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "Help", "The user guide is missing from this installation. Please reinstall the program."))
        return False
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        message = QCoreApplication.translate(
            "Help", "The user guide could not be opened automatically. Open this file with a web browser:\n%1")
        QMessageBox.information(parent, title, message.replace("%1", str(path)))
        return False
    return True

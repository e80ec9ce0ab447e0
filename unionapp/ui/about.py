"""The About box (Help ▸ About): version, where the data is, and the licences of the bundled
open-source parts (read from resources/licenses/THIRD_PARTY.md, the one list of them), with a
link to the folder of licence texts. Also the application icon."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QWidget

from unionapp import paths

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The red 工 emblem (tools/make_icon.py) in every size that was drawn."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = paths.resource_path("icons", f"unionapp-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon


def bundled_components(licence_list: Path | None = None) -> list[tuple[str, str]]:
    """(component, licence) rows of the table in THIRD_PARTY.md; empty when it is missing."""
    path = licence_list or paths.resource_path("licenses", "THIRD_PARTY.md")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    rows = []
    for line in lines:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.lstrip().startswith("|") or len(cells) < 3:
            continue
        if set(cells[0]) <= set("-: ") or cells[0].startswith("组件"):
            continue  # the separator and the header row
        rows.append((cells[0], cells[-1]))
    return rows


def about_html(heading: str) -> str:
    """`heading`: the window's own lines (name, version, database); then the data folder, the
    bundled components with their licences and the link to the licence texts."""
    data_folder = QCoreApplication.translate("About", "Data folder: %1").replace("%1", str(paths.data_dir()))
    intro = QCoreApplication.translate("About", "Open-source components in this program and their licences:")
    texts = QCoreApplication.translate("About", "Licence texts")
    parts = ["<p>" + "<br>".join(html.escape(line) for line in heading.splitlines()) + "</p>",
             f"<p>{html.escape(data_folder)}</p>"]
    components = bundled_components()
    if components:
        rows = "".join(
            f'<tr><td style="padding-right: 16px">{html.escape(name)}</td><td>{html.escape(licence)}</td></tr>'
            for name, licence in components
        )
        parts.append(f"<p>{html.escape(intro)}</p><table cellspacing=\"0\">{rows}</table>")
    folder = paths.resource_path("licenses")
    if folder.is_dir():
        link = QUrl.fromLocalFile(str(folder)).toString()
        parts.append(f'<p><a href="{html.escape(link)}">{html.escape(texts)}</a></p>')
    return "".join(parts)


def show_about(parent: QWidget | None, title: str, heading: str) -> None:
    """QMessageBox.about(parent, title, heading) with the licences below the heading. The box
    shows the application icon and opens the link to the licence texts in the file manager."""
    QMessageBox.about(parent, title, about_html(heading))

"""UI preferences kept in QSettings (CONVENTIONS rule 9): window geometry, the last page, the last
folders. Each key is declared once here with its type and default, so a typo cannot create a
second key and a value of the wrong type (QSettings returns strings from ini files) never reaches
a widget. Anything that belongs to the office's data lives in the database instead."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION_NAME = "unionapp"
APPLICATION_NAME = "unionapp"

T = TypeVar("T")


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    type: type
    default: T


WINDOW_GEOMETRY: Key[QByteArray] = Key("window/geometry", QByteArray, QByteArray())
WINDOW_STATE: Key[QByteArray] = Key("window/state", QByteArray, QByteArray())
LAST_PAGE: Key[str] = Key("window/last_page", str, "dashboard")
LAST_USERNAME: Key[str] = Key("login/last_username", str, "")
DASHBOARD_TOWNSHIP: Key[int] = Key("dashboard/township_id", int, 0)  # 0: the whole county
LAST_BACKUP_FOLDER: Key[str] = Key("folders/backup", str, "")
LAST_EXPORT_FOLDER: Key[str] = Key("folders/export", str, "")
LAST_IMPORT_FOLDER: Key[str] = Key("folders/import", str, "")
LAST_PRINT_FOLDER: Key[str] = Key("folders/print", str, "")
LAST_PHOTO_FOLDER: Key[str] = Key("folders/photos", str, "")  # the folder of the last bulk photo import
# Printer calibration: JSON {"<printer>|<layout>": [x_mm, y_mm]}, one pair per printer and layout.
PRINT_OFFSETS: Key[str] = Key("print/offsets", str, "{}")
CARD_LAYOUT: Key[str] = Key("print/card_layout", str, "cr80")
CARD_PRINTER: Key[str] = Key("print/card_printer", str, "")

ALL_KEYS = (
    WINDOW_GEOMETRY, WINDOW_STATE, LAST_PAGE, LAST_USERNAME, DASHBOARD_TOWNSHIP,
    LAST_BACKUP_FOLDER, LAST_EXPORT_FOLDER, LAST_IMPORT_FOLDER,
    LAST_PRINT_FOLDER, LAST_PHOTO_FOLDER, PRINT_OFFSETS, CARD_LAYOUT, CARD_PRINTER,
)

_settings_file: Path | None = None


def use_file(path: Path | str | None) -> None:
    """Keep the settings in this ini file instead of the user's own store (tests, scripts,
    benchmarks); None goes back to the normal place."""
    global _settings_file
    _settings_file = Path(path) if path is not None else None


def store() -> QSettings:
    if _settings_file is not None:
        return QSettings(str(_settings_file), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION_NAME, APPLICATION_NAME)


def _convert(key: Key[T], value: Any) -> T:
    if value is None:
        return key.default
    if key.type is QByteArray:
        return value if isinstance(value, QByteArray) else QByteArray(value)
    if key.type is bool:
        # An ini file gives back "true"/"false" strings.
        return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
    try:
        return key.type(value)
    except (TypeError, ValueError):
        return key.default


def get(key: Key[T]) -> T:
    if key not in ALL_KEYS:
        raise KeyError(f"undeclared settings key {key.name}")
    return _convert(key, store().value(key.name, key.default))


def put(key: Key[T], value: T) -> None:
    if key not in ALL_KEYS:
        raise KeyError(f"undeclared settings key {key.name}")
    settings = store()
    settings.setValue(key.name, value)
    settings.sync()

"""Where the program keeps its files, both from source and in a frozen (PyInstaller) build."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "unionapp"
APP_AUTHOR = "unionapp"


def data_dir() -> Path:
    """The user's data folder: database, backups, logs. UNIONAPP_HOME overrides it (tests, portable use)."""
    override = os.environ.get("UNIONAPP_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "unionapp.sqlite3"


def database_location_file() -> Path:
    """Where this computer keeps the data location chosen in 系统设置 (see db.engine.saved_url)."""
    return data_dir() / "database-location.txt"


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _bundle_root() -> Path:
    # PyInstaller unpacks data next to the executable and says where in sys._MEIPASS.
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under resources/, found the same way from source and when frozen."""
    return _bundle_root().joinpath("resources", *parts)


def package_path(*parts: str) -> Path:
    """A file shipped inside the unionapp package (e.g. the Alembic scripts)."""
    return Path(__file__).resolve().parent.joinpath(*parts)

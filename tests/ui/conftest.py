"""Fixtures of the window tests: settings in the test's own ini file, modal message boxes
recorded instead of shown, background jobs finished before the database goes away, and signed-in
contexts for real accounts."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from argon2 import PasswordHasher
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from unionapp.services import users
from unionapp.services.rights import SYSTEM_ACTOR, Actor
from unionapp.ui import jobs, settings
from unionapp.ui.context import AppContext

PASSWORD = "Secret-2026"


@pytest.fixture(autouse=True)
def _quick_password_hashing(monkeypatch):
    """Argon2id with the production cost takes ~0.16 s a hash on this machine; window tests sign
    in often, so they hash with the cheapest parameters (still Argon2id, still verified)."""
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path):
    """QSettings of each test live in its own ini file, never in the user's real store."""
    settings.use_file(tmp_path / "settings.ini")
    yield tmp_path / "settings.ini"
    settings.use_file(None)


@dataclass
class Shown:
    kind: str
    title: str
    text: str


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch) -> list[Shown]:
    """QMessageBox's static dialogs would block a test: each call is recorded instead. A
    question is answered Yes; a test wanting No patches QMessageBox.question itself."""
    shown: list[Shown] = []

    def recorder(kind, answer):
        def show(_parent, title, text, *_args, **_kwargs):
            shown.append(Shown(kind, title, text))
            return answer
        return show

    ok, yes = QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "information", recorder("information", ok))
    monkeypatch.setattr(QMessageBox, "warning", recorder("warning", ok))
    monkeypatch.setattr(QMessageBox, "critical", recorder("critical", ok))
    monkeypatch.setattr(QMessageBox, "question", recorder("question", yes))
    monkeypatch.setattr(QMessageBox, "about", recorder("about", None))
    # File and input dialogs answer "cancelled" unless a test says otherwise.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: ("", ""))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *_a, **_k: (0, False))
    return shown


@pytest.fixture(autouse=True)
def _jobs_finish(qapp):
    """A job still running when the test's database is disposed would fail in the background."""
    yield
    jobs.wait_for_all_jobs()
    QApplication.processEvents()


@pytest.fixture
def zh(qapp):
    """The Chinese translation installed, as the program runs for clerks."""
    from unionapp.ui.app import install_translators, remove_translators

    translators = install_translators(qapp)
    yield translators
    remove_translators(qapp, translators)


def make_user(db, username: str, role: str, *, sensitive: bool = False, password: str = PASSWORD) -> Actor:
    """A real account, signed in: the actor carries its user id like a login would."""
    with db.session() as session:
        if users.needs_first_admin(session):
            users.create_first_admin(session, "admin", PASSWORD, "管理员")
        if username != "admin":
            users.create_user(session, SYSTEM_ACTOR, username, password, role, display_name=username,
                              can_view_sensitive=sensitive)
    return users.login(db, username, password)


@pytest.fixture
def admin_context(db) -> AppContext:
    return AppContext(db, make_user(db, "admin", "admin"))


@pytest.fixture
def viewer_context(db) -> AppContext:
    return AppContext(db, make_user(db, "小查", "viewer"))

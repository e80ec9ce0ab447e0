"""工作台: the headline figures of the county or one township as cards, and the 换届 reminders.

The counts scan the member table (a second or so with a million members), so they run as a
background job: the page appears at once with "—" in every card and fills in when the job ends.
A newer request (another township, a change announced by another page) supersedes an older one;
the older job is cancelled and its result, should it still arrive, is ignored."""

from __future__ import annotations

from datetime import date, datetime

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QWidget

from unionapp.reports.figures import HeadlineFigures, headline_figures, renewal_reminders, township_choices
from unionapp.ui import jobs, settings
from unionapp.ui.context import AppContext
from unionapp.ui.forms.ui_dashboard_page import Ui_DashboardPage
from unionapp.ui.models.reminders_model import COL_DAYS, COL_NAME, COL_TERM_END, RemindersModel

CARD_KEYS = ("Unions", "Members", "NewMembers", "Women", "Migrants", "NewForms", "Unorganized", "Rate")
# Changes that move the figures; a change to a user account does not.
_RELEVANT = {"member", "organization", "unorganized", "all"}

_STYLE = """
QFrame[card="true"] { background: palette(base); border: 1px solid #d5dae1; border-radius: 6px; }
QLabel[role="title"] { color: #4a5563; }
QLabel[role="value"] { color: #1f4e79; font-size: 22pt; font-weight: bold; }
QLabel[role="note"] { color: #6b7280; }
QLabel#titleLabel { font-size: 15pt; font-weight: bold; }
"""


class DashboardPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.setStyleSheet(_STYLE)
        self.figures: HeadlineFigures | None = None
        self._job: jobs.Job | None = None
        self._stale = False
        for key in CARD_KEYS:
            self.card(key).setProperty("card", True)
            self.findChild(QLabel, f"title{key}").setProperty("role", "title")
            self.value_label(key).setProperty("role", "value")
            self.note_label(key).setProperty("role", "note")

        self.reminders = RemindersModel(self)
        view = self.ui.remindersView
        view.setModel(self.reminders)
        header = view.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_TERM_END, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DAYS, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

        self._fill_townships()
        self.ui.yearSpin.setValue(date.today().year)
        self.ui.townshipCombo.currentIndexChanged.connect(self._on_scope_changed)
        self.ui.yearSpin.valueChanged.connect(lambda _value: self.reload())
        self.ui.refreshButton.clicked.connect(self.reload)

        # Several changes in a row (an import announcing many) make one reload, not many.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(400)
        self._debounce.timeout.connect(self.reload)
        context.events.changed.connect(self._on_changed)
        self.reload()

    # --- widgets by card key (the form names them card<Key>, value<Key>, note<Key>) ----------

    def card(self, key: str) -> QWidget:
        return getattr(self.ui, f"card{key}")

    def value_label(self, key: str) -> QLabel:
        return getattr(self.ui, f"value{key}")

    def note_label(self, key: str) -> QLabel:
        return getattr(self.ui, f"note{key}")

    def value_text(self, key: str) -> str:
        return self.value_label(key).text()

    # --- loading ----------------------------------------------------------------------------

    def _fill_townships(self) -> None:
        combo = self.ui.townshipCombo
        actor = self.context.actor
        with self.context.db.session() as session:
            choices = township_choices(session, actor)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("My area") if actor.scope_path else self.tr("Whole county"), None)
        for choice in choices:
            combo.addItem(choice.name, choice.id)
        remembered = settings.get(settings.DASHBOARD_TOWNSHIP)
        index = combo.findData(remembered) if remembered else -1
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def township_id(self) -> int | None:
        return self.ui.townshipCombo.currentData()

    def _on_scope_changed(self, _index: int) -> None:
        settings.put(settings.DASHBOARD_TOWNSHIP, self.township_id() or 0)
        self.reload()

    def _on_changed(self, entity: str) -> None:
        if entity not in _RELEVANT:
            return
        if entity in ("organization", "all"):
            self._fill_townships()
        if self.isVisible():
            self._debounce.start()
        else:
            self._stale = True  # reloaded when the clerk comes back to the page

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.reload()

    def is_loading(self) -> bool:
        return self._job is not None

    def reload(self) -> jobs.Job:
        self._stale = False
        if self._job is not None:
            self._job.cancel()
        db, actor = self.context.db, self.context.actor
        township_id, year = self.township_id(), self.ui.yearSpin.value()

        def body(report):
            with db.session() as session:
                figures = headline_figures(session, actor, township_id=township_id, year=year,
                                           progress=jobs.cancellable(report))
                reminders = renewal_reminders(session, actor, township_id=township_id)
            return figures, reminders

        self.ui.statusLabel.setText(self.tr("Counting…"))
        self.ui.busyBar.setVisible(True)
        self.ui.refreshButton.setEnabled(False)
        job = jobs.start_job(body)
        # Each result is matched to its own job: an older job's result is dropped, and so is any
        # result arriving after the page was deleted (the window closed while counting).
        job.signals.finished.connect(lambda result, job=job: self._ended(job) and self._loaded(result))
        job.signals.failed.connect(lambda message, job=job: self._ended(job) and self._failed(message))
        job.signals.cancelled.connect(lambda job=job: self._ended(job))
        self._job = job
        return job

    def _ended(self, job: jobs.Job) -> bool:
        """True when `job` is the newest request; the page is then no longer loading."""
        if not shiboken6.isValid(self) or job is not self._job:
            return False
        self._job = None
        self.ui.busyBar.setVisible(False)
        self.ui.refreshButton.setEnabled(True)
        return True

    def _failed(self, message: str) -> None:
        self.ui.statusLabel.setText(self.tr("The figures could not be counted: %1").replace("%1", message))

    def _loaded(self, result) -> None:
        figures, reminders = result
        self.figures = figures
        self._show_figures(figures)
        self.reminders.set_rows(reminders)
        self.ui.remindersView.setVisible(bool(reminders))
        self.ui.remindersEmptyLabel.setVisible(not reminders)
        self.ui.statusLabel.setText(
            self.tr("%1, counted at %2").replace("%1", figures.scope_name)
            .replace("%2", _now_text())
        )

    # --- showing ----------------------------------------------------------------------------

    def _show_figures(self, f: HeadlineFigures) -> None:
        def share(part: int) -> str:
            if not f.members:
                return ""
            return self.tr("%1% of members").replace("%1", f"{part * 100 / f.members:.1f}")

        values = {
            "Unions": (_number(f.grassroots_unions), ""),
            "Members": (_number(f.members), self.tr("Including retired members who keep their membership")),
            "NewMembers": (_number(f.new_members), self.tr("Joined in %1").replace("%1", str(f.year))),
            "Women": (_number(f.female_members), share(f.female_members)),
            "Migrants": (_number(f.migrant_members), share(f.migrant_members)),
            "NewForms": (_number(f.new_employment_members), share(f.new_employment_members)),
            "Unorganized": (_number(f.unorganized_employers), self.tr("Still to be organised")),
            "Rate": (
                "—" if f.organizing_rate is None else f"{f.organizing_rate * 100:.1f}%",
                self.tr("Grassroots unions ÷ (unions + employers without one)"),
            ),
        }
        for key, (value, note) in values.items():
            self.value_label(key).setText(value)
            self.note_label(key).setText(note)


def _number(value: int) -> str:
    return f"{value:,}"


def _now_text() -> str:
    return datetime.now().strftime("%H:%M")

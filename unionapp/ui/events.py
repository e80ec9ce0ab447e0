"""Changes travel upward as plain events (CONVENTIONS rule 8): whoever saved something says what
changed; every page that shows that kind of record refreshes itself. Nothing polls."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

# Entity names used with `changed`: "member", "organization", "unorganized", "user", "code", "mutual",
# "setting", "all".


class EventBus(QObject):
    changed = Signal(str)  # the kind of record that changed

    def announce(self, entity: str) -> None:
        self.changed.emit(entity)

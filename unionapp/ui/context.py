"""What every page and dialog needs: the database, who is logged in, and the event bus."""

from __future__ import annotations

from dataclasses import dataclass, field

from unionapp.db.engine import Database
from unionapp.services.rights import Actor
from unionapp.ui.events import EventBus


@dataclass
class AppContext:
    db: Database
    actor: Actor
    events: EventBus = field(default_factory=EventBus)

"""What every page that takes rosters shares: 导入 (Ctrl+I) and a sheet dropped on the window open
the import wizard for the kind of record the page shows (`import_kind()`)."""

from __future__ import annotations

from unionapp.services.rights import Right


class ImportsSheets:
    """Mixin for a QWidget page with `self.context` and an `import_kind()` method."""

    def import_records(self, path: str | None = None) -> None:
        if not self.context.actor.has(Right.EDIT):
            return
        from unionapp.ui.dialogs.import_wizard import open_import_wizard  # loaded when first used

        open_import_wizard(self.context, self.import_kind(), path, self)

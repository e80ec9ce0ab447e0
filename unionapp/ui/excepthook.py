"""The last line of defence: an exception nothing else caught is logged in full and shown in one
dialog, never a silent exit and never a console traceback the clerk cannot see (Vorta's
ExceptionDialog). Exceptions raised in other threads reach the dialog through a queued signal,
since widgets may only be touched from the GUI thread."""

from __future__ import annotations

import logging
import sys
import threading
import traceback

from PySide6.QtCore import QObject, Qt, Signal

from unionapp.ui.dialogs.exception_dialog import ExceptionDialog

log = logging.getLogger("unionapp.ui.excepthook")


class ExceptionHandler(QObject):
    """Installed as sys.excepthook (and threading.excepthook) by `install`."""

    _reported = Signal(str, str)

    def __init__(self, log_file: str | None = None):
        super().__init__()
        self.log_file = log_file
        self.dialog: ExceptionDialog | None = None
        self._previous_hook = None
        self._previous_thread_hook = None
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def __call__(self, exc_type, exc_value, exc_tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc_value, exc_tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc_value, exc_tb))
        log.critical("unexpected error\n%s", details)
        message = str(exc_value).strip() or exc_type.__name__
        self._reported.emit(f"{message} ({exc_type.__name__})", details)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, message: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(message, details)
            self.dialog.raise_()
            return
        # Kept as an attribute: a dialog without a Python reference would be collected at once.
        self.dialog = ExceptionDialog(message, details, self.log_file)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def install(self) -> ExceptionHandler:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self
        threading.excepthook = self._thread_hook
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self and self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if self._previous_thread_hook is not None and threading.excepthook == self._thread_hook:
            threading.excepthook = self._previous_thread_hook
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None


def install_excepthook(log_file: str | None = None) -> ExceptionHandler:
    return ExceptionHandler(log_file).install()

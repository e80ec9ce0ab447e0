"""An unexpected error is logged and shown in one dialog with its traceback, never lost."""

from __future__ import annotations

import logging
import sys
import threading

import pytest

from unionapp.ui.dialogs.exception_dialog import ExceptionDialog
from unionapp.ui.excepthook import install_excepthook


@pytest.fixture
def handler(qapp):
    installed = install_excepthook("unionapp.log")
    yield installed
    installed.uninstall()


def raise_and_report(message: str) -> None:
    try:
        raise ValueError(message)
    except ValueError:
        sys.excepthook(*sys.exc_info())


def test_an_unexpected_error_is_shown_with_its_traceback(qtbot, handler, caplog, zh):
    assert sys.excepthook is handler
    with caplog.at_level(logging.CRITICAL, logger="unionapp.ui.excepthook"):
        raise_and_report("会员表读不出来")
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible(), timeout=2000)
    dialog = handler.dialog
    qtbot.addWidget(dialog)
    assert dialog.ui.messageLabel.text() == "程序遇到意外错误：会员表读不出来 (ValueError)"
    assert "unionapp.log" in dialog.ui.hintLabel.text()
    assert not dialog.ui.detailsEdit.isVisible()
    dialog.ui.detailsButton.click()
    assert dialog.ui.detailsEdit.isVisible()
    assert "Traceback" in dialog.details() and "raise_and_report" in dialog.details()
    assert "会员表读不出来" in caplog.text and "Traceback" in caplog.text

    # A second error joins the same dialog instead of opening another.
    raise_and_report("第二个错误")
    qtbot.waitUntil(lambda: dialog.count == 2, timeout=2000)
    assert handler.dialog is dialog
    assert dialog.ui.messageLabel.text() == "程序遇到 2 个意外错误，最近一个：第二个错误 (ValueError)"
    dialog.copy_details()
    from PySide6.QtWidgets import QApplication

    assert "第二个错误" in QApplication.clipboard().text()


def test_errors_in_other_threads_reach_the_dialog(qtbot, handler):
    def work():
        raise RuntimeError("后台线程出错")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible(), timeout=2000)
    qtbot.addWidget(handler.dialog)
    assert "后台线程出错" in handler.dialog.ui.messageLabel.text()


def test_uninstall_restores_the_previous_hook(qapp):
    before = sys.excepthook
    handler = install_excepthook(None)
    handler.uninstall()
    assert sys.excepthook is before


def test_dialog_without_log_file(qtbot):
    dialog = ExceptionDialog("x", "trace", None)
    qtbot.addWidget(dialog)
    assert "log" not in dialog.ui.hintLabel.text()

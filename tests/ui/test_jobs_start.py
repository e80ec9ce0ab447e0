"""A job that ends at once still reaches slots connected after start_job returned (its outcome is
delivered from the GUI thread's event loop), and its progress dialog closes."""

from __future__ import annotations

import time

from unionapp.ui import jobs


def test_quick_jobs_never_lose_their_result(qtbot):
    results: list[int] = []
    for n in range(20):
        job = jobs.start_job(lambda _report, n=n: n)
        time.sleep(0.005)  # the worker is done long before we connect
        job.signals.finished.connect(results.append)
    qtbot.waitUntil(lambda: len(results) == 20)
    assert sorted(results) == list(range(20))


def test_failure_of_a_quick_job_is_delivered_too(qtbot):
    messages: list[str] = []

    def body(_report):
        raise RuntimeError("boom")

    job = jobs.start_job(body)
    time.sleep(0.02)
    job.signals.failed.connect(messages.append)
    qtbot.waitUntil(lambda: len(messages) == 1)
    assert "boom" in messages[0]


def test_progress_dialog_reports_the_result_of_a_quick_job(qtbot):
    done: list[str] = []
    jobs.run_with_progress(None, "quick", lambda report: "ok", on_finished=done.append)
    qtbot.waitUntil(lambda: done == ["ok"])

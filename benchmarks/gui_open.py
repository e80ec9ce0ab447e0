"""Opening the window on a 1,000,000-member database (DESIGN §9: the window in under 2 s, the
member list's first page in under 0.2 s).

    python benchmarks/gui_open.py [--db PATH] [--runs 3]

Each run starts a fresh Python process (offscreen Qt) and takes the time from just before the
process is started to the main window shown, going through what `unionapp` itself does: Qt and
the Chinese translators, opening and upgrading the database, signing in (as an account the
benchmark creates, password checked with Argon2id like a real login; only the typing is left
out), building and showing the window. Then, in the same process, once the window has imported
its other pages, the members page is built and timed until its table model holds its first page. The database is the one benchmarks/search.py
builds (`unionapp demo --members 1000000`)."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = Path(__file__).resolve().parent / "out"
TARGET_WINDOW_S = 2.0
TARGET_FIRST_PAGE_S = 0.2
BENCH_USER = "bench-gui"
BENCH_PASSWORD = "Bench-gui-2026"


def ensure_user(db_path: Path) -> None:
    from unionapp.db.engine import Database
    from unionapp.db.migrate import upgrade_database
    from unionapp.services import users
    from unionapp.services.rights import SYSTEM_ACTOR

    db = Database.open(str(db_path))
    upgrade_database(db)
    with db.session() as session:
        if users.needs_first_admin(session):
            users.create_first_admin(session, BENCH_USER, BENCH_PASSWORD)
        elif users.find_user_id(session, BENCH_USER) is None:
            users.create_user(session, SYSTEM_ACTOR, BENCH_USER, BENCH_PASSWORD, "clerk", can_view_sensitive=True)
        else:
            users.set_password(session, SYSTEM_ACTOR, users.find_user_id(session, BENCH_USER), BENCH_PASSWORD)
    db.dispose()


def child(db_path: str) -> None:
    """One start of the window; prints one JSON line of wall-clock stamps and durations."""
    stamps: dict[str, float] = {"imported": time.time()}
    from PySide6.QtWidgets import QApplication

    from unionapp.services import users
    from unionapp.ui import jobs, settings
    from unionapp.ui.app import install_translators, make_application, open_database

    settings.use_file(Path(os.environ["UNIONAPP_HOME"]) / "settings.ini")
    app = make_application([sys.argv[0]])
    translators = install_translators(app)  # noqa: F841 - kept alive for the run
    stamps["qt"] = time.time()
    db = open_database(db_path)
    assert db is not None, "the database did not open"
    stamps["database"] = time.time()
    actor = users.login(db, BENCH_USER, BENCH_PASSWORD)
    stamps["signed_in"] = time.time()

    from unionapp.ui.context import AppContext
    from unionapp.ui.main_window import MainWindow

    context = AppContext(db, actor)
    window = MainWindow(context)
    window.show()
    app.processEvents()
    stamps["shown"] = time.time()

    first_page = None
    if "members" in window.page_keys():
        from PySide6.QtCore import QAbstractItemModel

        # What the window does right after it appears (and long before a clerk can click).
        window.preload_pages()
        started = time.perf_counter()
        page = window.show_page("members")
        model = getattr(page, "model", None)
        if not isinstance(model, QAbstractItemModel):
            model = next(iter(page.findChildren(QAbstractItemModel)), None)
        deadline = started + 30
        while model is not None and model.rowCount() == 0 and time.perf_counter() < deadline:
            app.processEvents()
        if model is not None and model.rowCount() > 0:
            first_page = time.perf_counter() - started
    print(json.dumps({"stamps": stamps, "first_page": first_page,
                      "pages": window.page_keys()}), flush=True)
    window.close()
    QApplication.processEvents()
    jobs.wait_for_all_jobs()
    db.dispose()


def run_once(db_path: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="unionapp-bench-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", UNIONAPP_HOME=home)
        env.pop("UNIONAPP_DB", None)
        started = time.time()
        result = subprocess.run([sys.executable, __file__, "--child", "--db", str(db_path)],
                                capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    line = next(line for line in reversed(result.stdout.splitlines()) if line.startswith("{"))
    data = json.loads(line)
    stamps = data["stamps"]
    data["window"] = stamps["shown"] - started
    data["steps"] = {
        "python + imports": stamps["imported"] - started,
        "Qt + translators": stamps["qt"] - stamps["imported"],
        "open + upgrade database": stamps["database"] - stamps["qt"],
        "sign in (Argon2id)": stamps["signed_in"] - stamps["database"],
        "build + show window": stamps["shown"] - stamps["signed_in"],
    }
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=OUT / "members-1m.sqlite3")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(str(args.db))
        return
    if not args.db.exists():
        sys.exit(f"{args.db} not found: build it with `python -m unionapp --db {args.db} demo --members 1000000` "
                 "(or run benchmarks/search.py once)")
    from sqlalchemy import func, select

    from unionapp.db.engine import Database
    from unionapp.db.models import Member

    database = Database.open(str(args.db))
    with database.session() as session:
        members = session.scalar(select(func.count()).select_from(Member))
    database.dispose()
    ensure_user(args.db)
    print(f"{args.db}: {members:,} members; {args.runs} cold starts of the window (offscreen)")
    runs = []
    for number in range(1, args.runs + 1):
        data = run_once(args.db)
        runs.append(data)
        steps = ", ".join(f"{name} {seconds:.2f}" for name, seconds in data["steps"].items())
        page = f"{data['first_page']:.3f} s" if data["first_page"] is not None else "no members page"
        print(f"  run {number}: window {data['window']:.2f} s ({steps}); members first page {page}")
    window = statistics.median(d["window"] for d in runs)
    print(f"window shown after process start: {window:.2f} s median (target < {TARGET_WINDOW_S} s) "
          f"{'OK' if window < TARGET_WINDOW_S else 'TOO SLOW'}")
    pages = [d["first_page"] for d in runs if d["first_page"] is not None]
    if pages:
        page = statistics.median(pages)
        print(f"member list first page: {page:.3f} s median (target < {TARGET_FIRST_PAGE_S} s) "
              f"{'OK' if page < TARGET_FIRST_PAGE_S else 'TOO SLOW'}")
    else:
        print("member list first page: the members page is not part of this build")


if __name__ == "__main__":
    main()

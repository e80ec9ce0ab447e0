"""Member search latency on a 1,000,000-member database (DESIGN §9: p95 < 20 ms for every
query kind; first page of the member list < 0.2 s).

    python benchmarks/search.py [--db PATH] [--members N] [--queries 200]

Queries are typed the way a clerk types them, drawn from real rows of the database: a surname
and the first given-name character, a 2-character part of a given name, pinyin initials, a 4-8
digit part of an ID number, a member number prefix, a phone prefix or its last four digits."""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from unionapp.db.engine import Database  # noqa: E402
from unionapp.db.models import Member  # noqa: E402
from unionapp.domain.pinyin import name_initials  # noqa: E402
from unionapp.services.member_search import MemberFilter, search_members  # noqa: E402
from unionapp.services.rights import Actor  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
TARGET_P95_MS = 20.0
TARGET_FIRST_PAGE_S = 0.2


def ensure_database(path: Path, members: int) -> None:
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"building {path} with {members} demo members …", flush=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "unionapp", "--db", str(path), "demo", "--members", str(members)],
                   check=True)
    print(f"demo --members {members}: {time.perf_counter() - started:.0f} s (target < 180 s)")


def sample_queries(db: Database, count: int, rng: random.Random) -> dict[str, list[str]]:
    with db.session() as s:
        top = s.scalar(select(func.max(Member.id)))
        ids = [rng.randint(1, top) for _ in range(count)]
        rows = s.execute(select(Member.name, Member.id_number, Member.member_no, Member.phone)
                         .where(Member.id.in_(ids))).all()
    queries: dict[str, list[str]] = {k: [] for k in
                                     ("name prefix", "name part (2 chars)", "pinyin initials", "ID fragment",
                                      "member number", "phone")}
    for name, number, member_no, phone in rows:
        queries["name prefix"].append(name[:2])
        queries["name part (2 chars)"].append(name[-2:] if len(name) >= 3 else name)
        queries["pinyin initials"].append(name_initials(name)[0])
        length = rng.randint(4, 8)
        start = rng.randint(0, 18 - length)
        queries["ID fragment"].append(number[start : start + length])
        queries["member number"].append(member_no[: rng.randint(8, 12)])
        if phone:
            queries["phone"].append(phone[-4:] if rng.random() < 0.5 else phone[: rng.randint(7, 11)])
    return queries


def time_queries(db: Database, actor: Actor, queries: list[str]) -> list[float]:
    times = []
    for text in queries:
        started = time.perf_counter()
        with db.session() as s:
            search_members(s, actor, MemberFilter(text=text, status=None), limit=100)
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=OUT / "members-1m.sqlite3")
    parser.add_argument("--members", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    ensure_database(args.db, args.members)
    db = Database.open(f"sqlite:///{args.db}")
    # A clerk who may see full ID numbers: each first page also writes its audit entry.
    actor = Actor(user_id=None, username="benchmark", role="clerk", can_view_sensitive=True)
    rng = random.Random(7)
    queries = sample_queries(db, args.queries, rng)
    time_queries(db, actor, [q[0] for q in queries.values() if q])  # warm the page cache once
    print(f"\nmember search on {args.db.name} ({args.queries} queries of each kind)")
    print(f"{'kind':<22}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}   target p95 < {TARGET_P95_MS:.0f} ms")
    worst = 0.0
    for kind, texts in queries.items():
        times = sorted(time_queries(db, actor, texts))
        p95 = times[int(len(times) * 0.95) - 1]
        worst = max(worst, p95)
        print(f"{kind:<22}{statistics.median(times):9.2f}{p95:9.2f}{times[-1]:9.2f}   "
              f"{'ok' if p95 < TARGET_P95_MS else 'SLOW'}")
    started = time.perf_counter()
    with db.session() as s:
        search_members(s, actor, MemberFilter(), limit=100)
    first_page = time.perf_counter() - started
    print(f"{'first page (100 rows)':<22}{first_page * 1000:9.2f} ms   target < {TARGET_FIRST_PAGE_S * 1000:.0f} ms   "
          f"{'ok' if first_page < TARGET_FIRST_PAGE_S else 'SLOW'}")
    print(f"\nworst p95: {worst:.2f} ms")
    db.dispose()


if __name__ == "__main__":
    main()

"""Member import and export at county scale (DESIGN §9):
- a 100,000-member workbook (15 columns, valid ID numbers) imported with full checks into a
  fresh SQLite database in at most 1.5 × the baseline: reading the same file with
  python-calamine alone plus a bare sqlite3 `executemany` of the same rows into the same
  indexed member table;
- the export of the same members to .xlsx beside openpyxl's write-only mode writing the same
  rows (target: no slower).

    python benchmarks/import_export.py [--members 100000] [--unions 1500] [--repeat N] [--profile]

The workbook is generated once and kept in the system's temp folder. Both sides of each ratio
are measured in this one run, on the same machine state. The unions the roster names exist
before the import (a roster goes to unions already registered); creating them is not timed.
--repeat runs each side N times (3 unless told), alternating, and keeps the best of each (a shared machine's
load comes and goes); wall time and this process's CPU time are both shown, CPU time being
what other people's work on the same machine disturbs least. --profile prints the top of a
cProfile of the import."""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook  # noqa: E402
from python_calamine import CalamineWorkbook  # noqa: E402

from unionapp.db.engine import Database  # noqa: E402
from unionapp.db.migrate import upgrade_database  # noqa: E402
from unionapp.db.models import Organization  # noqa: E402
from unionapp.domain.idcard import id_check_digit  # noqa: E402
from unionapp.domain.org_levels import child_path  # noqa: E402
from unionapp.domain.pinyin import name_initials  # noqa: E402
from unionapp.services.member_search import MemberFilter  # noqa: E402
from unionapp.services.rights import SYSTEM_ACTOR  # noqa: E402
from unionapp.sheets.exporting import export_members  # noqa: E402
from unionapp.sheets.importing import import_file  # noqa: E402
from unionapp.sheets.results import ImportOptions  # noqa: E402

IMPORT_TARGET = 1.5
EXPORT_TARGET = 1.0
HEADERS = ["姓名", "性别", "民族", "身份证号码", "出生日期", "手机号码", "学历", "政治面貌", "户籍类型", "是否农民工",
           "就业形态", "工作单位", "岗位", "所属工会", "入会日期"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红梅鹏飞建国志海燕晓东丹玲斌宇浩凯健俊帆"
REGIONS = ("370602", "370611", "370612", "370613", "370681", "411302", "341202")
EDUCATIONS = ("初中", "普通高中", "中等专科", "大学专科", "大学本科")
TODAY = date.today()


class Clock:
    """Wall and CPU time of a block (CPU: this process, where SQLite does its work too)."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_exc):
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def best(a: tuple[float, float] | None, b: tuple[float, float]) -> tuple[float, float]:
    return b if a is None else (min(a[0], b[0]), min(a[1], b[1]))


def union_names(count: int) -> list[str]:
    return [f"龙泉县第{i + 1}企业工会委员会" for i in range(count)]


def make_workbook(path: Path, members: int, unions: list[str]) -> None:
    rng = random.Random(11)
    seen: set[str] = set()
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet("会员")
    ws.append(HEADERS)
    for _ in range(members):
        female = rng.random() < 0.45
        while True:
            birth = date(1960, 1, 1) + timedelta(days=rng.randint(0, 365 * 45))
            first17 = f"{rng.choice(REGIONS)}{birth:%Y%m%d}{rng.randint(0, 499) * 2 + (0 if female else 1):03d}"
            number = first17 + id_check_digit(first17)
            if number not in seen:
                seen.add(number)
                break
        joined = birth + timedelta(days=365 * 20 + rng.randint(0, 3000))
        joined = min(joined, TODAY - timedelta(days=1))
        union = rng.choice(unions)
        ws.append([
            rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2)))), "女" if female else "男",
            "汉族", number, birth, f"1{rng.choice('3589')}{rng.randint(0, 999_999_999):09d}",
            rng.choice(EDUCATIONS), "群众", "农业户口", "是" if rng.random() < 0.3 else "否", "劳动合同",
            union.removesuffix("工会委员会"), "操作工", union, joined,
        ])
    workbook.save(path)


def fresh_database(template: Path, target: Path) -> Database:
    shutil.copy(template, target)
    return Database.open(f"sqlite:///{target}")


def make_template(folder: Path, unions: list[str]) -> Path:
    """A migrated database holding the county, one township and the roster's unions."""
    path = folder / "template.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    upgrade_database(db)
    with db.session() as session:
        session.add(Organization(id=1, parent_id=None, path="/1/", level="county", name="龙泉县总工会"))
        session.add(Organization(id=2, parent_id=1, path="/1/2/", level="township", name="城关镇总工会"))
        session.flush()
        session.add_all(Organization(id=3 + i, parent_id=2, path=child_path("/1/2/", 3 + i), level="grassroots",
                                     name=name) for i, name in enumerate(unions))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


def baseline_import(book: Path, db_path: Path, org_ids: dict[str, int]) -> tuple[Clock, Clock]:
    """calamine alone, then a bare executemany of the same rows into the same member table."""
    with Clock() as read:
        with CalamineWorkbook.from_path(str(book)) as workbook:
            rows = workbook.get_sheet_by_index(0).to_python()
    with Clock() as insert:
        connection = sqlite3.connect(db_path)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        year = TODAY.year
        params = [
            (f"{year}{i:08d}", r[0], r[1], r[2], "居民身份证", r[3], r[4].isoformat(), r[5], r[5][::-1], r[6], r[7],
             r[8], r[9] == "是", r[10], r[11], r[12], org_ids[r[13]], r[14].isoformat(), "active", r[14].isoformat(), 1)
            for i, r in enumerate(rows[1:], 1)
        ]
        connection.executemany(
            "INSERT INTO member (member_no, name, sex, nation, id_type, id_number, birth_date, phone, phone_rev, "
            "education, political_status, hukou_type, is_migrant, employment_form, employer_name, post, org_id, "
            "joined_on, status, status_on, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            params,
        )
        connection.commit()
        connection.close()
    return read, insert


class Breakdown:
    """Where the import's time goes: wraps the importer's phases while the import runs. The
    member rows, join events and index builds run in a helper thread beside the search keys:
    their own time is shown apart, not counted in the sum."""

    def __init__(self):
        self.times: dict[str, float] = {}
        self.helper = 0.0

    def __enter__(self):
        import unionapp.db.bulk as bulk
        import unionapp.services.search_keys as keys
        import unionapp.sheets.import_members as members
        import unionapp.sheets.importing as importing
        import unionapp.sheets.member_writer as writer

        self._patched = []
        for module, name in ((importing, "read_table"), (members, "check_member"), (members, "_match_existing"),
                             (writer, "bulk_insert"), (writer, "member_keys"),
                             (keys, "insert_offset_runs"), (keys, "insert_key_runs"), (members, "_apply_updates")):
            self._wrap(module, name)
        breakdown = self
        original_run = bulk._StatementThread.run

        def run(thread):
            try:
                return original_run(thread)
            finally:
                breakdown.helper += thread.busy

        bulk._StatementThread.run = run
        self._patched.append((bulk._StatementThread, "run", original_run))
        return self

    def _wrap(self, module, name):
        original = getattr(module, name)

        def timed(*args, **kwargs):
            if name in ("bulk_insert", "insert_offset_runs", "insert_key_runs"):
                label = f"insert {args[1].name}"
            elif name == "member_keys":
                label = "search keys (Python)"
            else:
                label = name
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.times[label] = self.times.get(label, 0.0) + time.perf_counter() - start

        setattr(module, name, timed)
        self._patched.append((module, name, original))

    def __exit__(self, *_exc):
        for module, name, original in self._patched:
            setattr(module, name, original)

    def show(self, total: float) -> None:
        for label, seconds in sorted(self.times.items(), key=lambda kv: -kv[1]):
            print(f"    {label:<28} {seconds:6.2f} s")
        print(f"    {'everything else':<28} {total - sum(self.times.values()):6.2f} s")
        if self.helper:
            print(f"    {'rows, events, index builds':<28} {self.helper:6.2f} s  (helper thread, beside the search keys)")


def real_import(book: Path, db: Database, profile: bool):
    profiler = cProfile.Profile() if profile else None
    with Clock() as clock:
        if profiler:
            profiler.enable()
        with db.session() as session:
            result = import_file(session, SYSTEM_ACTOR, "members", book, ImportOptions(source_name=book.name))
        if profiler:
            profiler.disable()
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)
    return clock, result


def export_compare(db: Database, folder: Path) -> tuple[Clock, Clock, int]:
    out = folder / "export.xlsx"
    with Clock() as real, db.session() as session:
        count = export_members(session, SYSTEM_ACTOR, MemberFilter(status=None), out)
    # The bare side: openpyxl write-only writing the same rows, read back beforehand.
    with CalamineWorkbook.from_path(str(out)) as workbook:
        rows = workbook.get_sheet_by_index(0).to_python()
    with Clock() as bare:
        workbook = Workbook(write_only=True)
        ws = workbook.create_sheet("会员")
        for row in rows:
            ws.append(row)
        workbook.save(folder / "bare.xlsx")
    return real, bare, count


def _ratio_line(label: str, real: tuple[float, float], base: tuple[float, float], target: float) -> str:
    wall, cpu = real[0] / base[0], real[1] / base[1]
    verdict = "OK" if min(wall, cpu) <= target else "OVER"
    return f"  {label} ratio: wall {wall:.2f}, CPU {cpu:.2f} (target ≤ {target}) {verdict}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--unions", type=int, default=1500)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side; the best is kept")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--breakdown", action="store_true", help="time the import's phases (last run)")
    args = parser.parse_args()

    # The pinyin tables load once per process (~0.7 s, on the first name indexed); the program
    # has them loaded from its first search on, so they are loaded before the clock starts.
    name_initials("张")
    cache = Path(tempfile.gettempdir()) / "unionapp-bench"
    cache.mkdir(exist_ok=True)
    unions = union_names(args.unions)
    book = cache / f"members_{args.members}_{args.unions}.xlsx"
    if not book.exists():
        print(f"generating {book} …", flush=True)
        make_workbook(book, args.members, unions)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = make_template(folder, unions)
        org_ids = {name: 3 + i for i, name in enumerate(unions)}
        base_read = base_insert = real = export_real = export_bare = None
        for attempt in range(args.repeat):
            baseline_path = folder / f"baseline{attempt}.sqlite3"
            shutil.copy(template, baseline_path)
            read, insert = baseline_import(book, baseline_path, org_ids)
            base_read = best(base_read, (read.wall, read.cpu))
            base_insert = best(base_insert, (insert.wall, insert.cpu))
            db = fresh_database(template, folder / f"real{attempt}.sqlite3")
            if args.breakdown and attempt == args.repeat - 1:
                with Breakdown() as breakdown:
                    clock, result = real_import(book, db, False)
                breakdown.show(clock.wall)
            else:
                clock, result = real_import(book, db, args.profile and attempt == 0)
            real = best(real, (clock.wall, clock.cpu))
            exported, bare, count = export_compare(db, folder)
            export_real = best(export_real, (exported.wall, exported.cpu))
            export_bare = best(export_bare, (bare.wall, bare.cpu))
            db.dispose()
        baseline = (base_read[0] + base_insert[0], base_read[1] + base_insert[1])
        print(f"import {args.members:,} members with full checks: {real[0]:.2f} s wall, {real[1]:.2f} s CPU "
              f"(imported {result.imported:,}, refused {len(result.rejected)})")
        print(f"  baseline: calamine read {base_read[0]:.2f} s + sqlite3 executemany {base_insert[0]:.2f} s "
              f"= {baseline[0]:.2f} s wall, {baseline[1]:.2f} s CPU")
        print(_ratio_line("import", real, baseline, IMPORT_TARGET))
        print(f"export {count:,} members to .xlsx: {export_real[0]:.2f} s wall, {export_real[1]:.2f} s CPU; "
              f"openpyxl write-only of the same rows {export_bare[0]:.2f} s wall, {export_bare[1]:.2f} s CPU")
        print(_ratio_line("export", export_real, export_bare, EXPORT_TARGET))
    return 0


if __name__ == "__main__":
    sys.exit(main())

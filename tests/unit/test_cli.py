"""The command line contract of DESIGN §8: commands, options and exit codes 0 / 1 / 2."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys

import pytest

from unionapp import paths
from unionapp.cli import main
from unionapp.db.engine import Database, save_url, startup_url
from unionapp.services.users import login


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "cli.sqlite3"


def run(db_path, *args, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(["--db", str(db_path), *args])


def test_demo_json_summary_and_check(db_path, capsys):
    assert run(db_path, "demo", "--members", "300", "--seed", "5", "--json") == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["members"] == 300 and summary["organizations"] >= 30
    assert run(db_path, "check") == 0
    assert "检查通过" in capsys.readouterr().out


def test_demo_refuses_a_database_with_data(db_path, capsys):
    assert run(db_path, "demo", "--members", "50") == 0
    capsys.readouterr()
    assert run(db_path, "demo", "--members", "50") == 2
    assert "空数据库" in capsys.readouterr().err


def test_check_reports_a_damaged_database(db_path, capsys):
    assert run(db_path, "demo", "--members", "60") == 0
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE member SET id_number = '110105194912310021' WHERE id = 1")  # bad check digit
    conn.close()
    capsys.readouterr()
    assert run(db_path, "check") == 1
    out = capsys.readouterr().out
    assert "身份证号码不合规" in out and "校验位" in out


def test_first_user_must_be_admin_then_login_works(db_path, capsys, monkeypatch):
    assert run(db_path, "user", "add", "clerk1", "--role", "clerk", "--password-stdin",
               stdin="Secret-2026\n", monkeypatch=monkeypatch) == 2
    assert "第一个用户必须是管理员" in capsys.readouterr().err
    assert run(db_path, "user", "add", "admin", "--role", "admin", "--password-stdin",
               stdin="Admin-2026!\n", monkeypatch=monkeypatch) == 0
    assert run(db_path, "user", "add", "clerk1", "--role", "clerk", "--password-stdin",
               stdin="Clerk-2026\n", monkeypatch=monkeypatch) == 0
    assert run(db_path, "user", "add", "weak", "--role", "clerk", "--password-stdin",
               stdin="123\n", monkeypatch=monkeypatch) == 2
    assert "至少需要8位" in capsys.readouterr().err
    db = Database.open(f"sqlite:///{db_path}")
    try:
        assert login(db, "clerk1", "Clerk-2026").role == "clerk"
    finally:
        db.dispose()
    assert run(db_path, "user", "passwd", "clerk1", "--password-stdin", stdin="Changed-2026\n",
               monkeypatch=monkeypatch) == 0
    assert run(db_path, "user", "passwd", "nobody", "--password-stdin", stdin="Changed-2026\n",
               monkeypatch=monkeypatch) == 2


def test_user_option_applies_that_users_rights(db_path, capsys, monkeypatch, tmp_path):
    run(db_path, "user", "add", "admin", "--role", "admin", "--password-stdin", stdin="Admin-2026!\n",
        monkeypatch=monkeypatch)
    run(db_path, "user", "add", "look", "--role", "viewer", "--password-stdin", stdin="Viewer-2026\n",
        monkeypatch=monkeypatch)
    capsys.readouterr()
    monkeypatch.setenv("UNIONAPP_PASSWORD", "Viewer-2026")
    # A read-only account may not back up (or restore) the office's data.
    assert main(["--db", str(db_path), "--user", "look", "backup", str(tmp_path / "b.sqlite3")]) == 2
    assert "没有" in capsys.readouterr().err and not (tmp_path / "b.sqlite3").exists()
    monkeypatch.setenv("UNIONAPP_PASSWORD", "wrong-password")
    assert main(["--db", str(db_path), "--user", "look", "check"]) == 0  # check needs no login
    assert main(["--db", str(db_path), "--user", "look", "demo", "--members", "5"]) == 2
    assert "密码错误" in capsys.readouterr().err


def test_backup_and_restore_round_trip(db_path, tmp_path, capsys):
    assert run(db_path, "demo", "--members", "80") == 0
    backup = tmp_path / "copy.sqlite3"
    assert run(db_path, "backup", str(backup)) == 0
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM audit_log")
        conn.execute("UPDATE member SET name = '改过的名字' WHERE id = 1")
    conn.close()
    assert run(db_path, "restore", str(backup)) == 0
    out = capsys.readouterr().out
    assert "恢复前的数据已备份到" in out
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT name FROM member WHERE id = 1").fetchone()[0] != "改过的名字"
        assert conn.execute("SELECT count(*) FROM member").fetchone()[0] == 80
    conn.close()


def test_restore_of_a_file_that_is_not_a_backup_is_refused(db_path, tmp_path, capsys):
    assert run(db_path, "demo", "--members", "10") == 0
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database at all" * 100)
    assert run(db_path, "restore", str(junk)) == 2
    assert "备份文件" in capsys.readouterr().err
    assert run(db_path, "restore", str(tmp_path / "missing.sqlite3")) == 2


def test_unusable_database_url_exits_2(tmp_path, capsys):
    assert main(["--db", "postgresql://nobody@127.0.0.1:1/none", "check"]) == 2
    assert "无法打开数据库" in capsys.readouterr().err


def test_installed_entry_point_runs_without_qt(tmp_path):
    """`python -m unionapp` with a sub-command never loads Qt (it must work without a screen)."""
    code = (
        "import sys, runpy; sys.argv=['unionapp','--db',sys.argv[1],'demo','--members','20'];"
        "\ntry:\n    runpy.run_module('unionapp', run_name='__main__')\nexcept SystemExit as e:\n    rc = e.code\n"
        "assert rc == 0, rc\nassert 'PySide6' not in sys.modules, 'Qt was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "m.sqlite3")], capture_output=True,
                            text=True, env={"UNIONAPP_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr


def test_roster_of_a_demo_campaign_totals_its_disbursements(db_path, tmp_path, capsys):
    """DESIGN §8 `print roster CAMPAIGN`: on demo data the 签领表's grand total is the sum of the
    campaign's money, and it reads back from the PDF in figures and in capitals."""
    from decimal import Decimal

    from pypdf import PdfReader

    from unionapp.domain.money import to_chinese_capital

    assert run(db_path, "demo", "--members", "400", "--seed", "3") == 0
    with sqlite3.connect(db_path) as conn:
        number, total = conn.execute(
            "SELECT c.number, SUM(d.amount) FROM aid_campaign c JOIN aid_disbursement d ON d.campaign_id = c.id "
            "WHERE d.amount IS NOT NULL GROUP BY c.id ORDER BY COUNT(*) DESC LIMIT 1").fetchone()
    conn.close()
    capsys.readouterr()
    out = tmp_path / "roster.pdf"
    assert run(db_path, "print", "roster", number, str(out)) == 0
    expected = Decimal(str(total)).quantize(Decimal("0.01"))
    assert f"合计 {expected:,.2f} 元" in capsys.readouterr().out
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert f"{expected:,.2f}" in text and to_chinese_capital(expected) in text.replace(" ", "").replace("\n", "")


def test_without_db_the_location_chosen_for_this_computer_is_used(db_path, tmp_path, capsys, monkeypatch):
    """A computer set up for the office's database (系统设置 → 本机) runs support commands on that
    data, not on an empty default file; --db still wins."""
    monkeypatch.delenv("UNIONAPP_DB", raising=False)
    assert run(db_path, "demo", "--members", "40", "--seed", "2") == 0
    save_url(f"sqlite:///{db_path}")
    copy = tmp_path / "copy.sqlite3"
    assert main(["backup", str(copy)]) == 0
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT count(*) FROM member").fetchone()[0] == 40
    assert not paths.default_database_path().exists()
    other = tmp_path / "other.sqlite3"
    assert main(["--db", str(other), "demo", "--members", "5"]) == 0
    save_url(None)
    assert startup_url(None) is None


def test_user_add_scope_by_name_or_id_and_bad_values_exit_2(db, tree, capsys, monkeypatch):
    """`user add NAME --scope ORG`: the organisation's id or exact full name (DESIGN §3, §8)."""
    from datetime import date

    from tests.conftest import TODAY
    from unionapp.domain.idcard import id_check_digit
    from unionapp.services.member_search import MemberFilter, search_members
    from unionapp.services.members import MemberInput, create_member
    from unionapp.services.organizations import OrgInput, create_organization
    from unionapp.services.rights import SYSTEM_ACTOR
    from unionapp.services.users import create_first_admin, find_user_id

    url = db.engine.url.render_as_string(hide_password=False)
    with db.session() as s:
        create_first_admin(s, "admin", "Admin-2026!")
        for seq, union in enumerate(("union_a", "union_b"), start=1):
            first17 = f"370602198001{seq:02d}{seq:03d}"
            create_member(s, SYSTEM_ACTOR, MemberInput(name=("张红梅", "王芳")[seq - 1], id_number=first17 + id_check_digit(first17),
                                                       org_id=tree[union], joined_on=date(2020, 5, 1)), today=TODAY)

    def add(username, *options, role="clerk"):
        monkeypatch.setattr(sys, "stdin", io.StringIO("Clerk-2026\n"))
        return main(["--db", url, "user", "add", username, "--role", role, "--password-stdin", *options])

    assert add("chengguan", "--scope", "城关镇总工会") == 0
    assert add("longwang", "--scope", str(tree["town_b"]), "--sensitive") == 0
    assert add("county", "--name", "全县业务员") == 0  # without --scope: the whole county, as before
    capsys.readouterr()
    clerk = login(db, "chengguan", "Clerk-2026")
    assert clerk.scope_org_id == tree["town_a"]
    with db.session() as s:
        assert [r.name for r in search_members(s, clerk, MemberFilter(), offset=0, limit=10)] == ["张红梅"]
    other = login(db, "longwang", "Clerk-2026")
    assert (other.scope_org_id, other.sees_sensitive) == (tree["town_b"], True)
    assert login(db, "county", "Clerk-2026").scope_org_id is None

    with db.session() as s:
        create_organization(s, SYSTEM_ACTOR, OrgInput(level="federation", name="城关镇总工会",
                                                       parent_id=tree["town_b"]), today=TODAY)
    for options, reason in (
        (("--scope", "城关镇"), "找不到管辖范围“城关镇”"),
        (("--scope", "99999"), "找不到管辖范围“99999”"),
        (("--scope", "城关镇总工会"), "名为“城关镇总工会”的组织有2个"),
        (("--scope", "龙泉机械厂工会委员会"), "管辖范围只能是"),
    ):
        assert add("refused", *options) == 2
        err = capsys.readouterr().err
        assert reason in err and err.count("\n") == 1, err
    assert add("refused", "--scope", str(tree["town_a"]), role="admin") == 2
    assert "管理员" in capsys.readouterr().err
    with db.session() as s:
        assert find_user_id(s, "refused") is None

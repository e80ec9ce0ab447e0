"""`unionapp print …` end to end through cli.main: files made, issues recorded, exit statuses."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from sqlalchemy import func, select

from tests.printing_pdf import all_text, decode_qr_codes, page_count, render_page
from tests.unit.test_printing_card_issues import enrol
from unionapp import cli
from unionapp.db.models import CardBatch, CardIssue, Member


@pytest.fixture
def run(db):
    url = db.engine.url.render_as_string(hide_password=False)
    return lambda *argv: cli.main(["--db", url, "print", *argv])


@pytest.fixture
def members(db, tree, clerk):
    a = enrol(db, clerk, tree["union_a"], ["张红梅", "欧阳玥", "王喆"])
    b = enrol(db, clerk, tree["union_b"], ["李明", "赵丽颖"], start=10)
    with db.session() as s:
        numbers = dict(s.execute(select(Member.id, Member.member_no)).all())
    return {"a": a, "b": b, "no": numbers}


def test_cards_for_a_union_subtree_are_printed_and_recorded(run, db, members, tmp_path, capsys):
    out = tmp_path / "cards.pdf"
    assert run("cards", str(out), "--layout", "a4", "--org", "城关镇总工会", "--issued-on", "2026-11-21") == 0
    assert "已生成会员卡 3 张" in capsys.readouterr().out
    expected = sorted(members["no"][i] for i in members["a"])
    assert decode_qr_codes(render_page(out, 0, dpi=200)) == expected
    with db.session() as s:
        batch = s.scalar(select(CardBatch))
        assert (batch.card_count, batch.layout, batch.issued_on) == (3, "a4", date(2026, 11, 21))
        assert "城关镇总工会" in batch.note


def test_no_card_yet_and_reprints(run, db, members, tmp_path, capsys):
    first = members["no"][members["a"][0]]
    assert run("cards", str(tmp_path / "one.pdf"), "--member-no", first) == 0
    assert run("cards", str(tmp_path / "rest.pdf"), "--no-card-yet", "--layout", "cr80", "--back") == 0
    assert page_count(tmp_path / "rest.pdf") == 8  # four cards, front and back
    assert first not in all_text(tmp_path / "rest.pdf")
    assert run("cards", str(tmp_path / "none.pdf"), "--no-card-yet") == 2
    assert "没有符合条件的会员" in capsys.readouterr().err
    assert not (tmp_path / "none.pdf").exists()
    assert run("cards", str(tmp_path / "again.pdf"), "--member-no", first) == 0
    assert "其中补印 1 张" in capsys.readouterr().out
    with db.session() as s:
        assert s.scalar(select(func.max(CardIssue.reprint_no))) == 1


def test_search_and_trial_print_without_recording(run, db, members, tmp_path):
    out = tmp_path / "trial.pdf"
    assert run("cards", str(out), "--search", "欧阳", "--no-record", "--offset-x", "1.5") == 0
    assert "欧阳玥" in all_text(out) and page_count(out) == 1
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(CardIssue)) == 0


def test_unusable_card_input_exits_2(run, members, tmp_path, capsys):
    assert run("cards", str(tmp_path / "x.pdf"), "--member-no", "999999") == 2
    assert "找不到会员编号：999999" in capsys.readouterr().err
    assert run("cards", str(tmp_path / "x.pdf"), "--org", "没有这个工会") == 2
    assert run("cards", str(tmp_path / "x.pdf"), "--layout", "nosuch") == 2
    assert run("cards", str(tmp_path / "x.txt")) == 2
    assert run("cards", str(tmp_path / "missing" / "x.pdf")) == 2


def test_member_form_and_calibration(run, members, tmp_path, capsys):
    number = members["no"][members["b"][0]]
    out = tmp_path / "form.pdf"
    assert run("member-form", number, str(out)) == 0
    assert "李明" in all_text(out) and number in all_text(out)
    assert run("member-form", "123", str(out)) == 2
    for layout in ("cr80", "a4", "honour"):
        cal = tmp_path / f"cal-{layout}.pdf"
        assert run("calibration", str(cal), "--layout", layout, "--offset-y", "-0.5") == 0
        assert "打印校准页" in all_text(cal)
    capsys.readouterr()


def test_certificates_from_a_sheet(run, tmp_path, capsys, db):
    book = openpyxl.Workbook()
    book.active.append(["姓名", "单位", "称号/奖项", "证书编号", "颁发单位", "日期"])
    book.active.append(["张红梅", "龙泉机械厂", "一等奖", "JS-001", "龙泉县总工会", "2026-05-01"])
    book.active.append(["王喆", "龙泉农商银行", "二等奖", "JS-002", "龙泉县总工会", "2026-05-01"])
    source = tmp_path / "winners.xlsx"
    book.save(source)
    out = tmp_path / "certs.pdf"
    assert run("certificates", str(out), "--from", str(source), "--title", "获奖证书", "--mode", "overlay",
               "--offset-x", "2") == 0
    assert "已生成获奖证书 2 份（套打）" in capsys.readouterr().out
    assert page_count(out) == 2 and "JS-002" in all_text(out)
    assert run("certificates", str(out), "--from", str(tmp_path / "none.xlsx")) == 2


def test_viewer_cannot_print(db, tmp_path, monkeypatch, capsys):
    from unionapp.services.users import create_first_admin, create_user

    with db.session() as session:
        admin = create_first_admin(session, "admin", "Admin-2026!")
        create_user(session, admin, "look", "Viewer-2026", "viewer")
    monkeypatch.setenv("UNIONAPP_PASSWORD", "Viewer-2026")
    url = db.engine.url.render_as_string(hide_password=False)
    assert cli.main(["--db", url, "--user", "look", "print", "calibration", str(tmp_path / "c.pdf")]) == 2
    assert "打印" in capsys.readouterr().err
    assert not (tmp_path / "c.pdf").exists()

"""The module's commands (DESIGN §8): `export hardship|campaigns|aid|visits` (.xlsx with ID numbers
as text, .csv), `import hardship|aid` of clerk-made sheets (dry run, refusals, round trip), and the
签领表 / 走访慰问登记表 printed by campaign number and 登记编号 — run through cli.main as a
support script would, with the acting user chosen per call."""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from tests.conftest import TODAY, make_actor
from tests.printing_pdf import all_text
from tests.unit.aid_helpers import add_member, filed, person_id
from unionapp import cli
from unionapp.services.aid_bulk import BulkFilter, generate_disbursements
from unionapp.services.aid_campaigns import CampaignInput, StandardInput, create_campaign
from unionapp.services.aid_search import DisbursementFilter, disbursement_totals
from unionapp.services.hardship_search import HardshipFilter, count_hardship_files, search_hardship_files
from unionapp.services.visits import VisitInput, create_visit


@dataclass
class Outcome:
    code: int
    out: str
    err: str

    def json(self) -> dict:
        return json.loads(self.out)

    def number(self, pattern: str) -> Decimal:
        return Decimal(re.search(pattern, self.out).group(1).replace(",", ""))


@pytest.fixture
def run(db, monkeypatch, capsys):
    """`unionapp --db URL ARGS…` acting as `actor` (the command line's identity is swapped in the
    one place it is decided)."""
    url = db.engine.url.render_as_string(hide_password=False)

    def run_as(actor, *argv) -> Outcome:
        monkeypatch.setattr(cli, "actor_from_args", lambda _db, _args: actor)
        code = cli.main(["--db", url, *map(str, argv)])
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run_as


def _summary(outcome: Outcome) -> dict:
    assert outcome.code == 0, outcome.err
    summary = outcome.json()
    summary["unchanged"] = (summary["rows_read"] - summary["imported"] - summary["updated"]
                            - len(summary["rejected"]))
    return summary


def _sheet(path, rows, title="2026年困难职工建档花名册"):
    workbook = Workbook()
    ws = workbook.active
    ws.append([title])
    for row in rows:
        ws.append(row)
    workbook.save(path)
    return path


def _county(db, tree, clerk, reviewer):
    filed(db, clerk, reviewer, name="甲", id_number=person_id(1), org_id=tree["union_b"], family=())
    filed(db, clerk, reviewer, name="乙", id_number=person_id(2), org_id=tree["union_a"], category="相对困难",
          family=())
    with db.session() as s:
        campaign = create_campaign(s, clerk, CampaignInput(
            name="2026年春节送温暖", year=2026, kind="送温暖", budget="1200",
            standards=(StandardInput(category="深度困难", amount="1000"),
                       StandardInput(category="相对困难", amount="500")))).id
        generate_disbursements(s, clerk, campaign, BulkFilter(), paid_on=date(2026, 1, 20), today=TODAY)
    return campaign


def test_exports_write_text_ids_and_the_campaign_number_first(db, tree, clerk, reviewer, tmp_path, run):
    _county(db, tree, clerk, reviewer)
    assert run(clerk, "export", "hardship", tmp_path / "files.xlsx").out.startswith("已导出 2 行")
    assert run(clerk, "export", "campaigns", tmp_path / "campaigns.xlsx").out.startswith("已导出 1 行")
    assert run(clerk, "export", "aid", tmp_path / "aid.xlsx").out.startswith("已导出 2 行")
    files = load_workbook(tmp_path / "files.xlsx").active
    header = [c.value for c in files[1]]
    assert header[:3] == ["档案编号", "姓名", "身份证号码"]
    id_cell = files.cell(row=2, column=3)
    assert id_cell.data_type == "s" and id_cell.value in (person_id(1), person_id(2))
    campaigns = load_workbook(tmp_path / "campaigns.xlsx").active
    assert [c.value for c in campaigns[1]][:2] == ["活动编号", "活动名称"]
    assert campaigns.cell(row=2, column=1).value == "2026-001"
    aid = load_workbook(tmp_path / "aid.xlsx").active
    aid_header = [c.value for c in aid[1]]
    assert {"活动编号", "姓名", "身份证号码", "金额"} <= set(aid_header)
    amounts = {aid.cell(row=r, column=aid_header.index("金额") + 1).value for r in (2, 3)}
    assert amounts == {1000, 500}
    wrong_suffix = run(clerk, "export", "aid", tmp_path / "aid.pdf")
    assert wrong_suffix.code == 2 and ".xlsx 或 .csv" in wrong_suffix.err
    no_campaign = run(clerk, "export", "aid", tmp_path / "one.xlsx", "--campaign", "2030-001")
    assert no_campaign.code == 2 and "2030-001" in no_campaign.err


def test_exports_mask_and_need_the_right(db, tree, clerk, reviewer, viewer, tmp_path, run):
    _county(db, tree, clerk, reviewer)
    masked_clerk = make_actor("clerk", username="实习业务员")
    assert run(masked_clerk, "export", "hardship", tmp_path / "files.csv").code == 0
    with (tmp_path / "files.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][2] == "身份证号码" and all("********" in r[2] for r in rows[1:])
    assert all(r[rows[0].index("银行账号")].strip().startswith("****") for r in rows[1:])
    refused = run(viewer, "export", "hardship", tmp_path / "no.xlsx")
    assert refused.code == 2 and "导出" in refused.err and not (tmp_path / "no.xlsx").exists()


def test_visits_export_and_print(db, tree, clerk, reviewer, tmp_path, run):
    member = add_member(db, clerk, tree["union_a"], "卢俊义", person_id(3))
    with db.session() as s:
        visit = create_visit(s, clerk, VisitInput(visited_on=date(2026, 11, 2), kind="生病住院", visitors="张主席",
                                                  target="member", member_id=member, money="300",
                                                  learned="住院治疗中"), today=TODAY)
    assert run(clerk, "export", "visits", tmp_path / "visits.xlsx").out.startswith("已导出 1 行")
    sheet = load_workbook(tmp_path / "visits.xlsx").active
    assert sheet.cell(row=2, column=1).value == visit.record_no and sheet.cell(row=2, column=6).value == "卢俊义"
    assert run(clerk, "print", "visit", visit.record_no.lower(), tmp_path / "visit.pdf").code == 0
    assert "卢俊义" in all_text(tmp_path / "visit.pdf")
    missing = run(clerk, "print", "visit", "ZF1999-00001", tmp_path / "none.pdf")
    assert missing.code == 2 and "ZF1999-00001" in missing.err


def test_print_roster_by_campaign_number_and_township(db, tree, clerk, reviewer, tmp_path, run):
    _county(db, tree, clerk, reviewer)
    whole = run(clerk, "print", "roster", "2026-001", tmp_path / "all.pdf")
    town = run(clerk, "print", "roster", "2026-001", tmp_path / "town.pdf", "--township", "龙旺庄街道")
    assert (whole.number(r"(\d+) 人"), whole.number(r"合计 ([\d,.]+) 元")) == (2, Decimal("1500.00"))
    assert (town.number(r"(\d+) 人"), town.number(r"合计 ([\d,.]+) 元")) == (1, Decimal("1000.00"))
    assert "壹仟元整" in all_text(tmp_path / "town.pdf")
    unknown = run(clerk, "print", "roster", "2026-001", tmp_path / "x.pdf", "--township", "火星镇")
    assert unknown.code == 2 and "找不到乡镇（街道）或工会“火星镇”" in unknown.err
    not_pdf = run(clerk, "print", "roster", "2026-001", tmp_path / "x.xlsx")
    assert not_pdf.code == 2 and ".pdf" in not_pdf.err


def test_import_hardship_from_a_clerks_sheet(db, tree, clerk, tmp_path, run):
    add_member(db, clerk, tree["union_a"], "会员甲", person_id(10), employer_name="龙泉机械厂")
    header = ["序号", "职工姓名", "身份证号", "所属工会", "困难类别", "致困原因", "次要致困原因", "家庭年收入", "家庭人口",
              "是否单亲家庭", "银行卡号"]
    path = _sheet(tmp_path / "files.xlsx", [
        header,
        [1, "会员甲", person_id(10), "", "深度困难", "患重特大疾病", "子女上学、下岗失业", "24,000元", "3人", "否",
         "6228480012345678901"],
        [2, "非会员乙", person_id(11, female=True), "龙旺庄超市工会", "相对困难", "子女上学", "", "36000", 4, "是", ""],
        [3, "错号丙", "370602198001010011", "龙旺庄超市工会", "深度困难", "下岗失业", "", "", "", "", ""],
        [4, "重复丁", person_id(11, female=True), "龙旺庄超市工会", "深度困难", "下岗失业", "", "", "", "", ""],
        [5, "无会戊", person_id(12), "不存在的工会", "深度困难", "下岗失业", "", "", "", "", ""],
        [6, "类别己", person_id(13), "龙旺庄超市工会", "非常困难", "下岗失业", "", "", "", "", ""],
        ["合计", "", "", "", "", "", "", "", "", "", ""],
    ])
    dry = _summary(run(clerk, "import", "hardship", path, "--dry-run", "--json"))
    with db.session() as s:
        assert count_hardship_files(s, clerk, HardshipFilter(status=None)) == 0
    outcome = run(clerk, "import", "hardship", path, "--json")
    assert set(outcome.json()) == {"rows_read", "imported", "updated", "created_organizations", "rejected",
                                   "warnings"}
    summary = _summary(outcome)
    assert (summary["rows_read"], summary["imported"], dry["imported"]) == (6, 2, 2)
    rejected = {r["row"]: r["errors"][0] for r in summary["rejected"]}
    assert set(rejected) == {5, 6, 7, 8}
    assert rejected[5]["column"] == "身份证号" and "校验位" in rejected[5]["message"]
    assert "与第4行的身份证号码相同" in rejected[6]["message"]
    assert rejected[7]["column"] == "所属工会"
    assert rejected[8]["column"] == "困难类别" and "非常困难" in rejected[8]["message"]
    with db.session() as s:
        rows = {r.name: r for r in search_hardship_files(s, clerk, HardshipFilter())}
    assert rows["会员甲"].member_id is not None and rows["会员甲"].org_name == "龙泉机械厂工会委员会"
    assert rows["会员甲"].per_capita_monthly == Decimal("666.67") and rows["会员甲"].status == "pending"
    assert rows["非会员乙"].org_name == "龙旺庄超市工会"
    # The export of what was imported re-imports without a change.
    run(clerk, "export", "hardship", tmp_path / "back.xlsx")
    again = _summary(run(clerk, "import", "hardship", tmp_path / "back.xlsx", "--json"))
    assert (again["imported"], again["updated"], again["unchanged"], again["rejected"]) == (0, 0, 2, [])
    # A changed cell updates the open file.
    changed = _sheet(tmp_path / "changed.xlsx", [["姓名", "身份证号码", "困难类别", "主要致困原因"],
                                                 ["非会员乙", person_id(11, female=True), "深度困难", "子女上学"]])
    assert _summary(run(clerk, "import", "hardship", changed, "--json"))["updated"] == 1


def test_import_aid_rows(db, tree, clerk, reviewer, tmp_path, run):
    campaign = _county(db, tree, clerk, reviewer)
    add_member(db, clerk, tree["union_a"], "会员庚", person_id(20))
    path = _sheet(tmp_path / "aid.xlsx", [
        ["活动编号", "姓名", "身份证号码", "金额", "物品", "发放日期", "备注"],
        ["2026-001", "会员庚", person_id(20), "300", "", "2026.1.22", ""],
        ["2026-001", "路人辛", person_id(21), "", "棉被", "2026年1月22日", "物品"],
        ["2026-001", "甲", person_id(1), "1000", "", "2026-01-20", "已发过"],
        ["2026-009", "某人", person_id(22), "100", "", "", ""],
        ["2026-001", "某人", person_id(22), "-5", "", "", ""],
    ], title="2026年春节送温暖发放花名册")
    result = _summary(run(clerk, "import", "aid", path, "--json"))
    assert result["imported"] == 2 and result["unchanged"] == 1  # 甲's row is the payment already recorded
    rejected = {r["row"]: r["errors"][0] for r in result["rejected"]}
    assert set(rejected) == {6, 7}
    assert rejected[6]["column"] == "活动编号" and "2026-009" in rejected[6]["message"]
    assert rejected[7]["column"] == "金额"
    # 会员庚's row goes over the 1,200 budget (1,500 already paid): a warning, still imported.
    assert any("超出预算" in issue["message"] for w in result["warnings"] for issue in w["errors"])
    with db.session() as s:
        totals = disbursement_totals(s, clerk, DisbursementFilter(campaign_id=campaign))
    assert totals.count == 4 and totals.money == Decimal("1800.00")
    # The same person twice in one campaign is refused.
    twice = _sheet(tmp_path / "twice.xlsx", [["活动编号", "姓名", "身份证号码", "金额"],
                                             ["2026-001", "会员庚", person_id(20), "200"]])
    refused = _summary(run(clerk, "import", "aid", twice, "--json"))
    assert refused["imported"] == 0 and "领取过" in refused["rejected"][0]["errors"][0]["message"]
    assert refused["rejected"][0]["errors"][0]["column"] == "身份证号码"
    # Round trip: the export re-imports unchanged.
    run(clerk, "export", "aid", tmp_path / "aid_back.xlsx")
    back = _summary(run(clerk, "import", "aid", tmp_path / "aid_back.xlsx", "--json"))
    assert (back["imported"], back["unchanged"], back["rejected"]) == (0, 4, [])

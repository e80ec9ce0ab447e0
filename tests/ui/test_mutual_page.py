"""The 医疗互助 page: a year's enrolments by unit with the claims under them and a summary line;
enrolling a unit and recording a claim through their forms (bad input is shown beside the field
and saves nothing); the year's export as two sheets; a viewer reads but cannot change."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from sqlalchemy import func, select

from tests.conftest import TODAY
from tests.unit.aid_helpers import add_member, person_id
from unionapp.db.models import MedicalMutualClaim, MedicalMutualEnrolment
from unionapp.domain.masking import mask_id_number
from unionapp.services.medical_mutual import ClaimInput, EnrolmentInput, create_claim, save_enrolment
from unionapp.services.organizations import OrgInput, create_organization
from unionapp.ui import jobs
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.mutual_claim_dialog import MutualClaimDialog
from unionapp.ui.dialogs.mutual_enrolment_dialog import MutualEnrolmentDialog
from unionapp.ui.main_window import MainWindow
from unionapp.ui.models.mutual_tables import CCOL_NAME, COL_CLAIMS, COL_MEMBERS, COL_UNIT
from unionapp.ui.pages.mutual_page import MutualPage


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    return widget  # the caller holds it: qtbot.addWidget keeps only a weak reference


def count(db, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def county(db, tree, clerk, admin):
    """Two unions enrolled for 2026 with a claim each, one enrolled for 2025, and a third union
    (not enrolled) with a member."""
    with db.session() as s:
        union_c = create_organization(s, admin, OrgInput(level="grassroots", name="龙旺庄物流公司工会",
                                                         parent_id=tree["town_b"]), today=TODAY)
    people = dict(
        deng=add_member(db, clerk, tree["branch"], "邓超", person_id(1)),
        sun=add_member(db, clerk, tree["union_b"], "孙俪", person_id(2, female=True)),
        zhou=add_member(db, clerk, union_c, "周迅", person_id(3, female=True)),
    )
    with db.session() as s:
        save_enrolment(s, clerk, EnrolmentInput(tree["union_a"], 2026, 118, "3540", date(2026, 1, 10)), today=TODAY)
        save_enrolment(s, clerk, EnrolmentInput(tree["union_b"], 2026, 20, "600", date(2026, 1, 15)), today=TODAY)
        save_enrolment(s, clerk, EnrolmentInput(tree["union_a"], 2025, 110, "3300"), today=TODAY)
        create_claim(s, clerk, ClaimInput(people["deng"], date(2026, 6, 3), "腰椎间盘突出手术", "2000", "县人民医院"),
                     today=TODAY)
        create_claim(s, clerk, ClaimInput(people["sun"], date(2026, 7, 9), "骨折", "800"), today=TODAY)
    return dict(tree, union_c=union_c, **people)


def units(page) -> list[str]:
    return [page.enrolments.text(r, COL_UNIT) for r in range(page.enrolments.rowCount())]


def claimants(page) -> list[str]:
    return [page.claims.text(r, CCOL_NAME) for r in range(page.claims.rowCount())]


def test_the_page_lists_a_years_enrolments_claims_and_summary(qtbot, db, county, clerk):
    page = shown(qtbot, MutualPage(AppContext(db, clerk), today=TODAY))
    assert page.year() == 2026
    assert units(page) == ["龙泉机械厂工会委员会", "龙旺庄超市工会"]
    assert page.enrolments.text(0, COL_MEMBERS) == "118" and page.enrolments.text(0, COL_CLAIMS) == "1"
    s = page.summary
    assert (s.units, s.members_enrolled, s.fees, s.claims, s.claims_amount) == \
        (2, 138, Decimal("4140.00"), 2, Decimal("2800.00"))
    text = page.ui.summaryLabel.text()
    assert "2026" in text and "138" in text and "4,140.00" in text and "2,800.00" in text
    assert claimants(page) == ["孙俪", "邓超"]  # the whole year, latest first
    assert page.ui.allClaimsButton.isHidden()

    assert page.select_enrolment(page.enrolments.rows()[0].id)
    assert claimants(page) == ["邓超"]  # a 分会 member is paid by its parent's enrolment
    assert "龙泉机械厂工会委员会" in page.ui.claimTitle.text()
    assert page.ui.editEnrolmentButton.isEnabled() and not page.ui.editClaimButton.isEnabled()
    page.ui.allClaimsButton.click()
    assert claimants(page) == ["孙俪", "邓超"]

    page.set_year(2025)
    assert units(page) == ["龙泉机械厂工会委员会"] and claimants(page) == []
    assert page.summary.members_enrolled == 110 and page.summary.claims == 0

    page.set_year(2026)
    page.set_org_filter(county["town_b"])  # the union filter takes the whole subtree
    assert units(page) == ["龙旺庄超市工会"] and claimants(page) == ["孙俪"]
    assert (page.summary.units, page.summary.fees) == (1, Decimal("600.00"))


def test_enrolling_a_unit_through_the_form(qtbot, db, county, clerk):
    context = AppContext(db, clerk)
    page = shown(qtbot, MutualPage(context, today=TODAY))
    dialog = shown(qtbot, MutualEnrolmentDialog(context, page, year=2026, today=TODAY))
    ui = dialog.ui
    ui.membersEdit.setText("三十")
    ui.feeEdit.setText("abc")
    assert not dialog.save()
    assert dialog.errors.message("members_enrolled") and dialog.errors.message("fee_paid") == ""
    ui.membersEdit.setText("30")
    assert not dialog.save()  # the unit and the fee are missing: the service says so beside them
    assert "参保单位" in dialog.errors.message("org_id") and dialog.errors.message("fee_paid")
    dialog.set_org(county["union_a"], "龙泉机械厂工会委员会")
    ui.feeEdit.setText("900")
    assert not dialog.save()
    assert "已登记2026年度" in dialog.errors.message("org_id")
    assert count(db, MedicalMutualEnrolment) == 3  # nothing saved by the refusals

    dialog.set_org(county["union_c"], "龙旺庄物流公司工会")
    ui.enrolledOnEdit.setText("2026.3.1")
    with qtbot.waitSignal(context.events.changed) as announced:
        assert dialog.save()
    assert announced.args == ["mutual"]
    assert units(page) == ["龙泉机械厂工会委员会", "龙旺庄超市工会", "龙旺庄物流公司工会"]  # reloaded on the event
    assert (page.summary.units, page.summary.members_enrolled, page.summary.fees) == (3, 168, Decimal("5040.00"))

    # Correcting it: the unit and the year stay, the rest changes.
    row = page.enrolments.rows()[2]
    edit = shown(qtbot, MutualEnrolmentDialog(context, page, enrolment_id=row.id, today=TODAY))
    assert edit.ui.orgEdit.text() == "龙旺庄物流公司工会" and not edit.ui.yearSpin.isEnabled()
    assert edit.ui.enrolledOnEdit.text() == "2026-03-01"
    edit.ui.membersEdit.setText("32")
    edit.ui.feeEdit.setText("960")
    assert edit.save()
    assert page.enrolments.rows()[2].members_enrolled == 32 and page.summary.fees == Decimal("5100.00")


def test_recording_a_claim_through_the_form(qtbot, db, county, clerk, monkeypatch):
    context = AppContext(db, clerk)
    page = shown(qtbot, MutualPage(context, today=TODAY))
    dialog = shown(qtbot, MutualClaimDialog(context, page, year=2026, today=TODAY))
    ui = dialog.ui
    assert ui.paidOnEdit.text() == "2026-11-21"
    ui.amountEdit.setText("1500")
    assert not dialog.save()
    assert "会员" in dialog.errors.message("member_id") and dialog.errors.message("illness")
    ui.findEdit.setText(person_id(3, female=True))  # 周迅: her union did not enrol
    dialog.find()
    assert "周迅" in ui.chosenValue.text()
    ui.illnessEdit.setText("阑尾炎手术")
    assert not dialog.save()
    assert "没有参加2026年度的医疗互助" in dialog.errors.message("member_id")
    assert count(db, MedicalMutualClaim) == 2

    ui.findEdit.setText(person_id(2, female=True))
    dialog.find()
    assert "孙俪" in ui.chosenValue.text()
    ui.hospitalEdit.setText("县中医院")
    with qtbot.waitSignal(context.events.changed):
        assert dialog.save()
    assert claimants(page) == ["孙俪", "孙俪", "邓超"]
    assert (page.summary.claims, page.summary.claims_amount) == (3, Decimal("4300.00"))

    # Through the page's button: the form is filled and saved, the page selects the new claim.
    def fill_and_save(dialog: MutualClaimDialog) -> int:
        dialog.ui.findEdit.setText(person_id(1))
        dialog.find()
        dialog.ui.paidOnEdit.setText("2026-09-30")
        dialog.ui.illnessEdit.setText("肺炎")
        dialog.ui.amountEdit.setText("500")
        return QDialog.DialogCode.Accepted if dialog.save() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(MutualClaimDialog, "exec", fill_and_save)
    page.new_claim()
    assert page.selected_claim().name == "邓超" and page.selected_claim().illness == "肺炎"
    assert page.summary.claims == 4

    claim = page.selected_claim()
    edit = shown(qtbot, MutualClaimDialog(context, page, claim_id=claim.id, today=TODAY))
    assert edit.ui.illnessEdit.text() == "肺炎" and "邓超" in edit.ui.chosenValue.text()
    edit.ui.amountEdit.setText("600")
    assert edit.save()
    assert page.summary.claims_amount == Decimal("4900.00")
    assert page.selected_claim().amount == Decimal("600.00")  # the selection survived the reload


def test_the_export_writes_both_sheets(qtbot, db, county, clerk, tmp_path, monkeypatch, message_boxes):
    page = shown(qtbot, MutualPage(AppContext(db, clerk), today=TODAY))
    target = tmp_path / "医疗互助2026.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "Excel workbook (*.xlsx)"))
    assert page.action_enabled("export")
    job = page.export()
    assert job is not None
    qtbot.waitUntil(lambda: any(m.kind == "information" for m in message_boxes), timeout=20_000)
    jobs.wait_for_all_jobs()
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["医疗互助参保", "医疗互助理赔"]
    enrolled = list(book["医疗互助参保"].iter_rows(min_row=2, values_only=True))
    assert [(r[1], r[2]) for r in enrolled] == [("龙泉机械厂工会委员会", 118), ("龙旺庄超市工会", 20)]
    claims = list(book["医疗互助理赔"].iter_rows(min_row=2))
    assert [(r[0].value, r[1].value) for r in claims] == [("邓超", person_id(1)), ("孙俪", person_id(2, female=True))]
    assert claims[0][1].data_type == "s"  # the ID number is a text cell
    assert "4" in next(m.text for m in message_boxes if m.kind == "information")


def test_a_viewer_reads_but_cannot_change(qtbot, db, county, viewer):
    context = AppContext(db, viewer)
    page = shown(qtbot, MutualPage(context, today=TODAY))
    assert units(page) == ["龙泉机械厂工会委员会", "龙旺庄超市工会"]
    assert not page.ui.newEnrolmentButton.isEnabled() and not page.ui.newClaimButton.isEnabled()
    assert page.ui.exportButton.isHidden()
    assert not page.action_enabled("new_record") and not page.action_enabled("export")
    assert page.select_enrolment(page.enrolments.rows()[0].id)
    assert not page.ui.editEnrolmentButton.isEnabled()
    page.new_enrolment()  # does nothing (no dialog opens)
    enrolment = shown(qtbot, MutualEnrolmentDialog(context, page, enrolment_id=page.enrolments.rows()[0].id,
                                                   today=TODAY))
    assert enrolment.save_button.isHidden() and enrolment.ui.membersEdit.isReadOnly()
    claim = shown(qtbot, MutualClaimDialog(context, page, claim_id=page.claims.rows()[0].id, today=TODAY))
    assert claim.save_button.isHidden() and mask_id_number(person_id(1)) in claim.ui.chosenValue.text()
    assert not claim.save()  # the service refuses even when asked
    assert "权限" in claim.ui.messageLabel.text()


def test_the_window_offers_the_page_after_the_campaigns(qtbot, admin_context):
    window = MainWindow(admin_context)
    qtbot.addWidget(window)
    keys = window.page_keys()
    assert keys.index("mutual") == keys.index("campaigns") + 1
    page = window.show_page("mutual")
    assert isinstance(page, MutualPage)
    assert window.ui.actionNew.isEnabled() and window.ui.actionExport.isEnabled()
    window.close()

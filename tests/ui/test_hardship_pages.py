"""A clerk's year through the 困难帮扶, 帮扶活动 and 走访慰问 pages: file a family (clerk), approve it
(reviewer; a plain clerk has no approve button and the service refuses), generate 送温暖 for every
深度困难 file of a township, print the 签领表 and check its total, record a visit whose money is a
payment of a campaign, close the file as 脱困 and find it on the watch list; a viewer sees masked
ID numbers and cannot save."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import update

from tests.conftest import TODAY, make_actor
from tests.printing_pdf import all_text
from tests.unit.aid_helpers import add_member, file_input, filed, person_id
from unionapp.db.models import HardshipFile
from unionapp.services.aid_campaigns import CampaignInput, StandardInput, create_campaign
from unionapp.services.aid_search import DisbursementFilter, disbursement_totals, search_disbursements
from unionapp.services.errors import PermissionDenied
from unionapp.services.hardship import create_hardship_file, get_hardship_file
from unionapp.services.hardship_review import approve_file
from unionapp.services.visits import get_visit
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.aid_support import find_files, find_members
from unionapp.ui.dialogs.campaign_dialog import CampaignDialog
from unionapp.ui.dialogs.disbursement_dialog import DisbursementDialog
from unionapp.ui.dialogs.form_support import set_combo_value
from unionapp.ui.dialogs.hardship_dialog import HardshipDialog
from unionapp.ui.dialogs.review_dialog import HardshipReviewDialog
from unionapp.ui.dialogs.visit_dialog import PAY_LINK, PAY_NEW, VisitDialog
from unionapp.ui.models.hardship_table import COL_ID_NUMBER, COL_NAME, COL_STATUS
from unionapp.ui.pages.campaigns_page import CampaignsPage
from unionapp.ui.pages.hardship_page import HardshipPage
from unionapp.ui.pages.visits_page import VisitsPage


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    return widget  # the caller holds it: qtbot.addWidget keeps only a weak reference


def names(page) -> list[str]:
    return [page.model.text(r, COL_NAME) for r in range(page.model.rowCount())]


def wait_for_preview(qtbot, page):
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20_000)
    preview = page.preview
    path = preview.pdf_path
    text = all_text(path)
    preview.reject()
    return text


def file_a_family(qtbot, context, worker_id_number: str) -> HardshipDialog:
    dialog = shown(qtbot, HardshipDialog(context, None, today=TODAY))
    [member] = find_members(context, worker_id_number)
    dialog.set_member(member)
    ui = dialog.ui
    set_combo_value(ui.categoryCombo, "深度困难")
    set_combo_value(ui.mainCauseCombo, "患重特大疾病")
    set_combo_value(ui.cause2Combo, "子女上学")
    set_combo_value(ui.healthCombo, "有慢性病")
    set_combo_value(ui.workStatusCombo, "在岗")
    ui.monthlyIncomeEdit.setText("1800")
    ui.familyAnnualIncomeEdit.setText("30000")
    ui.familySizeEdit.setText("3")
    ui.bankNameEdit.setText("农业银行")
    ui.bankAccountEdit.setText("6228480012345678901")
    ui.situationEdit.setPlainText("妻子患尿毒症，长期透析")
    dialog.family_model.add_row({"name": "李秀英", "relation": "配偶", "age": "44", "occupation": "无业",
                                 "monthly_income": "0", "health": "有慢性病"})
    dialog.family_model.add_row({"name": "王小明", "relation": "子", "age": "12", "occupation": "城关镇第一小学"})
    return dialog


def test_a_clerks_year_through_the_pages(qtbot, db, tree, clerk, reviewer, viewer, message_boxes):
    clerk_ctx, reviewer_ctx = AppContext(db, clerk), AppContext(db, reviewer)
    worker_id = person_id(1)
    add_member(db, clerk, tree["union_b"], "王建军", worker_id, employer_name="龙旺庄超市")

    # January: the clerk files the family; the monthly income per head is worked out while typing.
    page = shown(qtbot, HardshipPage(clerk_ctx, today=TODAY))
    assert page.ui.approveButton.isHidden() and page.ui.returnButton.isHidden()  # no approve button for a clerk
    assert not page.ui.newButton.isHidden()
    dialog = file_a_family(qtbot, clerk_ctx, worker_id)
    assert "833.33" in dialog.ui.perCapitaValue.text()
    dialog.ui.familySizeEdit.setText("4")
    assert "625.00" in dialog.ui.perCapitaValue.text()
    dialog.ui.familySizeEdit.setText("3")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.ui.messageLabel.text()
    file_id = dialog.saved_id
    assert names(page) == ["王建军"] and page.model.text(0, COL_STATUS) == "待审核"
    assert page.select_file(file_id)
    assert not page.ui.approveButton.isEnabled() or page.ui.approveButton.isHidden()

    # The clerk cannot approve: no button, and the service refuses even when asked directly.
    refused = shown(qtbot, HardshipReviewDialog(clerk_ctx, page.selected_row(), "approve", today=TODAY))
    refused.save()
    assert refused.result() != refused.DialogCode.Accepted
    assert "审核" in refused.ui.messageLabel.text()
    with db.session() as s, pytest.raises(PermissionDenied):
        approve_file(s, clerk, file_id, "同意")

    # The reviewer approves from the same list (the 待审核 working list).
    review_page = shown(qtbot, HardshipPage(reviewer_ctx, today=TODAY))
    assert not review_page.ui.approveButton.isHidden()
    review_page.show_list("pending")
    assert names(review_page) == ["王建军"]
    assert review_page.select_file(file_id) and review_page.ui.approveButton.isEnabled()
    approval = shown(qtbot, HardshipReviewDialog(reviewer_ctx, review_page.selected_row(), "approve", today=TODAY))
    approval.ui.opinionEdit.setPlainText("经入户核实，同意建档")
    approval.save()
    assert approval.result() == approval.DialogCode.Accepted, approval.ui.messageLabel.text()
    assert names(review_page) == []  # no longer waiting
    page.apply_filter()  # the clerk, at another desk, searches again
    assert page.model.text(0, COL_STATUS) == "在档"

    # Three more families on file: one more in 龙旺庄街道, one in 城关镇, one 相对困难.
    filed(db, clerk, reviewer, name="刘桂香", id_number=person_id(2, female=True), org_id=tree["union_b"], family=())
    filed(db, clerk, reviewer, name="城关户", id_number=person_id(4), org_id=tree["union_a"], family=())
    filed(db, clerk, reviewer, name="相对户", id_number=person_id(5), org_id=tree["union_b"], category="相对困难",
          family=())

    # Before the Spring Festival: the campaign with its standards, then 送温暖 for the township.
    campaigns = shown(qtbot, CampaignsPage(clerk_ctx, today=TODAY))
    form = shown(qtbot, CampaignDialog(clerk_ctx, None, today=TODAY))
    form.ui.nameEdit.setText("2026年春节送温暖")
    set_combo_value(form.ui.kindCombo, "送温暖")
    form.ui.budgetEdit.setText("100000")
    form.ui.fundSourceEdit.setText("县总工会帮扶资金")
    form.standards_model.add_row({"category": "深度困难", "amount": "1000"})
    form.standards_model.add_row({"category": "相对困难", "amount": "500"})
    form.save()
    assert form.result() == form.DialogCode.Accepted, form.ui.messageLabel.text()
    spring = form.saved_id
    assert campaigns.select_campaign(spring)
    assert campaigns.model.text(campaigns.model.row_of(spring), 0) == "2026-001"

    bulk = shown(qtbot, campaigns.bulk_dialog())
    bulk.set_category("深度困难")
    bulk.set_org(tree["town_b"])
    assert bulk.preview.created == 2 and "2,000.00" in bulk.ui.previewLabel.text()
    assert bulk.ui.warningLabel.text() == ""
    bulk.generate()
    qtbot.waitUntil(lambda: bulk.result is not None, timeout=20_000)
    assert bulk.result.created == 2
    qtbot.waitUntil(lambda: campaigns.disbursements.rowCount() == 2)
    assert "2,000.00" in campaigns.ui.totalsLabel.text()

    # The 签领表 of the whole campaign: its total is the sum of the campaign's payments.
    campaigns.print_roster()
    text = wait_for_preview(qtbot, campaigns)
    with db.session() as s:
        totals = disbursement_totals(s, clerk, DisbursementFilter(campaign_id=spring))
    assert totals.money == Decimal("2000.00")
    assert "王建军" in text and "刘桂香" in text and f"{totals.money:,.2f}" in text and "贰仟元整" in text

    # Paying 王建军 a second time in the same campaign is refused, then allowed with a reason.
    [worker_file] = find_files(clerk_ctx, "王建军")
    again = shown(qtbot, DisbursementDialog(clerk_ctx, spring, None, today=TODAY))
    again.set_hardship_file(worker_file)
    again.save()
    assert again.result() != again.DialogCode.Accepted
    assert again.ui.overrideGroup.isVisibleTo(again) and "已在本次活动" in again.ui.overrideLabel.text()
    assert any("已在本次活动" in m.text for m in message_boxes)
    again.ui.overrideReasonEdit.setText("家中失火，追加救助")
    again.save()
    assert again.result() == again.DialogCode.Accepted, again.ui.messageLabel.text()

    # Summer: a visit with 2,000 yuan, recorded as a payment of a 临时救助 campaign.
    with db.session() as s:
        relief = create_campaign(s, clerk, CampaignInput(name="2026年临时救助", year=2026, kind="临时救助")).id
    visits = shown(qtbot, VisitsPage(clerk_ctx, today=TODAY))
    visit = shown(qtbot, VisitDialog(clerk_ctx, None, today=TODAY))
    set_combo_value(visit.ui.kindCombo, "困难职工")
    visit.ui.visitorsEdit.setText("县总工会 张主席")
    visit.set_hardship_file(worker_file)
    visit.ui.moneyEdit.setText("2000")
    visit.goods_model.add_row({"item": "大米", "quantity": "1 袋", "value": "100"})
    visit.ui.learnedEdit.setPlainText("妻子病情加重")
    visit.ui.followUpCheck.setChecked(True)
    visit.ui.followUpTextEdit.setPlainText("协助申请大病救助")
    visit.set_payment(PAY_NEW, campaign_id=relief)
    visit.save()
    assert visit.result() == visit.DialogCode.Accepted, visit.ui.messageLabel.text()
    with db.session() as s:
        detail = get_visit(s, clerk, visit.saved_id)
    assert detail.disbursement_text == "2026-002 2026年临时救助 2,000.00 元"
    assert visits.total == 1 and visits.select_visit(visit.saved_id)
    visits.show_open_follow_ups()
    assert visits.total == 1

    # A second visit linked to the 送温暖 payment he already had.
    with db.session() as s:
        paid = search_disbursements(s, clerk, DisbursementFilter(campaign_id=spring, hardship_file_id=file_id))
    linked = shown(qtbot, VisitDialog(clerk_ctx, None, today=TODAY))
    set_combo_value(linked.ui.kindCombo, "节日")
    linked.ui.visitorsEdit.setText("龙旺庄街道工会 刘主席")
    linked.set_hardship_file(worker_file)
    linked.ui.moneyEdit.setText("1000")
    linked.set_payment(PAY_LINK, campaign_id=spring, disbursement_id=paid[-1].id)
    linked.save()
    assert linked.result() == linked.DialogCode.Accepted, linked.ui.messageLabel.text()
    with db.session() as s:
        assert get_visit(s, clerk, linked.saved_id).data.disbursement_id == paid[-1].id

    # The 走访慰问登记表 of the first visit.
    visits.ui.followUpCombo.setCurrentIndex(0)
    assert visits.select_visit(visit.saved_id)
    visits.print_current()
    text = wait_for_preview(qtbot, visits)
    assert "王建军" in text and "协助申请大病救助" in text

    # The follow-up is done.
    assert visits.close_follow_up("已协助申请大病医疗救助，获批 8000 元")
    visits.show_open_follow_ups()
    assert visits.total == 0

    # Autumn: the son found work; the file is closed as 脱困 and goes on the watch list.
    page.show_list("all")
    assert page.select_file(file_id)
    closing = shown(qtbot, HardshipReviewDialog(clerk_ctx, page.selected_row(), "close", today=TODAY))
    set_combo_value(closing.ui.outcomeCombo, "lifted")
    closing.ui.reasonEdit.setPlainText("儿子就业，家庭人均收入超过当地标准")
    closing.save()
    assert closing.result() == closing.DialogCode.Accepted, closing.ui.messageLabel.text()
    page.show_list("watch")
    assert names(page) == ["王建军"]
    page.show_list("never_aided")
    assert "王建军" not in names(page) and "城关户" in names(page)

    # A viewer sees masked ID numbers, no edit buttons, and cannot save.
    viewer_ctx = AppContext(db, viewer)
    viewer_page = shown(qtbot, HardshipPage(viewer_ctx, today=TODAY))
    viewer_page.ui.statusCombo.setCurrentIndex(viewer_page.ui.statusCombo.findData(""))
    assert "王建军" in names(viewer_page)
    row = names(viewer_page).index("王建军")
    assert "*" in viewer_page.model.text(row, COL_ID_NUMBER)
    for button in (viewer_page.ui.newButton, viewer_page.ui.approveButton, viewer_page.ui.importButton,
                   viewer_page.ui.exportButton, viewer_page.ui.printButton):
        assert button.isHidden()
    look = shown(qtbot, HardshipDialog(viewer_ctx, None, file_id=file_id, today=TODAY))
    assert "*" in look.ui.idNumberEdit.text() and look.ui.idNumberEdit.isReadOnly()
    assert "*" in look.ui.bankAccountEdit.text()
    assert look.save_button.isHidden()
    look.save()  # even when asked: the service refuses
    assert look.result() != look.DialogCode.Accepted and look.ui.messageLabel.text()


def test_file_form_prints_and_budget_overrun_is_shown(qtbot, db, tree, clerk, reviewer):
    context = AppContext(db, clerk)
    file_id = filed(db, clerk, reviewer, name="陈志", id_number=person_id(3), org_id=tree["town_b"], family=())
    page = shown(qtbot, HardshipPage(context, today=TODAY))
    assert page.select_file(file_id)
    page.print_current()
    text = wait_for_preview(qtbot, page)
    with db.session() as s:
        file_no = get_hardship_file(s, clerk, file_id).file_no
    assert "陈志" in text and file_no in text and "困难职工档案表" in text

    with db.session() as s:
        campaign = create_campaign(s, clerk, CampaignInput(
            name="小额送温暖", year=2026, kind="送温暖", budget="500",
            standards=(StandardInput(category="深度困难", amount="1000"),))).id
    campaigns = shown(qtbot, CampaignsPage(context, today=TODAY))
    assert campaigns.select_campaign(campaign)
    bulk = shown(qtbot, campaigns.bulk_dialog())
    assert bulk.preview.created == 1
    assert "超出预算" in bulk.ui.warningLabel.text()


def test_student_and_medical_fields_follow_the_campaign_kind(qtbot, db, tree, clerk):
    context = AppContext(db, clerk)
    with db.session() as s:
        school = create_campaign(s, clerk, CampaignInput(name="金秋助学", year=2026, kind="金秋助学")).id
        medical = create_campaign(s, clerk, CampaignInput(name="大病救助", year=2026, kind="医疗救助")).id
    student = shown(qtbot, DisbursementDialog(context, school, None, today=TODAY))
    assert not student.ui.studentGroup.isHidden() and student.ui.medicalGroup.isHidden()
    set_combo_value(student.ui.recipientCombo, "person")
    student.ui.nameEdit.setText("赵六")
    student.ui.idNumberEdit.setText(person_id(7))
    student.ui.amountEdit.setText("2000")
    student.save()
    assert "学生" in student.errors.message("student_name")
    student.ui.studentNameEdit.setText("赵小六")
    set_combo_value(student.ui.schoolLevelCombo, "大学本科")
    student.ui.schoolEdit.setText("山东大学")
    student.save()
    assert student.result() == student.DialogCode.Accepted, student.ui.messageLabel.text()

    sick = shown(qtbot, DisbursementDialog(context, medical, None, today=TODAY))
    assert sick.ui.studentGroup.isHidden() and not sick.ui.medicalGroup.isHidden()
    set_combo_value(sick.ui.recipientCombo, "person")
    sick.ui.nameEdit.setText("钱七")
    sick.ui.idNumberEdit.setText(person_id(8))
    sick.ui.amountEdit.setText("5000")
    sick.ui.illnessEdit.setText("肺癌")
    sick.stays_model.add_row({"hospital": "县人民医院", "admitted_on": "2026-03-01", "discharged_on": "2026-03-20",
                              "cost": "38000", "self_paid": "12000"})
    sick.save()
    assert sick.result() == sick.DialogCode.Accepted, sick.ui.messageLabel.text()


def test_working_lists_follow_the_search_and_export_what_is_shown(qtbot, db, tree, clerk, reviewer, tmp_path,
                                                                  monkeypatch, message_boxes):
    """未复核 / 从未帮扶 / 防返困 / 待审核 narrow as the clerk types, like the whole list, and Export
    writes the list on screen — not every file of the union."""
    for n, name in enumerate(("王芳", "王建", "李强"), 1):
        filed(db, clerk, reviewer, name=name, id_number=person_id(n), org_id=tree["union_b"], family=())
    with db.session() as s:
        s.execute(update(HardshipFile).values(approved_on=date(2025, 10, 1)))  # all three are due for review
        for n, name in enumerate(("王待", "李待"), 4):
            create_hardship_file(s, clerk, file_input(name=name, id_number=person_id(n), org_id=tree["union_b"],
                                                      family=()), today=TODAY)
    # A clerk who sees masked ID numbers: the search still finds the hidden digits, as on the whole list.
    masked_clerk = make_actor("clerk", username="实习业务员")
    page = shown(qtbot, HardshipPage(AppContext(db, masked_clerk), today=TODAY))
    page.show_list("review_due")
    assert sorted(names(page)) == ["李强", "王建", "王芳"] and page.total == 3
    page.ui.searchEdit.setText("王")
    page.apply_filter()  # what the search timer does once the clerk stops typing
    assert sorted(names(page)) == ["王建", "王芳"] and page.total == 2
    page.show_list("never_aided")
    assert sorted(names(page)) == ["王建", "王芳"]
    page.ui.searchEdit.setText(person_id(3)[-6:])
    page.apply_filter()
    assert names(page) == ["李强"]

    # Export on the 待审核 list writes those files only, and only those the search finds.
    page.ui.searchEdit.setText("")
    page.show_list("pending")
    assert sorted(names(page)) == ["李待", "王待"]
    target = tmp_path / "pending.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    page.export()
    qtbot.waitUntil(lambda: any("pending.xlsx" in m.text for m in message_boxes), timeout=20_000)
    assert exported_names(target) == ["李待", "王待"]
    page.ui.searchEdit.setText("李")
    page.apply_filter()
    target = tmp_path / "pending_li.xlsx"
    page.export()
    qtbot.waitUntil(lambda: any("pending_li.xlsx" in m.text for m in message_boxes), timeout=20_000)
    assert exported_names(target) == ["李待"]


def exported_names(path) -> list[str]:
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    column = rows[0].index("姓名")
    return sorted(r[column] for r in rows[1:])

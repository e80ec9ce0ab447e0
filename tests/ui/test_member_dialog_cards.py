"""The member dialog's 制卡记录 tab and its "Print registration form…" button: every printed card
is listed, the 会员登记表 opens in the preview and is audited as `unionapp print member-form`
audits it, and only a user with the right to print may print."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.conftest import TODAY, make_actor
from tests.printing_pdf import all_text
from tests.unit.test_printing_card_issues import id_number
from unionapp import cli
from unionapp.db.models import AuditEntry, CardIssue
from unionapp.services.cards import mark_handed_out, record_issues
from unionapp.services.members import MemberInput, create_member
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.member_dialog import MemberDialog

NUMBER = id_number(7, "19850308")


@pytest.fixture
def member(db, tree, clerk) -> dict:
    with db.session() as s:
        saved = create_member(s, clerk, MemberInput(name="张红梅", id_number=NUMBER, org_id=tree["union_a"],
                                                    joined_on=date(2020, 5, 1), card_no="LQ-000123"), today=TODAY)
    return {"id": saved.id, "no": saved.member_no}


def open_dialog(qtbot, context, member_id=None, **kwargs) -> MemberDialog:
    dialog = MemberDialog(context, None, member_id=member_id, today=TODAY, **kwargs)
    qtbot.addWidget(dialog)
    return dialog  # the caller holds it: qtbot.addWidget keeps only a weak reference


def form_audits(db, member_id: int) -> list[tuple[str, str, str]]:
    with db.session() as s:
        return [(e.action, e.entity, e.summary) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "member", AuditEntry.entity_id == str(member_id),
                                     AuditEntry.action == "print").order_by(AuditEntry.id))]


def test_every_printed_card_is_listed(qtbot, db, clerk, member):
    with db.session() as s:
        first = record_issues(s, clerk, [member["id"]], layout="cr80", issued_on=date(2025, 3, 1))
    with db.session() as s:
        second = record_issues(s, clerk, [member["id"]], layout="a4", issued_on=TODAY)
    with db.session() as s:
        first_issue = s.scalar(select(CardIssue.id).where(CardIssue.batch_id == first.batch_id))
        mark_handed_out(s, clerk, [first_issue], on=date(2025, 3, 10))

    dialog = open_dialog(qtbot, AppContext(db, clerk), member["id"])
    ui, model = dialog.ui, dialog.cards.model
    assert ui.tabs.isTabEnabled(ui.tabs.indexOf(ui.cardsTab))
    assert model.rowCount() == 2
    rows = [[model.text(r, c) for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows[0][:3] == ["2025-03-01", "首次制卡", str(first.batch_id)]
    assert rows[1][:3] == [TODAY.isoformat(), "第 1 次补印", str(second.batch_id)]
    assert "CR80" in rows[0][3] and "A4" in rows[1][3]
    assert rows[0][4] == rows[1][4] == clerk.username
    assert rows[0][5] == "2025-03-10" and rows[1][5] == "not yet"
    summary = ui.cardsSummaryLabel.text()
    assert "2 cards" in summary and "1 of them" in summary and "LQ-000123" in summary


def test_a_member_without_a_card_is_told_so(qtbot, db, clerk, member):
    dialog = open_dialog(qtbot, AppContext(db, clerk), member["id"])
    assert dialog.cards.model.rowCount() == 0
    assert "No card has been printed" in dialog.ui.cardsSummaryLabel.text()


def test_a_new_member_has_no_cards_and_nothing_to_print(qtbot, db, clerk, tree):
    dialog = open_dialog(qtbot, AppContext(db, clerk), org_id=tree["union_a"])
    ui = dialog.ui
    assert not ui.tabs.isTabEnabled(ui.tabs.indexOf(ui.cardsTab)) and ui.printFormButton.isHidden()
    assert dialog.cards.print_form() is None


def test_print_button_previews_the_form_and_audits_like_the_command_line(qtbot, db, clerk, member, tmp_path):
    dialog = open_dialog(qtbot, AppContext(db, clerk), member["id"])
    assert dialog.ui.printFormButton.isEnabled()
    dialog.ui.printFormButton.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    preview = dialog.preview
    assert preview.isVisible() and preview.page_count == 1
    text = all_text(preview.pdf_path)
    assert "张红梅" in text and "工会会员登记表" in text and member["no"] in text
    assert NUMBER in text  # the clerk may see ID numbers: printed in full, hence audited
    gui = form_audits(db, member["id"])
    assert len(gui) == 1
    preview.reject()

    # The command line writes the same entry through the same function.
    url = db.engine.url.render_as_string(hide_password=False)
    assert cli.main(["--db", url, "print", "member-form", member["no"], str(tmp_path / "form.pdf")]) == 0
    assert form_audits(db, member["id"]) == gui * 2


def test_masked_print_is_not_audited(qtbot, db, member):
    clerk = make_actor("clerk", sensitive=False, username="业务员小李")
    dialog = open_dialog(qtbot, AppContext(db, clerk), member["id"])
    dialog.ui.printFormButton.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    text = all_text(dialog.preview.pdf_path)
    dialog.preview.reject()
    assert "张红梅" in text and NUMBER not in text and NUMBER[-4:] in text
    assert form_audits(db, member["id"]) == []


def test_a_viewer_cannot_print(qtbot, db, viewer, member):
    dialog = open_dialog(qtbot, AppContext(db, viewer), member["id"])
    button = dialog.ui.printFormButton
    assert not button.isHidden() and not button.isEnabled()
    assert dialog.cards.print_form() is None and dialog.preview is None

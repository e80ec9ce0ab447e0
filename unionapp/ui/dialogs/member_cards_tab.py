"""The member dialog's 制卡记录 tab and its "Print registration form…" button (DESIGN §2.2, §4).

The tab lists every card printed for the member (services.cards.card_history: first card and
reprints, batch, layout, who, hand-out date), read-only. The button makes the 会员登记表 with
printing.member_form.print_member_form — the function `unionapp print member-form` calls, so
both paths write the same audit entry when the full ID number is printed — off the GUI thread
and shows it in the print preview."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHeaderView

from unionapp.printing.card_layout import available_layouts
from unionapp.services.cards import CardIssueRow
from unionapp.services.members import MemberDetail
from unionapp.services.rights import Right
from unionapp.ui import jobs
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.aid_support import missing_warning, print_to_preview
from unionapp.ui.forms.ui_member_dialog import Ui_MemberDialog
from unionapp.ui.models.rows_table import RowsTableModel

COL_LAYOUT = 3


class MemberCardsTab(QObject):
    """Drives the widgets of the cards tab and the print button of a MemberDialog."""

    def __init__(self, dialog, context: AppContext, ui: Ui_MemberDialog):
        super().__init__(dialog)
        self.dialog = dialog
        self.context = context
        self.ui = ui
        self.rows: list[CardIssueRow] = []
        self.model = RowsTableModel([self.tr("Issued on"), self.tr("Card"), self.tr("Batch"), self.tr("Layout"),
                                     self.tr("Printed by"), self.tr("Handed out on")], self)
        ui.cardsView.setModel(self.model)
        ui.cardsView.verticalHeader().hide()
        header = ui.cardsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_LAYOUT, QHeaderView.ResizeMode.Stretch)
        ui.printFormButton.clicked.connect(self.print_form)
        if not context.actor.has(Right.PRINT):
            ui.printFormButton.setEnabled(False)
            ui.printFormButton.setToolTip(self.tr("You do not have the right to print"))

    def start_new(self) -> None:
        """A member not saved yet has no cards and nothing to print."""
        self.ui.tabs.setTabEnabled(self.ui.tabs.indexOf(self.ui.cardsTab), False)
        self.ui.printFormButton.hide()

    def show_history(self, rows: list[CardIssueRow], card_no: str | None) -> None:
        """The member's card issues as services.cards.card_history returns them."""
        self.rows = list(rows)
        titles = dict(available_layouts())
        self.model.set_rows([
            [r.issued_on.isoformat(), r.label, str(r.batch_id), titles.get(r.layout, r.layout), r.created_by or "",
             r.handed_out_on.isoformat() if r.handed_out_on else self.tr("not yet")]
            for r in self.rows
        ], self.rows)
        self.ui.cardsSummaryLabel.setText(self._summary(card_no))

    def _summary(self, card_no: str | None) -> str:
        if not self.rows:
            text = self.tr("No card has been printed for this member yet. To print one, select the member in "
                           "the member list and choose Print (Ctrl+P).")
        else:
            reprints = sum(1 for r in self.rows if r.reprint_no > 0)
            text = self.tr("%1 cards printed, %2 of them reprints.").replace("%1", str(len(self.rows))) \
                .replace("%2", str(reprints))
        if card_no:
            text += " " + self.tr("Member card no.: %1").replace("%1", card_no)
        return text

    def print_form(self) -> jobs.Job | None:
        """The 会员登记表 of the member as last saved, in the preview (kept as `dialog.preview`)."""
        detail: MemberDetail | None = self.dialog.detail
        if detail is None or not self.context.actor.has(Right.PRINT):
            return None
        from unionapp.printing.fonts import font_path_from_settings, load_fonts
        from unionapp.printing.member_form import print_member_form

        actor, member_id = self.context.actor, detail.id

        def render(session, path):
            fonts = load_fonts(font_path_from_settings(session))
            return print_member_form(session, actor, member_id, str(path), fonts=fonts)

        title = self.tr("Registration form of %1").replace("%1", detail.data.name)
        return print_to_preview(self.dialog, self.context, title, f"{detail.member_no}.pdf", render,
                                warning_of=missing_warning)

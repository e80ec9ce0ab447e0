"""The steps of a hardship file's life that need a few words from the person taking them
(DESIGN §2.3): approve (审核通过, with an opinion), send back (退回, saying what to fix), the
annual review (年度复核) and closing the file as 脱困 or 注销 with the reason. The dialog calls
the service, which checks the right and the file's state again."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QWidget

from unionapp.domain.errors import DomainError
from unionapp.domain.hardship import REVIEW_RESULTS
from unionapp.services.code_lookup import code_options
from unionapp.services.errors import ServiceError, ValidationError
from unionapp.services.hardship_review import (
    ReviewInput,
    annual_review,
    approve_file,
    close_file,
    return_file,
)
from unionapp.services.hardship_search import HardshipRow
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.form_support import (
    FieldErrors,
    combo_value,
    fill_combo,
    read_date,
    read_text,
    show_date,
    tidy_date,
)
from unionapp.ui.forms.ui_hardship_review_dialog import Ui_HardshipReviewDialog

MODES = ("approve", "return", "review", "close")


class HardshipReviewDialog(QDialog):
    def __init__(self, context: AppContext, row: HardshipRow, mode: str, parent: QWidget | None = None, *,
                 today: date | None = None):
        super().__init__(parent)
        assert mode in MODES
        self.context, self.row, self.mode = context, row, mode
        self.today = today or date.today()
        self.ui = Ui_HardshipReviewDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.fileValue.setText(f"{row.name}　{row.file_no}　{row.category}　{row.status_label}")
        titles = {"approve": self.tr("Approve the file"), "return": self.tr("Send the file back"),
                  "review": self.tr("Annual review"), "close": self.tr("Close the file")}
        intros = {
            "approve": self.tr("The household goes on record. Your opinion is printed on the file form."),
            "return": self.tr("The clerk sees your opinion: say what to add or correct."),
            "review": self.tr("One review a year. Leaving hardship or cancelling closes the file."),
            "close": self.tr("Left hardship: the household stays on the watch list for a year. Cancelled: the file "
                             "was wrong, or the worker died or moved away."),
        }
        self.setWindowTitle(titles[mode])
        ui.introLabel.setText(intros[mode])
        ui.yearSpin.setValue(self.today.year)
        fill_combo(ui.resultCombo, [(r, r) for r in REVIEW_RESULTS], blank=False)
        with context.db.session() as session:
            categories = code_options(session, context.actor, ["hardship_category"])["hardship_category"]
        fill_combo(ui.categoryCombo, [(o.name, o.name) for o in categories if o.name != row.category])
        fill_combo(ui.outcomeCombo, [(self.tr("Left hardship"), "lifted"), (self.tr("Cancelled"), "cancelled")],
                   blank=False)
        show_date(ui.dateEdit, self.today)
        ui.dateEdit.editingFinished.connect(lambda: tidy_date(ui.dateEdit))
        ui.resultCombo.currentIndexChanged.connect(lambda _i: self._show_rows())
        if mode == "approve":
            ui.opinionEdit.setPlainText(self.tr("Checked at the household; agreed."))
        self.errors = FieldErrors({"year": ui.yearSpin, "result": ui.resultCombo, "category_after": ui.categoryCombo,
                                   "outcome": ui.outcomeCombo, "reviewed_on": ui.dateEdit, "closed_on": ui.dateEdit,
                                   "opinion": ui.opinionEdit, "close_reason": ui.reasonEdit, "reason": ui.reasonEdit},
                                  ui.messageLabel)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(titles[mode])
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._show_rows()

    def _form(self) -> QFormLayout:
        return self.ui.form

    def _show_rows(self) -> None:
        ui, mode = self.ui, self.mode
        result = ui.resultCombo.currentData()
        visible = {
            ui.yearSpin: mode == "review",
            ui.resultCombo: mode == "review",
            ui.categoryCombo: mode == "review" and result == "调整类别",
            ui.outcomeCombo: mode == "close",
            ui.dateEdit: mode in ("review", "close"),
            ui.opinionEdit: mode in ("approve", "return", "review"),
            ui.reasonEdit: mode == "close" or (mode == "review" and result in ("脱困", "注销")),
        }
        for widget, shown in visible.items():
            self._form().setRowVisible(widget, shown)

    def save(self) -> None:
        ui, actor, row = self.ui, self.context.actor, self.row
        try:
            day = read_date(ui.dateEdit, today=self.today, allow_future=False)
        except DomainError as exc:
            self.errors.show({"reviewed_on": exc.message})
            return
        opinion = read_text(ui.opinionEdit) or ""
        reason = read_text(ui.reasonEdit) or ""
        try:
            with self.context.db.session() as session:
                if self.mode == "approve":
                    approve_file(session, actor, row.id, opinion, expected_version=row.version, today=self.today)
                elif self.mode == "return":
                    return_file(session, actor, row.id, opinion, expected_version=row.version)
                elif self.mode == "review":
                    annual_review(session, actor, row.id, ReviewInput(
                        year=ui.yearSpin.value(), result=combo_value(ui.resultCombo) or "", reviewed_on=day,
                        opinion=opinion, category_after=combo_value(ui.categoryCombo), close_reason=reason),
                        expected_version=row.version, today=self.today)
                else:
                    close_file(session, actor, row.id, combo_value(ui.outcomeCombo) or "", reason, closed_on=day,
                               expected_version=row.version, today=self.today)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ServiceError as exc:
            self.errors.clear()
            ui.messageLabel.setText(exc.message)
            return
        self.context.events.announce("hardship")
        self.accept()

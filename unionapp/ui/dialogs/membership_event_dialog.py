"""One 会籍 change — 保留会籍, 退会, 除名, 去世, 恢复会籍 — with its date and reason. The history is
only ever added to; the service decides whether the change may follow the current status."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from unionapp.domain.errors import DomainError
from unionapp.domain.membership import EVENT_LABELS
from unionapp.services.errors import ServiceError, ValidationError
from unionapp.services.members import MemberDetail, record_event
from unionapp.ui.context import AppContext
from unionapp.ui.dialogs.form_support import FieldErrors, combo_value, read_date, show_date, tidy_date
from unionapp.ui.forms.ui_member_event_dialog import Ui_MembershipEventDialog

# The reasons clerks write most often, offered in the editable reason box (stored as typed).
COMMON_REASONS = {
    "retain": ("退休", "内退", "长期病休"),
    "leave": ("离职", "本人申请退会", "单位关闭"),
    "expel": ("严重违反工会章程", "无正当理由连续六个月不交会费、不参加工会组织生活"),
    "death": ("病故", "意外身故"),
    "rejoin": ("重新就业", "退休返聘", "撤销原除名决定"),
}


class MembershipEventDialog(QDialog):
    def __init__(self, context: AppContext, detail: MemberDetail, kind: str, parent: QWidget | None = None, *,
                 today: date | None = None):
        super().__init__(parent)
        self.context, self.detail, self.kind = context, detail, kind
        self.today = today or date.today()
        self.ui = Ui_MembershipEventDialog()
        self.ui.setupUi(self)
        ui = self.ui
        label = EVENT_LABELS.get(kind, kind)
        self.setWindowTitle(label)
        ui.headerLabel.setText(self.tr("%1 for %2 (member no. %3, now %4).").replace("%1", label)
                               .replace("%2", detail.data.name).replace("%3", detail.member_no)
                               .replace("%4", detail.status_label))
        show_date(ui.dateEdit, self.today)
        ui.reasonCombo.addItems(list(COMMON_REASONS.get(kind, ())))
        ui.reasonCombo.setCurrentIndex(-1)
        ui.reasonCombo.setEditText("")
        ui.dateEdit.editingFinished.connect(lambda: tidy_date(ui.dateEdit))
        self.errors = FieldErrors({"on": ui.dateEdit, "reason": ui.reasonCombo}, ui.messageLabel)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        try:
            on = read_date(self.ui.dateEdit)
        except DomainError as exc:
            self.errors.show({"on": exc.message})
            return
        if on is None:
            self.errors.show({"on": self.tr("Enter the date")})
            return
        try:
            with self.context.db.session() as session:
                record_event(session, self.context.actor, self.detail.id, self.kind, on,
                             combo_value(self.ui.reasonCombo) or "", today=self.today)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ServiceError as exc:
            self.ui.messageLabel.setText(exc.message)
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, detail: MemberDetail, kind: str, *,
            today: date | None = None) -> bool:
        """Show modally; True when the change was recorded."""
        dialog = cls(context, detail, kind, parent, today=today)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

"""What every record form of this package shares: reading typed dates and counts, filling the
drop-downs from the dictionaries, and showing a Chinese message right under the field it is about.

Dates are typed, not picked: clerks write 2019.5.1 or 20190501 as in their sheets, and an empty
date must stay empty (QDateEdit cannot be blank), so a line edit read by the same parser the
importers use keeps both paths judging a value alike."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from unionapp.domain.dates import parse_clerk_date
from unionapp.domain.errors import DomainError
from unionapp.domain.text import clean_text

ERROR_STYLE = "color: #c0392b;"


# ---------------------------------------------------------------------- reading fields
def read_date(edit: QLineEdit, *, today: date | None = None, allow_future: bool = True) -> date | None:
    """The date typed in `edit` (None when empty); DomainError with a Chinese message otherwise."""
    return parse_clerk_date(edit.text(), today=today, allow_future=allow_future)


def show_date(edit: QLineEdit, value: date | None) -> None:
    edit.setText(value.isoformat() if value else "")


def tidy_date(edit: QLineEdit) -> None:
    """After editing, show a date the parser understood in one form (2019.5.1 → 2019-05-01)."""
    try:
        value = parse_clerk_date(edit.text())
    except DomainError:
        return
    if value is not None:
        edit.setText(value.isoformat())


def read_count(edit: QLineEdit) -> int | None:
    text = clean_text(edit.text())
    if not text:
        return None
    if not text.isdigit():
        raise DomainError("number", "请填写不小于0的整数")
    return int(text)


def show_count(edit: QLineEdit, value: int | None) -> None:
    edit.setText("" if value is None else str(value))


def read_text(widget) -> str | None:
    text = widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()
    return clean_text(text) or None


# ---------------------------------------------------------------------- drop-downs
def fill_combo(combo: QComboBox, items: Iterable[tuple[str, str]], *, blank: bool = True) -> None:
    """items: (text shown, value stored). A blank first entry means "not filled in"."""
    combo.clear()
    if blank:
        combo.addItem("", None)
    for text, value in items:
        combo.addItem(text, value)


def combo_value(combo: QComboBox) -> str | None:
    if combo.isEditable():
        text = clean_text(combo.currentText())
        index = combo.findText(combo.currentText())
        if index >= 0 and combo.itemData(index) is not None:
            return combo.itemData(index)
        return text or None
    value = combo.currentData()
    return value if value not in ("", None) else None


def set_combo_value(combo: QComboBox, value: str | None) -> None:
    """Select `value`; one no longer in the dictionary is added, so opening and saving an old
    record never loses what it holds."""
    if value in (None, ""):
        combo.setCurrentIndex(0 if combo.count() and combo.itemData(0) is None else -1)
        if combo.isEditable():
            combo.setEditText("")
        return
    index = combo.findData(value)
    if index < 0:
        combo.addItem(str(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


# ---------------------------------------------------------------------- messages beside fields
def _layout_contains(layout: QLayout, widget: QWidget) -> bool:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is widget:
            return True
        if item.layout() is not None and _layout_contains(item.layout(), widget):
            return True
    return False


def _form_row(widget: QWidget) -> tuple[QFormLayout, int] | None:
    """The form layout and row whose field holds `widget` (directly or in a nested layout)."""
    window = widget.window()
    for form in window.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item is None:
                continue
            if item.widget() is widget or (item.layout() is not None and _layout_contains(item.layout(), widget)):
                return form, row
    return None


class FieldErrors:
    """Shows each field's message in a red line right under the field; messages for keys without
    a field go to `fallback` (the dialog's general message line)."""

    def __init__(self, fields: Mapping[str, QWidget], fallback: QLabel):
        self._fields = dict(fields)
        self._fallback = fallback
        self._labels: dict[str, QLabel] = {}
        self._messages: dict[str, str] = {}

    def message(self, key: str) -> str:
        return self._messages.get(key, "")

    @property
    def messages(self) -> dict[str, str]:
        return dict(self._messages)

    def label(self, key: str) -> QLabel | None:
        return self._labels.get(key)

    def _label_for(self, key: str) -> QLabel | None:
        if key in self._labels:
            return self._labels[key]
        widget = self._fields.get(key)
        if widget is None:
            return None
        found = _form_row(widget)
        if found is None:
            return None
        form, row = found
        label = QLabel()
        label.setObjectName(f"{key}Error")
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        form.insertRow(row + 1, "", label)
        form.setRowVisible(label, False)
        self._labels[key] = label
        return label

    def set_field(self, key: str, message: str | None) -> None:
        """Show or clear one field's message (live validation as the clerk types)."""
        general = [m for k, m in self._messages.items() if self._label_for(k) is None and k != key]
        if message:
            self._messages[key] = message
        else:
            self._messages.pop(key, None)
        label = self._label_for(key)
        widget = self._fields.get(key)
        if label is not None:
            label.setText(message or "")
            form_row = _form_row(label)
            if form_row is not None:
                form_row[0].setRowVisible(label, bool(message))
            if widget is not None:
                widget.setToolTip(message or "")
        else:
            if message:
                general.append(message)
            self._fallback.setText("\n".join(general))

    def show(self, errors: Mapping[str, str], *, focus: bool = True) -> None:
        """Replace every message by `errors` (a ValidationError's), and bring the first into view."""
        for key in list(self._messages):
            if key not in errors:
                self.set_field(key, None)
        self._fallback.setText("")
        for key, message in errors.items():
            self.set_field(key, message)
        if focus and errors:
            first = next((self._fields[k] for k in errors if k in self._fields), None)
            if first is not None:
                bring_into_view(first)

    def clear(self) -> None:
        self.show({}, focus=False)

    def has_errors(self) -> bool:
        return bool(self._messages)


def bring_into_view(widget: QWidget) -> None:
    """Switch every enclosing tab to the one holding `widget`, then focus it."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for i in range(parent.count()):
                page = parent.widget(i)
                if page is child or page.isAncestorOf(child):
                    parent.setCurrentIndex(i)
                    break
        child, parent = parent, parent.parentWidget()
    widget.setFocus()


def show_error(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("FormSupport", "Cannot do that"), message)

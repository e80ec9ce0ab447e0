"""Cell parsing shared by the hardship-file and disbursement importers: each parser records a
(column, code, message) problem instead of raising, so a row reports everything wrong at once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from unionapp.domain.dates import parse_clerk_date
from unionapp.domain.errors import DomainError
from unionapp.domain.hardship import parse_amount
from unionapp.domain.idcard import IdInfo, parse_id_number
from unionapp.domain.text import clean_text, parse_yes_no
from unionapp.services.errors import NotFound, PermissionDenied, ServiceError, ValidationError
from unionapp.sheets.columns import Kind
from unionapp.sheets.import_organizations import parse_count

Problem = tuple[str, str, str]  # (column key, code, message)


class RowParser:
    def __init__(self, raw: dict, today: date):
        self.raw, self.today = raw, today
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def text(self, key: str) -> str | None:
        return clean_text(self.raw.get(key)) or None

    def id_number(self, key: str = "id_number") -> IdInfo | None:
        try:
            return parse_id_number(self.raw.get(key), today=self.today)
        except DomainError as exc:
            self.problems.append((key, exc.code, exc.message))
            return None

    def amount(self, key: str, label: str) -> Decimal | None:
        try:
            return parse_amount(self.raw.get(key), label)
        except DomainError as exc:
            self.problems.append((key, exc.code, exc.message))
            return None

    def count(self, key: str, label: str) -> int | None:
        try:
            return parse_count(self.raw.get(key), label)
        except DomainError as exc:
            self.problems.append((key, exc.code, exc.message))
            return None

    def yes_no(self, key: str) -> bool | None:
        try:
            return parse_yes_no(self.raw.get(key))
        except DomainError as exc:
            self.problems.append((key, exc.code, exc.message))
            return None

    def day(self, key: str) -> date | None:
        try:
            return parse_clerk_date(self.raw.get(key), today=self.today, allow_future=False)
        except DomainError as exc:
            self.problems.append((key, exc.code, exc.message))
            return None


def service_problems(exc: ServiceError, kind: Kind, field_columns: dict[str, str], default: str) -> list[Problem]:
    """A service's refusal as row problems, each on the column the clerk has to fix."""
    if isinstance(exc, ValidationError):
        known = {c.key for c in kind.columns}
        return [(field_columns.get(key) or (key if key in known else default), "invalid", message)
                for key, message in exc.errors.items()]
    code = "permission" if isinstance(exc, PermissionDenied) else "not_found" if isinstance(exc, NotFound) else "refused"
    return [(default, code, exc.message)]

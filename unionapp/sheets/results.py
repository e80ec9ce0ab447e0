"""What an import reports: counts, the refused rows with their reasons, and warnings — every
message carrying the sheet's own row number (DESIGN §5, §8 `--json`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from unionapp.services.errors import Cancelled
from unionapp.sheets.layout import Layout, SheetTable

# progress(done, total) → False to cancel (ui.jobs passes the clerk's cancel button this way).
Progress = Callable[[int, int], object]


class ImportCancelled(Cancelled):
    """The clerk cancelled; the batch's transaction is rolled back."""


@dataclass(frozen=True)
class CellIssue:
    column: str  # the column's header as the sheet writes it
    code: str
    message: str  # "第12行 身份证号码：…"

    def as_dict(self) -> dict:
        return {"column": self.column, "code": self.code, "message": self.message}


@dataclass(frozen=True)
class RowIssues:
    row: int  # the sheet's own 1-based row number
    issues: tuple[CellIssue, ...]

    def as_dict(self) -> dict:
        return {"row": self.row, "errors": [issue.as_dict() for issue in self.issues]}


@dataclass
class ImportResult:
    kind: str
    rows_read: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    created_organizations: list[str] = field(default_factory=list)
    rejected: list[RowIssues] = field(default_factory=list)
    warnings: list[RowIssues] = field(default_factory=list)
    dry_run: bool = False
    skipped: dict[str, int] = field(default_factory=dict)  # blank / total / footer / header rows
    sheet_name: str = ""
    header_row: int = 0  # 1-based
    # The refused rows as they were, for the report: row number → cells.
    refused_cells: dict[int, list] = field(default_factory=dict)
    headers: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        """Exactly the keys of DESIGN §8."""
        return {
            "rows_read": self.rows_read,
            "imported": self.imported,
            "updated": self.updated,
            "created_organizations": list(self.created_organizations),
            "rejected": [r.as_dict() for r in self.rejected],
            "warnings": [w.as_dict() for w in self.warnings],
        }

    def summary_text(self) -> str:
        verb = "检查完毕（未写入）" if self.dry_run else "导入完成"
        parts = [f"{verb}：读取 {self.rows_read} 行，新增 {self.imported} 条，更新 {self.updated} 条"]
        if self.unchanged:
            parts.append(f"未变 {self.unchanged} 条")
        parts.append(f"拒绝 {len(self.rejected)} 行")
        if self.warnings:
            parts.append(f"提醒 {len(self.warnings)} 行")
        if self.created_organizations:
            parts.append(f"新建工会 {len(self.created_organizations)} 个")
        return "，".join(parts)


@dataclass(frozen=True)
class ImportOptions:
    dry_run: bool = False
    today: date | None = None
    default_org_id: int | None = None  # members: the union for rows without one (wizard)
    source_name: str = ""  # the file name, for the audit log


class RowCollector:
    """Collects the issues of one table's rows with their sheet row numbers and column names."""

    def __init__(self, table: SheetTable, kind, result: ImportResult):
        self.layout: Layout = table.layout
        self.kind = kind
        self.result = result

    def issue(self, row: int, key: str, code: str, message: str) -> CellIssue:
        column = self.layout.header_of(key, self.kind)
        return CellIssue(column, code, f"第{row}行 {column}：{message}")

    def reject(self, data_row, issues: list[CellIssue]) -> None:
        self.result.rejected.append(RowIssues(data_row.number, tuple(issues)))
        self.result.refused_cells[data_row.number] = data_row.cells

    def warn(self, row: int, issues: list[CellIssue]) -> None:
        if issues:
            self.result.warnings.append(RowIssues(row, tuple(issues)))


def start_result(kind: str, table: SheetTable, options: ImportOptions) -> ImportResult:
    return ImportResult(
        kind=kind, rows_read=len(table.rows), dry_run=options.dry_run, skipped=dict(table.skipped),
        sheet_name=table.sheet.name, header_row=table.layout.header_row + 1, headers=list(table.layout.headers),
    )


def report_progress(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled()

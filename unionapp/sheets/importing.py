"""The importers behind one entry point, for the command line and the wizard: open a file,
find its header and columns, check every row and (unless a dry run) write the batch."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from unionapp.services.rights import Actor
from unionapp.sheets.aid_columns import AID, HARDSHIP
from unionapp.sheets.columns import KINDS, Kind
from unionapp.sheets.gc_pause import gc_paused
from unionapp.sheets.import_aid import import_aid
from unionapp.sheets.import_hardship import import_hardship
from unionapp.sheets.import_members import import_members
from unionapp.sheets.import_organizations import import_organizations
from unionapp.sheets.import_unorganized import import_unorganized
from unionapp.sheets.layout import HeaderNotFound, Layout, SheetTable, detect_layout, extract_rows
from unionapp.sheets.reading import RawSheet, SheetReadError, read_sheet, sheet_names
from unionapp.sheets.results import ImportOptions, ImportResult, Progress

IMPORTERS = {
    "members": import_members,
    "organizations": import_organizations,
    "unorganized": import_unorganized,
    "hardship": import_hardship,
    "aid": import_aid,
}
# Every kind that can be imported (the hardship and aid columns live beside their importers).
IMPORT_KINDS: dict[str, Kind] = {**KINDS, HARDSHIP.key: HARDSHIP, AID.key: AID}


class ImportProblem(Exception):
    """The file cannot be imported at all (unreadable, no header, unknown kind)."""


def kind_of(key: str) -> Kind:
    try:
        return IMPORT_KINDS[key]
    except KeyError:
        raise ImportProblem(f"未知的导入类型“{key}”：可用 {'、'.join(IMPORT_KINDS)}") from None


@dataclass
class OpenedSheet:
    sheet: RawSheet
    layout: Layout
    sheet_names: list[str]


def open_sheet(path: Path, kind: Kind, sheet_name: str | None = None) -> OpenedSheet:
    """The first sheet (or the named one) where a header for `kind` is found."""
    try:
        names = sheet_names(path)
        candidates = [sheet_name] if sheet_name else names
        first_problem: HeaderNotFound | None = None
        for name in candidates:
            sheet = read_sheet(path, name)
            try:
                return OpenedSheet(sheet, detect_layout(sheet, kind), names)
            except HeaderNotFound as exc:
                first_problem = first_problem or exc
    except SheetReadError as exc:
        raise ImportProblem(str(exc)) from exc
    raise ImportProblem(str(first_problem) if first_problem else f"“{Path(path).name}”中没有工作表")


def read_table(path: Path, kind: Kind, sheet_name: str | None = None) -> SheetTable:
    with gc_paused():  # one pause over reading and extracting (see gc_pause)
        opened = open_sheet(path, kind, sheet_name)
        return extract_rows(opened.sheet, kind, opened.layout)


def run_import(
    session: Session, actor: Actor, kind: Kind, table: SheetTable, options: ImportOptions = ImportOptions(),
    progress: Progress | None = None,
) -> ImportResult:
    return IMPORTERS[kind.key](session, actor, table, options, progress)


def import_file(
    session: Session, actor: Actor, kind_key: str, path: Path, options: ImportOptions | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    kind = kind_of(kind_key)
    with gc_paused():
        table = read_table(Path(path), kind)
        options = options or ImportOptions(source_name=Path(path).name)
        return run_import(session, actor, kind, table, options, progress)

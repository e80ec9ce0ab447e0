"""The office's own settings (系统设置 → 本单位), kept in the database's `setting` table because
they belong to the data: every computer that opens the same database prints the same federation
name with the same font. Where this computer finds the database is not here: it cannot live in
the data it points to (see unionapp/ui/settings.py DATABASE_URL).

An empty value is not stored: the row is deleted and the program falls back to its default (the
root organisation's name on cards; the fonts found on the computer for printing)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionapp.db.models import Setting
from unionapp.domain.text import clean_text
from unionapp.services import audit
from unionapp.services.cards import UNION_NAME_SETTING, default_union_name
from unionapp.services.errors import ConflictError, ServiceError, ValidationError
from unionapp.services.rights import Actor, Right

# Declared here rather than in printing/fonts.py: printing imports services (for its errors), so
# the services cannot import printing; fonts.py takes the key from this module instead.
FONT_PATH_SETTING = "print.font_path"
UNION_NAME_MAX = 60  # the widest name the card's header line holds in one line

# The keys this module manages, with the name the audit summary uses.
_LABELS = {UNION_NAME_SETTING: "工会名称", FONT_PATH_SETTING: "打印字体"}

# Checks a chosen font file and raises a ServiceError (printing.fonts.FontError) with a Chinese
# message when it cannot print Chinese. Passed in by the caller for the same reason as above: the
# check needs ReportLab and printing/fonts.py, which sit above the services.
FontCheck = Callable[[str], object]


@dataclass(frozen=True)
class OfficeSettings:
    union_name: str  # as stored; "" means the default below
    font_path: str  # as stored; "" means the fonts found on the computer
    default_union_name: str  # the root organisation's name, printed when union_name is empty

    @property
    def union_name_in_use(self) -> str:
        return self.union_name or self.default_union_name


def _stored(session: Session) -> dict[str, str]:
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(list(_LABELS))))
    return {key: (value or "").strip() for key, value in rows}


def _read(session: Session) -> OfficeSettings:
    stored = _stored(session)
    return OfficeSettings(stored.get(UNION_NAME_SETTING, ""), stored.get(FONT_PATH_SETTING, ""),
                          default_union_name(session))


def read_office_settings(session: Session, actor: Actor) -> OfficeSettings:
    """Anyone signed in may see them; only Right.SETTINGS may change them."""
    actor.require(Right.VIEW)
    return _read(session)


def _validated(union_name_text: str, font_path: str) -> dict[str, str]:
    values = {UNION_NAME_SETTING: clean_text(union_name_text),
              # A path is only trimmed: inner spaces and full-width characters may be part of it.
              FONT_PATH_SETTING: (font_path or "").strip()}
    if len(values[UNION_NAME_SETTING]) > UNION_NAME_MAX:
        raise ValidationError({"union_name": f"工会名称不能超过{UNION_NAME_MAX}个字"
                                             f"（现有{len(values[UNION_NAME_SETTING])}个字）"})
    return values


def save_office_settings(
    session: Session,
    actor: Actor,
    *,
    union_name: str,
    font_path: str,
    expected: OfficeSettings | None = None,
    check_font: FontCheck | None = None,
) -> OfficeSettings:
    """Store the office's settings; empty means "use the default". One audit entry lists the keys
    that changed, before → after. `expected` is what the form showed: if another administrator
    saved in between, ConflictError and nothing is written. `check_font` vets a newly chosen font
    file (the window passes printing.fonts.check_font_file); its refusal becomes a ValidationError
    on "font_path". Bad input raises before anything is written."""
    actor.require(Right.SETTINGS)
    values = _validated(union_name, font_path)
    before = _stored(session)
    if expected is not None and (before.get(UNION_NAME_SETTING, ""), before.get(FONT_PATH_SETTING, "")) != (
        expected.union_name, expected.font_path
    ):
        raise ConflictError("系统设置")
    changed = {key: value for key, value in values.items() if value != before.get(key, "")}
    if not changed:
        return _read(session)
    new_font = changed.get(FONT_PATH_SETTING)
    if new_font and check_font is not None:
        try:
            check_font(new_font)
        except ServiceError as exc:
            raise ValidationError({"font_path": exc.message}) from exc
    for key, value in changed.items():
        row = session.get(Setting, key)
        if not value:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
    session.flush()
    summary = "修改系统设置：" + "、".join(_LABELS[key] for key in changed)
    audit.record(session, actor, "update", "setting", None, summary,
                 before={key: before.get(key, "") for key in changed}, after=changed)
    return _read(session)

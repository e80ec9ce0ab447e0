"""Read the editable dictionaries (code_item) for the forms' drop-down lists. Editing them is
the administrator's dictionary page; this module only reads, so every form shows what the
office's tables hold today rather than the seed lists."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionapp.db.models import CodeItem
from unionapp.services.rights import Actor, Right


@dataclass(frozen=True)
class CodeOption:
    code: str
    name: str


def code_options(
    session: Session, actor: Actor, categories: Iterable[str], *, include_disabled: bool = False
) -> dict[str, tuple[CodeOption, ...]]:
    """The items of several categories in display order, in one query; a category with no
    items maps to an empty tuple."""
    actor.require(Right.VIEW)
    wanted = list(dict.fromkeys(categories))
    query = (
        select(CodeItem.category, CodeItem.code, CodeItem.name)
        .where(CodeItem.category.in_(wanted))
        .order_by(CodeItem.category, CodeItem.sort_order, CodeItem.id)
    )
    if not include_disabled:
        query = query.where(CodeItem.enabled.is_(True))
    found: dict[str, list[CodeOption]] = {key: [] for key in wanted}
    for category, code, name in session.execute(query):
        found[category].append(CodeOption(code, name))
    return {key: tuple(items) for key, items in found.items()}

"""Finding the unions that sheets name: by full name, short name or employer, and townships by
any of the ways clerks write them (城关镇 / 城关镇总工会 / 城关). Loaded once per import: a
county has a few thousand organisations, a roster names them on every row."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionapp.db.models import Organization
from unionapp.domain.org_levels import MEMBER_LEVELS
from unionapp.domain.text import clean_text
from unionapp.services.common import in_scope
from unionapp.services.rights import Actor

_TOWN_SUFFIXES = ("总工会", "工会")


@dataclass(frozen=True)
class OrgRef:
    id: int
    name: str
    level: str
    status: str
    path: str


def name_key(text: object) -> str:
    """Names compared without spaces and with half-width brackets made full-width, as clerks
    type 龙泉机械厂(集团)工会 and 龙泉机械厂（集团）工会 alike."""
    return clean_text(text).replace(" ", "").replace("(", "（").replace(")", "）")


def township_key(text: object) -> str:
    key = name_key(text)
    for suffix in _TOWN_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            return key[: -len(suffix)]
    return key


class OrgDirectory:
    def __init__(self, session: Session):
        rows = session.execute(
            select(Organization.id, Organization.name, Organization.short_name, Organization.employer_name,
                   Organization.level, Organization.status, Organization.path, Organization.township_name,
                   Organization.credit_code, Organization.parent_id)
            .order_by(Organization.id)
        ).all()
        self.by_name: dict[str, OrgRef] = {}
        self.by_short: dict[str, OrgRef] = {}
        self.by_employer: dict[str, OrgRef] = {}
        self.by_credit: dict[str, OrgRef] = {}
        self.towns: dict[str, OrgRef] = {}
        self.by_id: dict[int, OrgRef] = {}
        self.root: OrgRef | None = None
        for row in rows:
            ref = OrgRef(row.id, row.name, row.level, row.status, row.path)
            self.add(ref, short_name=row.short_name, employer_name=row.employer_name, credit_code=row.credit_code,
                     township_name=row.township_name)
            if row.level == "county" and row.parent_id is None and self.root is None and row.status == "normal":
                self.root = ref

    def add(self, ref: OrgRef, *, short_name=None, employer_name=None, credit_code=None, township_name=None) -> None:
        self.by_id[ref.id] = ref
        # A normal organisation wins over a dissolved one of the same name.
        for table, key in ((self.by_name, name_key(ref.name)), (self.by_short, name_key(short_name)),
                           (self.by_employer, name_key(employer_name)), (self.by_credit, clean_text(credit_code).upper())):
            if key and (key not in table or (table[key].status != "normal" and ref.status == "normal")):
                table[key] = ref
        if ref.level == "township" and ref.status == "normal":
            for key in {township_key(ref.name), township_key(short_name), township_key(township_name)}:
                if key:
                    self.towns.setdefault(key, ref)

    def find(self, text: object) -> OrgRef | None:
        key = name_key(text)
        if not key:
            return None
        return self.by_name.get(key) or self.by_short.get(key) or self.by_employer.get(key)

    def find_member_union(self, text: object) -> OrgRef | None:
        """A union members can be registered with (基层工会 or 分会) named `text`."""
        key = name_key(text)
        if not key:
            return None
        for table in (self.by_name, self.by_short, self.by_employer):
            ref = table.get(key)
            if ref is not None and ref.level in MEMBER_LEVELS:
                return ref
        return self.find(text)

    def township(self, text: object) -> OrgRef | None:
        key = township_key(text)
        return self.towns.get(key) if key else None


def scope_ok(actor: Actor, ref: OrgRef) -> bool:
    return in_scope(actor, ref.path)

"""Finding the unions that sheets name: by full name, short name or employer, and townships by
any of the ways clerks write them (城关镇 / 城关镇总工会 / 城关). Loaded once per import: a
county has a few thousand organisations, a roster names them on every row.

Names are not unique (two 中心小学工会 in two townships): every union of a name is kept, and
the importers tell them apart by the row's other cells (所在镇街, 上级工会, 信用代码) or refuse
the row — never the first one found (DESIGN §5)."""

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
_DESCRIBED = 4  # candidates named in a message before "等"


@dataclass(frozen=True)
class OrgRef:
    id: int
    name: str
    level: str
    status: str
    path: str
    parent_id: int | None = None
    township_name: str | None = None
    credit_code: str | None = None


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
        # name key → every organisation of that name, normal ones first, then by id.
        self.by_name: dict[str, list[OrgRef]] = {}
        self.by_short: dict[str, list[OrgRef]] = {}
        self.by_employer: dict[str, list[OrgRef]] = {}
        self.by_credit: dict[str, OrgRef] = {}
        self.towns: dict[str, OrgRef] = {}
        self.by_id: dict[int, OrgRef] = {}
        self.root: OrgRef | None = None
        for row in rows:
            ref = OrgRef(row.id, row.name, row.level, row.status, row.path, row.parent_id, row.township_name,
                         row.credit_code)
            self.add(ref, short_name=row.short_name, employer_name=row.employer_name, credit_code=row.credit_code,
                     township_name=row.township_name)
            if row.level == "county" and row.parent_id is None and self.root is None and row.status == "normal":
                self.root = ref

    def add(self, ref: OrgRef, *, short_name=None, employer_name=None, credit_code=None, township_name=None) -> None:
        self.by_id[ref.id] = ref
        for table, key in ((self.by_name, name_key(ref.name)), (self.by_short, name_key(short_name)),
                           (self.by_employer, name_key(employer_name))):
            if key:
                refs = table.setdefault(key, [])
                if ref not in refs:
                    refs.append(ref)
                    if ref.status == "normal" and refs[0].status != "normal":
                        refs.sort(key=lambda r: r.status != "normal")  # stable: by id within each
        # A normal organisation wins over a dissolved one of the same code.
        code = clean_text(credit_code).upper()
        if code and (code not in self.by_credit or (self.by_credit[code].status != "normal" and ref.status == "normal")):
            self.by_credit[code] = ref
        if ref.level == "township" and ref.status == "normal":
            for key in {township_key(ref.name), township_key(short_name), township_key(township_name)}:
                if key:
                    self.towns.setdefault(key, ref)

    def find(self, text: object) -> OrgRef | None:
        """The first organisation named `text` (full name, else short name, else employer); for
        places where any of several namesakes will do. Importers use `named`."""
        refs = self.named(text)
        return refs[0] if refs else None

    def named(self, text: object) -> list[OrgRef]:
        """Every organisation whose full name is `text`, else whose short name is, else whose
        employer is; normal ones first."""
        key = name_key(text)
        if not key:
            return []
        return list(self.by_name.get(key) or self.by_short.get(key) or self.by_employer.get(key) or ())

    def member_unions(self, text: object) -> list[OrgRef]:
        """Every union members can be registered with (基层工会 or 分会) named `text`, normal ones
        first; from the first of full name, short name and employer that names one."""
        key = name_key(text)
        if not key:
            return []
        for table in (self.by_name, self.by_short, self.by_employer):
            refs = [r for r in table.get(key, ()) if r.level in MEMBER_LEVELS]
            if refs:
                return refs
        return []

    def ids_named(self, text: object) -> set[int]:
        """Every organisation `text` may mean, by any name or as a township."""
        key = name_key(text)
        ids = {r.id for table in (self.by_name, self.by_short, self.by_employer) for r in table.get(key, ())}
        town = self.township(text)
        if town is not None:
            ids.add(town.id)
        return ids

    def township(self, text: object) -> OrgRef | None:
        key = township_key(text)
        return self.towns.get(key) if key else None

    def town_of(self, ref: OrgRef) -> OrgRef | None:
        """The 乡镇（街道）总工会 `ref` lies under, if any."""
        for part in ref.path.strip("/").split("/")[:-1]:
            ancestor = self.by_id.get(int(part)) if part.isdigit() else None
            if ancestor is not None and ancestor.level == "township":
                return ancestor
        return None

    def in_township(self, ref: OrgRef, text: object) -> bool | None:
        """Whether `ref` lies in the township written `text` (under its 总工会, or with it as 所在镇街);
        None when `ref`'s township is not known."""
        key = township_key(text)
        town = self.towns.get(key)
        ancestor = self.town_of(ref)
        if ancestor is not None and town is not None and ancestor.id == town.id:
            return True
        stored = township_key(ref.township_name)
        if stored and (stored == key or (town is not None and self.towns.get(stored) is town)):
            return True
        return False if ancestor is not None or stored else None

    def in_township_of(self, refs: list[OrgRef], text: object) -> list[OrgRef]:
        """The namesakes that may lie in the township written `text`: those in it and those whose
        township is not known. A text that names no township the system knows, nor any
        namesake's 所在镇街, tells nothing apart: all stay."""
        verdicts = [(ref, self.in_township(ref, text)) for ref in refs]
        if self.township(text) is None and not any(verdict for _, verdict in verdicts):
            return list(refs)
        return [ref for ref, verdict in verdicts if verdict is not False]

    def towns_differ(self, refs: list[OrgRef]) -> bool:
        """Whether 所在镇街 can tell these namesakes apart: each in a known, different township."""
        towns = []
        for ref in refs:
            stored = township_key(ref.township_name)
            town = self.town_of(ref) or (self.towns.get(stored) if stored else None)
            key = str(town.id) if town is not None else stored
            if not key:
                return False
            towns.append(key)
        return len(set(towns)) == len(towns)

    def where(self, ref: OrgRef) -> str:
        """Where `ref` sits, for messages: under its parent (with its 所在镇街 when the parent is
        no township)."""
        parent = self.by_id.get(ref.parent_id) if ref.parent_id is not None else None
        town = f"（所在镇街{ref.township_name}）" if ref.township_name else ""
        if parent is None:
            return town.strip("（）") or "县级"
        return f"{parent.name}下{town if parent.level != 'township' else ''}"

    def describe(self, refs: list[OrgRef]) -> str:
        """“分别在A下、B下” / “都在A下” / “在A下”, for a message naming namesakes."""
        places = list(dict.fromkeys(self.where(r) for r in refs))
        if len(places) == 1:
            return f"{'都' if len(refs) > 1 else ''}在{places[0]}"
        more = "等" if len(places) > _DESCRIBED else ""
        return f"分别在{'、'.join(places[:_DESCRIBED])}{more}"


def scope_ok(actor: Actor, ref: OrgRef) -> bool:
    return in_scope(actor, ref.path)

"""`unionapp demo`: a realistic county to try the program on (and to measure it at scale).

One county federation, ~20 townships, industry unions and federations, grassroots unions of
every type (about one per 68 members, as in a real county), branches, employers without a
union, and members with valid ID numbers and plausible age, sex, 农民工 and 新就业形态 shares
and membership histories. Written in bulk (Core inserts, keys built per chunk) so that a
million members take well under three minutes."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from faker import Faker
from faker.providers.person.zh_CN import Provider as PersonNames
from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from unionapp.db.bulk import bulk_insert
from unionapp.db.models import (
    Counter,
    Member,
    MembershipEvent,
    Organization,
    OrganizingFollowUp,
    UnorganizedEmployer,
)
from unionapp.domain.idcard import id_check_digit
from unionapp.domain.org_levels import child_path
from unionapp.services import audit
from unionapp.services.errors import ValidationError
from unionapp.services.rights import Actor, Right
from unionapp.services.search_keys import index_members

COUNTY_NAME = "龙泉县总工会"
LOCAL_REGIONS = ("370602", "370611", "370612", "370613", "370681", "370682", "370683")
MIGRANT_REGIONS = ("411302", "411321", "341202", "341221", "230102", "370830", "371302", "412723")
TOWN_STEMS = (
    "城关", "龙旺庄", "黄海路", "初家", "滨海路", "解甲庄", "莱山", "马山", "院格庄", "南关",
    "北关", "东城", "西城", "新华", "团结", "和平", "青龙", "白马", "石门", "桃源", "柳林", "金山",
)
INDUSTRY_UNIONS = ("教育工会", "卫生健康系统工会", "住房和城乡建设系统工会", "交通运输系统工会", "金融工会")
NEW_FORMS = ("快递员", "外卖送餐员", "网约车司机", "货车司机", "家政服务员", "护工护理员", "保安员")
UNIT_CATEGORIES = (("私营企业", 55), ("国有企业", 8), ("集体企业", 3), ("外商投资企业", 4), ("港澳台商投资企业", 2),
                   ("事业单位", 12), ("机关", 8), ("民办非企业单位", 5), ("个体工商户", 3))
INDUSTRIES = ("C", "C", "C", "E", "F", "G", "H", "I", "K", "P", "Q", "S", "A", "G", "H")
EDUCATIONS = (("初中", 22), ("普通高中", 14), ("中等专科", 10), ("技工学校", 6), ("大学专科", 22), ("大学本科", 22),
              ("研究生（硕士）", 3), ("小学", 1))
POLITICAL = (("群众", 70), ("中国共产党党员", 18), ("中国共产主义青年团团员", 10), ("中国共产党预备党员", 2))
NO_UNION_REASONS = ("职工人数少", "企业负责人不支持", "职工入会意愿不强", "流动性大", "新成立单位")
CHUNK = 20_000


@dataclass(frozen=True)
class DemoSummary:
    organizations: int
    members: int
    unorganized: int


def _weighted(rng: random.Random, pairs):
    names, weights = zip(*pairs, strict=True)
    return rng.choices(names, weights)[0]


def _credit_code(rng: random.Random) -> str:
    from stdnum.cn import uscc

    body = "91" + rng.choice(LOCAL_REGIONS) + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    return body + uscc.calc_check_digit(body)


class _Builder:
    def __init__(self, session: Session, rng: random.Random, faker: Faker, today: date):
        self.session, self.rng, self.faker, self.today = session, rng, faker, today
        self.next_org_id = (session.scalar(select(func.max(Organization.id))) or 0) + 1

    def org(self, level: str, name: str, parent: dict | None, **fields) -> dict:
        row = {"id": self.next_org_id, "parent_id": parent["id"] if parent else None, "level": level, "name": name,
               "path": child_path(parent["path"] if parent else "/", self.next_org_id), "status": "normal",
               "version": 1, **fields}
        self.next_org_id += 1
        return row

    def grassroots_fields(self, township: str) -> dict:
        rng = self.rng
        founded = date(rng.randint(1985, self.today.year - 1), rng.randint(1, 12), rng.randint(1, 28))
        term_start = date(rng.randint(max(founded.year, self.today.year - 4), self.today.year - 1), rng.randint(1, 12), 1)
        workers = int(rng.lognormvariate(4.2, 0.9)) + 5
        employer = self.faker.company()
        return {
            "employer_name": employer, "credit_code": _credit_code(rng), "township_name": township,
            "unit_category": _weighted(rng, UNIT_CATEGORIES), "industry": rng.choice(INDUSTRIES),
            "address": f"{township}{self.faker.street_name()}{rng.randint(1, 300)}号",
            "workers": workers, "female_workers": int(workers * rng.uniform(0.2, 0.6)),
            "migrant_workers": int(workers * rng.uniform(0, 0.5)), "founded_on": founded,
            "approval_no": f"龙工字〔{founded.year}〕{rng.randint(1, 120)}号",
            "chair_name": self.person_name(), "chair_phone": self.phone(), "term_number": rng.randint(1, 6),
            "term_start": term_start, "term_end": term_start.replace(year=term_start.year + 5),
            "full_time_cadres": rng.choice((0, 0, 0, 1, 1, 2)),
            "has_congress": rng.random() < 0.7, "has_open_affairs": rng.random() < 0.7,
            "has_collective_contract": rng.random() < 0.6, "has_audit_committee": rng.random() < 0.5,
            "has_women_committee": rng.random() < 0.5, "has_mediation_committee": rng.random() < 0.4,
            "union_type": "单独基层工会",
        }

    def person_name(self, female: bool | None = None) -> str:
        rng = self.rng
        female = rng.random() < 0.45 if female is None else female
        pool = PersonNames.first_names_female if female else PersonNames.first_names_male
        given = rng.choice(pool)
        if len(given) == 1 and rng.random() < 0.6:
            given += rng.choice(pool)[0]
        return _SURNAMES[min(int(rng.random() * _SURNAME_TOTAL_STEPS), len(_SURNAMES) - 1)] + given[:2]

    def phone(self) -> str:
        rng = self.rng
        return rng.choice(("13", "15", "18", "17", "19")) + str(rng.randint(0, 9)) + f"{rng.randint(0, 99_999_999):08d}"


def _surname_table() -> tuple[list[str], float]:
    # Flatten the weighted surname list into steps so drawing one is a single random() call.
    steps: list[str] = []
    for name, weight in PersonNames.last_names.items():
        steps.extend([name] * max(1, int(weight * 20)))
    return steps, float(len(steps))


_SURNAMES, _SURNAME_TOTAL_STEPS = _surname_table()


def generate_demo(
    session: Session,
    actor: Actor,
    *,
    members: int = 2000,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill an empty database. Refuses to mix demo data into an office's real records."""
    actor.require(Right.EDIT)
    if session.scalar(select(func.count()).select_from(Organization)):
        raise ValidationError({"database": "数据库中已有组织数据，演示数据只能生成到空数据库中"})
    if members < 0:
        raise ValidationError({"members": "会员人数不能为负数"})
    today = today or date.today()
    rng = random.Random(seed)
    faker = Faker("zh_CN")
    faker.seed_instance(seed)
    if session.bind.dialect.name == "sqlite":
        session.execute(text("PRAGMA cache_size=-262144"))  # 256 MB while the keys are written
    builder = _Builder(session, rng, faker, today)

    orgs, member_units, township_rows = _build_tree(builder, members)
    _insert_dicts(session, Organization.__table__, orgs)
    unorganized = _build_unorganized(session, builder, township_rows, max(5, len(member_units) // 10))
    _build_members(session, builder, member_units, members, progress)
    audit.record(session, actor, "create", "demo", None, f"生成演示数据：组织 {len(orgs)} 个，会员 {members} 人")
    return DemoSummary(len(orgs), members, unorganized)


def _insert_dicts(session: Session, table: Table, rows: list[dict]) -> None:
    """Rows built as dicts with differing keys, written as one executemany of full tuples with
    the columns' Python-side defaults filled in (a driver-level insert does not apply them)."""
    if not rows:
        return
    now = datetime.now()
    defaults: dict[str, object] = {"created_at": now, "updated_at": now}
    for column in table.columns:
        if column.default is not None and column.name not in defaults:
            defaults[column.name] = column.default.arg if column.default.is_scalar else now
    # A key the rows do not give (events, follow-ups) is left to the database: an explicit NULL
    # is refused by PostgreSQL, where only an omitted column takes the sequence's next value.
    columns = [c.name for c in table.columns if not (c.primary_key and c.name not in rows[0])]
    bulk_insert(session, table, columns, [tuple(row.get(c, defaults.get(c)) for c in columns) for row in rows])
    if "id" in rows[0] and session.bind.dialect.name == "postgresql":
        # Explicit ids leave the sequence behind; the next ordinary insert would collide.
        session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                             f"(SELECT MAX(id) FROM {table.name}))"))


def _build_tree(builder: _Builder, members: int):
    rng = builder.rng
    county = builder.org("county", COUNTY_NAME, None, short_name="县总工会", founded_on=date(1952, 5, 1))
    orgs = [county]
    townships = []
    for i, stem in enumerate(TOWN_STEMS[:20]):
        suffix = "街道" if i % 3 == 0 else "镇"
        townships.append(builder.org("township", f"{stem}{suffix}总工会", county, short_name=f"{stem}{suffix}",
                                     township_name=f"{stem}{suffix}"))
    industries = [builder.org("industry", f"龙泉县{name}", county) for name in INDUSTRY_UNIONS]
    federations = [builder.org("federation", "龙泉经济开发区工会联合会", county)]
    for town in townships[:6]:
        federations.append(builder.org("federation", f"{town['short_name']}快递物流行业工会联合会", town))
    orgs += townships + industries + federations

    grassroots_count = max(30, members // 68)
    units = []
    for _ in range(grassroots_count):
        roll = rng.random()
        parent = rng.choice(townships) if roll < 0.7 else rng.choice(industries) if roll < 0.85 else rng.choice(federations)
        town = parent.get("township_name") or rng.choice(townships)["township_name"]
        fields = builder.grassroots_fields(town)
        if parent["level"] == "federation":
            fields["union_type"] = rng.choice(("联合基层工会（区域性）", "联合基层工会（行业性）"))
            fields["covered_units"] = "、".join(builder.faker.company() for _ in range(rng.randint(2, 5)))
            fields["new_employment_tags"] = ",".join(rng.sample(NEW_FORMS, 2))
        name = f"{fields['employer_name']}工会委员会" if fields["union_type"] == "单独基层工会" \
            else f"{town}{rng.choice(('商圈', '楼宇', '餐饮行业', '物流行业'))}联合工会{rng.randint(1, 99)}"
        unit = builder.org("grassroots", name, parent, short_name=fields["employer_name"][:20], **fields)
        units.append(unit)
        if fields["workers"] > 300 and rng.random() < 0.3:
            for k in range(rng.randint(1, 3)):
                units.append(builder.org("branch", f"{name}第{k + 1}分会", unit, township_name=town,
                                         employer_name=fields["employer_name"]))
    return orgs + units, units, townships


def _build_unorganized(session: Session, builder: _Builder, townships: list[dict], count: int) -> int:
    rng = builder.rng
    rows, follow_ups = [], []
    next_id = (session.scalar(select(func.max(UnorganizedEmployer.id))) or 0) + 1
    for i in range(count):
        town = rng.choice(townships)
        workers = rng.randint(8, 120)
        rows.append({
            "id": next_id + i, "name": builder.faker.company(), "credit_code": _credit_code(rng),
            "unit_category": "私营企业", "industry": rng.choice(INDUSTRIES), "township_org_id": town["id"],
            "address": f"{town['short_name']}{builder.faker.street_name()}{rng.randint(1, 300)}号",
            "workers": workers, "migrant_workers": rng.randint(0, workers), "reason": rng.choice(NO_UNION_REASONS),
            "responsible_person": builder.person_name(),
            "planned_on": builder.today + timedelta(days=rng.randint(10, 300)), "status": "open", "version": 1,
        })
        for _ in range(rng.randint(0, 3)):
            follow_ups.append({"employer_id": next_id + i, "on": builder.today - timedelta(days=rng.randint(1, 300)),
                               "by": builder.person_name(), "note": rng.choice(("上门宣传《工会法》", "与企业负责人座谈",
                                                                              "发放入会申请书", "电话联系，约定再访"))})
    _insert_dicts(session, UnorganizedEmployer.__table__, rows)
    _insert_dicts(session, OrganizingFollowUp.__table__, follow_ups)
    return count


def _build_members(session: Session, builder: _Builder, units: list[dict], total: int, progress) -> None:
    rng = builder.rng
    if not total:
        return
    employers = {u["id"]: u.get("employer_name") for u in units}
    weights = [max(1, u.get("workers") or 20) for u in units]
    unit_ids = [u["id"] for u in units]
    next_id = (session.scalar(select(func.max(Member.id))) or 0) + 1
    seen_ids: set[str] = set()
    year_counts: dict[int, int] = {}
    done = 0
    while done < total:
        size = min(CHUNK, total - done)
        orgs_for_chunk = rng.choices(unit_ids, weights, k=size)
        member_rows, event_rows, keys = [], [], []
        for k in range(size):
            member_id = next_id + done + k
            org_id = orgs_for_chunk[k]
            row, events = _member_row(builder, member_id, org_id, employers[org_id], unit_ids, seen_ids, year_counts)
            member_rows.append(row)
            event_rows.extend(events)
            keys.append((member_id, row["name"], row["id_number"]))
        _insert_dicts(session, Member.__table__, member_rows)
        _insert_dicts(session, MembershipEvent.__table__, event_rows)
        index_members(session, keys)
        done += size
        if progress:
            progress(done, total)
    for year, count in year_counts.items():
        session.add(Counter(name=f"member_no:{year}", value=count))


def _member_row(builder: _Builder, member_id: int, org_id: int, employer: str | None, unit_ids,
                seen_ids: set[str], year_counts: dict[int, int]):
    rng, today = builder.rng, builder.today
    female = rng.random() < 0.44
    migrant = rng.random() < 0.3
    age = int(min(75, max(18, rng.gauss(40, 11))))
    birth = today - timedelta(days=age * 365 + rng.randint(0, 364))
    region = rng.choice(MIGRANT_REGIONS if migrant and rng.random() < 0.7 else LOCAL_REGIONS)
    while True:
        seq = rng.randint(0, 499) * 2 + (0 if female else 1)
        first17 = f"{region}{birth:%Y%m%d}{seq:03d}"
        number = first17 + id_check_digit(first17)
        if number not in seen_ids:
            seen_ids.add(number)
            break
    earliest_join = max(birth.replace(year=birth.year + 18) if not (birth.month == 2 and birth.day == 29)
                        else date(birth.year + 18, 3, 1), date(1990, 1, 1))
    span = max(1, (today - earliest_join).days)
    # At the youngest age the 18th birthday may still be ahead (365-day years): never a future date,
    # which an import of the demo's own export would rightly refuse.
    joined = min(earliest_join + timedelta(days=int(span * rng.random() ** 0.7)), today)
    year_counts[joined.year] = year_counts.get(joined.year, 0) + 1
    member_no = f"{joined.year}{year_counts[joined.year]:08d}"
    name = builder.person_name(female)
    new_form = rng.choice(NEW_FORMS) if rng.random() < 0.06 else None
    phone = builder.phone() if rng.random() < 0.95 else None
    status, status_on = "active", joined
    events = [{"member_id": member_id, "kind": "join", "on": joined, "org_id": org_id, "created_by": "演示数据",
               "created_at": datetime(joined.year, joined.month, joined.day)}]
    roll = rng.random()
    later = joined + timedelta(days=int((today - joined).days * rng.uniform(0.3, 1.0)))
    if age >= 60 and roll < 0.8:
        status, status_on = "retained", later
        events.append({"member_id": member_id, "kind": "retain", "on": later, "org_id": org_id,
                       "reason": "退休", "created_by": "演示数据", "created_at": datetime.now()})
    elif roll < 0.03 and later > joined:
        old_org = rng.choice(unit_ids)
        if old_org != org_id:
            events[0]["org_id"] = old_org
            events.append({"member_id": member_id, "kind": "transfer_out", "on": later, "org_id": old_org,
                           "other_org_id": org_id, "reason": "工作调动", "created_by": "演示数据",
                           "created_at": datetime.now()})
            events.append({"member_id": member_id, "kind": "transfer_in", "on": later, "org_id": org_id,
                           "other_org_id": old_org, "reason": "工作调动", "created_by": "演示数据",
                           "created_at": datetime.now()})
            status_on = later
    elif roll < 0.045:
        status, status_on = "left", later
        events.append({"member_id": member_id, "kind": "leave", "on": later, "org_id": org_id,
                       "reason": "离职", "created_by": "演示数据", "created_at": datetime.now()})
    row = {
        "id": member_id, "member_no": member_no, "name": name, "sex": "女" if female else "男",
        "nation": "汉族" if rng.random() < 0.97 else rng.choice(("回族", "满族", "蒙古族", "朝鲜族")),
        "id_type": "居民身份证", "id_number": number, "birth_date": birth, "phone": phone,
        "phone_rev": phone[::-1] if phone else None, "education": _weighted(rng, EDUCATIONS),
        "political_status": _weighted(rng, POLITICAL),
        "hukou_type": "农业户口" if migrant else rng.choice(("非农业户口", "居民户口")), "is_migrant": migrant,
        "employment_form": "新就业形态" if new_form else ("劳务派遣" if rng.random() < 0.08 else "劳动合同"),
        "new_employment_form": new_form, "employer_name": employer, "post": rng.choice(("操作工", "技术员", "销售", "管理", "司机", "文员", "教师", "护士")),
        "org_id": org_id, "joined_on": joined, "status": status, "status_on": status_on, "version": 1,
        "skill_level": rng.choice((None, None, "初级工（五级）", "中级工（四级）", "高级工（三级）", "技师（二级）")),
    }
    return row, events

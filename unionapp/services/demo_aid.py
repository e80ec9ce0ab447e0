"""Demo hardship files, aid campaigns with their disbursements, visits and 医疗互助 for a county
made by services.demo.generate_demo (call this right after it, in the same or a later session).

About 3.5 % of the members' households are on file (plus non-members), with families, yearly
reviews and every status; last year's and this year's campaigns (送温暖, 金秋助学, 夏送清凉,
医疗救助, 劳模慰问, 节日慰问) pay them by the campaign's standards; visits follow, some with
money linked to a disbursement and some with open follow-ups. Written in bulk (Core
executemany of plain dicts): a 20,000-member county takes a second or two."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from unionapp.db.models import (
    AidCampaign,
    AidDisbursement,
    AidHospitalStay,
    AidStandard,
    Counter,
    HardshipFamilyMember,
    HardshipFile,
    HardshipReview,
    MedicalMutualClaim,
    MedicalMutualEnrolment,
    Member,
    Organization,
    Visit,
    VisitGoods,
)
from unionapp.domain.hardship import (
    add_months,
    campaign_number,
    file_number,
    per_capita_monthly,
    visit_number,
)
from unionapp.domain.idcard import id_check_digit
from unionapp.services import audit
from unionapp.services.errors import ValidationError
from unionapp.services.rights import Actor, Right

# Not among services.demo's regions, so a non-member's number never collides with a member's.
_OWN_REGION = "370687"
_CAUSES = (("患重特大疾病", 30), ("下岗失业", 12), ("子女上学", 18), ("无劳动能力", 8), ("有劳动能力未就业", 6),
           ("遭受意外事故", 7), ("社保待遇落实不到位", 4), ("未参加社保", 4), ("遭受自然灾害", 3), ("其他", 8))
_CATEGORIES = (("深度困难", 35), ("相对困难", 55), ("意外致困", 10))
_ILLNESSES = ("尿毒症", "肺癌", "乳腺癌", "白血病", "脑梗塞", "冠心病支架术后", "股骨骨折", "胃癌", "肝硬化")
_HOSPITALS = ("龙泉县人民医院", "龙泉县中医医院", "烟台毓璜顶医院", "山东大学齐鲁医院", "烟台山医院")
_SCHOOLS = (("大学本科", ("山东大学", "中国海洋大学", "烟台大学", "鲁东大学", "青岛大学")),
            ("大学专科", ("烟台职业学院", "山东商务职业学院", "烟台汽车工程职业学院")),
            ("高中", ("龙泉县第一中学", "龙泉县第二中学")))
_CADRES = ("县总工会 王主席", "县总工会 李副主席", "县总工会 张部长", "县总工会 刘干事", "镇总工会 赵主席")
_CHUNK = 5000


@dataclass(frozen=True)
class AidDemoSummary:
    files: int
    campaigns: int
    disbursements: int
    visits: int
    enrolments: int
    claims: int


class _Ids:
    """Next ids per table, handed out before the rows are written so children can refer to them."""

    def __init__(self, session: Session):
        self.session = session
        self.next: dict[str, int] = {}

    def take(self, model) -> int:
        name = model.__tablename__
        if name not in self.next:
            self.next[name] = (self.session.scalar(select(func.max(model.id))) or 0) + 1
        value = self.next[name]
        self.next[name] += 1
        return value


def _insert(session: Session, table: Table, rows: list[dict]) -> None:
    for start in range(0, len(rows), _CHUNK):
        session.execute(insert(table), rows[start : start + _CHUNK])
    if rows and "id" in rows[0] and session.bind.dialect.name == "postgresql":
        # Explicit ids leave the sequence behind; the next ordinary insert would collide.
        session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                             f"(SELECT MAX(id) FROM {table.name}))"))


def _weighted(rng: random.Random, pairs) -> str:
    names, weights = zip(*pairs, strict=True)
    return rng.choices(names, weights)[0]


def _day_between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


class _Filler:
    def __init__(self, session: Session, rng: random.Random, today: date):
        self.session, self.rng, self.today = session, rng, today
        self.ids = _Ids(session)
        self.counters: dict[str, int] = {}
        self.own_numbers: set[str] = set()
        self.names = [n for (n,) in session.execute(select(Member.name).limit(3000))] or ["王芳", "李强"]

    def number(self, counter: str) -> int:
        self.counters[counter] = self.counters.get(counter, 0) + 1
        return self.counters[counter]

    def person_id(self, birth: date, female: bool) -> str:
        while True:
            seq = self.rng.randint(0, 499) * 2 + (0 if female else 1)
            first17 = f"{_OWN_REGION}{birth:%Y%m%d}{seq:03d}"
            number = first17 + id_check_digit(first17)
            if number not in self.own_numbers:
                self.own_numbers.add(number)
                return number

    def birth(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low * 365, high * 365))

    def name(self) -> str:
        return self.rng.choice(self.names)


def fill_aid_demo(session: Session, actor: Actor, *, seed: int = 1, today: date | None = None) -> AidDemoSummary:
    actor.require(Right.EDIT)
    today = today or date.today()
    if not session.scalar(select(func.count(Organization.id))):
        raise ValidationError({"database": "请先生成演示会员和组织数据（unionapp demo）"})
    if session.scalar(select(func.count(HardshipFile.id))) or session.scalar(select(func.count(AidCampaign.id))):
        raise ValidationError({"database": "数据库中已有困难职工档案或帮扶活动，演示数据只能生成一次"})
    filler = _Filler(session, random.Random(seed * 7919 + 17), today)
    members = _sample_members(session, filler)
    files = _files(filler, members)
    campaigns, payments = _campaigns(filler, files, members)
    visits = _visits(filler, files, payments)
    enrolments, claims = _mutual(filler, members)
    for name, value in filler.counters.items():
        counter = session.get(Counter, name)
        if counter is None:
            session.add(Counter(name=name, value=value))
        else:
            counter.value = max(counter.value, value)
    session.flush()
    audit.record(session, actor, "create", "demo", None,
                 f"生成帮扶演示数据：困难职工档案 {len(files)} 户，帮扶活动 {campaigns} 个，发放 {payments['count']} 人次，"
                 f"走访 {visits} 次")
    return AidDemoSummary(len(files), campaigns, payments["count"], visits, enrolments, claims)


def _sample_members(session: Session, filler: _Filler) -> list:
    """About 5 % of the current members, read by sampled id ranges (no ORDER BY random())."""
    low, high = session.execute(select(func.min(Member.id), func.max(Member.id))).one()
    if low is None:
        return []
    wanted = max(40, (high - low + 1) // 20)
    ids = sorted(filler.rng.sample(range(low, high + 1), min(wanted, high - low + 1)))
    rows = []
    for start in range(0, len(ids), 900):
        rows.extend(session.execute(
            select(Member.id, Member.name, Member.id_number, Member.sex, Member.birth_date, Member.phone,
                   Member.org_id, Member.employer_name, Organization.name.label("org_name"))
            .join(Organization, Member.org_id == Organization.id)
            .where(Member.id.in_(ids[start : start + 900]), Member.status == "active")).all())
    return rows


def _files(filler: _Filler, members: list) -> list[dict]:
    rng, today = filler.rng, filler.today
    session = filler.session
    household = members[: max(30, int(len(members) * 0.7))]  # 3.5 % of all members
    towns = [r[0] for r in session.execute(select(Organization.id).where(Organization.level == "township"))]
    files, family, reviews = [], [], []
    for index in range(len(household) + len(household) // 6):
        if index < len(household):
            m = household[index]
            person = dict(member_id=m.id, name=m.name, id_number=m.id_number, sex=m.sex, birth_date=m.birth_date,
                          phone=m.phone, unit_name=m.employer_name or m.org_name, org_id=m.org_id)
        else:  # a non-member worker filed by a township federation
            female = rng.random() < 0.5
            birth = filler.birth(28, 58)
            person = dict(member_id=None, name=filler.name(), id_number=filler.person_id(birth, female),
                          sex="女" if female else "男", birth_date=birth, phone=None,
                          unit_name=rng.choice(("个体经营", "灵活就业", "龙泉县某物流公司", "家政服务")),
                          org_id=rng.choice(towns) if towns else household[0].org_id)
        file_id = filler.ids.take(HardshipFile)
        filed_on = _day_between(rng, today.replace(year=today.year - 3), today - timedelta(days=20))
        roll = rng.random()
        status = "active" if roll < 0.70 else "pending" if roll < 0.78 else "returned" if roll < 0.80 \
            else "lifted" if roll < 0.92 else "cancelled"
        approved_on = None if status in ("pending", "returned") else filed_on + timedelta(days=rng.randint(3, 20))
        size = rng.choice((2, 3, 3, 3, 4, 4, 5))
        annual = Decimal(rng.randrange(8_000, 60_000, 100))
        causes = rng.sample([c for c, _w in _CAUSES], 3)
        main = _weighted(rng, _CAUSES)
        secondary = [c for c in causes if c != main][: rng.randint(0, 2)]
        closed_on = None
        if status in ("lifted", "cancelled"):
            closed_on = _day_between(rng, approved_on, today)
        row = dict(
            id=file_id, file_no=file_number(filed_on.year, filler.number(f"hardship_file:{filed_on.year}")),
            open_key=person["id_number"] if status in ("pending", "returned", "active") else None,
            address=f"龙泉县{rng.choice(('城关', '龙旺庄', '初家', '解甲庄'))}{rng.randint(1, 99)}号",
            category=_weighted(rng, _CATEGORIES), main_cause=main,
            cause_2=secondary[0] if secondary else None, cause_3=secondary[1] if len(secondary) > 1 else None,
            cause_4=None, health=rng.choice(("健康或良好", "一般或较弱", "有慢性病", "残疾")),
            work_status=rng.choice(("在岗", "在岗", "下岗", "失业", "灵活就业")),
            marriage=rng.choice(("已婚", "已婚", "已婚", "离婚", "丧偶", "未婚")),
            housing=rng.choice(("自有住房", "自有住房", "租住私房", "租住公租房（廉租房）")),
            hukou=rng.choice(("农业户口", "非农业户口", "居民户口")),
            medical_insurance=rng.choice(("城镇职工基本医疗保险", "城乡居民基本医疗保险")),
            monthly_income=Decimal(rng.randrange(0, 3_500, 50)), family_annual_income=annual, family_size=size,
            per_capita_monthly=per_capita_monthly(annual, size), single_parent=rng.random() < 0.08,
            zero_employment=rng.random() < 0.03, model_worker_type=None, bank_name=rng.choice(("农业银行", "农村商业银行")),
            bank_account="62284800" + "".join(rng.choice("0123456789") for _ in range(11)),
            situation=f"{main}，家庭生活困难", status=status, filed_on=filed_on, created_by="演示数据",
            creator_opinion="情况属实，建议建档", reviewed_by=None if approved_on is None else "演示审核员",
            reviewer_opinion=None if approved_on is None else "同意建档", approved_on=approved_on,
            last_review_on=None, closed_on=closed_on,
            close_reason={"lifted": "家庭收入稳定，脱困", "cancelled": "信息核查不符，注销"}.get(status),
            watch_until=add_months(closed_on, 12) if status == "lifted" else None,
            remark=None, version=1, **person,
        )
        if status == "returned":
            row["reviewer_opinion"], row["reviewed_by"] = "请补充诊断证明", "演示审核员"
        if approved_on and status == "active" and (today - approved_on).days > 365 and rng.random() < 0.8:
            reviewed = _day_between(rng, today - timedelta(days=300), today - timedelta(days=5))
            row["last_review_on"] = reviewed
            reviews.append(dict(file_id=file_id, year=reviewed.year, reviewed_on=reviewed, result="继续在档",
                                category_before=row["category"], category_after=row["category"],
                                opinion="经复核继续在档", reviewed_by="演示审核员"))
        files.append(row)
        for seq in range(1, size):
            child = seq > 1
            birth = filler.birth(3, 22) if child else filler.birth(30, 60)
            family.append(dict(file_id=file_id, seq=seq, name=filler.name(),
                               relation=rng.choice(("子", "女")) if child else "配偶",
                               id_number=None, birth_date=birth, age=None,
                               occupation=rng.choice(("龙泉县第一中学", "城关镇第一小学", "山东大学")) if child
                               else rng.choice(("无业", "务农", "灵活就业")),
                               monthly_income=Decimal(0) if child else Decimal(rng.randrange(0, 2500, 100)),
                               health=rng.choice(("健康或良好", "有慢性病"))))
    _insert(filler.session, HardshipFile.__table__, files)
    _insert(filler.session, HardshipFamilyMember.__table__, family)
    _insert(filler.session, HardshipReview.__table__, reviews)
    return files


def _campaigns(filler: _Filler, files: list[dict], members: list) -> tuple[int, dict]:
    rng, today = filler.rng, filler.today
    campaigns, standards, payments, stays = [], [], [], []
    by_campaign: dict[tuple[int, str], int] = {}

    def campaign(year: int, kind: str, name: str, started: date, budget: int | None, source: str, lines) -> int | None:
        if started > today:
            return None
        campaign_id = filler.ids.take(AidCampaign)
        campaigns.append(dict(id=campaign_id, number=campaign_number(year, filler.number(f"aid_campaign:{year}")),
                              name=name, year=year, kind=kind, budget=Decimal(budget) if budget else None,
                              fund_source=source, org_id=None, started_on=started,
                              ended_on=started + timedelta(days=30), status="closed" if year < today.year else "open",
                              remark=None, version=1))
        for category, school_level, on_file, amount, goods, goods_value in lines:
            standards.append(dict(campaign_id=campaign_id, category=category, school_level=school_level,
                                  on_file=on_file, amount=Decimal(amount) if amount else None, goods=goods,
                                  goods_value=Decimal(goods_value) if goods_value else None))
        by_campaign[(year, kind)] = campaign_id
        return campaign_id

    def pay(campaign_id: int, who: dict, paid_on: date, amount=None, goods=None, goods_value=None, **extra) -> int:
        payment_id = filler.ids.take(AidDisbursement)
        payments.append(dict(id=payment_id, campaign_id=campaign_id, member_id=who.get("member_id"),
                             hardship_file_id=who.get("file_id"), name=who["name"], id_number=who["id_number"],
                             unit_name=who.get("unit_name"), org_id=who.get("org_id"), category=who.get("category"),
                             amount=Decimal(amount) if amount is not None else None, goods=goods,
                             goods_value=Decimal(goods_value) if goods_value is not None else None, paid_on=paid_on,
                             handler=rng.choice(("王会计", "李出纳", "张干事")), override_reason=None,
                             student_name=extra.get("student_name"), school=extra.get("school"),
                             school_level=extra.get("school_level"), enrolment_year=extra.get("enrolment_year"),
                             illness=extra.get("illness"), remark=extra.get("remark"), version=1))
        return payment_id

    winter_amounts = {"深度困难": 1000, "相对困难": 600, "意外致困": 800}
    for year in (today.year - 1, today.year):
        spring = date(year, 1, 15)
        on_file = [f for f in files if f["approved_on"] and f["approved_on"] <= spring
                   and (f["closed_on"] is None or f["closed_on"] > spring)]
        budget = sum(winter_amounts[f["category"]] for f in on_file) // 1000 * 1000 + 20_000
        winter = campaign(year, "送温暖", f"{year}年春节送温暖", spring, budget, "县总工会帮扶资金",
                          [(c, None, None, a, None, None) for c, a in winter_amounts.items()])
        for f in on_file if winter else ():
            pay(winter, _who(f), _day_between(rng, spring, spring + timedelta(days=10)),
                winter_amounts[f["category"]])
        summer = campaign(year, "夏送清凉", f"{year}年夏送清凉", date(year, 7, 1), 60_000, "县总工会经费",
                          [(None, None, None, None, "防暑降温用品", "60")])
        if summer:
            for m in members[: len(members) // 2]:
                pay(summer, _member_who(m), _day_between(rng, date(year, 7, 1), date(year, 7, 20)),
                    goods="防暑降温用品", goods_value="60")
        autumn = campaign(year, "金秋助学", f"{year}年金秋助学", date(year, 8, 20), 200_000, "金秋助学专项资金",
                          [(None, "大学本科", True, 3000, None, None), (None, "大学本科", False, 2000, None, None),
                           (None, "大学专科", None, 1500, None, None), (None, "高中", None, 1000, None, None)])
        if autumn:
            for f in [f for f in on_file if f["main_cause"] == "子女上学" or rng.random() < 0.1]:
                level, schools = rng.choice(_SCHOOLS)
                amount = {"大学本科": 3000, "大学专科": 1500, "高中": 1000}[level]
                pay(autumn, _who(f), _day_between(rng, date(year, 8, 25), date(year, 9, 10)), amount,
                    student_name=f["name"][0] + filler.name()[1:], school=rng.choice(schools), school_level=level,
                    enrolment_year=year)
        medical = campaign(year, "医疗救助", f"{year}年大病医疗救助", date(year, 3, 1), 150_000, "医疗救助专项资金", [])
        for f in [f for f in on_file if f["main_cause"] == "患重特大疾病"][:120] if medical else ():
            paid_on = _day_between(rng, date(year, 3, 1), min(today, date(year, 12, 20)))
            payment_id = pay(medical, _who(f), paid_on, rng.choice((2000, 3000, 5000, 8000)),
                             illness=rng.choice(_ILLNESSES))
            admitted = paid_on - timedelta(days=rng.randint(20, 90))
            stays.append(dict(disbursement_id=payment_id, hospital=rng.choice(_HOSPITALS), admitted_on=admitted,
                              discharged_on=admitted + timedelta(days=rng.randint(5, 30)),
                              cost=Decimal(rng.randrange(20_000, 200_000, 100)),
                              self_paid=Decimal(rng.randrange(5_000, 60_000, 100))))
        models = campaign(year, "劳模慰问", f"{year}年困难劳模慰问", date(year, 1, 10), 30_000, "劳模专项资金",
                          [(None, None, None, 1000, None, None)])
        for m in members[len(members) // 2 : len(members) // 2 + 25] if models else ():
            pay(models, _member_who(m), _day_between(rng, date(year, 1, 10), date(year, 1, 25)), 1000,
                remark="困难劳模")
        festival = campaign(year, "节日慰问", f"{year}年中秋节一线职工慰问", date(year, 9, 20), 40_000, "县总工会经费",
                            [(None, None, None, None, "月饼", "80")])
        if festival:
            for m in members[-150:]:
                pay(festival, _member_who(m), date(year, 9, 25), goods="月饼", goods_value="80")
    # An office budgets what it can pay; the demo's budgets follow what it paid, with some room,
    # so that no demo campaign shows as overspent.
    spent: dict[int, Decimal] = {}
    for p in payments:
        spent[p["campaign_id"]] = spent.get(p["campaign_id"], Decimal(0)) + (p["amount"] or 0) + (p["goods_value"] or 0)
    for c in campaigns:
        used = spent.get(c["id"], Decimal(0))
        if c["budget"] is not None and used > c["budget"]:
            c["budget"] = Decimal(-(-int(used * Decimal("1.1")) // 10_000) * 10_000)
    _insert(filler.session, AidCampaign.__table__, campaigns)
    _insert(filler.session, AidStandard.__table__, standards)
    _insert(filler.session, AidDisbursement.__table__, payments)
    _insert(filler.session, AidHospitalStay.__table__, stays)
    winter_now = by_campaign.get((today.year, "送温暖"))
    return len(campaigns), {"count": len(payments), "rows": payments, "winter": winter_now}


def _who(f: dict) -> dict:
    return {"member_id": f["member_id"], "file_id": f["id"], "name": f["name"], "id_number": f["id_number"],
            "unit_name": f["unit_name"], "org_id": f["org_id"], "category": f["category"]}


def _member_who(m) -> dict:
    return {"member_id": m.id, "name": m.name, "id_number": m.id_number, "unit_name": m.employer_name or m.org_name,
            "org_id": m.org_id}


def _visits(filler: _Filler, files: list[dict], payments: dict) -> int:
    rng, today = filler.rng, filler.today
    visits, goods = [], []
    winter = [p for p in payments["rows"] if p["campaign_id"] == payments["winter"] and p["hardship_file_id"]]
    linked = {p["hardship_file_id"]: p for p in winter[: len(winter) // 3]}
    for f in [f for f in files if f["status"] == "active"][: max(20, len(files) // 2)]:
        payment = linked.get(f["id"])
        visited_on = payment["paid_on"] if payment else _day_between(rng, today - timedelta(days=330), today)
        follow = rng.random() < 0.2
        visit_id = filler.ids.take(Visit)
        visits.append(dict(
            id=visit_id, record_no=visit_number(visited_on.year, filler.number(f"visit:{visited_on.year}")),
            visited_on=visited_on, kind=rng.choice(("困难职工", "困难职工", "节日", "生病住院")),
            visitors="、".join(rng.sample(_CADRES, 2)), target="hardship", member_id=f["member_id"],
            hardship_file_id=f["id"], employer_org_id=None, unorganized_employer_id=None, visitee_name=f["name"],
            visitee_id_number=f["id_number"], visitee_unit=f["unit_name"], visitee_phone=f["phone"],
            org_id=f["org_id"], place=f["address"], money=payment["amount"] if payment else None,
            learned=rng.choice(("医药费负担重", "孩子上学需要资助", "希望帮助介绍工作", "房屋需要维修", "生活基本稳定")),
            follow_up_needed=follow, follow_up="协调相关部门解决" if follow else None,
            follow_up_outcome="已协调解决" if follow and rng.random() < 0.5 else None,
            follow_up_closed_on=None, follow_up_closed_by=None,
            disbursement_id=payment["id"] if payment else None, recorded_by="演示数据", remark=None, version=1))
        if visits[-1]["follow_up_outcome"]:
            visits[-1]["follow_up_closed_on"] = min(today, visited_on + timedelta(days=rng.randint(5, 40)))
            visits[-1]["follow_up_closed_by"] = "演示数据"
        if rng.random() < 0.6:
            goods.append(dict(visit_id=visit_id, seq=1, item=rng.choice(("大米", "食用油", "面粉")),
                              quantity=rng.choice(("1 袋", "1 桶", "2 袋")), value=Decimal(rng.choice((60, 80, 100)))))
    _insert(filler.session, Visit.__table__, visits)
    _insert(filler.session, VisitGoods.__table__, goods)
    return len(visits)


def _mutual(filler: _Filler, members: list) -> tuple[int, int]:
    rng, today = filler.rng, filler.today
    session = filler.session
    units = list(session.execute(select(Organization.id, Organization.workers)
                                 .where(Organization.level == "grassroots")).all())
    enrolments, claims = [], []
    enrolled: dict[tuple[int, int], int] = {}
    for year in (today.year - 1, today.year):
        for org_id, workers in units:
            if rng.random() < 0.35:
                enrolment_id = filler.ids.take(MedicalMutualEnrolment)
                people = max(3, int((workers or 20) * rng.uniform(0.6, 1.0)))
                enrolments.append(dict(id=enrolment_id, org_id=org_id, year=year, members_enrolled=people,
                                       fee_paid=Decimal(people * 30), enrolled_on=date(year, 1, rng.randint(5, 28)),
                                       remark=None, version=1))
                enrolled[(org_id, year)] = enrolment_id
    for m in members:
        year = rng.choice((today.year - 1, today.year))
        enrolment_id = enrolled.get((m.org_id, year))
        if enrolment_id and rng.random() < 0.12:
            paid_on = _day_between(rng, date(year, 2, 1), min(today, date(year, 12, 20)))
            claims.append(dict(enrolment_id=enrolment_id, member_id=m.id, paid_on=paid_on,
                               illness=rng.choice(_ILLNESSES), hospital=rng.choice(_HOSPITALS),
                               amount=Decimal(rng.choice((500, 800, 1200, 2000, 3000))), handler="李出纳", remark=None,
                               version=1))
    _insert(session, MedicalMutualEnrolment.__table__, enrolments)
    _insert(session, MedicalMutualClaim.__table__, claims)
    return len(enrolments), len(claims)

"""Shared set-up for the hardship, aid and visit tests: members in the `tree` county and a
complete hardship file input."""

from __future__ import annotations

from datetime import date

from tests.conftest import TODAY
from unionapp.domain.idcard import id_check_digit
from unionapp.services.hardship import FamilyMemberInput, HardshipInput, create_hardship_file
from unionapp.services.hardship_review import approve_file
from unionapp.services.members import MemberInput, create_member


def valid_id(first17: str) -> str:
    return first17 + id_check_digit(first17)


def person_id(n: int, year: int = 1980, female: bool = False) -> str:
    """A distinct valid ID number for test person `n`."""
    seq = (n % 500) * 2 + (0 if female else 1)
    return valid_id(f"370602{year}{1 + n // 500 % 12:02d}{1 + n // 6000 % 28:02d}{seq:03d}")


def add_member(db, actor, org_id: int, name: str, id_number: str, **fields) -> int:
    fields.setdefault("joined_on", date(2020, 5, 1))
    with db.session() as s:
        return create_member(s, actor, MemberInput(name=name, id_number=id_number, org_id=org_id, **fields),
                             today=TODAY).id


# A family whose spouse has an ID number: only one open file may list her.
FAMILY = (FamilyMemberInput("李秀英", "配偶", id_number=valid_id("37060219820303002"), occupation="无业",
                            monthly_income="0", health="有慢性病"),
          FamilyMemberInput("王小明", "子", age=12, occupation="城关镇第一小学"))


def file_input(**fields) -> HardshipInput:
    values = dict(
        category="深度困难", main_cause="患重特大疾病", secondary_causes=("子女上学",), health="有慢性病",
        work_status="在岗", marriage="已婚", housing="自有住房", hukou="非农业户口",
        medical_insurance="城镇职工基本医疗保险", monthly_income="1800", family_annual_income="30000", family_size=3,
        bank_name="农业银行", bank_account="6228480012345678901", situation="妻子患尿毒症，长期透析",
        creator_opinion="情况属实，建议建档",
        family=(FamilyMemberInput("配偶甲", "配偶", age=44, occupation="无业", monthly_income="0", health="有慢性病"),
                FamilyMemberInput("孩子乙", "子", age=12, occupation="城关镇第一小学")),
    )
    values.update(fields)
    return HardshipInput(**values)


def filed(db, clerk, reviewer, **fields) -> int:
    """A file created by the clerk and approved by the reviewer."""
    with db.session() as s:
        file_id = create_hardship_file(s, clerk, file_input(**fields), today=TODAY).id
    with db.session() as s:
        approve_file(s, reviewer, file_id, "同意", today=TODAY)
    return file_id

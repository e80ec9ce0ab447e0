"""`unionapp check`: is the database sound? Storage first (SQLite's own checks), then the rules
the program relies on, which a crash or a hand edit of the file could break."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from unionapp.db.models import Member, MemberNameKey, MembershipEvent, Organization
from unionapp.domain.errors import DomainError
from unionapp.domain.idcard import parse_id_number


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(session: Session, *, id_sample_limit: int = 200_000) -> CheckReport:
    report = CheckReport()
    if session.bind.dialect.name == "sqlite":
        result = session.execute(text("PRAGMA integrity_check")).scalars().all()
        if result != ["ok"]:
            report.problems.extend(f"数据库文件损坏：{line}" for line in result[:20])
        for row in session.execute(text("PRAGMA foreign_key_check")).all()[:20]:
            report.problems.append(f"外键不一致：表 {row[0]} 第 {row[1]} 行引用了不存在的 {row[2]}")
    members = session.scalar(select(func.count()).select_from(Member)) or 0
    orgs = session.scalar(select(func.count()).select_from(Organization)) or 0
    report.facts.append(f"组织 {orgs} 个，会员 {members} 人")

    no_event = session.scalar(
        select(func.count()).select_from(Member)
        .where(~select(MembershipEvent.id).where(MembershipEvent.member_id == Member.id).exists())
    )
    if no_event:
        report.problems.append(f"{no_event} 名会员没有任何会籍记录")
    unindexed = session.scalar(
        select(func.count()).select_from(Member)
        .where(~select(MemberNameKey.member_id).where(MemberNameKey.member_id == Member.id).exists())
    )
    if unindexed:
        report.problems.append(f"{unindexed} 名会员缺少检索索引（运行“重建索引”可修复）")
    bad_paths = session.scalar(
        select(func.count()).select_from(Organization).where(~Organization.path.like("%/"))
    )
    if bad_paths:
        report.problems.append(f"{bad_paths} 个组织的树路径不完整")

    bad_ids = 0
    examples = []
    rows = session.execute(
        select(Member.member_no, Member.id_number).where(Member.id_type == "居民身份证").limit(id_sample_limit)
    )
    for member_no, number in rows:
        try:
            parse_id_number(number)
        except DomainError as exc:
            bad_ids += 1
            if len(examples) < 5:
                examples.append(f"{member_no}：{exc.message}")
    if bad_ids:
        report.problems.append(f"{bad_ids} 个身份证号码不合规，例如 " + "；".join(examples))
    return report

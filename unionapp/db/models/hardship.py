"""困难职工档案 (DESIGN §2.3): one file per household, its family members, attachments and the
yearly reviews."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from unionapp.db.base import Base, Timestamped, Versioned

MONEY = Numeric(14, 2)


class HardshipFile(Versioned, Timestamped, Base):
    __tablename__ = "hardship_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_no: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    # The worker: a member, or a non-member whose name, ID and unit are typed here.
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False, index=True)
    id_number: Mapped[str] = mapped_column(String(30), nullable=False, index=True)
    # 一户一档: the ID number while the file is open (待审核/退回/在档), NULL once closed. A unique
    # column is the portable way to say "one open file per person" (NULLs never collide on
    # SQLite or PostgreSQL, where a partial index would need dialect options).
    open_key: Mapped[str | None] = mapped_column(String(30), unique=True)
    sex: Mapped[str | None] = mapped_column(String(2))
    birth_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(20))
    unit_name: Mapped[str | None] = mapped_column(String(120))
    # The union the file belongs to (the member's union, or the one that filed a non-member):
    # the township filter and the clerk's scope go through its tree path.
    org_id: Mapped[int] = mapped_column(ForeignKey("organization.id"), nullable=False, index=True)
    address: Mapped[str | None] = mapped_column(String(200))

    category: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    main_cause: Mapped[str] = mapped_column(String(30), nullable=False)
    cause_2: Mapped[str | None] = mapped_column(String(30))
    cause_3: Mapped[str | None] = mapped_column(String(30))
    cause_4: Mapped[str | None] = mapped_column(String(30))
    health: Mapped[str | None] = mapped_column(String(30))
    work_status: Mapped[str | None] = mapped_column(String(30))
    marriage: Mapped[str | None] = mapped_column(String(30))
    housing: Mapped[str | None] = mapped_column(String(30))
    hukou: Mapped[str | None] = mapped_column(String(30))
    medical_insurance: Mapped[str | None] = mapped_column(String(30))
    monthly_income: Mapped[Decimal | None] = mapped_column(MONEY)
    family_annual_income: Mapped[Decimal | None] = mapped_column(MONEY)
    family_size: Mapped[int | None] = mapped_column(Integer)
    # Computed from the two above on every save; stored so lists can sort and filter by it.
    per_capita_monthly: Mapped[Decimal | None] = mapped_column(MONEY)
    single_parent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    zero_employment: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    model_worker_type: Mapped[str | None] = mapped_column(String(30))
    bank_name: Mapped[str | None] = mapped_column(String(60))
    bank_account: Mapped[str | None] = mapped_column(String(40))
    situation: Mapped[str | None] = mapped_column(Text)

    status: Mapped[str] = mapped_column(String(20), nullable=False, default="pending", index=True)
    filed_on: Mapped[date] = mapped_column(Date, nullable=False)
    created_by: Mapped[str | None] = mapped_column(String(50))
    creator_opinion: Mapped[str | None] = mapped_column(Text)
    reviewed_by: Mapped[str | None] = mapped_column(String(50))
    reviewer_opinion: Mapped[str | None] = mapped_column(Text)
    approved_on: Mapped[date | None] = mapped_column(Date)
    last_review_on: Mapped[date | None] = mapped_column(Date, index=True)
    closed_on: Mapped[date | None] = mapped_column(Date)
    close_reason: Mapped[str | None] = mapped_column(String(200))
    # 防返困: a file closed as 脱困 stays watched until this day.
    watch_until: Mapped[date | None] = mapped_column(Date, index=True)
    remark: Mapped[str | None] = mapped_column(Text)


class HardshipFamilyMember(Base):
    __tablename__ = "hardship_family_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("hardship_file.id", ondelete="CASCADE"), nullable=False, index=True)
    seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    name: Mapped[str] = mapped_column(String(50), nullable=False)
    relation: Mapped[str] = mapped_column(String(20), nullable=False)
    id_number: Mapped[str | None] = mapped_column(String(30), index=True)
    birth_date: Mapped[date | None] = mapped_column(Date)
    age: Mapped[int | None] = mapped_column(Integer)  # when neither ID nor birth date is known
    occupation: Mapped[str | None] = mapped_column(String(120))  # 工作单位或就读学校
    monthly_income: Mapped[Decimal | None] = mapped_column(MONEY)
    health: Mapped[str | None] = mapped_column(String(30))


class HardshipAttachment(Base):
    """诊断证明, 户口本 …: kept apart from the file row so lists never read the bytes."""

    __tablename__ = "hardship_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("hardship_file.id", ondelete="CASCADE"), nullable=False, index=True)
    filename: Mapped[str] = mapped_column(String(200), nullable=False)
    mime: Mapped[str] = mapped_column(String(100), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    description: Mapped[str | None] = mapped_column(String(100))
    uploaded_by: Mapped[str | None] = mapped_column(String(50))
    uploaded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=datetime.now)


class HardshipReview(Base):
    """年度复核: one per file and year."""

    __tablename__ = "hardship_review"
    __table_args__ = (UniqueConstraint("file_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("hardship_file.id", ondelete="CASCADE"), nullable=False, index=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    reviewed_on: Mapped[date] = mapped_column(Date, nullable=False)
    result: Mapped[str] = mapped_column(String(20), nullable=False)
    category_before: Mapped[str | None] = mapped_column(String(20))
    category_after: Mapped[str | None] = mapped_column(String(20))
    opinion: Mapped[str | None] = mapped_column(Text)
    reviewed_by: Mapped[str | None] = mapped_column(String(50))

"""帮扶活动 (DESIGN §2.3): campaigns with their standards and disbursements, and 医疗互助保障."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from unionapp.db.base import Base, Timestamped, Versioned

MONEY = Numeric(14, 2)


class AidCampaign(Versioned, Timestamped, Base):
    __tablename__ = "aid_campaign"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)  # "2026-001"
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(30), nullable=False, index=True)
    budget: Mapped[Decimal | None] = mapped_column(MONEY)
    fund_source: Mapped[str | None] = mapped_column(String(120))
    org_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"))  # 发放单位
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open")  # open / closed
    remark: Mapped[str | None] = mapped_column(Text)


class AidStandard(Base):
    """One line of a campaign's standard: the amount (or goods) for a 困难类别, and for 金秋助学
    for a school level and whether the family is on file. Empty keys match anything."""

    __tablename__ = "aid_standard"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("aid_campaign.id", ondelete="CASCADE"), nullable=False,
                                             index=True)
    category: Mapped[str | None] = mapped_column(String(20))
    school_level: Mapped[str | None] = mapped_column(String(20))
    on_file: Mapped[bool | None] = mapped_column(Boolean)
    amount: Mapped[Decimal | None] = mapped_column(MONEY)
    goods: Mapped[str | None] = mapped_column(String(120))
    goods_value: Mapped[Decimal | None] = mapped_column(MONEY)


class AidDisbursement(Versioned, Timestamped, Base):
    """发放记录: who received what, when, from whom. The recipient is a member and/or a hardship
    file, or a plain person; name and ID number are always stored as printed on the roster."""

    __tablename__ = "aid_disbursement"
    __table_args__ = (Index("ix_aid_disbursement_campaign_id_number", "campaign_id", "id_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("aid_campaign.id"), nullable=False, index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    hardship_file_id: Mapped[int | None] = mapped_column(ForeignKey("hardship_file.id"), index=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False)
    id_number: Mapped[str] = mapped_column(String(30), nullable=False, index=True)
    unit_name: Mapped[str | None] = mapped_column(String(120))
    # For the township / union filters of lists and rosters.
    org_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), index=True)
    category: Mapped[str | None] = mapped_column(String(20))
    amount: Mapped[Decimal | None] = mapped_column(MONEY)
    goods: Mapped[str | None] = mapped_column(String(120))
    goods_value: Mapped[Decimal | None] = mapped_column(MONEY)
    paid_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    handler: Mapped[str | None] = mapped_column(String(50))
    # Set when the same person was paid twice in the campaign on purpose; audited.
    override_reason: Mapped[str | None] = mapped_column(String(200))
    # 金秋助学
    student_name: Mapped[str | None] = mapped_column(String(50))
    school: Mapped[str | None] = mapped_column(String(120))
    school_level: Mapped[str | None] = mapped_column(String(20))
    enrolment_year: Mapped[int | None] = mapped_column(Integer)
    # 医疗救助
    illness: Mapped[str | None] = mapped_column(String(120))
    remark: Mapped[str | None] = mapped_column(Text)


class AidHospitalStay(Base):
    """医疗救助: the hospital stays a disbursement pays towards."""

    __tablename__ = "aid_hospital_stay"

    id: Mapped[int] = mapped_column(primary_key=True)
    disbursement_id: Mapped[int] = mapped_column(ForeignKey("aid_disbursement.id", ondelete="CASCADE"),
                                                 nullable=False, index=True)
    hospital: Mapped[str] = mapped_column(String(120), nullable=False)
    admitted_on: Mapped[date | None] = mapped_column(Date)
    discharged_on: Mapped[date | None] = mapped_column(Date)
    cost: Mapped[Decimal | None] = mapped_column(MONEY)  # 医疗费用
    self_paid: Mapped[Decimal | None] = mapped_column(MONEY)  # 个人负担


class MedicalMutualEnrolment(Versioned, Base):
    """医疗互助保障: a unit's enrolment for one year."""

    __tablename__ = "medical_mutual_enrolment"
    __table_args__ = (UniqueConstraint("org_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("organization.id"), nullable=False, index=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    members_enrolled: Mapped[int] = mapped_column(Integer, nullable=False)
    fee_paid: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    enrolled_on: Mapped[date | None] = mapped_column(Date)
    remark: Mapped[str | None] = mapped_column(String(200))


class MedicalMutualClaim(Versioned, Base):
    __tablename__ = "medical_mutual_claim"

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("medical_mutual_enrolment.id"), nullable=False, index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), nullable=False, index=True)
    paid_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    illness: Mapped[str] = mapped_column(String(120), nullable=False)
    hospital: Mapped[str | None] = mapped_column(String(120))
    amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    handler: Mapped[str | None] = mapped_column(String(50))
    remark: Mapped[str | None] = mapped_column(String(200))

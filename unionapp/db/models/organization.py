"""Organisations (DESIGN §2.1): the union tree and the employers still without a union."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from unionapp.db.base import Base, Timestamped, Versioned


class Organization(Versioned, Timestamped, Base):
    """One node of the tree 县总工会 → 乡镇(街道)总工会 / 产业工会 / 工会联合会 → 基层工会 → 分会."""

    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), index=True)
    # Materialised path "/1/7/42/": a subtree is one indexed range query on both SQLite and PostgreSQL.
    path: Mapped[str] = mapped_column(String(255), nullable=False, default="", index=True)
    level: Mapped[str] = mapped_column(String(20), nullable=False)  # see domain.org_levels
    name: Mapped[str] = mapped_column(String(120), nullable=False, index=True)
    short_name: Mapped[str | None] = mapped_column(String(60))
    union_type: Mapped[str | None] = mapped_column(String(40))
    covered_units: Mapped[str | None] = mapped_column(Text)
    township_name: Mapped[str | None] = mapped_column(String(60))
    founded_on: Mapped[date | None] = mapped_column(Date)
    approval_no: Mapped[str | None] = mapped_column(String(60))

    employer_name: Mapped[str | None] = mapped_column(String(120))
    credit_code: Mapped[str | None] = mapped_column(String(18), index=True)
    unit_category: Mapped[str | None] = mapped_column(String(40))
    industry: Mapped[str | None] = mapped_column(String(10))
    address: Mapped[str | None] = mapped_column(String(200))

    workers: Mapped[int | None] = mapped_column(Integer)
    female_workers: Mapped[int | None] = mapped_column(Integer)
    migrant_workers: Mapped[int | None] = mapped_column(Integer)

    chair_name: Mapped[str | None] = mapped_column(String(50))
    chair_phone: Mapped[str | None] = mapped_column(String(20))
    term_number: Mapped[int | None] = mapped_column(Integer)
    term_start: Mapped[date | None] = mapped_column(Date)
    term_end: Mapped[date | None] = mapped_column(Date, index=True)
    full_time_cadres: Mapped[int | None] = mapped_column(Integer)
    legal_cert_no: Mapped[str | None] = mapped_column(String(60))
    legal_cert_date: Mapped[date | None] = mapped_column(Date)
    # Comma-separated new_employment_form codes (快递员, 外卖送餐员 ...), few per union.
    new_employment_tags: Mapped[str | None] = mapped_column(String(200))

    has_congress: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    congress_on: Mapped[date | None] = mapped_column(Date)
    has_open_affairs: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    open_affairs_on: Mapped[date | None] = mapped_column(Date)
    has_collective_contract: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    collective_contract_on: Mapped[date | None] = mapped_column(Date)
    has_audit_committee: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    has_women_committee: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    has_mediation_committee: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    status: Mapped[str] = mapped_column(String(20), nullable=False, default="normal")
    status_on: Mapped[date | None] = mapped_column(Date)
    status_reason: Mapped[str | None] = mapped_column(String(200))
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"))
    remark: Mapped[str | None] = mapped_column(Text)


class UnorganizedEmployer(Versioned, Timestamped, Base):
    """未建会单位: an employer the organising drive ("四清") still has to reach."""

    __tablename__ = "unorganized_employer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False, index=True)
    credit_code: Mapped[str | None] = mapped_column(String(18), index=True)
    unit_category: Mapped[str | None] = mapped_column(String(40))
    industry: Mapped[str | None] = mapped_column(String(10))
    address: Mapped[str | None] = mapped_column(String(200))
    township_org_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), index=True)
    workers: Mapped[int | None] = mapped_column(Integer)
    migrant_workers: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(String(40))
    reason_detail: Mapped[str | None] = mapped_column(Text)
    responsible_person: Mapped[str | None] = mapped_column(String(50))
    planned_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open")  # open / organized
    organized_org_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"))
    organized_on: Mapped[date | None] = mapped_column(Date)
    remark: Mapped[str | None] = mapped_column(Text)


class OrganizingFollowUp(Timestamped, Base):
    """One entry of an employer's follow-up log; kept when the employer becomes a union."""

    __tablename__ = "organizing_follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(
        ForeignKey("unorganized_employer.id", ondelete="CASCADE"), nullable=False, index=True
    )
    on: Mapped[date] = mapped_column(Date, nullable=False)
    by: Mapped[str | None] = mapped_column(String(50))
    note: Mapped[str] = mapped_column(Text, nullable=False)

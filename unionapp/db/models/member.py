"""Members (DESIGN §2.2), their dated 会籍 history, and the search keys behind search-as-you-type."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from unionapp.db.base import Base, Timestamped, Versioned


class Member(Versioned, Timestamped, Base):
    __tablename__ = "member"
    __table_args__ = (Index("ix_member_org_status", "org_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_no: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False, index=True)
    sex: Mapped[str | None] = mapped_column(String(2))
    nation: Mapped[str | None] = mapped_column(String(20))
    id_type: Mapped[str] = mapped_column(String(40), nullable=False, default="居民身份证")
    # 一人一会: the ID number is unique across the whole county.
    id_number: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    birth_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(20), index=True)
    # The phone reversed, so "尾号 8000" is an indexed prefix search.
    phone_rev: Mapped[str | None] = mapped_column(String(20), index=True)
    education: Mapped[str | None] = mapped_column(String(20))
    skill_level: Mapped[str | None] = mapped_column(String(20))
    political_status: Mapped[str | None] = mapped_column(String(30))
    hukou_type: Mapped[str | None] = mapped_column(String(20))
    is_migrant: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    employment_form: Mapped[str | None] = mapped_column(String(20))
    new_employment_form: Mapped[str | None] = mapped_column(String(20), index=True)
    employer_name: Mapped[str | None] = mapped_column(String(120))
    post: Mapped[str | None] = mapped_column(String(60))
    org_id: Mapped[int] = mapped_column(ForeignKey("organization.id"), nullable=False)
    joined_on: Mapped[date | None] = mapped_column(Date, index=True)
    # Derived from the events (domain.membership.current_status) and cached for filtering.
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="active")
    status_on: Mapped[date | None] = mapped_column(Date)
    card_no: Mapped[str | None] = mapped_column(String(30))
    remark: Mapped[str | None] = mapped_column(Text)


class MemberPhoto(Base):
    """Kept apart from the member row so that lists never drag image bytes along."""

    __tablename__ = "member_photo"

    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), primary_key=True)
    image: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    mime: Mapped[str] = mapped_column(String(30), nullable=False, default="image/jpeg")
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=datetime.now)


class MembershipEvent(Base):
    """会籍 events are appended, never overwritten; the member's status is derived from them."""

    __tablename__ = "membership_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    on: Mapped[date] = mapped_column(Date, nullable=False)
    org_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"))
    other_org_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"))
    other_union_name: Mapped[str | None] = mapped_column(String(120))
    reason: Mapped[str | None] = mapped_column(String(200))
    transfer_id: Mapped[int | None] = mapped_column(ForeignKey("member_transfer.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=datetime.now)
    created_by: Mapped[str | None] = mapped_column(String(50))


class MemberTransfer(Versioned, Base):
    """关系接转: asked for by a clerk, approved by a reviewer; on approval both sides get an event."""

    __tablename__ = "member_transfer"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), nullable=False, index=True)
    from_org_id: Mapped[int] = mapped_column(ForeignKey("organization.id"), nullable=False)
    to_org_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"))
    to_union_name: Mapped[str | None] = mapped_column(String(120))  # a union outside the county
    on: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="pending", index=True)
    requested_by: Mapped[str | None] = mapped_column(String(50))
    requested_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=datetime.now)
    reviewed_by: Mapped[str | None] = mapped_column(String(50))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)
    opinion: Mapped[str | None] = mapped_column(String(200))


class MemberNameKey(Base):
    """Name search keys: every 2-character part of the name and each pinyin-initials reading.

    A CJK 2-character substring cannot use a B-tree on the name, and SQLite's FTS5 trigram
    index finds nothing for 2 characters, so the bigrams are stored and looked up exactly."""

    __tablename__ = "member_name_key"
    # Clustered on (key, member_id) on SQLite: a lookup reads one contiguous run of the table.
    __table_args__ = {"sqlite_with_rowid": False}

    key: Mapped[str] = mapped_column(String(16), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), primary_key=True, index=True)


class MemberIdGram(Base):
    """Every 4-character part of an ID number, packed with the member id into one integer:
    code = gram_value * 2**32 + member_id, where gram_value reads the 4 characters in base 11
    (X = 10). One integer key makes this a plain rowid table on SQLite (≈15 rows a member stay
    small), and a fragment lookup is a single range scan `code BETWEEN g<<32 AND g<<32 | 0xFFFFFFFF`."""

    __tablename__ = "member_id_gram"

    code: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False
    )

"""走访慰问记录 (DESIGN §2.4): a visit, what was given, and its photos."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from unionapp.db.base import Base, Timestamped, Versioned

MONEY = Numeric(14, 2)


class Visit(Versioned, Timestamped, Base):
    __tablename__ = "visit"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_no: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    visited_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    visitors: Mapped[str] = mapped_column(String(200), nullable=False)  # union cadres
    # Whom: member / hardship / model_worker / employer / person (domain.hardship.VISIT_TARGETS).
    target: Mapped[str] = mapped_column(String(20), nullable=False)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    hardship_file_id: Mapped[int | None] = mapped_column(ForeignKey("hardship_file.id"), index=True)
    employer_org_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"))
    unorganized_employer_id: Mapped[int | None] = mapped_column(ForeignKey("unorganized_employer.id"))
    # The name shown and printed: the member's or file's name, the model worker typed as text
    # (until the honours module exists), or the employer's name.
    visitee_name: Mapped[str] = mapped_column(String(120), nullable=False, index=True)
    visitee_id_number: Mapped[str | None] = mapped_column(String(30))
    visitee_unit: Mapped[str | None] = mapped_column(String(120))
    visitee_phone: Mapped[str | None] = mapped_column(String(20))
    # The union the visit counts for (scope and township filter).
    org_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), index=True)
    place: Mapped[str | None] = mapped_column(String(200))
    money: Mapped[Decimal | None] = mapped_column(MONEY)  # 慰问金
    learned: Mapped[str | None] = mapped_column(Text)  # 了解的情况和诉求
    follow_up_needed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, index=True)
    follow_up: Mapped[str | None] = mapped_column(Text)
    follow_up_outcome: Mapped[str | None] = mapped_column(Text)
    follow_up_closed_on: Mapped[date | None] = mapped_column(Date)
    follow_up_closed_by: Mapped[str | None] = mapped_column(String(50))
    disbursement_id: Mapped[int | None] = mapped_column(ForeignKey("aid_disbursement.id"), index=True)
    recorded_by: Mapped[str | None] = mapped_column(String(50))
    remark: Mapped[str | None] = mapped_column(Text)


class VisitGoods(Base):
    """Goods handed over on a visit (大米 2 袋, 价值 120 元); money is Visit.money."""

    __tablename__ = "visit_goods"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), nullable=False, index=True)
    seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    item: Mapped[str] = mapped_column(String(60), nullable=False)
    quantity: Mapped[str | None] = mapped_column(String(30))
    value: Mapped[Decimal | None] = mapped_column(MONEY)


class VisitPhoto(Base):
    __tablename__ = "visit_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), nullable=False, index=True)
    filename: Mapped[str] = mapped_column(String(200), nullable=False)
    mime: Mapped[str] = mapped_column(String(100), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    caption: Mapped[str | None] = mapped_column(String(100))
    uploaded_by: Mapped[str | None] = mapped_column(String(50))
    uploaded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=datetime.now)

"""Member cards (DESIGN §2.2, §4): every printed card is recorded with its batch, so reprints are
counted and "cards printed but not handed out" can be listed (§2.12)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from unionapp.db.base import Base


class CardBatch(Base):
    """One print run: what was printed, when, by whom, with which layout."""

    __tablename__ = "card_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    issued_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    layout: Mapped[str] = mapped_column(String(40), nullable=False)
    card_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    note: Mapped[str | None] = mapped_column(String(200))
    created_by: Mapped[str | None] = mapped_column(String(50))
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=datetime.now)


class CardIssue(Base):
    """One card printed for one member. `reprint_no` is 0 for the first card, 1 for the first
    reprint, and so on; it is stored rather than counted so a card's own number never changes."""

    __tablename__ = "card_issue"
    __table_args__ = (Index("ix_card_issue_member_reprint", "member_id", "reprint_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), nullable=False)
    batch_id: Mapped[int] = mapped_column(ForeignKey("card_batch.id", ondelete="CASCADE"), nullable=False, index=True)
    issued_on: Mapped[date] = mapped_column(Date, nullable=False)
    reprint_no: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # Filled when the card reaches the member; empty rows feed the "not handed out" reminder.
    handed_out_on: Mapped[date | None] = mapped_column(Date, index=True)

"""Editable dictionaries (民族, 学历 …), counters for generated numbers, and domain settings."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from unionapp.db.base import Base, Versioned


class CodeItem(Versioned, Base):
    __tablename__ = "code_item"
    __table_args__ = (UniqueConstraint("category", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    code: Mapped[str] = mapped_column(String(20), nullable=False)
    name: Mapped[str] = mapped_column(String(60), nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Counter(Base):
    """Named sequences (member numbers per year …) incremented inside the writing transaction."""

    __tablename__ = "counter"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Setting(Versioned, Base):
    """Settings that belong to the office's data (county name, code prefix), not to one PC."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)

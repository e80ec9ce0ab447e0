"""All models, imported here so that Base.metadata knows every table (Alembic, create_all)."""

from unionapp.db.models.audit import AuditEntry
from unionapp.db.models.codes import CodeItem, Counter, Setting
from unionapp.db.models.member import (
    Member,
    MemberIdGram,
    MemberNameKey,
    MemberPhoto,
    MembershipEvent,
    MemberTransfer,
)
from unionapp.db.models.organization import Organization, OrganizingFollowUp, UnorganizedEmployer
from unionapp.db.models.user import User

__all__ = [
    "AuditEntry",
    "CodeItem",
    "Counter",
    "Member",
    "MemberIdGram",
    "MemberNameKey",
    "MemberPhoto",
    "MemberTransfer",
    "MembershipEvent",
    "Organization",
    "OrganizingFollowUp",
    "Setting",
    "UnorganizedEmployer",
    "User",
]

"""All models, imported here so that Base.metadata knows every table (Alembic, create_all)."""

from unionapp.db.models.aid import (
    AidCampaign,
    AidDisbursement,
    AidHospitalStay,
    AidStandard,
    MedicalMutualClaim,
    MedicalMutualEnrolment,
)
from unionapp.db.models.audit import AuditEntry
from unionapp.db.models.card import CardBatch, CardIssue
from unionapp.db.models.codes import CodeItem, Counter, Setting
from unionapp.db.models.hardship import HardshipAttachment, HardshipFamilyMember, HardshipFile, HardshipReview
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
from unionapp.db.models.visit import Visit, VisitGoods, VisitPhoto

__all__ = [
    "AidCampaign",
    "AidDisbursement",
    "AidHospitalStay",
    "AidStandard",
    "AuditEntry",
    "CardBatch",
    "CardIssue",
    "CodeItem",
    "Counter",
    "HardshipAttachment",
    "HardshipFamilyMember",
    "HardshipFile",
    "HardshipReview",
    "MedicalMutualClaim",
    "MedicalMutualEnrolment",
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
    "Visit",
    "VisitGoods",
    "VisitPhoto",
]

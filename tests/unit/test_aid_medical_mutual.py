"""医疗互助保障: yearly enrolment by unit, claims only for members of an enrolled unit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.conftest import TODAY
from tests.unit.aid_helpers import add_member, person_id
from unionapp.services.errors import ConflictError, PermissionDenied, ValidationError
from unionapp.services.medical_mutual import (
    ClaimInput,
    EnrolmentInput,
    create_claim,
    list_claims,
    list_enrolments,
    mutual_summary,
    save_enrolment,
)


def test_enrolment_and_claims(db, tree, clerk, viewer):
    member = add_member(db, clerk, tree["branch"], "邓超", person_id(1))  # a branch of union_a
    outsider = add_member(db, clerk, tree["union_b"], "孙俪", person_id(2, female=True))
    with db.session() as s:
        with pytest.raises(ValidationError, match="基层工会"):
            save_enrolment(s, clerk, EnrolmentInput(tree["town_a"], 2026, 10, "300"), today=TODAY)
        enrolment = save_enrolment(s, clerk, EnrolmentInput(tree["union_a"], 2026, 118, "3540", date(2026, 1, 10)),
                                   today=TODAY)
        with pytest.raises(ValidationError, match="已登记2026年度"):
            save_enrolment(s, clerk, EnrolmentInput(tree["union_a"], 2026, 120, "3600"), today=TODAY)
    with db.session() as s:
        create_claim(s, clerk, ClaimInput(member, date(2026, 6, 3), "腰椎间盘突出手术", "2000", "县人民医院"), today=TODAY)
        with pytest.raises(ValidationError, match="没有参加2026年度的医疗互助"):
            create_claim(s, clerk, ClaimInput(outsider, date(2026, 6, 3), "骨折", "500"), today=TODAY)
        with pytest.raises(ValidationError, match="没有参加2025年度"):
            create_claim(s, clerk, ClaimInput(member, date(2025, 6, 3), "感冒", "50"), today=TODAY)
        with pytest.raises(PermissionDenied):
            create_claim(s, viewer, ClaimInput(member, date(2026, 6, 3), "骨折", "500"), today=TODAY)
    with db.session() as s:
        rows = list_enrolments(s, clerk, year=2026)
        claims = list_claims(s, clerk, year=2026, org_id=tree["town_a"])
        summary = mutual_summary(s, clerk, 2026)
        assert [(r.org_name, r.members_enrolled, r.claims, r.claims_amount) for r in rows] == \
            [("龙泉机械厂工会委员会", 118, 1, Decimal("2000.00"))]
        assert [(c.name, c.org_name, c.amount) for c in claims] == [("邓超", "机械厂一车间分会", Decimal("2000.00"))]
        assert (summary.units, summary.members_enrolled, summary.fees, summary.claims, summary.claims_amount) == \
            (1, 118, Decimal("3540.00"), 1, Decimal("2000.00"))
        version = rows[0].version
        save_enrolment(s, clerk, EnrolmentInput(tree["union_a"], 2026, 120, "3600"), expected_version=version,
                       today=TODAY)
    with db.session() as s, pytest.raises(ConflictError):
        save_enrolment(s, clerk, EnrolmentInput(tree["union_a"], 2026, 121, "3630"), expected_version=version,
                       today=TODAY)
    assert enrolment

"""医疗互助保障: yearly enrolment by unit, claims only for members of an enrolled unit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY, make_actor
from tests.unit.aid_helpers import add_member, person_id
from unionapp.db.models import AuditEntry, Organization
from unionapp.domain.masking import mask_id_number
from unionapp.services.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from unionapp.services.medical_mutual import (
    ClaimInput,
    EnrolmentInput,
    create_claim,
    get_claim,
    get_enrolment,
    list_claims,
    list_enrolments,
    mutual_summary,
    save_enrolment,
    update_claim,
)
from unionapp.sheets.export_mutual import export_mutual
from unionapp.sheets.exporting import ExportProblem


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


# ---------------------------------------------------------------------- the page's needs: scope,
# corrections, the claims of one enrolment, the year's export


def _two_towns(db, tree, clerk):
    """union_a (城关镇) and union_b (龙旺庄) enrolled for 2026, each with one claim."""
    a = add_member(db, clerk, tree["union_a"], "邓超", person_id(1))
    b = add_member(db, clerk, tree["union_b"], "孙俪", person_id(2, female=True))
    with db.session() as s:
        enrol_a = save_enrolment(s, clerk, EnrolmentInput(tree["union_a"], 2026, 118, "3540", date(2026, 1, 10)),
                                 today=TODAY)
        enrol_b = save_enrolment(s, clerk, EnrolmentInput(tree["union_b"], 2026, 20, "600"), today=TODAY)
        claim_a = create_claim(s, clerk, ClaimInput(a, date(2026, 6, 3), "腰椎间盘突出手术", "2000", "县人民医院"),
                               today=TODAY)
        claim_b = create_claim(s, clerk, ClaimInput(b, date(2026, 7, 9), "骨折", "800"), today=TODAY)
    return dict(a=a, b=b, enrol_a=enrol_a, enrol_b=enrol_b, claim_a=claim_a, claim_b=claim_b)


def _town_clerk(db, tree):
    with db.session() as s:
        path = s.get(Organization, tree["town_a"]).path
    return make_actor("clerk", sensitive=True, username="城关镇业务员", scope_path=path)


def test_a_township_clerk_sees_and_changes_only_their_subtree(db, tree, clerk):
    made = _two_towns(db, tree, clerk)
    local = _town_clerk(db, tree)
    with db.session() as s:
        assert [r.org_name for r in list_enrolments(s, local, year=2026)] == ["龙泉机械厂工会委员会"]
        assert [c.name for c in list_claims(s, local, year=2026)] == ["邓超"]
        summary = mutual_summary(s, local, 2026)
        assert (summary.units, summary.members_enrolled, summary.claims, summary.claims_amount) == \
            (1, 118, 1, Decimal("2000.00"))
        whole = mutual_summary(s, clerk, 2026)
        assert (whole.units, whole.members_enrolled, whole.fees, whole.claims) == (2, 138, Decimal("4140.00"), 2)
        with pytest.raises(PermissionDenied):
            get_enrolment(s, local, made["enrol_b"])
        with pytest.raises(PermissionDenied):
            get_claim(s, local, made["claim_b"])
        with pytest.raises(NotFound):
            get_claim(s, local, 9999)
        with pytest.raises(PermissionDenied):
            save_enrolment(s, local, EnrolmentInput(tree["union_b"], 2025, 10, "300"), today=TODAY)
        with pytest.raises(PermissionDenied):
            create_claim(s, local, ClaimInput(made["b"], date(2026, 8, 1), "肺炎", "500"), today=TODAY)
        with pytest.raises(PermissionDenied):
            update_claim(s, local, made["claim_b"], ClaimInput(made["b"], date(2026, 7, 9), "骨折", "900"), 1,
                         today=TODAY)
    with db.session() as s:  # the refusals changed nothing
        assert [r.year for r in list_enrolments(s, clerk)] == [2026, 2026]
        assert get_claim(s, clerk, made["claim_b"]).amount == Decimal("800.00")


def test_the_summary_and_the_claims_follow_the_union_and_the_enrolment(db, tree, clerk):
    made = _two_towns(db, tree, clerk)
    with db.session() as s:
        town_b = mutual_summary(s, clerk, 2026, org_id=tree["town_b"])
        assert (town_b.units, town_b.members_enrolled, town_b.fees, town_b.claims, town_b.claims_amount) == \
            (1, 20, Decimal("600.00"), 1, Decimal("800.00"))
        assert [c.id for c in list_claims(s, clerk, year=2026, enrolment_id=made["enrol_a"])] == [made["claim_a"]]
        assert [c.id for c in list_claims(s, clerk, year=2026)] == [made["claim_b"], made["claim_a"]]  # latest first
        assert list_claims(s, clerk, year=2025) == []
        row = get_enrolment(s, clerk, made["enrol_a"])
        assert (row.org_name, row.claims, row.claims_amount) == ("龙泉机械厂工会委员会", 1, Decimal("2000.00"))


def test_a_claim_is_corrected_and_bad_input_changes_nothing(db, tree, clerk, viewer):
    made = _two_towns(db, tree, clerk)
    with db.session() as s:
        claim = get_claim(s, clerk, made["claim_a"])
        assert claim.id_number == person_id(1) and claim.enrolment_id == made["enrol_a"]
        assert get_claim(s, viewer, made["claim_a"]).id_number == mask_id_number(person_id(1))
    with db.session() as s:
        with pytest.raises(ValidationError) as refused:
            update_claim(s, clerk, claim.id, ClaimInput(claim.member_id, None, " ", "-5"), claim.version, today=TODAY)
        assert set(refused.value.errors) == {"paid_on", "illness", "amount"}
        with pytest.raises(ValidationError, match="没有参加2025年度"):
            update_claim(s, clerk, claim.id, ClaimInput(claim.member_id, date(2025, 5, 1), "骨折", "100"),
                         claim.version, today=TODAY)
        with pytest.raises(ValidationError, match="请先查找并选择"):
            create_claim(s, clerk, ClaimInput(None, date(2026, 5, 1), "骨折", "100"), today=TODAY)
        with pytest.raises(PermissionDenied):
            update_claim(s, viewer, claim.id, ClaimInput(claim.member_id, date(2026, 6, 3), "骨折", "100"),
                         claim.version, today=TODAY)
        with pytest.raises(ValidationError, match="请选择参保单位"):
            save_enrolment(s, clerk, EnrolmentInput(None, 2026, 10, "300"), today=TODAY)
    with db.session() as s:
        assert get_claim(s, clerk, claim.id).amount == Decimal("2000.00")
    with db.session() as s:  # moved to the other union's member: now paid by that union's enrolment
        update_claim(s, clerk, claim.id, ClaimInput(made["b"], date(2026, 6, 4), "腰椎手术", "2500", "市立医院", "张会计"),
                     claim.version, today=TODAY)
    with db.session() as s:
        changed = get_claim(s, clerk, claim.id)
        assert (changed.name, changed.enrolment_id, changed.amount, changed.hospital, changed.handler) == \
            ("孙俪", made["enrol_b"], Decimal("2500.00"), "市立医院", "张会计")
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.entity == "medical_mutual_claim", AuditEntry.action == "update")) == 1
    with db.session() as s, pytest.raises(ConflictError):
        update_claim(s, clerk, claim.id, ClaimInput(made["b"], date(2026, 6, 4), "腰椎手术", "2600"), claim.version,
                     today=TODAY)


def test_the_years_export_has_two_sheets_and_masks_id_numbers(db, tree, clerk, tmp_path):
    _two_towns(db, tree, clerk)
    reader = make_actor("reviewer", username="审核员")  # may export, may not see full ID numbers
    with db.session() as s:
        assert export_mutual(s, reader, tmp_path / "mutual.xlsx", 2026) == 4
        with pytest.raises(ExportProblem, match=".xlsx"):
            export_mutual(s, reader, tmp_path / "mutual.csv", 2026)
        with pytest.raises(PermissionDenied):
            export_mutual(s, make_actor("viewer"), tmp_path / "other.xlsx", 2026)
    book = openpyxl.load_workbook(tmp_path / "mutual.xlsx")
    assert book.sheetnames == ["医疗互助参保", "医疗互助理赔"]
    enrolments = [[c.value for c in row] for row in book["医疗互助参保"].iter_rows()]
    assert enrolments[0][:4] == ["年度", "参保单位", "参保人数", "缴费金额（元）"]
    assert [r[1] for r in enrolments[1:]] == ["龙泉机械厂工会委员会", "龙旺庄超市工会"]
    assert enrolments[1][2] == 118 and enrolments[1][5] == 1
    claims = list(book["医疗互助理赔"].iter_rows())
    assert [c.value for c in claims[0]][:4] == ["姓名", "身份证号码", "所在工会", "参保单位"]
    first = claims[1]
    assert first[0].value == "邓超" and first[1].value == mask_id_number(person_id(1))
    assert first[1].data_type == "s" and first[3].value == "龙泉机械厂工会委员会"
    assert not (tmp_path / "mutual.csv").exists()
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
        assert "身份证号已脱敏" in entry.summary and entry.entity == "medical_mutual"

    with db.session() as s:  # one township's clerk with the sensitive right: full numbers, own units only
        assert export_mutual(s, _town_clerk(db, tree), tmp_path / "town.xlsx", 2026) == 2
    claims = list(openpyxl.load_workbook(tmp_path / "town.xlsx")["医疗互助理赔"].iter_rows(values_only=True))
    assert claims[1][:2] == ("邓超", person_id(1))

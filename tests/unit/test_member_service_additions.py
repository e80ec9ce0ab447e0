"""A member who transferred out of the county and comes back is received with a 转入 only."""

from datetime import date

import pytest

from tests.conftest import TODAY
from unionapp.services.errors import ValidationError
from unionapp.services.members import (
    MemberInput,
    create_member,
    get_member,
    request_transfer,
    review_transfer,
)


def test_transfer_out_of_county_and_back(db, tree, clerk, reviewer):
    with db.session() as s:
        member_id = create_member(s, clerk, MemberInput(name="李海", id_number="11010519491231002X",
                                                        org_id=tree["union_a"], joined_on=date(2020, 5, 1)),
                                  today=TODAY).id
        out = request_transfer(s, clerk, member_id, date(2025, 3, 1), "调往外县工作",
                               to_union_name="莱阳市某公司工会", today=TODAY)
        review_transfer(s, reviewer, out, approve=True)
    with db.session() as s:
        assert get_member(s, clerk, member_id).status == "transferred_out"
        with pytest.raises(ValidationError) as info:
            request_transfer(s, clerk, member_id, date(2026, 3, 1), "回县工作", to_union_name="别处", today=TODAY)
        assert "转回" in info.value.errors["to_org_id"]
    with db.session() as s:
        back = request_transfer(s, clerk, member_id, date(2026, 3, 1), "回县工作", to_org_id=tree["union_b"],
                                today=TODAY)
        review_transfer(s, reviewer, back, approve=True)
    with db.session() as s:
        detail = get_member(s, clerk, member_id)
    assert detail.status == "active" and detail.org_name == "龙旺庄超市工会"
    assert [e.kind for e in detail.events] == ["join", "transfer_out", "transfer_in"]
    assert detail.events[-1].org_name == "龙旺庄超市工会"

"""统一社会信用代码 (GB 32100)."""

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from stdnum.cn import uscc

from unionapp.domain.credit_code import validate_credit_code
from unionapp.domain.errors import DomainError

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
VALID = "91110000600037341L"  # python-stdnum's own example


def refused(value) -> DomainError:
    with pytest.raises(DomainError) as caught:
        validate_credit_code(value)
    return caught.value


@pytest.mark.parametrize(
    "typed",
    [
        VALID,
        "91110000600037341l",
        " 9111 0000 6000 3734 1L ",
        "911100006-00037341L",
        "９１１１００００６０００３７３４１Ｌ",
    ],
)
def test_typed_forms(typed):
    assert validate_credit_code(typed) == VALID


def test_letter_led_codes_of_other_authorities():
    # 农村集体经济组织 (N2…) are valid GB 32100 codes that stdnum's validate() rejects.
    first17 = "N2370602MF0000000"
    code = first17 + uscc.calc_check_digit(first17)
    assert validate_credit_code(code) == code


def test_empty():
    for value in (None, "", "  "):
        error = refused(value)
        assert error.code == "empty"
        assert "为空" in error.message


@pytest.mark.parametrize(
    "typed",
    [
        "91110000600037341",  # too short
        "91110000600037341LL",  # too long
        "91110000600037341A",  # wrong check character
        "9111000060003734IL",  # I is not allowed
        "9111AB00600037341L",  # region part must be digits
    ],
)
def test_refused(typed):
    error = refused(typed)
    assert error.code == "credit_code"
    assert error.message.startswith("统一社会信用代码校验失败：")


codes = st.builds(
    lambda head, region, body: head + region + body,
    st.text(alphabet=ALPHABET, min_size=2, max_size=2),
    st.from_regex(r"[0-9]{6}", fullmatch=True),
    st.text(alphabet=ALPHABET, min_size=9, max_size=9),
).map(lambda first17: first17 + uscc.calc_check_digit(first17))


@given(codes)
def test_any_code_with_its_check_character_passes(code):
    assert validate_credit_code(code) == code
    assert validate_credit_code(code.lower()) == code


@given(codes, st.integers(min_value=0, max_value=17), st.sampled_from(ALPHABET))
def test_changing_one_character_is_caught(code, position, replacement):
    assume(code[position] != replacement)
    changed = code[:position] + replacement + code[position + 1 :]
    assert refused(changed).code == "credit_code"

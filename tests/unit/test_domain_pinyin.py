"""Pinyin initials of names for search as you type."""

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionapp.domain.pinyin import MAX_VARIANTS, name_initials


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("张红梅", ["zhm"]),
        ("单红梅", ["shm", "dhm"]),
        ("王小明", ["wxm"]),
        ("欧阳修", ["oyx"]),
        ("司马光", ["smg"]),
    ],
)
def test_exact_variants(name, expected):
    assert name_initials(name) == expected


@pytest.mark.parametrize(
    ("name", "surname_first", "everyday"),
    [
        ("曾红", "zh", "ch"),
        ("解放", "xf", "jf"),
        ("仇英", "qy", "cy"),
        ("查良镛", "zly", "cly"),
        ("区志强", "ozq", "qzq"),
        ("覃海", "qh", "th"),
        ("乐平", "yp", "lp"),
        ("召军", "sj", "zj"),
        ("翟明", "zm", "dm"),
        ("长孙无忌", "zswj", "cswj"),
        ("尉迟恭", "ycg", "wcg"),
        ("万俟卨", "mqx", "wsx"),
        ("澹台明", "ttm", "dtm"),
    ],
)
def test_surname_reading_first_and_everyday_reading_kept(name, surname_first, everyday):
    variants = name_initials(name)
    assert variants[0] == surname_first
    assert everyday in variants


@pytest.mark.parametrize(
    ("name", "initials"), [("朴树", "ps"), ("缪娟", "mj"), ("盖伟", "gw"), ("华丽", "hl")]
)
def test_surnames_whose_readings_share_an_initial(name, initials):
    assert name_initials(name)[0] == initials


def test_two_character_name_is_not_a_compound_surname():
    # 单于 alone is surname 单 and given name 于, not the title Chanyu.
    assert name_initials("单于") == ["sy", "dy"]
    assert name_initials("单于红")[0] == "cyh"
    assert "syh" in name_initials("单于红")


def test_given_name_polyphones_add_variants():
    variants = name_initials("张乐乐")
    assert variants[0] == "zll"
    assert "zyy" in variants


def test_non_han_characters():
    assert name_initials("阿卜杜·热合曼") == ["abdrhm"]
    assert name_initials("Tom 李") == ["toml"]
    assert name_initials("Ｌｉ明") == ["lim"]
    assert name_initials("王2小") == ["wx"]
    assert name_initials("") == []
    assert name_initials("·") == []


def test_cap_of_eight():
    variants = name_initials("李长重行朝传乐茜")
    assert len(variants) == MAX_VARIANTS
    assert len(set(variants)) == MAX_VARIANTS


def test_fast_once_cached():
    names = ["张红梅", "单红梅", "王小明", "欧阳娜娜", "李长青", "阿卜杜·热合曼"] * 500
    for name in names:
        name_initials(name)
    start = time.perf_counter()
    for name in names:
        name_initials(name)
    per_name = (time.perf_counter() - start) / len(names)
    # A few µs on a laptop; the bound is loose so a slow CI machine does not fail it.
    assert per_name < 100e-6


common_han = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


@settings(deadline=None)
@given(st.text(alphabet=common_han, min_size=1, max_size=6))
def test_variants_are_lowercase_distinct_and_capped(name):
    variants = name_initials(name)
    assert 1 <= len(variants) <= MAX_VARIANTS
    assert len(set(variants)) == len(variants)
    assert all(v.isascii() and v.isalpha() and v.islower() for v in variants)
    assert len({len(v) for v in variants}) == 1
    assert len(variants[0]) <= len(name)


@settings(deadline=None)
@given(st.text(max_size=12))
def test_any_text_is_safe(name):
    variants = name_initials(name)
    assert len(variants) <= MAX_VARIANTS
    assert all(v.isascii() and v.isalpha() and v.islower() for v in variants)

"""The shortcuts taken for import speed give exactly what the plain code gives: clean_text's fast
path for already-clean text, and the precomputed ID gram values of the search keys."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from unionapp.domain.text import clean_text, to_halfwidth
from unionapp.services.search_keys import _ID_ALPHABET, GRAM_SIZE, gram_value, id_gram_codes

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u180e"))


def reference_clean_text(text: str) -> str:
    """clean_text's steps for a string, without the fast path."""
    text = to_halfwidth(text).translate(_ZERO_WIDTH)
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"^[ '\u2019\u2018]+", "", text).rstrip(" ")


_CELL_TEXT = st.text(alphabet=st.sampled_from(
    list("张红梅龙泉机械厂工会0123456789Xx-./'() ") + ["\u3000", "\u200b", "\uff13", "\uff38", "（", "）", "\t", "\n",
                                                       "\u2019", "·", "é"]
), max_size=24)


@given(_CELL_TEXT)
def test_clean_text_fast_path_matches_the_full_cleaning(text):
    assert clean_text(text) == reference_clean_text(text)


def test_clean_text_fast_path_cases():
    for text in ("张红梅", "370602198901018888", "13800138000", "2019.5.1", "龙泉机械厂工会委员会", ""):
        assert clean_text(text) is text or clean_text(text) == text
    assert clean_text("'370602198901018888") == "370602198901018888"
    assert clean_text("张 红梅 ") == "张 红梅"


@given(st.text(alphabet=st.sampled_from(list("0123456789XA")), min_size=0, max_size=20),
       st.integers(min_value=1, max_value=2**32 - 1))
def test_id_gram_codes_match_gram_value(number, member_id):
    expected = set()
    for i in range(len(number) - GRAM_SIZE + 1):
        value = gram_value(number[i : i + GRAM_SIZE])
        if value is not None:
            expected.add((value << 32) | member_id)
    assert id_gram_codes(member_id, number) == expected


def test_every_gram_is_in_the_table():
    from unionapp.services.search_keys import _GRAM_VALUES

    assert len(_GRAM_VALUES) == len(_ID_ALPHABET) ** GRAM_SIZE
    assert _GRAM_VALUES["0000"] == 0 and _GRAM_VALUES["XXXX"] == 11**4 - 1

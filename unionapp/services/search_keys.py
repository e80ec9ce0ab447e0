"""The keys behind search-as-you-type (DESIGN §9): name bigrams, pinyin initials and ID 4-grams.
Kept in step with every member write, and built in bulk for demo data and imports."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete
from sqlalchemy.orm import Session

from unionapp.db.bulk import bulk_insert
from unionapp.db.models import MemberIdGram, MemberNameKey
from unionapp.domain.pinyin import name_initials

GRAM_SIZE = 4
_ID_ALPHABET = {str(d): d for d in range(10)} | {"X": 10}
_MEMBER_BITS = 32
_MEMBER_MASK = (1 << _MEMBER_BITS) - 1
NAME_KEY_LENGTH = 16


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f" or "\uf900" <= ch <= "\ufaff"


# Dots and spaces inside names (阿依古丽·买买提), which clerks leave out when they search.
NAME_SEPARATORS = "·• ."


def name_letters(name: str) -> str:
    """The name without dots and spaces, which clerks leave out when they search."""
    return "".join(ch for ch in name if ch not in NAME_SEPARATORS)


def name_keys(name: str) -> set[str]:
    """Every 2-character part of the name, plus each reading of its pinyin initials."""
    letters = name_letters(name)
    keys = {letters[i : i + 2] for i in range(len(letters) - 1) if _is_han(letters[i]) or _is_han(letters[i + 1])}
    keys.update(initials[:NAME_KEY_LENGTH] for initials in name_initials(name) if initials)
    return keys


def gram_value(gram: str) -> int | None:
    """A 4-character ID fragment read as a base-11 number (X = 10), or None if it is not one."""
    value = 0
    for ch in gram:
        digit = _ID_ALPHABET.get(ch)
        if digit is None:
            return None
        value = value * 11 + digit
    return value


def gram_range(gram: str) -> tuple[int, int] | None:
    """The inclusive code range holding every member whose ID contains `gram`."""
    value = gram_value(gram)
    if value is None:
        return None
    low = value << _MEMBER_BITS
    return low, low | _MEMBER_MASK


def _all_gram_values() -> dict[str, int]:
    values = {"": 0}
    for _ in range(GRAM_SIZE):
        values = {gram + ch: value * 11 + digit for gram, value in values.items() for ch, digit in _ID_ALPHABET.items()}
    return values


# Every possible 4-character gram (11**4 of them) with its value: bulk imports compute 15 grams
# a member, and one dictionary lookup is several times cheaper than gram_value's loop.
_GRAM_VALUES = _all_gram_values()


def id_gram_codes(member_id: int, id_number: str) -> set[int]:
    codes = set()
    lookup = _GRAM_VALUES.get
    for i in range(len(id_number) - GRAM_SIZE + 1):
        value = lookup(id_number[i : i + GRAM_SIZE])
        if value is not None:
            codes.add((value << _MEMBER_BITS) | member_id)
    return codes


def member_from_code(code: int) -> int:
    return code & _MEMBER_MASK


def remove_member_keys(session: Session, member_id: int, id_number: str) -> None:
    """Drop a member's keys; ID grams hold no member column, so the stored number names them."""
    session.execute(delete(MemberNameKey).where(MemberNameKey.member_id == member_id))
    codes = id_gram_codes(member_id, id_number)
    if codes:
        session.execute(delete(MemberIdGram).where(MemberIdGram.code.in_(codes)))


def index_members(session: Session, members: Iterable[tuple[int, str, str]]) -> None:
    """Insert the keys of members that have none yet (bulk: demo data, imports)."""
    name_rows: list[tuple[str, int]] = []
    codes: list[int] = []
    for member_id, name, id_number in members:
        name_rows.extend((key, member_id) for key in name_keys(name))
        codes.extend(id_gram_codes(member_id, id_number))
    # Sorted rows fill the clustered (key, member_id) B-tree in order instead of at random.
    name_rows.sort()
    bulk_insert(session, MemberNameKey.__table__, ("key", "member_id"), name_rows)
    # Sorted codes append to the table's B-tree in order instead of splitting pages at random
    # (sorted as plain integers: sorting 1-tuples costs several times more).
    codes.sort()
    bulk_insert(session, MemberIdGram.__table__, ("code",), [(code,) for code in codes])

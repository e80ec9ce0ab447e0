"""The keys behind search-as-you-type (DESIGN §9): name bigrams, pinyin initials and ID 4-grams.
Kept in step with every member write, and built in bulk for demo data and imports."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.orm import Session

from unionapp.db.bulk import indexes_rebuilt, insert_key_runs, insert_offset_runs
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


# A name of common Han characters only (nearly every name): no separators to drop, and every
# pair of characters has a Han character in it.
_PLAIN_HAN_NAME = re.compile("[\u4e00-\u9fff]+")


def name_keys(name: str) -> set[str]:
    """Every 2-character part of the name, plus each reading of its pinyin initials."""
    if _PLAIN_HAN_NAME.fullmatch(name):
        keys = {name[i : i + 2] for i in range(len(name) - 1)}
    else:
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
    write_member_keys(session, member_keys(members))


@dataclass
class MemberKeys:
    """The search keys of a batch of members, ready to be written."""

    name_runs: list[tuple[str, list[str]]]  # (key, member ids as text), in key order
    gram_runs: list[tuple[int, list[str]]]  # (gram value << 32, member ids as text), in code order

    @property
    def name_key_count(self) -> int:
        return sum(len(ids) for _key, ids in self.name_runs)


def member_keys(members: Iterable[tuple[int, str, str]]) -> MemberKeys:
    """The keys of (member id, name, ID number) triples; pure Python, no database.

    Both kinds are gathered as runs, one per key with the rising ids of the members that have
    it, for writing in key order: each table then fills its B-tree from one end instead of
    splitting pages at random, SQLite makes the rows of a run itself (bulk.insert_key_runs),
    and no million-row list is built or sorted."""
    name_runs: dict[str, list[str]] = {}
    grams: list[list[str] | None] = [None] * len(_GRAM_VALUES)
    keys_of: dict[str, tuple[str, ...]] = {}  # a roster repeats names: 张伟, 王芳 …
    lookup = _GRAM_VALUES.get
    for member_id, name, id_number in sorted(members, key=_first):
        keys = keys_of.get(name)
        if keys is None:
            keys = keys_of[name] = tuple(name_keys(name))
        text_id = str(member_id)
        for key in keys:
            run = name_runs.get(key)
            if run is None:
                name_runs[key] = [text_id]
            else:
                run.append(text_id)
        for i in range(len(id_number) - GRAM_SIZE + 1):
            value = lookup(id_number[i : i + GRAM_SIZE])
            if value is not None:
                run = grams[value]
                if run is None:
                    grams[value] = [text_id]
                else:
                    run.append(text_id)  # a gram twice in one number is written once
    # Python orders str by code point, SQLite's BINARY collation the UTF-8 bytes: the same order.
    return MemberKeys(sorted(name_runs.items()),
                      [(value << _MEMBER_BITS, ids) for value, ids in enumerate(grams) if ids])


def write_member_keys(session: Session, keys: MemberKeys) -> None:
    with indexes_rebuilt(session, MemberNameKey.__table__, keys.name_key_count):
        insert_key_runs(session, MemberNameKey.__table__, ("key", "member_id"), keys.name_runs)
    insert_offset_runs(session, MemberIdGram.__table__, "code", keys.gram_runs)


def _first(member: tuple) -> int:
    return member[0]

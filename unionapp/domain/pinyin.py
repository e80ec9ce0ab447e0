"""Pinyin initials of names, for search as clerks type ("zhm" finds 张红梅, DESIGN §2.2).

Built for bulk use (a million names when an index is rebuilt): each character is looked up
in pypinyin once and cached, and a name costs a few dictionary lookups after that.
"""

from __future__ import annotations

from itertools import product

MAX_VARIANTS = 8
_MAX_VARYING = 4

# Surnames read differently from the same character in ordinary words. The surname reading
# comes first; the everyday reading is added after it, because clerks type either.
_SURNAME_INITIALS: dict[str, str] = {
    "单": "s",  # Shan
    "曾": "z",  # Zeng
    "解": "x",  # Xie
    "仇": "q",  # Qiu
    "查": "z",  # Zha
    "区": "o",  # Ou
    "朴": "p",  # Piao
    "覃": "q",  # Qin
    "缪": "m",  # Miao
    "盖": "g",  # Ge
    "乐": "y",  # Yue
    "华": "h",  # Hua
    "任": "r",  # Ren
    "燕": "y",  # Yan
    "纪": "j",  # Ji
    "褚": "c",  # Chu
    "召": "s",  # Shao
    "员": "y",  # Yun
    "秘": "b",  # Bi
    "翟": "z",  # Zhai
    "种": "c",  # Chong
    "重": "c",  # Chong
    "长": "c",  # Chang
    "朝": "c",  # Chao
    "车": "c",  # Che
    "句": "g",  # Gou
    "折": "s",  # She
    "繁": "p",  # Po
    "蕃": "p",  # Pi
    "费": "f",  # Fei
    "宓": "f",  # Fu
    "粘": "n",  # Nian
    "隗": "w",  # Wei
    "颉": "x",  # Xie
    "莘": "s",  # Shen
    "尉": "w",  # Wei (as a single surname; 尉迟 is Yuchi)
    "蔚": "y",  # Yu
    "佴": "n",  # Nai
    "祭": "z",  # Zhai
    "谌": "c",  # Chen
    "郇": "h",  # Huan
    "藏": "z",  # Zang
    "盛": "s",  # Sheng
    "行": "x",  # Xing
    "沈": "s",  # Shen
    "石": "s",  # Shi
    "阚": "k",  # Kan
    "冼": "x",  # Xian
    "厍": "s",  # She
    "逄": "p",  # Pang
}

# Compound surnames (复姓): the surname reading first, then everyday readings of the two
# characters. Only applied to names of three or more characters: a two-character name
# such as 单于 is surname 单 with given name 于.
_COMPOUND_SURNAMES: dict[str, tuple[str, ...]] = {
    "尉迟": ("yc", "wc"),
    "万俟": ("mq", "ws", "wq"),
    "长孙": ("zs", "cs"),
    "澹台": ("tt", "dt"),
    "单于": ("cy", "sy", "dy"),
    "欧阳": ("oy",),
    "司马": ("sm",),
    "上官": ("sg",),
    "诸葛": ("zg",),
    "东方": ("df",),
    "皇甫": ("hf",),
    "令狐": ("lh",),
    "慕容": ("mr",),
    "公孙": ("gs",),
    "宇文": ("yw",),
    "夏侯": ("xh",),
    "西门": ("xm",),
    "南宫": ("ng",),
    "独孤": ("dg",),
    "轩辕": ("xy",),
    "钟离": ("zl",),
    "端木": ("dm",),
    "百里": ("bl",),
    "呼延": ("hy",),
    "赫连": ("hl",),
    "闻人": ("wr",),
    "司徒": ("st",),
    "司空": ("sk",),
    "申屠": ("st",),
    "太史": ("ts",),
    "拓跋": ("tb",),
    "公羊": ("gy",),
    "乐正": ("yz", "lz"),
    "亓官": ("qg",),
    "宗政": ("zz",),
    "濮阳": ("py",),
    "淳于": ("cy",),
    "第五": ("dw",),
    "左丘": ("zq",),
    "东郭": ("dg",),
}

# Characters whose second reading really occurs in given names, most common first.
# pypinyin's full heteronym lists also carry archaic readings (红 gong, 重 tong, 覃 yan) that
# would only add noise to the search index, so alternatives come from this short list.
_GIVEN_NAME_INITIALS: dict[str, str] = {
    "乐": "ly",
    "长": "cz",
    "行": "xh",
    "重": "zc",
    "朝": "zc",
    "传": "cz",
    "茜": "qx",
    "蔚": "wy",
    "强": "qj",
    "盛": "sc",
    "晟": "sc",
    "藏": "zc",
    "曾": "zc",
    "单": "ds",
    "解": "jx",
    "查": "cz",
    "仇": "cq",
    "区": "qo",
    "覃": "tq",
    "召": "zs",
    "翟": "dz",
    "种": "zc",
    "车": "cj",
    "秘": "mb",
    "尉": "wy",
    "句": "jg",
    "折": "zs",
    "会": "hk",
    "参": "cs",
    "奇": "qj",
    "降": "jx",
    "宿": "sx",
    "便": "bp",
    "泊": "bp",
    "栎": "ly",
    "厦": "xs",
}

_CHAR_CACHE: dict[str, tuple[str, ...]] = {}
_SURNAME_CACHE: dict[str, tuple[str, ...]] = {}
# A name's first character → its surname readings, or () when it does not start a Han surname.
_FIRST_CACHE: dict[str, tuple[str, ...]] = {}


def _is_han(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x4E00 <= cp <= 0x9FFF  # CJK Unified Ideographs
        or 0x3400 <= cp <= 0x4DBF  # Extension A
        or 0x20000 <= cp <= 0x323AF  # Extensions B–H
        or 0xF900 <= cp <= 0xFAFF  # Compatibility Ideographs
        or cp == 0x3007  # 〇
    )


def _lookup(ch: str) -> tuple[str, ...]:
    """Initials of one character, most likely first; () for characters a search skips."""
    if ch.isascii():
        return (ch.lower(),) if ch.isalpha() else ()
    if 0xFF21 <= ord(ch) <= 0xFF5A:  # full-width Latin letters
        return _lookup(chr(ord(ch) - 0xFEE0))
    if not _is_han(ch):
        return ()  # middle dots, punctuation, other scripts
    if ch in _GIVEN_NAME_INITIALS:
        return tuple(_GIVEN_NAME_INITIALS[ch])
    # Imported here: loading pypinyin's dictionaries takes a noticeable fraction of a second,
    # which the program should not pay at start-up.
    from pypinyin import Style, pinyin

    reading = pinyin(ch, style=Style.FIRST_LETTER, heteronym=False, errors="ignore")
    letter = reading[0][0].lower() if reading and reading[0] else ""
    # Characters pypinyin does not know come back unchanged; they cannot be searched by pinyin.
    return (letter[0],) if letter and "a" <= letter[0] <= "z" else ()


def _char_initials(ch: str) -> tuple[str, ...]:
    try:
        return _CHAR_CACHE[ch]
    except KeyError:
        result = _CHAR_CACHE[ch] = _lookup(ch)
        return result


def _surname_initials(ch: str) -> tuple[str, ...]:
    try:
        return _SURNAME_CACHE[ch]
    except KeyError:
        own = _SURNAME_INITIALS.get(ch, "")
        result = tuple(dict.fromkeys((*own, *_char_initials(ch))))
        _SURNAME_CACHE[ch] = result
        return result


def _combine(units: list[tuple[str, ...]]) -> list[str]:
    primary = "".join([options[0] for options in units])
    if max(map(len, units)) == 1:
        return [primary]  # one reading each, as for most names
    choices = [(index, len(options)) for index, options in enumerate(units) if len(options) > 1]
    # Only the first few ambiguous characters vary: with the cap of eight the later ones would
    # rarely be reached, and a long transliterated name must not cost a big product.
    choices = choices[:_MAX_VARYING]
    ranks = product(*(range(count) for _index, count in choices))
    # Fewest departures from the most likely readings first; among equals, a change at the
    # surname (the front) first, so 曾 → "z…" then "c…" before any given-name alternative.
    ordered = sorted(ranks, key=lambda combo: (sum(combo), [-r for r in combo]))
    variants: list[str] = []
    for combo in ordered:
        picked = [options[0] for options in units]
        for (index, _count), rank in zip(choices, combo, strict=True):
            picked[index] = units[index][rank]
        variants.append("".join(picked))
        if len(variants) == MAX_VARIANTS:
            break
    return list(dict.fromkeys(variants))


def name_initials(name: str) -> list[str]:
    """Lower-case pinyin initials of a name, most likely reading first, at most
    ``MAX_VARIANTS`` distinct variants: 张红梅 → ["zhm"], 单红梅 → ["shm", "dhm"].

    Latin letters are kept (lower-cased); digits, spaces, middle dots and other punctuation
    are skipped. Returns [] when nothing in the name can be spelled."""
    if not name:
        return []
    units = [options for options in map(_char_initials, name) if options]
    if not units:
        return []
    first = name[0]
    surname = _FIRST_CACHE.get(first)
    if surname is None:
        surname = _FIRST_CACHE[first] = _surname_initials(first) if _is_han(first) and _char_initials(first) else ()
    if surname:
        units[0] = surname
        compound = _COMPOUND_SURNAMES.get(name[:2])
        if compound and len(units) >= 3 and _is_han(name[1]):
            # The compound reading covers the first two units; the per-character readings
            # still follow as variants through the compound's own alternatives.
            units = [compound, *units[2:]]
    return _combine(units)

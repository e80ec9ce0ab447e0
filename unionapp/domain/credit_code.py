"""统一社会信用代码 (Unified Social Credit Code, GB 32100-2015) of an employer or a union."""

from __future__ import annotations

from stdnum.cn import uscc

from unionapp.domain.errors import DomainError
from unionapp.domain.text import clean_text

# The 31 characters GB 32100 allows (digits and upper-case letters without I O Z S V).
_ALPHABET = frozenset("0123456789ABCDEFGHJKLMNPQRTUWXY")


def validate_credit_code(text: object) -> str:
    """Return the code upper-cased without spaces or dashes, or raise DomainError
    ("empty" or "credit_code").

    The layout is checked here rather than by ``uscc.validate``: that function requires the
    first two characters to be digits, but GB 32100 lets the registering authority and the
    entity type be letters too (农村集体经济组织 codes start "N2", others "Y1"). The check
    digit itself is stdnum's ``uscc.calc_check_digit``."""
    code = clean_text(text).upper().replace(" ", "").replace("-", "")
    if not code:
        raise DomainError("empty", "统一社会信用代码为空")
    if len(code) != 18:
        _fail(code, f"应为18位，当前为{len(code)}位")
    bad = sorted({ch for ch in code if ch not in _ALPHABET})
    if bad:
        _fail(code, f"含有不允许的字符“{''.join(bad)}”（只能是数字和除 I、O、Z、S、V 以外的大写字母）")
    if not code[2:8].isdigit():
        _fail(code, "第3至8位应为行政区划代码（数字）")
    if code[17] != uscc.calc_check_digit(code[:17]):
        _fail(code, "校验位错误，请核对营业执照或登记证书")
    return code


def _fail(code: str, reason: str) -> None:
    raise DomainError("credit_code", f"统一社会信用代码校验失败：{code}，{reason}")

"""The columns each importer understands: the template's header, the synonyms clerks use for
it in their own sheets, and notes for the template's 填写说明 sheet.

One table per kind drives header matching, the templates, the exports and the refused-rows
report, so that an exported sheet always re-imports (DESIGN §5 round trip)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from unionapp.domain.text import clean_text


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # as written in the template and in exports
    synonyms: tuple[str, ...] = ()
    required: bool = False
    note: str = ""
    example: str = ""
    text: bool = False  # written as a text cell (ID numbers, codes, phones)
    width: int = 12
    import_only: bool = False  # not exported (e.g. 所在镇街 of a member is the union's)
    export_only: bool = False  # exported for reading, ignored on import (会员编号, 会籍状态)


@dataclass(frozen=True)
class Kind:
    key: str  # "members", "organizations", "unorganized"
    label: str  # 会员, 基层工会, 未建会单位
    columns: tuple[Column, ...]
    # At least one of these must be found for a row to count as the header row.
    anchors: tuple[str, ...]

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    @property
    def template_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if not c.export_only)

    @property
    def export_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if not c.import_only)


# Columns every roster has that carry nothing to import; recognised so they are not reported.
IGNORED_HEADERS = frozenset({"序号", "编号", "序", "no", "no.", "错误原因", "原因", "核对结果"})
REASON_HEADER = "错误原因"

_YES_NO = "填“是”或“否”（也可填 √/×、Y/N）"
_DATE = "如 2019-05-01、2019.5.1、2019年5月1日，或 Excel 日期格式"

MEMBERS = Kind(
    "members",
    "会员",
    (
        Column("member_no", "会员编号", ("会员号", "会员证号"), export_only=True, text=True, width=14,
               note="由系统生成，导出时附带；导入时按身份证号码识别会员，不看此列"),
        Column("name", "姓名", ("会员姓名", "职工姓名", "名字"), required=True, width=10, example="张红梅",
               note="必填"),
        Column("sex", "性别", (), example="女", width=6, note="可不填：按身份证号码自动确定，与号码不符时以号码为准"),
        Column("nation", "民族", (), example="汉族", width=8, note="如 汉族（填“汉”也可以）"),
        Column("id_number", "身份证号码",
               ("身份证号", "身份证", "公民身份号码", "公民身份证号码", "证件号码", "证件号", "身份证件号码",
                "居民身份证号码", "居民身份证号", "身份号码", "身份证编号"),
               required=True, text=True, width=21, example="370602198901018889",
               note="必填。18位，末位可为X；15位旧号码会自动转换。该列请设为“文本”格式，否则 Excel 会丢掉末几位"),
        Column("birth_date", "出生日期", ("出生年月", "出生年月日", "生日"), width=12, example="1989-01-01",
               note="可不填：按身份证号码自动确定"),
        Column("phone", "手机号码", ("手机", "手机号", "联系电话", "电话", "联系方式", "电话号码", "移动电话"),
               text=True, width=14, example="13800138000", note="手机11位，固定电话请带区号"),
        Column("education", "学历", ("文化程度", "最高学历"), example="大学本科", width=10),
        Column("skill_level", "技能等级", ("职业技能等级", "技术等级"), example="中级工（四级）", width=12),
        Column("political_status", "政治面貌", (), example="群众", width=12),
        Column("hukou_type", "户籍类型", ("户口类型", "户口性质", "户籍性质"), example="农业户口", width=10),
        Column("is_migrant", "是否农民工", ("农民工", "是否为农民工"), example="否", width=8, note=_YES_NO),
        Column("employment_form", "就业形态", ("用工形式", "用工性质"), example="劳动合同", width=10,
               note="劳动合同 / 劳务派遣 / 灵活就业 / 新就业形态"),
        Column("new_employment_form", "新就业形态", ("新就业形态类别", "新就业形态群体"), width=10,
               note="快递员、外卖送餐员、网约车司机、货车司机、家政服务员、护工护理员、保安员等；不是则空着"),
        Column("employer_name", "工作单位", ("单位", "单位名称", "所在单位", "工作单位名称", "就业单位"), width=24,
               example="龙泉机械厂"),
        Column("post", "岗位", ("职务", "工种", "岗位职务", "职务岗位"), width=10, example="操作工"),
        Column("union", "所属工会", ("工会名称", "所在工会", "基层工会", "基层工会名称", "所属基层工会", "工会"),
               width=24, example="龙泉机械厂工会委员会",
               note="基层工会或分会的全称或简称。系统中没有的工会会新建为基层工会，挂在“所在镇街”的总工会下"),
        Column("township", "所在镇街", ("乡镇", "镇街", "所在乡镇", "乡镇街道", "所在镇", "街道", "乡镇（街道）",
                                       "所在乡镇街道", "镇（街道）"),
               import_only=True, width=12, example="城关镇",
               note="区分同名的工会（与系统中的不符时本行不导入）；新建工会时挂在该镇（街道）总工会下，不填则挂在县总工会下"),
        Column("joined_on", "入会日期", ("入会时间", "入会年月"), width=12, example="2020-05-01",
               note=f"{_DATE}；不能晚于今天；不填则记为导入当天"),
        Column("card_no", "会员卡号", ("会员卡号码", "工会卡号"), text=True, width=14),
        Column("id_type", "证件类型", (), width=10, example="居民身份证",
               note="不填即“居民身份证”；港澳台居民居住证、护照等其他证件不做号码校验"),
        Column("remark", "备注", ("说明",), width=16),
        Column("status", "会籍状态", ("状态",), export_only=True, width=10, note="导出时附带，导入时不看此列"),
    ),
    anchors=("name", "id_number"),
)

ORGANIZATIONS = Kind(
    "organizations",
    "基层工会",
    (
        Column("name", "工会名称", ("工会全称", "基层工会名称", "工会组织名称", "名称"), required=True, width=28,
               example="龙泉机械厂工会委员会", note="必填。系统中已有同名（或同一统一社会信用代码）的工会时更新它"),
        Column("short_name", "简称", ("工会简称",), width=14),
        Column("level", "组织层级", ("层级", "组织类别"), width=12, example="基层工会",
               note="基层工会（默认）/ 分会 / 乡镇（街道）总工会 / 产业（系统）工会 / 工会联合会"),
        Column("union_type", "基层工会类型", ("工会类型", "类型", "建会形式"), width=16, example="单独基层工会",
               note="单独基层工会 / 联合基层工会（区域性）/ 联合基层工会（行业性）"),
        Column("parent", "上级工会", ("上级工会名称", "主管工会"), width=22, example="城关镇总工会",
               note="不填则挂在“所在镇街”的总工会下，都不填挂在县总工会下"),
        Column("township_name", "所在镇街", ("乡镇", "镇街", "所在乡镇", "乡镇街道", "所在镇", "街道"), width=12,
               example="城关镇"),
        Column("founded_on", "建会日期", ("成立日期", "建会时间", "成立时间"), width=12, example="2015-05-01",
               note=_DATE),
        Column("approval_no", "批复文号", ("批准文号",), width=16),
        Column("employer_name", "单位名称", ("建会单位", "建会单位名称", "企业名称", "所在单位"), width=24,
               example="龙泉机械厂"),
        Column("credit_code", "统一社会信用代码", ("信用代码", "社会信用代码", "统一信用代码", "组织机构代码"),
               text=True, width=21, example="91370602MA3C5WQX85", note="18位，会校验"),
        Column("unit_category", "单位类别", ("单位性质", "企业类型", "单位类型"), width=12, example="私营企业"),
        Column("industry", "国民经济行业", ("行业", "行业类别", "所属行业", "行业代码"), width=10, example="C"),
        Column("address", "地址", ("单位地址", "详细地址", "通讯地址"), width=28),
        Column("workers", "职工人数", ("职工数", "职工总数", "从业人数"), width=8, example="120"),
        Column("female_workers", "女职工人数", ("女职工", "女职工数"), width=8, example="40"),
        Column("migrant_workers", "农民工人数", ("农民工", "农民工数"), width=8, example="30"),
        Column("chair_name", "工会主席", ("主席", "主席姓名", "工会主席姓名"), width=10),
        Column("chair_phone", "联系电话", ("主席电话", "主席联系电话", "电话", "手机"), text=True, width=14),
        Column("term_number", "届次", ("第几届",), width=6),
        Column("term_start", "本届开始日期", ("本届起始日期", "任期开始", "换届日期", "届期开始"), width=12,
               note=_DATE),
        Column("term_end", "本届结束日期", ("本届届满日期", "任期结束", "届满日期", "届期结束"), width=12,
               note=_DATE),
        Column("full_time_cadres", "专职干部数", ("专职工会干部数", "专职干部"), width=8),
        Column("legal_cert_no", "法人资格证书号", ("工会法人资格证书号", "法人证书号"), text=True, width=18),
        Column("legal_cert_date", "发证日期", ("法人证书发证日期",), width=12, note=_DATE),
        Column("new_employment_tags", "新就业形态", ("新就业形态群体",), width=16,
               note="覆盖的新就业形态群体，多个用顿号或逗号分开"),
        Column("has_congress", "建立职代会", ("职代会", "是否建立职代会"), width=8, note=_YES_NO),
        Column("has_open_affairs", "实行厂务公开", ("厂务公开", "是否实行厂务公开"), width=8, note=_YES_NO),
        Column("has_collective_contract", "签订集体合同", ("集体合同", "是否签订集体合同"), width=8, note=_YES_NO),
        Column("has_audit_committee", "建立经审会", ("经审会",), width=8, note=_YES_NO),
        Column("has_women_committee", "建立女职委", ("女职委",), width=8, note=_YES_NO),
        Column("has_mediation_committee", "建立调解委员会", ("劳动争议调解委员会", "调解委员会"), width=8,
               note=_YES_NO),
        Column("member_count", "会员人数", (), export_only=True, width=8,
               note="按会员名册统计，导出时附带，导入时不看此列"),
        Column("remark", "备注", ("说明",), width=16),
    ),
    anchors=("name",),
)

UNORGANIZED = Kind(
    "unorganized",
    "未建会单位",
    (
        Column("name", "单位名称", ("企业名称", "用人单位", "用人单位名称", "名称"), required=True, width=28,
               example="龙泉顺达物流有限公司", note="必填。系统中已有同名（或同一统一社会信用代码）的单位时更新它"),
        Column("credit_code", "统一社会信用代码", ("信用代码", "社会信用代码", "统一信用代码"), text=True, width=21,
               note="18位，会校验"),
        Column("unit_category", "单位类别", ("单位性质", "企业类型", "单位类型"), width=12, example="私营企业"),
        Column("industry", "国民经济行业", ("行业", "行业类别", "所属行业", "行业代码"), width=10, example="G"),
        Column("address", "地址", ("单位地址", "详细地址"), width=28),
        Column("township", "所在镇街", ("乡镇", "镇街", "所在乡镇", "乡镇街道", "所在镇", "街道"), width=12,
               example="城关镇", note="系统中的乡镇（街道）总工会名称或其简称"),
        Column("workers", "职工人数", ("职工数", "职工总数", "从业人数"), width=8, example="35"),
        Column("migrant_workers", "农民工人数", ("农民工", "农民工数"), width=8, example="20"),
        Column("reason", "未建会原因", ("原因类别", "未建会原因类别"), width=16, example="职工人数少"),
        Column("reason_detail", "原因说明", ("未建会原因说明", "具体原因"), width=24),
        Column("responsible_person", "责任人", ("包联责任人", "联系人", "负责人"), width=10),
        Column("planned_on", "计划建会日期", ("计划建会时间", "预计建会日期"), width=12, note=_DATE),
        Column("remark", "备注", ("说明",), width=16),
    ),
    anchors=("name",),
)

KINDS: dict[str, Kind] = {k.key: k for k in (MEMBERS, ORGANIZATIONS, UNORGANIZED)}

# Brackets hold hints such as "（必填）", "(18位)", "（yyyy-mm-dd）"; stars mark required columns.
_HINT = re.compile(r"[（(【\[].*?[）)】\]]")
_NOISE = re.compile(r"[\s*＊:：#]")


def header_key(value: object) -> str:
    """A header cell reduced to what is compared: hints, stars and spaces removed."""
    text = clean_text(value)
    if not text:
        return ""
    stripped = _NOISE.sub("", _HINT.sub("", text))
    return (stripped or _NOISE.sub("", text)).lower()


def synonym_table(kind: Kind) -> dict[str, str]:
    """header_key → column key, for the template header and every synonym."""
    table: dict[str, str] = {}
    for column in kind.columns:
        for name in (column.header, *column.synonyms):
            table.setdefault(header_key(name), column.key)
    return table

"""Seed data for the editable code tables (DESIGN §2: 民族, 学历, 政治面貌, 行业, 单位性质 …).

Each :class:`CodeCategory` is one dictionary. Where a national standard exists its codes are used
verbatim and ``standard`` names it; lists that only exist in union practice carry ``standard == ""``
and local codes:

* two-digit sequential codes ``"01"``, ``"02"`` … with ``"99"`` for 其他;
* ``unit_category`` uses ``"10"``, ``"20"`` …;
* ``membership_status`` and ``org_status`` use English slugs, because program logic keys on them.

The tables are seeded once into the database and may then be edited by the clerks; this module
is only the starting point, so nothing else should assume a code table never changes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CodeCategory:
    key: str  # English slug, e.g. "nation"
    label: str  # Chinese name, e.g. "民族"
    standard: str  # e.g. "GB/T 3304-1991", or "" for local lists
    items: tuple[tuple[str, str], ...]  # (code, name) in display order


def _local(*names: str) -> tuple[tuple[str, str], ...]:
    """Local list: codes "01", "02" … in the given order, and "99" for a trailing 其他."""
    items: list[tuple[str, str]] = []
    for i, name in enumerate(names, start=1):
        code = "99" if name == "其他" else f"{i:02d}"
        items.append((code, name))
    return tuple(items)


# GB/T 3304-1991 中国各民族名称的罗马字母拼写法和代码, in the standard's order.
_NATIONS: tuple[str, ...] = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
    "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
    "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
    "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
    "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
    "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
)  # fmt: skip

NATION = CodeCategory(
    key="nation",
    label="民族",
    standard="GB/T 3304-1991",
    items=tuple((f"{i:02d}", name) for i, name in enumerate(_NATIONS, start=1))
    + (("97", "其他"), ("98", "外国血统中国籍人士")),
)

# GA/T 517-2004 常用证件代码. 516 is listed there as 港澳同胞回乡证（通行卡）, the document renamed
# 港澳居民来往内地通行证 in 2013; 414 is 普通护照. The 港澳台居民居住证 (issued since 2018) postdates the
# standard and has no code in it, so "900" is a local code outside the standard's used ranges.
ID_TYPE = CodeCategory(
    key="id_type",
    label="证件类型",
    standard="GA/T 517-2004",
    items=(
        ("111", "居民身份证"),
        ("516", "港澳居民来往内地通行证"),
        ("511", "台湾居民来往大陆通行证"),
        ("900", "港澳台居民居住证"),
        ("553", "外国人永久居留身份证"),
        ("414", "护照"),
        ("990", "其他"),
    ),
)

# GB/T 2261.1-2003 (0 未知的性别 and 9 未说明的性别 are left out: a member's sex is always known).
GENDER = CodeCategory(
    key="gender",
    label="性别",
    standard="GB/T 2261.1-2003",
    items=(("1", "男"), ("2", "女")),
)

# GB/T 4658-2006 学历代码: the "毕业" code of each level, as printed on union forms.
EDUCATION = CodeCategory(
    key="education",
    label="学历",
    standard="GB/T 4658-2006",
    items=(
        ("11", "研究生（博士）"),
        ("14", "研究生（硕士）"),
        ("21", "大学本科"),
        ("31", "大学专科"),
        ("41", "中等专科"),
        ("44", "职业高中"),
        ("47", "技工学校"),
        ("61", "普通高中"),
        ("71", "初中"),
        ("81", "小学"),
        ("90", "其他"),
    ),
)

POLITICAL_STATUS = CodeCategory(
    key="political_status",
    label="政治面貌",
    standard="GB/T 4762-1984",
    items=(
        ("01", "中国共产党党员"),
        ("02", "中国共产党预备党员"),
        ("03", "中国共产主义青年团团员"),
        ("04", "中国国民党革命委员会会员"),
        ("05", "中国民主同盟盟员"),
        ("06", "中国民主建国会会员"),
        ("07", "中国民主促进会会员"),
        ("08", "中国农工民主党党员"),
        ("09", "中国致公党党员"),
        ("10", "九三学社社员"),
        ("11", "台湾民主自治同盟盟员"),
        ("12", "无党派民主人士"),
        ("13", "群众"),
    ),
)

# DESIGN §2.1 单位类别 (国有/集体/私营/港澳台/外资/事业/机关/个体/民办非企业 …); local codes.
UNIT_CATEGORY = CodeCategory(
    key="unit_category",
    label="单位类别",
    standard="",
    items=(
        ("10", "国有企业"),
        ("20", "集体企业"),
        ("30", "私营企业"),
        ("40", "港澳台商投资企业"),
        ("50", "外商投资企业"),
        ("60", "事业单位"),
        ("70", "机关"),
        ("80", "个体工商户"),
        ("90", "民办非企业单位"),
        ("91", "社会团体"),
        ("99", "其他"),
    ),
)

# GB/T 4754-2017 国民经济行业分类, the 20 sections (门类); names unchanged by amendment No. 1 (2019).
INDUSTRY = CodeCategory(
    key="industry",
    label="国民经济行业门类",
    standard="GB/T 4754-2017",
    items=(
        ("A", "农、林、牧、渔业"),
        ("B", "采矿业"),
        ("C", "制造业"),
        ("D", "电力、热力、燃气及水生产和供应业"),
        ("E", "建筑业"),
        ("F", "批发和零售业"),
        ("G", "交通运输、仓储和邮政业"),
        ("H", "住宿和餐饮业"),
        ("I", "信息传输、软件和信息技术服务业"),
        ("J", "金融业"),
        ("K", "房地产业"),
        ("L", "租赁和商务服务业"),
        ("M", "科学研究和技术服务业"),
        ("N", "水利、环境和公共设施管理业"),
        ("O", "居民服务、修理和其他服务业"),
        ("P", "教育"),
        ("Q", "卫生和社会工作"),
        ("R", "文化、体育和娱乐业"),
        ("S", "公共管理、社会保障和社会组织"),
        ("T", "国际组织"),
    ),
)

UNION_TYPE = CodeCategory(
    key="union_type",
    label="工会类型",
    standard="",
    items=_local("单独基层工会", "联合基层工会（区域性）", "联合基层工会（行业性）"),
)

ORG_LEVEL = CodeCategory(
    key="org_level",
    label="组织层级",
    standard="",
    items=_local("县总工会", "乡镇（街道）总工会", "产业（系统）工会", "工会联合会", "基层工会", "分会"),
)

# The groups named in DESIGN §2.1 plus the rest of the ACFTU "八大群体" (商场信息员, 房产中介员)
# and 网络主播. 网约配送员 (the occupational title) is covered by 外卖送餐员 and 快递员.
NEW_EMPLOYMENT_FORM = CodeCategory(
    key="new_employment_form",
    label="新就业形态",
    standard="",
    items=_local(
        "快递员",
        "外卖送餐员",
        "网约车司机",
        "货车司机",
        "家政服务员",
        "护工护理员",
        "保安员",
        "商场信息员",
        "房产中介员",
        "网络主播",
        "其他",
    ),
)

EMPLOYMENT_FORM = CodeCategory(
    key="employment_form",
    label="就业形态",
    standard="",
    items=_local("劳动合同", "劳务派遣", "灵活就业", "新就业形态", "其他"),
)

# 国家职业资格 levels keep their level number as the code (五级 = "5" … 一级 = "1"); "0" is none.
# 特级技师 and 首席技师 (the 2022 "新八级工" ranks above 一级) have no number, so they get letters.
SKILL_LEVEL = CodeCategory(
    key="skill_level",
    label="技能等级",
    standard="",
    items=(
        ("0", "无"),
        ("5", "初级工（五级）"),
        ("4", "中级工（四级）"),
        ("3", "高级工（三级）"),
        ("2", "技师（二级）"),
        ("1", "高级技师（一级）"),
        ("T", "特级技师"),
        ("S", "首席技师"),
    ),
)

# 居民户口 is the unified household registration that replaced the 农业/非农业 split (2014 reform).
HUKOU_TYPE = CodeCategory(
    key="hukou_type",
    label="户籍类型",
    standard="",
    items=_local("农业户口", "非农业户口", "居民户口", "其他"),
)

# Current 会籍 status, derived from the dated membership events (DESIGN §2.2); the slugs are used
# by program logic, so they must not be edited.
MEMBERSHIP_STATUS = CodeCategory(
    key="membership_status",
    label="会籍状态",
    standard="",
    items=(
        ("active", "正常"),
        ("retained", "保留会籍"),
        ("transferred_out", "已转出"),
        ("left", "已退会"),
        ("expelled", "已除名"),
        ("deceased", "已去世"),
    ),
)

ORG_STATUS = CodeCategory(
    key="org_status",
    label="组织状态",
    standard="",
    items=(("normal", "正常"), ("dissolved", "撤销"), ("merged", "合并")),
)

NO_UNION_REASON = CodeCategory(
    key="no_union_reason",
    label="未建会原因",
    standard="",
    items=_local(
        "职工人数少", "企业负责人不支持", "职工入会意愿不强", "流动性大", "新成立单位", "经营困难", "其他"
    ),
)

HARDSHIP_CATEGORY = CodeCategory(
    key="hardship_category",
    label="困难类别",
    standard="",
    items=_local("深度困难", "相对困难", "意外致困"),
)

# DESIGN §2.3, the exact list of 主要致困原因.
HARDSHIP_CAUSE = CodeCategory(
    key="hardship_cause",
    label="致困原因",
    standard="",
    items=_local(
        "无劳动能力",
        "有劳动能力未就业",
        "下岗失业",
        "未参加社保",
        "社保待遇落实不到位",
        "患重特大疾病",
        "遭受自然灾害",
        "遭受意外事故",
        "子女上学",
        "其他",
    ),
)

AID_KIND = CodeCategory(
    key="aid_kind",
    label="帮扶活动类型",
    standard="",
    items=_local(
        "送温暖", "金秋助学", "夏送清凉", "医疗救助", "生活救助", "临时救助", "劳模慰问", "节日慰问", "其他"
    ),
)

HONOUR_TITLE = CodeCategory(
    key="honour_title",
    label="荣誉称号",
    standard="",
    items=_local(
        "劳动模范", "先进工作者", "五一劳动奖章", "工匠", "技术能手", "五一劳动奖状", "工人先锋号", "其他"
    ),
)

HONOUR_LEVEL = CodeCategory(
    key="honour_level",
    label="级别",
    standard="",
    items=_local("全国", "省部级", "市级", "县级"),
)

# GB/T 2261.3-2003 健康状况代码, one-digit form (4 and 5 are not used by the standard).
HEALTH = CodeCategory(
    key="health",
    label="健康状况",
    standard="GB/T 2261.3-2003",
    items=(("1", "健康或良好"), ("2", "一般或较弱"), ("3", "有慢性病"), ("6", "残疾")),
)

MARRIAGE = CodeCategory(
    key="marriage",
    label="婚姻状况",
    standard="GB/T 2261.2-2003",
    items=(
        ("10", "未婚"),
        ("20", "已婚"),
        ("21", "初婚"),
        ("22", "再婚"),
        ("23", "复婚"),
        ("30", "丧偶"),
        ("40", "离婚"),
        ("90", "未说明的婚姻状况"),
    ),
)

HOUSING = CodeCategory(
    key="housing",
    label="住房情况",
    standard="",
    items=_local(
        "自有住房",
        "租住公租房（廉租房）",
        "租住私房",
        "借住亲友住房",
        "单位宿舍",
        "无固定住所",
        "其他",
    ),
)

# The hardship file's other lists (DESIGN §2.3), local to union practice.
WORK_STATUS = CodeCategory(
    key="work_status",
    label="工作状态",
    standard="",
    items=_local("在岗", "下岗", "失业", "内退", "退休", "灵活就业", "无劳动能力", "其他"),
)

MEDICAL_INSURANCE = CodeCategory(
    key="medical_insurance",
    label="医疗保险",
    standard="",
    items=_local("城镇职工基本医疗保险", "城乡居民基本医疗保险", "公费医疗", "商业医疗保险", "未参保", "其他"),
)

MODEL_WORKER_TYPE = CodeCategory(
    key="model_worker_type",
    label="劳模类型",
    standard="",
    items=_local("全国劳动模范", "省部级劳动模范", "市级劳动模范", "县级劳动模范", "五一劳动奖章获得者", "其他先进"),
)

# 金秋助学: a campaign's standards and each student's disbursement are matched by this name.
SCHOOL_LEVEL = CodeCategory(
    key="school_level",
    label="学段",
    standard="",
    items=_local("小学", "初中", "高中", "中职", "大学专科", "大学本科", "研究生"),
)

FAMILY_RELATION = CodeCategory(
    key="family_relation",
    label="家庭成员关系",
    standard="",
    items=_local("配偶", "子", "女", "父亲", "母亲", "岳父", "岳母", "公公", "婆婆", "兄弟姐妹", "孙子女", "其他"),
)

VISIT_KIND = CodeCategory(
    key="visit_kind",
    label="走访类型",
    standard="",
    items=_local("困难职工", "劳模", "一线职工", "节日", "生病住院", "新就业形态", "企业"),
)

CASE_KIND = CodeCategory(
    key="case_kind",
    label="案件类型",
    standard="",
    items=_local("欠薪", "工伤", "解除劳动合同", "社保", "加班", "其他"),
)

SERVICE_POST_KIND = CodeCategory(
    key="service_post_kind",
    label="阵地类型",
    standard="",
    items=_local("职工之家", "职工驿站", "户外劳动者服务站", "职工书屋", "其他"),
)

CONTRACT_KIND = CodeCategory(
    key="contract_kind",
    label="集体合同类型",
    standard="",
    items=_local("综合", "工资专项", "女职工专项", "劳动安全卫生"),
)


CATEGORIES: tuple[CodeCategory, ...] = (
    NATION,
    ID_TYPE,
    GENDER,
    EDUCATION,
    POLITICAL_STATUS,
    UNIT_CATEGORY,
    INDUSTRY,
    UNION_TYPE,
    ORG_LEVEL,
    NEW_EMPLOYMENT_FORM,
    EMPLOYMENT_FORM,
    SKILL_LEVEL,
    HUKOU_TYPE,
    MEMBERSHIP_STATUS,
    ORG_STATUS,
    NO_UNION_REASON,
    HARDSHIP_CATEGORY,
    HARDSHIP_CAUSE,
    AID_KIND,
    HONOUR_TITLE,
    HONOUR_LEVEL,
    HEALTH,
    MARRIAGE,
    HOUSING,
    WORK_STATUS,
    MEDICAL_INSURANCE,
    MODEL_WORKER_TYPE,
    SCHOOL_LEVEL,
    FAMILY_RELATION,
    VISIT_KIND,
    CASE_KIND,
    SERVICE_POST_KIND,
    CONTRACT_KIND,
)

_BY_KEY: dict[str, CodeCategory] = {c.key: c for c in CATEGORIES}


def category(key: str) -> CodeCategory:
    """The category with this key; ``KeyError`` if there is none."""
    try:
        return _BY_KEY[key]
    except KeyError:
        raise KeyError(f"unknown code category: {key!r}") from None


def names(key: str) -> tuple[str, ...]:
    """The names of a category's items, in display order."""
    return tuple(name for _code, name in category(key).items)

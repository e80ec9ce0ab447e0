"""The columns of the hardship and aid sheets (DESIGN §5): hardship files and disbursements in
and out, campaigns and visits out. Same shape as sheets.columns, so header matching, templates
and the refused-rows report work on them unchanged."""

from __future__ import annotations

from unionapp.sheets.columns import Column, Kind

_ID_SYNONYMS = ("身份证号", "身份证", "公民身份号码", "公民身份证号码", "证件号码", "证件号", "身份证件号码",
                "居民身份证号码", "居民身份证号", "身份号码")
_DATE = "如 2026-01-20、2026.1.20、2026年1月20日，或 Excel 日期格式"
_YES_NO = "填“是”或“否”（也可填 √/×、Y/N）"

HARDSHIP = Kind(
    "hardship",
    "困难职工档案",
    (
        Column("file_no", "档案编号", ("档案号",), export_only=True, text=True, width=14,
               note="由系统生成，导出时附带；导入时按档案编号识别档案（无编号时按身份证号码）"),
        Column("name", "姓名", ("职工姓名", "困难职工姓名", "户主姓名"), required=True, width=10, example="王建军",
               note="必填"),
        Column("id_number", "身份证号码", _ID_SYNONYMS, required=True, text=True, width=21,
               example="370602197805123015", note="必填。18位；该列请设为“文本”格式。已是会员的按会员建档"),
        Column("sex", "性别", (), export_only=True, width=6),
        Column("unit_name", "工作单位", ("单位", "单位名称", "所在单位", "工作单位名称"), width=24, example="龙旺庄超市"),
        Column("union", "所属工会", ("工会名称", "所在工会", "基层工会", "基层工会名称", "建档工会"), width=24,
               example="龙旺庄超市工会", note="非会员必填（会员按其所属工会）：基层工会或乡镇（街道）总工会的名称"),
        Column("township", "所在镇街", ("乡镇", "镇街", "所在乡镇", "乡镇街道", "街道"), import_only=True, width=12,
               note="“所属工会”不填时，档案归属该镇（街道）总工会"),
        Column("phone", "联系电话", ("电话", "手机", "手机号码", "联系方式"), text=True, width=14),
        Column("address", "家庭住址", ("住址", "家庭地址", "现住址"), width=28),
        Column("category", "困难类别", ("困难程度", "困难类型", "类别"), required=True, width=10, example="深度困难",
               note="深度困难 / 相对困难 / 意外致困"),
        Column("main_cause", "主要致困原因", ("致困原因", "主要困难原因", "困难原因"), required=True, width=14,
               example="患重特大疾病"),
        Column("secondary_causes", "次要致困原因", ("其他致困原因", "次要困难原因"), width=20,
               note="最多三项，用顿号分开"),
        Column("health", "健康状况", ("身体状况",), width=10, example="有慢性病"),
        Column("work_status", "工作状态", ("就业状况", "就业状态"), width=10, example="在岗"),
        Column("marriage", "婚姻状况", ("婚姻",), width=8, example="已婚"),
        Column("housing", "住房情况", ("住房", "住房状况"), width=12, example="自有住房"),
        Column("hukou", "户口性质", ("户口", "户籍类型", "户口类型", "户籍性质"), width=10, example="非农业户口"),
        Column("medical_insurance", "医疗保险", ("医保", "医保类型", "参加医保情况"), width=16),
        Column("monthly_income", "本人月收入", ("月收入", "本人月收入（元）"), width=10),
        Column("family_annual_income", "家庭年收入", ("家庭年总收入", "家庭年收入（元）"), width=10),
        Column("family_size", "家庭人口", ("家庭人口数", "家庭成员人数", "家庭人数"), width=8),
        Column("per_capita_monthly", "家庭月人均收入", (), export_only=True, width=10,
               note="按家庭年收入 ÷ 12 ÷ 家庭人口计算，导入时不看此列"),
        Column("single_parent", "是否单亲家庭", ("单亲家庭", "单亲"), width=8, note=_YES_NO),
        Column("zero_employment", "是否零就业家庭", ("零就业家庭", "零就业"), width=8, note=_YES_NO),
        Column("model_worker_type", "劳模类型", ("劳模", "是否劳模"), width=12),
        Column("bank_name", "开户银行", ("开户行",), width=14),
        Column("bank_account", "银行账号", ("银行卡号", "账号", "卡号"), text=True, width=22),
        Column("situation", "困难情况说明", ("困难情况", "致困情况说明", "家庭困难情况"), width=30),
        Column("filed_on", "建档日期", ("建档时间",), width=12, note=_DATE),
        Column("status", "档案状态", ("状态",), export_only=True, width=8),
        Column("reviewed_by", "审核人", (), export_only=True, width=10),
        Column("remark", "备注", ("说明",), width=16),
    ),
    anchors=("name", "id_number"),
)

AID = Kind(
    "aid",
    "帮扶发放记录",
    (
        Column("campaign_number", "活动编号", ("帮扶活动编号", "活动号"), required=True, text=True, width=10,
               example="2026-001", note="必填：系统中帮扶活动的编号"),
        Column("campaign_name", "活动名称", (), export_only=True, width=20),
        Column("name", "姓名", ("受助人", "受助人姓名", "领取人", "职工姓名"), required=True, width=10, example="王建军"),
        Column("id_number", "身份证号码", _ID_SYNONYMS, required=True, text=True, width=21,
               example="370602197805123015", note="必填。同一活动中同一人只能领取一次"),
        Column("unit_name", "单位", ("工作单位", "所在单位", "单位名称"), width=24),
        Column("category", "类别", ("困难类别",), width=10),
        Column("amount", "金额", ("发放金额", "慰问金", "金额（元）", "救助金额", "资助金额"), width=10, example="1000",
               note="金额和物品都不填时按活动的发放标准"),
        Column("goods", "物品", ("发放物品", "慰问品", "慰问物品"), width=16),
        Column("goods_value", "物品价值", ("物品价值（元）",), width=10),
        Column("paid_on", "发放日期", ("发放时间", "领取日期"), width=12, note=_DATE),
        Column("handler", "经办人", (), width=10),
        Column("student_name", "学生姓名", ("受助学生", "受助学生姓名"), width=10, note="金秋助学必填"),
        Column("school", "就读学校", ("学校", "录取学校"), width=20),
        Column("school_level", "学段", ("就读阶段", "学历层次"), width=10, note="小学 / 初中 / 高中 / 中职 / 大学专科 / 大学本科 / 研究生"),
        Column("enrolment_year", "入学年份", ("入学年度", "入学时间"), width=8),
        Column("illness", "所患疾病", ("病种", "疾病名称", "患病情况"), width=16, note="医疗救助必填"),
        Column("remark", "备注", ("说明",), width=16),
    ),
    anchors=("name", "id_number"),
)

CAMPAIGNS = Kind(
    "campaigns",
    "帮扶活动",
    (
        Column("number", "活动编号", (), text=True, width=10),
        Column("name", "活动名称", (), width=24),
        Column("year", "年度", (), width=6),
        Column("kind", "活动类型", (), width=10),
        Column("budget", "预算（元）", (), width=12),
        Column("fund_source", "资金来源", (), width=18),
        Column("people", "发放人次", (), width=8),
        Column("money", "发放金额（元）", (), width=12),
        Column("goods_value", "物品价值（元）", (), width=12),
        Column("left", "预算结余（元）", (), width=12),
        Column("status", "状态", (), width=8),
    ),
    anchors=("number",),
)

VISITS = Kind(
    "visits",
    "走访慰问记录",
    (
        Column("record_no", "登记编号", (), text=True, width=14),
        Column("visited_on", "走访日期", (), width=12),
        Column("kind", "走访类型", (), width=10),
        Column("visitors", "走访人员", (), width=20),
        Column("target", "对象类别", (), width=10),
        Column("visitee_name", "走访对象", (), width=14),
        Column("visitee_id_number", "身份证号码", (), text=True, width=21),
        Column("visitee_unit", "单位", (), width=22),
        Column("org", "所属工会", (), width=22),
        Column("place", "走访地点", (), width=18),
        Column("money", "慰问金（元）", (), width=10),
        Column("goods", "慰问物品", (), width=20),
        Column("goods_value", "物品价值（元）", (), width=10),
        Column("learned", "了解的情况和诉求", (), width=30),
        Column("follow_up", "需跟进事项", (), width=24),
        Column("outcome", "跟进结果", (), width=24),
        Column("closed_on", "办结日期", (), width=12),
        Column("disbursement", "关联发放", (), width=24),
    ),
    anchors=("record_no",),
)

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <source>Open-source components in this program and their licences:</source>
        <translation>本程序包含的开源组件及其许可证：</translation>
    </message>
    <message>
        <source>Licence texts</source>
        <translation>许可证全文</translation>
    </message>
</context>
<context>
    <name>AidSupport</name>
    <message>
        <source>Making the document…</source>
        <translation>正在生成文档…</translation>
    </message>
    <message>
        <source>These characters are in no installed font and will print as blanks: %1</source>
        <translation>以下字符在已安装的字体中没有，打印时将为空白：%1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows saved to %2</source>
        <translation>已将 %1 行保存到 %2</translation>
    </message>
    <message>
        <source>Nothing found. Try the full name or more digits.</source>
        <translation>没有找到。请输入完整姓名或更多位数字。</translation>
    </message>
    <message>
        <source>Several match; choose one:</source>
        <translation>找到多条，请选择一条：</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.

Reason: %2

Check that the file exists and is not opened by another program, or that the database server can be reached.</source>
        <translation>无法打开数据库 %1。

原因：%2

请检查该文件是否存在、是否被其他程序占用，或数据库服务器能否连通。</translation>
    </message>
    <message>
        <source>The data location chosen for this computer cannot be used now.

Open this computer&apos;s default data file instead? The chosen location is kept; change it under Tools ▸ Settings.</source>
        <translation>本机设置的数据位置现在无法使用。

是否改为打开本机的默认数据文件？原来设置的位置会保留，可以在“工具 → 系统设置”中修改。</translation>
    </message>
    <message>
        <source>County Trade Union Management</source>
        <translation>县级工会业务管理系统</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Employer without a union</source>
        <translation>未建会单位</translation>
    </message>
    <message>
        <source>Organising follow-up</source>
        <translation>建会跟进</translation>
    </message>
    <message>
        <source>Membership transfer</source>
        <translation>会籍接转</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>字典</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>撤销/合并原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Position in the tree</source>
        <translation>树路径</translation>
    </message>
    <message>
        <source>Parent union</source>
        <translation>上级工会</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Union type</source>
        <translation>工会类型</translation>
    </message>
    <message>
        <source>Units covered</source>
        <translation>覆盖单位</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>所在镇街</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>建会日期</translation>
    </message>
    <message>
        <source>Approval document no.</source>
        <translation>批复文号</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Unit category</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>国民经济行业</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>Female workers</source>
        <translation>女职工人数</translation>
    </message>
    <message>
        <source>Migrant workers</source>
        <translation>农民工人数</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>工会主席</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Term no.</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>本届开始日期</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>本届结束日期</translation>
    </message>
    <message>
        <source>Full-time cadres</source>
        <translation>专职干部数</translation>
    </message>
    <message>
        <source>Legal-person certificate no.</source>
        <translation>法人资格证书号</translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>New forms of employment</source>
        <translation>新就业形态</translation>
    </message>
    <message>
        <source>Workers&apos; congress</source>
        <translation>职代会</translation>
    </message>
    <message>
        <source>Workers&apos; congress held on</source>
        <translation>职代会日期</translation>
    </message>
    <message>
        <source>Open factory affairs</source>
        <translation>厂务公开</translation>
    </message>
    <message>
        <source>Open factory affairs since</source>
        <translation>厂务公开日期</translation>
    </message>
    <message>
        <source>Collective contract</source>
        <translation>集体合同</translation>
    </message>
    <message>
        <source>Collective contract signed on</source>
        <translation>集体合同签订日期</translation>
    </message>
    <message>
        <source>Funds audit committee</source>
        <translation>经审会</translation>
    </message>
    <message>
        <source>Women workers&apos; committee</source>
        <translation>女职委</translation>
    </message>
    <message>
        <source>Labour dispute mediation committee</source>
        <translation>劳动争议调解委员会</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <source>Township union</source>
        <translation>所属乡镇（街道）工会</translation>
    </message>
    <message>
        <source>Reason in detail</source>
        <translation>未建会原因说明</translation>
    </message>
    <message>
        <source>Person responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>计划建会日期</translation>
    </message>
    <message>
        <source>Union founded</source>
        <translation>建会后的工会</translation>
    </message>
    <message>
        <source>Union founded on</source>
        <translation>建会日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>May view sensitive information</source>
        <translation>查看敏感信息</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Limited to the union</source>
        <translation>管辖范围</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No entry selected.</source>
        <translation>未选中任何记录。</translation>
    </message>
    <message>
        <source>No field values were recorded.</source>
        <translation>此条记录没有字段变化。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>操作(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Record kind:</source>
        <translation>记录类型(&amp;R)：</translation>
    </message>
    <message>
        <source>Record &amp;no.:</source>
        <translation>记录编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Only between</source>
        <translation>仅限日期(&amp;O)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除条件(&amp;L)</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>修改前 → 修改后</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>BulkAidDialog</name>
    <message>
        <source>Every household on file that matches gets the campaign&apos;s standard for its category. Households already paid in this campaign are skipped.</source>
        <translation>符合条件的每户在档困难职工按其困难类别的发放标准生成发放记录；本次活动中已领取过的户自动跳过。</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any cause</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Households of…</source>
        <translation>选择范围…</translation>
    </message>
    <message>
        <source>A township (or any union): every household on file under it.</source>
        <translation>选择乡镇（街道）或任一工会：其下所有在档困难职工。</translation>
    </message>
    <message>
        <source>%1 households, %2 yuan</source>
        <translation>%1 户，金额 %2 元</translation>
    </message>
    <message>
        <source>, goods worth %1 yuan</source>
        <translation>，物品价值 %1 元</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>Generate anyway?</source>
        <translation>仍然生成吗？</translation>
    </message>
    <message>
        <source>Generating payments…</source>
        <translation>正在生成发放记录…</translation>
    </message>
    <message>
        <source>%1 payments generated, %2 yuan.</source>
        <translation>已生成发放记录 %1 条，金额 %2 元。</translation>
    </message>
    <message>
        <source>Payments generated</source>
        <translation>已生成发放记录</translation>
    </message>
    <message>
        <source>Generate payments from files</source>
        <translation>按档案批量生成发放记录</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>帮扶活动：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>困难类别：</translation>
    </message>
    <message>
        <source>Township or union:</source>
        <translation>乡镇或工会：</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Main cause:</source>
        <translation>主要致困原因：</translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation>发放日期：</translation>
    </message>
    <message>
        <source>e.g. 2026-01-25</source>
        <translation>如 2026-01-25</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>What will be generated</source>
        <translation>将要生成</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Category</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <source>School level</source>
        <translation>学段</translation>
    </message>
    <message>
        <source>Family on file</source>
        <translation>建档家庭</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Value of goods</source>
        <translation>物品价值</translation>
    </message>
    <message>
        <source>New aid campaign</source>
        <translation>新建帮扶活动</translation>
    </message>
    <message>
        <source>given when saved</source>
        <translation>保存后生成</translation>
    </message>
    <message>
        <source>%1 yuan paid to %2 people</source>
        <translation>已发放 %1 元，%2 人</translation>
    </message>
    <message>
        <source>; %1 yuan left</source>
        <translation>；结余 %1 元</translation>
    </message>
    <message>
        <source>Paid out by</source>
        <translation>发放单位</translation>
    </message>
    <message>
        <source>Aid campaign</source>
        <translation>帮扶活动</translation>
    </message>
    <message>
        <source>Campaign no.:</source>
        <translation>活动编号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>活动名称：</translation>
    </message>
    <message>
        <source>e.g. 2026 Spring Festival warmth</source>
        <translation>如 2026年春节送温暖</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>活动类型：</translation>
    </message>
    <message>
        <source>Budget (yuan):</source>
        <translation>预算（元）：</translation>
    </message>
    <message>
        <source>Fund source:</source>
        <translation>资金来源：</translation>
    </message>
    <message>
        <source>Paid out by:</source>
        <translation>发放单位：</translation>
    </message>
    <message>
        <source>The county federation</source>
        <translation>县总工会</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Starts on:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>e.g. 2026-01-10</source>
        <translation>如 2026-01-10</translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>e.g. 2026-02-10</source>
        <translation>如 2026-02-10</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Used so far:</source>
        <translation>已使用：</translation>
    </message>
    <message>
        <source>Standards (amount or goods by category)</source>
        <translation>发放标准（按困难类别的金额或物品）</translation>
    </message>
    <message>
        <source>Add a standard</source>
        <translation>添加标准</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Campaign no.</source>
        <translation>活动编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>结余</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>发放笔数</translation>
    </message>
    <message>
        <source>Fund source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Every year</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>The campaigns…</source>
        <translation>帮扶活动列表…</translation>
    </message>
    <message>
        <source>The payments of the selected campaign…</source>
        <translation>所选活动的发放记录…</translation>
    </message>
    <message>
        <source>The whole campaign…</source>
        <translation>整个活动…</translation>
    </message>
    <message>
        <source>One township or union…</source>
        <translation>某个乡镇或工会…</translation>
    </message>
    <message>
        <source>%1 campaigns</source>
        <translation>共 %1 个活动</translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation>未选择活动</translation>
    </message>
    <message>
        <source>Payments of %1</source>
        <translation>%1 的发放记录</translation>
    </message>
    <message>
        <source>%1 payments to %2 people, %3 yuan</source>
        <translation>发放 %1 笔，%2 人，金额 %3 元</translation>
    </message>
    <message>
        <source>, goods worth %1 yuan</source>
        <translation>，物品价值 %1 元</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>已显示 %1 条</translation>
    </message>
    <message>
        <source>Payments in…</source>
        <translation>选择范围…</translation>
    </message>
    <message>
        <source>Reopen campaign</source>
        <translation>重新开启活动</translation>
    </message>
    <message>
        <source>Close campaign</source>
        <translation>结束活动</translation>
    </message>
    <message>
        <source>Close “%1”? Its roster is then final and no payment can be added or changed.</source>
        <translation>结束“%1”吗？结束后签领表定稿，不能再登记或修改发放记录。</translation>
    </message>
    <message>
        <source>Delete the payment</source>
        <translation>删除发放记录</translation>
    </message>
    <message>
        <source>Delete the payment to %1? A visit linked to it keeps its record but loses the link.</source>
        <translation>删除发给%1的发放记录吗？关联的走访记录仍保留，但不再关联此发放。</translation>
    </message>
    <message>
        <source>Export the campaigns</source>
        <translation>导出帮扶活动</translation>
    </message>
    <message>
        <source>aid campaigns.xlsx</source>
        <translation>帮扶活动.xlsx</translation>
    </message>
    <message>
        <source>aid payments.xlsx</source>
        <translation>帮扶发放记录.xlsx</translation>
    </message>
    <message>
        <source>Export the payments</source>
        <translation>导出发放记录</translation>
    </message>
    <message>
        <source>Roster of…</source>
        <translation>签领表范围…</translation>
    </message>
    <message>
        <source>The payments to people of the chosen township or union.</source>
        <translation>所选乡镇（街道）或工会人员的发放记录。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Select a campaign first.</source>
        <translation>请先选择帮扶活动。</translation>
    </message>
    <message>
        <source>Sign-for roster of %1</source>
        <translation>%1 签领表</translation>
    </message>
    <message>
        <source>Campaign no. or name</source>
        <translation>活动编号或名称</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>活动类型：</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Name or part of the ID number</source>
        <translation>姓名或身份证号的一部分</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>乡镇：</translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Record a payment…</source>
        <translation>登记发放…</translation>
    </message>
    <message>
        <source>Generate from files…</source>
        <translation>按档案批量生成…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Print sign-for roster</source>
        <translation>打印签领表</translation>
    </message>
</context>
<context>
    <name>ChooseOrgDialog</name>
    <message>
        <source>Choose a union, then press OK.</source>
        <translation>请选择一个工会，然后点“确定”。</translation>
    </message>
    <message>
        <source>Choose a union</source>
        <translation>选择工会</translation>
    </message>
    <message>
        <source>Type part of the name or its pinyin initials</source>
        <translation>输入名称的一部分或拼音首字母</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>所在工会</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>给付日期</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>病种</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>就诊医院</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>互助金额</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>CodeItemDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>新增“%1”项目</translation>
    </message>
    <message>
        <source>Code: up to 20 letters or digits, unique in this dictionary. The new entry is offered in the drop-down lists at once.</source>
        <translation>代码：最多20位字母或数字，在本字典中不能重复。新增的项目立即出现在下拉列表中。</translation>
    </message>
    <message>
        <source>Rename in %1</source>
        <translation>修改“%1”项目名称</translation>
    </message>
    <message>
        <source>Records saved with the old name keep it; new records get the new name.</source>
        <translation>已保存的记录保留原名称，今后新录入的记录使用新名称。</translation>
    </message>
    <message>
        <source>Dictionary entry</source>
        <translation>字典项目</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>CodesDialog</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Records keep the text they were saved with: renaming an entry changes what new records get, and a disabled entry leaves the drop-down lists while records that hold it keep it. Entries are never deleted. Dictionaries the program itself relies on (grey) can only be viewed.</source>
        <translation>已保存的记录保留保存时的文字：改名只影响今后新录入的记录；停用的项目不再出现在下拉列表中，已填写该项的记录保持不变。项目不能删除。程序本身要用的字典（灰色）只能查看。</translation>
    </message>
    <message>
        <source>You can only view the dictionaries: changing them needs the right to maintain dictionaries.</source>
        <translation>您只能查看字典：修改字典需要“维护字典”权限。</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Standard: %1</source>
        <translation>标准：%1</translation>
    </message>
    <message>
        <source>Local list</source>
        <translation>本地代码表</translation>
    </message>
    <message>
        <source>%1 entries, %2 in use</source>
        <translation>共 %1 项，启用 %2 项</translation>
    </message>
    <message>
        <source>View only: %1</source>
        <translation>只能查看：%1</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>启用(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Dictionaries</source>
        <translation>字典维护</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>改名(&amp;R)…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
</context>
<context>
    <name>ConvertEmployerDialog</name>
    <message>
        <source>Found a grassroots union at “%1”. The employer&apos;s details and its follow-up log go with the new union.</source>
        <translation>在“%1”建立基层工会。该单位的基本情况和跟进记录一并转入新建的工会。</translation>
    </message>
    <message>
        <source>Found the union</source>
        <translation>建会</translation>
    </message>
    <message>
        <source>Parent union</source>
        <translation>上级工会</translation>
    </message>
    <message>
        <source>Choose the parent union</source>
        <translation>请选择上级工会</translation>
    </message>
    <message>
        <source>Found a union</source>
        <translation>建会</translation>
    </message>
    <message>
        <source>Union name:</source>
        <translation>工会名称：</translation>
    </message>
    <message>
        <source>Parent union:</source>
        <translation>上级工会：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Union type:</source>
        <translation>工会类型：</translation>
    </message>
    <message>
        <source>Founded on:</source>
        <translation>建会日期：</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>如 2019-05-01</translation>
    </message>
    <message>
        <source>Approval document no.:</source>
        <translation>批复文号：</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>My area</source>
        <translation>本辖区</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计……</translation>
    </message>
    <message>
        <source>The figures could not be counted: %1</source>
        <translation>无法统计数据：%1</translation>
    </message>
    <message>
        <source>%1, counted at %2</source>
        <translation>%1，统计于 %2</translation>
    </message>
    <message>
        <source>%1% of members</source>
        <translation>占会员 %1%</translation>
    </message>
    <message>
        <source>Including retired members who keep their membership</source>
        <translation>含保留会籍的退休会员</translation>
    </message>
    <message>
        <source>Joined in %1</source>
        <translation>%1 年入会</translation>
    </message>
    <message>
        <source>Still to be organised</source>
        <translation>尚待组建工会</translation>
    </message>
    <message>
        <source>Grassroots unions ÷ (unions + employers without one)</source>
        <translation>基层工会 ÷（基层工会 + 未建会单位）</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>范围(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Grassroots unions</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>New members this year</source>
        <translation>本年新入会</translation>
    </message>
    <message>
        <source>Female members</source>
        <translation>女会员</translation>
    </message>
    <message>
        <source>Migrant-worker members</source>
        <translation>农民工会员</translation>
    </message>
    <message>
        <source>New-employment-form members</source>
        <translation>新就业形态会员</translation>
    </message>
    <message>
        <source>Employers without a union</source>
        <translation>未建会单位</translation>
    </message>
    <message>
        <source>Union coverage rate</source>
        <translation>建会率</translation>
    </message>
    <message>
        <source>Term renewals due within 90 days</source>
        <translation>90 天内到期需换届的工会</translation>
    </message>
    <message>
        <source>No union has to hold its term election in the next 90 days.</source>
        <translation>90 天内没有需要换届的工会。</translation>
    </message>
</context>
<context>
    <name>DisbursementDialog</name>
    <message>
        <source>A household on file</source>
        <translation>在档困难职工</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Another person</source>
        <translation>其他人员</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>入院日期</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>出院日期</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>医疗费用</translation>
    </message>
    <message>
        <source>Paid by the family</source>
        <translation>个人负担</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>登记发放</translation>
    </message>
    <message>
        <source>The campaign is closed: its payments can no longer change.</source>
        <translation>该活动已结束，发放记录不能再修改。</translation>
    </message>
    <message>
        <source>Payment to %1</source>
        <translation>%1 的发放记录</translation>
    </message>
    <message>
        <source>Paid again in this campaign for this reason:</source>
        <translation>本次活动中重复发放，原因：</translation>
    </message>
    <message>
        <source>Name, part of the ID number or file no.</source>
        <translation>姓名、身份证号的一部分或档案编号</translation>
    </message>
    <message>
        <source>Name, part of the ID number or member no.</source>
        <translation>姓名、身份证号的一部分或会员编号</translation>
    </message>
    <message>
        <source>Find a household on file</source>
        <translation>查找在档困难职工</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>查找会员</translation>
    </message>
    <message>
        <source>The person&apos;s union</source>
        <translation>所属工会</translation>
    </message>
    <message>
        <source>Find and choose the recipient first</source>
        <translation>请先查找并选定领取人</translation>
    </message>
    <message>
        <source>Saved, but please note</source>
        <translation>已保存，请注意</translation>
    </message>
    <message>
        <source>Already paid in this campaign</source>
        <translation>本次活动已领取过</translation>
    </message>
    <message>
        <source>To pay again, write the reason under “Paid twice in this campaign” and save again.</source>
        <translation>如确需再次发放，请在“本次活动重复发放”中填写原因后再保存。</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>发放记录</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>帮扶活动：</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>领取人：</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Name, part of the ID number or no.</source>
        <translation>姓名、身份证号的一部分或编号</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Chosen:</source>
        <translation>已选：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>工作单位：</translation>
    </message>
    <message>
        <source>Union:</source>
        <translation>所属工会：</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>困难类别：</translation>
    </message>
    <message>
        <source>Amount (yuan):</source>
        <translation>金额（元）：</translation>
    </message>
    <message>
        <source>Empty: the campaign&apos;s standard</source>
        <translation>不填则按活动的发放标准</translation>
    </message>
    <message>
        <source>Goods:</source>
        <translation>物品：</translation>
    </message>
    <message>
        <source>Value of the goods:</source>
        <translation>物品价值：</translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation>发放日期：</translation>
    </message>
    <message>
        <source>e.g. 2026-01-25</source>
        <translation>如 2026-01-25</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Student (golden-autumn school aid)</source>
        <translation>受助学生（金秋助学）</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>学生姓名：</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <source>School level:</source>
        <translation>学段：</translation>
    </message>
    <message>
        <source>Enrolled in:</source>
        <translation>入学年份：</translation>
    </message>
    <message>
        <source>e.g. 2026</source>
        <translation>如 2026</translation>
    </message>
    <message>
        <source>Illness (medical aid)</source>
        <translation>疾病情况（医疗救助）</translation>
    </message>
    <message>
        <source>Illness:</source>
        <translation>所患疾病：</translation>
    </message>
    <message>
        <source>Add a hospital stay</source>
        <translation>添加住院记录</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Paid twice in this campaign</source>
        <translation>本次活动重复发放</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Why this person is paid again</source>
        <translation>再次发放的原因</translation>
    </message>
</context>
<context>
    <name>DisbursementTableModel</name>
    <message>
        <source>paid again: %1</source>
        <translation>重复发放：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>所属工会</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Goods value</source>
        <translation>物品价值</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>DissolveOrgDialog</name>
    <message>
        <source>Dissolve or merge “%1”. Its records are kept; it no longer takes members.</source>
        <translation>撤销或合并“%1”。其记录仍然保留，但不再登记会员。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <source>Enter the date</source>
        <translation>请填写日期</translation>
    </message>
    <message>
        <source>Choose the union it is merged into</source>
        <translation>请选择合并到的工会</translation>
    </message>
    <message>
        <source>Dissolve or merge</source>
        <translation>撤销或合并</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Merged into another union</source>
        <translation>合并到其他工会</translation>
    </message>
    <message>
        <source>Merged into:</source>
        <translation>合并到：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>如 2019-05-01</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Members registered twice</source>
        <translation>重复登记的会员</translation>
    </message>
    <message>
        <source>Open member…</source>
        <translation>打开会员…</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>疑似原因</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>所属工会</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 groups of members who may be the same person registered twice. Open each and transfer out or correct the wrong record.</source>
        <translation>共 %1 组会员可能是同一人重复登记。请逐一打开核实，办理转出或更正登记错误的记录。</translation>
    </message>
    <message>
        <source>No member seems to be registered twice.</source>
        <translation>未发现重复登记的会员。</translation>
    </message>
</context>
<context>
    <name>EnrolmentTableModel</name>
    <message>
        <source>Unit</source>
        <translation>参保单位</translation>
    </message>
    <message>
        <source>Members enrolled</source>
        <translation>参保人数</translation>
    </message>
    <message>
        <source>Fee paid</source>
        <translation>缴费金额</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>参保日期</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>理赔人次</translation>
    </message>
    <message>
        <source>Claims amount</source>
        <translation>理赔金额</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>Your saved records are safe; what was being typed may have to be entered again. The details are also in the log file %1.</source>
        <translation>已保存的数据不受影响；正在录入的内容可能需要重新录入。错误详情已写入日志文件 %1。</translation>
    </message>
    <message>
        <source>Your saved records are safe; what was being typed may have to be entered again.</source>
        <translation>已保存的数据不受影响；正在录入的内容可能需要重新录入。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The program met an unexpected error: %1</source>
        <translation>程序遇到意外错误：%1</translation>
    </message>
    <message>
        <source>The program met %1 unexpected errors; the last one: %2</source>
        <translation>程序遇到 %1 个意外错误，最近一个：%2</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Password: at least %1 characters; mix letters, digits or signs.</source>
        <translation>密码：至少 %1 位，请混合使用字母、数字或符号。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>This is the first start: there is no account yet. Choose the administrator&apos;s user name and password. There is no default password, so keep this one safe: the administrator creates the other accounts.</source>
        <translation>这是第一次启动，系统中还没有任何账户。请设置管理员的用户名和密码。系统没有默认密码，请妥善保管：其他账户都由管理员创建。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>FormSupport</name>
    <message>
        <source>Cannot do that</source>
        <translation>无法办理</translation>
    </message>
</context>
<context>
    <name>HardshipDialog</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与本人关系</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Work or school</source>
        <translation>工作单位或就读学校</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>复核结论</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>Diagnosis, household register and other papers, kept in the database with the file (up to 20 MB each).</source>
        <translation>诊断证明、户口本等材料随档案保存在数据库中（每个不超过 20 MB）。</translation>
    </message>
    <message>
        <source>New hardship file</source>
        <translation>新建困难职工档案</translation>
    </message>
    <message>
        <source>given when saved</source>
        <translation>保存后生成</translation>
    </message>
    <message>
        <source>waits for a reviewer after saving</source>
        <translation>保存后等待审核</translation>
    </message>
    <message>
        <source>Linked to a member</source>
        <translation>已关联会员</translation>
    </message>
    <message>
        <source>; watched until %1</source>
        <translation>；防返困监测至 %1</translation>
    </message>
    <message>
        <source>%1 times, %2 yuan in all</source>
        <translation>共 %1 次，合计 %2 元</translation>
    </message>
    <message>
        <source>Shown masked: you do not have the right to see ID numbers</source>
        <translation>已脱敏显示：您没有查看身份证号的权限</translation>
    </message>
    <message>
        <source>(added when saved)</source>
        <translation>（保存时添加）</translation>
    </message>
    <message>
        <source>This file is closed and can no longer be changed.</source>
        <translation>该档案已关闭，不能再修改。</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>family yearly income ÷ 12 ÷ family size</source>
        <translation>家庭年收入 ÷ 12 ÷ 家庭人口</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>查找会员</translation>
    </message>
    <message>
        <source>The file&apos;s union</source>
        <translation>档案所属工会</translation>
    </message>
    <message>
        <source>Add an attachment</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Scans and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx);;All files (*)</source>
        <translation>扫描件和文档 (*.jpg *.jpeg *.png *.pdf *.doc *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>Remove “%1” from the file?</source>
        <translation>从档案中删除“%1”吗？</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Saved as file no. %1. Please note:</source>
        <translation>已保存，档案编号 %1。请注意：</translation>
    </message>
    <message>
        <source>Hardship file</source>
        <translation>困难职工档案</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>File no.:</source>
        <translation>档案编号：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>会员：</translation>
    </message>
    <message>
        <source>ID number or name of a member</source>
        <translation>会员的身份证号或姓名</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Sex, born:</source>
        <translation>性别、出生日期：</translation>
    </message>
    <message>
        <source>Union:</source>
        <translation>所属工会：</translation>
    </message>
    <message>
        <source>Choose the union</source>
        <translation>请选择工会</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>工作单位：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>家庭住址：</translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation>建档日期：</translation>
    </message>
    <message>
        <source>e.g. 2026-11-21</source>
        <translation>如 2026-11-21</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>困难类别：</translation>
    </message>
    <message>
        <source>Main cause:</source>
        <translation>主要致困原因：</translation>
    </message>
    <message>
        <source>Other causes:</source>
        <translation>次要致困原因：</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>健康状况：</translation>
    </message>
    <message>
        <source>Work status:</source>
        <translation>工作状态：</translation>
    </message>
    <message>
        <source>Marriage:</source>
        <translation>婚姻状况：</translation>
    </message>
    <message>
        <source>Housing:</source>
        <translation>住房情况：</translation>
    </message>
    <message>
        <source>Hukou:</source>
        <translation>户口性质：</translation>
    </message>
    <message>
        <source>Medical insurance:</source>
        <translation>医疗保险：</translation>
    </message>
    <message>
        <source>Model worker:</source>
        <translation>劳模类型：</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>家庭情况：</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation>单亲家庭</translation>
    </message>
    <message>
        <source>No one employed</source>
        <translation>零就业家庭</translation>
    </message>
    <message>
        <source>Income and family</source>
        <translation>收入与家庭成员</translation>
    </message>
    <message>
        <source>Own monthly income (yuan):</source>
        <translation>本人月收入（元）：</translation>
    </message>
    <message>
        <source>Family yearly income (yuan):</source>
        <translation>家庭年收入（元）：</translation>
    </message>
    <message>
        <source>Family size:</source>
        <translation>家庭人口：</translation>
    </message>
    <message>
        <source>Monthly income per head:</source>
        <translation>家庭月人均收入：</translation>
    </message>
    <message>
        <source>Family members (not counting the worker):</source>
        <translation>家庭成员（不含本人）：</translation>
    </message>
    <message>
        <source>Add a family member</source>
        <translation>添加家庭成员</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Bank and opinions</source>
        <translation>银行账户与意见</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>开户银行：</translation>
    </message>
    <message>
        <source>Bank account:</source>
        <translation>银行账号：</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>困难情况：</translation>
    </message>
    <message>
        <source>Filed by:</source>
        <translation>建档人：</translation>
    </message>
    <message>
        <source>Clerk&apos;s opinion:</source>
        <translation>建档人意见：</translation>
    </message>
    <message>
        <source>Reviewer, opinion:</source>
        <translation>审核人及意见：</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>关闭情况：</translation>
    </message>
    <message>
        <source>Aid received:</source>
        <translation>已获帮扶：</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>复核记录</translation>
    </message>
</context>
<context>
    <name>HardshipPage</name>
    <message>
        <source>All files</source>
        <translation>全部档案</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Not reviewed for a year</source>
        <translation>超过一年未复核</translation>
    </message>
    <message>
        <source>Never aided</source>
        <translation>从未帮扶</translation>
    </message>
    <message>
        <source>Watch list after leaving hardship</source>
        <translation>防返困监测名单</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>未关闭的档案</translation>
    </message>
    <message>
        <source>Every file</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Files of…</source>
        <translation>选择范围…</translation>
    </message>
    <message>
        <source>The files of the chosen union and all unions under it.</source>
        <translation>所选工会及其下属各级工会的档案。</translation>
    </message>
    <message>
        <source>%1 files found</source>
        <translation>找到 %1 份档案</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>已显示 %1 条</translation>
    </message>
    <message>
        <source>Waiting for a reviewer&apos;s approval</source>
        <translation>等待审核员审核</translation>
    </message>
    <message>
        <source>Sent back: correct the file, then submit it again</source>
        <translation>已退回：请修改后重新提交审核</translation>
    </message>
    <message>
        <source>Export the hardship files</source>
        <translation>导出困难职工档案</translation>
    </message>
    <message>
        <source>hardship files.xlsx</source>
        <translation>困难职工档案.xlsx</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Select a file first.</source>
        <translation>请先选择档案。</translation>
    </message>
    <message>
        <source>Hardship file form of %1</source>
        <translation>%1 的困难职工档案表</translation>
    </message>
    <message>
        <source>Name, part of the ID number or file no.</source>
        <translation>姓名、身份证号的一部分或档案编号</translation>
    </message>
    <message>
        <source>New file…</source>
        <translation>新建档案…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Print file form…</source>
        <translation>打印档案表…</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>名单：</translation>
    </message>
    <message>
        <source>Union:</source>
        <translation>所属工会：</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>审核通过…</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Annual review…</source>
        <translation>年度复核…</translation>
    </message>
    <message>
        <source>Close file…</source>
        <translation>脱困/注销…</translation>
    </message>
</context>
<context>
    <name>HardshipReviewDialog</name>
    <message>
        <source>Approve the file</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Send the file back</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>年度复核</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>脱困或注销</translation>
    </message>
    <message>
        <source>The household goes on record. Your opinion is printed on the file form.</source>
        <translation>审核通过后该户在档。您的意见将打印在档案表上。</translation>
    </message>
    <message>
        <source>The clerk sees your opinion: say what to add or correct.</source>
        <translation>建档人将看到您的意见：请说明需要补充或修改的内容。</translation>
    </message>
    <message>
        <source>One review a year. Leaving hardship or cancelling closes the file.</source>
        <translation>每年复核一次。结论为脱困或注销时档案随之关闭。</translation>
    </message>
    <message>
        <source>Left hardship: the household stays on the watch list for a year. Cancelled: the file was wrong, or the worker died or moved away.</source>
        <translation>脱困：该户列入防返困监测名单一年。注销：档案有误，或职工去世、迁出。</translation>
    </message>
    <message>
        <source>Left hardship</source>
        <translation>脱困</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Checked at the household; agreed.</source>
        <translation>经入户核实，同意建档。</translation>
    </message>
    <message>
        <source>Hardship file</source>
        <translation>困难职工档案</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>档案：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>复核年度：</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>复核结论：</translation>
    </message>
    <message>
        <source>New category:</source>
        <translation>调整后的类别：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>e.g. 2026-11-21</source>
        <translation>如 2026-11-21</translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>HardshipTableModel</name>
    <message>
        <source>File no.</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <source>Main cause</source>
        <translation>主要致困原因</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>所属工会</translation>
    </message>
    <message>
        <source>Per head / month</source>
        <translation>月人均收入</translation>
    </message>
    <message>
        <source>Family size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>最近复核</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Watched until</source>
        <translation>监测截止</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>User guide</source>
        <translation>使用说明</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation. Please reinstall the program.</source>
        <translation>本机安装的程序中缺少使用说明，请重新安装本程序。</translation>
    </message>
    <message>
        <source>The user guide could not be opened automatically. Open this file with a web browser:
%1</source>
        <translation>无法自动打开使用说明，请用浏览器打开这个文件：
%1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import %1 from a sheet</source>
        <translation>从表格导入%1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>(none: such rows are refused)</source>
        <translation>（未选择：这样的行将被拒绝）</translation>
    </message>
    <message>
        <source>Step 1 of 4: choose the file</source>
        <translation>第 1 步（共 4 步）：选择文件</translation>
    </message>
    <message>
        <source>Step 2 of 4: check the columns</source>
        <translation>第 2 步（共 4 步）：核对各列</translation>
    </message>
    <message>
        <source>Step 3 of 4: check the rows</source>
        <translation>第 3 步（共 4 步）：检查各行</translation>
    </message>
    <message>
        <source>Step 4 of 4: import</source>
        <translation>第 4 步（共 4 步）：导入</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>Choose the sheet to import</source>
        <translation>选择要导入的表格</translation>
    </message>
    <message>
        <source>Sheets (%1)</source>
        <translation>表格文件 (%1)</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>无法保存模板：%1</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <source>No header row was recognised: choose the row that holds the column names.</source>
        <translation>没有识别出表头：请选择列名所在的行。</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Chosen for two columns (the later one is used): %1</source>
        <translation>以下项目被两列同时选中（以后一列为准）：%1</translation>
    </message>
    <message>
        <source>Header in row %1; %2 columns recognised.</source>
        <translation>表头在第 %1 行，识别出 %2 列。</translation>
    </message>
    <message>
        <source>Missing required columns: %1</source>
        <translation>缺少必填列：%1</translation>
    </message>
    <message>
        <source>Choose the header row first.</source>
        <translation>请先选择表头所在的行。</translation>
    </message>
    <message>
        <source>Nothing to import: every row is refused or already up to date.</source>
        <translation>没有可导入的行：所有行都被拒绝或已是最新。</translation>
    </message>
    <message>
        <source>Union for rows without one</source>
        <translation>没有填写所属工会的行导入到</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new, %3 updated, %4 unchanged, %5 refused, %6 with warnings.</source>
        <translation>共读取 %1 行：新增 %2 条，更新 %3 条，未变 %4 条，拒绝 %5 行，提醒 %6 行。</translation>
    </message>
    <message>
        <source>New unions: %1</source>
        <translation>将新建工会：%1</translation>
    </message>
    <message>
        <source>Nothing has been written yet; refused rows are left out of the import.</source>
        <translation>目前尚未写入任何数据；被拒绝的行不会导入。</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Importing %1 rows from %2 …</source>
        <translation>正在从 %2 导入 %1 行……</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消……</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <source>The import failed; nothing was written.</source>
        <translation>导入失败，没有写入任何数据。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，没有写入任何数据。</translation>
    </message>
    <message>
        <source>Save the refused rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
    <message>
        <source>%1 refused rows saved to %2: fix them there and import that file again.</source>
        <translation>已将 %1 行被拒绝的行保存到 %2：请在该文件中改正后再次导入。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取……</translation>
    </message>
    <message>
        <source>Import from a sheet</source>
        <translation>从表格导入</translation>
    </message>
    <message>
        <source>Choose the sheet to import: an .xlsx, .xls, .ods or .csv file. It may be the import template or a sheet of your own: title rows, merged cells, blank rows, totals and signature lines are handled.</source>
        <translation>请选择要导入的表格：.xlsx、.xls、.ods 或 .csv 文件。可以是导入模板，也可以是您自己的表格：标题行、合并单元格、空行、合计行和落款行都会自动处理。</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览……</translation>
    </message>
    <message>
        <source>Save the import template…</source>
        <translation>保存导入模板……</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>表头所在行：</translation>
    </message>
    <message>
        <source>Each column of the sheet and what it will be imported as. Change a choice if a column was not recognised.</source>
        <translation>表格的每一列及其导入为哪一项。某列识别不对时，请在右侧修改。</translation>
    </message>
    <message>
        <source>Rows without a union go to:</source>
        <translation>没有填写所属工会的行导入到：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择……</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Save the refused rows…</source>
        <translation>保存被拒绝的行……</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>The work failed: %1</source>
        <translation>操作失败：%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Please enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>County Trade Union Management</source>
        <translation>县级工会业务管理系统</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织建设</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员管理</translation>
    </message>
    <message>
        <source>Hardship files</source>
        <translation>困难帮扶</translation>
    </message>
    <message>
        <source>Aid campaigns</source>
        <translation>帮扶活动</translation>
    </message>
    <message>
        <source>Mutual medical aid</source>
        <translation>医疗互助</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访慰问</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Demo data can only be generated into an empty database.</source>
        <translation>演示数据只能生成到空数据库中。</translation>
    </message>
    <message>
        <source>How many members should the demo county have?</source>
        <translation>演示数据要生成多少名会员？</translation>
    </message>
    <message>
        <source>Demo data generated: %1 organisations, %2 members, %3 employers without a union, %4 hardship files, %5 aid campaigns and %6 visits.</source>
        <translation>演示数据已生成：组织 %1 个，会员 %2 人，未建会单位 %3 个，困难职工档案 %4 份，帮扶活动 %5 个，走访 %6 次。</translation>
    </message>
    <message>
        <source>Generating demo data…</source>
        <translation>正在生成演示数据……</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Backup files (*.sqlite3)</source>
        <translation>备份文件 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The database was backed up to %1.</source>
        <translation>数据库已备份到 %1。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份……</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backup files (*.sqlite3);;All files (*)</source>
        <translation>备份文件 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restoring replaces all current data with the backup %1. The current data is backed up first. Restore now?</source>
        <translation>恢复将用备份 %1 替换当前的全部数据；替换前会先自动备份当前数据。现在恢复吗？</translation>
    </message>
    <message>
        <source>The data was restored from %1. The data from before is kept in %2.</source>
        <translation>已从 %1 恢复数据。恢复前的数据保存在 %2。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复……</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>发现以下问题：</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>正在检查数据库……</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>County Trade Union Management
Version %1
Database: %2</source>
        <translation>县级工会业务管理系统
版本 %1
数据库：%2</translation>
    </message>
    <message>
        <source>County Trade Union Management</source>
        <translation>县级工会业务管理系统</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>功能模块</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Add a new record on the current page</source>
        <translation>在当前页面新建一条记录</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a sheet into the current list (a file can also be dropped on the window)</source>
        <translation>把表格导入当前列表（也可以把文件拖到窗口上）</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the current list to Excel</source>
        <translation>把当前列表导出为 Excel 表格</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Go to the search box of the current page</source>
        <translation>转到当前页面的查找框</translation>
    </message>
    <message>
        <source>Generate &amp;demo data…</source>
        <translation>生成演示数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Fill an empty database with realistic sample records to try the program</source>
        <translation>在空数据库中生成逼真的示例数据，用于试用本系统</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Dictionaries…</source>
        <translation>字典维护(&amp;D)…</translation>
    </message>
    <message>
        <source>Edit the lists the forms offer: nationalities, education levels, hardship categories…</source>
        <translation>维护录入时下拉列表中的项目：民族、学历、困难类别等</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>系统设置(&amp;S)…</translation>
    </message>
    <message>
        <source>The federation&apos;s name on cards, the print font, and where this computer finds the data</source>
        <translation>会员证上的工会名称、打印字体，以及本机的数据位置</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>使用说明(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MemberCardsTab</name>
    <message>
        <source>Issued on</source>
        <translation>制卡日期</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>制卡</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Handed out on</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>You do not have the right to print</source>
        <translation>您没有打印的权限</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未发放</translation>
    </message>
    <message>
        <source>No card has been printed for this member yet. To print one, select the member in the member list and choose Print (Ctrl+P).</source>
        <translation>该会员尚未制卡。如需制卡，请在会员列表中选中该会员，然后选择“打印”（Ctrl+P）。</translation>
    </message>
    <message>
        <source>%1 cards printed, %2 of them reprints.</source>
        <translation>已制卡 %1 张，其中补印 %2 张。</translation>
    </message>
    <message>
        <source>Member card no.: %1</source>
        <translation>会员卡号：%1</translation>
    </message>
    <message>
        <source>Registration form of %1</source>
        <translation>%1的会员登记表</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member</source>
        <translation>会员信息</translation>
    </message>
    <message>
        <source>Member no.:</source>
        <translation>会员编号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>ID document:</source>
        <translation>证件类型：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>18 digits; the last may be X</source>
        <translation>18位，末位可为X</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>如 2019-05-01</translation>
    </message>
    <message>
        <source>Ethnic group:</source>
        <translation>民族：</translation>
    </message>
    <message>
        <source>Mobile phone:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <source>Education:</source>
        <translation>学历：</translation>
    </message>
    <message>
        <source>Political status:</source>
        <translation>政治面貌：</translation>
    </message>
    <message>
        <source>Household registration:</source>
        <translation>户籍类型：</translation>
    </message>
    <message>
        <source>Union:</source>
        <translation>所属工会：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Joined on:</source>
        <translation>入会日期：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Migrant worker</source>
        <translation>农民工</translation>
    </message>
    <message>
        <source>Employment form:</source>
        <translation>就业形态：</translation>
    </message>
    <message>
        <source>New employment form:</source>
        <translation>新就业形态：</translation>
    </message>
    <message>
        <source>Skill level:</source>
        <translation>技能等级：</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>工作单位：</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>岗位：</translation>
    </message>
    <message>
        <source>Member card no.:</source>
        <translation>会员卡号：</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Card history</source>
        <translation>制卡记录</translation>
    </message>
    <message>
        <source>Print registration form…</source>
        <translation>打印登记表…</translation>
    </message>
    <message>
        <source>Show this member&apos;s registration form, as last saved, in the print preview</source>
        <translation>在打印预览中显示该会员（按最后保存的内容）的会员登记表</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>会籍变动</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>工会</translation>
    </message>
    <message>
        <source>Other union</source>
        <translation>对方工会</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <source>given when saved</source>
        <translation>保存时自动生成</translation>
    </message>
    <message>
        <source>Use “Transfer…” on the membership tab to change the union</source>
        <translation>更换所属工会请在“会籍”页办理“转出/转入”</translation>
    </message>
    <message>
        <source>Shown masked: you do not have the right to see ID numbers</source>
        <translation>已隐去部分号码：您没有查看完整身份证号的权限</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>A transfer to “%1” on %2 waits for review (requested by %3).</source>
        <translation>有一笔转往“%1”的会籍接转（%2）正在等待审核（申请人：%3）。</translation>
    </message>
    <message>
        <source>Choose the member&apos;s union</source>
        <translation>请选择所属工会</translation>
    </message>
    <message>
        <source>The member&apos;s union</source>
        <translation>所属工会</translation>
    </message>
    <message>
        <source>Members are registered with a grassroots union or one of its branches.</source>
        <translation>会员应登记在基层工会或其分会。</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>This file cannot be read as an image.</source>
        <translation>无法读取该图片文件。</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>记录已被他人修改</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Saved as member no. %1. Please note:</source>
        <translation>已保存，会员编号 %1。请注意：</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <source>Membership history</source>
        <translation>会籍</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>转出/转入…</translation>
    </message>
    <message>
        <source>Retain membership…</source>
        <translation>保留会籍…</translation>
    </message>
    <message>
        <source>Leave…</source>
        <translation>退会…</translation>
    </message>
    <message>
        <source>Expel…</source>
        <translation>除名…</translation>
    </message>
    <message>
        <source>Deceased…</source>
        <translation>去世…</translation>
    </message>
    <message>
        <source>Restore membership…</source>
        <translation>恢复会籍…</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Member no.</source>
        <translation>会员编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>所属工会</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>MemberTransferDialog</name>
    <message>
        <source>Transfer membership</source>
        <translation>会籍接转</translation>
    </message>
    <message>
        <source>Current union:</source>
        <translation>现所属工会：</translation>
    </message>
    <message>
        <source>To a union in this county</source>
        <translation>转入县内工会</translation>
    </message>
    <message>
        <source>Receiving union:</source>
        <translation>转入工会：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>To a union outside the county</source>
        <translation>转往县外工会</translation>
    </message>
    <message>
        <source>Union outside:</source>
        <translation>县外工会：</translation>
    </message>
    <message>
        <source>Full name of the receiving union</source>
        <translation>接收工会的全称</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>如 2019-05-01</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>%1 (member no. %2) transferred out of the county and now comes back: choose the union receiving the member.</source>
        <translation>%1（会员编号 %2）曾转出到县外，现转回本县：请选择接收的工会。</translation>
    </message>
    <message>
        <source>Last union in the county:</source>
        <translation>原县内工会：</translation>
    </message>
    <message>
        <source>Transfer %1 (member no. %2) to another union.</source>
        <translation>为 %1（会员编号 %2）办理会籍接转。</translation>
    </message>
    <message>
        <source>You may approve transfers: it takes effect at once.</source>
        <translation>您有审核权限：提交后立即生效。</translation>
    </message>
    <message>
        <source>A reviewer approves the request in “Pending transfers”; until then nothing changes.</source>
        <translation>提交后须由审核员在“待审核接转”中审核，审核通过前会籍不变。</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Receiving union</source>
        <translation>转入工会</translation>
    </message>
    <message>
        <source>Members are registered with a grassroots union or one of its branches.</source>
        <translation>会员应登记在基层工会或其分会。</translation>
    </message>
    <message>
        <source>Choose the receiving union</source>
        <translation>请选择转入的工会</translation>
    </message>
    <message>
        <source>Enter the date</source>
        <translation>请填写日期</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Name, pinyin initials, part of the ID number, member no. or phone</source>
        <translation>姓名、拼音首字母、身份证号的一部分、会员编号或手机</translation>
    </message>
    <message>
        <source>New member…</source>
        <translation>新增会员…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>查重…</translation>
    </message>
    <message>
        <source>Pending transfers…</source>
        <translation>待审核接转…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Store the photos of a folder whose files are named by ID number or member no.</source>
        <translation>导入一个文件夹中的照片，文件名为身份证号码或会员编号</translation>
    </message>
    <message>
        <source>Import photos…</source>
        <translation>导入照片…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Print cards…</source>
        <translation>打印会员卡…</translation>
    </message>
    <message>
        <source>Union:</source>
        <translation>所属工会：</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>会籍状态：</translation>
    </message>
    <message>
        <source>Migrant worker:</source>
        <translation>农民工：</translation>
    </message>
    <message>
        <source>New employment form:</source>
        <translation>新就业形态：</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>年龄：</translation>
    </message>
    <message>
        <source>Members (incl. retained)</source>
        <translation>在会（含保留会籍）</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>保留会籍</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>已转出</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已退会</translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation>已除名</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>已去世</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>35 and under</source>
        <translation>35岁及以下</translation>
    </message>
    <message>
        <source>36 to 45</source>
        <translation>36～45岁</translation>
    </message>
    <message>
        <source>46 to 55</source>
        <translation>46～55岁</translation>
    </message>
    <message>
        <source>56 and over</source>
        <translation>56岁及以上</translation>
    </message>
    <message>
        <source>Members of…</source>
        <translation>查看会员：</translation>
    </message>
    <message>
        <source>The members of the chosen union and all unions under it.</source>
        <translation>显示所选工会及其全部下级工会的会员。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 members found</source>
        <translation>共 %1 人</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>已显示 %1 人</translation>
    </message>
    <message>
        <source>Pending transfers (%1)…</source>
        <translation>待审核接转（%1）…</translation>
    </message>
    <message>
        <source>Export the members</source>
        <translation>导出会员</translation>
    </message>
    <message>
        <source>members.xlsx</source>
        <translation>会员名册.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the members…</source>
        <translation>正在导出会员…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 members saved to %2</source>
        <translation>已导出 %1 人到 %2</translation>
    </message>
    <message>
        <source>Print member cards</source>
        <translation>打印会员卡</translation>
    </message>
    <message>
        <source>Print cards for the selected members, or for every member found?</source>
        <translation>为选中的会员打印，还是为查到的全部会员打印？</translation>
    </message>
    <message>
        <source>Selected (%1)</source>
        <translation>选中的（%1 人）</translation>
    </message>
    <message>
        <source>All found (%1)</source>
        <translation>查到的全部（%1 人）</translation>
    </message>
</context>
<context>
    <name>MembershipEventDialog</name>
    <message>
        <source>Membership</source>
        <translation>会籍变动</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>如 2019-05-01</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>%1 for %2 (member no. %3, now %4).</source>
        <translation>为 %2 办理%1（会员编号 %3，当前状态：%4）。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>办理</translation>
    </message>
    <message>
        <source>Enter the date</source>
        <translation>请填写日期</translation>
    </message>
</context>
<context>
    <name>MutualClaimDialog</name>
    <message>
        <source>Record a mutual medical aid claim</source>
        <translation>登记医疗互助理赔</translation>
    </message>
    <message>
        <source>Mutual medical aid claim of %1</source>
        <translation>%1的医疗互助理赔</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>查找会员</translation>
    </message>
    <message>
        <source>Mutual medical aid claim</source>
        <translation>医疗互助理赔</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>会员：</translation>
    </message>
    <message>
        <source>Name, part of the ID number or member no.</source>
        <translation>姓名、身份证号的一部分或会员编号</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Chosen:</source>
        <translation>已选：</translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation>给付日期：</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>如 2019-05-01</translation>
    </message>
    <message>
        <source>Illness:</source>
        <translation>病种或疾病：</translation>
    </message>
    <message>
        <source>Hospital:</source>
        <translation>就诊医院：</translation>
    </message>
    <message>
        <source>Amount paid (yuan):</source>
        <translation>互助金额（元）：</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>MutualEnrolmentDialog</name>
    <message>
        <source>Enrol a unit in mutual medical aid</source>
        <translation>登记医疗互助参保</translation>
    </message>
    <message>
        <source>%1: mutual medical aid %2</source>
        <translation>%1 %2年度医疗互助参保</translation>
    </message>
    <message>
        <source>%1 claims, %2 yuan</source>
        <translation>%1 人次，%2 元</translation>
    </message>
    <message>
        <source>The unit that enrols</source>
        <translation>选择参保单位</translation>
    </message>
    <message>
        <source>Choose the grassroots union that enrols its members.</source>
        <translation>请选择为会员参保的基层工会。</translation>
    </message>
    <message>
        <source>Mutual medical aid enrolment</source>
        <translation>医疗互助参保</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>参保单位：</translation>
    </message>
    <message>
        <source>Choose the grassroots union</source>
        <translation>请选择基层工会</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Members enrolled:</source>
        <translation>参保人数：</translation>
    </message>
    <message>
        <source>Fee paid (yuan):</source>
        <translation>缴费金额（元）：</translation>
    </message>
    <message>
        <source>Enrolled on:</source>
        <translation>参保日期：</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>如 2019-05-01</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Claims paid:</source>
        <translation>已理赔：</translation>
    </message>
</context>
<context>
    <name>MutualPage</name>
    <message>
        <source>Mutual medical aid of…</source>
        <translation>医疗互助：选择工会</translation>
    </message>
    <message>
        <source>%1 claims shown</source>
        <translation>已显示 %1 条理赔</translation>
    </message>
    <message>
        <source>%1: %2 units enrolled, %3 members, fees %4 yuan; %5 claims paid, %6 yuan</source>
        <translation>%1年度：参保单位 %2 个，参保 %3 人，缴费 %4 元；理赔 %5 人次，%6 元</translation>
    </message>
    <message>
        <source>Claims paid in %1</source>
        <translation>%1年度理赔（全部单位）</translation>
    </message>
    <message>
        <source>Claims paid in %1 to members of %2</source>
        <translation>%2 %1年度理赔</translation>
    </message>
    <message>
        <source>Export mutual medical aid</source>
        <translation>导出医疗互助</translation>
    </message>
    <message>
        <source>mutual medical aid %1.xlsx</source>
        <translation>医疗互助%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 rows saved to %2</source>
        <translation>已将 %1 行保存到 %2</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Union:</source>
        <translation>所属工会：</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Enrolments by unit</source>
        <translation>各单位参保情况</translation>
    </message>
    <message>
        <source>Enrol a unit…</source>
        <translation>登记参保…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Show every unit&apos;s claims</source>
        <translation>显示全部单位的理赔</translation>
    </message>
    <message>
        <source>Record a claim…</source>
        <translation>登记理赔…</translation>
    </message>
</context>
<context>
    <name>OrgTreeModel</name>
    <message>
        <source>Union</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>本级会员</translation>
    </message>
    <message>
        <source>With subordinates</source>
        <translation>含下级会员数</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>本届届满</translation>
    </message>
    <message>
        <source>Re-election overdue: the term ended on %1</source>
        <translation>已逾期未换届：本届已于 %1 届满</translation>
    </message>
    <message>
        <source>Re-election due: the term ends on %1</source>
        <translation>即将换届：本届于 %1 届满</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>New union</source>
        <translation>新建组织</translation>
    </message>
    <message>
        <source>counted from the members once there are some</source>
        <translation>登记会员后自动统计</translation>
    </message>
    <message>
        <source>Use “Move…” on the tree to change the parent union</source>
        <translation>调整上级工会请在组织树中使用“移动”</translation>
    </message>
    <message>
        <source>%1 (counted from the member records)</source>
        <translation>%1 人（按会员登记自动统计）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>跟进情况</translation>
    </message>
    <message>
        <source>Choose the level of the organisation</source>
        <translation>请选择组织层级</translation>
    </message>
    <message>
        <source>Choose the parent union</source>
        <translation>请选择上级工会</translation>
    </message>
    <message>
        <source>Parent union</source>
        <translation>上级工会</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>记录已被他人修改</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>工会</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>Parent union:</source>
        <translation>上级工会：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>工会全称：</translation>
    </message>
    <message>
        <source>e.g. Longquan Machinery Works trade union committee</source>
        <translation>如：龙泉机械厂工会委员会</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>简称：</translation>
    </message>
    <message>
        <source>Union type:</source>
        <translation>工会类型：</translation>
    </message>
    <message>
        <source>Units covered:</source>
        <translation>覆盖单位：</translation>
    </message>
    <message>
        <source>Township (street):</source>
        <translation>所在镇街：</translation>
    </message>
    <message>
        <source>Founded on:</source>
        <translation>建会日期：</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>如 2019-05-01</translation>
    </message>
    <message>
        <source>Approval document no.:</source>
        <translation>批复文号：</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>会员人数：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Employer and workers</source>
        <translation>单位与职工</translation>
    </message>
    <message>
        <source>Employer name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18位</translation>
    </message>
    <message>
        <source>Unit category:</source>
        <translation>单位类别：</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>国民经济行业：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>职工人数：</translation>
    </message>
    <message>
        <source>Of whom women:</source>
        <translation>其中女职工：</translation>
    </message>
    <message>
        <source>Of whom migrant workers:</source>
        <translation>其中农民工：</translation>
    </message>
    <message>
        <source>New forms of employment:</source>
        <translation>新就业形态：</translation>
    </message>
    <message>
        <source>Leaders and term</source>
        <translation>班子与换届</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>主席：</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Term no.:</source>
        <translation>届次：</translation>
    </message>
    <message>
        <source>Term starts:</source>
        <translation>本届起始日期：</translation>
    </message>
    <message>
        <source>Term ends:</source>
        <translation>本届届满日期：</translation>
    </message>
    <message>
        <source>Full-time cadres:</source>
        <translation>专职干部数：</translation>
    </message>
    <message>
        <source>Legal person certificate no.:</source>
        <translation>法人资格证书号：</translation>
    </message>
    <message>
        <source>Certificate issued on:</source>
        <translation>发证日期：</translation>
    </message>
    <message>
        <source>Democratic management</source>
        <translation>民主管理</translation>
    </message>
    <message>
        <source>Workers&apos; congress, last held on</source>
        <translation>建立职代会，最近一次召开于</translation>
    </message>
    <message>
        <source>Open factory affairs, since</source>
        <translation>实行厂务公开，开始于</translation>
    </message>
    <message>
        <source>Collective contract, signed on</source>
        <translation>签订集体合同，签订日期</translation>
    </message>
    <message>
        <source>Funds audit committee</source>
        <translation>经费审查委员会</translation>
    </message>
    <message>
        <source>Women workers&apos; committee</source>
        <translation>女职工委员会</translation>
    </message>
    <message>
        <source>Labour dispute mediation committee</source>
        <translation>劳动争议调解委员会</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Organising history</source>
        <translation>建会前跟进记录</translation>
    </message>
    <message>
        <source>This union was founded from an employer of the organising drive; its follow-up log:</source>
        <translation>本工会由未建会单位转建而来，以下是建会前的跟进记录：</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <source>%1 grassroots unions, %2 members; %3 due for re-election within 90 days, %4 overdue.</source>
        <translation>基层工会 %1 个，会员 %2 人；90 天内需换届 %3 个，已逾期 %4 个。</translation>
    </message>
    <message>
        <source>%1 (women %2, migrant workers %3)</source>
        <translation>%1 人（女职工 %2，农民工 %3）</translation>
    </message>
    <message>
        <source>%1 directly, %2 with subordinates</source>
        <translation>本级 %1 人，含下级 %2 人</translation>
    </message>
    <message>
        <source>term %1: %2 to %3</source>
        <translation>第 %1 届：%2 至 %3</translation>
    </message>
    <message>
        <source> — re-election due</source>
        <translation>（即将换届）</translation>
    </message>
    <message>
        <source> — re-election overdue</source>
        <translation>（已逾期未换届）</translation>
    </message>
    <message>
        <source>Move “%1” under…</source>
        <translation>移动“%1”到…</translation>
    </message>
    <message>
        <source>Choose the new parent union of “%1” (a %2 can sit under: %3). Its subordinates and members move with it.</source>
        <translation>请为“%1”选择新的上级工会（%2可以设在：%3之下）。其下级组织和会员随之一并移动。</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Move “%1” (with everything under it) under “%2”?</source>
        <translation>确定把“%1”（连同其全部下级）移到“%2”之下吗？</translation>
    </message>
    <message>
        <source>Export the employers without a union</source>
        <translation>导出未建会单位</translation>
    </message>
    <message>
        <source>employers-without-union.xlsx</source>
        <translation>未建会单位.xlsx</translation>
    </message>
    <message>
        <source>Export the unions</source>
        <translation>导出组织</translation>
    </message>
    <message>
        <source>unions.xlsx</source>
        <translation>工会组织.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Union tree</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>Find a union: name or pinyin initials</source>
        <translation>查找工会：名称或拼音首字母</translation>
    </message>
    <message>
        <source>Re-election due within 90 days</source>
        <translation>只看90天内需换届</translation>
    </message>
    <message>
        <source>Show dissolved and merged</source>
        <translation>显示已撤销、合并的组织</translation>
    </message>
    <message>
        <source>New subordinate…</source>
        <translation>新建下级…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>移动…</translation>
    </message>
    <message>
        <source>Dissolve or merge…</source>
        <translation>撤销/合并…</translation>
    </message>
    <message>
        <source>Selected union</source>
        <translation>选中的组织</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>上级工会：</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>信用代码：</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>所在镇街：</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>职工人数：</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>会员人数：</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>主席：</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>换届：</translation>
    </message>
    <message>
        <source>Founded:</source>
        <translation>建会日期：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Show its members</source>
        <translation>查看会员</translation>
    </message>
    <message>
        <source>Employers without a union</source>
        <translation>未建会单位</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>At least %1 characters; mix letters, digits or signs.</source>
        <translation>至少 %1 位，请混合使用字母、数字或符号。</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Change the password of your account %1.</source>
        <translation>修改您的账户 %1 的密码。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>Set a new password for %1. Give it to the user in person; a locked account is unlocked too.</source>
        <translation>为 %1 设置新密码，请当面告知本人；被锁定的账户同时解锁。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>原密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>PendingTransfersDialog</name>
    <message>
        <source>Pending transfers</source>
        <translation>待审核接转</translation>
    </message>
    <message>
        <source>Transfers requested by clerks wait here for a reviewer.</source>
        <translation>业务员提交的会籍接转申请在此等待审核。</translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation>审核意见：</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>From</source>
        <translation>转出工会</translation>
    </message>
    <message>
        <source>To</source>
        <translation>转入工会</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>接转日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
</context>
<context>
    <name>PhotoCropDialog</name>
    <message>
        <source>Crop the photo</source>
        <translation>裁剪照片</translation>
    </message>
    <message>
        <source>Drag the frame over the face; the wheel or the slider changes its size. The photo is saved as a 1-inch portrait (25 × 35 mm).</source>
        <translation>拖动方框对准面部，用鼠标滚轮或滑块调整大小。照片按一寸证件照（25 × 35 毫米）保存。</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>效果：</translation>
    </message>
    <message>
        <source>Frame size:</source>
        <translation>方框大小：</translation>
    </message>
</context>
<context>
    <name>PhotoImport</name>
    <message>
        <source>Import photos</source>
        <translation>导入照片</translation>
    </message>
    <message>
        <source>Replace the photos that members already have with the ones in this folder?

Yes: replace them.
No: keep them, and import photos only for members without one.</source>
        <translation>会员已有的照片，是否用此文件夹中的照片替换？

是：替换。
否：保留原照片，只为还没有照片的会员导入。</translation>
    </message>
    <message>
        <source>Choose the folder of photos named by ID number or member no.</source>
        <translation>选择照片文件夹（文件名为身份证号码或会员编号）</translation>
    </message>
    <message>
        <source>Importing photos…</source>
        <translation>正在导入照片…</translation>
    </message>
</context>
<context>
    <name>PhotoImportResultDialog</name>
    <message>
        <source>The folder holds no photo files (JPG, PNG, BMP, GIF, TIFF or WebP).</source>
        <translation>该文件夹中没有照片文件（JPG、PNG、BMP、GIF、TIFF 或 WebP）。</translation>
    </message>
    <message>
        <source>%1 new photos saved, %2 photos replaced.</source>
        <translation>新增照片 %1 张，更换照片 %2 张。</translation>
    </message>
    <message>
        <source>%1 members already had a photo and kept it.</source>
        <translation>%1 名会员已有照片，未更换。</translation>
    </message>
    <message>
        <source>%1 files were not imported; they are listed below.</source>
        <translation>%1 个文件未导入，见下方列表。</translation>
    </message>
    <message>
        <source>%1 files that are not photos were skipped.</source>
        <translation>跳过非照片文件 %1 个。</translation>
    </message>
    <message>
        <source>No member found for the file name:</source>
        <translation>按文件名找不到会员：</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>不予导入：</translation>
    </message>
    <message>
        <source>Photo import</source>
        <translation>导入照片</translation>
    </message>
    <message>
        <source>Files not imported, and why:</source>
        <translation>未导入的文件及原因：</translation>
    </message>
</context>
<context>
    <name>PrintCardsDialog</name>
    <message>
        <source>%1 members selected, %2 of them have no card yet.</source>
        <translation>已选择 %1 名会员，其中 %2 名尚未制卡。</translation>
    </message>
    <message>
        <source>Card layout</source>
        <translation>卡片版式</translation>
    </message>
    <message>
        <source>No font for printing</source>
        <translation>没有可用的打印字体</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>校准页</translation>
    </message>
    <message>
        <source>Making member cards…</source>
        <translation>正在生成会员卡……</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>These characters are in no installed font and will print as blanks: %1</source>
        <translation>以下文字在已安装的字体中都没有，打印出来将是空白：%1</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> 等，另有 %1 条</translation>
    </message>
    <message>
        <source>Rare characters</source>
        <translation>生僻字</translation>
    </message>
    <message>
        <source>%1 member cards</source>
        <translation>会员卡 %1 张</translation>
    </message>
    <message>
        <source>Recorded %1 cards as issued (%2 reprints), batch %3.</source>
        <translation>已登记发卡 %1 张（其中补印 %2 张），批次 %3。</translation>
    </message>
    <message>
        <source>Select the members first.</source>
        <translation>请先选择会员。</translation>
    </message>
    <message>
        <source>Print member cards</source>
        <translation>打印会员卡</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Horizontal offset</source>
        <translation>横向偏移</translation>
    </message>
    <message>
        <source> mm (right +)</source>
        <translation> 毫米（向右为正）</translation>
    </message>
    <message>
        <source>Vertical offset</source>
        <translation>纵向偏移</translation>
    </message>
    <message>
        <source> mm (down +)</source>
        <translation> 毫米（向下为正）</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>发卡日期</translation>
    </message>
    <message>
        <source>Print the back side too (duplex)</source>
        <translation>同时打印背面（双面）</translation>
    </message>
    <message>
        <source>Only members who have no card yet</source>
        <translation>只打印尚未制卡的会员</translation>
    </message>
    <message>
        <source>Record the cards as issued once printed or saved</source>
        <translation>打印或保存后登记为已发卡</translation>
    </message>
    <message>
        <source>Print a calibration page…</source>
        <translation>打印校准页……</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>of %1 pages</source>
        <translation>页，共 %1 页</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and ready.</source>
        <translation>无法启动打印机，请检查打印机是否已开机并处于就绪状态。</translation>
    </message>
    <message>
        <source>Sending pages to the printer…</source>
        <translation>正在发送到打印机……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>文件无法保存：%1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印……</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF……</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <source>Union</source>
        <translation>工会名称</translation>
    </message>
    <message>
        <source>Term ends on</source>
        <translation>本届结束日期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>已超期 %1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Leave it empty to print the name of the top organisation: %1.</source>
        <translation>留空则打印最上级组织的名称：%1。</translation>
    </message>
    <message>
        <source>Leave it empty to print the name of the top organisation (there is none yet).</source>
        <translation>留空则打印最上级组织的名称（目前还没有组织）。</translation>
    </message>
    <message>
        <source>Choose the print font</source>
        <translation>选择打印字体</translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf *.ttc);;All files (*)</source>
        <translation>TrueType 字体 (*.ttf *.ttc);;所有文件 (*)</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>当前使用：%1</translation>
    </message>
    <message>
        <source>Choose the data file, or type its full path.</source>
        <translation>请选择数据文件，或输入其完整路径。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 是文件夹，请选择文件。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>请填写服务器名称或地址。</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>请填写服务器上的数据库名称。</translation>
    </message>
    <message>
        <source>Choose the data file</source>
        <translation>选择数据文件</translation>
    </message>
    <message>
        <source>SQLite data files (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>SQLite 数据文件 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Connected. The database holds this program&apos;s data.</source>
        <translation>连接成功，该数据库中已有本程序的数据。</translation>
    </message>
    <message>
        <source>Connected. The database is empty; the program sets it up at the next start.</source>
        <translation>连接成功。该数据库是空的，下次启动时程序会自动建立所需的数据表。</translation>
    </message>
    <message>
        <source>The file does not exist yet; the program creates a new, empty database there at the next start.</source>
        <translation>该文件尚不存在，下次启动时程序会在此新建一个空数据库。</translation>
    </message>
    <message>
        <source>Connected, but the database holds tables of another program. Choose an empty database or one of this program.</source>
        <translation>已连接，但该数据库中有其他程序的数据表。请选择空数据库或本程序的数据库。</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the server&apos;s name and port, that it is switched on, and the network.</source>
        <translation>无法连接到服务器。请检查服务器名称和端口、服务器是否已开机以及网络是否正常。</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>服务器拒绝了该用户名或密码。</translation>
    </message>
    <message>
        <source>The server has no database of that name.</source>
        <translation>服务器上没有这个名称的数据库。</translation>
    </message>
    <message>
        <source>The file is not a database, or it is damaged.</source>
        <translation>该文件不是数据库文件，或已损坏。</translation>
    </message>
    <message>
        <source>The file or its folder cannot be opened or written.</source>
        <translation>无法打开或写入该文件或其所在的文件夹。</translation>
    </message>
    <message>
        <source>The connection details are not valid.</source>
        <translation>连接信息无效。</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>连接失败。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <source>The new data location takes effect the next time the program starts.</source>
        <translation>新的数据位置将在下次启动程序时生效。</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>These settings belong to the office&apos;s data: every computer that uses this database sees the same.</source>
        <translation>以下设置保存在本单位的数据中，使用同一数据库的每台电脑看到的都相同。</translation>
    </message>
    <message>
        <source>Federation &amp;name on cards:</source>
        <translation>会员证上的工会名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Print &amp;font:</source>
        <translation>打印字体(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>A TrueType font file (.ttf or .ttc) with Chinese characters, used for every printed document. Leave it empty to use the fonts found on each computer. The file must be at the same place on every computer that prints.</source>
        <translation>含中文字形的 TrueType 字体文件（.ttf 或 .ttc），所有打印的文档都使用它。留空则使用各台电脑上找到的字体。每台用于打印的电脑上，该文件都必须在同一位置。</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>只有管理员可以修改这些设置。</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Where this computer finds the data. The choice is kept on this computer only and takes effect the next time the program starts; a database given with --db or UNIONAPP_DB still comes first.</source>
        <translation>本机从哪里读取数据。此项只保存在本机，下次启动程序时生效；用 --db 或 UNIONAPP_DB 指定的数据库仍然优先。</translation>
    </message>
    <message>
        <source>The &amp;default data file of this computer</source>
        <translation>本机的默认数据文件(&amp;D)</translation>
    </message>
    <message>
        <source>Another &amp;SQLite data file</source>
        <translation>其他 SQLite 数据文件(&amp;S)</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>选择(&amp;O)…</translation>
    </message>
    <message>
        <source>An office &amp;PostgreSQL server</source>
        <translation>单位的 PostgreSQL 服务器(&amp;P)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>name or address, e.g. 192.168.1.10</source>
        <translation>名称或地址，例如 192.168.1.10</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>端口(&amp;R)：</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>数据库(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>The password is stored on this computer, in the program&apos;s data folder, so that the program can connect at every start without asking.</source>
        <translation>密码保存在本机的程序数据文件夹中，以便每次启动时无需输入即可连接。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
</context>
<context>
    <name>UnorganizedDialog</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>跟进情况</translation>
    </message>
    <message>
        <source>New employer without a union</source>
        <translation>新增未建会单位</translation>
    </message>
    <message>
        <source>No union yet</source>
        <translation>未建会</translation>
    </message>
    <message>
        <source>Follow-up log (available once saved)</source>
        <translation>跟进记录（保存后可填写）</translation>
    </message>
    <message>
        <source>Union founded on %1: %2</source>
        <translation>已于 %1 建会：%2</translation>
    </message>
    <message>
        <source>There cannot be more migrant workers than workers</source>
        <translation>农民工人数不能多于职工人数</translation>
    </message>
    <message>
        <source>Employer without a union</source>
        <translation>未建会单位</translation>
    </message>
    <message>
        <source>Employer name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18位</translation>
    </message>
    <message>
        <source>Unit category:</source>
        <translation>单位类别：</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>国民经济行业：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>所在镇街：</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>职工人数：</translation>
    </message>
    <message>
        <source>Of whom migrant workers:</source>
        <translation>其中农民工：</translation>
    </message>
    <message>
        <source>Reason for no union:</source>
        <translation>未建会原因：</translation>
    </message>
    <message>
        <source>Details of the reason:</source>
        <translation>原因说明：</translation>
    </message>
    <message>
        <source>Person responsible:</source>
        <translation>责任人：</translation>
    </message>
    <message>
        <source>Union planned by:</source>
        <translation>计划建会日期：</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>如 2019-05-01</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>建会状态：</translation>
    </message>
    <message>
        <source>Follow-up log</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>跟进人：</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>跟进情况：</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>添加记录</translation>
    </message>
</context>
<context>
    <name>UnorganizedPanel</name>
    <message>
        <source>Township:</source>
        <translation>镇街：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Employer name or credit code</source>
        <translation>单位名称或统一社会信用代码</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Found a union…</source>
        <translation>建会…</translation>
    </message>
    <message>
        <source>No union yet</source>
        <translation>未建会</translation>
    </message>
    <message>
        <source>Union founded</source>
        <translation>已建会</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>全部镇街</translation>
    </message>
    <message>
        <source>%1 employers, %2 workers, of whom %3 migrant workers</source>
        <translation>共 %1 家单位，职工 %2 人，其中农民工 %3 人</translation>
    </message>
    <message>
        <source>Union founded: %1</source>
        <translation>已建会：%1</translation>
    </message>
</context>
<context>
    <name>UnorganizedTableModel</name>
    <message>
        <source>Employer</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>所在镇街</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>Migrant workers</source>
        <translation>农民工人数</translation>
    </message>
    <message>
        <source>Reason for no union</source>
        <translation>未建会原因</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Planned by</source>
        <translation>计划建会</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>Password: at least %1 characters; mix letters, digits or signs.</source>
        <translation>密码：至少 %1 位，请混合使用字母、数字或符号。</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>修改用户 %1</translation>
    </message>
    <message>
        <source>Scope of the account</source>
        <translation>账户的管辖范围</translation>
    </message>
    <message>
        <source>Choose a township (street) or industry union: the user will see and change only what lies under it.</source>
        <translation>请选择乡镇（街道）总工会或产业（系统）工会：该用户将只能查看和修改其下属的数据。</translation>
    </message>
    <message>
        <source>Whole county (administrators are never limited)</source>
        <translation>全县（管理员不受限制）</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>May view &amp;sensitive information (full ID and phone numbers)</source>
        <translation>可查看敏感信息（完整身份证号和手机号）(&amp;S)</translation>
    </message>
    <message>
        <source>Account &amp;enabled</source>
        <translation>启用账户(&amp;E)</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>管辖范围(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Whole county</source>
        <translation>全县(&amp;W)</translation>
    </message>
    <message>
        <source>Limited to a township (street) or industry union, the user sees and changes only the unions, members and files under it. Administrators always work on the whole county.</source>
        <translation>限定到某个乡镇（街道）总工会或产业（系统）工会后，该用户只能查看和修改其下属的工会、会员和档案。管理员始终负责全县，不受限制。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>管辖范围</translation>
    </message>
    <message>
        <source>Sensitive information</source>
        <translation>敏感信息</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>May view</source>
        <translation>可查看</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>遮蔽</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Administrators add accounts and set their role; &apos;sensitive information&apos; lets a user see full ID and phone numbers.</source>
        <translation>管理员在此新增账户并设置角色；“查看敏感信息”允许用户看到完整的身份证号和手机号。</translation>
    </message>
    <message>
        <source>You can see only your own account. Ask an administrator to change your role.</source>
        <translation>您只能看到自己的账户。如需调整角色，请联系管理员。</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>启用(&amp;N)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>新增用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重设密码(&amp;R)…</translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation>解锁(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Not recorded as aid</source>
        <translation>不计入帮扶发放</translation>
    </message>
    <message>
        <source>A new payment of the campaign</source>
        <translation>登记为该活动的新发放记录</translation>
    </message>
    <message>
        <source>A payment already recorded</source>
        <translation>关联已登记的发放记录</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>物品名称</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation>价值（元）</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>新建走访记录</translation>
    </message>
    <message>
        <source>given when saved</source>
        <translation>保存后生成</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>尚未办结</translation>
    </message>
    <message>
        <source>Shown masked: you do not have the right to see ID numbers</source>
        <translation>已脱敏显示：您没有查看身份证号的权限</translation>
    </message>
    <message>
        <source>(added when saved)</source>
        <translation>（保存时添加）</translation>
    </message>
    <message>
        <source>Name, part of the ID number or file no.</source>
        <translation>姓名、身份证号的一部分或档案编号</translation>
    </message>
    <message>
        <source>Name, part of the ID number or member no.</source>
        <translation>姓名、身份证号的一部分或会员编号</translation>
    </message>
    <message>
        <source>Find a household on file</source>
        <translation>查找在档困难职工</translation>
    </message>
    <message>
        <source>Find a member</source>
        <translation>查找会员</translation>
    </message>
    <message>
        <source>The employer&apos;s union</source>
        <translation>企业工会</translation>
    </message>
    <message>
        <source>The union the visit counts for</source>
        <translation>走访所属工会</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>跟进办结</translation>
    </message>
    <message>
        <source>What was done, and the outcome:</source>
        <translation>办理情况和结果：</translation>
    </message>
    <message>
        <source>Choose the campaign the money belongs to</source>
        <translation>请选择慰问金所属的帮扶活动</translation>
    </message>
    <message>
        <source>Choose the payment this visit made</source>
        <translation>请选择本次走访对应的发放记录</translation>
    </message>
    <message>
        <source>Saved, but please note</source>
        <translation>已保存，请注意</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访慰问记录</translation>
    </message>
    <message>
        <source>Record no.:</source>
        <translation>记录编号：</translation>
    </message>
    <message>
        <source>Visited on:</source>
        <translation>走访日期：</translation>
    </message>
    <message>
        <source>e.g. 2026-01-20</source>
        <translation>如 2026-01-20</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>走访类型：</translation>
    </message>
    <message>
        <source>Visitors:</source>
        <translation>走访人员：</translation>
    </message>
    <message>
        <source>Union cadres who visited</source>
        <translation>参加走访的工会干部</translation>
    </message>
    <message>
        <source>Whom:</source>
        <translation>走访对象：</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Name, part of the ID number or no.</source>
        <translation>姓名、身份证号的一部分或编号</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Chosen:</source>
        <translation>已选：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名或名称：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>工作单位：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <source>Union:</source>
        <translation>所属工会：</translation>
    </message>
    <message>
        <source>Taken from the record chosen</source>
        <translation>按所选对象自动填写</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>走访地点：</translation>
    </message>
    <message>
        <source>Money given (yuan):</source>
        <translation>慰问金（元）：</translation>
    </message>
    <message>
        <source>Record the money as:</source>
        <translation>慰问金登记为：</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>帮扶活动：</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>发放记录：</translation>
    </message>
    <message>
        <source>Linked payment:</source>
        <translation>已关联发放：</translation>
    </message>
    <message>
        <source>Goods given:</source>
        <translation>慰问物品：</translation>
    </message>
    <message>
        <source>Add goods</source>
        <translation>添加物品</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Learned and follow-up</source>
        <translation>了解情况与跟进</translation>
    </message>
    <message>
        <source>What was learned:</source>
        <translation>了解到的情况和诉求：</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>跟进：</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>需要跟进</translation>
    </message>
    <message>
        <source>What to follow up:</source>
        <translation>跟进事项：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Record the outcome…</source>
        <translation>登记跟进结果…</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>登记人：</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Open: %1</source>
        <translation>待跟进：%1</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>已办结 %1</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>走访类型</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>对象类别</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>走访对象</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>所属工会</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>走访人员</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>慰问金</translation>
    </message>
    <message>
        <source>Goods value</source>
        <translation>物品价值</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Every kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Done or none</source>
        <translation>已办结或无需跟进</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>%1 visits found</source>
        <translation>找到 %1 条走访记录</translation>
    </message>
    <message>
        <source>Visits in…</source>
        <translation>选择范围…</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>已显示 %1 条</translation>
    </message>
    <message>
        <source>Export the visits</source>
        <translation>导出走访记录</translation>
    </message>
    <message>
        <source>visits.xlsx</source>
        <translation>走访慰问记录.xlsx</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Select a visit first.</source>
        <translation>请先选择走访记录。</translation>
    </message>
    <message>
        <source>Visit form of %1</source>
        <translation>%1 的走访慰问登记表</translation>
    </message>
    <message>
        <source>Whom, record no. or visitors</source>
        <translation>走访对象、记录编号或走访人员</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>新建走访…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Follow-up done…</source>
        <translation>跟进办结…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Print visit form…</source>
        <translation>打印登记表…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>走访类型：</translation>
    </message>
    <message>
        <source>Whom:</source>
        <translation>走访对象：</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>跟进：</translation>
    </message>
    <message>
        <source>Union:</source>
        <translation>所属工会：</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
</context>
</TS>

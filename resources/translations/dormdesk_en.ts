<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序出错</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发生了意外错误。您的数据已保存到上一次成功的操作。请把详细信息复制给技术支持。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索摘要、编号或操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>数据库文件 {path} 位于网络共享上。SQLite 文件在网络共享上被多台电脑同时写入会损坏数据，因此只能只读打开。多台电脑共用数据时，请使用 PostgreSQL 服务器（--db postgresql+psycopg://...）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库地址无效：{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库文件不存在：{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库文件 {path} 是只读的，无法保存修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不支持的数据库类型：{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少数据库驱动 {module}。请安装：pip install &quot;dormdesk[postgres]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法连接数据库 {url}：{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开数据库 {url}：{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前用户没有此操作的权限（{permission}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该记录已被 {who} 于 {when} 修改，您的修改未保存。请重新加载后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码至少需要 {n} 个字符。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写用户名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写姓名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知的角色：{role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统中已有用户，不能再次创建初始管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名或密码错误。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>账户已被锁定，请于 {until} 之后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码连续错误 {n} 次，账户已锁定 {m} 分钟。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名 {name} 已存在。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户不存在。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能取消自己的系统管理员身份或停用自己。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原密码不正确。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL 数据库请由服务器管理员用 pg_dump 备份；本功能只用于本机 SQLite 数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} 不是有效的 DormDesk 备份文件：{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件不存在：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库操作失败：{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存失败：数据与其他记录冲突（{detail}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有名为 {name} 的楼栋。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份格式应为 YYYY-MM，例如 2026-09：{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期格式应为 YYYY-MM-DD：{a} / {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束日期早于开始日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知的登记表：{kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首次使用：创建系统管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>欢迎使用 DormDesk 宿管台。数据库中还没有用户，请先创建系统管理员账户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再次输入密码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>数据库：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>屏幕已锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入用户名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录 DormDesk 宿管台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>宿管台 · 学生公寓管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>用户：%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（只读）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已备份到 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库检查通过。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DormDesk 宿管台 %1
学生公寓与物业服务中心的日常管理工具。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DormDesk 宿管台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立即备份数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>锁定屏幕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于 DormDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>首页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学生与房间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>钥匙</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>维修</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>考核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>系统管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主管</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理员/客服</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查询</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>当前数据库：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言将在重新启动后生效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码已修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改参数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>留空表示使用本机 SQLite 数据库文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在连接…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>连接成功。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库地址已保存，重新启动后生效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用所选备份替换当前数据库？当前数据会先自动备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复。恢复前的数据已备份到：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库检查通过。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>常规</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位名称（打印在表单和登记表上）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无操作自动锁屏（分钟，0 为不锁）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存常规设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改我的密码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增用户…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑用户…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解除锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>业务参数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双击一行修改参数值（价格、数量、时限等），修改记入审计日志。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库地址（留空使用本机文件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存（重启后生效）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有备份：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>无法打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库完整性检查未通过，已以只读方式打开。请从备份恢复。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>编辑用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>留空则不修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只允许管理以下楼栋（都不勾选表示全部楼栋）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

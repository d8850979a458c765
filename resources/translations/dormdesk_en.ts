<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>ActionBar</name>
    <message>
        <source>更多</source>
        <translation>More</translation>
    </message>
</context>
<context>
    <name>AssessmentAdditionsDialog</name>
    <message>
        <source>加分/奖励（%1）</source>
        <translation>Bonus/reward (%1)</translation>
    </message>
    <message>
        <source>加分/奖励</source>
        <translation>Bonus/reward</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>AssessmentDecisionDialog</name>
    <message>
        <source>维持</source>
        <translation>Uphold</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>调整</source>
        <translation>Adjust</translation>
    </message>
    <message>
        <source>%1  %2 扣 %3
申诉理由：%4</source>
        <translation>%1  %2 deduct %3
Appeal reason: %4</translation>
    </message>
    <message>
        <source>处理申诉</source>
        <translation>Handle appeal</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>调整后扣款</source>
        <translation>Adjusted deduction</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>AssessmentIncidentDialog</name>
    <message>
        <source>扣款（%1）</source>
        <translation>Deduction (%1)</translation>
    </message>
    <message>
        <source>按损失金额的 %1% 扣款</source>
        <translation>Deduct %1% of the loss amount</translation>
    </message>
    <message>
        <source>每次 %1 %2</source>
        <translation>%1 %2 per occurrence</translation>
    </message>
    <message>
        <source>选择证据文件</source>
        <translation>Choose evidence file</translation>
    </message>
    <message>
        <source>图片或文件 (*.jpg *.jpeg *.png *.bmp *.pdf *.doc *.docx);;所有文件 (*)</source>
        <translation>Images or files (*.jpg *.jpeg *.png *.bmp *.pdf *.doc *.docx);;All files (*)</translation>
    </message>
    <message>
        <source>记录违规</source>
        <translation>Record violation</translation>
    </message>
    <message>
        <source>被考核宿管员</source>
        <translation>Dorm warden assessed</translation>
    </message>
    <message>
        <source>发生时间</source>
        <translation>Occurred at</translation>
    </message>
    <message>
        <source>考核项目</source>
        <translation>Assessment item</translation>
    </message>
    <message>
        <source>扣款标准</source>
        <translation>Deduction standard</translation>
    </message>
    <message>
        <source>损失金额（元）</source>
        <translation>Loss amount (yuan)</translation>
    </message>
    <message>
        <source>扣款</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>违规经过</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>时间、地点、经过、发现人</source>
        <translation>Time, place, what happened, who found it</translation>
    </message>
    <message>
        <source>证据（照片或文件）</source>
        <translation>Evidence (photo or file)</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>AssessmentItemsDialog</name>
    <message>
        <source>考核项目</source>
        <translation>Assessment items</translation>
    </message>
    <message>
        <source>修改金额或停用项目不影响已记录的违规（历史月份保留当时的金额和项目名称）。</source>
        <translation>Changing an amount or disabling an item does not affect violations already recorded (past months keep the amount and item name of the time).</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>违规行为</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>岗位职责</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>扣款方式</source>
        <translation>Deduction mode</translation>
    </message>
    <message>
        <source>最低</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>最高</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>损失比例（%）</source>
        <translation>Loss ratio (%)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>{time} 归还</source>
        <translation>returned {time}</translation>
    </message>
    <message>
        <source>至今未还</source>
        <translation>not returned yet</translation>
    </message>
    <message>
        <source>备用钥匙逾期未还 {building} {room}</source>
        <translation>Spare key returned late {building} {room}</translation>
    </message>
    <message>
        <source>{no} {name} 应于 {due} 前归还，{late}</source>
        <translation>{no} {name} due back by {due}, {late}</translation>
    </message>
    <message>
        <source>放行条 {no}（{unit} {tenant}）{fate}，未对账</source>
        <translation>Release slip {no} ({unit} {tenant}) {fate}, not reconciled</translation>
    </message>
    <message>
        <source>，实际 {done} 完成</source>
        <translation>, completed {done}</translation>
    </message>
    <message>
        <source>，至今未完成</source>
        <translation>, not completed yet</translation>
    </message>
    <message>
        <source>维修单超时未完成 {building} {room} {category}</source>
        <translation>Repair past its limit {building} {room} {category}</translation>
    </message>
    <message>
        <source>{no} 应于 {due} 前完成</source>
        <translation>{no} due by {due}</translation>
    </message>
    <message>
        <source>会议室周清洁消毒缺失 {room}</source>
        <translation>Weekly meeting room cleaning missed {room}</translation>
    </message>
    <message>
        <source>{week} 起一周未登记彻底清洁和茶具消毒</source>
        <translation>No thorough cleaning or tea-set disinfection recorded in the week from {week}</translation>
    </message>
    <message>
        <source>入室服务{flag} {office}</source>
        <translation>Office service {flag} {office}</translation>
    </message>
    <message>
        <source> {time} 完成（{staff}）</source>
        <translation> done at {time} ({staff})</translation>
    </message>
    <message>
        <source> 未登记</source>
        <translation> not recorded</translation>
    </message>
    <message>
        <source>会议服务员未提前到岗 {staff}</source>
        <translation>Meeting attendant not in place early {staff}</translation>
    </message>
    <message>
        <source>{meeting}（{room} {start}）{late}</source>
        <translation>{meeting} ({room} {start}) {late}</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <source>考核项目</source>
        <translation>Assessment items</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>全部宿管员</source>
        <translation>All dorm wardens</translation>
    </message>
    <message>
        <source>%1 名宿管员，合计%2 %3 %4</source>
        <translation>%1 dorm wardens; total %2 %3 %4</translation>
    </message>
    <message>
        <source>扣款</source>
        <translation>deductions</translation>
    </message>
    <message>
        <source>扣分</source>
        <translation>points off</translation>
    </message>
    <message>
        <source>%1 条待处理</source>
        <translation>%1 pending</translation>
    </message>
    <message>
        <source>建议扣款 (%1)</source>
        <translation>Suggested deductions (%1)</translation>
    </message>
    <message>
        <source>建议扣款</source>
        <translation>Suggested deductions</translation>
    </message>
    <message>
        <source>近 12 个月没有扣款记录</source>
        <translation>No deductions in the last 12 months</translation>
    </message>
    <message>
        <source>最多：%1（%2 %3）</source>
        <translation>Most: %1 (%2 %3)</translation>
    </message>
    <message>
        <source>已关闭（%1 %2）</source>
        <translation>Closed (%1 %2)</translation>
    </message>
    <message>
        <source>未关闭</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>损失金额：%1 元</source>
        <translation>Loss amount: %1 yuan</translation>
    </message>
    <message>
        <source>原扣款：%1</source>
        <translation>Original deduction: %1</translation>
    </message>
    <message>
        <source>申诉理由：%1</source>
        <translation>Appeal reason: %1</translation>
    </message>
    <message>
        <source>处理：%1（%2）</source>
        <translation>Decision: %1 (%2)</translation>
    </message>
    <message>
        <source>已记录 %1</source>
        <translation>Recorded %1</translation>
    </message>
    <message>
        <source>由 %1 确认违规记录 %2（扣 %3）？</source>
        <translation>Record %1&apos;s confirmation of violation %2 (deduction %3)?</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>申诉理由</source>
        <translation>Appeal reason</translation>
    </message>
    <message>
        <source>申诉 %1</source>
        <translation>Appeal %1</translation>
    </message>
    <message>
        <source>已提交申诉</source>
        <translation>Appeal submitted</translation>
    </message>
    <message>
        <source>申诉已处理：%1</source>
        <translation>Appeal handled: %1</translation>
    </message>
    <message>
        <source>选择证据文件</source>
        <translation>Choose evidence file</translation>
    </message>
    <message>
        <source>图片或文件 (*.jpg *.jpeg *.png *.bmp *.pdf);;所有文件 (*)</source>
        <translation>Images or files (*.jpg *.jpeg *.png *.bmp *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>已保存证据</source>
        <translation>Evidence saved</translation>
    </message>
    <message>
        <source>删除原因</source>
        <translation>Reason for deletion</translation>
    </message>
    <message>
        <source>删除 %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>已删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>请先在考核表中选择一名宿管员。</source>
        <translation>Select a dorm warden in the assessment sheet first.</translation>
    </message>
    <message>
        <source>保存考核表 PDF</source>
        <translation>Save assessment sheet PDF</translation>
    </message>
    <message>
        <source>正在生成考核表…</source>
        <translation>Generating assessment sheet…</translation>
    </message>
    <message>
        <source>已保存 %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>导出月度考核表</source>
        <translation>Export monthly assessment sheet</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出 %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>采纳建议扣款</source>
        <translation>Adopt suggested deduction</translation>
    </message>
    <message>
        <source>来源：%1（%2）</source>
        <translation>Source: %1 (%2)</translation>
    </message>
    <message>
        <source>已采纳，记为 %1</source>
        <translation>Adopted, recorded as %1</translation>
    </message>
    <message>
        <source>不采纳的理由</source>
        <translation>Reason for rejecting</translation>
    </message>
    <message>
        <source>已不采纳</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>关闭 %1 的考核？关闭后不能再记录或修改，只有系统管理员可以重新开启。</source>
        <translation>Close the assessment for %1? After closing, nothing can be recorded or changed; only a system administrator can reopen it.</translation>
    </message>
    <message>
        <source>注意：还有 %1 条扣款未经宿管员确认，关闭后无法再确认。</source>
        <translation>Note: %1 deductions have not been confirmed by the dorm warden and cannot be confirmed after closing.</translation>
    </message>
    <message>
        <source>已关闭本月考核</source>
        <translation>This month&apos;s assessment closed</translation>
    </message>
    <message>
        <source>重新开启的原因</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <source>重新开启 %1</source>
        <translation>Reopen %1</translation>
    </message>
    <message>
        <source>已重新开启</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>考核月份</source>
        <translation>Assessment month</translation>
    </message>
    <message>
        <source>上月</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>下月</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>关闭本月</source>
        <translation>Close month</translation>
    </message>
    <message>
        <source>重新开启</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>打印全部考核表</source>
        <translation>Print all sheets</translation>
    </message>
    <message>
        <source>考核项目…</source>
        <translation>Assessment items…</translation>
    </message>
    <message>
        <source>违规记录</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>记录违规</source>
        <translation>Record violation</translation>
    </message>
    <message>
        <source>宿管员确认</source>
        <translation>Warden confirms</translation>
    </message>
    <message>
        <source>申诉</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <source>处理申诉</source>
        <translation>Handle appeal</translation>
    </message>
    <message>
        <source>查看证据</source>
        <translation>View evidence</translation>
    </message>
    <message>
        <source>补充证据…</source>
        <translation>Add evidence…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>只看待确认</source>
        <translation>Unconfirmed only</translation>
    </message>
    <message>
        <source>月度考核表</source>
        <translation>Monthly assessment sheet</translation>
    </message>
    <message>
        <source>加分/奖励…</source>
        <translation>Bonus/reward…</translation>
    </message>
    <message>
        <source>打印所选考核表</source>
        <translation>Print selected sheets</translation>
    </message>
    <message>
        <source>以下是系统中其他模块记录的、与各楼栋相关的情况（如备用钥匙逾期、维修超时、放行条未核销）。采纳即记为违规扣款，不采纳须填写理由；处理后不再提示。</source>
        <translation>Below are issues concerning each building recorded by other modules (e.g. overdue spare keys, late repairs, release slips not reconciled). Adopting records a violation deduction; rejecting requires a reason. Once handled, they are not shown again.</translation>
    </message>
    <message>
        <source>采纳…</source>
        <translation>Adopt…</translation>
    </message>
    <message>
        <source>不采纳…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>扣款统计</source>
        <translation>Deduction statistics</translation>
    </message>
    <message>
        <source>近 12 个月扣款，按</source>
        <translation>Deductions in the last 12 months, by</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>业务参数</source>
        <translation>Business parameter</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>学生</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>员工</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>名单导入批次</source>
        <translation>Roster import batch</translation>
    </message>
    <message>
        <source>交接班</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <source>钥匙类型</source>
        <translation>Key type</translation>
    </message>
    <message>
        <source>钥匙价格</source>
        <translation>Key price</translation>
    </message>
    <message>
        <source>钥匙发放</source>
        <translation>Key issue</translation>
    </message>
    <message>
        <source>钥匙交回</source>
        <translation>Key return</translation>
    </message>
    <message>
        <source>钥匙挂失</source>
        <translation>Lost key report</translation>
    </message>
    <message>
        <source>备用钥匙借用</source>
        <translation>Spare key loan</translation>
    </message>
    <message>
        <source>业主钥匙借用</source>
        <translation>Owner key loan</translation>
    </message>
    <message>
        <source>业主钥匙托管</source>
        <translation>Owner key deposit</translation>
    </message>
    <message>
        <source>报修单</source>
        <translation>Repair slip</translation>
    </message>
    <message>
        <source>公物损坏赔偿通知</source>
        <translation>Damage notice</translation>
    </message>
    <message>
        <source>公物价目</source>
        <translation>Asset price</translation>
    </message>
    <message>
        <source>邮件</source>
        <translation>Mail item</translation>
    </message>
    <message>
        <source>代寄邮件</source>
        <translation>Outgoing mail</translation>
    </message>
    <message>
        <source>咨询</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>来访登记</source>
        <translation>Visitor entry</translation>
    </message>
    <message>
        <source>物品出入</source>
        <translation>Goods in/out</translation>
    </message>
    <message>
        <source>服务用语</source>
        <translation>Service phrase</translation>
    </message>
    <message>
        <source>放行条</source>
        <translation>Release slip</translation>
    </message>
    <message>
        <source>放行单位</source>
        <translation>Release party</translation>
    </message>
    <message>
        <source>放行协议</source>
        <translation>Release agreement</translation>
    </message>
    <message>
        <source>迁出/退宿</source>
        <translation>Move-out</translation>
    </message>
    <message>
        <source>会议室</source>
        <translation>Meeting room</translation>
    </message>
    <message>
        <source>会议预订</source>
        <translation>Meeting booking</translation>
    </message>
    <message>
        <source>周期会议</source>
        <translation>Recurring meeting</translation>
    </message>
    <message>
        <source>会议服务记录</source>
        <translation>Meeting service log</translation>
    </message>
    <message>
        <source>会议室清洁消毒</source>
        <translation>Meeting room cleaning</translation>
    </message>
    <message>
        <source>入室服务检查</source>
        <translation>Office service check</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Return visit</translation>
    </message>
    <message>
        <source>回访计划</source>
        <translation>Visit plan</translation>
    </message>
    <message>
        <source>回访表签收</source>
        <translation>Visit form sign-out</translation>
    </message>
    <message>
        <source>调查计划</source>
        <translation>Survey plan</translation>
    </message>
    <message>
        <source>调查问卷</source>
        <translation>Survey response</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Improvement action</translation>
    </message>
    <message>
        <source>考核项目</source>
        <translation>Assessment item</translation>
    </message>
    <message>
        <source>违规记录</source>
        <translation>Violation record</translation>
    </message>
    <message>
        <source>月度考核</source>
        <translation>Monthly assessment</translation>
    </message>
    <message>
        <source>月度考核表</source>
        <translation>Monthly assessment sheet</translation>
    </message>
    <message>
        <source>不予考核的建议</source>
        <translation>Dismissed suggestion</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <source>修改前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>修改后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>导出审计日志</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出 %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>记录类型</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>搜索摘要、编号或操作</source>
        <translation>Search summary, number or action</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
</context>
<context>
    <name>BuildingDialog</name>
    <message>
        <source>编辑楼栋</source>
        <translation>Edit building</translation>
    </message>
    <message>
        <source>新增楼栋</source>
        <translation>New building</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>楼栋名称</source>
        <translation>Building name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>楼层数</source>
        <translation>Floors</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>负责的宿管员：</source>
        <translation>Dorm wardens in charge:</translation>
    </message>
</context>
<context>
    <name>CasesTabs</name>
    <message>
        <source>接待人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>答复方式</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>约定答复时间</source>
        <translation>Answer promised by</translation>
    </message>
    <message>
        <source>转交部门</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>上报</source>
        <translation>Escalated to</translation>
    </message>
    <message>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>负责人查阅</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>受理人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>首次答复时限</source>
        <translation>First reply due</translation>
    </message>
    <message>
        <source>首次答复</source>
        <translation>First reply</translation>
    </message>
    <message>
        <source>定性</source>
        <translation>Classified</translation>
    </message>
    <message>
        <source>解释</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>责任部门</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <source>处理期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>纠正预防措施</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <source>应回访日期</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>重新处理 %1 次</source>
        <translation>Reopened %1 times</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>前台台帐</source>
        <translation>Front desk log</translation>
    </message>
    <message>
        <source>投诉登记</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>显示 %1 条；未答复 %2 条，超时 %3 条，待查阅 %4 条</source>
        <translation>Showing %1; %2 unanswered, %3 overdue, %4 to review</translation>
    </message>
    <message>
        <source>已登记 %1</source>
        <translation>Registered %1</translation>
    </message>
    <message>
        <source>答复内容：</source>
        <translation>Reply:</translation>
    </message>
    <message>
        <source>答复 %1</source>
        <translation>Reply to %1</translation>
    </message>
    <message>
        <source>已答复 %1</source>
        <translation>Replied %1</translation>
    </message>
    <message>
        <source>转部门</source>
        <translation>Refer to department</translation>
    </message>
    <message>
        <source>转交部门：</source>
        <translation>Refer to department:</translation>
    </message>
    <message>
        <source>已转%1</source>
        <translation>Referred to %1</translation>
    </message>
    <message>
        <source>上报对象（客服主管或物业负责人）：</source>
        <translation>Report to (customer service supervisor or property manager):</translation>
    </message>
    <message>
        <source>上报 %1</source>
        <translation>Report %1</translation>
    </message>
    <message>
        <source>已上报 %1</source>
        <translation>Reported %1</translation>
    </message>
    <message>
        <source>没有待查阅的已答复记录。</source>
        <translation>No answered records to review.</translation>
    </message>
    <message>
        <source>查阅并确认 %1 条已答复的台帐记录？</source>
        <translation>Review and confirm %1 answered log records?</translation>
    </message>
    <message>
        <source>已查阅 %1 条</source>
        <translation>Reviewed %1</translation>
    </message>
    <message>
        <source>显示 %1 件；未办结 %2 件，待回访 %3 件，超期 %4 件</source>
        <translation>Showing %1; %2 open, %3 awaiting return visit, %4 overdue</translation>
    </message>
    <message>
        <source>已保存 %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>答复住户/处理进展：</source>
        <translation>Reply to resident / progress:</translation>
    </message>
    <message>
        <source>投诉 %1 结案？</source>
        <translation>Close complaint %1?</translation>
    </message>
    <message>
        <source>作废原因（编号保留）：</source>
        <translation>Reason for voiding (the number is kept):</translation>
    </message>
    <message>
        <source>作废 %1</source>
        <translation>Void %1</translation>
    </message>
    <message>
        <source>投诉记录/处理表 %1</source>
        <translation>Complaint record/handling form %1</translation>
    </message>
</context>
<context>
    <name>ChecksTab</name>
    <message>
        <source>已登记周清洁消毒。</source>
        <translation>Weekly cleaning recorded.</translation>
    </message>
    <message>
        <source>已登记入室服务。</source>
        <translation>Office service recorded.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>违规行为</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>扣款标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>宿管员</source>
        <translation>Dorm warden</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>条款</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>扣款</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>申诉</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <source>确认人</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>钥匙</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <source>放行</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>建议条款</source>
        <translation>Suggested item</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>详情</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>总排名</source>
        <translation>Overall rank</translation>
    </message>
    <message>
        <source>绩效基数</source>
        <translation>Base pay</translation>
    </message>
    <message>
        <source>满分</source>
        <translation>Full score</translation>
    </message>
    <message>
        <source>次数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>扣款合计</source>
        <translation>Total deduction</translation>
    </message>
    <message>
        <source>扣分合计</source>
        <translation>Points off</translation>
    </message>
    <message>
        <source>加分/奖励</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>实发金额</source>
        <translation>Net pay</translation>
    </message>
    <message>
        <source>楼栋排名</source>
        <translation>Building rank</translation>
    </message>
    <message>
        <source>待确认</source>
        <translation>Unconfirmed</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>电脑</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>记录类型</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>记录编号</source>
        <translation>Record No.</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>日期时间</source>
        <translation>Date/time</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>业户</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>答复方式</source>
        <translation>Reply mode</translation>
    </message>
    <message>
        <source>约定答复</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>投诉编号</source>
        <translation>Complaint No.</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>责任部门</source>
        <translation>Dept.</translation>
    </message>
    <message>
        <source>应回访</source>
        <translation>Visit due</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>登记号</source>
        <translation>Reg. No.</translation>
    </message>
    <message>
        <source>收件时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>种类</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>邮件号码</source>
        <translation>Item No.</translation>
    </message>
    <message>
        <source>收件人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>通知时间</source>
        <translation>Notified</translation>
    </message>
    <message>
        <source>保管至</source>
        <translation>Kept until</translation>
    </message>
    <message>
        <source>领取时间</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>签收人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>寄件人</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>收件地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>寄递方式</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>邮费</source>
        <translation>Postage</translation>
    </message>
    <message>
        <source>运单号</source>
        <translation>Tracking No.</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>新建房间</source>
        <translation>New rooms</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>出/入</source>
        <translation>In/out</translation>
    </message>
    <message>
        <source>学号</source>
        <translation>Student No.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>贵重</source>
        <translation>Valuable</translation>
    </message>
    <message>
        <source>舍长证明</source>
        <translation>Room leader&apos;s note</translation>
    </message>
    <message>
        <source>床位</source>
        <translation>Bed</translation>
    </message>
    <message>
        <source>变更内容</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>挂钩</source>
        <translation>Hook</translation>
    </message>
    <message>
        <source>钥匙类型</source>
        <translation>Key type</translation>
    </message>
    <message>
        <source>钥匙编号</source>
        <translation>Key No.</translation>
    </message>
    <message>
        <source>抵押证件</source>
        <translation>Pledged ID</translation>
    </message>
    <message>
        <source>借出时间</source>
        <translation>Lent at</translation>
    </message>
    <message>
        <source>应还时间</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>值班员</source>
        <translation>Duty clerk</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>现在在哪里</source>
        <translation>Where now</translation>
    </message>
    <message>
        <source>动作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>学生</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>单号</source>
        <translation>Slip No.</translation>
    </message>
    <message>
        <source>经办</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>登记编号</source>
        <translation>Reg. No.</translation>
    </message>
    <message>
        <source>发放日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>钥匙(把)</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>押金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>托管编号</source>
        <translation>Custody No.</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>钥匙说明</source>
        <translation>Key description</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>托管日期</source>
        <translation>Custody date</translation>
    </message>
    <message>
        <source>借出给</source>
        <translation>Lent to</translation>
    </message>
    <message>
        <source>借匙单号</source>
        <translation>Loan No.</translation>
    </message>
    <message>
        <source>借匙人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>来访时间</source>
        <translation>Time in</translation>
    </message>
    <message>
        <source>来访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>被访人</source>
        <translation>Person visited</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>离开时间</source>
        <translation>Time out</translation>
    </message>
    <message>
        <source>主管放行</source>
        <translation>Supervisor override</translation>
    </message>
    <message>
        <source>闭楼未离开</source>
        <translation>Inside after closing</translation>
    </message>
    <message>
        <source>审批</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>归还时间</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>催还记录</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>申请单号</source>
        <translation>Request No.</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>Request date</translation>
    </message>
    <message>
        <source>处理方式</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>费用</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt No.</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>申请编号</source>
        <translation>Request No.</translation>
    </message>
    <message>
        <source>申请日</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>迁出日</source>
        <translation>Move-out date</translation>
    </message>
    <message>
        <source>费用结清</source>
        <translation>Fees settled</translation>
    </message>
    <message>
        <source>安检结果</source>
        <translation>Safety check</translation>
    </message>
    <message>
        <source>放行条号</source>
        <translation>Slip No.</translation>
    </message>
    <message>
        <source>特批原因</source>
        <translation>Special approval</translation>
    </message>
    <message>
        <source>开具日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>房号/单位</source>
        <translation>Room/unit</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>保安</source>
        <translation>Guard</translation>
    </message>
    <message>
        <source>回收日期</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <source>用户（单位）名称</source>
        <translation>Tenant (company)</translation>
    </message>
    <message>
        <source>房号/单元</source>
        <translation>Room/unit</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>有效放行协议</source>
        <translation>Valid agreement</translation>
    </message>
    <message>
        <source>授权签署人</source>
        <translation>Authorized signers</translation>
    </message>
    <message>
        <source>协议编号</source>
        <translation>Agreement No.</translation>
    </message>
    <message>
        <source>签订日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>生效</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>截止</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>去向</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>物品名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>维修类别</source>
        <translation>Repair category</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>执行日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>报修时间</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>故障描述</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>报修人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>维修人</source>
        <translation>Repaired by</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>周（周一）</source>
        <translation>Week (Monday)</translation>
    </message>
    <message>
        <source>会议室</source>
        <translation>Meeting room</translation>
    </message>
    <message>
        <source>彻底清洁</source>
        <translation>Deep clean</translation>
    </message>
    <message>
        <source>茶具消毒</source>
        <translation>Tea sets disinfected</translation>
    </message>
    <message>
        <source>清洁人员</source>
        <translation>Cleaned by</translation>
    </message>
    <message>
        <source>检查人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>办公室</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>完成时间</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>服务人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>完成项目</source>
        <translation>Items done</translation>
    </message>
    <message>
        <source>迟/缺</source>
        <translation>Late / missing</translation>
    </message>
    <message>
        <source>报修/缺陷</source>
        <translation>Defects reported</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>锁定至</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>上次登录</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>参数</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>负责楼栋</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>在职</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>床号</source>
        <translation>Bed</translation>
    </message>
    <message>
        <source>学院</source>
        <translation>College</translation>
    </message>
    <message>
        <source>专业班级</source>
        <translation>Major/class</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID card No.</translation>
    </message>
    <message>
        <source>入住日期</source>
        <translation>Check-in date</translation>
    </message>
    <message>
        <source>用语</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>调查编号</source>
        <translation>Survey no.</translation>
    </message>
    <message>
        <source>调查名称</source>
        <translation>Survey title</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Levels</translation>
    </message>
    <message>
        <source>发放</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>回收</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>回收率</source>
        <translation>Return rate</translation>
    </message>
    <message>
        <source>回访编号</source>
        <translation>Visit no.</translation>
    </message>
    <message>
        <source>回访类别</source>
        <translation>Visit type</translation>
    </message>
    <message>
        <source>关联单据</source>
        <translation>Source record</translation>
    </message>
    <message>
        <source>受访人</source>
        <translation>Person visited</translation>
    </message>
    <message>
        <source>回访日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>签收编号</source>
        <translation>Sign-out no.</translation>
    </message>
    <message>
        <source>表单编号</source>
        <translation>Form nos.</translation>
    </message>
    <message>
        <source>领表人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>发表人</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>交回日期</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <source>交回数量</source>
        <translation>Returned qty</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Warden</translation>
    </message>
    <message>
        <source>违规次数</source>
        <translation>Lapses</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>损失金额</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>修改前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>修改后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>收件日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>邮件号</source>
        <translation>Item no.</translation>
    </message>
    <message>
        <source>寄件地点</source>
        <translation>Sent from</translation>
    </message>
    <message>
        <source>完好</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>通知</source>
        <translation>Notified</translation>
    </message>
    <message>
        <source>经手人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>收件</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>已领取/送达</source>
        <translation>Collected/delivered</translation>
    </message>
    <message>
        <source>待领</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>超期未领</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>寄出时间</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <source>退件日期</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <source>原登记号</source>
        <translation>Original entry no.</translation>
    </message>
    <message>
        <source>退件原因</source>
        <translation>Return reason</translation>
    </message>
    <message>
        <source>事项类型</source>
        <translation>Matter type</translation>
    </message>
    <message>
        <source>约定答复时间</source>
        <translation>Promised reply time</translation>
    </message>
    <message>
        <source>转交部门</source>
        <translation>Refer to department</translation>
    </message>
    <message>
        <source>答复内容</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>答复时间</source>
        <translation>Answered at</translation>
    </message>
    <message>
        <source>接待人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>负责人查阅</source>
        <translation>Manager review</translation>
    </message>
    <message>
        <source>即时答复</source>
        <translation>Answered at once</translation>
    </message>
    <message>
        <source>已答复</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>未答复</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>超时未答复</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>转部门</source>
        <translation>Refer to department</translation>
    </message>
    <message>
        <source>上报</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>首次答复</source>
        <translation>First reply</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>处理完成</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>回访评价</source>
        <translation>Follow-up rating</translation>
    </message>
    <message>
        <source>回访人</source>
        <translation>Visited by</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>投诉数</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>重大</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>班次开始</source>
        <translation>Shift start</translation>
    </message>
    <message>
        <source>交班时间</source>
        <translation>Handed over at</translation>
    </message>
    <message>
        <source>交班人</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <source>接班人</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>接班时间</source>
        <translation>Taken over at</translation>
    </message>
    <message>
        <source>遗留事项</source>
        <translation>Open items</translation>
    </message>
    <message>
        <source>交班说明</source>
        <translation>Handover note</translation>
    </message>
    <message>
        <source>院系</source>
        <translation>College</translation>
    </message>
    <message>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>房门钥匙(把)</source>
        <translation>Door keys</translation>
    </message>
    <message>
        <source>壁橱钥匙(把)</source>
        <translation>Closet keys</translation>
    </message>
    <message>
        <source>抽屉钥匙(把)</source>
        <translation>Drawer keys</translation>
    </message>
    <message>
        <source>其他钥匙</source>
        <translation>Other keys</translation>
    </message>
    <message>
        <source>钥匙押金</source>
        <translation>Key deposit</translation>
    </message>
    <message>
        <source>学生签名</source>
        <translation>Student signature</translation>
    </message>
    <message>
        <source>抵押证件类型</source>
        <translation>Pledged ID type</translation>
    </message>
    <message>
        <source>证件已退还</source>
        <translation>ID returned</translation>
    </message>
    <message>
        <source>借用人签名</source>
        <translation>Borrower signature</translation>
    </message>
    <message>
        <source>借匙人类别</source>
        <translation>Borrower category</translation>
    </message>
    <message>
        <source>部门/单位</source>
        <translation>Department/company</translation>
    </message>
    <message>
        <source>借用事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>施工许可证号</source>
        <translation>Construction permit No.</translation>
    </message>
    <message>
        <source>现场负责人</source>
        <translation>Site supervisor</translation>
    </message>
    <message>
        <source>部门主任审批</source>
        <translation>Dept. head approval</translation>
    </message>
    <message>
        <source>延期原因</source>
        <translation>Reason for postponing</translation>
    </message>
    <message>
        <source>门窗已关闭</source>
        <translation>Doors and windows closed</translation>
    </message>
    <message>
        <source>室内物品完好</source>
        <translation>Items in the room intact</translation>
    </message>
    <message>
        <source>损坏情况</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>赔偿金额</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>管匙人</source>
        <translation>Key keeper</translation>
    </message>
    <message>
        <source>缴费收据号</source>
        <translation>Payment receipt No.</translation>
    </message>
    <message>
        <source>交回单号</source>
        <translation>Return no.</translation>
    </message>
    <message>
        <source>离校类型</source>
        <translation>Leaving type</translation>
    </message>
    <message>
        <source>应交/实交</source>
        <translation>Due/returned</translation>
    </message>
    <message>
        <source>应交(把)</source>
        <translation>Keys due</translation>
    </message>
    <message>
        <source>实交(把)</source>
        <translation>Keys returned</translation>
    </message>
    <message>
        <source>需换锁</source>
        <translation>Lock change</translation>
    </message>
    <message>
        <source>免除理由</source>
        <translation>Reason for waiver</translation>
    </message>
    <message>
        <source>已更换</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>核对</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>结清金额</source>
        <translation>Amount settled</translation>
    </message>
    <message>
        <source>放行时间</source>
        <translation>Released at</translation>
    </message>
    <message>
        <source>开具</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>门岗拒放</source>
        <translation>Refused at gate</translation>
    </message>
    <message>
        <source>过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>待查</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>故障</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>用时(小时)</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>验收</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>重复次数</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <source>报修数</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>按时完成</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <source>按时率</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <source>平均用时(小时)</source>
        <translation>Average hours</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>收费单数</source>
        <translation>Charged slips</translation>
    </message>
    <message>
        <source>收费金额</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>通知单号</source>
        <translation>Notice no.</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>损坏原因</source>
        <translation>Cause of damage</translation>
    </message>
    <message>
        <source>计价依据</source>
        <translation>Price basis</translation>
    </message>
    <message>
        <source>应缴日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>缴费日期</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>维修单号</source>
        <translation>Repair slip no.</translation>
    </message>
    <message>
        <source>回访时间</source>
        <translation>Follow-up at</translation>
    </message>
    <message>
        <source>派工单号</source>
        <translation>Work order no.</translation>
    </message>
    <message>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>住户意见</source>
        <translation>Resident&apos;s opinion</translation>
    </message>
    <message>
        <source>来访人次</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>回访方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>应回访日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>满意程度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>反馈意见</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>主管审核意见</source>
        <translation>Supervisor&apos;s review</translation>
    </message>
    <message>
        <source>超期/不合格</source>
        <translation>Overdue/nonconforming</translation>
    </message>
    <message>
        <source>应访对象</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>计划中</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>实际回访率</source>
        <translation>Rate achieved</translation>
    </message>
    <message>
        <source>目标回访率</source>
        <translation>Target rate</translation>
    </message>
    <message>
        <source>是否达标</source>
        <translation>Target met</translation>
    </message>
    <message>
        <source>A 满意</source>
        <translation>A Satisfied</translation>
    </message>
    <message>
        <source>B 较满意</source>
        <translation>B Fairly satisfied</translation>
    </message>
    <message>
        <source>C 不满意</source>
        <translation>C Dissatisfied</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>处理意见/纠正措施</source>
        <translation>Decision/corrective action</translation>
    </message>
    <message>
        <source>转投诉编号</source>
        <translation>Complaint no.</translation>
    </message>
    <message>
        <source>回访次数</source>
        <translation>Attempt</translation>
    </message>
    <message>
        <source>时长（小时）</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>场次（含合并会场）</source>
        <translation>Meetings (incl. combined rooms)</translation>
    </message>
    <message>
        <source>使用小时</source>
        <translation>Hours used</translation>
    </message>
    <message>
        <source>可用小时</source>
        <translation>Hours available</translation>
    </message>
    <message>
        <source>占用率（%）</source>
        <translation>Occupancy (%)</translation>
    </message>
    <message>
        <source>值班服务员</source>
        <translation>Attendant on duty</translation>
    </message>
    <message>
        <source>到岗</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>晚到</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>音响检查</source>
        <translation>Audio checked</translation>
    </message>
    <message>
        <source>会场清洁</source>
        <translation>Room cleaned</translation>
    </message>
    <message>
        <source>续水次数</source>
        <translation>Refills</translation>
    </message>
    <message>
        <source>物品发放/归还</source>
        <translation>Items issued/returned</translation>
    </message>
    <message>
        <source>关灯空调/茶具</source>
        <translation>Lights and AC off/tea sets</translation>
    </message>
    <message>
        <source>客户评价</source>
        <translation>Customer feedback</translation>
    </message>
    <message>
        <source>登记时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <source>缺失</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>问卷编号</source>
        <translation>Questionnaire no.</translation>
    </message>
    <message>
        <source>填表人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>满意项</source>
        <translation>Satisfied items</translation>
    </message>
    <message>
        <source>作答项</source>
        <translation>Items answered</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Opinions</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>（不限）</source>
        <translation>(Any)</translation>
    </message>
    <message>
        <source>受理投诉</source>
        <translation>Register complaint</translation>
    </message>
    <message>
        <source>投诉方式</source>
        <translation>Complaint channel</translation>
    </message>
    <message>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation>Complaint category</translation>
    </message>
    <message>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ComplaintStepDialog</name>
    <message>
        <source>投诉定性</source>
        <translation>Classify complaint</translation>
    </message>
    <message>
        <source>转责任部门</source>
        <translation>Refer to responsible dept.</translation>
    </message>
    <message>
        <source>处理完毕</source>
        <translation>Handling completed</translation>
    </message>
    <message>
        <source>投诉回访</source>
        <translation>Complaint return visit</translation>
    </message>
    <message>
        <source>投诉处理</source>
        <translation>Complaint handling</translation>
    </message>
    <message>
        <source>性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>向住户的解释</source>
        <translation>Explanation to resident</translation>
    </message>
    <message>
        <source>无效投诉必填</source>
        <translation>Required for invalid complaints</translation>
    </message>
    <message>
        <source>责任部门</source>
        <translation>Responsible dept.</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>重大投诉必填</source>
        <translation>Required for major complaints</translation>
    </message>
    <message>
        <source>处理期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>纠正预防措施</source>
        <translation>Corrective/preventive action</translation>
    </message>
    <message>
        <source>满意程度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>回访方式</source>
        <translation>Visit mode</translation>
    </message>
    <message>
        <source>回访人</source>
        <translation>Visited by</translation>
    </message>
    <message>
        <source>住户意见</source>
        <translation>Resident&apos;s opinion</translation>
    </message>
    <message>
        <source>不满意时必填</source>
        <translation>Required if dissatisfied</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>宿管员考核方式（money 按次扣款 / points 百分制扣分）</source>
        <translation>Dorm warden assessment mode (money: deduction per occurrence / points: 100-point scale)</translation>
    </message>
    <message>
        <source>宿管员月度绩效基数（元）</source>
        <translation>Dorm warden monthly base pay (yuan)</translation>
    </message>
    <message>
        <source>百分制考核满分</source>
        <translation>Full score for the 100-point assessment</translation>
    </message>
    <message>
        <source>建议扣款默认考核项目编号</source>
        <translation>Default assessment item code for suggested deductions</translation>
    </message>
    <message>
        <source>单位名称（打印在表单和登记表上）</source>
        <translation>Organization name (printed on forms and registers)</translation>
    </message>
    <message>
        <source>自动备份间隔（分钟）</source>
        <translation>Automatic backup interval (minutes)</translation>
    </message>
    <message>
        <source>无操作自动锁屏（分钟，0 为不锁）</source>
        <translation>Lock screen after inactivity (minutes, 0 = never)</translation>
    </message>
    <message>
        <source>投诉首次答复时限（工作日）</source>
        <translation>Time limit for the first reply to a complaint (working days)</translation>
    </message>
    <message>
        <source>有效投诉处理时限（天）</source>
        <translation>Time limit for handling a valid complaint (days)</translation>
    </message>
    <message>
        <source>投诉处理后回访时限（天）</source>
        <translation>Time limit for the return visit after handling a complaint (days)</translation>
    </message>
    <message>
        <source>有效投诉超过几天未解决视为重大投诉</source>
        <translation>Days after which an unresolved valid complaint counts as major</translation>
    </message>
    <message>
        <source>咨询约定答复默认时限（小时）</source>
        <translation>Default time limit for promised consultation replies (hours)</translation>
    </message>
    <message>
        <source>重要邮件种类（须在时限内通知收件人）</source>
        <translation>Important mail types (recipient must be notified within the time limit)</translation>
    </message>
    <message>
        <source>重要邮件通知时限（小时）</source>
        <translation>Time limit for notifying important mail (hours)</translation>
    </message>
    <message>
        <source>邮件在前台保管天数（超过即为超期未领）</source>
        <translation>Days mail is kept at the front desk (after that it is overdue)</translation>
    </message>
    <message>
        <source>经收件人同意最长暂存天数</source>
        <translation>Maximum extra holding days with the recipient&apos;s consent</translation>
    </message>
    <message>
        <source>已迁出住户邮件保管天数</source>
        <translation>Days mail is kept for residents who have moved out</translation>
    </message>
    <message>
        <source>须本人签收、不得代领的邮件种类</source>
        <translation>Mail types that must be signed for in person (no proxy collection)</translation>
    </message>
    <message>
        <source>维修到场时限（分钟，按紧急程度）</source>
        <translation>Repair arrival time limit (minutes, by urgency)</translation>
    </message>
    <message>
        <source>维修完成时限（小时，按紧急程度；0 为当天完成）</source>
        <translation>Repair completion time limit (hours, by urgency; 0 = same day)</translation>
    </message>
    <message>
        <source>重复故障统计天数</source>
        <translation>Days counted for repeated faults</translation>
    </message>
    <message>
        <source>同房间同类报修达到几次记为重复故障</source>
        <translation>Reports of the same category in the same room that count as a repeated fault</translation>
    </message>
    <message>
        <source>维修回访率（0.3 即 30%）</source>
        <translation>Repair return visit rate (0.3 = 30%)</translation>
    </message>
    <message>
        <source>维修单打印联数（1–4，每页两联）</source>
        <translation>Repair slip copies to print (1–4, two copies per page)</translation>
    </message>
    <message>
        <source>维修单各联名称</source>
        <translation>Names of the repair slip copies</translation>
    </message>
    <message>
        <source>公物损坏赔偿缴费期限（天）</source>
        <translation>Payment deadline for damage to public property (days)</translation>
    </message>
    <message>
        <source>维修照片大小上限（KB）</source>
        <translation>Maximum repair photo size (KB)</translation>
    </message>
    <message>
        <source>每张维修单照片数上限</source>
        <translation>Maximum photos per repair slip</translation>
    </message>
    <message>
        <source>学生带出大件物品而无放行条时须有舍长证明（true/false）</source>
        <translation>A student taking large items out without a release slip needs a room leader&apos;s note (true/false)</translation>
    </message>
    <message>
        <source>来访检查的宿舍规定</source>
        <translation>Dorm rules checked for visitors</translation>
    </message>
    <message>
        <source>无须主管放行的来访者身份</source>
        <translation>Visitors admitted without a supervisor</translation>
    </message>
    <message>
        <source>宿舍楼开门时间（HH:MM）</source>
        <translation>Building opening time (HH:MM)</translation>
    </message>
    <message>
        <source>宿舍楼闭楼时间（HH:MM），此后仍在楼内的访客标红并列入交接班</source>
        <translation>Building closing time (HH:MM); visitors still inside afterwards are shown in red and listed in the shift handover</translation>
    </message>
    <message>
        <source>可查看完整身份证号和电话的角色（英文逗号分隔：admin, supervisor, clerk, readonly）</source>
        <translation>Roles that may see full ID and phone numbers (comma-separated: admin, supervisor, clerk, readonly)</translation>
    </message>
    <message>
        <source>会议室预订表开始时间（时）</source>
        <translation>Booking grid starts at (hour)</translation>
    </message>
    <message>
        <source>会议室预订表结束时间（时）</source>
        <translation>Booking grid ends at (hour)</translation>
    </message>
    <message>
        <source>会议服务员提前到岗（分钟）</source>
        <translation>Attendant arrives early (minutes)</translation>
    </message>
    <message>
        <source>会议续水间隔（分钟）</source>
        <translation>Cup refill interval (minutes)</translation>
    </message>
    <message>
        <source>入室服务完成时限（HH:MM）</source>
        <translation>Leaders&apos; offices done by (HH:MM)</translation>
    </message>
    <message>
        <source>会议团队可多留客房数</source>
        <translation>Extra rooms a group block may hold</translation>
    </message>
    <message>
        <source>未用留房按房价收取（%）</source>
        <translation>Unused block rooms charged at (%)</translation>
    </message>
    <message>
        <source>加床最低价（元/人/天）</source>
        <translation>Minimum extra bed rate (yuan per person per day)</translation>
    </message>
    <message>
        <source>会议团队标准间房价（元/间/天）</source>
        <translation>Group standard room rate (yuan per room per day)</translation>
    </message>
    <message>
        <source>会议室按全天计费的时长（小时）</source>
        <translation>Hours from which a meeting pays the daily rate</translation>
    </message>
    <message>
        <source>入室服务的领导办公室（用、分隔）</source>
        <translation>Leaders&apos; offices served (separated by commas)</translation>
    </message>
    <message>
        <source>节假日（YYYY-MM-DD，用、分隔）</source>
        <translation>Holidays (YYYY-MM-DD, separated by commas)</translation>
    </message>
    <message>
        <source>服务质量调查月份（每年）</source>
        <translation>Service-quality survey months (each year)</translation>
    </message>
    <message>
        <source>三级评分中计入满意率的前几级</source>
        <translation>3-level scale: top levels counted as satisfied</translation>
    </message>
    <message>
        <source>五级评分中计入满意率的前几级</source>
        <translation>5-level scale: top levels counted as satisfied</translation>
    </message>
    <message>
        <source>调查满意率目标</source>
        <translation>Survey satisfaction target</translation>
    </message>
    <message>
        <source>问卷回收率目标</source>
        <translation>Questionnaire return-rate target</translation>
    </message>
    <message>
        <source>维修工程完工后回访时限（天，1–2 个月）</source>
        <translation>Visit after repair works are completed (days, 1–2 months)</translation>
    </message>
    <message>
        <source>维修工程完工后最早回访（天）</source>
        <translation>Earliest visit after repair works (days)</translation>
    </message>
    <message>
        <source>报修完成后回访时限（天）</source>
        <translation>Visit after a repair request is done (days)</translation>
    </message>
    <message>
        <source>特约服务结束后回访时限（天）</source>
        <translation>Visit after a special service ends (days)</translation>
    </message>
    <message>
        <source>急救求助后回访时限（天）</source>
        <translation>Visit after emergency help (days)</translation>
    </message>
    <message>
        <source>刊物发行/活动后回访时限（天）</source>
        <translation>Visit after a periodical or event (days)</translation>
    </message>
    <message>
        <source>调查意见回访时限（天）</source>
        <translation>Visit on a survey opinion (days)</translation>
    </message>
    <message>
        <source>定期回访时限（天）</source>
        <translation>Routine visit deadline (days)</translation>
    </message>
    <message>
        <source>会务服务后回访时限（天）</source>
        <translation>Visit after a meeting service (days)</translation>
    </message>
    <message>
        <source>其他服务完成后回访时限（天）</source>
        <translation>Visit after other services (days)</translation>
    </message>
    <message>
        <source>同一事项最多回访次数（不满意再回访）</source>
        <translation>Most visits on one matter (visited again while unsatisfied)</translation>
    </message>
    <message>
        <source>回访率：投诉</source>
        <translation>Visit rate: complaints</translation>
    </message>
    <message>
        <source>回访率：维修工程</source>
        <translation>Visit rate: repair works</translation>
    </message>
    <message>
        <source>回访率：特约服务</source>
        <translation>Visit rate: special services</translation>
    </message>
    <message>
        <source>回访率：急救求助</source>
        <translation>Visit rate: emergency help</translation>
    </message>
    <message>
        <source>回访率：刊物/活动</source>
        <translation>Visit rate: periodicals/events</translation>
    </message>
    <message>
        <source>回访率：调查意见</source>
        <translation>Visit rate: survey opinions</translation>
    </message>
    <message>
        <source>回访率：定期回访</source>
        <translation>Visit rate: routine visits</translation>
    </message>
    <message>
        <source>回访率：会务服务</source>
        <translation>Visit rate: meeting services</translation>
    </message>
    <message>
        <source>回访率：其他</source>
        <translation>Visit rate: other</translation>
    </message>
    <message>
        <source>报修回访按月度单量抽样（≤100 全访，101–300 访 30%，&gt;300 访 10%）</source>
        <translation>Sample repair visits by the month&apos;s slips (≤100 all, 101–300 30%, &gt;300 10%)</translation>
    </message>
    <message>
        <source>抽样规则：单量不超过此数全部回访</source>
        <translation>Sampling rule: visit all up to this many slips</translation>
    </message>
    <message>
        <source>抽样规则：单量不超过此数按中档比例</source>
        <translation>Sampling rule: middle rate up to this many slips</translation>
    </message>
    <message>
        <source>抽样规则：中档回访比例</source>
        <translation>Sampling rule: middle rate</translation>
    </message>
    <message>
        <source>抽样规则：大量时回访比例</source>
        <translation>Sampling rule: rate for large months</translation>
    </message>
    <message>
        <source>回访抽取的随机种子（相同种子结果可重现）</source>
        <translation>Random seed of the visit draw (same seed, same draw)</translation>
    </message>
</context>
<context>
    <name>ConsultDialog</name>
    <message>
        <source>（不限）</source>
        <translation>(Any)</translation>
    </message>
    <message>
        <source>前台台帐登记</source>
        <translation>Front desk log entry</translation>
    </message>
    <message>
        <source>来访/来电</source>
        <translation>Visit/call</translation>
    </message>
    <message>
        <source>业户姓名</source>
        <translation>Resident name</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>事项类型</source>
        <translation>Matter type</translation>
    </message>
    <message>
        <source>咨询内容</source>
        <translation>Enquiry</translation>
    </message>
    <message>
        <source>答复方式</source>
        <translation>Reply mode</translation>
    </message>
    <message>
        <source>答复内容</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>即时答复时填写</source>
        <translation>Fill in for an immediate reply</translation>
    </message>
    <message>
        <source>约定答复时间</source>
        <translation>Promised reply time</translation>
    </message>
    <message>
        <source>转交部门</source>
        <translation>Refer to department</translation>
    </message>
    <message>
        <source>上报对象</source>
        <translation>Report to</translation>
    </message>
    <message>
        <source>客服主管或物业负责人</source>
        <translation>Customer service supervisor or property manager</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>开场白</source>
        <translation>Opening line</translation>
    </message>
    <message>
        <source>按前台规范用语预填，可修改；来电记录的开场</source>
        <translation>Pre-filled from the front-desk phrase sheet, editable; the call log&apos;s opening</translation>
    </message>
    <message>
        <source>物业服务规范用语</source>
        <translation>Standard service phrases</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>考核扣款待确认</source>
        <translation>Assessment deductions to confirm</translation>
    </message>
    <message>
        <source>钥匙业务</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>报修与维修</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <source>物品放行</source>
        <translation>Release of items</translation>
    </message>
    <message>
        <source>住宿变动</source>
        <translation>Accommodation changes</translation>
    </message>
    <message>
        <source>考核</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>本月入住学生</source>
        <translation>Students checked in this month</translation>
    </message>
    <message>
        <source>待接班确认的交班记录</source>
        <translation>Handovers awaiting confirmation</translation>
    </message>
    <message>
        <source>超期未领邮件</source>
        <translation>Overdue uncollected mail</translation>
    </message>
    <message>
        <source>未办结投诉</source>
        <translation>Open complaints</translation>
    </message>
    <message>
        <source>待回访投诉</source>
        <translation>Complaints awaiting return visit</translation>
    </message>
    <message>
        <source>借出的备用钥匙</source>
        <translation>Spare keys on loan</translation>
    </message>
    <message>
        <source>逾期未还的备用钥匙</source>
        <translation>Overdue spare keys</translation>
    </message>
    <message>
        <source>借出的业主钥匙</source>
        <translation>Owner keys on loan</translation>
    </message>
    <message>
        <source>超时维修单</source>
        <translation>Overdue repair slips</translation>
    </message>
    <message>
        <source>待验收维修单</source>
        <translation>Repair slips awaiting acceptance</translation>
    </message>
    <message>
        <source>本周待迁出</source>
        <translation>Move-outs due this week</translation>
    </message>
    <message>
        <source>今日开具放行条</source>
        <translation>Release slips issued today</translation>
    </message>
    <message>
        <source>放行条门岗联未回收</source>
        <translation>Gate copies not returned</translation>
    </message>
    <message>
        <source>闭楼未离开的访客</source>
        <translation>Visitors inside after closing</translation>
    </message>
    <message>
        <source>今日会议</source>
        <translation>Today&apos;s meetings</translation>
    </message>
    <message>
        <source>待续水会议</source>
        <translation>Meetings due a refill</translation>
    </message>
    <message>
        <source>超期未回访</source>
        <translation>Overdue return visits</translation>
    </message>
    <message>
        <source>待主管审核的回访</source>
        <translation>Visits awaiting review</translation>
    </message>
</context>
<context>
    <name>DialogRules</name>
    <message>
        <source>请选择%1</source>
        <translation>Choose %1</translation>
    </message>
    <message>
        <source>请填写%1</source>
        <translation>Fill in %1</translation>
    </message>
    <message>
        <source>还有 %1 项没有填写：%2。</source>
        <translation>%1 field(s) still empty: %2.</translation>
    </message>
    <message>
        <source>放弃已填写的内容并关闭？</source>
        <translation>Discard what you entered and close?</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>数据库文件 {path} 位于网络共享上。SQLite 文件在网络共享上被多台电脑同时写入会损坏数据，因此只能只读打开。多台电脑共用数据时，请使用 PostgreSQL 服务器（--db postgresql+psycopg://...）。</source>
        <translation>The database file {path} is on a network share. An SQLite file on a network share is corrupted when several computers write to it at once, so it can only be opened read-only. To share data between computers, use a PostgreSQL server (--db postgresql+psycopg://...).</translation>
    </message>
    <message>
        <source>数据库地址无效：{url}</source>
        <translation>Invalid database address: {url}</translation>
    </message>
    <message>
        <source>数据库文件不存在：{url}</source>
        <translation>The database file does not exist: {url}</translation>
    </message>
    <message>
        <source>数据库文件 {path} 是只读的，无法保存修改。</source>
        <translation>The database file {path} is read-only; changes cannot be saved.</translation>
    </message>
    <message>
        <source>不支持的数据库类型：{url}</source>
        <translation>Unsupported database type: {url}</translation>
    </message>
    <message>
        <source>缺少数据库驱动 {module}。请安装：pip install &quot;dormdesk[postgres]&quot;</source>
        <translation>The database driver {module} is missing. Install it with: pip install &quot;dormdesk[postgres]&quot;</translation>
    </message>
    <message>
        <source>无法连接数据库 {url}：{detail}</source>
        <translation>Cannot connect to the database {url}: {detail}</translation>
    </message>
    <message>
        <source>无法打开数据库 {url}：{detail}</source>
        <translation>Cannot open the database {url}: {detail}</translation>
    </message>
    <message>
        <source>当前用户没有此操作的权限（{permission}）。</source>
        <translation>The current user does not have permission for this operation ({permission}).</translation>
    </message>
    <message>
        <source>该记录已被 {who} 于 {when} 修改，您的修改未保存。请重新加载后再试。</source>
        <translation>This record was changed by {who} at {when}; your changes were not saved. Please reload and try again.</translation>
    </message>
    <message>
        <source>密码至少需要 {n} 个字符。</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <source>请填写用户名。</source>
        <translation>Please enter a username.</translation>
    </message>
    <message>
        <source>请填写姓名。</source>
        <translation>Please enter a name.</translation>
    </message>
    <message>
        <source>未知的角色：{role}</source>
        <translation>Unknown role: {role}</translation>
    </message>
    <message>
        <source>系统中已有用户，不能再次创建初始管理员。</source>
        <translation>Users already exist; the initial administrator cannot be created again.</translation>
    </message>
    <message>
        <source>用户名或密码错误。</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>账户已被锁定，请于 {until} 之后再试。</source>
        <translation>The account is locked. Please try again after {until}.</translation>
    </message>
    <message>
        <source>密码连续错误 {n} 次，账户已锁定 {m} 分钟。</source>
        <translation>Wrong password {n} times in a row; the account is locked for {m} minutes.</translation>
    </message>
    <message>
        <source>用户名 {name} 已存在。</source>
        <translation>The username {name} already exists.</translation>
    </message>
    <message>
        <source>用户不存在。</source>
        <translation>The user does not exist.</translation>
    </message>
    <message>
        <source>不能取消自己的系统管理员身份或停用自己。</source>
        <translation>You cannot remove your own system administrator role or deactivate yourself.</translation>
    </message>
    <message>
        <source>原密码不正确。</source>
        <translation>The old password is incorrect.</translation>
    </message>
    <message>
        <source>PostgreSQL 数据库请由服务器管理员用 pg_dump 备份；本功能只用于本机 SQLite 数据库。</source>
        <translation>A PostgreSQL database must be backed up by the server administrator with pg_dump; this function is only for a local SQLite database.</translation>
    </message>
    <message>
        <source>{path} 不是有效的 DormDesk 备份文件：{detail}</source>
        <translation>{path} is not a valid DormDesk backup file: {detail}</translation>
    </message>
    <message>
        <source>文件不存在：{path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>无法打开文件：{detail}</source>
        <translation>Cannot open the file: {detail}</translation>
    </message>
    <message>
        <source>文件是空的。</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>文件过大（{mb} MB），上限为 {limit} MB。</source>
        <translation>The file is too large ({mb} MB); the limit is {limit} MB.</translation>
    </message>
    <message>
        <source>这是一个压缩包，不是 Excel 工作簿（.xlsx）。</source>
        <translation>This is a compressed archive, not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>文件解压后过大（{mb} MB），疑似恶意文件，已拒绝。</source>
        <translation>The file is too large when unpacked ({mb} MB) and may be malicious; it was refused.</translation>
    </message>
    <message>
        <source>文件压缩比异常（{name}），疑似恶意文件，已拒绝。</source>
        <translation>The file has an abnormal compression ratio ({name}) and may be malicious; it was refused.</translation>
    </message>
    <message>
        <source>文件已损坏，无法读取（{detail}）。</source>
        <translation>The file is damaged and cannot be read ({detail}).</translation>
    </message>
    <message>
        <source>工作表行数超过上限 {limit} 行（含空行），请删除多余的行后再导入。</source>
        <translation>The worksheet has more than {limit} rows (including empty rows). Delete the extra rows and import again.</translation>
    </message>
    <message>
        <source>工作表列数超过上限 {limit} 列。</source>
        <translation>The worksheet has more than {limit} columns.</translation>
    </message>
    <message>
        <source>文件已加密（设置了打开密码）。请在 Excel 中取消密码并另存后再导入。</source>
        <translation>The file is encrypted (it has an open password). Remove the password in Excel, save it and import again.</translation>
    </message>
    <message>
        <source>文件已损坏或不是有效的 Excel 工作簿（{detail}）。</source>
        <translation>The file is damaged or is not a valid Excel workbook ({detail}).</translation>
    </message>
    <message>
        <source>工作簿中没有工作表。</source>
        <translation>The workbook has no worksheets.</translation>
    </message>
    <message>
        <source>无法识别的文件：既不是 Excel 工作簿，也不是 CSV 文本文件。</source>
        <translation>Unrecognized file: it is neither an Excel workbook nor a CSV text file.</translation>
    </message>
    <message>
        <source>无法识别的文件编码：请另存为 UTF-8 或 GBK 编码的 CSV。</source>
        <translation>Unrecognized file encoding: please save it as CSV in UTF-8 or GBK encoding.</translation>
    </message>
    <message>
        <source>CSV 文件格式错误：{detail}</source>
        <translation>CSV format error: {detail}</translation>
    </message>
    <message>
        <source>数据库操作失败：{detail}</source>
        <translation>Database operation failed: {detail}</translation>
    </message>
    <message>
        <source>保存失败：数据与其他记录冲突（{detail}）。</source>
        <translation>Save failed: the data conflicts with another record ({detail}).</translation>
    </message>
    <message>
        <source>没有名为 {name} 的楼栋。</source>
        <translation>There is no building named {name}.</translation>
    </message>
    <message>
        <source>金额格式不正确：{value}</source>
        <translation>Invalid amount: {value}</translation>
    </message>
    <message>
        <source>考核项目不存在（{id}）。</source>
        <translation>The assessment item does not exist ({id}).</translation>
    </message>
    <message>
        <source>请填写项目编号。</source>
        <translation>Please enter the item code.</translation>
    </message>
    <message>
        <source>类别应为：{choices}</source>
        <translation>The category must be one of: {choices}</translation>
    </message>
    <message>
        <source>请填写违规行为。</source>
        <translation>Please describe the violation.</translation>
    </message>
    <message>
        <source>扣款方式不正确：{mode}</source>
        <translation>Invalid deduction mode: {mode}</translation>
    </message>
    <message>
        <source>按损失比例扣款时，比例应在 0–100% 之间。</source>
        <translation>For a deduction by loss ratio, the ratio must be between 0 and 100%.</translation>
    </message>
    <message>
        <source>扣款范围不正确：最低应大于 0，且不高于最高。</source>
        <translation>Invalid deduction range: the minimum must be greater than 0 and not above the maximum.</translation>
    </message>
    <message>
        <source>项目编号 {code} 已存在。</source>
        <translation>The item code {code} already exists.</translation>
    </message>
    <message>
        <source>项目编号创建后不能修改（已用于历史月份）。</source>
        <translation>An item code cannot be changed after creation (it is used in past months).</translation>
    </message>
    <message>
        <source>项目 {code} 按损失的 {percent}% 扣款，请填写损失金额（大于 0）。</source>
        <translation>Item {code} deducts {percent}% of the loss; please enter the loss amount (greater than 0).</translation>
    </message>
    <message>
        <source>请填写扣款（{min}–{max} {unit}）。</source>
        <translation>Please enter the deduction ({min}–{max} {unit}).</translation>
    </message>
    <message>
        <source>扣款 {amount} {unit} 超出项目 {code} 允许的范围 {min}–{max} {unit}。</source>
        <translation>The deduction {amount} {unit} is outside the range {min}–{max} {unit} allowed for item {code}.</translation>
    </message>
    <message>
        <source>月份格式应为 YYYY-MM，例如 2026-09：{text}</source>
        <translation>The month must be in the form YYYY-MM, e.g. 2026-09: {text}</translation>
    </message>
    <message>
        <source>{month} 的考核已关闭，不能再修改；如需更正，请系统管理员先重新开启该月。</source>
        <translation>The assessment for {month} is closed and cannot be changed; to correct it, a system administrator must reopen the month first.</translation>
    </message>
    <message>
        <source>日期格式应为 YYYY-MM-DD：{a} / {b}</source>
        <translation>Dates must be in the form YYYY-MM-DD: {a} / {b}</translation>
    </message>
    <message>
        <source>结束日期早于开始日期。</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>未知的登记表：{kind}</source>
        <translation>Unknown register: {kind}</translation>
    </message>
    <message>
        <source>找不到表头：前 {n} 行中没有包含“学号”“姓名”等列名的行。</source>
        <translation>Header not found: none of the first {n} rows contains column names such as “学号” or “姓名”.</translation>
    </message>
    <message>
        <source>缺少必需的列：{cols}。请在列对应关系中指定。</source>
        <translation>Required columns are missing: {cols}. Please assign them in the column mapping.</translation>
    </message>
    <message>
        <source>考核表按月导出，请用 --month YYYY-MM 指定月份。</source>
        <translation>Assessment sheets are exported by month; specify the month with --month YYYY-MM.</translation>
    </message>
    <message>
        <source>{month} 没有可打印的考核表。</source>
        <translation>There are no assessment sheets to print for {month}.</translation>
    </message>
    <message>
        <source>有 {n} 名宿管员叫 {name}，请用员工编号：{ids}</source>
        <translation>{n} dorm wardens are called {name}; please use the staff number: {ids}</translation>
    </message>
    <message>
        <source>找不到考核表 {number}。</source>
        <translation>Assessment sheet {number} not found.</translation>
    </message>
    <message>
        <source>违规记录不存在（{id}）。</source>
        <translation>The violation record does not exist ({id}).</translation>
    </message>
    <message>
        <source>证据文件不存在：{path}</source>
        <translation>Evidence file not found: {path}</translation>
    </message>
    <message>
        <source>证据文件过大（{size} MB），上限 10 MB。</source>
        <translation>The evidence file is too large ({size} MB); the limit is 10 MB.</translation>
    </message>
    <message>
        <source>请填写发生时间。</source>
        <translation>Please enter when it occurred.</translation>
    </message>
    <message>
        <source>发生时间不能晚于现在。</source>
        <translation>The time of occurrence cannot be in the future.</translation>
    </message>
    <message>
        <source>请填写违规经过。</source>
        <translation>Please describe what happened.</translation>
    </message>
    <message>
        <source>请选择被考核的宿管员或前台人员。</source>
        <translation>Choose the warden or front-desk staff member being assessed.</translation>
    </message>
    <message>
        <source>请选择考核项目。</source>
        <translation>Please select an assessment item.</translation>
    </message>
    <message>
        <source>考核项目 {code} 用于考核{who}，不适用于 {name}。</source>
        <translation>Assessment item {code} is for {who}; it does not apply to {name}.</translation>
    </message>
    <message>
        <source>考核项目 {code} 已停用，不能再记录。</source>
        <translation>The assessment item {code} is disabled and can no longer be recorded.</translation>
    </message>
    <message>
        <source>{no} 已于 {when} 确认。</source>
        <translation>{no} was already confirmed at {when}.</translation>
    </message>
    <message>
        <source>请填写申诉理由。</source>
        <translation>Please enter the reason for the appeal.</translation>
    </message>
    <message>
        <source>{no} 已申诉过（{status}），不能重复申诉。</source>
        <translation>{no} has already been appealed ({status}) and cannot be appealed again.</translation>
    </message>
    <message>
        <source>申诉结果应为 维持、撤销 或 调整。</source>
        <translation>The appeal decision must be Uphold, Revoke or Adjust.</translation>
    </message>
    <message>
        <source>请填写处理理由。</source>
        <translation>Please enter the reason for the decision.</translation>
    </message>
    <message>
        <source>{no} 没有待处理的申诉。</source>
        <translation>{no} has no pending appeal.</translation>
    </message>
    <message>
        <source>调整后的扣款应大于 0 且小于原扣款 {amount}。</source>
        <translation>The adjusted deduction must be greater than 0 and less than the original deduction {amount}.</translation>
    </message>
    <message>
        <source>请填写删除原因。</source>
        <translation>Please enter the reason for deletion.</translation>
    </message>
    <message>
        <source>加分/奖励不能为负数。</source>
        <translation>A bonus/reward cannot be negative.</translation>
    </message>
    <message>
        <source>请填写加分/奖励的理由。</source>
        <translation>Please enter the reason for the bonus/reward.</translation>
    </message>
    <message>
        <source>员工不存在（{id}）。</source>
        <translation>The staff member does not exist ({id}).</translation>
    </message>
    <message>
        <source>{month} 尚未到来，不能关闭。</source>
        <translation>{month} has not come yet and cannot be closed.</translation>
    </message>
    <message>
        <source>关闭月份需要管理全部楼栋的权限。</source>
        <translation>Closing a month requires permission to manage all buildings.</translation>
    </message>
    <message>
        <source>{month} 还有 {n} 条申诉未处理，处理后才能关闭。</source>
        <translation>{month} still has {n} unhandled appeals; handle them before closing.</translation>
    </message>
    <message>
        <source>请填写重新开启的原因。</source>
        <translation>Please enter the reason for reopening.</translation>
    </message>
    <message>
        <source>{month} 的考核未关闭，无需重新开启。</source>
        <translation>The assessment for {month} is not closed; there is no need to reopen it.</translation>
    </message>
    <message>
        <source>该建议已处理或已不存在（{source} {ref}）。</source>
        <translation>This suggestion has already been handled or no longer exists ({source} {ref}).</translation>
    </message>
    <message>
        <source>请填写不采纳的理由。</source>
        <translation>Please enter the reason for rejecting.</translation>
    </message>
    <message>
        <source>参数 {key} 的值 {value} 无效，应与默认值 {default} 同类。</source>
        <translation>The value {value} of setting {key} is invalid; it must be of the same kind as the default {default}.</translation>
    </message>
    <message>
        <source>参数“{label}”中的“{value}”不是可选的值（可选：{choices}）。</source>
        <translation>&quot;{value}&quot; is not a valid choice for the parameter &quot;{label}&quot; (choices: {choices}).</translation>
    </message>
    <message>
        <source>请选择投诉方式。</source>
        <translation>Please select the complaint channel.</translation>
    </message>
    <message>
        <source>请选择投诉类别。</source>
        <translation>Please select the complaint category.</translation>
    </message>
    <message>
        <source>请填写投诉人。</source>
        <translation>Please enter the complainant.</translation>
    </message>
    <message>
        <source>请写清投诉内容。</source>
        <translation>Please describe the complaint clearly.</translation>
    </message>
    <message>
        <source>受理时间不能晚于现在。</source>
        <translation>The time received cannot be in the future.</translation>
    </message>
    <message>
        <source>楼栋不存在。</source>
        <translation>The building does not exist.</translation>
    </message>
    <message>
        <source>投诉记录不存在。</source>
        <translation>The complaint record does not exist.</translation>
    </message>
    <message>
        <source>投诉 {no} 当前为“{status}”，不能进行此操作。</source>
        <translation>Complaint {no} is currently “{status}”; this operation is not possible.</translation>
    </message>
    <message>
        <source>请选择投诉性质（有效/无效）。</source>
        <translation>Please select the nature of the complaint (valid/invalid).</translation>
    </message>
    <message>
        <source>请选择投诉级别。</source>
        <translation>Please select the complaint level.</translation>
    </message>
    <message>
        <source>无效投诉须记录向住户所作的解释。</source>
        <translation>For an invalid complaint, record the explanation given to the resident.</translation>
    </message>
    <message>
        <source>请选择责任部门。</source>
        <translation>Please select the responsible department.</translation>
    </message>
    <message>
        <source>处理期限应晚于现在。</source>
        <translation>The deadline must be in the future.</translation>
    </message>
    <message>
        <source>重大投诉须指定责任人。</source>
        <translation>A major complaint needs a person responsible.</translation>
    </message>
    <message>
        <source>请填写答复内容。</source>
        <translation>Please enter the reply.</translation>
    </message>
    <message>
        <source>请填写处理结果。</source>
        <translation>Please enter the result.</translation>
    </message>
    <message>
        <source>请选择回访类别。</source>
        <translation>Choose the visit type.</translation>
    </message>
    <message>
        <source>回访 {no} 当前为“{status}”，不能再填写回访结果。</source>
        <translation>Visit {no} is “{status}”: its result can no longer be entered.</translation>
    </message>
    <message>
        <source>请选择满意度。</source>
        <translation>Please select the satisfaction level.</translation>
    </message>
    <message>
        <source>评价只能是 满意、较满意 或 不满意。</source>
        <translation>A rating must be satisfied, fairly satisfied or unsatisfied.</translation>
    </message>
    <message>
        <source>请选择回访方式。</source>
        <translation>Please select the return visit mode.</translation>
    </message>
    <message>
        <source>回访日期不能晚于现在。</source>
        <translation>The visit date cannot be later than now.</translation>
    </message>
    <message>
        <source>回访日期 {visit} 早于来源单据 {no} 的完成时间 {done}。</source>
        <translation>The visit date {visit} is before {no} was completed ({done}).</translation>
    </message>
    <message>
        <source>不满意时请记录住户意见。</source>
        <translation>If the resident is dissatisfied, please record their opinion.</translation>
    </message>
    <message>
        <source>上门回访须由受访人签名确认（请填写受访人）。</source>
        <translation>An on-site visit must be signed by the interviewee (enter the interviewee).</translation>
    </message>
    <message>
        <source>回访记录不存在。</source>
        <translation>The visit record does not exist.</translation>
    </message>
    <message>
        <source>请写明回访事项。</source>
        <translation>Describe what is visited.</translation>
    </message>
    <message>
        <source>服务完成日期不能晚于今天。</source>
        <translation>The service end date cannot be after today.</translation>
    </message>
    <message>
        <source>请填写主管审核意见。</source>
        <translation>Enter the supervisor&apos;s comment.</translation>
    </message>
    <message>
        <source>不合格的回访须填写处理意见。</source>
        <translation>A nonconforming visit needs the handling opinion.</translation>
    </message>
    <message>
        <source>回访 {no} 当前为“{status}”，不能审核。</source>
        <translation>Visit {no} is “{status}”: it cannot be reviewed.</translation>
    </message>
    <message>
        <source>回访 {no} 当前为“{status}”，不能取消。</source>
        <translation>Visit {no} is “{status}”: it cannot be cancelled.</translation>
    </message>
    <message>
        <source>没有编号为 {no} 的回访记录。</source>
        <translation>There is no visit record numbered {no}.</translation>
    </message>
    <message>
        <source>请填写作废原因。</source>
        <translation>Please enter the reason for voiding.</translation>
    </message>
    <message>
        <source>没有编号为 {no} 的投诉记录。</source>
        <translation>There is no complaint record numbered {no}.</translation>
    </message>
    <message>
        <source>请选择来访/来电方式。</source>
        <translation>Please select visit or call.</translation>
    </message>
    <message>
        <source>请选择事项类型。</source>
        <translation>Please select the matter type.</translation>
    </message>
    <message>
        <source>请选择答复方式。</source>
        <translation>Please select the reply mode.</translation>
    </message>
    <message>
        <source>请填写业户（来访人）姓名。</source>
        <translation>Please enter the name of the resident (visitor).</translation>
    </message>
    <message>
        <source>请填写咨询内容。</source>
        <translation>Please enter the enquiry.</translation>
    </message>
    <message>
        <source>即时答复请填写答复内容。</source>
        <translation>For an immediate reply, please enter the reply.</translation>
    </message>
    <message>
        <source>请选择转交部门。</source>
        <translation>Please select the department to refer to.</translation>
    </message>
    <message>
        <source>请填写上报对象（客服主管或物业负责人）。</source>
        <translation>Please enter who it is reported to (customer service supervisor or property manager).</translation>
    </message>
    <message>
        <source>约定答复时间应晚于现在。</source>
        <translation>The promised reply time must be in the future.</translation>
    </message>
    <message>
        <source>台帐记录不存在。</source>
        <translation>The log record does not exist.</translation>
    </message>
    <message>
        <source>台帐 {no} 当前为“{status}”，不能进行此操作。</source>
        <translation>Log record {no} is currently “{status}”; this operation is not possible.</translation>
    </message>
    <message>
        <source>没有待查阅的已答复记录。</source>
        <translation>No answered records to review.</translation>
    </message>
    <message>
        <source>学生不存在。</source>
        <translation>The student does not exist.</translation>
    </message>
    <message>
        <source>该楼栋没有房间 {room}。</source>
        <translation>This building has no room {room}.</translation>
    </message>
    <message>
        <source>请选择楼栋和房号，或查找收件学生。</source>
        <translation>Please select a building and room, or look up the receiving student.</translation>
    </message>
    <message>
        <source>请选择邮件种类。</source>
        <translation>Please select the mail type.</translation>
    </message>
    <message>
        <source>邮件有破损，请记录邮递员出具的证明。</source>
        <translation>The item is damaged; please record the certificate issued by the courier.</translation>
    </message>
    <message>
        <source>收件时间不能晚于现在。</source>
        <translation>The time received cannot be in the future.</translation>
    </message>
    <message>
        <source>请填写收件人。</source>
        <translation>Please enter the recipient.</translation>
    </message>
    <message>
        <source>邮件号码 {no} 已经登记过。</source>
        <translation>Item number {no} has already been registered.</translation>
    </message>
    <message>
        <source>邮件登记不存在。</source>
        <translation>The mail record does not exist.</translation>
    </message>
    <message>
        <source>{no} 当前状态为“{status}”，不能{verb}。</source>
        <translation>{no} is currently “{status}”; cannot {verb}.</translation>
    </message>
    <message>
        <source>请选择通知方式。</source>
        <translation>Please select the notification method.</translation>
    </message>
    <message>
        <source>请先选择要通知的邮件。</source>
        <translation>Please select the mail to notify first.</translation>
    </message>
    <message>
        <source>请填写领取人（签收人）姓名。</source>
        <translation>Please enter the name of the person collecting (signing).</translation>
    </message>
    <message>
        <source>请先选择要交付的邮件。</source>
        <translation>Please select the mail to hand over first.</translation>
    </message>
    <message>
        <source>代领须登记代领人的证件号。</source>
        <translation>Collection by proxy requires the proxy&apos;s ID number.</translation>
    </message>
    <message>
        <source>领取时间不能晚于现在。</source>
        <translation>The collection time cannot be in the future.</translation>
    </message>
    <message>
        <source>{no} 是{type}，须收件人本人签收，不能代领。</source>
        <translation>{no} is {type} and must be signed for by the recipient in person; no proxy collection.</translation>
    </message>
    <message>
        <source>领取时间早于收件时间（{no}）。</source>
        <translation>The collection time is before the time received ({no}).</translation>
    </message>
    <message>
        <source>请记录收件人同意暂存的方式（如电话同意）。</source>
        <translation>Please record how the recipient agreed to the holding (e.g. by phone).</translation>
    </message>
    <message>
        <source>暂存日期须在今天到 {limit} 之间。</source>
        <translation>The holding date must be between today and {limit}.</translation>
    </message>
    <message>
        <source>请选择退件原因。</source>
        <translation>Please select the reason for return.</translation>
    </message>
    <message>
        <source>请选择退回对象（邮局/快递）。</source>
        <translation>Please select where it is returned to (post office/courier).</translation>
    </message>
    <message>
        <source>{no} 保管期到 {until}，尚未超期。</source>
        <translation>{no} is kept until {until} and is not overdue yet.</translation>
    </message>
    <message>
        <source>请选择寄递方式。</source>
        <translation>Please select the delivery method.</translation>
    </message>
    <message>
        <source>请填写收件人姓名。</source>
        <translation>Please enter the recipient&apos;s name.</translation>
    </message>
    <message>
        <source>请填写完整的收件地址。</source>
        <translation>Please enter the full delivery address.</translation>
    </message>
    <message>
        <source>邮费应为金额。</source>
        <translation>The postage must be an amount.</translation>
    </message>
    <message>
        <source>邮费不能为负数。</source>
        <translation>The postage cannot be negative.</translation>
    </message>
    <message>
        <source>请填写寄件人姓名。</source>
        <translation>Please enter the sender&apos;s name.</translation>
    </message>
    <message>
        <source>代寄登记不存在。</source>
        <translation>The outgoing mail record does not exist.</translation>
    </message>
    <message>
        <source>请填写运单号/邮件号码。</source>
        <translation>Please enter the tracking number / item number.</translation>
    </message>
    <message>
        <source>请填写退回原因及通知住户的情况。</source>
        <translation>Please enter the reason for return and how the resident was notified.</translation>
    </message>
    <message>
        <source>交班说明不能超过 {n} 个字。</source>
        <translation>The handover note cannot exceed {n} characters.</translation>
    </message>
    <message>
        <source>班次开始时间应早于交班时间。</source>
        <translation>The shift start must be before the handover time.</translation>
    </message>
    <message>
        <source>请填写接班人用户名。</source>
        <translation>Please enter the username of the person taking over.</translation>
    </message>
    <message>
        <source>该交班记录已由 {who} 确认接班。</source>
        <translation>This handover has already been confirmed by {who}.</translation>
    </message>
    <message>
        <source>接班人不能是交班人本人。</source>
        <translation>The person taking over cannot be the person handing over.</translation>
    </message>
    <message>
        <source>接班备注不能超过 {n} 个字。</source>
        <translation>The takeover note cannot exceed {n} characters.</translation>
    </message>
    <message>
        <source>交班记录 {id} 不存在。</source>
        <translation>Handover record {id} does not exist.</translation>
    </message>
    <message>
        <source>请输入学号。</source>
        <translation>Please enter the Student No.</translation>
    </message>
    <message>
        <source>学号 {no} 不存在。</source>
        <translation>Student No. {no} does not exist.</translation>
    </message>
    <message>
        <source>学生 {name}（{no}）没有床位，不能办理钥匙业务。</source>
        <translation>Student {name} ({no}) has no bed; key transactions are not possible.</translation>
    </message>
    <message>
        <source>每人发放数量应在 0 到 10 之间。</source>
        <translation>The quantity issued per person must be between 0 and 10.</translation>
    </message>
    <message>
        <source>价格不能为负数。</source>
        <translation>The price cannot be negative.</translation>
    </message>
    <message>
        <source>钥匙类型不存在。</source>
        <translation>The key type does not exist.</translation>
    </message>
    <message>
        <source>价目不存在：{code}</source>
        <translation>Price item does not exist: {code}</translation>
    </message>
    <message>
        <source>每种钥匙的数量应在 0 到 10 之间。</source>
        <translation>The quantity of each key type must be between 0 and 10.</translation>
    </message>
    <message>
        <source>没有要发放的钥匙。</source>
        <translation>There are no keys to issue.</translation>
    </message>
    <message>
        <source>押金不能为负数。</source>
        <translation>The deposit cannot be negative.</translation>
    </message>
    <message>
        <source>{name} 已领取{type}钥匙 {n} 把，未交回前不能重复发放。</source>
        <translation>{name} already holds {n} {type} key(s); no more can be issued until they are returned.</translation>
    </message>
    <message>
        <source>离校类型无效：{value}</source>
        <translation>Invalid leaving type: {value}</translation>
    </message>
    <message>
        <source>{name} 没有未交回的钥匙。</source>
        <translation>{name} has no unreturned keys.</translation>
    </message>
    <message>
        <source>{type}钥匙实交数量应在 0 到 {n} 之间。</source>
        <translation>The number of {type} keys returned must be between 0 and {n}.</translation>
    </message>
    <message>
        <source>应赔偿 {fee} 元：请填写缴费收据号，或由主管填写理由免除。</source>
        <translation>Compensation of {fee} yuan is due: enter the payment receipt number, or a supervisor must enter a reason for waiving it.</translation>
    </message>
    <message>
        <source>{name} 借用的备用钥匙（{no}）尚未归还。</source>
        <translation>The spare key ({no}) borrowed by {name} has not been returned.</translation>
    </message>
    <message>
        <source>钥匙 {tag}（{room}）已被借出，不能重复借出。请刷新后查看借用人。</source>
        <translation>Key {tag} ({room}) is already on loan and cannot be lent again. Refresh to see the borrower.</translation>
    </message>
    <message>
        <source>房间 {room} 不存在。</source>
        <translation>Room {room} does not exist.</translation>
    </message>
    <message>
        <source>请选择抵押证件类型。</source>
        <translation>Please select the type of pledged ID.</translation>
    </message>
    <message>
        <source>备用钥匙不存在。</source>
        <translation>The spare key does not exist.</translation>
    </message>
    <message>
        <source>{name} 不住在 {room}，只有本室住宿学生可以借用；主管可填写理由后借出。</source>
        <translation>{name} does not live in {room}; only residents of the room can borrow; a supervisor can lend it with a reason.</translation>
    </message>
    <message>
        <source>钥匙 {tag} 状态为{status}，不能借出。</source>
        <translation>Key {tag} is {status} and cannot be lent.</translation>
    </message>
    <message>
        <source>借用记录不存在。</source>
        <translation>The loan record does not exist.</translation>
    </message>
    <message>
        <source>钥匙 {tag} 没有借出（借用 {no} 已于 {when} 归还）。</source>
        <translation>Key {tag} is not on loan (loan {no} was returned at {when}).</translation>
    </message>
    <message>
        <source>请选择处理方式。</source>
        <translation>Please select the handling.</translation>
    </message>
    <message>
        <source>请选择原因。</source>
        <translation>Please select the reason.</translation>
    </message>
    <message>
        <source>数量应在 1 到 10 之间。</source>
        <translation>The quantity must be between 1 and 10.</translation>
    </message>
    <message>
        <source>{name} 只持有{type}钥匙 {n} 把，不能挂失 {qty} 把。</source>
        <translation>{name} holds only {n} {type} key(s); cannot report {qty} lost.</translation>
    </message>
    <message>
        <source>费用不能为负数。</source>
        <translation>The fee cannot be negative.</translation>
    </message>
    <message>
        <source>费用与价目表（{std} 元）不同，请填写理由。</source>
        <translation>The fee differs from the price list ({std} yuan); please enter a reason.</translation>
    </message>
    <message>
        <source>请填写缴费收据号。</source>
        <translation>Please enter the payment receipt number.</translation>
    </message>
    <message>
        <source>申请单 {no} 状态为{status}，不能登记缴费。</source>
        <translation>Request {no} is {status}; payment cannot be recorded.</translation>
    </message>
    <message>
        <source>申请单 {no} 尚未缴费（{fee} 元），不能完成。</source>
        <translation>Request {no} has not been paid ({fee} yuan) and cannot be completed.</translation>
    </message>
    <message>
        <source>申请单 {no} 状态为{status}，不能完成。</source>
        <translation>Request {no} is {status} and cannot be completed.</translation>
    </message>
    <message>
        <source>维修人员不存在。</source>
        <translation>The repair worker does not exist.</translation>
    </message>
    <message>
        <source>该房间的备用钥匙借出未还，请先收回再更换锁芯。</source>
        <translation>The spare key of this room is on loan; get it back before changing the lock cylinder.</translation>
    </message>
    <message>
        <source>请填写撤销理由。</source>
        <translation>Please enter the reason for cancelling.</translation>
    </message>
    <message>
        <source>申请单 {no} 状态为{status}，不能撤销。</source>
        <translation>Request {no} is {status} and cannot be cancelled.</translation>
    </message>
    <message>
        <source>挂失申请单不存在。</source>
        <translation>The lost-key request does not exist.</translation>
    </message>
    <message>
        <source>应还时间已过（{due}），不能借出。</source>
        <translation>The due time has passed ({due}); it cannot be lent.</translation>
    </message>
    <message>
        <source>请填写房号。</source>
        <translation>Please enter the room.</translation>
    </message>
    <message>
        <source>请填写业主姓名。</source>
        <translation>Please enter the owner&apos;s name.</translation>
    </message>
    <message>
        <source>托管钥匙须有业主签名。</source>
        <translation>Keys in custody need the owner&apos;s signature.</translation>
    </message>
    <message>
        <source>钥匙数量至少 1 把。</source>
        <translation>At least 1 key.</translation>
    </message>
    <message>
        <source>取回钥匙须有业主签名。</source>
        <translation>Taking back keys needs the owner&apos;s signature.</translation>
    </message>
    <message>
        <source>托管记录不存在。</source>
        <translation>The custody record does not exist.</translation>
    </message>
    <message>
        <source>钥匙已于 {date} 取回。</source>
        <translation>The keys were taken back on {date}.</translation>
    </message>
    <message>
        <source>钥匙借出未还，不能取回。</source>
        <translation>The key is on loan and cannot be taken back.</translation>
    </message>
    <message>
        <source>请选择借匙人类别。</source>
        <translation>Please select the borrower category.</translation>
    </message>
    <message>
        <source>请填写借匙人。</source>
        <translation>Please enter the borrower.</translation>
    </message>
    <message>
        <source>请填写借用事由。</source>
        <translation>Please enter the purpose of the loan.</translation>
    </message>
    <message>
        <source>物业部人员借匙须经部门主任审批签名。</source>
        <translation>Property department staff need the department head&apos;s approval and signature to borrow keys.</translation>
    </message>
    <message>
        <source>施工单位借匙须填写施工许可证号。</source>
        <translation>A contractor borrowing keys must give the construction permit number.</translation>
    </message>
    <message>
        <source>施工单位借匙须有施工现场负责人签名。</source>
        <translation>A contractor borrowing keys needs the signature of the site supervisor.</translation>
    </message>
    <message>
        <source>该钥匙已由业主取回。</source>
        <translation>The owner has already taken back this key.</translation>
    </message>
    <message>
        <source>钥匙 {tag} 已借出未还。</source>
        <translation>Key {tag} is on loan and not returned.</translation>
    </message>
    <message>
        <source>借匙记录不存在。</source>
        <translation>The key loan record does not exist.</translation>
    </message>
    <message>
        <source>借匙单 {no} 已归还。</source>
        <translation>Key loan {no} has already been returned.</translation>
    </message>
    <message>
        <source>请填写延期原因。</source>
        <translation>Please enter the reason for the extension.</translation>
    </message>
    <message>
        <source>只有物业部人员可以延期归还。</source>
        <translation>Only property department staff can extend a return.</translation>
    </message>
    <message>
        <source>借匙单 {no} 已延期一次。</source>
        <translation>Key loan {no} has already been extended once.</translation>
    </message>
    <message>
        <source>请填写催还情况。</source>
        <translation>Please enter the reminder details.</translation>
    </message>
    <message>
        <source>请填写检查人。</source>
        <translation>Please enter the inspector.</translation>
    </message>
    <message>
        <source>物品不完好时请填写损坏情况。</source>
        <translation>If items are not intact, please describe the damage.</translation>
    </message>
    <message>
        <source>赔偿金额不能为负数。</source>
        <translation>The compensation cannot be negative.</translation>
    </message>
    <message>
        <source>钥匙领取单 {no} 不存在。</source>
        <translation>Key issue slip {no} does not exist.</translation>
    </message>
    <message>
        <source>{what} 没有备用钥匙。</source>
        <translation>{what} has no spare key.</translation>
    </message>
    <message>
        <source>请选择退宿的学生。</source>
        <translation>Please select the student checking out.</translation>
    </message>
    <message>
        <source>迁出类型无效。</source>
        <translation>Invalid move-out type.</translation>
    </message>
    <message>
        <source>请填写计划迁出日期。</source>
        <translation>Please enter the planned move-out date.</translation>
    </message>
    <message>
        <source>计划迁出日期早于今天。</source>
        <translation>The planned move-out date is before today.</translation>
    </message>
    <message>
        <source>迁出须至少提前 {days} 天申请（计划 {date}，只提前了 {given} 天）；如确需办理，请主管签批并写明原因。</source>
        <translation>A move-out must be requested at least {days} days in advance (planned {date}, only {given} days ahead); if it really must be done, a supervisor must approve it with a reason.</translation>
    </message>
    <message>
        <source>须收到业主的《业主同意租户搬离通知书》。</source>
        <translation>The owner&apos;s consent notice for the tenant moving out (《业主同意租户搬离通知书》) must be received.</translation>
    </message>
    <message>
        <source>须交回信箱钥匙。</source>
        <translation>The mailbox key must be returned.</translation>
    </message>
    <message>
        <source>请选择楼栋。</source>
        <translation>Please select a building.</translation>
    </message>
    <message>
        <source>请填写用户（租户）名称。</source>
        <translation>Please enter the tenant name.</translation>
    </message>
    <message>
        <source>迁出申请不存在。</source>
        <translation>The move-out request does not exist.</translation>
    </message>
    <message>
        <source>迁出申请 {number} 当前为「{status}」，不能{doing}。</source>
        <translation>Move-out request {number} is currently “{status}”; cannot {doing}.</translation>
    </message>
    <message>
        <source>请填写会议的开始和结束时间。</source>
        <translation>Enter the meeting&apos;s start and end.</translation>
    </message>
    <message>
        <source>结束时间 {end} 应晚于开始时间 {start}。</source>
        <translation>The end {end} must be later than the start {start}.</translation>
    </message>
    <message>
        <source>会议时间以 15 分钟为单位（如 9:00、9:15、9:30）。</source>
        <translation>Meeting times go in steps of 15 minutes (e.g. 9:00, 9:15, 9:30).</translation>
    </message>
    <message>
        <source>一次预订须在同一天内结束；跨天的会议请逐日预订或设为重复预订。</source>
        <translation>A booking must end on the day it starts; book a meeting over several days day by day or as a recurring booking.</translation>
    </message>
    <message>
        <source>留房数 {held} 超过协议房数 {agreed} + {extra} 间。</source>
        <translation>{held} rooms held exceed the {agreed} agreed + {extra}.</translation>
    </message>
    <message>
        <source>实用房数不能多于留房数。</source>
        <translation>Rooms used cannot exceed the rooms held.</translation>
    </message>
    <message>
        <source>加床价不低于 {min} 元/人/天。</source>
        <translation>An extra bed costs at least {min} yuan per person per day.</translation>
    </message>
    <message>
        <source>金额格式不正确。</source>
        <translation>Invalid amount.</translation>
    </message>
    <message>
        <source>金额不能为负数。</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>人数、房数应为不小于 0 的整数。</source>
        <translation>Numbers of people and rooms must be whole numbers of 0 or more.</translation>
    </message>
    <message>
        <source>时段冲突，未保存：{who}</source>
        <translation>The time is taken, nothing saved: {who}</translation>
    </message>
    <message>
        <source>参会人数 {n} 超过 {room} 的容纳人数 {cap}。请换用更大的会议室，或由主管确认后仍然预订。</source>
        <translation>{n} attendees exceed the {cap} seats of {room}. Choose a larger room, or have a supervisor confirm the booking.</translation>
    </message>
    <message>
        <source>未知的预订类型。</source>
        <translation>Unknown kind of booking.</translation>
    </message>
    <message>
        <source>请填写会议名称（不可用时段请填写原因）。</source>
        <translation>Enter the meeting name (for an unavailable span, the reason).</translation>
    </message>
    <message>
        <source>请选择会场布置方式。</source>
        <translation>Choose a layout.</translation>
    </message>
    <message>
        <source>不能预订已经过去的时段。</source>
        <translation>A time that has passed cannot be booked.</translation>
    </message>
    <message>
        <source>请选择会议室。</source>
        <translation>Choose a meeting room.</translation>
    </message>
    <message>
        <source>会议 {no} 当前为“{status}”，不能修改。</source>
        <translation>Meeting {no} is &quot;{status}&quot; and cannot be changed.</translation>
    </message>
    <message>
        <source>会议预订不存在。</source>
        <translation>The booking does not exist.</translation>
    </message>
    <message>
        <source>请填写取消原因。</source>
        <translation>Enter why it is cancelled.</translation>
    </message>
    <message>
        <source>会议 {no} 当前为“{status}”，不能进行此操作。</source>
        <translation>Meeting {no} is &quot;{status}&quot;; this step is not possible.</translation>
    </message>
    <message>
        <source>没有编号为 {no} 的会议接待单。</source>
        <translation>There is no meeting reception order numbered {no}.</translation>
    </message>
    <message>
        <source>请填写财务确认人。</source>
        <translation>Please enter who confirmed it in finance.</translation>
    </message>
    <message>
        <source>请填写管理费收取至哪天。</source>
        <translation>Please enter the date the management fee is paid up to.</translation>
    </message>
    <message>
        <source>管理费须收取至业主通知书所写日期 {date}。</source>
        <translation>The management fee must be paid up to {date}, the date in the owner&apos;s notice.</translation>
    </message>
    <message>
        <source>请先结清费用，再申请安全检查。</source>
        <translation>Settle the fees before requesting the safety check.</translation>
    </message>
    <message>
        <source>检查结果须为合格或不合格。</source>
        <translation>The check result must be Pass or Fail.</translation>
    </message>
    <message>
        <source>检查项目「{item}」的结果无效：{value}（应为合格、不合格或未检）</source>
        <translation>The result of check item &quot;{item}&quot; is not valid: {value} (it should be Passed, Failed or Not inspected)</translation>
    </message>
    <message>
        <source>请填写检查人员。</source>
        <translation>Please enter the inspectors.</translation>
    </message>
    <message>
        <source>不合格时请写明存在的问题。</source>
        <translation>If it fails, please describe the problems.</translation>
    </message>
    <message>
        <source>租户迁出须先开具物品放行条。</source>
        <translation>A tenant move-out needs a release slip for the items first.</translation>
    </message>
    <message>
        <source>请填写撤销原因。</source>
        <translation>Please enter the reason for cancelling.</translation>
    </message>
    <message>
        <source>找不到检查通知书 {number}。</source>
        <translation>Inspection notice {number} not found.</translation>
    </message>
    <message>
        <source>放行条至少要有一项物品。</source>
        <translation>A release slip needs at least one item.</translation>
    </message>
    <message>
        <source>第 {n} 行物品没有名称。</source>
        <translation>Item on line {n} has no name.</translation>
    </message>
    <message>
        <source>第 {n} 行物品「{name}」的数量须为正整数。</source>
        <translation>The quantity of item “{name}” on line {n} must be a positive whole number.</translation>
    </message>
    <message>
        <source>请填写用户（单位）名称。</source>
        <translation>Please enter the tenant (company) name.</translation>
    </message>
    <message>
        <source>申请人身份无效：{value}</source>
        <translation>Invalid applicant status: {value}</translation>
    </message>
    <message>
        <source>搬出原因无效：{value}</source>
        <translation>Invalid reason for moving out: {value}</translation>
    </message>
    <message>
        <source>请填写经办人（搬运人）姓名。</source>
        <translation>Please enter the name of the person handling (carrying) the items.</translation>
    </message>
    <message>
        <source>证件类型无效：{value}</source>
        <translation>Invalid ID type: {value}</translation>
    </message>
    <message>
        <source>请填写经办人证件号码。</source>
        <translation>Please enter the ID number of the person handling the items.</translation>
    </message>
    <message>
        <source>找不到放行条 {number}。</source>
        <translation>Release slip {number} not found.</translation>
    </message>
    <message>
        <source>放行条 {number} 当前为「{status}」，不能{doing}。</source>
        <translation>Release slip {number} is currently “{status}”; cannot {doing}.</translation>
    </message>
    <message>
        <source>签署方式无效：{value}</source>
        <translation>Invalid signing method: {value}</translation>
    </message>
    <message>
        <source>请填写签署意见（确认）人。</source>
        <translation>Please enter who signed (confirmed) the approval.</translation>
    </message>
    <message>
        <source>电话确认须记下确认人和通话时间。</source>
        <translation>A phone confirmation needs the name of the person confirming and the time of the call.</translation>
    </message>
    <message>
        <source>{tenant} 没有有效的《用户室内大件物品放行协议书》，不能签署放行。</source>
        <translation>{tenant} has no valid agreement for releasing large items (《用户室内大件物品放行协议书》); the release cannot be signed.</translation>
    </message>
    <message>
        <source>{name} 不是协议 {agreement} 的授权签署人（授权：{names}）。</source>
        <translation>{name} is not an authorized signer of agreement {agreement} (authorized: {names}).</translation>
    </message>
    <message>
        <source>有欠费时请写明欠费情况。</source>
        <translation>If there are arrears, please describe them.</translation>
    </message>
    <message>
        <source>放行条尚未签署意见（用户单位盖章或业主确认），不能开具。</source>
        <translation>The release slip has not been signed off (tenant company stamp or owner confirmation); it cannot be issued.</translation>
    </message>
    <message>
        <source>尚未通过欠费核查，不能开具放行条。</source>
        <translation>The arrears check has not been passed; the release slip cannot be issued.</translation>
    </message>
    <message>
        <source>迁出申请 {number} 尚未结清费用并通过安全检查，不能开具放行条。</source>
        <translation>Move-out request {number} has not settled its fees and passed the safety check; the release slip cannot be issued.</translation>
    </message>
    <message>
        <source>请填写驳回原因。</source>
        <translation>Please enter the reason for rejection.</translation>
    </message>
    <message>
        <source>请填写保安核验人。</source>
        <translation>Please enter the guard who checked.</translation>
    </message>
    <message>
        <source>放行前须核验经办人证件。</source>
        <translation>The ID of the person handling the items must be checked before release.</translation>
    </message>
    <message>
        <source>请填写拒放原因。</source>
        <translation>Please enter the reason for refusal.</translation>
    </message>
    <message>
        <source>放行条 {number} 已过有效期（{date}），不能放行，请重新开具。</source>
        <translation>Release slip {number} expired ({date}) and cannot be used; please issue a new one.</translation>
    </message>
    <message>
        <source>「{name}」的实放数量无效。</source>
        <translation>Invalid released quantity for “{name}”.</translation>
    </message>
    <message>
        <source>「{name}」实放 {qty} 件，超过放行条上的 {max} 件，不能放行。</source>
        <translation>{qty} of “{name}” released, more than the {max} on the release slip; release refused.</translation>
    </message>
    <message>
        <source>实放物品不在放行条上。</source>
        <translation>The released item is not on the release slip.</translation>
    </message>
    <message>
        <source>实放数量为零：请改为拒放并写明原因。</source>
        <translation>The released quantity is zero: refuse the release instead and give the reason.</translation>
    </message>
    <message>
        <source>放行条 {number} 已于 {date} 回收。</source>
        <translation>Release slip {number} was returned on {date}.</translation>
    </message>
    <message>
        <source>请填写跟进情况。</source>
        <translation>Please enter the follow-up.</translation>
    </message>
    <message>
        <source>用户类别须为：{kinds}</source>
        <translation>The tenant category must be: {kinds}</translation>
    </message>
    <message>
        <source>请填写协议编号。</source>
        <translation>Please enter the agreement number.</translation>
    </message>
    <message>
        <source>协议须至少列出一名授权签署人。</source>
        <translation>The agreement must name at least one authorized signer.</translation>
    </message>
    <message>
        <source>协议的截止日期早于起始日期。</source>
        <translation>The agreement&apos;s end date is before its start date.</translation>
    </message>
    <message>
        <source>协议不存在。</source>
        <translation>The agreement does not exist.</translation>
    </message>
    <message>
        <source>放行申请尚未开具（没有编号），不能打印。</source>
        <translation>The release request has not been issued (no number yet) and cannot be printed.</translation>
    </message>
    <message>
        <source>房间不存在：{building} {room}</source>
        <translation>Room not found: {building} {room}</translation>
    </message>
    <message>
        <source>请选择维修类别。</source>
        <translation>Please select the repair category.</translation>
    </message>
    <message>
        <source>请选择紧急程度。</source>
        <translation>Please select the urgency.</translation>
    </message>
    <message>
        <source>未知的报修方式：{value}</source>
        <translation>Unknown reporting channel: {value}</translation>
    </message>
    <message>
        <source>请填写故障描述。</source>
        <translation>Please describe the fault.</translation>
    </message>
    <message>
        <source>预约时间不能早于现在。</source>
        <translation>The appointment time cannot be in the past.</translation>
    </message>
    <message>
        <source>请填写报修人。</source>
        <translation>Please enter who reported it.</translation>
    </message>
    <message>
        <source>照片太多（最多 {n} 张）。</source>
        <translation>Too many photos (at most {n}).</translation>
    </message>
    <message>
        <source>照片 {name} 太大（最大 {max} KB）。</source>
        <translation>Photo {name} is too large (at most {max} KB).</translation>
    </message>
    <message>
        <source>文件 {name} 不是图片。</source>
        <translation>The file {name} is not an image.</translation>
    </message>
    <message>
        <source>照片不存在。</source>
        <translation>The photo does not exist.</translation>
    </message>
    <message>
        <source>维修单不存在。</source>
        <translation>The repair slip does not exist.</translation>
    </message>
    <message>
        <source>没有编号为 {number} 的维修单。</source>
        <translation>There is no repair slip numbered {number}.</translation>
    </message>
    <message>
        <source>请填写物品名称和单位。</source>
        <translation>Please enter the item name and unit.</translation>
    </message>
    <message>
        <source>价目表项目不存在。</source>
        <translation>The price list item does not exist.</translation>
    </message>
    <message>
        <source>请选择损坏原因。</source>
        <translation>Please select the cause of damage.</translation>
    </message>
    <message>
        <source>数量应大于 0。</source>
        <translation>The quantity must be greater than 0.</translation>
    </message>
    <message>
        <source>已开具赔偿通知单，不能再修改收费认定。</source>
        <translation>A compensation notice has been issued; the charge decision can no longer be changed.</translation>
    </message>
    <message>
        <source>价目表项目不存在或已停用。</source>
        <translation>The price list item does not exist or is disabled.</translation>
    </message>
    <message>
        <source>正常损耗免费维修，收费金额应为 0。</source>
        <translation>Repairs for normal wear are free; the charge must be 0.</translation>
    </message>
    <message>
        <source>收费金额 {amount} 元与价目表不符（应为 {expected} 元），需主管确认。</source>
        <translation>The charge of {amount} yuan does not match the price list ({expected} yuan); a supervisor must confirm.</translation>
    </message>
    <message>
        <source>维修单 {number} 未认定为收费维修或金额为 0，不能开具赔偿通知单。</source>
        <translation>Repair slip {number} is not a chargeable repair or the amount is 0; no compensation notice can be issued.</translation>
    </message>
    <message>
        <source>维修单 {number} 已开具赔偿通知单。</source>
        <translation>A compensation notice has already been issued for repair slip {number}.</translation>
    </message>
    <message>
        <source>请填写责任人。</source>
        <translation>Please enter the person responsible.</translation>
    </message>
    <message>
        <source>请填写收据号。</source>
        <translation>Please enter the receipt number.</translation>
    </message>
    <message>
        <source>赔偿通知单不存在。</source>
        <translation>The compensation notice does not exist.</translation>
    </message>
    <message>
        <source>赔偿通知单 {number} 当前为「{status}」，不能登记缴费。</source>
        <translation>Compensation notice {number} is currently “{status}”; payment cannot be recorded.</translation>
    </message>
    <message>
        <source>缴费日期应在开具日期与今天之间。</source>
        <translation>The payment date must be between the issue date and today.</translation>
    </message>
    <message>
        <source>没有编号为 {number} 的赔偿通知单。</source>
        <translation>There is no compensation notice numbered {number}.</translation>
    </message>
    <message>
        <source>维修单 {number} 当前为「{status}」，不能{action}。</source>
        <translation>Repair slip {number} is currently “{status}”; cannot {action}.</translation>
    </message>
    <message>
        <source>请选择维修人员。</source>
        <translation>Please select a repair worker.</translation>
    </message>
    <message>
        <source>时间不合理：应在报修之后、现在之前。</source>
        <translation>Unreasonable time: it must be after the report and before now.</translation>
    </message>
    <message>
        <source>材料 {item} 的数量应大于 0。</source>
        <translation>The quantity of material {item} must be greater than 0.</translation>
    </message>
    <message>
        <source>请填写维修结果。</source>
        <translation>Please enter the repair result.</translation>
    </message>
    <message>
        <source>维修单 {number} 尚未派工，不能完工（只有紧急维修可先修后补单）。</source>
        <translation>Repair slip {number} has not been dispatched and cannot be completed (only urgent repairs may be fixed first and the slip filled in later).</translation>
    </message>
    <message>
        <source>开始时间不能晚于完成时间。</source>
        <translation>The start time cannot be after the completion time.</translation>
    </message>
    <message>
        <source>已超过完成时限，请填写延误原因。</source>
        <translation>The completion time limit has passed; please enter the reason for the delay.</translation>
    </message>
    <message>
        <source>请填写确认的学生/住户姓名。</source>
        <translation>Please enter the name of the student/resident confirming.</translation>
    </message>
    <message>
        <source>请先补填收费认定，再验收。</source>
        <translation>Please fill in the charge decision before acceptance.</translation>
    </message>
    <message>
        <source>计划维修日期不能早于今天。</source>
        <translation>The planned repair date cannot be before today.</translation>
    </message>
    <message>
        <source>学生不存在或不在您管理的楼栋。</source>
        <translation>The student does not exist or is not in a building you manage.</translation>
    </message>
    <message>
        <source>请填写学号。</source>
        <translation>Please enter the Student No.</translation>
    </message>
    <message>
        <source>{reason}。</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>性别与身份证号不一致。</source>
        <translation>The gender does not match the ID card number.</translation>
    </message>
    <message>
        <source>请选择性别。</source>
        <translation>Please select the gender.</translation>
    </message>
    <message>
        <source>联系电话应为11位手机号码。</source>
        <translation>The phone number must be an 11-digit mobile number.</translation>
    </message>
    <message>
        <source>未知的状态：{s}</source>
        <translation>Unknown status: {s}</translation>
    </message>
    <message>
        <source>床位不存在。</source>
        <translation>The bed does not exist.</translation>
    </message>
    <message>
        <source>房间 {room} 目前为“{status}”，不能入住。</source>
        <translation>Room {room} is currently “{status}” and cannot be checked into.</translation>
    </message>
    <message>
        <source>{building} 是{g}生楼，不能安排{s}生。</source>
        <translation>{building} is a {g} building; {s} students cannot be placed there.</translation>
    </message>
    <message>
        <source>床位 {bed} 已有学生 {name}（{no}）。</source>
        <translation>Bed {bed} is already taken by {name} ({no}).</translation>
    </message>
    <message>
        <source>学号 {no} 已存在。</source>
        <translation>Student No. {no} already exists.</translation>
    </message>
    <message>
        <source>身份证号已属于学号 {no} 的学生。</source>
        <translation>This ID card number already belongs to the student with Student No. {no}.</translation>
    </message>
    <message>
        <source>请选择床位。</source>
        <translation>Please select a bed.</translation>
    </message>
    <message>
        <source>新床位与当前床位相同。</source>
        <translation>The new bed is the same as the current bed.</translation>
    </message>
    <message>
        <source>该学生没有床位，无需退宿。</source>
        <translation>This student has no bed; no check-out is needed.</translation>
    </message>
    <message>
        <source>不能退宿：{why}</source>
        <translation>Cannot check out: {why}</translation>
    </message>
    <message>
        <source>请填写楼栋名称。</source>
        <translation>Please enter the building name.</translation>
    </message>
    <message>
        <source>楼栋性别应为 男/女/混合。</source>
        <translation>The building gender must be 男/女/混合 (male/female/mixed).</translation>
    </message>
    <message>
        <source>楼层数应在 1 到 60 之间。</source>
        <translation>The number of floors must be between 1 and 60.</translation>
    </message>
    <message>
        <source>楼栋 {name} 已存在。</source>
        <translation>Building {name} already exists.</translation>
    </message>
    <message>
        <source>楼栋中住有 {n} 名性别不符的学生，不能改为{gender}生楼。</source>
        <translation>{n} students of the other gender live in the building; it cannot be changed to a {gender} building.</translation>
    </message>
    <message>
        <source>房间状态应为 正常/维修中/停用。</source>
        <translation>The room status must be 正常/维修中/停用 (normal/under repair/disabled).</translation>
    </message>
    <message>
        <source>床位数应在 0 到 20 之间。</source>
        <translation>The number of beds must be between 0 and 20.</translation>
    </message>
    <message>
        <source>房号 {room} 已存在。</source>
        <translation>Room {room} already exists.</translation>
    </message>
    <message>
        <source>房间不存在。</source>
        <translation>The room does not exist.</translation>
    </message>
    <message>
        <source>要减少的床位上还住着学生，请先调宿或退宿。</source>
        <translation>Students still live in the beds to be removed; move them or check them out first.</translation>
    </message>
    <message>
        <source>未知的员工类别：{c}</source>
        <translation>Unknown staff category: {c}</translation>
    </message>
    <message>
        <source>员工不存在。</source>
        <translation>The staff member does not exist.</translation>
    </message>
    <message>
        <source>导入批次不存在。</source>
        <translation>The import batch does not exist.</translation>
    </message>
    <message>
        <source>该批次已撤销。</source>
        <translation>This batch has already been undone.</translation>
    </message>
    <message>
        <source>不能撤销：本批导入的 {n} 名学生此后被修改过。</source>
        <translation>Cannot undo: {n} students imported in this batch have been changed since.</translation>
    </message>
    <message>
        <source>不能撤销：本批更新的学生此后又被修改过。</source>
        <translation>Cannot undo: students updated by this batch have been changed again since.</translation>
    </message>
    <message>
        <source>不能撤销：本批学生此后有调宿或退宿记录。</source>
        <translation>Cannot undo: students of this batch have since had a room change or check-out.</translation>
    </message>
    <message>
        <source>不能撤销：其他记录（{table}）已引用本批导入的学生。</source>
        <translation>Cannot undo: other records ({table}) refer to students imported in this batch.</translation>
    </message>
    <message>
        <source>不能撤销：本批新建的房间已住进其他学生。</source>
        <translation>Cannot undo: other students have moved into rooms created by this batch.</translation>
    </message>
    <message>
        <source>不能撤销：其他记录（{table}）已引用本批新建的房间。</source>
        <translation>Cannot undo: other records ({table}) refer to rooms created by this batch.</translation>
    </message>
    <message>
        <source>不能撤销：学生原来的床位已住进其他学生。</source>
        <translation>Cannot undo: another student has moved into a student&apos;s original bed.</translation>
    </message>
    <message>
        <source>没有编号为 {no} 的放行条。</source>
        <translation>There is no release slip numbered {no}.</translation>
    </message>
    <message>
        <source>放行条 {no} 不是本楼栋开具的。</source>
        <translation>Release slip {no} was not issued for this building.</translation>
    </message>
    <message>
        <source>放行条 {no} 已过期、作废或尚未开具，不能用于放行。</source>
        <translation>Release slip {no} has expired, been voided or not been issued yet; it cannot release goods.</translation>
    </message>
    <message>
        <source>请选择带入或带出。</source>
        <translation>Choose in or out.</translation>
    </message>
    <message>
        <source>请填写物品名称及数量。</source>
        <translation>Enter the items and their quantities.</translation>
    </message>
    <message>
        <source>件数应至少为 1。</source>
        <translation>The number of pieces must be at least 1.</translation>
    </message>
    <message>
        <source>请查找学生或填写姓名。</source>
        <translation>Find the student or enter the name.</translation>
    </message>
    <message>
        <source>带出大件物品须有放行条或舍长证明，请填写其一。</source>
        <translation>Large items going out need a release slip or a room leader&apos;s note; enter one of them.</translation>
    </message>
    <message>
        <source>物品出入登记不存在。</source>
        <translation>The goods log entry does not exist.</translation>
    </message>
    <message>
        <source>{no} 已作废。</source>
        <translation>{no} is already voided.</translation>
    </message>
    <message>
        <source>请选择用语类别。</source>
        <translation>Choose the phrase kind.</translation>
    </message>
    <message>
        <source>请填写用语内容。</source>
        <translation>Enter the phrase.</translation>
    </message>
    <message>
        <source>用语不能超过 255 个字。</source>
        <translation>A phrase cannot exceed 255 characters.</translation>
    </message>
    <message>
        <source>该用语已被删除。</source>
        <translation>That phrase has been deleted.</translation>
    </message>
    <message>
        <source>来访不符合宿舍规定：{rules}。须主管放行并说明理由。</source>
        <translation>The visit breaks dorm rules: {rules}. A supervisor must admit it and give a reason.</translation>
    </message>
    <message>
        <source>请选择证件类型。</source>
        <translation>Choose the ID type.</translation>
    </message>
    <message>
        <source>请扫描或输入来访人的证件号码。</source>
        <translation>Scan or type the visitor&apos;s ID number.</translation>
    </message>
    <message>
        <source>证件号码过长（最多 32 位）。</source>
        <translation>The ID number is too long (at most 32 characters).</translation>
    </message>
    <message>
        <source>{reason}（来访人证件号码）。</source>
        <translation>{reason} (visitor&apos;s ID number).</translation>
    </message>
    <message>
        <source>请选择被访人所在的楼栋和房号，或查找被访学生。</source>
        <translation>Choose the building and room visited, or find the student visited.</translation>
    </message>
    <message>
        <source>请填写主管放行的理由。</source>
        <translation>Enter the supervisor&apos;s reason for admitting.</translation>
    </message>
    <message>
        <source>{name} 不是主管，不能放行。</source>
        <translation>{name} is not a supervisor and cannot admit.</translation>
    </message>
    <message>
        <source>请选择来访人身份。</source>
        <translation>Choose the visitor&apos;s relation.</translation>
    </message>
    <message>
        <source>请填写来访人姓名。</source>
        <translation>Enter the visitor&apos;s name.</translation>
    </message>
    <message>
        <source>请填写来访事由。</source>
        <translation>Enter the purpose of the visit.</translation>
    </message>
    <message>
        <source>请填写被访人。</source>
        <translation>Enter the person visited.</translation>
    </message>
    <message>
        <source>该证件的来访人尚未离开（{no}），请先办理离开。</source>
        <translation>The visitor with this ID has not left yet ({no}); sign them out first.</translation>
    </message>
    <message>
        <source>来访登记不存在。</source>
        <translation>The visitor log entry does not exist.</translation>
    </message>
    <message>
        <source>{no} {name} 已于 {at} 离开。</source>
        <translation>{no} {name} left at {at}.</translation>
    </message>
    <message>
        <source>离开时间应在来访时间与现在之间。</source>
        <translation>The time out must lie between the time in and now.</translation>
    </message>
    <message>
        <source>请填写值班服务员。</source>
        <translation>Enter the attendant on duty.</translation>
    </message>
    <message>
        <source>评价只能是 满意/一般/不满意。</source>
        <translation>A rating is satisfied, average or dissatisfied.</translation>
    </message>
    <message>
        <source>请选择总体评价。</source>
        <translation>Choose the overall rating.</translation>
    </message>
    <message>
        <source>会议尚未确认或已取消，不能填写服务记录。</source>
        <translation>The meeting is not confirmed yet or was cancelled; no service log can be kept.</translation>
    </message>
    <message>
        <source>到岗时间应在会议当天、会议结束之前。</source>
        <translation>The arrival must be on the meeting day, before it ends.</translation>
    </message>
    <message>
        <source>请先填写会议服务记录（值班服务员）。</source>
        <translation>First fill in the service log (attendant on duty).</translation>
    </message>
    <message>
        <source>请填写清洁消毒人员。</source>
        <translation>Enter who cleaned.</translation>
    </message>
    <message>
        <source>请勾选已完成的项目。</source>
        <translation>Tick the items done.</translation>
    </message>
    <message>
        <source>不能登记未来一周的清洁消毒。</source>
        <translation>Cleaning cannot be recorded for a future week.</translation>
    </message>
    <message>
        <source>请选择办公室。</source>
        <translation>Choose an office.</translation>
    </message>
    <message>
        <source>请填写服务人员。</source>
        <translation>Enter who served.</translation>
    </message>
    <message>
        <source>完成时间应在检查当天。</source>
        <translation>The time done must be on the day checked.</translation>
    </message>
    <message>
        <source>完成时间不能晚于现在。</source>
        <translation>The time done cannot be later than now.</translation>
    </message>
    <message>
        <source>{office} {date} 的入室服务已登记。</source>
        <translation>The office service of {office} on {date} is already recorded.</translation>
    </message>
    <message>
        <source>请选择重复方式。</source>
        <translation>Choose how it repeats.</translation>
    </message>
    <message>
        <source>重复间隔应不小于 1。</source>
        <translation>The interval must be at least 1.</translation>
    </message>
    <message>
        <source>重复截止日期早于首次会议日期。</source>
        <translation>The series ends before its first meeting.</translation>
    </message>
    <message>
        <source>请选择每周哪几天。</source>
        <translation>Choose the weekdays.</translation>
    </message>
    <message>
        <source>请选择每月第几个星期几。</source>
        <translation>Choose which weekday of the month.</translation>
    </message>
    <message>
        <source>重复次数过多（{n} 次），一个系列最多 {max} 次。</source>
        <translation>Too many occurrences ({n}); a series has at most {max}.</translation>
    </message>
    <message>
        <source>该重复预订没有可保存的日期。</source>
        <translation>The recurring booking has no date left to save.</translation>
    </message>
    <message>
        <source>重复预订经过节假日 {days}：请跳过这些日期，或确认节假日照常开会。</source>
        <translation>The series crosses the holidays {days}: skip those dates, or confirm the meetings go ahead.</translation>
    </message>
    <message>
        <source>会议室不存在。</source>
        <translation>The meeting room does not exist.</translation>
    </message>
    <message>
        <source>请填写会议室名称。</source>
        <translation>Enter the room&apos;s name.</translation>
    </message>
    <message>
        <source>会议室容纳人数应大于 0。</source>
        <translation>A meeting room must seat more than 0.</translation>
    </message>
    <message>
        <source>收费标准应为金额。</source>
        <translation>Rates must be amounts of money.</translation>
    </message>
    <message>
        <source>收费标准不能为负数。</source>
        <translation>Rates cannot be negative.</translation>
    </message>
    <message>
        <source>组合会场不能包含它自己。</source>
        <translation>A combined room cannot contain itself.</translation>
    </message>
    <message>
        <source>组合会场至少由两个会议室组成。</source>
        <translation>A combined room is made of at least two rooms.</translation>
    </message>
    <message>
        <source>组合会场只能由普通会议室组成。</source>
        <translation>A combined room can only be made of plain rooms.</translation>
    </message>
    <message>
        <source>该会议室（或其组成部分）还有未来的预订，不能更改组合关系。</source>
        <translation>The room (or a part of it) has future bookings; its combination cannot change.</translation>
    </message>
    <message>
        <source>请填写调查名称。</source>
        <translation>Enter the survey title.</translation>
    </message>
    <message>
        <source>评分等级只能是 3 级或 5 级。</source>
        <translation>The rating scale must have 3 or 5 levels.</translation>
    </message>
    <message>
        <source>调查 {no} 已回收结束，不能再发放问卷。</source>
        <translation>Survey {no} has closed collection: no more questionnaires can be issued.</translation>
    </message>
    <message>
        <source>房号不存在：{rooms}</source>
        <translation>Rooms not found: {rooms}</translation>
    </message>
    <message>
        <source>该楼栋没有房间。</source>
        <translation>The building has no rooms.</translation>
    </message>
    <message>
        <source>调查计划不存在。</source>
        <translation>The survey plan does not exist.</translation>
    </message>
    <message>
        <source>第 {n} 项“{item}”的评分 {value} 超出 1–{scale} 的范围。</source>
        <translation>Item {n} “{item}”: rating {value} is outside 1–{scale}.</translation>
    </message>
    <message>
        <source>这份问卷没有任何评分，请检查。</source>
        <translation>This questionnaire has no ratings at all; please check it.</translation>
    </message>
    <message>
        <source>请选择调查方式。</source>
        <translation>Choose the survey method.</translation>
    </message>
    <message>
        <source>请选择意见类别。</source>
        <translation>Choose the opinion&apos;s topic.</translation>
    </message>
    <message>
        <source>调查 {no} 当前为“{status}”，不能录入问卷。</source>
        <translation>Survey {no} is “{status}”: questionnaires cannot be entered.</translation>
    </message>
    <message>
        <source>问卷编号 {no} 不存在（本次调查未发放此编号）。</source>
        <translation>Questionnaire {no} does not exist (it was not issued in this survey).</translation>
    </message>
    <message>
        <source>问卷 {no} 已于 {when} 由 {who} 录入，不能重复录入。</source>
        <translation>Questionnaire {no} was entered on {when} by {who}; it cannot be entered twice.</translation>
    </message>
    <message>
        <source>调查 {no} 当前为“{status}”，不能结束回收。</source>
        <translation>Survey {no} is “{status}”: collection cannot be closed.</translation>
    </message>
    <message>
        <source>请填写改进措施。</source>
        <translation>Enter the improvement action.</translation>
    </message>
    <message>
        <source>完成期限不能早于今天。</source>
        <translation>The deadline cannot be before today.</translation>
    </message>
    <message>
        <source>改进措施不存在。</source>
        <translation>The improvement action does not exist.</translation>
    </message>
    <message>
        <source>没有编号为 {no} 的调查。</source>
        <translation>There is no survey numbered {no}.</translation>
    </message>
    <message>
        <source>请填写领表人（回访人）。</source>
        <translation>Enter who receives the forms (the visitor).</translation>
    </message>
    <message>
        <source>请先选择要领表的回访。</source>
        <translation>Select the visits whose forms are signed out first.</translation>
    </message>
    <message>
        <source>回访 {no} 当前为“{status}”，不能领表。</source>
        <translation>Visit {no} is “{status}”: its form cannot be signed out.</translation>
    </message>
    <message>
        <source>签收记录不存在。</source>
        <translation>The sign-out record does not exist.</translation>
    </message>
    <message>
        <source>交回份数应在 0 到 {qty} 之间。</source>
        <translation>The number returned must be between 0 and {qty}.</translation>
    </message>
    <message>
        <source>请先选择要归档的回访。</source>
        <translation>Select the visits to archive first.</translation>
    </message>
    <message>
        <source>回访 {no} 当前为“{status}”，审核后才能归档。</source>
        <translation>Visit {no} is “{status}”: only reviewed visits can be archived.</translation>
    </message>
    <message>
        <source>本月没有需要新增的回访。</source>
        <translation>No visits need to be added this month.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>提示</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>注意</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation>Cannot complete the operation</translation>
    </message>
    <message>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>请输入</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>发生了意外错误。您的数据已保存到上一次成功的操作。请把详细信息复制给技术支持。</source>
        <translation>An unexpected error occurred. Your data is saved up to the last successful operation. Please copy the details to technical support.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>首次使用：创建系统管理员</source>
        <translation>First use: create the system administrator</translation>
    </message>
    <message>
        <source>欢迎使用 DormDesk 宿管台。数据库中还没有用户，请先创建系统管理员账户。</source>
        <translation>Welcome to DormDesk. There are no users in the database yet; please create the system administrator account first.</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Organization name</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再次输入密码</source>
        <translation>Repeat password</translation>
    </message>
</context>
<context>
    <name>FrontDesk</name>
    <message>
        <source>超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>（代领）</source>
        <translation>(proxy)</translation>
    </message>
    <message>
        <source>已受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>已分类</source>
        <translation>Classified</translation>
    </message>
    <message>
        <source>重大投诉</source>
        <translation>Major complaint</translation>
    </message>
    <message>
        <source>无效已解释</source>
        <translation>Invalid, explained</translation>
    </message>
    <message>
        <source>已转责任部门</source>
        <translation>Referred to dept.</translation>
    </message>
    <message>
        <source>处理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>Awaiting visit</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>回访超期</source>
        <translation>Visit overdue</translation>
    </message>
    <message>
        <source>答复超时</source>
        <translation>Reply overdue</translation>
    </message>
    <message>
        <source>处理超期</source>
        <translation>Handling overdue</translation>
    </message>
    <message>
        <source>超期未解决</source>
        <translation>Unresolved, overdue</translation>
    </message>
    <message>
        <source>约定答复</source>
        <translation>Reply promised</translation>
    </message>
    <message>
        <source>已转部门</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>已上报</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>已答复</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>已查阅</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>待通知</source>
        <translation>To notify</translation>
    </message>
    <message>
        <source>已通知</source>
        <translation>Notified</translation>
    </message>
    <message>
        <source>暂存</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>已领取</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>已送达</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>超期未领</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>通知超时</source>
        <translation>Notice overdue</translation>
    </message>
    <message>
        <source>待寄出</source>
        <translation>To send</translation>
    </message>
    <message>
        <source>已寄出</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>被退回</source>
        <translation>Returned</translation>
    </message>
</context>
<context>
    <name>FrontDeskPage</name>
    <message>
        <source>来访登记</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>物品出入</source>
        <translation>Goods in/out</translation>
    </message>
    <message>
        <source>月份：</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出 %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>邮件包裹</source>
        <translation>Mail and parcels</translation>
    </message>
    <message>
        <source>登记来件…</source>
        <translation>Register mail…</translation>
    </message>
    <message>
        <source>通知…</source>
        <translation>Notify…</translation>
    </message>
    <message>
        <source>交付签收…</source>
        <translation>Hand over…</translation>
    </message>
    <message>
        <source>暂存…</source>
        <translation>Hold…</translation>
    </message>
    <message>
        <source>退件…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <source>导出登记表…</source>
        <translation>Export register…</translation>
    </message>
    <message>
        <source>只看在前台的邮件</source>
        <translation>At front desk only</translation>
    </message>
    <message>
        <source>只看超期/超时</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>输入房号、收件人、邮件号或登记号，即时筛选</source>
        <translation>Type room, recipient, item No. or reg. No. to filter</translation>
    </message>
    <message>
        <source>代寄邮件</source>
        <translation>Outgoing mail</translation>
    </message>
    <message>
        <source>代寄登记…</source>
        <translation>Register outgoing…</translation>
    </message>
    <message>
        <source>寄出…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <source>登记退回…</source>
        <translation>Register return…</translation>
    </message>
    <message>
        <source>咨询</source>
        <translation>Enquiries</translation>
    </message>
    <message>
        <source>登记…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <source>答复…</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <source>转部门…</source>
        <translation>Refer…</translation>
    </message>
    <message>
        <source>上报…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <source>负责人查阅</source>
        <translation>Manager review</translation>
    </message>
    <message>
        <source>导出台帐…</source>
        <translation>Export log…</translation>
    </message>
    <message>
        <source>只看未答复</source>
        <translation>Unanswered only</translation>
    </message>
    <message>
        <source>只看超时</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>输入姓名、房号、内容或部门，即时筛选</source>
        <translation>Type name, room, content or department to filter</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>受理投诉…</source>
        <translation>Register complaint…</translation>
    </message>
    <message>
        <source>定性…</source>
        <translation>Classify…</translation>
    </message>
    <message>
        <source>转责任部门…</source>
        <translation>Refer to dept.…</translation>
    </message>
    <message>
        <source>答复/进展…</source>
        <translation>Reply/progress…</translation>
    </message>
    <message>
        <source>处理完毕…</source>
        <translation>Handling done…</translation>
    </message>
    <message>
        <source>回访…</source>
        <translation>Return visit…</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>打印处理表…</source>
        <translation>Print form…</translation>
    </message>
    <message>
        <source>导出投诉登记…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>只看超期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>输入编号、投诉人、房号、内容或部门，即时筛选</source>
        <translation>Type number, complainant, room, content or department to filter</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>主管放行</source>
        <translation>Supervisor override</translation>
    </message>
    <message>
        <source>来访不符合宿舍规定：%1</source>
        <translation>The visit breaks dorm rules: %1</translation>
    </message>
    <message>
        <source>主管用户名：</source>
        <translation>Supervisor&apos;s user name:</translation>
    </message>
    <message>
        <source>主管密码：</source>
        <translation>Supervisor&apos;s password:</translation>
    </message>
    <message>
        <source>放行理由：</source>
        <translation>Reason for admitting:</translation>
    </message>
    <message>
        <source>规范用语…</source>
        <translation>Phrase sheet…</translation>
    </message>
    <message>
        <source>带入</source>
        <translation>In</translation>
    </message>
    <message>
        <source>带出</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>内线电话开场</source>
        <translation>Internal call opening</translation>
    </message>
    <message>
        <source>外线电话开场</source>
        <translation>External call opening</translation>
    </message>
    <message>
        <source>来访接待开场</source>
        <translation>Visitor greeting</translation>
    </message>
    <message>
        <source>询问称呼</source>
        <translation>Asking the name</translation>
    </message>
    <message>
        <source>提供帮助</source>
        <translation>Offering help</translation>
    </message>
    <message>
        <source>没听清时</source>
        <translation>When unclear</translation>
    </message>
    <message>
        <source>结束前</source>
        <translation>Before closing</translation>
    </message>
    <message>
        <source>婉拒</source>
        <translation>Polite refusal</translation>
    </message>
    <message>
        <source>禁用语</source>
        <translation>Forbidden phrases</translation>
    </message>
    <message>
        <source>身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>学生证</source>
        <translation>Student card</translation>
    </message>
    <message>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>其他证件</source>
        <translation>Other ID</translation>
    </message>
    <message>
        <source>家长</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>本校学生</source>
        <translation>Student of the school</translation>
    </message>
    <message>
        <source>教职工</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>亲友</source>
        <translation>Relative or friend</translation>
    </message>
    <message>
        <source>其他外来人员</source>
        <translation>Other outsider</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>家长以外的外来人员不得进入宿舍楼</source>
        <translation>Outsiders other than parents may not enter the dorm</translation>
    </message>
    <message>
        <source>男家长不得进入女生楼</source>
        <translation>Male parents may not enter a girls&apos; building</translation>
    </message>
    <message>
        <source>异性不得进入宿舍（男女生不得互串宿舍）</source>
        <translation>No visits by the opposite sex (boys and girls may not visit each other&apos;s rooms)</translation>
    </message>
    <message>
        <source>已过闭楼时间，来访人员不得留宿</source>
        <translation>Past closing time: visitors may not stay overnight</translation>
    </message>
    <message>
        <source>闭楼未离开</source>
        <translation>Inside after closing</translation>
    </message>
    <message>
        <source>{0}：{1}（{2}）</source>
        <translation>{0}: {1} ({2})</translation>
    </message>
</context>
<context>
    <name>GateTab</name>
    <message>
        <source>物品名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>放行条数量</source>
        <translation>Qty on slip</translation>
    </message>
    <message>
        <source>实放数量</source>
        <translation>Qty released</translation>
    </message>
    <message>
        <source>放行条号已改动，请按回车查询。</source>
        <translation>The slip number was changed: press Enter to look it up.</translation>
    </message>
    <message>
        <source>放行条号已改动，请按回车查询后再登记。</source>
        <translation>The slip number was changed: press Enter to look it up before recording.</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 已登记为「%2」。请扫描下一张。</source>
        <translation>%1 has been recorded as “%2”. Scan the next slip.</translation>
    </message>
    <message>
        <source>%1 已回收（%2）</source>
        <translation>%1 returned (%2)</translation>
    </message>
</context>
<context>
    <name>GoodsTab</name>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>大件/贵重物品出入登记</source>
        <translation>Large/valuable goods in/out log</translation>
    </message>
    <message>
        <source>显示 %1 条（近 30 天）</source>
        <translation>%1 shown (last 30 days)</translation>
    </message>
    <message>
        <source>（无放行条）</source>
        <translation>(no release slip)</translation>
    </message>
    <message>
        <source>找到 %1 名住宿学生，请输入更完整的学号或姓名。</source>
        <translation>%1 resident students found; type more of the student number or name.</translation>
    </message>
    <message>
        <source>已登记 %1 %2</source>
        <translation>Logged %1 %2</translation>
    </message>
    <message>
        <source>作废原因（登记号保留）：</source>
        <translation>Reason for voiding (the number is kept):</translation>
    </message>
    <message>
        <source>作废 %1</source>
        <translation>Void %1</translation>
    </message>
    <message>
        <source>已作废 %1</source>
        <translation>Voided %1</translation>
    </message>
    <message>
        <source>出/入</source>
        <translation>In/out</translation>
    </message>
    <message>
        <source>学生</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>学号/姓名/拼音，回车查找</source>
        <translation>Student no./name/pinyin, Enter to find</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>物品名称及数量，如：台式电脑主机 1 台</source>
        <translation>Items and quantities, e.g. 1 desktop computer</translation>
    </message>
    <message>
        <source>贵重物品</source>
        <translation>Valuable</translation>
    </message>
    <message>
        <source>舍长证明</source>
        <translation>Room leader&apos;s note</translation>
    </message>
    <message>
        <source>带出大件物品而无放行条时填写：舍长姓名及证明内容</source>
        <translation>For large items out without a slip: the room leader&apos;s name and note</translation>
    </message>
    <message>
        <source>放行条</source>
        <translation>Release slip</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>输入学号、姓名、房号、物品或放行条号，即时筛选</source>
        <translation>Type a student no., name, room, item or slip number to filter</translation>
    </message>
    <message>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <source>导出登记簿…</source>
        <translation>Export register…</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>前台保管的邮件</source>
        <translation>Mail held at the front desk</translation>
    </message>
    <message>
        <source>未办结的投诉</source>
        <translation>Open complaints</translation>
    </message>
    <message>
        <source>借出未还的备用钥匙</source>
        <translation>Spare keys on loan</translation>
    </message>
    <message>
        <source>逾期未还的备用钥匙</source>
        <translation>Overdue spare keys</translation>
    </message>
    <message>
        <source>借出未还的业主钥匙</source>
        <translation>Owner keys on loan</translation>
    </message>
    <message>
        <source>未完成的紧急维修</source>
        <translation>Unfinished urgent repairs</translation>
    </message>
    <message>
        <source>仍在楼内的来访人员</source>
        <translation>Visitors still inside</translation>
    </message>
    <message>
        <source>今明两天的会议</source>
        <translation>Meetings today and tomorrow</translation>
    </message>
    <message>
        <source>超期未回访</source>
        <translation>Overdue return visits</translation>
    </message>
    <message>
        <source>本班开具、尚未回收的放行条</source>
        <translation>Release slips issued this shift, gate copy not returned</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>新交班（尚未保存）</source>
        <translation>New handover (not saved)</translation>
    </message>
    <message>
        <source>编号 %1 · %2</source>
        <translation>No. %1 · %2</translation>
    </message>
    <message>
        <source>已由 %1 于 %2 确认接班</source>
        <translation>Taken over by %1 at %2</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>已交班，等待接班人确认。</source>
        <translation>Handed over; waiting for the next shift to confirm.</translation>
    </message>
    <message>
        <source>%1 已确认接班。</source>
        <translation>%1 has confirmed the takeover.</translation>
    </message>
    <message>
        <source>交接班记录 %1</source>
        <translation>Shift handover record %1</translation>
    </message>
    <message>
        <source>交接班</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <source>交班记录</source>
        <translation>Handover records</translation>
    </message>
    <message>
        <source>新交班</source>
        <translation>New handover</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>班次开始</source>
        <translation>Shift start</translation>
    </message>
    <message>
        <source>交班人</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <source>本班遗留事项</source>
        <translation>Open items of this shift</translation>
    </message>
    <message>
        <source>交班说明</source>
        <translation>Handover note</translation>
    </message>
    <message>
        <source>需要下一班注意的事项</source>
        <translation>Things the next shift should watch for</translation>
    </message>
    <message>
        <source>确认交班</source>
        <translation>Confirm handover</translation>
    </message>
    <message>
        <source>接班人确认（请接班人输入自己的用户名和密码）</source>
        <translation>Takeover confirmation (the person taking over enters their own username and password)</translation>
    </message>
    <message>
        <source>接班人用户名</source>
        <translation>Username taking over</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>接班备注</source>
        <translation>Takeover note</translation>
    </message>
    <message>
        <source>接班确认</source>
        <translation>Confirm takeover</translation>
    </message>
    <message>
        <source>打印交接班记录…</source>
        <translation>Print handover record…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>读取失败：%1</source>
        <translation>Loading failed: %1</translation>
    </message>
    <message>
        <source>更新于 %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>30 天共 %1，今天 %2</source>
        <translation>%1 in 30 days, %2 today</translation>
    </message>
    <message>
        <source>没有权限打开该页面，或该模块尚未安装。</source>
        <translation>You have no permission to open this page, or the module is not installed.</translation>
    </message>
    <message>
        <source>需要关注的事项</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>交接班…</source>
        <translation>Shift handover…</translation>
    </message>
    <message>
        <source>暂无需要显示的数字（尚未安装业务模块）。</source>
        <translation>No figures to show (no business modules installed yet).</translation>
    </message>
    <message>
        <source>近 30 天业务量</source>
        <translation>Activity in the last 30 days</translation>
    </message>
</context>
<context>
    <name>ImportBatchesDialog</name>
    <message>
        <source>请先选择一个导入批次。</source>
        <translation>Please select an import batch first.</translation>
    </message>
    <message>
        <source>撤销批次 %1（%2）？该批新增的 %3 名学生将被删除，更新的 %4 名学生恢复原数据。</source>
        <translation>Undo batch %1 (%2)? The %3 students added by it will be deleted and the %4 students it updated will get their previous data back.</translation>
    </message>
    <message>
        <source>已撤销批次 %1。</source>
        <translation>Batch %1 undone.</translation>
    </message>
    <message>
        <source>名单导入记录</source>
        <translation>Roster imports</translation>
    </message>
    <message>
        <source>撤销会删除该批新增的学生、恢复被更新学生的原数据、删除该批新建的房间；导入后若有调宿、退宿、修改或其他记录引用，则不能撤销。</source>
        <translation>Undoing deletes the students added by the batch, restores the previous data of updated students and deletes the rooms it created; it is not possible if, after the import, there were room changes, check-outs, edits or other records referring to them.</translation>
    </message>
    <message>
        <source>撤销所选批次</source>
        <translation>Undo selected batch</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>选择名单文件</source>
        <translation>Choose roster file</translation>
    </message>
    <message>
        <source>名单文件 (*.xlsx *.xls *.csv);;所有文件 (*)</source>
        <translation>Roster files (*.xlsx *.xls *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>正在读取和检查名单…</source>
        <translation>Reading and checking the roster…</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(Do not import)</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>拒绝（%1）</source>
        <translation>Rejected (%1)</translation>
    </message>
    <message>
        <source>新增（%1）</source>
        <translation>New (%1)</translation>
    </message>
    <message>
        <source>更新（%1）</source>
        <translation>Updated (%1)</translation>
    </message>
    <message>
        <source>表头在第 %1 行。可导入 %2 行（新增 %3，更新 %4，无变化 %5），拒绝 %6 行，跳过空行和合计行 %7 行。</source>
        <translation>Header on row %1. %2 rows can be imported (%3 new, %4 updated, %5 unchanged), %6 rows rejected, %7 empty and total rows skipped.</translation>
    </message>
    <message>
        <source>系统中没有的楼栋：%1。</source>
        <translation>Buildings not in the system: %1.</translation>
    </message>
    <message>
        <source>系统中没有的房间 %1 间：%2</source>
        <translation>%1 rooms not in the system: %2</translation>
    </message>
    <message>
        <source>将创建 %1 个楼栋和 %2 个房间（含床位）。继续吗？</source>
        <translation>%1 buildings and %2 rooms (with beds) will be created. Continue?</translation>
    </message>
    <message>
        <source>有 %1 行被拒绝，将不会导入。只导入有效的 %2 行吗？</source>
        <translation>%1 rows were rejected and will not be imported. Import only the %2 valid rows?</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>导入完成：新增 %1 人，更新 %2 人，新建房间 %3 间，拒绝 %4 行。</source>
        <translation>Import finished: %1 added, %2 updated, %3 rooms created, %4 rows rejected.</translation>
    </message>
    <message>
        <source>保存空白模板</source>
        <translation>Save blank template</translation>
    </message>
    <message>
        <source>模板已保存</source>
        <translation>Template saved</translation>
    </message>
    <message>
        <source>模板已保存到 %1</source>
        <translation>Template saved to %1</translation>
    </message>
    <message>
        <source>导入学生住宿名单</source>
        <translation>Import student accommodation roster</translation>
    </message>
    <message>
        <source>请选择名单文件（.xlsx、.xls 或 .csv）</source>
        <translation>Choose a roster file (.xlsx, .xls or .csv)</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>保存空白模板…</source>
        <translation>Save blank template…</translation>
    </message>
    <message>
        <source>列对应关系（可修改后重新检查）</source>
        <translation>Column mapping (edit and check again)</translation>
    </message>
    <message>
        <source>按此对应重新检查</source>
        <translation>Check again with this mapping</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>创建文件中缺少的楼栋和房间</source>
        <translation>Create buildings and rooms missing in the file</translation>
    </message>
    <message>
        <source>导入有效行</source>
        <translation>Import valid rows</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IssueTab</name>
    <message>
        <source>请输入学号并按回车查询。</source>
        <translation>Enter a student number and press Enter.</translation>
    </message>
    <message>
        <source>学号已改动，请按回车查询后再办理。</source>
        <translation>The student number was changed: press Enter to look it up first.</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1（%2） %3 %4  %5 %6 室 %7 床   已持有：%8</source>
        <translation>%1 (%2) %3 %4  %5 room %6 bed %7   Holds: %8</translation>
    </message>
    <message>
        <source>已发放 %1 把钥匙，登记编号 %2</source>
        <translation>%1 keys issued, register No. %2</translation>
    </message>
    <message>
        <source>请在列表中选择一条发放登记。</source>
        <translation>Please select an issue record in the list.</translation>
    </message>
    <message>
        <source>钥匙交回 %1：应交 %2 实交 %3，赔偿 %4 元</source>
        <translation>Keys returned %1: due %2, returned %3, compensation %4 yuan</translation>
    </message>
</context>
<context>
    <name>KeyLossDialog</name>
    <message>
        <source>价目表费用：%1 元</source>
        <translation>Price list fee: %1 yuan</translation>
    </message>
    <message>
        <source>钥匙挂失 / 配钥匙申请</source>
        <translation>Lost key / key re-cut request</translation>
    </message>
    <message>
        <source>学号</source>
        <translation>Student No.</translation>
    </message>
    <message>
        <source>扫描或输入学号</source>
        <translation>Scan or enter Student No.</translation>
    </message>
    <message>
        <source>钥匙类型</source>
        <translation>Key type</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>处理方式</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>费用（元）</source>
        <translation>Fee (yuan)</translation>
    </message>
    <message>
        <source>费用调整理由</source>
        <translation>Reason for fee change</translation>
    </message>
    <message>
        <source>与价目表不同时填写（须主管）</source>
        <translation>Fill in if different from the price list (supervisor only)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>KeyPricesDialog</name>
    <message>
        <source> 把/人</source>
        <translation> per person</translation>
    </message>
    <message>
        <source>%1（每间）</source>
        <translation>%1 (per room)</translation>
    </message>
    <message>
        <source>钥匙类型与价目表</source>
        <translation>Key types and prices</translation>
    </message>
    <message>
        <source>钥匙类型：每人发放数量与每把价格</source>
        <translation>Key types: quantity per person and price per key</translation>
    </message>
    <message>
        <source>换锁价格（每间）</source>
        <translation>Lock change price (per room)</translation>
    </message>
    <message>
        <source>交回不足一半时加收换锁费；比例和借用时限在“设置 → 业务参数”中修改。</source>
        <translation>If fewer than half are returned, a lock change fee is added; the ratio and loan time limits are set in “Settings → Business parameters”.</translation>
    </message>
</context>
<context>
    <name>KeyReturnDialog</name>
    <message>
        <source>应交 %1 把</source>
        <translation>%1 due</translation>
    </message>
    <message>
        <source> 把</source>
        <translation> keys</translation>
    </message>
    <message>
        <source>%1 元</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>（交回不足一半，含更换锁芯费）</source>
        <translation>(less than half returned, lock cylinder fee included)</translation>
    </message>
    <message>
        <source>钥匙交回（离校验收）</source>
        <translation>Key return (leaving check)</translation>
    </message>
    <message>
        <source>逐类清点（应交 / 实交）</source>
        <translation>Count by type (due / returned)</translation>
    </message>
    <message>
        <source>离校类型</source>
        <translation>Leaving type</translation>
    </message>
    <message>
        <source>应赔偿</source>
        <translation>Compensation due</translation>
    </message>
    <message>
        <source>缴费收据号</source>
        <translation>Payment receipt No.</translation>
    </message>
    <message>
        <source>主管免除</source>
        <translation>Supervisor waiver</translation>
    </message>
    <message>
        <source>免除赔偿（须主管权限）</source>
        <translation>Waive compensation (supervisor only)</translation>
    </message>
    <message>
        <source>免除理由</source>
        <translation>Reason for waiver</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>在钥匙板 {hook}</source>
        <translation>On the key board {hook}</translation>
    </message>
    <message>
        <source>在管理中心</source>
        <translation>At the office</translation>
    </message>
    <message>
        <source>{holder} 持有（{since} 起）</source>
        <translation>Held by {holder} (since {since})</translation>
    </message>
    <message>
        <source>{holder} 持有</source>
        <translation>Held by {holder}</translation>
    </message>
    <message>
        <source>借给 {holder}，{since} 借出，应还 {due}</source>
        <translation>Lent to {holder} {since}, due back {due}</translation>
    </message>
    <message>
        <source>{name}（{no}）</source>
        <translation>{name} ({no})</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>借出 (F2)</source>
        <translation>Lend (F2)</translation>
    </message>
    <message>
        <source>归还此学生借的钥匙 (F3)</source>
        <translation>Return this student&apos;s key (F3)</translation>
    </message>
    <message>
        <source>%1（%2）  %3 %4 室 %5 床</source>
        <translation>%1 (%2)  %3 room %4 bed %5</translation>
    </message>
    <message>
        <source>  —  已借钥匙未还（%1），按 F3 归还</source>
        <translation>  —  key on loan not returned (%1), press F3 to return</translation>
    </message>
    <message>
        <source>  —  本室没有备用钥匙</source>
        <translation>  —  no spare key for this room</translation>
    </message>
    <message>
        <source>请扫描学生证或输入学号。</source>
        <translation>Please scan the student card or enter the Student No.</translation>
    </message>
    <message>
        <source>学号已改动，请按回车查询后再借出或归还。</source>
        <translation>The student number was changed: press Enter to look it up before lending or returning.</translation>
    </message>
    <message>
        <source>请先扫描借用学生的学号。</source>
        <translation>Please scan the borrowing student&apos;s Student No. first.</translation>
    </message>
    <message>
        <source>请选择一把在钥匙板上的备用钥匙。</source>
        <translation>Please select a spare key that is on the key board.</translation>
    </message>
    <message>
        <source>该学生不住在此房间。越权借出的理由：</source>
        <translation>This student does not live in this room. Reason for lending anyway:</translation>
    </message>
    <message>
        <source>主管越权借出</source>
        <translation>Supervisor override</translation>
    </message>
    <message>
        <source>已借出 %1 %2 给 %3，应还 %4</source>
        <translation>Lent %1 %2 to %3, due %4</translation>
    </message>
    <message>
        <source>请在列表中选择要归还的借用。</source>
        <translation>Please select the loan to return in the list.</translation>
    </message>
    <message>
        <source>%1 %2 借的 %3 钥匙已归还？</source>
        <translation>Has the %3 key borrowed by %1 %2 been returned?</translation>
    </message>
    <message>
        <source>%1 已归还，请退还%2</source>
        <translation>%1 returned; please give back the %2</translation>
    </message>
    <message>
        <source>借出 %1 把，逾期 %2 把</source>
        <translation>%1 on loan, %2 overdue</translation>
    </message>
    <message>
        <source>导出登记表</source>
        <translation>Export register</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出 %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>楼栋和房号范围，例如 1号楼:101-120（只写楼栋则打印全楼）：</source>
        <translation>Building and room range, e.g. 1号楼:101-120 (building only prints the whole building):</translation>
    </message>
    <message>
        <source>打印钥匙标签</source>
        <translation>Print key labels</translation>
    </message>
    <message>
        <source>保存钥匙标签</source>
        <translation>Save key labels</translation>
    </message>
    <message>
        <source>已保存 %1 项价目</source>
        <translation>Saved %1 price items</translation>
    </message>
    <message>
        <source>建立备用钥匙</source>
        <translation>Create spare keys</translation>
    </message>
    <message>
        <source>为楼栋中还没有备用钥匙的房间各建一把房门备用钥匙（自动分配挂钩和编号）：</source>
        <translation>Create one door spare key for each room of the building that has none yet (hooks and numbers assigned automatically):</translation>
    </message>
    <message>
        <source>%1 新增备用钥匙 %2 把</source>
        <translation>%1: %2 spare keys added</translation>
    </message>
    <message>
        <source>备用钥匙借用</source>
        <translation>Spare key loans</translation>
    </message>
    <message>
        <source>学号</source>
        <translation>Student No.</translation>
    </message>
    <message>
        <source>扫描或输入学号后按回车</source>
        <translation>Scan or enter Student No. and press Enter</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>其他房间</source>
        <translation>Other room</translation>
    </message>
    <message>
        <source>房号（主管越权）</source>
        <translation>Room (override)</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>抵押证件</source>
        <translation>Pledged ID</translation>
    </message>
    <message>
        <source>证件号码（可选）</source>
        <translation>ID number (optional)</translation>
    </message>
    <message>
        <source>借出</source>
        <translation>Lend</translation>
    </message>
    <message>
        <source>归还此学生借的钥匙</source>
        <translation>Return this student&apos;s key</translation>
    </message>
    <message>
        <source>借出中的备用钥匙</source>
        <translation>Spare keys on loan</translation>
    </message>
    <message>
        <source>只看逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>归还所选</source>
        <translation>Return selected</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>钥匙发放</source>
        <translation>Key issue</translation>
    </message>
    <message>
        <source>发放数量（把）</source>
        <translation>Quantity issued</translation>
    </message>
    <message>
        <source>钥匙押金（元）</source>
        <translation>Key deposit (yuan)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>发放并打印领取单</source>
        <translation>Issue and print slip</translation>
    </message>
    <message>
        <source>重印领取单</source>
        <translation>Reprint slip</translation>
    </message>
    <message>
        <source>钥匙交回（离校）…</source>
        <translation>Key return (leaving)…</translation>
    </message>
    <message>
        <source>最近的发放登记</source>
        <translation>Recent issue records</translation>
    </message>
    <message>
        <source>业主钥匙</source>
        <translation>Owner keys</translation>
    </message>
    <message>
        <source>托管的业主钥匙</source>
        <translation>Owner keys in custody</translation>
    </message>
    <message>
        <source>托管登记…</source>
        <translation>Register custody…</translation>
    </message>
    <message>
        <source>业主取回…</source>
        <translation>Owner takes back…</translation>
    </message>
    <message>
        <source>借出…</source>
        <translation>Lend…</translation>
    </message>
    <message>
        <source>借匙登记</source>
        <translation>Key loan register</translation>
    </message>
    <message>
        <source>只看未还</source>
        <translation>Not returned only</translation>
    </message>
    <message>
        <source>归还验收…</source>
        <translation>Return and check…</translation>
    </message>
    <message>
        <source>延期一天…</source>
        <translation>Extend one day…</translation>
    </message>
    <message>
        <source>催还记录…</source>
        <translation>Reminders…</translation>
    </message>
    <message>
        <source>挂失赔偿</source>
        <translation>Lost keys</translation>
    </message>
    <message>
        <source>挂失登记…</source>
        <translation>Report lost…</translation>
    </message>
    <message>
        <source>登记缴费…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>撤销…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>钥匙查询</source>
        <translation>Key lookup</translation>
    </message>
    <message>
        <source>钥匙编号 / 房号 / 学号</source>
        <translation>Key No. / room / Student No.</translation>
    </message>
    <message>
        <source>扫描钥匙标签或输入后按回车</source>
        <translation>Scan a key label or type and press Enter</translation>
    </message>
    <message>
        <source>含已作废/已交回</source>
        <translation>Include void/returned</translation>
    </message>
    <message>
        <source>所选钥匙的流转记录</source>
        <translation>History of the selected key</translation>
    </message>
    <message>
        <source>登记表</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>打印钥匙标签…</source>
        <translation>Print key labels…</translation>
    </message>
    <message>
        <source>钥匙类型与价目…</source>
        <translation>Key types and prices…</translation>
    </message>
    <message>
        <source>建立备用钥匙…</source>
        <translation>Create spare keys…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>屏幕已锁定</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>退出程序</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>请输入用户名。</source>
        <translation>Please enter the username.</translation>
    </message>
    <message>
        <source>正在打开数据库，请稍候……</source>
        <translation>Opening the database, please wait…</translation>
    </message>
    <message>
        <source>登录 DormDesk 宿管台</source>
        <translation>Log in to DormDesk</translation>
    </message>
    <message>
        <source>宿管台 · 学生公寓管理</source>
        <translation>DormDesk · Student apartment management</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>LossTab</name>
    <message>
        <source>缴费收据号：</source>
        <translation>Payment receipt No.:</translation>
    </message>
    <message>
        <source>登记缴费</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>%1 已完成。</source>
        <translation>%1 completed.</translation>
    </message>
    <message>
        <source>作废旧钥匙 %1 把；需补发新钥匙：%2</source>
        <translation>%1 old keys voided; new keys to issue: %2</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>撤销理由（如：钥匙已找到）：</source>
        <translation>Reason for cancelling (e.g. the key was found):</translation>
    </message>
    <message>
        <source>撤销挂失</source>
        <translation>Cancel lost report</translation>
    </message>
</context>
<context>
    <name>MailHandoverDialog</name>
    <message>
        <source>交付签收</source>
        <translation>Hand over mail</translation>
    </message>
    <message>
        <source>领取人签名</source>
        <translation>Collector&apos;s signature</translation>
    </message>
    <message>
        <source>领取人（签收人）姓名</source>
        <translation>Name of collector (signer)</translation>
    </message>
    <message>
        <source>代领</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>代领人证件号</source>
        <translation>Proxy&apos;s ID number</translation>
    </message>
    <message>
        <source>代领时必填</source>
        <translation>Required for proxy collection</translation>
    </message>
    <message>
        <source>领取时间</source>
        <translation>Collected at</translation>
    </message>
    <message>
        <source>送达上门（住户在家）</source>
        <translation>Delivered to the door (resident at home)</translation>
    </message>
</context>
<context>
    <name>MailRegisterDialog</name>
    <message>
        <source>请选择</source>
        <translation>Please select</translation>
    </message>
    <message>
        <source>已登记 %1 %2 %3（本次共 %4 件）</source>
        <translation>Registered %1 %2 %3 (%4 items this time)</translation>
    </message>
    <message>
        <source>登记来件</source>
        <translation>Register incoming mail</translation>
    </message>
    <message>
        <source>查找收件人</source>
        <translation>Find recipient</translation>
    </message>
    <message>
        <source>学号、姓名、拼音或房号，回车选第一个</source>
        <translation>Student No., name, pinyin or room; Enter picks the first</translation>
    </message>
    <message>
        <source>邮件种类</source>
        <translation>Mail type</translation>
    </message>
    <message>
        <source>邮件号码</source>
        <translation>Item No.</translation>
    </message>
    <message>
        <source>运单号/挂号号码，可扫码录入</source>
        <translation>Tracking/registered No.; can be scanned</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>收件人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>寄件地点</source>
        <translation>Sent from</translation>
    </message>
    <message>
        <source>寄件地或寄件人</source>
        <translation>Origin or sender</translation>
    </message>
    <message>
        <source>核对</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>收件人与房号核对一致</source>
        <translation>Recipient matches the room</translation>
    </message>
    <message>
        <source>邮件完好</source>
        <translation>Item intact</translation>
    </message>
    <message>
        <source>邮递员证明</source>
        <translation>Courier&apos;s certificate</translation>
    </message>
    <message>
        <source>邮件破损时必填：邮递员出具的证明</source>
        <translation>Required if damaged: certificate issued by the courier</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>保存后继续登记下一件</source>
        <translation>Continue with the next item after saving</translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message>
        <source>小区邮件分发登记</source>
        <translation>Residential mail distribution register</translation>
    </message>
    <message>
        <source>显示 %1 件；在前台 %2 件，超期/超时 %3 件</source>
        <translation>Showing %1; %2 at the front desk, %3 overdue</translation>
    </message>
    <message>
        <source>已登记 %1 件邮件</source>
        <translation>%1 items registered</translation>
    </message>
    <message>
        <source>通知收件人</source>
        <translation>Notify recipients</translation>
    </message>
    <message>
        <source>%1 件邮件，通知方式：</source>
        <translation>%1 items, notification method:</translation>
    </message>
    <message>
        <source>已通知 %1 件</source>
        <translation>%1 notified</translation>
    </message>
    <message>
        <source>已交付 %1 件</source>
        <translation>%1 handed over</translation>
    </message>
    <message>
        <source>暂存</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>经收件人同意，再保管几天？</source>
        <translation>With the recipient&apos;s consent, keep it how many more days?</translation>
    </message>
    <message>
        <source>收件人同意的方式（如：本人电话同意）：</source>
        <translation>How the recipient agreed (e.g. in person by phone):</translation>
    </message>
    <message>
        <source>暂存 %1</source>
        <translation>Hold %1</translation>
    </message>
    <message>
        <source>已暂存 %1</source>
        <translation>Held %1</translation>
    </message>
    <message>
        <source>退件</source>
        <translation>Return to sender</translation>
    </message>
    <message>
        <source>%1 %2 退件原因：</source>
        <translation>%1 %2 reason for return:</translation>
    </message>
    <message>
        <source>退回：</source>
        <translation>Return to:</translation>
    </message>
    <message>
        <source>已退件 %1</source>
        <translation>Returned %1</translation>
    </message>
    <message>
        <source>作废原因（登记号保留）：</source>
        <translation>Reason for voiding (the reg. No. is kept):</translation>
    </message>
    <message>
        <source>作废 %1</source>
        <translation>Void %1</translation>
    </message>
    <message>
        <source>已作废 %1</source>
        <translation>Voided %1</translation>
    </message>
    <message>
        <source>已登记代寄 %1</source>
        <translation>Outgoing mail registered %1</translation>
    </message>
    <message>
        <source>运单号/邮件号码：</source>
        <translation>Tracking/item No.:</translation>
    </message>
    <message>
        <source>寄出 %1</source>
        <translation>Send %1</translation>
    </message>
    <message>
        <source>已寄出 %1</source>
        <translation>Sent %1</translation>
    </message>
    <message>
        <source>退回原因及通知住户情况：</source>
        <translation>Reason for return and how the resident was notified:</translation>
    </message>
    <message>
        <source>登记退回 %1</source>
        <translation>Register return %1</translation>
    </message>
    <message>
        <source>已登记退回 %1</source>
        <translation>Return registered %1</translation>
    </message>
    <message>
        <source>作废原因：</source>
        <translation>Reason for voiding:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>用户：%1（%2）</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>（只读）</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>已备份到 %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>DormDesk 宿管台 %1
学生公寓与物业服务中心的日常管理工具。</source>
        <translation>DormDesk %1
Daily management tool for student apartments and property service centers.</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>DormDesk 宿管台</source>
        <translation>DormDesk</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>立即备份数据库</source>
        <translation>Back up database now</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>检查数据库</source>
        <translation>Check database</translation>
    </message>
    <message>
        <source>锁定屏幕</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>注销</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>关于 DormDesk</source>
        <translation>About DormDesk</translation>
    </message>
</context>
<context>
    <name>MeetingHygieneDialog</name>
    <message>
        <source>会议室周清洁消毒</source>
        <translation>Weekly room cleaning and disinfection</translation>
    </message>
    <message>
        <source>会议室</source>
        <translation>Meeting room</translation>
    </message>
    <message>
        <source>周（任一天）</source>
        <translation>Week (any day)</translation>
    </message>
    <message>
        <source>完成项目</source>
        <translation>Items done</translation>
    </message>
    <message>
        <source>彻底清洁</source>
        <translation>Deep clean</translation>
    </message>
    <message>
        <source>茶具消毒</source>
        <translation>Tea sets disinfected</translation>
    </message>
    <message>
        <source>清洁人员</source>
        <translation>Cleaned by</translation>
    </message>
    <message>
        <source>检查人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>班长</source>
        <translation>Squad leader</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>MeetingOrderDialog</name>
    <message>
        <source>每天</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>每周</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>每月</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>第一个</source>
        <translation>First</translation>
    </message>
    <message>
        <source>第二个</source>
        <translation>Second</translation>
    </message>
    <message>
        <source>第三个</source>
        <translation>Third</translation>
    </message>
    <message>
        <source>第四个</source>
        <translation>Fourth</translation>
    </message>
    <message>
        <source>最后一个</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>共 %1 次，其中 %2 次冲突或逢节假日（已取消勾选，不会保存）。</source>
        <translation>%1 occurrences, %2 of them conflict or fall on a holiday (unticked, they will not be saved).</translation>
    </message>
    <message>
        <source>确认原因（如：加座）：</source>
        <translation>Reason (e.g. extra chairs):</translation>
    </message>
    <message>
        <source>超过容纳人数</source>
        <translation>Over capacity</translation>
    </message>
    <message>
        <source>会议接待单</source>
        <translation>Meeting reception order</translation>
    </message>
    <message>
        <source>会议室</source>
        <translation>Meeting room</translation>
    </message>
    <message>
        <source>会议时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>联系人/电话</source>
        <translation>Contact / phone</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>参会人数</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>主席台</source>
        <translation>Rostrum</translation>
    </message>
    <message>
        <source>会场布置</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>会标内容</source>
        <translation>Banner text</translation>
    </message>
    <message>
        <source>横幅文字</source>
        <translation>Banner text</translation>
    </message>
    <message>
        <source>会议设备</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>音响、话筒、投影…（用、分隔）</source>
        <translation>Sound, microphones, projector… (separated by commas)</translation>
    </message>
    <message>
        <source>服务项目</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>茶水</source>
        <translation>Tea</translation>
    </message>
    <message>
        <source>水果点心</source>
        <translation>Fruit and snacks</translation>
    </message>
    <message>
        <source>桌签</source>
        <translation>Name cards</translation>
    </message>
    <message>
        <source>鲜花</source>
        <translation>Flowers</translation>
    </message>
    <message>
        <source>特殊要求</source>
        <translation>Special requirements</translation>
    </message>
    <message>
        <source>通知人</source>
        <translation>Notified by</translation>
    </message>
    <message>
        <source>如：省局领导、办公室</source>
        <translation>e.g. bureau leaders, the office</translation>
    </message>
    <message>
        <source>站长已确认</source>
        <translation>Station head confirmed</translation>
    </message>
    <message>
        <source>接待规格</source>
        <translation>Reception level</translation>
    </message>
    <message>
        <source>服务人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>用、分隔</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>酒店会议费用</source>
        <translation>Fees for hotel use</translation>
    </message>
    <message>
        <source>场地费</source>
        <translation>Room fee</translation>
    </message>
    <message>
        <source>协议房数</source>
        <translation>Rooms agreed</translation>
    </message>
    <message>
        <source>留房数</source>
        <translation>Rooms held</translation>
    </message>
    <message>
        <source>实用房数</source>
        <translation>Rooms used</translation>
    </message>
    <message>
        <source>房价（元/间/天）</source>
        <translation>Room rate (yuan per room per day)</translation>
    </message>
    <message>
        <source>天数</source>
        <translation>Nights</translation>
    </message>
    <message>
        <source>加床（张）</source>
        <translation>Extra beds</translation>
    </message>
    <message>
        <source>加床价</source>
        <translation>Extra bed rate</translation>
    </message>
    <message>
        <source>其他费用</source>
        <translation>Other fees</translation>
    </message>
    <message>
        <source>场地费为 0 时按会议室收费标准计算；留房可为协议房数 +2 间，未用留房按 60% 收取，加床不低于 50 元。</source>
        <translation>A room fee of 0 is computed from the room&apos;s rates; the block may be the agreed rooms + 2, unused rooms are charged at 60 %, an extra bed costs at least 50 yuan.</translation>
    </message>
    <message>
        <source>重复预订</source>
        <translation>Recurring booking</translation>
    </message>
    <message>
        <source>重复方式</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <source>一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>检查各次冲突</source>
        <translation>Check each date for conflicts</translation>
    </message>
    <message>
        <source>保存时确认预订（编 HY 号）</source>
        <translation>Confirm on saving (gives the HY number)</translation>
    </message>
</context>
<context>
    <name>MeetingRoomsDialog</name>
    <message>
        <source>（不限）</source>
        <translation>(any)</translation>
    </message>
    <message>
        <source>（停用）</source>
        <translation> (not in use)</translation>
    </message>
    <message>
        <source>会议室</source>
        <translation>Meeting room</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>容纳人数</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>用、分隔</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <source>可用布置</source>
        <translation>Layouts possible</translation>
    </message>
    <message>
        <source>课桌式、会议桌…</source>
        <translation>Classroom, boardroom…</translation>
    </message>
    <message>
        <source>小时价（元）</source>
        <translation>Hourly rate (yuan)</translation>
    </message>
    <message>
        <source>全天价（元）</source>
        <translation>Daily rate (yuan)</translation>
    </message>
    <message>
        <source>排序</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>组合会场由</source>
        <translation>Combined from</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>新增会议室</source>
        <translation>New room</translation>
    </message>
</context>
<context>
    <name>MeetingServiceDialog</name>
    <message>
        <source>会议服务记录</source>
        <translation>Meeting service log</translation>
    </message>
    <message>
        <source>值班服务员</source>
        <translation>Attendant on duty</translation>
    </message>
    <message>
        <source>到岗时间</source>
        <translation>Arrived at</translation>
    </message>
    <message>
        <source>已到岗</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>会前准备</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>音响已检查</source>
        <translation>Sound checked</translation>
    </message>
    <message>
        <source>会场已清洁</source>
        <translation>Room cleaned</translation>
    </message>
    <message>
        <source>发放物品</source>
        <translation>Items issued</translation>
    </message>
    <message>
        <source>激光笔、插线板、茶杯…</source>
        <translation>Laser pointer, extension lead, cups…</translation>
    </message>
    <message>
        <source>归还情况</source>
        <translation>Items returned</translation>
    </message>
    <message>
        <source>会后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>关灯、关空调</source>
        <translation>Lights and AC off</translation>
    </message>
    <message>
        <source>茶具已清洗</source>
        <translation>Tea sets washed</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>会前沟通</source>
        <translation>Pre-meeting communication</translation>
    </message>
    <message>
        <source>会场准备</source>
        <translation>Room preparation</translation>
    </message>
    <message>
        <source>会场卫生</source>
        <translation>Room cleanliness</translation>
    </message>
    <message>
        <source>服务态度</source>
        <translation>Service attitude</translation>
    </message>
    <message>
        <source>音响保障</source>
        <translation>Sound support</translation>
    </message>
    <message>
        <source>总体评价</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>客户意见</source>
        <translation>Organiser&apos;s comments</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>（合并占用）</source>
        <translation> (combined room)</translation>
    </message>
    <message>
        <source>人</source>
        <translation> seats</translation>
    </message>
    <message>
        <source>暂定</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>已预订</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>已布置</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>不可用</source>
        <translation>Unavailable</translation>
    </message>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>缺失</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>会前沟通</source>
        <translation>Preparation talk</translation>
    </message>
    <message>
        <source>会场准备</source>
        <translation>Room set-up</translation>
    </message>
    <message>
        <source>会场卫生</source>
        <translation>Room cleanliness</translation>
    </message>
    <message>
        <source>服务态度</source>
        <translation>Service attitude</translation>
    </message>
    <message>
        <source>音响保障</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>晚到 {0} 分钟</source>
        <translation>{0} min late</translation>
    </message>
    <message>
        <source>{0}{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>总体{0}</source>
        <translation>Overall: {0}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>晚于 {0}</source>
        <translation>After {0}</translation>
    </message>
    <message>
        <source>未做</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>（{0}）</source>
        <translation> ({0})</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>日视图</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>周视图</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>请在同一会议室的一列中拖动选择时段。</source>
        <translation>Drag within one room&apos;s column.</translation>
    </message>
    <message>
        <source>一次预订不能跨天；跨天的会议请设为重复预订。</source>
        <translation>A booking cannot cross midnight; book a meeting over several days as a recurring booking.</translation>
    </message>
    <message>
        <source>冲突：%1 %2–%3 已有 %4</source>
        <translation>Conflict: %1 %2–%3 is taken by %4</translation>
    </message>
    <message>
        <source>%1 %2 %3–%4 空闲，松开鼠标即可预订。</source>
        <translation>%1 %2 %3–%4 is free: release the mouse to book it.</translation>
    </message>
    <message>
        <source>在空白格上拖动选择时段即可预订；红色表示与已有预订冲突。</source>
        <translation>Drag over free cells to book; red means the span conflicts with a booking.</translation>
    </message>
    <message>
        <source>已保存预订。</source>
        <translation>Booking saved.</translation>
    </message>
    <message>
        <source>请先在预订表中拖选要设为不可用的时段。</source>
        <translation>First drag over the span to mark unavailable in the grid.</translation>
    </message>
    <message>
        <source>不可用原因（如：设备检修、领导专用）：</source>
        <translation>Why unavailable (e.g. equipment repair, reserved for leaders):</translation>
    </message>
    <message>
        <source>设为不可用</source>
        <translation>Mark unavailable</translation>
    </message>
    <message>
        <source>已设为不可用。</source>
        <translation>Marked unavailable.</translation>
    </message>
    <message>
        <source>会议室已更新。</source>
        <translation>Meeting rooms updated.</translation>
    </message>
    <message>
        <source>续水提醒：</source>
        <translation>Refill reminder: </translation>
    </message>
    <message>
        <source>%1 %2 已 %3 分钟未续水</source>
        <translation>%1 %2: no refill for %3 minutes</translation>
    </message>
    <message>
        <source>导出登记表</source>
        <translation>Export register</translation>
    </message>
    <message>
        <source>登记表：</source>
        <translation>Register:</translation>
    </message>
    <message>
        <source>月份：</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出 %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>已续水</source>
        <translation>Refilled</translation>
    </message>
    <message>
        <source>预订表</source>
        <translation>Booking grid</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>新预订…</source>
        <translation>New booking…</translation>
    </message>
    <message>
        <source>设为不可用…</source>
        <translation>Mark unavailable…</translation>
    </message>
    <message>
        <source>会议室…</source>
        <translation>Rooms…</translation>
    </message>
    <message>
        <source>导出登记表…</source>
        <translation>Export register…</translation>
    </message>
    <message>
        <source>接待单</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>确认预订</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>布置完毕</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>取消…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>服务记录…</source>
        <translation>Service log…</translation>
    </message>
    <message>
        <source>打印接待单…</source>
        <translation>Print order…</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>输入会议名称、单位、编号、会议室或服务人员，即时筛选</source>
        <translation>Type a meeting, organiser, number, room or staff name to filter</translation>
    </message>
    <message>
        <source>清洁与入室服务</source>
        <translation>Cleaning and offices</translation>
    </message>
    <message>
        <source>登记周清洁消毒…</source>
        <translation>Record weekly cleaning…</translation>
    </message>
    <message>
        <source>登记入室服务…</source>
        <translation>Record office service…</translation>
    </message>
    <message>
        <source>只看缺失/迟到</source>
        <translation>Missing or late only</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>调宿</source>
        <translation>Room change</translation>
    </message>
    <message>
        <source>安排床位</source>
        <translation>Assign bed</translation>
    </message>
    <message>
        <source>当前床位：%1</source>
        <translation>Current bed: %1</translation>
    </message>
    <message>
        <source>全部楼栋</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <source>没有可选的空床位。</source>
        <translation>No free beds available.</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>新床位</source>
        <translation>New bed</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <source>租户迁出</source>
        <translation>Tenant move-out</translation>
    </message>
    <message>
        <source>学生退宿</source>
        <translation>Student check-out</translation>
    </message>
    <message>
        <source>距计划迁出日不足规定的提前天数，须主管特批。</source>
        <translation>Less than the required notice before the planned move-out date; a supervisor&apos;s special approval is needed.</translation>
    </message>
    <message>
        <source>迁出须至少提前规定天数申请。如确需办理，请主管登录后特批。</source>
        <translation>A move-out must be requested the required number of days in advance. If it really must be done, a supervisor must log in and approve it.</translation>
    </message>
    <message>
        <source>提前不足规定天数，请写明主管特批原因：</source>
        <translation>Less than the required notice; enter the reason for the supervisor&apos;s special approval:</translation>
    </message>
    <message>
        <source>主管特批</source>
        <translation>Supervisor approval</translation>
    </message>
    <message>
        <source>迁出申请</source>
        <translation>Move-out request</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>用户（租户）</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>学生</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>学号、姓名或拼音，回车查找</source>
        <translation>Student No., name or pinyin; Enter to search</translation>
    </message>
    <message>
        <source>计划迁出日期</source>
        <translation>Planned move-out date</translation>
    </message>
    <message>
        <source>联系人 / 电话</source>
        <translation>Contact / phone</translation>
    </message>
    <message>
        <source>迁出原因</source>
        <translation>Reason for moving out</translation>
    </message>
    <message>
        <source>已收到《业主同意租户搬离通知书》</source>
        <translation>Owner&apos;s consent notice (《业主同意租户搬离通知书》) received</translation>
    </message>
    <message>
        <source>通知书编号</source>
        <translation>Notice No.</translation>
    </message>
    <message>
        <source>业主通知费用交至</source>
        <translation>Fees paid up to (per owner&apos;s notice)</translation>
    </message>
    <message>
        <source>交回信箱钥匙（把）</source>
        <translation>Mailbox keys returned</translation>
    </message>
    <message>
        <source>其他钥匙/门禁卡</source>
        <translation>Other keys/access cards</translation>
    </message>
</context>
<context>
    <name>MoveOutsTab</name>
    <message>
        <source>申请 %1  计划迁出 %2</source>
        <translation>Applied %1  moving out %2</translation>
    </message>
    <message>
        <source>  主管特批：%1</source>
        <translation>  supervisor override: %1</translation>
    </message>
    <message>
        <source>费用已结清：%1 元</source>
        <translation>Fees settled: %1 yuan</translation>
    </message>
    <message>
        <source>检查 %1 %2 %3</source>
        <translation>Inspection %1 %2 %3</translation>
    </message>
    <message>
        <source> 已盖总经理章</source>
        <translation> stamped by the general manager</translation>
    </message>
    <message>
        <source>放行条：%1</source>
        <translation>Release slips: %1</translation>
    </message>
    <message>
        <source>钥匙交回：%1</source>
        <translation>Keys: %1</translation>
    </message>
    <message>
        <source>结清金额（元）</source>
        <translation>Amount settled (yuan)</translation>
    </message>
    <message>
        <source>管理费收取至</source>
        <translation>Management fee paid up to</translation>
    </message>
    <message>
        <source>电表读数</source>
        <translation>Meter reading</translation>
    </message>
    <message>
        <source>电费（元）</source>
        <translation>Electricity (yuan)</translation>
    </message>
    <message>
        <source>收款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>财务确认人</source>
        <translation>Confirmed by (finance)</translation>
    </message>
    <message>
        <source>费用结清</source>
        <translation>Settle fees</translation>
    </message>
    <message>
        <source>希望检查日期</source>
        <translation>Preferred check date</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>室内设施安全检查申请</source>
        <translation>Request for in-room safety check</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>Check date</translation>
    </message>
    <message>
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>存在问题（不合格必填）</source>
        <translation>Problems (required if failed)</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Fix by</translation>
    </message>
    <message>
        <source>已报总经理盖章</source>
        <translation>Sent to general manager for stamp</translation>
    </message>
    <message>
        <source>登记检查结果</source>
        <translation>Record check result</translation>
    </message>
    <message>
        <source>放行申请已登记，请在「放行条」页签署意见、核查欠费并开具。</source>
        <translation>The release request is registered; sign off, check arrears and issue it on the “Release slips” page.</translation>
    </message>
    <message>
        <source>确认 %1 已迁出？</source>
        <translation>Confirm that %1 has moved out?</translation>
    </message>
    <message>
        <source>撤销原因：</source>
        <translation>Reason for cancelling:</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>学生与房间</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>钥匙</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <source>考核</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>放行</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>前台</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>回访与调查</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>审计</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>OfficeCheckDialog</name>
    <message>
        <source>入室服务检查</source>
        <translation>Office service checks</translation>
    </message>
    <message>
        <source>办公室</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>完成时间</source>
        <translation>Done at</translation>
    </message>
    <message>
        <source>检查项目</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>桌椅茶几</source>
        <translation>Desks, chairs, tea tables</translation>
    </message>
    <message>
        <source>门窗</source>
        <translation>Doors and windows</translation>
    </message>
    <message>
        <source>书柜</source>
        <translation>Bookcase</translation>
    </message>
    <message>
        <source>花木</source>
        <translation>Plants</translation>
    </message>
    <message>
        <source>垃圾</source>
        <translation>Rubbish</translation>
    </message>
    <message>
        <source>地面</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>卫生间</source>
        <translation>Toilet</translation>
    </message>
    <message>
        <source>补充用纸</source>
        <translation>Paper refilled</translation>
    </message>
    <message>
        <source>服务人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>报修/缺陷</source>
        <translation>Defects reported</translation>
    </message>
    <message>
        <source>灯具、开关、水龙头、饮水机等问题</source>
        <translation>Problems with lamps, switches, taps, water dispenser…</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>未结束</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <source>%1 条</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>会议室</source>
        <translation>Meeting room</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>人数/主席台</source>
        <translation>Attendees / rostrum</translation>
    </message>
    <message>
        <source>会场布置</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>会标</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>特殊要求</source>
        <translation>Special requirements</translation>
    </message>
    <message>
        <source>服务人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>费用合计</source>
        <translation>Total fees</translation>
    </message>
    <message>
        <source>容量说明</source>
        <translation>Capacity note</translation>
    </message>
    <message>
        <source>取消原因</source>
        <translation>Cancel reason</translation>
    </message>
    <message>
        <source>值班服务员</source>
        <translation>Attendant on duty</translation>
    </message>
    <message>
        <source>续水</source>
        <translation>Refills</translation>
    </message>
    <message>
        <source>客户评价</source>
        <translation>Organiser&apos;s evaluation</translation>
    </message>
    <message>
        <source>取消原因：</source>
        <translation>Reason for cancelling:</translation>
    </message>
    <message>
        <source>取消预订</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>已保存：%1 %2</source>
        <translation>Saved: %1 %2</translation>
    </message>
    <message>
        <source>已保存修改。</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <source>已保存会议服务记录。</source>
        <translation>Service log saved.</translation>
    </message>
    <message>
        <source>会议接待单 %1</source>
        <translation>Meeting reception order %1</translation>
    </message>
</context>
<context>
    <name>OutgoingDialog</name>
    <message>
        <source>请选择</source>
        <translation>Please select</translation>
    </message>
    <message>
        <source>代寄登记</source>
        <translation>Register outgoing mail</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>寄件人</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>收件人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>收件地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>省、市、区、街道、门牌号</source>
        <translation>Province, city, district, street, number</translation>
    </message>
    <message>
        <source>收件人电话</source>
        <translation>Recipient&apos;s phone</translation>
    </message>
    <message>
        <source>寄递方式</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>邮费（元）</source>
        <translation>Postage (yuan)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OwnerKeyDepositDialog</name>
    <message>
        <source>（无）</source>
        <translation>(None)</translation>
    </message>
    <message>
        <source>业主钥匙托管登记</source>
        <translation>Owner key custody</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>业主姓名</source>
        <translation>Owner name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID card No.</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>钥匙说明</source>
        <translation>Key description</translation>
    </message>
    <message>
        <source>如：入户门钥匙、信箱钥匙</source>
        <translation>e.g. front door key, mailbox key</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>责任声明</source>
        <translation>Liability statement</translation>
    </message>
    <message>
        <source>已签署托管门匙责任声明书</source>
        <translation>Key custody liability statement signed</translation>
    </message>
    <message>
        <source>业主签名</source>
        <translation>Owner signature</translation>
    </message>
    <message>
        <source>业主签名（姓名）</source>
        <translation>Owner&apos;s signature (name)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OwnerKeyLoanDialog</name>
    <message>
        <source>须部门主任审批并签名；当天归还，特殊情况可延期一天。</source>
        <translation>Needs the department head&apos;s approval and signature; return the same day, extendable by one day in special cases.</translation>
    </message>
    <message>
        <source>借匙人签名；看房后立即归还，最迟当天 18:00。</source>
        <translation>Borrower signs; return right after the viewing, by 18:00 the same day at the latest.</translation>
    </message>
    <message>
        <source>借匙人签名；完工后立即归还，不超过一天。</source>
        <translation>Borrower signs; return right after the work, within one day.</translation>
    </message>
    <message>
        <source>须施工许可证和现场负责人签名；按施工期限归还，不超过规定的最长天数。</source>
        <translation>Needs a construction permit and the site supervisor&apos;s signature; return by the end of the construction period, not beyond the maximum days allowed.</translation>
    </message>
    <message>
        <source>%1 %2 业主 %3，钥匙 %4 把（%5）</source>
        <translation>%1 %2 owner %3, %4 keys (%5)</translation>
    </message>
    <message>
        <source>业主钥匙借出</source>
        <translation>Lend owner key</translation>
    </message>
    <message>
        <source>借匙人类别</source>
        <translation>Borrower category</translation>
    </message>
    <message>
        <source>借匙人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>部门 / 单位</source>
        <translation>Department / company</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>借用事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>部门主任审批</source>
        <translation>Dept. head approval</translation>
    </message>
    <message>
        <source>物业部人员必填</source>
        <translation>Required for property staff</translation>
    </message>
    <message>
        <source>施工许可证号</source>
        <translation>Construction permit No.</translation>
    </message>
    <message>
        <source>施工单位必填</source>
        <translation>Required for contractors</translation>
    </message>
    <message>
        <source>现场负责人</source>
        <translation>Site supervisor</translation>
    </message>
    <message>
        <source>应还时间</source>
        <translation>Due back</translation>
    </message>
</context>
<context>
    <name>OwnerKeyReturnDialog</name>
    <message>
        <source>%1 %2 借匙人 %3（%4），应还 %5</source>
        <translation>%1 %2 borrower %3 (%4), due %5</translation>
    </message>
    <message>
        <source>业主钥匙归还验收</source>
        <translation>Owner key return check</translation>
    </message>
    <message>
        <source>检查人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>门窗</source>
        <translation>Doors and windows</translation>
    </message>
    <message>
        <source>门窗已关闭</source>
        <translation>Doors and windows closed</translation>
    </message>
    <message>
        <source>室内物品</source>
        <translation>Items in the room</translation>
    </message>
    <message>
        <source>室内物品完好</source>
        <translation>Items in the room intact</translation>
    </message>
    <message>
        <source>损坏情况</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>赔偿金额（元）</source>
        <translation>Compensation (yuan)</translation>
    </message>
</context>
<context>
    <name>OwnerTab</name>
    <message>
        <source>业主取回钥匙，业主签名（姓名）：</source>
        <translation>Owner takes back keys; owner&apos;s signature (name):</translation>
    </message>
    <message>
        <source>业主取回</source>
        <translation>Owner takes back</translation>
    </message>
    <message>
        <source>延期一天的原因：</source>
        <translation>Reason for the one-day extension:</translation>
    </message>
    <message>
        <source>延期归还</source>
        <translation>Extend return</translation>
    </message>
    <message>
        <source>催还情况（电话联系结果）：</source>
        <translation>Reminder (result of phone call):</translation>
    </message>
    <message>
        <source>催还记录</source>
        <translation>Reminders</translation>
    </message>
</context>
<context>
    <name>PartiesTab</name>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>用户（单位）名称</source>
        <translation>Tenant (company) name</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>房号/单元</source>
        <translation>Room/unit</translation>
    </message>
    <message>
        <source>业主姓名</source>
        <translation>Owner name</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>放行用户</source>
        <translation>Release tenant</translation>
    </message>
    <message>
        <source>协议编号</source>
        <translation>Agreement No.</translation>
    </message>
    <message>
        <source>签订日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>租户法定代表人</source>
        <translation>Tenant&apos;s legal representative</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>物业管理公司</source>
        <translation>Property management company</translation>
    </message>
    <message>
        <source>授权签署人（每行：姓名 证件号）</source>
        <translation>Authorized signers (one per line: name ID number)</translation>
    </message>
    <message>
        <source>用户室内大件物品放行协议书</source>
        <translation>Agreement for releasing large items from tenant premises</translation>
    </message>
    <message>
        <source>终止协议 %1？终止后该用户不能再签署放行。</source>
        <translation>Terminate agreement %1? After termination this tenant can no longer sign releases.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>已发送到打印机</source>
        <translation>Sent to printer</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>已保存 %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>{year}年{month}月</source>
        <translation>{year}-{month:02d}</translation>
    </message>
    <message>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
</context>
<context>
    <name>PhraseSheetDialog</name>
    <message>
        <source>只有主管可以修改规范用语。</source>
        <translation>Only supervisors can change the phrase sheet.</translation>
    </message>
    <message>
        <source>从规范用语中删除“%1”？</source>
        <translation>Remove “%1” from the phrase sheet?</translation>
    </message>
    <message>
        <source>物业服务规范用语</source>
        <translation>Standard service phrases</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>用语</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>{org} 代表单位名称</source>
        <translation>{org} stands for the organisation&apos;s name</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>Prints</name>
    <message>
        <source>（损失 {0} 元）</source>
        <translation> (loss {0} yuan)</translation>
    </message>
    <message>
        <source>本月已于 {0} 由 {1} 关闭</source>
        <translation>Month closed on {0} by {1}</translation>
    </message>
    <message>
        <source>本月尚未关闭，数字可能变动（草稿）</source>
        <translation>Month not closed yet; figures may change (draft)</translation>
    </message>
    <message>
        <source>第 {0} 名 / 共 {1} 人</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <source>月度考核表 {0}</source>
        <translation>Monthly assessment {0}</translation>
    </message>
    <message>
        <source>{0} 备用钥匙标签</source>
        <translation>{0} spare key tags</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>开具</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>放行</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>回收</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>门岗拒放</source>
        <translation>Refused at gate</translation>
    </message>
    <message>
        <source>过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>未使用(有效)</source>
        <translation>Unused (valid)</translation>
    </message>
    <message>
        <source>编号缺失（无此放行条记录）</source>
        <translation>Number missing (no such slip)</translation>
    </message>
    <message>
        <source>{org}&#x3000;&#x3000;{number} {title}&#x3000;&#x3000;{start} 至 {end}</source>
        <translation>{org}    {number} {title}    {start} to {end}</translation>
    </message>
    <message>
        <source>发放 {issued} 份，回收 {returned} 份，回收率 {rate}；总体满意率 {overall}（目标 {target}）。</source>
        <translation>Issued: {issued}; returned: {returned}; return rate {rate}; overall satisfaction {overall} (target {target}).</translation>
    </message>
    <message>
        <source>调查目的：{purpose}&#x3000;调查对象：{target}&#x3000;范围：{coverage}&#x3000;调查组：{team}</source>
        <translation>Purpose: {purpose}   Respondents: {target}   Coverage: {coverage}   Team: {team}</translation>
    </message>
    <message>
        <source>评价项目</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>一、各方面满意度</source>
        <translation>1. Satisfaction by aspect</translation>
    </message>
    <message>
        <source>各方面满意率（%）</source>
        <translation>Satisfaction by aspect (%)</translation>
    </message>
    <message>
        <source>二、各项目满意度</source>
        <translation>2. Satisfaction by item</translation>
    </message>
    <message>
        <source>各项目满意率（%）</source>
        <translation>Satisfaction by item (%)</translation>
    </message>
    <message>
        <source>三、代表性意见（按类别）</source>
        <translation>3. Typical opinions (by topic)</translation>
    </message>
    <message>
        <source>【{topic}】{n} 条：</source>
        <translation>[{topic}] {n}: </translation>
    </message>
    <message>
        <source>四、改进措施</source>
        <translation>4. Improvement actions</translation>
    </message>
    <message>
        <source>责任部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>改进措施</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>完成期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>服务质量调查报告（{0}）</source>
        <translation>Service quality survey report ({0})</translation>
    </message>
    <message>
        <source>编制（管理部）</source>
        <translation>Prepared (management dept.)</translation>
    </message>
    <message>
        <source>审核</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>呈报公司领导</source>
        <translation>Submitted to company leadership</translation>
    </message>
    <message>
        <source>{org}&#x3000;&#x3000;期间：{period}&#x3000;&#x3000;制表：{who}</source>
        <translation>{org}    Period: {period}    Prepared by: {who}</translation>
    </message>
    <message>
        <source>本月完成回访 {done} 次；不合格 {bad} 次；重复投诉 {complaints} 处，重复维修 {repairs} 处。</source>
        <translation>Visits made this month: {done}; nonconforming: {bad}; repeated complaints: {complaints}; repeated repairs: {repairs}.</translation>
    </message>
    <message>
        <source>一、回访率（实际/目标）</source>
        <translation>1. Visit rates (actual/target)</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>应访对象</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>应回访</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>实际回访率</source>
        <translation>Actual rate</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>各类回访实际回访率（%）</source>
        <translation>Actual visit rate by type (%)</translation>
    </message>
    <message>
        <source>二、满意度分布</source>
        <translation>2. Satisfaction</translation>
    </message>
    <message>
        <source>三、重复投诉（同一事项两次及以上）</source>
        <translation>3. Repeated complaints (same matter twice or more)</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>次数</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>投诉编号</source>
        <translation>Complaint nos.</translation>
    </message>
    <message>
        <source>四、重复维修（同一故障三次及以上）</source>
        <translation>4. Repeated repairs (same fault three times or more)</translation>
    </message>
    <message>
        <source>维修单号</source>
        <translation>Repair slip nos.</translation>
    </message>
    <message>
        <source>五、不合格回访与纠正措施</source>
        <translation>5. Nonconforming visits and corrective action</translation>
    </message>
    <message>
        <source>回访编号</source>
        <translation>Visit no.</translation>
    </message>
    <message>
        <source>关联单据</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>住户意见</source>
        <translation>Resident&apos;s opinion</translation>
    </message>
    <message>
        <source>处理意见</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>转投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>回访月度统计分析（{0}）</source>
        <translation>Monthly return-visit analysis ({0})</translation>
    </message>
    <message>
        <source>统计（客服中心）</source>
        <translation>Compiled (customer service centre)</translation>
    </message>
    <message>
        <source>审核（客服主管）</source>
        <translation>Reviewed (customer service supervisor)</translation>
    </message>
    <message>
        <source>处理（管理处经理）</source>
        <translation>Handled (office manager)</translation>
    </message>
    <message>
        <source>制表人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>签发</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>日期：&#x3000;&#x3000;年&#x3000;&#x3000;月&#x3000;&#x3000;日</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>审核签字</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>{0}&#x3000;第 {1} 页</source>
        <translation>{0}, page {1}</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>日期时间</source>
        <translation>Date/time</translation>
    </message>
    <message>
        <source>条款</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>违规行为</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>申诉</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <source>确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>被考核人</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>绩效基数</source>
        <translation>Base pay</translation>
    </message>
    <message>
        <source>满分</source>
        <translation>Full score</translation>
    </message>
    <message>
        <source>考核方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>扣款合计</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <source>扣分合计</source>
        <translation>Points lost</translation>
    </message>
    <message>
        <source>加分/奖励</source>
        <translation>Additions</translation>
    </message>
    <message>
        <source>实发绩效</source>
        <translation>Pay due</translation>
    </message>
    <message>
        <source>考核得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>楼栋排名</source>
        <translation>Building rank</translation>
    </message>
    <message>
        <source>总排名</source>
        <translation>Overall rank</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>考核人（签字）</source>
        <translation>Assessor (signature)</translation>
    </message>
    <message>
        <source>被考核人（签字）</source>
        <translation>Assessed (signature)</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>分</source>
        <translation>pts</translation>
    </message>
    <message>
        <source>宿舍管理员月度考核表</source>
        <translation>Dormitory Administrator Monthly Assessment</translation>
    </message>
    <message>
        <source>（续）</source>
        <translation>(continued)</translation>
    </message>
    <message>
        <source>考核月份：{0}</source>
        <translation>Month: {0}</translation>
    </message>
    <message>
        <source>编号：{0}</source>
        <translation>No.: {0}</translation>
    </message>
    <message>
        <source>{0} 元</source>
        <translation>{0} yuan</translation>
    </message>
    <message>
        <source>{0} 分</source>
        <translation>{0} pts</translation>
    </message>
    <message>
        <source>按次扣款（元）</source>
        <translation>Deduction per incident (yuan)</translation>
    </message>
    <message>
        <source>百分制扣分</source>
        <translation>Points out of 100</translation>
    </message>
    <message>
        <source>扣分({0})</source>
        <translation>Points ({0})</translation>
    </message>
    <message>
        <source>扣款({0})</source>
        <translation>Deduction ({0})</translation>
    </message>
    <message>
        <source>{0} 元    大写：{1}</source>
        <translation>{0} yuan    In words: {1}</translation>
    </message>
    <message>
        <source>{0} 分（满分 {1}）</source>
        <translation>{0} pts (out of {1})</translation>
    </message>
    <message>
        <source>本月无违规记录</source>
        <translation>No violations this month</translation>
    </message>
    <message>
        <source>{0} 第 {1} 页</source>
        <translation>{0}, page {1}</translation>
    </message>
    <message>
        <source>年    月    日</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>盖章</source>
        <translation>Stamp</translation>
    </message>
    <message>
        <source>沿 虚 线 裁 开</source>
        <translation>Cut along the dashed line</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>投诉方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>楼栋房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>受理人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>性质/级别</source>
        <translation>Validity/level</translation>
    </message>
    <message>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>向住户解释</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>转办时间</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>处理期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>答复时限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <source>首次答复</source>
        <translation>First reply</translation>
    </message>
    <message>
        <source>答复内容</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>纠正预防措施</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <source>回访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>回访方式</source>
        <translation>Visit method</translation>
    </message>
    <message>
        <source>回访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>满意程度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>责任部门负责人</source>
        <translation>Department head</translation>
    </message>
    <message>
        <source>管理处经理</source>
        <translation>Office manager</translation>
    </message>
    <message>
        <source>住户确认</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>投诉记录/处理表</source>
        <translation>Complaint Record and Handling Form</translation>
    </message>
    <message>
        <source>（{0} {1} 结案）</source>
        <translation> (closed {0} by {1})</translation>
    </message>
    <message>
        <source>状态：{0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <source>□满意 □较满意 □不满意</source>
        <translation>□Satisfied □Fairly satisfied □Dissatisfied</translation>
    </message>
    <message>
        <source>管理中心盖章</source>
        <translation>Centre stamp</translation>
    </message>
    <message>
        <source>注：有效投诉一般 2 天内处理完毕，首次答复不超过 1 个工作日；处理后 3 天内回访，投诉回访率 100%。</source>
        <translation>Note: valid complaints are normally handled within 2 days, with a first reply within 1 working day; every complaint is followed up by a visit within 3 days of handling (100%).</translation>
    </message>
    <message>
        <source>投诉记录/处理表 {0}</source>
        <translation>Complaint record {0}</translation>
    </message>
    <message>
        <source>第一联 存根（管理中心留存）</source>
        <translation>Copy 1: stub (kept by the office)</translation>
    </message>
    <message>
        <source>第二联 交学生（缴费凭证）</source>
        <translation>Copy 2: for the student (payment voucher)</translation>
    </message>
    <message>
        <source>关联维修单</source>
        <translation>Repair slip</translation>
    </message>
    <message>
        <source>开具日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>损坏物品</source>
        <translation>Damaged item</translation>
    </message>
    <message>
        <source>损坏原因</source>
        <translation>Damage cause</translation>
    </message>
    <message>
        <source>赔偿金额</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>应缴日期</source>
        <translation>Pay by</translation>
    </message>
    <message>
        <source>缴费日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>经查，你（们）宿舍的「{item}」因{cause}损坏，根据《宿舍公物价目表》按{basis}计，应赔偿人民币 {amount} 元（大写：{words}）。请于 {due} 前到公寓管理中心缴纳，凭收据办理；逾期未缴的按学校有关规定处理。</source>
        <translation>Our inspection found that the &quot;{item}&quot; in your room was damaged ({cause}). Under the dormitory price list ({basis}), compensation of CNY {amount} ({words}) is due. Please pay at the apartment management centre by {due} and keep the receipt; unpaid amounts after that date are handled under the university&apos;s rules.</translation>
    </message>
    <message>
        <source>因无法确定责任人，由本宿舍全体同学共同承担：{students}。</source>
        <translation>As the person responsible cannot be determined, all residents of the room share the cost: {students}.</translation>
    </message>
    <message>
        <source>公物损坏赔偿通知单</source>
        <translation>Damage Compensation Notice</translation>
    </message>
    <message>
        <source>全体同学</source>
        <translation>all residents</translation>
    </message>
    <message>
        <source>{0} {1} 室 {2}：</source>
        <translation>{0} room {1}, {2}:</translation>
    </message>
    <message>
        <source>开具人：{0}</source>
        <translation>Issued by: {0}</translation>
    </message>
    <message>
        <source>学生签收：</source>
        <translation>Received by student:</translation>
    </message>
    <message>
        <source>公寓管理中心盖章</source>
        <translation>Management centre stamp</translation>
    </message>
    <message>
        <source>注：请持本通知单到公寓管理中心缴费；对认定有异议的，可在缴费期限内申请复核。</source>
        <translation>Note: bring this notice to the apartment management centre to pay; if you disagree with the assessment you may ask for a review before the payment date.</translation>
    </message>
    <message>
        <source>已缴清</source>
        <translation>PAID</translation>
    </message>
    <message>
        <source>公物损坏赔偿通知单 {0}</source>
        <translation>Damage notice {0}</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>交接班记录</source>
        <translation>Shift Handover Record</translation>
    </message>
    <message>
        <source>{0}  至  {1}</source>
        <translation>{0}  to  {1}</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>{0}（{1} 项）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>……另有 {0} 项，请在系统中查看。</source>
        <translation>… {0} more; see them in DormDesk.</translation>
    </message>
    <message>
        <source>交班说明：</source>
        <translation>Handover notes:</translation>
    </message>
    <message>
        <source>接班备注：</source>
        <translation>Incoming notes:</translation>
    </message>
    <message>
        <source>交班人</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>接班人</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>系统确认时间：{0}</source>
        <translation>Confirmed in DormDesk: {0}</translation>
    </message>
    <message>
        <source>未确认</source>
        <translation>not confirmed</translation>
    </message>
    <message>
        <source>签名：</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>第 {0} 页 共 {1} 页</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <source>交接班记录 {0}</source>
        <translation>Handover {0}</translation>
    </message>
    <message>
        <source>原租户</source>
        <translation>Former tenant</translation>
    </message>
    <message>
        <source>通知书原件 + 检查报告复印件</source>
        <translation>Notice (original) + inspection report (copy)</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>通知书复印件 + 检查报告复印件</source>
        <translation>Notice (copy) + inspection report (copy)</translation>
    </message>
    <message>
        <source>用户档案</source>
        <translation>Tenant file</translation>
    </message>
    <message>
        <source>通知书复印件 + 检查报告原件 + 检查申请书</source>
        <translation>Notice (copy) + inspection report (original) + application</translation>
    </message>
    <message>
        <source>原租户（整改用）</source>
        <translation>Former tenant (to rectify)</translation>
    </message>
    <message>
        <source>独立存档</source>
        <translation>Separate archive</translation>
    </message>
    <message>
        <source>通知书复印件 + 不合格检查报告原件 + 检查申请书</source>
        <translation>Notice (copy) + failed inspection report (original) + application</translation>
    </message>
    <message>
        <source>致（用户）</source>
        <translation>To (tenant)</translation>
    </message>
    <message>
        <source>迁出申请编号</source>
        <translation>Move-out no.</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>Inspected on</translation>
    </message>
    <message>
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>消防喷淋</source>
        <translation>Sprinklers</translation>
    </message>
    <message>
        <source>烟感</source>
        <translation>Smoke detector</translation>
    </message>
    <message>
        <source>灭火器</source>
        <translation>Extinguisher</translation>
    </message>
    <message>
        <source>电气线路</source>
        <translation>Wiring</translation>
    </message>
    <message>
        <source>水管</source>
        <translation>Plumbing</translation>
    </message>
    <message>
        <source>门窗</source>
        <translation>Doors and windows</translation>
    </message>
    <message>
        <source>空调</source>
        <translation>Air conditioning</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>未检</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>{tenant}：贵方于 {date} 申请的室内设施安全检查，经我司工程人员检查，结果为合格。特此通知。</source>
        <translation>{tenant}: the safety inspection of the room&apos;s facilities you applied for on {date} has been carried out by our engineers and the room PASSED. This is to notify you accordingly.</translation>
    </message>
    <message>
        <source>{tenant}：贵方于 {date} 申请的室内设施安全检查，经我司工程人员检查，存在下列问题，结果为不合格。请于{deadline}整改完毕并重新申请检查。</source>
        <translation>{tenant}: the safety inspection of the room&apos;s facilities you applied for on {date} has been carried out by our engineers; the problems below were found and the room FAILED. Please put them right {deadline} and apply for a new inspection.</translation>
    </message>
    <message>
        <source>退宿房间检查合格通知书</source>
        <translation>Move-out Room Inspection: Pass Notice</translation>
    </message>
    <message>
        <source>退宿房间检查不合格通知书</source>
        <translation>Move-out Room Inspection: Fail Notice</translation>
    </message>
    <message>
        <source>室内安全设施检查合格通知书</source>
        <translation>Room Safety Inspection: Pass Notice</translation>
    </message>
    <message>
        <source>室内安全设施检查不合格通知书</source>
        <translation>Room Safety Inspection: Fail Notice</translation>
    </message>
    <message>
        <source>{0}前</source>
        <translation>by {0}</translation>
    </message>
    <message>
        <source>尽快</source>
        <translation>as soon as possible</translation>
    </message>
    <message>
        <source>检查项目：</source>
        <translation>Checklist:</translation>
    </message>
    <message>
        <source>存在问题：</source>
        <translation>Problems found:</translation>
    </message>
    <message>
        <source>服务中心（签字）：________________</source>
        <translation>Service centre (signature): ________________</translation>
    </message>
    <message>
        <source>日期：{0}</source>
        <translation>Date: {0}</translation>
    </message>
    <message>
        <source>总经理盖章</source>
        <translation>General manager&apos;s stamp</translation>
    </message>
    <message>
        <source>本通知书一式三份，分送如下：</source>
        <translation>This notice is made in three copies, sent as follows:</translation>
    </message>
    <message>
        <source>□ 已送达</source>
        <translation>□ Delivered</translation>
    </message>
    <message>
        <source>注：检查报告及申请书随通知书报总经理盖章后分送；不合格经整改后须重新申请检查。</source>
        <translation>Note: the inspection report and application go with the notice to the general manager for stamping before they are sent; after a failed inspection the room must be inspected again once put right.</translation>
    </message>
    <message>
        <source>1. 钥匙仅限本人使用，不得转借、转让给本室以外人员，不得私自配制钥匙或更换门锁。</source>
        <translation>1. Keys are for your own use only: do not lend or pass them to anyone outside the room, copy them or change the lock.</translation>
    </message>
    <message>
        <source>2. 钥匙遗失须立即到值班室挂失，由管理中心统一补配，费用按价目表由本人承担。</source>
        <translation>2. Report a lost key at the duty room at once; the centre makes the replacement and you pay the listed price.</translation>
    </message>
    <message>
        <source>3. 毕业或离校时须交回全套钥匙，缺失或损坏按规定赔偿，结清后方可办理退宿。</source>
        <translation>3. Return the full set of keys when you graduate or leave; missing or damaged keys are paid for before you can move out.</translation>
    </message>
    <message>
        <source>学号</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>院系</source>
        <translation>School</translation>
    </message>
    <message>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>床号</source>
        <translation>Bed</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>钥匙押金</source>
        <translation>Key deposit</translation>
    </message>
    <message>
        <source>学生签名</source>
        <translation>Student&apos;s signature</translation>
    </message>
    <message>
        <source>管理员签名</source>
        <translation>Administrator&apos;s signature</translation>
    </message>
    <message>
        <source>钥匙领取单</source>
        <translation>Key Receipt</translation>
    </message>
    <message>
        <source>发放日期：{0}</source>
        <translation>Issued: {0}</translation>
    </message>
    <message>
        <source>钥匙类型</source>
        <translation>Key type</translation>
    </message>
    <message>
        <source>数量（把）</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>{0} 元（大写：{1}）</source>
        <translation>{0} yuan ({1})</translation>
    </message>
    <message>
        <source>{0} 把</source>
        <translation>{0} keys</translation>
    </message>
    <message>
        <source>第二联 学生联</source>
        <translation>Copy 2: student</translation>
    </message>
    <message>
        <source>钥匙领取单 {0}</source>
        <translation>Key receipt {0}</translation>
    </message>
    <message>
        <source>备用钥匙标签</source>
        <translation>Spare key tags</translation>
    </message>
    <message>
        <source>{0}（第 {1} 页 共 {2} 页）</source>
        <translation>{0} (page {1} of {2})</translation>
    </message>
    <message>
        <source>挂钩 {0}</source>
        <translation>Hook {0}</translation>
    </message>
    <message>
        <source>{0}钥匙</source>
        <translation>{0} key</translation>
    </message>
    <message>
        <source>拾到请交公寓管理中心</source>
        <translation>If found, return to the office</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>会议时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>会议室</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>参会人数</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>主席台</source>
        <translation>Rostrum</translation>
    </message>
    <message>
        <source>会场布置</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>接待规格</source>
        <translation>Reception level</translation>
    </message>
    <message>
        <source>通知人</source>
        <translation>Notified by</translation>
    </message>
    <message>
        <source>站长确认</source>
        <translation>Head&apos;s approval</translation>
    </message>
    <message>
        <source>会标内容</source>
        <translation>Banner text</translation>
    </message>
    <message>
        <source>会议设备</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>服务项目</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>特殊要求</source>
        <translation>Special requests</translation>
    </message>
    <message>
        <source>服务人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>容量说明</source>
        <translation>Capacity note</translation>
    </message>
    <message>
        <source>场地费</source>
        <translation>Venue fee</translation>
    </message>
    <message>
        <source>协议房数</source>
        <translation>Rooms agreed</translation>
    </message>
    <message>
        <source>留房数</source>
        <translation>Rooms held</translation>
    </message>
    <message>
        <source>实用房数</source>
        <translation>Rooms used</translation>
    </message>
    <message>
        <source>房价</source>
        <translation>Room rate</translation>
    </message>
    <message>
        <source>天数</source>
        <translation>Nights</translation>
    </message>
    <message>
        <source>加床</source>
        <translation>Extra beds</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>值班服务员</source>
        <translation>Attendant</translation>
    </message>
    <message>
        <source>到岗时间</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>续水次数</source>
        <translation>Refills</translation>
    </message>
    <message>
        <source>服务检查</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>客户评价</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>主办方确认</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>接待员</source>
        <translation>Receptionist</translation>
    </message>
    <message>
        <source>会议中心主管</source>
        <translation>Centre supervisor</translation>
    </message>
    <message>
        <source>茶水</source>
        <translation>Tea</translation>
    </message>
    <message>
        <source>水果点心</source>
        <translation>Fruit and snacks</translation>
    </message>
    <message>
        <source>桌签</source>
        <translation>Name cards</translation>
    </message>
    <message>
        <source>鲜花</source>
        <translation>Flowers</translation>
    </message>
    <message>
        <source>音响检查</source>
        <translation>Sound checked</translation>
    </message>
    <message>
        <source>会场清洁</source>
        <translation>Room cleaned</translation>
    </message>
    <message>
        <source>关灯关空调</source>
        <translation>Lights and A/C off</translation>
    </message>
    <message>
        <source>茶具清洗</source>
        <translation>Tea sets washed</translation>
    </message>
    <message>
        <source>留房可为协议房数 +{extra} 间；未用留房按房价 {percent}% 收取；加床不低于 {bed} 元/人/天。</source>
        <translation>Rooms held may exceed those agreed by {extra}; unused held rooms are charged at {percent}% of the rate; extra beds at least {bed} yuan per person per night.</translation>
    </message>
    <message>
        <source>会 议 接 待 单</source>
        <translation>Meeting Reception Order</translation>
    </message>
    <message>
        <source>    确认：{0} {1}</source>
        <translation>    Confirmed: {0} {1}</translation>
    </message>
    <message>
        <source>（暂定，未编号）</source>
        <translation>(tentative, not numbered)</translation>
    </message>
    <message>
        <source>{0} 人</source>
        <translation>{0} people</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>费用（酒店会议）</source>
        <translation>Fees (hotel meeting)</translation>
    </message>
    <message>
        <source>会议服务记录</source>
        <translation>Meeting service log</translation>
    </message>
    <message>
        <source>注：服务员提前 15 分钟到岗并检查音响；倒茶先宾后主、先主席台后台下，从客人右侧服务；会议中每 15 分钟续水一次。</source>
        <translation>Note: attendants arrive 15 minutes early and check the sound; serve tea to guests before hosts and to the rostrum first, from the guest&apos;s right; refill every 15 minutes during the meeting.</translation>
    </message>
    <message>
        <source>会议接待单 {0}</source>
        <translation>Meeting order {0}</translation>
    </message>
    <message>
        <source>{org}&#x3000;&#x3000;楼栋：{building}&#x3000;&#x3000;期间：{period}</source>
        <translation>{org}    Building: {building}    Period: {period}</translation>
    </message>
    <message>
        <source>制表：{who}&#x3000;&#x3000;生成时间：{at}</source>
        <translation>Prepared by: {who}    Generated: {at}</translation>
    </message>
    <message>
        <source>本月主要数据</source>
        <translation>Key figures of the month</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>目录</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>登记表</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>记录数</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>主管领导</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>{0}（{1} 条）</source>
        <translation>{0} ({1} records)</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>楼栋/房号</source>
        <translation>Building/room</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>去向</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>客服主管</source>
        <translation>Customer service supervisor</translation>
    </message>
    <message>
        <source>保安主管</source>
        <translation>Security supervisor</translation>
    </message>
    <message>
        <source>物品放行条周对账表</source>
        <translation>Weekly Release Slip Reconciliation</translation>
    </message>
    <message>
        <source>期间：{0}</source>
        <translation>Period: {0}</translation>
    </message>
    <message>
        <source>楼栋：{0}</source>
        <translation>Building: {0}</translation>
    </message>
    <message>
        <source>待查放行条（门岗联未回收、过期未跟进、拒放未回收）：{0} 张</source>
        <translation>Slips to follow up (gate copy not returned, expired, refused and not returned): {0}</translation>
    </message>
    <message>
        <source>另有 {0} 张未列出，详见放行条登记簿（Excel）中标色的行。</source>
        <translation>{0} more not listed; see the marked rows of the release slip register (Excel).</translation>
    </message>
    <message>
        <source>本期放行条全部对账完毕。</source>
        <translation>Every slip of the period is accounted for.</translation>
    </message>
    <message>
        <source>制表：{0}  {1}    放行条保存期限：1 年</source>
        <translation>Prepared by: {0}  {1}    Slips are kept for 1 year.</translation>
    </message>
    <message>
        <source>物品放行条周对账表 {0}</source>
        <translation>Release slip reconciliation {0}</translation>
    </message>
    <message>
        <source>第一联：存根（客服中心留存）</source>
        <translation>Copy 1: stub (kept by CS)</translation>
    </message>
    <message>
        <source>第二联：门岗联（保安核验后收回交客服）</source>
        <translation>Copy 2: gate (guard returns it to CS)</translation>
    </message>
    <message>
        <source>第三联：客户联</source>
        <translation>Copy 3: customer</translation>
    </message>
    <message>
        <source>第二联：门岗联（客户持此联出门，保安核验后收回交客服）</source>
        <translation>Copy 2: gate (shown at exit; guard returns it to CS)</translation>
    </message>
    <message>
        <source>说明：① 本条仅限开具当日有效；② 涂改无效；③ 物品与本条不符不予放行；④ 大件物品请走货梯，车辆不得占用消防通道。</source>
        <translation>Valid on the day of issue only; void if altered; goods must match the slip; large items by goods lift; keep fire lanes clear.</translation>
    </message>
    <message>
        <source>用户名称</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID no.</translation>
    </message>
    <message>
        <source>搬出原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>物品名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>用户单位意见（盖章）</source>
        <translation>Tenant&apos;s endorsement (stamp)</translation>
    </message>
    <message>
        <source>业主确认</source>
        <translation>Owner&apos;s confirmation</translation>
    </message>
    <message>
        <source>客服中心审核（盖章）</source>
        <translation>Customer service (stamp)</translation>
    </message>
    <message>
        <source>保安核验</source>
        <translation>Guard&apos;s check</translation>
    </message>
    <message>
        <source>实放数量：________ 件</source>
        <translation>Items let out: ________</translation>
    </message>
    <message>
        <source>放行时间：____月____日____时____分</source>
        <translation>Time out: ____/____ ____:____</translation>
    </message>
    <message>
        <source>签名：______________</source>
        <translation>Signature: ______________</translation>
    </message>
    <message>
        <source>当日有效</source>
        <translation>Valid today</translation>
    </message>
    <message>
        <source>当日有效（至 {0}）</source>
        <translation>Valid until {0}</translation>
    </message>
    <message>
        <source>补打</source>
        <translation>REPRINT</translation>
    </message>
    <message>
        <source>扫码核验</source>
        <translation>Scan to verify</translation>
    </message>
    <message>
        <source>物 品 放 行 条</source>
        <translation>Goods Release Slip</translation>
    </message>
    <message>
        <source>其余 {0} 项（见附页清单）</source>
        <translation>{0} more items (see the attached list)</translation>
    </message>
    <message>
        <source>项</source>
        <translation>items</translation>
    </message>
    <message>
        <source>合计（大写）：</source>
        <translation>Total in words:</translation>
    </message>
    <message>
        <source>（小写：{0} 件）</source>
        <translation>(in figures: {0})</translation>
    </message>
    <message>
        <source>预计搬出：{0}</source>
        <translation>Moving out: {0}</translation>
    </message>
    <message>
        <source>出口：{0}</source>
        <translation>Exit: {0}</translation>
    </message>
    <message>
        <source>审核：{0}</source>
        <translation>Approved: {0}</translation>
    </message>
    <message>
        <source>作  废</source>
        <translation>VOID</translation>
    </message>
    <message>
        <source>物品放行条</source>
        <translation>Goods release slip</translation>
    </message>
    <message>
        <source>（{0} 张）</source>
        <translation> ({0} slips)</translation>
    </message>
    <message>
        <source>报修人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>维修类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>维修部位</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>预约时间</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>故障描述</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>是否收费</source>
        <translation>Charged</translation>
    </message>
    <message>
        <source>收费标准</source>
        <translation>Fee basis</translation>
    </message>
    <message>
        <source>维修人员</source>
        <translation>Repairer</translation>
    </message>
    <message>
        <source>派工时间</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>完成时间</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>维修结果</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>人工费</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>材料费</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>合计金额</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>延误原因</source>
        <translation>Delay reason</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>认定人</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <source>维修人</source>
        <translation>Repaired by</translation>
    </message>
    <message>
        <source>验收人</source>
        <translation>Accepted by</translation>
    </message>
    <message>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>一式一联</source>
        <translation>1 copy</translation>
    </message>
    <message>
        <source>一式二联</source>
        <translation>2 copies</translation>
    </message>
    <message>
        <source>一式三联</source>
        <translation>3 copies</translation>
    </message>
    <message>
        <source>一式四联</source>
        <translation>4 copies</translation>
    </message>
    <message>
        <source>维修单（派工单）</source>
        <translation>Repair Slip (Work Order)</translation>
    </message>
    <message>
        <source>报修时间：{0}    报修方式：{1}</source>
        <translation>Reported: {0}    Channel: {1}</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Charged</translation>
    </message>
    <message>
        <source>免费</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>{0} 元  {1}</source>
        <translation>{0} yuan  {1}</translation>
    </message>
    <message>
        <source>其余 {0} 项</source>
        <translation>{0} more items</translation>
    </message>
    <message>
        <source>维修单 {0}</source>
        <translation>Repair slip {0}</translation>
    </message>
    <message>
        <source>回访类别</source>
        <translation>Visit type</translation>
    </message>
    <message>
        <source>应回访日期</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>受访人</source>
        <translation>Interviewee</translation>
    </message>
    <message>
        <source>回访事项</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>质量评价</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>服务效果评价</source>
        <translation>Service effect</translation>
    </message>
    <message>
        <source>反馈意见</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>缺点与不足</source>
        <translation>Shortcomings</translation>
    </message>
    <message>
        <source>住户建议</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>穿鞋套/场净</source>
        <translation>Shoe covers/clean</translation>
    </message>
    <message>
        <source>说明维修情况</source>
        <translation>Repair explained</translation>
    </message>
    <message>
        <source>收费核对</source>
        <translation>Fee checked</translation>
    </message>
    <message>
        <source>主管审核意见</source>
        <translation>Supervisor&apos;s review</translation>
    </message>
    <message>
        <source>不合格处理意见</source>
        <translation>Nonconformity action</translation>
    </message>
    <message>
        <source>主管审核</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>□是 □否</source>
        <translation>□Yes □No</translation>
    </message>
    <message>
        <source>■是 □否</source>
        <translation>■Yes □No</translation>
    </message>
    <message>
        <source>□是 ■否</source>
        <translation>□Yes ■No</translation>
    </message>
    <message>
        <source>回访记录表</source>
        <translation>Return Visit Record</translation>
    </message>
    <message>
        <source>状态：{0}&#x3000;第 {1} 次回访</source>
        <translation>Status: {0}    visit no. {1}</translation>
    </message>
    <message>
        <source>□上门 □电话 □座谈 □其他</source>
        <translation>□On site □Phone □Meeting □Other</translation>
    </message>
    <message>
        <source>电话回访</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>注：投诉处理后 3 天内回访（100%）；维修完工后及时回访；电话回访无需签名，注明“电话回访”。回访表每季度 10 日前交档案员，保存 2 年。</source>
        <translation>Note: complaints are followed up within 3 days of handling (100%); repairs promptly after completion; a phone visit needs no signature, mark it &quot;by phone&quot;. Hand the forms to the archivist by the 10th of each quarter; they are kept for 2 years.</translation>
    </message>
    <message>
        <source>回访记录表 {0}</source>
        <translation>Return visit {0}</translation>
    </message>
</context>
<context>
    <name>ReconcileTab</name>
    <message>
        <source>全部楼栋</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <source>开具</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>放行</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>回收</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>门岗拒放</source>
        <translation>Refused at gate</translation>
    </message>
    <message>
        <source>过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>未使用(有效)</source>
        <translation>Unused (valid)</translation>
    </message>
    <message>
        <source>待查</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>编号缺失：</source>
        <translation>Missing numbers:</translation>
    </message>
    <message>
        <source>放行条周对账表</source>
        <translation>Weekly release slip reconciliation</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <source>已关闭</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>未关闭</source>
        <translation>open</translation>
    </message>
    <message>
        <source>宿舍管理员月度考核表（{month}，{status}）</source>
        <translation>Dorm warden monthly assessment ({month}, {status})</translation>
    </message>
    <message>
        <source>月度考核表</source>
        <translation>Monthly assessment sheet</translation>
    </message>
    <message>
        <source>管理员考核扣款明细</source>
        <translation>Warden deductions in detail</translation>
    </message>
    <message>
        <source>扣款明细</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <source>宿舍管理员月度考核表</source>
        <translation>Dorm warden monthly assessment</translation>
    </message>
    <message>
        <source>操作审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>小区邮件分发登记</source>
        <translation>Mail distribution register</translation>
    </message>
    <message>
        <source>前台台帐</source>
        <translation>Front-desk ledger</translation>
    </message>
    <message>
        <source>小区邮件分发登记表</source>
        <translation>Mail distribution register</translation>
    </message>
    <message>
        <source>邮件分发登记</source>
        <translation>Mail distribution</translation>
    </message>
    <message>
        <source>邮件分类统计</source>
        <translation>Mail by type</translation>
    </message>
    <message>
        <source>分类统计</source>
        <translation>By type</translation>
    </message>
    <message>
        <source>代寄邮件登记</source>
        <translation>Outgoing mail register</translation>
    </message>
    <message>
        <source>代寄</source>
        <translation>Outgoing mail</translation>
    </message>
    <message>
        <source>退件记录</source>
        <translation>Returned mail</translation>
    </message>
    <message>
        <source>退件</source>
        <translation>Return to sender</translation>
    </message>
    <message>
        <source>客服前台台帐</source>
        <translation>Front-desk ledger</translation>
    </message>
    <message>
        <source>台帐统计</source>
        <translation>Ledger figures</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>投诉登记</source>
        <translation>Complaints register</translation>
    </message>
    <message>
        <source>投诉处理统计</source>
        <translation>Complaint handling figures</translation>
    </message>
    <message>
        <source>投诉分类统计</source>
        <translation>Complaints by category</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>重复投诉（同一房间同一类别两次及以上）</source>
        <translation>Repeated complaints (same room and category, twice or more)</translation>
    </message>
    <message>
        <source>重复投诉</source>
        <translation>Repeated complaints</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>交接班记录登记</source>
        <translation>Shift handover register</translation>
    </message>
    <message>
        <source>交接班记录</source>
        <translation>Shift handovers</translation>
    </message>
    <message>
        <source>钥匙发放登记簿</source>
        <translation>Key issue register</translation>
    </message>
    <message>
        <source>备用钥匙清点</source>
        <translation>Spare key check</translation>
    </message>
    <message>
        <source>备用钥匙借用登记表</source>
        <translation>Spare-key loan register</translation>
    </message>
    <message>
        <source>业主钥匙借用登记表</source>
        <translation>Owner-key loan register</translation>
    </message>
    <message>
        <source>钥匙挂失赔偿登记</source>
        <translation>Lost keys and compensation</translation>
    </message>
    <message>
        <source>离校交回钥匙不足一半（应交 {expected} 实交 {back}）</source>
        <translation>Fewer than half the keys returned on leaving ({expected} due, {back} returned)</translation>
    </message>
    <message>
        <source>房门钥匙丢失（已补配，建议换锁芯）</source>
        <translation>Door key lost (new key cut; change the cylinder)</translation>
    </message>
    <message>
        <source>房门钥匙丢失，申请{action}</source>
        <translation>Door key lost, applied for: {action}</translation>
    </message>
    <message>
        <source>钥匙发放</source>
        <translation>Key issue</translation>
    </message>
    <message>
        <source>学生公寓备用钥匙借用登记表</source>
        <translation>Spare key loan register</translation>
    </message>
    <message>
        <source>备用钥匙借用</source>
        <translation>Spare key loans</translation>
    </message>
    <message>
        <source>业主钥匙借(领)登记表</source>
        <translation>Owner key loan register</translation>
    </message>
    <message>
        <source>业主钥匙借用</source>
        <translation>Owner key loans</translation>
    </message>
    <message>
        <source>钥匙挂失</source>
        <translation>Key losses</translation>
    </message>
    <message>
        <source>离校钥匙交回赔偿登记</source>
        <translation>Key returns on leaving</translation>
    </message>
    <message>
        <source>离校交回</source>
        <translation>Returns on leaving</translation>
    </message>
    <message>
        <source>门锁锁芯更换清单</source>
        <translation>Lock cylinder renewal list</translation>
    </message>
    <message>
        <source>换锁清单</source>
        <translation>Lock renewal</translation>
    </message>
    <message>
        <source>备用钥匙清点表</source>
        <translation>Spare-key check list</translation>
    </message>
    <message>
        <source>迁出登记</source>
        <translation>Move-out register</translation>
    </message>
    <message>
        <source>放行条登记簿</source>
        <translation>Release slip register</translation>
    </message>
    <message>
        <source>物品放行条登记</source>
        <translation>Release slip register</translation>
    </message>
    <message>
        <source>放行条对账汇总</source>
        <translation>Release slip reconciliation</translation>
    </message>
    <message>
        <source>对账汇总</source>
        <translation>Reconciliation</translation>
    </message>
    <message>
        <source>维修登记簿</source>
        <translation>Repair register</translation>
    </message>
    <message>
        <source>维修登记</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <source>维修情况汇总</source>
        <translation>Repairs summary</translation>
    </message>
    <message>
        <source>汇总</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>重复故障（同一房间同一类别）</source>
        <translation>Repeated faults (same room and category)</translation>
    </message>
    <message>
        <source>重复故障</source>
        <translation>Repeated faults</translation>
    </message>
    <message>
        <source>公物损坏赔偿登记</source>
        <translation>Damage compensation register</translation>
    </message>
    <message>
        <source>公物损坏赔偿</source>
        <translation>Damage compensation</translation>
    </message>
    <message>
        <source>维修回访登记</source>
        <translation>Repair return-visit register</translation>
    </message>
    <message>
        <source>维修回访</source>
        <translation>Repair follow-ups</translation>
    </message>
    <message>
        <source>维修回访率</source>
        <translation>Repair follow-up rate</translation>
    </message>
    <message>
        <source>回访率</source>
        <translation>Follow-up rate</translation>
    </message>
    <message>
        <source>住宿学生名册</source>
        <translation>Resident student roster</translation>
    </message>
    <message>
        <source>来访登记</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>来访登记簿</source>
        <translation>Visitor log</translation>
    </message>
    <message>
        <source>来访统计</source>
        <translation>Visitor statistics</translation>
    </message>
    <message>
        <source>大件/贵重物品出入登记</source>
        <translation>Large/valuable goods in/out log</translation>
    </message>
    <message>
        <source>物品出入登记</source>
        <translation>Goods in and out</translation>
    </message>
    <message>
        <source>会议服务登记</source>
        <translation>Meeting register</translation>
    </message>
    <message>
        <source>会议服务记录</source>
        <translation>Meeting service log</translation>
    </message>
    <message>
        <source>会议室清洁消毒记录</source>
        <translation>Meeting-room cleaning log</translation>
    </message>
    <message>
        <source>入室服务检查</source>
        <translation>Office service checks</translation>
    </message>
    <message>
        <source>调查问卷回收登记</source>
        <translation>Survey questionnaires returned</translation>
    </message>
    <message>
        <source>问卷回收</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>回访记录登记</source>
        <translation>Return-visit register</translation>
    </message>
    <message>
        <source>回访登记</source>
        <translation>Return visits</translation>
    </message>
    <message>
        <source>回访率（按类别）</source>
        <translation>Follow-up rate by kind</translation>
    </message>
    <message>
        <source>满意度分布</source>
        <translation>Satisfaction distribution</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>重复投诉（同一事项两次及以上）</source>
        <translation>Repeated complaints (same matter twice or more)</translation>
    </message>
    <message>
        <source>重复维修（同一故障三次及以上）</source>
        <translation>Repeated repairs (same fault three times or more)</translation>
    </message>
    <message>
        <source>重复维修</source>
        <translation>Repeated repairs</translation>
    </message>
    <message>
        <source>不合格回访与纠正措施</source>
        <translation>Nonconforming visits and corrective actions</translation>
    </message>
    <message>
        <source>纠正措施</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <source>回访记录签收表</source>
        <translation>Visit form sign-out sheet</translation>
    </message>
    <message>
        <source>签收表</source>
        <translation>Form sign-out</translation>
    </message>
    <message>
        <source>制表人：______________    审核人：______________    日期：______________</source>
        <translation>Prepared by: ______________    Checked by: ______________    Date: ______________</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>制表人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>主管领导</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>封面</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>楼栋：{0}</source>
        <translation>Building: {0}</translation>
    </message>
    <message>
        <source>制表：{0}    生成时间：{1}</source>
        <translation>Prepared by: {0}    Generated: {1}</translation>
    </message>
    <message>
        <source>本月主要数据</source>
        <translation>Key figures of the month</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>目录</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>登记表</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>审核签字</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>日期：______年____月____日</source>
        <translation>Date: ______________</translation>
    </message>
    <message>
        <source>（盖章）</source>
        <translation>(stamp)</translation>
    </message>
    <message>
        <source>期间：{0}</source>
        <translation>Period: {0}</translation>
    </message>
    <message>
        <source>第 &amp;P 页 共 &amp;N 页</source>
        <translation>Page &amp;P of &amp;N</translation>
    </message>
    <message>
        <source>个人信息已遮蔽（身份证号、电话仅显示首尾）</source>
        <translation>Personal data masked (ID and phone numbers show only their first and last digits)</translation>
    </message>
    <message>
        <source>含完整个人信息（身份证号、电话），请妥善保管</source>
        <translation>Contains full personal data (ID and phone numbers): keep it safe</translation>
    </message>
    <message>
        <source>会议室使用率</source>
        <translation>Meeting room occupancy</translation>
    </message>
    <message>
        <source>会议室周清洁消毒记录</source>
        <translation>Weekly meeting room cleaning and disinfection</translation>
    </message>
    <message>
        <source>清洁消毒</source>
        <translation>Cleaning</translation>
    </message>
    <message>
        <source>入室服务检查表</source>
        <translation>Office service checklist</translation>
    </message>
    <message>
        <source>入室服务</source>
        <translation>Office service</translation>
    </message>
    <message>
        <source>注意：{0} 读取失败，未包含在本报表中（{1}）。</source>
        <translation>Note: {0} could not be read and is not in this pack ({1}).</translation>
    </message>
    <message>
        <source>{0}月度报表</source>
        <translation>Monthly report {0}</translation>
    </message>
    <message>
        <source>{0} 报表</source>
        <translation>Report {0}</translation>
    </message>
    <message>
        <source>记录数</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>{0}（标记）</source>
        <translation>{0} (marked)</translation>
    </message>
    <message>
        <source>逾期或需注意的记录</source>
        <translation>Overdue or needing attention</translation>
    </message>
    <message>
        <source>合计（元）</source>
        <translation>Total (yuan)</translation>
    </message>
    <message>
        <source>各类别报修数量</source>
        <translation>Repairs by category</translation>
    </message>
    <message>
        <source>每周逾期借用数</source>
        <translation>Overdue loans per week</translation>
    </message>
    <message>
        <source>各项扣款金额</source>
        <translation>Deductions by item</translation>
    </message>
    <message>
        <source>会议室占用率（%）</source>
        <translation>Meeting room occupancy (%)</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>{0}起</source>
        <translation>Week of {0}</translation>
    </message>
    <message>
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>逾期数</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>ReleaseFormDialog</name>
    <message>
        <source>放行与迁出</source>
        <translation>Release and move-out</translation>
    </message>
</context>
<context>
    <name>ReleasePage</name>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>门岗联未回收</source>
        <translation>Gate copy not returned</translation>
    </message>
    <message>
        <source>驳回原因：</source>
        <translation>Reason for rejection:</translation>
    </message>
    <message>
        <source>作废原因：</source>
        <translation>Reason for voiding:</translation>
    </message>
    <message>
        <source>跟进情况：</source>
        <translation>Follow-up:</translation>
    </message>
    <message>
        <source>共 %1 张</source>
        <translation>%1 slips</translation>
    </message>
    <message>
        <source>经办人：%1（%2） %3 %4  %5</source>
        <translation>Handled by: %1 (%2) %3 %4  %5</translation>
    </message>
    <message>
        <source>原因：%1 %2   出口：%3</source>
        <translation>Reason: %1 %2   exit: %3</translation>
    </message>
    <message>
        <source>（实放 %1）</source>
        <translation> (%1 released)</translation>
    </message>
    <message>
        <source>签署意见：%1 %2 %3</source>
        <translation>Endorsed: %1 %2 %3</translation>
    </message>
    <message>
        <source>无欠费</source>
        <translation>no arrears</translation>
    </message>
    <message>
        <source>有欠费 %1</source>
        <translation>arrears %1</translation>
    </message>
    <message>
        <source>欠费核查：%1（%2 %3）</source>
        <translation>Arrears check: %1 (%2 %3)</translation>
    </message>
    <message>
        <source>客服审核开具：%1  有效期至 %2  已打印 %3 次</source>
        <translation>Issued by customer service: %1  valid until %2  printed %3 times</translation>
    </message>
    <message>
        <source>门岗：%1 %2 %3 实放 %4 件 %5</source>
        <translation>Gate: %1 %2 %3 released %4 items %5</translation>
    </message>
    <message>
        <source>驳回原因</source>
        <translation>Rejection reason</translation>
    </message>
    <message>
        <source>作废原因</source>
        <translation>Void reason</translation>
    </message>
    <message>
        <source>回收日期</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <source>跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>签署方式</source>
        <translation>Signing method</translation>
    </message>
    <message>
        <source>签署（确认）人</source>
        <translation>Signed (confirmed) by</translation>
    </message>
    <message>
        <source>说明（电话确认须写明确认人和时间）</source>
        <translation>Notes (for phone confirmation, give who confirmed and when)</translation>
    </message>
    <message>
        <source>授权签署人：%1</source>
        <translation>Authorized signers: %1</translation>
    </message>
    <message>
        <source>签署意见</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <source>管理费、水电费已结清，无欠费</source>
        <translation>Management, water and electricity fees settled, no arrears</translation>
    </message>
    <message>
        <source>欠费情况/备注</source>
        <translation>Arrears/notes</translation>
    </message>
    <message>
        <source>欠费核查</source>
        <translation>Arrears check</translation>
    </message>
    <message>
        <source>审核通过并开具放行条（取号）？</source>
        <translation>Approve and issue the release slip (assign a number)?</translation>
    </message>
    <message>
        <source>已开具 %1</source>
        <translation>Issued %1</translation>
    </message>
    <message>
        <source>放行条 %1 已开具。现在打印吗？</source>
        <translation>Release slip %1 issued. Print it now?</translation>
    </message>
    <message>
        <source>放行条 %1</source>
        <translation>Release slip %1</translation>
    </message>
    <message>
        <source>%1 年没有已开具的放行条。</source>
        <translation>No release slips issued in %1.</translation>
    </message>
    <message>
        <source>把 %1 年的 %2 张放行条生成到一个 PDF（存档补打）？</source>
        <translation>Put the %2 release slips of %1 into one PDF (for archive reprint)?</translation>
    </message>
    <message>
        <source>正在生成放行条…</source>
        <translation>Generating release slips…</translation>
    </message>
    <message>
        <source>%1 年放行条 %2 张</source>
        <translation>%1: %2 release slips</translation>
    </message>
    <message>
        <source>导出登记表</source>
        <translation>Export register</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出 %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>放行条</source>
        <translation>Release slips</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>编号、用户、经办人、房号或物品</source>
        <translation>Number, tenant, handler, room or item</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>新建放行申请…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <source>签署意见…</source>
        <translation>Sign off…</translation>
    </message>
    <message>
        <source>欠费核查…</source>
        <translation>Arrears check…</translation>
    </message>
    <message>
        <source>审核开具</source>
        <translation>Approve and issue</translation>
    </message>
    <message>
        <source>驳回…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <source>过期跟进…</source>
        <translation>Follow up…</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>批量打印…</source>
        <translation>Batch print…</translation>
    </message>
    <message>
        <source>导出登记簿…</source>
        <translation>Export register…</translation>
    </message>
    <message>
        <source>门岗核验</source>
        <translation>Gate check</translation>
    </message>
    <message>
        <source>放行条编号（输入或扫码后回车）</source>
        <translation>Release slip No. (type or scan, then Enter)</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>保安核验人</source>
        <translation>Guard checking</translation>
    </message>
    <message>
        <source>经办人证件号</source>
        <translation>Handler&apos;s ID No.</translation>
    </message>
    <message>
        <source>已核验经办人证件原件</source>
        <translation>Handler&apos;s original ID checked</translation>
    </message>
    <message>
        <source>拒放原因</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <source>拒放时必填，例如：物品与放行条不符</source>
        <translation>Required when refusing, e.g. items do not match the slip</translation>
    </message>
    <message>
        <source>放行</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>拒放</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>门岗联回收（保安交回客服）</source>
        <translation>Gate copy return (guard hands back to customer service)</translation>
    </message>
    <message>
        <source>放行条编号，回车即登记回收</source>
        <translation>Release slip No.; Enter records the return</translation>
    </message>
    <message>
        <source>登记回收</source>
        <translation>Record return</translation>
    </message>
    <message>
        <source>周对账</source>
        <translation>Weekly reconciliation</translation>
    </message>
    <message>
        <source>上一周</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>下一周</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>打印对账表…</source>
        <translation>Print reconciliation…</translation>
    </message>
    <message>
        <source>只看待查（门岗联未回收、过期未跟进）</source>
        <translation>To check only (gate copy not returned, expired without follow-up)</translation>
    </message>
    <message>
        <source>迁出</source>
        <translation>Move-outs</translation>
    </message>
    <message>
        <source>只看未办结</source>
        <translation>Open only</translation>
    </message>
    <message>
        <source>迁出申请…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <source>费用结清…</source>
        <translation>Settle fees…</translation>
    </message>
    <message>
        <source>申请安检…</source>
        <translation>Safety check…</translation>
    </message>
    <message>
        <source>检查结果…</source>
        <translation>Check result…</translation>
    </message>
    <message>
        <source>打印通知书…</source>
        <translation>Print notice…</translation>
    </message>
    <message>
        <source>开放行条…</source>
        <translation>Release slip…</translation>
    </message>
    <message>
        <source>办结迁出</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>撤销…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>导出迁出登记…</source>
        <translation>Export move-outs…</translation>
    </message>
    <message>
        <source>用户与协议</source>
        <translation>Tenants and agreements</translation>
    </message>
    <message>
        <source>新建用户…</source>
        <translation>New tenant…</translation>
    </message>
    <message>
        <source>修改用户…</source>
        <translation>Edit tenant…</translation>
    </message>
    <message>
        <source>登记放行协议…</source>
        <translation>Register agreement…</translation>
    </message>
    <message>
        <source>终止协议…</source>
        <translation>Terminate agreement…</translation>
    </message>
</context>
<context>
    <name>ReleaseSlipDialog</name>
    <message>
        <source>物品名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Model / spec</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>楼宇用户（租户/业主/单位）</source>
        <translation>Building tenant (tenant/owner/company)</translation>
    </message>
    <message>
        <source>住宿学生</source>
        <translation>Resident student</translation>
    </message>
    <message>
        <source>物品放行申请</source>
        <translation>Item release request</translation>
    </message>
    <message>
        <source>申请方</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>用户（单位）</source>
        <translation>Tenant (company)</translation>
    </message>
    <message>
        <source>学生</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>学号、姓名、拼音或房号，回车查找</source>
        <translation>Student No., name, pinyin or room; Enter to search</translation>
    </message>
    <message>
        <source>申请人身份</source>
        <translation>Applicant status</translation>
    </message>
    <message>
        <source>搬出原因</source>
        <translation>Reason for moving out</translation>
    </message>
    <message>
        <source>说明（可选）</source>
        <translation>Notes (optional)</translation>
    </message>
    <message>
        <source>经办人（搬运人）</source>
        <translation>Handler (carrier)</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>预计搬出时间</source>
        <translation>Expected move-out time</translation>
    </message>
    <message>
        <source>出口/通道</source>
        <translation>Exit/passage</translation>
    </message>
    <message>
        <source>物品明细</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>添加一行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>删除所选行</source>
        <translation>Delete selected rows</translation>
    </message>
</context>
<context>
    <name>RepairFeeDialog</name>
    <message>
        <source>（不用价目表：按材料费加人工费）</source>
        <translation>(No price list: materials plus labour)</translation>
    </message>
    <message>
        <source>正常损耗：免费维修。</source>
        <translation>Normal wear: free repair.</translation>
    </message>
    <message>
        <source>应收金额：%1 元</source>
        <translation>Amount due: %1 yuan</translation>
    </message>
    <message>
        <source>（原因不明，由全宿舍共同承担）</source>
        <translation>(Cause unknown, shared by the whole dorm room)</translation>
    </message>
    <message>
        <source>收费认定</source>
        <translation>Charge decision</translation>
    </message>
    <message>
        <source>损坏原因</source>
        <translation>Cause of damage</translation>
    </message>
    <message>
        <source>价目表项目</source>
        <translation>Price list item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>人工费（元）</source>
        <translation>Labour (yuan)</translation>
    </message>
    <message>
        <source>核定金额（与价目表不符需主管）</source>
        <translation>Approved amount (supervisor if different from price list)</translation>
    </message>
</context>
<context>
    <name>RepairPricesDialog</name>
    <message>
        <source>个</source>
        <translation>pc</translation>
    </message>
    <message>
        <source>价目表已保存：%1</source>
        <translation>Price list saved: %1</translation>
    </message>
    <message>
        <source>宿舍公物价目表</source>
        <translation>Dormitory public property price list</translation>
    </message>
    <message>
        <source>显示已停用的项目</source>
        <translation>Show disabled items</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>物品名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>维修类别</source>
        <translation>Repair category</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>单价（元）</source>
        <translation>Unit price (yuan)</translation>
    </message>
    <message>
        <source>执行日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>新增项目</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RepairReportDialog</name>
    <message>
        <source>该房间近期已有 %1 次同类报修：%2</source>
        <translation>This room already had %1 reports of the same kind recently: %2</translation>
    </message>
    <message>
        <source>。本次将记为重复故障，请通知主管。</source>
        <translation>. This report will be recorded as a repeated fault; please notify a supervisor.</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <source>报修</source>
        <translation>Report repair</translation>
    </message>
    <message>
        <source>房间（输入学号、姓名、拼音或房号查找，或直接选择楼栋和房号）</source>
        <translation>Room (search by Student No., name, pinyin or room, or choose building and room directly)</translation>
    </message>
    <message>
        <source>学号 / 姓名 / 拼音 / 房号</source>
        <translation>Student No. / name / pinyin / room</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>报修人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>报修方式</source>
        <translation>Reported via</translation>
    </message>
    <message>
        <source>维修类别</source>
        <translation>Repair category</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>维修部位</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>例如：卫生间、阳台、3号床</source>
        <translation>e.g. bathroom, balcony, bed 3</translation>
    </message>
    <message>
        <source>故障描述</source>
        <translation>Fault description</translation>
    </message>
    <message>
        <source>预约时间</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>移除照片</source>
        <translation>Remove photo</translation>
    </message>
</context>
<context>
    <name>RepairStepDialog</name>
    <message>
        <source>派工</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>完工登记</source>
        <translation>Record completion</translation>
    </message>
    <message>
        <source>验收</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Postpone</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Return visit</translation>
    </message>
    <message>
        <source>登记缴费</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>已超过完成时限，必须填写延误原因</source>
        <translation>The completion time limit has passed; the reason for the delay is required</translation>
    </message>
    <message>
        <source>赔偿通知单 %1：%2 元，应于 %3 前缴清</source>
        <translation>Compensation notice %1: %2 yuan, to be paid by %3</translation>
    </message>
    <message>
        <source>维修单</source>
        <translation>Repair slip</translation>
    </message>
    <message>
        <source>维修人员</source>
        <translation>Repair worker</translation>
    </message>
    <message>
        <source>派工说明</source>
        <translation>Dispatch notes</translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>完成时间</source>
        <translation>Completion time</translation>
    </message>
    <message>
        <source>维修结果</source>
        <translation>Repair result</translation>
    </message>
    <message>
        <source>材料明细</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Spec.</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>人工费（元）</source>
        <translation>Labour (yuan)</translation>
    </message>
    <message>
        <source>延误原因</source>
        <translation>Reason for delay</translation>
    </message>
    <message>
        <source>超过时限完成时必填</source>
        <translation>Required if completed late</translation>
    </message>
    <message>
        <source>验收人（管理员）</source>
        <translation>Accepted by (staff)</translation>
    </message>
    <message>
        <source>学生/住户确认</source>
        <translation>Student/resident confirmation</translation>
    </message>
    <message>
        <source>确认人姓名</source>
        <translation>Name of person confirming</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>延期原因</source>
        <translation>Reason for postponing</translation>
    </message>
    <message>
        <source>例如：等待配件</source>
        <translation>e.g. waiting for parts</translation>
    </message>
    <message>
        <source>计划维修日期</source>
        <translation>Planned repair date</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>回访方式</source>
        <translation>Visit mode</translation>
    </message>
    <message>
        <source>受访人</source>
        <translation>Person visited</translation>
    </message>
    <message>
        <source>住户意见</source>
        <translation>Resident&apos;s opinion</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt No.</translation>
    </message>
    <message>
        <source>缴费日期</source>
        <translation>Payment date</translation>
    </message>
</context>
<context>
    <name>Repairs</name>
    <message>
        <source>已报修</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>已认定</source>
        <translation>Charge decided</translation>
    </message>
    <message>
        <source>已派工</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>维修中</source>
        <translation>In repair</translation>
    </message>
    <message>
        <source>已延期</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>已完工</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>已验收</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>收费认定</source>
        <translation>Charge decision</translation>
    </message>
    <message>
        <source>派工</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>开始维修</source>
        <translation>Start repair</translation>
    </message>
    <message>
        <source>完工</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>验收</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Postpone</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Return visit</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>报修</source>
        <translation>Report repair</translation>
    </message>
    <message>
        <source>添加照片</source>
        <translation>Photos added</translation>
    </message>
    <message>
        <source>开具赔偿通知单</source>
        <translation>Damage notice issued</translation>
    </message>
    <message>
        <source>登记缴费</source>
        <translation>Record payment</translation>
    </message>
</context>
<context>
    <name>RepairsPage</name>
    <message>
        <source>报修人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>报修时间</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>预约时间</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>同房间同类报修 %1 次</source>
        <translation>%1 reports of this kind for this room</translation>
    </message>
    <message>
        <source>收费认定</source>
        <translation>Charge assessed</translation>
    </message>
    <message>
        <source>维修人员</source>
        <translation>Repairer</translation>
    </message>
    <message>
        <source>维修结果</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>处理经过</source>
        <translation>History</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>共 %1 张，显示 %2 张，超时 %3 张</source>
        <translation>%1 slips, %2 shown, %3 overdue</translation>
    </message>
    <message>
        <source>合计 %1 元</source>
        <translation>Total %1 yuan</translation>
    </message>
    <message>
        <source>（收据 %1）</source>
        <translation>(receipt %1)</translation>
    </message>
    <message>
        <source>赔偿通知单 %1：%2 %3 元，%4</source>
        <translation>Compensation notice %1: %2 %3 yuan, %4</translation>
    </message>
    <message>
        <source>已保存 %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>维修人员已到场，开始维修 %1？</source>
        <translation>The repair worker has arrived; start repair %1?</translation>
    </message>
    <message>
        <source>作废原因（单号保留，不再使用）：</source>
        <translation>Reason for voiding (the number is kept and not reused):</translation>
    </message>
    <message>
        <source>作废 %1</source>
        <translation>Void %1</translation>
    </message>
    <message>
        <source>关闭（归档）维修单 %1？</source>
        <translation>Close (archive) repair slip %1?</translation>
    </message>
    <message>
        <source>维修单 %1</source>
        <translation>Repair slip %1</translation>
    </message>
    <message>
        <source>为 %1 开具公物损坏赔偿通知单（%2 元）？</source>
        <translation>Issue a compensation notice for damage to public property for %1 (%2 yuan)?</translation>
    </message>
    <message>
        <source>赔偿通知单 %1</source>
        <translation>Compensation notice %1</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <source>本月回访建议</source>
        <translation>Visit suggestions</translation>
    </message>
    <message>
        <source>%1：完成维修 %2 张，按 %3 应回访 %4 张，已回访 %5 张；建议回访下列 %6 张。</source>
        <translation>%1: %2 repairs completed; at %3, %4 should get a return visit, %5 visited; suggest visiting the %6 below.</translation>
    </message>
    <message>
        <source>显示全部</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>导出维修登记簿</source>
        <translation>Export repair register</translation>
    </message>
    <message>
        <source>月份：</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出 %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>只看超时</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>输入单号、房号、姓名、学号、故障或维修人，即时筛选</source>
        <translation>Type slip No., room, name, Student No., fault or worker to filter</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>报修…</source>
        <translation>Report repair…</translation>
    </message>
    <message>
        <source>收费认定…</source>
        <translation>Charge decision…</translation>
    </message>
    <message>
        <source>派工…</source>
        <translation>Dispatch…</translation>
    </message>
    <message>
        <source>开始维修</source>
        <translation>Start repair</translation>
    </message>
    <message>
        <source>完工…</source>
        <translation>Complete…</translation>
    </message>
    <message>
        <source>验收…</source>
        <translation>Accept…</translation>
    </message>
    <message>
        <source>回访…</source>
        <translation>Return visit…</translation>
    </message>
    <message>
        <source>延期…</source>
        <translation>Postpone…</translation>
    </message>
    <message>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>打印维修单…</source>
        <translation>Print repair slip…</translation>
    </message>
    <message>
        <source>赔偿通知单…</source>
        <translation>Compensation notice…</translation>
    </message>
    <message>
        <source>登记缴费…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>导出维修登记簿…</source>
        <translation>Export repair register…</translation>
    </message>
    <message>
        <source>价目表…</source>
        <translation>Price list…</translation>
    </message>
    <message>
        <source>照片（双击查看原图）</source>
        <translation>Photos (double-click to view full size)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>月度报表（全部登记表 + 图表）</source>
        <translation>Monthly report (all registers + charts)</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>全部楼栋</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <source>月度报表</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>一个工作簿：封面（本月主要数据与签字栏）、每个登记表一页、图表。也可导出为一个 PDF。</source>
        <translation>One workbook: cover (main figures of the month and signature boxes), one sheet per register, charts. Can also be exported as one PDF.</translation>
    </message>
    <message>
        <source>Excel 登记表：标题、表头、合计行与签字栏，A4 横向打印。</source>
        <translation>Excel register: title, header, total row and signature boxes, printed on A4 landscape.</translation>
    </message>
    <message>
        <source>结束日期早于开始日期。</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>保存报表</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>正在导出报表…</source>
        <translation>Exporting report…</translation>
    </message>
    <message>
        <source>已导出 %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>上次保存：%1</source>
        <translation>Last saved: %1</translation>
    </message>
    <message>
        <source>登记表与报表</source>
        <translation>Registers and reports</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>按月</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>日期范围</source>
        <translation>Date range</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>导出后打开所在文件夹</source>
        <translation>Open the folder after export</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>打开上次保存的文件夹</source>
        <translation>Open last saved folder</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>停用</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>床位</source>
        <translation>Bed</translation>
    </message>
    <message>
        <source>入住日期</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>学院</source>
        <translation>College</translation>
    </message>
    <message>
        <source>专业班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>住宿记录</source>
        <translation>Housing history</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部楼栋</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <source>宿管员：%1</source>
        <translation>Dorm warden: %1</translation>
    </message>
    <message>
        <source>共 %1 人</source>
        <translation>%1 students</translation>
    </message>
    <message>
        <source>已新增学生</source>
        <translation>Student added</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>已调宿</source>
        <translation>Room changed</translation>
    </message>
    <message>
        <source>确定为 %1（%2）办理退宿？床位 %3 将被释放。</source>
        <translation>Check out %1 (%2)? Bed %3 will be freed.</translation>
    </message>
    <message>
        <source>退宿原因（如 毕业离校、退学、校外住宿）：</source>
        <translation>Reason for check-out (e.g. graduated, withdrew, living off campus):</translation>
    </message>
    <message>
        <source>已退宿</source>
        <translation>Checked out</translation>
    </message>
    <message>
        <source>现在办理钥匙交回？</source>
        <translation>Process the key return now?</translation>
    </message>
    <message>
        <source>名单已导入</source>
        <translation>Roster imported</translation>
    </message>
    <message>
        <source>导出住宿学生名册</source>
        <translation>Export resident student roster</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出 %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>请先在左侧选择一个楼栋或房间。</source>
        <translation>Please select a building or room on the left first.</translation>
    </message>
    <message>
        <source>楼栋已保存</source>
        <translation>Building saved</translation>
    </message>
    <message>
        <source>房间已保存</source>
        <translation>Room saved</translation>
    </message>
    <message>
        <source>按学号、姓名、拼音（如 zs、zhangs）或房号查找</source>
        <translation>Student No., name, pinyin (zs) or room</translation>
    </message>
    <message>
        <source>导入名单…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <source>导入记录…</source>
        <translation>Import history…</translation>
    </message>
    <message>
        <source>导出名册</source>
        <translation>Export roster</translation>
    </message>
    <message>
        <source>员工…</source>
        <translation>Staff…</translation>
    </message>
    <message>
        <source>楼栋 / 房间</source>
        <translation>Buildings / rooms</translation>
    </message>
    <message>
        <source>入住/床位</source>
        <translation>Check-in/beds</translation>
    </message>
    <message>
        <source>新增楼栋</source>
        <translation>New building</translation>
    </message>
    <message>
        <source>新增房间</source>
        <translation>New room</translation>
    </message>
    <message>
        <source>编辑所选楼栋/房间</source>
        <translation>Edit selected building/room</translation>
    </message>
    <message>
        <source>新增学生</source>
        <translation>New student</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>调宿…</source>
        <translation>Room change…</translation>
    </message>
    <message>
        <source>退宿…</source>
        <translation>Check-out…</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>系统管理员</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>主管</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>管理员/客服</source>
        <translation>Staff/customer service</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Read-only</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>编辑房间</source>
        <translation>Edit room</translation>
    </message>
    <message>
        <source>新增房间</source>
        <translation>New room</translation>
    </message>
    <message>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>楼层</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>按房号</source>
        <translation>From room No.</translation>
    </message>
    <message>
        <source>房型</source>
        <translation>Room type</translation>
    </message>
    <message>
        <source>如 4人间</source>
        <translation>e.g. 4-person room</translation>
    </message>
    <message>
        <source>床位数</source>
        <translation>Beds</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>当前数据库：%1</source>
        <translation>Current database: %1</translation>
    </message>
    <message>
        <source>本次启动由命令行 --lang %1 指定为 %2，优先于这里保存的语言；不带 --lang 启动时使用这里的选择。</source>
        <translation>This session runs in %2 because it was started with --lang %1, which overrides the language saved here; the choice here applies when DormDesk starts without --lang.</translation>
    </message>
    <message>
        <source>界面语言将在重新启动后生效。</source>
        <translation>The interface language takes effect after restarting.</translation>
    </message>
    <message>
        <source>带 --lang 启动时仍以命令行为准。</source>
        <translation>When started with --lang, the command line still wins.</translation>
    </message>
    <message>
        <source>设置已保存</source>
        <translation>Settings saved</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>原密码</source>
        <translation>Old password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>密码已修改</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>用户已保存</source>
        <translation>User saved</translation>
    </message>
    <message>
        <source>修改参数</source>
        <translation>Change setting</translation>
    </message>
    <message>
        <source>留空表示使用本机 SQLite 数据库文件。</source>
        <translation>Leave empty to use the local SQLite database file.</translation>
    </message>
    <message>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>连接成功。</source>
        <translation>Connection successful.</translation>
    </message>
    <message>
        <source>数据库地址已保存，重新启动后生效。</source>
        <translation>Database address saved; it takes effect after restarting.</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose backup file</translation>
    </message>
    <message>
        <source>用所选备份替换当前数据库？当前数据会先自动备份。</source>
        <translation>Replace the current database with the selected backup? The current data is backed up automatically first.</translation>
    </message>
    <message>
        <source>已恢复。恢复前的数据已备份到：%1</source>
        <translation>Restored. The data before restoring was backed up to: %1</translation>
    </message>
    <message>
        <source>数据库检查通过。</source>
        <translation>Database check passed.</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <source>单位名称（打印在表单和登记表上）</source>
        <translation>Organization name (printed on forms and registers)</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>无操作自动锁屏（分钟，0 为不锁）</source>
        <translation>Lock screen after inactivity (minutes, 0 = never)</translation>
    </message>
    <message>
        <source>保存常规设置</source>
        <translation>Save general settings</translation>
    </message>
    <message>
        <source>修改我的密码…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>新增用户…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <source>编辑用户…</source>
        <translation>Edit user…</translation>
    </message>
    <message>
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>业务参数</source>
        <translation>Business parameters</translation>
    </message>
    <message>
        <source>双击一行修改参数值（价格、数量、时限等），修改记入审计日志。</source>
        <translation>Double-click a row to change the value (prices, quantities, time limits…); changes are recorded in the audit log.</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>数据库地址（留空使用本机文件）</source>
        <translation>Database address (empty = local file)</translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>保存（重启后生效）</source>
        <translation>Save (after restart)</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>检查数据库</source>
        <translation>Check database</translation>
    </message>
    <message>
        <source>已有备份：</source>
        <translation>Existing backups:</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>（无）</source>
        <translation>(None)</translation>
    </message>
    <message>
        <source>用户 #%1</source>
        <translation>User #%1</translation>
    </message>
    <message>
        <source>员工（宿管员、维修工、保安…）</source>
        <translation>Staff (dorm wardens, repair workers, guards…)</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>关联用户</source>
        <translation>Linked user</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>在职</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>负责楼栋：</source>
        <translation>Buildings in charge:</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>数据库完整性检查未通过，已以只读方式打开。请从备份恢复。</source>
        <translation>The database integrity check failed; it was opened read-only. Please restore from a backup.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已签署意见</source>
        <translation>Endorsed</translation>
    </message>
    <message>
        <source>已核查欠费</source>
        <translation>Arrears checked</translation>
    </message>
    <message>
        <source>已开具</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>已放行</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>已回收归档</source>
        <translation>Returned and filed</translation>
    </message>
    <message>
        <source>审核驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>门岗拒放</source>
        <translation>Refused at gate</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>到场超时</source>
        <translation>Late on site</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>新增学生</source>
        <translation>New student</translation>
    </message>
    <message>
        <source>编辑学生</source>
        <translation>Edit student</translation>
    </message>
    <message>
        <source>（无床位，请用“调宿”安排）</source>
        <translation>(No bed; use “Room change” to assign one)</translation>
    </message>
    <message>
        <source>（暂不分配床位）</source>
        <translation>(No bed for now)</translation>
    </message>
    <message>
        <source>学生</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>学号</source>
        <translation>Student No.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID card No.</translation>
    </message>
    <message>
        <source>学院</source>
        <translation>College</translation>
    </message>
    <message>
        <source>专业班级</source>
        <translation>Major/class</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>入住日期</source>
        <translation>Check-in date</translation>
    </message>
    <message>
        <source>床位</source>
        <translation>Bed</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>SurveyEntryDialog</name>
    <message>
        <source>未答</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>（无意见）</source>
        <translation>(no opinion)</translation>
    </message>
    <message>
        <source>本次已录入 %1 份</source>
        <translation>%1 entered in this sitting</translation>
    </message>
    <message>
        <source>请输入全部 %1 项评分（未答的项填 0），已输入 %2 项。</source>
        <translation>Enter all %1 ratings (0 for no answer); %2 entered.</translation>
    </message>
    <message>
        <source>问卷快速录入</source>
        <translation>Fast questionnaire entry</translation>
    </message>
    <message>
        <source>问卷编号</source>
        <translation>Questionnaire no.</translation>
    </message>
    <message>
        <source>输入编号后按回车</source>
        <translation>Type the number and press Enter</translation>
    </message>
    <message>
        <source>评分</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>每项一个数字（1 最好，0 未答），共 12 项，回车保存并转下一份</source>
        <translation>One digit per item (1 best, 0 no answer), 12 items; Enter saves and moves to the next form</translation>
    </message>
    <message>
        <source>意见类别</source>
        <translation>Opinion topic</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>填表人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>有填表人签名</source>
        <translation>Signed by the respondent</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>SurveyPlanDialog</name>
    <message>
        <source>%1 级（%2）</source>
        <translation>%1 levels (%2)</translation>
    </message>
    <message>
        <source>%1 年 %2 月服务质量调查</source>
        <translation>Service-quality survey %2/%1</translation>
    </message>
    <message>
        <source>收集住户对管理服务的意见，提高管理水平。</source>
        <translation>Collect residents&apos; opinions of the management services to improve them.</translation>
    </message>
    <message>
        <source>新建调查计划</source>
        <translation>New survey plan</translation>
    </message>
    <message>
        <source>调查名称</source>
        <translation>Survey title</translation>
    </message>
    <message>
        <source>调查目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>调查对象</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>例如：全体在住学生</source>
        <translation>e.g. all resident students</translation>
    </message>
    <message>
        <source>范围与数量</source>
        <translation>Coverage and number</translation>
    </message>
    <message>
        <source>例如：入住房间 90% 以上</source>
        <translation>e.g. over 90% of occupied rooms</translation>
    </message>
    <message>
        <source>调查组</source>
        <translation>Survey team</translation>
    </message>
    <message>
        <source>客服中心、管理部主管、保安部主管、工程部主管</source>
        <translation>Service centre, management, security and engineering supervisors</translation>
    </message>
    <message>
        <source>评分等级</source>
        <translation>Rating scale</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
</context>
<context>
    <name>Surveys</name>
    <message>
        <source>计划中</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>已发放</source>
        <translation>Distributed</translation>
    </message>
    <message>
        <source>回收中</source>
        <translation>Collecting</translation>
    </message>
    <message>
        <source>回收结束</source>
        <translation>Collection closed</translation>
    </message>
    <message>
        <source>已报告</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>各方面满意率（%）</source>
        <translation>Satisfaction by aspect (%)</translation>
    </message>
    <message>
        <source>方面</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>满意率%</source>
        <translation>Satisfied %</translation>
    </message>
    <message>
        <source>各项目满意率（%）</source>
        <translation>Satisfaction by item (%)</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>大厦管理</source>
        <translation>Building management</translation>
    </message>
    <message>
        <source>清洁质量</source>
        <translation>Cleaning quality</translation>
    </message>
    <message>
        <source>工作效率</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <source>邮政服务</source>
        <translation>Postal service</translation>
    </message>
    <message>
        <source>保安</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>投诉处理/解决问题效率</source>
        <translation>Complaint handling</translation>
    </message>
    <message>
        <source>员工言行举止、礼仪礼貌</source>
        <translation>Staff conduct and manners</translation>
    </message>
    <message>
        <source>清洁卫生</source>
        <translation>Cleanliness</translation>
    </message>
    <message>
        <source>保安消防工作</source>
        <translation>Security and fire safety</translation>
    </message>
    <message>
        <source>出入登记手续</source>
        <translation>Entry registration</translation>
    </message>
    <message>
        <source>货物出入手续</source>
        <translation>Goods in and out</translation>
    </message>
    <message>
        <source>很满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>较满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>SurveysTab</name>
    <message>
        <source>评价项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>发放 %1 份，回收 %2 份，回收率 %3；总体满意率 %4</source>
        <translation>%1 issued, %2 returned, return rate %3; overall satisfaction %4</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>改进措施</source>
        <translation>Improvement actions</translation>
    </message>
    <message>
        <source>发放问卷</source>
        <translation>Issue questionnaires</translation>
    </message>
    <message>
        <source>每个房间发放一份问卷，楼栋：</source>
        <translation>One questionnaire per room, building:</translation>
    </message>
    <message>
        <source>已向 %1 发放问卷</source>
        <translation>Questionnaires issued to %1</translation>
    </message>
    <message>
        <source>结束 %1 的问卷回收？回收率 %2（%3/%4）。</source>
        <translation>Close collection of %1? Return rate %2 (%3/%4).</translation>
    </message>
    <message>
        <source>回收已结束</source>
        <translation>Collection closed</translation>
    </message>
    <message>
        <source>%1 条意见已转为回访</source>
        <translation>%1 opinions turned into return visits</translation>
    </message>
    <message>
        <source>责任部门：</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>改进措施：</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>完成期限（YYYY-MM-DD）：</source>
        <translation>Deadline (YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>日期格式应为 YYYY-MM-DD：%1</source>
        <translation>Dates are written YYYY-MM-DD: %1</translation>
    </message>
    <message>
        <source>已添加改进措施</source>
        <translation>Improvement action added</translation>
    </message>
    <message>
        <source>没有进行中的改进措施。</source>
        <translation>No improvement action is open.</translation>
    </message>
    <message>
        <source>措施完成</source>
        <translation>Action done</translation>
    </message>
    <message>
        <source>已完成的改进措施：</source>
        <translation>Improvement action done:</translation>
    </message>
    <message>
        <source>改进措施已完成</source>
        <translation>Improvement action done</translation>
    </message>
    <message>
        <source>调查报告</source>
        <translation>Survey report</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出 %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>服务质量调查报告 %1</source>
        <translation>Service-quality survey report %1</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>编辑用户</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>新增用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>留空则不修改</source>
        <translation>Leave empty to keep unchanged</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>只允许管理以下楼栋（都不勾选表示全部楼栋）：</source>
        <translation>Only manage these buildings (none checked = all buildings):</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>（代领）</source>
        <translation>(proxy)</translation>
    </message>
    <message>
        <source>破损</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>投诉总数</source>
        <translation>Complaints in all</translation>
    </message>
    <message>
        <source>有效投诉</source>
        <translation>Valid complaints</translation>
    </message>
    <message>
        <source>无效投诉（已解释）</source>
        <translation>Invalid complaints (explained)</translation>
    </message>
    <message>
        <source>重大投诉</source>
        <translation>Major complaint</translation>
    </message>
    <message>
        <source>已处理（有效）</source>
        <translation>Handled (valid)</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>结案率</source>
        <translation>Closure rate</translation>
    </message>
    <message>
        <source>首次答复及时率</source>
        <translation>First replies on time</translation>
    </message>
    <message>
        <source>应回访（已处理的有效投诉）</source>
        <translation>Follow-ups due (valid complaints handled)</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>回访率（目标 100%）</source>
        <translation>Follow-up rate (target 100%)</translation>
    </message>
    <message>
        <source>回访满意率</source>
        <translation>Satisfaction on follow-up</translation>
    </message>
    <message>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已申请</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>费用已结清</source>
        <translation>Fees settled</translation>
    </message>
    <message>
        <source>已申请安检</source>
        <translation>Inspection requested</translation>
    </message>
    <message>
        <source>安检合格</source>
        <translation>Inspection passed</translation>
    </message>
    <message>
        <source>安检不合格（整改中）</source>
        <translation>Inspection failed (being put right)</translation>
    </message>
    <message>
        <source>已开放行条</source>
        <translation>Release slip issued</translation>
    </message>
    <message>
        <source>已迁出</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>租户迁出</source>
        <translation>Tenant move-out</translation>
    </message>
    <message>
        <source>学生退宿</source>
        <translation>Student check-out</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>已终止</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>已放行，门岗联已回收</source>
        <translation>Released, gate copy returned</translation>
    </message>
    <message>
        <source>已放行，门岗联未回收</source>
        <translation>Released, gate copy not returned</translation>
    </message>
    <message>
        <source>门岗拒放</source>
        <translation>Refused at gate</translation>
    </message>
    <message>
        <source>过期未使用</source>
        <translation>Expired unused</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>有效期内未使用</source>
        <translation>Not yet used (still valid)</translation>
    </message>
    <message>
        <source>本期完成维修（张）</source>
        <translation>Repairs completed (slips)</translation>
    </message>
    <message>
        <source>应回访（张）</source>
        <translation>Follow-ups due (slips)</translation>
    </message>
    <message>
        <source>已回访（张）</source>
        <translation>Followed up (slips)</translation>
    </message>
    <message>
        <source>回访率</source>
        <translation>Follow-up rate</translation>
    </message>
    <message>
        <source>目标回访率</source>
        <translation>Target follow-up rate</translation>
    </message>
    <message>
        <source>本期回访次数</source>
        <translation>Follow-up visits</translation>
    </message>
    <message>
        <source>满意率（满意+较满意）</source>
        <translation>Satisfaction (satisfied + fairly)</translation>
    </message>
    <message>
        <source>不满意（次）</source>
        <translation>Dissatisfied (times)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Charged</translation>
    </message>
    <message>
        <source>免费</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>已验收</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>维修成本</source>
        <translation>Repair cost</translation>
    </message>
    <message>
        <source>市场价</source>
        <translation>Market price</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>分</source>
        <translation>points</translation>
    </message>
    <message>
        <source>邮政</source>
        <translation>Postal</translation>
    </message>
    <message>
        <source>工程维修</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <source>设施投入</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>问卷</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>表格访谈</source>
        <translation>Form interview</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>上门</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>座谈</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>身份证</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>学生证</source>
        <translation>Student card</translation>
    </message>
    <message>
        <source>一卡通</source>
        <translation>Campus card</translation>
    </message>
    <message>
        <source>借出中</source>
        <translation>On loan</translation>
    </message>
    <message>
        <source>逾期未还</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>已归还</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>逾期归还</source>
        <translation>Returned late</translation>
    </message>
    <message>
        <source>归还有损坏</source>
        <translation>Returned damaged</translation>
    </message>
    <message>
        <source>已挂失</source>
        <translation>Reported lost</translation>
    </message>
    <message>
        <source>已缴费</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>在库</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>已发放</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>借出</source>
        <translation>Lent out</translation>
    </message>
    <message>
        <source>已交回</source>
        <translation>Handed back</translation>
    </message>
    <message>
        <source>遗失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>损坏</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>学生钥匙</source>
        <translation>Student key</translation>
    </message>
    <message>
        <source>备用钥匙</source>
        <translation>Spare key</translation>
    </message>
    <message>
        <source>补配钥匙</source>
        <translation>New key cut</translation>
    </message>
    <message>
        <source>更换锁芯</source>
        <translation>Lock cylinder changed</translation>
    </message>
    <message>
        <source>更换门锁</source>
        <translation>Door lock changed</translation>
    </message>
    <message>
        <source>丢失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>自然损坏</source>
        <translation>Worn out</translation>
    </message>
    <message>
        <source>毕业</source>
        <translation>Graduated</translation>
    </message>
    <message>
        <source>退学</source>
        <translation>Left school</translation>
    </message>
    <message>
        <source>调换宿舍</source>
        <translation>Changed dormitory</translation>
    </message>
    <message>
        <source>物业部人员</source>
        <translation>Property staff</translation>
    </message>
    <message>
        <source>销售人员</source>
        <translation>Sales staff</translation>
    </message>
    <message>
        <source>项目部人员</source>
        <translation>Project staff</translation>
    </message>
    <message>
        <source>施工单位</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>房门</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>壁橱</source>
        <translation>Closet</translation>
    </message>
    <message>
        <source>抽屉</source>
        <translation>Drawer</translation>
    </message>
    <message>
        <source>阳台</source>
        <translation>Balcony</translation>
    </message>
    <message>
        <source>信箱</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>入库</source>
        <translation>Stocked</translation>
    </message>
    <message>
        <source>发放</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>归还</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>交回</source>
        <translation>Handed back</translation>
    </message>
    <message>
        <source>撤销挂失</source>
        <translation>Loss report withdrawn</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>混合</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>维修中</source>
        <translation>In repair</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>在住</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>已退宿</source>
        <translation>Checked out</translation>
    </message>
    <message>
        <source>休学</source>
        <translation>On leave</translation>
    </message>
    <message>
        <source>入住</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>调宿</source>
        <translation>Room change</translation>
    </message>
    <message>
        <source>退宿</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>宿管员</source>
        <translation>Dorm warden</translation>
    </message>
    <message>
        <source>维修工</source>
        <translation>Repairer</translation>
    </message>
    <message>
        <source>保安</source>
        <translation>Guard</translation>
    </message>
    <message>
        <source>客服</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <source>保洁</source>
        <translation>Cleaning</translation>
    </message>
    <message>
        <source>水</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>电</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <source>门窗</source>
        <translation>Doors and windows</translation>
    </message>
    <message>
        <source>门锁</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>家具</source>
        <translation>Furniture</translation>
    </message>
    <message>
        <source>网络</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>空调</source>
        <translation>Air conditioning</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>很满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>值班室登记</source>
        <translation>Duty room</translation>
    </message>
    <message>
        <source>报修箱</source>
        <translation>Repair box</translation>
    </message>
    <message>
        <source>巡查发现</source>
        <translation>Found on patrol</translation>
    </message>
    <message>
        <source>正常损耗</source>
        <translation>Normal wear</translation>
    </message>
    <message>
        <source>使用不当</source>
        <translation>Misuse</translation>
    </message>
    <message>
        <source>人为故意</source>
        <translation>Deliberate</translation>
    </message>
    <message>
        <source>原因不明</source>
        <translation>Unknown cause</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>较满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>待缴</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>已缴</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>来电</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>来函</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>上级转办</source>
        <translation>Referred from above</translation>
    </message>
    <message>
        <source>咨询</source>
        <translation>Enquiry</translation>
    </message>
    <message>
        <source>建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>求助</source>
        <translation>Request for help</translation>
    </message>
    <message>
        <source>报修</source>
        <translation>Repair request</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>即时答复</source>
        <translation>Answered at once</translation>
    </message>
    <message>
        <source>约定答复</source>
        <translation>Answer promised</translation>
    </message>
    <message>
        <source>转部门</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>上报</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>服务态度</source>
        <translation>Service attitude</translation>
    </message>
    <message>
        <source>治安</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>水电</source>
        <translation>Water and power</translation>
    </message>
    <message>
        <source>清洁</source>
        <translation>Cleanliness</translation>
    </message>
    <message>
        <source>设备维修</source>
        <translation>Equipment repair</translation>
    </message>
    <message>
        <source>无效</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>重大</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>重要</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>宿管</source>
        <translation>Dorm office</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>财务</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>前台</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>挂号信</source>
        <translation>Registered letter</translation>
    </message>
    <message>
        <source>包裹</source>
        <translation>Parcel</translation>
    </message>
    <message>
        <source>包裹单</source>
        <translation>Parcel notice</translation>
    </message>
    <message>
        <source>汇款单</source>
        <translation>Money order</translation>
    </message>
    <message>
        <source>快递</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>特快专递</source>
        <translation>EMS express</translation>
    </message>
    <message>
        <source>平信</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>报刊</source>
        <translation>Newspaper</translation>
    </message>
    <message>
        <source>印刷品</source>
        <translation>Printed matter</translation>
    </message>
    <message>
        <source>公告板</source>
        <translation>Notice board</translation>
    </message>
    <message>
        <source>短信</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>信箱通知单</source>
        <translation>Mailbox slip</translation>
    </message>
    <message>
        <source>查无此人</source>
        <translation>Addressee unknown</translation>
    </message>
    <message>
        <source>地址不详</source>
        <translation>Address unclear</translation>
    </message>
    <message>
        <source>拒收</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>超期未领</source>
        <translation>Not collected in time</translation>
    </message>
    <message>
        <source>邮局</source>
        <translation>Post office</translation>
    </message>
    <message>
        <source>平邮</source>
        <translation>Surface mail</translation>
    </message>
    <message>
        <source>挂号</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <source>租户</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>受托人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>装修单位</source>
        <translation>Fitting-out company</translation>
    </message>
    <message>
        <source>学生</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>港澳通行证</source>
        <translation>HK/Macau permit</translation>
    </message>
    <message>
        <source>单位盖章</source>
        <translation>Company seal</translation>
    </message>
    <message>
        <source>到场签字</source>
        <translation>Signed in person</translation>
    </message>
    <message>
        <source>书面同意</source>
        <translation>Written consent</translation>
    </message>
    <message>
        <source>电话确认</source>
        <translation>Confirmed by phone</translation>
    </message>
    <message>
        <source>学生本人</source>
        <translation>Student in person</translation>
    </message>
    <message>
        <source>迁出</source>
        <translation>Move-out</translation>
    </message>
    <message>
        <source>调拨</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>处置</source>
        <translation>Disposal</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>未检</source>
        <translation>Not inspected</translation>
    </message>
    <message>
        <source>仪表</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>值班</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>门禁</source>
        <translation>Access control</translation>
    </message>
    <message>
        <source>作息</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>巡查</source>
        <translation>Patrol</translation>
    </message>
    <message>
        <source>安全</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>卫生</source>
        <translation>Hygiene</translation>
    </message>
    <message>
        <source>申诉中</source>
        <translation>Under appeal</translation>
    </message>
    <message>
        <source>维持</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>调整</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <source>待接班</source>
        <translation>Awaiting takeover</translation>
    </message>
    <message>
        <source>已接班</source>
        <translation>Taken over</translation>
    </message>
</context>
<context>
    <name>VisitNewDialog</name>
    <message>
        <source>（不限）</source>
        <translation>(any)</translation>
    </message>
    <message>
        <source>应回访日期按回访时限表自动计算（设置 → 业务参数）。</source>
        <translation>The due date follows the visit deadline table (Settings → Business parameters).</translation>
    </message>
    <message>
        <source>新建回访</source>
        <translation>New return visit</translation>
    </message>
    <message>
        <source>回访类别</source>
        <translation>Visit type</translation>
    </message>
    <message>
        <source>回访事项</source>
        <translation>What is visited</translation>
    </message>
    <message>
        <source>例如：学期中定期走访、迎新活动</source>
        <translation>e.g. mid-term routine visit, welcome party</translation>
    </message>
    <message>
        <source>关联单据号</source>
        <translation>Source record no.</translation>
    </message>
    <message>
        <source>选填：派工单号、合同号等</source>
        <translation>Optional: work order, contract no.…</translation>
    </message>
    <message>
        <source>服务完成日期</source>
        <translation>Service ended on</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>受访人</source>
        <translation>Interviewee</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>VisitRecordDialog</name>
    <message>
        <source>填写回访结果</source>
        <translation>Enter visit result</translation>
    </message>
    <message>
        <source>回访方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>回访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>受访人（签名）</source>
        <translation>Interviewee (signature)</translation>
    </message>
    <message>
        <source>上门回访由受访人签名确认；电话回访无需签名</source>
        <translation>On-site visits are signed by the interviewee; phone visits need no signature</translation>
    </message>
    <message>
        <source>质量评价</source>
        <translation>Quality rating</translation>
    </message>
    <message>
        <source>服务效果评价</source>
        <translation>Effect rating</translation>
    </message>
    <message>
        <source>满意程度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>反馈意见</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>住户的意见；不满意时必填</source>
        <translation>The resident&apos;s words; required when unsatisfied</translation>
    </message>
    <message>
        <source>缺点与不足</source>
        <translation>Shortcomings</translation>
    </message>
    <message>
        <source>住户建议</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>维修回访</source>
        <translation>Repair checks</translation>
    </message>
    <message>
        <source>穿鞋套/人走场净</source>
        <translation>Shoe covers / site left clean</translation>
    </message>
    <message>
        <source>说明维修情况</source>
        <translation>Repair explained</translation>
    </message>
    <message>
        <source>收费核对无误</source>
        <translation>Fee checked</translation>
    </message>
    <message>
        <source>回访人</source>
        <translation>Visitor</translation>
    </message>
</context>
<context>
    <name>VisitReviewDialog</name>
    <message>
        <source>回访审核</source>
        <translation>Review visit</translation>
    </message>
    <message>
        <source>审核结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Conforming</translation>
    </message>
    <message>
        <source>不合格（按投诉程序处理）</source>
        <translation>Nonconforming (complaint procedure)</translation>
    </message>
    <message>
        <source>主管审核意见</source>
        <translation>Supervisor&apos;s comment</translation>
    </message>
    <message>
        <source>不合格处理意见</source>
        <translation>Nonconformity action</translation>
    </message>
    <message>
        <source>不合格时必填：经理的处理意见，将转为投诉并安排再次回访</source>
        <translation>Required when nonconforming: the manager&apos;s opinion; a complaint is opened and the next visit planned</translation>
    </message>
</context>
<context>
    <name>VisitorTab</name>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>来访登记</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>显示 %1 条；在楼内 %2 人，闭楼未离开 %3 人</source>
        <translation>%1 shown; %2 inside, %3 inside after closing</translation>
    </message>
    <message>
        <source>在楼内：%1 → %2 %3 %4，%5 来访。按“办理离开”登记离开。</source>
        <translation>Inside: %1 → %2 %3 %4, came in %5. Press “Sign out” to record leaving.</translation>
    </message>
    <message>
        <source>新来访（曾来访：%1）</source>
        <translation>New visit (visited before as %1)</translation>
    </message>
    <message>
        <source>新来访</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>扫描或输入证件号码后按回车。</source>
        <translation>Scan or type the ID number, then press Enter.</translation>
    </message>
    <message>
        <source>找到 %1 名住宿学生，请输入更完整的学号或姓名。</source>
        <translation>%1 resident students found; type more of the student number or name.</translation>
    </message>
    <message>
        <source>不符合宿舍规定：%1（须主管放行）</source>
        <translation>Breaks dorm rules: %1 (a supervisor must admit the visit)</translation>
    </message>
    <message>
        <source>不符合宿舍规定：%1</source>
        <translation>Breaks dorm rules: %1</translation>
    </message>
    <message>
        <source>已登记来访 %1 %2</source>
        <translation>Visitor logged: %1 %2</translation>
    </message>
    <message>
        <source>%1（%2）离开？</source>
        <translation>%1 (%2) is leaving?</translation>
    </message>
    <message>
        <source>%1 已离开（%2）</source>
        <translation>%1 left (%2)</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>扫描身份证或输入证件号码，回车查询</source>
        <translation>Scan the ID card or type the number, Enter to look up</translation>
    </message>
    <message>
        <source>来访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>被访学生</source>
        <translation>Student visited</translation>
    </message>
    <message>
        <source>学号/姓名/拼音，回车查找</source>
        <translation>Student no./name/pinyin, Enter to find</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>被访人</source>
        <translation>Person visited</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>登记进入</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>办理离开</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>只看在楼内</source>
        <translation>Only inside</translation>
    </message>
    <message>
        <source>只看闭楼未离开</source>
        <translation>Only inside after closing</translation>
    </message>
    <message>
        <source>输入姓名、房号、被访人或登记号，即时筛选</source>
        <translation>Type a name, room, person visited or number to filter</translation>
    </message>
    <message>
        <source>选中人员离开…</source>
        <translation>Sign out selected…</translation>
    </message>
    <message>
        <source>导出登记簿…</source>
        <translation>Export register…</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>维修工程</source>
        <translation>Repair works</translation>
    </message>
    <message>
        <source>报修</source>
        <translation>Repair request</translation>
    </message>
    <message>
        <source>特约服务</source>
        <translation>Special service</translation>
    </message>
    <message>
        <source>急救</source>
        <translation>Emergency help</translation>
    </message>
    <message>
        <source>刊物/活动</source>
        <translation>Periodical/event</translation>
    </message>
    <message>
        <source>意见征询</source>
        <translation>Survey opinion</translation>
    </message>
    <message>
        <source>定期回访</source>
        <translation>Routine visit</translation>
    </message>
    <message>
        <source>会务服务</source>
        <translation>Meeting service</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>To visit</translation>
    </message>
    <message>
        <source>已领表</source>
        <translation>Form issued</translation>
    </message>
    <message>
        <source>已回访待审核</source>
        <translation>Visited, to review</translation>
    </message>
    <message>
        <source>审核合格</source>
        <translation>Reviewed: OK</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Nonconforming</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>电话回访</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>各类回访完成数</source>
        <translation>Visits made by type</translation>
    </message>
    <message>
        <source>回访类别</source>
        <translation>Visit type</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>满意度分布</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>满意程度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>次数</source>
        <translation>Count</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>%1 条，超期 %2 条</source>
        <translation>%1 rows, %2 overdue</translation>
    </message>
    <message>
        <source>关联单据</source>
        <translation>Source record</translation>
    </message>
    <message>
        <source>第 %1 次回访</source>
        <translation>visit %1</translation>
    </message>
    <message>
        <source>回访事项</source>
        <translation>What is visited</translation>
    </message>
    <message>
        <source>应回访日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>质量</source>
        <translation>quality</translation>
    </message>
    <message>
        <source>效果</source>
        <translation>effect</translation>
    </message>
    <message>
        <source>反馈意见</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>缺点与不足</source>
        <translation>Shortcomings</translation>
    </message>
    <message>
        <source>住户建议</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>受访人签名</source>
        <translation>Interviewee&apos;s signature</translation>
    </message>
    <message>
        <source>主管审核</source>
        <translation>Supervisor&apos;s review</translation>
    </message>
    <message>
        <source>不合格处理意见</source>
        <translation>Nonconformity action</translation>
    </message>
    <message>
        <source>已安排回访 %1</source>
        <translation>Visit %1 planned</translation>
    </message>
    <message>
        <source>已记录回访 %1</source>
        <translation>Visit %1 recorded</translation>
    </message>
    <message>
        <source>已审核回访 %1</source>
        <translation>Visit %1 reviewed</translation>
    </message>
    <message>
        <source>领表人（回访人）姓名：</source>
        <translation>Name of who receives the forms (visitor):</translation>
    </message>
    <message>
        <source>领取回访记录表 %1 份</source>
        <translation>Sign out %1 visit forms</translation>
    </message>
    <message>
        <source>%1 已领表 %2 份</source>
        <translation>%1 signed out %2 forms</translation>
    </message>
    <message>
        <source>将选中的 %1 份回访记录归档？</source>
        <translation>Archive the %1 selected visit records?</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>取消原因：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>取消回访 %1</source>
        <translation>Cancel visit %1</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>交回份数（共 %1 份）：</source>
        <translation>Forms returned (of %1):</translation>
    </message>
    <message>
        <source>交回表单</source>
        <translation>Return forms</translation>
    </message>
    <message>
        <source>请输入份数（数字）。</source>
        <translation>Enter the number of forms.</translation>
    </message>
    <message>
        <source>已交回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>%1：%2 %3 项，目标 %4，应回访 %5，已回访 %6，已在计划 %7，建议新增 %8</source>
        <translation>%1: %2 %3, target %4, to visit %5, visited %6, planned %7, proposed %8</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>done</translation>
    </message>
    <message>
        <source>本月已达到回访率，无需新增。</source>
        <translation>This month&apos;s rates are reached; nothing to add.</translation>
    </message>
    <message>
        <source>本月回访计划</source>
        <translation>This month&apos;s visit plan</translation>
    </message>
    <message>
        <source>将建议的 %1 项加入本月回访计划？</source>
        <translation>Add the %1 proposed visits to this month&apos;s plan?</translation>
    </message>
    <message>
        <source>已加入回访计划 %1 项</source>
        <translation>%1 visits added to the plan</translation>
    </message>
    <message>
        <source>导出回访登记</source>
        <translation>Export visit register</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出 %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>回访月度统计分析</source>
        <translation>Monthly visit analysis</translation>
    </message>
    <message>
        <source>回访记录表 %1</source>
        <translation>Return-visit record %1</translation>
    </message>
    <message>
        <source>回访月度统计分析 %1</source>
        <translation>Monthly visit analysis %1</translation>
    </message>
    <message>
        <source>新建回访…</source>
        <translation>New visit…</translation>
    </message>
    <message>
        <source>填写回访结果…</source>
        <translation>Enter result…</translation>
    </message>
    <message>
        <source>主管审核…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <source>领表签收…</source>
        <translation>Sign out forms…</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>取消回访…</source>
        <translation>Cancel visit…</translation>
    </message>
    <message>
        <source>打印回访表…</source>
        <translation>Print form…</translation>
    </message>
    <message>
        <source>本月回访计划…</source>
        <translation>Month&apos;s plan…</translation>
    </message>
    <message>
        <source>月度统计分析…</source>
        <translation>Analysis…</translation>
    </message>
    <message>
        <source>打印分析…</source>
        <translation>Print analysis…</translation>
    </message>
    <message>
        <source>导出登记表…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>只看超期未回访</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>输入回访编号、单号、房号、受访人，即时筛选</source>
        <translation>Type a visit no., record no., room or interviewee to filter</translation>
    </message>
    <message>
        <source>签收表</source>
        <translation>Sign-out sheet</translation>
    </message>
    <message>
        <source>交回表单…</source>
        <translation>Return forms…</translation>
    </message>
    <message>
        <source>满意度调查</source>
        <translation>Satisfaction surveys</translation>
    </message>
    <message>
        <source>新建调查计划…</source>
        <translation>New survey…</translation>
    </message>
    <message>
        <source>发放问卷…</source>
        <translation>Issue forms…</translation>
    </message>
    <message>
        <source>问卷快速录入…</source>
        <translation>Fast entry…</translation>
    </message>
    <message>
        <source>结束回收</source>
        <translation>Close collection</translation>
    </message>
    <message>
        <source>意见转回访</source>
        <translation>Opinions to visits</translation>
    </message>
    <message>
        <source>改进措施…</source>
        <translation>Improvement…</translation>
    </message>
    <message>
        <source>措施完成…</source>
        <translation>Action done…</translation>
    </message>
    <message>
        <source>调查报告…</source>
        <translation>Survey report…</translation>
    </message>
    <message>
        <source>打印报告…</source>
        <translation>Print report…</translation>
    </message>
</context>
</TS>

"""Enumerated values: the one place where a value kept as data gets its shown text.

A vocabulary maps the **code** stored in the database (ASCII, never shown) to its Chinese label,
marked `QT_TRANSLATE_NOOP("Values", ...)` so lupdate collects it; `label(name, code)` gives the
text in the interface's language at the moment it is shown (screens, registers, printed forms):

    PLEDGE = define("key.pledge_type", {"id_card": QT_TRANSLATE_NOOP("Values", "身份证"), ...})
    label("key.pledge_type", "id_card")      # "身份证", or "ID card" in the English interface
    code("key.pledge_type", "身份证")         # "id_card" (accepts a code, a Chinese or shown label)

Lists and registers name the vocabulary on the column (`Column(..., values="key.pledge_type")`,
`Col(..., values=...)`) and the table model / register engine translate each cell.

Vocabularies whose values are still stored as their Chinese label (not yet converted to codes)
are declared with `labels(name, (...))`: `label()` translates them all the same, so a later
conversion (an Alembic data migration turning labels into codes) changes no screen. Each names the
`table.column`s that store it (`columns=`): the English walk test treats every other text in the
database as user data, and a conversion knows what to rewrite. Combo boxes are filled with
app/widgets/value_combo.py. A module whose code -> label dict is already marked in its own
context registers it where it is declared (`vocab.define("repairs.status", STATUS_LABELS, "Repairs")`).

No Qt here (services and reports use it); the translation comes through `app.texts.translate`.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.texts import QT_TRANSLATE_NOOP, translate

CONTEXT = "Values"


@dataclass(frozen=True)
class Vocabulary:
    name: str
    labels: dict[str, str]          # code -> Chinese source label
    context: str = CONTEXT          # the translation context the labels are marked in
    columns: tuple[str, ...] = ()   # "table.column" where the values are stored

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self.labels)

    def label(self, value: str | None) -> str:
        if value is None or value == "":
            return ""
        if not isinstance(value, str):
            return value
        return translate(self.context, self.labels.get(value, value))

    def code(self, text: str | None) -> str | None:
        """The code for `text`: a code, its Chinese label or its shown (translated) label."""
        if text is None:
            return None
        text = text.strip()
        if text in self.labels:
            return text
        for code, source in self.labels.items():
            if text == source or text == translate(self.context, source):
                return code
        return None

    def choices(self) -> list[tuple[str, str]]:
        """(shown label, code) pairs in declaration order, for combo boxes."""
        return [(self.label(c), c) for c in self.labels]


_REGISTRY: dict[str, Vocabulary] = {}


def define(name: str, labels: dict[str, str], context: str = CONTEXT, columns: tuple[str, ...] = ()) -> Vocabulary:
    """A vocabulary stored as codes. A service module whose code -> label dict is already marked
    in its own context registers it as it is: `define("repairs.status", STATUS_LABELS, "Repairs")`."""
    vocab = Vocabulary(name, dict(labels), context, tuple(columns))
    _REGISTRY[name] = vocab
    return vocab


def labels(name: str, stored: tuple[str, ...], context: str = CONTEXT, columns: tuple[str, ...] = ()) -> Vocabulary:
    """A vocabulary still stored as its Chinese labels (code == label)."""
    return define(name, {s: s for s in stored}, context, columns)


def get(name: str) -> Vocabulary:
    return _REGISTRY[name]


def label(name: str, value: str | None) -> str:
    """The shown text of `value` of vocabulary `name` in the current language. Unknown names and
    values are translated as they are (a Chinese label kept as data still finds its English)."""
    vocab = _REGISTRY.get(name)
    if vocab is not None:
        return vocab.label(value)
    if not isinstance(value, str):
        return "" if value is None else value
    return translate(CONTEXT, value)


def code(name: str, text: str | None) -> str | None:
    return _REGISTRY[name].code(text)


LIST_SEPARATOR = QT_TRANSLATE_NOOP("Values", "、")


def join(items) -> str:
    """Names listed the way the language lists them: "张三、李四" / "张三, 李四"."""
    return translate(CONTEXT, LIST_SEPARATOR).join(items)


def names() -> list[str]:
    return sorted(_REGISTRY)


def stored_columns() -> set[str]:
    """Every "table.column" that holds vocabulary values (not user-typed text)."""
    return {c for v in _REGISTRY.values() for c in v.columns}


# --- Words the services write into lists and registers (yes/no, totals...) ----------------------
WORDS = labels("common.words", (
    QT_TRANSLATE_NOOP("Values", "是"), QT_TRANSLATE_NOOP("Values", "否"), QT_TRANSLATE_NOOP("Values", "合计"),
    QT_TRANSLATE_NOOP("Values", "收费"), QT_TRANSLATE_NOOP("Values", "免费"), QT_TRANSLATE_NOOP("Values", "已验收"),
    QT_TRANSLATE_NOOP("Values", "维修成本"), QT_TRANSLATE_NOOP("Values", "市场价"), QT_TRANSLATE_NOOP("Values", "全部"),
    QT_TRANSLATE_NOOP("Values", "无"), QT_TRANSLATE_NOOP("Values", "元"), QT_TRANSLATE_NOOP("Values", "分")))
VISIT_METHOD = define("common.visit_method", {
    "on_site": QT_TRANSLATE_NOOP("Values", "上门"), "phone": QT_TRANSLATE_NOOP("Values", "电话"),
    "meeting": QT_TRANSLATE_NOOP("Values", "座谈"), "other": QT_TRANSLATE_NOOP("Values", "其他")},
    columns=("return_visit.method", "complaint.visit_method",))

# --- Keys -------------------------------------------------------------------------------------
PLEDGE_TYPE = define("key.pledge_type", {
    "id_card": QT_TRANSLATE_NOOP("Values", "身份证"), "student": QT_TRANSLATE_NOOP("Values", "学生证"),
    "campus": QT_TRANSLATE_NOOP("Values", "一卡通"), "other": QT_TRANSLATE_NOOP("Values", "其他")}, columns=("spare_key_loan.pledged_id_type",))
KEY_LOAN_STATUS = define("key.loan_status", {
    "open": QT_TRANSLATE_NOOP("Values", "借出中"), "overdue": QT_TRANSLATE_NOOP("Values", "逾期未还"),
    "returned": QT_TRANSLATE_NOOP("Values", "已归还"), "returned_late": QT_TRANSLATE_NOOP("Values", "逾期归还")})
KEY_OWNER_LOAN_STATUS = define("key.owner_loan_status", {
    "lent": QT_TRANSLATE_NOOP("Values", "借出中"), "overdue": QT_TRANSLATE_NOOP("Values", "逾期未还"),
    "returned": QT_TRANSLATE_NOOP("Values", "已归还"),
    "returned_with_damage": QT_TRANSLATE_NOOP("Values", "归还有损坏")})
KEY_LOSS_STATUS = define("key.loss_status", {
    "reported": QT_TRANSLATE_NOOP("Values", "已挂失"), "paid": QT_TRANSLATE_NOOP("Values", "已缴费"),
    "done": QT_TRANSLATE_NOOP("Values", "已完成"), "cancelled": QT_TRANSLATE_NOOP("Values", "已撤销")})
KEY_STATUS = define("key.status", {
    "in_stock": QT_TRANSLATE_NOOP("Values", "在库"), "issued": QT_TRANSLATE_NOOP("Values", "已发放"),
    "on_loan": QT_TRANSLATE_NOOP("Values", "借出"), "returned": QT_TRANSLATE_NOOP("Values", "已交回"),
    "lost": QT_TRANSLATE_NOOP("Values", "遗失"), "damaged": QT_TRANSLATE_NOOP("Values", "损坏"),
    "void": QT_TRANSLATE_NOOP("Values", "作废")})
KEY_KIND = define("key.kind", {
    "student": QT_TRANSLATE_NOOP("Values", "学生钥匙"), "spare": QT_TRANSLATE_NOOP("Values", "备用钥匙")})
KEY_LOSS_ACTION = labels("key.loss_action", (
    QT_TRANSLATE_NOOP("Values", "补配钥匙"), QT_TRANSLATE_NOOP("Values", "更换锁芯"),
    QT_TRANSLATE_NOOP("Values", "更换门锁")), columns=("key_loss.action",))
KEY_LOSS_REASON = labels("key.loss_reason", (
    QT_TRANSLATE_NOOP("Values", "丢失"), QT_TRANSLATE_NOOP("Values", "损坏"), QT_TRANSLATE_NOOP("Values", "自然损坏")), columns=("key_loss.reason",))
KEY_LEAVE_TYPE = define("key.leave_type", {
    "graduate": QT_TRANSLATE_NOOP("Values", "毕业"), "dropout": QT_TRANSLATE_NOOP("Values", "退学"),
    "transfer": QT_TRANSLATE_NOOP("Values", "调换宿舍"), "other": QT_TRANSLATE_NOOP("Values", "其他")},
    columns=("key_return.leave_type",))
KEY_BORROWER_TYPE = define("key.borrower_type", {
    "property": QT_TRANSLATE_NOOP("Values", "物业部人员"), "sales": QT_TRANSLATE_NOOP("Values", "销售人员"),
    "project": QT_TRANSLATE_NOOP("Values", "项目部人员"), "builder": QT_TRANSLATE_NOOP("Values", "施工单位")},
    columns=("owner_key_loan.borrower_type",))
KEY_TYPE = labels("key.type", (
    QT_TRANSLATE_NOOP("Values", "房门"), QT_TRANSLATE_NOOP("Values", "壁橱"), QT_TRANSLATE_NOOP("Values", "抽屉"),
    QT_TRANSLATE_NOOP("Values", "阳台"), QT_TRANSLATE_NOOP("Values", "信箱"), QT_TRANSLATE_NOOP("Values", "其他")), columns=("key_type.name",))
KEY_MOVEMENT = labels("key.movement", (
    QT_TRANSLATE_NOOP("Values", "入库"), QT_TRANSLATE_NOOP("Values", "发放"), QT_TRANSLATE_NOOP("Values", "借出"),
    QT_TRANSLATE_NOOP("Values", "归还"), QT_TRANSLATE_NOOP("Values", "交回"), QT_TRANSLATE_NOOP("Values", "遗失"),
    QT_TRANSLATE_NOOP("Values", "损坏"), QT_TRANSLATE_NOOP("Values", "作废"), QT_TRANSLATE_NOOP("Values", "撤销挂失")), columns=("key_movement.kind",))

# --- Residents --------------------------------------------------------------------------------
GENDER = labels("residents.gender", (
    QT_TRANSLATE_NOOP("Values", "男"), QT_TRANSLATE_NOOP("Values", "女"), QT_TRANSLATE_NOOP("Values", "混合")), columns=("building.gender", "student.gender",))
ROOM_STATUS = labels("residents.room_status", (
    QT_TRANSLATE_NOOP("Values", "正常"), QT_TRANSLATE_NOOP("Values", "维修中"), QT_TRANSLATE_NOOP("Values", "停用")), columns=("room.status",))
STUDENT_STATUS = labels("residents.student_status", (
    QT_TRANSLATE_NOOP("Values", "在住"), QT_TRANSLATE_NOOP("Values", "已退宿"), QT_TRANSLATE_NOOP("Values", "休学"),
    QT_TRANSLATE_NOOP("Values", "毕业")), columns=("student.status",))
MOVE_KIND = labels("residents.move_kind", (
    QT_TRANSLATE_NOOP("Values", "入住"), QT_TRANSLATE_NOOP("Values", "调宿"), QT_TRANSLATE_NOOP("Values", "退宿")), columns=("student_move.kind",))
IMPORT_BATCH_STATUS = define("residents.batch_status", {
    "imported": QT_TRANSLATE_NOOP("Values", "已导入"), "undone": QT_TRANSLATE_NOOP("Values", "已撤销")},
    columns=("import_batch.status",))
STAFF_CATEGORY = labels("residents.staff_category", (
    QT_TRANSLATE_NOOP("Values", "宿管员"), QT_TRANSLATE_NOOP("Values", "维修工"), QT_TRANSLATE_NOOP("Values", "保安"),
    QT_TRANSLATE_NOOP("Values", "客服"), QT_TRANSLATE_NOOP("Values", "保洁"), QT_TRANSLATE_NOOP("Values", "其他")), columns=("staff.category",))

# --- Repairs ----------------------------------------------------------------------------------
REPAIR_CATEGORY = labels("repairs.category", (
    QT_TRANSLATE_NOOP("Values", "水"), QT_TRANSLATE_NOOP("Values", "电"), QT_TRANSLATE_NOOP("Values", "门窗"),
    QT_TRANSLATE_NOOP("Values", "门锁"), QT_TRANSLATE_NOOP("Values", "家具"), QT_TRANSLATE_NOOP("Values", "网络"),
    QT_TRANSLATE_NOOP("Values", "空调"), QT_TRANSLATE_NOOP("Values", "其他")), columns=("repair_slip.category", "asset_price.category",))
REPAIR_URGENCY = labels("repairs.urgency", (
    QT_TRANSLATE_NOOP("Values", "紧急"), QT_TRANSLATE_NOOP("Values", "一般"), QT_TRANSLATE_NOOP("Values", "计划")), columns=("repair_slip.urgency",))
REPAIR_CHANNEL = labels("repairs.channel", (
    QT_TRANSLATE_NOOP("Values", "值班室登记"), QT_TRANSLATE_NOOP("Values", "电话"), QT_TRANSLATE_NOOP("Values", "报修箱"),
    QT_TRANSLATE_NOOP("Values", "巡查发现"), QT_TRANSLATE_NOOP("Values", "其他")), columns=("repair_slip.report_channel",))
REPAIR_CAUSE = labels("repairs.cause", (
    QT_TRANSLATE_NOOP("Values", "正常损耗"), QT_TRANSLATE_NOOP("Values", "使用不当"), QT_TRANSLATE_NOOP("Values", "人为故意"),
    QT_TRANSLATE_NOOP("Values", "原因不明")), columns=("repair_slip.damage_cause", "damage_notice.damage_cause",))
# codes of at most 4 letters: the rating columns are String(4) (return_visit, repair_slip, complaint)
RATING = define("common.rating", {
    "good": QT_TRANSLATE_NOOP("Values", "满意"), "fair": QT_TRANSLATE_NOOP("Values", "较满意"),
    "bad": QT_TRANSLATE_NOOP("Values", "不满意")},
    columns=("repair_slip.satisfaction", "return_visit.satisfaction", "return_visit.quality_rating",
             "return_visit.effect_rating", "complaint.satisfaction",))
DAMAGE_NOTICE_STATUS = labels("repairs.notice_status", (
    QT_TRANSLATE_NOOP("Values", "待缴"), QT_TRANSLATE_NOOP("Values", "已缴")), columns=("damage_notice.status",))

# --- Front desk -------------------------------------------------------------------------------
CHANNEL = labels("frontdesk.channel", (
    QT_TRANSLATE_NOOP("Values", "来访"), QT_TRANSLATE_NOOP("Values", "来电"), QT_TRANSLATE_NOOP("Values", "来函"),
    QT_TRANSLATE_NOOP("Values", "上级转办"), QT_TRANSLATE_NOOP("Values", "其他")), columns=("consultation.channel", "complaint.channel",))
CONSULT_TYPE = labels("frontdesk.entry_type", (
    QT_TRANSLATE_NOOP("Values", "咨询"), QT_TRANSLATE_NOOP("Values", "建议"), QT_TRANSLATE_NOOP("Values", "求助"),
    QT_TRANSLATE_NOOP("Values", "报修"), QT_TRANSLATE_NOOP("Values", "投诉"), QT_TRANSLATE_NOOP("Values", "其他")), columns=("consultation.entry_type",))
ANSWER_MODE = labels("frontdesk.answer_mode", (
    QT_TRANSLATE_NOOP("Values", "即时答复"), QT_TRANSLATE_NOOP("Values", "约定答复"), QT_TRANSLATE_NOOP("Values", "转部门"),
    QT_TRANSLATE_NOOP("Values", "上报")), columns=("consultation.answer_mode",))
COMPLAINT_CATEGORY = labels("frontdesk.complaint_category", (
    QT_TRANSLATE_NOOP("Values", "服务态度"), QT_TRANSLATE_NOOP("Values", "收费"), QT_TRANSLATE_NOOP("Values", "治安"),
    QT_TRANSLATE_NOOP("Values", "水电"), QT_TRANSLATE_NOOP("Values", "清洁"), QT_TRANSLATE_NOOP("Values", "设备维修"),
    QT_TRANSLATE_NOOP("Values", "其他")), columns=("complaint.category",))
VALIDITY = labels("frontdesk.validity", (QT_TRANSLATE_NOOP("Values", "有效"), QT_TRANSLATE_NOOP("Values", "无效")), columns=("complaint.validity",))
SEVERITY = labels("frontdesk.severity", (
    QT_TRANSLATE_NOOP("Values", "重大"), QT_TRANSLATE_NOOP("Values", "重要"), QT_TRANSLATE_NOOP("Values", "一般")), columns=("complaint.severity",))
DEPARTMENT = labels("frontdesk.department", (
    QT_TRANSLATE_NOOP("Values", "宿管"), QT_TRANSLATE_NOOP("Values", "维修"), QT_TRANSLATE_NOOP("Values", "保安"),
    QT_TRANSLATE_NOOP("Values", "保洁"), QT_TRANSLATE_NOOP("Values", "财务"), QT_TRANSLATE_NOOP("Values", "客服"),
    QT_TRANSLATE_NOOP("Values", "其他")), columns=("consultation.referred_dept", "complaint.responsible_dept",))
MAIL_TYPE = labels("frontdesk.mail_type", (
    QT_TRANSLATE_NOOP("Values", "挂号信"), QT_TRANSLATE_NOOP("Values", "包裹"), QT_TRANSLATE_NOOP("Values", "包裹单"),
    QT_TRANSLATE_NOOP("Values", "汇款单"), QT_TRANSLATE_NOOP("Values", "快递"), QT_TRANSLATE_NOOP("Values", "特快专递"),
    QT_TRANSLATE_NOOP("Values", "平信"), QT_TRANSLATE_NOOP("Values", "报刊"), QT_TRANSLATE_NOOP("Values", "印刷品"),
    QT_TRANSLATE_NOOP("Values", "其他")), columns=("mail_item.mail_type",))
NOTIFY_METHOD = labels("frontdesk.notify_method", (
    QT_TRANSLATE_NOOP("Values", "公告板"), QT_TRANSLATE_NOOP("Values", "电话"), QT_TRANSLATE_NOOP("Values", "短信"),
    QT_TRANSLATE_NOOP("Values", "信箱通知单"), QT_TRANSLATE_NOOP("Values", "上门")), columns=("mail_item.notified_by",))
RETURN_REASON = labels("frontdesk.return_reason", (
    QT_TRANSLATE_NOOP("Values", "查无此人"), QT_TRANSLATE_NOOP("Values", "已迁出"), QT_TRANSLATE_NOOP("Values", "地址不详"),
    QT_TRANSLATE_NOOP("Values", "拒收"), QT_TRANSLATE_NOOP("Values", "超期未领")), columns=("mail_item.return_reason",))
RETURN_TO = labels("frontdesk.return_to", (QT_TRANSLATE_NOOP("Values", "邮局"), QT_TRANSLATE_NOOP("Values", "快递")), columns=("mail_item.returned_to",))
SHIPPING_METHOD = labels("frontdesk.shipping_method", (
    QT_TRANSLATE_NOOP("Values", "平邮"), QT_TRANSLATE_NOOP("Values", "挂号"), QT_TRANSLATE_NOOP("Values", "EMS"),
    QT_TRANSLATE_NOOP("Values", "快递"), QT_TRANSLATE_NOOP("Values", "其他")), columns=("outgoing_mail.shipping_method",))

# --- Release and move-out ---------------------------------------------------------------------
PARTY_KIND = labels("release.party_kind", (
    QT_TRANSLATE_NOOP("Values", "租户"), QT_TRANSLATE_NOOP("Values", "业主"), QT_TRANSLATE_NOOP("Values", "单位")), columns=("release_party.kind",))
APPLICANT_ROLE = labels("release.applicant_role", (
    QT_TRANSLATE_NOOP("Values", "业主"), QT_TRANSLATE_NOOP("Values", "租户"), QT_TRANSLATE_NOOP("Values", "受托人"),
    QT_TRANSLATE_NOOP("Values", "装修单位"), QT_TRANSLATE_NOOP("Values", "学生"), QT_TRANSLATE_NOOP("Values", "其他")), columns=("release_slip.applicant_role",))
ID_TYPE = labels("release.id_type", (
    QT_TRANSLATE_NOOP("Values", "身份证"), QT_TRANSLATE_NOOP("Values", "学生证"), QT_TRANSLATE_NOOP("Values", "护照"),
    QT_TRANSLATE_NOOP("Values", "港澳通行证"), QT_TRANSLATE_NOOP("Values", "其他")), columns=("release_slip.handler_id_type",))
ENDORSE_METHOD = labels("release.endorse_method", (
    QT_TRANSLATE_NOOP("Values", "单位盖章"), QT_TRANSLATE_NOOP("Values", "到场签字"), QT_TRANSLATE_NOOP("Values", "书面同意"),
    QT_TRANSLATE_NOOP("Values", "电话确认"), QT_TRANSLATE_NOOP("Values", "学生本人")), columns=("release_slip.endorse_method",))
SLIP_REASON = labels("release.reason", (
    QT_TRANSLATE_NOOP("Values", "迁出"), QT_TRANSLATE_NOOP("Values", "维修"), QT_TRANSLATE_NOOP("Values", "调拨"),
    QT_TRANSLATE_NOOP("Values", "处置"), QT_TRANSLATE_NOOP("Values", "其他")), columns=("release_slip.reason",))
INSPECTION_RESULT = labels("release.inspection_result", (
    QT_TRANSLATE_NOOP("Values", "合格"), QT_TRANSLATE_NOOP("Values", "不合格"), QT_TRANSLATE_NOOP("Values", "未检")), columns=("move_out_inspection.result",))

# --- Assessments ------------------------------------------------------------------------------
# codes of at most 8 letters: assessment_item.category, assessment_incident.item_category and
# assessment_incident.appeal_status are String(8)
ASSESSMENT_CATEGORY = define("assessments.category", {
    "dress": QT_TRANSLATE_NOOP("Values", "仪表"), "duty": QT_TRANSLATE_NOOP("Values", "值班"),
    "access": QT_TRANSLATE_NOOP("Values", "门禁"), "hours": QT_TRANSLATE_NOOP("Values", "作息"),
    "patrol": QT_TRANSLATE_NOOP("Values", "巡查"), "safety": QT_TRANSLATE_NOOP("Values", "安全"),
    "hygiene": QT_TRANSLATE_NOOP("Values", "卫生"), "utility": QT_TRANSLATE_NOOP("Values", "水电"),
    "other": QT_TRANSLATE_NOOP("Values", "其他")},
    columns=("assessment_item.category", "assessment_incident.item_category",))
APPEAL_STATUS = define("assessments.appeal", {
    "none": QT_TRANSLATE_NOOP("Values", "无"), "pending": QT_TRANSLATE_NOOP("Values", "申诉中"),
    "upheld": QT_TRANSLATE_NOOP("Values", "维持"), "revoked": QT_TRANSLATE_NOOP("Values", "撤销"),
    "adjusted": QT_TRANSLATE_NOOP("Values", "调整")}, columns=("assessment_incident.appeal_status",))

# --- Handover ---------------------------------------------------------------------------------
HANDOVER_STATUS = define("handover.status", {
    "waiting": QT_TRANSLATE_NOOP("Values", "待接班"), "taken": QT_TRANSLATE_NOOP("Values", "已接班")},
    columns=("handover.status",))

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
KEY_LOSS_ACTION = define("key.loss_action", {
    "recut": QT_TRANSLATE_NOOP("Values", "补配钥匙"), "cylinder": QT_TRANSLATE_NOOP("Values", "更换锁芯"),
    "lock": QT_TRANSLATE_NOOP("Values", "更换门锁")}, columns=("key_loss.action", "key_price.code"))
KEY_LOSS_REASON = define("key.loss_reason", {
    "lost": QT_TRANSLATE_NOOP("Values", "丢失"), "damaged": QT_TRANSLATE_NOOP("Values", "损坏"),
    "worn": QT_TRANSLATE_NOOP("Values", "自然损坏")}, columns=("key_loss.reason",))
KEY_LEAVE_TYPE = define("key.leave_type", {
    "graduate": QT_TRANSLATE_NOOP("Values", "毕业"), "dropout": QT_TRANSLATE_NOOP("Values", "退学"),
    "transfer": QT_TRANSLATE_NOOP("Values", "调换宿舍"), "other": QT_TRANSLATE_NOOP("Values", "其他")},
    columns=("key_return.leave_type",))
KEY_BORROWER_TYPE = define("key.borrower_type", {
    "property": QT_TRANSLATE_NOOP("Values", "物业部人员"), "sales": QT_TRANSLATE_NOOP("Values", "销售人员"),
    "project": QT_TRANSLATE_NOOP("Values", "项目部人员"), "builder": QT_TRANSLATE_NOOP("Values", "施工单位")},
    columns=("owner_key_loan.borrower_type",))
# Key types are a fixed, seeded list (the office sets each one's quantity and price, never adds or
# renames one): key_type.name holds the code.
KEY_TYPE = define("key.type", {
    "door": QT_TRANSLATE_NOOP("Values", "房门"), "closet": QT_TRANSLATE_NOOP("Values", "壁橱"),
    "drawer": QT_TRANSLATE_NOOP("Values", "抽屉"), "balcony": QT_TRANSLATE_NOOP("Values", "阳台"),
    "mailbox": QT_TRANSLATE_NOOP("Values", "信箱"), "other": QT_TRANSLATE_NOOP("Values", "其他")},
    columns=("key_type.name",))
KEY_MOVEMENT = define("key.movement", {
    "stock_in": QT_TRANSLATE_NOOP("Values", "入库"), "issue": QT_TRANSLATE_NOOP("Values", "发放"),
    "lend": QT_TRANSLATE_NOOP("Values", "借出"), "back": QT_TRANSLATE_NOOP("Values", "归还"),
    "return": QT_TRANSLATE_NOOP("Values", "交回"), "lost": QT_TRANSLATE_NOOP("Values", "遗失"),
    "damaged": QT_TRANSLATE_NOOP("Values", "损坏"), "void": QT_TRANSLATE_NOOP("Values", "作废"),
    "found": QT_TRANSLATE_NOOP("Values", "撤销挂失")}, columns=("key_movement.kind",))

# --- Residents --------------------------------------------------------------------------------
# "m"/"f" as app/services/gate_visitors.py GENDERS (visitor_log.gender), so the gate compares them as
# they are; "mix" fits building.gender String(4)
GENDER = define("residents.gender", {
    "m": QT_TRANSLATE_NOOP("Values", "男"), "f": QT_TRANSLATE_NOOP("Values", "女"),
    "mix": QT_TRANSLATE_NOOP("Values", "混合")}, columns=("building.gender",))
# a student is male or female (student.gender is String(2)); a building may also be mixed
STUDENT_GENDER = define("residents.student_gender", {
    "m": QT_TRANSLATE_NOOP("Values", "男"), "f": QT_TRANSLATE_NOOP("Values", "女")}, columns=("student.gender",))
ROOM_STATUS = define("residents.room_status", {
    "normal": QT_TRANSLATE_NOOP("Values", "正常"), "repair": QT_TRANSLATE_NOOP("Values", "维修中"),
    "closed": QT_TRANSLATE_NOOP("Values", "停用")}, columns=("room.status",))
# codes of at most 8 letters: student.status is String(8)
STUDENT_STATUS = define("residents.student_status", {
    "resident": QT_TRANSLATE_NOOP("Values", "在住"), "left": QT_TRANSLATE_NOOP("Values", "已退宿"),
    "on_leave": QT_TRANSLATE_NOOP("Values", "休学"), "graduate": QT_TRANSLATE_NOOP("Values", "毕业")},
    columns=("student.status",))
# codes of at most 8 letters: student_move.kind is String(8)
MOVE_KIND = define("residents.move_kind", {
    "move_in": QT_TRANSLATE_NOOP("Values", "入住"), "transfer": QT_TRANSLATE_NOOP("Values", "调宿"),
    "move_out": QT_TRANSLATE_NOOP("Values", "退宿")}, columns=("student_move.kind",))
IMPORT_BATCH_STATUS = define("residents.batch_status", {
    "imported": QT_TRANSLATE_NOOP("Values", "已导入"), "undone": QT_TRANSLATE_NOOP("Values", "已撤销")},
    columns=("import_batch.status",))
# also the category an assessment item assesses (assessment_item.applies_to, NULL: the wardens)
STAFF_CATEGORY = define("residents.staff_category", {
    "warden": QT_TRANSLATE_NOOP("Values", "宿管员"), "repairer": QT_TRANSLATE_NOOP("Values", "维修工"),
    "guard": QT_TRANSLATE_NOOP("Values", "保安"), "service": QT_TRANSLATE_NOOP("Values", "客服"),
    "cleaner": QT_TRANSLATE_NOOP("Values", "保洁"), "other": QT_TRANSLATE_NOOP("Values", "其他")},
    columns=("staff.category", "assessment_item.applies_to",))

# --- Repairs ----------------------------------------------------------------------------------
# Codes fit the columns as they are (repair_slip.urgency is String(4); category and damage_cause
# String(8)): widening would rebuild repair_slip on SQLite, whose DROP cascades to its history.
REPAIR_CATEGORY = define("repairs.category", {
    "water": QT_TRANSLATE_NOOP("Values", "水"), "electric": QT_TRANSLATE_NOOP("Values", "电"),
    "doors": QT_TRANSLATE_NOOP("Values", "门窗"), "lock": QT_TRANSLATE_NOOP("Values", "门锁"),
    "furnish": QT_TRANSLATE_NOOP("Values", "家具"), "network": QT_TRANSLATE_NOOP("Values", "网络"),
    "aircon": QT_TRANSLATE_NOOP("Values", "空调"), "other": QT_TRANSLATE_NOOP("Values", "其他")},
    columns=("repair_slip.category", "asset_price.category",))
REPAIR_URGENCY = define("repairs.urgency", {
    "high": QT_TRANSLATE_NOOP("Values", "紧急"), "norm": QT_TRANSLATE_NOOP("Values", "一般"),
    "plan": QT_TRANSLATE_NOOP("Values", "计划")}, columns=("repair_slip.urgency",))
REPAIR_CHANNEL = define("repairs.channel", {
    "duty_room": QT_TRANSLATE_NOOP("Values", "值班室登记"), "phone": QT_TRANSLATE_NOOP("Values", "电话"),
    "drop_box": QT_TRANSLATE_NOOP("Values", "报修箱"), "patrol": QT_TRANSLATE_NOOP("Values", "巡查发现"),
    "other": QT_TRANSLATE_NOOP("Values", "其他")}, columns=("repair_slip.report_channel",))
REPAIR_CAUSE = define("repairs.cause", {
    "wear": QT_TRANSLATE_NOOP("Values", "正常损耗"), "misuse": QT_TRANSLATE_NOOP("Values", "使用不当"),
    "wilful": QT_TRANSLATE_NOOP("Values", "人为故意"), "unknown": QT_TRANSLATE_NOOP("Values", "原因不明")},
    columns=("repair_slip.damage_cause", "damage_notice.damage_cause",))
# codes of at most 4 letters: the rating columns are String(4) (return_visit, repair_slip, complaint)
RATING = define("common.rating", {
    "good": QT_TRANSLATE_NOOP("Values", "满意"), "fair": QT_TRANSLATE_NOOP("Values", "较满意"),
    "bad": QT_TRANSLATE_NOOP("Values", "不满意")},
    columns=("repair_slip.satisfaction", "return_visit.satisfaction", "return_visit.quality_rating",
             "return_visit.effect_rating", "complaint.satisfaction",))
DAMAGE_NOTICE_STATUS = define("repairs.notice_status", {
    "unpaid": QT_TRANSLATE_NOOP("Values", "待缴"), "paid": QT_TRANSLATE_NOOP("Values", "已缴"),
    "void": QT_TRANSLATE_NOOP("Values", "作废")}, columns=("damage_notice.status",))

# --- Front desk -------------------------------------------------------------------------------
# codes fit their columns: channel and complaint.category are String(8); entry_type, answer_mode,
# validity and severity were widened to String(16) by 0019_codes_complaints
CHANNEL = define("frontdesk.channel", {
    "visit": QT_TRANSLATE_NOOP("Values", "来访"), "phone": QT_TRANSLATE_NOOP("Values", "来电"),
    "letter": QT_TRANSLATE_NOOP("Values", "来函"), "referred": QT_TRANSLATE_NOOP("Values", "上级转办"),
    "other": QT_TRANSLATE_NOOP("Values", "其他")}, columns=("consultation.channel", "complaint.channel",))
CONSULT_TYPE = define("frontdesk.entry_type", {
    "enquiry": QT_TRANSLATE_NOOP("Values", "咨询"), "suggestion": QT_TRANSLATE_NOOP("Values", "建议"),
    "help": QT_TRANSLATE_NOOP("Values", "求助"), "repair": QT_TRANSLATE_NOOP("Values", "报修"),
    "complaint": QT_TRANSLATE_NOOP("Values", "投诉"), "other": QT_TRANSLATE_NOOP("Values", "其他")},
    columns=("consultation.entry_type",))
ANSWER_MODE = define("frontdesk.answer_mode", {
    "immediate": QT_TRANSLATE_NOOP("Values", "即时答复"), "promised": QT_TRANSLATE_NOOP("Values", "约定答复"),
    "referred": QT_TRANSLATE_NOOP("Values", "转部门"), "escalated": QT_TRANSLATE_NOOP("Values", "上报")},
    columns=("consultation.answer_mode",))
COMPLAINT_CATEGORY = define("frontdesk.complaint_category", {
    "attitude": QT_TRANSLATE_NOOP("Values", "服务态度"), "charges": QT_TRANSLATE_NOOP("Values", "收费"),
    "security": QT_TRANSLATE_NOOP("Values", "治安"), "utility": QT_TRANSLATE_NOOP("Values", "水电"),
    "cleaning": QT_TRANSLATE_NOOP("Values", "清洁"), "repair": QT_TRANSLATE_NOOP("Values", "设备维修"),
    "other": QT_TRANSLATE_NOOP("Values", "其他")}, columns=("complaint.category",))
VALIDITY = define("frontdesk.validity", {
    "valid": QT_TRANSLATE_NOOP("Values", "有效"), "invalid": QT_TRANSLATE_NOOP("Values", "无效")},
    columns=("complaint.validity",))
SEVERITY = define("frontdesk.severity", {
    "major": QT_TRANSLATE_NOOP("Values", "重大"), "important": QT_TRANSLATE_NOOP("Values", "重要"),
    "normal": QT_TRANSLATE_NOOP("Values", "一般")}, columns=("complaint.severity",))
# 前台 is a department of the survey improvement actions only (not offered for complaints/consultations)
DEPARTMENT = define("frontdesk.department", {
    "dorm_office": QT_TRANSLATE_NOOP("Values", "宿管"), "repair": QT_TRANSLATE_NOOP("Values", "维修"),
    "security": QT_TRANSLATE_NOOP("Values", "保安"), "cleaning": QT_TRANSLATE_NOOP("Values", "保洁"),
    "finance": QT_TRANSLATE_NOOP("Values", "财务"), "service": QT_TRANSLATE_NOOP("Values", "客服"),
    "front_desk": QT_TRANSLATE_NOOP("Values", "前台"), "other": QT_TRANSLATE_NOOP("Values", "其他")},
    columns=("consultation.referred_dept", "complaint.responsible_dept", "survey_action.dept",))
MAIL_TYPE = define("frontdesk.mail_type", {
    "registered": QT_TRANSLATE_NOOP("Values", "挂号信"), "parcel": QT_TRANSLATE_NOOP("Values", "包裹"),
    "parcel_slip": QT_TRANSLATE_NOOP("Values", "包裹单"), "money_order": QT_TRANSLATE_NOOP("Values", "汇款单"),
    "courier": QT_TRANSLATE_NOOP("Values", "快递"), "ems": QT_TRANSLATE_NOOP("Values", "特快专递"),
    "letter": QT_TRANSLATE_NOOP("Values", "平信"), "periodical": QT_TRANSLATE_NOOP("Values", "报刊"),
    "printed": QT_TRANSLATE_NOOP("Values", "印刷品"), "other": QT_TRANSLATE_NOOP("Values", "其他")},
    columns=("mail_item.mail_type",))
NOTIFY_METHOD = define("frontdesk.notify_method", {
    "board": QT_TRANSLATE_NOOP("Values", "公告板"), "phone": QT_TRANSLATE_NOOP("Values", "电话"),
    "sms": QT_TRANSLATE_NOOP("Values", "短信"), "mailbox_slip": QT_TRANSLATE_NOOP("Values", "信箱通知单"),
    "in_person": QT_TRANSLATE_NOOP("Values", "上门")}, columns=("mail_item.notified_by",))
RETURN_REASON = define("frontdesk.return_reason", {
    "no_such_person": QT_TRANSLATE_NOOP("Values", "查无此人"), "moved_out": QT_TRANSLATE_NOOP("Values", "已迁出"),
    "bad_address": QT_TRANSLATE_NOOP("Values", "地址不详"), "refused": QT_TRANSLATE_NOOP("Values", "拒收"),
    "uncollected": QT_TRANSLATE_NOOP("Values", "超期未领")}, columns=("mail_item.return_reason",))
RETURN_TO = define("frontdesk.return_to", {
    "post_office": QT_TRANSLATE_NOOP("Values", "邮局"), "courier": QT_TRANSLATE_NOOP("Values", "快递")},
    columns=("mail_item.returned_to",))
SHIPPING_METHOD = define("frontdesk.shipping_method", {
    "surface": QT_TRANSLATE_NOOP("Values", "平邮"), "registered": QT_TRANSLATE_NOOP("Values", "挂号"),
    "ems": QT_TRANSLATE_NOOP("Values", "EMS"), "courier": QT_TRANSLATE_NOOP("Values", "快递"),
    "other": QT_TRANSLATE_NOOP("Values", "其他")}, columns=("outgoing_mail.shipping_method",))

# --- Release and move-out ---------------------------------------------------------------------
PARTY_KIND = define("release.party_kind", {
    "tenant": QT_TRANSLATE_NOOP("Values", "租户"), "owner": QT_TRANSLATE_NOOP("Values", "业主"),
    "company": QT_TRANSLATE_NOOP("Values", "单位")}, columns=("release_party.kind",))
APPLICANT_ROLE = define("release.applicant_role", {
    "owner": QT_TRANSLATE_NOOP("Values", "业主"), "tenant": QT_TRANSLATE_NOOP("Values", "租户"),
    "agent": QT_TRANSLATE_NOOP("Values", "受托人"), "builder": QT_TRANSLATE_NOOP("Values", "装修单位"),
    "student": QT_TRANSLATE_NOOP("Values", "学生"), "other": QT_TRANSLATE_NOOP("Values", "其他")},
    columns=("release_slip.applicant_role",))
ID_TYPE = define("release.id_type", {
    "id_card": QT_TRANSLATE_NOOP("Values", "身份证"), "student_card": QT_TRANSLATE_NOOP("Values", "学生证"),
    "passport": QT_TRANSLATE_NOOP("Values", "护照"), "hk_macao": QT_TRANSLATE_NOOP("Values", "港澳通行证"),
    "other": QT_TRANSLATE_NOOP("Values", "其他")}, columns=("release_slip.handler_id_type",))
ENDORSE_METHOD = define("release.endorse_method", {
    "stamp": QT_TRANSLATE_NOOP("Values", "单位盖章"), "signed": QT_TRANSLATE_NOOP("Values", "到场签字"),
    "written": QT_TRANSLATE_NOOP("Values", "书面同意"), "phone": QT_TRANSLATE_NOOP("Values", "电话确认"),
    "student": QT_TRANSLATE_NOOP("Values", "学生本人")}, columns=("release_slip.endorse_method",))
SLIP_REASON = define("release.reason", {
    "move_out": QT_TRANSLATE_NOOP("Values", "迁出"), "repair": QT_TRANSLATE_NOOP("Values", "维修"),
    "transfer": QT_TRANSLATE_NOOP("Values", "调拨"), "disposal": QT_TRANSLATE_NOOP("Values", "处置"),
    "other": QT_TRANSLATE_NOOP("Values", "其他")}, columns=("release_slip.reason",))
# also the values of move_out_inspection.checklist (JSON {item: result})
INSPECTION_RESULT = define("release.inspection_result", {
    "pass": QT_TRANSLATE_NOOP("Values", "合格"), "fail": QT_TRANSLATE_NOOP("Values", "不合格"),
    "not_done": QT_TRANSLATE_NOOP("Values", "未检")}, columns=("move_out_inspection.result",))

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

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
conversion (an Alembic data migration turning labels into codes) changes no screen.

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

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self.labels)

    def label(self, value: str | None) -> str:
        if value is None or value == "":
            return ""
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


def define(name: str, labels: dict[str, str], context: str = CONTEXT) -> Vocabulary:
    """A vocabulary stored as codes. A service module whose code -> label dict is already marked
    in its own context registers it as it is: `define("repairs.status", STATUS_LABELS, "Repairs")`."""
    vocab = Vocabulary(name, dict(labels), context)
    _REGISTRY[name] = vocab
    return vocab


def labels(name: str, stored: tuple[str, ...]) -> Vocabulary:
    """A vocabulary still stored as its Chinese labels (code == label)."""
    return define(name, {s: s for s in stored})


def get(name: str) -> Vocabulary:
    return _REGISTRY[name]


def label(name: str, value: str | None) -> str:
    """The shown text of `value` of vocabulary `name` in the current language. Unknown names and
    values are translated as they are (a Chinese label kept as data still finds its English)."""
    vocab = _REGISTRY.get(name)
    if vocab is not None:
        return vocab.label(value)
    return translate(CONTEXT, value) if value else ""


def code(name: str, text: str | None) -> str | None:
    return _REGISTRY[name].code(text)


def names() -> list[str]:
    return sorted(_REGISTRY)


# --- Keys -------------------------------------------------------------------------------------
PLEDGE_TYPE = define("key.pledge_type", {
    "id_card": QT_TRANSLATE_NOOP("Values", "身份证"), "student": QT_TRANSLATE_NOOP("Values", "学生证"),
    "campus": QT_TRANSLATE_NOOP("Values", "一卡通"), "other": QT_TRANSLATE_NOOP("Values", "其他")})
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
    QT_TRANSLATE_NOOP("Values", "更换门锁")))
KEY_LOSS_REASON = labels("key.loss_reason", (
    QT_TRANSLATE_NOOP("Values", "丢失"), QT_TRANSLATE_NOOP("Values", "损坏"), QT_TRANSLATE_NOOP("Values", "自然损坏")))
KEY_LEAVE_TYPE = labels("key.leave_type", (
    QT_TRANSLATE_NOOP("Values", "毕业"), QT_TRANSLATE_NOOP("Values", "退学"), QT_TRANSLATE_NOOP("Values", "调换宿舍"),
    QT_TRANSLATE_NOOP("Values", "其他")))
KEY_BORROWER_TYPE = labels("key.borrower_type", (
    QT_TRANSLATE_NOOP("Values", "物业部人员"), QT_TRANSLATE_NOOP("Values", "销售人员"),
    QT_TRANSLATE_NOOP("Values", "项目部人员"), QT_TRANSLATE_NOOP("Values", "施工单位")))
KEY_TYPE = labels("key.type", (
    QT_TRANSLATE_NOOP("Values", "房门"), QT_TRANSLATE_NOOP("Values", "壁橱"), QT_TRANSLATE_NOOP("Values", "抽屉"),
    QT_TRANSLATE_NOOP("Values", "阳台"), QT_TRANSLATE_NOOP("Values", "信箱"), QT_TRANSLATE_NOOP("Values", "其他")))
KEY_MOVEMENT = labels("key.movement", (
    QT_TRANSLATE_NOOP("Values", "入库"), QT_TRANSLATE_NOOP("Values", "发放"), QT_TRANSLATE_NOOP("Values", "借出"),
    QT_TRANSLATE_NOOP("Values", "归还"), QT_TRANSLATE_NOOP("Values", "交回"), QT_TRANSLATE_NOOP("Values", "遗失"),
    QT_TRANSLATE_NOOP("Values", "损坏"), QT_TRANSLATE_NOOP("Values", "作废"), QT_TRANSLATE_NOOP("Values", "撤销挂失")))

# --- Residents --------------------------------------------------------------------------------
GENDER = labels("residents.gender", (
    QT_TRANSLATE_NOOP("Values", "男"), QT_TRANSLATE_NOOP("Values", "女"), QT_TRANSLATE_NOOP("Values", "混合")))
ROOM_STATUS = labels("residents.room_status", (
    QT_TRANSLATE_NOOP("Values", "正常"), QT_TRANSLATE_NOOP("Values", "维修中"), QT_TRANSLATE_NOOP("Values", "停用")))
STUDENT_STATUS = labels("residents.student_status", (
    QT_TRANSLATE_NOOP("Values", "在住"), QT_TRANSLATE_NOOP("Values", "已退宿"), QT_TRANSLATE_NOOP("Values", "休学"),
    QT_TRANSLATE_NOOP("Values", "毕业")))
MOVE_KIND = labels("residents.move_kind", (
    QT_TRANSLATE_NOOP("Values", "入住"), QT_TRANSLATE_NOOP("Values", "调宿"), QT_TRANSLATE_NOOP("Values", "退宿")))
STAFF_CATEGORY = labels("residents.staff_category", (
    QT_TRANSLATE_NOOP("Values", "宿管员"), QT_TRANSLATE_NOOP("Values", "维修工"), QT_TRANSLATE_NOOP("Values", "保安"),
    QT_TRANSLATE_NOOP("Values", "客服"), QT_TRANSLATE_NOOP("Values", "保洁"), QT_TRANSLATE_NOOP("Values", "其他")))

# --- Repairs ----------------------------------------------------------------------------------
REPAIR_CATEGORY = labels("repairs.category", (
    QT_TRANSLATE_NOOP("Values", "水"), QT_TRANSLATE_NOOP("Values", "电"), QT_TRANSLATE_NOOP("Values", "门窗"),
    QT_TRANSLATE_NOOP("Values", "门锁"), QT_TRANSLATE_NOOP("Values", "家具"), QT_TRANSLATE_NOOP("Values", "网络"),
    QT_TRANSLATE_NOOP("Values", "空调"), QT_TRANSLATE_NOOP("Values", "其他")))
REPAIR_URGENCY = labels("repairs.urgency", (
    QT_TRANSLATE_NOOP("Values", "紧急"), QT_TRANSLATE_NOOP("Values", "一般"), QT_TRANSLATE_NOOP("Values", "计划")))
REPAIR_CHANNEL = labels("repairs.channel", (
    QT_TRANSLATE_NOOP("Values", "值班室登记"), QT_TRANSLATE_NOOP("Values", "电话"), QT_TRANSLATE_NOOP("Values", "报修箱"),
    QT_TRANSLATE_NOOP("Values", "巡查发现"), QT_TRANSLATE_NOOP("Values", "其他")))
REPAIR_CAUSE = labels("repairs.cause", (
    QT_TRANSLATE_NOOP("Values", "正常损耗"), QT_TRANSLATE_NOOP("Values", "使用不当"), QT_TRANSLATE_NOOP("Values", "人为故意"),
    QT_TRANSLATE_NOOP("Values", "原因不明")))
RATING = labels("common.rating", (
    QT_TRANSLATE_NOOP("Values", "满意"), QT_TRANSLATE_NOOP("Values", "较满意"), QT_TRANSLATE_NOOP("Values", "不满意")))
OVERDUE_FLAG = labels("common.overdue_flag", (QT_TRANSLATE_NOOP("Values", "超时"),))

# --- Front desk -------------------------------------------------------------------------------
CHANNEL = labels("frontdesk.channel", (
    QT_TRANSLATE_NOOP("Values", "来访"), QT_TRANSLATE_NOOP("Values", "来电"), QT_TRANSLATE_NOOP("Values", "来函"),
    QT_TRANSLATE_NOOP("Values", "上级转办"), QT_TRANSLATE_NOOP("Values", "其他")))
CONSULT_TYPE = labels("frontdesk.entry_type", (
    QT_TRANSLATE_NOOP("Values", "咨询"), QT_TRANSLATE_NOOP("Values", "建议"), QT_TRANSLATE_NOOP("Values", "求助"),
    QT_TRANSLATE_NOOP("Values", "报修"), QT_TRANSLATE_NOOP("Values", "投诉"), QT_TRANSLATE_NOOP("Values", "其他")))
ANSWER_MODE = labels("frontdesk.answer_mode", (
    QT_TRANSLATE_NOOP("Values", "即时答复"), QT_TRANSLATE_NOOP("Values", "约定答复"), QT_TRANSLATE_NOOP("Values", "转部门"),
    QT_TRANSLATE_NOOP("Values", "上报")))
COMPLAINT_CATEGORY = labels("frontdesk.complaint_category", (
    QT_TRANSLATE_NOOP("Values", "服务态度"), QT_TRANSLATE_NOOP("Values", "收费"), QT_TRANSLATE_NOOP("Values", "治安"),
    QT_TRANSLATE_NOOP("Values", "水电"), QT_TRANSLATE_NOOP("Values", "清洁"), QT_TRANSLATE_NOOP("Values", "设备维修"),
    QT_TRANSLATE_NOOP("Values", "其他")))
VALIDITY = labels("frontdesk.validity", (QT_TRANSLATE_NOOP("Values", "有效"), QT_TRANSLATE_NOOP("Values", "无效")))
SEVERITY = labels("frontdesk.severity", (
    QT_TRANSLATE_NOOP("Values", "重大"), QT_TRANSLATE_NOOP("Values", "重要"), QT_TRANSLATE_NOOP("Values", "一般")))
DEPARTMENT = labels("frontdesk.department", (
    QT_TRANSLATE_NOOP("Values", "宿管"), QT_TRANSLATE_NOOP("Values", "维修"), QT_TRANSLATE_NOOP("Values", "保安"),
    QT_TRANSLATE_NOOP("Values", "保洁"), QT_TRANSLATE_NOOP("Values", "财务"), QT_TRANSLATE_NOOP("Values", "客服"),
    QT_TRANSLATE_NOOP("Values", "其他")))
MAIL_TYPE = labels("frontdesk.mail_type", (
    QT_TRANSLATE_NOOP("Values", "挂号信"), QT_TRANSLATE_NOOP("Values", "包裹"), QT_TRANSLATE_NOOP("Values", "包裹单"),
    QT_TRANSLATE_NOOP("Values", "汇款单"), QT_TRANSLATE_NOOP("Values", "快递"), QT_TRANSLATE_NOOP("Values", "特快专递"),
    QT_TRANSLATE_NOOP("Values", "平信"), QT_TRANSLATE_NOOP("Values", "报刊"), QT_TRANSLATE_NOOP("Values", "印刷品"),
    QT_TRANSLATE_NOOP("Values", "其他")))
SHIPPING_METHOD = labels("frontdesk.shipping_method", (
    QT_TRANSLATE_NOOP("Values", "平邮"), QT_TRANSLATE_NOOP("Values", "挂号"), QT_TRANSLATE_NOOP("Values", "EMS"),
    QT_TRANSLATE_NOOP("Values", "快递"), QT_TRANSLATE_NOOP("Values", "其他")))

# --- Release and move-out ---------------------------------------------------------------------
PARTY_KIND = labels("release.party_kind", (
    QT_TRANSLATE_NOOP("Values", "租户"), QT_TRANSLATE_NOOP("Values", "业主"), QT_TRANSLATE_NOOP("Values", "单位")))
SLIP_REASON = labels("release.reason", (
    QT_TRANSLATE_NOOP("Values", "迁出"), QT_TRANSLATE_NOOP("Values", "维修"), QT_TRANSLATE_NOOP("Values", "调拨"),
    QT_TRANSLATE_NOOP("Values", "处置"), QT_TRANSLATE_NOOP("Values", "其他")))
INSPECTION_RESULT = labels("release.inspection_result", (
    QT_TRANSLATE_NOOP("Values", "合格"), QT_TRANSLATE_NOOP("Values", "不合格"), QT_TRANSLATE_NOOP("Values", "未检")))

# --- Handover ---------------------------------------------------------------------------------
HANDOVER_STATUS = labels("handover.status", (
    QT_TRANSLATE_NOOP("Values", "待接班"), QT_TRANSLATE_NOOP("Values", "已接班")))

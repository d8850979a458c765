"""The parties tab of the 放行 page: tenants, owners and units of the buildings, and their
three-party release agreements with the people authorised to endorse slips."""
from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from app import feedback, vocab
from app.controllers.release_form_dialog import Field, ReleaseFormDialog
from app.errors import DormDeskError
from app.qtmodels.row_table import Column, RowTableModel
from app.services import lookups, release_parties
from app.texts import QT_TRANSLATE_NOOP

PARTY_COLUMNS = (Column("kind", QT_TRANSLATE_NOOP("Columns", "类别"), values="release.party_kind"),
                 Column("name", QT_TRANSLATE_NOOP("Columns", "用户（单位）名称")),
                 Column("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
                 Column("unit_no", QT_TRANSLATE_NOOP("Columns", "房号/单元")),
                 Column("owner_name", QT_TRANSLATE_NOOP("Columns", "业主")),
                 Column("contact_name", QT_TRANSLATE_NOOP("Columns", "联系人")),
                 Column("phone", QT_TRANSLATE_NOOP("Columns", "电话")),
                 Column("agreement_no", QT_TRANSLATE_NOOP("Columns", "有效放行协议")),
                 Column("signatories", QT_TRANSLATE_NOOP("Columns", "授权签署人"), fmt=lambda v, _r: vocab.join(v or ())))
AGREEMENT_COLUMNS = (Column("agreement_no", QT_TRANSLATE_NOOP("Columns", "协议编号")),
                     Column("party_name", QT_TRANSLATE_NOOP("Columns", "用户")),
                     Column("sign_date", QT_TRANSLATE_NOOP("Columns", "签订日期"), "date"),
                     Column("valid_from", QT_TRANSLATE_NOOP("Columns", "生效"), "date"),
                     Column("valid_to", QT_TRANSLATE_NOOP("Columns", "截止"), "date"),
                     Column("status_label", QT_TRANSLATE_NOOP("Columns", "状态"), values="release.agreement_status"),
                     Column("signatories", QT_TRANSLATE_NOOP("Columns", "授权签署人"), fmt=lambda v, _r: vocab.join(n for n, _ in v or ())))


def parse_signatories(text: str) -> list[tuple[str, str | None]]:
    """One per line: 「姓名 证件号」 (the number is optional)."""
    out = []
    for line in (text or "").splitlines():
        parts = line.replace("，", " ").replace(",", " ").split()
        if parts:
            out.append((parts[0], parts[1] if len(parts) > 1 else None))
    return out


class PartiesTab(QObject):
    """Parties and their agreements (parties_tab of ui/release_page.ui)."""

    def __init__(self, page):
        super().__init__(page)
        self.page, self.ui, self.ctx = page, page.ui, page.ctx
        self.parties = RowTableModel(PARTY_COLUMNS, page)
        self.agreements = RowTableModel(AGREEMENT_COLUMNS, page)
        self.ui.parties_table.setModel(self.parties)
        self.ui.agreements_table.setModel(self.agreements)
        for table in (self.ui.parties_table, self.ui.agreements_table):
            table.horizontalHeader().setStretchLastSection(True)

    def connect(self):
        ui = self.ui
        ui.parties_table.selectionModel().currentRowChanged.connect(self._load_agreements)
        ui.new_party_button.clicked.connect(lambda: self._edit_party(None))
        ui.edit_party_button.clicked.connect(lambda: self._edit_party(self.current()))
        ui.new_agreement_button.clicked.connect(self._on_new_agreement)
        ui.terminate_agreement_button.clicked.connect(self._on_terminate)

    def current(self):
        return self.parties.row_at(self.ui.parties_table.currentIndex())

    def loader(self):
        ctx = self.ctx
        return lambda: release_parties.list_parties(ctx)

    def reload(self):
        """After a change: this tab's list (off the UI thread)."""
        self.page.reload(got=(self.loader(), self.show_loaded))

    def show_loaded(self, parties):
        self.parties.set_rows(parties)
        self.ui.parties_table.resizeColumnsToContents()
        self._load_agreements()

    @Slot()
    def _load_agreements(self, *_):
        party = self.current()
        self.agreements.set_rows(release_parties.list_agreements(self.ctx, party.id) if party else [])
        self.ui.edit_party_button.setEnabled(party is not None)
        self.ui.new_agreement_button.setEnabled(party is not None)

    def _edit_party(self, party):
        buildings = [(b.name, b.id) for b in lookups.buildings(self.ctx)]
        fields = [Field("kind", self.tr("类别"), "combo", vocab.PARTY_KIND.choices(), party.kind if party else "tenant"),
                  Field("name", self.tr("用户（单位）名称"), default=party.name if party else ""),
                  Field("building", self.tr("楼栋"), "combo", buildings, party.building_id if party else None),
                  Field("unit_no", self.tr("房号/单元"), default=party.unit_no if party else ""),
                  Field("owner", self.tr("业主姓名"), default=party.owner_name if party else ""),
                  Field("contact", self.tr("联系人"), default=party.contact_name if party else ""),
                  Field("phone", self.tr("电话"), default=party.phone if party else "")]
        if ReleaseFormDialog.ask(self.page, self.tr("放行用户"), fields, lambda v: release_parties.save_party(
                self.ctx, party_id=party.id if party else None, kind=v["kind"], name=v["name"],
                building_id=v["building"], room_id=party.room_id if party else None, unit_no=v["unit_no"],
                owner_name=v["owner"] or None, contact_name=v["contact"] or None, phone=v["phone"] or None,
                expected_version=party.version if party else None)):
            self.reload()

    @Slot()
    def _on_new_agreement(self):
        party = self.current()
        if party is None:
            return
        today = self.ctx.today()
        fields = [Field("no", self.tr("协议编号")), Field("sign_date", self.tr("签订日期"), "date", default=today),
                  Field("valid_from", self.tr("生效日期"), "date", default=today),
                  Field("valid_to", self.tr("截止日期"), "date", default=today.replace(year=today.year + 1)),
                  Field("legal_rep", self.tr("租户法定代表人")),
                  Field("owner", self.tr("业主"), default=party.owner_name or ""),
                  Field("company", self.tr("物业管理公司")),
                  Field("signers", self.tr("授权签署人（每行：姓名 证件号）"), "multiline")]
        if ReleaseFormDialog.ask(self.page, self.tr("用户室内大件物品放行协议书"), fields, lambda v: release_parties.save_agreement(
                self.ctx, party_id=party.id, agreement_no=v["no"], sign_date=v["sign_date"],
                valid_from=v["valid_from"], valid_to=v["valid_to"], signatories=parse_signatories(v["signers"]),
                tenant_legal_rep=v["legal_rep"] or None, owner_name=v["owner"] or None,
                management_company=v["company"] or None)):
            self.reload()

    @Slot()
    def _on_terminate(self):
        agreement = self.agreements.row_at(self.ui.agreements_table.currentIndex())
        if agreement and feedback.confirm(self.page, self.tr("终止协议 %1？终止后该用户不能再签署放行。")
                                          .replace("%1", agreement.agreement_no)):
            self.page._run(release_parties.terminate_agreement, agreement.id, expected_version=agreement.version)

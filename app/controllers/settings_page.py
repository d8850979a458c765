"""Settings: general (organisation, language, idle lock, own password), users (admins),
business parameters (prices, quantities, limits) and the database (URL, backups, check)."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QFileDialog, QHeaderView, QInputDialog, QLineEdit

from app import feedback, i18n
from app.controllers.page import Page
from app.errors import DormDeskError
from app.qtmodels.row_table import Column, RowTableModel
from app.services import auth, backup, config, lookups
from app.services.permissions import ROLE_LABELS
from app.texts import QT_TRANSLATE_NOOP
from ui.generated.ui_settings_page import Ui_SettingsPage

USER_COLUMNS = (
    Column("username", QT_TRANSLATE_NOOP("Columns", "用户名")), Column("display_name", QT_TRANSLATE_NOOP("Columns", "姓名")),
    Column("role", QT_TRANSLATE_NOOP("Columns", "角色"), fmt=lambda v, _r: QCoreApplication.translate("Roles", ROLE_LABELS.get(v, v))),
    Column("active", QT_TRANSLATE_NOOP("Columns", "启用"), "bool"), Column("locked_until", QT_TRANSLATE_NOOP("Columns", "锁定至"), "datetime"),
    Column("last_login_at", QT_TRANSLATE_NOOP("Columns", "上次登录"), "datetime"))
PARAM_COLUMNS = (Column("label", QT_TRANSLATE_NOOP("Columns", "参数")), Column("value", QT_TRANSLATE_NOOP("Columns", "值")),
                 Column("key", QT_TRANSLATE_NOOP("Columns", "代码")))


class SettingsPage(Page):
    ui_class = Ui_SettingsPage

    def _init_widgets(self):
        for code, name in i18n.LANGUAGE_NAMES.items():
            self.ui.language_combo.addItem(name, code)
        self.form_edited = False  # the user typed into the general form since it was filled
        self.users_model = RowTableModel(USER_COLUMNS, self)
        self.ui.users_table.setModel(self.users_model)
        self.ui.users_table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.params_model = RowTableModel(PARAM_COLUMNS, self)
        self.ui.parameters_table.setModel(self.params_model)
        self.ui.parameters_table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        is_admin = self.ctx.can("users.edit")
        self.ui.tabs.setTabVisible(self.ui.tabs.indexOf(self.ui.users_tab), is_admin)
        self.ui.tabs.setTabVisible(self.ui.tabs.indexOf(self.ui.database_tab), self.ctx.can("system.configure"))
        self.ui.tabs.setTabVisible(self.ui.tabs.indexOf(self.ui.parameters_tab), self.ctx.can("settings.configure"))
        can_configure = self.ctx.can("settings.configure")
        self.ui.org_name_edit.setEnabled(can_configure)
        self.ui.idle_lock_spin.setEnabled(can_configure)
        sqlite = self.ctx.db.is_sqlite
        for w in (self.ui.backup_button, self.ui.restore_button, self.ui.backups_list, self.ui.backups_label):
            w.setVisible(sqlite)

    def _connect_signals(self):
        self.ui.save_general_button.clicked.connect(self._on_save_general_button_clicked)
        self.ui.change_password_button.clicked.connect(self._on_change_password_button_clicked)
        self.ui.add_user_button.clicked.connect(lambda: self._edit_user(None))
        self.ui.edit_user_button.clicked.connect(self._on_edit_user_button_clicked)
        self.ui.users_table.doubleClicked.connect(self._on_edit_user_button_clicked)
        self.ui.unlock_user_button.clicked.connect(self._on_unlock_user_button_clicked)
        self.ui.parameters_table.doubleClicked.connect(self._on_parameters_table_double_clicked)
        self.ui.test_db_button.clicked.connect(self._on_test_db_button_clicked)
        self.ui.save_db_button.clicked.connect(self._on_save_db_button_clicked)
        self.ui.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.ui.restore_button.clicked.connect(self.restore_from_file)
        self.ui.check_button.clicked.connect(self._on_check_button_clicked)
        self.ui.org_name_edit.textEdited.connect(self._on_form_edited)
        self.ui.idle_lock_spin.valueChanged.connect(self._on_form_edited)

    def reload(self, then=None, got=None):
        """What needs no database at once; the values, users and backups off the UI thread."""
        self.ui.language_combo.setCurrentIndex(max(self.ui.language_combo.findData(self.state.settings.language), 0))
        self._show_language_note()
        self.ui.current_db_label.setText(self.tr("当前数据库：%1").replace("%1", self.ctx.db.display_name()))
        self.ui.db_url_edit.setText(self.state.settings.db_url)
        super().reload(then, got)

    def loader(self):
        ctx, users, sqlite = self.ctx, self.ctx.can("users.edit"), self.ctx.db.is_sqlite
        labels = config.labels()

        def work():
            values = config.values(ctx)
            params = [{"key": k, "value": json.dumps(config.shown(k, v), ensure_ascii=False), "label": labels.get(k)}
                      for k, v in sorted(values.items())]
            return (values, params, auth.list_users(ctx) if users else None,
                    [p.name for p in backup.list_backups()[:50]] if sqlite else None)
        return work

    def show_loaded(self, data):
        values, params, users, backups = data
        if not self.form_edited:  # a late load never overwrites what the user is typing
            self.ui.org_name_edit.setText(str(values.get("org.name") or ""))
            self.ui.idle_lock_spin.blockSignals(True)
            self.ui.idle_lock_spin.setValue(int(values.get("screen.idle_lock_minutes") or 0))
            self.ui.idle_lock_spin.blockSignals(False)
        for row in params:
            row["label"] = QCoreApplication.translate("Config", row["label"]) if row["label"] else row["key"]
        self.params_model.set_rows(params)
        if users is not None:
            self.users_model.set_rows(users)
        if backups is not None:
            self.ui.backups_list.clear()
            self.ui.backups_list.addItems(backups)

    def hideEvent(self, event):  # noqa: N802 - Qt API
        if not event.spontaneous():  # leaving the page (not minimising): the next visit shows the saved values
            self.form_edited = False
        super().hideEvent(event)

    def _on_form_edited(self, *_):
        self.form_edited = True

    # General ------------------------------------------------------------------------------------------
    def _show_language_note(self):
        """Under `--lang`, the combo keeps the saved choice; say which language is in force and why."""
        forced = i18n.command_line_language()
        note = self.ui.language_note_label
        if forced:
            note.setText(self.tr("本次启动由命令行 --lang %1 指定为 %2，优先于这里保存的语言；"
                                 "不带 --lang 启动时使用这里的选择。")
                         .replace("%1", forced).replace("%2", i18n.LANGUAGE_NAMES.get(forced, forced)))
            note.setStyleSheet("color: #b9770e;")
        note.setVisible(bool(forced))

    @Slot()
    def _on_save_general_button_clicked(self):
        try:
            values = config.values(self.ctx)
            if self.ctx.can("settings.configure"):
                if self.ui.org_name_edit.text().strip() != values.get("org.name"):
                    config.set_value(self.ctx, "org.name", self.ui.org_name_edit.text().strip())
                if self.ui.idle_lock_spin.value() != values.get("screen.idle_lock_minutes"):
                    config.set_value(self.ctx, "screen.idle_lock_minutes", self.ui.idle_lock_spin.value())
        except DormDeskError as exc:
            feedback.show_error(self, exc)
            return
        self.form_edited = False
        language = self.ui.language_combo.currentData()
        if language != self.state.settings.language:
            self.state.settings.language = language
            text = self.tr("界面语言将在重新启动后生效。")
            if i18n.command_line_language():
                text += " " + self.tr("带 --lang 启动时仍以命令行为准。")
            feedback.info(self, text)
        feedback.status(self, self.tr("设置已保存"))

    @Slot()
    def _on_change_password_button_clicked(self):
        old, ok = QInputDialog.getText(self, self.tr("修改密码"), self.tr("原密码"), QLineEdit.Password)
        if not ok:
            return
        new, ok = QInputDialog.getText(self, self.tr("修改密码"), self.tr("新密码"), QLineEdit.Password)
        if not ok:
            return
        try:
            auth.change_own_password(self.ctx, old, new)
        except DormDeskError as exc:
            feedback.show_error(self, exc)
            return
        feedback.status(self, self.tr("密码已修改"))

    # Users ------------------------------------------------------------------------------------------------
    def _selected_user(self):
        return self.users_model.row_at(self.ui.users_table.currentIndex())

    def _edit_user(self, user):
        from app.controllers.user_dialog import UserDialog
        choices = [(b.id, b.name) for b in lookups.buildings(self.ctx, scoped=False)]
        if UserDialog.ask(self.ctx, user, choices, self):
            self.reload()
            feedback.status(self, self.tr("用户已保存"))

    @Slot()
    def _on_edit_user_button_clicked(self, *_):
        user = self._selected_user()
        if user is not None:
            self._edit_user(user)

    @Slot()
    def _on_unlock_user_button_clicked(self):
        user = self._selected_user()
        if user is None:
            return
        try:
            auth.unlock_user(self.ctx, user.id)
        except DormDeskError as exc:
            feedback.show_error(self, exc)
            return
        self.reload()

    # Parameters ----------------------------------------------------------------------------------------------
    @Slot()
    def _on_parameters_table_double_clicked(self, index):
        """Edit one value as JSON (codes of a vocabulary shown and typed as labels, config.shown)."""
        row = self.params_model.row_at(index)
        if row is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("修改参数"), row["label"], text=row["value"])
        if not ok:
            return
        try:
            value = json.loads(text)
        except ValueError:
            value = text
        try:
            config.set_value(self.ctx, row["key"], value)
        except DormDeskError as exc:
            feedback.show_error(self, exc)
            return
        self.reload()

    # Database --------------------------------------------------------------------------------------------------
    @Slot()
    def _on_test_db_button_clicked(self):
        from app.services.bootstrap import test_connection
        url = self.ui.db_url_edit.text().strip()
        if not url:
            feedback.info(self, self.tr("留空表示使用本机 SQLite 数据库文件。"))
            return

        def test(_p, _c):
            return test_connection(url)

        self.state.tasks.run(test, parent=self, label=self.tr("正在连接…"),
                             on_done=lambda _ok: feedback.info(self, self.tr("连接成功。")))

    @Slot()
    def _on_save_db_button_clicked(self):
        self.state.settings.db_url = self.ui.db_url_edit.text().strip()
        feedback.info(self, self.tr("数据库地址已保存，重新启动后生效。"))

    @Slot()
    def _on_backup_button_clicked(self):
        self.state.tasks.run(lambda _p, _c: backup.backup(self.ctx.db), parent=self, label=self.tr("正在备份…"),
                             on_done=lambda path: (self.reload(), feedback.status(self, str(path))))

    def restore_from_file(self):
        start = str(backup.list_backups()[0].parent) if backup.list_backups() else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择备份文件"), start, "SQLite (*.sqlite3 *.db)")
        if not path or not feedback.confirm(self, self.tr("用所选备份替换当前数据库？当前数据会先自动备份。")):
            return
        try:
            safety = backup.restore(self.ctx, Path(path))
        except DormDeskError as exc:
            feedback.show_error(self, exc)
            return
        feedback.info(self, self.tr("已恢复。恢复前的数据已备份到：%1").replace("%1", str(safety)))
        self.reload()

    @Slot()
    def _on_check_button_clicked(self):
        check_database(self.state, self)


def check_database(state, parent) -> None:
    """Integrity and foreign-key checks in the background; the result in a message box."""
    def done(result):
        if result.ok:
            feedback.info(parent, QCoreApplication.translate("SettingsPage", "数据库检查通过。"))
        else:
            feedback.warn(parent, "\n".join(result.problems[:20]))
    state.tasks.run(lambda _p, _c: backup.check(state.ctx.db), parent=parent,
                    label=QCoreApplication.translate("SettingsPage", "正在检查…"), on_done=done)

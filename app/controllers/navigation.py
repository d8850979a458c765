"""The modules in the navigation list, in order. A module whose page does not exist (yet) is
absent, not stubbed; `permission` hides a page from roles that may not view it."""
from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass

from app.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageEntry:
    key: str
    title: str
    module: str
    cls: str
    permission: str | None = None


PAGES = (
    PageEntry("home", QT_TRANSLATE_NOOP("Navigation", "首页"), "app.controllers.home_page", "HomePage"),
    PageEntry("residents", QT_TRANSLATE_NOOP("Navigation", "学生与房间"), "app.controllers.residents_page",
              "ResidentsPage", "students.view"),
    PageEntry("keys", QT_TRANSLATE_NOOP("Navigation", "钥匙"), "app.controllers.keys_page", "KeysPage",
              "keys.view"),
    PageEntry("repairs", QT_TRANSLATE_NOOP("Navigation", "维修"), "app.controllers.repairs_page",
              "RepairsPage", "repairs.view"),
    PageEntry("assessments", QT_TRANSLATE_NOOP("Navigation", "考核"), "app.controllers.assessments_page",
              "AssessmentsPage", "assessments.view"),
    PageEntry("release", QT_TRANSLATE_NOOP("Navigation", "放行"), "app.controllers.release_page",
              "ReleasePage", "release.view"),
    PageEntry("frontdesk", QT_TRANSLATE_NOOP("Navigation", "前台"), "app.controllers.frontdesk_page",
              "FrontDeskPage", "frontdesk.view"),
    PageEntry("meetings", QT_TRANSLATE_NOOP("Navigation", "会议"), "app.controllers.meetings_page",
              "MeetingsPage", "meetings.view"),
    PageEntry("visits", QT_TRANSLATE_NOOP("Navigation", "回访与调查"), "app.controllers.visits_page", "VisitsPage",
              "visits.view"),
    PageEntry("reports", QT_TRANSLATE_NOOP("Navigation", "报表"), "app.controllers.reports_page",
              "ReportsPage", "reports.view"),
    PageEntry("audit", QT_TRANSLATE_NOOP("Navigation", "审计"), "app.controllers.audit_page", "AuditPage",
              "audit.view"),
    PageEntry("settings", QT_TRANSLATE_NOOP("Navigation", "设置"), "app.controllers.settings_page",
              "SettingsPage"),
)


def available(can) -> list[PageEntry]:
    """The pages that exist and that `can(permission)` allows."""
    return [p for p in PAGES
            if importlib.util.find_spec(p.module) is not None and (p.permission is None or can(p.permission))]


def page_class(entry: PageEntry):
    return getattr(importlib.import_module(entry.module), entry.cls)

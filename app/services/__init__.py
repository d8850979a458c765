"""Use cases: validation, rules, permissions and audit, one transaction per user action. No Qt.

Every public function takes a `ServiceContext` first and returns plain dataclasses, never live
ORM objects. Modules may declare `REGISTERS`, `PRINTS`, `DEMO_STEPS` and `DEFAULTS` for the
catalog (app/services/catalog.py) to discover.
"""

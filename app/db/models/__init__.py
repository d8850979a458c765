"""All SQLAlchemy models. Importing this package imports every model module (one per domain area),
so `Base.metadata` is complete for Alembic and for the tests."""
import importlib
import pkgutil

from app.db.base import Base

for _info in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_info.name}")

__all__ = ["Base"]

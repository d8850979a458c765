"""Tests here run twice: on SQLite and on PostgreSQL."""
import pytest

from tests.conftest import _pg_db, _sqlite_db


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, sqlite_template, tmp_path):
    if request.param == "sqlite":
        database = _sqlite_db(sqlite_template, tmp_path)
    else:
        database = _pg_db(request.getfixturevalue("pg_url"))
    yield database
    database.dispose()

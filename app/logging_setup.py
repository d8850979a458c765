"""A rotating log file in the user's log folder."""
from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from app import paths


def setup(level=logging.INFO) -> None:
    handler = RotatingFileHandler(paths.log_dir() / "dormdesk.log", maxBytes=2_000_000, backupCount=5,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)

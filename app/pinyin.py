"""Pinyin search keys for Chinese names: full pinyin ("zhangsan") and initials ("zs"), computed on
write and stored beside the name so a keystroke search is a plain substring match."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
def full(name: str) -> str:
    from pypinyin import lazy_pinyin  # imported on first use: its dictionaries take ~0.8 s to load
    return "".join(lazy_pinyin(name or "", errors="default")).lower().replace(" ", "")


@lru_cache(maxsize=65536)
def initials(name: str) -> str:
    from pypinyin import Style, lazy_pinyin
    return "".join(p[:1] for p in lazy_pinyin(name or "", style=Style.FIRST_LETTER, errors="default")
                   ).lower().replace(" ", "")


def matches(query: str, name: str, name_pinyin: str, name_initials: str) -> bool:
    q = query.strip().lower()
    return not q or q in name or q in name_pinyin or q in name_initials

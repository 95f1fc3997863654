"""Notices of loss under a bare ``声明`` label, never read: bought space, like every legal notice.

``声明`` / ``某建材经营部遗失营业执照正本，注册号：…，声明作废。`` / ``某小学遗失收费许可证一本，声明作废。``:
each item names who lost what and declares it void, the standard form of a 遗失声明 set under the
bare word (the title left off, or the label a classified page sets over such items); the label and
every item are noise, an item's wrapped lines too.

Only when every line under the label up to the next heading or box is such an item (the loss named
in it, ``作废`` closing it): a story titled ``声明`` (``声明`` / ``近日，有不法分子冒用本报名义…``,
``特此声明。``) is read as before.
Why a module of its own: :mod:`audiopaper.segment_notices` is near its size limit; it runs this
with the other unread notices (:func:`mark_void_notices`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_lines import Line, compact
from .segment_noise import narrow

__all__ = ["mark_void_notices"]

# The bare word over the items, letter-spaced or bracketed: "声明", "声　明", "【声明】".
VOID_LABEL = re.compile(r"[【〔\[]?\s*声\s*明\s*[】〕\]]?")
# An item: who lost what, then that it is void: "…遗失营业执照正本，注册号：…，声明作废。".
VOID_ITEM = re.compile(r"[^。！？]{2,60}?(?:遗失|丢失|被盗|损毁)[^。！？]{2,120}作废[。.]?")
ITEM_LINES = 3  # lines of one item, wrapped, at most
ITEMS_MAX = 12  # items under one label, at most


def item_end(lines: list[Line], start: int) -> int:
    """Index after the loss item starting at ``start``, or 0 when none starts there."""
    for k in range(start, min(len(lines), start + ITEM_LINES)):
        if lines[k].kind not in ("body", "field"):
            return 0
        if lines[k].text.rstrip().endswith(("。", "！", "？", "废")):
            text = compact(narrow("".join(x.text.strip() for x in lines[start : k + 1])))
            return k + 1 if VOID_ITEM.fullmatch(text) else 0
    return 0


def mark_void_notices(lines: list[Line]) -> list[Line]:
    """``lines`` with a bare ``声明`` label and the loss items under it made noise."""
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind not in ("heading", "label") or not VOID_LABEL.fullmatch(narrow(ln.text).strip()):
            continue
        k, items = i + 1, 0
        while items < ITEMS_MAX and (end := item_end(lines, k)):
            k, items = end, items + 1
        if not items or (k < len(lines) and lines[k].kind in ("body", "field", "caption")):
            continue  # no item, or text read after them: a story titled 声明
        out[i:k] = [replace(x, kind="noise", reason="notice") for x in lines[i:k]]
    return out

"""Readers' letters: how a letter's opening shows where it starts.

Why a module of its own: a letter printed under a column's name (``读者来信`` / its title /
``编辑同志：…``) is told by its salutation, a convention of letters, apart from the headline
stacks of :mod:`audiopaper.segment_heads`, which asks here whether a line opens a letter.
"""

from __future__ import annotations

import re

from .segment_lines import Line

# A form of address run into the letter's first line: "编辑同志：我家住在…", "尊敬的市长：…",
# "记者同志，您好：…".  Only the words a letter addresses its reader with: an interview's
# "记者：…" or a Q&A's "答：…" address nobody (a reader's "市民问：…" is told in
# :func:`audiopaper.segment_heads.is_asked`).
SALUTATION_LEAD = re.compile(
    r"^(?:(?:尊敬|亲爱)的[\u4e00-\u9fa5]{1,8}|[\u4e00-\u9fa5]{0,6}(?:同志|编辑部|领导)们?)"
    r"(?:[，,]?\s*(?:您好|你好))?\s*[：:]"
)


def is_salutation(ln: Line) -> bool:
    """``编辑同志：``, ``尊敬的市长：``: a letter's opening, a short line ending in a colon.

    Or the address run into the letter's first line: ``编辑同志：我家住在渤水区…``.
    """
    text = (ln.rest or ln.text).strip()
    alone = len(text) <= 12 and text.endswith(("：", ":")) and not re.search(r"[，。；？！]", text)
    return alone or SALUTATION_LEAD.match(text) is not None

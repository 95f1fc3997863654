"""A column's label set in brackets at the head of the title's own line.

Why a module of its own: :mod:`audiopaper.segment_lines` reads a bracketed label alone on its
line (``（新春走基层）``) as a label, which :mod:`audiopaper.segment_split` makes the story's
kicker; some papers set the same label on the title's line, before the title itself:

* ``（新春走基层）守了十年的山顶瞭望塔``: kicker ``新春走基层``, title ``守了十年的山顶瞭望塔``.

Only a label of two to eight characters (no figure, no punctuation) opening the line, with a
title of four characters at least after it, is taken; a bracket inside or closing the line
(``市民服务中心（东区）开放``, ``老街改造（图）``) is the title's own.
"""

from __future__ import annotations

import re

HEAD_LABEL = re.compile(r"^[（(【〔]([\u4e00-\u9fa5·]{2,8})[）)】〕]\s*(?P<title>[\u4e00-\u9fa5“《].{3,})$")


def peel_head_label(text: str) -> tuple[str | None, str]:
    """``（新春走基层）守了十年的山顶瞭望塔`` -> (``新春走基层``, ``守了十年的山顶瞭望塔``);
    a line not opened so is returned whole with no label."""
    m = HEAD_LABEL.match(text.strip())
    if m is None:
        return None, text
    return m[1], m["title"].strip()

"""A column's source note closing its text, read as the text's last line.

* ``律师信箱`` / ``房东扣着押金不退怎么办？`` / ``读者陈女士：…`` / ``律师答：…`` /
  ``（某某市律师协会供稿）``: who supplied a column's text, in brackets right under its last line,
  is read with that text (as ``（作者为…）`` is), never the kicker of the next story.

Only ``供稿`` (supplied the text): ``（市物价局价格监测中心提供）`` under a table's rows is the
table's source and stays unread (:func:`audiopaper.segment_boxes.mark_tables`), and a bracketed
line after a headline or a box, not after text, is left alone.

Why a module of its own: the note is a line-level label (``LABEL`` in
:mod:`audiopaper.segment_lines`) that only its neighbour decides.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_lines import Line
from .segment_noise import narrow

__all__ = ["read_source_notes"]

# "（某某市律师协会供稿）", "(市消费者协会 供稿)": a body's name, then 供稿, alone in brackets.
SOURCE_NOTE = re.compile(r"[（(]\s*[\u4e00-\u9fa5·]{2,16}?\s*供稿\s*[）)]")


def read_source_notes(lines: list[Line]) -> list[Line]:
    """``lines`` with a bracketed ``（…供稿）`` label right under a line of text made that text's
    last line (body)."""
    out = list(lines)
    for i, ln in enumerate(lines):
        if (
            i
            and ln.kind == "label"
            and SOURCE_NOTE.fullmatch(narrow(ln.text).strip())
            and lines[i - 1].kind in ("body", "field")
        ):
            out[i] = replace(ln, kind="body", rest=narrow(ln.text).strip(), reason="")
    return out

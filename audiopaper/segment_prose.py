"""A sentence that announces a list after its colon, cut by a column: prose, never a field.

A line shaped ``key：value`` is read as a field of an info box (``封闭时间：11月27日23时``),
which a column never cuts.  But a key that ends on a verb introducing what follows
(``预防措施主要有：``, ``具体做法包括：``, ``原因是：``) is the subject and verb of a sentence,
and a value that runs on past a comma and stops unpunctuated (``一是寒潮来临前灌深水保温，
寒潮过后`` / ``及时排水；二是…``) is that sentence cut by the column: the line is left open,
so the next text line finishes it.  A box's own lines never name their key with such a verb.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_lines import Line, is_open

__all__ = ["open_prose_fields"]

# The key of a sentence announcing its list: "…主要有", "…包括", "…分别是", "…如下".
ANNOUNCES = re.compile(r"^[^：:，。]{2,12}(?:有|包括|是|为|如下)[：:]")


def open_prose_fields(lines: list[Line]) -> list[Line]:
    """Leave open a field-shaped line that is an announcing sentence cut by the column."""
    out = list(lines)
    for i, ln in enumerate(lines):
        rest = ln.rest or ln.text
        if (
            ln.kind == "field"
            and not ln.open
            and ln.jump_out is None
            and ANNOUNCES.match(rest)
            and re.search(r"[，,]", rest) is not None
            and is_open(rest)
        ):
            out[i] = replace(ln, open=True)
    return out

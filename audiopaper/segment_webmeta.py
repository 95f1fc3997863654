"""A web story's fields printed under its text: never read.

A web page prints a story's fields (``来源：X晚报　作者：X X　日期：2025-10-15``) under its
headline, where the author field gives the byline, or after its text, over the page's print and
close buttons or the next headline: there they are the page's record of the story, never read,
whoever the author field names (two writers, ``作者：鲍嘉文 许  宁``, or a name no byline rule
knows).  Only a row of two labelled fields at least, the first at its start, its source among
them, set right after a finished line of text and followed by the page's frame, a headline or
nothing: ``来源：…`` as a sentence inside the text (``…，来源：市统计局。``) has a stop and stays.

Why a module of its own: :mod:`audiopaper.segment_noise` is full, and these rows are judged by
the lines around them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_bylines import WEB_FIELD_MARK
from .segment_lines import Line

__all__ = ["mark_trailing_web_fields"]

SOURCE_KEYS = ("来源", "稿源")
# A stop inside a value is a sentence's, never a field's.
STOP = re.compile(r"[。！？；]")


def is_web_fields(text: str) -> bool:
    """``来源：禾川晚报　作者：鲍嘉文 许  宁　日期：2025-10-15``: labelled fields from its start,
    two at least, a source among them, no sentence."""
    marks = list(WEB_FIELD_MARK.finditer(text))
    return (
        len(marks) >= 2
        and marks[0].start() == 0
        and any((m["a"] or m["b"]) in SOURCE_KEYS for m in marks)
        and STOP.search(text) is None
    )


def mark_trailing_web_fields(lines: list[Line]) -> list[Line]:
    """Make a row of web fields noise right after a story's finished text, when the page's frame,
    a headline or the page's end follows it."""
    out = list(lines)
    for i, ln in enumerate(lines):
        if i == 0 or ln.kind not in ("field", "body") or not is_web_fields(ln.text.strip()):
            continue
        above = lines[i - 1]
        below = lines[i + 1] if i + 1 < len(lines) else None
        if (
            above.kind == "body"
            and not above.open
            and (below is None or below.kind in ("heading", "label", "noise"))
        ):
            out[i] = replace(ln, kind="noise", reason="web meta")
    return out

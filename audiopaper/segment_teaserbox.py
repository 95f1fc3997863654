"""A 导读 box: the front page's list of stories printed inside, each pointing to its page.

Under a label ``导读`` (``本期导读``, ``今日导读``, ``要闻导读``) a front page lists entries of a
headline, maybe a one- or two-line summary, and the page it points to::

    导读
    春季过敏高发　专家支招防护        <- a teaser to page 6
    花粉过敏进入高峰期，医生提醒……    <- its summary: never read, the story is on page 6
    详见A06版
    老城区这些路段下周起单行          <- a teaser to page 4
    ▶A04                              <- a bare page reference, without 版

Each entry becomes a teaser (its headline line), its summary and reference are skipped.  The box
ends at the first line that does not fit an entry, so a photo item or story under it (a headline
over text with no page reference) is read as its own story.  Without the label nothing fires: a
headline over a summary and a page reference elsewhere is left to the walk.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_lines import PAGE_NO, Line, parse_page_number

__all__ = ["mark_teaser_box"]

BOX_LABEL = re.compile(r"^[【\[]?\s*(?:本期|今日|本报|要闻|新闻)?\s*导\s*读\s*[】\]]?$")
# "▶A04", "►A5", "→12": a page reference printed bare, the arrow saying it points on.
BARE_REF = re.compile(rf"^[▶►→>＞]+\s*(?P<no>[A-Z]?\s*{PAGE_NO})\s*版?$")
MAX_SUMMARY = 2


def _ref_page(ln: Line) -> int | None:
    if ln.kind == "page_ref" and ln.jump_out is not None:
        return ln.jump_out
    m = BARE_REF.match(ln.text.strip())
    return parse_page_number(m["no"]) if m else None


def _entry(lines: list[Line], i: int) -> tuple[int, int] | None:
    """(index of the reference, its page) of an entry whose headline is ``lines[i]``."""
    head = lines[i]
    if head.kind not in ("heading", "label") or _ref_page(head) is not None:
        return None
    for j in range(i + 1, min(i + 2 + MAX_SUMMARY, len(lines))):
        page = _ref_page(lines[j])
        if page is not None:
            return j, page
        if lines[j].kind != "body":
            return None
    return None


def mark_teaser_box(lines: list[Line]) -> list[Line]:
    """``lines`` with each entry of a 导读 box made a teaser, its summary and page reference noise."""
    out = list(lines)
    i = 0
    while i < len(out):
        if not BOX_LABEL.match(out[i].text.strip()):
            i += 1
            continue
        i += 1
        while i < len(out) and (entry := _entry(out, i)) is not None:
            end, page = entry
            head = out[i]
            out[i] = replace(head, kind="teaser", rest=head.rest or head.text, jump_out=page)
            for k in range(i + 1, end):
                out[k] = replace(out[k], kind="noise", reason="teaser summary")
            out[end] = replace(out[end], kind="noise", reason="teaser page")
            i = end + 1
    return out

"""Adverts of a page, never read: from the ``广告`` label to the disclaimer or the next story.

* an advert (``广告`` / ``华盛家居建材城八周年庆`` / offers / ``活动时间：…`` / ``订购热线：…`` /
  ``（本广告由发布者负责）``), however much of it looks like a headline or a field;
* without a disclaimer it stops at the next story's byline, headline over a byline, jump or photo
  story, or at a paragraph of prose (an advert is offers and contacts, not sentences), never
  longer than ``AD_LINES``; a bank's advert in one row (``…农商银行　“竹农贷”　…　服务热线：…``)
  ends where it starts.

Why a module of its own: split from :mod:`audiopaper.segment_boxes` (which re-exports it) when
that module outgrew its size; the advert is the one box found from its label alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_footers import is_bank_advert
from .segment_heads import is_photo_story
from .segment_lines import FINAL, Line

__all__ = ["is_advert_label", "mark_adverts"]

AD_LINES = 15  # an advert's lines after its label, at most
DISCLAIMER = re.compile(r"广告.{0,16}负责")


def is_advert_label(ln: Line) -> bool:
    """An advert's first line, the lines under it its own; a bank's advert in one row ends where it
    starts (``…农商银行　“竹农贷”　…　服务热线：…``): its hotline is its last cell."""
    return ln.reason == "advertisement" and not DISCLAIMER.search(ln.text) and not is_bank_advert(ln.text)


def ends_advert(lines: list[Line], k: int) -> bool:
    """Where an advert with no disclaimer stops: the next story's byline, headline or jump."""
    ln = lines[k]
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    return (
        ln.kind in ("byline", "jump_in", "jump_out", "teaser")
        or is_advert_label(ln)
        or (ln.kind == "heading" and nxt is not None and nxt.kind == "byline")
        or is_photo_story(lines, k)
    )


def advert_end(lines: list[Line], start: int) -> int:
    """Index after the last line of the advert labelled at ``start``.

    Its disclaimer ends it; without one, the next story's start or a paragraph of prose
    (an advert is offers and contacts, not sentences) does, and it is never longer than
    ``AD_LINES``.
    """
    stop = min(len(lines), start + 1 + AD_LINES)
    for k in range(start + 1, stop):
        if ends_advert(lines, k):
            break
        if lines[k].reason == "advertisement" and DISCLAIMER.search(lines[k].text):
            return k + 1
    for k in range(start + 1, stop):
        ln = lines[k]
        prose = ln.kind == "body" and len(ln.rest) >= 20 and "，" in ln.rest and ln.rest[-1] in FINAL
        if ends_advert(lines, k) or prose:
            return k
    return stop


def mark_adverts(lines: list[Line]) -> list[Line]:
    """Make every line of an advert block noise (``广告`` up to ``（本广告由发布者负责）``)."""
    out = list(lines)
    i = 0
    while i < len(lines):
        if not is_advert_label(lines[i]):
            i += 1
            continue
        end = advert_end(lines, i)
        for k in range(i + 1, end):  # its hotline too: "订购热线：0712-87654321" is the advert's
            out[k] = replace(out[k], kind="noise", reason="advertisement")
        i = max(end, i + 1)
    return out

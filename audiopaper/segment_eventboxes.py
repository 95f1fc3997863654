"""A box of coming events, read as a story of its own: its title over its dated items.

``文旅惠民活动一览`` / ``●5月19日至31日　全市A级景区门票半价`` / ``●5月25日　文创市集在市民广场开市`` /
``●6月1日　亲子研学营开营``: a box beside a story, never its sub-head nor its text; each item a
paragraph of its own, though short and unpunctuated like a headline.

Only a title naming events and that it lists them (``EVENTS_TITLE``: ``…活动一览``, ``…活动预告``,
``…演出安排``) over ``EVENT_ITEMS_MIN`` bulleted items or more, each led by its date or dates:
a heading over a story's text, or over items without dates, is left as it was.
Why a module of its own: like the listings of :mod:`audiopaper.segment_listings` it is a box of
what is on, but one that is read; it runs with them (:func:`mark_event_boxes`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # segment_lines reads rows through segment_footers, which imports segment_listings
    from .segment_lines import Line

__all__ = ["mark_event_boxes"]

# "文旅惠民活动一览", "端午假期活动预告", "本月演出安排", "周末展览指南".
EVENTS_TITLE = re.compile(
    r"[^，。！？；：\s]{0,16}(?:活动|演出|展览|展演|赛事|讲座)(?:一览|预告|安排|日程|指南|速览)"
)
# An item led by a bullet and its date, a day or a span of days, then a gap: "●5月19日至31日　…",
# "●6月8日至9日　…", "■7月1日（周六）　…".
DAY = r"\d{1,2}月\d{1,2}日"
EVENT_ITEM = re.compile(
    rf"[●■◆▪•◎○]\s*{DAY}(?:\s*[至到—\-－~～、]\s*(?:\d{{1,2}}月)?\d{{1,2}}日)?"
    r"(?:\s*[（(](?:周|星期)[一二三四五六日天][）)])?(?:[ \t]{1,}|\u3000)\S"
)
EVENT_ITEMS_MIN = 2  # dated items in a row under the title, at least


def mark_event_boxes(lines: list[Line]) -> list[Line]:
    """``lines`` with each box of coming events opening a story, its items its text."""
    from .segment_noise import narrow  # imported late: segment_noise imports segment_listings

    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind != "heading" or not EVENTS_TITLE.fullmatch(narrow(ln.text).strip()):
            continue
        k = i + 1
        while (
            k < len(lines)
            and lines[k].kind in ("heading", "body")
            and EVENT_ITEM.match(narrow(lines[k].text))
        ):
            k += 1
        if k - i - 1 < EVENT_ITEMS_MIN:
            continue
        out[i] = replace(ln, opens=True)
        for j in range(i + 1, k):
            out[j] = replace(lines[j], kind="body", rest=lines[j].text, open=False)
    return out

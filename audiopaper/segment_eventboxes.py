"""A box of coming events, read as a story of its own: its title over its dated items.

``文旅惠民活动一览`` / ``●5月19日至31日　全市A级景区门票半价`` / ``●5月25日　文创市集在市民广场开市`` /
``●6月1日　亲子研学营开营``: a box beside a story, never its sub-head nor its text; each item a
paragraph of its own, though short and unpunctuated like a headline.

The items may be set in cells, unbulleted, the date's part of the day after it: ``本周义诊安排`` /
``3月24日（周六）上午　市第一人民医院　人民广场　专家义诊`` / … (never a table's rows: :func:`heads_event_box`),
or the hours run into the day: ``义诊预告`` / ``4月10日（周六）8:30—11:30　市人民医院专家团队　城东…广场``.

Only a title naming events and that it lists them (``EVENTS_TITLE``: ``…活动一览``, ``…活动预告``,
``…演出安排``, ``…义诊安排``) over ``EVENT_ITEMS_MIN`` items or more, each led by its date or dates:
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

__all__ = ["heads_event_box", "mark_event_boxes"]

# "文旅惠民活动一览", "端午假期活动预告", "本月演出安排", "周末展览指南".
# Or free clinics: "本周义诊安排" over where and when the doctors sit.
EVENTS_TITLE = re.compile(
    r"[^，。！？；：\s]{0,16}(?:活动|演出|展览|展演|赛事|讲座|义诊)(?:一览|预告|安排|日程|指南|速览)"
)
# An item led by a bullet and its date, a day or a span of days, then a gap: "●5月19日至31日　…",
# "●6月8日至9日　…", "■7月1日（周六）　…".
DAY = r"\d{1,2}月\d{1,2}日"
# The bullet may be left off where the items are set in cells, the date's part of the day or its
# time after it: "3月24日（周六）上午　市第一人民医院　人民广场　专家义诊", "6月1日　19:30　…".
# Or the hours run into the day: "4月10日（周六）8:30—11:30　市人民医院专家团队　城东人民公园南门广场".
CLOCK = r"\d{1,2}[:：]\d{2}"
EVENT_ITEM = re.compile(
    rf"(?:[●■◆▪•◎○]\s*)?{DAY}(?:\s*[至到—\-－~～、]\s*(?:\d{{1,2}}月)?\d{{1,2}}日)?"
    r"(?:\s*[（(](?:周|星期)[一二三四五六日天][）)])?(?:上午|下午|晚上|全天)?"
    rf"(?:\s*{CLOCK}(?:\s*[至到—\-－~～]\s*{CLOCK})?)?"
    r"(?:[ \t]{1,}|\u3000)\S"
)
EVENT_ITEMS_MIN = 2  # dated items in a row under the title, at least


def heads_event_box(ln: Line) -> bool:
    """``ln`` is the title of a box of events found by :func:`mark_event_boxes`: its items, set in
    cells with a date among them, are the box's text, never a table's rows."""
    from .segment_noise import narrow  # imported late: segment_noise imports segment_listings

    return ln.opens and ln.kind == "heading" and EVENTS_TITLE.fullmatch(narrow(ln.text).strip()) is not None


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
            # Each item a paragraph of its own, set flush or not: an item never runs on into the next.
            out[j] = replace(
                lines[j], kind="body", rest=lines[j].text, open=False, indent=max(lines[j].indent, 2)
            )
    return out

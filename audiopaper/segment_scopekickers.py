"""Kickers told by scope: a wider or general line over the home area's own news under it.

Why a module of its own: :mod:`audiopaper.segment_kickers` is near full; these conventions of a
local paper's two-line stack read the first line as the occasion and the second, the paper's own
area or its part in the occasion, as the news (the title):

* a campaign's progress past a mark, with no scope and no figure of its own (``“三夏”麦收进度过半``),
  over the home area's own count led by ``全市``/``全县``/``我市`` (``全市已收获小麦63万亩``):
  kicker + title, like ``秋收秋种进行时`` / ``全市秋播进度过七成``;
* the province's or the country's event (``我省特色产品亮相北京农博会``, ``省第十三届运动会落幕``)
  over the line of a place's part in it, its stand or its team (``东泊展区签约额达12.6亿元``,
  ``赣原代表团金牌数创历届新高``): kicker + title.  The home area's own event over a part of it
  (``全县第十届农民运动会闭幕`` / ``城关镇代表团获团体总分第一``) is title + subtitle.
"""

from __future__ import annotations

import re

# The home area as a line's subject: "全市…", "全县…", "我市…".
HOME_LEAD = re.compile(r"^(?:全市|全县|全区|全旗|我市|我县|我区)")
HOME_ANYWHERE = re.compile(r"全市|全县|全区|全旗|我市|我县|我区|全省|我省|全国|我国")
DIGIT = re.compile(r"\d")
GENERAL_MAX = 12  # characters of a general state line: a longer one is a report of its own
# A campaign's progress past a mark, the line's end: "麦收进度过半", "秋播过七成", "夏收近半".
PROGRESS_END = re.compile(r"(?:进度|进程)?(?:过|近|超)(?:半|[一二三四五六七八九]成)$")

# A scope wider than a local paper's, leading the line: "我省…", "全省…", "省第十三届…", "全国…".
WIDER_LEAD = re.compile(r"^(?:我省|全省|省(?=第|[\u4e00-\u9fa5]{0,4}(?:运动会|农博会|博览会))|全国|我国)")
# A place's part in an event: its stand, delegation or team, "东泊展区", "赣原代表团".
PLACE_PART = re.compile(r"^[\u4e00-\u9fa5]{2,4}(?:展区|展团|展馆|代表团|代表队|分会场)")


def is_state_over_home_count(first: str, second: str) -> bool:
    """``“三夏”麦收进度过半`` / ``全市已收获小麦63万亩``: a campaign's progress past a mark, with no
    figure and no scope, over the home area's own count is the kicker over the title.

    Only progress: a news claim over the home count (``“一老一小”寒假有去处`` / ``全市开放…共216处``)
    is title + subtitle, and so is a line with its own scope (``全国夏粮小麦收获进度过两成``).
    """
    a, b = (x.replace("\u3000", " ").strip() for x in (first, second))
    return (
        " " not in a
        and len(a) <= GENERAL_MAX
        and PROGRESS_END.search(a) is not None
        and HOME_LEAD.match(b) is not None
        and DIGIT.search(b) is not None
        and DIGIT.search(a) is None
        and HOME_ANYWHERE.search(a) is None
        and not b.startswith("—")
    )


def is_wider_event_over_part(first: str, second: str) -> bool:
    """``我省特色产品亮相北京农博会`` / ``东泊展区签约额达12.6亿元``: the province's event over a
    place's stand or team in it is the kicker over the title (the part is the local news)."""
    a, b = (x.replace("\u3000", " ").strip() for x in (first, second))
    return " " not in a and WIDER_LEAD.match(a) is not None and PLACE_PART.match(b) is not None

"""Kicker lines a headline stack opens with that no length or shape rule of
:mod:`audiopaper.segment_split` finds: they are long, yet never a headline by themselves.

Why a module of its own: :mod:`audiopaper.segment_split` is full; these are the conventions of
lines that lead into the title under them by what their last words are:

* a source of findings and its verb of reporting, the title being what it shows
  (``国际能源机构报告显示`` / ``全球可再生能源发电装机持续增长``, like ``…时强调``);
* a running series' name closed by the column word ``观察`` however long the topic before it
  (``一季度经济运行观察`` / ``全市工业经济实现“开门红”``, like the short ``国际观察``).
"""

from __future__ import annotations

import re

# A source of findings and its verb of reporting: "报告显示", "调查显示", "数据显示", "统计显示".
# What it shows is the title under it, so the line ends a kicker (it is a pattern for KICKER_CUE,
# checked at the line's end).  Only after a source: a screen's "显示" is a noun.
FINDING_LEAD = r"(?:报告|调查|数据|统计|研究|监测|民调|问卷|评估|测算)显示"

# A series' name closed by "观察": "经济运行观察", "“营改增”全面推开首月观察".  Every such first
# line of a two-line stack in the golds is the kicker.  Watching as a verb closes a title instead:
# "密接人员集中隔离观察", "患儿仍需留院观察".
SERIES_WATCH = re.compile(r"[\u4e00-\u9fa5“”·]{2,14}观察")
WATCHING = re.compile(r"(?:隔离|居家|医学|留院|住院|留观|继续|密切|仔细|持续|进一步|跟踪)观察$")


def is_series_watch(line: str) -> bool:
    """``一季度经济运行观察`` (over the series' story ``全市工业经济实现“开门红”``): a column's name."""
    text = line.replace("\u3000", " ").strip()
    return SERIES_WATCH.fullmatch(text) is not None and WATCHING.search(text) is None

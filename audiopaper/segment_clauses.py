"""Headline lines that say a full clause, never a column's name over the title under them.

Why a module of its own: :mod:`audiopaper.segment_split` reads a short first line over a longer
one as a column's name (``民生关注`` / ``暑期少儿游泳班扎堆开班…``) and a route as a title's first
half (``雪屏至丽川`` / ``旅游专列6月开行``).  Some short lines are the news itself, a clause with
its verb and its end point; they are the title, and the longer line under them its subtitle.
"""

from __future__ import annotations

import re

# A thing done until an hour of the day, the news of longer opening hours or a later last bus:
# "夏夜读书到十点", "市图书馆“晚间书房”延时至22点", "末班车延至23时".  A route ends at a place,
# never at an hour ("雪屏至丽川"), and a column names a topic, never a time things go on until.
UNTIL_HOUR = re.compile(
    r"[\u4e00-\u9fa5”]{2,}(?:到|至)(?:晚上|夜里|夜间|凌晨|深夜|次日)?"
    r"(?:\d{1,2}|[一二三四五六七八九十两]{1,3})(?:点|时)半?$"
)


def is_until_hour(text: str) -> bool:
    """``夏夜读书到十点`` over ``市图书馆延长开放时间首周迎来3000余人次``: a line saying what goes on
    until an hour is a full clause, the title (the line under it the subtitle), never a column's
    name nor a route's first half.

    Audited over every two-line stack of the golds: the one such first line is a title over its
    subtitle; every other line of the pages ending so is a title on its own line.
    """
    return UNTIL_HOUR.search(text.replace("\u3000", " ").strip()) is not None


# A sector's authorities as a line's subject: "铁路部门…", "供电部门…", "交通运输部门…".  They
# answer the news above them, its deck: "春运明日启动" / "铁路部门多措并举方便旅客购票", like
# "夏季用电高峰来临" / "供电部门提醒安全用电".
SECTOR_AUTHORITY_LEAD = re.compile(r"[\u4e00-\u9fa5]{2,4}部门(?!负责人)")
# An event with its verb, told on a short line: "春运明日启动", "供暖季今起开始".
EVENT_NEWS_END = re.compile(r"(?:启动|开始|开幕|开通|开行|开放|到来|来临|结束)$")


def is_news_over_authorities(first: str, second: str) -> bool:
    """``春运明日启动`` over ``铁路部门多措并举方便旅客购票``: a short line reporting an event is
    the news, the title, and the sector's authorities answering it under it the subtitle, never a
    column's name over a title.

    Audited over every two-line stack of the golds: each line led by a sector's 部门 under a
    first line is the subtitle; a body named by its own name (``市委常委会召开扩大会议``) under a
    campaign's slogan is the title, never led so.
    """
    a, b = (x.replace("\u3000", " ").strip() for x in (first, second))
    return EVENT_NEWS_END.search(a) is not None and SECTOR_AUTHORITY_LEAD.match(b) is not None


# A change reported done, closed by the particle "了": "暖气不热 换热站“病”了", "暖气热了 热线也
# “热”了".  A campaign's slogan of spaced clauses calls to act ("春季植树 全城添绿") and never
# closes so; a line that does is the news, the title, and the line under it its subtitle.
CHANGE_DONE_END = re.compile(r"[\u4e00-\u9fa5”]了$")


def is_change_reported(text: str) -> bool:
    """``暖气不热 换热站“病”了`` over ``热力公司承诺三天内解决``: spaced clauses whose last closes on
    ``了`` report a change, the title (never a slogan over a title).

    Audited over every two-line stack of the golds: each spaced first line closed so is a title
    (``暖气热了 热线也“热”了``, ``开学季来临 “护眼”生意火了``); one whose first clause only has it
    (``元宵过了　灯会还在``) is a kicker and stays so.
    """
    return CHANGE_DONE_END.search(text.replace("\u3000", " ").strip()) is not None


# A sudden event that happened at a place, its kind named last: "智利南部发生5.8级地震",
# "某地一化工厂发生爆炸".  The line is a full report; the line under it ("暂无人员伤亡…") is a
# clause of its own, the subtitle, never the second half of one title.
HAPPENED_END = re.compile(
    r"[\u4e00-\u9fa5]{2,}发生[^ ]{0,10}"
    r"(?:地震|火灾|爆炸|事故|山火|森林火灾|泥石流|山体滑坡|滑坡|塌方|踩踏|枪击事件|海啸|洪灾|洪水|沉船)$"
)


def is_happening_report(text: str) -> bool:
    """``智利南部发生5.8级地震`` over ``暂无人员伤亡和财产损失报告``: a line saying a sudden event
    happened somewhere is a full clause, the title, and the line under it the subtitle; a line
    breaking off at the verb (``城东一小区昨日发生`` / ``燃气爆炸``) is no such report."""
    return HAPPENED_END.search(text.replace("\u3000", " ").strip()) is not None


# A milestone crossed, in round words closing the line: "静岩港年吞吐量首破亿吨", "全市常住人口突破
# 千万", "网上零售额首超百亿元".  A figure in words of magnitude alone ("亿吨", "千万") is no digit, so
# FIGURE_END misses it; the line is still a full report, the line under it (``成为全省第三个…``)
# its subtitle, never the second half of one title.
MILESTONE_END = re.compile(
    r"(?:首破|突破|首超|破|超|过)[百千万亿]+(?:元|吨|人次|人|户|件|辆|平方米|千瓦时|度)?$"
)


def is_milestone_report(text: str) -> bool:
    """``某港年吞吐量首破亿吨`` over ``成为全省第三个“亿吨大港”``: a line closed by the round
    milestone it crossed is a full report, the title (the line under it the subtitle)."""
    return MILESTONE_END.search(text.replace("\u3000", " ").strip()) is not None


def is_full_report(text: str) -> bool:
    """A line that is a whole report by its end: a sudden event happened (``…发生5.8级地震``) or a
    milestone crossed (``…首破亿吨``); the line under it is its subtitle."""
    return is_happening_report(text) or is_milestone_report(text)


# The paper itself as a line's subject: "本报联合市统计调查队开展问卷调查", "本报记者跟进调查".  A
# line the paper opens on how it got the news is the deck, never the second half of a title.
PAPER_LEAD = re.compile(r"^(?:——)?本报(?!简讯|评论员)")


def is_paper_deck(second: str) -> bool:
    """``四成受访市民希望延长公交运营时间`` / ``本报联合市统计调查队开展问卷调查``: a line led by
    ``本报`` under a title says how the paper got the news, the subtitle; the two are never one
    title set in two lines.  Audited over the golds: every headline line so led is a subtitle."""
    return PAPER_LEAD.match(second.replace("\u3000", " ").strip()) is not None

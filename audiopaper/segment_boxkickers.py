"""Kickers over a box's label, a column of tips, and a weather reading over the news it brings.

Why a module of its own: :mod:`audiopaper.segment_kickers` is near full; these conventions read
the two lines of a stack together, as its rules do, and are called from its ``is_theme_kicker``:

* a box's generic label of coming fixtures or shows (``本周赛程``, ``下周演出预告``) under a line
  naming whose they are, a team or a venue (``渡河城投队`` / ``本周赛程``): the name is the kicker,
  the label the box's title (alone over its rows the label is the title by itself);
* a column of tips named by its kind, ``小贴士`` (``健康小贴士`` / ``冬季泡脚有讲究``), like the
  ``厨房小课堂`` of :func:`audiopaper.segment_kickers.is_column_name`;
* a weather reading, a temperature a day or a place falls or rises to (``今明两天最低气温降至-6℃``),
  over two spaced clauses telling what it brings (``寒潮来了 暖气热水有保障``): the reading is the
  lead-in (引题) and the clauses the news, as ``寒潮来袭　最低气温降至零下22℃`` is over
  ``全市供热管网“满负荷”运行``.
"""

from __future__ import annotations

import re

HAN = r"[\u4e00-\u9fa5]"
UNREAD = re.compile(r"[\s\u3000“”‘’\"]")
FIGURE = re.compile(r"\d|[一二三四五六七八九十两][十百千万亿]")

# A box's generic label of what is coming: a period at most, then the kind of list.
SCHEDULE_LABEL = re.compile(
    r"(?:本周|下周|本月|今日|明日|今天|明天|近期|周末|节日|假期|国庆|春节)?"
    r"(?:赛程|赛程表|赛事预告|比赛安排|赛事安排|演出预告|活动预告|演出安排)"
)
# Whose fixtures or shows: a bare name, no verb of its own, a few characters.
OWNER_NAME = re.compile(r"[\u4e00-\u9fa5A-Za-z“”·]{2,10}")
OWNER_VERB = re.compile(r"将|已|在|举行|举办|开赛|开打|迎战|对阵|公布|发布|出炉|调整|推迟|延期")


def is_owner_over_schedule(first: str, second: str) -> bool:
    """``渡河城投队`` over ``本周赛程``: whose fixtures, over the box's generic label, is the kicker
    (never a clause with a verb of its own: ``联赛第二阶段将开打`` / ``本周赛程`` is title + deck)."""
    a, b = (UNREAD.sub("", x) for x in (first, second))
    return (
        SCHEDULE_LABEL.fullmatch(b) is not None
        and OWNER_NAME.fullmatch(a) is not None
        and OWNER_VERB.search(a) is None
        and SCHEDULE_LABEL.search(a) is None
    )


# A column of tips named by its kind: "健康小贴士", "出行小贴士", "用药贴士".
TIPS_COLUMN = re.compile(rf"{HAN}{{2,4}}小?贴士")
TIPS_MAX = 7  # characters said: a title of tips runs longer ("高温天气防暑小贴士" alone is one)


def is_tips_column(first: str, second: str) -> bool:
    """``健康小贴士`` over ``冬季泡脚有讲究``: a tips column's name is the kicker over the tip's
    own title (never over a ``——`` line)."""
    a, b = (x.replace("\u3000", " ").strip() for x in (first, second))
    return (
        TIPS_COLUMN.fullmatch(a) is not None
        and len(a) <= TIPS_MAX
        and len(UNREAD.sub("", b)) >= 4
        and not b.startswith("—")
    )


# A temperature reached: "最低气温降至-6℃", "今明两天最低气温降至零下3℃", "气温跌破0℃".
READING = re.compile(
    r"[\u4e00-\u9fa5]{0,8}气温(?:将|或)?(?:降至|降到|跌至|跌破|升至|升到|达到|达|突破|逼近)"
    r"(?:零下|零上)?[-－]?[\d.]+(?:[—~～至-][-－]?[\d.]+)?(?:℃|度)"
)


def is_reading_over_news(first: str, second: str) -> bool:
    """``今明两天最低气温降至-6℃`` over ``寒潮来了 暖气热水有保障``: a weather reading, one clause,
    over two spaced clauses with no figure is kicker + title.

    Why: the reading is the forecast the news is told under (the lead-in), and the spaced
    clauses in the big type say what it brings the city; a deck under a reading details it with
    its own figures or a dash (``气温一夜跌了12℃ 市民裹上羽绒服`` / ``——今冬集中供暖提前3天启动``).
    """
    a = first.replace("\u3000", " ").strip()
    clauses = second.replace("\u3000", " ").split()
    return (
        READING.fullmatch(a) is not None
        and len(clauses) == 2
        and not second.strip().startswith("—")
        and not FIGURE.search(second)
    )


def is_box_kicker(first: str, second: str) -> bool:
    """Any of this module's kicker + title stacks (see its docstring)."""
    return (
        is_owner_over_schedule(first, second)
        or is_tips_column(first, second)
        or is_reading_over_news(first, second)
    )

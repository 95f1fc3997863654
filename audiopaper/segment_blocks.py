"""Blocks of a page whose lines mean something only together: boxes of briefs, lists, poems.

``mark_blocks(lines)`` re-reads classified lines by the block they sit in, before the page is
walked into stories (:mod:`audiopaper.segment_page`).  It first removes the boxes that are
never read (:mod:`audiopaper.segment_boxes`: adverts, tables, cartoons, column labels
over editor's notes; :mod:`audiopaper.segment_weather`: weather boxes;
:mod:`audiopaper.segment_listings`: listings of shows; :mod:`audiopaper.segment_servicerows`:
rows of the paper's services and the site's contacts) and the notices that are
never read or their signatures (:mod:`audiopaper.segment_notices`), then finds the blocks that
are read:

* a box of briefs whose items carry their own titles (``区县简讯`` / ``槐东区：“田保姆”托管…`` /
  one paragraph / ``新港区：…``) is a story per item, and the box's label is never read;
  a box of bullet items without titles (``新品速递`` / ``■ 华芯微电子推出…``) stays one story;
* a box's label alone above schedule lines (``本周赛程`` / ``4月15日（周二）`` / ``19:35  CBA…``)
  or list items (``专家提醒`` / ``1.注意保暖…``, ``医卫动态`` / ``■市…``) opens a story of its own,
  never a sub-head of the story before it (closed by ``（以上为北京时间，具体以电视台播出为准）`` it
  is a TV guide, never read), and so does a chronicle's label over dated lines (``X三十年大事记`` /
  ``1984年6月　经国务院批准，…`` / ``1993年10月　…``), the briefs' label letter-spaced like a name (``简　讯``) too, never a
  byline, and so does a column of briefs named like a paper
  below the page's text (``都市快报`` / ``【公交】…`` / ``【便民】…``), never a masthead;
* a poem's lines under its byline (``春分（外一首）`` / ``□ 林  溪`` / ``一场雨落在麦苗上`` / …) are
  its text, each line a paragraph of its own, though each is short and unpunctuated like a title.

Why a module of its own: each is a run of lines with a start and an end, a larger unit than
the headline stacks of :mod:`audiopaper.segment_heads`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_banners import (
    mark_campaign_banner,
    mark_motto_banner,
    mark_series_labels,
    mark_slogan_banner,
    mark_supplement_banner,
    mark_theme_banner,
)
from .segment_boxes import (
    BOX_LABEL,
    EDITORS_NOTE,
    mark_adverts,
    mark_cartoons,
    mark_note_labels,
    mark_tables,
)
from .segment_footers import ART_CREDIT
from .segment_heads import BRIEFS, COLUMN_NAME
from .segment_kindlabels import mark_kind_labels
from .segment_labels import (
    mark_banners,
    mark_news_scopes,
    mark_photo_labels,
    mark_section_parts,
    mark_section_top,
    mark_service_labels,
    mark_service_strip,
)
from .segment_lines import Line, compact, is_headline_like
from .segment_listings import mark_listing_boxes, mark_tv_guides
from .segment_noise import narrow
from .segment_notices import mark_notices
from .segment_partlabels import mark_page_parts
from .segment_servicerows import mark_service_rows
from .segment_weather import mark_weather
from .segment_webmeta import mark_trailing_web_fields
from .segment_xrefs import mark_listed_headlines, mark_related_links, mark_xrefs

__all__ = ["mark_blocks", "EDITORS_NOTE"]

# Where a brief happened, then its news: a district, county, town, village or body of the city.
PLACED_TITLE = re.compile(r"^[\u4e00-\u9fa5]{1,8}(?:区|县|市|镇|乡|村|街道|社区|州|旗|开发区|新区|园区)[：:]")
VERSE_MAX = 20  # characters in a line of verse
VERSE_MIN = 4  # lines of verse, at least, before a run of short lines is a poem
# A line of a schedule: a date alone ("4月15日（周二）") or a time then a wide gap ("19:35  CBA…").
WEEKDAY = r"(?:\s*[（(]\s*(?:周|星期)[一二三四五六日天]\s*[）)])?"
# Each may lead with a bullet: "◎9月29日　19:30　联赛半决赛　市体育馆"; the date's time may follow
# it with no gap: "10月18日（周三）19:35　城市足球超级联赛　市体育中心".
SCHEDULE_LINE = re.compile(
    rf"^[◎●○■□◆◇▲△★☆•·]?\s*(?:\d{{1,2}}月\d{{1,2}}日{WEEKDAY}"
    r"(?:$|[ \t]{2,}|\u3000|\s?\d{1,2}[:：]\d{2}(?:[ \t]{2,}|\u3000)\S)"
    r"|\d{1,2}[:：]\d{2}(?:\s*[-—–~～至]\s*\d{1,2}[:：]\d{2})?(?:[ \t]{2,}|\u3000)\S)"
)
SCHEDULE_MIN = 3  # schedule lines in a row under a label, at least
# A label naming what it lists, a day's fixtures, may be long and head two lines only:
# "全市联赛总决赛首轮赛程（9月28日）" / "19:30　甲队 vs 乙队" / "21:00　丙队 vs 丁队".
SCHEDULE_TITLE = re.compile(
    r"[^，。！？；：\s]{0,24}(?:赛程|赛事预告|比赛安排|赛事安排|日程安排|日程|活动预告|演出预告)"
    r"(?:表|一览)?(?:[（(][^（）()]{2,12}[）)])?"
)
SCHEDULE_TITLED_MIN = 2  # schedule lines under such a label, at least
# An item of a box of tips or briefs: numbered ("1.注意保暖…", "（2）", "③") or bulleted ("■市…").
LIST_ITEM = re.compile(r"^(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[①-⑳]|[■□◆◇●○▪•])")
LIST_MIN = 2  # items in a row under a label, at least
# Or, in a box under its label only, a hollow-dot item: "文化动态" / "◎市美术馆…" / "◎…".
BOX_ITEM = re.compile(rf"{LIST_ITEM.pattern}|^◎")
# A list made public, its title naming the list and that it is out: "9月“北麓好人榜”发布",
# "第三批市级非遗名录公布", "2024年度“十佳”名单揭晓" (its items the list's names and deeds).
LIST_OUT = re.compile(r"[^，。！？；：\s]{2,24}(?:榜|榜单|名单|名录)”?(?:发布|公布|揭晓|出炉)")
# A box of tips or a notice, whatever the words before: "高温天气防暑小贴士", "停水通知".
TIPS = re.compile(r"^[^，。！？；：]{0,12}(?:小贴士|贴士|小提示|温馨提示|小常识|小知识|须知)$")
# Numbered sub-heads are an outline, never verse: "一、开幕式", "（二）", "3.", "②".
OUTLINE = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|[①-⑳])"
)


def mark_blocks(lines: list[Line]) -> list[Line]:
    """``lines`` with adverts, tables, weather boxes, cartoons and note labels made noise,
    schedule and list boxes and titled briefs opening stories, and verse made text."""
    lines = mark_service_rows(mark_art_credits(lines))
    lines = mark_tv_guides(
        mark_listing_boxes(mark_adverts(mark_xrefs(mark_related_links(mark_listed_headlines(lines)))))
    )
    lines = mark_notices(
        mark_series_labels(mark_note_labels(mark_cartoons(mark_weather(mark_tables(lines)))))
    )
    lines = mark_theme_banner(mark_campaign_banner(mark_section_top(mark_banners(lines))))
    lines = mark_supplement_banner(mark_motto_banner(mark_slogan_banner(lines)))
    lines = mark_service_strip(
        mark_service_labels(mark_news_scopes(mark_page_parts(mark_section_parts(lines))))
    )
    lines = mark_trailing_web_fields(mark_kind_labels(mark_photo_labels(lines)))
    lines = mark_brief_columns(mark_brief_labels(lines))
    return mark_verse(mark_brief_titles(mark_bullet_runs(mark_lists(mark_chronicles(mark_schedules(lines))))))


def mark_art_credits(lines: list[Line]) -> list[Line]:
    """Who drew a feature's art is never read: ``外婆的腌菜坛`` / ``题图/韦  萌`` / ``□ 盘秀英``."""
    return [
        replace(ln, kind="noise", reason="photo credit")
        if ln.kind != "noise" and ART_CREDIT.fullmatch(narrow(ln.text).strip())
        else ln
        for ln in lines
    ]


# The note closing a box of what is on the air: "（以上为北京时间，具体以电视台播出为准）".
BROADCAST_NOTE = re.compile(
    r"[（(]?(?:注\s*[:：])?(?:以上|上述)[^（）()。]{0,30}?(?:播出|直播|转播)(?:时间)?为准[^（）()]{0,10}[）)]?"
    r"|[（(]?(?:注\s*[:：])?(?:以上|上述)?[^（）()。]{0,4}以(?:电视台|电台|频道)?(?:实际)?播出为准[）)]?"
)


def mark_schedules(lines: list[Line]) -> list[Line]:
    """A label alone above ``SCHEDULE_MIN`` schedule lines or more opens a story: a box of its own,
    its lines its text (each may lead with a bullet: ``赛事预告`` / ``◎9月29日　19:30　…``); a label
    naming a day's fixtures heads two: ``…首轮赛程（9月28日）`` / ``19:30　甲队 vs 乙队`` / ``21:00　…``.

    Closed by a note that it is what is on the air, it is a TV guide, never read, its label and
    note too: ``今日看点（8月15日）`` / ``9:00　射击　男子50米步枪三姿资格赛`` / … /
    ``（以上为北京时间，具体以电视台播出为准）``.
    """
    out = list(lines)
    for i, ln in enumerate(lines):
        titled = ln.kind != "noise" and bool(SCHEDULE_TITLE.fullmatch(narrow(ln.text).strip()))
        # The guide's label may end in its date, read as text: "今日看点（8月15日）".
        if not titled and (ln.kind == "noise" or len(ln.rest) > 12 or re.search(r"[，。！？；]", ln.rest)):
            continue
        run = 0
        while i + 1 + run < len(lines) and SCHEDULE_LINE.match(narrow(lines[i + 1 + run].text)):
            run += 1
        end = i + 1 + run
        if (
            run >= SCHEDULE_MIN
            and end < len(lines)
            and BROADCAST_NOTE.fullmatch(narrow(lines[end].text.strip()))
        ):
            out[i : end + 1] = [replace(x, kind="noise", reason="listing") for x in lines[i : end + 1]]
        elif run >= SCHEDULE_MIN and ln.kind == "heading" or titled and run >= SCHEDULE_TITLED_MIN:
            out[i] = replace(ln, kind="heading", opens=True)
            # Its lines are the box's text, never headlines of their own ("19:30　甲队 vs 乙队").
            for k in range(i + 1, end):
                if lines[k].kind == "heading":
                    out[k] = replace(lines[k], kind="body", rest=lines[k].text, open=False)
    return out


# A chronicle's label and its dated lines: "灵泉三十年大事记" / "1984年6月　经国务院批准，…" (a year
# and a month or a day, then a wide gap and the event).
CHRONICLE_TITLE = re.compile(r"[^，。！？；：\s]{0,16}(?:大事记|大事年表|纪事|年表)")
CHRONICLE_LINE = re.compile(
    r"^[◎●○■□◆◇▲△★☆•·]?\s*(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:[ \t]{2,}|\u3000)\S"
)


def mark_chronicles(lines: list[Line]) -> list[Line]:
    """A chronicle's label alone above ``SCHEDULE_MIN`` dated lines or more opens a story, its
    lines its text: ``X三十年大事记`` / ``1984年6月　…`` / ``1993年10月　…`` / ``1998年7月　…``
    (a box beside the story above, never its sub-head)."""
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind != "heading" or not CHRONICLE_TITLE.fullmatch(narrow(ln.text).strip()):
            continue
        end = i + 1
        while end < len(lines) and CHRONICLE_LINE.match(narrow(lines[end].text)):
            end += 1
        if end - i - 1 >= SCHEDULE_MIN:
            out[i] = replace(ln, opens=True)
            for k in range(i + 1, end):
                if lines[k].kind == "heading":
                    out[k] = replace(lines[k], kind="body", rest=lines[k].text, open=False)
    return out


def is_wire_item(ln: Line) -> bool:
    """``■据新华社电　俄罗斯莫斯科市政府12日宣布…``: a bulleted item led by its source's dateline."""
    return ln.kind == "byline" and bool(ln.rest) and LIST_ITEM.match(ln.text) is not None


def mark_lists(lines: list[Line]) -> list[Line]:
    """A short label alone above ``LIST_MIN`` list items or more opens a story: a box of its own.

    ``专家提醒`` / ``1.注意保暖…`` / ``2.…``, ``医卫动态`` / ``■市…`` / ``■…``, ``文化动态`` /
    ``◎市美术馆…`` (hollow dots, here only): a box beside a story, never its sub-head.  Only a
    label of a few characters (``BOX_LABEL``) or one naming tips (``高温天气防暑小贴士``) or a
    list made public (``9月“北麓好人榜”发布`` /
    ``●见义勇为：…`` / ``●诚实守信：…``): a longer heading over a list is a sub-head of its story.
    Items led by a wire's dateline (``环球速览`` / ``■据新华社电　…``) are the box's text, each
    whole, never stories with bylines of their own.
    """
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind != "heading" or not (
            BOX_LABEL.fullmatch(ln.rest) or TIPS.match(ln.rest) or LIST_OUT.fullmatch(ln.rest)
        ):
            continue
        k = i + 1
        while k < len(lines) and (is_wire_item(lines[k]) or lines[k].kind == "body"):
            if lines[k].kind == "body" and not BOX_ITEM.match(lines[k].rest or lines[k].text):
                break
            k += 1
        if k - i - 1 >= LIST_MIN:
            out[i] = replace(ln, opens=True)
            for j in range(i + 1, k):
                if lines[j].kind == "byline":
                    out[j] = replace(lines[j], kind="body", rest=lines[j].text, byline="")
    return out


BULLET = re.compile(r"^[■◆●▪•]")  # solid bullets: a list's items, never a headline list's ◎/○


def mark_bullet_runs(lines: list[Line]) -> list[Line]:
    """Items led by one bullet right under a headline are its story's list, read as text.

    ``一图读懂`` / ``2025年民生实事“成绩单”`` / ``●新增城镇就业4.6万人`` / ``●新建…，新增学位1.5万个``
    / ``●…``: an item short and unpunctuated like a headline line is still an item, never the
    title's subtitle nor a headline of its own.  Only a run of ``LIST_MIN`` items or more with
    the same bullet, at least one of them punctuated text.
    """
    out = list(lines)
    for i, ln in enumerate(lines[1:], 1):
        if lines[i - 1].kind != "heading" or ln.kind not in ("heading", "body"):
            continue
        if not (m := BULLET.match(ln.text)):
            continue
        k = i
        while k < len(lines) and lines[k].kind in ("heading", "body") and lines[k].text.startswith(m[0]):
            k += 1
        run = lines[i:k]
        if len(run) >= LIST_MIN and any(x.kind == "body" for x in run):
            for j in range(i, k):
                if lines[j].kind == "heading":
                    out[j] = replace(lines[j], kind="body", rest=lines[j].text, open=False)
    return out


def mark_brief_labels(lines: list[Line]) -> list[Line]:
    """A box's label naming briefs, short like a name (``简　讯``, ``快讯``), is never a byline.

    Under a table's rows, which read as headlines until :func:`mark_tables` finds them, such a
    label over text is taken for a writer's name signed under a headline (``品　名　　单价`` /
    ``鸡　蛋　　9.20`` / ``简　讯`` / ``■3月16日，…``); it is the box's label again, as over a
    story's text (``经济简讯`` is never taken for a name).
    """
    return [
        replace(ln, kind="heading", rest=ln.byline, byline="")
        if ln.kind == "byline" and not ln.rest and BRIEFS.fullmatch(compact(ln.text))
        else ln
        for ln in lines
    ]


# A column of briefs named like a paper, "X快报": "都市快报", "社区快报" (a masthead's shape).
BRIEFS_COLUMN = re.compile(r"[\u4e00-\u9fa5]{2,4}快报")
# An item of a box of briefs led by its topic in brackets: "【公交】5月27日起，公交125路…".
TOPIC_ITEM = re.compile(r"^[【〔\[][\u4e00-\u9fa5]{2,4}[】〕\]]\S")


def mark_brief_columns(lines: list[Line]) -> list[Line]:
    """A ``…快报`` line taken for a masthead, below the page's first text and over ``LIST_MIN``
    items or more, is a column of briefs that opens a story: ``都市快报`` / ``【公交】5月27日起…`` /
    ``【便民】…``.  At the page's top, before any text, it stays the paper's name.
    """
    out = list(lines)
    seen_text = False
    for i, ln in enumerate(lines):
        if ln.kind in ("body", "byline", "caption"):
            seen_text = True
        if not seen_text or ln.reason != "masthead" or not BRIEFS_COLUMN.fullmatch(ln.text.strip()):
            continue
        k = i + 1
        while (
            k < len(lines)
            and lines[k].kind == "body"
            and (LIST_ITEM.match(lines[k].text.strip()) or TOPIC_ITEM.match(lines[k].text.strip()))
        ):
            k += 1
        if k - i - 1 >= LIST_MIN:
            out[i] = replace(ln, kind="heading", reason="", rest=ln.text.strip(), opens=True)
    return out


def is_brief_title(ln: Line) -> bool:
    """``槐东区：“田保姆”托管服务覆盖3.2万亩``: a brief's own short, unpunctuated title."""
    return ln.kind in ("field", "heading") and is_headline_like(ln.rest)


def is_placed_title(ln: Line) -> bool:
    """``鼓楼区：社区“暖心驿站”开门迎客``: a brief's title led by where it happened and a colon."""
    return ln.kind == "field" and PLACED_TITLE.match(ln.rest) is not None and is_headline_like(ln.rest)


def mark_brief_titles(lines: list[Line]) -> list[Line]:
    """In a box of briefs with titled items, each title opens a story; the box label is unread.

    An item is a title line and the paragraph lines under it; two items at least, so that one
    sub-head under a box label (``本地快讯`` / ``一句话新闻`` / text) is not read as a box.  A box
    whose label does not say briefs (``身边事``, ``城事``) is one only when its label is short and
    every item's title is led by its place (``鼓楼区：…`` / ``榆阳区：…``).
    """
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind != "heading":
            continue
        if BRIEFS.search(ln.rest):
            title_ok = is_brief_title
        elif BOX_LABEL.fullmatch(ln.rest):
            title_ok = is_placed_title
        else:
            continue
        titles = []
        k = i + 1
        while k + 1 < len(lines) and title_ok(lines[k]) and lines[k + 1].kind == "body":
            titles.append(k)
            k += 2
            while k < len(lines) and lines[k].kind == "body":
                k += 1
        if len(titles) >= 2:
            out[i] = replace(ln, kind="noise", reason="section label")
            for t in titles:
                out[t] = replace(
                    lines[t], kind="heading", rest=re.sub(r"[\s\u3000]+", " ", lines[t].rest), opens=True
                )
    return out


def is_verse(ln: Line) -> bool:
    text = compact(ln.rest or ln.text)
    return ln.kind in ("heading", "body") and len(text) <= VERSE_MAX and not OUTLINE.match(text)


def title_size(lines: list[Line], start: int, end: int) -> int:
    """How many of ``lines[start:end]`` head the story whose byline is ``lines[end]``.

    The title, a ``——`` subtitle under it, and a column's name above (``书边小札``).
    """
    n = 2 if end - 2 >= start and (lines[end - 1].rest or "").startswith("——") else 1
    if end - n - 1 >= start and COLUMN_NAME.fullmatch(lines[end - n - 1].rest or ""):
        n += 1
    return n


def mark_verse(lines: list[Line]) -> list[Line]:
    """Short lines under a byline that sits under its title are a poem's lines: text, never joined.

    ``春分（外一首）`` / ``□ 林  溪`` / ``一场雨落在麦苗上`` / ``把冬天最后的寒意`` / …: four such
    lines at least, mostly shaped like headlines, up to the next story's headline and byline
    (``书边小札`` / ``旧书里的春天`` / ``文/周  默``), a longer headline or the page's end; never
    followed by prose, which makes them a story's sub-heads.  An inner title (``清明``) is a
    line of it.
    """
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind != "byline" or ln.rest or i == 0 or lines[i - 1].kind != "heading":
            continue
        j = i + 1
        while j < len(lines) and is_verse(lines[j]):
            j += 1
        end = j
        if j < len(lines) and lines[j].kind in ("body", "caption", "field"):
            continue
        if j < len(lines) and lines[j].kind == "byline":
            end = j - title_size(lines, i + 1, j)
        run = lines[i + 1 : end]
        if len(run) >= VERSE_MIN and 2 * sum(v.kind == "heading" for v in run) > len(run):
            for k in range(i + 1, end):
                out[k] = replace(lines[k], kind="body", rest=lines[k].rest or lines[k].text, open=False)
    return out

"""Blocks of a page whose lines mean something only together: adverts, boxes of briefs, poems.

``mark_blocks(lines)`` re-reads classified lines by the block they sit in, before the page is
walked into stories (:mod:`audiopaper.segment_page`):

* an advert (``广告`` / ``华盛家居建材城八周年庆`` / offers / ``活动时间：…`` / ``订购热线：…`` /
  ``（本广告由发布者负责）``) is never read, however much of it looks like a headline or a field;
* a box of briefs whose items carry their own titles (``区县简讯`` / ``槐东区：“田保姆”托管…`` /
  one paragraph / ``新港区：…``) is a story per item, and the box's label is never read;
  a box of bullet items without titles (``新品速递`` / ``■ 华芯微电子推出…``) stays one story;
* a table's header row and title over its rows (``中超积分榜（截至4月12日）`` / ``排名  球队  场次`` /
  ``1  申江海港  6  5  1  0  16``, the rows noise already) are never read, like the rows;
* a box's label alone above schedule lines (``本周赛程`` / ``4月15日（周二）`` / ``19:35  CBA…``)
  or list items (``专家提醒`` / ``1.注意保暖…``, ``医卫动态`` / ``■市…``) opens a story of its own,
  never a sub-head of the story before it;
* a weather box's label over its days (``今明天气`` / ``今天：多云，局部有雷阵雨　26℃～34℃``) is
  never read, like the days' lines;
* a cartoon's title between its label and artist (``漫画`` / ``“剩”宴`` / ``张  恒/作``) and a
  column's label over an editor's note (``岷江论坛`` / ``编者按：…`` / headline) are never read;
* a poem's lines under its byline (``春分（外一首）`` / ``□ 林  溪`` / ``一场雨落在麦苗上`` / …) are
  its text, each line a paragraph of its own, though each is short and unpunctuated like a title.

Why a module of its own: each is a run of lines with a start and an end, a larger unit than
the headline stacks of :mod:`audiopaper.segment_heads`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_heads import BRIEFS, COLUMN_NAME, is_photo_story
from .segment_lines import FINAL, Line, is_headline_like
from .segment_noise import TABLE_FIGURE, narrow, table_cells

__all__ = ["mark_blocks", "EDITORS_NOTE"]

# "编者按：…" printed between a headline and its byline introduces that story (or its series).
EDITORS_NOTE = ("编者按", "编者的话", "编前", "编者注", "【编者按】", "［编者按］")

AD_LINES = 15  # an advert's lines after its label, at most
DISCLAIMER = re.compile(r"广告.{0,16}负责")
# A box's label that does not name briefs: a short unpunctuated word (``身边事``, ``城事``).
BOX_LABEL = re.compile(r"[\u4e00-\u9fa5]{2,5}")
# Where a brief happened, then its news: a district, county, town, village or body of the city.
PLACED_TITLE = re.compile(r"^[\u4e00-\u9fa5]{1,8}(?:区|县|市|镇|乡|村|街道|社区|州|旗|开发区|新区|园区)[：:]")
VERSE_MAX = 20  # characters in a line of verse
VERSE_MIN = 4  # lines of verse, at least, before a run of short lines is a poem
# A table's title ends in its date, "（截至4月12日）", or names a table: "…积分榜", "…排行榜", "…一览表".
# Or in the bare date of its figures: "主要指数收盘（2月26日）".
TABLE_TITLE = re.compile(
    r"^[^，。！？；]{2,30}(?:[（(]\s*截至[^）)]{1,16}[）)]|(?:[榜表]|指标|一览)(?:[（(][^）)]{1,16}[）)])?"
    r"|[（(]\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*[）)])$"
)
HEADER_CELL_MAX = 6  # characters in a header cell: "排名", "球队", "净胜球", or with a unit:
HEADER_UNIT = re.compile(r"[\u4e00-\u9fa5]{1,4}[（(][^（）()]{1,6}[）)]")  # "单价（元/斤）"
# A line of a schedule: a date alone ("4月15日（周二）") or a time then a wide gap ("19:35  CBA…").
WEEKDAY = r"(?:\s*[（(]\s*(?:周|星期)[一二三四五六日天]\s*[）)])?"
SCHEDULE_LINE = re.compile(
    rf"^\d{{1,2}}月\d{{1,2}}日{WEEKDAY}(?:$|[ \t]{{2,}}|\u3000)"
    r"|^\d{1,2}[:：]\d{2}(?:\s*[-—–~～至]\s*\d{1,2}[:：]\d{2})?(?:[ \t]{2,}|\u3000)\S"
)
SCHEDULE_MIN = 3  # schedule lines in a row under a label, at least
# An item of a box of tips or briefs: numbered ("1.注意保暖…", "（2）", "③") or bulleted ("■市…").
LIST_ITEM = re.compile(r"^(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[①-⑳]|[■□◆◇●○▪•])")
LIST_MIN = 2  # items in a row under a label, at least
# A box of tips or a notice, whatever the words before: "高温天气防暑小贴士", "停水通知".
TIPS = re.compile(r"^[^，。！？；：]{0,12}(?:小贴士|贴士|小提示|温馨提示|小常识|小知识|须知)$")
NOTICE = re.compile(r"^[^，。！？；：]{0,12}(?:通知|公告|通告|启事|声明|公示)$")
# A signature closing a notice or letter: who issued it ("滨城水务集团"), then the bare date.
CN_NUM = r"\d〇零一二三四五六七八九十"
BARE_DATE = re.compile(rf"[{CN_NUM}]{{4}}\s*年\s*[{CN_NUM}]{{1,3}}\s*月\s*[{CN_NUM}]{{1,3}}\s*日")
ISSUER = re.compile(
    r"[\u4e00-\u9fa5（）()]{2,20}(?:公司|集团|局|委员会|办公室|中心|政府|医院|学校|协会|学会|银行|分行|支行|"
    r"管理处|指挥部|街道办事处|居委会|村委会|服务站|研究所|研究院)"
)
# A weather box's label: "今明天气", "天气预报", "未来三天天气".
WEATHER_LABEL = re.compile(
    r"(?:今明|今日|今天|明日|明天|本周|一周|近期|未来[\d一二三四五六七]天)?天气(?:预报)?"
)
CARTOON_TITLE_MAX = 2  # lines between a cartoon's label and its artist
# Numbered sub-heads are an outline, never verse: "一、开幕式", "（二）", "3.", "②".
OUTLINE = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|[①-⑳])"
)


def mark_blocks(lines: list[Line]) -> list[Line]:
    """``lines`` with adverts, tables, weather boxes, cartoons and note labels made noise,
    schedule and list boxes and titled briefs opening stories, and verse made text."""
    lines = mark_notices(mark_note_labels(mark_cartoons(mark_weather(mark_tables(mark_adverts(lines))))))
    return mark_verse(mark_brief_titles(mark_lists(mark_schedules(lines))))


def is_table_header(ln: Line, width: int) -> bool:
    """``排名  球队  场次  胜  平  负  积分``: short word cells, as many as the row under it has."""
    cells = table_cells(narrow(ln.text))
    return (
        ln.kind != "noise"
        and abs(len(cells) - width) <= 1
        and len(cells) >= 3
        and all(
            (len(c) <= HEADER_CELL_MAX or HEADER_UNIT.fullmatch(c)) and not TABLE_FIGURE.fullmatch(c)
            for c in cells
        )
    )


def mark_tables(lines: list[Line]) -> list[Line]:
    """Make a table's header row and its title (just above its first row) noise, like its rows.

    Only next to rows already found (:func:`audiopaper.segment_noise.is_table_row`): a line
    ending in ``榜`` or ``（截至…）`` elsewhere is a headline.
    """
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.reason != "table" or (i and lines[i - 1].reason == "table"):
            continue
        k = i - 1
        if k >= 0 and is_table_header(lines[k], len(table_cells(ln.text))):
            out[k] = replace(lines[k], kind="noise", reason="table")
            k -= 1
        if k >= 0 and lines[k].kind != "noise" and TABLE_TITLE.match(narrow(lines[k].text)):
            out[k] = replace(lines[k], kind="noise", reason="table")
    return out


def mark_weather(lines: list[Line]) -> list[Line]:
    """A weather box's label over its days' lines is never read: ``今明天气`` / ``今天：多云　26℃～34℃``.

    Only over such lines: ``今明天气`` over text is a story's headline.
    """
    out = list(lines)
    for i, ln in enumerate(lines[:-1]):
        if ln.kind == "heading" and WEATHER_LABEL.fullmatch(ln.rest) and lines[i + 1].reason == "weather":
            out[i] = replace(ln, kind="noise", reason="weather")
    return out


def mark_schedules(lines: list[Line]) -> list[Line]:
    """A label alone above ``SCHEDULE_MIN`` schedule lines or more opens a story: a box of its own."""
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind != "heading" or len(ln.rest) > 12:
            continue
        run = 0
        while i + 1 + run < len(lines) and SCHEDULE_LINE.match(narrow(lines[i + 1 + run].text)):
            run += 1
        if run >= SCHEDULE_MIN:
            out[i] = replace(ln, opens=True)
    return out


def is_wire_item(ln: Line) -> bool:
    """``■据新华社电　俄罗斯莫斯科市政府12日宣布…``: a bulleted item led by its source's dateline."""
    return ln.kind == "byline" and bool(ln.rest) and LIST_ITEM.match(ln.text) is not None


def mark_lists(lines: list[Line]) -> list[Line]:
    """A short label alone above ``LIST_MIN`` list items or more opens a story: a box of its own.

    ``专家提醒`` / ``1.注意保暖…`` / ``2.…``, ``医卫动态`` / ``■市第一人民医院…`` / ``■…``: a box
    beside a story, never its sub-head.  Only a label of a few characters (``BOX_LABEL``) or one
    naming tips (``高温天气防暑小贴士``): a longer heading over a list is a sub-head of its story.
    Items led by a wire's dateline (``环球速览`` / ``■据新华社电　…``) are the box's text, each
    whole, never stories with bylines of their own.
    """
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind != "heading" or not (BOX_LABEL.fullmatch(ln.rest) or TIPS.match(ln.rest)):
            continue
        k = i + 1
        while k < len(lines) and (is_wire_item(lines[k]) or lines[k].kind == "body"):
            if lines[k].kind == "body" and not LIST_ITEM.match(lines[k].rest or lines[k].text):
                break
            k += 1
        if k - i - 1 >= LIST_MIN:
            out[i] = replace(ln, opens=True)
            for j in range(i + 1, k):
                if lines[j].kind == "byline":
                    out[j] = replace(lines[j], kind="body", rest=lines[j].text, byline="")
    return out


def mark_notices(lines: list[Line]) -> list[Line]:
    """A notice opens a story of its own, and its signature is never read.

    ``停水通知`` / text / ``咨询电话：96606`` / ``滨城水务集团`` / ``2016年7月19日``: the heading is
    never a sub-head of the story above; who issued it and when, after its last line of text,
    are not news.  A bare date closing finished text is such a signature, with or without its
    issuer above it, unless text follows it: then it is a timeline's sub-head (``2019年8月1日`` / …).
    """
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind == "heading" and NOTICE.match(ln.rest):
            out[i] = replace(ln, opens=True)
        if ln.kind in ("noise", "byline") or not BARE_DATE.fullmatch(narrow(ln.text)) or i == 0:
            continue
        if i + 1 < len(lines) and lines[i + 1].kind in ("body", "field", "caption"):
            continue
        k = i - 1
        if ISSUER.fullmatch(lines[k].text) and lines[k].kind == "heading" and k > 0:
            k -= 1
        if lines[k].kind in ("body", "field") and not lines[k].open:
            for j in range(k + 1, i + 1):
                out[j] = replace(lines[j], kind="noise", reason="signature")
    return out


def mark_note_labels(lines: list[Line]) -> list[Line]:
    """A column's label alone over an editor's note and then a headline is never read.

    ``岷江论坛`` / ``编者按：…`` / ``让“光盘”从倡议变成习惯`` / ``□ 周文轩``: the label names the
    page's column, and the note leads the first piece under it (:mod:`audiopaper.segment_page`).
    A title over its own note (``一个山村的“数字账本”`` / ``编者按：…`` / ``本报记者 …``) stays.
    """
    out = list(lines)
    for i in range(len(lines) - 2):
        ln, note, head = lines[i], lines[i + 1], lines[i + 2]
        if (
            ln.kind == "heading"
            and BOX_LABEL.fullmatch(ln.rest)
            and (i == 0 or lines[i - 1].kind not in ("heading", "label"))
            and note.kind in ("body", "field")
            and note.text.startswith(EDITORS_NOTE)
            and head.kind in ("heading", "label")
        ):
            out[i] = replace(ln, kind="noise", reason="column label")
    return out


def mark_cartoons(lines: list[Line]) -> list[Line]:
    """A cartoon's title, between its label and its artist, is never read like them.

    ``漫画`` / ``“剩”宴`` / ``张  恒/作``: a drawing has nothing to read aloud.
    """
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.reason != "cartoon":
            continue
        end = next(
            (
                k
                for k in range(i + 1, min(i + 2 + CARTOON_TITLE_MAX, len(lines)))
                if lines[k].reason == "cartoon"
            ),
            None,
        )
        if end is not None and all(lines[k].kind == "heading" for k in range(i + 1, end)):
            for k in range(i + 1, end):
                out[k] = replace(lines[k], kind="noise", reason="cartoon")
    return out


def is_advert_label(ln: Line) -> bool:
    return ln.reason == "advertisement" and not DISCLAIMER.search(ln.text)


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
    text = re.sub(r"[\s\u3000]+", "", ln.rest or ln.text)
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

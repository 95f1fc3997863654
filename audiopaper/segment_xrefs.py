"""Lines that point the reader to another page: never read as text, kept as teasers if they name a story.

Two conventions the line classifier (:mod:`audiopaper.segment_lines`) does not know:

* a cross-reference under a story, named by what it points to: ``相关报道见A05版`` (a bare pointer,
  never read) or ``相关新闻详见A05版：开学季 这份安全提示请收好`` (a teaser to page 5 with the
  title it names), the title after a colon, in book-title marks or after an arrow
  (``相关新闻见A07版▶寒潮来袭，这些养生误区要避开``, a teaser to page 7), even when set between the two
  halves of a paragraph (the page walker rejoins them);
* an item of a page's guide, a bullet then a headline then the page's code in brackets, with or
  without 版: ``◆苇塘籍运动员载誉归来（A08）`` (a teaser to page 8).  Only a lettered code
  (``A08``, ``B3``) or a page named with 版 (``★全市高考评卷工作启动（2版）``): ``◆…（3）`` may be
  an item's number;
* a cross-reference under a story naming the story first, its page after in brackets:
  ``》》相关阅读：业委会成立难在哪？（A06版）`` (a teaser to page 6 with that title), or the title in
  book-title marks and the page after, no brackets: ``延伸阅读：《牧塬民歌进课堂》详见A13版`` (to page 13);
* a headline, then its page in brackets, named by what it points to: ``世界防治结核病日（相关报道见B04版）``
  (a teaser to page 4; no stop or comma in the headline);
* an item of a guide without a bullet, the page named in full: ``导读`` / ``城区7万户居民告别“土暖气”（第二版）``
  or ``云桥茶叶“出山”记（2版）`` (a teaser to page 2), only under the guide's label or among other such items;
* a teaser whose headline asks or exclaims, apart by a wide gap from where its story is:
  ``春节期间医院门诊如何安排？　详见A13版`` (a teaser to page 13), or led by an arrow, with no gap:
  ``▶补贴怎么领？详见A06版``, or by a box's bullet: ``■植树造林“云认养”怎么参与？详见A05版`` (to page 5);
* a guide item's summary under its headline, one sentence or two, then a wide gap and where the
  story is: ``【市民】公交票价听证会举行　多数代表赞成降价`` / ``听证会上，23名代表…发表了意见。　详见6版``
  (the headline a teaser to page 6, its summary never read: the story is read on its page);
* a guide box's label alone over its items (``今日看点`` / ``【市民】…`` / its summary): never read;
* a guide box's items set on lines of their own under its label (:func:`mark_guide_items`): a headline,
  maybe a one- or two-line summary, then where the story is alone on its line (``导读`` / ``春耕备耕
  有序推进`` / ``全市已完成播种面积…。`` / ``详见A06版`` / ``夜市重开迎客`` / ``▶A04``): each headline a
  teaser to its page, its summary and pointer never read (the stories are read on their pages);
* a further-reading box's label alone over such a pointer (``相关链接`` / ``城区供热服务网点一览　详见A08版``,
  ``延伸阅读``, ``更多报道``): never read, as its pointer is not (``"cross-reference"``).
* a web page's box of links to related stories, its label alone over bulleted headlines, on a
  page with the site's frame (:func:`mark_related_links`): ``相关新闻：`` / ``·今年将新改建城市公园12个``
  / ``·公交线路春节后恢复正常运营`` (never read: the stories are elsewhere on the site).

An item of the page's own headline list, a marker and then a headline the page prints again
lower down, is never read either: ``01　元旦假期全市接待游客132.6万人次``, ``·老旧电梯何时能换新？``,
``◎麦收进度过半`` (the list ends at its last bulleted item: the headline under it, though it repeats
the first item, heads the page's first story).

Why a module of its own: these lines are neither a box to remove (:mod:`audiopaper.segment_boxes`)
nor a block that is read (:mod:`audiopaper.segment_blocks`), but pointers the page walker turns
into teasers (:mod:`audiopaper.segment_page`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_lines import DOCUMENT_EDITION, PAGE_NO, Line, compact, is_headline_like, parse_page_number
from .segment_noise import narrow
from .segment_titles import list_key

__all__ = ["mark_guide_items", "mark_listed_headlines", "mark_related_links", "mark_xrefs"]

# What a cross-reference points to: "相关报道", "相关新闻", "更多内容"; then where: "详见A05版".
XREF = re.compile(
    r"[（(]?\s*[▲△▶►→◆◇●■]*\s*(?:相关(?:新闻|报道|阅读|链接|评论|图片|图文)"
    # "更多" with what kind of news between, up to four characters: "更多精彩内容", "更多民生新闻".
    r"|更多[\u4e00-\u9fa5]{0,4}?(?:新闻|报道|内容|详情|精彩|资讯))"
    rf"\s*(?:请)?(?:详见|参见|请看|见)\s*(?:本报)?(?:今日)?\s*第?\s*(?P<no>{PAGE_NO})\s*版"
    # the title it names, in book-title marks or not: "相关报道见第3版：《全市春耕生产现场会召开》",
    # or in book-title marks right after the page, no colon: "▶相关新闻见A07版《我市发放首批消费券》",
    # or after an arrow pointing on to it: "相关新闻见A07版▶寒潮来袭，这些养生误区要避开".
    r"\s*(?:(?:[:：]|[▶►→])\s*《?(?P<text>[^（）()《》]{2,40}?)》?|《(?P<booked>[^（）()《》]{2,40}?)》)?\s*[）)]?"
)
# A cross-reference naming its story first and the page after, in brackets: "》》相关阅读：业委会成立难在哪？
# （A06版）", "▶相关报道：《…》（第3版）" (a lettered page, or a page named with 版).
RELATED = re.compile(
    r"[▲△▶►→◆◇●■》>＞\s]*相关(?:新闻|报道|阅读|链接|评论)\s*[:：]\s*《?(?P<text>[^（）()《》:：]{2,40}?)》?\s*"
    r"[（(]\s*(?:详见|参见|见)?\s*(?:本报)?第?\s*(?P<no>[A-Z]\s*\d{1,2}|(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?=\s*版))"
    r"\s*版?\s*[）)]"
)
# A headline, then where its story is in brackets, named by what it points to: "3月24日是世界防治
# 结核病日（相关报道见B04版）" (a teaser to page 4).  No stop or comma in the headline: a sentence
# closing so ("…，记者了解到（相关报道见A05版）") is a paragraph's, left to the page walker.
TITLED_XREF = re.compile(
    r"(?P<text>[^（）()\s，,。；！？!?:：][^（）()，,。；！？!?]{3,38}?)\s*[（(]\s*"
    r"(?:相关(?:新闻|报道|阅读|评论|图片|图文)|更多[\u4e00-\u9fa5]{0,4}?(?:新闻|报道|内容|详情))"
    rf"\s*(?:请)?(?:详见|参见|请看|见)\s*(?:本报)?(?:今日)?\s*第?\s*(?P<no>{PAGE_NO})\s*版\s*[）)]"
)
# A further-reading pointer under a story, the title it names in book-title marks, then where, no
# brackets: "延伸阅读：《牧塬民歌进课堂》详见A13版", "相关阅读：《…》见第3版" (the marks end the title).
BOOKED_RELATED = re.compile(
    r"[▲△▶►→◆◇●■》>＞\s]*(?:相关(?:新闻|报道|阅读|链接|评论)|延伸阅读|拓展阅读|扩展阅读|深度阅读)\s*[:：]\s*"
    r"《(?P<text>[^《》]{2,40})》\s*[，,]?\s*(?:请)?(?:详见|参见|请看|见)\s*(?:本报)?(?:今日)?\s*"
    rf"第?\s*(?P<no>{PAGE_NO})\s*版"
)
# A further-reading box's label alone on its line, over the pointer it labels: "相关链接" /
# "城区供热服务网点一览　详见A08版", "延伸阅读", "更多报道" (over text, no pointer, it heads that text).
RELATED_LABEL = re.compile(
    r"[▲△▶►→◆◇●■》>＞【\[]*\s*(?:相关(?:新闻|报道|阅读|链接|评论)|延伸阅读|拓展阅读|扩展阅读|深度阅读"
    r"|更多(?:报道|新闻|阅读))\s*[】\]]?\s*[:：]?"
)
# A guide's item: "◆苇塘籍运动员载誉归来（A08）", "■冬储白菜上市（B3版）", and with a page
# number that is not lettered, 版 after it: "★全市高考评卷工作启动（2版）", "★…（三版）".
GUIDE_ITEM = re.compile(
    r"[◆◇●■▪•▲△▶►★☆]\s*(?P<text>[^（）()]{4,40}?)\s*[（(]\s*"
    r"(?P<no>[A-Z]\s*\d{1,2}|(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?=\s*版))\s*版?\s*[）)]"
)

# An item of a web page's list of its own headlines: a bullet ("◎全市“地摊经济”试点街区开市"), or
# a number then a gap or a stop, or a number then a middle dot ("1 · 城区首批应用场景发布": tried first,
# so the dot is never taken for the headline's first character).
LISTED = re.compile(
    r"(?:[·•●◆◇■□▪◎○>＞》]\s*|\d{1,2}(?:\s*[·・•]\s*|[.．、]\s*|[ \t]+|\u3000+))(?P<text>\S.{1,40})"
)
LISTED_MIN = 2  # items of a list, in a row, that the page prints again, at least


def mark_listed_headlines(lines: list[Line]) -> list[Line]:
    """Items of the page's headline list, printed again lower on the page as lines of their own,
    are never read: ``01　元旦假期全市接待游客132.6万人次`` / … / ``元旦假期全市接待游客132.6万人次``.

    Only in a run of marked lines of which ``LISTED_MIN`` repeat a later line whole: a bulleted
    item that happens to match one line (``●本地快讯``) is not a list.  A headline-shaped item
    whose marker :func:`audiopaper.segment_titles.list_key` strips (``·夏日驼铃``) is left to the
    page's headline lists (:func:`~audiopaper.segment_titles.mark_headline_lists`), which also
    take the titles they name from it; this rule takes a list with other items too, numbered
    ``01　…`` ones or ones shaped like text (``·老旧电梯何时能换新？``), whole.
    """
    out = list(lines)
    later: dict[str, int] = {}
    for k, ln in enumerate(lines):
        later[compact(ln.text)] = k  # the last line with this text
    i = 0
    while i < len(lines):
        k = i
        while k < len(lines) and lines[k].kind != "noise" and LISTED.fullmatch(lines[k].text.strip()):
            k += 1
        items = {j: compact(LISTED.fullmatch(lines[j].text.strip())["text"]) for j in range(i, k)}
        repeated = [j for j, key in items.items() if later.get(key, -1) >= k]
        theirs = [lines[j].kind == "heading" and compact(list_key(lines[j])) == items[j] for j in repeated]
        if len(repeated) >= LISTED_MIN and not all(theirs):
            for j in repeated:
                out[j] = replace(lines[j], kind="noise", reason="listed headline")
        i = max(k, i + 1)
    return out


# A guide's item with no bullet, the page named in full: "城区7万户居民告别“土暖气”（第二版）".
# A headline may end so ("诊疗方案（第二版）"), so only in a guide: under its label or among others.
# Or without 第: "云桥茶叶“出山”记（2版）" (版 always named).
BARE_GUIDE = re.compile(
    r"(?P<text>[^（）()]{4,40}?)\s*[（(]\s*第?\s*(?P<no>[一二三四五六七八九十]{1,3}|\d{1,2})\s*版\s*[）)]"
)
# A teaser whose headline is a question or an exclamation, then a wide gap and where its story is:
# "春节期间医院门诊如何安排？　详见A13版" (the gap and 详见 say it points, not a sentence ending so).
# Or led by an arrow, no gap needed: "▶冬季家电以旧换新补贴怎么领？详见A06版" (the arrow says it points),
# or by a bullet: "■植树造林“云认养”怎么参与？详见A05版" (a box's bullet over a question, then where).
ASKING_TEASER = re.compile(
    r"(?:(?P<arrow>[▶►→☞■□◆◇●★☆]\s*)|(?=[^▶►→☞■□◆◇●★☆]))"
    rf"(?P<text>[^，。；！？!?\s][^，。；！？!?]{{3,38}}[？！?!])(?(arrow)\s*|(?:[ \t]{{2,}}|\u3000+))(?:详见|请看|参见|见)\s*"
    rf"(?:本报)?(?:今日)?\s*第?\s*(?P<no>{PAGE_NO})\s*版"
)
GUIDE_LABEL = re.compile(r"[【〔\[]?\s*(?:本报|今日|本期)?导\s*读\s*[】〕\]]?")
# A guide item's summary: sentences, then a wide gap and where the story is: "听证会上，23名代表围绕
# 两套调价方案发表了意见。　详见6版" (the stop before the gap: a headline never ends in 。).
SUMMARY_POINTER = re.compile(
    rf"(?P<text>[^\s　][^　]{{6,118}}[。！？…”])(?:[ \t]{{2,}}|\u3000+)(?:详见|请看|参见|见)\s*"
    rf"(?:本报)?(?:今日)?\s*第?\s*(?P<no>{PAGE_NO})\s*版"
)
# A guide box's label: "今日看点", "本期看点", "【要闻导航】" (alone over its items, teasers all).
GUIDE_BOX_LABEL = re.compile(r"[【〔\[]?\s*(?:今日|本期|本版|本报|要闻)?(?:看点|导读|导航|提要)\s*[】〕\]]?")


def bare_guide(lines: list[Line], i: int) -> re.Match[str] | None:
    """The match of ``lines[i]`` as a guide's item without a bullet, in a guide, or ``None``."""

    def match(k: int) -> re.Match[str] | None:
        ok = 0 <= k < len(lines) and lines[k].kind not in ("noise", "teaser", "byline")
        return BARE_GUIDE.fullmatch(narrow(lines[k].text.strip())) if ok else None

    m = match(i)
    label = i > 0 and GUIDE_LABEL.fullmatch(lines[i - 1].text.strip()) is not None
    return m if m is not None and (label or match(i - 1) or match(i + 1)) else None


def mark_xrefs(lines: list[Line]) -> list[Line]:
    """Cross-references and guide items as teasers to their page, or noise when they name nothing.

    ``相关报道见A05版`` -> skipped (``cross-reference``); ``相关新闻详见A05版：开学季 这份安全提示请收好``,
    ``◆苇塘籍运动员载誉归来（A08）`` and ``订单少了 心气没少（第三版）`` -> teasers to pages 5, 8 and 3.
    """
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind in ("noise", "teaser"):
            continue
        text = ln.text.strip()
        m = (
            XREF.fullmatch(narrow(text))
            or RELATED.fullmatch(narrow(text))
            or BOOKED_RELATED.fullmatch(narrow(text))
            or GUIDE_ITEM.fullmatch(narrow(text))
            or bare_guide(lines, i)
            or ASKING_TEASER.fullmatch(narrow(text))
            or TITLED_XREF.fullmatch(narrow(text))
        )
        if m is None or (page := parse_page_number(m["no"])) is None:
            continue
        group = "booked" if "booked" in m.re.groupindex and m["booked"] else "text"
        title = text[m.start(group) : m.end(group)].strip() if m[group] else ""
        if DOCUMENT_EDITION.search(title):  # "诊疗方案（第九版）": a document's edition, not a page
            continue
        if title and (
            is_headline_like(title) or m.re in (ASKING_TEASER, RELATED, BOOKED_RELATED, TITLED_XREF)
        ):
            out[i] = replace(ln, kind="teaser", rest=title, jump_out=page, jump_in=None)
        elif not title:
            out[i] = replace(ln, kind="noise", reason="cross-reference")
    out = mark_summaries(out)
    for i in range(len(out) - 1):
        if out[i].kind not in ("noise", "teaser") and out[i + 1].kind == "teaser":
            if RELATED_LABEL.fullmatch(narrow(out[i].text.strip())):
                out[i] = replace(out[i], kind="noise", reason="cross-reference")
    return mark_guide_items(mark_guide_labels(out))


# A guide item's pointer alone on its line after an arrow, the page's code or 版 named: "▶A04",
# "→第5版", "▶B3版" (a bare "▶12" may be anything; "详见A06版" is already a page_ref).
ARROW_POINTER = re.compile(
    r"[▶►→☞]+\s*(?:详见|请看|参见|见)?\s*第?\s*"
    r"(?P<no>[A-Z]\s*\d{1,2}(?:\s*版)?|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*版)\s*[>》]*"
)
SUMMARY_STOP = ("。", "！", "？", "…", "”")
GUIDE_SUMMARY_MAX = 2  # lines of an item's summary between its headline and its pointer, at most


def guide_pointer(ln: Line) -> int | None:
    """The page ``ln`` points to when it is a guide item's pointer alone on its line, else ``None``."""
    if ln.kind == "page_ref":
        return ln.jump_out
    m = ARROW_POINTER.fullmatch(narrow(ln.text.strip()))
    return parse_page_number(re.sub(r"\s*版$", "", m["no"])) if m else None


def guide_item(lines: list[Line], j: int) -> tuple[int, int] | None:
    """(index of the pointer, page) of a guide item whose headline is ``lines[j]``, or ``None``."""
    head = lines[j]
    if head.kind not in ("heading", "label") or guide_pointer(head) is not None:
        return None
    if not is_headline_like((head.rest or head.text).strip()):
        return None
    k = j + 1
    while (
        k < len(lines)
        and k - j - 1 < GUIDE_SUMMARY_MAX
        and lines[k].kind == "body"
        and lines[k].text.strip().endswith(SUMMARY_STOP)
    ):
        k += 1
    if k < len(lines) and (page := guide_pointer(lines[k])) is not None:
        return k, page
    return None


def mark_guide_items(lines: list[Line]) -> list[Line]:
    """A guide box's items on lines of their own, under the box's label: each headline a teaser to
    its page, its summary (``"teaser summary"``) and its pointer (``"teaser page"``) never read.

    ``导读`` / ``春耕备耕有序推进`` / ``全市已完成播种面积…。`` / ``详见A06版`` / ``夜市重开迎客`` / ``▶A04`` ->
    teasers to pages 6 and 4.  Only right under a guide's label (``GUIDE_BOX_LABEL``) and only while
    each item ends on its pointer: a headline over text with no pointer after it ends the box and
    heads a story; the same shape under no guide label is left to the page walker.  The label
    itself is left to the page walker, which skips it as a headline without text.
    """
    out = list(lines)
    for i, ln in enumerate(lines):
        if not GUIDE_BOX_LABEL.fullmatch(narrow(ln.text.strip())):
            continue
        j = i + 1
        while j < len(lines) and (item := guide_item(lines, j)) is not None:
            k, page = item
            head = lines[j]
            out[j] = replace(
                head, kind="teaser", rest=(head.rest or head.text).strip(), jump_out=page, jump_in=None
            )
            out[j + 1 : k] = [replace(x, kind="noise", reason="teaser summary") for x in lines[j + 1 : k]]
            out[k] = replace(lines[k], kind="noise", reason="teaser page")
            j = k + 1
    return out


def mark_summaries(lines: list[Line]) -> list[Line]:
    """A guide item's headline over its summary and page: the headline a teaser, the summary never read.

    ``【市民】公交票价听证会举行　多数代表赞成降价`` / ``听证会上，…发表了意见。　详见6版`` -> a teaser to
    page 6 and a skipped line (``"teaser summary"``).  Only a headline right over it: text over such
    a line is a story's, whose last paragraph may point on (left to the page walker).
    """
    out = list(lines)
    for i in range(1, len(lines)):
        ln, head = lines[i], lines[i - 1]
        if ln.kind != "body" or head.kind not in ("heading", "label"):
            continue
        m = SUMMARY_POINTER.fullmatch(narrow(ln.text.strip()))
        if m is None or (page := parse_page_number(m["no"])) is None:
            continue
        title = (head.rest or head.text).strip()
        out[i - 1] = replace(head, kind="teaser", rest=title, jump_out=page, jump_in=None)
        out[i] = replace(ln, kind="noise", reason="teaser summary")
    return out


def mark_guide_labels(lines: list[Line]) -> list[Line]:
    """A guide box's label right over its first item made a teaser is never read: ``今日看点`` /
    ``【市民】…`` (a teaser by its summary).  Over a headline and its page (``本报导读`` / ``高考在即…`` /
    ``2版``) the page walker skips it as a headline without text; over a story's headline it is left."""
    out = list(lines)
    for i in range(len(lines) - 1):
        ln, nxt = lines[i], lines[i + 1]
        if ln.kind not in ("heading", "label") or not GUIDE_BOX_LABEL.fullmatch(narrow(ln.text.strip())):
            continue
        if nxt.kind == "teaser":
            out[i] = replace(ln, kind="noise", reason="chrome")
    return out


# A link of a web page's related-links box: a bullet, then a headline, no sentence's stop.
LINK_ITEM = re.compile(r"[·•●◆◇■□▪◎○>＞》]\s*[^。；！!\s][^。；！!]{3,40}")
WEB_FRAME = frozenset({"chrome", "web meta"})  # reasons of the lines of a web page's frame


def mark_related_links(lines: list[Line]) -> list[Line]:
    """A web page's related-links box is never read, its label and its links: ``相关新闻：`` /
    ``·今年将新改建城市公园12个`` / ``·公交线路春节后恢复正常运营`` (the stories are the site's others).

    Only on a page with the site's frame (a share row, an author field: ``WEB_FRAME``) and only a
    further-reading label (``RELATED_LABEL``) right over one bulleted headline or more; in print,
    ``相关链接`` over facts heads them, and over a pointer it is :func:`mark_xrefs`'s."""
    if not any(ln.reason in WEB_FRAME for ln in lines):
        return lines
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind == "noise" or not RELATED_LABEL.fullmatch(narrow(ln.text.strip())):
            continue
        end = i + 1
        while (
            end < len(lines) and lines[end].kind != "noise" and LINK_ITEM.fullmatch(lines[end].text.strip())
        ):
            end += 1
        if end > i + 1:
            out[i:end] = [replace(x, kind="noise", reason="cross-reference") for x in lines[i:end]]
    return out

"""Rows of a web page's frame that are never read: nav bars, link rows, share rows, copyright.

``chrome_reason(text, cell_reason)`` gives ``"chrome"`` when a stripped line is such a row, or ``""``;
``cell_reason`` is :func:`audiopaper.segment_noise.classify_noise`, to judge each cell of a row:

* a nav bar, its tabs apart by bars, the site's name among them:
  ``首页　|　今日报纸　|　往期回顾　|　黑峪新闻网`` (half the tabs at least the frame's words),
  ``返回主页 | 版面导航 | 标题导航 | PDF版 | 往期查阅``, ``瓯岭网首页 | 新闻 | 数字报 | 瓯岭+客户端 | 爆料``;
* a row of cells each the frame's (a page header, links, the font size, sharing), apart by wide
  gaps: ``第A03版：本地新闻　　[上一版]　[下一版]　　[PDF版]``, ``◀上一版　下一版▶　　往期查询　　PDF下载``
  (its tokens, ``上一期``, ``版面图``, ``【返回本版】``, are :data:`audiopaper.segment_noise.CHROME_TOKENS`),
  ``字号：大 中 小　　分享到：微信 微博 QQ空间``;
* a row of page tabs apart by wide gaps: ``A01：要闻　A02：要闻　A03：沂泉新闻　A04：经济``, or
  bare numbers after the bar's label: ``版面导航：01 要闻　02 要闻　03 综合`` (its colon or a wide
  gap: ``版面导航　01：头版　02：要闻　03：要闻``), or page headers after it:
  ``版面导航：第01版:要闻　第02版:综合新闻　第03版:城事``, or with no colon and no label, the pages
  lettered and rising: ``A01 头版　A02 要闻　A03 城市　…　A08 广告`` (``G15 沈海　G1 京哈`` is not);
* a copyright row, its cells apart by wide gaps: ``砚溪日报社版权所有　未经书面许可不得转载``,
  ``黑峪日报社版权所有　Copyright 2026　All Rights Reserved``, ``皖ICP备09001234号`` (labelled or not:
  ``网站备案号：豫ICP备10001234号-2``),
  where to report illegal content: ``违法和不良信息举报电话：0452-6120110``,
  ``霞川晚报社主办　版权所有　Copyright © 2024 All Rights Reserved`` (the notice in one cell; the
  owner a single space before its claim: ``渡桥晚报社 版权所有　Copyright © 2024 … All Rights Reserved``), who
  runs the site for the paper beside it: ``霞川都市报社主办　霞川网承办　版权所有　未经授权禁止转载``,
  its terms for copying: ``…晚报社主办　版权所有　转载请注明出处``, or run on after the claim with a
  comma: ``凯山日报社版权所有，未经书面授权禁止使用``;
* an e-paper's row of the page's own fields, apart by wide gaps, its edition among them:
  ``日期：2025-12-03　版次：A02　版名：要闻`` (unlabelled, ``2019年5月22日　第A03版：要闻``, it is a
  page header);
* the links to the story before and after the one shown, one or both, the missing one ``无``:
  ``上一篇：全市社区养老服务设施实现全覆盖　　下一篇：无``, ``下一条：…`` (the titles are other stories');
* a share row alone under each story, its platforms apart by wide gaps: ``分享：微信　微博　QQ空间``;
* the e-paper's count of the page's stories (``本版文章（5）``, ``本版共6篇文章``) and a QR code's prompt to read the
  page on a phone (``扫一扫　在手机上阅读本版``);
* the site's copyright statement, one sentence: ``本网站所刊登的各种新闻、信息…均为黑峪日报社版权所有，
  未经协议授权，禁止下载使用。``

Why a module of its own: :mod:`audiopaper.segment_noise` is a table of single-line patterns near
its size limit; these rows are judged cell by cell.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

__all__ = ["chrome_reason", "is_copyright_row"]

GAP = re.compile(r"[ \t]{2,}|\u3000+")


@lru_cache(maxsize=4096)
def gap_cells(text: str) -> tuple[str, ...]:
    """A row's cells apart by wide gaps (two spaces or more, or full-width spaces).  Every row
    rule of chrome, footers and listings reads the same line, so it is split once."""
    return tuple(c for c in GAP.split(text.strip()) if c)


BAR = re.compile(r"\s*[|｜丨]\s*")
# Tabs of a web paper's frame that :data:`audiopaper.segment_noise.CHROME_TOKENS` leaves out, as
# they may stand alone in a story ("订阅", "登录"): only in a row of the frame's words.
# Also the archive, the contents, the list and the paper's front tab by other names, and a
# portal's channels ("往期查阅", "本期目录", "返回列表", "数字报首页", "版面概览", "新闻", "爆料").
NAV_WORDS = frozenset(
    "今日报纸 往期报纸 报纸 往期查询 往期检索 过刊查询 过刊检索 过刊 版面 订阅 登录 注册 搜索 帮助 报刊 电子报 新闻网 网站 "
    "往期查阅 往期查看 报纸订阅 本期目录 版面概览 客户端下载 返回列表 数字报首页 电子报首页 新闻 爆料".split()
)
# The site's own name among its tabs: "黑峪新闻网", "榆川网", "蒲关晚报数字报", its front page or its
# app by name: "瓯岭网首页", "瓯岭+客户端", "皋岩融媒".
SITE = re.compile(r"[\u4e00-\u9fa5]{2,8}\+?(?:新闻网|网|数字报|电子报|客户端|融媒)(?:首页)?")
# Sharing and font size: "分享到：微信 微博 QQ空间", "字号：大 中 小".
PLATFORM = r"(?:微信|朋友圈|微博|新浪微博|腾讯微博|QQ空间|QQ好友|QQ|人人网|豆瓣|抖音|今日头条)"
SHARE = re.compile(rf"(?:分享到|分享至|分享)\s*[:：]?\s*{PLATFORM}(?:\s*[、，,/]?\s*{PLATFORM})*")
FONT = re.compile(r"[【\[]?\s*字号\s*[:：]?\s*大\s*中\s*小\s*[】\]]?")
FRAME_REASONS = frozenset({"chrome", "page header", "headline list"})
# One cell of a copyright row.
COPYRIGHT_CELL = re.compile(
    # Who owns it, a single space before the claim or none: "渡桥晚报社 版权所有".
    r"(?:[^\s，。]{1,16}? ?)?(?:版权所有|版权归[^\s，。]{1,12}所有)(?:[，,]?(?:翻印|侵权|违者)必究)?"
    # Its terms run on after a comma: "凯山日报社版权所有，未经书面授权禁止使用".
    r"(?:[，,]\s*未经[^\s，。]{0,10}(?:许可|授权|同意)[，,]?\s*(?:不得|禁止|严禁)(?:转载|复制|摘编|镜像|使用))?"
    r"|[^\s，。]{0,10}?未经[^\s，。]{0,10}(?:许可|授权|同意)[，,]?\s*(?:不得|禁止|严禁)(?:转载|复制|摘编|镜像|使用)[^\s。]{0,12}"
    # Its terms for copying instead: "转载请注明出处", "如需转载须注明来源".
    r"|(?:如需|如要)?转载(?:时)?(?:请|须|需|务必)注明(?:出处|来源)[^\s。]{0,8}"
    # The site's registration, labelled or not: "皖ICP备09001234号", "网站备案号：豫ICP备10001234号-2".
    r"|(?:[^\s:：]{1,8}[:：]\s*)?[^\s:：]{0,4}(?:ICP备|ICP证|公网安备)\s*\d+号(?:-\d+)?|技术支持\s*[:：]\s*\S+"
    # Where to report illegal content, a site's legal duty: "违法和不良信息举报电话：0452-6120110".
    r"|(?:互联网)?(?:违法和|违法与)?不良信息举报(?:中心)?(?:电话|热线|邮箱|专线)\s*[:：]\s*[0-9A-Za-z\-@._—－ ]{5,40}"
    r"|[\u4e00-\u9fa5]{2,10}报社(?:主办|出版)|[^\s:：]{0,12}许可证(?:编?号)?\s*[:：]\s*[\w\-]+"
    r"|(?:Copyright|copyright|COPYRIGHT)\s*(?:©|\(c\)|\(C\))?\s*(?:\d{4}(?:\s*[-—–]\s*\d{4})?)?\s*\S{0,16}"
    r"(?:\s+All\s+[Rr]ights\s+[Rr]eserved\.?)?"
    r"|All\s+[Rr]ights\s+[Rr]eserved\.?|©\s*\S{1,20}"
)
# An e-paper's page tabs with their sections, apart by wide gaps, three at least: "A01：要闻　A02：要闻
# A03：沂泉新闻" (bars are :data:`audiopaper.segment_noise.NOISE`'s).  Each tab is a lettered page and a
# colon, or a page and 版 ("A01版：要闻", "2版 综合"), 第 before it or not ("第01版:要闻"): "1 张三
# 2 李四  3 王五" is a list of names.
PAGE_TAB = r"(?:[A-Z]\d{1,3}\s*[:：]|第?\s*[A-Z]?\d{1,3}\s*版\s*[:：]?)\s*[\u4e00-\u9fa5·]{2,6}"
PAGE_TABS = re.compile(rf"{PAGE_TAB}(?:(?:[ \t]{{2,}}|\u3000+){PAGE_TAB}){{2,}}")
# Or a lettered page and its section with no colon, a space or nothing between: "A01 头版　A02 要闻
# A03 城市" or "A01头版　A02要闻　A03要闻" (the e-paper's tabs, in page order: "G15 沈海　G1 京哈
# G25 长深", codes out of order, is no row of pages).
BARE_PAGE_TAB = re.compile(r"(?P<letter>[A-Z])(?P<no>\d{2,3})\s?[\u4e00-\u9fa5·]{2,6}")
# After the bar's label the tabs may be bare numbers: "版面导航：01 要闻　02 要闻　03 综合" (the
# label says what the numbers are), or each a page header: "版面导航：第01版:要闻　第02版:综合新闻　…";
# a wide gap may stand for the label's colon: "版面导航　01：头版　02：要闻　03：要闻".
BARE_TAB = r"(?:第\s*)?[A-Z]?\d{1,3}\s*版?\s*[:：]?\s*[\u4e00-\u9fa5·]{2,6}"
LABELLED_TABS = re.compile(
    rf"(?:版面导航|版面目录|版面列表|本期版面)(?:\s*[:：]\s*|[ \t]{{2,}}|\u3000+)"
    rf"{BARE_TAB}(?:(?:[ \t]{{2,}}|\u3000+){BARE_TAB}){{2,}}"
)
FIELD = re.compile(r"[^\s:：]{1,10}\s*[:：]\s*\S+")
# A field of an e-paper page's own header row: "日期：2025-12-03", "版次：A02", "版名：要闻".
PAGE_FIELD = re.compile(r"(?P<key>日期|出版日期|版次|版号|版名|版面|期数|期号|本期)\s*[:：]\s*\S{1,16}")
EDITION_KEY = frozenset({"版次", "版号", "版名", "版面"})
# The site's statement: "本网站所刊登的各种新闻…均为…版权所有，未经协议授权，禁止下载使用。"
STATEMENT = re.compile(
    r"(?:凡)?(?:本网站?|本站|本报|本刊)[^。]{0,60}?版权[^。]{0,60}?(?:未经|禁止|不得|严禁)[^。]{0,40}[。.]?"
)
# The e-paper's count of the page's stories over them: "本版文章（5）", "本版新闻(6篇)", or in words:
# "本版共6篇文章", "本版共有5篇稿件".
STORY_COUNT = re.compile(
    r"本版(?:文章|稿件|新闻|标题)\s*[（(]\s*\d{1,2}\s*篇?\s*[）)]"
    r"|本版共有?\s*\d{1,2}\s*篇(?:文章|稿件|新闻)?"
)
# A QR code's prompt to read the page on a phone: "扫一扫　在手机上阅读本版".
PHONE_READ = re.compile(
    r"(?:扫一扫|扫码|扫描二维码)(?:[ \t]{2,}|\u3000+)?(?:在)?手机上?(?:阅读|浏览|查看|看)(?:本版|本期|全文|本文)"
)
# The links to the neighbouring stories: "上一篇：<title>", "下一篇：无", one or both on the row.
NEIGHBOUR = r"[【\[]?(?:上|下|前|后)一(?:篇|条|则)[】\]]?\s*[:：]"
NEIGHBOUR_LINKS = re.compile(
    rf"{NEIGHBOUR}\s*\S.{{0,60}}?(?:(?:[ \t]{{2,}}|\u3000+){NEIGHBOUR}\s*\S.{{0,60}})?"
)


# Beside the paper that runs the site, who runs it for the paper: "瓯岭网承办" (never alone).
RUNNER_CELL = re.compile(
    r"[\u4e00-\u9fa5]{2,10}(?:网|新闻网|融媒体中心|传媒有限公司|网络有限公司)(?:承办|运营|协办)"
)


def is_copyright_row(text: str) -> bool:
    """A web page's copyright footer: cells such as ``…版权所有``, ``Copyright 2026``, ``皖ICP备09001234号``,
    ``…都市报社主办　…网承办　版权所有``."""
    cells = gap_cells(text)
    return any(COPYRIGHT_CELL.fullmatch(c) for c in cells) and all(
        COPYRIGHT_CELL.fullmatch(c) or FIELD.fullmatch(c) or RUNNER_CELL.fullmatch(c) for c in cells
    )


def is_bare_page_tabs(text: str) -> bool:
    """Three page tabs or more apart by wide gaps, each a lettered page then its section, no colon,
    the pages rising: ``A01 头版　A02 要闻　A03 城市　…　A08 广告``."""
    cells = [BARE_PAGE_TAB.fullmatch(c) for c in gap_cells(text)]
    if len(cells) < 3 or not all(cells):
        return False
    codes = [(m["letter"], int(m["no"])) for m in cells if m]
    return all(a < b for a, b in zip(codes, codes[1:], strict=False))


def is_page_fields(text: str) -> bool:
    """Two of the page's own fields at least, apart by wide gaps, one naming its edition."""
    cells = [PAGE_FIELD.fullmatch(c) for c in gap_cells(text)]
    return len(cells) >= 2 and all(cells) and any(m["key"] in EDITION_KEY for m in cells if m)


def is_nav_bar(text: str, cell_reason: Callable[[str], str]) -> bool:
    """Three tabs or more apart by bars, half of them the frame's words, the rest its words or name."""
    tabs = [t for t in BAR.split(text.strip()) if t]
    if len(tabs) < 3 or "|" not in text and "｜" not in text and "丨" not in text:
        return False
    frame = [t in NAV_WORDS or cell_reason(t) in FRAME_REASONS for t in tabs]
    return 2 * sum(frame) >= len(tabs) and all(
        f or SITE.fullmatch(t) for f, t in zip(frame, tabs, strict=True)
    )


def is_frame_cell(cell: str, cell_reason: Callable[[str], str]) -> bool:
    words = [w for w in re.split(r"[\s\[\]【】◀▶◁▷〈〉<>＜＞]+", cell) if w]
    return (
        bool(SHARE.fullmatch(cell) or FONT.fullmatch(cell))
        or cell_reason(cell) in FRAME_REASONS
        or (bool(words) and all(w in NAV_WORDS or cell_reason(w) == "chrome" for w in words))
    )


def chrome_reason(text: str, cell_reason: Callable[[str], str]) -> str:
    """``"chrome"`` for a web page's nav bar, link row, share row or copyright, else ``""``."""
    text = text.strip()
    if len(text) > 160:
        return ""
    if (
        is_copyright_row(text)
        or STATEMENT.fullmatch(text)
        or PAGE_TABS.fullmatch(text)
        or is_bare_page_tabs(text)
        or LABELLED_TABS.fullmatch(text)
        or is_page_fields(text)
        or NEIGHBOUR_LINKS.fullmatch(text)
        or STORY_COUNT.fullmatch(text)
        or PHONE_READ.fullmatch(text)
        or SHARE.fullmatch(text)
    ):
        return "chrome"
    if is_nav_bar(text, cell_reason):
        return "chrome"
    cells = [c for c in GAP.split(text) if c]
    if (
        len(cells) >= 2
        and all(is_frame_cell(c, cell_reason) for c in cells)
        and any(cell_reason(c) != "page header" for c in cells)
    ):
        return "chrome"
    return ""

"""Labels that name a part of the page, never a story: never read.

A box's label over the paper's services to readers (``楚溪·热线`` / ``晚报热线 8366110 欢迎爆料``,
``你拍我登`` / ``“你拍我登”栏目欢迎读者投稿…``) when nothing but those lines is under it.

A page's section label at its top, over the first headline:

``城事``, ``经济``, ``教育·高考`` printed among the masthead lines (``檀州晚报`` / ``A07`` / date /
``城事`` / ``首席编辑 …``) name the page's section, not a story.  Only the first line of the page
that is not noise, and only a section word (``SECTION_WORDS``) or two words joined by a middle
dot, or a photo page's name (``假日影像`` over its first picture's title): a short headline there
(``晚报关注`` over a title and byline) is a kicker, and a short line over text is a story's title.
A part the dotted label names (``国内·国际``), alone over a headline down the page (``国际``),
starts that part of the page: never read, nor the next story's kicker; so does a part of the
section the folio row names (``A14　文体`` / … / ``文化``; ``第3版　要闻`` / … / ``国内要闻``;
``A09　国内·国际`` / … / ``国际``, the dotted label in the folio row).
A section named for its news (``县区新闻``, ``社会新闻``) is one too when more of the page's
header (credits, the date) is under it.
A page's national or world news named so alone over a headline (``国际新闻`` / ``联合国粮农组织：…``)
starts that part of any page, a 要闻 page's too, when two stories or more follow: never read, nor
the next story's kicker (:func:`mark_news_scopes`); over the page's last story alone it may be
that story's kicker, and over text with no headline it is left as a box's title.
A campaign's slogan there, phrases of one frame apart by wide gaps (``同一个世界　同一个梦想``), is
the page's banner, never read either.

A celebration's banner over a special page's lead story, at the page's top (``热烈庆祝X撤县设市三十周年``
/ ``1984—2014`` / the story's kicker and headline), is the page's, never read nor the story's
headline; so is the span of years printed with it (:func:`mark_banners`).  Only the words of a
banner: 热烈/隆重 and a celebration of an anniversary, or the span of years beside it.

A photo item's label, the paper's name and 图片 (``晚报图片``, ``本报图片``, ``滨江日报摄影``), over
the photo's short title and its caption with a credit (``晚报图片`` / ``消暑`` / ``…嬉水消暑。晚报记者
X 摄``): like ``图片新闻`` it names the item, not the story; never its kicker, never read.  Over
text with no photo's credit it is left alone.  So is a photo column's name, a short word for a
picture of the city's life (``城市表情``, ``街头掠影``, ``精彩瞬间``) over such an item.

A contact line alone under a box of bulleted items, with nothing to read after it
(``●市青少年活动中心秋季兴趣班开始报名…`` / ``资助政策咨询电话：0356-2286123（工作日8:30-17:30）`` /
page's end): not an item (it has no bullet), but the page's service strip.  Under a notice's
text (``…请提前储水。`` / ``咨询电话：96606``) it is the notice's and is read.

Why a module of its own: it reads the page's top as a whole, not a box of lines.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_chrome import gap_cells
from .segment_imprint import PAPER_KIND
from .segment_lines import Line, compact
from .segment_noise import SECTION_WORDS

__all__ = [
    "mark_banners",
    "mark_news_scopes",
    "mark_photo_labels",
    "mark_section_parts",
    "mark_section_top",
    "mark_service_labels",
    "mark_service_strip",
]

# A contact line alone: "资助政策咨询电话：0356-2286123（工作日8:30-17:30）", its hours after or not.
CONTACT_LINE = re.compile(
    r"[^\s:：，。]{0,12}(?:热线|电话)\s*[:：]?\s*\d[\d\-—－／/]{4,}(?:\s*[（(][^（）()]{1,20}[）)])?"
)
BULLET = re.compile(r"^[●■◆◇▪•★☆◎]")

# What a reader-service box holds (:func:`audiopaper.segment_noise.classify_noise`'s reasons),
# or a masthead's hotline ("新闻热线：0596-2860110").
SERVICE_REASONS = frozenset({"reader service", "call for contributions"})
HOTLINE_WORDS = re.compile(r"热线|电话|投稿|爆料|报料")
SERVICE_LABEL_MAX = 8  # characters of such a label

# "教育·高考", "城市·生活", "文体·副刊": a paper's section and its page's part, a middle dot between.
DOTTED_LABEL = re.compile(r"[\u4e00-\u9fa5]{2,4}(?:\s*[·・•]\s*[\u4e00-\u9fa5]{2,4})+")


# A photo page's name over its first picture: "假日影像", "城市光影", "新闻镜头".
PHOTO_PAGE = re.compile(r"[\u4e00-\u9fa5]{2,4}(?:影像|光影|镜头)")


def is_section_word(text: str) -> bool:
    """``城事``, ``经　济``, ``教育·高考``, ``假日影像``: a page's section, as printed over its top."""
    solid = compact(text)
    return (
        solid in SECTION_WORDS
        or DOTTED_LABEL.fullmatch(solid) is not None
        or PHOTO_PAGE.fullmatch(solid) is not None
    )


# A section named for its news among the page's header lines: "县区新闻", "社会新闻", "本地新闻".
# Only with more of the header under it (credits, the date): over a headline it may be a kicker.
SECTION_NEWS = re.compile(r"[\u4e00-\u9fa5]{2}新闻")


SLOGAN_CELL = re.compile(r"[\u4e00-\u9fa5]{3,8}")


def is_slogan(text: str) -> bool:
    """``同一个世界　同一个梦想``: a campaign's slogan over the page, phrases of the same frame (their
    first two characters shared) apart by wide gaps, no stop in them."""
    cells = gap_cells(text)
    return (
        len(cells) >= 2 and all(SLOGAN_CELL.fullmatch(c) for c in cells) and len({c[:2] for c in cells}) == 1
    )


def mark_section_top(lines: list[Line]) -> list[Line]:
    """Make the page's section label noise when it is the first line that is not noise and a
    headline stack or more noise (credits, the date) follows it, never text or a byline; a
    dotted series name straight over a headline is left to be its kicker."""
    out = list(lines)
    i = next((k for k, ln in enumerate(lines) if ln.kind != "noise"), None)
    if i is None or i + 1 >= len(lines):
        return out
    ln, nxt = lines[i], lines[i + 1]
    if ln.kind in ("heading", "label") and is_section_word(ln.rest or ln.text):
        # A dotted name straight over a headline is that story's series ("走基层·看变化" /
        # "老街“微改造”…"), its kicker; among the page's header lines it names the page
        # ("教育·高考" / "编辑 …").
        series = DOTTED_LABEL.fullmatch(compact(ln.rest or ln.text)) is not None
        if nxt.kind == "noise" or (nxt.kind in ("heading", "label") and not series):
            out[i] = replace(ln, kind="noise", reason="section label")
    elif (
        ln.kind in ("heading", "label")
        and (SECTION_NEWS.fullmatch(compact(ln.rest or ln.text)) or section_parts(ln.rest or ln.text))
        and nxt.kind == "noise"
        and nxt.reason in ("credit", "masthead", "page header")
    ):
        # "县区新闻" / "国内国际" / "责任编辑：…": the page's section among its header lines.
        out[i] = replace(ln, kind="noise", reason="section label")
    elif ln.kind != "body" and is_slogan(ln.text) and nxt.kind in ("noise", "heading", "label"):
        out[i] = replace(ln, kind="noise", reason="slogan")
    return out


# A celebration's banner: "热烈庆祝X撤县设市三十周年", "纪念X建校六十周年" (the span of years beside it),
# "隆重纪念X诞辰100周年" (a headline says what was done: "…周年座谈会举行" is news).
CELEBRATION = re.compile(
    r"(?P<warm>热烈|隆重)?(?:庆祝|祝贺|纪念|庆贺)[^，。；！？：:\s]{2,30}(?:周年|华诞|诞辰|[一二三四五六七八九十百\d]+年)"
)
# The span of years of an anniversary: "1984—2014", "1949-2019".
YEAR_SPAN = re.compile(r"(?:19|20)\d{2}\s*(?:[—\-－–~～]{1,2}|至)\s*(?:19|20)\d{2}(?:年)?")


def mark_banners(lines: list[Line]) -> list[Line]:
    """Make a celebration's banner at the page's top noise, with the span of years beside it:
    ``热烈庆祝X撤县设市三十周年`` / ``1984—2014`` / kicker / headline -> two lines never read."""
    out = list(lines)
    top = len(page_top(lines))
    for i in range(top):
        ln = lines[i]
        m = CELEBRATION.fullmatch(compact(ln.text)) if ln.kind in ("heading", "label") else None
        if m is None:
            continue
        spans = [
            k
            for k in (i - 1, i + 1)
            if 0 <= k < top and lines[k].kind != "noise" and YEAR_SPAN.fullmatch(compact(lines[k].text))
        ]
        if m["warm"] or spans:
            for k in (i, *spans):
                out[k] = replace(lines[k], kind="noise", reason="slogan")
    return out


DOT = re.compile(r"\s*[·・•]\s*")
HALVES = re.compile(r"[\u4e00-\u9fa5]{4}")


# A page's section as its folio row names it after the page's number: "第3版　要闻", "A14　文体".
FOLIO_CELLS = re.compile(
    r"(?:第\s*)?[A-Z]?\d{1,3}(?:\s*版)?[ \t]{2,}|(?:第\s*)?[A-Z]?\d{1,3}(?:\s*版)?\u3000+"
)
# Sections named by the first characters of the two parts they join: a 文体 page is 文化 then 体育.
JOINED_SECTIONS = {
    "文体": {"文化", "文娱", "体育"},
    "科教": {"科技", "教育"},
    "文教": {"文化", "教育"},
    "文旅": {"文化", "旅游"},
    "教卫": {"教育", "卫生"},
}
# How far a part of a section reaches, before the section's own name: "国内要闻" on a 要闻 page.
SCOPE = re.compile(r"(?:国内|国际|省内|省外|市内|县内|本地|本市|本省|本县|全国|全省|全市|海外|境外)")


def header_parts(lines: list[Line]) -> tuple[set[str], str]:
    """The parts the page's section, named in its folio row at the top, joins (``A14　文体`` ->
    {文化, 文娱, 体育}; ``A09　国内·国际`` -> {国内, 国际}), and that section (``第3版　要闻`` -> 要闻, whose parts are ``国内要闻``…)."""
    for ln in lines:
        if ln.kind in ("body", "byline"):
            break  # only the page's top, over its first text
        rest = FOLIO_CELLS.sub("", ln.text.strip(), count=1) if ln.reason == "page header" else ""
        if rest != ln.text.strip() and re.fullmatch(r"[\u4e00-\u9fa5]{2,4}", compact(rest)):
            return JOINED_SECTIONS.get(compact(rest), set()), compact(rest)
        if rest != ln.text.strip() and DOTTED_LABEL.fullmatch(compact(rest)):
            # "A09　国内·国际": the dotted label in the folio row names the page's parts, as it
            # does printed alone at the top.
            return section_parts(rest), ""
    return set(), ""


def mark_section_parts(lines: list[Line]) -> list[Line]:
    """Make a part's label noise down the page when the page's section label names its parts:
    ``国内·国际`` (or ``国内国际``) at the top, then ``国际`` alone over a headline halfway down,
    where the page's second part starts (not that story's kicker); ``国际新闻`` is that part too.
    A column break may set it inside the last sentence of the part before, the headline after
    that sentence's tail (``…遇到纠纷，`` / ``国际`` / ``可及时投诉维权。`` / headline): a part's label too.

    The parts are the dotted label's pieces, or the two halves of an undotted four-character
    one. Only such a part, and only over a headline: ``国际简讯`` is a box's label, and ``国际``
    on a page headed ``要闻`` stays its story's kicker.

    The page's folio row may name its section instead (:func:`header_parts`): ``A14　文体``, then
    ``文化`` alone over a headline (文体 joins 文化 and 体育, ``JOINED_SECTIONS``); ``第3版　要闻``,
    then ``国内要闻`` (a ``SCOPE`` before the section's name) where its national news starts.
    """
    top = next(
        (ln for ln in page_top(lines) if ln.reason == "section label" and section_parts(ln.text)), None
    )
    parts, section = header_parts(lines) if top is None else (section_parts(top.text), "")
    if not parts and not section:
        return lines
    out = list(lines)
    for i, ln in enumerate(lines[:-1]):
        label = compact(ln.rest or ln.text)
        # "国内要闻" under "第3版　要闻": the section's part by how far it reaches.
        scoped = (
            bool(section) and label.endswith(section) and SCOPE.fullmatch(label[: -len(section)]) is not None
        )
        if (
            (top is None or ln.number > top.number)
            and ln.kind in ("heading", "label")
            and (is_part(label, parts) or scoped)
            and (lines[i + 1].kind == "heading" or cuts_sentence(lines, i))
        ):
            out[i] = replace(ln, kind="noise", reason="section label")
    return out


# A page's part named by how far its news reaches: "国际新闻", "国内新闻" (never "国际视点", a column).
NEWS_SCOPE = re.compile(r"(?:国际|国内)新闻")


def mark_news_scopes(lines: list[Line]) -> list[Line]:
    """Make ``国际新闻`` / ``国内新闻`` noise alone over a headline (or inside the sentence a column
    break cut before it, :func:`cuts_sentence`), whatever the page's section, when two stories or
    more follow it: the part of the page it starts holds several, so it is none's kicker.  Over
    one story alone, the page's last, it may be that story's kicker; over text it stays."""
    out = list(lines)
    for i, ln in enumerate(lines[:-1]):
        if (
            ln.kind in ("heading", "label")
            and NEWS_SCOPE.fullmatch(compact(ln.rest or ln.text))
            and (lines[i + 1].kind == "heading" or cuts_sentence(lines, i))
            and stories_after(lines, i) >= 2
        ):
            out[i] = replace(ln, kind="noise", reason="section label")
    return out


def stories_after(lines: list[Line], i: int) -> int:
    """How many headlines over text follow the line at ``i`` (a headline's stack counts once)."""
    return sum(
        1
        for k in range(i + 1, len(lines) - 1)
        if lines[k].kind == "heading" and lines[k + 1].kind in ("body", "byline")
    )


PART_TAIL_MAX = 2  # lines of a cut sentence's tail between a part's label and its headline


def cuts_sentence(lines: list[Line], i: int) -> bool:
    """The part's label at ``i`` fell inside the last story of the part before, its headline
    after the tail: ``…游客在旅游中遇到纠纷，`` / ``国际`` / ``可及时投诉维权。`` / headline.  The line
    over it is open text, the tail under it text that closes, a headline right after."""
    if i == 0 or lines[i - 1].kind not in ("body", "byline") or not lines[i - 1].open:
        return False
    for k in range(i + 1, min(len(lines) - 1, i + 1 + PART_TAIL_MAX)):
        if lines[k].kind != "body":
            return False
        if not lines[k].open:
            return lines[k + 1].kind == "heading"
    return False


def page_top(lines: list[Line]) -> list[Line]:
    """The page's lines over its first text: its section label is printed there, never lower
    (``图片新闻`` halfway down, a photo box's label, names no parts of the page)."""
    k = next((i for i, ln in enumerate(lines) if ln.kind in ("body", "byline")), len(lines))
    return lines[:k]


def is_part(label: str, parts: set[str]) -> bool:
    """``国际`` or ``国际新闻`` under ``国内·国际``: a part the page's label names, bare or with
    新闻 after it (the same part); ``国际简讯`` is a box."""
    return label in parts or (label.endswith("新闻") and label[:-2] in parts)


def section_parts(label: str) -> set[str]:
    """The parts a page's section label names: ``国内·国际`` -> {国内, 国际} (``要闻·国内国际`` ->
    {要闻, 国内国际, 国内, 国际}); ``国内国际``
    -> {国内, 国际} (a bare ``新闻`` under ``都市新闻`` is its half too); ``文体新闻`` -> {文化, 文娱,
    体育, …}; ``要闻`` names none."""
    solid = compact(label)
    # "文体新闻" (or a bare "文体") at the top joins 文化 and 体育 as the folio row's "A14　文体" does.
    joined = JOINED_SECTIONS.get(solid.removesuffix("新闻"), set())
    if joined:
        return joined | ({solid[:2], solid[2:]} if HALVES.fullmatch(solid) else set())
    if DOTTED_LABEL.fullmatch(solid):
        # "要闻·国内国际": a four-character piece joins two parts as the undotted label does.
        pieces = [p for p in DOT.split(solid) if p]
        return set(pieces) | {h for p in pieces if HALVES.fullmatch(p) for h in (p[:2], p[2:])}
    if HALVES.fullmatch(solid):
        return {solid[:2], solid[2:]}
    return set()


def is_service(ln: Line) -> bool:
    return ln.reason in SERVICE_REASONS or (
        ln.reason == "masthead" and HOTLINE_WORDS.search(ln.text) is not None
    )


def mark_service_labels(lines: list[Line]) -> list[Line]:
    """Make a short label noise when only reader-service lines stand under it, up to the next
    headline or the page's end: ``楚溪·热线`` / ``晚报热线 8366110 欢迎爆料`` / ``你拍我登`` / …

    A label over a hotline and then text (a story's own ``咨询热线：…`` line) stays.
    """
    out = list(lines)
    for i, ln in enumerate(lines):
        text = compact(ln.rest or ln.text)
        if ln.kind not in ("heading", "label") or len(text) > SERVICE_LABEL_MAX:
            continue
        k = i + 1
        while k < len(lines) and is_service(lines[k]):
            k += 1
        if k > i + 1 and (k == len(lines) or lines[k].kind in ("heading", "label", "noise")):
            out[i] = replace(ln, kind="noise", reason="reader service")
    return out


def mark_service_strip(lines: list[Line]) -> list[Line]:
    """Make a contact line noise when a bulleted item is above it and no text to read below."""
    out = list(lines)
    for i, ln in enumerate(lines):
        if i == 0 or ln.kind not in ("field", "body") or not CONTACT_LINE.fullmatch(ln.text.strip()):
            continue
        above = lines[i - 1]
        below = lines[i + 1] if i + 1 < len(lines) else None
        if (
            above.kind == "body"
            and BULLET.match(above.text.strip())
            and (below is None or below.kind in ("heading", "label", "noise"))
        ):
            out[i] = replace(ln, kind="noise", reason="reader service")
    return out


# The paper's name, or 本报, and 图片: "晚报图片", "本报图片", "滨江日报摄影" (a photo item's label).
PAPER_PHOTO_LABEL = re.compile(rf"[【〔\[]?(?:本报|[\u4e00-\u9fa5]{{0,6}}{PAPER_KIND})(?:图片|摄影)[】〕\]]?")
# A photo column's name: "城市表情", "街头掠影", "精彩瞬间", "假日影像" (over a photo item only).
PHOTO_COLUMN = re.compile(
    r"[【〔\[]?[\u4e00-\u9fa5]{2,4}(?:表情|影像|光影|镜头|瞬间|掠影|剪影|随拍|抓拍|定格|街拍)[】〕\]]?"
)
PHOTO_TITLE_LINES = 2  # headings between such a label and its photo's caption, at most


def mark_photo_labels(lines: list[Line]) -> list[Line]:
    """Make the paper's photo label or a photo column's name noise over a photo item: ``晚报图片``
    (``城市表情``) / ``消暑`` / caption with its credit, or one line of caption and the credit under it.  Over a headline and text it is
    left as it is."""
    out = list(lines)
    for i, ln in enumerate(lines):
        label = compact(ln.text)
        if ln.kind not in ("heading", "label") or not (
            PAPER_PHOTO_LABEL.fullmatch(label) or PHOTO_COLUMN.fullmatch(label)
        ):
            continue
        k = i + 1
        while k < len(lines) and k - i <= PHOTO_TITLE_LINES and lines[k].kind == "heading":
            k += 1
        if is_credited(lines, k) or (
            k < len(lines) and lines[k].kind == "body" and is_credited(lines, k + 1)
        ):
            out[i] = replace(ln, kind="noise", reason="section label")
    return out


def is_credited(lines: list[Line], k: int) -> bool:
    """The line at ``k`` is a photo's caption with its credit, or the credit alone."""
    return k < len(lines) and (lines[k].kind == "caption" or lines[k].reason == "photo credit")

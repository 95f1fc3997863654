"""Lines over a page's pieces that name a series or a campaign, never one story: never read.

* A symposium's name over its editor's note and first essay, a series of pieces by several
  writers (``县域经济发展笔谈`` / ``编者按：…本期刊发两篇文章…`` / ``推动县域经济转型升级的几点思考``
  / ``□ 贺建湘``): the name is the page's, the note leads the first piece (as a short column's
  label does, :func:`audiopaper.segment_boxes.mark_note_labels`).  Only a name that says it is a
  series of writings (``…笔谈``, ``…系列谈``, ``…大家谈``): a title over its own note
  (``一个山村的“数字账本”`` / ``编者按：…`` / ``本报记者 …``) stays its story's.
* A study campaign's banner at the page's top, the first line under its header (section label,
  editors' credits), over the first headline (``理论·学习`` / ``本版主编：…`` / ``深入学习贯彻党的
  二十大精神`` / ``以新质生产力赋能`` / …): the page's, never the first story's kicker.  Lower
  down, under a teaser box or another story, the same words head one story and stay its kicker
  (``今日导读`` / ``★…（2版）`` / ``深入学习贯彻党的十九大精神`` / ``全市…推进会召开``).
  So is a reporting campaign's name printed bare there (``民生`` / ``责任编辑：…`` / ``新春走基层`` /
  headline); in brackets (``（新春走基层）``), dotted with a theme (``走基层·看变化``) or lower down
  it is the story's kicker.
* A theme's banner at the page's top, the first line under its header: a couplet of two phrases
  of one length apart by a wide gap, no stop in them (``畅游X山水间　乐享文旅新生活``,
  ``弘扬宪法精神　建设法治X市``), over the line that says what the page is (``——2017年“12·4”
  国家宪法日特别报道``, then a headline) or who publishes it (``本版由X报社与X局联合推出``): the
  page's, never the first story's kicker, and the ——line never its subtitle.  The ——line may
  run on the banner's own line (``书香X城　全民阅读——写在第21个世界读书日`` over ``寻访`` / a
  headline): the whole line is the page's, and the kicker under it the first story's.  A couplet over
  text (``…　…`` / ``——记…`` / ``本报讯…``) is a story's title and subtitle, left alone.
* A slogan's banner at the page's top, the first line under its header: three phrases or more of
  one length apart by wide gaps, the day or campaign they mark before them or not
  (``12·4国家宪法日　尊崇宪法　学习宪法　遵守宪法``, ``文明城市　你我共建　人人参与``), over a
  headline: the page's.  Two phrases are a couplet (above); a headline's two halves stay a title.
  Led by the named day it marks (``3·15国际消费者权益日　新消法今起施行　让消费更安心``), two
  phrases after it suffice and their lengths may differ: a day's name then its slogans is a banner.
* A theme's dotted name at the page's top, the first line under its header, over the first
  story's own kicker and then its headline (``寻味X城·冬季美食季`` / ``探店`` / headline,
  ``乐游X城·端午出游指南`` / ``（周末去哪儿）`` / headline): a story has one kicker, so the upper
  of two stacked over the first headline is the page's.  A dotted name right over a headline
  (``聚焦·两会`` / headline) is that story's kicker, left alone.
* A comment page's motto at its top, the first line under a header that names the page 评论 (or
  言论, 时评, 观点): a couplet of two phrases of one length (``言之有物　论之有据``) over the first
  comment's headline.  The page's standing motto, never that comment's kicker.  Elsewhere a
  couplet there over a headline (``春风行动　温暖同行`` / headline on a 民生 page) stays the
  story's kicker unless a ——line or a sponsor note under it says it is a theme's banner.
* A 副刊's theme banner at the page's top, the first line under its header (``副刊·X`` /
  ``编辑：…`` / ``年味渐浓　且把乡愁写进纸短情长`` / ``腊月的磨坊`` / ``□田秋禾``): phrases apart by a wide
  gap, their lengths free, over the first essay's title and its writer's signature.  An essay
  has its title and its writer, no kicker: the line over them is the page's theme, never read.
  Only on a page whose header calls it a 副刊; on a news page such a line over a headline and
  its byline stays the story's kicker, and so does a phrase with no gap (``周末读本``: a
  column's name over its first piece).

Why a module of its own: :mod:`audiopaper.segment_labels` is full; these read a line by the
lines around it, like it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_boxes import mark_labels_over_notes
from .segment_chrome import gap_cells
from .segment_footers import SPONSOR_NOTE
from .segment_lines import Line, compact

__all__ = [
    "mark_campaign_banner",
    "mark_motto_banner",
    "mark_series_labels",
    "mark_slogan_banner",
    "mark_supplement_banner",
    "mark_theme_banner",
]

# A series of writings on one theme: "县域经济发展笔谈", "乡村振兴系列谈", "营商环境大家谈".
SERIES = re.compile(r"[\u4e00-\u9fa5“”]{2,16}(?:笔谈|系列谈|系列评论|大家谈|专家谈|名家谈)")

# A study campaign: "深入学习贯彻党的二十大精神", "学习宣传贯彻全会精神", "认真传达学习全国两会精神".
CAMPAIGN = re.compile(
    r"(?:深入|认真|全面|持续)?(?:学习|宣传|贯彻|传达|落实){2,4}[\u4e00-\u9fa5“”]{2,20}?(?:精神|思想)"
)
# The press's reporting campaign, bare (no brackets, no dot): "新春走基层", "走基层", "金秋走基层".
# Printed so alone at the page's top it is the page's banner; "（新春走基层）" in brackets, or
# "走基层·看变化" with its own theme, is a story's kicker there as anywhere.
REPORTING = re.compile(r"[\u4e00-\u9fa5]{0,4}走基层")
# The inner page's header lines right over it: its section label, its editors' credits (a front
# page's masthead and date have neither; its first kicker is a story's).
HEADER_REASONS = frozenset({"section label", "credit"})


def page_top(lines: list[Line], room: int) -> int | None:
    """Where the page's first line read stands, when it is a headline line right under the page's
    header (its section label or its credits) with ``room`` lines after it; else ``None``."""
    i = next((k for k, ln in enumerate(lines) if ln.kind != "noise"), None)
    if i is None or i == 0 or i + room >= len(lines):
        return None
    if lines[i].kind not in ("heading", "label") or lines[i - 1].reason not in HEADER_REASONS:
        return None
    return i


def silenced(lines: list[Line], *at: int) -> list[Line]:
    """``lines`` with the lines ``at`` made a banner's noise, never read."""
    out = list(lines)
    for i in at:
        out[i] = replace(lines[i], kind="noise", reason="slogan")
    return out


def mark_series_labels(lines: list[Line]) -> list[Line]:
    """Make a series' name noise when it stands alone over an editor's note and a headline."""
    return mark_labels_over_notes(lines, lambda ln: SERIES.fullmatch(compact(ln.rest or ln.text)) is not None)


def mark_campaign_banner(lines: list[Line]) -> list[Line]:
    """Make a study campaign's banner, or a bare reporting campaign's (``新春走基层``), noise when
    it is the page's first line under its header and a headline follows it."""
    i = page_top(lines, 1)
    if i is None:
        return lines
    ln = lines[i]
    if lines[i + 1].kind in ("heading", "label") and (
        CAMPAIGN.fullmatch(compact(ln.rest or ln.text)) or REPORTING.fullmatch(ln.text.strip())
    ):
        return silenced(lines, i)
    return lines


# A couplet's phrase (its two apart by a wide gap): "畅游峨溪山水间　乐享文旅新生活".
COUPLET_CELL = re.compile(r"[\u4e00-\u9fa5“”]{4,10}")
# The line under a banner saying what the page is: "——2017年“12·4”国家宪法日特别报道".
DASH_LINE = re.compile(r"^[—－-]{2}\s*\S")
# The same said on the banner's own line, after it: "书香雁湖　全民阅读——写在第21个世界读书日".
DASH_TAIL = re.compile(r"(?P<banner>.+?)[—－]{2}\s*\S.*")


def is_couplet(text: str) -> bool:
    """``弘扬宪法精神　建设法治澜川``: two phrases of one length apart by a wide gap, no stop."""
    cells = gap_cells(text)
    return (
        len(cells) == 2 and all(COUPLET_CELL.fullmatch(c) for c in cells) and len(cells[0]) == len(cells[1])
    )


def mark_theme_banner(lines: list[Line]) -> list[Line]:
    """Make a theme's banner noise when it is the page's first line under its header and over
    either a ——line then a headline (both noise) or the page's sponsor note, or when its ——line
    runs on its own line and a headline follows."""
    i = page_top(lines, 2)
    if i is None:
        return lines
    ln, nxt, after = lines[i], lines[i + 1], lines[i + 2]
    tail = DASH_TAIL.fullmatch(ln.text.strip())
    if tail and is_couplet(tail["banner"]) and nxt.kind in ("heading", "label"):
        return silenced(lines, i)
    if not is_couplet(ln.text):
        return lines
    if nxt.kind == "heading" and DASH_LINE.match(nxt.text) and after.kind in ("heading", "label"):
        return silenced(lines, i, i + 1)
    if nxt.kind == "noise" and SPONSOR_NOTE.fullmatch(nxt.text.strip()):
        return silenced(lines, i)
    return lines


# A slogan's phrase, of one length with its fellows: "尊崇宪法"; the day or campaign it marks may
# lead them: "12·4国家宪法日".
SLOGAN_CELL = re.compile(r"[\u4e00-\u9fa5]{4,8}")
SLOGAN_LEAD = re.compile(r"[\d·.．]{0,6}[\u4e00-\u9fa5“”]{2,12}")
# A theme's dotted name: "寻味诺河·冬季美食季", "乐游樵城·端午出游指南" (no stop, no gap).
DOTTED_THEME = re.compile(r"[\u4e00-\u9fa5]{2,8}[·・•][\u4e00-\u9fa5]{3,10}")
# A kicker, bare or in brackets: "探店", "（周末去哪儿）", "【周末去哪儿】".
SHORT_KICKER = re.compile(r"[（(【〔]?[\u4e00-\u9fa5]{2,8}[）)】〕]?")


def is_slogan(text: str) -> bool:
    """``12·4国家宪法日　尊崇宪法　学习宪法　遵守宪法``: three phrases or more of one length apart by
    wide gaps, the day they mark before them or not."""
    cells = gap_cells(text)
    if len(cells) >= 4 and SLOGAN_LEAD.fullmatch(cells[0]) and not SLOGAN_CELL.fullmatch(cells[0]):
        cells = cells[1:]
    return (
        len(cells) >= 3 and all(SLOGAN_CELL.fullmatch(c) for c in cells) and len({len(c) for c in cells}) == 1
    )


# A named day a banner marks, its date before it or not: "3·15国际消费者权益日", "世界读书日".
DAY_LEAD = re.compile(r"(?:\d{1,2}[·.．]\d{1,2})?[\u4e00-\u9fa5“”]{2,12}(?:日|节)")
SLOGAN_PHRASE = re.compile(r"[\u4e00-\u9fa5“”]{4,10}")


def is_day_banner(text: str) -> bool:
    """``3·15国际消费者权益日　新消法今起施行　让消费更安心``: a named day, then two phrases or more
    apart by wide gaps, no stop in them."""
    cells = gap_cells(text)
    return (
        len(cells) >= 3
        and DAY_LEAD.fullmatch(cells[0]) is not None
        and all(SLOGAN_PHRASE.fullmatch(c) for c in cells[1:])
    )


def mark_slogan_banner(lines: list[Line]) -> list[Line]:
    """Make a slogan's banner or a theme's dotted name noise when it is the page's first line under
    its header: a slogan over a headline, a dotted name over a short kicker then a headline."""
    i = page_top(lines, 2)
    if i is None:
        return lines
    ln, nxt, after = lines[i], lines[i + 1], lines[i + 2]
    text = ln.text.strip()
    slogan = (is_slogan(text) or is_day_banner(text)) and nxt.kind == "heading"
    theme = (
        DOTTED_THEME.fullmatch(text) is not None
        and nxt.kind in ("heading", "label")
        and SHORT_KICKER.fullmatch(compact(nxt.text)) is not None
        and after.kind == "heading"
    )
    return silenced(lines, i) if slogan or theme else lines


# A comment page's section as its header names it, alone or after the page's number, dotted with
# another word or not: "评论", "第4版　言论", "时评·观点", "观点·争鸣".
COMMENT_SECTION = re.compile(
    r"(?:第?\s*[A-Z]?\d{1,3}\s*版?\s*[:：]?\s*)?(?:[\u4e00-\u9fa5]{2}[·・])?"
    r"(?:评论|言论|时评|观点|新闻评论)(?:[·・][\u4e00-\u9fa5]{2,4})?"
)


def mark_motto_banner(lines: list[Line]) -> list[Line]:
    """Make a comment page's motto noise: a couplet (:func:`is_couplet`), the page's first line
    under a header naming the page 评论 (``COMMENT_SECTION``), over a headline."""
    i = page_top(lines, 1)
    if (
        i is not None
        and lines[i + 1].kind == "heading"
        and is_couplet(lines[i].text)
        and any(COMMENT_SECTION.fullmatch(compact(h.text)) for h in lines[:i])
    ):
        return silenced(lines, i)
    return lines


# A phrase of a 副刊's theme banner: "年味渐浓", "且把乡愁写进纸短情长" (no stop).
THEME_PHRASE = re.compile(r"[\u4e00-\u9fa5“”]{2,12}")


def mark_supplement_banner(lines: list[Line]) -> list[Line]:
    """Make a 副刊's theme banner noise: the first line read under a header calling the page a
    副刊, two phrases or more apart by wide gaps, over a headline and then its writer's byline
    (``年味渐浓　且把乡愁写进纸短情长`` / ``腊月的磨坊`` / ``□田秋禾``)."""
    i = next(
        (k for k, ln in enumerate(lines) if ln.kind != "noise" and "副刊" not in ln.text),
        None,
    )
    if i is None or i == 0 or i + 2 >= len(lines) or lines[i - 1].reason not in HEADER_REASONS:
        return lines
    if not any("副刊" in ln.text for ln in lines[:i]):
        return lines
    ln, head, sig = lines[i], lines[i + 1], lines[i + 2]
    cells = gap_cells(ln.text)
    if (
        ln.kind in ("heading", "label")
        and len(cells) >= 2
        and all(THEME_PHRASE.fullmatch(c) for c in cells)
        and head.kind == "heading"
        and not DASH_LINE.match(head.text.strip())
        and sig.kind == "byline"
    ):
        return silenced(lines, i)
    return lines

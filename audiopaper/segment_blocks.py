"""Blocks of a page whose lines mean something only together: adverts, boxes of briefs, poems.

``mark_blocks(lines)`` re-reads classified lines by the block they sit in, before the page is
walked into stories (:mod:`audiopaper.segment_page`):

* an advert (``广告`` / ``华盛家居建材城八周年庆`` / offers / ``活动时间：…`` / ``订购热线：…`` /
  ``（本广告由发布者负责）``) is never read, however much of it looks like a headline or a field;
* a box of briefs whose items carry their own titles (``区县简讯`` / ``槐东区：“田保姆”托管…`` /
  one paragraph / ``新港区：…``) is a story per item, and the box's label is never read;
  a box of bullet items without titles (``新品速递`` / ``■ 华芯微电子推出…``) stays one story;
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

__all__ = ["mark_blocks"]

AD_LINES = 15  # an advert's lines after its label, at most
DISCLAIMER = re.compile(r"广告.{0,16}负责")
# A box's label that does not name briefs: a short unpunctuated word (``身边事``, ``城事``).
BOX_LABEL = re.compile(r"[\u4e00-\u9fa5]{2,5}")
# Where a brief happened, then its news: a district, county, town, village or body of the city.
PLACED_TITLE = re.compile(r"^[\u4e00-\u9fa5]{1,8}(?:区|县|市|镇|乡|村|街道|社区|州|旗|开发区|新区|园区)[：:]")
VERSE_MAX = 20  # characters in a line of verse
VERSE_MIN = 4  # lines of verse, at least, before a run of short lines is a poem
# Numbered sub-heads are an outline, never verse: "一、开幕式", "（二）", "3.", "②".
OUTLINE = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|[①-⑳])"
)


def mark_blocks(lines: list[Line]) -> list[Line]:
    """``lines`` with adverts made noise, titled briefs opening stories and verse made text."""
    return mark_verse(mark_brief_titles(mark_adverts(lines)))


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
        for k in range(i + 1, end):
            if out[k].kind != "noise":
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

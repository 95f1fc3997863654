"""Adverts of a page, never read: from the ``广告`` label to the disclaimer or the next story.

* an advert (``广告`` / ``华盛家居建材城八周年庆`` / offers / ``活动时间：…`` / ``订购热线：…`` /
  ``（本广告由发布者负责）``), however much of it looks like a headline or a field;
* without a disclaimer it stops at the next story's byline, headline over a byline, jump or photo
  story, or at a paragraph of prose (an advert is offers and contacts, not sentences), never
  longer than ``AD_LINES``; a bank's advert in one row (``…农商银行　“竹农贷”　…　服务热线：…``)
  ends where it starts;
* an unlabelled school's or firm's call for students or staff, its name and term over fields only
  (``某某市职业中学2010年秋季招生`` / ``开设专业：…`` / ``报名地址：…　咨询电话：…``): a story that
  reports enrolment (``今年普通高中计划招生1.62万人`` over sentences) is read;
* an unlabelled advert in one row, an offer's price, a sales office or address and the number to
  call last (``某某·某园　临湖洋房　首付18万起　营销中心：某某大道988号　热线：0587-3388999``).

Why a module of its own: split from :mod:`audiopaper.segment_boxes` (which re-exports it) when
that module outgrew its size; the advert is the one box found from its label alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_footers import is_bank_advert
from .segment_heads import is_photo_story
from .segment_lines import FINAL, Line
from .segment_noise import narrow

__all__ = ["is_advert_label", "mark_adverts"]

AD_LINES = 15  # an advert's lines after its label, at most
DISCLAIMER = re.compile(r"广告.{0,16}负责")


def is_advert_label(ln: Line) -> bool:
    """An advert's first line, the lines under it its own; a bank's advert in one row ends where it
    starts (``…农商银行　“竹农贷”　…　服务热线：…``): its hotline is its last cell."""
    return ln.reason == "advertisement" and not DISCLAIMER.search(ln.text) and not is_bank_advert(ln.text)


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


# A one-row advert for a home or a shop, unlabelled: its offer, where to go and the number to call,
# each a cell: "某某·某园　临湖洋房　首付18万起　营销中心：某某大道988号　热线：0587-3388999".
OFFER_CELL = re.compile(
    r"[^，。；！？]{0,8}(?:首付|总价|均价|单价|特价|仅售|低至)\s*\d[\d.]*\s*(?:万|千)?元?(?:/㎡|/平方米)?起?[^，。；！？]{0,6}"
    r"|[^，。；！？]{0,8}\d[\d.]*\s*(?:万|千)?元(?:/㎡|/平方米)?起[^，。；！？]{0,6}"
)
PLACE_CELL = re.compile(r"(?:营销中心|售楼处|销售中心|接待中心|展厅|门店|地址)\s*[:：]\s*[^，。；！？]{2,24}")
CALL_CELL = re.compile(r"[\u4e00-\u9fa5]{0,4}(?:热线|电话)\s*[:：]\s*\d[\d\-—－ ]{6,}")
ROW_CELLS_MIN = 4  # cells of a one-row advert, at least: its name, what, offer, place, number


def is_advert_row(ln: Line) -> bool:
    """``某某·某园　临湖洋房　首付18万起　营销中心：某某大道988号　热线：0587-3388999``: an unlabelled
    advert in one row, an offer's price, a sales office or address and the number to call its last
    cell; none a sentence (a story's line naming a price is read)."""
    cells = [c.strip() for c in re.split(r"[ \t\u3000]{1,}", ln.text.strip()) if c.strip()]
    return (
        ln.kind != "noise"
        and len(cells) >= ROW_CELLS_MIN
        and not any(re.search(r"[，。；！？]", c) for c in cells)
        and CALL_CELL.fullmatch(cells[-1]) is not None
        and any(OFFER_CELL.fullmatch(c) for c in cells)
        and any(PLACE_CELL.fullmatch(c) for c in cells)
    )


# A school's or firm's call for students or staff, its name then its term: "某某市第二职业中学2010年
# 秋季招生", "某某培训学校暑期招生简章", "某某集团诚聘"; a headline is never its name alone.
CALL_HEAD = re.compile(
    r"[^\s，。！？；：“”]{2,20}?(?:学校|中学|小学|学院|大学|幼儿园|职校|技校|培训中心|培训班|公司|集团)"
    r"\s*(?:\d{4}年)?\s*(?:春季|秋季|春秋季|暑期|寒假|暑假)?\s*(?:招生|招聘|诚聘|招工)(?:简章|启事)?"
)
# Its fields: "开设专业：…", "报名地址：…　咨询电话：…", never a sentence.
CALL_FIELD = re.compile(r"[\u4e00-\u9fa5]{2,6}\s*[:：][^。！？]+")


def call_advert_end(lines: list[Line], i: int) -> int:
    """Index after an unlabelled call for students or staff headed at ``i`` (its name and term
    over fields only, :data:`CALL_HEAD`), or ``i`` when there is none."""
    if lines[i].kind != "heading" or not CALL_HEAD.fullmatch(narrow(lines[i].text).strip()):
        return i
    k = i + 1
    while k < len(lines) and (
        lines[k].kind == "noise" or CALL_FIELD.fullmatch(narrow(lines[k].text).strip())
    ):
        k += 1
    fields = [ln for ln in lines[i + 1 : k] if ln.kind != "noise"]
    return k if fields and k - i <= AD_LINES else i


def mark_adverts(lines: list[Line]) -> list[Line]:
    """Make every line of an advert block noise (``广告`` up to ``（本广告由发布者负责）``), an
    unlabelled advert in one row (:func:`is_advert_row`) and an unlabelled call for students or
    staff (:func:`call_advert_end`)."""
    lines = [replace(ln, kind="noise", reason="advertisement") if is_advert_row(ln) else ln for ln in lines]
    for i in range(len(lines)):
        for k in range(i, call_advert_end(lines, i)):
            lines[k] = replace(lines[k], kind="noise", reason="advertisement")
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

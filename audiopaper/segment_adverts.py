"""Adverts of a page, never read: from the ``广告`` label to the disclaimer or the next story.

* an advert (``广告`` / ``华盛家居建材城八周年庆`` / offers / ``活动时间：…`` / ``订购热线：…`` /
  ``（本广告由发布者负责）``), however much of it looks like a headline or a field;
* without a disclaimer it stops at the next story's byline, headline over a byline, jump or photo
  story, or at a paragraph of prose (an advert is offers and contacts, not sentences), never
  longer than ``AD_LINES``; a bank's advert in one row (``…农商银行　“竹农贷”　…　服务热线：…``)
  ends where it starts;
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


def mark_adverts(lines: list[Line]) -> list[Line]:
    """Make every line of an advert block noise (``广告`` up to ``（本广告由发布者负责）``), and an
    unlabelled advert in one row (:func:`is_advert_row`)."""
    lines = [replace(ln, kind="noise", reason="advertisement") if is_advert_row(ln) else ln for ln in lines]
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

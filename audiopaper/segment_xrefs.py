"""Lines that point the reader to another page: never read as text, kept as teasers if they name a story.

Two conventions the line classifier (:mod:`audiopaper.segment_lines`) does not know:

* a cross-reference under a story, named by what it points to: ``相关报道见A05版`` (a bare pointer,
  never read) or ``相关新闻详见A05版：开学季 这份安全提示请收好`` (a teaser to page 5 with the
  title it names);
* an item of a page's guide, a bullet then a headline then the page's code in brackets, with or
  without 版: ``◆苇塘籍运动员载誉归来（A08）`` (a teaser to page 8).  Only a lettered code
  (``A08``, ``B3``): ``◆…（3）`` may be an item's number.

Why a module of its own: these lines are neither a box to remove (:mod:`audiopaper.segment_boxes`)
nor a block that is read (:mod:`audiopaper.segment_blocks`), but pointers the page walker turns
into teasers (:mod:`audiopaper.segment_page`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_lines import PAGE_NO, Line, is_headline_like, parse_page_number
from .segment_noise import narrow

__all__ = ["mark_xrefs"]

# What a cross-reference points to: "相关报道", "相关新闻", "更多内容"; then where: "详见A05版".
XREF = re.compile(
    r"[（(]?\s*[▲△▶►→◆◇●■]*\s*(?:相关(?:新闻|报道|阅读|链接|评论|图片|图文)|更多(?:新闻|报道|内容|详情|精彩))"
    rf"\s*(?:请)?(?:详见|参见|请看|见)\s*(?:本报)?(?:今日)?\s*第?\s*(?P<no>{PAGE_NO})\s*版"
    r"\s*(?:[:：]\s*(?P<text>[^（）()]{2,40}?))?\s*[）)]?"
)
# A guide's item: "◆苇塘籍运动员载誉归来（A08）", "■冬储白菜上市（B3版）".
GUIDE_ITEM = re.compile(
    r"[◆◇●■▪•▲△▶►★☆]\s*(?P<text>[^（）()]{4,40}?)\s*[（(]\s*(?P<no>[A-Z]\s*\d{1,2})\s*版?\s*[）)]"
)


def mark_xrefs(lines: list[Line]) -> list[Line]:
    """Cross-references and guide items as teasers to their page, or noise when they name nothing.

    ``相关报道见A05版`` -> skipped (``cross-reference``); ``相关新闻详见A05版：开学季 这份安全提示请收好``
    and ``◆苇塘籍运动员载誉归来（A08）`` -> teasers to pages 5 and 8.
    """
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind in ("noise", "teaser"):
            continue
        text = ln.text.strip()
        m = XREF.fullmatch(narrow(text)) or GUIDE_ITEM.fullmatch(narrow(text))
        if m is None or (page := parse_page_number(m["no"])) is None:
            continue
        title = text[m.start("text") : m.end("text")].strip() if m["text"] else ""
        if title and is_headline_like(title):
            out[i] = replace(ln, kind="teaser", rest=title, jump_out=page, jump_in=None)
        elif not title:
            out[i] = replace(ln, kind="noise", reason="cross-reference")
    return out

"""A part of the page named after the page's own section: never a story's kicker, never read.

A page's folio row names its section (``第04版：区县新闻``, ``A05　城市新闻``); a label alone over a
headline down the page that names the same ground with another word for its news (``区县传真``,
``城市动态``: the section's first two characters, then a word for news sent in) heads the part of
the page that holds the section's news, several stories, not one: like ``国际`` on a ``国内·国际``
page (:func:`audiopaper.segment_labels.mark_section_parts`), it is no story's kicker.  Only such a
word for news, only over a headline with two stories or more under it: over the page's last
story alone (``区县传真`` / headline / text, nothing after) it may be that story's kicker, and a
dotted label naming a place (``区县传真·岩门``) is always the story's.

A page with no such header may still print its national and world news as its two parts, each
under a bare label of how far it reaches (a 综合 page: ``国内`` / headline / text … ``国际`` /
headline / text): when both halves of such a pair (``国内`` and ``国际``, ``省内`` and ``省外``)
stand alone over headlines on one page, each starts its part, never a story's kicker
(:func:`mark_paired_scopes`).  One bare ``国际`` alone, its fellow nowhere, is left.

Why a module of its own: :mod:`audiopaper.segment_labels` is full.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_labels import stories_after
from .segment_lines import Line, compact

__all__ = ["mark_page_parts", "mark_paired_scopes", "mark_section_columns"]

# The section's name after the page's number in its folio row: "第04版：区县新闻", "A05　城市新闻".
FOLIO_SECTION = re.compile(
    r"(?:第\s*)?[A-Z]?\d{1,3}\s*版?\s*(?:[:：]|[ \t]{2,}|\u3000+)\s*(?P<name>[\u4e00-\u9fa5]{2}新闻)"
)
# Words for news sent in from the section's ground: "区县传真", "城市动态", "县区纵横".
COLUMN_WORD = re.compile(r"[\u4e00-\u9fa5]{2}(?:传真|动态|纵横|扫描|视窗|速递)")


def page_section(lines: list[Line]) -> str:
    """``区县新闻`` for a page whose folio row (a page header over its first text) says so."""
    for ln in lines:
        if ln.kind in ("body", "byline"):
            break
        m = FOLIO_SECTION.fullmatch(ln.text.strip()) if ln.reason == "page header" else None
        if m:
            return m["name"]
    return ""


def mark_section_columns(lines: list[Line]) -> list[Line]:
    """Make ``区县传真`` noise alone over a headline with two stories or more under it on a page
    whose folio row names ``区县新闻``: the page's part, not the first story's kicker."""
    section = page_section(lines)
    if not section:
        return lines
    out = list(lines)
    for i, ln in enumerate(lines[:-1]):
        label = compact(ln.rest or ln.text)
        if (
            ln.kind in ("heading", "label")
            and COLUMN_WORD.fullmatch(label)
            and label[:2] == section[:2]
            and lines[i + 1].kind == "heading"
            and stories_after(lines, i) >= 2
        ):
            out[i] = replace(ln, kind="noise", reason="section label")
    return out


# The halves of a page split by how far its news reaches: "国内" and "国际", "省内" and "省外".
SCOPE_PAIRS = ({"国内", "国际"}, {"省内", "省外"})


def mark_paired_scopes(lines: list[Line]) -> list[Line]:
    """Make ``国内`` and ``国际`` noise when both stand alone over a headline on the page: its two
    parts, ``国内`` / ``全国7月份居民消费价格…`` / text / ``国际`` / ``东亚多地持续高温`` / text."""
    bare = {
        i: compact(ln.rest or ln.text)
        for i, ln in enumerate(lines[:-1])
        if ln.kind in ("heading", "label") and lines[i + 1].kind == "heading"
    }
    found = set(bare.values())
    pair = next((p for p in SCOPE_PAIRS if p <= found), None)
    if pair is None:
        return lines
    out = list(lines)
    for i, label in bare.items():
        if label in pair:
            out[i] = replace(lines[i], kind="noise", reason="section label")
    return out


def mark_page_parts(lines: list[Line]) -> list[Line]:
    """Both passes above: a pair of scope labels, then a section's column labels."""
    return mark_section_columns(mark_paired_scopes(lines))

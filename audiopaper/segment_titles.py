"""Titles settled by what else the page prints: its own list of headlines.

Why a module of its own: :mod:`audiopaper.segment_heads` splits a headline stack by the shape
of its lines alone; an e-paper's ``标题导航`` (the page's titles, one a line) says outright
which line of a stack is the title, and that outranks any guess from shapes.
"""

from __future__ import annotations

import re

from .segment_heads import list_key
from .segment_lines import Line

Head = tuple[str | None, str, str | None]


def compact(text: str) -> str:
    """A headline without its spaces, as a list and a stack may set it differently."""
    return re.sub(r"[\s\u3000]+", "", text)


def listed_titles(lines: list[Line], listed: set[int]) -> frozenset[str]:
    """The titles named by the page's headline lists (the lines ``listed`` marks)."""
    return frozenset(compact(list_key(ln)) for ln in lines if ln.number in listed and ln.kind == "heading")


def title_by_list(stack: list[Line], head: Head, titles: frozenset[str]) -> Head:
    """Kicker, title, subtitle of ``stack`` with the title the page's headline list names.

    ``标题导航`` / ``全市2.3万名考生明日迎考`` … then the stack ``全市2.3万名考生明日迎考`` /
    ``44个考点标准化考场全部就绪``: the listed line is the title, the line under it the subtitle
    (lines above it the kicker).  A title set in two lines is listed whole (``全市春运首周发送旅客`` /
    ``突破86万人次``): the two lines are one title.  ``head`` (the split by shape) stands when its
    title is listed, when nothing is, or when more than one run of lines is.
    """
    kicker, title, subtitle = head
    if not titles or compact(title) in titles:
        return head
    plain = [ln for ln in stack if ln.kind == "heading"]
    texts = [(ln.rest or ln.text).strip() for ln in plain]
    spans = [
        (a, b)
        for a in range(len(texts))
        for b in range(a + 1, len(texts) + 1)
        if compact("".join(texts[a:b])) in titles
    ]
    if len(spans) != 1:
        return head
    a, b = spans[0]
    labels = [ln.rest for ln in stack if ln.kind == "label"]
    above = [*labels, *texts[:a]]
    below = [t.lstrip("—").strip() for t in texts[b:]]
    return (" ".join(above) or None, " ".join(texts[a:b]), " ".join(below) or None)

"""Titles settled by what else the page prints: its own list of headlines.

Why a module of its own: :mod:`audiopaper.segment_heads` splits a headline stack by the shape
of its lines alone; an e-paper's ``标题导航`` (the page's titles, one a line) says outright
which line of a stack is the title, and that outranks any guess from shapes.  The lists
themselves (which lines are a list, and so never read) are found here too.
"""

from __future__ import annotations

import re

from .segment_lines import Line, compact

Head = tuple[str | None, str, str | None]

LIST_MARKS = "·•●◆◇○■□▪->＞》 \u3000"


# A list may number its titles: "1. 戈阳绿氢产业园一期项目投产", "2、…", "（3）…".
LIST_NUMBER = re.compile(r"^(?:\d{1,2}\s*[.．、]|[（(]\d{1,2}[）)])\s*(?=\S)")


def list_key(line: Line) -> str:
    """A headline as listed and as printed: ``·老院子里的“共享菜园”`` (or ``> …``, ``1. …``) is
    ``老院子里的“共享菜园”``."""
    return LIST_NUMBER.sub("", line.rest.lstrip(LIST_MARKS))


def is_marked_item(line: Line) -> bool:
    """``> 今冬供暖“开栓”时间定了``, ``·夏日驼铃``: a list item set after a marker."""
    return line.rest[:1] in LIST_MARKS.strip()


def is_numbered_item(line: Line) -> bool:
    """``1. 寒岭冰雪季12月20日启幕``, ``（3）…``: a list item set after its number."""
    return LIST_NUMBER.match(line.rest.lstrip(LIST_MARKS)) is not None


def mark_headline_lists(lines: list[Line]) -> set[int]:
    """Line numbers of e-paper headline lists (``本版新闻`` then the page's titles).

    A run of headline-like lines is a list when a nav header precedes it, or when it has three
    or more lines of which two are printed again on the page; the list ends where a headline
    repeats inside the run (the real first story starts there).
    """
    counts: dict[str, int] = {}
    for ln in lines:
        if ln.kind == "heading":
            counts[list_key(ln)] = counts.get(list_key(ln), 0) + 1
    marked: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].kind == "heading":
            j += 1
        if j > i:
            run = lines[i:j]
            after_nav = i > 0 and lines[i - 1].reason == "headline list"
            repeats = sum(1 for ln in run if counts[list_key(ln)] > 1)
            if after_nav or (len(run) >= 3 and repeats >= 2):
                seen: set[str] = set()
                marked_items = is_marked_item(run[0])
                numbered = is_numbered_item(run[0])
                for k, ln in enumerate(run):
                    # A list set after markers ends at the first line without one: "> 银杏染秋"
                    # / "民生热线" (the first story's kicker) / "今冬供暖“开栓”时间定了".  So does
                    # a numbered one at its first line with no number: "6. 文体资讯" /
                    # "第十届…冰雪季" (the first story's stack, its title listed in other words).
                    if (marked_items and not is_marked_item(ln)) or (numbered and not is_numbered_item(ln)):
                        break
                    if list_key(ln) in seen:
                        marked.difference_update(x.number for x in kickers_above(run[:k], lines[j:], counts))
                        break
                    seen.add(list_key(ln))
                    marked.add(ln.number)
                if not after_nav and len(seen) == len(run):
                    marked.difference_update(ln.number for ln in run[-2:])  # keep a stack to open with
        i = max(j, i + 1)
    return marked


def kickers_above(listed: list[Line], after: list[Line], counts: dict[str, int]) -> list[Line]:
    """The last lines of a list cut by a repeated title that the page never prints again.

    ``本版文章`` / ``明年中考体育增设游泳`` / … / ``校园简讯`` / ``聚焦中考改革`` / ``明年中考体育增设游泳``:
    the list ends at its last title, and ``聚焦中考改革`` (in the list nowhere else on the page) is
    the first story's kicker.  A listed title the page prints broken in two lines is still found
    in the page's text, and stays listed.  One title at least stays the list's.
    """
    printed = compact("".join(list_key(ln) for ln in after if ln.kind == "heading"))
    out: list[Line] = []
    for ln in reversed(listed[1:]):
        key = list_key(ln)
        if counts.get(key, 0) > 1 or compact(key) in printed:
            break
        out.append(ln)
    return out


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

"""Items of an e-paper's headline list that read like a sentence: still the list's items.

``本版新闻`` / ``· 二季度起医保个人账户可“家庭共济”`` / ``· 政策问答｜灵活就业人员如何参加医保？`` /
``· 社区食堂开进老小区``: an e-paper's nav header (``本版新闻``, ``标题导航``) is followed by the
page's titles, each set after the same marker.  A title may be a question (``…如何参加医保？``) or
carry its column's name before a bar (``政策问答｜…``), so the line, read alone, ends like a sentence
and is taken for text; the run of items is then cut there, the list is not found whole, and the
item is read aloud.  Inside such a run (every line after the header set after a list marker,
two or more of them already read as headlines) a marked line short like a title, with no
sentence stop or comma inside it, is a headline too, so the list stays whole
(:func:`audiopaper.segment_titles.mark_headline_lists`).

The title the list names is then printed again over its story, alone on its line and as
sentence-like (``政策问答`` / ``灵活就业人员如何参加医保？`` / ``近期，不少读者致电本报，…``): a body line
after the list whose words are a listed title (or the part after a listed item's bar, the column
name standing above it as the kicker) is that story's headline, never its first paragraph.

Not such an item: a marked line of prose (``· 据介绍，全市…``, a comma or a full stop inside it),
a long one, or a marked line with no nav header above its run (a story's own bulleted points).

Why a module of its own: the line's kind is a fact about its neighbours (the header and the
run), which the one-line pass of :mod:`audiopaper.segment_lines` never sees.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_lines import Line, compact

# The marks an e-paper sets before each title of its list.
NAV_MARKS = "·•●◆◇○■□▪>＞》"
ITEM_MAX = 40  # characters of a listed title after its marker
# A stop inside the item, or a comma anywhere: a sentence of prose, never a title.
PROSE_INSIDE = re.compile(r"[。；;，,]|[！？!?](?=.)")


def is_marked(ln: Line) -> bool:
    return ln.text.strip()[:1] in NAV_MARKS


def reads_as_title(ln: Line) -> bool:
    """``· 政策问答｜灵活就业人员如何参加医保？``: short, no stop before its end, no comma."""
    item = ln.text.strip().lstrip(NAV_MARKS + " \u3000")
    return 2 <= len(item) <= ITEM_MAX and PROSE_INSIDE.search(item) is None


# The bar between a listed title's column name and its words: "政策问答｜灵活就业人员如何参加医保？".
COLUMN_BAR = re.compile(r"[|｜丨]")


def item_words(ln: Line) -> str:
    return compact(ln.text.strip().lstrip(NAV_MARKS + " \u3000"))


def as_head(ln: Line) -> Line:
    return replace(ln, kind="heading", rest=re.sub(r"[\s\u3000]+", " ", ln.rest or ln.text), open=False)


def mark_nav_items(lines: list[Line]) -> list[Line]:
    """``lines`` with each marked body line inside a nav header's run of marked titles made a
    headline, and so each body line after the run that prints one of its titles again (see the
    module's docstring)."""
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.reason != "headline list":
            continue
        j = i + 1
        while j < len(lines) and lines[j].kind in ("heading", "body") and is_marked(lines[j]):
            j += 1
        run = range(i + 1, j)
        if sum(lines[k].kind == "heading" for k in run) < 2:
            continue
        promoted = [
            k
            for k in run
            if lines[k].kind == "body" and lines[k].jump_out is None and reads_as_title(lines[k])
        ]
        titles: set[str] = set()
        for k in promoted:
            out[k] = as_head(lines[k])
            words = item_words(lines[k])
            titles.add(words)
            parts = COLUMN_BAR.split(words)
            if len(parts) == 2 and all(parts):
                titles.add(parts[1])
        for k in range(j, len(lines)):
            if lines[k].kind == "body" and reads_as_title(lines[k]) and compact(lines[k].text) in titles:
                out[k] = as_head(lines[k])
    return out

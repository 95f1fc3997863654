"""A web story's headline, known by the author field printed right under it.

A newspaper's web edition prints each story as headline, author field, text, then its page
chrome: ``【打印】　【关闭】`` / ``城事观察`` / ``夜市摊点“划线”经营 烟火气与好秩序兼得`` /
``作者：本报记者 邓  凯　来源：翠溪都市报　2020-06-09`` / text.  The line between the chrome
(or a column's name, or the page's top) and the author field is that story's headline, even
when on its own it ends like a cut sentence (``…兼得``, 得 a verb here, not the particle a column
cut off): text never stands between the chrome closing one story and the author field opening
the next.

Why a module of its own, and why before the walk: the line's kind is decided by its neighbours
(the author field under it, the chrome or a headline above it), which the one-line classifier in
:mod:`audiopaper.segment_lines` never sees; once it is a heading, the ordinary conventions apply
(a stack of two lines opens a story, the author field gives its byline).

A nav header with no list under it: ``本版新闻`` / ``热线追踪`` / ``小区门口“断头路”打通了`` /
``居民出行少绕两公里`` / ``晚报讯（记者 …）“以前…``.  The e-paper's list of the page's titles is
a block of links the dump may lose, leaving its header alone; the lines under it then run
straight into a story's opening text, and none of them is printed again lower on the page (a
real list's titles are).  Those lines are the first story's headline stack, never a list
(:func:`unlist_lone_stack`).

A headline the page's own list of titles names may stand right under the text of the story
before, with no chrome between them: ``…情义还在”。`` / ``市民艺术节闭幕 近万人次参与`` /
``作者：本报记者 庞小溪　来源：…`` / text, the title listed under ``本版标题`` as
``·市民艺术节闭幕 近万人次参与``.  The list vouches for it: it is the next story's headline, and
the field under it that story's byline, never the web meta of the text above (which must be
finished: a line after a cut sentence goes on with it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_lines import Line, compact
from .segment_titles import is_marked_item, list_key

HEAD_MAX = 40  # characters of a headline line
# A sentence's stop or a clause's break inside the line: prose, never a headline.
PROSE_MARK = re.compile(r"[。；;：:]|[，,、]$")
# What may stand over a web story's headline: the chrome closing the story before, its
# column's name (or kicker), or nothing at all (the page's first story).
ABOVE = ("noise", "heading", "label")


def listed_titles(lines: list[Line]) -> set[str]:
    """The titles a web page lists as marked items (``·市民艺术节闭幕 近万人次参与``), compacted."""
    return {compact(list_key(x)) for x in lines if x.rest and is_marked_item(x)}


def is_web_head(lines: list[Line], i: int, listed: frozenset[str] | set[str] = frozenset()) -> bool:
    """``lines[i]`` is a text line between chrome or a heading and a web author field, over text;
    or, under finished text, one the page's list of titles names (``listed``)."""
    ln = lines[i]
    if ln.kind != "body" or ln.jump_in is not None or ln.jump_out is not None:
        return False
    if i + 2 >= len(lines):
        return False
    field, text = lines[i + 1], lines[i + 2]
    if field.kind != "byline" or field.reason != "web author" or text.kind not in ("body", "caption"):
        return False
    words = compact(ln.rest or ln.text)
    if i and lines[i - 1].kind not in ABOVE and (lines[i - 1].open or words not in listed):
        return False  # after text, the line is that text's last one and the field its web meta
    return 2 <= len(words) <= HEAD_MAX and not PROSE_MARK.search(words)


def promote_web_heads(lines: list[Line]) -> list[Line]:
    """Make the line over a web story's author field a heading when chrome or a heading is above it."""
    out = list(lines)
    listed = listed_titles(lines)
    for i, ln in enumerate(lines):
        if is_web_head(lines, i, listed):
            out[i] = replace(
                ln, kind="heading", rest=re.sub(r"[\s\u3000]+", " ", ln.rest or ln.text), open=False
            )
    return out


STACK_MAX = 4  # lines of a headline stack: kicker, title in two lines, subtitle


def unlist_lone_stack(lines: list[Line], listed: set[int]) -> set[int]:
    """``listed`` without a nav header's run that is the first story's stack, not a list.

    The run (headings right under the header, all marked as list items) is a stack when it is
    at most :data:`STACK_MAX` lines, runs straight into text opening with a byline or dateline
    (``晚报讯（记者 …）…``), and none of its lines is printed again anywhere else on the page.
    A list whose titles the page prints again, or that a headline follows, stays a list.
    """
    out = set(listed)
    for i, ln in enumerate(lines):
        if ln.reason != "headline list" or ln.number in listed:
            continue
        j = i + 1
        while j < len(lines) and lines[j].kind == "heading" and lines[j].number in listed:
            j += 1
        run = lines[i + 1 : j]
        if not run or len(run) > STACK_MAX or j >= len(lines) or lines[j].kind != "byline":
            continue
        if not (lines[j].rest or "").strip():
            continue  # a byline standing alone could sign anything: the text must start here
        elsewhere = compact("".join(list_key(x) for k, x in enumerate(lines) if not i < k < j))
        if any(compact(list_key(x)) in elsewhere for x in run):
            continue
        out.difference_update(x.number for x in run)
    return out

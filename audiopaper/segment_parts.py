"""A piece's numbered parts: the first part's title is a sub-head, never its headline's subtitle.

``春天的几种写法（组诗）`` / ``一、柳`` / four lines / ``二、燕`` / …: a 组诗 (or an article in
numbered sections) sets its first part's title right under the headline, where a headline stack
would take it for the subtitle.  The count going on below (``二、…`` over the next part) shows it
is the first of the piece's parts: a sub-head in the body, like the ones after it.

Why a module of its own: ``segment_page`` is full; it asks :func:`stacks_on` where a stack ends.
"""

from __future__ import annotations

import re

from .segment_heads import is_dash_point
from .segment_lines import Line

NUMERALS = "一二三四五六七八九十"
PART_MAX = 16  # characters of a part's title after its number
# "一、柳", "一．秧", "（一）春耕": a part's number, then its short title.
PART = re.compile(
    rf"^(?:(?P<n>[{NUMERALS}]{{1,3}})[、．.]|[（(](?P<m>[{NUMERALS}]{{1,3}})[）)])\s*\S{{1,{PART_MAX}}}$"
)


def part_number(ln: Line) -> str | None:
    """The numeral of a part title (``二、燕`` -> ``二``), or None."""
    if ln.kind != "heading":
        return None
    m = PART.match((ln.rest or ln.text).strip())
    return (m["n"] or m["m"]) if m else None


def opens_parts(lines: list[Line], j: int) -> bool:
    """``lines[j]`` titles a piece's first part (``一、柳``): the next headline line under the
    text that follows it is the second part's (``二、燕``), numbered the same way."""
    if part_number(lines[j]) != "一" or j + 1 >= len(lines) or lines[j + 1].kind != "body":
        return False
    second = lines[j].text.strip().replace("一", "二", 1)[:2]
    for ln in lines[j + 1 :]:
        if ln.kind == "body":
            continue
        return part_number(ln) == "二" and ln.text.strip().startswith(second)
    return False


def stacks_on(lines: list[Line], j: int, listed: set[int] | frozenset[int]) -> bool:
    """``lines[j]`` goes on with the headline stack above it: a headline line, a label, a jump
    marker or a ``——`` point not in the page's headline list; never a first part's title
    (``一、柳`` over verse and ``二、燕``), a sub-head of the piece."""
    ln = lines[j]
    return (
        ln.number not in listed
        and (ln.kind in ("heading", "label", "jump_in") or is_dash_point(ln))
        and not opens_parts(lines, j)
    )

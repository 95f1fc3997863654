"""A column of one-line comments: a short label over bulleted remarks, each a finished sentence.

``微言`` / ``●高楼越盖越高，绿地越来越少，城市的“肺”在哪里？（王  京）`` / ``●…（杜  宁）``, or
``一语中的`` / ``◇发展快不快，关键看项目；…`` / ``◇年底了，安全生产这根弦一刻也不能松。``: an
opinion page's box of quips, each remark led by the same bullet and finished (its stop, maybe its
contributor's name in brackets after it).  The label is the box's title and opens a story of its
own: never the signature of the piece above (a two-character label looks like a name, ``微言``),
never a sub-head of it (a label after a letter's 编者按), never a sentence cut before its noun (a
label ending in 的, ``一语中的``: a cut sentence goes on with its words, never with a bullet).

A label already read as a heading and not shaped like a name is left as it is (a briefs box's
``校园简讯`` over ``●…。`` items is told by :mod:`audiopaper.segment_bulletbox`).

Not such a box: a headline list (``今日导读`` over ``▲…（2版）``: its items are teasers, no
sentences), items that are titles (no stop), a single bulleted line, or a short line right under a
sentence left open (the tail of that sentence).

Why a module of its own: it rewrites lines before the headline conventions run
(:func:`audiopaper.segment_heads.promote_headlines` would sign the story above with the label),
from the label's shape and its items' together.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_bylines import SIGNED_NAME
from .segment_lines import Line, compact

LABEL_MAX = 6  # characters of the box's label
ITEMS_MIN = 2  # bulleted remarks in a row under it, at least
BULLET = re.compile(r"^([●■▲◆★◎◇□○◉•])\s*\S")
# A remark ends with its stop, maybe after it its contributor in brackets: "…在哪里？（王  京）".
REMARK_END = re.compile(r"[。！？!?][”’」]?(?:[（(][\u4e00-\u9fa5·\s\u3000]{2,8}[）)])?$")


def bullet(ln: Line) -> str | None:
    m = BULLET.match(ln.text.strip())
    return m[1] if m else None


def is_remark(ln: Line, mark: str) -> bool:
    """``●少一些“形象工程”，多一些“民心工程”。（严  峰）``: a finished sentence led by ``mark``."""
    return ln.kind == "body" and bullet(ln) == mark and REMARK_END.search(ln.text.strip()) is not None


def is_label(ln: Line, prev: Line | None) -> bool:
    """A short unpunctuated line, no bullet, not under an open sentence, set solid: a letter-spaced
    word (``现　场`` over items inside a story, a sub-head; ``简　讯``, a briefs box told by its word
    elsewhere) is not this box's label."""
    printed = (ln.rest or ln.text).strip(" \u3000")
    text = compact(printed)
    if ln.kind not in ("heading", "body") or not 2 <= len(text) <= LABEL_MAX or bullet(ln) is not None:
        return False
    if re.search(r"\S[ \u3000]+\S", printed):
        return False
    if re.search(r"[，。！？：:；、,.!?;“”《》（）()]", text):
        return False
    return prev is None or prev.kind not in ("body", "byline") or not prev.open


def mark_quip_boxes(lines: list[Line]) -> list[Line]:
    """Read each short label over two or more bulleted remarks as a box's title opening a story."""
    out = list(lines)
    for i, ln in enumerate(lines[:-ITEMS_MIN]):
        if not is_label(ln, lines[i - 1] if i else None):
            continue
        mark = bullet(lines[i + 1])
        if mark is None or not all(is_remark(item, mark) for item in lines[i + 1 : i + 1 + ITEMS_MIN]):
            continue
        if ln.kind == "body":
            # "一语中的": ending on 的 like a cut sentence, it is the box's title.
            out[i] = replace(ln, kind="heading", rest=compact(ln.rest or ln.text), open=False, opens=True)
        elif SIGNED_NAME.match(ln.text.strip()):
            # "微言": short like a name, it is a label, never a heading line taken for the
            # signature of the piece above.
            out[i] = replace(ln, kind="label", rest=compact(ln.rest or ln.text), opens=True)
    return out

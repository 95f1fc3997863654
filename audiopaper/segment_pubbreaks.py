"""The paper's notice of a break in its publication, never read: a paragraph alone.

``春节期间本报2月4日至2月10日休刊，2月11日恢复正常出版``, ``本报明日休刊一天。敬请读者留意。``: a house
notice (see :mod:`audiopaper.segment_notices`, which runs it with the other unread notices); never
the paper's history told in a story (``1942年本报被迫停刊，抗战胜利后复刊``).

Why a module of its own: moved out of :mod:`audiopaper.segment_notices` to keep it short.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_lines import Line, compact
from .segment_noise import narrow

__all__ = ["is_publication_break", "mark_publication_breaks"]

# Or its notice that it will not appear for some days, or when it will again, the paper naming
# itself (never a lead, 本报讯 / 本报记者) and when: "春节期间本报2月4日至2月10日休刊，2月11日恢复正常
# 出版", "本报明日休刊一天。敬请读者留意。"  Only as a paragraph alone (:func:`mark_publication_breaks`).
PUBLICATION_BREAK = re.compile(
    r"[^。！？；]{0,16}本[报刊](?!讯|记者|通讯员)[^。！？；]{0,36}"
    r"(?:休刊|停刊|暂停出版|恢复(?:正常)?出版|照常出版)[^。！？；]{0,30}[。！]?"
    r"(?:(?:特此(?:公告|告知|通知|说明)|敬请(?:广大)?(?:读者|订户)[^。！？；]{0,10}|欢迎[^。！？；]{0,12})[。！]?)?"
)
# It names when, days to come: "春节期间", "明日", "2月11日", "10月8日起" ...
BREAK_WHEN = re.compile(r"期间|[今明]日|[今明]天|下周|本周|\d{1,2}月\d{1,2}日|[起至]")
# ... never the paper's history told in a story: "1942年本报被迫停刊，抗战胜利后复刊".
BREAK_HISTORY = re.compile(r"被迫|曾经?|复刊|创刊|一度|先后|\d{4}年(?!\d{1,2}月)")
PUBLICATION_BREAK_MAX = 80  # characters of such a notice, wrapped or not


def is_publication_break(text: str) -> bool:
    text = compact(narrow(text))
    return (
        len(text) <= PUBLICATION_BREAK_MAX
        and PUBLICATION_BREAK.fullmatch(text) is not None
        and BREAK_WHEN.search(text) is not None
        and BREAK_HISTORY.search(text) is None
    )


def mark_publication_breaks(lines: list[Line]) -> list[Line]:
    """The paper's notice of a break in its publication is never read, a paragraph alone:
    ``…部署春节期间安全生产工作。`` / ``春节期间本报2月4日至2月10日休刊，2月11日恢复正常出版``.

    One line, or one wrapped onto a second that finishes it, after finished text or no text,
    with nothing running on under it; a headline so (``本报今起恢复出版``) over text is a story's.
    """
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind not in ("body", "heading", "caption"):
            continue
        prev = lines[i - 1] if i > 0 else None
        if prev is not None and prev.kind in ("body", "field", "caption") and prev.open:
            continue  # a sentence running on from the line above
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        runs_on = nxt is not None and nxt.kind in ("body", "field", "byline")
        end = i + 1
        if ln.kind == "body" and not ln.open:
            runs_on = False  # a finished paragraph, whatever follows
        elif ln.kind == "body" and nxt is not None and nxt.kind == "body":
            end, runs_on = i + 2, nxt.open  # wrapped: "…休刊，2月11日恢复" / "正常出版。"
        if runs_on or not is_publication_break("".join(lines[k].text for k in range(i, end))):
            continue
        for k in range(i, end):
            out[k] = replace(lines[k], kind="noise", reason="house notice")
    return out

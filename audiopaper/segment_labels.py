"""A page's section label at its top, over the first headline: never read.

``城事``, ``经济``, ``教育·高考`` printed among the masthead lines (``檀州晚报`` / ``A07`` / date /
``城事`` / ``首席编辑 …``) name the page's section, not a story.  Only the first line of the page
that is not noise, and only a section word (``SECTION_WORDS``) or two words joined by a middle
dot: a short headline there (``晚报关注`` over a title and byline) is a kicker, and a short line
over text is a story's title.

Why a module of its own: it reads the page's top as a whole, not a box of lines.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_lines import Line
from .segment_noise import SECTION_WORDS

__all__ = ["mark_section_top"]

# "教育·高考", "城市·生活", "文体·副刊": a paper's section and its page's part, a middle dot between.
DOTTED_LABEL = re.compile(r"[\u4e00-\u9fa5]{2,4}(?:\s*[·・•]\s*[\u4e00-\u9fa5]{2,4})+")


def is_section_word(text: str) -> bool:
    """``城事``, ``经　济``, ``教育·高考``: a page's section, as printed over its top."""
    compact = re.sub(r"[\s\u3000]+", "", text)
    return compact in SECTION_WORDS or DOTTED_LABEL.fullmatch(compact) is not None


def mark_section_top(lines: list[Line]) -> list[Line]:
    """Make the page's section label noise when it is the first line that is not noise and a
    headline stack or more noise (credits, the date) follows it, never text or a byline."""
    out = list(lines)
    i = next((k for k, ln in enumerate(lines) if ln.kind != "noise"), None)
    if i is None or i + 1 >= len(lines):
        return out
    ln, nxt = lines[i], lines[i + 1]
    if ln.kind in ("heading", "label") and is_section_word(ln.rest or ln.text):
        if nxt.kind in ("noise", "heading", "label"):
            out[i] = replace(ln, kind="noise", reason="section label")
    return out

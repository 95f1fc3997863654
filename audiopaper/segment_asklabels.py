"""A service column's name that reads like a byline: ``记者帮你问``, ``记者帮您查``, ``记者替你跑``.

Why a module of its own: the byline classifier sees ``记者`` followed by a short run of
characters and takes them for a reporter's name; a name never holds a pronoun of address
(``你``/``您``), so a line that speaks to the reader is a column's label over the item's title,
its kicker, never the byline of the story above:

    记者帮你问
    小区电梯频繁“罢工”　维修费谁来出？
    读者王先生来电：…

The label then heads the question under it (:func:`audiopaper.segment_heads.promote_headlines`
reads a short question under a column's name over a reader's question as the title).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_lines import Line, compact

__all__ = ["unsign_column_labels"]

# "记者帮你问", "本报记者帮您查", "小记者带你看": the paper's people doing something for "you".
ADDRESSED = re.compile(r"[\u4e00-\u9fa5]{0,4}记者[\u4e00-\u9fa5]{0,3}[你您][\u4e00-\u9fa5]{0,3}")
LABEL_MAX = 10  # characters of such a column's name


def unsign_column_labels(lines: list[Line]) -> list[Line]:
    """Re-read a byline alone on its line that addresses the reader (``记者帮你问``) as a label,
    when a headline or text follows it; a byline naming a writer stays a byline."""
    out = list(lines)
    for i, ln in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        text = compact(ln.text)
        if (
            ln.kind == "byline"
            and not ln.rest
            and len(text) <= LABEL_MAX
            and ADDRESSED.fullmatch(text)
            and nxt is not None
            and nxt.kind in ("heading", "body")
        ):
            out[i] = replace(ln, kind="label", rest=text, byline="", reason="")
    return out

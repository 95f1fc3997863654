"""A service column's name that reads like a byline: ``记者帮你问``, ``记者帮您查``, ``记者替你跑``.

Why a module of its own: the byline classifier sees ``记者`` followed by a short run of
characters and takes them for a reporter's name; a name never holds a pronoun of address
(``你``/``您``), so a line that speaks to the reader is a column's label over the item's title,
its kicker, never the byline of the story above:

    记者帮你问
    小区电梯频繁“罢工”　维修费谁来出？
    读者王先生来电：…

So is a column's name saying how the reporter got the story, ``记者`` and a verb of reporting
(``记者暗访``, ``记者调查``, ``记者走访``), over a headline: a name is never a verb, so it is the
kicker of the story under it, never the byline of the story above:

    记者暗访
    超市“特价”标签 结账时变了价
    本报记者　鄢  涛

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
# "记者暗访", "本报记者调查", "记者走访": how the story was got, no reporter's name.
REPORTING = re.compile(
    r"(?:本报|晚报)?记者(?:暗访|明访|探访|走访|调查|追踪|直击|体验|实测|蹲点|探营|暗查|回访)"
)


def unsign_column_labels(lines: list[Line]) -> list[Line]:
    """Re-read a byline alone on its line that addresses the reader (``记者帮你问``) as a label,
    when a headline or text follows it, and one naming how the story was got (``记者暗访``)
    when a headline follows it; a byline naming a writer stays a byline."""
    out = list(lines)
    for i, ln in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        text = compact(ln.text)
        if (
            ln.kind == "byline"
            and not ln.rest
            and len(text) <= LABEL_MAX
            and nxt is not None
            and (
                (ADDRESSED.fullmatch(text) and nxt.kind in ("heading", "body"))
                or (REPORTING.fullmatch(text) and nxt.kind == "heading")
            )
        ):
            out[i] = replace(ln, kind="label", rest=text, byline="", reason="")
    return out

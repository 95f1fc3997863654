"""Who took a photo or drew the art, on a line of its own: never read.

Two forms the one-line classifier (:mod:`audiopaper.segment_lines`) leaves as a byline or a
headline, as neither carries 摄 nor brackets:

* a photo credit led by 图 (or 摄影, 图片) and a slash, the photographer's role before the
  name or not: ``图/本报记者　柴  蓉``, ``图/邢  磊``, ``摄影／通讯员 王  芳``.  Under a photo
  item's caption it is that item's credit, not the byline of a story: like ``本报记者 池远 摄``,
  it is never read (``樱花烂漫`` / caption / ``图/本报记者 柴 蓉`` is a photo item);
* an illustration's credit, its role then a gap then the artist: ``插图　林  晓``, ``题图 韦萌``
  (with a slash or colon, ``题图/韦  萌``, it is :data:`audiopaper.segment_footers.ART_CREDIT`).
  Set between the two halves of a paragraph, where the art stood in the column, it does not
  break the paragraph: the text before and after is joined across it as across any credit.

Only the whole line: a name of two to four characters (letter-spaced or not), at most three
names.  A line that goes on (``图/文　本报记者 …``, a caption's text) is not such a credit.

Why a module of its own: these are credits like :data:`audiopaper.segment_noise.CREDIT`'s, but
that module is full; the page walker (:mod:`audiopaper.segment_page`) calls
:func:`mark_art_credits` once the page's headlines are found.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_lines import Line

NAME = r"[\u4e00-\u9fa5](?:[ \u3000]{0,3}[\u4e00-\u9fa5]){1,3}"
NAMES = rf"{NAME}(?:\s*[、，,]\s*{NAME}){{0,2}}"
# Whose photo it is, before the name: "本报记者", "晚报通讯员", "实习生", "特约摄影".
ROLE = r"(?:[\u4e00-\u9fa5]{0,6}?(?:记者|通讯员|实习生|摄影师|摄影|特约)\s*)?"
PHOTO_CREDIT = re.compile(rf"(?:图|摄影|图片|照片)\s*[/／]\s*{ROLE}{NAMES}")
# An illustration's credit, its role and a gap, no slash: "插图　林  晓".
ART_CREDIT = re.compile(rf"(?:题图|插图|配图|尾图|题花|绘图)[ \u3000]+{NAME}")


def is_art_credit(text: str) -> bool:
    """``图/本报记者　柴  蓉``, ``插图　林  晓``: a photo's or a drawing's credit, the whole line."""
    t = text.strip()
    return PHOTO_CREDIT.fullmatch(t) is not None or ART_CREDIT.fullmatch(t) is not None


def mark_art_credits(lines: list[Line]) -> list[Line]:
    """Photo and illustration credits on lines of their own become noise (``"photo credit"``)."""
    return [
        replace(ln, kind="noise", reason="photo credit")
        if ln.kind in ("byline", "heading", "body", "label") and is_art_credit(ln.text)
        else ln
        for ln in lines
    ]

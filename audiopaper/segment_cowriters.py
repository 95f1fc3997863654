"""Writers named under a title with no role: a byline, never the title's deck.

A theory page or a 副刊 credits its contributors by name alone, set under the title: one writer
after the page's bullet (``□ 卢  苇``, told in :mod:`audiopaper.segment_heads`), two or three
side by side (``□ 叶晓岑　龚建华``), or with no bullet when a two-character name is letter-spaced
as only names are (``张  岚　李文华``); or the writer's office and name after the bullet
(``□ 市体育科学研究所　郭文海``, the shape :data:`audiopaper.segment_bylines.UNIT_WRITER` reads).

Why a module of its own, and why before the walk: such a line looks like a short deck, and only
where it stands tells it apart -- right under a headline, over the text -- so this pass looks at
the lines around it and marks it a byline; the walker then credits the story under that title.
A deck of short phrases set apart (``元宵过了　灯会还在``) is four characters a phrase, never a
letter-spaced name, and keeps its place.

A consultation column's title is often the reader's question, which still reads as text when this
pass runs (``成长课堂`` / ``孩子沉迷手机怎么办？`` / ``□心理咨询师　甘  露`` / text): under such a
short question alone on its line, after a headline or a finished line, the professional or office
named after the page's bullet is the byline too (the question is then the title, told in
:func:`audiopaper.segment_heads.promote_headlines`).  Without the bullet, or under a line of text
that asks nothing, the line is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_bylines import BULLETS, CONSULTANT, UNIT_WRITER
from .segment_heads import is_question_title
from .segment_lines import Line

SPACES = re.compile(r"[\s\u3000]+")
# One name: two characters letter-spaced ("张  岚") or two or three set solid ("李文华").
SPACED_NAME = r"[\u4e00-\u9fa5](?: {2,3}|\u3000)[\u4e00-\u9fa5]"
SOLID_NAME = r"[\u4e00-\u9fa5]{2,3}"
NAME = rf"(?:{SPACED_NAME}|{SOLID_NAME})"
# Two or three names side by side, a wide space between: "叶晓岑　龚建华", "张  岚　李文华".
NAMES = re.compile(rf"^{NAME}(?:(?:\u3000+| {{2,}}){NAME}){{1,2}}$")
LETTER_SPACED = re.compile(rf"(?:^|\u3000|  ){SPACED_NAME}(?:$|\u3000|  )")


def writers(text: str) -> str | None:
    """The byline of a line naming writers alone (see the module's docstring), else ``None``."""
    if (by := credited_expert(text)) is not None:
        return by
    text = text.strip(" \u3000")
    bullet = text[:1] in BULLETS
    body = text.lstrip(BULLETS).strip(" \u3000")
    if NAMES.match(body) and (bullet or LETTER_SPACED.search(body)):
        return SPACES.sub(" ", body)
    return None


def credited_expert(text: str) -> str | None:
    """The byline of ``□心理咨询师　甘  露`` or ``□ 市档案馆　李  华``: a professional or an office
    and a name after the page's bullet, else ``None``."""
    text = text.strip(" \u3000")
    body = text.lstrip(BULLETS).strip(" \u3000")
    if text[:1] in BULLETS and (UNIT_WRITER.match(body) or CONSULTANT.match(body)):
        return SPACES.sub(" ", body)
    return None


def under_question(lines: list[Line], i: int) -> bool:
    """``lines[i - 1]`` is a question set as a title (``孩子沉迷手机怎么办？``), after a headline
    line or a finished one, never a question closing a paragraph left open above it."""
    prev = lines[i - 1]
    before = lines[i - 2] if i >= 2 else None
    return is_question_title(prev) and (
        before is None or before.kind in ("heading", "label") or not before.open
    )


def mark_cowriters(lines: list[Line]) -> list[Line]:
    """Mark a line naming writers right under a headline, over text, as that story's byline."""
    out = list(lines)
    for i in range(1, len(lines) - 1):
        ln, prev, nxt = lines[i], lines[i - 1], lines[i + 1]
        if ln.kind != "heading" or nxt.kind != "body" or ln.indent:
            continue
        if prev.kind == "heading":
            by = writers(ln.text)
        elif under_question(lines, i):
            by = credited_expert(ln.text)
        else:
            by = None
        if by is not None:
            out[i] = replace(ln, kind="byline", rest="", byline=by)
    return out

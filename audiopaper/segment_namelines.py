"""A writer's name under a title: when a short headline-shaped line is the piece's byline.

Why a module of its own: ``segment_heads`` is full, and whether a two- or three-character
line between a headline and text signs the piece (``苍岭漫谈`` / ``养老，要让老人“说了算”`` /
``马岩松`` / text) or is itself the title (``泉边小品`` / ``炒米香`` / essay / ``柯  蓝``) is
decided by the lines around it: a piece signed at its foot, or a photo credited under its
caption, is never signed under its title too.
"""

from __future__ import annotations

import re

from .segment_bylines import SIGNED_DATE, SIGNED_NAME
from .segment_lines import Line, compact

# A notice's heading, short like a name: "公　告", "通  知".
DOCUMENT_WORD = re.compile(r"公告|通告|通知|启事|声明|公示|须知|提示|简介")
# What closes a piece with its author's or photographer's name at its foot.
FOOT_SIGNS = ("signed flush right", "photo credit")


def is_signed_name(ln: Line) -> bool:
    """``马岩松``, ``石  川``: a writer's name alone, two or three characters, as a headline line.

    Under a commentary's title and over its text it is the byline (``苍岭漫谈`` / ``养老，要让
    老人“说了算”`` / ``马岩松`` / text); a notice's heading (``公　告``) is never a name.
    """
    return (
        ln.kind == "heading"
        and SIGNED_NAME.match(ln.text) is not None
        and not DOCUMENT_WORD.fullmatch(compact(ln.text))
    )


def signed_at_foot(lines: list[Line], i: int) -> bool:
    """The text under ``lines[i]`` ends, before the next headline, on its writer's signature.

    ``泉边小品`` / ``炒米香`` / essay / ``柯  蓝`` (signed flush right): the essay is signed at
    its foot, so the short line over it is its title; so a photo item ``摄影`` / ``秋韵`` /
    caption / ``陶  然　摄``, its credit under the caption.
    """
    for ln in lines[i + 1 :]:
        if ln.kind == "body":
            continue
        return ln.reason in FOOT_SIGNS and ln.kind in ("byline", "noise")
    return False


def signs_under_title(lines: list[Line], i: int) -> bool:
    """``lines[i]`` is a name signing the piece under its title, over its text.

    Under a notice's signed date (``…自来水有限公司`` / ``2021年9月7日``) the short line opens
    the next item (``新学期`` over its title): a name signs under a title, not a date; and a piece
    signed (or a photo credited) at its foot has no byline under its title.
    """
    ln = lines[i]
    prev = lines[i - 1] if i else None
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return (
        is_signed_name(ln)
        and prev is not None
        and prev.kind in ("heading", "label")
        and nxt is not None
        and nxt.kind == "body"
        and not SIGNED_DATE.fullmatch(compact(prev.text))
        and not signed_at_foot(lines, i)
    )

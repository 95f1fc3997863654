"""Cartoons: what of a cartoon is read, and what never is.

* a cartoon's title between its label and its artist is never read like them (``漫画`` /
  ``“剩”宴`` / ``张  恒/作``): a drawing has nothing to read aloud (:func:`mark_cartoons`);
* a cartoon printed with a caption is a story of its own, its title over the caption, never a
  sub-head of the story above: ``漫画`` / ``“打卡”`` / ``一些单位下基层热衷于挂牌…`` / ``罗  宁/作``;
* its artist, credited so under its label (``图/邢  磊``, or as its author: ``作者：阚  立``, a
  cartoon set inside a comment), closes it and is never read
  (:func:`mark_cartoon_artists`);
* nor is its credit set as the label and the artist on one line under its title and caption
  (:func:`mark_cartoon_credits`): ``“躺平”的井盖`` / ``城区某路段一处井盖破损多日，…。`` /
  ``漫画　夏  明`` (the title and caption are read, a story; the credit never), or set between
  the title and the caption: ``“躺平”的共享单车`` / ``漫画　刘  洋`` / ``城区部分路段…。``.

Why a module of its own: :mod:`audiopaper.segment_boxes` is near full, and a cartoon is a box
with a reading of its own (its caption read, its credit not).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_lines import Line
from .segment_noise import narrow

__all__ = ["mark_cartoons"]

CARTOON_TITLE_MAX = 2  # lines between a cartoon's label and its artist
CARTOON_CAPTION_MAX = 2  # lines of a cartoon's caption, under its title


def mark_cartoons(lines: list[Line]) -> list[Line]:
    """A cartoon's title, between its label and its artist, is never read like them.

    ``漫画`` / ``“剩”宴`` / ``张  恒/作``: a drawing has nothing to read aloud.  A cartoon printed
    with a caption is a story of its own, its title over the caption, never a sub-head of the
    story above: ``漫画`` / ``“打卡”`` / ``一些单位下基层热衷于挂牌…`` / ``罗  宁/作``.
    """
    lines = mark_cartoon_artists(mark_cartoon_credits(lines))
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.reason != "cartoon":
            continue
        stop = min(i + 2 + CARTOON_TITLE_MAX + CARTOON_CAPTION_MAX, len(lines))
        end = next((k for k in range(i + 1, stop) if lines[k].reason == "cartoon"), None)
        if end is None:
            continue
        titles = i + 1
        while titles < end and lines[titles].kind == "heading":
            titles += 1
        caption = all(lines[k].kind == "body" for k in range(titles, end))
        if titles == end and end - i - 1 <= CARTOON_TITLE_MAX:
            for k in range(i + 1, end):
                out[k] = replace(lines[k], kind="noise", reason="cartoon")
        elif 0 < titles - i - 1 <= CARTOON_TITLE_MAX and caption and end - titles <= CARTOON_CAPTION_MAX:
            out[i + 1] = replace(lines[i + 1], opens=True)
    return out


# A cartoon's artist credited as its picture's: "图/邢  磊", "漫画：X", as its author: "作者：阚  立",
# or the name then 作: "邢  磊　作".
ARTIST_NAME = r"[\u4e00-\u9fa5·](?:[ \u3000]{0,3}[\u4e00-\u9fa5·]){1,3}"
CARTOON_ARTIST = re.compile(
    rf"(?:图|绘图|漫画|作者)\s*[/／:：]\s*{ARTIST_NAME}|{ARTIST_NAME}[ \t\u3000]+(?:作|绘|画)"
)


def mark_cartoon_artists(lines: list[Line]) -> list[Line]:
    """Under a cartoon's label, its artist credited so (``漫画`` / ``“黄金周”堵车`` / ``长假出游，…。`` /
    ``图/邢  磊``) closes the cartoon like ``张  恒/作``: never read.  Only within the cartoon's reach
    of its label: elsewhere ``图/X`` is a photo's credit, left to the credits."""
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.reason != "cartoon" or ln.kind != "noise":
            continue
        for k in range(i + 1, min(i + 2 + CARTOON_TITLE_MAX + CARTOON_CAPTION_MAX, len(lines))):
            if lines[k].reason == "cartoon":
                break
            if lines[k].kind != "noise" and CARTOON_ARTIST.fullmatch(narrow(lines[k].text).strip()):
                out[k] = replace(lines[k], kind="noise", reason="cartoon")
                break
    return out


# The label and the artist on one line, a gap between: "漫画　夏  明", "漫画  邢磊".
CARTOON_CREDIT = re.compile(rf"(?:漫画|插画|漫画作者)[ \t\u3000]+{ARTIST_NAME}")


def is_title(ln: Line) -> bool:
    """A headline of the page's own, not a line already judged (a label, a kicker)."""
    return ln.kind == "heading" and not ln.reason


def mark_cartoon_credits(lines: list[Line]) -> list[Line]:
    """A cartoon credited by its label and artist on one line under its title and caption is a
    story of its own, the credit never read: ``“躺平”的井盖`` / ``城区某路段一处井盖破损多日，只用一根
    树枝“提醒”行人。`` / ``漫画　夏  明``.

    Only right under a headline and ``CARTOON_CAPTION_MAX`` lines of finished text at most: a
    label over a cartoon (``漫画``) is :func:`mark_cartoons`'s, and ``漫画　…`` in a story's text is read.
    The credit may stand between the title and the caption too: ``“躺平”的共享单车`` / ``漫画　刘  洋`` /
    ``城区部分路段共享单车乱停乱放，…。`` (the title and caption read, the credit never)."""
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind == "noise" or not CARTOON_CREDIT.fullmatch(narrow(ln.text).strip()):
            continue
        if 0 < i < len(lines) - 1 and is_title(lines[i - 1]) and lines[i + 1].kind == "body":
            # Or set between its title and its caption: "“躺平”的共享单车" / "漫画　刘  洋" / "城区…。".
            out[i] = replace(ln, kind="noise", reason="cartoon")
            continue
        k = i - 1
        while k >= 0 and i - k <= CARTOON_CAPTION_MAX and lines[k].kind == "body":
            k -= 1
        if k < 0 or k == i - 1 or lines[i - 1].open or lines[k].kind != "heading" or lines[k].reason:
            continue
        out[i] = replace(ln, kind="noise", reason="cartoon")
        out[k] = replace(lines[k], opens=True)
    return out

"""A sentence's tail set under the next story's headline: put back in front of that headline.

``…学校实行小班化教学，每间教室学生不超过30人，`` / ``理论与实践`` / ``“菜篮子”保障要打好“提前量”``
/ ``食堂实行分时段就餐。`` / ``孔德明`` / the commentary's text: a story's last sentence runs on
past the column where the next story's headline is set, and its last line lands between that
headline and the new story's byline.  Text never stands between a headline and its byline, so
that line is the tail of the open sentence above the headline.

Why a module of its own, and why before the walk: the line is moved back in the reading order
(its number kept, so every line is still read once), after which the ordinary conventions
apply unchanged: the sentence is joined across the column break, and the name under the
headline is its byline (:func:`audiopaper.segment_heads.promote_headlines`).

A date alone on its line is never a headline: it signs off a notice or a letter with its issuer
(``…咨询电话：0396-96655`` / ``明城市自来水有限公司`` / ``2014年7月22日`` / ``政策问答`` /
``城乡居民医保今年咋报销？`` / ``晚报记者　汪  琳　整理``), so the lines above it are that
item's end, not a sentence run on past the next headline: nothing is hoisted over them.

A sentence's tail taken for a masthead's field is read back (:func:`reclaim_tails`): ``…应立即关闭
进户阀门并拨打`` / ``24小时服务热线96069报修。``: the line finishes the sentence the column cut, with
the full stop no masthead's or footer's field ever ends with, so it is text, not the paper's hotline.

A story's first words may be set above its own headline, at the top of the page's text
(:func:`lower_lead`): ``今年前三季度，…越来越多的农民把自家的土特产搬上了网店，山里的`` /
``电商观察`` / ``“触网”之后 山货走出大山`` / ``本报记者　雷春燕`` / ``核桃、蜂蜜、腊肉卖到了全国各地。``:
nothing on the page comes before that open line, so it is no story's end; the text under the
byline finishes its sentence, so it is moved down there, in front of that text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_bylines import SIGNED_DATE, SIGNED_NAME
from .segment_cowriters import mark_cowriters
from .segment_heads import is_dash_lead_in
from .segment_lines import EDITORS_NOTE_LEAD, Line, compact
from .segment_navitems import mark_nav_items
from .segment_photoends import open_after_photo_items
from .segment_quipbox import mark_quip_boxes
from .segment_signoffs import mark_signoffs
from .segment_topverse import lower_cut_titles, mark_top_signed_verse
from .segment_verse import mark_verse

STACK_MAX = 3  # lines of a headline stack (kicker, title, subtitle)
# A notice's heading, short like a name ("公　告"), is never a writer's name.
DOCUMENT_WORDS = ("公告", "通告", "通知", "启事", "声明", "公示", "须知", "提示", "简介")


def is_writer(ln: Line) -> bool:
    """``孔德明``, ``本报记者 韩  旭``: a byline alone on its line, no text run on."""
    if ln.kind == "byline":
        return not ln.rest and not ln.reason
    return (
        ln.kind == "heading"
        and SIGNED_NAME.match(ln.text.strip()) is not None
        and compact(ln.text) not in DOCUMENT_WORDS
    )


def tail_at(lines: list[Line], i: int) -> int | None:
    """The index of the tail line when ``lines[i]`` is an open sentence followed by a headline
    stack, one flush line that finishes the sentence, a byline alone and text; else ``None``."""
    ln = lines[i]
    if ln.kind not in ("body", "byline") or not ln.open or (ln.kind == "byline" and not ln.rest):
        return None
    j = i + 1
    while j < len(lines) and j - i <= STACK_MAX and lines[j].kind in ("heading", "label"):
        if is_writer(lines[j]) or SIGNED_DATE.fullmatch(compact(lines[j].text)):
            return None
        j += 1
    if j == i + 1 or j + 2 >= len(lines):
        return None
    tail, writer, text = lines[j], lines[j + 1], lines[j + 2]
    if tail.kind != "body" or tail.open or tail.indent or tail.jump_in is not None:
        return None
    return j if is_writer(writer) and text.kind == "body" else None


def lead_at(lines: list[Line]) -> tuple[int, int] | None:
    """``(i, j)`` when ``lines[i]``, the page's first text line, is an open sentence set above its
    own headline stack and a byline alone, and ``lines[j]`` the flush text line under that byline."""
    i = next((k for k, ln in enumerate(lines) if ln.kind != "noise"), None)
    if i is None:
        return None
    ln = lines[i]
    if ln.kind != "body" or not ln.open or ln.jump_in is not None or ln.jump_out is not None:
        return None
    # A scene leading into the headline with a dash is its kicker ("深夜十一点，…飘出浓烟——"),
    # an editor's note cut by it goes on under it: neither is the story's first sentence.
    if is_dash_lead_in(ln) or EDITORS_NOTE_LEAD.match(ln.rest or ln.text):
        return None
    j = i + 1
    while j < len(lines) and j - i <= STACK_MAX and lines[j].kind in ("heading", "label"):
        if is_writer(lines[j]) or SIGNED_DATE.fullmatch(compact(lines[j].text)):
            return None
        j += 1
    if j == i + 1 or j + 1 >= len(lines) or not is_writer(lines[j]):
        return None
    text = lines[j + 1]
    if text.kind != "body" or text.indent or text.jump_in is not None:
        return None
    return i, j + 1


def lower_lead(lines: list[Line]) -> list[Line]:
    """Move the page's first text line, an open sentence set above its own headline, byline and
    the rest of that sentence, down in front of that rest (see the module's docstring)."""
    at = lead_at(lines)
    if at is None:
        return lines
    i, j = at
    out = list(lines)
    out.insert(j - 1, out.pop(i))
    return out


def hoist_tails(lines: list[Line]) -> list[Line]:
    """Move each sentence's tail set between the next headline and its byline back in front of
    that headline (see the module's docstring), after reading back the tails taken for noise,
    and a story's first words set above its headline down under its byline."""
    lines = mark_nav_items(lines)  # not a tail pass: the first of the page's passes this module owns
    lines = mark_verse(lower_cut_titles(mark_top_signed_verse(mark_quip_boxes(lines))))
    out = lower_lead(reclaim_tails(mark_cowriters(mark_signoffs(open_after_photo_items(lines)))))
    i = 0
    while i < len(out):
        j = tail_at(out, i)
        if j is not None:
            out.insert(i + 1, out.pop(j))
        i += 1
    return out


# The end of a sentence, a quote or bracket closing after its stop: "…报修。", "…他说。”".
SENTENCE_END = re.compile(r"[。！？!?][”’」）)]?$")
# A field's label before its colon: a masthead's, a footer's or a box's line, never a tail.
LABELLED = re.compile(r"[:：]")


def reclaim_tails(lines: list[Line]) -> list[Line]:
    """Read as text a line skipped as noise that finishes the open sentence above it.

    ``…应立即关闭进户阀门并拨打`` / ``24小时服务热线96069报修。``: the column cut the sentence
    before a figure and a hotline's name, so the tail looks like the paper's hotline; but it ends
    with a full stop and no field's label, and the text line above stops mid-sentence, so it is
    that sentence's end (a footer's ``都市报新闻热线：0471-6688110`` under an open line stays noise).
    """
    out = list(lines)
    for i in range(1, len(lines)):
        prev, ln = lines[i - 1], lines[i]
        if (
            ln.kind == "noise"
            and prev.kind in ("body", "byline")
            and prev.open
            and (prev.kind == "body" or prev.rest)
            and SENTENCE_END.search(ln.text.strip()) is not None
            and LABELLED.search(ln.text) is None
        ):
            out[i] = replace(ln, kind="body", reason="", rest=ln.text.strip(), open=False)
    return out

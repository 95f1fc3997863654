"""A box of bullet items under a label that says briefs or figures, and a link box's question.

* A briefs or figures box: a short label that names such a box (``县域经济快报``, ``新书速递``,
  ``本地简讯``, ``文化动态``, ``数说``), maybe with one title under it (``数说`` / ``加装电梯这一年``), over two
  or more lines in a row each led by the same bullet (``▲1至4月，全市…`` / ``▲日前，…``,
  ``●15万元　每台加装电梯可获得的财政补贴`` / ``●4个环节　…``).  The label opens a story of
  its own (never a sub-head of the story above, never a masthead though named like a paper),
  and the items are its text, read, even when each is short and unpunctuated like a headline
  (never the box's subtitle).  A label naming no such box (``本版导读`` over ``●`` titles, a
  headline list) is left alone.
* A link box's question title: ``链接`` / ``加装电梯怎么申请？`` / ``第一步：…``: the short
  question right under the label is the box's title, the label its kicker, and the box is an
  item of its own; a longer line or one with more than the one question is its text.
* A bullet item broken over two lines: in a box whose items are sentences (``●9月25日，市政协
  召开…会议。``), an item that stops mid-sentence (``●日前，市第一人民医院成功实施首例心脏``)
  goes on in the line under it, led by no bullet (``介入手术。``): one paragraph.  A box of
  short unpunctuated items (``●新增城镇就业4.6万人``) is a list, each item closed, and the
  text after it a paragraph of its own.

Why a module of its own: these rewrite lines before the page is walked, as
:mod:`audiopaper.segment_items` does, from the label and the items' shape together.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_heads import LINK_BOX
from .segment_lines import FINAL, Line, compact, is_open

# A label naming a box of briefs or of figures: "县域经济快报", "新书速递", "数说", "数据"; a
# field's news in brief: "文化动态" / "◎10月15日上午，市图书馆…" / "◎市美术馆…正在展出…".
BOX_WORD = re.compile(r"[\u4e00-\u9fa5]{0,6}(?:快报|快讯|简讯|短讯|速递|速览|书讯|动态)|数说|数读|数据")
BULLET = re.compile(r"^([●■▲◆★◎◇□○▶►•])\s*\S")
ITEMS_MIN = 2  # bullet items in a row under the label, at least
QUESTION_MAX = 20  # characters of a link box's question title
ITEM_KINDS = ("heading", "body", "field", "label", "caption")  # "▲…" reads as a caption


def bullet(ln: Line) -> str | None:
    m = BULLET.match(ln.text.strip())
    return m[1] if m and ln.kind in ITEM_KINDS else None


def items_under(lines: list[Line], k: int) -> int:
    """How many lines from ``lines[k]`` on are led by one same bullet, in a row."""
    first = bullet(lines[k]) if k < len(lines) else None
    n = 0
    while first is not None and k + n < len(lines) and bullet(lines[k + n]) == first:
        n += 1
    return n


def is_box_label(ln: Line, seen_text: bool) -> bool:
    text = compact(ln.rest or ln.text)
    if not BOX_WORD.fullmatch(text) or bullet(ln) is not None:
        return False
    return ln.kind == "heading" or (ln.kind == "noise" and ln.reason == "masthead" and seen_text)


def mark_bullet_boxes(lines: list[Line]) -> list[Line]:
    """Open each briefs or figures box at its label and read its bullet items as text."""
    out = list(lines)
    seen_text = False
    for i, ln in enumerate(lines):
        if ln.kind in ("body", "byline", "caption"):
            seen_text = True
        if not is_box_label(ln, seen_text):
            continue
        k = i + 1
        if k < len(lines) and lines[k].kind == "heading" and bullet(lines[k]) is None:
            k += 1  # the box's own title: "数说" / "加装电梯这一年"
        n = items_under(lines, k)
        if n < ITEMS_MIN:
            continue
        text = ln.text.strip()
        out[i] = replace(ln, kind="heading", reason="", rest=ln.rest or text, opens=True)
        for j in range(k, k + n):
            item = lines[j]
            out[j] = replace(item, kind="body", reason="", rest=item.text.strip(), opens=False)
    return out


def mark_link_questions(lines: list[Line]) -> list[Line]:
    """Read a short question right under a link box's label as the box's title."""
    out = list(lines)
    for i, ln in enumerate(lines[:-2]):
        q, after = lines[i + 1], lines[i + 2]
        if ln.kind != "heading" or not LINK_BOX.fullmatch(compact(ln.rest)):
            continue
        text = compact(q.rest or q.text)
        if (
            q.kind == "body"
            and len(text) <= QUESTION_MAX
            and re.fullmatch(r"[^，。！？；：,.!?;:]+[？?]", text)
            and after.kind in ("body", "field")
        ):
            out[i] = replace(ln, opens=True)
            out[i + 1] = replace(q, kind="heading", rest=q.rest or q.text.strip())
    return out


def rejoin_wrapped_items(lines: list[Line]) -> list[Line]:
    """Mark a bullet item cut at the line's end open, so the line under it finishes its sentence.

    Only an item begun as a sentence (a comma in it), in a run where another item with the
    same bullet ends with a stop, over a body line led by no bullet.
    """
    out = list(lines)
    for i, ln in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        mark = bullet(ln)
        text = compact(ln.rest or ln.text)
        if (
            mark is None
            or ln.kind != "body"
            or ln.open
            or not is_open(text)
            or "，" not in text
            or nxt.kind != "body"
            or bullet(nxt) is not None
        ):
            continue
        k = i
        while k > 0 and bullet(lines[k - 1]) == mark:
            k -= 1
        siblings = [x for x in lines[k:i] if compact(x.rest or x.text)[-1:] in FINAL]
        if siblings:
            out[i] = replace(ln, open=True)
    return out

"""A readers' Q&A box whose asker signs on a line of his own, between question and answer.

``法律咨询`` / ``问：…能要求老板赔钱吗？`` / ``（读者 吴先生）`` / ``答：根据劳动合同法规定，…`` /
``（…律师 梁建新）``: the asker's bracketed signature set under the question is part of the
exchange the listener hears (who asked, then the answer), so it is read as text, never taken
as a byline that opens or signs a story.  Only a reader's signature (``读者``, ``市民``,
``网友`` …) right between a ``问：`` line and an ``答：`` line is re-read so; a reporter's
``（记者 张三）`` anywhere stays a byline.

A hotline's reply column, its label led by the hotline's number (``【12345热线回音】`` /
``小区路灯坏了半个月 谁来修？`` / ``市民问：…`` / ``城西区住建局答：…``): the bracketed number and
name are the column's label (the item's kicker), the short question under it over who asked is
the item's headline, and the office's ``…答：`` is the answer's text, never an info box's field.

Why a module of its own: it rewrites lines before :mod:`audiopaper.segment_items` decides
whether the label over the question opens a box (``is_reader_question``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_heads import is_asked, is_question_title
from .segment_lines import Line

# A reader's signature on a line of its own: "（读者 吴先生）", "(市民　王女士)".
ASKER_LINE = re.compile(
    r"^[（(]\s*(?:读者|市民|网友|听众|村民|居民|家长)[\s\u3000]*[\u4e00-\u9fa5·][^（）()]{0,8}[）)]$"
)
QA_LEAD = re.compile(r"^[【\[]?\s*(?P<who>问|答)\s*(?:[】\]]\s*[:：]?|[:：])")


def role(ln: Line) -> str | None:
    """``问`` or ``答`` for a body line opening a question or an answer, else None."""
    if ln.kind != "body":
        return None
    m = QA_LEAD.match((ln.rest or ln.text).strip())
    return m["who"] if m else None


def is_asker_line(lines: list[Line], i: int) -> bool:
    """``lines[i]`` is a reader's bracketed signature between a question and its answer."""
    ln = lines[i]
    if ln.kind not in ("byline", "body") or not ASKER_LINE.match(ln.text.strip()):
        return False
    if i == 0 or i + 1 >= len(lines) or role(lines[i + 1]) != "答":
        return False
    j = i - 1
    while j >= 0 and lines[j].kind == "body" and role(lines[j]) is None:
        j -= 1
    return j >= 0 and role(lines[j]) == "问" and i - j <= 4


def read_askers(lines: list[Line]) -> list[Line]:
    """Re-read each asker's signature between question and answer as a text line."""
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind == "byline" and is_asker_line(lines, i):
            out[i] = replace(ln, kind="body", reason="", rest=ln.text.strip(), byline="")
    return out


# A column's label led by a hotline's number, in square brackets: "【12345热线回音】", "【96345帮您办】".
NUMBERED_LABEL = re.compile(r"^[【〔［\[]\s*(?P<name>\d{3,6}[\u4e00-\u9fa5]{2,8})\s*[】〕］\]]$")
# Who answers a reader's question, then "答：": "城西区住建局答：…", "记者答：…".
ANSWERER = re.compile(r"^[\u4e00-\u9fa5]{1,12}答\s*[:：]\s*\S")


def read_hotline_replies(lines: list[Line]) -> list[Line]:
    """Re-read a hotline's reply column (see the module): ``【12345热线回音】`` over a short
    question over ``市民问：…`` is the label and headline of an item of its own, and its
    ``…答：`` line, right after the question's text, is the answer's text."""
    out = list(lines)
    for i, ln in enumerate(lines):
        m = NUMBERED_LABEL.match(ln.text.strip())
        if ln.kind != "body" or m is None or i + 2 >= len(lines):
            continue
        title, asked = lines[i + 1], lines[i + 2]
        if not (is_question_title(title) and asked.kind in ("body", "field") and is_asked(asked)):
            continue
        out[i] = replace(ln, kind="label", rest=m["name"], reason="")
        if asked.kind == "field":  # "市民问：…" read as a "key：value" field: the question's text
            out[i + 2] = replace(asked, kind="body", rest=asked.text.strip(), reason="")
        out[i + 1] = replace(
            title, kind="heading", rest=re.sub(r"[\s\u3000]+", " ", (title.rest or title.text).strip())
        )
        j = i + 3
        while j < len(lines) and lines[j].kind == "body" and ANSWERER.match(lines[j].text.strip()) is None:
            j += 1
        if j < len(lines) and lines[j].kind == "field" and ANSWERER.match(lines[j].text.strip()):
            out[j] = replace(lines[j], kind="body", rest=lines[j].text.strip(), reason="")
    return out

"""A readers' Q&A box whose asker signs on a line of his own, between question and answer.

``法律咨询`` / ``问：…能要求老板赔钱吗？`` / ``（读者 吴先生）`` / ``答：根据劳动合同法规定，…`` /
``（…律师 梁建新）``: the asker's bracketed signature set under the question is part of the
exchange the listener hears (who asked, then the answer), so it is read as text, never taken
as a byline that opens or signs a story.  Only a reader's signature (``读者``, ``市民``,
``网友`` …) right between a ``问：`` line and an ``答：`` line is re-read so; a reporter's
``（记者 张三）`` anywhere stays a byline.

Why a module of its own: it rewrites lines before :mod:`audiopaper.segment_items` decides
whether the label over the question opens a box (``is_reader_question``).
"""

from __future__ import annotations

import re
from dataclasses import replace

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

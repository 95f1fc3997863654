"""Which story a photo caption belongs to, when the layout and its credit disagree.

A photo is often set in the column a neighbouring story's sentence runs through
(``…让孩子在放松中积蓄`` / ``▲1月13日，麓湖小学学生在…体验编程课。全媒体记者 欧阳晨 摄`` /
``能量，新学期才能更好地出发。``), and the page walker reads it with that story.  Its credit
says otherwise when it names the reporter of the next story and not of this one
(``人工智能课走进小学课堂`` / ``全媒体记者　欧阳晨``): the photo illustrates that story, so
its caption is read there, before its text.  A photo printed as its own story (``会场内外`` /
caption / credit) keeps its caption whoever took it: it has no text of its own to be set in.
So does a caption that points up at its photo after the story's text (``…今后将在更多学校门口
推广。`` / ``上图：学生们…走过“彩虹斑马线”。本报记者 钮  强 摄``): the photo is printed above
it, in that story, whoever took it; the next story's reporter may well have lent the photo.

Why a pass of its own: it looks at two finished stories at once, after the page is walked.
"""

from __future__ import annotations

import re

from .segment_draft import Draft
from .segment_lines import compact

__all__ = ["hand_over_captions"]

# "全媒体记者 欧阳晨 摄", "（本报记者 田茂林 摄）", "记者 林晓 摄": the photographer's name.
CREDIT_NAME = re.compile(
    r"(?:记者|通讯员|摄影)[\s\u3000]*(?P<name>[\u4e00-\u9fa5](?:[\s\u3000]*[\u4e00-\u9fa5]){1,3})[\s\u3000]*摄"
)


# A caption pointing up at its photo: "上图：…", "上图为…", "（上图）".
POINTS_UP = re.compile(r"^[（(]?\s*上图")


def credited(text: str) -> str | None:
    """The photographer a caption line credits, without the spaces set between the characters."""
    m = CREDIT_NAME.search(text)
    return compact(m.group("name")) if m else None


def hand_over_captions(drafts: list[Draft], page: int) -> None:
    """Move a caption to the next story when its credit names that story's reporter only."""
    for cur, nxt in zip(drafts, drafts[1:], strict=False):
        if not nxt.byline or nxt.page != page:
            continue
        if not any(p.kind == "body" for p in cur.paras):
            continue  # a photo story: its caption is all it has
        theirs, ours = compact(nxt.byline), compact(cur.byline or "")
        for para in [p for p in cur.paras if p.kind == "caption" and p.page == page and p.lines]:
            text = cur.texts.get((page, para.lines[0]), "")
            name = credited(text)
            if name and name in theirs and name not in ours and not POINTS_UP.match(text.strip()):
                cur.paras.remove(para)
                para.lead = True
                nxt.paras.insert(0, para)
                for n in para.lines:
                    nxt.texts[(page, n)] = cur.texts.pop((page, n))

"""A sub-head stack whose text goes on about a person the running story introduced.

A report often closes with a boxed section under a label and its own title (``专家提醒`` /
``孩子咳嗽不要急着用止咳药``), set in the story's column, maybe under its photo's caption.
Two headline lines after a story's text normally open a new story; but when the text under
them opens on a bare name with a verb of speech (``谭秀英提醒，…``) and that name was given,
with its title, in the running story (``市妇幼保健院儿科主任医师谭秀英介绍，…``), the section
cannot stand alone: it is the story's own sub-section, its lines sub-heads.  A new item names
its people afresh (``王立群（南粤理工大学计算机学院教授）：``), so it still opens a story.
"""

from __future__ import annotations

import re

from .segment_draft import Draft
from .segment_lines import Line

__all__ = ["names_back"]

# A bare personal name (2-3 characters) opening the text, followed by what the person says.
OPENS_ON_NAME = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?:提醒|介绍|表示|建议|指出|认为|强调|说)[，：:]")
# The end of a title or office a story names a person after, the first time.
TITLE = (
    r"(?:医师|医生|主任|教授|院长|局长|书记|经理|负责人|专家|老师|研究员|工程师|所长|科长|"
    r"主席|校长|站长|队长|民警|律师|董事长|总监|会长|秘书长|村民|市民)\s*"
)
STACK_MAX = 2  # lines of a section's label and title


def names_back(cur: Draft | None, heads: list[Line], nxt: Line | None) -> bool:
    """``heads`` over ``nxt`` is a section of ``cur``: its text opens on a name ``cur`` gave."""
    if cur is None or not cur.has_body() or nxt is None or nxt.kind != "body" or len(heads) > STACK_MAX:
        return False
    m = OPENS_ON_NAME.match(nxt.rest or nxt.text)
    if m is None:
        return False
    name = m["name"]
    said = "".join(part for para in cur.paras if para.kind == "body" for part in para.parts)
    # Given earlier after the person's title or office: "…儿科主任医师谭秀英介绍".
    return re.search(TITLE + re.escape(name), said) is not None

"""Jump markers: where a story goes on on another page, or is picked up from one.

A paper cuts a long front-page story and prints the rest on a later page: the first half ends
with ``（下转第二版）`` and the second opens with ``（上接第一版）``.  The marker is page
furniture, never read; :mod:`audiopaper.segment_lines` tags the line with the page, and
:mod:`audiopaper.segment` joins the halves.

Shapes:

- a marker on a line of its own, bracketed or bare, maybe with arrows: ``（下转第二版）``,
  ``下转第二版▶``;
- a bracketed marker leading or closing a text line: ``（上接第一版）共完成…``,
  ``…步行距离不超过200米，（下转第3版）``;
- a bare ``下转第三版`` / ``转第三版`` closing a text line right after a sentence's stop:
  ``…增加了加装电梯等内容。下转第三版``.  Inside a sentence (``…节目将转第三版播出``, no stop
  before it) the words are the story's own, never a marker.
"""

from __future__ import annotations

import re

from .segment_noise import PAGE_NO

# "（下转第二版）" / "（下接第二版）" continue a story on a later page; "（上接第一版）",
# "（续第一版）" pick it up there.  A marker on its own line may carry arrows: "下转第二版▶".
JUMP_WORDS_OUT = ("下转", "下接", "紧转", "转", "转至")
JUMP_BODY = (
    rf"(?P<dir>下转|下接|紧转|转至|转|上接|紧接|续接|续|接)\s*(?:第|本报)?\s*(?P<no>{PAGE_NO})\s*(?:版|页)"
)
ARROWS = "▶►▲△◀◄→←"
JUMP_WHOLE = re.compile(rf"[{ARROWS}]*\s*[（(【\[]?\s*{JUMP_BODY}\s*[）)】\]]?\s*[{ARROWS}]*")
JUMP_TRAIL = re.compile(rf"\s*[（(【\[]\s*{JUMP_BODY}\s*[）)】\]]\s*$")
JUMP_LEAD = re.compile(rf"^\s*[（(【\[]\s*{JUMP_BODY}\s*[）)】\]]\s*")
# "…等内容。下转第三版": no brackets, so only after a sentence's stop (a closing quote may follow
# it) and only the words that send a story on, with 第 and 版 both printed.
JUMP_TRAIL_BARE = re.compile(
    rf"(?:(?<=[。！？!?])|(?<=[。！？!?][”’」』]))\s*(?P<dir>下转|下接|转至|转)\s*第\s*(?P<no>{PAGE_NO})\s*版\s*[{ARROWS}]*$"
)


def trailing_jump(text: str) -> re.Match[str] | None:
    """The jump marker closing ``text`` (bracketed, or bare after a stop), else ``None``.

    ``"…等内容。下转第三版"`` and ``"…不超过200米，（下转第3版）"`` match; ``"…将转第三版"``
    does not.  The match's ``dir`` and ``no`` name the direction and the page; the text before
    ``start()`` is the line's own."""
    return JUMP_TRAIL.search(text) or JUMP_TRAIL_BARE.search(text)


# A section's numbered head: "三、服务下沉：…", "（二）…".  Printed right under a pickup marker it
# goes on with the story's count of sections; a repeated headline never carries a number.
SECTION_HEAD = re.compile(r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])\S")


def numbers_sections(stack: list) -> bool:
    """``（上接第1版）`` / ``三、服务下沉：从“群众跑”到“干部跑”``: numbered section heads right
    under a pickup marker are the continued story's next section, not its repeated headline."""
    return all(ln.kind == "heading" and SECTION_HEAD.match(ln.rest) for ln in stack)

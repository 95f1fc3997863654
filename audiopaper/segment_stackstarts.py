"""Lines that open a headline stack, told by the stack under them, though shaped like text.

Why a module of its own: :mod:`audiopaper.segment_heads` is full; these passes run right after
its :func:`~audiopaper.segment_heads.promote_headlines` and add three narrow conventions about
where a new item's title starts on a page of several items:

* A short question after a finished sentence, over a ``——`` subtitle and then a byline, is a
  new story's title, never the last paragraph of the story above (a paragraph never stands over
  a ``——`` deck and a byline)::

      …被依法处以行政拘留十日。
      婚前买房婚后还贷 离婚时房子怎么分？
      ——市中院发布婚姻家事典型案例
      都市报记者　贺兰舟

* A short question under a column's name, over a named reader's words (``市民曹先生：…``,
  ``读者王女士：…``, ``网友“老街坊”：…``), is that Q&A item's title, as it is over
  ``市民问：…`` (which :func:`audiopaper.segment_heads.is_asked` covers)::

      民声回音
      老旧小区路灯坏了谁来修？
      市民曹先生：我住在…希望有人管一管。
      城东区住建局：接到反映后，…

* A short fragment with no punctuation, after a finished sentence and over a short headline
  line over a byline, is the first line of a two-line title cut where the layout broke it:
  ``大棚里的`` / ``“新农人”`` / ``本报通讯员　廖建新　记者　戴小川``.  A column break never
  leaves a few characters of text alone between a finished sentence and a headline.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_heads import is_dash_point, is_kicker_label, is_question_title
from .segment_lines import Line, compact

__all__ = ["promote_stack_starts"]

# A named reader speaking in a Q&A column: "市民曹先生：", "读者王女士：", "网友“北门老街坊”：",
# "家长李女士：", "居民张大爷：" (a tag, a name of up to four characters or a quoted screen name).
READER_SAYS = re.compile(
    r"^(?:市民|读者|网友|居民|村民|家长|听众|车主|业主|患者)(?:[\u4e00-\u9fa5]{1,4}|“[^”]{1,16}”)\s*[:：]\s*\S"
)
# "大棚里的": the first few characters of a title broken over two lines.
FRAGMENT_MAX = 8
SECOND_LINE_MAX = 12  # characters of the headline line finishing such a title


def is_reader_says(ln: Line | None) -> bool:
    """``市民曹先生：我住在…``: a named reader's words opening a Q&A item."""
    return (
        ln is not None
        and ln.kind in ("body", "field")
        and bool(READER_SAYS.match((ln.rest or ln.text).strip()))
    )


def is_title_fragment(ln: Line) -> bool:
    """``大棚里的``: a few characters of a body line, no punctuation at all."""
    text = compact(ln.rest or ln.text)
    return (
        ln.kind == "body"
        and 2 <= len(text) <= FRAGMENT_MAX
        and not re.search(r"[，。！？；：、,.!?;:“”\"]", text)
    )


def heading(ln: Line) -> Line:
    return replace(
        ln, kind="heading", open=False, rest=re.sub(r"[\s\u3000]+", " ", (ln.rest or ln.text).strip())
    )


def promote_stack_starts(lines: list[Line]) -> list[Line]:
    """``lines`` with each question title and each broken title's first line (see the module)
    re-read as a headline line."""
    out = list(lines)
    for i, ln in enumerate(lines):
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        after = lines[i + 2] if i + 2 < len(lines) else None
        after_sentence = prev is None or (not prev.open and prev.kind in ("body", "caption"))
        if is_question_title(ln) and (
            # "婚前买房…怎么分？" / "——市中院发布…" / "都市报记者 贺兰舟"
            (
                after_sentence
                and nxt is not None
                and is_dash_point(nxt)
                and after is not None
                and after.kind == "byline"
            )
            # "民声回音" / "老旧小区路灯坏了谁来修？" / "市民曹先生：…"
            or (is_kicker_label(prev) and is_reader_says(nxt))
        ):
            out[i] = heading(ln)
        elif (
            is_title_fragment(ln)
            and ln.open
            and after_sentence
            and prev is not None
            and nxt is not None
            and nxt.kind == "heading"
            and len(compact(nxt.rest or nxt.text)) <= SECOND_LINE_MAX
            and after is not None
            and after.kind == "byline"
            and not after.rest
        ):
            out[i] = heading(ln)
    return out

"""A series' label with its number is the kicker over the piece's own title.

A paper runs a series of comments or reports under one label and numbers each part:
``实干争先系列评论之一``, ``乡村振兴系列报道之三``, ``营商环境系列谈②``.  The number says the
line is a part's label, never a title (a title names its news or its point): over the part's own
headline (``以“拼”的劲头冲刺四季度``) it is the kicker, and an 编者按 announcing the series above
it is that story's body, not a story of its own.
"""

from __future__ import annotations

import re

NUMBER = r"(?:之[一二三四五六七八九十]{1,3}|[①②③④⑤⑥⑦⑧⑨⑩])"
SERIES_PART = re.compile(
    rf"[\u4e00-\u9fa5“”·]{{2,14}}系列(?:评论|报道|访谈|述评|调查|谈|评)?{NUMBER}"
    rf"|[\u4e00-\u9fa5“”·]{{2,14}}(?:系列评论|系列报道|评论员文章){NUMBER}"
)


def is_series_part(line: str) -> bool:
    """``实干争先系列评论之一`` (``…系列报道之三``, ``…系列谈②``): a numbered part's label."""
    return SERIES_PART.fullmatch(line.replace("\u3000", "").replace(" ", "").strip()) is not None

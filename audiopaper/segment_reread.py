"""The passes that re-read a page's classified lines by their neighbours, before the walk.

Why a module of its own: :mod:`audiopaper.segment_page` walks the lines once; every decision
that rewrites a line's kind from the lines around it (a column's label read as a byline, a
writer's signature hoisted, a headline promoted, a box of briefs or an advert, an item of its
own) runs here first, in this order, so the walk sees each line as it is meant.
"""

from __future__ import annotations

from .segment_artcredits import mark_art_credits
from .segment_asklabels import unsign_column_labels
from .segment_blocks import mark_blocks
from .segment_heads import promote_headlines
from .segment_items import mark_items
from .segment_lines import Line
from .segment_prose import open_prose_fields
from .segment_qa import read_hotline_replies
from .segment_stackstarts import promote_stack_starts
from .segment_tails import hoist_tails
from .segment_webheads import promote_web_heads

__all__ = ["reread"]


def reread(lines: list[Line]) -> list[Line]:
    """``lines`` with every kind their neighbours decide set (see the module)."""
    lines = hoist_tails(open_prose_fields(read_hotline_replies(unsign_column_labels(lines))))
    lines = mark_art_credits(mark_blocks(promote_stack_starts(promote_headlines(promote_web_heads(lines)))))
    return mark_items(lines)

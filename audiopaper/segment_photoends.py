"""A photo item of its own ends at its credit: the headline under the credit opens a story.

A 副刊 or a metro page sets a photo with its own short title and caption between two pieces
(``苇荡雪霁`` / ``　　1月下旬，一场小雪过后的城北湿地公园。`` / ``袁  野　摄`` / ``年货`` / the essay's
text / ``□周小满``).  The photo item is a story of its own (its caption read, its credit never);
the credit is its last line, so the headline right under it, over text, opens the next story,
never a sub-head of the photo item.

Why a module of its own, and why before the walk: the credit is skipped as noise line by line,
and only its neighbours show it closed an item titled over a caption of its own.  The rule is
narrow: a headline, one caption line, the credit, then a headline over text.
"""

from __future__ import annotations

from dataclasses import replace

from .segment_lines import Line

CAPTION_MAX_LINES = 1  # the caption line of a photo item under its own title


def closes_photo_item(lines: list[Line], c: int) -> bool:
    """``lines[c]`` is the credit closing a titled photo item (title / caption / credit)."""
    if lines[c].kind != "noise" or lines[c].reason != "photo credit":
        return False
    k = c - 1
    while k >= 0 and lines[k].kind == "body" and c - k <= CAPTION_MAX_LINES:
        k -= 1
    return 0 <= k < c - 1 and lines[k].kind == "heading" and lines[k + 1].kind == "body"


def open_after_photo_items(lines: list[Line]) -> list[Line]:
    """Mark each headline right under a titled photo item's credit, over text, as opening a story."""
    out = list(lines)
    for c in range(1, len(lines) - 2):
        head, first = lines[c + 1], lines[c + 2]
        if head.kind == "heading" and first.kind == "body" and closes_photo_item(lines, c):
            out[c + 1] = replace(head, opens=True)
    return out

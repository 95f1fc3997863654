"""A portrait series' name, naming whom the series is about, is the kicker over each piece's title.

Why a module of its own: :mod:`audiopaper.segment_kickers` is near full.  A paper runs features on
the people of its place or of a calling under one standing name, a phrase that names the people
and tells no event: ``走进新时代的巢塘人``, ``走近身边的好人``, ``持续高温下的城市坚守者``,
``乡村振兴路上的追梦人``.  Over it stands nothing; under it the piece's own short title
(``“老潘”的新书屋``, ``“板凳老师”的三十年``) is the big type, so the name is the kicker, never a
title with a deck.  Audited over every gold: each first line so made (a modifier, ``的`` and a word
for people closing the line) over a title is a kicker; the one title so made, ``守灯塔的人``, is
a portrait's own title over its ``——记…`` deck, which this rule leaves alone.
"""

from __future__ import annotations

import re

# A modifier, 的, and a word for people closing the line: "…的巢塘人", "…的好人", "…的城市坚守者".
PEOPLE_SERIES = re.compile(r"[\u4e00-\u9fa5“”·]{2,12}的[\u4e00-\u9fa5“”]{0,5}(?:人|者|人们|人物|群像|们)")
UNREAD = re.compile(r"[\s\u3000“”‘’\"]")


def is_people_series(first: str, second: str) -> bool:
    """``走进新时代的巢塘人`` over ``“老潘”的新书屋``: a series' name naming the people it portrays
    is the kicker over the piece's own title (never over a ``——记…`` deck: ``守灯塔的人`` /
    ``——记白江港航标站职工苏长明`` is title + subtitle)."""
    a, b = (x.replace("\u3000", " ").strip() for x in (first, second))
    return (
        " " not in a
        and PEOPLE_SERIES.fullmatch(a) is not None
        and len(UNREAD.sub("", b)) >= 2
        and not b.startswith("—")
    )

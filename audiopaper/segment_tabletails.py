"""A table's summary rows and its as-of note under its rows, never read like them.

``上证综指　3090.98　+0.09%`` / … (rows) / ``沪深两市成交额　7520亿元`` / ``燕河板块　17家上涨　4家下跌`` /
``（数据截至3月19日收盘）``: under a table's rows, lines of a name and one to three figures with their
units, fewer cells than the rows', and a bracketed note of when its figures were taken, are the
table's, closed by that note or by the next headline.  Only right under rows already found (``reason == "table"``): a name and a figure alone
elsewhere may be a headline (``全年GDP　增长5.2%``).
Why a module of its own: :mod:`audiopaper.segment_boxes` is near its size limit.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .segment_noise import TABLE_CELL_MAX, narrow, table_cells

if TYPE_CHECKING:
    from .segment_lines import Line

__all__ = ["mark_table_tails"]

# A figure with its unit or what it counts: "7520亿元", "17家上涨", "+0.09%".
FIGURE = re.compile(r"[-+]?\d[\d.,]*\s*[%％]?[\u4e00-\u9fa5]{0,4}")
NAME = re.compile(r"[\u4e00-\u9fa5A-Za-z（）()]{2,12}")
FIGURES_MAX = 3  # figures after the name, at most
TAIL_ROWS = 3  # summary rows under the table's, at most
# When its figures were taken, in brackets: "（数据截至3月19日收盘）", "（截至昨日15:00）".
AS_OF = re.compile(r"[（(]\s*(?:数据|行情|价格|以上数据)?(?:截至|截止|统计至)[^（）()。；]{2,20}[）)]")


def is_summary_row(ln: Line) -> bool:
    """``沪深两市成交额　7520亿元``: a name, then one to three figures, each a cell."""
    cells = table_cells(narrow(ln.text).strip())
    return (
        ln.kind != "noise"
        and 2 <= len(cells) <= 1 + FIGURES_MAX
        and NAME.fullmatch(cells[0]) is not None
        and all(len(c) <= TABLE_CELL_MAX and FIGURE.fullmatch(c) for c in cells[1:])
    )


def mark_table_tails(lines: list[Line]) -> list[Line]:
    """``lines`` with the summary rows and as-of note right under a table's rows made the table's."""
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.reason != "table" or (i + 1 < len(lines) and lines[i + 1].reason == "table"):
            continue
        k = i + 1
        while k < min(len(lines), i + 1 + TAIL_ROWS) and is_summary_row(lines[k]):
            k += 1
        if k < len(lines) and lines[k].kind != "noise" and AS_OF.fullmatch(narrow(lines[k].text).strip()):
            k += 1
        elif k < len(lines) and lines[k].kind not in ("noise", "heading", "label"):
            continue  # text runs on under them: a story's lines, not the table's
        out[i + 1 : k] = [replace(x, kind="noise", reason="table") for x in lines[i + 1 : k]]
    return out

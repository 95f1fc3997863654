"""Small written pages and views of an Edition, shared by the segmentation convention tests."""

from __future__ import annotations

from audiopaper.model import Edition, Page
from audiopaper.segment import segment

# Two ordinary body sentences, for pages whose point is elsewhere.
BODY = "记者从市里获悉，今年全市新建口袋公园十二处，新增绿地面积约三万平方米。"
MORE = "据介绍，这些公园将在年底前全部建成开放，方便市民就近休闲健身。"


def page(*lines: str, number: int = 1) -> Page:
    return Page("测试报", "2024-01-01", number, lines)


def seg(*lines: str, number: int = 1) -> Edition:
    return segment([page(*lines, number=number)])


def heads(ed: Edition) -> list[tuple[str | None, str, str | None]]:
    return [(s.kicker, s.title, s.subtitle) for s in ed.stories]


def texts(ed: Edition) -> list[list[str]]:
    return [[p.text for p in s.paragraphs] for s in ed.stories]


def spoken(ed: Edition) -> str:
    return "".join(p.text for s in ed.stories for p in s.paragraphs)


def reasons(ed: Edition) -> dict[int, str]:
    return {k.line: k.reason for k in ed.skipped}


def paragraph_lines(ed: Edition) -> list[tuple[int, ...]]:
    return [p.lines for s in ed.stories for p in s.paragraphs]

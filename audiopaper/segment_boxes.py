"""Boxes of a page that are never read: adverts, tables, weather, cartoons, signatures.

Each is a run of lines with a start and an end that :func:`audiopaper.segment_blocks.mark_blocks`
makes noise before the page is walked into stories:

* an advert (:mod:`audiopaper.segment_adverts`, re-exported here);
* a table's header row and title over its rows (``中超积分榜（截至4月12日）`` / ``排名  球队  场次`` /
  ``1  申江海港  6  5  1  0  16``, the rows noise already; or a name and its labelled counts,
  ``金牌榜前三名`` / ``东城区　金12　银9　铜7`` / …, its title any headline with no text after the
  rows), or over one row of names and figures in
  turn, and the box's label over the title when nothing to read follows (``数据`` /
  ``本周主要农副产品价格（元/斤）`` / ``大米　2.45　　猪肉　15.80　　鸡蛋　4.20`` / ``数据来源：…``);
  a title's date and market in brackets, after it or on a line under it, are the table's, and so
  is who gave its figures under the rows (``本周主要农产品价格`` / ``（10月21日　某市农产品批发市场）`` /
  header / rows / ``信息提供：市农牧业局市场信息科``), and a title ending in the span of its dates
  (``上周主城区新建商品住宅成交（4月4日—4月10日）``); a ranked table flowed into one row over its
  maker's note, its title and box label over it (``车市数据`` / ``8月新车上牌量前五车型`` /
  ``1.紧凑型SUV　2136辆　　2.紧凑型轿车　1872辆　…`` / ``数据来源：…　制表：某某``);
* a weather box (:mod:`audiopaper.segment_weather`);
* a cartoon's title between its label and artist, and its credit (:mod:`audiopaper.segment_cartoons`,
  re-exported here), and a column's label over an editor's note (``岷江论坛`` / ``编者按：…`` / headline).

Notices, read or not, are :mod:`audiopaper.segment_notices`'s.

Why a module of its own: these boxes only remove lines, while :mod:`audiopaper.segment_blocks`
keeps the blocks that are read (briefs, lists, schedules, verse) and decides where they start.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .segment_adverts import is_advert_label, mark_adverts
from .segment_cartoons import mark_cartoons
from .segment_eventboxes import heads_event_box
from .segment_lines import Line
from .segment_noise import TABLE_CELL_MAX, TABLE_FIGURE, narrow, table_cells
from .segment_sourcenotes import read_source_notes
from .segment_tabletails import mark_table_tails

__all__ = [
    "BOX_LABEL", "EDITORS_NOTE", "mark_labels_over_notes", "is_advert_label", "mark_adverts", "mark_cartoons",
    "mark_note_labels", "mark_tables",
]  # fmt: skip

# "编者按：…" printed between a headline and its byline introduces that story (or its series).
EDITORS_NOTE = ("编者按", "编者的话", "编前", "编者注", "【编者按】", "［编者按］")
# A box's label that does not name briefs: a short unpunctuated word (``身边事``, ``城事``).
BOX_LABEL = re.compile(r"[\u4e00-\u9fa5]{2,5}")
# Or a chart's title led by its label: "图表：2019—2021年全市加装电梯数量" (over its rows only).
CHART_TITLE = re.compile(
    r"[【\[]?\s*(?:图表|图示|数据图)\s*[】\]]?\s*[:：]?\s*[^，。！？；：\s][^，。！？；]{1,30}"
)
# A table's title ends in its date, "（截至4月12日）", or names a table: "…积分榜", "…排行榜", "…一览表".
# Or in the bare date of its figures: "主要指数收盘（2月26日）", or the span they cover:
# "上周新建商品住宅成交（4月4日—4月10日）", "假期主要景区天气（6月22日—24日）".
SPAN_END = r"(?:\s*[—－\-~～至到]\s*(?:\d{1,2}月)?\d{1,2}日)?"
# Or in the span of months its figures cover: "某市经济数据（1—9月）", "（2021年1-6月）".
MONTHS = r"[（(]\s*(?:\d{4}年)?\d{1,2}月?\s*[—－\-~～至到]\s*\d{1,2}月份?\s*[）)]"
TABLE_TITLE = re.compile(
    r"^[^，。！？；]{2,30}(?:[（(]\s*截至[^）)]{1,16}[）)]|(?:[榜表]|指标|一览|赛果|比分|战绩)(?:[（(][^）)]{1,16}[）)])?"
    rf"|{MONTHS}"
    rf"|[（(]\s*(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日{SPAN_END}(?:[ \t\u3000]+[^（）()，。；]{{2,16}})?\s*[）)])$"
)
# Or its date and where its figures were taken in brackets after the title, "今日菜价（7月15日　市区主要
# 农贸市场）" (in TABLE_TITLE), or on a line of their own under it: "（10月21日　宽河市农产品批发市场）".
TABLE_DATELINE = re.compile(
    r"[（(]\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[ \t\u3000]+[^（）()，。；]{2,16})?\s*[）)]"
)
# Or in the unit of its figures, in brackets, per measure or not: "本周主要农产品批发价格（元/公斤）",
# "…（单位：万元）", per a measure with its figure: "…零售均价（元/500克）", "（元/100kg）" (only just
# above a table's header or rows: elsewhere such a line is a chart's title or a headline).
TABLE_UNIT_TITLE = re.compile(
    r"^[^，。！？；]{2,30}[（(]\s*(?:单位\s*[:：]\s*)?[万亿千百]?(?:元|美元|吨|公斤|千克|斤|克|升|"
    r"人|人次|户|辆|台|件|头|只|亩|平方米|[%％])(?:\s*[/／]\s*(?:\d{1,4}\s*)?(?:[\u4e00-\u9fa5]{1,3}|[a-zA-Z]{1,3}))?"
    r"\s*[）)]$"
)
# A box's short label over a table's title: "数据", "行情", "价格速递" (a few characters).
LABEL_OVER_TABLE = re.compile(r"[\u4e00-\u9fa5]{2,4}")
HEADER_CELL_MAX = 6  # characters in a header cell: "排名", "球队", "净胜球", or with a unit:
HEADER_UNIT = re.compile(r"[\u4e00-\u9fa5]{1,6}[（(][^（）()]{1,6}[）)]")  # "单价（元/斤）"
# A row of a table set in cells, its figures led by a digit: "纽荷尔　　75mm以上　　2.60～2.80",
# "石门队　1:1　桃源队" (fewer figures than :func:`~audiopaper.segment_noise.is_table_row` asks).
ROW_FIGURE = re.compile(r"[-+]?\d\S{0,11}")
ROW_SENTENCE = re.compile(r"[，。！？；,;]")
# A count with its label set solid before it, a medal table's or a standings' cell: "金63", "胜5".
LABELLED_COUNT = re.compile(r"[\u4e00-\u9fa5]{1,2}\d{1,4}")
# A schedule's line, read in its box: its first cell a time or a date ("19:35  CBA…").
ROW_SCHEDULE = re.compile(r"[◎●○■□◆◇▲△★☆•·]?\s*(?:\d{1,2}[:：]\d{2}|\d{1,2}月\d{1,2}日)")
TABLE_ROWS_MIN = 2  # rows of the same cells in a row, at least
# A note under a table's rows: "注：早熟品种预计10月中旬上市　数据来源：市果业局", "单位：元".
# Or who gave them, named so: "信息提供：市农牧业局市场信息科", "数据提供：…".
TABLE_NOTE = re.compile(r"(?:注|备注|说明|(?:数据|资料)?来源|单位|(?:信息|数据|资料|价格)提供)\s*[:：]")
# Or who gave its figures, a body's name before 提供, alone in brackets or not: "市物价局价格监测中心提供",
# "（数据由市统计局提供）" (only just under the rows: elsewhere it may be a headline's words).
TABLE_SOURCE = re.compile(
    r"[（(]?(?:数据|资料|价格|行情)?由?[\u4e00-\u9fa5]{0,12}"
    r"(?:局|中心|所|站|院|委|办|公司|集团|协会|商会|市场|台)[\u4e00-\u9fa5]{0,8}?(?:提供|供稿)[）)]?"
)
TITLE_OVER_DATELINE_MAX = 16  # characters of a table's title over its dateline


# A two-character name letter-spaced to the width of its column's three-character ones, a cell
# of its own between wide gaps: "鸡　蛋　　　　9.20" under "早籼稻　　　　2.70", "品　名　　单价".
SPACED_NAME = re.compile(
    r"(?:^|(?<=[ \t]{2})|(?<=\u3000{2}))([\u4e00-\u9fa5])\u3000([\u4e00-\u9fa5])(?=[ \t]{2}|\u3000{2}|$)"
)


def box_cells(text: str) -> list[str]:
    """The cells of a table's line, a letter-spaced two-character name one cell:
    ``鸡　蛋　　　　9.20`` -> ``["鸡蛋", "9.20"]`` (:func:`~audiopaper.segment_noise.table_cells`
    splits at every full-width space)."""
    return table_cells(SPACED_NAME.sub(r"\1\2", narrow(text).strip()))


def is_table_header(ln: Line, width: int) -> bool:
    """``排名  球队  场次  胜  平  负  积分``: short word cells, as many as the row under it has
    (exactly as many over a table of two columns: ``品名　　价格``)."""
    cells = box_cells(ln.text)
    return (
        ln.kind != "noise"
        and (abs(len(cells) - width) <= 1 and len(cells) >= 3 or len(cells) == width == PAIR)
        and all(
            (len(c) <= HEADER_CELL_MAX or HEADER_UNIT.fullmatch(c)) and not TABLE_FIGURE.fullmatch(c)
            for c in cells
        )
    )


def row_cells(ln: Line) -> list[str]:
    """The cells of a table's row (three or more, short, one led by a digit), or ``[]``."""
    cells = box_cells(ln.text)
    if (
        ln.kind == "noise"
        or len(cells) < 3
        or any(len(c) > TABLE_CELL_MAX or ROW_SENTENCE.search(c) for c in cells)
        or ROW_SCHEDULE.fullmatch(cells[0])
        or not (any(ROW_FIGURE.fullmatch(c) for c in cells) or is_counts_row(cells))
    ):
        return []
    return cells


def is_counts_row(cells: list[str]) -> bool:
    """A name, then its labelled counts and figures: ``东城区　金12　银9　铜7`` (two counts at least)."""
    rest = cells[1:]
    return sum(bool(LABELLED_COUNT.fullmatch(c)) for c in rest) >= PAIR and all(
        LABELLED_COUNT.fullmatch(c) or ROW_FIGURE.fullmatch(c) for c in rest
    )


PAIR = 2  # cells of a row of a table of two columns


def pair_cells(ln: Line) -> list[str]:
    """A two-column row, a name then its figure: ``腊肠（散装）　　　42元/斤``, or ``[]``."""
    cells = box_cells(ln.text)
    if (
        ln.kind == "noise"
        or len(cells) != PAIR
        or any(len(c) > TABLE_CELL_MAX or ROW_SENTENCE.search(c) for c in cells)
        or ROW_FIGURE.fullmatch(cells[0])
        or not ROW_FIGURE.fullmatch(cells[1])
    ):
        return []
    return cells


def mark_pairs(lines: list[Line], out: list[Line]) -> None:
    """Rows of two cells are a table's only under a header row of two word cells (``品名　　价格`` /
    ``腊肠（散装）　　42元/斤`` / ``年糕　　12元/斤``): two cells alone may be a name and a figure
    anywhere, the header says they are columns."""
    for i in range(1, len(lines)):
        if not pair_cells(lines[i]) or not is_table_header(lines[i - 1], PAIR):
            continue
        k = i
        while k < len(lines) and pair_cells(lines[k]):
            k += 1
        if k - i >= TABLE_ROWS_MIN:
            for j in range(i, k):
                out[j] = replace(lines[j], kind="noise", reason="table")


FLOWED_PAIRS_MIN = 3  # name-figure pairs of a table flowed into one row, at least
# A ranked name's place before it: "1.紧凑型SUV", "2、中型SUV" (a top-five table's row).
RANK = re.compile(r"\d{1,2}[.．、]\s*(?=\D)")
# Who made the table, named in its note: "数据来源：市车管所　制表：某某" ("制图" is a chart's).
MAKER = re.compile(r"(?:制表|製表)\s*[:：]")


def is_flowed_row(ln: Line) -> bool:
    """A table of two columns flowed into one row, names and their figures in turn:
    ``大米　2.45　　猪肉　15.80　　鸡蛋　4.20　　白菜　0.90``, the names ranked or not
    (``1.紧凑型SUV　2136辆　　2.紧凑型轿车　1872辆　　3.中型SUV　1420辆``)."""
    cells = box_cells(ln.text)
    return (
        ln.kind != "noise"
        and len(cells) >= 2 * FLOWED_PAIRS_MIN
        and len(cells) % 2 == 0
        and all(
            len(c) <= TABLE_CELL_MAX
            and not ROW_SENTENCE.search(c)
            and not ROW_FIGURE.fullmatch(RANK.sub("", c))
            for c in cells[0::2]
        )
        and all(ROW_FIGURE.fullmatch(c) for c in cells[1::2])
    )


def mark_flowed_rows(lines: list[Line], out: list[Line]) -> None:
    """Such a row is a table's only right under its title (``本周主要农副产品价格（元/斤）`` /
    ``大米　2.45　　猪肉　15.80　　…``): the title says the figures are a table's; or right over
    its note naming who made the table (``数据来源：市车管所　制表：某某``), whatever its title."""
    for i in range(1, len(lines)):
        title = narrow(lines[i - 1].text).strip()
        note = narrow(lines[i + 1].text) if i + 1 < len(lines) else ""
        if (
            is_flowed_row(lines[i])
            and lines[i - 1].kind != "noise"
            and (TABLE_TITLE.match(title) or TABLE_UNIT_TITLE.match(title) or MAKER.search(note))
        ):
            out[i] = replace(lines[i], kind="noise", reason="table")


def mark_rows(lines: list[Line]) -> list[Line]:
    """``TABLE_ROWS_MIN`` lines or more in a row with the same number of short cells, figures among
    them, are a table's rows: ``石门队　1:1　桃源队`` / ``云岗队　2:0　龙潭队``; two cells a row
    only under their header (:func:`mark_pairs`); never a box of events' dated items under its title
    (``本周义诊安排`` / ``3月24日（周六）上午　某医院　某广场　专家义诊``: read)."""
    out = list(lines)
    mark_pairs(lines, out)
    mark_flowed_rows(lines, out)
    i = 0
    while i < len(lines):
        width = len(row_cells(lines[i]))
        k = i + 1
        while width and k < len(lines) and len(row_cells(lines[k])) == width:
            k += 1
        if width and k - i >= TABLE_ROWS_MIN and not (i and heads_event_box(lines[i - 1])):
            for j in range(i, k):
                out[j] = replace(lines[j], kind="noise", reason="table")
        i = max(k, i + 1)
    return out


def mark_tables(lines: list[Line]) -> list[Line]:
    """Make a table's rows, its header row and title over them and its notes under them noise.

    Rows are found one by one (:func:`audiopaper.segment_noise.is_table_row`) or as a run
    (:func:`mark_rows`); a header (``品种　　规格　　预期收购价（元/斤）``) and a title
    (``…收购预期价（9月5日）``, ``第三轮其他赛果``, a chart's led by its label: ``图表：…年全市加装电梯数量``, ``本周主要农产品批发价格（元/公斤）``, or a box's short label over a header:
    ``今日金价``) only just above the first row, a note
    (``注：…　数据来源：…``, who gave its figures: ``市物价局价格监测中心提供``) only just under the
    last: a line ending in ``榜`` or ``（截至…）``
    elsewhere is a headline.
    """
    lines = mark_table_tails(mark_rows(lines))  # its summary rows and as-of note under the rows
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.reason != "table":
            continue
        if (
            i + 1 < len(lines)
            and lines[i + 1].kind != "noise"
            and (
                TABLE_NOTE.match(narrow(lines[i + 1].text))
                or TABLE_SOURCE.fullmatch(narrow(lines[i + 1].text).strip())
            )
        ):
            out[i + 1] = replace(lines[i + 1], kind="noise", reason="table")
        if i and lines[i - 1].reason == "table":
            continue
        width = len(box_cells(ln.text))
        k = i - 1
        # A first row the noise table already called a chart's values ("黄金9999　　338.50　　342.00").
        while k >= 0 and lines[k].reason == "chart" and len(box_cells(lines[k].text)) == width:
            k -= 1
        header = k >= 0 and is_table_header(lines[k], width)
        if header:
            out[k] = replace(lines[k], kind="noise", reason="table")
            k -= 1
        title = narrow(lines[k].text).strip() if k >= 0 and lines[k].kind != "noise" else ""
        if title and k > 0 and TABLE_DATELINE.fullmatch(title) and is_dateline_title(lines[k - 1]):
            # The table's date and market on a line of their own under its title: "本周主要农产品价格" /
            # "（10月21日　宽河市农产品批发市场）" / header / rows.
            out[k] = replace(lines[k], kind="noise", reason="table")
            out[k - 1] = replace(lines[k - 1], kind="noise", reason="table")
            continue
        if title and (
            TABLE_TITLE.match(title) or TABLE_UNIT_TITLE.match(title) or CHART_TITLE.fullmatch(title)
        ):
            out[k] = replace(lines[k], kind="noise", reason="table")
            label = lines[k - 1] if k > 0 else None
            if label and label.kind == "heading" and LABEL_OVER_TABLE.fullmatch(label.text.strip()):
                if not text_after(lines, i):
                    # The box's short label over the title, nothing to read after the table:
                    # "数据" / "本周主要农副产品价格（元/斤）" / rows / "数据来源：…" / next box.
                    out[k - 1] = replace(label, kind="noise", reason="table")
        elif header and k >= 0 and lines[k].kind != "noise" and BOX_LABEL.fullmatch(lines[k].text.strip()):
            # A box's short label over a header row and rows is the table's title: "今日金价" /
            # "品种　　买入价（元/克）　　卖出价（元/克）" / rows.
            out[k] = replace(lines[k], kind="noise", reason="table")
        elif k >= 0 and lines[k].kind == "heading" and not text_after(lines, i):
            out[k] = replace(lines[k], kind="noise", reason="table")  # "本周农产品价格行情" / rows
            label = lines[k - 1] if k > 0 else None
            made = i + 1 < len(lines) and MAKER.search(narrow(lines[i + 1].text))
            if made and label and label.kind == "heading" and LABEL_OVER_TABLE.fullmatch(label.text.strip()):
                # The box's short label over a made table's title: "车市数据" / "8月新车上牌量前五车型" /
                # "1.紧凑型SUV　2136辆　　…" / "数据来源：…　制表：某某".
                out[k - 1] = replace(label, kind="noise", reason="table")
    return read_source_notes(out)  # a column's "（…供稿）" under its text is read with it


def is_dateline_title(ln: Line) -> bool:
    """A table's title over its dateline: a short headline, no sentence, no gap (``本周主要农产品价格``)."""
    text = narrow(ln.text).strip()
    return (
        ln.kind == "heading"
        and len(text) <= TITLE_OVER_DATELINE_MAX
        and not re.search(r"[，。！？；\s]", text)
    )


def text_after(lines: list[Line], i: int) -> bool:
    """Whether text to read follows the table whose row is ``lines[i]``, past its rows and notes.

    A headline over rows with nothing after them but the next headline (``本周农产品价格行情`` /
    ``早籼稻　1.36元/斤　持平`` / … / ``数据来源：…`` / next box) is the table's title, whatever
    its words; over rows and then text it heads a story the table belongs to.
    """
    k = i
    while k < len(lines) and (lines[k].kind == "noise" or TABLE_NOTE.match(narrow(lines[k].text))):
        k += 1
    return k < len(lines) and lines[k].kind not in ("heading", "label")


def mark_note_labels(lines: list[Line]) -> list[Line]:
    """A column's label alone over an editor's note and then a headline is never read.

    ``岷江论坛`` / ``编者按：…`` / ``让“光盘”从倡议变成习惯`` / ``□ 周文轩``: the label names the
    page's column, and the note leads the first piece under it (:mod:`audiopaper.segment_page`).
    A title over its own note (``一个山村的“数字账本”`` / ``编者按：…`` / ``本报记者 …``) stays.
    """
    return mark_labels_over_notes(lines, lambda ln: BOX_LABEL.fullmatch(ln.rest) is not None)


def mark_labels_over_notes(lines: list[Line], is_label: Callable[[Line], bool]) -> list[Line]:
    """Make each headline line that ``is_label`` takes, standing alone over an editor's note and
    then a headline, a column label: never read (the note leads the first piece under it)."""
    out = list(lines)
    for i in range(len(lines) - 2):
        ln, note, head = lines[i], lines[i + 1], lines[i + 2]
        if (
            ln.kind == "heading"
            and is_label(ln)
            and (i == 0 or lines[i - 1].kind not in ("heading", "label"))
            and note.kind in ("body", "field")
            and note.text.startswith(EDITORS_NOTE)
            and head.kind in ("heading", "label")
        ):
            out[i] = replace(ln, kind="noise", reason="column label")
    return out

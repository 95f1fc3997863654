"""Listings of what is on, never read: a show's venue, dates, prices and booking line.

* one row of cells, its price and its date or booking line among them (``"listing"``, by
  :func:`audiopaper.segment_footers.footer_reason`):
  ``赣原大剧院　11月28日19:30　经典老歌演唱会　票价：80/180/280元　订票热线：0797-8123456``;
* the same box set over a few lines, the venue's name alone over them, a price cell and a booking
  line among them (:func:`mark_listing_boxes`): ``滨江大剧院`` / ``8月12日、13日　大型原创舞剧《海丝谣》`` /
  ``票价：80元　180元　280元`` / ``订票热线：0596-2123456　微信搜索“滨江大剧院”在线选座``.

* a TV guide, rows of a channel then its times and programmes, and the label alone over them
  (:func:`mark_tv_guides`): ``今日荧屏`` / ``新闻综合频道　19:00 新闻联播　19:40 一周文体汇`` /
  ``都市生活频道　18:30 生活帮　20:00 周末大剧场``, and a channel with one programme under them
  (``公共频道　20:10　电视剧《…》（23、24）``, only under another channel's row); closed by a note that
  it is what is on the air or not (the note is :func:`audiopaper.segment_blocks.mark_schedules`'s);
* the same guide set in blocks, each channel's name alone over its programmes a line each
  (:func:`mark_channel_blocks`): ``今晚荧屏`` / ``省卫视`` / ``19:30　电视剧《…》（21、22）`` /
  ``22:00　综艺《…》`` / ``新闻综合频道`` / ``19:00　新闻联播``, a channel's evening on one row of times
  and programmes in turn too (``综合频道`` / ``19:00　新闻联播　19:35　本地新闻　20:10　电视剧：…``);
* a guide to a few broadcasts, rows of a time, a channel and a programme, and its label
  (:func:`mark_broadcasts`): ``电视直播`` / ``1月8日　19:30　市电视台体育频道　城市篮球联赛``
  (tonight's: ``今晚19:35　某某电视台体育频道　CBA联赛精选``), or
  the channel first, a channel by its call sign too: ``今晚电视`` / ``CCTV-5　19:30　NBA季后赛精选``,
  or the date before the channel and the time after it: ``周末电视体育节目`` /
  ``8月27日　体育频道　19:30　全国男篮锦标赛``.

A listing is bought or house space, a box of what is on, never a story: ``票价：80元`` in a
sentence of news is read, and so is a box whose lines are sentences; a box of coming fixtures
(``本周赛程`` / ``10月18日（周三）19:35　…``) names no channel and is read, and so is a box of
coming events (``…活动一览`` / ``●5月25日　…``: :mod:`audiopaper.segment_eventboxes`, run here).
Why a module of its own: the box spans lines, unlike the rows of :mod:`audiopaper.segment_footers`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .segment_chrome import GAP, gap_cells
from .segment_eventboxes import mark_event_boxes

if TYPE_CHECKING:  # segment_lines reads rows through segment_footers, which imports this module
    from .segment_lines import Line

__all__ = ["is_listing_row", "mark_listing_boxes", "mark_tv_guides"]

# A listing's cells: its price, and when it is on or where to book it.
PRICE_CELL = re.compile(r"(?:票价|门票|票务)\s*[:：]\s*\S{1,24}")
BOOKING_CELL = r"(?:订票|购票|售票|咨询)(?:热线|电话)\s*[:：]?\s*\d[\d\-—－ ]{4,}"
WHEN_CELL = re.compile(
    r"\d{1,2}月\d{1,2}日(?:\s*[（(]?(?:周|星期)[一二三四五六日天][）)]?)?\s*(?:\d{1,2}[:：]\d{2})?"
    rf"|{BOOKING_CELL}"
)
LISTING_CELLS_MIN = 3
BOOKING = re.compile(BOOKING_CELL)
# What no cell of a listing holds: a sentence's stops.
SENTENCE = re.compile(r"[，。；！？]")
BOX_LINES = 4  # lines of a listing box under its venue, at most
VENUE_MAX = 12  # characters of the venue's name alone over the box


def cells_of(text: str) -> tuple[str, ...]:
    return gap_cells(text)


def is_listing_row(text: str) -> bool:
    """A show's listing in cells: ``剧院　11月28日19:30　演唱会　票价：80/180元　订票热线：…``."""
    cells = cells_of(text)
    return (
        len(cells) >= LISTING_CELLS_MIN
        and any(PRICE_CELL.fullmatch(c) for c in cells)
        and any(WHEN_CELL.fullmatch(c) for c in cells)
        and not any(SENTENCE.search(c) for c in cells)
    )


def box_end(lines: list[Line], start: int) -> int:
    """Index after the listing box whose lines start at ``start``, or 0: up to ``BOX_LINES``
    lines of cells, none a sentence, a price cell among them and the booking line the last."""
    for k in range(start, min(len(lines), start + BOX_LINES)):
        if lines[k].kind == "noise" or SENTENCE.search(lines[k].text):
            return 0
        cells = [c for ln in lines[start : k + 1] for c in cells_of(ln.text)]
        if BOOKING.match(cells_of(lines[k].text)[0]) and any(PRICE_CELL.fullmatch(c) for c in cells):
            return k + 1
    return 0


def mark_listing_boxes(lines: list[Line]) -> list[Line]:
    """A venue's name alone over a show's lines of cells, its prices and booking line among
    them, is a listing, never read: ``滨江大剧院`` / ``8月12日、13日　大型原创舞剧《海丝谣》`` /
    ``票价：80元　180元　280元`` / ``订票热线：0596-2123456　微信搜索…``.  Only with both: a
    price in a story's sentence (``票价：80元，…。``) or a booking line alone is read as before."""
    out = list(lines)
    for i, ln in enumerate(lines[:-1]):
        venue = ln.text.strip()
        if ln.kind == "noise" or len(venue) > VENUE_MAX or SENTENCE.search(venue) or GAP.search(venue):
            continue
        if end := box_end(lines, i + 1):
            out[i:end] = [replace(x, kind="noise", reason="listing") for x in lines[i:end]]
    # A box of coming events is what is on too, but read: its title opens a story of its own.
    return mark_event_boxes(out)


# A TV guide's row: the channel, then two timed programmes or more, each a cell of its own:
# "新闻综合频道　19:00 新闻联播　19:40 一周文体汇　21:00 电视剧《山城往事》(15、16)".
# A national channel is written by its call sign and number too: "CCTV-5", "CCTV-5+", "CETV-1".
CHANNEL = re.compile(
    r"[\u4e00-\u9fa5A-Za-z0-9\-－+]{1,12}?(?:频道|卫视|电视台|套)\s*[:：]?|[A-Z]{2,5}\s?[-－]\s?\d{1,2}\+?(?:[\u4e00-\u9fa5]{2,4})?"
)
PROGRAMME = re.compile(r"\d{1,2}[:：]\d{2}\s*[^\s，。；！？]{1,24}(?: [^\s，。；！？]{1,24})*")
PROGRAMMES_MIN = 2  # timed programmes on a channel's row, at least
GUIDE_LABEL_MAX = 8  # characters of the guide's label alone over its rows


def is_channel_row(text: str) -> bool:
    """``都市生活频道　18:30 生活帮　20:00 周末大剧场``: a channel, then its timed programmes, each
    time and programme a cell of its own or not (``综合频道　20:00　体育新闻　21:10　篮球天天看``)."""
    cells = cells_of(text)
    if len(cells) <= PROGRAMMES_MIN or CHANNEL.fullmatch(cells[0]) is None:
        return False
    rest = cells[1:]
    paired = (
        len(rest) >= 2 * PROGRAMMES_MIN
        and len(rest) % 2 == 0
        and all(
            TIME.fullmatch(t) and SHOW.fullmatch(p) and not TIME.fullmatch(p)
            for t, p in zip(rest[::2], rest[1::2], strict=True)
        )
    )
    return paired or all(PROGRAMME.fullmatch(c) for c in rest)


def is_one_show_row(text: str) -> bool:
    """A channel's row with one timed programme, a row of a guide only under another channel's:
    ``公共频道　20:10　电视剧《山河岁月》（23、24）`` (or ``公共频道　20:10 电视剧《…》``)."""
    cells = cells_of(text)
    if len(cells) not in (2, 3) or CHANNEL.fullmatch(cells[0]) is None:
        return False
    if len(cells) == 2:
        return PROGRAMME.fullmatch(cells[1]) is not None
    return (
        TIME.fullmatch(cells[1]) is not None
        and SHOW.fullmatch(cells[2]) is not None
        and not TIME.fullmatch(cells[2])
    )


def is_programmes_row(text: str) -> bool:
    """A channel's row wrapped onto the next line: ``21:00 电视剧《山城往事》　22:30 晚间新闻``."""
    cells = cells_of(text)
    return bool(cells) and all(PROGRAMME.fullmatch(c) for c in cells)


def guide_label(lines: list[Line], i: int) -> bool:
    """Whether ``lines[i]`` is a TV guide's label alone over its rows: ``今日荧屏``, ``电视直播``."""
    label = lines[i] if 0 <= i < len(lines) else None
    return (
        label is not None
        and label.kind in ("heading", "label")
        and len(label.text.strip()) <= GUIDE_LABEL_MAX
        and not SENTENCE.search(label.text)
        and not GAP.search(label.text.strip())
        and not is_channel_row(label.text)
    )


# A broadcast row: when (a date and a time, or a time), then the channel, then what is on:
# "1月8日　19:30　市电视台体育频道　城市篮球联赛" (a guide to a few live broadcasts).
# The day may be tonight's or tomorrow's, set solid before the time: "今晚19:35", "明天20:00".
WHEN_ON = re.compile(
    r"\d{1,2}月\d{1,2}日(?:\s*[（(]?(?:周|星期)[一二三四五六日天][）)]?)?\s*(?:\d{1,2}[:：]\d{2})?"
    r"|(?:(?:今|明)(?:天|日|晚|早)\s*)?\d{1,2}[:：]\d{2}"
)
TIME = re.compile(r"\d{1,2}[:：]\d{2}")
SHOW = re.compile(r"[^\s，。；！？]{1,24}")
BROADCASTS_MIN = 2  # broadcast rows in a run, at least, with no label over them


def is_broadcast_row(text: str) -> bool:
    """``1月8日　19:30　市电视台体育频道　城市篮球联赛``: its time, then a channel, then one or two
    programmes, each a cell, none a sentence; or the channel first, then the time
    (``枫屿综合频道　20:00　电视剧《海岛往事》``), or the date, the channel, then the time
    (``8月27日　体育频道　19:30　全国男篮锦标赛``) (a fixture's row names a venue, not a channel)."""
    cells = cells_of(text)
    at = next((k for k, c in enumerate(cells) if CHANNEL.fullmatch(c)), 0)
    if at == 0 and len(cells) in (3, 4) and CHANNEL.fullmatch(cells[0]) and TIME.fullmatch(cells[1]):
        # The channel first, then the time, then the programme: "CCTV-5　19:30　NBA季后赛精选".
        return all(SHOW.fullmatch(c) and not CHANNEL.fullmatch(c) for c in cells[2:])
    shows = cells[at + 1 :]
    # The date before the channel and the time after it: "8月27日　体育频道　19:30　全国男篮锦标赛".
    timed_after = bool(shows) and TIME.fullmatch(shows[0]) is not None
    if timed_after:
        shows = shows[1:]
    return (
        at >= 1
        and 1 <= len(shows) <= 2
        and all(WHEN_ON.fullmatch(c) for c in cells[:at])
        and (timed_after or any(TIME.search(c) for c in cells[:at]))
        and all(SHOW.fullmatch(c) and not CHANNEL.fullmatch(c) and not TIME.fullmatch(c) for c in shows)
    )


def mark_broadcasts(lines: list[Line], out: list[Line]) -> None:
    """Rows of broadcasts, their time, channel and programme (``1月8日　19:30　市电视台体育频道
    城市篮球联赛``), under a label (``电视直播``) or two in a row at least, are a TV guide: never read."""
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and lines[end].kind != "noise" and is_broadcast_row(lines[end].text):
            end += 1
        if end == i:
            i += 1
            continue
        start = i - 1 if guide_label(lines, i - 1) else i
        if start < i or end - i >= BROADCASTS_MIN:
            out[start:end] = [replace(x, kind="noise", reason="listing") for x in lines[start:end]]
        i = end


def is_timed_row(text: str) -> bool:
    """One programme under its channel's name: ``19:30　电视剧《春风里的约定》（21、22）``, its time and
    programme a cell each or one (``19:00 新闻联播``); or the channel's evening on one row, times and
    programmes in turn (``19:00　新闻联播（转播）　19:35　本地新闻　20:10　电视剧：老城故事（23、24）``)."""
    cells = cells_of(text)
    if len(cells) == 1:
        return PROGRAMME.fullmatch(cells[0]) is not None
    return (
        len(cells) >= 2
        and len(cells) % 2 == 0
        and all(
            TIME.fullmatch(t) and SHOW.fullmatch(p) and not TIME.fullmatch(p)
            for t, p in zip(cells[::2], cells[1::2], strict=True)
        )
    )


def is_channel_name(ln: Line) -> bool:
    """A channel's name alone on its line: ``省卫视``, ``新闻综合频道``, ``CCTV-5``."""
    text = ln.text.strip()
    return ln.kind != "noise" and len(cells_of(text)) == 1 and CHANNEL.fullmatch(text) is not None


def channel_blocks_end(lines: list[Line], start: int) -> tuple[int, int, int]:
    """From ``start``, the channels named alone each over its timed programmes: the index after
    the last, how many channels and how many programmes."""
    k, channels, shows = start, 0, 0
    while k < len(lines) and is_channel_name(lines[k]):
        run = 0
        while (
            k + 1 + run < len(lines)
            and lines[k + 1 + run].kind != "noise"
            and is_timed_row(lines[k + 1 + run].text)
        ):
            run += 1
        if not run:
            break
        channels, shows, k = channels + 1, shows + run, k + 1 + run
    return k, channels, shows


def mark_channel_blocks(lines: list[Line], out: list[Line]) -> None:
    """A TV guide set in blocks, each channel's name alone over its programmes a line each
    (``今晚荧屏`` / ``省卫视`` / ``19:30　电视剧《…》（21、22）`` / ``22:00　综艺《…》`` / ``新闻综合频道`` /
    ``19:00　新闻联播``), is never read: two channels at least, or one under the guide's label with
    two programmes or more.  A fixtures box names teams and venues, not channels, and is read."""
    i = 0
    while i < len(lines):
        end, channels, shows = channel_blocks_end(lines, i)
        if not channels:
            i += 1
            continue
        labelled = guide_label(lines, i - 1)
        if channels >= 2 or (labelled and shows >= PROGRAMMES_MIN):
            start = i - 1 if labelled else i
            out[start:end] = [replace(x, kind="noise", reason="listing") for x in lines[start:end]]
        i = end


def mark_tv_guides(lines: list[Line]) -> list[Line]:
    """A TV guide is never read, with or without a note that it is what is on the air: rows of a
    channel and its timed programmes (``都市生活频道　18:30 生活帮　20:00 周末大剧场``), their wrapped
    tails (``21:00 电视剧《…》``), a channel's row with one programme under them (``公共频道　20:10
    电视剧《…》``), and the label alone right over them (``今日荧屏``); or rows of a
    few broadcasts, each its time, channel and programme (:func:`mark_broadcasts`).

    Only a row whose first cell names a channel (``…频道``, ``…卫视``, ``…电视台``, ``…套``) and
    whose other cells, two or more, are each a time and a programme, none a sentence: a line of a
    story naming a channel and a time (``19:30，市电视台新闻频道将直播…``) is read."""
    out = list(lines)
    mark_broadcasts(lines, out)
    mark_channel_blocks(lines, out)
    for i, ln in enumerate(lines):
        if ln.kind == "noise" or not is_channel_row(ln.text):
            continue
        end = i + 1
        while (
            end < len(lines)
            and lines[end].kind != "noise"
            and (
                is_channel_row(lines[end].text)
                or is_programmes_row(lines[end].text)
                # A channel with one programme tonight, under the guide's rows: its row too.
                or is_one_show_row(lines[end].text)
            )
        ):
            end += 1
        start = i - 1 if guide_label(lines, i - 1) else i
        out[start:end] = [replace(x, kind="noise", reason="listing") for x in lines[start:end]]
    return out

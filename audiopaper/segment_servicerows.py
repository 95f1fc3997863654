"""Rows at a page's foot that speak to readers, never read: where to call, where else to read.

``mark_service_rows(lines)`` makes these lines noise, before the page is walked into stories:

* a row of the paper's services whose cells are its hotline and the channels it posts on too,
  listed: ``都市报新闻热线：0471-6688110　本报微信公众号、抖音号同步更新`` (``"reader service"``; the
  cells :data:`audiopaper.segment_noise.SERVICE_CELL` knows take one channel only);
* a web page's contact line set beside its copyright rows, above or under them:
  ``鸣潭晚报社主办　版权所有　转载请注明出处`` / ``联系电话：0391-3356110`` / ``豫ICP备…号``
  (``"chrome"``: the site's, like the rows about it); the same beside a row only a site's foot
  has: ``建议使用1024×768分辨率浏览`` / ``联系电话：0734-5120000`` / ``总访问量：3128842``.

* a box of public service numbers, a short label naming them alone over rows of cells, each a
  service and its number, two or more a row: ``便民热线`` / ``供水抢修：2216666　燃气抢修：2218119
  供电服务：95598　市长热线：12345`` (``"reader service"``, the label too).

A number in a story's text (``咨询电话：96606`` closing a notice) is read: only a line next to the
site's copyright rows, or a row with the channels' cell, is the page's service.
Why a module of its own: :mod:`audiopaper.segment_noise` is full, and the contact line is judged
by its neighbours.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .segment_chrome import gap_cells, is_copyright_row
from .segment_imprint import is_site_row
from .segment_noise import HOTLINE_CELL, SERVICE_CELL, narrow

if TYPE_CHECKING:
    from .segment_lines import Line

__all__ = ["mark_service_rows"]

# The channels the paper posts on, two or more listed, what it does there after or not:
# "清潭都市报微信公众号、抖音号同步更新", "本报客户端、视频号全程直播".
CHANNEL = r"(?:微信公众号|公众号|微信|微博|抖音号|抖音|视频号|快手号|头条号|客户端|APP|App|app)"
CHANNELS_CELL = (
    rf"(?:[\u4e00-\u9fa5]{{0,10}}?(?:日报|晚报|晨报|时报|早报|都市报|本报|新闻网))?{CHANNEL}"
    rf"(?:[、及和与]{CHANNEL})+(?:同步|同时|全程|每日|实时)?(?:更新|发布|推送|直播|播出)?"
)
SERVICE_ROW = re.compile(rf"(?:{SERVICE_CELL}|{CHANNELS_CELL})")
CHANNELS = re.compile(CHANNELS_CELL)
HOTLINE = re.compile(HOTLINE_CELL)
# One contact field alone on its line: "联系电话：0391-3356110", "电子邮箱：news@…", "地址：…路18号".
CONTACT_LINE = re.compile(
    r"[\u4e00-\u9fa5]{0,6}(?:电话|热线|邮箱|传真|地址|邮编|QQ)\s*[:：]\s*[^\s，。；！？]{3,40}"
)


# A hotline box's label: "便民热线", "便民电话", "常用电话", "服务热线" (a few characters, alone).
DIRECTORY_LABEL = re.compile(r"[\u4e00-\u9fa5]{0,4}(?:热线|电话|号码)")
# One of its cells, a service and its number: "供水抢修：2216666", "市长热线：12345", "供电服务：95598".
NUMBER_CELL = re.compile(r"[\u4e00-\u9fa5]{2,8}\s*[:：]\s*(?:[（(]\d{3,4}[）)])?\d[\d\-—－]{3,}")
DIRECTORY_ROWS_MAX = 3  # rows of numbers under the label, at most


def is_number_row(text: str) -> bool:
    """``供水抢修：2216666　燃气抢修：2218119　市长热线：12345``: two cells or more, each a number."""
    cells = gap_cells(narrow(text))
    return len(cells) >= 2 and all(NUMBER_CELL.fullmatch(c) for c in cells)


def mark_number_boxes(lines: list[Line], out: list[Line]) -> None:
    """A hotline box is never read, its label and its rows: ``便民热线`` / ``供水抢修：2216666　燃气
    抢修：2218119　供电服务：95598``.  Only a label naming numbers over rows of numbers alone, then a
    headline, a box or the page's end: ``市长热线：12345`` alone under a notice's text is read."""
    for i, ln in enumerate(lines):
        if ln.kind not in ("heading", "label") or not DIRECTORY_LABEL.fullmatch(narrow(ln.text).strip()):
            continue
        end = i + 1
        while end < min(len(lines), i + 1 + DIRECTORY_ROWS_MAX) and is_number_row(lines[end].text):
            end += 1
        if end > i + 1 and (end == len(lines) or lines[end].kind in ("heading", "label", "noise")):
            out[i:end] = [
                x if x.kind == "noise" else replace(x, kind="noise", reason="reader service")
                for x in lines[i:end]
            ]


def is_service_row(text: str) -> bool:
    """Service cells apart by wide gaps, a hotline and a list of channels among them."""
    cells = gap_cells(narrow(text))
    return (
        len(cells) >= 2
        and all(SERVICE_ROW.fullmatch(c) for c in cells)
        and any(HOTLINE.fullmatch(c) for c in cells)
        and any(CHANNELS.fullmatch(c) for c in cells)
    )


def is_copyright(ln: Line) -> bool:
    """The site's copyright row, or another row only a web page's foot has (``建议使用1024×768分辨率
    浏览``, ``总访问量：3128842``): a contact line beside either is the site's."""
    return ln.kind == "noise" and (is_copyright_row(narrow(ln.text)) or is_site_row(narrow(ln.text)))


def mark_service_rows(lines: list[Line]) -> list[Line]:
    """``lines`` with rows of the paper's services and contacts beside the site's copyright noise."""
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind == "noise":
            continue
        text = narrow(ln.text).strip()
        if is_service_row(text):
            out[i] = replace(ln, kind="noise", reason="reader service")
        elif CONTACT_LINE.fullmatch(text):
            # Contact lines in a run, a copyright row next to the run above or under.
            j, k = i, i
            while j > 0 and CONTACT_LINE.fullmatch(narrow(lines[j - 1].text).strip()):
                j -= 1
            while k + 1 < len(lines) and CONTACT_LINE.fullmatch(narrow(lines[k + 1].text).strip()):
                k += 1
            if (j > 0 and is_copyright(lines[j - 1])) or (k + 1 < len(lines) and is_copyright(lines[k + 1])):
                out[i] = replace(ln, kind="noise", reason="chrome")
    mark_number_boxes(lines, out)
    return out

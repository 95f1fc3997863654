"""A section desk's hotline row under the page's header, never read.

``is_desk_row(text)`` says whether a stripped line is such a row (called by
:func:`audiopaper.segment_footers.footer_reason`):

* the desk's hotline beside its readers' group or mailbox: ``教育热线：0577-88961234　QQ群：高考交流群
  186542317``, ``健康热线：…　投稿邮箱：x@163.com``;
* or beside the prompt to follow its account: ``旅游热线：0513-86201234　扫码关注“沧河游”``;
* or beside its account by name: ``教育热线：0391-6638120　新浪微博：@X都市报教育``,
  ``房产热线：…　微信公众号：X楼市`` (a service's ``咨询热线：…`` beside an account is a story's).

A story's sentence never takes this shape: a hotline alone in its first cell, then fields apart
by wide gaps with no stop among them.  The hotline alone is :mod:`audiopaper.segment_noise`'s masthead.
Why a module of its own: :mod:`audiopaper.segment_footers` reached its size limit.
"""

from __future__ import annotations

import re

from .segment_chrome import gap_cells
from .segment_imprint import PHONE

__all__ = ["is_desk_row"]

# A section desk's hotline beside its readers' group or mailbox, under the page's header:
# "教育热线：0577-88961234　QQ群：2013高考交流群 186542317" (the hotline alone is noise's masthead).
DESK_HOTLINE = re.compile(rf"[\u4e00-\u9fa5]{{2,4}}热线(?:电话)?\s*[:：]?\s*{PHONE}")
READER_GROUP = re.compile(
    r"(?:QQ|qq|微信|读者|家长|交流)群(?:号)?\s*[:：]\s*[^\s:：，。；]{0,16}\s?\d{5,12}"
    r"|(?:投稿)?(?:邮箱|信箱)\s*[:：]\s*[\w.\-]+@[\w.\-]+"
)


# Or the desk's own account beside its hotline, the prompt to follow it: "旅游热线：0513-86201234
# 扫码关注“沧河游”" (a service's line, "咨询热线：…", may close a story's text: never these).
# Or its account by name, under the page's header: "教育热线：0391-6638120　新浪微博：@X都市报教育",
# "微信公众号：X教育圈" (a field with an @ handle or an account's name, no stop).
DESK_ACCOUNT = re.compile(
    r"(?:新浪|腾讯)?(?:官方)?微博\s*[:：]\s*@[^\s，。；]{2,20}"
    r"|(?:微信公众号|官方微信|公众号|微信号|抖音号|视频号)\s*[:：]\s*@?[^\s，。；：:]{2,20}"
)
SERVICE_DESK = re.compile(r"(?:咨询|服务|报名|预约|订票|订购|投诉|举报|求助|监督|救助|客服)热线")
FOLLOW_CELL = re.compile(
    r"(?:扫码|扫一扫|扫描二维码)(?:关注|订阅)“[^”\s]{1,12}”(?:微信公众号|公众号|微信|视频号)?"
)


def is_desk_row(text: str) -> bool:
    """``教育热线：0577-88961234　QQ群：高考交流群 186542317``: a desk's hotline and readers' group,
    or its account to follow: ``旅游热线：0513-86201234　扫码关注“沧河游”``."""
    cells = gap_cells(text)
    if not (2 <= len(cells) <= 3 and DESK_HOTLINE.fullmatch(cells[0]) is not None):
        return False
    if all(READER_GROUP.fullmatch(c) for c in cells[1:]):
        return True
    return SERVICE_DESK.search(cells[0]) is None and all(
        FOLLOW_CELL.fullmatch(c) or DESK_ACCOUNT.fullmatch(c) for c in cells[1:]
    )

"""A reader's tip credit: who gave the paper the story, and the reward paid for it.

An evening or metro paper closes a story built on a reader's call with the caller's credit, in
brackets, on a line of its own or after the text's last sentence:
``（报料人：孔先生　报料奖：50元）``, ``（爆料人：刘先生　获爆料奖50元）``, ``…进行投诉举报。（线索提供：读者 王阿姨）``.
Like a photo credit it says who supplied the piece, not what happened: it is never read.
A bracket naming a source of facts inside the text (``（据市气象台）``) is not one: only the
tip's own keys (报料人, 爆料人, 线索提供…) followed by a colon make the credit.
"""

from __future__ import annotations

import re

__all__ = ["TIP_CREDIT", "is_tip_credit", "strip_tip_credit"]

# "（报料人：孔先生　报料奖：50元）", "（爆料人：刘先生　获爆料奖50元）", "（线索提供：读者 王阿姨）",
# "（新闻线索提供者：…）": the tip's key, a colon, the tipper (and the reward), in brackets.
TIP_KEY = r"(?:报料|爆料)(?:人|者|读者)|(?:新闻)?线索提供(?:人|者)?|(?:新闻)?线索(?:提供)?来源"
TIP_CREDIT = rf"[（(]\s*(?:{TIP_KEY})\s*[:：]\s*[^（）()\n]{{1,30}}[）)]"
TIP_WHOLE = re.compile(TIP_CREDIT)
# Closing a text line only after its last sentence: "…拨打12365进行投诉举报。（线索提供：读者 王阿姨）".
TIP_TRAIL = re.compile(rf"(?<=[。！？!?”])\s*{TIP_CREDIT}$")


def is_tip_credit(text: str) -> bool:
    """``（报料人：孔先生　报料奖：50元）`` on a line of its own."""
    return TIP_WHOLE.fullmatch(text.strip()) is not None


def strip_tip_credit(text: str) -> str:
    """``…进行投诉举报。（线索提供：读者 王阿姨）`` -> ``…进行投诉举报。``; other text unchanged."""
    return TIP_TRAIL.sub("", text)

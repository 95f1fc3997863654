"""The paper's calls to readers and its page disclaimers, never read.

* a section's call for letters, questions or contributions, its heading naming the caller, over
  how to send them (``"house notice"``): ``本版征集读者来信`` / ``欢迎广大读者来信反映身边的问题，…
  来信请寄：…，或发送电子邮件至…`` ; ``“家长课堂”征集问题`` / ``…欢迎发送邮件至…@…，本刊将邀请专家…``;
  ``“泉韵”副刊征稿`` / ``本版长期征集散文、诗歌…，来稿请注明…。投稿邮箱：…@163.com`` (its text may
  end in the address it gives, no stop after, or the address be on a line of terms under it:
  ``投稿邮箱：…@163.com　来稿请注明…``); or the call on one line, its heading before a colon:
  ``“潭影”副刊征稿：欢迎投寄散文、诗歌、随笔，来稿请发送至…@163.com``;
* a call titled as a notice naming what it collects, over how to send (``"house notice"``):
  ``“我眼中的某某”摄影作品征集启事`` / ``…本报即日起面向社会征集摄影作品。…请发送至邮箱…@163.com…``;
* a page's terms for contributions led by their label, one paragraph
  (``"call for contributions"``): ``来稿须知：本版欢迎理论研究、学习体会类文章，来稿请注明作者姓名…``;
* a page's risk disclaimer, labelled or not, its sentences each a standing warning
  (``"disclaimer"``): ``温馨提示：股市有风险，投资需谨慎。本版内容仅供参考，据此操作风险自担。``.

A story about a call (``我市征集城市文明公约`` / ``本报讯…``) opens with its lead and is read: only
a heading naming the page, the paper or a quoted column as the caller, over at most
``CALL_LINES`` lines of how to send with an address or number in them, and nothing read after.
Why a module of its own: :mod:`audiopaper.segment_notices` is full, and these are the paper's
own words to its readers rather than notices.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_lines import Line, compact
from .segment_noise import narrow

__all__ = ["mark_house_calls"]

# The caller: the page, the paper, or its column in quotes or title marks ("“家长课堂”"), named
# what it is or not: "“泉韵”副刊征稿", "《家园》周刊征稿".
CALLER = r"(?:本版|本报|本刊|本栏目?|本专栏|本周刊|本副刊|“[^”]{2,10}”|《[^》]{2,12}》)(?:栏目|专栏|副刊|周刊|专版|专刊)?"
# "本版征集读者来信", "“家长课堂”征集问题", "本刊长期征集新闻线索".
CALL_HEAD = re.compile(rf"{CALLER}(?:长期|常年|现|即日起)?(?:征集|征求|征稿|约稿)[\u4e00-\u9fa5]{{0,8}}")
# How to send: a welcome and an address, a mailbox or a number to call.
WELCOME = re.compile(r"欢迎|敬请|来信请|来稿请|请寄")
ADDRESS = re.compile(r"@|邮箱|邮件|请寄|寄至|地址\s*[:：]|\d{3,4}[-－—]?\d{6,8}|微信公众号")
# Or a call titled as a notice naming what it collects: "“我眼中的某某”摄影作品征集启事", "征文启事"
# (its text how to send, with an address: a house call whoever's name it bears).
CALL_TITLE = re.compile(r"[^，。！？；：]{0,24}(?:征集|征稿|征文|征联)(?:启事|启示)")
# Its text may end in the address it gives, no stop after: "…投稿邮箱：gqrbfk@163.com".
ADDRESS_END = re.compile(
    r"(?:邮箱|邮件|电话|热线|地址)\s*[:：]\s*[\w.@\-—－]{5,}$|[\w.\-]+@[\w.\-]+\.[a-z]{2,4}$"
)
CALL_LINES = 3  # lines of how to send under the call's heading, at most
# Or the call set as a strip of cells, no heading: "欢迎读者参与评论　来稿请寄：…@163.com　来稿请注明
# 真实姓名…": a cell welcoming readers' pieces, a cell giving where to send them with the address.
STRIP_WELCOME = re.compile(
    r"欢迎(?:广大)?(?:读者|市民|网友)?(?:参与|踊跃)?(?:评论|投稿|来稿|赐稿|来信|参与讨论)"
)
STRIP_SEND = re.compile(
    r"(?:来稿|投稿|来信|稿件)(?:请寄|请发|请投|邮箱|信箱|地址)(?:至|到)?\s*[:：]?\s*\S*(?:@|\d{5,})"
)
GAPS = re.compile(r"\u3000+|[ \t]{2,}")
# Or the call on one line, its heading run in before a colon: "“泉韵”副刊征稿：欢迎投寄散文、诗歌，
# 来稿请发送至…@163.com" (a welcome and the address in it, the address or a stop closing it).
CALL_LINE = re.compile(
    rf"(?P<head>{CALLER}(?:长期|常年|现|即日起)?(?:征集|征求|征稿|约稿)[\u4e00-\u9fa5]{{0,8}})\s*[:：](?P<text>.{{6,}})"
)
# Terms for contributions led by their label: "来稿须知：…", "投稿须知：…", "征稿启事：…".
TERMS = re.compile(r"(?:来稿|投稿|征稿|约稿)(?:须知|要求|说明|启事|指南)\s*[:：].{4,}")
# A page's standing warnings, a sentence each: "股市有风险，投资需谨慎。", "本版内容仅供参考，",
# "据此操作风险自担。", "不构成投资建议。".
WARNING = (
    r"(?:(?:股市|投资|入市|理财)有风险[，,]?\s*(?:入市|投资|理财)需谨慎"
    r"|(?:本版|本文|本栏目?|本刊|以上)[\u4e00-\u9fa5]{0,6}?(?:仅供参考|不构成(?:任何)?投资建议)"
    r"|不构成(?:任何)?投资建议"
    r"|据此(?:操作|投资|入市|买卖)[，,]?\s*风险自(?:担|负))[。！，,；;]?"
)
DISCLAIMER = re.compile(
    rf"(?:(?:温馨|风险|特别|郑重|免责)?(?:提示|声明|提醒)\s*[:：]\s*)?(?:{WARNING}){{2,}}"
)


def call_end(lines: list[Line], start: int, titled: bool = False) -> int:
    """Index after the call headed at ``start`` (its how-to-send lines), or 0 when it is no call.

    A call titled as a notice (``titled``: ``…征集启事``) needs no welcome, only the address."""
    k = start + 1
    while k < min(len(lines), start + 1 + CALL_LINES) and lines[k].kind in ("body", "field"):
        k += 1
    text = narrow("".join(ln.text for ln in lines[start + 1 : k]))
    if k < len(lines) and lines[k].reason == "call for contributions":
        # Its address on a line of terms already skipped under the text: "投稿邮箱：…@163.com　来稿请注明…".
        text += narrow(lines[k].text)
    ended = not lines[k - 1].open or ADDRESS_END.search(narrow(lines[k - 1].text).strip())
    if k == start + 1 or not ended or not ((titled or WELCOME.search(text)) and ADDRESS.search(text)):
        return 0
    while k < len(lines) and lines[k].reason == "call for contributions":
        k += 1
    if k < len(lines) and lines[k].kind in ("body", "field", "byline", "caption"):
        return 0  # text read after it: a story's
    return k


def is_call_line(ln: Line) -> bool:
    """``“泉韵”副刊征稿：欢迎投寄散文、诗歌、随笔，来稿请发送至…@163.com``: a call on one line, its
    caller's heading before a colon, a welcome and an address after it, ending in the address or a stop."""
    text = narrow(ln.text).strip()
    m = CALL_LINE.fullmatch(text)
    return (
        m is not None
        and WELCOME.search(m["text"]) is not None
        and ADDRESS.search(m["text"]) is not None
        and (not ln.open or ADDRESS_END.search(text) is not None)
    )


def is_call_strip(text: str) -> bool:
    """``欢迎读者参与评论　来稿请寄：…@163.com　来稿请注明真实姓名``: a call set in cells, one welcoming
    readers' pieces, one where to send them (an address or number); no cell a sentence of news."""
    cells = [c for c in GAPS.split(text) if c]
    return (
        len(cells) >= 2
        and any(STRIP_WELCOME.match(c) for c in cells)
        and any(STRIP_SEND.match(c) for c in cells)
        and not any(re.search(r"[，。！？；]", c) for c in cells)
    )


def mark_house_calls(lines: list[Line]) -> list[Line]:
    """``lines`` with the paper's calls to readers and its risk disclaimers made noise."""
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind == "noise":
            continue
        text = narrow(ln.text).strip()
        if ln.kind == "heading" and CALL_HEAD.fullmatch(compact(text)) and (end := call_end(lines, i)):
            out[i:end] = [replace(x, kind="noise", reason="house notice") for x in lines[i:end]]
        elif (
            ln.kind == "heading" and CALL_TITLE.fullmatch(compact(text)) and (end := call_end(lines, i, True))
        ):
            out[i:end] = [replace(x, kind="noise", reason="house notice") for x in lines[i:end]]
        elif ln.kind != "noise" and (is_call_line(ln) or is_call_strip(text)):
            out[i] = replace(ln, kind="noise", reason="house notice")
        elif ln.kind in ("body", "field") and TERMS.fullmatch(text) and not ln.open:
            out[i] = replace(ln, kind="noise", reason="call for contributions")
        elif ln.kind in ("body", "field") and DISCLAIMER.fullmatch(text):
            out[i] = replace(ln, kind="noise", reason="disclaimer")
    return out

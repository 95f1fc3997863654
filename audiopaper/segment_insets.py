"""Items set inside a running story, and how the page walk gets back to the story after them.

Why a module of its own: a page prints small items in the column a story's sentence runs
through (a photo story, a box of tips, a headline of the next story); which story the lines after such an item belong to is a convention of its own, apart from
the walk over the page in :mod:`audiopaper.segment_page`.
"""

from __future__ import annotations

import re

from .segment_draft import Draft
from .segment_lines import Line
from .segment_paras import is_item
from .segment_split import split_headline
from .segment_titles import title_by_list

PHOTO_HEAD_MAX = 12  # characters of a photo story's headline


TRAIL_MAX = 2  # paragraphs of a story after a headline set in its sentence, before the next dateline
# The writer's affiliation closing an article, in brackets: "（作者单位：湘陵学院…）", "（作者为…教授）";
# a note on who wrote it, not a paragraph of its text, so not counted among those ``TRAIL_MAX``.
AUTHOR_NOTE = re.compile(r"[（(]\s*作者(?:单位|系|为|是|简介)?\s*[:：]?[^（）()]{2,40}[）)]")


def retitle(old: Draft, stack: list[Line], draft: Draft, page: int, titles: frozenset[str]) -> None:
    """Make ``stack``, set inside the last sentence of ``old``, the headline of ``draft``.

    ``…不少购房者选择在此时`` / ``二手房交易“一站式”办理`` / ``“出手”。`` / ``本报讯（记者 …）…``:
    the headline was read as a sub-head across the open sentence, but nothing of that story
    follows it; a dateline opens the next story there, and the headline is its title.
    """
    numbers = {ln.number for ln in stack}
    noted = bool(old.paras) and AUTHOR_NOTE.fullmatch("".join(old.paras[-1].parts).strip()) is not None
    # The sentence the headline was set in may go on for a paragraph or two of ``old`` before
    # the dateline: "…已有23个小区确定了改造方案，" / ``地铁4号线二期月底开通试运营`` / "其余小区…。"
    # / one more paragraph / ``本报讯（记者 …）…``: the headline is still the next story's.
    # "…（一）…合理确" / ``《湘中农耕文化研究》出版发行`` / "引导…转移。" / "（二）…" / "（三）…" /
    # "（作者单位：…）" / ``本报讯　由…``: the writer's note closing the article adds no paragraph.
    for after in range(TRAIL_MAX + 1 + noted):
        end = len(old.paras) - after
        tail = old.paras[end - len(stack) : end]
        if len(tail) == len(stack) and all(p.kind == "subhead" and p.lines[0] in numbers for p in tail):
            break
    else:
        return
    if any(p.kind != "body" for p in old.paras[end:]):
        return
    del old.paras[end - len(stack) : end]
    for ln in stack:
        old.texts.pop((page, ln.number), None)
        draft.hold(page, ln)
    draft.kicker, draft.title, draft.subtitle = title_by_list(stack, split_headline(stack), titles)


KICKER_MAX = 6  # characters of a column's name set across a sentence as the next story's kicker


def rekick(old: Draft, stack: list[Line], draft: Draft, page: int) -> None:
    """Make a column's name, set inside the last sentence of ``old``, the kicker of ``draft``.

    ``…要抓住春季造林的有利时机，早动手、早安排，`` / ``代表风采`` / ``集中力量打好…攻坚战。`` /
    ``贾秀英：替乡亲们把话带到北京`` / byline: the short name was read as a sub-head across the
    open sentence, but the sentence ends right after it and the next story's headline follows,
    which has no kicker of its own: the name heads that story.
    """
    if draft.kicker is not None or len(stack) != 1 or old.last_open():
        return
    text = (stack[0].rest or stack[0].text).strip()
    if len(text.replace(" ", "")) > KICKER_MAX or not old.paras:
        return
    tail = old.paras[-1]
    if tail.kind != "subhead" or tail.lines != [stack[0].number]:
        return
    del old.paras[-1]
    old.texts.pop((page, stack[0].number), None)
    draft.hold(page, stack[0])
    draft.kicker = text


def resumes(interrupted: Draft | None, item: Draft, ln: Line, text: str, *, indented: bool) -> bool:
    """Whether ``ln`` goes back to the story ``interrupted`` mid-sentence by ``item``.

    ``…记者在一家文具店看到，`` / ``交警提示`` / ``开学首日 这些路段早高峰易拥堵`` / one
    paragraph / ``前来选购书包…的家长络绎不绝。``: a small item without a byline, set in the
    column the sentence runs through, ends after its one finished paragraph; the next flush
    text line is the rest of the sentence.
    """
    if interrupted is None or item.byline is not None or ln.kind != "body" or is_item(text):
        return False
    paras = item.paras  # its text, or a photo story's caption
    if not interrupted.last_open():  # a photo set between two paragraphs (is_photo_between)
        return len(paras) == 1 and paras[0].kind == "caption"
    if indented and ln.indent:
        return False
    return len(paras) == 1 and not paras[0].open


def is_photo_between(cur: Draft, heads: list[Line], nxt: Line | None) -> bool:
    """A photo story set between two paragraphs of the dated story ``cur``: the text after it
    goes on with ``cur``.

    ``新华社北京5月28日电（记者 …）…颗粒归仓”。`` / ``麦浪翻滚收获忙`` / ``5月27日，…联合收割机在
    收获小麦。新华社记者 周  澈 摄`` / ``据气象部门预测，…``: a short headline over one caption
    that carries its photographer's credit is a photo story, whose text is that caption; the
    flush text line after it, with no headline or dateline of its own, is the next paragraph of
    the story around it.
    """
    return (
        cur.has_body()
        and cur.byline is not None
        and len(heads) == 1
        and len(heads[0].rest.replace(" ", "")) <= PHOTO_HEAD_MAX
        and nxt is not None
        and nxt.kind == "caption"
        and nxt.rest != nxt.text  # the caption carries its credit
    )

"""Whether a text line goes on with the paragraph above it, when no open sentence says so.

Why a module of its own: these are conventions of how a paragraph is set and cut (a series
that repeats its lead, a dump that indents its paragraphs, a quote's speaker on a line of its
own), apart from the walk over a page in :mod:`audiopaper.segment_page`.
"""

from __future__ import annotations

import re

from .segment_blocks import LIST_ITEM
from .segment_draft import ParaDraft
from .segment_heads import is_dash_point
from .segment_lines import Line, is_open

# A series cut by a column goes on with the lead its items share: "着力…；着力…；" / "着力…".
SERIES_LEAD = 2  # characters of the lead
SERIES_MIN = 2  # items in the paragraph with that lead
FRAME_MIN = 5  # characters of a phrase framed like the series' item ("对…的项目")
# The speaker of a quote, set on a line of its own when a column cut after the quote:
# "“…一分钱没花就能到厂里上班。”" / "务工人员宝音图说。".
# The speaker may be named with what they were just doing, in one clause without a comma:
# "刚刚在市政务服务中心领到营业执照的朔川恒达物流公司负责人宁向东说。".
ATTRIBUTION = re.compile(r"[^，。！？；：,“”\s]{2,40}(?:说|表示|介绍|告诉记者|坦言|感慨|说道)。")
# The speaker leading a line, then a comma and what else they say: "市政养护工人老马说，…"; or
# the speaker's full stop and the next sentence: "庞德顺说。32年来，他背坏了9个药篓…".
SPEAKER_LEAD = re.compile(r"[^，。！？；：,“”\s]{2,20}(?:说|表示|介绍|坦言|感慨|告诉记者)[，,。](?!$)")
# A quote that is a sentence of its own, no speaker named before it: "…淤泥。“路面不清干净，…出事。”".
BARE_QUOTE = re.compile(r"(?:^|[。！？!?”])“[^“”]+[。！？!?]”$")
# A line that opens an item of its own, never the rest of one: "1.…", "（二）…", "二是…", "第三，…".
ORDINAL = "一二三四五六七八九十"
ITEM_START = re.compile(
    rf"[{ORDINAL}]+(?:是|要|、)|第[{ORDINAL}]+[，、,：:]|[（(][{ORDINAL}]+[）)]|其[{ORDINAL}][，、,：:]"
)


# A list of things trailing off in an ellipsis, its last clause: "烤串、凉皮、小饰品、手机贴膜……".
TRAILING_LIST = re.compile(r"(?:[^，。！？；：,、]+、){2,}[^，。！？；：,、]+…+$")
# A word summing up the things just listed as a kind, the subject of the sentence going on:
# "各色摊位沿街排开", "各类商品", "诸如此类的…".
SUMS_UP = re.compile(r"^(?:各[色种类式样]|诸如此类|凡此种种)")


BLOCKS_MIN = 4  # blocks of text, each opening indented, that show a page indents its paragraphs
INTRO_MIN = 12  # characters of a sentence that announces a list after its colon


def indents_paragraphs(lines: list[Line]) -> bool:
    """Whether a page starts its paragraphs indented, so that a flush text line is a piece of one.

    Most of its text lines are indented (``　　据介绍，…``; a ``key：value`` field set as a
    paragraph, ``　　律师答：…``, counts, or a page of questions and answers would seem to indent
    only half its text), or every block of text (after a headline, a byline, a sub-head) but one,
    an editor's note, opens indented, though its paragraphs run to three lines and more, most of
    them flush (``　　统筹城乡发展，…；`` / ``按照三中全会精神，…`` / ``逐步缩小…差距。``).
    """
    # A flush line that finishes the open sentence of the line above (``　　…一辆停放在一楼楼道里
    # 充电的电动车`` / ``突然起火，…``) is a paragraph's piece in any dump: it shows nothing of
    # how the page starts its paragraphs, so it is left out of the count.
    after_open = {b.number for a, b in zip(lines, lines[1:], strict=False) if a.open and not b.indent}
    share = [
        ln
        for ln in lines
        if (ln.kind == "body" or (ln.kind == "field" and ln.indent > 0)) and ln.number not in after_open
    ]
    if 2 * sum(ln.indent > 0 for ln in share) > len(share):
        return True
    opening = [b for a, b in zip(lines, lines[1:], strict=False) if b.kind == "body" and a.kind != "body"]
    return len(opening) >= BLOCKS_MIN and sum(ln.indent == 0 for ln in opening) <= 1


def is_dash_subhead(ln: Line) -> bool:
    """``——少吃油腻。`` inside a story's text: a point set under a dash, read as a sub-head.

    One that stops mid-sentence (``——多吃时令蔬菜。春笋、菠菜…富含膳食纤维和维生素，`` /
    ``适量多吃有助于增强抵抗力。``) is a paragraph of text cut by the column, never a sub-head:
    a sub-head is finished on its line, so the line under it goes on with it.
    """
    return is_dash_point(ln) and not ln.open


def is_item(text: str) -> bool:
    """``1.办理预付卡…``, ``二是做强特色产业``, ``■市城区…``: text opening an item of a list."""
    return LIST_ITEM.match(text) is not None or ITEM_START.match(text) is not None


# An item counted with its ordinal and a verb: "三是…", "四要…"; or with its ordinal and a
# stop, inside a sentence: "…主要有两方面原因：一、…；" / "二、…".
COUNTED = re.compile(rf"(?P<n>[{ORDINAL}])(?P<verb>[是要、])")


def counts_on(last: ParaDraft, text: str) -> bool:
    """``骆国华：一是…；二是…；`` / ``三是…``: a flush line takes up the count the paragraph was
    running inline, the item before it after a ``；`` or ``：`` there, so it goes on with it; so
    with ordinals and stops: ``…主要有两方面原因：一、…；`` / ``二、…``.  A paragraph that is an
    item itself (``一、…；`` opening its line) runs no count inline."""
    m = COUNTED.match(text)
    if m is None or m["n"] == ORDINAL[0]:
        return False
    before = ORDINAL[ORDINAL.index(m["n"]) - 1] + m["verb"]
    return re.search(rf"[；;：:]{before}", "".join(last.parts)) is not None


def is_attribution(last: ParaDraft, text: str) -> bool:
    """``务工人员宝音图说。`` under a paragraph ending in a quote: the quote's speaker, read with it."""
    return last.parts[-1].rstrip().endswith(("”", "」")) and ATTRIBUTION.fullmatch(text.strip()) is not None


def names_speaker(last: ParaDraft, text: str) -> bool:
    """``…市政工人正在清理淤泥。“路面不清干净，早上上班高峰容易出事。”`` / ``市政养护工人老马说，
    他们从晚上9点干到现在，…``: a paragraph ending in a quote whose speaker it never named (no
    ``X说：`` before it) goes on in a line that names them first, a column cutting after the quote.
    After a quote its paragraph introduced (``他说：“…。”``) such a line is a paragraph of its own."""
    return (
        BARE_QUOTE.search("".join(last.parts).rstrip()) is not None and SPEAKER_LEAD.match(text) is not None
    )


def introduces(last: ParaDraft) -> bool:
    """``…上面密密麻麻记着全村43户贫困户的情况：``: a sentence that ends on a colon announcing
    what it lists, not a speaker's name (``王立群（…教授）：``) or a question's lead (``问：``)."""
    text = "".join(last.parts).rstrip()
    return text.endswith(("：", ":")) and len(text) > INTRO_MIN and re.search(r"[，,。]", text) is not None


def continues_series(
    last: ParaDraft, text: str, ln: Line, *, indented: bool, unmarked: bool, indents: bool = False
) -> bool:
    """A flush line after ``；`` that goes on with the series the paragraph was listing.

    ``…着力深化改革开放，持续优化营商环境；着力推进乡村全面振兴…；`` / ``着力提升城市品质…``:
    a column cut the list, the next item repeats its lead.  In a dump that indents its
    paragraphs, any flush text line goes on, even after ``。`` (``…价格和质量检查。`` /
    ``市民可拨打12315…``: a column cut between sentences), unless it opens an item (``1.…``)
    other than the next of a count the paragraph runs inline (``…；二是…；`` / ``三是…``);
    an indented one is a paragraph of its own.
    In a dump that marks paragraphs neither by indent nor by blank lines, a text line goes on
    too (``…占跨境电商出口额的六成以上；`` / ``进口方面，…``): a paragraph there never ends in
    ``；``, unless it lists items (``一是…；二是…；``) or the line opens one (``1.…``, ``二是…``)
    other than the next of a count the paragraph runs inline (``…原因：一、…；`` / ``二、…``);
    nor on a sentence's colon (``…记着全村43户贫困户的情况：`` / ``谁家有几口人、…``), unless the
    line opens an item or is a ``key：value`` field (``封闭时间：…``).
    So does a flush text line after ``；`` in a dump whose text opens indented under every
    headline, even when the counts leave its indenting unproven (``　　…部分快递员因此不愿意
    使用；`` / ``还有一些快递柜设在露天，…``): a flush line there is a piece of a paragraph, and
    a paragraph does not end on ``；`` unless it lists items.
    """
    if ln.indent or ln.kind != "body":
        return False
    if indented and (not is_item(text) or counts_on(last, text)):
        return True
    if unmarked and introduces(last) and not is_item(text):
        return True
    if not last.parts[-1].rstrip().endswith(("；", ";")):
        return False
    clauses = re.split(r"[；;：:]", "".join(last.parts))
    if (unmarked or indents) and not any(is_item(c) for c in [text, *clauses]):
        return True
    # "…原因：一、…；" / "二、…": the count the sentence runs inline goes on below its "；".
    if (unmarked or indents) and counts_on(last, text):
        return True
    lead = text[:SERIES_LEAD]
    if len(lead) < SERIES_LEAD:
        return False
    if sum(c.startswith(lead) for c in clauses) >= SERIES_MIN:
        return True
    # One item so far, its lead after the paragraph's opening or a comma: "赵恒建强调，要在招商
    # 引资上求突破，…；" / "要在要素保障上求突破，…", "总投资65亿元的…；" / "总投资20亿元的…".
    # Or a phrase of the same frame, its first character and last three shared: "对已经开工的
    # 项目，要…；" / "对正在洽谈的项目，要…。".
    phrases = re.split(r"[；;：:，,]", "".join(last.parts))
    head = re.split(r"[；;：:，,。]", text, maxsplit=1)[0]
    framed = [p.rsplit("。", 1)[-1] for p in re.split(r"[；;：:，,！？!?]", "".join(last.parts))[:-1]]

    def same_frame(p: str) -> bool:
        return min(len(p), len(head)) >= FRAME_MIN and p[0] == head[0] and p[-3:] == head[-3:]

    return not is_item(text) and (
        any(p.startswith(lead) for p in phrases[:-1]) or any(same_frame(p) for p in framed)
    )


def resumes_list(last: ParaDraft, text: str, ln: Line) -> bool:
    """``…灯火通明，烤串、凉皮、小饰品、手机贴膜……`` / ``各色摊位沿街排开，…``: a flush line
    taking up, as a kind, the things the paragraph listed into an ellipsis goes on with it: the
    ellipsis there is an "and so on", not the sentence's end.  A new sentence after such a list
    (``…装卸、过秤、分拣……`` / ``“节后第一周，…”``) is a paragraph of its own.
    """
    return (
        ln.indent == 0
        and ln.kind == "body"
        and TRAILING_LIST.search("".join(last.parts).rstrip()) is not None
        and SUMS_UP.match(text.strip()) is not None
    )


SOLID_BULLET = re.compile(r"^[■◆●▪•]")


def next_item(last: ParaDraft, text: str) -> bool:
    """``●新建…幼儿园18所，新增学位1.5万个`` / ``●改造老旧小区86个…``: a line led by the bullet
    that led the paragraph is the list's next item, though the item before ends unpunctuated."""
    m = SOLID_BULLET.match(last.parts[0]) if last.parts else None
    return m is not None and text.startswith(m[0])


def goes_on(last: ParaDraft, text: str, ln: Line, *, indented: bool, unmarked: bool, indents: bool) -> bool:
    """Whether body line ``ln`` (its text ``text``) goes on with the paragraph ``last``: an open
    sentence, a series cut by a column, a quote's speaker set alone under it, or a list's kind
    taken up after its ellipsis.

    A field-shaped line continues an open sentence only if it finishes it: ``向这些默默付出的人``
    / ``道一声：辛苦了！``; an info box's ``封闭时间：11月27日23时`` stays a line of its own.
    """
    if last.kind != "body" or (ln.kind == "field" and is_open(text)):
        return False
    if next_item(last, text):
        return False
    return (
        last.open
        or continues_series(last, text, ln, indented=indented, unmarked=unmarked, indents=indents)
        or is_attribution(last, text)
        or (ln.indent == 0 and names_speaker(last, text))
        or resumes_list(last, text, ln)
    )

"""Classify single lines of a newspaper page dump, before anything is grouped into stories.

Each line gets one :class:`Line`: noise with a reason (masthead, chrome, credits; the tables
live in :mod:`audiopaper.segment_noise`), a jump marker, a byline or dateline (their shapes live
in :mod:`audiopaper.segment_bylines`), a headline-like
line, a key/value field, a caption or body.
Why a separate pass: these are facts about one line and the conventions of Chinese papers
(``本报讯(记者 董艳竹)``, ``(下转二版)``, ``新华社记者李刚摄``); the story assembler in
:mod:`audiopaper.segment` then only decides what the sequence of kinds means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from .segment_bylines import (
    BRACKETED_DATELINE,
    BULLETS,
    CONSULTANT,
    DATELINE,
    RIGHT_INDENT,
    SIGNATURE,
    SIGNED_NAME,
    UNIT_WRITER,
    WEB_AUTHOR,
    WEB_AUTHOR_LAST,
    WRITER,
    names_web_author,
    run_in_credit,
    split_byline_tokens,
    standalone_byline,
    web_fields_author,
)
from .segment_jumps import JUMP_LEAD, JUMP_WHOLE, JUMP_WORDS_OUT, trailing_jump
from .segment_noise import CREDIT_TRAIL, PAGE_NO, classify_noise
from .segment_tips import is_tip_credit, strip_tip_credit

LineKind = Literal[
    "noise",
    "jump_out",
    "jump_in",
    "byline",
    "page_ref",
    "teaser",
    "heading",
    "label",
    "field",
    "caption",
    "body",
]

# Sentence-final punctuation: a line ending in one of these is a finished paragraph.  A
# closing quote only finishes one after such a mark (``…新格局”。`` vs ``“必须…作用”``).
FINAL = "。！？!?…；;：:）)」』】"
CLOSERS = "”’\"'」』"
# A title may end in a short aside in brackets, never a sentence: "…扩至各县（市）"; a weekday
# after a date ("4月15日（周二）") or a line set in cells ("15:30  中超第7轮  …（客场）") is a
# schedule's line, not a title.
TRAILING_ASIDE = re.compile(r"(?<!日)[（(](?!周|星期)[\u4e00-\u9fa5]{1,3}[）)]$")
# Headlines rarely end in a particle or preposition; body fragments cut by a column do.
FRAGMENT_END = "的地得和与及或在对把被将从向，、（(“《—"
# 对 after a number is a measure of pairs, never a preposition cut off: "动车10月起增开2对";
# nor at the end of a verb it belongs to: "城市如何应对", "坦然面对".
PAIRS_COUNTED = re.compile(r"(?:(?:\d|[一二两三四五六七八九十])对|(?:应|面|核|比|反|绝|相|配)对)$")
# 在 as a verb after "still" ends a clause: "灯会还在", "初心仍在".
STILL_THERE = re.compile(r"(?:还|仍|依然|依旧|犹|都)在$")
# A noun of place ends in 地 too, never a fragment: "建设生态高地", "打造研学基地" (but "高高地");
# and so does 落地, a plan or project come down to earth: "城南片区改造项目落地".
PLACE_DI = re.compile(
    r"(?:(?<!高)高|基|园|阵|土|各|两|湿|绿|营|腹|胜|福|天|外|本|内|当|耕|林|草|陆|境|产|源|宝|圣"
    r"|落|场|工|实|属|用|驻|田|盆|重|要|原|(?<!大)大|目的|所在|发源|集散)地$"
)

CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
# "3版" under a teaser headline, or "详见第四版", "▶3版", "见A5版>>", "（详见第6版）".
PAGE_REF = re.compile(
    rf"[（(]?\s*[▶►>→]*\s*(?:详见|见|参见)?\s*第?\s*(?P<no>{PAGE_NO})\s*版\s*[>》▶►→]*\s*[）)]?"
)
TEASER_INLINE = re.compile(
    rf"^(?P<text>.{{4,40}}?)\s*(?:[（(]\s*(?:详见|见)\s*第?\s*(?P<a>{PAGE_NO})\s*版\s*[）)]|\s+[▶►>→]*\s*(?:详见|见|参见)?\s*第?\s*(?P<b>{PAGE_NO})\s*版\s*[>》▶►]*)$"
)

# "●全市城乡居民医保参保率达98.6%　（2版）", "▲全市第九届运动会落幕（7版）": a front page's
# guide, a bullet or arrow then the page alone.
TEASER_BULLET = re.compile(
    rf"^[●■◆▪·•▲△▶►]\s*(?P<text>.{{4,40}}?)\s*[（(]\s*第?\s*(?P<b>{PAGE_NO})\s*版\s*[）)]$"
)
# "◆新型肺炎诊疗方案（第九版）": a document's edition, not a page, after a document's name.
DOCUMENT_EDITION = re.compile(r"(?:方案|指南|规范|标准|目录|办法|条例|细则|纲要|规划|教材|手册|清单|》)$")
# "“春风行动”送岗位2.6万个　A04": a guide's headline, then the page's code alone after a space.
TEASER_CODE = re.compile(r"^(?P<text>.{4,40}?)[ \u3000]+(?P<b>[A-Z]\s?\d{1,2})$")
# "▲相关报道见A12版", "◆《…建设》详见A03版": a cross-reference after a story, marked by an arrow
# or a bullet, to a later page.
TEASER_XREF = re.compile(
    rf"^[▲△▶►→◆◇●■]+\s*(?P<text>[^，。！？；]{{2,30}}?)\s*(?:详见|见|参见)\s*第?\s*(?P<b>{PAGE_NO})\s*版\s*[>》▶►]*$"
)
# "▶ 详见第5版 春耕备耕有序推进": the page reference printed before the teaser headline.
TEASER_LEAD = re.compile(
    rf"^[▶►>→]+\s*(?:详见|见|参见)?\s*第?\s*(?P<b>{PAGE_NO})\s*版\s*[：:]?\s*(?P<text>.{{4,40}})$"
)
SPACES = re.compile(r"[\s\u3000]+")
# Characters that print nothing: a byte-order mark at the top of a saved page, zero-width spaces.
INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"

CAPTION_LEAD = re.compile(r"^(?:图为|▲|△|图[①②③④⑤⑥⑦⑧⑨\d]|[上下左右]图[：:]|图[：:])")

# An answer's sentence stops mid-phrase on these, never a box's value ("地点：市民广场"): a particle
# or a preposition (not 地 or 在, which end places: "集合地点：…基地").
FIELD_CUT = "的得和与及或对把被将从向（(“《"
# A key, then a colon that is not a score or a ratio ("主场3:1逆转…" is a headline).
FIELD = re.compile(r"^[\u4e00-\u9fa5A-Za-z0-9（）()]{2,12}(?<!\d)[：:]\s*\S")
# An editor's note leading a story: "编者按：…", "【编者按】…", "编者的话：…".
EDITORS_NOTE_LEAD = re.compile(r"^[【［\[]?\s*编\s*者\s*(?:按|注|的话)")
# A column label may quote a word inside it: "【战“疫”一线】".
LABEL = re.compile(r"^[（(【\[〔]\s*([\u4e00-\u9fa5·\s“”‘’]{2,12}?)\s*[）)】\]〕]$")
# A campaign's long name set solid in round brackets: "（深入学习实践科学发展观活动）".  A spaced
# line in 【】 that long is a sub-head ("【价格差距大　从几百元到几千元】"), never a label.
LONG_LABEL = re.compile(r"^[（(]([\u4e00-\u9fa5“”]{13,16})[）)]$")
SIGNOFF = re.compile(r"^[—-]{1,2}\s*编\s*者$")
AUTHOR_NOTE = re.compile(r"^[（(]\s*(?:作者|本文作者)(?:系|为|是|单位)")
# A poem's title, marked as one of several or a sequence: "春分（外一首）", "江南（组诗）".
POEM_TITLE = re.compile(
    r"^[^，。！？；：,]{1,16}[（(]\s*(?:外[一二三四五六七八九两]首|组诗|[二三四五六七八九]首)\s*[）)]$"
)


@dataclass(frozen=True, slots=True)
class Line:
    """One classified non-blank input line: ``text`` is the stripped line, ``rest`` the part to read."""

    number: int  # 1-based input line number
    text: str
    kind: LineKind
    reason: str = ""  # for noise; "signed flush right" for a byline set at a piece's end
    rest: str = ""  # body text after a leading dateline/marker, caption without its credit
    byline: str = ""  # dateline or byline found on this line
    jump_out: int | None = None  # trailing "(下转二版)"
    jump_in: int | None = None  # leading or trailing "(上接一版)"
    open: bool = False  # ends mid-sentence, so a column break may have cut it
    opens: bool = False  # a title that opens a story of its own: a brief's in a box of briefs
    indent: int = 0  # leading blank columns of the raw line (a full-width space is two)


def parse_page_number(token: str) -> int | None:
    """``"05"``, ``"A3"``, ``"三"``, ``"十二"`` -> page number; why: markers mix both numeral kinds."""
    token = re.sub(r"\s+", "", token).lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    if token.isdigit():
        return int(token)
    if not token or any(ch not in CN_DIGITS and ch != "十" for ch in token):
        return None
    if "十" not in token:
        return CN_DIGITS[token[-1]] if len(token) == 1 else None
    tens, _, ones = token.partition("十")
    return (CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (CN_DIGITS.get(ones, 0) if ones else 0)


def chinese_numeral(n: int) -> str:
    """10 -> 十, 3 -> 三, 24 -> 二十四: how a page number is spoken in a jump note."""
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")
    return str(n)


def compact(text: str) -> str:
    """Text without its spaces: a line letter-spaced ("简　讯", "林  泉") or set apart by gaps
    compares equal to the same words set solid, as a list and a stack may print them."""
    return SPACES.sub("", text)


def is_open(text: str) -> bool:
    """True when ``text`` stops mid-sentence, e.g. ``…通过视频察看海警舰艇编队执行``."""
    text = text.rstrip()
    if not text:
        return False
    if text[-1] in CLOSERS:
        return len(text) < 2 or text[-2] not in FINAL
    return text[-1] not in FINAL


def is_headline_like(text: str) -> bool:
    """Short and unpunctuated like a headline or sub-head (``明确13项服务事项``), not a cut body line."""
    compact = text.replace(" ", "").replace("\u3000", "")
    if not 2 <= len(compact) <= 40 or "。" in compact[:-1]:
        return False
    if text.startswith(("“", "‘", "「")) and text.endswith(("”", "’", "」")):
        return True
    # A short aside in brackets closes a title, not a sentence: "小额贷款公司试点扩至各县（市）".
    if compact == text and (m := TRAILING_ASIDE.search(text)) and m.start() >= 4:
        compact = compact[: m.start()]
        text = compact
    if not is_open(text) or (
        compact[-1] in FRAGMENT_END
        and not PLACE_DI.search(compact)
        and not is_still_there(text)
        and not PAIRS_COUNTED.search(compact)
    ):
        return False
    return not ("，" in compact and len(compact) > 24)


def is_still_there(text: str) -> bool:
    """``元宵过了　灯会还在``: spaced short clauses, the last ending on 在 as a verb (still there),
    never the preposition a column cut off (``…他们都在`` / ``努力工作``)."""
    clauses = text.replace("\u3000", " ").split()
    return len(clauses) >= 2 and all(2 <= len(c) <= 8 for c in clauses) and bool(STILL_THERE.search(text))


def indent_width(raw: str) -> int:
    """Leading blank columns of ``raw``: a full-width space is two."""
    lead = raw[: len(raw) - len(raw.lstrip(" \t\u3000"))]
    return sum(2 if ch == "\u3000" else 1 for ch in lead)


def is_right_signature(raw: str, text: str) -> bool:
    """``　　　　　　　　何  苗``: a writer's name (or a letter's ``读者  刘建华``) set flush right."""
    return indent_width(raw) >= RIGHT_INDENT and bool(SIGNED_NAME.match(text) or SIGNATURE.match(text))


def classify_line(number: int, raw: str) -> Line | None:
    """Classify one input line; ``None`` for a blank line (``str.strip`` leaves nothing)."""
    line = read_line(number, raw)
    if line is not None and (indent := indent_width(raw)):
        return replace(line, indent=indent)
    return line


def read_line(number: int, raw: str) -> Line | None:
    """:func:`classify_line` but for the line's indent."""
    if not raw.strip():
        return None
    text = raw.strip().strip(f"\u3000{INVISIBLE}").strip()
    if not text:  # only a byte-order mark or zero-width spaces: non-blank, but nothing to read
        return Line(number, raw.strip(), "noise", reason="invisible characters")
    # The author may be a bare name, as a commentary signs: "作者：金　石　　来源：…".
    # Or the author comes last, after the date and the source: "2016-10-26　来源：…　作者：胡  越".
    m = WEB_AUTHOR.match(text) or WEB_AUTHOR_LAST.match(text)
    if m and names_web_author(m["by"]):
        return Line(number, text, "byline", reason="web author", byline=re.sub(r"[\s\u3000]+", " ", m["by"]))
    # Fields in any order, or under bracketed keys: "发布日期：…　作者：本报记者 宋  洁　点击数：312",
    # "【作者】本报记者 周  明　【来源】…　【时间】…"; an empty author field names nobody.
    if (author := web_fields_author(text)) is not None:
        if not author:
            return Line(number, text, "noise", reason="web meta")
        return Line(number, text, "byline", reason="web author", byline=author)
    if reason := classify_noise(text):
        return Line(number, text, "noise", reason=reason)
    if is_tip_credit(text):  # "（报料人：孔先生　报料奖：50元）": who tipped the paper off
        return Line(number, text, "noise", reason="tip credit")
    if is_right_signature(raw, text):
        return Line(
            number, text, "byline", reason="signed flush right", byline=re.sub(r"[\s\u3000]+", " ", text)
        )
    if m := JUMP_WHOLE.fullmatch(text):
        no = parse_page_number(m["no"])
        kind: LineKind = "jump_out" if m["dir"] in JUMP_WORDS_OUT else "jump_in"
        return Line(
            number,
            text,
            kind,
            jump_out=no if kind == "jump_out" else None,
            jump_in=no if kind == "jump_in" else None,
        )
    if PAGE_REF.fullmatch(text):
        return Line(number, text, "page_ref", jump_out=parse_page_number(PAGE_REF.fullmatch(text)["no"]))
    jump_in = jump_out = None
    rest = strip_tip_credit(text)  # "…举报。（线索提供：读者 王阿姨）": the tip's credit is not read
    if m := JUMP_LEAD.match(rest):
        if m["dir"] not in JUMP_WORDS_OUT:
            jump_in, rest = parse_page_number(m["no"]), rest[m.end() :]
    if m := trailing_jump(rest):
        no = parse_page_number(m["no"])
        if m["dir"] in JUMP_WORDS_OUT:
            jump_out = no
        else:
            jump_in = no
        rest = rest[: m.start()].rstrip()
    if BRACKETED_DATELINE.fullmatch(rest):
        return Line(number, text, "byline", reason="bracketed dateline", byline=rest)
    if standalone_byline(rest) or WRITER.match(rest) or CONSULTANT.match(rest) or UNIT_WRITER.match(rest):
        return Line(
            number,
            text,
            "byline",
            byline=re.sub(r"[\s\u3000]+", " ", rest.lstrip(BULLETS)).strip(),
            jump_in=jump_in,
            jump_out=jump_out,
        )
    if credit := run_in_credit(rest):
        return Line(
            number,
            text,
            "byline",
            rest=credit[1],
            byline=credit[0],
            jump_in=jump_in,
            jump_out=jump_out,
            open=is_open(credit[1]),
        )
    if m := DATELINE.match(rest):
        byline, after = re.sub(r"[\s\u3000]+", " ", m.group(0).strip()), rest[m.end() :]
        if not m["paren"]:
            extra, after = split_byline_tokens(after)
            byline = f"{byline} {extra}".strip()
        after = after.strip()
        if not after or after[0] not in "，,。":
            return Line(
                number,
                text,
                "byline",
                rest=after,
                byline=byline,
                jump_in=jump_in,
                jump_out=jump_out,
                open=is_open(after),
            )
    common = {"jump_in": jump_in, "jump_out": jump_out}
    if (
        (
            (m := TEASER_INLINE.match(rest))
            or (m := TEASER_LEAD.match(rest))
            or (m := TEASER_XREF.match(rest))
            or (m := TEASER_BULLET.match(rest))
            or (m := TEASER_CODE.match(rest))
        )
        and is_headline_like(m["text"])
        and not (m.re is TEASER_BULLET and DOCUMENT_EDITION.search(m["text"]))
    ):
        page = parse_page_number(m.groupdict().get("a") or m["b"])
        return Line(number, text, "teaser", rest=m["text"].strip(), jump_out=page)
    if AUTHOR_NOTE.match(rest):  # "（作者为国家统计局研究员）" closes an opinion piece
        return Line(number, text, "body", rest=rest, **common)
    if m := LABEL.match(rest) or LONG_LABEL.match(rest):
        return Line(number, text, "label", rest=re.sub(r"\s+", "", m[1]), **common)
    if SIGNATURE.match(rest):
        return Line(number, text, "body", rest=rest, **common)
    if SIGNOFF.match(rest):
        return Line(number, text, "body", rest=re.sub(r"\s+", "", rest), **common)
    if m := CREDIT_TRAIL.search(rest):
        caption = rest[: m.start()].rstrip()
        if caption and len(m["credit"]) <= 26:
            return Line(number, text, "caption", rest=caption, **common)
    if CAPTION_LEAD.match(rest) and not is_open(rest):
        return Line(number, text, "caption", rest=rest, **common)
    if POEM_TITLE.match(rest):
        return Line(number, text, "heading", rest=rest, **common)
    if EDITORS_NOTE_LEAD.match(rest):
        # An editor's note is prose however short, never a "key：value" field: cut by a column it
        # goes on below ("编者按：…记者就市民关心的问题" / "采访了市城市管理局有关负责人。").
        return Line(number, text, "body", rest=rest, open=is_open(rest) and jump_out is None, **common)
    if FIELD.match(rest) and len(rest) <= 60 and jump_out is None:
        # Cut at a comma it goes on below: "长洲区住建局答：经现场核查，…纳入今年市政道路维修计划，",
        # or inside a phrase, past a comma: "许国良：去年…农民工落户，并享受与城镇居民同等的".
        # A value that already holds a finished sentence is prose, cut where it stops unfinished:
        # "编者：记者就此事咨询了市体育局。该局表示，…损坏器材将在10月中旬前" / "维修或更换…".
        cut = (
            rest.endswith(("，", ",", "、"))
            or ("，" in rest and rest[-1] in FIELD_CUT)
            or (re.search(r"[。！？]", rest[:-1]) is not None and is_open(rest))
        )
        return Line(number, text, "field", rest=rest, open=cut, **common)
    if is_headline_like(rest) and jump_out is None:
        return Line(number, text, "heading", rest=re.sub(r"[\s\u3000]+", " ", rest), **common)
    cut = is_open(rest) or ends_in_gloss(rest)
    return Line(number, text, "body", rest=rest, open=cut and jump_out is None, **common)


# A gloss in brackets after a noun, the sentence going on below: "…也可以到所在村（社区）" /
# "代办点缴费。"; never a story's end mark ("（完）", "（待续）") or a series' part ("（上）").
GLOSS_END = re.compile(r"[\u4e00-\u9fa5][（(](?!完|续|待续|上|中|下|附)[\u4e00-\u9fa5]{1,4}[）)]$")
PROSE_MIN = 24  # characters of a line that is prose, not a heading or a list's item


def ends_in_gloss(text: str) -> bool:
    """``…到所在村（社区）``: a prose line (a comma in it) stopped after a bracketed gloss."""
    return len(text) >= PROSE_MIN and "，" in text and GLOSS_END.search(text) is not None

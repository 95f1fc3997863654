"""A writer's signature at the end of a piece: its byline, never read as its last line.

An essay, a comment, a poem or a reader's letter is often signed at its foot, not under its
title: ``…不妨多想一想。`` / ``（江  帆）``; ``…方便市民出行。`` / ``——读者　侯建平``; ``…早日把这条
路修通。`` / ``城南区枫林小区居民　唐建华``; ``…坐在台灯下读书。`` / ``东潭市城北区　史晓琴``; or a bare
name indented as a paragraph, ``　　宗  涛``.  A name set flush right is caught line by line
(:func:`audiopaper.segment_lines.is_right_signature`); these shapes are told only by where they
stand, so this pass looks at the lines around them.

Why a module of its own, and why before the walk: a signature is a fact of the piece's end (its
text finished above it), not of the line alone -- a bare ``宗  涛`` under a headline is a byline
too, ``（江  帆）`` over one would be a column's label -- and once the line is marked as a byline
signed at the foot, :func:`audiopaper.segment_credits.signs_story_above` gives it to the story
above, whatever follows (an author note ``（作者单位：…）`` or an editor's reply is still that
story's text).

A reader's letter is signed the same way, whether it opens with a salutation (``编辑同志：`` …
``读者　王建民``) or not, and whether the page sets the signature flush or at a paragraph's indent:
the signer is its byline, announced with its headline, not a last line read after the text.

A page that indents nothing sets the signature flush: a two-character name letter-spaced as only
names are (``…一口香。`` / ``柯  蓝`` / the next headline) signs the piece above all the same, never
a label letter-spaced alike (``导  读``, ``公　告``).  An office signs its tip or notice after a dash
(``…门店办卡。`` / ``——市市场监督管理局``): the issuer is the box's byline.

A Q&A or a digest is credited at its foot to the reporter who put it together (``…提交申请。`` /
``本报记者 柴  宁 整理``): over the piece's end (a headline, a web page's author field) that credit
signs the piece above, never opens a story with no text.

The last piece on a page may be signed by a bare name set solid and flush (``…传得很远。`` /
``赵小满`` / ``征稿启事`` / ``“关山月”副刊常年征集…来稿请发…@126.com``): with only the page's call for
contributions under it, the name heads no text, so it is no headline but the piece's signature.

The rule is narrow: the line above is finished text (a stop ends it); a signature marked as one
(a dash, a bullet, brackets) may also close verse lines; a bare name, with no mark, only when the
next line ends the piece (a headline, a label, the page's furniture, a web page's meta, nothing).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_bylines import SIGNATURE, SIGNED_NAME
from .segment_housecalls import CALL_HEAD, CALL_TITLE, call_end, is_call_line, is_call_strip
from .segment_letters import is_salutation
from .segment_lines import AUTHOR_NOTE, EDITORS_NOTE_LEAD, Line, compact
from .segment_noise import narrow

QUESTION_MAX = 30  # characters of a letter's title asking its question
SPACES = re.compile(r"[\s\u3000]+")
NAME = r"[\u4e00-\u9fa5·](?:[ \u3000]{0,3}[\u4e00-\u9fa5·]){1,2}"
# The writer's place before the name, set apart: "东潭市城北区　史晓琴", "塘西区　读者　刘桂芝".
# A reader may name the estate they live in after the district: "城北区东湖苑　钱卫东",
# "南城区枫林小区　唐建华" (only after a district's or town's name, never a bare "植物园").
ESTATE = r"(?:[\u4e00-\u9fa5]{1,8}(?:小区|社区|花园|家园|新村|苑|园|街道))?"
PLACED = re.compile(
    rf"^[\u4e00-\u9fa5]{{1,10}}[省市县区乡镇村]{ESTATE}[ \u3000]+(?:(?:读者|市民|网友|村民|居民)[ \u3000]+)?{NAME}$"
)
# A mark before the name: "——读者　侯建平", "——钱  雨", "□ 卢  苇", "■ 王  丽", "◎晏  舟".
MARKED = re.compile(r"^(?:[—－-]{1,2}|[□■●◆◎])\s*(?P<sig>\S.*)$")
# A two-character name letter-spaced as only names are ("柯  蓝", "蔚　然"): a signature even set
# flush on a page that indents nothing.  Never a page's or a box's label letter-spaced the same
# way ("导  读", "公　告", "简　讯", "广　告", "国　际"): those words are no name.
SPACED_NAME = re.compile(r"^[\u4e00-\u9fa5](?: {2,3}|\u3000{1,2})[\u4e00-\u9fa5]$")
SPACED_LABELS = frozenset(
    "导读 公告 通告 简讯 快讯 短讯 广告 国际 国内 要闻 本地 社会 综合 财经 经济 体育 文化 文体 娱乐 副刊 "
    "时评 评论 观点 民生 法治 教育 健康 科技 旅游 军事 专题 地方 环球 天下 两岸 港澳 提示 提醒 链接 背景 "
    "声音 观察 视点 关注 现场 数据 数说 图说 图片 漫画 新闻 动态 资讯 聚焦 特写 速览 目录 征稿 启事 声明".split()
)
# Labels naming a kind of item, short as a name: never a signature under an author note.
ITEM_KINDS = frozenset(
    "摄影 图片 图说 随手拍 诗歌 散文 随笔 书评 小说 杂文 美文 札记 游记 故事 读书 书香".split()
)
# An office that issues a tip or a notice signs it after a dash: "——沃林市市场监督管理局".
ISSUER = re.compile(
    r"^[\u4e00-\u9fa5]{2,20}(?:局|委员会|办公室|中心|公司|协会|学会|支队|大队|管理处|管理所|集团|银行|法院|检察院|医院)$"
)
# A compiler's credit in brackets closing a box of quotes or briefs: "（郝  蕾 辑）", "（林 晓 整理）".
COMPILER = re.compile(
    r"^[（(]\s*(?P<sig>[\u4e00-\u9fa5](?:[ \u3000]{0,3}[\u4e00-\u9fa5]){1,2}[ \u3000]*(?:辑|整理|摘编|编辑))\s*[）)]$"
)
# Or brackets round it: "（江  帆）".
BRACKETED = re.compile(r"^[（(]\s*(?P<sig>[^（()）]+?)\s*[）)]$")
# Words a bracket or a dash also holds after text that are no writer: a serial's end mark, a
# column's kind, a part of a series ("（完）", "（待续）", "（时评）", "——编者").
NOT_A_NAME = re.compile(
    r"^(?:完|全文完|待续|未完|续完|上|中|下|编者|时评|来论|短评|快评|评论|随笔|杂谈|述评|新闻)"
)


def signature_name(text: str, *, marked_only: bool = False) -> tuple[str, bool] | None:
    """``(byline, marked)`` when ``text`` is only a writer's signature: the byline keeps the
    name's spacing but drops its mark; ``marked`` when a dash, bullet or brackets set it off."""
    text = text.strip(" \u3000")
    m = MARKED.match(text) or BRACKETED.match(text)
    sig = m["sig"].strip(" \u3000") if m else text
    if marked_only and m is None:
        return None
    if NOT_A_NAME.match(SPACES.sub("", sig)):
        return None
    if SIGNED_NAME.match(sig) or SIGNATURE.match(sig) or PLACED.match(sig):
        return sig, m is not None
    if m is not None and text[:1] in "—－-" and ISSUER.match(sig):
        return sig, True
    return None


def is_spaced_name(text: str) -> bool:
    """``柯  蓝``: a two-character name letter-spaced, no label's word (see :data:`SPACED_LABELS`)."""
    text = text.strip(" \u3000")
    return SPACED_NAME.match(text) is not None and SPACES.sub("", text) not in SPACED_LABELS


def under_author_note(lines: list[Line], i: int) -> bool:
    """``lines[i]`` stands right under an author note (``（作者单位：中共某市委党校）``), nothing
    between (a web page's meta under the note ends the piece: the line under it heads the next)."""
    prev = lines[i - 1] if i else None
    return (
        prev is not None
        and prev.kind == "body"
        and AUTHOR_NOTE.match((prev.rest or prev.text).strip()) is not None
    )


def is_finished_text(ln: Line) -> bool:
    """A text line that ends its sentence (a letter's first paragraph, ``编辑同志：…。``, set as a
    ``key：value`` field, counts when a stop ends it)."""
    if ln.kind == "field":
        return ln.text.rstrip().endswith(("。", "！", "？", "”")) and ln.jump_out is None
    return ln.kind == "body" and not ln.open and ln.jump_out is None


def ends_piece(nxt: Line | None) -> bool:
    """What may follow a bare name that signs the piece above: the next headline or label, the
    page's furniture (its call for readers' pieces too), a web page's meta, an author note, an
    editor's reply, or nothing."""
    if nxt is None or nxt.kind in ("heading", "label", "noise", "teaser"):
        return True
    if nxt.kind == "byline" and nxt.reason == "web author":
        return True
    rest = nxt.rest or nxt.text
    if nxt.kind == "body" and (is_call_line(nxt) or is_call_strip(narrow(nxt.text).strip())):
        # The page's call for readers' pieces, not yet skipped as such ("欢迎读者参与评论　来稿请寄：…").
        return True
    return nxt.kind == "body" and (
        AUTHOR_NOTE.match(rest) is not None or EDITORS_NOTE_LEAD.match(rest) is not None
    )


# Who put a Q&A or a digest together, credited at its foot: "本报记者 柴  宁 整理", "晚报记者 汪  琳 编译".
COMPILED_BY = re.compile(r"(?:整理|编译)$")
# The paper's own commentator signing its comment at the foot: "本报评论员", "本报特约评论员".
COMMENTATOR = re.compile(r"^(?:本报|本刊|本台|本网)(?:特约)?评论员$")


def signs_compiled(lines: list[Line], i: int) -> bool:
    """``lines[i]``, a reporter's credit closed by 整理 or 编译, or the paper's commentator
    (``本报评论员``), alone under finished text and over the piece's end (a headline, the page's
    furniture, a web page's author field): the piece's byline, signed at its foot (``…提交申请。`` /
    ``本报记者 柴  宁 整理`` / ``作者：柴  宁　来源：…``; ``…推动高质量发展。`` / ``本报评论员`` / the weather)."""
    ln = lines[i]
    credit = compact(ln.text)
    if ln.kind != "byline" or ln.rest or ln.reason:
        return False
    if not COMPILED_BY.search(credit) and not COMMENTATOR.match(credit):
        return False
    prev = next((p for p in reversed(lines[:i]) if p.kind != "noise"), None)
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return prev is not None and is_finished_text(prev) and ends_piece(nxt)


def mark_signoffs(lines: list[Line]) -> list[Line]:
    """Mark each signature at a piece's foot as a byline signed there (see the module's docstring)."""
    out = [
        replace(ln, reason="signed flush right") if signs_compiled(lines, i) else ln
        for i, ln in enumerate(lines)
    ]
    for i in range(1, len(lines)):
        ln = lines[i]
        if ln.kind not in ("body", "heading", "label") or ln.jump_in is not None or ln.jump_out is not None:
            continue
        prev = next((p for p in reversed(lines[:i]) if p.kind != "noise"), None)
        if prev is None:
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (c := COMPILER.match(ln.text.strip())) and prev.kind == "body" and ends_piece(nxt):
            # "…——网友“山行者”" / "（郝  蕾 辑）" / "快评": the box's compiler signs it at its foot,
            # even under quotes that close after their stop; never the next piece's kicker.
            out[i] = replace(ln, kind="byline", reason="signed flush right", rest="", byline=c["sig"])
            if nxt is not None and nxt.kind == "heading":
                out[i + 1] = replace(out[i + 1], opens=True)
            continue
        found = signature_name(ln.text)
        if found is None:
            continue
        byline, marked = found
        named = bool(SIGNATURE.match(byline) or PLACED.match(byline))  # a place or 读者 before it
        if not is_finished_text(prev) and not marked and not under_author_note(lines, i):
            continue
        if marked:
            # A bullet also marks a sub-head ("■提醒") over text: only over the piece's end.
            ok = is_finished_text(prev) and ends_piece(nxt)
            ok = ok or (named and is_finished_text(prev))
        elif named:
            # A place or 读者 before the name tells a signer, flush or at a paragraph's indent.
            ok = True
        else:
            # A bare name stands as a paragraph does, indented: a headline or label ("公告",
            # "数据", a cartoon's "陶  然　作") is set flush.
            # Letter-spaced as only a two-character name is, it may stand flush ("柯  蓝").
            ok = (ln.indent > 0 or is_spaced_name(ln.text)) and ends_piece(nxt)
            # Under the piece's author note ("（作者单位：…）" / "储晓岚" / the next label) a name
            # set solid and flush signs the piece all the same: the note already closed its text.
            # Never a label of a kind of item over the next one ("摄影", "诗歌") set the same way.
            # Nor a column's label right over a title and its text ("今日谈" / "“一米线”里见文明" /
            # text): it heads the next piece.
            solid = compact(ln.text)
            heads_piece = (
                nxt is not None
                and nxt.kind == "heading"
                and i + 2 < len(lines)
                and lines[i + 2].kind == "body"
            )
            ok = ok or (
                under_author_note(lines, i)
                and ends_piece(nxt)
                and not heads_piece
                and solid not in SPACED_LABELS
                and solid not in ITEM_KINDS
            )
            ok = ok or (ln.kind == "heading" and over_house_call(lines, i + 1))
        if ok:
            out[i] = replace(
                ln, kind="byline", reason="signed flush right", rest="", byline=SPACES.sub(" ", byline)
            )
            # The piece is closed: a headline right under its signature opens the next story,
            # never a sub-head of the signed one ("读者　许秋云" / "热线回音" / "◆读者反映：…").
            if nxt is not None and nxt.kind == "heading":
                out[i + 1] = replace(out[i + 1], opens=True)
            if named and (h := letter_title(lines, i)) is not None:
                out[h] = replace(out[h], kind="heading", rest=out[h].text.strip(), opens=True)
    return out


def over_house_call(lines: list[Line], k: int) -> bool:
    """``lines[k]`` heads the page's call for contributions (``征稿启事`` / ``…来稿请发…@126.com``),
    the rest of the page under it: nothing but that call follows."""
    if k >= len(lines) or lines[k].kind != "heading":
        return False
    head = compact(narrow(lines[k].text))
    titled = CALL_TITLE.fullmatch(head) is not None
    if not titled and CALL_HEAD.fullmatch(head) is None:
        return False
    end = call_end(lines, k, titled)
    return end > 0 and all(ln.kind == "noise" for ln in lines[end:])


def letter_title(lines: list[Line], i: int) -> int | None:
    """The index of the title of a reader's letter signed at ``lines[i]``, when a column's label
    stands over it and finished text of another piece over that: ``…早日修通。`` / ``读者呼声`` /
    ``老年证办理能否就近在社区？`` / text / ``塘西区　读者　刘桂芝``.  A letter has no sub-heads, so the
    title opens a story of its own, never a sub-head of the text above.  A title asking its
    question ends in a question mark like a sentence: it is told by standing flush and short
    between the label and the letter's indented paragraphs.  With no label, a headline right over
    the letter's salutation (``编辑同志：``) under finished text is its title."""
    k = i - 1
    while k >= 0 and lines[k].kind in ("body", "field", "noise"):
        k -= 1
    if k < 1 or k + 2 >= i or lines[k].kind not in ("label", "heading"):
        return None
    above = next((p for p in reversed(lines[:k]) if p.kind != "noise"), None)
    if lines[k].kind == "heading" and is_salutation(lines[k + 1]):
        # No label: the title stands right over the salutation (``…没有发生过火灾。`` /
        # ``一张暖心的退费单`` / ``编辑同志：`` / … / ``读者　韦秀英``).
        return k if above is not None and is_finished_text(above) else None
    title, first = lines[k + 1], lines[k + 2]
    asks = (
        title.kind == "body"
        and not title.indent
        and len(compact(title.text)) <= QUESTION_MAX
        and title.text.rstrip().endswith(("？", "?"))
        and first.kind == "body"
        and first.indent > 0
    )
    return k + 1 if asks and above is not None and is_finished_text(above) else None

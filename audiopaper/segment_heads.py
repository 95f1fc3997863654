"""Headline stacks: which lines head a story, as their neighbours decide.

Why a module of its own: the conventions of headline typesetting (a ``——`` point, a column's
name, a question over a byline, a photo story) are facts about a few neighbouring lines, apart
from the walk over the page in :mod:`audiopaper.segment_page`; how a stack splits into kicker,
title and subtitle is in :mod:`audiopaper.segment_split`, and the page's own list of its
headlines is read in :mod:`audiopaper.segment_titles`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_bylines import SIGNATURE
from .segment_letters import is_salutation
from .segment_lines import EDITORS_NOTE_LEAD, Line, compact, is_headline_like
from .segment_namelines import is_signed_name, signs_under_title
from .segment_photos import PHOTO_TITLE_MAX, is_photo_story
from .segment_runon import SPEAKER

__all__ = ["is_photo_story"]  # re-exported: segment_boxes reads photo stories through this module

# A writer's name after a bullet: a 时评's signature at its end (``●石  言``) or, under an
# essay's or a poem's headline, its byline (``□ 张德明``, ``○ 赵远山``, a commentary's ``◎岭  言``).
SIGNATURE_LINE = re.compile(r"^[●■◆□○◎]\s*(?P<name>[\u4e00-\u9fa5](?:[ \u3000]{0,3}[\u4e00-\u9fa5]){1,2})$")
# A column's name set above its title, a kicker however long the title: "名词解释", "书边小札".
# Four characters at most: "候鸟迁徙追踪" over "今年首批白鹤抵达鄱阳湖" is a title and its subtitle.
# A hotline's number may lead it: "12345热线回音" over the reply it reports.  A 副刊's column is
# named for its genre, letters or notes: "澄溪书简" over the essay "外婆的灶台".
COLUMN_NAME = re.compile(
    r"(?:\d{3,6})?[\u4e00-\u9fa5]{0,2}(?:特稿|观点|纵横|解释|书架|小札|札记|追踪|视点|时评|随笔|漫谈|书评|访谈|"
    r"夜话|茶座|讲堂|释疑|问答|解读|速写|回音|回声|书简|手札|漫笔|散记|絮语|笔记)"
)
# A box inside a feature, after its text and before its end: "记者手记", "【编后】": the
# reporter's or editor's own word on the story, read with it.
ASIDE = re.compile(
    r"[【〔\[（(]?\s*(?:(?:记者|采访|编辑)(?:手记|札记|观察|笔记)|编后(?:语|记)?)\s*[】〕\]）)]?"
)
# A box of background facts beside a story, under a label and often its own title ("相关链接"
# / "“菜篮子”价格监测怎么做"): an item of its own, the label its kicker.
LINK_BOX = re.compile(r"[【〔\[（(]?\s*(?:相关|背景|知识|政策|新闻)?链接\s*[】〕\]）)]?")
BARE_PAGE = re.compile(r"[A-ZＡ-Ｚ]?\s*[\d０-９]{1,3}")
# A box of short items under one title: "法治简讯", "本地快讯", "科技速递".
BRIEFS = re.compile(r"(?:简讯|快讯|速递|短波|简报|集锦|速览)$")
# A box of voices, quotes each signed after a dash: "两会声音", "代表心声", "委员之声" over
# "“…”——全国人大代表、…"; an item of its own wherever it stands, when a quote follows.
VOICES = re.compile(r"(?:声音|心声|之声|语录|金句|微言)$")
# A speaker's attribution after a quote, cut by the column at a place or body that names
# where the speaker works: "…做精做强。”——全国人大代表、岚河县" / "富源核桃合作社理事长梁春花".
ATTRIBUTION_CUT = re.compile(
    r"[”\"]\s*——[\u4e00-\u9fa5、·]{2,30}(?:、|[省市县区州旗镇乡村局厅委院校社司厂所站队]|中心|集团|公司)$"
)
# A column where the editors talk to readers, an item of its own wherever it stands: "编读往来".
EDITORS_DESK = re.compile(r"(?:编读往来|编读互动|编读之间|编辑部的话|编者的话|读者之声)$")
# A tag over a headline saying whose report it is: "本报专稿", "本报驻京记者专稿", "特约专稿".
EXCLUSIVE_TAG = re.compile(r"[\u4e00-\u9fa5]{0,10}专稿")
DECK_MAX = 40  # characters of a sentence-like subtitle under a title
DECK_LIST_MAX, DECK_POINT_MAX = 64, 24  # a deck listing points: "…5800个；…15分钟；…全覆盖"
DATELINE = re.compile(r"(?<!通)讯|电")  # "本报讯（记者 罗  娟）", "新华社北京3月15日电", never 通讯员


def stands_alone(heads: list[Line], nxt: Line | None) -> bool:
    """A box that is an item of its own wherever it stands, never a sub-head of the story above.

    Briefs (``法治简讯``), the editors' column (``编读往来``), a box of background facts
    (``相关链接`` over its own title), and a box of voices over a quote (``两会声音`` / ``“…”——全国人大代表、…``).
    """
    text = heads[0].rest or ""
    # A short label is often set letter-spaced across its box: "简　讯" is "简讯".
    solid = compact(text)
    return (
        (len(heads) == 1 and BRIEFS.search(solid) is not None)
        or (len(heads) == 1 and EDITORS_DESK.fullmatch(text) is not None)
        or (
            len(heads) == 1
            and VOICES.search(text) is not None
            and nxt is not None
            and (nxt.rest or nxt.text).lstrip("◎●·").startswith(("“", '"'))
        )
        # Under its own title ("相关链接" / "“菜篮子”价格监测怎么做") the box is an item; a bare
        # label over a few facts ("相关链接" / "今年以来，我市已新增…") is the story's own sub-head.
        or (LINK_BOX.fullmatch(text) is not None and len(heads) > 1)
    )


def is_dash_point(line: Line) -> bool:
    """``——握指成拳，以各自优势形成合力。``: a point sub-head (or a subtitle under a title)."""
    text = line.rest or line.text
    return (
        line.kind in ("body", "heading")
        and text.startswith("——")
        and len(text) <= 40
        and "编" not in text[2:4]
    )


def is_question_title(ln: Line) -> bool:
    """``异地就医备案怎么办？``: a short question with no other punctuation, shaped like a title.

    One comma may split it in two clauses: ``孩子反复咳嗽，是不是得了哮喘？``.
    """
    solid = compact(ln.rest or ln.text)
    return (
        ln.kind == "body"
        and 4 <= len(solid) <= 24
        and solid[-1] in "？?"
        and not re.search(r"[。；：,;:！!]", solid[:-1])
        and solid.count("，") <= 1
    )


def is_cut_note(ln: Line | None) -> bool:
    """``编者按：…本期我们请来``: an editor's note stopped mid-sentence, going on past a headline."""
    return (
        ln is not None and ln.kind == "body" and ln.open and bool(EDITORS_NOTE_LEAD.match(ln.rest or ln.text))
    )


LEAD_IN_MAX = 30  # characters of a scene-setting kicker that leads into its headline


def is_dash_lead_in(ln: Line) -> bool:
    """``凌晨一点，江堤下传来呼救声——``: a short line set flush (no paragraph indent) that ends
    in a dash leading into the line under it; a paragraph's text is indented or runs on."""
    text = compact(ln.rest or ln.text)
    return ln.kind == "body" and not ln.indent and text.endswith("——") and 6 <= len(text) <= LEAD_IN_MAX


def is_cheer(ln: Line) -> bool:
    """``加油！``, ``点赞！``: a short exclamation and nothing else, shaped like a photo's title."""
    text = (ln.rest or ln.text).strip()
    return (
        ln.kind == "body"
        and 2 <= len(text) <= PHOTO_TITLE_MAX // 2
        and text[-1] in "！!"
        and not re.search(r"[，。；：、,;:？?]", text)
    )


def is_kicker_label(ln: Line | None) -> bool:
    """``读者来信``, ``理论热点面对面``: a short unpunctuated column name (8 chars at most) over the next title."""
    return ln is not None and ln.kind in ("heading", "label") and len(ln.rest.replace(" ", "")) <= 8


def is_speaker_lead(ln: Line) -> bool:
    """``国家发改委：``: a short name and a colon alone on a line, what they say left for the next."""
    return ln.kind == "body" and SPEAKER.fullmatch(compact(ln.rest or ln.text)) is not None


# A reader's question, asked, called in or written: "市民问：…", "读者王先生来电：…", "读者来信：…".
# A web user asks under a quoted screen name: "网友“北门老街坊”问：…".
QUESTION_LEAD = re.compile(
    r"^[\u4e00-\u9fa5]{0,6}(?:“[^”]{1,16}”)?(?:问|提问|咨询|留言|来电|来信)\s*[:：]\s*\S"
)


def is_asked(ln: Line) -> bool:
    """``市民问：长洲区新兴二路…请问什么时候能修好？``, ``读者王先生来电：…``: a reader's question
    (or call, or letter) opening a Q&A column."""
    return bool(QUESTION_LEAD.match((ln.rest or ln.text).strip()))


def promote_headlines(lines: list[Line]) -> list[Line]:
    """Re-read lines whose kind their neighbours decide.

    * A short ``key：value`` line with no final punctuation that opens a story is its headline:
      ``世界气象组织：今年或成有记录以来最暖年份`` before ``新华社日内瓦12月2日电…``; a field
      never stands between a finished sentence and a dateline or byline.
    * So is one set inside the first sentence of an untitled story led by its dateline:
      ``综合新华社电　世界卫生组织…报告呼吁各国`` / ``世卫组织：全球结核病发病率略有下降`` /
      ``加大防治投入，…``.
    * So is one set between two headline lines (``城市足球联赛`` / ``第8轮：电力队客场逆转`` /
      ``水泥厂队主场1∶2失利``), or under a column's name over the editor's note (``民生调查`` /
      ``社区食堂：一顿饭里的“大民生”`` / ``编者按：…``).
    * A short question over a byline, or between a headline line and a ``——`` subtitle, or
      under a column's name, is a headline (``政策解读`` /
      ``异地就医备案怎么办？`` / ``本报记者 秦雯``), and so is one under a column's name over a
      letter's salutation (``读者来信`` / ``老旧小区充电桩何时能装上？`` / ``编辑同志：``) or
      over a reader's question (``市民问政`` / ``小区门口道路坑洼何时修？`` / ``市民问：…``) or
      over a headline line (``（关注医保改革）`` / ``门诊共济报销怎么用？`` / ``专家解答…5个问题``),
      though it ends like a sentence; inside a story it stays text.  So is one set inside the
      editor's note that leads it: ``编者按：…本期我们请来`` / ``孩子反复发烧　啥时候该去医院？`` /
      ``儿科专家，就读者关心的问题进行解答。``.
    * An unfinished sentence between a headline and a byline alone, or a dateline leading the
      text, is the story's subtitle: ``百件秦汉文物“住进”新展厅`` / ``市博物馆“长安遗珍”特展开幕，
      首日吸引观众1.2万人次`` / ``晚报记者 任  芳`` (or ``本报讯（记者 罗  娟）3月15日，…``);
      text never stands between a headline and its byline.
    * A tag saying whose report follows, over a headline, is its kicker: ``本报驻京记者专稿`` /
      ``小额贷款公司试点扩大…`` / ``本报北京11月3日电（记者 …）…``.
    * A short exclamation over a photo's caption (its credit run in) is the photo's title:
      ``加油！`` / ``8月14日，观众…加油助威。新华社记者 谢 鸣 摄``.
    * The line after a bare page number is its section's name, never read: ``A11`` / ``文体新闻``.
    * A name after a bullet closing a column is its writer's signature: ``●石  言``; under a
      headline it is the byline: ``以新质生产力赋能…`` / ``□ 张德明``; so is a bare name of two
      or three characters between a headline and text: ``项目开工更要“开好局”`` / ``石  川`` / text.
    * So is a name after a bullet right after an editor's note that opens the story:
      ``以产业融合推动…`` / ``编者按：…`` / ``□ 杨绍华`` / text.
    * The rest of a quote's attribution cut at a place or a workplace is text, not a headline:
      ``…”——全国人大代表、岚河县`` / ``富源核桃合作社理事长梁春花``.
    * A speaker's name over a colon alone, between a finished sentence and a headline line
      over a byline, is the headline's first line: ``国家发改委：`` / ``今年国内粮食有望再获丰收``
      / ``新华社北京9月20日电…`` (the title is the two joined, as on one line).
    * A reader's signature between a letter's title and its text is its byline:
      ``小区健身器材坏了谁来修`` / ``读者　王  丽`` / ``编辑同志：…``.
    """
    out = list(lines)
    for i, ln in enumerate(lines):
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        after_sentence = prev is None or not prev.open
        if ln.kind == "field" and is_headline_like(ln.rest) and nxt is not None and nxt.kind == "byline":
            if after_sentence:
                out[i] = replace(ln, kind="heading", rest=re.sub(r"[\s\u3000]+", " ", ln.rest))
        elif is_set_in_dateline(lines, i):
            out[i] = replace(ln, kind="heading", rest=re.sub(r"[\s\u3000]+", " ", ln.rest))
        elif (
            ln.kind == "field"
            and is_headline_like(ln.rest)
            and prev is not None
            and prev.kind in ("heading", "label")
            and nxt is not None
            and (
                nxt.kind == "heading"
                or (is_kicker_label(prev) and EDITORS_NOTE_LEAD.match(nxt.rest or nxt.text) is not None)
            )
        ):
            # "城市足球联赛" / "第8轮：电力队客场逆转" / "水泥厂队主场1∶2失利": set between two
            # headline lines, a short "X：Y" is a line of the stack, never an info box's field; so
            # under a column's name over the editor's note ("民生调查" / "社区食堂：…" / "编者按：…").
            out[i] = replace(ln, kind="heading", rest=re.sub(r"[\s\u3000]+", " ", ln.rest))
        elif is_question_title(ln) and (
            (after_sentence and nxt is not None and nxt.kind == "byline")
            # "高考倒计时7天" / "最后一周，考生该怎么过？" / "——听听名校老师…怎么说": in a stack.
            or (prev is not None and prev.kind == "heading" and nxt is not None and is_dash_point(nxt))
            # "（关注医保改革）" / "门诊共济报销怎么用？" / "专家解答市民关心的5个问题": under a
            # column's name, over a headline line.
            or (is_kicker_label(prev) and nxt is not None and nxt.kind == "heading")
            or (is_kicker_label(prev) and nxt is not None and (is_salutation(nxt) or is_asked(nxt)))
            # "编者按：冬季是…本期我们请来" / "孩子反复发烧　啥时候该去医院？" / "儿科专家，就…解答。":
            # set inside the note that leads it, the question is its piece's headline.
            or (is_cut_note(prev) and nxt is not None and nxt.kind == "body")
        ):
            out[i] = replace(ln, kind="heading", rest=re.sub(r"[\s\u3000]+", " ", ln.rest))
        elif is_deck_sentence(ln) and prev is not None and prev.kind == "heading" and is_story_byline(nxt):
            out[i] = replace(ln, kind="heading", rest=re.sub(r"[\s\u3000]+", " ", ln.rest))
        elif (
            is_speaker_lead(ln)
            and after_sentence
            and nxt is not None
            and nxt.kind == "heading"
            and i + 2 < len(lines)
            and lines[i + 2].kind == "byline"
        ):
            # "国家发改委：" / "今年国内粮食有望再获丰收" / "新华社北京…电": who speaks, set on a
            # line of its own over what they said; the first line of a two-line headline.
            out[i] = replace(ln, kind="heading", rest=compact(ln.rest or ln.text))
        elif (
            is_dash_lead_in(ln)
            and after_sentence
            and nxt is not None
            and nxt.kind == "heading"
            and i + 2 < len(lines)
            and lines[i + 2].kind in ("heading", "byline")
        ):
            # "凌晨一点，江堤下传来呼救声——" / "外卖小哥跳进冰冷江水 救起轻生女子" / byline: a
            # scene set flush over a headline, leading into it with a dash, is its kicker.
            out[i] = replace(ln, kind="heading", rest=compact(ln.rest or ln.text))
        elif is_signed_name(ln) and prev is not None and prev.kind in ("heading", "label"):
            if signs_under_title(lines, i):  # not under a signed date, nor over a piece signed at its foot
                out[i] = replace(ln, kind="byline", rest="", byline=re.sub(r"[\s\u3000]+", " ", ln.text))
        elif (
            ln.kind == "body"
            and SIGNATURE.match(ln.rest or ln.text)
            and prev is not None
            and prev.kind == "heading"
            and nxt is not None
            and nxt.kind in ("body", "field")
        ):
            # A letter signed under its title: "小区健身器材坏了谁来修" / "读者　王  丽" / text.
            out[i] = replace(ln, kind="byline", rest="", byline=re.sub(r"[\s\u3000]+", " ", ln.text))
        elif (
            ln.kind == "heading"
            and prev is not None
            and prev.kind == "body"
            and ATTRIBUTION_CUT.search(prev.rest or prev.text)
            and len(ln.rest.replace(" ", "")) <= DECK_MAX // 2
            and not re.search(r"[，。！？；：]", ln.rest)
        ):
            out[i] = replace(ln, kind="body", open=False)
        elif is_cheer(ln) and after_sentence and nxt is not None and nxt.kind == "caption":
            # "加油！" over "8月14日，观众…加油助威。新华社记者 谢 鸣 摄": a photo's title.
            out[i] = replace(ln, kind="heading", rest=ln.rest or ln.text)
        elif EXCLUSIVE_TAG.fullmatch(ln.text) and nxt is not None and nxt.kind == "heading":
            # "本报驻京记者专稿" over a headline tags the story as the paper's own: its kicker,
            # never a byline with no story under it (the dateline names the writers).
            out[i] = replace(ln, kind="label", rest=ln.text, byline="", reason="")
        elif ln.kind == "heading" and prev is not None and is_bare_page_number(prev):
            out[i] = replace(ln, kind="noise", reason="section name")
        elif (m := SIGNATURE_LINE.match(ln.text)) and (
            (prev is not None and prev.kind in ("heading", "label")) or follows_headed_note(lines, i)
        ):
            out[i] = replace(ln, kind="byline", rest="", byline=re.sub(r"[\s\u3000]+", " ", m["name"]))
        elif (
            (m := SIGNATURE_LINE.match(ln.text))
            and prev is not None
            and prev.kind == "body"
            and after_sentence
        ):
            if nxt is None or nxt.kind in ("heading", "label", "noise"):
                out[i] = replace(ln, kind="byline", rest="", byline=compact(m["name"]))
    return out


NOTE_LINES = 6  # lines of an editor's note set between a headline and the byline


def is_set_in_dateline(lines: list[Line], i: int) -> bool:
    """``综合新华社电　…报告呼吁各国`` / ``世卫组织：全球结核病发病率略有下降`` / ``加大防治投入，…``:
    a short ``key：value`` line set in the open first sentence of a story that starts with its
    dateline and has no headline above it is that story's headline, never a field of its text."""
    ln, prev, nxt = lines[i], lines[i - 1] if i else None, lines[i + 1] if i + 1 < len(lines) else None
    return (
        ln.kind == "field"
        and not ln.open
        and is_headline_like(ln.rest)
        and is_story_byline(prev)
        and prev is not None
        and bool(prev.rest)
        and prev.open
        and (i < 2 or lines[i - 2].kind not in ("heading", "label"))
        and nxt is not None
        and nxt.kind == "body"
    )


def follows_headed_note(lines: list[Line], i: int) -> bool:
    """``lines[i]`` comes right after an editor's note that the headline opens with.

    ``以产业融合推动…`` / ``编者按：…本版今日刊发`` / ``市委党校专家的研究文章，敬请关注。`` /
    ``□ 杨绍华`` / text: the writer's name under the note is the article's byline.
    """
    if i == 0 or lines[i - 1].kind != "body" or lines[i - 1].open:
        return False
    for j in range(i - 1, max(i - 1 - NOTE_LINES, 0), -1):
        if lines[j].kind != "body":
            return False
        if EDITORS_NOTE_LEAD.match(lines[j].rest or lines[j].text):
            return lines[j - 1].kind == "heading"
    return False


def is_deck_sentence(ln: Line) -> bool:
    """``市博物馆“长安遗珍”特展开幕，首日吸引观众1.2万人次``: a clause or two, no final stop.

    Or the story's points listed apart by semicolons, each a short clause: ``今年秋季，城区新增
    学位5800个；中小学课间延长至15分钟；学校食堂实现“明厨亮灶”全覆盖`` (a deck of highlights).
    """
    text = ln.rest or ln.text
    if ln.kind != "body" or not ln.open or re.search(r"[。！？：]", text):
        return False
    if "；" not in text:
        return len(text) <= DECK_MAX
    points = text.split("；")
    return len(text) <= DECK_LIST_MAX and all(2 <= len(p) <= DECK_POINT_MAX for p in points)


def is_story_byline(ln: Line | None) -> bool:
    """``晚报记者 任  芳`` alone, or a dateline leading the text: ``本报讯（记者 罗  娟）3月15日，…``."""
    return (
        ln is not None
        and ln.kind == "byline"
        and not ln.reason
        and (not ln.rest or DATELINE.search(ln.byline) is not None)
    )


def is_bare_page_number(ln: Line) -> bool:
    """``A11``: a page header that is only the page's number, its section named on the next line."""
    return ln.kind == "noise" and ln.reason == "page header" and bool(BARE_PAGE.fullmatch(ln.text))

"""Headline stacks: which lines head a story, and how a stack splits into kicker, title, subtitle.

Why a module of its own: the conventions of headline typesetting (a ``——`` subtitle, a
bracketed column label, a kicker ending ``…时强调``) are facts about a few neighbouring lines,
apart from the walk over the page in :mod:`audiopaper.segment_page`; the page's own list of its
headlines is read in :mod:`audiopaper.segment_titles`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_bylines import SIGNED_NAME
from .segment_lines import Line, is_headline_like, is_open
from .segment_runon import join_runs

# A writer's name after a bullet: a 时评's signature at its end (``●石  言``) or, under an
# essay's or a poem's headline, its byline (``□ 张德明``, ``○ 赵远山``).
SIGNATURE_LINE = re.compile(r"^[●■◆□○]\s*(?P<name>[\u4e00-\u9fa5](?:[ \u3000]{0,3}[\u4e00-\u9fa5]){1,2})$")
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
# A column where the editors talk to readers, an item of its own wherever it stands: "编读往来".
EDITORS_DESK = re.compile(r"(?:编读往来|编读互动|编读之间|编辑部的话|编者的话|读者之声)$")
# A kicker's ending: a leader's words, an occasion, or a competition's round ("…联赛第九轮",
# "…大奖赛第三站").
KICKER_CUE = re.compile(
    r"(?:强调|指出|表示|时|之际|前夕|期间|周年|回信|致信|致电|批示|讲话|要求|[:：]"
    r"|第[\d一二三四五六七八九十百]{1,4}(?:轮|场|站|比赛日))$"
)
# The anniversary a story is told on, as its first clause before a space: "庆祝中国共产党成立100周年
# 全市干部群众收听收看庆祝大会盛况" is kicker + title, like the same two clauses in two lines.  A
# day's eve stays in its title on one line: "“3·15”前夕 我市集中销毁假冒伪劣商品".
OCCASION = re.compile(r"(?:周年|之际)$")
OCCASION_MIN = 6  # characters: "建党百年之际" at least
# What a subtitle under a leader's news ends with: "陈立峰主持并讲话", "李强王沪宁出席".
# A headline naming an event that happens ends in its verb: "首届夏都“花儿”音乐周开幕", "…推进会召开".
# Under a theme ("“花儿”唱响夏夜广场") it is the title, the theme its kicker; never a subtitle.
EVENT_END = re.compile(
    r"(?:开幕|闭幕|召开|举行|举办|启动|启幕|揭幕|揭牌|开工|开通|开业|落幕|开赛|启用|竣工|通车|投产)$"
)
SUBTITLE_CUE = re.compile(r"(?:主持|讲话|出席|参加|陪同|致辞|作报告|会见|主持并讲话)$")
# A figure, in digits or as an amount in words: "2800万吨", "每斤降至八毛" (never "三周", a span).
FIGURE = re.compile(r"\d|[一二三四五六七八九十两半][十百千万亿]*(?:元|角|毛|块|分钱|斤|公斤|吨|成|倍)")
DATE = re.compile(r"(?:\d{1,4}年)?\d{1,2}月(?:\d{1,2}[日号])?|\d{1,2}[日号]")
# A figure closing a line, the amount it reports: "…进度过两成", "…增长8.3%", "…8.6万件".
FIGURE_END = re.compile(
    r"(?:\d|[一二三四五六七八九十两半])(?:[%％成倍]|[十百千万亿]*(?:元|件|个|户|人次|人|吨|亩|家|项|辆|公里))?$"
)
# A pronoun taking up what the line above named: "将其扶到路边", "对其进行救治".
BACK_REFERENCE = re.compile(r"(?:将|把|对|为|使|让|帮|助|给|与|向)其")
# A deck that lists or pauses is a subtitle, never the second half of its title: "鲜花、蔬菜、咖啡…".
DECK_PUNCT = re.compile(r"[，、,]")
DECK_MIN = 8  # characters of the title before a deck set on its line after a space
DECK_MAX = 40  # characters of a sentence-like subtitle under a title
# A series' name over its story's title, a theme and where (or among whom) it is lived:
# "两会精神在基层", "暖心服务在一线", "“两山”实践在岐川".  A verb of placing before "在" makes a
# title's clause instead: "把群众的冷暖放在心上".
SERIES = re.compile(r"[\u4e00-\u9fa5“”]{2,8}(?<![放落摆写记刻装留住存藏挂印])在[\u4e00-\u9fa5]{2}")
# A route as a title's first line: "雪屏至丽川" / "旅游专列6月开行" is one title (the route names the
# train, road or flight of the second line), never a column's name over it.
ROUTE = re.compile(r"[\u4e00-\u9fa5]{2,4}(?:至|到|—)[\u4e00-\u9fa5]{2,4}")
DATELINE = re.compile(r"(?<!通)讯|电")  # "本报讯（记者 罗  娟）", "新华社北京3月15日电", never 通讯员


def is_dash_point(line: Line) -> bool:
    """``——握指成拳，以各自优势形成合力。``: a point sub-head (or a subtitle under a title)."""
    text = line.rest or line.text
    return (
        line.kind in ("body", "heading")
        and text.startswith("——")
        and len(text) <= 40
        and "编" not in text[2:4]
    )


def is_slogan(text: str) -> bool:
    """Parallel short clauses split by a space (``春季植树 全城添绿``): a kicker above a plain title."""
    clauses = text.split()
    return len(clauses) >= 2 and all(2 <= len(c) <= 8 for c in clauses)


def is_title_pair(first: str, second: str) -> bool:
    """One title set in two lines: ``主场3:1逆转金陵星火`` / ``甬城海港提前两轮保级成功``.

    Why: a long title is broken into two plain clauses of like length, the second no shorter;
    a subtitle under a title is shorter (``全年计划新增三百部``) or a pair of spaced clauses
    (``持续深化市校合作 推动实现互利共赢``), or one that lists or pauses (``鲜花、蔬菜、咖啡出口额…``).
    """
    a, b = (x.replace("\u3000", " ").strip() for x in (first, second))
    if " " in a or " " in b or SUBTITLE_CUE.search(b) or DECK_PUNCT.search(b):
        return False
    # A first line closed by its figure is a full report ("全国夏粮小麦收获进度过两成" /
    # "麦收主战场由南向北梯次推进"), and a second line that points back at the first is a sentence
    # of its own ("醉酒男子躺在马路中间" / "巡警及时将其扶到路边"): title + subtitle.
    if FIGURE_END.search(a) or BACK_REFERENCE.search(b):
        return False
    if FIGURE.search(b) and not FIGURE.search(a):  # "沅州港二期工程开港运营" / "年吞吐能力提升至2800万吨"
        return False
    return 8 <= len(a) <= len(b) <= 16 and len(b) - len(a) <= 3


def is_subtitle_line(text: str) -> bool:
    """A line shaped like a subtitle: ``陈立峰主持并讲话``, or spaced clauses of a summary
    (``分析研判当前经济形势 部署四季度重点工作``)."""
    clauses = text.replace("\u3000", " ").split()
    return SUBTITLE_CUE.search(text) is not None or (
        len(clauses) == 2 and all(4 <= len(c) <= 14 for c in clauses)
    )


def split_stack(plain: list[str]) -> tuple[str | None, str, str | None]:
    """Kicker, title, subtitle of three or more plain lines.

    A kicker ends at a line ending like one (``周明远在高新区调研…时强调``), and two parallel
    lines after it are one title (``以科技创新引领产业创新`` / ``加快培育发展新质生产力``).  In a
    stack of four or more, subtitle-shaped last lines (``…部署四季度重点工作`` / ``陈立峰主持并讲话``)
    mark the title as the line above them, and all lines above the title are the kicker
    (``坚定信心 乘势而上`` / ``全力冲刺全年目标任务``).  Otherwise: kicker, title, the rest subtitle.
    """
    cue = next((i for i, x in enumerate(plain[:-1]) if KICKER_CUE.search(x)), None)
    if cue is not None:
        kicker, rest = " ".join(plain[: cue + 1]), plain[cue + 1 :]
        if len(rest) == 2 and is_title_pair(*rest):
            return kicker, " ".join(rest), None
        return kicker, rest[0], " ".join(rest[1:]) or None
    end = len(plain)
    if len(plain) >= 4:
        while end > len(plain) - 2 and end > 2 and is_subtitle_line(plain[end - 1]):
            end -= 1
    if end == len(plain):
        end = 2
    return " ".join(plain[: end - 1]), plain[end - 1], " ".join(plain[end:]) or None


def split_deck(text: str) -> tuple[str, str | None]:
    """A title and the deck set after it on one line past a space, when the deck lists or pauses.

    ``全省高原特色农产品出口增长两成 鲜花、蔬菜、咖啡出口额居全国前列``: title + subtitle; parallel
    clauses with no punctuation (``“村超”揭幕 32支村队同场竞技``) stay one title.
    """
    head, sep, deck = text.replace("\u3000", " ").strip().rpartition(" ")
    head = head.strip()
    if (
        not sep
        or " " in head
        or len(head) < DECK_MIN
        or DECK_PUNCT.search(head)
        or not DECK_PUNCT.search(deck)
    ):
        return text, None
    return head, deck


def split_headline(stack: list[Line]) -> tuple[str | None, str, str | None]:
    """Kicker, title, subtitle from a headline stack.

    Two plain lines are title + subtitle (``市领导到中牟县接访`` / ``树牢以人民为中心…``) unless
    the first ends like a kicker (``…指挥部时强调``), the second names an event happening under a
    theme (``“花儿”唱响夏夜广场`` / ``首届夏都“花儿”音乐周开幕``: kicker + title), the first names
    an event over a display slogan (``…第四次会议开幕`` / ``凝心聚力开新局　奋楫笃行谱新篇``: kicker
    + title, the slogan the page's big type), or the two are one
    title set in two lines.  A ``——`` line is the subtitle; a
    bracketed column label (``（新春走基层）``) becomes the kicker when there is none.
    """
    labels = [ln.rest for ln in stack if ln.kind == "label"]
    plain: list[str] = []
    subtitle = None
    for ln in stack:
        if ln.kind == "label":
            continue
        text = ln.rest or ln.text
        if text.startswith("——") and plain:
            subtitle = text.lstrip("—").strip()
        elif "——" in text[4:] and not plain[1:]:
            head, _, tail = text.partition("——")
            plain.append(head.strip())
            subtitle = tail.strip()
        else:
            plain.append(text)
    plain = list(dict.fromkeys(plain))  # e-paper dumps repeat a title above "title——subtitle"
    plain = join_runs(plain)  # "城区7万户居民" / "告别“土暖气”": one title broken in two lines
    kicker = None
    if len(plain) == 1 and subtitle is None:
        head, sep, rest = plain[0].replace("\u3000", " ").strip().partition(" ")
        if sep and rest.strip() and len(head) >= OCCASION_MIN and OCCASION.search(head):
            kicker, title = head, rest.strip()
        else:
            title, subtitle = split_deck(plain[0])
    elif len(plain) == 1:
        title = plain[0]
    elif len(plain) == 2 and subtitle is None and ROUTE.fullmatch(plain[0]):
        title = " ".join(plain)
    elif len(plain) == 2 and (
        subtitle is not None
        or KICKER_CUE.search(plain[0])
        # A slogan over a plain title; a deck that counts under two spaced clauses reports their
        # detail: "高温天气持续 中暑病人增多" / "…一周接诊中暑患者40余人" is title + subtitle.
        # A date is no count: "元宵过了　灯会还在" / "筠溪彩灯会延期至2月23日" is kicker + title.
        or (is_slogan(plain[0]) and not is_slogan(plain[1]) and not FIGURE.search(DATE.sub("", plain[1])))
        or (len(plain[0]) <= 8 and len(plain[1]) >= len(plain[0]) + 3)  # a column: "开局之年看基层"
        or COLUMN_NAME.fullmatch(plain[0]) is not None
        or SERIES.fullmatch(plain[0].replace(" ", "")) is not None
        or (EVENT_END.search(plain[1]) is not None and EVENT_END.search(plain[0]) is None)
        or (EVENT_END.search(plain[0]) is not None and is_slogan(plain[1]))
    ):
        kicker, title = plain
    elif len(plain) == 2 and is_title_pair(*plain):
        title = " ".join(plain)
    elif len(plain) == 2:
        title, subtitle = plain
    elif plain and subtitle is None:
        kicker, title, subtitle = split_stack(plain)
    elif plain:
        kicker, title = plain[0], plain[1]
        subtitle = " ".join([*plain[2:], subtitle])
    else:
        title = labels.pop() if labels else ""
    if labels:
        kicker = " ".join([*labels, kicker] if kicker else labels)
    return kicker, title, subtitle


def is_question_title(ln: Line) -> bool:
    """``异地就医备案怎么办？``: a short question with no other punctuation, shaped like a title.

    One comma may split it in two clauses: ``孩子反复咳嗽，是不是得了哮喘？``.
    """
    text = ln.rest or ln.text
    compact = re.sub(r"[\s\u3000]+", "", text)
    return (
        ln.kind == "body"
        and 4 <= len(compact) <= 24
        and compact[-1] in "？?"
        and not re.search(r"[。；：,;:！!]", compact[:-1])
        and compact.count("，") <= 1
    )


def is_kicker_label(ln: Line | None) -> bool:
    """``读者来信``, ``名医坐堂``: a short unpunctuated column name that heads the next title."""
    return ln is not None and ln.kind in ("heading", "label") and len(ln.rest.replace(" ", "")) <= 6


def is_salutation(ln: Line) -> bool:
    """``编辑同志：``, ``尊敬的市长：``: a letter's opening, a short line ending in a colon."""
    text = (ln.rest or ln.text).strip()
    return len(text) <= 12 and text.endswith(("：", ":")) and not re.search(r"[，。；？！]", text)


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
    * A short question over a byline, or between a headline line and a ``——`` subtitle, or
      under a column's name, is a headline (``政策解读`` /
      ``异地就医备案怎么办？`` / ``本报记者 秦雯``), and so is one under a column's name over a
      letter's salutation (``读者来信`` / ``老旧小区充电桩何时能装上？`` / ``编辑同志：``) or
      over a reader's question (``市民问政`` / ``小区门口道路坑洼何时修？`` / ``市民问：…``),
      though it ends like a sentence; inside a story it stays text.
    * An unfinished sentence between a headline and a byline alone, or a dateline leading the
      text, is the story's subtitle: ``百件秦汉文物“住进”新展厅`` / ``市博物馆“长安遗珍”特展开幕，
      首日吸引观众1.2万人次`` / ``晚报记者 任  芳`` (or ``本报讯（记者 罗  娟）3月15日，…``);
      text never stands between a headline and its byline.
    * The line after a bare page number is its section's name, never read: ``A11`` / ``文体新闻``.
    * A name after a bullet closing a column is its writer's signature: ``●石  言``; under a
      headline it is the byline: ``以新质生产力赋能…`` / ``□ 张德明``; so is a bare name of two
      or three characters between a headline and text: ``项目开工更要“开好局”`` / ``石  川`` / text.
    """
    out = list(lines)
    for i, ln in enumerate(lines):
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        after_sentence = prev is None or not prev.open
        if ln.kind == "field" and is_headline_like(ln.rest) and nxt is not None and nxt.kind == "byline":
            if after_sentence:
                out[i] = replace(ln, kind="heading", rest=re.sub(r"[\s\u3000]+", " ", ln.rest))
        elif is_question_title(ln) and (
            (after_sentence and nxt is not None and nxt.kind == "byline")
            # "高考倒计时7天" / "最后一周，考生该怎么过？" / "——听听名校老师…怎么说": in a stack.
            or (prev is not None and prev.kind == "heading" and nxt is not None and is_dash_point(nxt))
            or (is_kicker_label(prev) and nxt is not None and (is_salutation(nxt) or is_asked(nxt)))
        ):
            out[i] = replace(ln, kind="heading", rest=re.sub(r"[\s\u3000]+", " ", ln.rest))
        elif is_deck_sentence(ln) and prev is not None and prev.kind == "heading" and is_story_byline(nxt):
            out[i] = replace(ln, kind="heading", rest=re.sub(r"[\s\u3000]+", " ", ln.rest))
        elif is_signed_name(ln) and prev is not None and prev.kind in ("heading", "label"):
            if nxt is not None and nxt.kind == "body":
                out[i] = replace(ln, kind="byline", rest="", byline=re.sub(r"[\s\u3000]+", " ", ln.text))
        elif ln.kind == "heading" and prev is not None and is_bare_page_number(prev):
            out[i] = replace(ln, kind="noise", reason="section name")
        elif (m := SIGNATURE_LINE.match(ln.text)) and prev is not None and prev.kind in ("heading", "label"):
            out[i] = replace(ln, kind="byline", rest="", byline=re.sub(r"[\s\u3000]+", " ", m["name"]))
        elif (
            (m := SIGNATURE_LINE.match(ln.text))
            and prev is not None
            and prev.kind == "body"
            and after_sentence
        ):
            if nxt is None or nxt.kind in ("heading", "label", "noise"):
                out[i] = replace(ln, kind="byline", rest="", byline=re.sub(r"[\s\u3000]+", "", m["name"]))
    return out


# A notice's heading, short like a name: "公　告", "通  知".
DOCUMENT_WORD = re.compile(r"公告|通告|通知|启事|声明|公示|须知|提示|简介")


def is_signed_name(ln: Line) -> bool:
    """``马岩松``, ``石  川``: a writer's name alone, two or three characters, as a headline line.

    Under a commentary's title and over its text it is the byline (``苍岭漫谈`` / ``养老，要让
    老人“说了算”`` / ``马岩松`` / text); a notice's heading (``公　告``) is never a name.
    """
    return (
        ln.kind == "heading"
        and SIGNED_NAME.match(ln.text) is not None
        and not DOCUMENT_WORD.fullmatch(re.sub(r"[\s\u3000]+", "", ln.text))
    )


def is_deck_sentence(ln: Line) -> bool:
    """``市博物馆“长安遗珍”特展开幕，首日吸引观众1.2万人次``: a clause or two, no final stop."""
    text = ln.rest or ln.text
    return ln.kind == "body" and len(text) <= DECK_MAX and ln.open and not re.search(r"[。！？；：]", text)


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


# A photo story's headline is a short phrase, at most one line of a news headline:
# "荷塘月色", "端午节前夕开展食品安全检查".
PHOTO_TITLE_MAX = 16


def is_photo_story(lines: list[Line], i: int, *, inside: bool = False) -> bool:
    """``荷塘月色`` / one caption / ``本报记者 池远 摄`` and no text: a photo printed as its own story.

    ``lines[i]`` is a lone short headline; the caption must be one finished line, followed by the
    photo credit (unless the caption carries it), and then by the next story or the page's end.
    ``inside``: the running story stopped mid-sentence, so text may follow the photo story: the
    rest of that sentence (``…李有福告诉记者，`` / ``植树造林正当时`` / caption / credit / ``全膜…``).
    The credit may be set above the headline instead, under the photo: ``晚报记者　韩文涛　摄`` /
    ``冬储大白菜上市`` / one caption / the next story.
    """
    head = lines[i]
    if head.kind != "heading" or len(head.rest.replace(" ", "")) > PHOTO_TITLE_MAX or i + 1 >= len(lines):
        return False
    caption = lines[i + 1]
    if caption.kind not in ("body", "caption") or is_open(caption.rest) or len(caption.rest) > 120:
        return False
    after = i + 2
    credited_above = i > 0 and lines[i - 1].reason == "photo credit"
    if caption.kind == "body" and not credited_above:
        if after >= len(lines) or lines[after].reason != "photo credit":
            return False
        after += 1
    follow = ("heading", "label", "byline", "noise", "teaser", *(("body",) if inside else ()))
    return after >= len(lines) or lines[after].kind in follow

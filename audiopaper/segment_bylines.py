"""Bylines and datelines, as single lines show them: who wrote a story and where it was filed.

Why a module of its own: the shapes of a credit (``本报讯（记者 董艳竹）``, ``新华社上海12月1日电``,
``本报记者 格桑 王一鸣``, ``文/晚报记者 唐  瑶　图/晚报记者 汪  洋``, a name signed flush right)
are one convention, apart from the other kinds of line :mod:`audiopaper.segment_lines` tells.
"""

from __future__ import annotations

import re

# An evening or morning paper names itself in its dateline by its kind alone: "晚报讯（记者 郭  宁）".
ORGS = r"(?:本报|晚报|晨报|早报|都市报|新华社|中新社|中新网|人民网|新华网|央视网|央广网|光明网|人民日报|经济日报|[\u4e00-\u9fa5]{2,6}(?:日报|晚报|晨报|时报|早报|都市报))"
# 本报讯 / 本报北京2月9日电 / 新华社上海12月1日电 / 新华社电 / 据新华社电, then "(记者 A、B)".
# A story drawn from several wire reports says so: "综合新华社电".
# A briefs box's label names the paper too ("晚报短讯", "本报快讯"): no place or date before 讯.
# An evening or morning paper may shorten 晚报讯 to its kind and 讯 alone, its reporters named
# right after in brackets: "晚讯（记者 蔡  俊）7月7日，…" (never "晚讯" as a briefs box's label).
SHORT_DATELINE = r"[晚晨早]讯(?=\s*[（(](?:[^）)]{0,6}(?:记者|通讯员)))"
DATELINE = re.compile(
    rf"^[□■●◆▲\s]*(?P<by>{SHORT_DATELINE}|(?:据|综合)?{ORGS}(?!记者|评论员|编辑|通讯员|[短简快]讯)(?:讯|[\u4e00-\u9fa5A-Za-z\d]{{0,14}}?(?:电|讯)))"
    r"(?P<paren>\s*[（(][^）)]{1,40}[）)])?"
)
# A wire's dateline in brackets after a feature's last line: "（新华社日内瓦10月12日电）".
# Or only its source: "（据新华社）", "（新华社）" under a story (the source, never read after a byline).
BRACKETED_DATELINE = re.compile(rf"[（(]\s*据?{ORGS}(?:[\u4e00-\u9fa5A-Za-z\d]{{0,14}}?(?:电|讯))?\s*[）)]")
# A converged newsroom's reporter is "全媒体记者" or "融媒体记者": "全媒体记者　唐  宁".
ROLE = (
    r"(?:首席|特派|特约|见习|实习|驻[\u4e00-\u9fa5]{1,4})?(?:全媒体|融媒体|全媒)?"
    r"(?:记者|评论员|通讯员|实习生|摄影记者|特约评论员)"
)
# "记者手记" / "记者观察" are boxed-aside labels, not a reporter called 手记; "本报评论员文章" labels
# a commentary (its kicker), never a commentator called 文章; "记者问答" / "记者专访" label a Q&A or an
# interview over its headline (its kicker), never a reporter called 问答.
COLUMN_WORDS = (
    r"(?!手记|观察|调查|札记|点评|感言|体验|探访|走访|连线|视角|追踪|再访|回访|笔记|帮办|追访|热线|在线|"
    r"直击|跑腿|信箱|来信|现场|一线|文章|问答|答问|访谈|专访)"
)
# An evening or morning paper's own reporter may be "晚报记者", "晨报记者", "都市报记者".
# A converged newsroom may name the whole press house, the paper and 社: "枫川日报社全媒体记者　韩  峰".
PAPER = r"(?:晚报|晨报|早报|日报|商报|时报|都市报|[\u4e00-\u9fa5]{2,6}报社)"
ROLE_TOKEN = re.compile(rf"^(?:{ORGS}|{PAPER})?{ROLE}{COLUMN_WORDS}(?P<name>[\u4e00-\u9fa5·]{{2,4}})?$")
NAME_TOKEN = re.compile(r"^[\u4e00-\u9fa5·]{1,4}$")
BYLINE_SPLIT = re.compile(r"[\s、，,]+")
BULLETS = "□■●◆▲"
# The parts a reporter made may be listed first: "文/图", and on a converged paper "文/视频",
# "文/图/视频" (the text and the video the page's QR code links to).
BYLINE_MARKS = re.compile(rf"^[{BULLETS}]*\s*(?:文(?:[/／](?:图|视频)){{1,2}}\s*|文图[/／｜|]|文[/／｜|])?")
# A name credited with its part: "胡晓蕾/文", "李威/图", "张三／摄"; or the part first, before the
# role: "文/晚报记者 唐  瑶　图/晚报记者 汪  洋" (the text's and the photo's reporters).
ROLE_SUFFIX = re.compile(r"[/／](?:文|图|摄)$|^(?:文|图|摄影|摄)[/／](?=\S)")
# An opinion piece signed by its writer alone: "文/苏  晴", "文／李四".
WRITER = re.compile(r"^文\s*[/／｜|]\s*(?P<name>[\u4e00-\u9fa5·](?:[ \u3000]{0,3}[\u4e00-\u9fa5·]){1,3})$")
# What a byline may end with: "记者　许舒婷　文/图", "通讯员 李四 报道".  ("本报记者 张三 摄"
# alone is a photo credit: it is caught as noise before bylines are looked for.)
BYLINE_TAIL = re.compile(r"^(?:文[/／]图|图[/／]文|文图|图文|文|报道)$")
# A reporter's credit run into the text it leads, without a dateline, closed by "报道" and a
# space: "记者 汪  琳 报道　昨天上午，…".
LEAD_CREDIT = re.compile(r"^(?P<by>\S.{1,38}?[\s\u3000]报道)[\s\u3000]+(?P<rest>\S.*)$")
# A reporter's credit set after a bullet and run into the text it leads, no dateline, a wide
# space between: "■本报记者 郝  帅　9月6日晚11点多，…".  The bullet marks the credit, the wide
# space closes it (a name may be spaced inside with narrow ones).  Without the bullet, or with no
# wide space after the names, the line is text.
BULLET_CREDIT = re.compile(
    rf"^(?P<by>[{BULLETS}]\s*(?:{ORGS}|{PAPER})?{ROLE}{COLUMN_WORDS}[^\u3000]{{1,30}}?)\u3000+(?P<rest>\S.*)$"
)

# A notice's or letter's date signed under its issuer: "2014年7月22日", "二〇一四年七月二十二日".
SIGNED_DATE = re.compile(
    r"[\d０-９〇零一二三四五六七八九]{4}\s*年\s*[\d０-９一二三四五六七八九十]{1,3}\s*月\s*[\d０-９一二三四五六七八九十]{1,3}\s*日"
)


def run_in_credit(text: str) -> tuple[str, str] | None:
    """The byline and text of a line whose credit leads its text: ``记者 汪  琳 报道　昨天…`` or
    ``■本报记者 郝  帅　9月6日…``; ``None`` when the line does not open so."""
    if (m := LEAD_CREDIT.match(text)) and standalone_byline(m["by"]):
        return re.sub(r"[\s\u3000]+", " ", m["by"]), m["rest"]
    if (m := BULLET_CREDIT.match(text)) and standalone_byline(m["by"]) and m["rest"][0] not in "，,。、":
        return re.sub(r"[\s\u3000]+", " ", m["by"].lstrip(BULLETS)).strip(), m["rest"]
    return None


# A web story's fields under its headline, the author first: "作者：本报记者 柯  然　　来源：鲸湾日报
# 2021-03-24".  Only the author can be its byline; the source and date are never read.
WEB_AUTHOR = re.compile(r"^作者\s*[:：]\s*(?P<by>\S.{0,38}?)[\s\u3000]+(?:来源|稿源)\s*[:：]")
# The same fields in the other order, the date and source first and the author last:
# "2016-10-26　来源：濉阳日报　作者：本报记者 祁  峰 通讯员 訾  明".
# Or the date after the author: "来源：棠峪晚报　作者：晚报记者 蔺思远　2024-04-20".
WEB_DATE = r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
WEB_AUTHOR_LAST = re.compile(
    rf"^(?:{WEB_DATE}[\s\u3000]+)?"
    r"(?:来源|稿源)\s*[:：]\s*[^\s\u3000]{1,20}[\s\u3000]+作者\s*[:：]\s*(?P<by>\S.{0,38}?)"
    rf"(?:[\s\u3000]+{WEB_DATE})?$"
)
# A letter's signature, read as its last line: "读者　王先生", "市民 李女士"; the name may be
# spaced ("读者　王  丽") and the writer's village or town may lead ("东坪县南岔乡村民　赵长林"), or
# the city's bare name, its 市 shared with 市民 ("汝川市民　蔡先生": a citizen of 汝川).
SIGNATURE = re.compile(
    r"^(?:[\u4e00-\u9fa5]{1,10}[省市县区乡镇村]|[\u4e00-\u9fa5]{2,4}(?=市民))?"
    r"(?:读者|市民|网友|听众|观众|村民|居民|家长)[\s\u3000]+"
    r"[\u4e00-\u9fa5·](?:[ \u3000]{0,3}[\u4e00-\u9fa5·]){0,3}$"
)
# A consultation column is signed by the professional who answers, the trade and the name set
# apart: "律师　贺明轩", "主治医师 王  丽", "营养师 李  娜" under a Q&A's headline.  Never a column's
# label letter-spaced ("医生　提醒", "律师　说法"): its words are no name.
CONSULTANT = re.compile(
    r"^(?:执业|特约|主任|副主任|主治|主管|首席)?(?:律师|医师|医生|药师|营养师|心理咨询师|心理治疗师)[ \u3000]+"
    r"(?!提醒|建议|提示|支招|说法|释法|答疑|解答|解读|说|答|问|讲|谈|信箱|在线|热线|讲堂|课堂|门诊|来了)"
    r"[\u4e00-\u9fa5·](?:[ \u3000]{0,3}[\u4e00-\u9fa5·]){1,3}$"
)
# A contributor who is no reporter is credited by the office or body they work in and their name,
# set apart: "县委党史办　周文礼", "市档案馆 李  华", "县第一中学　王晓红" under a history column's or
# an essay's headline.  The body ends in an office's word; the name is two characters (spaced or
# not) or three set solid, never a notice's or a column's verb ("市气象局　提醒", "县卫健委 发布").
# A doctor writing a health column is credited by the hospital and its department, which ends in 科:
# "市中医院治未病科　何秀琴", "县人民医院心内科 王  丽" -- only after a hospital's name, never a
# bare "儿科　门诊" or "内科　答疑" (a column's label letter-spaced), nor "市医院眼科　义诊" (a notice).
# A slogan of two parallel verb-好-object phrases ("开好局　起好步", "谋好篇　布好局", "站好岗　守好门")
# is a kicker over a headline, never an office and a writer: no office's name ends in 好 before
# its 局/站/所, and the second phrase mirrors the first round the same 好.
PARALLEL_SLOGAN = r"[\u4e00-\u9fa5]好[\u4e00-\u9fa5][ \u3000]+[\u4e00-\u9fa5]好[\u4e00-\u9fa5]$"
HOSPITAL_DEPT = r"(?:医院|卫生院|保健院|卫生服务中心)[\u4e00-\u9fa5]{1,6}科"
UNIT_WRITER = re.compile(
    rf"^(?!{PARALLEL_SLOGAN})[\u4e00-\u9fa5]{{1,12}}(?:办|办公室|局|馆|委|委员会|研究室|研究会|研究院|学会|协会|中心|学校|中学|小学|"
    rf"学院|大学|医院|站|所|院|部|{HOSPITAL_DEPT})[ \u3000]+"
    r"(?!提醒|提示|建议|发布|公告|通告|通知|声明|启事|解读|答复|回复|供稿|供图|主办|承办|协办|监制|出品|宣|"
    r"坐诊|义诊|门诊|开讲)(?:[\u4e00-\u9fa5][ \u3000]{0,3}[\u4e00-\u9fa5]|[\u4e00-\u9fa5]{3})$"
)
# A signature set flush right, far past a paragraph's two-character indent: a name alone
# ("　　　　　　　　何  苗") or a letter's "读者  刘建华".  Indent counted in half-width columns.
RIGHT_INDENT = 12
SIGNED_NAME = re.compile(r"^[\u4e00-\u9fa5·](?:[ \u3000]{0,3}[\u4e00-\u9fa5·]){1,2}$")


# A role run into a two-character name's first character, the name letter-spaced across three
# cells: "记者盛  林" is the reporter 盛林 ("本报讯　记者盛  林　通讯员吕梦瑶　报道　12月5日，…").
# Never a word of the reporter's sentence: "记者从 市住建局获悉", "记者近 日走访": a preposition,
# a time or a verb after the role is text.
ROLE_SURNAME = re.compile(
    rf"^(?:{ORGS}|{PAPER})?{ROLE}{COLUMN_WORDS}(?![从在对向据到于将为近昨今前日走来去跟随与和同看获了也又])"
    r"[\u4e00-\u9fa5]$"
)


def is_spaced_name_start(parts: list[str], i: int) -> bool:
    """``parts[i]`` is a role and a surname whose given name, one character, is the next token,
    with more after it: ``记者盛`` / ``林`` / …, never a role and a word (``记者从市里获悉…``)."""
    return (
        ROLE_SURNAME.match(parts[i]) is not None
        and i + 3 < len(parts)
        and re.fullmatch(r"[\u4e00-\u9fa5]", parts[i + 2]) is not None
    )


# A reporter's credit set solid and closed by 报道, the text after a wide space: "本报讯　记者宁浩宇报道
# 3月7日晚，…" (the role, a two- to four-character name and 报道 in one token; "通讯员 李四报道" after
# a role already taken).  报道 closes the credit: nothing after it is byline.
def is_reported_credit(token: str, seen_role: bool) -> bool:
    """``记者宁浩宇报道`` (or ``李四报道`` after a role): a credit set solid, closed by 报道."""
    if not token.endswith("报道"):
        return False
    stem = token[:-2]
    if (m := ROLE_TOKEN.match(stem)) and m["name"]:
        return True
    return seen_role and len(stem) >= 2 and NAME_TOKEN.match(stem) is not None


def split_byline_tokens(rest: str) -> tuple[str, str]:
    """Split ``记者 张三 通讯员 李四 近日，…`` after an unbracketed dateline into byline and text;
    ``记者宁浩宇报道　3月7日晚，…`` is a credit closed by 报道, set solid."""
    parts = re.split(r"(\s+)", rest.lstrip())
    taken: list[str] = []
    seen_role = False
    for i in range(0, len(parts), 2):
        token = parts[i]
        if i + 1 < len(parts) and is_reported_credit(token, seen_role):
            taken.append(token)
            seen_role = True
            break
        if ROLE_TOKEN.match(token) or is_spaced_name_start(parts, i):
            seen_role = True
        elif not (seen_role and NAME_TOKEN.match(token) and i + 1 < len(parts)):
            break
        taken.append(token)
    if not seen_role:
        return "", rest
    consumed = "".join(parts[: 2 * len(taken)])
    return " ".join(taken), rest.lstrip()[len(consumed) :].lstrip()


# A story compiled by the desk from several reports is credited to the paper alone, on a line of
# its own under the headline: "本报综合", "晚报综合报道", "据新华社综合".  The paper is named: a bare
# "综合" is a page's section label.
DESK_CREDIT = re.compile(rf"^据?{ORGS}综合(?:报道|整理)?$")


def standalone_byline(text: str) -> bool:
    """``新华社记者``, ``本报记者 格桑 王一鸣``, ``本报评论员``, ``本报综合``: a line that is only a byline."""
    body = BYLINE_MARKS.sub("", text).strip().strip("（()）")
    if not body or len(body) > 40:
        return False
    if DESK_CREDIT.match(body):
        return True
    tokens = [t for t in BYLINE_SPLIT.split(body) if t]
    if len(tokens) > 2 and BYLINE_TAIL.match(tokens[-1]):
        tokens.pop()
    tokens = [ROLE_SUFFIX.sub("", t) for t in tokens]  # "记者 胡晓蕾/文 李  威/图"
    seen_role = False
    for token in tokens:
        if ROLE_TOKEN.match(token):
            seen_role = True
        elif not (seen_role and NAME_TOKEN.match(token)):
            return False
    return seen_role


# A web story's fields, each under its key in any order: "发布日期：2009-02-26　作者：本报记者 宋  洁
# 点击数：312", or the key in lenticular brackets: "【作者】本报记者 周  明　【来源】澳平日报　【时间】2012-06-21".
WEB_KEY = r"(?:作者|来源|稿源|发布(?:时间|日期)|更新时间|日期|时间|点击(?:数|量|次数)?|浏览(?:次数|量)?|阅读(?:次数|量)?)"
WEB_FIELD_MARK = re.compile(rf"【\s*(?P<a>{WEB_KEY})\s*】|(?P<b>{WEB_KEY})\s*[:：]")
# A story compiled from several reports is credited to the desk that compiled it: "作者：本报综合".
COMPILED = re.compile(rf"^{ORGS}?综合(?:报道|整理)?$")
# A web author field may name the paper's desk that put the item together, not a reporter:
# "作者：本报编辑部　来源：…" over a briefs box, "作者：本报经济部", "作者：晚报全媒体中心".
# Only in that field: a bare "本报编辑部" line elsewhere signs a note, not a story's byline.
DESK_AUTHOR = re.compile(rf"^{ORGS}[\u4e00-\u9fa5]{{0,4}}(?:部|中心)$")


# A bare name and what its bearer did with the copy: "龚  雪 整理", "林  枫 编译".
NAME_COMPILED = re.compile(r"^(?P<name>.+?)[\s\u3000]*(?:整理|编译)$")


def names_web_author(by: str) -> bool:
    """Whether the value of a web page's 作者 field names who wrote or compiled the story
    (``作者：龚  雪 整理　来源：…``: the name alone, then 整理 or 编译)."""
    compiled = NAME_COMPILED.match(by)
    return bool(
        standalone_byline(by)
        or SIGNED_NAME.match(by)
        or COMPILED.match(by)
        or DESK_AUTHOR.match(by)
        or (compiled and SIGNED_NAME.match(compiled["name"]))
    )


# A web field giving a date: "日期：2013-07-09", "发布时间：2013-07-09 08:30".
DATE_KEYS = ("日期", "时间", "发布时间", "发布日期", "更新时间")
SOURCE_NAME = re.compile(r"[^\s\u3000，。；：:,;]{2,20}")


def is_source_and_date(fields: dict[str, str]) -> bool:
    """The fields are a source (a name, no sentence) and a date, and at most counts besides."""
    dates = [v for k, v in fields.items() if k in DATE_KEYS]
    source = fields.get("来源") or fields.get("稿源")
    return (
        source is not None
        and SOURCE_NAME.fullmatch(source) is not None
        and len(dates) == 1
        and re.fullmatch(WEB_DATE, dates[0]) is not None
        and all(k in ("来源", "稿源", *DATE_KEYS) or k.startswith(("点击", "浏览", "阅读")) for k in fields)
    )


def web_fields_author(text: str) -> str | None:
    """The author a line of web fields names ("" when its author field is empty); ``None`` when
    the line is not such a row: two fields at least, the first at its start, one of them 作者."""
    marks = list(WEB_FIELD_MARK.finditer(text))
    if len(marks) < 2 or marks[0].start() != 0:
        return None
    fields: dict[str, str] = {}
    for mark, after in zip(marks, [*marks[1:], None], strict=True):
        value = text[mark.end() : after.start() if after else len(text)].strip(" \t\u3000")
        fields.setdefault(mark["a"] or mark["b"], value)
    author = fields.get("作者")
    if author is None:
        # No author field, only where and when the web page took the story from: "来源：霞溪日报
        # 日期：2013-07-09" over a briefs box's items names nobody either, and is never read.
        return "" if is_source_and_date(fields) else None
    if not author:
        return ""
    author = re.sub(r"[\s\u3000]+", " ", author)
    if names_web_author(author):
        return author
    return None

"""How a headline stack splits into kicker, title and subtitle.

Why a module of its own: :mod:`audiopaper.segment_heads` decides which lines head a story; the
typesetting conventions that tell a kicker (``开局之年看基层``, ``2026年民生实事``) from the title
and a subtitle (``——…``, ``陈立峰主持并讲话``) are many and apart from that, and read only the
stack's own lines.  One title broken in two lines is found in :mod:`audiopaper.segment_runon`.
"""

from __future__ import annotations

import re

from .segment_clauses import is_change_reported, is_full_report, is_news_over_authorities, is_until_hour
from .segment_headlabels import peel_head_label
from .segment_heads import COLUMN_NAME
from .segment_kickers import FINDING_LEAD, MEETING_SETS_OUT, is_theme_kicker
from .segment_lines import Line, compact
from .segment_runon import COUNT, MEASURE, join_runs
from .segment_stackfix import is_news_over_deck

# A kicker's ending: a leader's words, an occasion, a competition's round ("…联赛第九轮",
# "…大奖赛第三站"), or a lead into the line under it ("…强调：", a scene "…呼救声——", a finding
# "…报告显示", a meeting's "…常务会议部署").
KICKER_CUE = re.compile(
    r"(?:强调|指出|表示|时|之际|前夕|期间|周年|回信|致信|致电|批示|讲话|要求|[:：]|——"
    rf"|{FINDING_LEAD}|{MEETING_SETS_OUT}|第[\d一二三四五六七八九十百]{{1,4}}(?:轮|场|站|比赛日))$"
)
# The anniversary a story is told on, as its first clause before a space: "庆祝中国共产党成立100周年
# 全市干部群众收听收看庆祝大会盛况" is kicker + title, like the same two clauses in two lines.  A
# day's eve stays in its title on one line: "“3·15”前夕 我市集中销毁假冒伪劣商品".
OCCASION = re.compile(r"(?:周年|之际)$")
OCCASION_MIN = 6  # characters: "建党百年之际" at least
# What a subtitle under a leader's news ends with: "陈立峰主持并讲话", "李强王沪宁出席".
# A headline naming an event that happens ends in its verb: "首届夏都“花儿”音乐周开幕", "…联赛收官"
# (over the winner, "城西“老街坊队”首次捧杯", it is the title and that its subtitle, never joined).
# Under a theme ("“花儿”唱响夏夜广场") it is the title, the theme its kicker; never a subtitle.
# A place opened to the public is an event too: "首批20个“口袋公园”建成开放" under its theme
# "家门口的“小确幸”".
EVENT_END = re.compile(
    r"(?:开幕|闭幕|召开|举行|举办|启动|启幕|揭幕|揭牌|开工|开通|开业|落幕|收官|谢幕|开赛|启用|竣工|通车|投产|开放)$"
)
# An event held or launched with its name in quotes after the verb, a full clause like the same
# event reported with its verb last: "全市启动“春风行动”" over "送岗位到农民工家门口" is title +
# subtitle (the closing quote ends the object; a verb with no object, "今冬明春全国将开展" /
# "农民工工资支付专项检查", runs on into one title).
NAMED_EVENT_END = re.compile(r"[\u4e00-\u9fa5]{2}(?:启动|召开|举行|举办|开展|开通|开工)“[^“”]{2,10}”$")
# Something begun one place after another, the backdrop of a news item: "北方供暖季陆续开始" over
# "多地提前启动供暖" is kicker + title (a one-off event, "…会议开幕", is the title itself).
UNDER_WAY = re.compile(r"(?:陆续|相继|次第|渐次|纷纷)(?:开始|展开|启动|开启|到来|来临)$")
# Work finished by a deadline, the news a start is the backdrop of: "春季道路“大修”启动" over
# "城区37条破损路段5月底前修完" is kicker + title (the deadline line has its own subject; an
# amount the start brings, "发放数字消费券3000万元", is the subtitle).
DEADLINE_DONE = re.compile(
    r"(?:\d{1,2}月(?:底|中旬|下旬|上旬)?前|年底前|月底前|年内|汛前|节前)(?:全部|全面|基本)?"
    r"(?:修完|完工|完成|建成|竣工|投用|通车|修复|到位)$"
)
# The backdrop a story's news is told under, a phrase naming a setting and what is done in it:
# "寒潮下的城市“暖”行动" over "街头“暖心驿站”为户外劳动者送温暖" is kicker + title (alone, or over
# a "——" line, "烈日下的坚守" is the title itself).
SETTING = re.compile(r"[\u4e00-\u9fa5“”]{2,6}下的[\u4e00-\u9fa5“”]{2,8}")
# A long effort entering its next phase, the backdrop of a figure reported under it: "灾后重建进入
# 攻坚阶段" over "全市重建项目完成投资超百亿元" is kicker + title (alone, "…工程进入铺轨阶段" is a title).
PHASE = re.compile(r"[\u4e00-\u9fa5“”]{2,8}进入[\u4e00-\u9fa5“”]{2,4}阶段")
SUBTITLE_CUE = re.compile(r"(?:主持|讲话|出席|参加|陪同|致辞|作报告|会见|主持并讲话)$")
# A figure, in digits or as an amount in words: "2800万吨", "每斤降至八毛" (never "三周", a span).
FIGURE = re.compile(r"\d|[一二三四五六七八九十两半][十百千万亿]*(?:元|角|毛|块|分钱|斤|公斤|吨|成|倍)")
DATE = re.compile(r"(?:\d{1,4}年)?\d{1,2}月(?:\d{1,2}[日号])?|\d{1,2}[日号]")
# A figure closing a line, the amount it reports: "…进度过两成", "…增长8.3%", "…8.6万件".
FIGURE_END = re.compile(
    r"(?:\d|[一二三四五六七八九十两半])(?:[%％成倍]|[十百千万亿]*(?:元|件|个|户|人次|人|吨|亩|家|项|辆|公里))?$"
)
# A count added, a full clause closing the line: "城区新增4条公交线路" over "通达北郊新区和高铁站"
# is title + subtitle (a count with only a place before it, "城区7万户居民", runs on instead).
ADDED_COUNT_END = re.compile(
    rf"(?:新增|新建|新开|新开通|增设|再建|开通){COUNT}{MEASURE}[\u4e00-\u9fa5“”]{{1,6}}$"
)
# A season or peak arriving, a full clause: "夏季用电高峰来临" over "供电部门提醒安全用电" is title +
# subtitle ("…陆续来临", something begun place after place, is the kicker: see UNDER_WAY).
ARRIVAL_END = re.compile(r"(?:来临|到来|来袭|临近)$")
# A body of the city, county or district leading a line as its subject: "市体育馆…", "区教育局…",
# "县人民医院…".
CITY_BODY_LEAD = re.compile(
    r"(?:市|区|县|省)[\u4e00-\u9fa5]{0,5}?(?:馆|局|委|院|厅|中心|公司|集团|站|所|校|部门|政府)"
)
# A second line led by a collective subject, many or each of a kind ("多国央行…", "各地…",
# "多家银行…"), is a clause of its own: "国际金融市场持续动荡" / "多国央行向市场注资稳定信心" is
# title + subtitle.  Checked against every two-line pair of the golds: no joined title's second
# line opens so; under a kicker or title it is always a title or subtitle of its own.
COLLECTIVE_LEAD = re.compile(r"(?:多|各)(?:国|地|省|州|县|家|部门|部委|方|城市|所高校|个国家|个城市)")
# A pronoun taking up what the line above named: "将其扶到路边", "对其进行救治".
BACK_REFERENCE = re.compile(r"(?:将|把|对|为|使|让|帮|助|给|与|向)其")
# A deck that lists or pauses is a subtitle, never the second half of its title: "鲜花、蔬菜、咖啡…".
DECK_PUNCT = re.compile(r"[，、,]")
DECK_MIN = 8  # characters of the title before a deck set on its line after a space
# A series' name over its story's title, a theme and where (or among whom) it is lived:
# "两会精神在基层", "暖心服务在一线", "“两山”实践在岐川".  A verb of placing before "在" makes a
# title's clause instead: "把群众的冷暖放在心上".
SERIES = re.compile(r"[\u4e00-\u9fa5“”]{2,8}(?<![放落摆写记刻装留住存藏挂印])在[\u4e00-\u9fa5]{2}")
# A series told from a time or place, its topic after a verb of looking or talking: "开局之年看基层",
# "年终看变化", "街头巷尾话变化" over the story's title (alone, "黄葛树下话家常" is a title itself).
THEME_COLUMN = re.compile(r"[\u4e00-\u9fa5]{2,4}(?:看|话|谈|说)[\u4e00-\u9fa5]{2,3}")
# A year's coverage of a topic, named with no figure: "2026年民生实事", "2024高考志愿填报指南" over
# the story's own title (a report of that year, "2025年我市新增就业5.2万人", has figures).
YEAR_TOPIC = re.compile(r"(?:19|20)\d{2}年?(?P<topic>[\u4e00-\u9fa5“”]{2,8})")
# A series and its part joined by a middle dot, a column's name over the title: "走基层·冬季农事",
# "区县传真·岩门", "教育·人物" (never a date's dot in quotes, "“3·15”前夕").
DOTTED_COLUMN = re.compile(r"[\u4e00-\u9fa5]{2,8}·[\u4e00-\u9fa5]{2,8}")
# A numbered series' name and part: "年终特别策划·2016消费账单①", "走进新农村·系列报道③" over the
# part's own title; the circled number closing the line numbers the parts (a year may lead a part).
NUMBERED_SERIES = re.compile(r"[\u4e00-\u9fa5]{2,8}·(?:(?:19|20)\d{2})?[\u4e00-\u9fa5]{2,10}[\u2460-\u2473]")
# The study of a party meeting's spirit, a campaign's running column over each article's own title:
# "学习贯彻党的二十大精神" over "以数字化赋能基层治理" ("学习贯彻两会精神要见行动" is a title itself).
STUDY_CAMPAIGN = re.compile(r"(?:深入)?学习(?:宣传)?贯彻[\u4e00-\u9fa5“”]{2,16}精神")
# Four characters and four, a display slogan over the news it frames: "关注民生　温暖过冬" over
# "城区供热管网改造惠及12万户" is kicker + title even over a figure (news clauses, "高温天气持续
# 中暑病人增多", are the title, a count under them its subtitle).
FOUR_BY_FOUR = re.compile(r"[\u4e00-\u9fa5]{4}[ \u3000]+[\u4e00-\u9fa5]{4}")
# A line saying which day a date is, the occasion a story is told on: "3月24日是世界防治结核病日",
# "今天是第33个全国爱眼日" over "咳嗽咳痰超过两周 要警惕肺结核" is kicker + title.
OBSERVANCE = re.compile(
    r"(?:\d{1,2}月\d{1,2}日|今天|今日|明天|明日)是(?:第[\d一二三四五六七八九十百]{1,4}个)?"
    r"[\u4e00-\u9fa5“”·]{2,14}(?:日|节|周)"
)
# A numbered edition of a recurring festival, fair or games opening, the occasion of what the
# title under it tells: "第三届塬上民间艺术节开幕" over "百名“老把式”同台亮绝活" is kicker + title.
# A meeting's session opening ("市十四届人大三次会议开幕" / "刘建华作政府工作报告") or a festival
# with no edition's number ("…文化旅游节启幕" / "12项活动持续至6月20日") is title + subtitle.
EDITION_OPENS = re.compile(
    r"第[\d一二三四五六七八九十百]{1,4}届[\u4e00-\u9fa5“”·]{2,16}"
    r"(?:节|博览会|展览会|交易会|运动会|展|大赛|联赛)(?:开幕|启幕|揭幕|开赛|开展)"
)
# A countdown to an event, the occasion the story under it is told on: "第五届全民运动会倒计时30天"
# over "健儿冲刺全运 赛艇队备战正酣", "高考志愿填报进入倒计时" over "“冷门”专业也有春天" are kicker +
# title (every such stack of the golds is; on one line, "高考倒计时 考点学校完成消杀" stays a title).
COUNTDOWN = re.compile(r"[\u4e00-\u9fa5“”]{2,16}倒计时(?:第?[\d一二三四五六七八九十百]{1,3}[天日])?")
# Quote marks are never read: a theme is measured by the characters it says.
QUOTES = re.compile(r"[“”‘’\"]")
# A theme phrase closed by its quoted catchword: "新春开局“拼经济”", "寒假里的“冰雪课堂”".
CATCHWORD_END = re.compile(r"[\u4e00-\u9fa5]“[^“”]{2,6}”$")
# A label's length: a line of four characters at most over another is never a title with its
# subtitle (a title that short needs no deck), but a label: a photo page's "高原冬日" over the
# picture's own title "牦牛转场", a column's "随手拍" over "“小小画家”".
LABEL_MAX = 4
# A route as a title's first line: "雪屏至丽川" / "旅游专列6月开行" is one title (the route names the
# train, road or flight of the second line), never a column's name over it.
# So is a route with the line it names and no verb: "潜川至临湖城际铁路" / "今年将开工建设".
ROUTE = re.compile(
    r"[\u4e00-\u9fa5]{2,4}(?:至|到|—)[\u4e00-\u9fa5]{2,4}"
    r"(?:城际)?(?:铁路|高铁|高速公路|高速|公路|动车|轻轨|专列|班列|航线|公交|快速通道|大桥)?"
)


def is_catchword_theme(first: str, second: str) -> bool:
    """``新春开局“拼经济”`` over ``一季度重点项目集中开工 总投资286亿元``: a campaign's theme, a short
    phrase closed by its quoted catchword, over a longer news title is the kicker.

    Why: like a column's name (eight characters at most) it is short, counted as read, without its
    quote marks (``奋力冲刺“双过半”``, ``家门口的“小确幸”``); a report that ends on a quoted word has
    its subject and is longer (``全市工业经济实现“开门红”`` / ``1至2月…增长18.6%`` is title +
    subtitle), and one the catchword does not close is a clause (``川剧“变脸”走进课堂``), as is an
    event launched under its quoted name (``全市启动“春风行动”``).  Audited over every two-line
    stack of the golds: all such first lines are kickers.
    """
    a = first.replace("\u3000", " ").strip()
    return (
        " " not in a
        and CATCHWORD_END.search(a) is not None
        and len(QUOTES.sub("", a)) <= 8
        and NAMED_EVENT_END.search(a) is None
        and len(second.strip()) >= len(a) + 3
    )


def is_year_topic(first: str, second: str) -> bool:
    """``2026年民生实事`` over ``今年十件民生实事定了 这些变化和你有关``: a year's topic, the kicker.

    The topic is short and the title under it longer, as with a column's name.
    """
    m = YEAR_TOPIC.fullmatch(first.replace(" ", ""))
    return m is not None and len(second) >= len(m["topic"]) + 3 and not FIGURE.search(m["topic"])


def is_slogan(text: str) -> bool:
    """Parallel short clauses split by a space (``春季植树 全城添绿``): a kicker above a plain title."""
    clauses = text.split()
    return len(clauses) >= 2 and all(2 <= len(c) <= 8 for c in clauses)


def is_slogan_over_news(first: str, second: str) -> bool:
    """``喜迎国庆　全民健身`` over ``千名跑友环湖跑 为祖国庆生``: a display slogan of four characters
    and four over a headline in two clauses of its own, longer and not four by four, is the kicker.

    Why: the slogan is the campaign's, set the same way over every story it frames; the news
    under it tells who did what (``开学季来临 “护眼”生意火了`` over a spaced deck is title and
    subtitle: its first line is no four-by-four slogan).
    """
    a, b = (x.replace("\u3000", " ").strip() for x in (first, second))
    return (
        FOUR_BY_FOUR.fullmatch(a) is not None
        and FOUR_BY_FOUR.fullmatch(b) is None
        and len(compact(b)) > len(compact(a))
    )


def is_occasion(first: str, second: str) -> bool:
    """``3月24日是世界防治结核病日`` or ``第三届塬上民间艺术节开幕`` over the story's own title: the
    occasion it is told on, the kicker (never over a leader's part in it, ``…出席并致辞``)."""
    a = first.replace(" ", "").replace("\u3000", "")
    return (
        OBSERVANCE.fullmatch(a) is not None
        or EDITION_OPENS.fullmatch(a) is not None
        or COUNTDOWN.fullmatch(a) is not None
    ) and not SUBTITLE_CUE.search(second)


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
    # of its own ("醉酒男子躺在马路中间" / "巡警及时将其扶到路边"): title + subtitle.  So is a first
    # line that reports its event done ("沿江至海港货运班列开通" / "沿线运输时间缩短一半"), or
    # launched under its quoted name ("全市启动“春风行动”" / "送岗位到农民工家门口").
    if FIGURE_END.search(a) or BACK_REFERENCE.search(b) or EVENT_END.search(a) or NAMED_EVENT_END.search(a):
        return False
    # A count added ("城区新增4条公交线路" / "通达北郊新区和高铁站") or a season arrived
    # ("夏季用电高峰来临" / …), an event or a milestone ("…首破亿吨") is a full clause: title + subtitle.
    if ADDED_COUNT_END.search(a) or ARRIVAL_END.search(a) or is_full_report(a):  # "…发生5.8级地震"
        return False
    # A second line led by a body of the city as its own subject is a clause of its own
    # ("奥运热带火全民健身" / "市体育馆场地预约爆满"), and so is one led by many or each of a
    # kind ("国际金融市场持续动荡" / "多国央行向市场注资稳定信心"): title + subtitle.
    if CITY_BODY_LEAD.match(b) or COLLECTIVE_LEAD.match(b):
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


def split_headline(stack: list[Line], *, signed: bool = False) -> tuple[str | None, str, str | None]:
    """Kicker, title, subtitle from a headline stack (``signed``: a bare name after a bullet
    follows it, ``□聂远山``: two lines over it are a column's name and the piece's title).

    Two plain lines are title + subtitle (``市领导到中牟县接访`` / ``树牢以人民为中心…``) unless
    the first ends like a kicker (``…指挥部时强调``), the second names an event happening under a
    theme (``“花儿”唱响夏夜广场`` / ``首届夏都“花儿”音乐周开幕``: kicker + title), the first names
    an event over a display slogan (``…第四次会议开幕`` / ``凝心聚力开新局　奋楫笃行谱新篇``: kicker
    + title, the slogan the page's big type), the first reports something begun place after
    place (``北方供暖季陆续开始`` / ``多地提前启动供暖``: kicker + title), or the two are one
    title set in two lines.  A slogan of four characters and four over a longer headline of two
    clauses (``喜迎国庆　全民健身`` / ``千名跑友环湖跑 为祖国庆生``) is its kicker.  A setting's phrase (``寒潮下的城市“暖”行动``) or a phase entered
    (``灾后重建进入攻坚阶段``) over a longer headline is its kicker.  So is a line naming the day
    a date is (``3月24日是世界防治结核病日``) or a numbered festival's opening (``第三届…艺术节开幕``)
    over the story's own title, a countdown (``…运动会倒计时30天``), a theme closed by its quoted
    catchword (``新春开局“拼经济”``), and a label of four characters at most (``高原冬日``).
    A short first line is a column's name over a longer title unless it
    reports its event done over a figure (``年末消费季启动`` / ``发放数字消费券3000万元``) or says
    what goes on until an hour (``夏夜读书到十点``: the title, never a column's name nor a route).  A ``——`` line is the subtitle; a
    bracketed column label (``（新春走基层）``) becomes the kicker when there is none.
    """
    labels = [ln.rest for ln in stack if ln.kind == "label"]
    plain: list[str] = []
    subtitle = None
    for ln in stack:
        if ln.kind == "label":
            continue
        label, text = peel_head_label(ln.rest or ln.text) if not plain else (None, ln.rest or ln.text)
        labels += [label] if label else []  # "（新春走基层）守了十年的山顶瞭望塔": the column's label
        if text.startswith("——") and plain:
            subtitle = text.lstrip("—").strip()
        elif "——" in text[4:].rstrip("—") and not plain[1:]:  # not a lead-in's closing dash
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
    elif len(plain) == 2 and subtitle is None and ROUTE.fullmatch(plain[0]) and not is_until_hour(plain[0]):
        title = " ".join(plain)
    elif len(plain) == 2 and subtitle is None and is_news_over_deck(plain[0], plain[1]):
        title, subtitle = plain  # "强风暴横扫西欧 多国交通受阻" / "比利时荷兰…": news, never a slogan
    elif len(plain) == 2 and (
        subtitle is not None
        or (KICKER_CUE.search(plain[0]) and not is_until_hour(plain[0]))  # "…延至23时" is an hour
        # A slogan over a plain title; a deck that counts under two spaced clauses reports their
        # detail: "高温天气持续 中暑病人增多" / "…一周接诊中暑患者40余人" is title + subtitle.
        # A date is no count: "元宵过了　灯会还在" / "筠溪彩灯会延期至2月23日" is kicker + title.
        # A season's arrival and what it brought is a title itself: "开学季来临 “护眼”生意火了" /
        # "眼镜店验光要排长队　专家提醒…" is title + subtitle.
        or (
            is_slogan(plain[0])
            and (not is_slogan(plain[1]) or is_slogan_over_news(plain[0], plain[1]))
            and (not FIGURE.search(DATE.sub("", plain[1])) or FOUR_BY_FOUR.fullmatch(plain[0].strip()))
            and not ARRIVAL_END.search(plain[0].split()[0])
            and not is_change_reported(plain[0])  # "暖气不热 换热站“病”了": news, never a slogan
        )
        # A column: "开局之年看基层"; never an event reported done over its figure, the subtitle
        # ("年末消费季启动" / "发放数字消费券3000万元", like "…二期工程启动" / "将新建…26公里").
        or (
            (
                # never a clause going on until an hour: "夏夜读书到十点" is a title
                (len(plain[0]) <= 8 and len(plain[1]) >= len(plain[0]) + 3 and not is_until_hour(plain[0]))
                or is_catchword_theme(plain[0], plain[1])
                or (len(compact(plain[0])) <= LABEL_MAX and not FIGURE.search(plain[0]))
            )
            and not (EVENT_END.search(plain[0]) and FIGURE.search(plain[1]))
            and not is_news_over_authorities(plain[0], plain[1])  # "春运明日启动" / "铁路部门…"
        )
        or is_occasion(plain[0], plain[1])
        or signed  # a signed piece has no deck: "我与书的故事" / "父亲的那只旧书箱" / "□聂远山"
        or (UNDER_WAY.search(plain[0]) is not None and not FIGURE.search(plain[1]))
        or (EVENT_END.search(plain[0]) is not None and DEADLINE_DONE.search(plain[1]) is not None)
        or COLUMN_NAME.fullmatch(plain[0]) is not None
        or is_theme_kicker(plain[0], plain[1])  # "…经济运行观察", "直播带货助农增收"
        or DOTTED_COLUMN.fullmatch(plain[0].strip()) is not None
        or NUMBERED_SERIES.fullmatch(plain[0].strip()) is not None
        or STUDY_CAMPAIGN.fullmatch(plain[0].strip()) is not None
        or SERIES.fullmatch(plain[0].replace(" ", "")) is not None
        or (THEME_COLUMN.fullmatch(plain[0].strip()) is not None and len(plain[1]) >= len(plain[0]))
        or is_year_topic(plain[0], plain[1])
        or (EVENT_END.search(plain[1]) is not None and EVENT_END.search(plain[0]) is None)
        or (EVENT_END.search(plain[0]) is not None and is_slogan(plain[1]))
        or (SETTING.fullmatch(plain[0].strip()) is not None and len(plain[1]) > len(plain[0]))
        or (PHASE.fullmatch(plain[0].strip()) is not None and len(plain[1]) > len(plain[0]))
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

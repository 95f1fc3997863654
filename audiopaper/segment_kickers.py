"""Kicker lines a headline stack opens with that no length or shape rule of
:mod:`audiopaper.segment_split` finds: they are long, yet never a headline by themselves.

Why a module of its own: :mod:`audiopaper.segment_split` is full; these are the conventions of
lines that lead into the title under them by what their last words are:

* a source of findings and its verb of reporting, the title being what it shows
  (``国际能源机构报告显示`` / ``全球可再生能源发电装机持续增长``, like ``…时强调``), and a
  meeting setting out work (``国务院常务会议部署`` / ``进一步做好冬季农业生产工作``);
* a running series' name closed by the column word ``观察`` however long the topic before it
  (``一季度经济运行观察`` / ``全市工业经济实现“开门红”``, like the short ``国际观察``);
* a practice and whom it helps to what gain, a campaign's theme (``直播带货助农增收`` /
  ``潭屿蜜柚走进直播间``, like the spaced ``助企纾困　激发活力``);
* a campaign named for its day in figures and where it is lived (``“3·15”在行动`` /
  ``买到“翻新机” 消费者获三倍赔偿``, like the series ``两会精神在基层``);
* a contest's start on a named day, the occasion of the story under it (``“村BA”总决赛今晚开打``
  / ``八支乡村球队争夺“金篮球”``, like a numbered festival's opening), or in an edition named
  by its year (``2025岚屿半程马拉松鸣枪开跑`` / ``1.5万名跑者“跑”过海岸线``);
* a theme over a line that opens with a named work, the story's title (``原创剧目讲好海岛故事``
  / ``话剧《渔灯》首演 讲述三代守岛人的故事``);
* a lead-in of two spaced clauses over a shorter pair of its own, the occasion and the general
  state over the specific news (``节日临近　本地花市迎来销售旺季`` / ``鲜花提前上市　价格平稳``);
* who speaks and on what, closed by a verb of talking and a short topic, over a line that is
  wholly their words in quotes (``两会代表委员回乡谈感受`` / ``“把群众的期盼带上去　把两会精神带回来”``,
  like ``代表心声`` over a quote);
* a topic in focus, a line opening on ``聚焦`` with no subject before it, however long
  (``聚焦秋冬季大气污染防治`` / ``京津冀及周边地区将开展联合执法检查``, like ``聚焦全国两会``);
* a contest's bare name, no verb, over the result or the round told under it (``丰岚城市篮球联赛``
  / ``卫冕冠军主场加时险胜``), its round maybe after it (``…篮球联赛八强战`` / ``主场绝杀…``);
* a period's review closed by ``分析``, ``综述`` or ``述评`` (``上半年全市经济运行综述`` / its verdict);
* a readers' series of first-person stories (``我的读书故事`` / ``父亲的借书卡``);
* a portrait series naming the people it is about (``走进新时代的巢塘人`` / ``“老潘”的新书屋``,
  :mod:`audiopaper.segment_portraitkickers`);
* a column's name closed by the word of its kind, a class, a garden, a forum, the front line or
  face to face, however alike in length the title under it (``厨房小课堂`` / ``春笋炒腊肉``,
  ``理论热点面对面`` / ``如何理解“扩权强县”？``).

Whether a signed piece's byline (``□聂远山``) follows the stack is told here too (``signs_piece``).
"""

from __future__ import annotations

import re

from .segment_boxkickers import is_box_kicker
from .segment_heads import SIGNATURE_LINE
from .segment_lines import Line
from .segment_portraitkickers import is_people_series
from .segment_scopekickers import is_state_over_home_count, is_wider_event_over_part
from .segment_serieslabels import is_series_part

# A source of findings and its verb of reporting: "报告显示", "调查显示", "数据显示", "统计显示".
# What it shows is the title under it, so the line ends a kicker (it is a pattern for KICKER_CUE,
# checked at the line's end).  Only after a source: a screen's "显示" is a noun.
FINDING_LEAD = r"(?:报告|调查|数据|统计|研究|监测|民调|问卷|评估|测算)显示"

# A meeting and its verb of setting out work: "国务院常务会议部署", "省委常委会研究部署".  What it
# set out is the title under it ("进一步做好冬季农业生产工作"), as with "…会议要求" or "…时强调",
# so the line ends a kicker (another pattern for KICKER_CUE).  Only after the meeting: a plan as a
# noun closes a title ("防汛工作全面部署", "全国秋季开学安全检查工作部署").
MEETING_SETS_OUT = r"(?:会议|常务会|常委会|全会|党组会|办公会)(?:研究)?部署"

# A series' name closed by "观察": "经济运行观察", "“营改增”全面推开首月观察".  Every such first
# line of a two-line stack in the golds is the kicker.  Watching as a verb closes a title instead:
# "密接人员集中隔离观察", "患儿仍需留院观察".
SERIES_WATCH = re.compile(r"[\u4e00-\u9fa5“”·]{2,14}观察")
WATCHING = re.compile(r"(?:隔离|居家|医学|留院|住院|留观|继续|密切|仔细|持续|进一步|跟踪)观察$")


def is_series_watch(line: str) -> bool:
    """``一季度经济运行观察`` (over the series' story ``全市工业经济实现“开门红”``): a column's name."""
    text = line.replace("\u3000", " ").strip()
    return SERIES_WATCH.fullmatch(text) is not None and WATCHING.search(text) is None


# A periodic review named for the period it covers and closed by "分析": "一季度经济运行分析",
# "上半年经济运行分析", "1—5月工业经济分析", the statistics bureau's quarterly column over the
# news of the figures.  Both such first lines of a stack in the golds are the kicker (and no title
# of the pages ends so); without the period ("事故原因分析", "专家分析") it may be a title itself.
PERIOD = (
    r"(?:前?[一二三四1-4]季度|[上下]半年|全年|年度|前[一二三四五六七八九十]{1,2}个月"
    r"|\d{1,2}(?:[—\-－~～至]\d{1,2})?月份?)"
)
# A review of the period closed by "综述" or "述评" is the same column: "上半年全市经济运行综述" over
# its verdict "稳中有进 后劲增强".
PERIOD_ANALYSIS = re.compile(rf"{PERIOD}[\u4e00-\u9fa5“”]{{2,10}}(?:分析|综述|述评)")


def is_period_analysis(line: str) -> bool:
    """``一季度经济运行分析`` (over ``全市经济开局平稳 结构调整步伐加快``): the review of a period,
    a running column's name, the kicker over the news told under it."""
    return PERIOD_ANALYSIS.fullmatch(line.replace("\u3000", " ").strip()) is not None


# A practice and whom it helps to what gain, the theme of a campaign: "直播带货助农增收",
# "消费帮扶助农致富", "金融活水助企纾困".  "助" + the helped (farmers, firms, the people) + a
# two-character gain closes the line; the practice before it names no one who did it.  Every such
# first line of a stack in the golds is the kicker (spaced, "助企纾困　激发活力" is one too); a
# report of it names its doer and its day ("南岭县“共享农机”助力冬种" is a title).
HELP_THEME = re.compile(r"[\u4e00-\u9fa5“”]{2,6}助(?:农|企|民)(?:增收|致富|纾困|解困|脱贫|兴业)")
# A figure in the line under the theme is the amount its practice brought, a subtitle's detail:
# "电商直播助农增收" / "三天卖出蜜柚1.2万斤" is title + subtitle.
FIGURE = re.compile(r"\d|[一二三四五六七八九十两][十百千万亿]")


def is_help_theme(first: str, second: str) -> bool:
    """``直播带货助农增收`` over ``潭屿蜜柚走进直播间``: a practice and whom it helps to what gain,
    the campaign's theme, is the kicker over the news told under it (never over a figure, the
    detail of a title: ``…助农增收`` / ``三天卖出蜜柚1.2万斤`` is title + subtitle).
    """
    a, b = (x.replace("\u3000", " ").strip() for x in (first, second))
    return (
        HELP_THEME.fullmatch(a) is not None
        and not FIGURE.search(a)
        and not FIGURE.search(b)
        and " " not in b
        and len(b) >= len(a)
    )


# A campaign named for its day in figures (month·day: "3·15", "“12·4”") and where or how it is lived,
# the shape of segment_split's SERIES ("两会精神在基层", "奥运在身边") whose theme is a day's name:
# "“3·15”在行动", "3·15在身边", "“12·2” 安全在路上".  Every such first line of a stack in the golds
# is the kicker, as is every "…在行动"/"…在身边" first line; one thing only and short ("“3·15”在即",
# the day near) is no series.  Alone over its text ("护河志愿者在行动") a line is the title itself.
DAY_SERIES = re.compile(r"“?\d{1,2}·\d{1,2}”?(?: ?[\u4e00-\u9fa5]{1,4})?在[\u4e00-\u9fa5]{2}")


def is_day_series(line: str) -> bool:
    """``“3·15”在行动`` (over ``买到“翻新机” 消费者获三倍赔偿``): a campaign named for its day and
    where it is lived, a running series' name, the kicker over the news told under it."""
    return DAY_SERIES.fullmatch(line.replace("\u3000", " ").strip()) is not None


# A contest's stage starting on a named day: "“村BA”总决赛今晚开打", "全省中学生篮球联赛明日开赛",
# "2021滇阳马拉松昨日开跑".  The day makes it the occasion the story under it is told on (who
# contends, for what), as a numbered festival's opening is (segment_split.EDITION_OPENS); with no
# day, "“池阳小工匠”职业技能大赛开赛" / "28个赛项吸引1600余名选手参赛" is title + subtitle, and a
# contest ended ("…联赛收官" / "…首次捧杯") is left to the rules of segment_split.
CONTEST = r"(?:总决赛|半决赛|决赛|联赛|锦标赛|杯赛|邀请赛|公开赛|大赛|运动会|马拉松|揭幕战)"
# The start itself, after the starter's gun or whistle: "开打", "鸣枪开跑", "鸣哨开赛".
CONTEST_START = r"(?:鸣枪|鸣哨)?(?:开打|开赛|鸣哨|开战|打响|揭幕|开幕|开杆|开锣|开跑|鸣枪)"
CONTEST_OPENS = re.compile(
    rf"[\u4e00-\u9fa5“”A-Za-z\d·]{{2,14}}{CONTEST}"
    r"(?:今晚|今夜|今日|今天|明日|明天|明晚|昨日|昨晚|今起|明起|本周[一二三四五六日末]?)"
    rf"{CONTEST_START}"
)
# A contest's edition named by its year, starting: "2025岚屿半程马拉松鸣枪开跑", "2024滨江国际
# 马拉松开跑".  The year names the edition, as "第三届" does a festival's (EDITION_OPENS), and
# makes the start the occasion even with no day; every year-led first line of a two-line stack in
# the golds is the kicker ("2026年民生实事", "2021高考").  With neither day nor edition,
# "“池阳小工匠”职业技能大赛开赛" over its count of entrants is title + subtitle.
YEAR_CONTEST_OPENS = re.compile(
    rf"(?:19|20)\d{{2}}年?[\u4e00-\u9fa5“”A-Za-z·]{{2,14}}{CONTEST}{CONTEST_START}"
)
CONTENDER_MIN = 6  # characters of the line under it: who contends, a clause of its own


def is_contest_opening(first: str, second: str) -> bool:
    """``“村BA”总决赛今晚开打`` over ``八支乡村球队争夺“金篮球”``: a contest starting on a named
    day, or its edition named by the year (``2025岚屿半程马拉松鸣枪开跑`` / ``1.5万名跑者…``), is
    the occasion, the kicker over the story's own title (never over a leader's part in it,
    ``…出席并致辞``, nor a ``——`` line)."""
    a, b = (x.replace("\u3000", " ").strip() for x in (first, second))
    return (
        (CONTEST_OPENS.fullmatch(a) is not None or YEAR_CONTEST_OPENS.fullmatch(a) is not None)
        and len(b) >= CONTENDER_MIN
        and not b.startswith("—")
        and re.search(r"(?:出席|主持|致辞|讲话)(?:并[\u4e00-\u9fa5]{1,4})?$", b) is None  # "…出席并鸣枪"
    )


# A work of the stage, screen or page named in book marks, opening the line as the news' subject,
# after its genre at most: "话剧《渔灯》首演 讲述…", "《江城旧事》新书分享会举行".  The line that
# names the work is the story's title; a line over it that names none is the theme or column it is
# told under ("原创剧目讲好海岛故事", "书香枫江"): every two-line stack of the golds whose second
# line opens so is kicker + title.  Never over an event reported (a season of shows opening over
# "《丝路花雨》等12台剧目轮番上演" is title + subtitle) nor over a figure, nor a document's name.
WORK_LEAD = re.compile(
    r"(?:话剧|歌剧|舞剧|音乐剧|儿童剧|戏剧|越剧|黄梅戏|京剧|昆曲|豫剧|川剧|粤剧|评剧|秦腔|曲剧|花鼓戏"
    r"|电影|影片|纪录片|电视剧|网剧|动画片|动画电影|微电影|新书|小说|长篇小说|诗集|散文集|专著|图书|画册|舞蹈|剧目)?"
    r"《(?P<name>[^《》]{2,16})》"
)
# A document in book marks is no work told under a theme: "《关于支持中小企业发展的若干措施》印发"
# under "我市出台惠企新政" reports the paper the title's news is.
DOCUMENT = re.compile(
    r"^关于|(?:条例|办法|规定|意见|方案|措施|通知|决定|规划|纲要|细则|法|报告|白皮书|公报|指南|清单|目录)$"
)
WORK_KICKER_MAX = 12  # characters of the theme over the work's line
# An event reported done closes a title, never a theme: "新春演出季开幕", "…展演举行".
SHOW_EVENT_END = re.compile(r"(?:开幕|闭幕|召开|举行|举办|启动|启幕|揭幕|开演|上演|落幕|开展|收官)$")


def is_theme_over_work(first: str, second: str) -> bool:
    """``原创剧目讲好海岛故事`` over ``话剧《渔灯》首演 讲述三代守岛人的故事``: a second line opening
    with a named work (after its genre) is the story's title, the line over it its theme."""
    a, b = (x.replace("\u3000", " ").strip() for x in (first, second))
    m = WORK_LEAD.match(b)
    return (
        m is not None
        and DOCUMENT.search(m["name"]) is None
        and "《" not in a
        and " " not in a
        and len(a) <= WORK_KICKER_MAX
        and len(b) > len(a)
        and not FIGURE.search(a)
        and not FIGURE.search(b)
        and not SHOW_EVENT_END.search(a)
    )


# Quote marks are never read: a line is measured by the characters it says.
UNREAD = re.compile(r"[\s\u3000“”‘’\"]")
# How much shorter the title is than the lead-in over it: a clear difference, never a like length.
LEAD_IN_EXCESS = 3


def is_lead_in_over_news(first: str, second: str) -> bool:
    """``节日临近　本地花市迎来销售旺季`` over ``鲜花提前上市　价格平稳``: two spaced clauses over a
    pair of their own at least three characters shorter are kicker + title.

    Why: a deck (副题) details its title, so it runs no shorter than the title it adds to, while a
    lead-in (引题) sets the occasion and the general state, and the main title in the big type under
    it is the short, specific news.  Audited over every stack of two spaced two-clause lines in
    the golds: each title + subtitle pair has the longer second line (``八旬老人独居　三天不见人影``
    / ``邻居报警　民警破门救出摔倒老人``, ``开学季来临 “护眼”生意火了`` / a longer deck), and every
    first line longer than the second is a kicker.  One clause either side is no such pair, and a
    count under it is a deck's detail (``榕北第三十八届迎春花市``/``今晚在骑楼老街开锣`` set back on
    one line over ``设花档620个　持续至除夕凌晨`` is title + subtitle).
    """
    a, b = (x.replace("\u3000", " ").split() for x in (first, second))
    if len(a) != 2 or len(b) != 2 or FIGURE.search(second):
        return False
    return len(UNREAD.sub("", first)) >= len(UNREAD.sub("", second)) + LEAD_IN_EXCESS


def is_theme_kicker(first: str, second: str) -> bool:
    """A first line that is a column's or a campaign's theme by its own words: a series' name
    closed by ``观察`` (or a period's review closed by ``分析``), a practice helping to a gain, or a day's campaign where it is lived
    (``“3·15”在行动``): the kicker over the second line.  So is a contest starting on a named day
    (``…总决赛今晚开打``) or in an edition named by its year (``2025…马拉松鸣枪开跑``), and a
    theme over a line opening with a named work (``话剧《渔灯》首演…``), and a lead-in of two spaced
    clauses over a shorter pair (``节日临近　本地花市迎来销售旺季`` / ``鲜花提前上市　价格平稳``).  A report over a display slogan (``代表委员热议政府工作报告`` /
    ``“稳”字当头 “进”字为要``) is title + subtitle, as a front page's 导读 names it by the report."""
    return (
        is_series_watch(first)
        or is_series_part(first)  # "实干争先系列评论之一" / the part's own title
        or is_period_analysis(first)
        or is_help_theme(first, second)
        or is_day_series(first)
        or is_contest_opening(first, second)
        or is_theme_over_work(first, second)
        or is_lead_in_over_news(first, second)
        or is_focus_topic(first, second)
        or is_voices_over_quote(first, second)
        or is_contest_name(first, second)
        or is_column_name(first, second)
        or is_story_series(first, second)
        or is_people_series(first, second)  # "走进新时代的巢塘人" / "“老潘”的新书屋"
        or is_box_kicker(first, second)  # "渡河城投队" / "本周赛程", "健康小贴士", a reading
        or is_state_over_home_count(first, second)  # "“三夏”麦收进度过半" / "全市已收获…63万亩"
        or is_wider_event_over_part(first, second)  # "我省…亮相…农博会" / "东泊展区签约额…"
    )


# A contest's bare name, a league or tournament and no verb: "丰岚城市篮球联赛", "省足球超级联赛".
# Over the line under it (a result, "卫冕冠军主场加时险胜"; a fixture, "濠山队主场迎战榜首球队") it
# is the kicker: every first line of a two-line stack in the golds that is only a contest's name is,
# and a title that ends on one has its verb ("我市将承办全省青少年游泳锦标赛").  A line naming who
# won what at it ("韶江籍选手全国青年游泳锦标赛" / "收获一金一银") is one title, joined before this.
# The round may follow the name, still no verb: "平陵城市篮球联赛八强战", "…联赛半决赛" over the result.
ROUND = r"(?:[一二三四五六八十]{1,2}强(?:战|赛)?|小组赛|淘汰赛|季后赛|半决赛|决赛|总决赛|首回合|次回合)"
CONTEST_NAME = re.compile(rf"[\u4e00-\u9fa5“”A-Za-z·]{{2,8}}{CONTEST}{ROUND}?")
# A verb of hosting or taking part, or who takes part, makes the line a clause, never a bare name.
CONTEST_VERB = re.compile(r"承办|举办|主办|参加|备战|迎战|出战|征战|亮相|落户|走进|选手|运动员|队员|健儿")


def is_contest_name(first: str, second: str) -> bool:
    """``丰岚城市篮球联赛`` over ``卫冕冠军主场加时险胜``: a contest's bare name is the kicker over
    the result told under it (never over a ``——`` line, nor a leader's part, ``…出席并致辞``)."""
    a, b = (x.replace("\u3000", " ").strip() for x in (first, second))
    return (
        CONTEST_NAME.fullmatch(a) is not None
        and CONTEST_VERB.search(a) is None
        and not FIGURE.search(a)
        and len(b) >= len(a)
        and not b.startswith("—")
        and re.search(r"(?:出席|主持|致辞|讲话)(?:并[\u4e00-\u9fa5]{1,4})?$", b) is None
    )


# A column's name closed by the word of its kind: a class ("厨房小课堂", "理财课堂"), a garden
# ("理论园地"), a forum ("嘉溪论坛"), the front line ("乡村振兴一线", "战“疫”一线"), face to face
# ("理论热点面对面").  Audited over the golds: every such first line of eight characters at most
# over another line is a kicker; a title ending so has its verb ("川剧“变脸”走进课堂",
# "城郊“共享菜园”成了亲子课堂") or runs longer ("红色故事宣讲团走进乡村课堂").
COLUMN_KIND = re.compile(r"(?P<topic>[\u4e00-\u9fa5“”]{2,6})(?:小?课堂|园地|论坛|一线|面对面)")
COLUMN_VERB = re.compile(r"走进|进入|成了|成为|变成|搬进|开进|来到|回到|深入")
COLUMN_NAME_MAX = 8  # characters said, quote marks never read


def is_column_name(first: str, second: str) -> bool:
    """``厨房小课堂`` over ``春笋炒腊肉``: a column's name closed by its kind's word is the kicker
    over the piece's title, even one no longer than it (never over a ``——`` line)."""
    a, b = (x.replace("\u3000", " ").strip() for x in (first, second))
    m = COLUMN_KIND.fullmatch(a)
    return (
        m is not None
        and COLUMN_VERB.search(a) is None
        and len(UNREAD.sub("", a)) <= COLUMN_NAME_MAX
        and len(UNREAD.sub("", b)) >= 2
        and not b.startswith("—")
    )


# A readers' series of first-person stories: "我的读书故事", "我与书的故事", "我和祖国的故事".
# Every piece under it is a reader's own, with a title of its own under the series' name; a title
# in the first person names what the story is about ("我的父亲"), never the word 故事 itself.
STORY_SERIES = re.compile(r"我(?:的|与|和)[\u4e00-\u9fa5“”]{1,6}故事")


def is_story_series(first: str, second: str) -> bool:
    """``我的读书故事`` over ``父亲的借书卡``: a series of readers' first-person stories is the
    kicker over each piece's own title (never over a ``——`` line)."""
    a, b = (x.replace("\u3000", " ").strip() for x in (first, second))
    return STORY_SERIES.fullmatch(a) is not None and len(UNREAD.sub("", b)) >= 4 and not b.startswith("—")


# A topic in focus: "聚焦全国两会", "聚焦供给侧结构性改革", "聚焦高质量发展·冬日探访".  Opening
# the line, with no subject before it, it names the campaign or topic the story is filed under;
# after a subject it is the title's verb ("东盟经济部长会议聚焦区域经济一体化").
FOCUS_TOPIC = re.compile(r"聚焦[\u4e00-\u9fa5“”·]{2,16}")


def is_focus_topic(first: str, second: str) -> bool:
    """``聚焦秋冬季大气污染防治`` over ``京津冀及周边地区将开展联合执法检查``: the topic in focus, the
    kicker.  Audited over every two-line stack of the golds: all thirteen first lines opening on
    ``聚焦`` are kickers, and no title of the pages opens so.  The news under it is a clause of its
    own, never shorter than the topic."""
    a = first.replace("\u3000", " ").strip()
    return FOCUS_TOPIC.fullmatch(a) is not None and len(second.strip()) > len(a)


# Who speaks, a verb of talking and a short topic: "两会代表委员回乡谈感受", "老党员话变化",
# "返乡青年说心得".  A report of a debate names its whole object ("代表委员热议政府工作报告").
VOICES_ON = re.compile(
    r"[\u4e00-\u9fa5“”]{2,12}(?:谈|话|说|聊)(?:感受|体会|心得|收获|变化|期盼|期待|心声|打算|感想|见闻)"
)
# A line that is wholly one quotation, what was said: "“把群众的期盼带上去　把两会精神带回来”".
# Two quoted catchwords with words between them ("“小卡片”服务“大民生”") are no one quotation.
ONE_QUOTE = re.compile(r"“[^“”]{4,}”")


def is_voices_over_quote(first: str, second: str) -> bool:
    """``两会代表委员回乡谈感受`` over ``“把群众的期盼带上去　把两会精神带回来”``: who speaks and on
    what, over their words in quotes, is kicker + title (the quote is the big type, like
    ``代表心声`` / ``“我带来了家乡的期盼”``).  Audited over the golds: every first line so closed
    is a kicker or a title of its own; no title over a quoted deck is closed so."""
    a, b = (x.replace("\u3000", " ").strip() for x in (first, second))
    return VOICES_ON.fullmatch(a) is not None and ONE_QUOTE.fullmatch(b) is not None


def signs_piece(nxt: Line | None) -> bool:
    """``□聂远山`` (``□ 江  平``, ``◎岭  言``) right under a headline stack: a bare name after a
    bullet, the writer's mark of a signed piece, an essay or a commentary.  Such a piece carries a
    column's name over its title and never a deck (a ``——`` line is its subtitle): every two-line
    stack over such a name in the golds is kicker + title (``我与书的故事`` / ``父亲的那只旧书箱``,
    ``嫩川时评`` / ``把群众的冷暖放在心上``).  A reporter's byline after a bullet
    (``■晚报记者　郝东来``) is no such mark: ``雪河城市足球联赛收官`` / ``城西“老街坊队”首次捧杯``
    over it is title + subtitle.  The caller passes it as ``split_headline(..., signed=True)``.
    """
    return nxt is not None and nxt.kind == "byline" and SIGNATURE_LINE.match(nxt.text.strip()) is not None

"""One title set in two lines: when a headline's line cannot stand alone, the next finishes it.

Why a module of its own: :mod:`audiopaper.segment_heads` reads two plain headline lines as a
title and its subtitle; that is right when each line is a headline by itself (``菜价连续三周回落``
/ ``白菜每斤降至八毛``), wrong when a long title was only broken by the typesetter.  A broken
title shows where it was cut, by the shape of its lines alone:

* the first line ends on a verb that takes an object (``前三季度全市规模以上工业企业实现`` /
  ``主营业务收入1286亿元``, ``我省3个项目入选`` / ``国家级农业科技示范园区``), or on a plan
  after a modal (``今冬明春全国将开展`` / ``农民工工资支付专项检查``);
* the first line is only who or what is counted, its predicate below (``城区7万户居民`` /
  ``告别“土暖气”``, ``借条上一字之差 五万元借款`` / ``差点打了水漂``, ``全国已有2.3亿人次`` /
  ``享受城镇居民医保``);
* the second line is only the amount the first line's count reached (``全市春运首周发送旅客`` /
  ``突破86万人次``), or the figure a change brought it to, with no subject of its own
  (``企业投资项目审批`` / ``压缩至60天以内``; ``年吞吐能力提升至2800万吨`` names its own), or the medals won at the competition the first line names
  (``韶江籍选手全国青年游泳锦标赛`` / ``收获一金一银``), or only the change against last year
  of what the first line names (``前10月全市外贸进出口`` / ``同比增长14.2%``; under a line
  closed by its own count, ``…审结各类案件8.6万件``, it is the subtitle), led or not by the
  period it covers (``梧亭港集装箱吞吐量`` / ``前5个月同比增长23%``: the measure named above,
  the period and its change below; ``4月份规上工业增加值同比增长5.2%`` names its own);
* the first line reports a match result from where it was played, its team in the second
  (``主场3:1逆转金陵星火`` / ``甬城海港提前两轮保级成功``);
* the first line names the means and ends on the verb it drives, its object below
  (``以产业融合推动`` / ``高原特色农业转型升级``);
* the first line is who did it and over what span, the second only the verb and its count
  (``嫩北火车站春运首周`` / ``发送旅客16.8万人次``);
* the first line names an event's edition, the second only when and where it happens
  (``榕北第三十八届迎春花市`` / ``今晚在骑楼老街开锣``);
* the first line's last clause is only who, a group of people after a comma, its predicate
  below (``高考结束了，今年我市考生`` / ``考场上有哪些“小插曲”``);
* the first line is only who is counted, named at more length (``我市38名奥运志愿者``), and the
  second opens on ``在`` and a place, the predicate of that subject with none of its own
  (``在京服务城市运行``: joined with no space, one clause);
* the first line is only a service or a place offering it, named by its kind with no verb
  (``春风行动招聘会``, ``“一老一小”服务站``, ``市民服务中心延时服务``), and the second opens on a verb
  saying what it gives, reaches or receives, with no subject of its own (``提供岗位1.2万个``,
  ``覆盖全部城市社区``, ``受到企业群众欢迎``: joined with no space, one clause); a first line
  reporting its event (``全市春季招聘月启动`` / ``提供岗位1.8万个``) is a clause, the title over
  its subtitle;
* the first line is only a name of a few characters, the second only where it goes
  (``莒原小杂粮`` / ``走出深山闯市场``);
* the first line is only who is counted, told apart by a clause closed by ``的``, and the second
  opens on an adverb taking all of them in, the predicate of that subject
  (``暴雨中被困的七名游客`` / ``全部安全转移``: joined with no space, one clause);
* the first line only names an event, the second only when it starts and its verb, with no
  subject of its own (``高校毕业生就业服务月`` / ``11月启动``, set on one line
  ``全民健身月3月1日启动``: joined with no space), numbered or not (``第十届寒岭冰雪季`` /
  ``12月20日启幕``, as the e-paper's own headline list sets it: ``寒岭冰雪季12月20日启幕``);
* the first line hosts an event and breaks off inside its name, the second only the rest of
  that name closed by the kind of event (``我市在京举办数字经济`` / ``产业招商推介会``: joined
  with no space, a verb and its object); a first line naming the whole event
  (``市政协召开专题协商会`` / ``建言…``) is a clause already;
* the first line is only who speaks and a colon, the second what they said, joined with no
  space as on one line (``国家发改委：`` / ``今年国内粮食有望再获丰收``);
* the first line ends on what a market report judges, its supply or prices, and the second is
  only the judgement, a state with no subject of its own before it (``全县“两节”期间市场供应`` /
  ``充足价格平稳``: joined with no space, one clause); a second line with its own subject
  (``货源充足 价格平稳``) is a deck;
* the first line is only a time clause measuring how long since something was done, the
  sentence's opening, and the second the clause it opens (``停产三个月后`` / ``这家工厂订单
  排满全年``: joined with no space); an occasion over a title (``暴雨过后``, ``3·15之后``,
  ``入冬以来…``) names no span and stays the kicker, as do ``…之际``, ``…前夕``, ``…期间``.

Two full clauses stay title and subtitle however alike their lengths
(``醉酒男子躺在马路中间`` / ``巡警及时将其扶到路边``); so does a second line that lists or
pauses (a comma), is a pair of spaced clauses, or names who presided.
"""

from __future__ import annotations

import re

# A verb that takes its object on the next line; headlines never end on one.
OBJECT_VERB = re.compile(
    r"(?:实现|入选|入围|荣获|获评|获颁|跻身|成为|列入|纳入|位列|迎来|涉及|覆盖|"
    r"(?:将|拟|要|计划)(?:开展|实施|推行|新建|改造|建设))$"
)
# In digits, or in words with a magnitude ("五万", "三十"): never a lone "一" ("一家之言").
COUNT = r"(?:\d+(?:\.\d+)?[万亿]?|[一二三四五六七八九十两百千]+[万亿]|[一二三四五六七八九两][十百千]+)"
MEASURE = r"(?:个|户|名|家|所|位|座|辆|条|项|只|头|批|支|台|套|间|元|人次|人)"
# Who or what is counted, the line's end: "城区7万户居民", "2.6万名农民工", "… 五万元借款".  Before
# the count only a place ("城区", "砚溪老城区"), a clause set off by a space, or nothing, so that
# "全市新增10家企业" (a full clause) is never taken for one; a count after "有" (``全国已有2.3亿
# 人次``) is the subject of the verb the next line brings.
COUNTED = re.compile(
    rf"(?:^|[\s\u3000]|[市区县省镇乡村国州城])(?:{COUNT}{MEASURE}[\u4e00-\u9fa5]{{1,4}})$"
    rf"|有{COUNT}{MEASURE}$"
)
FIGURE = re.compile(r"\d|[一二三四五六七八九十两][十百千万亿]")
# Only the amount reached, or the figure a change brought it to, with no subject of its own:
# "突破86万人次", "超过10亿元", "压缩至60天以内", "缩短到3个工作日".
AMOUNT_REACHED = re.compile(
    rf"^(?:突破|超过|超|达到|达|逾|近|(?:压缩|缩短|缩减|减少|降低|降|下降|提高|提升|增加|增长|增|延长|扩大)(?:至|到))"
    rf"{COUNT}{MEASURE}?[\u4e00-\u9fa5%％]{{0,3}}$"
)
# Only the change against last year (or the month before), no subject of its own: "同比增长14.2%",
# "环比下降3.1%"; what changed is the line above ("前10月全市外贸进出口").  The period it covers may
# lead it, still with no subject: "前5个月同比增长23%", "一季度同比下降3.1%", "1至5月同比增长8%"
# under "梧亭港集装箱吞吐量" (a line naming its measure, "…工业增加值同比增长5.2%", is a clause).
PERIOD_LEAD = (
    r"(?:今年|去年|全年)?(?:前[\d一二三四五六七八九十]{1,2}个?(?:月|季度)|\d{1,2}(?:[至—\-－~～]\d{1,2})?月份?"
    r"|[一二三四]季度|[上下]半年)?"
)
# The change may be told roughly, in tenths or times: "同比增长近三成", "环比下降超两成", "同比增长约一倍".
ROUGHLY = r"(?:近|超|逾|约|超过|将近|接近)?"
YEAR_ON_YEAR = re.compile(
    rf"^{PERIOD_LEAD}(?:同比|环比)(?:增长|下降|上涨|下跌|增加|减少|提高|上升|回落|降低|增|降|涨|减)"
    rf"{ROUGHLY}(?:{COUNT}[%％成倍]?|[一二三四五六七八九两半]成|[一二三四五六七八九两]倍)$"
)
# A line closed by its own count is a full report, the change under it its subtitle:
# "全市法院去年审结各类案件8.6万件" / "同比增长14.3%".
COUNT_END = re.compile(rf"{COUNT}[\u4e00-\u9fa5%％]{{0,2}}$")
COMPETITION = re.compile(r"(?:锦标赛|联赛|大赛|比赛|运动会|全运会|奥运会|亚运会|公开赛|杯赛)$")
MEDALS = re.compile(r"^(?:收获|摘得|夺得|斩获|获得|荣获|喜获|揽获|摘取|勇夺)")
# A result from where it was played: "主场3:1逆转金陵星火" (the team is named on the next line).
VENUE_RESULT = re.compile(r"^(?:主场|客场)\s*\d+\s*[:：比]\s*\d+")
# A means and the verb it drives, the object left for the next line: "以产业融合推动",
# "以科技创新引领" (a headline ends on a result, never on such a verb after "以").
MEANS_VERB = re.compile(
    r"^(?:以|用|靠)[\u4e00-\u9fa5“”]{2,12}(?:推动|促进|助力|带动|引领|赋能|助推|推进|激活)$"
)
# Who and over what span, no verb: "嫩北火车站春运首周", "全市前三季度"; the verb and its count below.
SPAN_END = re.compile(
    r"(?:首日|首周|首月|首季|上半年|下半年|前[一二三四五六七八九十\d]{1,2}(?:个月|月|季度)|[一二三四]季度|黄金周|小长假)$"
)
COUNT_VERB = re.compile(
    rf"^(?:发送|运送|接待|完成|实现|累计|新增|售出|销售|成交|吸引|引进|签约|办理|受理|迎来)[\u4e00-\u9fa5]{{0,4}}"
    rf"{COUNT}{MEASURE}?[\u4e00-\u9fa5%％]{{0,3}}$"
)
# An event's edition, a name with no verb: "榕北第三十八届迎春花市"; the next line only says when
# (and where) it happens: "今晚在骑楼老街开锣", "明日开幕".
EDITION = re.compile(r"第[\d一二三四五六七八九十百]{1,5}届[\u4e00-\u9fa5“”·]{2,12}$")
RELATIVE_DAY = re.compile(
    r"^(?:今晚|今夜|今日|今天|明日|明天|明晚|昨日|昨天|昨晚|今起|明起|本周[一二三四五六日末]?)"
)
# A line that only goes somewhere, its subject left on the line above: "走出深山闯市场",
# "走进千家万户", "远销海外".  Under a bare name of a few characters ("莒原小杂粮") it finishes it.
GOES = re.compile(
    r"^(?:走出|走进|走向|走上|迈向|迈进|闯出|闯进|闯入|跳出|冲出|飞出|飞进|飞入|登上|端上|搬上|"
    r"卖到|卖向|远销|坐上|搭上)"
)
# A clause after a comma that is only who (a group of people), its predicate on the next line:
# "高考结束了，今年我市考生" / "考场上有哪些“小插曲”" (a kicker with a comma is whole:
# "开学在即，家长要注意").
SUBJECT_LEFT = re.compile(
    r"[，,][\u4e00-\u9fa5]{0,6}(?:考生|市民|游客|居民|家长|学生|群众|旅客|司机|乘客|消费者|车主|"
    r"网友|村民|农民|职工|老人|孩子|患者)$"
)
# Who is counted, told apart by a clause closed by "的": "暴雨中被困的七名游客", "获奖的12名教师".
# Only under a second line opening on an adverb taking them all in ("全部安全转移", "均已返校"):
# a noun phrase alone may be a feature's title ("大山深处的三名代课教师" / "坚守讲台三十年").
# A count of a few may be one numeral here ("七名"): "全部" says there are several.
COUNTED_BY_CLAUSE = re.compile(
    rf"[\u4e00-\u9fa5]{{2}}的(?:{COUNT}|[两二三四五六七八九十]){MEASURE}[\u4e00-\u9fa5]{{1,4}}$"
)
# Who is counted, its noun up to five characters ("我市38名奥运志愿者", "全县1200名退休教师"),
# over a line opening on "在" and a place, where they do it ("在京服务城市运行", "在社区当起
# “网格员”"): a line opening so has no subject of its own, so it is the predicate of the line
# above.  Under any other first line a "在…" line stays what it is (``读书札记`` / ``在书页里遇见
# 故乡`` is a column over its title), and so does one under a full clause whose verb follows the
# counted noun (``全市2.3万名考生明日迎考``: six characters after the count, more than a noun).
# The count may follow the first batch of a kind ("全市首批12家"), and the noun be a quoted name of
# up to eight characters ("全市首批12家“共享菜园”" / "在老旧小区亮相"): quotes close a name, never a
# clause, so a quoted noun is no verb.
COUNTED_LONG = re.compile(
    rf"(?:^|[\s\u3000]|[市区县省镇乡村国州城]|首批){COUNT}{MEASURE}"
    r"(?:[\u4e00-\u9fa5]{1,5}|[\u4e00-\u9fa5]{0,3}“[\u4e00-\u9fa5]{2,8}”)$"
)
WHERE_DONE = re.compile(r"在[\u4e00-\u9fa5“”]{3,14}")
ALL_OF_THEM = re.compile(r"^(?:全部|全都|全数|悉数|均已|均被|均获|都已|都被|全员)")
NAME_MAX = 6  # characters of a bare name set as a title's first line
# A second line shaped like a subtitle: it lists or pauses, or is spaced clauses.
DECK_SHAPE = re.compile(r"[，、,；;：:\s\u3000]")


# A service or a place offering it, named by its kind with no verb: "春风行动招聘会",
# "“一老一小”服务站", "市民服务中心延时服务" (the kind closes the name; "…招聘月启动", "…工程全部完工"
# end on their verb and are clauses of their own).
SERVICE_NAME = re.compile(
    r"[\u4e00-\u9fa5“”]{2,10}(?:招聘会|交流会|推介会|博览会|展销会|服务站|驿站|服务点|服务中心|服务窗口|"
    r"服务热线|延时服务|上门服务|志愿服务|食堂|书屋|专列|专线|平台)"
)
# A verb saying what a service gives, reaches or receives, with no subject of its own, and its
# object: "提供岗位1.2万个", "覆盖全部城市社区", "受到企业群众欢迎", "惠及居民3000余户".
SERVICE_PREDICATE = re.compile(
    r"(?:提供|覆盖|惠及|吸引|受到|深受|广受|备受|赢得)[\u4e00-\u9fa5“”\d.%％]{2,12}"
)


def names_service_over_predicate(first: str, second: str) -> bool:
    """``“一老一小”服务站`` / ``覆盖全部城市社区``: a service named with no verb over only what it
    gives, reaches or receives, one clause broken in two (never ``全市春季招聘月启动`` /
    ``提供岗位1.8万个``, an event reported over its figure: title + subtitle)."""
    a, b = first.strip(), second.strip()
    return SERVICE_NAME.fullmatch(a) is not None and SERVICE_PREDICATE.fullmatch(b) is not None


# A time clause measuring how long since something was done, a sentence's opening: "停产三个月后",
# "闭馆两年后", "通车一年以来".  Something done (two characters at least) then a span counted in
# days, months or years, then "后" or "以来"; an occasion names no span ("暴雨过后", "3·15之后",
# "入梅以来…" are kickers), nor does an anniversary ("建馆十周年之际": a kicker's cue).
ELAPSED = re.compile(
    r"[\u4e00-\u9fa5]{2,6}[\d一二三四五六七八九十两百半几]+[多余]?个?(?:月|年|天|周|星期|小时)[多余]?"
    r"(?:之后|以后|后|以来)"
)
# Only when an event starts and its verb, no subject: "11月启动", "3月1日起施行", "下周开幕".  The
# event is named on the line above ("高校毕业生就业服务月"), as one line sets it whole:
# "全民健身月3月1日启动", "首届…文化节5月开幕".  Every such line of the pages has its event before
# the time; alone on a line it is never a title nor a deck of its own.
WHEN_STARTS = re.compile(
    r"(?:\d{1,2}月(?:\d{1,2}[日号])?|(?:今|明)(?:晚|日|天)|本周[一二三四五六日末]?|下周[一二三四五六日末]?|下月)"
    r"(?:起|将|正式)?(?:启动|开幕|启幕|揭幕|开始|举行|举办|开通|开赛|开放|开展|实施|施行|上线|开锣)"
)
# An event reported with its verb, or a line with a time of its own, is a clause already:
# the time line under it would be a second clause.
NAME_DONE = re.compile(
    r"(?:启动|开幕|启幕|揭幕|开始|举行|举办|开通|开赛|开放|开展|实施|施行|上线|开锣)$|\d{1,2}月|[今明]天|下周"
)


# A host's verb and the start of the event's name, broken off before the kind of event:
# "我市在京举办数字经济" / "产业招商推介会".  A headline never ends inside the object of "举办"; one
# that names the whole event ends on its kind ("…召开专题协商会", "…举办重点产业招商推介会").
HOSTS = re.compile(r"(?:举办|举行|召开|主办|承办)[\u4e00-\u9fa5“”·]{2,10}$")
# Only an event's name closed by its kind, no verb of its own: "产业招商推介会", "文化旅游节".
EVENT_KIND = r"(?:会|会议|论坛|峰会|节|展|展览|博览会|大赛|活动|仪式|典礼)"
EVENT_NAME = re.compile(rf"[\u4e00-\u9fa5“”·]{{1,10}}{EVENT_KIND}")


def hosts_broken_name(first: str, second: str) -> bool:
    """``我市在京举办数字经济`` / ``产业招商推介会``: the event a host holds, its name broken in two.

    The second line is only the rest of the name, closed by the kind of event; the first line's
    object, after its host's verb, is not closed by one (``市政协召开专题协商会`` / ``建言…`` is
    a title and its own second clause).
    """
    a, b = first.strip(), second.strip()
    return (
        HOSTS.search(a) is not None
        and re.search(rf"{EVENT_KIND}$", a) is None
        and EVENT_NAME.fullmatch(b) is not None
        and HOSTS.search(b) is None
    )


# Who speaks, a colon and nothing else: "国家发改委：" over what they said, the title's second half.
SPEAKER = re.compile(r"[\u4e00-\u9fa5A-Za-z0-9·“”]{2,10}[：:]")

# What a market report judges, closing a line that has no verb for it: "…期间市场供应", "…蔬菜价格".
JUDGED = re.compile(r"(?:供应|货源|价格|物价|菜价|秩序)$")
# Only the judgement, a state opening the line with no subject before it, and perhaps one more
# judged pair: "充足价格平稳", "平稳有序", "充足".  A line with its own subject ("货源充足") is a clause.
STATE_ONLY = re.compile(
    r"(?:充足|充裕|平稳|稳定|有序|良好|正常|畅通)(?:[\u4e00-\u9fa5]{2}(?:平稳|稳定|有序|良好|正常|畅通|充足))?"
)


def judges_state(first: str, second: str) -> bool:
    """``全县“两节”期间市场供应`` / ``充足价格平稳``: what a market report judges, broken off before
    the judgement, one clause (never ``节日市场供应`` / ``货源充足 价格平稳``, a deck with its own
    subject)."""
    return JUDGED.search(first.strip()) is not None and STATE_ONLY.fullmatch(second.strip()) is not None


def runs_on(first: str, second: str) -> bool:
    """True when ``first`` and ``second`` are one title broken in two lines.

    ``城区7万户居民`` / ``告别“土暖气”``: yes; ``全国夏粮小麦收获进度过两成`` /
    ``麦收主战场由南向北梯次推进``: no, two clauses each a headline (title + subtitle).
    """
    a, b = first.strip(), second.strip()
    if SPEAKER.fullmatch(a) and b and not b.startswith("—"):
        return True
    if not a or not b or b.startswith("—") or DECK_SHAPE.search(b) or len(b) > 20:
        return False
    if OBJECT_VERB.search(a) or COUNTED.search(a) or VENUE_RESULT.match(a) or SUBJECT_LEFT.search(a):
        return True
    if AMOUNT_REACHED.match(b) and not FIGURE.search(a):
        return True
    if YEAR_ON_YEAR.match(b) and not COUNT_END.search(a):
        return True
    if MEANS_VERB.match(a) or (SPAN_END.search(a) and COUNT_VERB.match(b)):
        return True
    if COUNTED_BY_CLAUSE.search(a) and ALL_OF_THEM.match(b):
        return True
    if COUNTED_LONG.search(a) and WHERE_DONE.fullmatch(b):  # "我市38名奥运志愿者" / "在京服务城市运行"
        return True
    if ELAPSED.fullmatch(a):  # "停产三个月后" / "这家工厂订单排满全年"
        return True
    if EDITION.search(a) and RELATIVE_DAY.match(b) and not FIGURE.search(b):
        return True
    # "…就业服务月" / "11月启动", "第十届…冰雪季" / "12月20日启幕": the event and when it opens.
    if WHEN_STARTS.fullmatch(b) and not NAME_DONE.search(a):
        return True
    if hosts_broken_name(a, b):  # "我市在京举办数字经济" / "产业招商推介会"
        return True
    if judges_state(a, b):  # "全县“两节”期间市场供应" / "充足价格平稳"
        return True
    if names_service_over_predicate(a, b):  # "春风行动招聘会" / "提供岗位1.2万个"
        return True
    if GOES.match(b) and len(a) <= NAME_MAX and re.fullmatch(r"[\u4e00-\u9fa5“”]+", a):
        return True
    from .segment_whendue import names_works_over_when_due  # late: it reads COUNT from here

    if names_works_over_when_due(a, b):  # "凤凰路雨污分流改造" / "本月中旬完工"
        return True
    return bool(COMPETITION.search(a) and MEDALS.match(b))


def join_runs(plain: list[str]) -> list[str]:
    """Lines of a headline stack with each broken title set back on one line."""
    from .segment_stackfix import breaks_title  # late: segment_stackfix is a leaf
    from .segment_whendue import names_works_over_when_due

    out: list[str] = []
    for text in plain:
        if out and breaks_title(out[-1], text):  # "…智能农机" / "显身手", "…拉练" / "“赛”出…"
            out[-1] = f"{out[-1]}{text.strip()}"
        elif out and runs_on(out[-1], text):
            # A name and where it goes are one clause: no space, which would part two clauses.
            # Nor after a speaker's colon: "国家发改委：今年国内粮食有望再获丰收", nor between who
            # is counted and all of them doing it: "暴雨中被困的七名游客全部安全转移", nor before
            # where they do it: "我市38名奥运志愿者在京服务城市运行".
            # Nor after a time clause opening the sentence: "停产三个月后这家工厂订单排满全年",
            # nor before when a named event starts: "高校毕业生就业服务月11月启动", nor inside
            # the name of an event hosted: "我市在京举办数字经济产业招商推介会", nor before the
            # change of what is measured: "前10月全市外贸进出口同比增长14.2%", nor between a
            # service and what it gives: "春风行动招聘会提供岗位1.2万个", nor before a market's
            # judged state: "全县“两节”期间市场供应充足价格平稳".
            one_clause = (
                GOES.match(text.strip())
                or hosts_broken_name(out[-1], text)
                or names_service_over_predicate(out[-1], text)
                or judges_state(out[-1], text)
                or ALL_OF_THEM.match(text.strip())
                or (COUNTED_LONG.search(out[-1].strip()) and WHERE_DONE.fullmatch(text.strip()))
                or ELAPSED.fullmatch(out[-1].strip())
                or WHEN_STARTS.fullmatch(text.strip())
                or YEAR_ON_YEAR.match(text.strip())  # "一季度主城区新房成交同比增长近三成"
                or names_works_over_when_due(out[-1], text)  # "凤凰路雨污分流改造本月中旬完工"
            )
            sep = "" if one_clause or SPEAKER.fullmatch(out[-1].strip()) else " "
            out[-1] = f"{out[-1]}{sep}{text.strip()}"
        else:
            out.append(text)
    return out

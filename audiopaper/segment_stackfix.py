"""Headline stacks whose lines the length and slogan rules of :mod:`audiopaper.segment_split`
misread: a title broken before a short tail, a pun's quoted verb, news set in spaced clauses,
and an event done over when the next step is due.

Why a module of its own: :mod:`audiopaper.segment_split` and :mod:`audiopaper.segment_runon`
are near full; these conventions read two lines of a stack together:

* a title broken before its last two or three characters, the predicate of the clause the first
  line ends on (``千亩水稻喜获丰收　智能农机`` / ``显身手``): no deck or title is that short, so
  the two are one title, joined with no space;
* a second line opening on a quoted verb and its result, the headline pun ``“赛”出建设加速度``,
  under a longer line naming who or what does it (``全市重点项目现场拉练``): one title, the
  subject above and its predicate below (a short column's name over it stays the kicker);
* spaced clauses whose subject is many or each of a kind (``强风暴横扫西欧 多国交通受阻``) are
  news, never a display slogan: over a second line they are the title, that line the subtitle;
* an event reported done over a forecast of when the work is finished (``潇水二桥主桥合龙`` /
  ``预计明年“五一”前建成通车``) is title + subtitle, never a column's name over a title;
* spaced clauses, a trouble and the authority or crew acting on it (``小区楼道堆杂物
  消防上门逐户清理``), are news, never a display slogan (slogans name no one at work): over a
  second line they are the title, that line (the campaign, ``…消防安全检查启动``) the subtitle;
* a show's premiere reported done (``新编黄梅戏《山路弯弯》首演``) over what the show tells
  (``讲述山村教师三十年的坚守``) is title + subtitle: the premiere is the news, the story it tells
  the deck, never one title in two lines;
* a line naming only who won (``朱河一中学子``) over only the verb of winning and its prize
  (``获全国青少年科创成果一等奖``) is one title, joined with no space;
* a line led by ``本报`` under a title (``本报联合市统计调查队开展问卷调查``) says how the paper
  got the news: title + subtitle, never one title in two lines (:func:`is_paper_deck`);
* a line closed by the particle ``的`` over only a quoted name (``大棚里的`` / ``“新农人”``) is one
  title, the modifier and the noun it qualifies, joined with no space.
"""

from __future__ import annotations

import re

from .segment_brokentitles import breaks_unfinished
from .segment_clauses import is_paper_deck

HAN = r"[\u4e00-\u9fa5]"
# The last two or three characters of a broken title: "显身手", "迎丰收".
SHORT_TAIL = re.compile(rf"{HAN}{{2,3}}")
# The headline pun of a quoted verb and its result: "“赛”出建设加速度", "“干”出新天地".
QUOTED_VERB_RESULT = re.compile(rf"“{HAN}{{1,2}}”(?:出|成|来)了?[\u4e00-\u9fa5“”]{{2,10}}")
SUBJECT_MIN = 9  # characters of the line naming who does it: a column's name is shorter
# A clause led by many or each of a kind: "多国交通受阻", "各地加强防范".
COLLECTIVE_CLAUSE = re.compile(r"(?:多|各)(?:国|地|省|州|县|家|部门|方|城市)" + HAN + "{2,8}")
# A forecast of when work is finished, no subject of its own: "预计明年“五一”前建成通车".
FORECAST_DONE = re.compile(
    r"(?:预计|有望|力争|计划)[\u4e00-\u9fa5“”\d·]{2,14}"
    r"(?:建成|通车|完工|竣工|投用|投产|开业|开放|交付|运营|通航)(?:使用|运营)?"
)

# A show, film or programme staged or shown for the first time, the line's end: "…《茶山谣》首演".
PREMIERE_END = re.compile(r"(?:首演|首映|首播|公演|上演|上映|献演|开演)$")
# What the show tells, a deck with no subject of its own: "讲述…的故事", "再现…", "展现…".
TELLS = re.compile(r"^(?:讲述|讲的是|再现|展现|展示|描绘|演绎|诉说|述说|呈现|聚焦|讴歌|礼赞)")

# An authority or a public crew that acts, opening a clause: "消防上门逐户清理", "民警破门救人".
AUTHORITY_ACTS = re.compile(
    r"(?:消防|民警|警方|交警|巡警|特警|辅警|城管|法院|法官|检察院|执法人员|执法队员|市场监管|"
    r"供电|燃气|水务|自来水|街道|社区|医生|医护人员)" + HAN + "{3,10}"
)


def is_premiere_over_story(first: str, second: str) -> bool:
    """``新编黄梅戏《山路弯弯》首演`` / ``讲述山村教师三十年的坚守``: a premiere over what the show
    tells is title + subtitle (never ``…首演`` over a line with its own subject, left to the
    other shape rules)."""
    a, b = first.strip(), second.strip()
    return " " not in a and PREMIERE_END.search(a) is not None and TELLS.match(b) is not None


def has_short_tail(first: str, second: str) -> bool:
    """``千亩水稻喜获丰收　智能农机`` / ``显身手``: the first line's last spaced clause finished by a
    tail of two or three characters (no headline line is that short under a longer one)."""
    clauses = first.replace("\u3000", " ").split()
    return (
        len(clauses) >= 2 and 2 <= len(clauses[-1]) <= 6 and SHORT_TAIL.fullmatch(second.strip()) is not None
    )


def has_quoted_predicate(first: str, second: str) -> bool:
    """``全市重点项目现场拉练`` / ``“赛”出建设加速度``: who or what above, the pun's predicate below."""
    a = first.strip()
    return (
        " " not in a
        and "\u3000" not in a
        and len(a) >= SUBJECT_MIN
        and re.fullmatch(rf"{HAN}+", a) is not None
        and QUOTED_VERB_RESULT.fullmatch(second.strip()) is not None
    )


# A modifier closed by "的", the noun it qualifies left for the next line: "大棚里的", "山沟沟里的".
MODIFIER_END = re.compile(rf"{HAN}{{2,10}}的")
# Only a quoted name, the noun the line above qualifies: "“新农人”", "“守塔人”".
QUOTED_NAME = re.compile(rf"“{HAN}{{2,6}}”")


def has_modifier_over_name(first: str, second: str) -> bool:
    """``大棚里的`` / ``“新农人”``: a line closed by ``的`` cannot stand alone (a headline never
    ends on the particle), and a line that is only a quoted name is the noun it qualifies."""
    return (
        MODIFIER_END.fullmatch(first.strip()) is not None
        and QUOTED_NAME.fullmatch(second.strip()) is not None
    )


# Who won, named only by where they come from and what they are, no verb: "朱河一中学子",
# "市实验小学学生", "我市小将".  The line under it opens on the verb of winning and names the prize:
# "获全国青少年科创成果一等奖", "夺得女子10米台金牌".
WINNERS = re.compile(r"[\u4e00-\u9fa5]{2,10}(?:学子|学生|师生|选手|小将|运动员|队员|健儿|少年)")
WINS_AWARD = re.compile(
    r"(?:获|荣获|摘得|夺得|斩获|勇夺|获得)[\u4e00-\u9fa5“”《》\d·]{2,18}"
    r"(?:奖|冠军|亚军|季军|金牌|银牌|铜牌|[一两二三四五六七八九十\d]+金|称号|第[一二三]名)"
)


def has_winners_over_award(first: str, second: str) -> bool:
    """``朱河一中学子`` / ``获全国青少年科创成果一等奖``: a line naming only who won over a line
    that is only the verb of winning and its prize is one title (as printed on one line in the
    golds: ``郯阳二中学生获省数学竞赛一等奖``); no headline line opens on ``获`` by itself."""
    a, b = (x.replace("\u3000", " ").strip() for x in (first, second))
    return WINNERS.fullmatch(a) is not None and WINS_AWARD.fullmatch(b) is not None


def breaks_title(first: str, second: str) -> bool:
    """True when ``second`` only finishes the title ``first`` began (joined with no space)."""
    return (
        has_short_tail(first, second)
        or has_quoted_predicate(first, second)
        or has_modifier_over_name(first, second)
        or has_winners_over_award(first, second)
        or breaks_unfinished(first, second)  # "市委召开座谈会听取" / "“十四五”规划…"
    )


def is_news_over_deck(first: str, second: str) -> bool:
    """Title + subtitle where the shape says kicker + title: spaced clauses with a collective
    subject (``强风暴横扫西欧 多国交通受阻``) or an authority acting (``小区楼道堆杂物 消防上门逐户清理``), or an event over the forecast of its finish
    (``潇水二桥主桥合龙`` / ``预计明年“五一”前建成通车``)."""
    clauses = first.replace("\u3000", " ").split()
    if len(clauses) >= 2 and any(COLLECTIVE_CLAUSE.fullmatch(c) for c in clauses[1:]):
        return True
    # "小区楼道堆杂物 消防上门逐户清理": a trouble and who acts on it, the news itself.
    if len(clauses) == 2 and AUTHORITY_ACTS.fullmatch(clauses[1]) and not AUTHORITY_ACTS.match(clauses[0]):
        return True
    if is_premiere_over_story(first, second):  # "…《山路弯弯》首演" / "讲述山村教师…"
        return True
    if is_paper_deck(second):  # "四成受访市民希望…" / "本报联合市统计调查队开展问卷调查"
        return True
    return " " not in first.strip() and FORECAST_DONE.fullmatch(second.strip()) is not None

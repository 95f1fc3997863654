"""Titles the layout broke over two lines where the first line cannot stand alone.

Why a module of its own: :mod:`audiopaper.segment_stackfix` is the home of two-line title
shapes and near full.  Each rule here reads a first line that is not a headline by itself, so
the line under it finishes it (one title, joined with no space), never a kicker over a title:

* a line closed by a verb that always wants its object (``市委召开座谈会听取`` /
  ``“十四五”规划编制意见建议``): a headline never ends on ``听取``, ``征求``, ``传达``;
* a bare name (an event, a line, a contest) over only its predicate, maybe after when
  (``地铁1号线二期`` / ``今日起试运营``, ``“淦林杯”城市足球联赛`` / ``激战正酣``): the second
  line has no subject of its own, so it is the first line's predicate;
* a time phrase (``全市“十二五”开局之年``, ``世界杯决赛夜``) over the news said of that time
  (``重点项目建设动员大会召开``): the time is an adverbial of the clause below, not a column;
* a scam's means with no subject (``冒充“客服”称可退款``) over who was cheated
  (``女子被骗4万余元``): the first clause is how the second happened.

A kicker does stand alone: a column's or campaign's name (``全民健身``, ``开好局　起好步``), so
none of these fire on spaced slogans or on a second line with its own subject
(``丰岚城市篮球联赛`` / ``卫冕冠军主场加时险胜`` stays kicker + title).
"""

from __future__ import annotations

import re

HAN = r"\u4e00-\u9fa5"
# A headline's line with no spaces: Chinese, quotes, figures, a dot.
PLAIN = re.compile(rf"[{HAN}“”《》\d·A-Za-z]+")

# Verbs that always take an object and so never close a headline: "…座谈会听取".
WANTS_OBJECT = re.compile(r"(?:听取|征求|传达|审议|学习贯彻|专题研究)$")

# Only a predicate, maybe after when it happens: "今日起试运营", "激战正酣", "明日开幕".
WHEN = r"(?:今日起|今天起|今起|明日起|明天起|即日起|本周起|下周起|今日|今天|今晚|明日|明天|本周|正式|隆重|顺利|圆满)?"
BARE_PREDICATE = re.compile(
    WHEN + r"(?:试运营|开通运营|开通|通车|开幕|闭幕|开赛|开跑|开打|收官|落幕|启幕|揭幕|揭晓|"
    r"激战正酣|战况正酣|火热进行|如火如荼|落下帷幕|鸣锣开赛)"
)

# A time phrase, the whole line: "全市“十二五”开局之年", "世界杯决赛夜" (a festival's eve, "春节前夕",
# or an anniversary's "…之际", is a kicker over what happened then; what a meeting "研究部署" is
# its kicker too).
TIME_PHRASE = re.compile(rf"[{HAN}“”\d·]{{2,12}}(?:之年|之夜|决赛夜|开幕夜|除夕夜)")
NEWS_MIN = 6  # characters of the clause under a time phrase: a sentence, not a word

# A scam's means, no subject: "冒充“客服”称可退款", "假冒银行短信骗取验证码".
SCAM_MEANS = re.compile(r"^(?:冒充|假冒|假扮|谎称|冒用)")
CHEATED = re.compile(r"被骗|受骗|被骗走|被诈骗")


def _plain(text: str) -> str | None:
    t = text.strip()
    return t if PLAIN.fullmatch(t) else None


def wants_object(first: str, second: str) -> bool:
    """``市委召开座谈会听取`` / ``“十四五”规划编制意见建议``: the verb's object on the next line."""
    a, b = _plain(first), _plain(second)
    return a is not None and b is not None and len(a) >= 6 and WANTS_OBJECT.search(a) is not None


def name_over_predicate(first: str, second: str) -> bool:
    """``地铁1号线二期`` / ``今日起试运营``: a bare name over only its predicate."""
    a, b = _plain(first), _plain(second)
    return a is not None and b is not None and len(a) >= 4 and BARE_PREDICATE.fullmatch(b) is not None


def time_over_news(first: str, second: str) -> bool:
    """``世界杯决赛夜`` / ``城区多家影院推出“观赛专场”``: when, then what happened then."""
    a, b = _plain(first), _plain(second)
    return (
        a is not None
        and b is not None
        and TIME_PHRASE.fullmatch(a) is not None
        and len(b) >= NEWS_MIN
        and TIME_PHRASE.fullmatch(b) is None
    )


def scam_over_loss(first: str, second: str) -> bool:
    """``冒充“客服”称可退款`` / ``女子被骗4万余元``: how, over who lost what."""
    a, b = _plain(first), _plain(second)
    return (
        a is not None and b is not None and SCAM_MEANS.match(a) is not None and CHEATED.search(b) is not None
    )


def breaks_unfinished(first: str, second: str) -> bool:
    """True when ``first`` cannot stand alone and ``second`` finishes it (one title)."""
    return (
        wants_object(first, second)
        or name_over_predicate(first, second)
        or time_over_news(first, second)
        or scam_over_loss(first, second)
    )

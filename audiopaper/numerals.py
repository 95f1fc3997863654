"""Digit strings read as Mandarin words, the reading chosen by what stands around them.

Numbers are spelled out here, not left to the engine, because engines disagree: espeak-ng
reads 2024年 as 二千二十四年 and a phone number as one huge cardinal, neural voices guess.
The words themselves come from :mod:`audiopaper.numwords`; identifiers read digit by digit
(plates, standards, case numbers, postcodes, versions, models) from :mod:`audiopaper.codes`;
measure symbols after numbers (35μg/m³, 120亿kW·h) and hanzi measure words from
:mod:`audiopaper.units`.

Conventions: a 4-digit number before 年 is a year in any century (公元1405年) unless the
context is a duration (近1000年, 1000年历史); a bare 4-digit number is a year only with year
context (2023长三角…大会), never before a unit or measure word (1700毫升); 2 before a measure
word is 两 (2粒, 3室2厅) but stays 二 in ordinals and names (第2, 2楼, 2路).
"""

from __future__ import annotations

import re

from .codes import CODE_RULES
from .numwords import Rule, cardinal, decimal, digits, year
from .numwords import rule as _rule
from .units import CURRENCY_SIGNS, MEASURE_WORDS, PER_UNITS, UNIT_FIRST_CHARS, UNITS, alternation

# ---------------------------------------------------------------------------------------
# Context rules: which reading a digit string gets is decided by what stands around it.
# Each rule is (name, pattern, reading); they run in this order over the whole text, and
# every rule leaves no ASCII digit in what it replaces, so a later rule never sees it again.
# ---------------------------------------------------------------------------------------

_NUM = r"\d+(?:\.\d+)?"
# Measure words after which a lone 2 is read 两: 2个 → 两个, but 2月, 2日, 2号, 2版 keep 二.
_LIANG = (
    "个|位|名|人|次|天|年|岁|种|项|件|条|只|家|所|座|辆|台|倍|小时|周|场|批|轮|句|本|张|架|艘|支|"
    "队|万|亿|千|百|点|分钟|秒钟|公里|千米|米|吨|公斤|斤|元|块|亩|户|类|套|间|栋|部|篇|份|双|对|"
    "大|国|岸|方面|侧|头|匹|颗|棵|枚|辆|届|轮|遍|趟|组|层|片|所|起|宗|笔|粒|厅|卫|杯|碗|瓶|副|盒|"
    "包|袋|箱|罐|根|把|扇|道|幅|盘|局|盏|顿|餐|株|尾|例|剂|针|册|首|门|幢|列|枪|剑|拳|脚"
)
_LIANG_AFTER = re.compile(rf"(?:(?:到|至)\d+)?(?!年级)(?:{_LIANG})")  # 2年, 2到3人 → 两; 2年级 → 二
# What may follow a number that is an amount, not a bare year (2023长三角 is a year).
_AMOUNT_AFTER = re.compile(
    rf"(?:{_LIANG}|[多余来十以左上下至到和与及或年月日号时分秒元米克吨度斤亩倍%‰℃~～\-—到])"
)
_MEASURE = "|".join(MEASURE_WORDS)
_MEASURE_AHEAD = re.compile(rf"\s*(?:{_MEASURE}|[A-Za-zμµ%‰℃°])")
# Year context for a bare 4-digit number: it opens a title or clause (2023长三角…), or an
# event name follows in the clause (2024中国品牌日活动, 2008北京奥运会).
_YEAR_OPENING = re.compile(r"(?:^|[\s，。；：！？、“”‘’《》（）()\[\]【】])$")
_EVENT_AHEAD = re.compile(
    r"[^，。；！？,;!?\d]{0,20}?(?:大会|年会|峰会|论坛|博览会|展览会|交易会|运动会|奥运会|亚运会|"
    r"世博会|全运会|晚会|盛典|节|赛|活动|品牌日|行动|计划|榜单|排行榜|报告|白皮书|蓝皮书)"
)
# Durations, not years: 近1000年, 1000年历史, 2000年来.
_DURATION_BEFORE = re.compile(r"(?:近|约|上|数|逾|超|超过|长达|历时|历经|将近|大约|整整)$")
_DURATION_AFTER = re.compile(r"年(?:历史|之久|来|间|左右|以上|多|余)")
# Result verbs: 3-0横扫, 以20:15战胜 (a score), but 战平后于19:30 stays a clock time.
_RESULT_VERBS = (
    "战胜|击败|负于|不敌|战平|逼平|逆转|力克|险胜|完胜|横扫|零封|大胜|小胜|憾负|惜败|惨败|完败|"
    "淘汰|轻取|击退|拿下|胜出|获胜|取胜|告负|落败|双杀|绝杀"
)
_SPORTS_BEFORE = re.compile(rf"(?:{_RESULT_VERBS}|以)\s*$|(?:比分|比数)[^，。；！？,;!?\d]{{0,10}}$")
_SPORTS_AFTER = re.compile(rf"(?:{_RESULT_VERBS}|赢|胜|负|的?比分)")
# N:M after these is a ratio: 师生比为1:18, 配比1:3.
_RATIO_BEFORE = re.compile(r"(?:比|之比|比例|配比|比值|比率)(?:为|是|达|约|达到|保持在)?\s*$")
# h:mm:ss or m:ss after these is a race time: 成绩为2:08:15 → 两小时零八分十五秒.
_RACE_BEFORE = re.compile(
    r"(?:成绩|用时|耗时|跑出|游出|完赛|净计时|枪声计时|(?P<t>时间))(?:为|是|达|仅)?\s*$"
)
_RACE_WORDS = re.compile(r"马拉松|冠军|夺冠|比赛|赛事|选手|完赛|成绩|纪录|跑")
_COMPARE = {"≥": "大于等于", "⩾": "大于等于", "≤": "小于等于", "⩽": "小于等于", ">": "大于", "＞": "大于",
            "<": "小于", "＜": "小于", "≠": "不等于", "≈": "约等于"}  # fmt: skip
_OPS = "".join(_COMPARE)
_PHONE_BEFORE = "电话|热线|手机|传真|拨打|致电|专线|号码|电话号码"
_TEMPERATURE_AHEAD = re.compile(
    rf"(?:{_NUM})?\s*(?:℃|°C|°|摄氏度)|(?:{_NUM})?(?:到|至)[-−]?{_NUM}\s*(?:℃|°C|°)"
)
_RANGE_WORD = re.compile(rf"^(?:到|至)[-−]?{_NUM}\s*(%|‰|‱)")
_ORDINAL_RANGE = re.compile(r"第[零一二三四五六七八九十百千]+(?:到|至)$")
# Hanzi model names written with a hyphen: 歼-20, 运-20, 东风-41 (the hyphen is not a minus).
_MODEL_PREFIX = "歼|运|轰|直|强|教|武直|东风|红旗|长征|鹰击|巨浪|长剑|翼龙|彩虹|枭龙|鲲龙|霹雳"
# Digit strings read digit by digit before these, from this many digits: 1024号, 302室.
_CODE_BEFORE = {"号": 4, "室": 3}
_PERCENT = {"%": "百分之", "‰": "千分之", "‱": "万分之"}
_WEEKDAYS = "一二三四五六日"


def _number(num: str, *, liang: bool = False) -> str:
    return decimal(num) if "." in num else cardinal(num, liang=liang)


def _phone(m: re.Match[str]) -> str:
    if m.group("pre") and _AMOUNT_AFTER.match(m.string, m.end()) and not re.search(r"\D", m.group("tel")):
        return m.group(0)  # "拨打电话120次" is a count, not a number to dial
    parts = [p for p in re.split(r"[^\d]+", m.group("tel")) if p]
    return m.group("pre") + "，".join(digits(p, phone=True) for p in parts)


def _date(m: re.Match[str]) -> str:
    y, mo, d = m.group("y"), int(m.group("mo")), int(m.group("d"))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return m.group(0).replace("-", "，").replace("/", "，")
    return f"{year(y)}年{cardinal(str(mo))}月{cardinal(str(d))}日"


def _years(m: re.Match[str]) -> str:
    first, sep, last = m.group("a"), m.group("sep"), m.group("b")
    s, start, end = m.string, m.start(), m.end()
    if last is None and (
        _DURATION_BEFORE.search(s[max(0, start - 2) : start]) or _DURATION_AFTER.match(s, end)
    ):
        return cardinal(first)  # "近1000年", "1000年历史": a span of years, not a year
    if last is None:
        return year(first)
    return f"{year(first)}{m.group('ya') or ''}{'至' if sep == '至' else '到'}{year(last)}"


def _clock(h: str, mi: str, s: str | None) -> str:
    hour = "两" if h in ("2", "02") else cardinal(str(int(h)))
    out = hour + "点"
    if int(mi):
        out += ("零" if int(mi) < 10 else "") + cardinal(str(int(mi))) + "分"
    if s and int(s):
        out += ("" if int(mi) else "零") + cardinal(str(int(s))) + "秒"
    return out


def _lead(n: str) -> str:
    return "两" if int(n) == 2 else cardinal(str(int(n)))


def _duration(h: str, mi: str, s: str | None) -> str:
    """A race time: 2:08:15 → 两小时零八分十五秒; 3:45 (m:ss) → 三分四十五秒."""
    if s is None:
        return _lead(h) + "分" + cardinal(str(int(mi))) + "秒"
    out = _lead(h) + "小时"
    if int(mi):
        out += ("零" if int(mi) < 10 else "") + cardinal(str(int(mi))) + "分"
    if int(s):
        out += ("" if int(mi) else "零") + cardinal(str(int(s))) + "秒"
    return out


def _lap(m: re.Match[str]) -> str:
    """m:ss.xx is always a race time: 3:45.12 → 三分四十五秒一二."""
    sec = int(m.group("s"))
    return (
        _lead(m.group("m"))
        + "分"
        + ("零" if sec < 10 else "")
        + cardinal(str(sec))
        + "秒"
        + digits(m.group("f"))
    )


def _time(m: re.Match[str]) -> str:
    h, mi, s = m.group("h"), m.group("mi"), m.group("s")
    text, start, end = m.string, m.start(), m.end()
    before = text[max(0, start - 10) : start]
    if s is None and _RATIO_BEFORE.search(before):
        return _ratio(h, mi)  # "师生比为1:18"
    race = _RACE_BEFORE.search(before)
    if race and int(mi) < 60 and (s is None or int(s) < 60):
        if not race.group("t") or (s is not None and int(h) < 10 and _RACE_WORDS.search(text)):
            return _duration(h, mi, s)
    sporting = _SPORTS_BEFORE.search(text[max(0, start - 16) : start]) or _SPORTS_AFTER.match(text, end)
    if s is None and sporting:
        return _ratio(m.group("h"), m.group("mi"))  # "以20:15战胜对手"
    if int(h) > 24 or int(mi) > 59 or (s is not None and int(s) > 59):
        return _ratio(h, mi) if s is None else m.group(0)
    return _clock(h, mi, s)


def _ratio(a: str, b: str) -> str:
    return f"{_number(a)}比{_number(b)}"


def _score(m: re.Match[str]) -> str:
    """3-1 after 以/战胜/比分 or before 获胜 is a score; otherwise leave it to the range rule."""
    s, start, end = m.string, m.start(), m.end()
    if _SPORTS_BEFORE.search(s[max(0, start - 16) : start]) and not _AMOUNT_AFTER.match(s, end):
        return _ratio(m.group("a"), m.group("b"))
    if _SPORTS_AFTER.match(s, end):
        return _ratio(m.group("a"), m.group("b"))
    return m.group(0)


def _named_day(m: re.Match[str]) -> str:
    return digits(m.group("a")) + digits(m.group("b"))


def _fraction(m: re.Match[str]) -> str:
    return f"{_number(m.group('b'))}分之{_number(m.group('a'))}"


def _code(m: re.Match[str]) -> str:
    """Letters then digits: G60 → G六十, U23 → U二十三, but A581 → A五八一, C919 → C九一九."""
    letters, num = m.group("l"), m.group("n")
    if "." in num:
        return letters + (
            "点".join(digits(p) for p in num.split(".")) if num.count(".") > 1 else decimal(num)
        )
    return letters + (cardinal(num, liang=False) if len(num) <= 2 else digits(num))


def _latin_unit(m: re.Match[str]) -> str:
    """35μg/m³ → 三十五微克每立方米, 120亿kW·h → 一百二十亿千瓦时, 2kg → 两公斤."""
    num, times, per = m.group("n"), m.group("x"), m.group("per")
    head = "两" if num == "2" and not times else _number(num)
    return head + times + UNITS[m.group("u")] + ("每" + PER_UNITS[per] if per else "")


def _model(m: re.Match[str]) -> str:
    """歼-20 → 歼二十; a hyphen after any other hanzi is a model's only before a plain word."""
    s, end = m.string, m.end()
    named = m.group("p") is not None
    if named or ("\u4e00" <= s[end : end + 1] <= "\u9fff" and not _AMOUNT_AFTER.match(s, end)):
        num = m.group("n")
        return (m.group("p") or "") + (cardinal(num, liang=False) if len(num) <= 2 else digits(num))
    return m.group(0)


def _weekday(m: re.Match[str]) -> str:
    return m.group("w") + _WEEKDAYS[int(m.group("d")) - 1]


def _ordinal(m: re.Match[str]) -> str:
    return "第" + _number(m.group("n"))


def _quantity(m: re.Match[str]) -> str:
    """Any number left: signs, percents, temperatures, years, digit strings and amounts."""
    s, start, end = m.string, m.start(), m.end()
    sign, num, unit = m.group("sign") or "", m.group("num"), m.group("unit") or ""
    plain = num.replace(",", "")
    if sign:
        sign = "零下" if unit in ("℃", "°C", "°") or _TEMPERATURE_AHEAD.match(s, m.start("num")) else "负"
    if not unit and (ahead := _RANGE_WORD.match(s[end : end + 16])):
        unit = ahead.group(1)  # 5~10% → 百分之五到百分之十
    if unit in _PERCENT:
        return sign + _PERCENT[unit] + _number(plain)
    if unit in ("℃", "°C"):
        return sign + _number(plain) + "摄氏度"
    if unit == "°":
        return sign + _number(plain) + "度"
    if "." in plain:
        return sign + decimal(plain)
    nxt = s[end : end + 1]
    if len(plain) >= 12 or len(plain) >= _CODE_BEFORE.get(nxt, 99):
        return sign + digits(plain)
    if 7 <= len(plain) <= 8 and "," not in num and not _AMOUNT_AFTER.match(s, end):
        return sign + digits(plain, phone=True)  # 新闻热线:67655555
    if len(plain) == 5 and plain[:2] in ("12", "95", "96") and not _AMOUNT_AFTER.match(s, end):
        return sign + digits(plain, phone=True)  # 12345, 12315, 95598 hotlines
    if re.fullmatch(r"1[6-9]\d\d|20\d\d|21\d\d", plain) and "\u4e00" <= nxt <= "\u9fff":
        if not _AMOUNT_AFTER.match(s, end) and not _MEASURE_AHEAD.match(s, end):
            if not sign and (
                _YEAR_OPENING.search(s[max(0, start - 1) : start]) or _EVENT_AHEAD.match(s, end)
            ):
                return year(plain)  # "2023长三角G60科创走廊高质量发展要素对接大会"
    if (
        plain == "2"
        and _LIANG_AFTER.match(s, end)
        and not _ORDINAL_RANGE.search(s[max(0, start - 8) : start])
    ):
        return sign + "两"
    return sign + cardinal(plain, liang=not _ORDINAL_RANGE.search(s[max(0, start - 8) : start]))


NUMBER_RULES: tuple[Rule, ...] = (
    # identifiers first: postcodes, plates, standards, case numbers, versions, models, classes
    *CODE_RULES,
    # "设立专门值班电话：0371-85515363", "新闻热线:67655555", "拨打12345"
    _rule(
        rf"(?P<pre>(?:{_PHONE_BEFORE})[:：是为]?\s*)(?P<tel>[(（]?\d[\d()（）\-－—\s]{{1,18}}\d)(?![\d.%])",
        _phone,
        "话线机真打电码编",
    ),
    _rule(r"(?P<pre>)(?<![\d.,])(?P<tel>[(（]?0\d{2,3}[)）\-－—\s]?\d{7,8})(?![\d.])", _phone, "0"),
    _rule(
        r"(?P<pre>)(?<![\d.,])(?P<tel>1[3-9]\d(?P<gap>[- ]?)\d{4}(?P=gap)\d{4}|[48]00-?\d{3}-?\d{4})(?![\d.])",
        _phone,
    ),
    _rule(
        r"(?P<pre>)(?<![\d.,])(?P<tel>\d{3,5})(?=热线|服务热线|便民热线|市长热线|报警|急救|火警|平台)",
        _phone,
        "热报急火平",
    ),
    # currency signs: £1.5亿 → 1.5亿英镑, HK$100 → 100港元 (read by the rules below)
    _rule(
        rf"(?P<c>{alternation(CURRENCY_SIGNS)})\s*(?P<n>\d[\d,]*(?:\.\d+)?(?:[万亿]*))",
        lambda m: m.group("n") + CURRENCY_SIGNS[m.group("c")],
        "".join({k[-1] for k in CURRENCY_SIGNS}),
    ),
    # comparison signs next to numbers: BMI≥28, ≤0.5, 3<x
    _rule(
        rf"\s*(?P<op>[{_OPS}])\s*(?=[-−]?\d)|(?<=[\d%‰℃])\s*(?P<op2>[{_OPS}])\s*",
        lambda m: _COMPARE[m.group("op") or m.group("op2")],
        _OPS,
    ),
    # named days: "7·20特大暴雨", "3·15晚会", "5·12汶川地震" are said digit by digit
    _rule(r"(?<![\d.])(?P<a>\d{1,2})\s*[·•]\s*(?P<b>\d{1,2})(?!\d)", _named_day, "·•"),
    # generations: 80后, 90后, 00后, 95后
    _rule(r"(?<![\d.])(?P<n>\d[05])(?=后(?!天|年|的第))", lambda m: digits(m.group("n")), "后"),
    # page numbers printed with leading zeros: 01版, A02版, 第03期
    _rule(r"(?<![\d.])0+(?=[1-9]\d*\s*[版期])", "", "版期"),
    # document numbers: 国发〔2024〕5号 (the bracketed year is read digit by digit)
    _rule(
        r"(?<=[〔\[【])\s*(?P<y>(?:1[6-9]|20|21)\d\d)\s*(?=[〕\]】])", lambda m: year(m.group("y")), "〔[【"
    ),
    # race times: 9秒83 (hundredths after 秒 are said digit by digit)
    _rule(rf"(?<=\d秒)(?P<n>\d{{1,2}})(?![\d.])(?!{_LIANG})", lambda m: digits(m.group("n")), "秒"),
    # dates: 2023-12-02, 2024.1.1, 2023/12/2
    _rule(r"(?<![\d.])(?P<y>\d{4})(?P<s>[-/.])(?P<mo>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d.])", _date, "-/."),
    # years: 2024年, 2023-2024年, 2023级, 2024赛季, 2023/24赛季, 2024—2025学年
    _rule(
        r"(?<![\d.])(?P<a>(?:1[6-9]|20|21)\d\d|1[0-5]\d\d(?=\s*年))(?:(?P<ya>年)?\s*(?P<sep>[-—–~～至到/])\s*"
        r"(?P<b>(?:1[6-9]|20|21)\d\d|\d\d(?=\s*(?:赛季|学年|财年|年度))))?"
        r"(?=\s*(?:年|赛季|学年|财年|届|级|款|版(?!面)))",
        _years,
        "年赛届级版",
    ),
    # time ranges: 9:00-17:00 (the dash would otherwise be left between two readings)
    _rule(r"(?<=\d[:：]\d\d)\s*[-–—~～]\s*(?=\d{1,2}\s*[:：]\s*\d{2})", "到", ":："),
    # race times with hundredths: 3:45.12 (a clock never has a decimal)
    _rule(r"(?<![\d.:])(?P<m>\d{1,2})[:：](?P<s>[0-5]\d)\.(?P<f>\d{1,3})(?![\d.])", _lap, ":："),
    # clock times: 8:00, 8：30, 20:00:15 (scores with minutes over 59 fall through to 比)
    _rule(r"(?<![\d.:])(?P<h>\d{1,2})\s*[:：]\s*(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?![\d:])", _time, ":："),
    # ratios and scores: 3∶1, 3:1, 以3-1战胜
    _rule(
        rf"(?<![\d.])(?P<a>{_NUM})\s*[∶:：]\s*(?P<b>{_NUM})(?![\d.])",
        lambda m: _ratio(m.group("a"), m.group("b")),
        "∶:：",
    ),
    _rule(r"(?<![\d.\-])(?P<a>\d{1,3})\s*[-–—]\s*(?P<b>\d{1,3})(?![\d.\-])", _score, "-–—"),
    # fractions: 近1/4的经济总量, 1/4决赛
    _rule(r"(?<![\d./])(?P<a>\d+)\s*/\s*(?P<b>\d+)(?![\d/])", _fraction, "/"),
    # ranges: 1-11月, 第1-2版, 15岁~69岁, 3—5℃, A1-A8版 (phones, dates and scores are gone by now)
    _rule(
        r"(?<=[\d%‰℃岁万亿千百元米克吨天年月日时分秒人个次])\s*(?:[-–—－]{1,2}|[~～])\s*(?=[-−]?(?:[A-Za-z]{1,2})?\d)",
        "到",
        "-–—－~～",
    ),
    _rule(r"\s*[~～]\s*", "到", "~～"),
    # arithmetic signs between numbers (before 24h is read: 7×24h)
    _rule(r"(?<=\d)\s*[+＋]\s*(?=\d)", "加", "+＋"),
    _rule(r"(?<=\d)\s*[×xX]\s*(?=\d)|\s*×\s*(?=\d)", "乘", "×xX"),
    _rule(r"(?<=\d)\s*=\s*(?=\d)", "等于", "="),
    # hanzi model names: 歼-20, 东风-41 (before the sign of a negative number is guessed)
    _rule(rf"(?:(?P<p>{_MODEL_PREFIX})|(?<=[\u4e00-\u9fff]))[-－](?P<n>\d+)(?![\d.%‰℃°])", _model, "-－"),
    # Latin: 100km/h, 5kg, 35μg/m³, 120亿kW·h; codes G60, A581号, PM2.5; 5G, 4K
    _rule(
        rf"(?<![A-Za-z\d.])(?P<n>\d+(?:\.\d+)?)\s*(?P<x>[万亿]*)\s*(?P<u>{alternation(UNITS)})"
        rf"(?:/(?P<per>{alternation(PER_UNITS)}))?(?![A-Za-z])",
        _latin_unit,
        UNIT_FIRST_CHARS,
    ),
    _rule(
        rf"(?<=[\u4e00-\u9fff])/(?P<per>{alternation(PER_UNITS)})(?![A-Za-z])",
        lambda m: "每" + PER_UNITS[m.group("per")],
        "/",
    ),
    _rule(r"(?<![A-Za-z\d])(?P<l>[A-Za-z]{1,5})-?(?P<n>\d+(?:\.\d+)*)(?![\d])", _code),
    _rule(r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)(?=[A-Za-z])", lambda m: _number(m.group("n"))),
    # 周3 → 周三, 星期7 → 星期日; 第3 → 第三
    _rule(r"(?P<w>周|星期|礼拜)(?P<d>[1-7])(?![\d.])", _weekday, "周星礼"),
    _rule(r"第\s*(?P<n>\d+)", _ordinal, "第"),
    # everything else: -5℃, 17%, 3‰, 35.8万, 3,245.67万元, 9520人, 2个, 2023长三角
    _rule(
        r"(?P<sign>(?<![0-9A-Za-z.])[-−])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<unit>%|‰|‱|℃|°C|°)?",
        _quantity,
    ),
)


def read_numbers(text: str) -> str:
    """Every ASCII digit in ``text`` spelled out in hanzi, chosen by the rules above."""
    if not any(c.isdigit() for c in text):
        return text
    for rule in NUMBER_RULES:
        if not rule.needs or any(c in text for c in rule.needs):
            text = rule.pattern.sub(rule.reading, text)
    return text

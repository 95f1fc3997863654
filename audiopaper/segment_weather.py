"""Weather boxes of a page, never read: a label over its days, indices and forecaster.

* a weather box's label over its days (``今明天气`` / ``今天：多云，局部有雷阵雨　26℃～34℃``), with
  the indices and who issued it under them (``穿衣指数：较冷`` / ``安澜市气象台11月22日16时发布``);
* a trade's forecast signed by who issued it (``农业气象`` / text / ``荆塘市气象台　联合发布``);
* the forecaster's advice closing a box under its days (``市气象台提醒：寒潮影响期间，请注意防寒保暖。``),
  or the box's unsigned tip on the weather (``温馨提示：天气寒冷，外出注意防寒保暖。``);
* a label over a forecast sentence for its days and its advice (``农事天气`` /
  ``未来三天：多云，13℃～24℃。`` / ``农事建议：…``);
* days in cells without a colon, or unnamed, under the label, and who gave the forecast named
  alone (``天气`` / ``今天　晴　29℃～38℃`` / ``晴转多云　27℃～36℃`` / ``峨岭市气象台``);
* the box on one line, its label apart before the day's cells (``今日天气　多云转阴　8℃～17℃``), its
  days named by their dates or not (``春运天气　2月10日：阴转小雨　3℃～9℃　2月11日：小雨　2℃～7℃``);
* the label over days set as table rows is the box's, never a table's title (``滨江市区天气`` /
  ``今天夜间　晴　北风3到4级　-9℃``).
* days named with their dates in brackets, or by the date alone, and degrees below zero in words
  (``汝江天气`` / ``今天（8日）　晴转多云　零下2℃～7℃　北风2级`` / ``10日　阴有小雪　零下8℃～零下1℃``).

Why a module of its own: the weather box has more shapes than the other boxes of
:mod:`audiopaper.segment_boxes`, which runs it with them before the page is walked.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_lines import Line
from .segment_noise import narrow

__all__ = ["mark_weather"]

# A weather box's label: "今明天气", "天气预报", "未来三天天气", or the place's: "雪屏天气", or
# a trade's forecast: "农业气象", "交通气象".
WEATHER_LABEL = re.compile(r"[\u4e00-\u9fa5\d]{0,5}(?:天气(?:预报)?|气象)")
# A day of a weather box set as table cells: "今天　晴　23℃～38℃　东风3级".
WEATHER_DAY = re.compile(
    r"(?:今天|明天|后天|今日|明日|今夜|今晚|明晚)(?:白天|夜间)?\s*[:：]?[ \t\u3000]+\S.*℃.*"
)
# A day of a weather box set in cells under its label, its part of the day named or not, one
# cell a temperature: "今天：晴　西北风3到4级　最低气温-5℃　最高气温6℃", "今天白天：晴转多云　…　气温-2℃～9℃".
WEATHER_DAY_CELLS = re.compile(
    r"(?:今天|明天|后天|今日|明日|今夜|今晚|明晚)(?:白天|夜间|夜里|晚上|上午|下午)?\s*[:：]"
    r"[^，。；：\s]{1,16}(?:[ \t\u3000]+[^，。；\s]{1,16})+"
)
# Who issued a forecast, alone on its line: "陇峪市气象台发布", "安澜市气象台11月22日16时发布",
# or with its partners: "荆塘市气象台　荆塘市农业局　联合发布"; or the warning it issued:
# "市气象台昨日16时发布高温橙色预警信号".  Or who gave it, the office's name alone or before 提供:
# "峨岭市气象台", "市气象局农业气象服务中心提供" (only as a box's last line, like the others).
FORECASTER = (
    r"[\u4e00-\u9fa5]{0,10}气象(?:台|局|中心)(?:[ \t\u3000]+[\u4e00-\u9fa5]{2,12}){0,3}"
    r"(?:\s*[^，。；\s]{0,16}?发布(?:[\u4e00-\u9fa5]{2,10}预警(?:信号)?)?"
    r"|(?:[\u4e00-\u9fa5]{0,8}?(?:台|局|中心))?(?:提供)?)"
)
# A day of the box in cells, its day named without a colon or not named at all, its weather then
# its degrees: "今天　晴　29℃～38℃　东南风2～3级", "晴转多云　27℃～36℃　南风2～3级" (only right under
# the box's label, or after its other days).
# Below zero by a sign or in words: "-5℃～3℃", "零下8℃～零下1℃"; the sign once, after the range's
# top only: "22～30℃".
DEGREES = r"(?:(?:-|零下)?\d+℃?\s*[～~至－\-—]\s*)?(?:-|零下)?\d+℃"
# The day by its name, its date in brackets after it or not ("今天（8日）"), or by its date alone
# in a gap ("10日　阴有小雪　零下8℃～零下1℃", the box's third day and on).
DAY_NAME = (
    r"(?:(?:(?:今天|明天|后天|今日|明日|今夜|今晚|明晚)(?:白天|夜间|夜里|晚上)?"
    r"(?:[（(](?:\d{1,2}月)?\d{1,2}日[）)])?\s*[:：]?[ \t\u3000]*)"
    r"|(?:\d{1,2}月)?\d{1,2}日[ \t\u3000]+"
    # or by its date and a colon: "23日：多云　19℃—29℃" (a signed forecast box's days).
    r"|(?:\d{1,2}月)?\d{1,2}日\s*[:：][ \t\u3000]*)"
)
WEATHER_DAY_BARE = re.compile(
    rf"{DAY_NAME}?[^，。；：\s\d]{{1,8}}[ \t\u3000]+{DEGREES}(?:[ \t\u3000]+[^，。；\s]{{1,12}})*"
)
# The box on one line, its label set apart before the day's cells: "今日天气　多云转阴　8℃～17℃　北风3～4级",
# "天气预报　今天：小雪转阴　-3℃～4℃　西北风3～4级" (the label alone, a wide gap, a temperature cell).
# Its days may be named by their dates: "春运天气　2月10日：阴转小雨　3℃～9℃　2月11日：小雨　2℃～7℃".
DAY_DATE = r"(?:\d{1,2}月\d{1,2}日\s*[:：][ \t\u3000]*)"
WEATHER_STRIP = re.compile(
    rf"[\u4e00-\u9fa5]{{0,5}}天气(?:预报)?(?:[ \t]{{2,}}|\u3000+|[ \t]*[:：][ \t\u3000]*)"
    rf"(?:{DAY_NAME}|{DAY_DATE})?[^，。；：\s\d]{{1,8}}[ \t\u3000]+{DEGREES}(?:[ \t\u3000]+[^，。；\s]{{1,12}})*"
)
FORECAST_LINES = 3  # lines of forecast text between a weather label and its forecaster, at most
BOX_DAYS = 8  # day and advice lines of a signed forecast box besides its text, at most
# The span a signed forecast box covers, its title under the box's label: "9月23日—29日天气趋势",
# "本周天气预报", "未来一周天气展望", "国庆假期天气".
SPAN_TITLE = re.compile(r"[^，。；：:\s]{0,16}(?:天气|气象)(?:趋势|预报|展望|形势)?")
# What a weather box prints under its days: indices in labelled cells ("穿衣指数：较冷，建议着夹衣",
# "紫外线强度：强　空气质量：优", "森林火险等级：四级（高度危险）") and who issued the forecast
# ("安澜市气象台11月22日16时发布").
# An index's cell may close with its advice: "紫外线指数：很强　紫外线强度高，外出请做好防护".
WEATHER_CELL = (
    r"(?:[\u4e00-\u9fa5]{1,4}指数|紫外线(?:强度|指数)?|空气质量(?:指数|等级)?|能见度|相对湿度|湿度|"
    r"风力|风向|日出|日落|降水概率|体感温度|"
    # the fire danger of the woods or grassland: "森林火险等级：四级（高度危险）".
    r"(?:森林|草原|森林草原)?火险(?:气象)?等级)\s*[:：][^。；：\s]{1,24}"
)
WEATHER_EXTRA = re.compile(
    rf"{WEATHER_CELL}(?:[ \t\u3000]+{WEATHER_CELL})*(?:[ \t\u3000]+[^。；：\s]{{2,24}}[。！]?)?|{FORECASTER}"
)
# A forecast for a span of days set as a sentence under a weather label: "未来三天：多云间阴，局部有
# 小雨，气温13℃～24℃。", "今明两天：晴，15℃～27℃。" (a temperature in it).
# Or from one part of a day to another: "今天夜里到明天：晴到多云，26℃～38℃，南风2～3级".
SPAN_DAY = r"(?:未来[一二两三四五六七\d]{1,2}天|今明两?天|今天|明天|后天|今日|明日|今夜|本周|周末|下周)"
SPAN_PART = r"(?:白天|夜间|夜里|晚上|上午|下午)?"
FORECAST_SPAN = re.compile(rf"{SPAN_DAY}{SPAN_PART}(?:[到至]{SPAN_DAY}{SPAN_PART})?\s*[:：][^：:]*℃.*")
# Such a span in table cells, its weather then degrees: "今天夜里到明天　多云　7℃～15℃".
SPAN_CELLS = re.compile(rf"{SPAN_DAY}{SPAN_PART}[到至]{SPAN_DAY}{SPAN_PART}[ \t\u3000]+\S.*℃.*")
# The advice a trade's weather box closes with: "农事建议：抓住晴好天气…", "出行提示：…".
WEATHER_ADVICE = re.compile(r"[\u4e00-\u9fa5]{1,4}(?:建议|提示|提醒)\s*[:：].{2,80}")
# The forecaster's advice closing the box under its days: "市气象台提醒：寒潮影响期间，请注意防寒保暖。"
# (who advises named as in ``FORECASTER``); only after the box's lines, as its last.
FORECASTER_ADVICE = re.compile(
    r"[\u4e00-\u9fa5]{0,10}气象(?:台|局|中心|部门)(?:建议|提示|提醒)\s*[:：][^：:]{2,80}"
)
# Or the box's own tip, unsigned, on the weather it forecast: "温馨提示：天气寒冷，外出注意防寒保暖。"
# (a tip on anything else, "温馨提示：本周六市图书馆闭馆。", is not the box's); a trade's box gives its
# trade's tip: "农事提示：未来三天有降雨过程，请抓紧抢收…" (over who gave the forecast: "市气象台提供").
WEATHER_TIP = re.compile(r"(?:温馨|出行|健康|生活|穿衣|农事|交通)?(?:提示|提醒)\s*[:：][^：:]{4,60}")
WEATHER_WORD = re.compile(
    r"天气|气温|降温|升温|寒冷|严寒|炎热|高温|低温|保暖|防寒|防暑|防晒|降雨|降雪|雨雪|大风|大雾|雾霾|路面湿滑|冰冻|霜冻"
)


def forecast_end(lines: list[Line], start: int) -> int:
    """Index after the forecaster's line closing the weather box labelled at ``start``, or 0.

    ``农业气象`` / ``预计本周我市以多云天气为主…`` / ``荆塘市气象台　荆塘市农业局　联合发布``: a
    forecast signed by who issued it is the box's, its text too.  Without that line the label
    heads a story (``今明天气`` / ``本报讯…``).  Its span's title right under the label, its days
    and its advice do not count as text (``农业气象`` / ``9月23日—29日天气趋势`` / ``本周以多云天气为主…`` /
    ``23日：多云　19℃—29℃`` / … / ``农事建议：…`` / ``白河县气象局　供稿``).
    """
    text_lines = 0
    for k in range(start + 1, min(len(lines), start + 2 + FORECAST_LINES + BOX_DAYS)):
        text = narrow(lines[k].text.strip())
        if re.fullmatch(FORECASTER, text):
            return k + 1 if k > start + 1 else 0
        if k == start + 1 and lines[k].kind == "heading" and SPAN_TITLE.fullmatch(text):
            continue
        if lines[k].kind not in ("body", "field"):
            return 0
        if not (is_weather_day(lines[k]) or WEATHER_ADVICE.fullmatch(text)):
            text_lines += 1
            if text_lines > FORECAST_LINES:
                return 0
    return 0


def is_weather_day(ln: Line) -> bool:
    text = narrow(ln.text.strip())
    return (
        ln.kind != "noise"
        and "℃" in text
        and (
            WEATHER_DAY_CELLS.fullmatch(text)
            or WEATHER_DAY_BARE.fullmatch(text)
            or SPAN_CELLS.fullmatch(text)
        )
        is not None
    )


def mark_weather_days(lines: list[Line]) -> list[Line]:
    """Day lines in cells right under a weather label are the box's: ``天气预报`` / ``今天：晴　西北风3到4级
    最低气温-5℃　最高气温6℃``, a span of days too (``宝河天气`` / ``今天夜里到明天　晴间多云　27℃～36℃``).
    Only there: such a line elsewhere may be a story's."""
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind != "heading" or not WEATHER_LABEL.fullmatch(ln.rest):
            continue
        k = i + 1
        while k < len(lines) and (lines[k].reason == "weather" or is_weather_day(lines[k])):
            out[k] = replace(lines[k], kind="noise", reason="weather")
            k += 1
    return out


def is_closing_advice(lines: list[Line], k: int) -> bool:
    """``lines[k]`` is the forecaster's advice, one line, and the box's last: the page ends or a
    headline or noise follows (``市气象台提醒：…防冻措施。`` / ``扫码关注…``).  Or the box's own tip,
    on the weather it forecast: ``温馨提示：天气寒冷，外出注意防寒保暖。``."""
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    text = narrow(lines[k].text.strip())
    advice = FORECASTER_ADVICE.fullmatch(text) is not None or (
        WEATHER_TIP.fullmatch(text) is not None and WEATHER_WORD.search(text) is not None
    )
    return advice and (nxt is None or nxt.kind in ("noise", "heading", "label"))


def mark_span_forecasts(lines: list[Line]) -> list[Line]:
    """A weather label over a forecast sentence for its days is a box, its advice too: ``农事天气`` /
    ``未来三天：多云间阴，局部有小雨，气温13℃～24℃。`` / ``农事建议：抓住晴好天气做好早稻移栽…``.

    Only right under the label (``FORECAST_SPAN``): a label over a story's text heads that story.
    """
    out = list(lines)
    for i, ln in enumerate(lines[:-1]):
        if ln.kind != "heading" or not WEATHER_LABEL.fullmatch(ln.rest):
            continue
        if lines[i + 1].kind == "noise" or not FORECAST_SPAN.fullmatch(narrow(lines[i + 1].text.strip())):
            continue
        k = i + 1
        while k < len(lines) and lines[k].kind != "noise":
            text = narrow(lines[k].text.strip())
            if not (FORECAST_SPAN.fullmatch(text) or WEATHER_ADVICE.fullmatch(text)):
                break
            k += 1
        out[i:k] = [replace(x, kind="noise", reason="weather") for x in lines[i:k]]
    return out


def mark_weather(lines: list[Line]) -> list[Line]:
    """A weather box's label over its days' lines is never read: ``今明天气`` / ``今天：多云　26℃～34℃``.

    Only over such lines: ``今明天气`` over text is a story's headline.  Under the days, the box's
    indices and who issued it (``穿衣指数：较冷`` / ``安澜市气象台11月22日16时发布``) are the box's too,
    with the warning it issued (``市气象台昨日16时发布高温橙色预警信号``), and its advice closing the box
    (``市气象台提醒：寒潮影响期间，请注意防寒保暖。``, or unsigned on the weather:
    ``温馨提示：天气寒冷，外出注意防寒保暖。``).
    """
    lines = [
        replace(ln, reason="weather")
        if ln.reason == "table"
        and (WEATHER_DAY.fullmatch(narrow(ln.text)) or SPAN_CELLS.fullmatch(narrow(ln.text.strip())))
        else replace(ln, kind="noise", reason="weather")
        if ln.kind != "noise" and WEATHER_STRIP.fullmatch(narrow(ln.text.strip()))
        else ln
        for ln in lines
    ]
    # The label over days the table rows first took is the box's too, not a table's title:
    # "明泉市区天气" / "今天夜间　晴　北风3到4级　-9℃".
    lines = [
        replace(ln, reason="weather")
        if ln.reason == "table"
        and WEATHER_LABEL.fullmatch(narrow(ln.text.strip()))
        and i + 1 < len(lines)
        and lines[i + 1].reason == "weather"
        else ln
        for i, ln in enumerate(lines)
    ]
    lines = mark_span_forecasts(mark_weather_days(lines))
    out = list(lines)
    for i, ln in enumerate(lines[:-1]):
        if ln.kind == "heading" and WEATHER_LABEL.fullmatch(ln.rest) and lines[i + 1].reason == "weather":
            out[i] = replace(ln, kind="noise", reason="weather")
        if ln.kind == "heading" and WEATHER_LABEL.fullmatch(ln.rest) and (end := forecast_end(lines, i)):
            out[i:end] = [replace(x, kind="noise", reason="weather") for x in lines[i:end]]
    for i, ln in enumerate(out):
        if ln.reason != "weather":
            continue
        k = i + 1
        while k < len(lines) and lines[k].kind != "noise" and WEATHER_EXTRA.fullmatch(narrow(lines[k].text)):
            out[k] = replace(lines[k], kind="noise", reason="weather")
            k += 1
        if k < len(lines) and lines[k].kind != "noise" and is_closing_advice(lines, k):
            out[k] = replace(lines[k], kind="noise", reason="weather")
    return out

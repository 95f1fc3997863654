"""Display text → spoken text: what a news anchor would say, for every engine.

Neural voices guess at digits and symbols and espeak-ng does not guess at all (2024年 →
二千二十四年, ``%`` in English), so nothing with a digit or a printing symbol reaches an
engine.  One paragraph or line goes through these steps, all pure (no files, env, clock):

1. fullwidth digits and letters become ASCII (``３５．８`` reads like ``35.8``), Roman
   numerals become hanzi (Ⅱ型 → 二型, Ⅳ级 → 四级);
2. jump markers such as "(下转二版)" go, a leading dateline is dropped or read out;
3. the :class:`~audiopaper.lexicon.Lexicon` replaces whole words (polyphones, names);
4. numbers are read by context (:mod:`audiopaper.numerals`): years digit by digit,
   phones digit by digit with 幺, postcodes, plates, standards and case numbers digit by
   digit with 一 (:mod:`audiopaper.codes`), amounts as cardinals, 2个 as 两个, 2粒 as 两粒;
   a slash between a currency or measure word and another is 每 (2700美元/盎司);
5. quotes and book-title marks go, brackets and dashes become the pause "，"; the
   Chinese punctuation that drives pauses (，。！？；：) stays, and so do 儿 and interjections.

Latin letters are kept for the voice (GDP, 5G → 五G, G60 → G六十, A581号 → A五八一号): neural
voices say them as anchors do; a lexicon entry can spell them out for espeak-ng.  A hyphen
inside a Latin name is a letter gap, never voiced (5G-A → 五G A, Wi-Fi → Wi Fi).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .lexicon import Lexicon
from .numerals import read_numbers
from .units import CURRENCY_SIGNS, MEASURE_WORDS

_ROMAN = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")  # Ⅰ..Ⅻ, ⅰ..ⅻ
_FULLWIDTH = str.maketrans(
    {chr(0xFF10 + i): str(i) for i in range(10)}
    | {chr(0xFF21 + i): chr(0x41 + i) for i in range(26)}
    | {chr(0xFF41 + i): chr(0x61 + i) for i in range(26)}
    | {"％": "%", "＋": "+", "＝": "=", "－": "-", "／": "/", "＄": "$", "\u3000": " ", "\xa0": " "}
    | {chr(0x2460 + i): f"{i + 1}，" for i in range(20)}  # ①..⑳ list markers
    | {chr(base + i): _ROMAN[i] for base in (0x2160, 0x2170) for i in range(12)}  # Ⅱ型 → 二型
)
_DIGIT_DOT = re.compile(r"(?<=\d)．(?=\d)")
_DEGREES = re.compile(r"°\s*C|℃")

# "(下转二版)", "（上接1版）", "(紧接第一版)": page furniture, never read.
_JUMP = re.compile(
    r"[(（〔【]\s*(?:下转|上接|紧接|接|转|转自|续)第?\s*[A-Za-z]?[\d一二三四五六七八九十]+\s*版\s*[)）〕】]"
)

_AGENCIES = (
    "本报|新华社|中新社|人民网|新华网|央视网|中新网|央广网|中国新闻网|光明网|大河网|中国日报网|"
    "人民日报|光明日报|经济日报|工人日报|河南日报|郑州日报|大河报|解放日报|北京日报|中国青年报"
)
# "本报讯(记者 董艳竹)", "新华社上海12月1日电(记者 梅常伟)", "据新华社北京12月1日电"
_DATELINE = re.compile(
    rf"^\s*(?P<via>据)?(?P<agency>{_AGENCIES})(?P<place>[\u4e00-\u9fff]{{0,8}}?)"
    r"(?P<date>\d{1,2}月\d{1,2}日)?(?P<kind>讯|电)"
    r"\s*(?:[(（](?P<who>[^()（）]{0,60})[)）])?\s*"
)
_ROLES = re.compile(
    rf"^(?:{_AGENCIES})?(?:记者|通讯员|实习生|见习记者|特约记者|特约通讯员|首席记者|摄影|摄影记者)$"
)

# Nothing an engine should see: zero-width spaces and joiners, soft hyphens, variation
# selectors, private-use glyphs of PDF extractions (dropped first, so "2\u200b023" is a
# year), then -- once numbers and unit signs (㎡, ℃) are read -- emoji and other pictographs.
_INVISIBLE = frozenset({"Cf", "Co", "Cs"})
_SKIN_TONES = range(0x1F3FB, 0x1F400)
_VARIATION = range(0xFE00, 0xFE10)
# Ornaments that open a line before its dateline: "★本报讯(记者 王红)", "■新华社北京电".
_LEAD_ORNAMENTS = "★☆■□●○◆◇▲△▶►◎※•· \t"


def _drop_invisible(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in text if unicodedata.category(c) not in _INVISIBLE and ord(c) not in _VARIATION)


def _drop_pictographs(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in text if unicodedata.category(c) != "So" and ord(c) not in _SKIN_TONES)


_QUOTE_SEAM = re.compile(r"[”’」』》]\s*[“‘「『《]")  # "…合作协调机制”“努力促进…": two quotes, one pause
_QUOTES = re.compile(r"[“”‘’\"'「」『』《》〈〉]")
_OPEN = re.compile(r"[(（【〔\[]")
_CLOSE = re.compile(r"[)）】〕\]]")
_DASHES = re.compile(r"—+|–|-{2,}|[•●■□▲△◆◇★☆▶►|]|(?<=[\u4e00-\u9fff])-|-(?=[\u4e00-\u9fff])")
_LATIN_HYPHEN = re.compile(r"(?<=[A-Za-z0-9])-(?=[A-Za-z])")  # 5G-A, Wi-Fi: a letter gap, not a pause
_SLASH_PER = re.compile(
    r"/(?=小时|时|天|日|年|月|周|人|次|斤|公斤|千克|克|吨|升|平方米|立方米|公里|米|秒|分钟|件|台|辆|户|亩|股|份|张|间|晚|位|个)"
)
# "2700美元/盎司", "80美元/桶": a slash between a currency or measure word and another is 每.
_PER_WORDS = "|".join(sorted(set(MEASURE_WORDS) | set(CURRENCY_SIGNS.values()), key=len, reverse=True))
_SLASH_MEASURE = re.compile(rf"(?<=[\u4e00-\u9fff])(?P<w>{_PER_WORDS})/(?=(?:{_PER_WORDS}))")
_ASCII_PUNCT = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", ".": "。"}
_PUNCT_NEAR_CJK = re.compile(r"(?<=[\u4e00-\u9fff])[,;:!?.](?!\d)|[,;:!?](?=[\u4e00-\u9fff])")
_SPACE_CJK = re.compile(r"(?<=[\u4e00-\u9fff，。！？；：、])\s+|\s+(?=[\u4e00-\u9fff，。！？；：、])")
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_LEFTOVER = re.compile(r"[*#^_`{}<>\\]")
_PAUSE_RUNS = re.compile(
    r"[，、]+(?=[，。！？；：、…])|(?<=[。！？；：])[，、]+|^[，、。！？；：\s]+|[，、\s]+$"
)
_SPEAKABLE = re.compile(r"[^\W_]")


def _tidy(text: str) -> str:
    """Quotes out; brackets, dashes and gaps between hanzi become the pause "，"."""
    text = _QUOTE_SEAM.sub("，", text)
    text = _QUOTES.sub("", text)
    text = _OPEN.sub("，", text)
    text = _CLOSE.sub("，", text)
    text = _LATIN_HYPHEN.sub(" ", text)
    text = _DASHES.sub("，", text)
    text = _SLASH_PER.sub("每", text)
    if "/" in text:
        text = _SLASH_MEASURE.sub(lambda m: m.group("w") + "每", text)
    text = text.replace("/", "、").replace("&", "和").replace("@", "，").replace("+", "加")  # "5G+工业互联网"
    text = text.replace("℃", "摄氏度").replace("%", "").replace("‰", "").replace("‱", "")
    text = _drop_pictographs(_LEFTOVER.sub("", text))
    text = _PUNCT_NEAR_CJK.sub(lambda m: _ASCII_PUNCT[m.group(0)], text)
    text = _CJK_GAP.sub("，", text)  # "把握海警力量建设运用特点规律 提高海上维权执法能力"
    text = _SPACE_CJK.sub("", text)
    for _ in range(2):
        text = _PAUSE_RUNS.sub("", text)
    return text.strip()


def _people(who: str) -> str:
    """ "记者 张三 李四 通讯员 王五" → "记者张三、李四，通讯员王五"."""
    groups: list[tuple[str, list[str]]] = []
    for token in re.split(r"[\s、，,]+", who.strip()):
        if not token or token in ("文/图", "文图", "图/文", "图文"):
            continue
        if token == "摄" and groups and groups[-1][1]:  # "新华社记者 李刚 摄"
            groups[-1][1][-1] += "摄"
            continue
        if _ROLES.match(token) or not groups:
            groups.append((token if _ROLES.match(token) else "", [] if _ROLES.match(token) else [token]))
        else:
            groups[-1][1].append(token)
    return "，".join(role + "、".join(names) for role, names in groups)


def _read_dateline(m: re.Match[str]) -> str:
    agency, place, date, kind, who = (m.group(k) or "" for k in ("agency", "place", "date", "kind", "who"))
    people = _people(who)
    if kind == "讯" and not place and not date and people:
        if people.startswith("记者") or people.startswith("通讯员"):
            return f"{m.group('via') or ''}{agency}{people}报道"
        return f"{agency}讯，{people}"
    head = f"{m.group('via') or ''}{agency}{place}{read_numbers(date)}{kind}"
    return f"{head}，{people}" if people else head


def normalize_byline(byline: str, *, read: bool) -> str:
    """A dateline or byline as an anchor reads it, or "" when the profile leaves them out.

    "本报讯(记者 董艳竹)" → "本报记者董艳竹报道";
    "新华社上海12月1日电(记者 梅常伟)" → "新华社上海十二月一日电，记者梅常伟".
    """
    if not read:
        return ""
    text = _drop_invisible(byline.translate(_FULLWIDTH)).strip(_LEAD_ORNAMENTS)
    m = _DATELINE.match(text)
    if m and m.end() == len(text):
        return _read_dateline(m)
    bare = text.strip("()（） ")
    if _ROLES.match(bare.split()[0] if bare.split() else ""):
        return read_numbers(_people(bare))  # "(记者 王红 通讯员 张三)"
    return normalize(text)


def normalize(text: str, *, lexicon: Lexicon | None = None, speak_dateline: bool = False) -> str:
    """Display text of one paragraph or line → the text an engine is given.

    A dateline opening the paragraph ("本报讯(记者 董艳竹)推行…") is dropped unless
    ``speak_dateline``, since the byline is announced on its own.  Returns "" when nothing
    is left to say ("……", "——", "(下转二版)"): edge-tts fails on such text.
    """
    text = _drop_invisible(text.translate(_FULLWIDTH)).lstrip(_LEAD_ORNAMENTS)
    text = _DIGIT_DOT.sub(".", text)
    text = _DEGREES.sub("℃", text)
    text = _JUMP.sub("", text)
    m = _DATELINE.match(text)
    if m and (m.group("who") is not None or m.group("date")):
        text = (_read_dateline(m) + "，" if speak_dateline else "") + text[m.end() :]
    if lexicon is not None:
        text = lexicon.apply(text)
    text = read_numbers(text)
    text = _tidy(text)
    return text if _SPEAKABLE.search(text) else ""


def normalize_lines(lines: Iterable[str], *, lexicon: Lexicon | None = None) -> list[str]:
    """One spoken line per input line (blank for lines with nothing to say)."""
    return [normalize(line.rstrip("\r\n"), lexicon=lexicon) for line in lines]


__all__ = ["normalize", "normalize_byline", "normalize_lines"]

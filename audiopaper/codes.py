"""Identifiers printed with digits, read digit by digit (or part by part) as anchors say them.

These rules run before every other number rule in :mod:`audiopaper.numerals`, so the digits
they take are never read as amounts or years:

* postcodes after 邮编/邮政编码: 邮编100010 → 邮编一零零零一零 (1 is 一; 幺 is for phones only);
* vehicle plates: 粤B·6F789 → 粤B六F七八九 (letters kept, the middle dot dropped);
* standards: GB 2762-2022 → GB二七六二，二零二二, GB/T 1234-2020, ISO 9001:2015 (a pause at
  the hyphen or colon before the year);
* court case numbers: （2024）京0105民初12345号 → 二零二四，京零一零五民初一二三四五号;
* dotted versions: 2.3.1版本 → 二点三点一, 8.0.5 → 八点零点五;
* model numbers after a maker: 波音737 → 波音七三七, Boeing 787 → Boeing 七八七;
* class numbers: 高三（2）班 → 高三二班 (the brackets go).
"""

from __future__ import annotations

import re

from .numwords import Rule, cardinal, digits, rule, year

# One-character province abbreviations used on plates and in case numbers.
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
# Standard prefixes: GB, GB/T, GB/Z, ISO, IEC, industry codes (JB/T, YY/T, HJ, DB11/T …).
_STANDARDS = r"GB(?:/[TZ])?|ISO(?:/IEC)?|IEC|EN|ASTM|[A-Z]{2}/T|HJ|JJG|JJF|DB\d{2}(?:/T)?|T/[A-Z]{2,8}"
# Makers whose model numbers are said digit by digit: 波音737, 空客320.
_MAKERS = "波音|空客|空中客车|庞巴迪|麦道|巴航工业|中国商飞|湾流|塞斯纳|伊尔"
_YEAR = r"(?:1[6-9]|20|21)\d\d"


def _part(p: str) -> str:
    """A part of a version or standard number: 10 → 十 in a version, 0105 → 零一零五."""
    return cardinal(p, liang=False) if len(p) <= 2 and not (len(p) == 2 and p[0] == "0") else digits(p)


def _standard(m: re.Match[str]) -> str:
    name = m.group("std").replace("/", " ")
    num = "点".join(digits(p) for p in m.group("n").split("."))
    return name + num + ("，" + year(m.group("y")) if m.group("y") else "")


def _plate(m: re.Match[str]) -> str:
    return m.group("p") + m.group("l") + digits(m.group("r"))


def _version(m: re.Match[str]) -> str:
    return "点".join(_part(p) for p in m.group(0).split("."))


CODE_RULES: tuple[Rule, ...] = (
    # postcodes: six digits after 邮编, read with 一
    rule(
        r"(?P<c>(?:邮编|邮政编码)[:：为是]?\s*)(?P<n>\d{6})(?!\d)",
        lambda m: m.group("c") + digits(m.group("n")),
        "邮",
    ),
    # plates: 粤B·6F789, 京A 12345, 豫AD12345 (new-energy plates have six)
    rule(
        rf"(?P<p>[{PROVINCES}])(?P<l>[A-Z])\s*[·•・.]?\s*(?P<r>(?=[A-Z]*\d)[A-Z\d]{{5,6}})(?![A-Za-z\d])",
        _plate,
    ),
    # standards: GB 2762-2022, GB/T 19001.1-2016, ISO 9001:2015
    rule(
        rf"(?<![A-Za-z])(?P<std>{_STANDARDS})\s*(?P<n>\d+(?:\.\d+)*)(?:\s*[-—–:：]\s*(?P<y>{_YEAR}))?(?![\d.])",
        _standard,
    ),
    # case numbers: （2024）京0105民初12345号, (2023)最高法民终1号
    rule(
        rf"(?<=[（(])\s*(?P<y>{_YEAR})\s*(?=[)）]\s*(?:[{PROVINCES}]\d|最高))",
        lambda m: year(m.group("y")),
        "（(",
    ),
    rule(rf"(?<=[{PROVINCES}])(?P<n>\d{{4}})(?=[\u4e00-\u9fff]{{1,4}}\d+号)", lambda m: digits(m.group("n"))),
    # dotted versions: 2.3.1版本, iOS 17.1.2 (dates with a 4-digit year are not versions)
    rule(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){2,}(?![\d.])", _version, "."),
    # model numbers: 波音737 MAX, 空客320, Boeing 787
    rule(
        rf"(?P<b>(?:{_MAKERS})|(?<![A-Za-z])[A-Z][a-z]{{2,}}\s)(?P<n>\d{{3,}})(?![\d.])",
        lambda m: m.group("b") + digits(m.group("n")),
    ),
    # class numbers: 高三（2）班, 七年级(12)班
    rule(
        r"(?<=[一二三四五六七八九十级])\s*[（(]\s*(?P<n>\d{1,2})\s*[)）]\s*(?=班|组|队|排|连)",
        lambda m: cardinal(m.group("n"), liang=False),
        "（(",
    ),
)

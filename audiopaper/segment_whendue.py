"""A works or a place named on a headline's first line, when it is done or opens on the second.

Why a module of its own: :mod:`audiopaper.segment_runon` is near full.  A title that names a
works by its kind (``凤凰路雨污分流改造``, ``…二期工程``) or places counted
(``城区首批12家“城市书房”``) and then only when they are finished or open their doors, with no
subject of its own (``本月中旬完工``, ``端午前开门迎客``), was broken by the typesetter: one line
sets it whole (``汾河公园二期工程月底完工``, ``全民健身中心春节前开门迎客``), so the two are one
title joined with no space.  A first line with a verb of its own is a clause, and a forecast
(``预计明年“五一”前建成通车``, see :mod:`audiopaper.segment_stackfix`) is a deck.
"""

from __future__ import annotations

import re

from .segment_runon import COUNT, MEASURE

HAN = r"[\u4e00-\u9fa5]"
# Only a time due, with no subject: "本月中旬", "月底前", "年内", "6月15日前", "端午前", "国庆节前夕".
WHEN = (
    r"(?:(?:本|下|今|明)?(?:月|年)(?:初|底|中|末|内|上旬|中旬|下旬)|(?:今|明)年(?:\d{1,2}月)?(?:底|内|年底)?"
    r"|\d{1,2}月(?:\d{1,2}[日号])?(?:初|底|中旬|上旬|下旬)?"
    r"|(?:春节|元旦|端午|中秋|国庆|清明|“五一”|五一|“十一”|十一|汛期|暑期|开学)节?)"
    r"(?:前夕|之前|前|内|起)?"
)
# When it is finished, opened or in use: the works' or the place's own end point.
DONE = (
    r"(?:完工|竣工|建成|通车|投用|投入使用|启用|交付|开通|开放|开业|开馆|开门迎客|迎客|亮相|完成)"
    r"(?:通车|使用|迎客)?"
)
WHEN_DUE = re.compile(rf"(?:将|可|有望|全部|陆续)?{WHEN}(?:将|可|有望|全部|陆续)?{DONE}")
# A works named by its kind, no verb after it: "…雨污分流改造", "…二期工程", "…提升项目".
WORKS = re.compile(rf"{HAN}{{2,}}(?:改造|改建|扩建|提升|整治|修缮|维修|大修|工程|项目)$")
# Places counted, named in quotes or not: "城区首批12家“城市书房”", "全市20个口袋公园".
PLACES = re.compile(rf"{COUNT}{MEASURE}“?{HAN}{{2,8}}”?$")
# A verb of its own, or a time of its own: the first line is a clause already.
OWN_VERB = re.compile(r"(?:将|已|正|在|启动|开工|完工|建成|开放|\d{1,2}月|今年|明年|月底|年底)")


def names_works_over_when_due(first: str, second: str) -> bool:
    """``凤凰路雨污分流改造`` / ``本月中旬完工``, ``城区首批12家“城市书房”`` / ``端午前开门迎客``:
    a works or places named, then only when they are done or open: one title, no space.

    Never ``城北供热管网改造完工`` / ``…``, a clause with its verb, nor a line with its own time.
    """
    a = re.sub(r"[\s\u3000]+", "", first)
    b = re.sub(r"[\s\u3000]+", "", second)
    if not a or not b or WHEN_DUE.fullmatch(b) is None:
        return False
    if not (WORKS.search(a) or PLACES.search(a)):
        return False
    # Only a verb or a time before the name's kind counts: "…管网改造" is a name, "…已完工改造" none.
    head = re.sub(r"(?:改造|改建|扩建|提升|整治|修缮|维修|大修|工程|项目)$", "", a)
    return OWN_VERB.search(head) is None

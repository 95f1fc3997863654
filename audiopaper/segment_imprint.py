"""More rows of a page's foot, never read: the folio, the imprint's single fields, a web page's foot.

``imprint_reason(text)`` gives why a stripped line is such a row, or ``""`` (called last by
:func:`audiopaper.segment_footers.footer_reason`):

* the folio at the page's foot, its number with 版 and the section's name or the page's rights
  note (``"page header"``): ``B02版　本地新闻``, ``A05版　本版稿件未经授权不得转载``;
* the folio row at the page's top, its bare number apart by a wide gap from the page's dotted
  section label (``"page header"``): ``05　国内·国际``, ``3　教育·高考`` (a headline never opens with a
  number set apart from two short names joined by a middle dot);
* who publishes the paper beside the issue's date (``"masthead"``): ``峨桥都市报社出版　2026年2月11日``;
* the imprint's single fields (``"masthead"``): who the paper answers to (``主管：峨桥日报社``,
  ``主办：X日报社　出版：X日报社``), its lawyer (``本报法律顾问：X律师事务所``), its price alone
  (``零售价2.00元``), the day's lunar date under its label (``今日农历：腊月廿四``);
* a desk's or the paper's tip line, its hours in brackets or named for tips (``"reader service"``):
  ``民生热线：0751-3366000（24小时）``, ``健康热线：0578-…（每周二、四下午接听）``,
  ``社会新闻报料热线：0833-2166110``, the note that it takes messages too after it
  (``爆料热线：0561-…（微信同号）``);
* a prompt to send tips through the paper's app (``"chrome"``): ``扫码进入“峨桥都市报”APP报料``;
* the paper's tip line or the page's own line, then its app by name (its channel for tips in
  quotes, the prompt to scan for it) in cells (``"reader service"``):
  ``爆料热线：0745-2288110　X晚报APP“帮忙”频道``, ``本版热线：0736-8218888　X晚报客户端“鹿鸣”扫码下载``;
* the paper's call for tips in one sentence, to call its hotline and the reward for a tip used
  (``"reader service"``): ``拨打本报新闻热线0580-96580提供新闻线索，一经采用即付报料奖`` (a story's
  ``…可拨打本报热线反映`` promises no reward and is read);
* the paper's name beside its app's and the prompt to get it (``"chrome"``):
  ``南池晚报 掌上南池APP 扫码下载``, ``X日报　“X新闻”客户端　扫码下载``;
* the paper's own notice, title and terms on one line (``"house notice"``):
  ``莲溪晚报征订启事：2021年全年订价288元，订报热线…`` (the paper's notices are never read);
* the page's disclaimer under its label (``"disclaimer"``): ``声明：本版来论仅代表作者个人观点，不代表本报
  立场。`` (the bare ``本版言论仅代表…`` is :mod:`audiopaper.segment_noise`'s);
* a web page's foot (``"chrome"``): the related sites' list (``相关链接：A网　B发布　C晚报``), the
  advice on how to view it (``建议使用1024×768分辨率浏览``), its visit counter (``总访问量：3128842``).

A story's sentence never takes these shapes: each is a whole line, a label then a field, or cells
apart by wide gaps with no stop among them; a hotline in a sentence (``…请拨打民生热线0751-…``) is read.
Why a module of its own: :mod:`audiopaper.segment_footers` and :mod:`audiopaper.segment_noise` are full.
"""

from __future__ import annotations

import re

from .segment_chrome import gap_cells

__all__ = ["imprint_reason", "is_site_row"]

# A paper's kind closes its name: "河川晚报", "湘屿都市报" (segment_footers reads the same names).
PAPER_KIND = r"(?:日报|晚报|晨报|时报|早报|都市报|商报|快报)"
PAPER = rf"[\u4e00-\u9fa5]{{2,8}}{PAPER_KIND}"
OFFICE = rf"{PAPER}社|[\u4e00-\u9fa5]{{2,10}}(?:报业|传媒|日报)(?:集团|有限公司|中心)"
PHONE = r"(?:[（(]\d{3,4}[）)]\s?)?\d[\d\-—－／/]{4,}"
DATE = r"\d{4}(?:\.\d{1,2}\.\d{1,2}|-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)"
WEEKDAY = r"(?:星期|周)[一二三四五六日天]"

# The folio's number with 版 ("B02版", "第3版"), then the section's name or the rights note.
FOLIO = re.compile(r"(?:第\s*)?[A-Z]?\d{1,3}\s*版")
SECTION_NAME = re.compile(r"[\u4e00-\u9fa5·]{2,6}")
# The page's number alone (no 版, no letter), then its dotted section label: "05　国内·国际".
BARE_FOLIO = re.compile(r"\d{1,3}")
DOTTED_SECTION = re.compile(r"[\u4e00-\u9fa5]{2,4}(?:[·・•][\u4e00-\u9fa5]{2,4})+")
RIGHTS_NOTE = re.compile(
    r"(?:本版|本报|本刊)(?:稿件|图文|内容|文章|图片)?(?:均)?未经(?:书面)?(?:授权|许可)[，,]?(?:不得|严禁|禁止)转载"
)

PUBLISHER = re.compile(rf"(?:{OFFICE})(?:出版|主办|编辑出版)")
DATE_CELL = re.compile(rf"{DATE}|{WEEKDAY}")

# Who answers for the paper, one field or a few in cells: "主管：峨桥日报社", "主办：X日报社　出版：X日报社".
SPONSOR_CELL = re.compile(rf"(?:主管|主办|主管主办|出版|主管单位|主办单位|出版单位)\s*[:：]\s*(?:{OFFICE})")
COUNSEL = re.compile(
    rf"(?:本报|本刊|本社|{PAPER})(?:常年)?法律顾问\s*[:：]\s*[\u4e00-\u9fa5（）()]{{2,24}}?(?:律师事务所|律师)"
    r"(?:[\u4e00-\u9fa5\s\u3000、]{0,16}律师)?"
)
PRICE = re.compile(r"(?:零售价|定价|每份定价|每份)\s*[:：]?\s*(?:人民币)?\d+(?:\.\d+)?元")
# A lunar date: its year by stem and branch (or not), its month and day: "辛卯年腊月十七", "腊月廿四".
STEM_BRANCH_YEAR = r"[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年"
LUNAR_MONTH_DAY = (
    r"(?:闰)?(?:正|冬|腊|十[一二]|[一二三四五六七八九十])月"
    r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]|三十)"
)
LUNAR_DAY = rf"(?:{STEM_BRANCH_YEAR})?{LUNAR_MONTH_DAY}"
LUNAR = re.compile(rf"(?:今日|今天|本日)?农历\s*[:：]?\s*{LUNAR_DAY}")

# A desk's line with its hours ("民生热线：0751-3366000（24小时）"), or a line named for tips.
# Or the days it is answered: "（每周二、四下午接听）", "（工作日9:00-17:00）", "（周一至周五）".
HOURS = (
    r"[（(](?:24小时|全天|全天候|\d{1,2}[:：]\d{2}\s*[-—－~～至]\s*\d{1,2}[:：]\d{2}"
    r"|(?:每周|每天|每日|工作日|周[一二三四五六日天])[^（）()，。；]{0,14})[）)]"
)
DESK_HOURS = re.compile(rf"[\u4e00-\u9fa5]{{2,6}}热线(?:电话)?\s*[:：]?\s*{PHONE}\s*{HOURS}")
# The paper's name, its app's name and the prompt to get it, apart by spaces: "南池晚报 掌上南池APP 扫码下载".
PAPER_APP = re.compile(
    rf"{PAPER}[\s\u3000]+(?:“[^”\s]{{1,12}}”|[\u4e00-\u9fa5A-Za-z]{{2,10}}?)"
    r"(?:APP|App|app|客户端)[\s\u3000]*(?:扫码|扫一扫|扫描二维码)(?:下载|安装|关注|阅读)?"
)
# Or the note that the number takes messages too: "（微信同号）", "（短信同号）", "（同微信）".
SAME_NUMBER = r"[（(](?:微信|短信|微信\s*[/／、]\s*短信)同号[）)]|[（(]同微信(?:号)?[）)]"
TIP_LINE = re.compile(
    rf"[\u4e00-\u9fa5]{{0,8}}(?:报料|爆料)(?:热线|电话)\s*[:：]?\s*{PHONE}(?:\s*(?:{HOURS}|{SAME_NUMBER}))?"
)
ACCOUNT = r"(?:APP|App|app|客户端|微信公众号|公众号|小程序)"
APP_TIP = re.compile(
    rf"(?:扫码|扫一扫|扫描二维码)(?:进入|打开|下载|登录|关注)“[^”\s]{{1,12}}”{ACCOUNT}(?:报料|爆料|投稿|提供线索)"
)
# The page's own line: "本版热线：0736-8218888", "本版新闻热线：…" (only the paper prints 本版).
PAGE_LINE = re.compile(rf"本版(?:新闻|报料|爆料)?(?:热线|电话)\s*[:：]?\s*{PHONE}(?:\s*{HOURS})?")
# The paper's app after it, by its name, its channel for tips in quotes or the prompt to get it:
# "南寨晚报APP“帮忙”频道", "鸣鹿晚报客户端“鹿鸣”扫码下载", "“X新闻”客户端" (a named paper or app).
APP_NAMED = rf"(?:{PAPER}|“[^”\s]{{1,12}}”)"
APP_CHANNEL = re.compile(
    rf"{APP_NAMED}{ACCOUNT}(?:“[^”\s]{{1,12}}”(?:频道|栏目|专区|板块)?)?"
    r"(?:(?:扫码|扫一扫|扫描二维码)(?:下载|安装|关注|报料|爆料)?)?"
)
# The paper's call for tips, one sentence: to call its hotline (本报, its name, or a line named
# for news or tips), then the reward for a tip used: "拨打本报新闻热线0580-96580提供新闻线索，一经
# 采用即付报料奖" ("…可拨打本报热线反映" in a story promises nothing and is read).
TIP_HOTLINE = rf"(?:本报|{PAPER})[\u4e00-\u9fa5]{{0,4}}(?:热线|电话)|(?:新闻|报料|爆料)(?:热线|电话)"
TIP_REWARD = r"一经采用|报料奖|爆料奖|线索奖|有奖|奖励"
CALL_FOR_TIPS = re.compile(
    rf"(?:请|欢迎)?(?:拨打|致电)(?:{TIP_HOTLINE})\s*[:：]?\s*{PHONE}"
    rf"(?=[^。；]*(?:{TIP_REWARD}))[^。；]{{4,40}}[。！]?"
)


def is_tip_row(text: str) -> bool:
    """``爆料热线：0745-2288110　X晚报APP“帮忙”频道``: the paper's tip line and its app, in cells."""
    cells = gap_cells(text)
    return (
        2 <= len(cells) <= 3
        and (TIP_LINE.fullmatch(cells[0]) is not None or PAGE_LINE.fullmatch(cells[0]) is not None)
        and all(APP_CHANNEL.fullmatch(c) for c in cells[1:])
    )


# The paper's own notice, its title and terms on one line: "X晚报征订启事：…".
HOUSE_NOTICE = re.compile(
    rf"(?:本报|{PAPER}|《[^》\s]{{2,12}}》)(?:\d{{4}}年度?)?(?:征订|订阅|征稿|招聘|小记者招募)(?:启事|公告)\s*[:：].{{4,}}"
)

# A page's standing disclaimer under its label, never read like the bare one (segment_noise's):
# "声明：本版来论仅代表作者个人观点，不代表本报立场。", "特别声明：本文仅代表作者本人观点".
LABELLED_DISCLAIMER = re.compile(
    r"[（(]?(?:特别|郑重|免责|重要)?声明\s*[:：]\s*(?:本版|本文|本栏目?|本刊|本专栏|以上)[\u4e00-\u9fa5]{0,6}?"
    r"(?:仅|只)代表(?:作者)?(?:本人|个人)?(?:的)?(?:观点|看法|意见)[^。]{0,24}[。]?[）)]?"
)

# A web page's foot.
RELATED = re.compile(r"(?:相关链接|友情链接|相关网站)\s*[:：]\s*[\u4e00-\u9fa5A-Za-z0-9.]{2,12}")
# Two sites named at least, in cells, no brackets (a single linked story "相关链接：…（2）" is a teaser).
SITE_NAME = re.compile(r"[\u4e00-\u9fa5A-Za-z0-9.]{2,12}")
RESOLUTION = re.compile(
    r"(?:建议|推荐|最佳)(?:使用|采用)?[^，。]{0,16}?\d{3,4}\s*[×xX*]\s*\d{3,4}(?:\s*(?:像素|分辨率))*"
    r"[^，。]{0,12}?(?:浏览|访问|观看)(?:本站|本网)?(?:效果最佳)?"
    r"|(?:本站|本网)?(?:最佳)?浏览(?:分辨率|效果)\s*[:：]?\s*\d{3,4}\s*[×xX*]\s*\d{3,4}"
)
COUNTER = re.compile(
    r"(?:总|本站|网站|今日)?(?:访问量|访问人次|访问次数|浏览量|浏览次数|点击量|访客数?)\s*[:：]\s*\d{1,12}"
    r"|您是(?:本站)?第\s*\d{1,12}\s*位(?:访问者|访客|浏览者)"
)


def is_site_row(text: str) -> bool:
    """A web page's own foot: ``建议使用1024×768分辨率浏览``, ``总访问量：3128842``, ``相关链接：…``."""
    text = text.strip()
    if RESOLUTION.fullmatch(text) or COUNTER.fullmatch(text):
        return True
    cells = gap_cells(text)
    first = RELATED.fullmatch(cells[0]) if cells else None
    return first is not None and len(cells) >= 2 and all(SITE_NAME.fullmatch(c) for c in cells[1:])


# The page's staff row with no colons, the desk's hotline closing it: "责编　左  岚　　美编　邰  冰　　校对
# 钮  丹　　车友热线：0579-85561234" (two roles at least; the row with colons is segment_noise's credit).
STAFF_ROLE = r"(?:责任编辑|美术编辑|图片编辑|本版编辑|主编|责编|美编|编辑|校对|版式|组版|审读|终审)"
STAFF_NAME = r"[\u4e00-\u9fa5](?:[ \u3000]{0,2}[\u4e00-\u9fa5]){1,3}"
STAFF_CELL = rf"{STAFF_ROLE}(?:[ \u3000]*[:：][ \u3000]*|[ \u3000]+){STAFF_NAME}[ \u3000]+"
STAFF_HOTLINE_ROW = re.compile(
    rf"(?:{STAFF_CELL}){{2,}}[\u4e00-\u9fa5]{{0,8}}?(?:热线|电话)\s*[:：]?\s*{PHONE}"
)


def imprint_reason(text: str) -> str:
    """Why ``text`` is one of the foot's rows above, or ``""``."""
    text = text.strip()
    cells = gap_cells(text)
    if (
        len(cells) == 2
        and FOLIO.fullmatch(cells[0])
        and (SECTION_NAME.fullmatch(cells[1]) or RIGHTS_NOTE.fullmatch(cells[1]))
    ):
        return "page header"
    if len(cells) == 2 and BARE_FOLIO.fullmatch(cells[0]) and DOTTED_SECTION.fullmatch(cells[1]):
        return "page header"  # the folio row over the page: "05　国内·国际"
    if (
        2 <= len(cells) <= 3
        and PUBLISHER.fullmatch(cells[0])
        and all(DATE_CELL.fullmatch(c) for c in cells[1:])
    ):
        return "masthead"
    if cells and all(SPONSOR_CELL.fullmatch(c) for c in cells):
        return "masthead"
    if STAFF_HOTLINE_ROW.fullmatch(text):
        return "credit"
    if COUNSEL.fullmatch(text) or PRICE.fullmatch(text) or LUNAR.fullmatch(text):
        return "masthead"
    if DESK_HOURS.fullmatch(text) or TIP_LINE.fullmatch(text):
        return "reader service"
    if is_tip_row(text) or CALL_FOR_TIPS.fullmatch(text):
        return "reader service"
    if APP_TIP.fullmatch(text) or PAPER_APP.fullmatch(text) or is_site_row(text):
        return "chrome"
    if HOUSE_NOTICE.fullmatch(text):
        return "house notice"
    if LABELLED_DISCLAIMER.fullmatch(text):
        return "disclaimer"
    return ""

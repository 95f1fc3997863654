"""Rows at a page's foot that are never read: prompts to the paper's app or account, credit notes.

``footer_reason(text)`` gives why a stripped line is such a row, or ``""``:

* a row of prompts to follow or download the paper, no hotline among them (those are
  :mod:`audiopaper.segment_noise`'s reader-service rows): ``扫码关注“鹭汀晚报健康”微信公众号　获取更多
  健康资讯``, ``下载“戈阳+”客户端　扫码阅读更多内容``, ``扫描二维码　关注朔岭都市报官方微信``,
  ``白塬都市报　关注我们　微信 | 微博 | 抖音``, ``潇浦都市报教育工作室　微信公众号：潇浦教育圈``,
  ``沭川融媒APP　扫码下载　看沭川新闻``, ``下载“蕲江都市”APP 看更多精彩内容`` (one space after ``APP``);
* the paper's own hotline, alone or beside how to text the paper or its reward for tips:
  ``都市报新闻热线：0453-6226110``, ``本报奥运热线：0371-6225555　短信互动：发送“奥运+观点”至106588888``,
  ``都市报新闻热线：0738-5566110（24小时）　爆料有奖``, ``X晚报新闻热线：…　手机报订阅：编辑短信WPWB发送至10658000``,
  ``X晚报新闻热线：…　短信爆料：发送至106288266``;
* the paper's imprint row, its name (its office, who publishes it, its hotline or account) among
  cells of its address, desks' lines, texting, accounts and its app's prompt:
  ``湘屿都市报社　地址：湘屿市湘屿大道66号　新闻热线：0731-5588110``,
  ``晚报新闻热线：0310-3112110　短信报料：106295110　洺阳晚报官方微博：@洺阳晚报``,
  ``反诈专线：96110　宁滩晚报法治热线：0455-8618110``,
  ``滨江日报社出版　社址：…　订阅热线：…　“滨江日报”客户端　扫码下载``
  (``都市报新闻热线：…　“荣山都市报”客户端下载请扫描二维码``), the office run into its
  address label and where to subscribe among them: ``眉川日报社地址：…　邮编：…　广告热线：…　各地邮局均可订阅``;
* a desk's hotline beside its readers' group or mailbox, under the page's header:
  ``教育热线：0577-88961234　QQ群：高考交流群 186542317``, or beside the prompt to follow its
  account: ``旅游热线：0513-86201234　扫码关注“沧河游”``, or its account by name:
  ``教育热线：0391-…　新浪微博：@X都市报教育`` (a service's ``咨询热线：…`` is a story's;
  :mod:`audiopaper.segment_deskrows`);
* the paper's call for tips, how to send them after its reward: ``报料有奖：拨打新闻热线或扫描二维码添加
  “…爆料”微信`` (a clause on who pays for tips, no hotline or code named, is news);
* a QR code's prompt to a story's video or pictures, and what they offer, in cells:
  ``扫码看视频　听专家讲防暑小妙招`` (after its story, else taken for the next one's kicker);
* a note on whose pictures or copy fill the page: ``本版图片除署名外均由通讯员提供``,
  ``本版稿件除署名外均由新华社提供``, ``本版稿件除署名外均据新华社电``;
* who the page is published with: ``本版由湄江日报社与湄江市扶贫开发办公室联合主办``;
* the masthead's fields side by side, a date or issue among them: ``滨江晚报　2009.8.20　星期四``,
  ``第3126期　今日4版　内部资料　免费交流　准印证号：（X）0025`` (``"masthead"``), the lunar date among
  them (``辛卯年腊月十七``); after the page's number they are its folio (``"page header"``):
  ``2　2012年1月9日　星期一　辛卯年腊月十七``;
* the paper's own call to subscribe or join, then its phone, in cells (``"house notice"``):
  ``本报“小记者”招募进行中　报名电话：…``, ``2026年度《滨江日报》征订工作正在进行　订阅热线：…``;
* a listing of a show, set in cells, its price and its date or booking line among them:
  ``赣原大剧院　11月28日19:30　经典老歌演唱会　票价：80/180/280元　订票热线：0797-8123456``
  (:mod:`audiopaper.segment_listings`);
* who prints the paper (``"masthead"``): ``梧浦日报社印务中心印刷``, ``印刷：…印务有限公司``;
* a bank's advert for a product in one row, its name in quotes, its service line last
  (``"advertisement"``): ``梅坞农商银行　“竹农贷”　最高额度50万元　服务热线：0572-96596``.

``ART_CREDIT`` is who drew the art over a feature (``题图/韦  萌``), made noise only once the
page's bylines are found (:func:`audiopaper.segment_blocks.mark_blocks`): between a headline and
its ``□ 盘秀英`` it must not hide the headline the byline is known by.
``AGENCY_PHOTO`` is a foreign agency's photo as 新华社 sends it out, after its caption
(``…工作人员在会场布置国旗。新华社/法新``): one of :data:`audiopaper.segment_noise.CREDIT`'s forms.
``FILE_PHOTO`` is the note that a photo is from the archive, alone or after its caption
(``▲施工人员在外墙安装保温板。（资料照片）``): another, never read while the caption is.
``TEXT_PHOTO`` is who wrote a caption and took its photo, in brackets after it
(``…油菜花竞相绽放。（本报记者　贺嘉伟　文/图）``): a third, never read, like ``（… 摄）``.

Such a row printed after a story's last paragraph would otherwise be read as a sub-head.
Why a module of its own: :mod:`audiopaper.segment_noise` is a table of single-line patterns
near its size limit; these rows are judged cell by cell.
"""

from __future__ import annotations

import re

from .segment_chrome import gap_cells
from .segment_deskrows import is_desk_row
from .segment_imprint import (
    DATE,
    LUNAR_MONTH_DAY,
    PAPER,
    PAPER_KIND,
    PHONE,
    STEM_BRANCH_YEAR,
    WEEKDAY,
    imprint_reason,
)
from .segment_listings import is_listing_row

__all__ = ["AGENCY_PHOTO", "ART_CREDIT", "FILE_PHOTO", "TEXT_PHOTO", "footer_reason"]

ACCOUNT = r"(?:APP|App|app|客户端|微信公众号|公众号|官方微信|官方微博|微信号|视频号|抖音号|小程序)"
NAMED = r"(?:“[^”\s]{1,12}”|[^\s“”:：，。]{0,14}?)"
# One cell of such a row.
APP_CELL = re.compile(
    rf"(?:扫码|扫一扫|扫描二维码)?(?:下载|关注|订阅)?{NAMED}{ACCOUNT}(?:\s*[:：]\s*\S{{1,16}})?"
    r"|(?:扫码|扫一扫|扫描(?:下方|左侧|右侧|上方)?二维码)(?:看|阅读|观看|收看|了解|查看|获取|下载|关注)?[^\s，。]{0,12}"
    r"|(?:获取|阅读|查看|了解|收看|观看|看)更多[^\s，。]{0,10}|关注我们"
    # The app named, then how to get it: "“荣山都市报”客户端下载请扫描二维码", "…APP扫码下载".
    rf"|{NAMED}{ACCOUNT}(?:下载)?请?(?:扫码|扫一扫|扫描(?:下方|左侧|右侧|上方)?二维码)(?:下载|关注)?"
    # What the app offers, the paper's news by its place: "看沭川新闻", "读滨江资讯".
    r"|(?:看|读|阅读|浏览|收看)[\u4e00-\u9fa5]{2,6}(?:新闻|资讯)"
    r"|(?:微信|微博|抖音|快手|视频号|B站)(?:\s*[|｜/]\s*(?:微信|微博|抖音|快手|视频号|B站))+"
    r"|[\u4e00-\u9fa5]{2,8}(?:日报|晚报|都市报|晨报|时报|新闻网)[\u4e00-\u9fa5]{0,6}?(?:工作室|编辑部|新媒体中心)?"
)
# What makes the row a prompt at all, not a row of names.
PROMPT = re.compile(rf"{ACCOUNT}|扫码|扫一扫|二维码|关注我们")
# "本版图片除署名外均由通讯员提供", "本版稿件除署名外均由新华社提供", "本版图片除署名外均为本报记者贾婷摄",
# or whose wire it is from: "本版稿件除署名外均据新华社电".
CREDIT_NOTE = re.compile(
    r"(?:本版|本刊|本期|本栏|以上)?(?:图片|照片|稿件|文章|文字|图文)除(?:署名|注明|标注)(?:者|的)?外[，,]?"
    r"(?:均|皆|都)?(?:由|为|系|来自|选自|据)[^。]{1,24}"
)

# Who drew or set the art over a feature, by role then a slash: "题图/韦  萌", "插图／李  青".
ART_CREDIT = re.compile(
    r"(?:题图|插图|配图|尾图|题花|刊头|题字|篆刻|绘图|绘画)\s*[/／:：]\s*[\u4e00-\u9fa5·](?:[ \u3000]{0,3}[\u4e00-\u9fa5·]){1,3}"
)

# A foreign agency's photo sent out by 新华社, both named after the caption, slash between, no 摄:
# "…工作人员在会场布置国旗。新华社/法新", "（新华社/路透）" (part of :data:`audiopaper.segment_noise.CREDIT`).
AGENCY_PHOTO = (
    r"[（(]?\s*新华社\s*[/／]\s*(?:法新|路透|美联|欧新|埃菲|塔斯|共同|韩联|卫星|安莎|德新)社?\s*[）)]?"
)

# Who wrote the caption and took its photo, in brackets closing it: "…预计本月中旬将迎来最佳观赏期。
# （本报记者　贺嘉伟　文/图）", "（记者 林晓 图/文）" (part of :data:`audiopaper.segment_noise.CREDIT`,
# like "（… 摄）"; unbracketed, "本报记者 关萌 文/图" under a headline, it is the story's byline).
TEXT_PHOTO = r"[（(]\s*[\u4e00-\u9fa5·、 \u3000]{2,24}?\s*(?:文\s*[/／]\s*图|图\s*[/／]\s*文)\s*[）)]"

# A photo from the archive, not taken for the story: its note alone or closing its caption, who
# keeps it before or not: "（资料照片）", "（本报资料图片）", "新华社资料图", "（档案照片）" (part of
# :data:`audiopaper.segment_noise.CREDIT`; "查阅了大量资料" / "资料显示" are news, never a note).
FILE_PHOTO = r"[（(]?\s*(?:本报|新华社|中新社|[\u4e00-\u9fa5]{2,6}社)?(?:资料|档案)(?:照片|图片|图)\s*[）)]?"

# Who the page is published with: "本版由湄江日报社与湄江市扶贫开发办公室联合主办", "本栏目由市税务局协办",
# "本版由X报社与X市文化广电和旅游局联合推出".
SPONSOR_NOTE = re.compile(
    r"(?:本版|本栏目?|本专版|本专栏|本期|本专刊|本特刊)由[^。，,]{2,40}?(?:联合)?"
    r"(?:主办|协办|承办|支持|冠名|提供支持|推出|策划)"
)


# The paper's own hotline, named by the paper's kind or "本报" and what it takes calls for:
# "都市报新闻热线：0453-6226110", "本报奥运热线：0371-6225555" (a sentence giving a number is news).
PAPER_HOTLINE = re.compile(
    rf"(?:本报|[\u4e00-\u9fa5]{{0,6}}{PAPER_KIND})[\u4e00-\u9fa5]{{0,4}}"
    rf"(?:热线|报料|爆料)(?:电话)?\s*[:：]?\s*{PHONE}(?:[（(][^（）()]{{1,12}}[）)])?"
)
# Beside it, how to send the paper a text: "短信互动：发送“奥运+观点”至106588888".
# Or "短信爆料：发送至106288266" (what to text left out, only the number).
SMS_CELL = re.compile(
    r"短信(?:互动|平台|报料|爆料|参与|留言)?\s*[:：]?\s*(?:编辑|发送)\S{0,24}?[至到]\s*\d{5,}"
)
# Or how to subscribe to its edition by phone: "手机报订阅：编辑短信WPWB发送至10658000".
MOBILE_CELL = re.compile(r"手机报(?:订阅|订制|定制|开通)?\s*[:：]\s*(?:编辑|发送)\S{0,24}?[至到]\s*\d{5,}")
# Or the bare promise of a reward for tips after it: "都市报新闻热线：0738-5566110（24小时）　爆料有奖".
TIP_CELL = re.compile(r"(?:报料|爆料|线索)有奖|有奖(?:报料|爆料)|欢迎(?:报料|爆料)")


def is_hotline_row(text: str) -> bool:
    """The paper's hotline alone on its line or with how to text it: ``都市报新闻热线：0453-6226110``,
    ``本报奥运热线：0371-6225555　短信互动：发送“奥运+观点”至106588888``, or its reward for tips:
    ``都市报新闻热线：0738-5566110（24小时）　爆料有奖``, or how to get its edition by phone:
    ``X晚报新闻热线：0913-…　手机报订阅：编辑短信WPWB发送至10658000``."""
    cells = gap_cells(text)
    return (
        0 < len(cells) <= 3
        and all(
            PAPER_HOTLINE.fullmatch(c)
            or SMS_CELL.fullmatch(c)
            or MOBILE_CELL.fullmatch(c)
            or TIP_CELL.fullmatch(c)
            for c in cells
        )
        and any(PAPER_HOTLINE.fullmatch(c) for c in cells)
    )


# The paper's imprint row, cell by cell: who publishes it ("湘屿都市报社"), where ("地址：…", "邮编：…"),
# its desks' lines ("新闻热线：…", "发行热线：…", a public line it prints: "反诈专线：96110"), how to text it ("短信报料：106295110") or follow
# it ("洺阳晚报官方微博：@洺阳晚报").  Only with the paper named (its office, its hotline or its
# account) in one cell: "地址：…　电话：…" alone may be a story's venue.
# Who publishes it may say so: "宽阳日报社出版", "湘屿都市报社主办".
# A trade or county paper's office says 报社 after any name: "青渤电力报社", "X农民报社" (a 报社 is
# always a paper's office, whatever its kind).
PAPER_OFFICE = re.compile(rf"(?:{PAPER}|[\u4e00-\u9fa5]{{2,10}}报)社(?:编辑)?(?:出版|主办|编辑出版)?")
DESK_LINE = re.compile(
    rf"[\u4e00-\u9fa5]{{0,4}}(?:热线|专线|电话|传真|报料|爆料)\s*[:：]?\s*{PHONE}(?:[（(][^（）()]{{1,12}}[）)])?"
)
PLACE_CELL = re.compile(r"(?:地址|社址|邮编|邮政编码|电子邮箱|邮箱)\s*[:：]\s*\S{2,30}")
SMS_BARE = re.compile(r"短信(?:互动|平台|报料|爆料|参与|留言)?\s*[:：]\s*\d{5,}")
PAPER_ACCOUNT = re.compile(rf"{PAPER}{ACCOUNT}\s*[:：]\s*\S{{1,16}}")
# The paper's office run into its address label, no gap between: "眉川日报社地址：眉川市滨江大道166号",
# "滨江晚报社址：…" (the office named, so the paper's own; "地址：…" alone may be a story's venue).
PAPER_PLACE = re.compile(rf"{PAPER}社?(?:地址|社址|邮编|邮政编码)\s*[:：]\s*\S{{2,30}}")
# Where to subscribe, a cell of that row: "各地邮局均可订阅", "全国各地邮局均可订阅" (never alone).
POST_SUBSCRIBE = re.compile(r"(?:全国)?各地邮局(?:均|皆|都)?可(?:订阅|订阅本报|办理订阅)|邮局订阅")


def is_imprint_row(text: str) -> bool:
    """The paper's imprint and service row: ``湘屿都市报社　地址：…　新闻热线：…　发行热线：…``,
    ``晚报新闻热线：0310-3112110　短信报料：106295110　洺阳晚报官方微博：@洺阳晚报``."""
    cells = gap_cells(text)
    paper = [
        c
        for c in cells
        if PAPER_OFFICE.fullmatch(c)
        or PAPER_HOTLINE.fullmatch(c)
        or PAPER_ACCOUNT.fullmatch(c)
        or PAPER_PLACE.fullmatch(c)
    ]
    return (
        len(cells) >= 2
        and bool(paper)
        and all(
            c in paper
            or DESK_LINE.fullmatch(c)
            or PLACE_CELL.fullmatch(c)
            or SMS_BARE.fullmatch(c)
            or SMS_CELL.fullmatch(c)
            or POST_SUBSCRIBE.fullmatch(c)
            # Its app beside them, the prompt to get it: "“宽阳日报”客户端　扫码下载".
            or APP_CELL.fullmatch(c)
            for c in cells
        )
    )


# A single space after the app's Latin name parts two cells too: "下载“蕲江都市”APP 看更多精彩内容".
APP_SPACE = re.compile(r"(?<=APP|App|app) (?=\S)")


def is_app_row(text: str) -> bool:
    """Cells that each prompt to the paper's app or account (``扫码下载…客户端　获取更多…``,
    ``下载“蕲江都市”APP 看更多精彩内容``)."""
    cells = [c for part in gap_cells(text) for c in APP_SPACE.split(part) if c]
    return (
        len(text) <= 60
        and len(cells) >= 2
        and all(APP_CELL.fullmatch(c) for c in cells)
        and PROMPT.search(text) is not None
    )


# A prompt to scan for a story's video or pictures, then what they show, in cells with no stop:
# "扫码看视频　听专家讲防暑小妙招", "扫一扫　看更多现场图片" (the story was told above it).
MEDIA_PROMPT = re.compile(
    r"(?:手机)?(?:扫码|扫一扫|扫描(?:下方|左侧|右侧|上方|图中)?二维码)\s*"
    r"(?:看|观看|收看|听|收听|浏览)?(?:更多)?(?:视频|直播|音频|图集|组图|现场图片|精彩图片|高清图片|全文|详情)"
)
MEDIA_GLOSS = re.compile(r"[^\s，。；！？:：,;!?]{2,16}")


def is_media_prompt(text: str) -> bool:
    """``扫码看视频　听专家讲防暑小妙招``: a QR code's prompt to a story's media, and what it offers."""
    cells = gap_cells(text)
    return (
        0 < len(cells) <= 3
        and len(text) <= 40
        and MEDIA_PROMPT.fullmatch(cells[0]) is not None
        and all(MEDIA_GLOSS.fullmatch(c) for c in cells[1:])
    )


# The paper's call for tips, its reward first, how to send them after: "报料有奖：拨打新闻热线或扫描
# 二维码添加“锦溪晚报爆料”微信" (one clause, naming a hotline, a QR code or the paper's account).
TIP_CALL = re.compile(
    r"(?:(?:报料|爆料|线索)有奖|有奖(?:报料|爆料)|欢迎(?:报料|爆料))\s*[:：]\s*"
    r"(?=[^。；]*(?:热线|二维码|微信|公众号|客户端|电话))[^。；！？]{4,40}[。！]?"
)


# The masthead's fields in one row, apart by wide gaps: "滨江晚报　2009.8.20　星期四", "第3126期　今日4版
# 内部资料　免费交流　准印证号：（X）0025" (a date or issue among them; read as a headline else).
ISSUE_DATE = rf"{DATE}|(?:总)?第\d{{2,6}}期"
# The lunar date by its year's stem and branch, "农历" before it or not: "辛卯年腊月十七", "农历甲午年三月初八".
LUNAR_DATE = rf"(?:农历)?{STEM_BRANCH_YEAR}{LUNAR_MONTH_DAY}"
MASTHEAD_CELL = re.compile(
    rf"{PAPER}|{ISSUE_DATE}|{WEEKDAY}|(?:今日|本期)\d{{1,2}}版|{LUNAR_DATE}"
    r"|内部资料|免费交流|内部资料\s*免费交流|准印证(?:号)?\s*[:：]\s*\S{1,20}"
)


def is_masthead_fields(text: str) -> bool:
    """``滨江晚报　2009.8.20　星期四``: the masthead's fields side by side, a date or issue among them."""
    cells = gap_cells(text)
    return (
        2 <= len(cells) <= 6
        and len(text) <= 60
        and all(MASTHEAD_CELL.fullmatch(c) for c in cells)
        and any(re.fullmatch(ISSUE_DATE, c) for c in cells)
    )


# A page's folio row: its number in the first cell, then the masthead's fields, the date among them:
# "2　2012年1月9日　星期一　辛卯年腊月十七", "A10　2012年1月9日　星期一" ("2　要闻" has no date).
FOLIO_NUMBER = re.compile(r"[A-Z]?\d{1,3}")


def is_folio_row(text: str) -> bool:
    """``2　2012年1月9日　星期一　辛卯年腊月十七``: the page's number, then its date's fields."""
    cells = gap_cells(text)
    return (
        3 <= len(cells) <= 5
        and len(text) <= 60
        and FOLIO_NUMBER.fullmatch(cells[0]) is not None
        and all(MASTHEAD_CELL.fullmatch(c) for c in cells[1:])
        and any(re.fullmatch(ISSUE_DATE, c) for c in cells[1:])
    )


# A bank's advert for a product in one row, as papers print it under a briefs box: the bank, the
# product by its name in quotes, its offer, the service line last: "梅坞农商银行　“竹农贷”　最高额度
# 50万元　服务热线：0572-96596" (no cell a sentence: "…银行　“春耕贷”惠及农户，… 电话：…" is news).
BANK = re.compile(
    r"[\u4e00-\u9fa5]{2,12}(?:银行|农商行|信用社|信用联社|保险|证券)(?:[\u4e00-\u9fa5]{1,6}(?:分行|支行))?"
)
PRODUCT_CELL = re.compile(r"“[^”\s]{1,8}”[^\s，。；！？:：]{0,14}")
OFFER_CELL = re.compile(r"[^\s，。；！？:：]{2,16}")
SERVICE_LINE = re.compile(rf"(?:服务|客服|咨询|业务|办理)(?:热线|电话)\s*[:：]?\s*{PHONE}")


def is_bank_advert(text: str) -> bool:
    """``梅坞农商银行　“竹农贷”　最高额度50万元　服务热线：0572-96596``: a bank's product advert."""
    cells = gap_cells(text)
    return (
        3 <= len(cells) <= 6
        and BANK.fullmatch(cells[0]) is not None
        and PRODUCT_CELL.fullmatch(cells[1]) is not None
        and SERVICE_LINE.fullmatch(cells[-1]) is not None
        and all(OFFER_CELL.fullmatch(c) for c in cells[2:-1])
    )


# Who prints the paper, its imprint's last line, the printer named with what it does: "梧浦日报社印务
# 中心印刷", "…印刷有限公司承印", "印刷：…印务中心" (a printer's name alone may be a story's subject).
PRINTER_NAME = r"[\u4e00-\u9fa5]{2,16}(?:印务中心|印务有限(?:责任)?公司|印刷厂|印刷有限(?:责任)?公司)"
PRINTER = re.compile(rf"(?:印刷|承印)\s*[:：]\s*{PRINTER_NAME}|{PRINTER_NAME}(?:印刷|承印|印制)")


# The paper's call for its own readers, subscribers or young reporters, then where to call, in
# cells: "本报“小记者”招募进行中　报名电话：…", "2026年度《滨江日报》征订工作正在进行　订阅热线：…",
# "欢迎订阅《滨江日报》　全年订价240元　订报热线：…" (the paper named, a phone cell among them),
# where to subscribe among its terms: "欢迎订阅…《滨江日报》　全国各地邮局均可订阅　订报热线：…".
HOUSE_CALL = re.compile(
    r"(?=[^\s，。；！？]*(?:本报|《[^》\s]{2,12}》))"
    r"(?=[^\s，。；！？]*(?:征订|订阅|招募|招聘|征稿|征文|征集|报名))[^\s，。；！？]{4,30}"
)
SUBSCRIPTION_PRICE = re.compile(r"(?:全年|半年|每月|每份)?(?:订价|定价|零售价)\s*[:：]?\s*\d+(?:\.\d+)?元")


def is_house_call(text: str) -> bool:
    """``本报“小记者”招募进行中　报名电话：0315-8066888``: the paper's own call and its phone."""
    cells = gap_cells(text)
    return (
        2 <= len(cells) <= 4
        and HOUSE_CALL.fullmatch(cells[0]) is not None
        and all(
            DESK_LINE.fullmatch(c) or SUBSCRIPTION_PRICE.fullmatch(c) or POST_SUBSCRIBE.fullmatch(c)
            for c in cells[1:]
        )
        and any(DESK_LINE.fullmatch(c) for c in cells[1:])
    )


def footer_reason(text: str) -> str:
    """``"chrome"`` for an app or account row, ``"photo credit"`` for a credit note, ``"credit"``
    for a sponsor's note, ``"listing"`` for a show's listing, ``"reader service"`` for the paper's
    hotline row, ``"masthead"`` for its fields, ``"page header"`` for a folio row, ``"advertisement"`` for a bank's, ``"masthead"`` for who prints it, ``"house notice"`` for its own call, else ``""``."""
    if is_app_row(text):
        return "chrome"
    if CREDIT_NOTE.fullmatch(text.strip()):
        return "photo credit"
    if SPONSOR_NOTE.fullmatch(text.strip()):
        return "credit"
    if is_listing_row(text):
        return "listing"
    if is_hotline_row(text) or is_imprint_row(text) or is_desk_row(text) or TIP_CALL.fullmatch(text.strip()):
        return "reader service"
    if is_media_prompt(text):
        return "chrome"
    if is_masthead_fields(text):
        return "masthead"
    if is_folio_row(text):
        return "page header"
    if PRINTER.fullmatch(text.strip()):
        return "masthead"
    if is_bank_advert(text):
        return "advertisement"
    if is_house_call(text):
        return "house notice"
    return imprint_reason(text)  # the folio, the imprint's single fields, a web page's foot

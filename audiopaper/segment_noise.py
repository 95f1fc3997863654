"""Lines that are never read aloud: mastheads, page headers, web chrome, staff and photo credits.

``classify_noise(text)`` gives the reason a stripped line is never spoken, or ``""``.  Why a
module of its own: these are tables of newspaper conventions (``第Ａ０７版：城事``,
``责任编辑  邓  柳  版式编辑  刘  芳``, ``新华社发 曹一 作``) that grow with every paper we
meet, while :mod:`audiopaper.segment_lines` decides what the remaining lines are.
"""

from __future__ import annotations

import re

from .segment_chrome import chrome_reason, is_copyright_row
from .segment_footers import AGENCY_PHOTO, FILE_PHOTO, TEXT_PHOTO, footer_reason

__all__ = ["PAGE_NO", "CREDIT", "CREDIT_TRAIL", "classify_noise", "narrow", "table_cells", "TABLE_FIGURE"]

PAGE_NO = r"(?:[A-Za-z]?\s*\d{1,3}|[一二三四五六七八九十两]{1,3})"

# Full-width digits and Latin letters (``第Ａ０７版``, ``２０２１年１１月２３日``) as ASCII, so
# one pattern matches both; only for matching, the text read aloud keeps its own characters.
WIDE_TO_ASCII = str.maketrans(
    {
        **{0xFF10 + i: ord("0") + i for i in range(10)},
        **{0xFF21 + i: ord("A") + i for i in range(26)},
        **{0xFF41 + i: ord("a") + i for i in range(26)},
    }
)

# Photo and graphic credits: "新华社记者李刚摄", "本报记者 张三 摄", "张三 摄（影像中国）",
# "（新华社发）", "新华社发 曹一 作", "漫画 李四 作" (a drawing or chart: who issued it, the
# artist's name, then 作; never a bare "… 作", which a body line may end with), and a credit
# led by 图 in brackets: "（图/本报记者 李威）", or who gave the photo: "受访单位供图", "（读者 王晓梅 供图）".  Names may be spaced with full-width spaces.
NAMES = r"[\u4e00-\u9fa5·、 \u3000]"
CREDIT = (
    rf"(?:[（(]?\s*{NAMES}{{2,24}}?\s*[/／]?\s*摄\s*(?:[（(][^）)]{{1,12}}[）)])?\s*[）)]?"
    rf"|[（(]?\s*(?:新华社|中新社)发\s*(?:{NAMES}{{2,12}}?\s*作\s*)?(?:[（(][^）)]{{1,16}}[）)])?[）)]?"
    rf"|[（(]?\s*(?:[\u4e00-\u9fa5]{{0,8}}发|漫画|绘图|插图)\s*[:：]?\s*[\u4e00-\u9fa5·]{{2,4}}\s*作\s*[）)]?"
    rf"|[（(]\s*(?:图|摄影|图片)\s*[/／|｜:：]\s*{NAMES}{{2,24}}?\s*[）)]"
    rf"|{FILE_PHOTO}|{AGENCY_PHOTO}|{TEXT_PHOTO}"
    r"|[（(]?\s*[\u4e00-\u9fa5](?:[ \u3000]{0,2}[\u4e00-\u9fa5]){1,12}?\s*供图\s*[）)]?)"
)
CREDIT_WHOLE = re.compile(rf"^{CREDIT}$")
CREDIT_TRAIL = re.compile(rf"(?<=[。！？!?”）)])\s*(?P<credit>{CREDIT})$")

# Units a chart's title ends with, in brackets: "（%）", "（亿元）", "（万标准箱）".
UNIT = r"[%％‰]|[十百千万亿]{0,2}(?:元|美元|人|人次|吨|个|户|台|辆|件|家|亩|公顷|千瓦时|标准箱|平方米|公里)"
CONTACT = r"(?:热线|电话|邮箱|信箱|投稿|传真|地址|邮编|微信|QQ)"
# A masthead footer set as labelled fields apart by wide gaps: "地址：澄州市人民路168号  邮编：313000
# 广告经营许可证：澄工商广字001号"; two contacts or registrations make it one, other fields may join.
FOOTER_FIELD = re.compile(r"(?P<key>[^\s:：]{1,10})\s*[:：]\s*\S+")
# The paper's own address counts, "社址：…　邮政编码：…", and where copy is sent: "来稿请寄：…　邮编：…".
FOOTER_KEY = re.compile(
    rf"{CONTACT}|许可证|刊号|出版物号|邮发代号|发行|社址|邮政编码|(?:来稿|投稿|稿件)请?寄"
)
# A field's value that is a web address: "www.rxnews.cn", "http://…", "rxnews.com.cn".
WEB_ADDRESS = re.compile(
    r"[:：]\s*(?:https?://|www\.)\S+$|[:：]\s*[\w\-]+(?:\.[\w\-]+)*\.(?:com|cn|net|org)(?:/\S*)?$"
)
FOOTER_GAP = re.compile(r"[ \t]{2,}|\u3000+")
# Who publishes the paper counts as such a field: "主办：塞川日报社　地址：塞川市朔方路168号".
PUBLISHER = re.compile(
    r"(?:主办|主管|出版)(?:单位)?\s*[:：]\s*[\u4e00-\u9fa5]{2,12}(?:报社|报业集团|传媒集团)"
)
# A row of a table set as cells apart by wide gaps, most of them figures: a standings table's
# "1  申江海港  6  5  1  0  16" is never read (a chart's bare values are caught as "chart").
TABLE_FIGURE = re.compile(r"[-+]?\d[\d.,:：]*\s*[%％‰]?")
# A trend cell of a price table: "大白菜　　1.20　　↓" (an arrow, a dash for no change, "持平").
TABLE_TREND = re.compile(r"[↑↓↗↘—–－-]|持平")
TABLE_CELL_MAX = 12  # characters in a cell: a longer run is a phrase, not a cell
# A row's label may run longer when it ends in its unit: "规模以上工业增加值（亿元）　52.3　　9.6%".
UNIT_LABEL = re.compile(rf"[^，。；,;]{{2,20}}[（(](?:{UNIT})[）)]")

# A web story's labelled fields, two at least (a bare date may be one): "作者：覃  华　来源：…　2018-04-27".
META_KEY = (
    r"(?:作者|来源|稿源|编辑|责任编辑|责编|发布时间|发布日期|更新时间|点击数?|浏览(?:次数)?|阅读(?:次数)?)"
)
META_FIELD = rf"{META_KEY}\s*[:：]\s*\S.{{0,20}}?"
META_DATE = r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
WEB_META = rf"{META_FIELD}(?:[ \t\u3000]+(?:{META_FIELD}|{META_DATE}))+"

# The words a page divides its stories by, two characters: "国　际" between home and world news.
SECTION_WORDS = (
    "国际 国内 要闻 本地 本埠 社会 综合 财经 经济 体育 文化 文体 娱乐 副刊 时评 评论 观点 民生 法治 "
    "教育 健康 科技 旅游 军事 县域 城事 专题 地方 环球 天下 两岸 港澳"
).split()
SECTION_WORD_SPACED = "|".join(rf"{w[0]}[ \u3000]+{w[1]}" for w in SECTION_WORDS)

# Staff credits printed without colons: "责任编辑  邓  柳  版式编辑  刘  芳".  Each role is
# followed by a space and one or more names whose characters may be spaced out ("邓  柳").
STAFF_ROLES = (
    r"(?:首席编辑|主任编辑|值班编辑|执行编辑|责任编辑|本版编辑|版式编辑|美术编辑|图片编辑|文字编辑|视觉编辑|"
    r"副主编|主编|责编|美编|校对|美术设计|版式设计|版式|"
    r"图表制作|制图|组版|照排|审读|终审|统筹|策划|监制|编辑)"
)
NAME = r"[\u4e00-\u9fa5·](?:[ \u3000]{0,2}[\u4e00-\u9fa5·]){1,3}"
STAFF_BARE = re.compile(
    rf"(?:{STAFF_ROLES}(?:[ \u3000]*[:：][ \u3000]*|[ \u3000]+){NAME}(?:[ \u3000、，,]+{NAME})*[ \u3000]*)+"
)

# A footer of the paper's services to readers, cells side by side, a hotline among them:
# "晚报热线 8366110 欢迎爆料", "檀州晚报热线：8912345　24小时接听　新闻线索一经采用即付报料费",
# "莞湖日报APP　扫码下载　新闻热线：0769-22881234".  Only these cells: a number after 热线 in a
# sentence ("市民可拨打热线 12345 咨询") is news, and so is a notice's "咨询电话：96606" alone.
# A number may be set in groups apart by one space, its area code in brackets: "0311-6868 6000",
# "1066 8888", "（0413）2812345".
PHONE = r"(?:[（(]\d{3,4}[）)]\s?)?\d[\d\-—－／/]{3,}(?: \d[\d\-—－／/]{2,})*"
HOTLINE_CELL = (
    rf"[^\s:：]{{0,10}}?(?:热线|电话|短信平台|报料|爆料|投诉)(?:电话)?\s*[:：]?\s*{PHONE}"
    rf"|[^\s:：]{{0,8}}{CONTACT}(?:公众号|号)?\s*[:：]\s*[\w.@\-—－／/]+"
)
# The app's cell may name it in quotes after the prompt: "扫码下载“潇浦+”客户端", "扫描二维码关注“…”微信公众号", and what it
# offers after: "“黔溪晚报”客户端同步推出“村BA”专题"; a reward for tips may close the row:
# "晚报新闻热线：0558-2110110　报料有奖"; a prompt to follow it: "新闻热线：…　微信扫一扫　关注巴峪都市报".
SERVICE_CELL = (
    rf"{HOTLINE_CELL}|(?:扫码|扫一扫|扫描二维码)?(?:下载|关注)?(?:“[^”\s]{{1,8}}”|[^\s]{{0,8}})(?:微信)?(?:APP|App|app|客户端|视频号|公众号|抖音号)"
    r"(?:(?:同步|同时|全程|将)?(?:推出|开设|上线|直播|开通|推送)[^\s，。；]{1,16})?"
    # A prompt naming what the code leads to: "扫描二维码关注官方微信".
    r"|(?:微信|手机)?(?:扫码|扫一扫|扫描二维码)(?:(?:下载|关注|阅读|观看)(?:官方)?(?:微信|微博|客户端|APP|App)?)?|(?:欢迎|诚邀)[\u4e00-\u9fa5]{0,8}?(?:爆料|报料|线索|来电|来稿|投稿)"
    r"|(?:报料|爆料|线索)有奖|有奖(?:报料|爆料)"
    # To follow the paper by its name: "微信扫一扫　关注巴峪都市报".
    r"|关注[\u4e00-\u9fa5]{2,8}(?:日报|晚报|晨报|时报|早报|都市报)"
    r"|\d{1,2}小时(?:接听|值班|服务|畅通)|[\u4e00-\u9fa5]{0,6}一经(?:采用|刊用|采纳)[\u4e00-\u9fa5，,]{0,12}"
)
SERVICE_LINE = re.compile(rf"(?:{SERVICE_CELL})(?:[ \t\u3000]+(?:{SERVICE_CELL}))+")
HOTLINE = re.compile(HOTLINE_CELL)
# A reporting team's credit under its coverage, its hotline after or not: "本报两会报道组：汪春阳　方  璐
# 储  蕾　报料热线：0556-5532222" (the team's names are not news, like an editor's).
TEAM_CREDIT = (
    rf"(?:本报)?[\u4e00-\u9fa5]{{0,8}}(?:报道组|采访组|报道小组|采访小组|报道团队?|采访团)\s*[:：]\s*"
    rf"{NAME}(?:[ \u3000、，,]+{NAME})*(?:[ \u3000]+(?:{HOTLINE_CELL}))?"
)
# (reason, pattern) pairs; the first that matches the whole stripped line wins.
NOISE: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern))
    for reason, pattern in (
        (
            "masthead",
            r".{0,10}(?:日报|晚报|晨报|时报|早报|都市报|新闻)\s*(?:客户端|APP|App|app|微信|官方微博|微博|公众号|抖音号|视频号|网站)",
        ),
        (
            "masthead",
            r"(?:\d{1,2}小时)?(?:新闻|报料|读者|投诉|发行|广告|订阅|服务|值班)?热线(?:电话)?\s*[:：]?\s*[\d\-—\s／/]{5,}.*",
        ),
        (
            "masthead",
            # The price only as a field: "零售价：1.00元" ("玫瑰零售价在8元至15元之间" is news).
            r".{0,12}(?:国内统一连续出版物号|统一刊号|邮发代号|广告经营许可证|本报地址|邮政编码|(?:零售价|定价)\s*[:：]).*",
        ),
        # A section's own hotline alone on its line: "体育热线：96188", "教育热线0315-2825678".
        ("masthead", r"[\u4e00-\u9fa5]{2,4}热线(?:电话)?\s*[:：]?\s*\d[\d\-—－\s／/]{4,}"),
        ("masthead", r"(?:今日|本期|今天)\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*版"),
        # Who publishes the paper: "中共湟川市委机关报", "湟川日报社出版".
        (
            "masthead",
            r"中共[\u4e00-\u9fa5]{2,10}委(?:员会)?(?:机关报|主管主办|主办|主管)|[\u4e00-\u9fa5]{2,10}报社(?:编辑)?(?:出版|主办)",
        ),
        # The date, on an e-paper after its label: "今天是：2018年4月27日 星期五".
        (
            "masthead",
            r"(?:(?:今天是|今日是|今天|今日)\s*[:：]?\s*)?(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\.\d{1,2}\.\d{1,2})"
            r"\s*(?:星期|周)[一二三四五六日天].*",
        ),
        (
            "masthead",
            r"(?:农历|癸|甲|乙|丙|丁|戊|己|庚|辛|壬)[\u4e00-\u9fa5]{0,3}年.{0,12}(?:初|十|廿|卅)[一二三四五六七八九十]?",
        ),
        ("masthead", r"(?:总)?第\s*\d{3,6}\s*(?:期|号)"),
        ("masthead", r"[A-Z][A-Z .]{5,40}"),
        # The paper's name, on an e-paper also "鹭岛日报数字报", "…日报数字报刊平台"; a section's briefs
        # named like a paper are a column, not a masthead: "经济快报", "体育快报" (a section word, then 快报).
        (
            "masthead",
            rf"(?!(?:{'|'.join(SECTION_WORDS)})快报$)"
            r"[\u4e00-\u9fa5]{2,6}(?:日报|晚报|晨报|时报|早报|快报|商报|都市报)(?:\s*[-—－|｜]?\s*(?:数字报[纸刊]?|电子报[纸刊]?|电子版|数字版)(?:平台|系统)?)?",
        ),
        # A labelled web address or mailbox: "人民网网址：http://…", "本版邮箱：jhrbjj@163.com".
        ("chrome", r"(?:.{0,12}?[:：]\s*)?(?:https?://|www\.)\S+"),
        # The paper's site beside its name in the masthead: "桐江新闻网　www.tjrb.com.cn".
        ("masthead", r"[\u4e00-\u9fa5]{2,10}[\s\u3000]+(?:https?://|www\.)\S+"),
        ("masthead", r"(?:.{0,12}?[:：]\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
        ("page header", rf"第\s*{PAGE_NO}\s*版\s*(?:[:：\s].{{0,20}})?"),
        # The paper's name and date over a page, its section after: "渠水日报　2016年5月12日　经济".
        (
            "page header",
            r"[\u4e00-\u9fa5]{2,6}(?:日报|晚报|晨报|时报|早报|快报|商报|都市报)[ \t\u3000]+"
            r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:[ \t\u3000]+[^\s，。；：]{1,10}){0,2}",
        ),
        ("page header", rf"{PAGE_NO}\s*版\s*[:：].{{0,20}}"),
        ("page header", r"(?:版次|版名|版面)\s*[:：].{0,20}"),
        # A page number without 版, alone or before the section: "A11", "A05：本地新闻", and
        # set apart by a wide gap, "B6  副刊·渭河边" (one space is a headline: "C919 大飞机交付").
        ("page header", r"[A-Z]\s*\d{1,3}(?:(?:\s*[:：]\s*|[ \t]{2,}|\u3000+)[\u4e00-\u9fa5·]{2,10})?"),
        # The masthead's weather box: "今日天气：多云转晴  12℃～23℃  东南风2级" (a label, then
        # conditions and degrees; "明天：多云转晴，气温12至20℃" is a sentence of news).
        ("weather", r"(?:今日|今天|本日|明日|明天)?天气(?:预报)?\s*[:：][^，。；]{0,40}℃[^，。；]{0,20}"),
        # A day's line of a weather box, its degrees a range: "今天：多云，局部有雷阵雨　26℃～34℃".
        (
            "weather",
            r"(?:今天|明天|后天|今日|明日|今夜|今晚|明晚|白天|夜间)\s*[:：][^。；：]{0,30}?"
            r"-?\d+℃\s*[～~至－\-—]\s*-?\d+℃(?:\s+[^，。；]{1,12})?",
        ),
        # A weather box's day line set in cells, its part of the day named, one temperature or
        # a range: "今天夜间：多云间阵雨　14℃", "明天白天：阵雨转多云　15℃～24℃　南风2级".
        (
            "weather",
            r"(?:今天|明天|后天|今日|明日|今夜|今晚|明晚)(?:白天|夜间|夜里|晚上|上午|下午)?\s*[:：]"
            r"[^，。；：\s]{1,20}[ \t\u3000]+-?\d+℃(?:\s*[～~至－\-—]\s*-?\d+℃)?(?:[ \t\u3000]+[^，。；\s]{1,12})*",
        ),
        # Tomorrow's page, never a teaser to a page of this edition: "明日A11版：亚运场馆…", or the
        # label alone over the box of tomorrow's items: "明日看点".
        # ("明天：多云转晴" in a weather box is news: a preview names a page or calls itself one.)
        (
            "preview",
            rf"(?:明日|明天|下期|下周[一二三四五六日]?)\s*(?:第?\s*{PAGE_NO}\s*版|导读|预告|看点)\s*(?:[:：].{{2,60}})?",
        ),
        # A prompt beside a QR code: "扫码看视频", "扫一扫", "扫描二维码阅读全文".
        (
            "chrome",
            r"[（(]?(?:微信)?(?:扫码|扫一扫|扫描(?:下方|左侧|右侧|上方)?二维码)"
            r"(?:[，,]?\s*(?:看|观看|阅读|收看|收听|听|关注|下载|了解|查看|获取|进入|参与)[^，。；！？:：]{0,8})?"
            # what it shows, after a colon: "扫码看视频：老字号糕点铺里的年味".
            r"(?:\s*[:：]\s*[^，。；！？]{2,30})?[）)]?",
        ),
        ("chrome", r"(?:您当前的位置|当前位置|当前版|版权所有|Copyright|©|京ICP|ICP备|分享到).*"),
        # A web page's breadcrumb trail: "鸳江新闻网 > 数字报 > 鸳江都市报".
        ("chrome", r"[^\s>＞»，。；]{2,12}(?:\s*[>＞»›]\s*[^\s>＞»，。；]{2,12}){2,}"),
        # An e-paper's row of page tabs: "【 A01 】【 A02 】【 A03 】".
        ("chrome", r"(?:[【\[]\s*[A-Z]?\d{1,3}\s*[】\]]\s*){2,}"),
        # An e-paper's page tabs with their sections, apart by bars, its label before or not:
        # "版面导航：A01 要闻 | A02 要闻 | A03 综合" (three tabs at least).
        (
            "chrome",
            r"(?:(?:版面导航|版面目录|版面|导航)\s*[:：]\s*)?[A-Z]?\d{1,3}\s*版?\s*[:：]?\s*[\u4e00-\u9fa5·]{2,6}"
            r"(?:\s*[|｜丨]\s*[A-Z]?\d{1,3}\s*版?\s*[:：]?\s*[\u4e00-\u9fa5·]{2,6}){2,}\s*[|｜丨]?",
        ),
        # A box's row of keywords, each in brackets and nothing else: "【保增长】【惠民生】【低碳】".
        ("keywords", r"(?:[【〖［\[]\s*[^【】〖〗［］\[\]\s]{1,8}\s*[】〗］\]]\s*){3,}"),
        # A web story's fields under its text: "作者：庞志远　来源：鸳江都市报　2018-04-27".
        ("web meta", rf"{WEB_META}"),
        (
            "credit",  # who made the page, who gathered its copy too: "本版组稿：…要闻部　版式：王  静"
            r"[（(]?.{0,12}?(?:责编|责任编辑|编辑|美编|校对|版式设计|版式|设计|制图|统筹|审读|审校|终审|组版|组稿|照排|策划|监制|图片编辑|视觉设计)\s*[:：].{1,80}",
        ),
        ("photo credit", r"(?:摄影|图片|供图|插图|配图|绘图|漫画)\s*[:：].{1,30}|.{1,16}供图"),
        # An advertisement's label and its disclaimer: "广告", "（本广告由发布者负责）", or the
        # label over classifieds: "分类广告" / "招聘：…电话：…" / "出租：…".
        ("advertisement", r"[【〔\[（(]?\s*(?:分\s*类\s*|便\s*民\s*)?广\s*告\s*[】〕\]）)]?"),
        ("advertisement", r"[（(]?\s*(?:本|此|以上)(?:则|版)?广告[^（）()]{0,16}负责\s*[）)]?"),
        # Where a box's figures came from, alone in brackets: "（来源：中国人民银行东江市分行）".
        ("source", r"[（(]\s*(?:数据|资料|信息|稿件|消息)?来源\s*[:：][^（）()]{1,40}[）)]"),
        # Or alone on its line, naming who issued a story or a box's figures, no sentence after:
        # "来源：新华社", "来源：市价格监测中心" ("来源：…。" with a stop is a sentence of news).
        ("source", r"(?:信息|稿件|消息|新闻)?来源\s*[:：]\s*[^\s，。；：！？,;]{2,24}"),
        # A page's standing notice, never news: "本版文章仅供参考，不构成投资建议。据此操作，风险自担。",
        # "本版言论仅代表作者个人观点".
        (
            "disclaimer",
            r"[（(]?(?:本版|本文|本栏目?|本刊|以上)[\u4e00-\u9fa5]{0,6}"
            r"(?:仅供参考|不构成(?:任何)?投资建议|仅代表作者(?:个人)?(?:观点|看法)).{0,40}",
        ),
        ("disclaimer", r"[（(]?(?:股市|投资)有风险[，,]\s*(?:入市|投资)需谨慎[。！]?[）)]?"),
        # A call for contributions: "“岷江论坛”欢迎来稿，来稿请注明真实姓名…。投稿邮箱：…", its
        # mailbox first or not: "副刊投稿邮箱：…@126.com　来稿请注明作者姓名、通讯地址及联系电话".
        # Also one addressed to readers: "“你拍我登”栏目欢迎读者投稿，一经采用，稿酬从优。投稿邮箱：…".
        (
            "call for contributions",
            rf"(?:.{{0,8}}{CONTACT}\s*[:：]\s*\S+[\s\u3000]+|.{{0,16}})"
            r"(?:欢迎[\u4e00-\u9fa5]{0,6}?(?:来稿|投稿|赐稿)|来稿请注明|投稿请注明).{0,100}",
        ),
        # A page's terms for contributions, after its mailbox or alone: "投稿邮箱：fukan@…　本版稿件
        # 一经采用即付稿酬".
        (
            "call for contributions",
            rf"(?:.{{0,8}}{CONTACT}\s*[:：]\s*\S+[\s\u3000]+)?(?:本版|本刊|本栏目?|来稿|稿件|所有)"
            r"[\u4e00-\u9fa5]{0,4}一经(?:采用|刊用|录用|刊登|采纳).{0,30}",
        ),
        # A cartoon's label over its title and artist ("漫画" / "“剩”宴" / "张  恒/作").
        ("cartoon", r"[【〔\[]?\s*(?:漫\s*画|新闻漫画|漫画点评|时事漫画)\s*[】〕\]]?"),
        ("cartoon", r"[\u4e00-\u9fa5·](?:[ \u3000]{0,3}[\u4e00-\u9fa5·]){1,3}\s*[/／]\s*(?:作|绘|画)"),
        # What is left of a chart in the text: its source, its bare values ("6.5"), its axis
        # labels ("1—2月    1—3月    1—4月") and its title, which ends in a unit ("…累计增速（%）").
        ("chart", r"(?:数据|资料)来源\s*[:：].{1,40}"),
        ("chart", r"[-+]?\d[\d.,]*\s*[%％‰]?(?:\s+[-+]?\d[\d.,]*\s*[%％‰]?)*"),
        ("chart", r"\S{0,6}\d\S{0,6}(?:\s{2,}\S{0,6}\d\S{0,6})+"),
        ("chart", rf".{{4,40}}[（(](?:{UNIT}|单位\s*[:：][^）)]{{1,10}})[）)]"),
        # A table's unit note alone under its rows: "（单位：人民币元/100外币）" (never "（作者单位：…）").
        ("chart", r"[（(]\s*(?:计量|金额|货币)?单位\s*[:：][^（）()]{1,24}[）)]"),
        # A footer of contacts, two labelled at least: "法治热线：0517-96999　投稿邮箱：…".
        ("masthead", rf"(?:.{{0,6}}{CONTACT}\s*[:：]\s*\S+\s*){{2,}}"),
        # A page section for photos, not a story's kicker: "图片新闻", "【摄影报道】".
        (
            "section label",
            r"[【〔\[]?\s*(?:图片新闻|新闻图片|图片报道|摄影报道|新闻图说|图说新闻|图\s*说|导\s*读)\s*[】〕\]]?",
        ),
        # Or the photo column named for the paper's place, over a photo story: "图说筇溪".
        (
            "section label",
            r"[【〔\[]?\s*图说[\u4e00-\u9fa5]{2,4}\s*[】〕\]]?",
        ),
        # A page's section word spaced out as a divider between its stories: "国　际", "要 闻".
        ("section label", rf"{SECTION_WORD_SPACED}"),
        # A weekly or special section's name over its page: "理论周刊", "健康专刊", "国庆特刊".
        ("section label", r"[【〔\[]?\s*[\u4e00-\u9fa5]{1,4}(?:周刊|专刊|特刊|月刊)\s*[】〕\]]?"),
    )
)
CHROME_TOKENS = frozenset(
    "返回主页 返回首页 返回目录 返回 主页 首页 网站首页 版面导航 版面目录 标题导航 本版标题 本版新闻 本版导读 导读 今日导读 版面导读 "
    "本期导读 本版导航 本版标题导航 本版目录 PDF PDF版 PDF下载 下载PDF PDF阅读 版 上一期 下一期 上一版 下一版 上一篇 下一篇 "
    "前一版 后一版 前一期 后一期 返回本版 返回版面 版面图 版面大图 "
    "往期回顾 往期 数字报 电子版 打印 关闭 【打印】 【关闭】 打印本页 关闭窗口 放大 缩小 默认 朗读 收藏 评论 查看大图 "
    "打印本文 打印此文 返回顶部 顶部 关闭本页 关闭本文 手机版 客户端 数字报客户端 在线投稿 加入收藏 设为首页 联系我们 【大】 【中】 【小】 字号 【字号 大 中 小】 大 中 小 ｜ | 下载 目录 检索 日历 字体".split()
)
# Links in angle brackets too: "<前一版　|　后一版>".
CHROME_SPLIT = re.compile(r"[\s|｜丨·•/：:【】◀▶◁▷<>＜＞]+")
# A PDF link's token, whatever its wording: "PDF版下载", "下载PDF版", "PDF阅读", "下载本版PDF".
CHROME_SHAPE = re.compile(r"\S{0,4}PDF\S{0,4}", re.IGNORECASE)
NAV_HEADERS = frozenset(
    "本版新闻 标题导航 本版标题 本版导读 版面导读 本版导航 版面目录 本版标题导航 本版目录".split()
)


def narrow(text: str) -> str:
    """``第Ａ０７版`` -> ``第A07版``: full-width digits and letters as ASCII, for matching only."""
    return text.translate(WIDE_TO_ASCII) if WIDE_ALNUM.search(text) else text  # translate is slow


WIDE_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def is_footer(text: str) -> bool:
    """Labelled fields apart by wide gaps, two of them contacts or registrations: a masthead footer.

    The site's web address counts as a contact: ``榕峡新闻网：www.rxnews.cn　新闻热线：0772-2862110``.
    """
    fields = [FOOTER_FIELD.fullmatch(f) for f in FOOTER_GAP.split(text.strip())]
    if len(fields) < 2 or not all(fields):
        return False
    keys = [
        FOOTER_KEY.search(m["key"]) or PUBLISHER.fullmatch(m[0]) or WEB_ADDRESS.search(m[0])
        for m in fields
        if m
    ]
    return sum(map(bool, keys)) >= 2


def is_masthead_row(text: str) -> bool:
    """Masthead fields side by side, apart by wide gaps: ``今日8版　第12904期``, ``…　邮发代号：41-18``."""
    cells = table_cells(text)
    return (
        2 <= len(cells) <= 4
        and (len(text) <= 40 or all(len(c) <= 24 for c in cells))
        and all(
            any(reason == "masthead" and pattern.fullmatch(c) for reason, pattern in NOISE) for c in cells
        )
    )


def table_cells(text: str) -> list[str]:
    """``"1  申江海港  6  5"``, ``"香蕉　　 3.20"`` (padded flush right) -> its cells, split at wide gaps."""
    return [c.strip() for c in FOOTER_GAP.split(text.strip()) if c.strip()]


def is_table_row(text: str) -> bool:
    """Three or more short cells apart by wide gaps, more than half of them figures."""
    cells = table_cells(text)
    if len(cells) < 3 or any(len(c) > TABLE_CELL_MAX and not UNIT_LABEL.fullmatch(c) for c in cells):
        return False
    return 2 * sum(bool(TABLE_FIGURE.fullmatch(c) or TABLE_TREND.fullmatch(c)) for c in cells) > len(cells)


def is_service_line(text: str) -> bool:
    """Cells of a reader-service footer, a hotline among them: ``晚报热线 8366110 欢迎爆料``."""
    return len(text) <= 80 and bool(SERVICE_LINE.fullmatch(text)) and HOTLINE.search(text) is not None


def classify_noise(text: str) -> str:
    """The reason a line is never spoken (masthead, chrome, credit, …), or ``""`` if it may be news."""
    text = narrow(text)
    tokens = [t for t in CHROME_SPLIT.split(text) if t]
    if tokens and all(t in CHROME_TOKENS or CHROME_SHAPE.fullmatch(t) for t in tokens):
        # "本版标题：", "版面导航　　标题导航": a nav header over the page's headlines, the last of
        # its words; a tab of a nav bar is not ("首页 | 标题导航 | 手机版").
        header = tokens[-1] in NAV_HEADERS and not re.search(r"[|｜丨]", text)
        return "headline list" if header else "chrome"
    for reason, pattern in NOISE:
        if pattern.fullmatch(text):
            return reason
    if len(text) <= 80 and re.fullmatch(TEAM_CREDIT, text):
        return "credit"
    if len(text) <= 60 and STAFF_BARE.fullmatch(text):
        return "credit"
    if is_footer(text) or is_masthead_row(text):
        return "masthead"
    if is_service_line(text):
        return "reader service"
    if is_copyright_row(text):
        return "chrome"
    if is_table_row(text):
        return "table"
    if reason := footer_reason(text):
        return reason
    if chrome_reason(text, classify_noise):
        return "chrome"
    if CREDIT_WHOLE.match(text) and (len(text) <= 14 or re.search(r"记者|通讯员|新华社|本报|摄影", text)):
        return "photo credit"
    return ""

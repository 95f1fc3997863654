"""Notices: which are read as a story of their own, and which are never read.

The policy, the same for every paper:

* a public-service notice printed as its own item is read, as one story: ``停水通知`` / text /
  ``咨询电话：96606`` / ``滨城水务集团`` / ``2016年7月19日`` (its signature is not read), its own
  hotline too, though a lone ``服务热线：0932-8211234`` is elsewhere the masthead's;
  an authority's notice titled in the official form too: ``关于暑期城区部分路段实行机动车限行的通告`` /
  text / ``特此通告。`` / ``…公安局交通警察支队`` / ``2018年7月13日``;
* a notice under a label line of its own is not, whatever it says: ``公告`` over a notice is
  the classified page's ``广告``, bought space (``公告`` / ``供水有限公司停水通知`` / text / …);
* neither is a legal or commercial notice, named by its title: ``…国有建设用地使用权挂牌出让公告``,
  ``…拍卖公告``, ``…招标公告``, ``遗失声明``, ``…注销公告``, ``…减资公告``;
* nor the paper's own house notice: ``征订启事``, ``征稿启事``, ``征文启事``, ``招聘启事``, or a
  section's call under a label naming it the caller (``本刊征稿`` / ``理论周刊常年征集理论文章…``),
  or its call to subscribe over the terms (``订阅《檀州晚报》　享受全年好资讯`` / ``…全年订价180元…``),
  or its drive's headline over them (``2011年下半年《蒲甸日报》征订工作开始`` / ``全年订价120元，…``;
  the paper named bare, the terms how to subscribe: ``某某日报2010年下半年征订工作开始`` /
  ``订阅方式：各地邮局（所）　订报热线：…``),
  or its notice of a break in publication, a line set apart, titled or not (``休刊启事``):
  ``春节期间本报2月4日至2月10日休刊，2月11日恢复正常出版`` (:func:`mark_publication_breaks`);
* nor the items of a notice titled so under a classifieds label, though each reads as a sentence:
  ``分类广告`` / ``遗失声明`` / ``王记面馆遗失营业执照副本，…，声明作废。`` / …, nor the classified
  items after it, each titled by its trade: ``厂房出租`` / ``…标准厂房2000平方米，…电话：139…``;
* nor a legal notice's items, each led by its title and a colon, nor the bare label over them
  (:func:`mark_titled_items`): ``声明`` / ``遗失声明：某贸易有限公司遗失公章一枚，声明作废。`` / …,
  or untitled under it (:mod:`audiopaper.segment_voidnotices`): ``声明`` / ``某公司遗失公章一枚，声明作废。``;
* nor a classified item alone, under no label, titled by its bare trade and closed by the number
  to call: ``招　聘`` / ``某物流公司招聘货车司机10名，…。电话：0779-2835566``.

Each unread notice runs from its label or title (and the document number under it:
``…挂牌出让公告`` / ``砀自然资告字〔2021〕18号``) to its signature's date
(``秀溪市国土资源局　2012年9月6日``), or up to the next story's headline, byline or advert, ``NOTICE_LINES`` at most.
Why a module of its own: a notice is a box with a start and an end, like an advert
(:mod:`audiopaper.segment_boxes`), but one the listener sometimes needs to hear.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_boxes import is_advert_label
from .segment_housecalls import mark_house_calls
from .segment_imprint import PAPER_KIND
from .segment_labels import CONTACT_LINE
from .segment_lines import Line, compact
from .segment_noise import narrow
from .segment_pubbreaks import mark_publication_breaks
from .segment_voidnotices import mark_void_notices

__all__ = ["mark_notices", "mark_notices_contacts", "mark_unread_notices"]

# Or an authority's notice titled in the official form, "关于…的通告": "关于暑期城区部分路段实行机动车
# 限行的通告" (what it is about may be long; the form names it a notice).
NOTICE = re.compile(
    r"^(?:[^，。！？；：]{0,12}(?:通知|公告|通告|启事|声明|公示)|关于[^，。！？；：]{2,40}的(?:通知|公告|通告))$"
)
# A signature closing a notice or letter: who issued it ("滨城水务集团"), then the bare date.
CN_NUM = r"\d〇零一二三四五六七八九十"
BARE_DATE = re.compile(rf"[{CN_NUM}]{{4}}\s*年\s*[{CN_NUM}]{{1,3}}\s*月\s*[{CN_NUM}]{{1,3}}\s*日")
# The same date closing a line, after who issued it: "秀溪市国土资源局　2012年9月6日".
SIGNED_DATE = re.compile(rf"(?:^|[\s\u3000]){BARE_DATE.pattern}$")
ISSUER = re.compile(
    r"[\u4e00-\u9fa5（）()]{2,20}(?:公司|集团|局|委员会|办公室|中心|政府|医院|学校|协会|学会|银行|分行|支行|"
    # a court or procuratorate signing its notice: "宁滩市江北区人民法院", "…人民检察院".
    r"管理处|指挥部|街道办事处|居委会|村委会|服务站|研究所|研究院|法院|检察院|仲裁委员会|"
    # a police unit: "…公安局交通警察支队", "…交警大队".
    r"支队|大队|总队)"
)
# Who issued it and when on one line, set apart by a gap: "国网塞原供电公司　2025年7月8日".
ISSUER_DATE = re.compile(rf"{ISSUER.pattern}[\s\u3000]+{BARE_DATE.pattern}")
NOTICE_WORD = r"(?:公告|通告|声明|启事|启示|公示)"
# The label of a page's paid notices, alone on its line: "公告", "公　告", "【公告】".
NOTICE_LABEL = re.compile(r"[【〔\[（(]?\s*公[\s\u3000]*告\s*[】〕\]）)]?")
# A legal or commercial notice's title names the transaction: "…使用权挂牌出让公告", "拍卖公告".
LEGAL_NOTICE = re.compile(
    r"[^，。！？；：]{0,30}(?:出让|转让|拍卖|招标|投标|中标|采购|竞价|竞买|挂牌|招租|遗失|作废|注销|减资|"
    rf"增资|清算|债权|催告|送达)[^，。！？；：]{{0,10}}{NOTICE_WORD}"
)
# The paper's own notices: "征订启事", "2018年度征订启事", "本报征稿启事", "招聘启事".
HOUSE_NOTICE = re.compile(
    rf"[^，。！？；：]{{0,12}}(?:征订|订阅|订报|征稿|征文|约稿|招聘|休刊|停刊)[^，。！？；：]{{0,6}}{NOTICE_WORD}"
)
# Or its call to subscribe, the paper named in title marks, over the terms: "订阅《花塘晚报》　享受全年
# 好资讯" / "…征订工作火热进行中，全年订价180元，订报热线：…" ("市民踊跃订阅…" is news: the call opens it).
SUBSCRIBE_CALL = re.compile(r"(?:欢迎|请)?(?:订阅|订报|征订|预订)\s*《[^》]{2,12}》[^，。！？；：]{0,14}")
# Or a headline naming the paper and its subscription drive, its terms under it: "2011年下半年《蒲甸日报》
# 征订工作开始" / "全年订价120元，半年60元。各乡镇邮政所均可办理…" (``SUBSCRIPTION_TERMS`` must follow:
# over news, "全县《党建》征订工作启动" / "本报讯…", it is a story's headline).
# The paper may be named bare, by its kind: "冠源日报2010年下半年征订工作开始" / "订阅方式：各地邮局（所）
# 订报热线：…" (the terms may be how to subscribe: where, or the line to call).
PAPER_DRIVE = re.compile(
    rf"[^，。！？；：]{{0,12}}(?:《[^》]{{2,12}}》|[\u4e00-\u9fa5]{{2,8}}{PAPER_KIND})"
    r"[^，。！？；：]{0,10}(?:征订|订阅|订报)[^，。！？；：]{0,8}"
)
SUBSCRIPTION_TERMS = re.compile(
    r"^(?:(?:全年|半年|每月|每季度?|每期|每份)?(?:订价|定价|订费|报费)\s*[:：为]?\s*\d+(?:\.\d+)?元"
    r"|(?:订阅|订报|征订)(?:方式|办法|热线|电话)\s*[:：])"
)
# Or a label naming the paper or its section as the caller, the notice word left off: "本刊征稿",
# "本版征稿", "本报征订", or the bare call "征稿" (never "征文": a contest's label over its read entries).
HOUSE_CALL = re.compile(r"(?:本报|本刊|本版|本栏目?|本专栏|本周刊|本副刊)?(?:征稿|征订|约稿)")
# A classified item's title, the trade it offers or seeks: "厂房出租", "旺铺转让", "诚聘", "求购二手车".
CLASSIFIED_TITLE = re.compile(
    r"[\u4e00-\u9fa5]{0,6}(?:出租|招租|求租|出售|转让|求购|招聘|诚聘|急聘|家教|搬家|寻人|寻物)[\u4e00-\u9fa5]{0,4}"
)
CLASSIFIED_TITLE_MAX = 8  # characters of such a title
# A classified item alone on a news page, titled by the bare trade it offers or seeks, letter-spaced
# or not ("招　聘", "出　租"), its text closed by the number to call: "…。电话：0779-2835566".
CLASSIFIED_WORDS = frozenset("招聘 诚聘 急聘 求职 出租 求租 出售 转让 求购 招租 寻人 寻物".split())
CALL_END = re.compile(r"(?:电话|热线|手机|联系方式)\s*[:：]?\s*\d[\d\-—－]{6,}\s*$")
CLASSIFIED_TEXT_MAX = 3  # lines of such an item's text, at most
# A notice's document number under its title, the year in brackets: "砀自然资告字〔2021〕18号",
# "（2023）第5号", or a plain "第3号" ("国发〔2024〕5号").
DOC_NUMBER = re.compile(
    r"[\u4e00-\u9fa5]{0,12}[〔［\[【（(]\s*(?:19|20)\d{2}\s*[〕］\]】）)]\s*第?\s*\d{1,4}\s*号|第\s*\d{1,4}\s*号"
)
# A notice's title in the official form, what it is about between 关于 and 的: "关于…的公示".
OFFICIAL_TITLE = re.compile(rf"关于[^，。！？；：]{{2,40}}的(?:通知|{NOTICE_WORD})")
# A row of the names a notice lists: "林某某　陈某某　黄某某　吴某某".
NAME_ROW = re.compile(r"[\u4e00-\u9fa5]{2,4}(?:[ \t\u3000]{1,4}[\u4e00-\u9fa5]{2,4}){2,}")
TEXT = ("body", "field", "caption")  # kinds of lines read as a story's text
NOTICE_LINES = 12  # lines of an unread notice after its label or title, at most
# A notice's text closed by its hotline run on after the last sentence's stop: "…不便之处敬请
# 谅解。服务热线：0766-96655" is finished text, though it ends in a digit, not a stop.
# Only a field named so after the stop ("服务热线", "咨询电话", "24小时服务热线", "电话"), never a
# sentence running on to the number: "…。市民可拨打热线：96655" / "咨询。" is cut.
HOTLINE_TRAIL = re.compile(
    r"[。！？]\s*(?:[\u4e00-\u9fa5\d]{0,4}(?:服务|咨询|联系|报修|抢修|投诉|客服|值班))?(?:热线|电话)"
    r"\s*[:：]\s*\d[\d\-—－]{4,}\s*$"
)


def unread_notice(ln: Line, nxt: Line | None = None) -> str:
    """Why the notice ``ln`` opens is never read (``"notice"``, ``"house notice"``), or ``""``;
    ``nxt`` is the line under it (the terms under a subscription drive's headline)."""
    text = compact(narrow(ln.text))
    terms = (
        nxt is not None
        and nxt.kind in ("body", "field")
        and SUBSCRIPTION_TERMS.match(narrow(nxt.text).strip())
    )
    if ln.kind == "heading" and terms and PAPER_DRIVE.fullmatch(text):
        return "house notice"
    if ln.reason == "advertisement" and LEGAL_NOTICE.fullmatch(text):
        # Under a classifieds label the notice's title is the advert's, its items still the
        # notice's: "分类广告" / "遗失声明" / "…遗失营业执照副本，…，声明作废。" / …
        return "notice"
    if ln.kind == "noise" or ln.kind == "byline":
        return ""
    if NOTICE_LABEL.fullmatch(text) or (ln.kind == "heading" and LEGAL_NOTICE.fullmatch(text)):
        return "notice"
    if ln.kind == "heading" and (
        HOUSE_NOTICE.fullmatch(text) or HOUSE_CALL.fullmatch(text) or SUBSCRIBE_CALL.fullmatch(text)
    ):
        return "house notice"
    return ""


def is_classified_title(ln: Line) -> bool:
    """``厂房出租``, ``旺铺转让``: a short heading naming the trade a classified item offers."""
    text = compact(ln.rest or ln.text)
    return (
        ln.kind in ("heading", "label")
        and len(text) <= CLASSIFIED_TITLE_MAX
        and CLASSIFIED_TITLE.fullmatch(text) is not None
    )


def is_name_row(ln: Line) -> bool:
    """``林某某　陈某某　黄某某``: a row of three or more names (two to four characters) set apart by gaps."""
    return NAME_ROW.fullmatch(narrow(ln.text).strip()) is not None


def notice_end(lines: list[Line], start: int) -> int:
    """Index after the last line of the unread notice opened at ``start``.

    Its signature's date ends it (after its issuer, on the line or above), or its issuer alone under
    its finished text with no text under it (``公告`` / ``…部分用户停电。`` / ``某市电业局`` / next box's
    label); before that, the next story does: a byline, a jump, an
    advert's label, a noise line of another box, or a second headline (the first under a
    label is the notice's own title).
    """
    stop = min(len(lines), start + 1 + NOTICE_LINES)
    for k in range(start + 1, stop):
        ln = lines[k]
        title = k == start + 1 and NOTICE_LABEL.fullmatch(narrow(lines[start].text).strip())
        # Or the issuer's name over its title in the official form: "公告" / "某区人民法院" /
        # "关于拟任人民陪审员人选的公示" / text / …
        title = title or (
            k == start + 2
            and NOTICE_LABEL.fullmatch(narrow(lines[start].text).strip()) is not None
            and ISSUER.fullmatch(compact(narrow(lines[k - 1].text))) is not None
            and OFFICIAL_TITLE.fullmatch(compact(narrow(ln.text))) is not None
        )
        # Under a classifieds label the next item's title is the box's too: "遗失声明" / … / "厂房出租".
        title = title or (lines[start].reason == "advertisement" and is_classified_title(ln))
        # Its document number under its title is the notice's too: "…挂牌出让公告" / "…告字〔2021〕18号".
        title = title or (k <= start + 2 and DOC_NUMBER.fullmatch(compact(narrow(ln.text))) is not None)
        # The rows of names a 公示 lists under its text are its too: "…，现予公示。" /
        # "林某某　陈某某　黄某某　吴某某" / …, never a headline.
        title = title or (k > start + 1 and is_name_row(ln) and lines[k - 1].kind in ("body", "heading"))
        if ln.kind != "noise" and SIGNED_DATE.search(narrow(ln.text)):
            return k + 1
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if ISSUER.fullmatch(ln.text) and nxt is not None and BARE_DATE.fullmatch(narrow(nxt.text)):
            return k + 2  # the issuer over the date: "桥江市城市供水有限公司" / "2013年6月25日"
        above = lines[k - 1]  # the notice's text, finished: never its label over the issuer's name
        if (
            ISSUER.fullmatch(ln.text)
            and above.kind in TEXT
            and finished(above)
            and (nxt is None or nxt.kind not in TEXT)
        ):
            return k + 1  # the issuer alone, undated, no text under it: "…用户停电。" / "彭溪某电业局"
        if (
            ln.kind in ("byline", "jump_in", "jump_out", "teaser", "noise")
            or is_advert_label(ln)
            or (ln.kind in ("heading", "label") and not title)
        ):
            return k
    return stop


def mark_classified_items(lines: list[Line]) -> list[Line]:
    """A classified item alone is never read, its title and text: ``招　聘`` / ``瑶川某物流公司招聘
    货车司机10名，…。电话：0779-2835566`` (then the page's end or another box), under no
    classifieds label.

    Only a title that is the bare trade word (``CLASSIFIED_WORDS``: a headline names more,
    ``毕业生招聘会今日举行``) over ``CLASSIFIED_TEXT_MAX`` lines at most, the last ending in the
    number to call and nothing read after it: a story's text ends in a stop.
    """
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind not in ("heading", "label") or compact(ln.rest or ln.text) not in CLASSIFIED_WORDS:
            continue
        text = [ln.kind in ("body", "field") for ln in lines[i + 1 : i + 2 + CLASSIFIED_TEXT_MAX]] + [False]
        end = i + 1 + text.index(False)  # after the item's text
        last = next((k for k in range(i + 1, end) if CALL_END.search(narrow(lines[k].text))), None)
        if last is None or last + 1 != end or end - i - 1 > CLASSIFIED_TEXT_MAX:
            continue  # no number to call, or text read after it
        for j in range(i, end):
            out[j] = replace(lines[j], kind="noise", reason="advertisement")
    return out


# A bare notice word over a legal notice's items, letter-spaced or bracketed: "声明", "声　明", "【启事】".
BARE_NOTICE_LABEL = re.compile(r"[【〔\[]?\s*(?:声\s*明|启\s*事|公\s*告|公\s*示|通\s*告)\s*[】〕\]]?")


def is_titled_item(ln: Line) -> bool:
    """``遗失声明：…声明作废。``, ``注销公告：…``: a legal notice led by its title and a colon."""
    title, colon, text = compact(narrow(ln.text)).partition("：")
    return ln.kind != "noise" and bool(colon and text) and LEGAL_NOTICE.fullmatch(title) is not None


def mark_titled_items(lines: list[Line]) -> list[Line]:
    """Legal notices each led by its title and a colon are never read, nor their wrapped lines,
    nor the bare notice word alone right over them: ``声明`` / ``遗失声明：某贸易有限公司遗失公章一枚，
    声明作废。`` / ``遗失声明：陈某遗失房屋所有权证一本，…，声明作废。``.

    Under a ``公告`` label the notices after them are unread too, though untitled (``公告`` /
    ``遗失声明：…`` / ``某公司经股东会决议注销，请债权人…``), up to the notice's end (:func:`notice_end`).

    Only a title naming the transaction (``LEGAL_NOTICE``: ``遗失声明``, ``注销公告``); a story's
    ``声明`` over its text (``声明`` / ``近日，有不法分子冒用本报名义…``) is read as before."""
    out = list(lines)
    for i, ln in enumerate(lines):
        if not is_titled_item(ln):
            continue
        end = i + 1
        while (
            end < min(len(lines), i + 1 + NOTICE_LINES)
            and not lines[end - 1].text.rstrip().endswith(("。", "！", "？"))
            and lines[end].kind == "body"
        ):
            end += 1  # its text wrapped: "遗失声明：…证号：" / "虹房字第…号，声明作废。"
        above = lines[i - 1] if i > 0 else None
        label = above is not None and above.kind in ("heading", "label")
        start = i - 1 if label and BARE_NOTICE_LABEL.fullmatch(narrow(above.text).strip()) else i
        if start < i and NOTICE_LABEL.fullmatch(compact(narrow(above.text))):
            # Under 公告 every notice is bought space, titled or not: "公告" / "遗失声明：…" /
            # "某运输有限公司经股东会决议注销，请债权人…" up to the next box's headline.
            end = max(end, notice_end(lines, start))
        out[start:end] = [replace(x, kind="noise", reason="notice") for x in lines[start:end]]
    return out


def mark_unread_notices(lines: list[Line]) -> list[Line]:
    """Make every line of a labelled, legal or house notice noise (``公告`` up to its date)."""
    out = list(lines)
    i = 0
    while i < len(lines):
        reason = unread_notice(lines[i], lines[i + 1] if i + 1 < len(lines) else None)
        if not reason:
            i += 1
            continue
        end = notice_end(lines, i)
        for k in range(i, end):
            out[k] = replace(lines[k], kind="noise", reason=reason)
        i = end
    return out


def mark_notices_contacts(lines: list[Line]) -> list[Line]:
    """A notice's own hotline under its text is read, though alone it is a masthead's:
    ``停水通知`` / text / ``服务热线：0932-8211234`` / ``洮西市供排水集团有限公司`` / date.

    Only a lone contact line (``CONTACT_LINE``) right under the finished text of a notice read as
    a story (a ``NOTICE`` heading, then its text) and right over its signature (who issued it, or
    the date): a hotline under a story's text, or a notice's with no signature, is the page's.
    """
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind != "heading" or not NOTICE.match(ln.rest):
            continue
        k = i + 1
        while k < len(lines) and k <= i + NOTICE_LINES and lines[k].kind in ("body", "field"):
            k += 1
        if (
            k > i + 1
            and k < len(lines)
            and not lines[k - 1].open
            and lines[k].reason == "masthead"
            and CONTACT_LINE.fullmatch(lines[k].text.strip())
            and k + 1 < len(lines)
            and (ISSUER.fullmatch(lines[k + 1].text) or BARE_DATE.fullmatch(narrow(lines[k + 1].text)))
        ):
            out[k] = replace(lines[k], kind="field", reason="", rest=lines[k].text.strip())
    return out


def finished(ln: Line) -> bool:
    """``ln`` ends its text: a stop, or a stop then the hotline run on (``…敬请谅解。服务热线：96655``)."""
    return not ln.open or HOTLINE_TRAIL.search(narrow(ln.text)) is not None


def mark_notices(lines: list[Line]) -> list[Line]:
    """A notice opens a story of its own, and its signature is never read.

    ``停水通知`` / text / ``咨询电话：96606`` / ``滨城水务集团`` / ``2016年7月19日``: the heading is
    never a sub-head of the story above; who issued it and when, after its last line of text,
    are not news.  A bare date closing finished text is such a signature, with or without its
    issuer above it, unless text follows it: then it is a timeline's sub-head (``2019年8月1日`` / …).
    Who issued it and when may share the line (``国网塞原供电公司　2025年7月8日``), the same signature.
    Text closed by its hotline on the same line after the stop is finished too:
    ``…不便之处敬请谅解。服务热线：0766-96655`` / ``芳溪市自来水有限公司`` / ``2021年5月18日``.
    Notices that are never read are made noise first (:func:`mark_unread_notices`).
    """
    lines = mark_house_calls(lines)  # the paper's calls to readers, its risk disclaimers
    lines = mark_unread_notices(
        mark_publication_breaks(mark_classified_items(mark_titled_items(mark_void_notices(lines))))
    )
    lines = mark_notices_contacts(lines)
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind == "heading" and NOTICE.match(ln.rest):
            out[i] = replace(ln, opens=True)
        if ln.kind in ("noise", "byline") or i == 0:
            continue
        signed = ISSUER_DATE.fullmatch(narrow(ln.text).strip()) is not None
        if not (signed or BARE_DATE.fullmatch(narrow(ln.text))):
            continue
        if i + 1 < len(lines) and lines[i + 1].kind in ("body", "field", "caption"):
            continue
        k = i - 1
        if not signed and ISSUER.fullmatch(lines[k].text) and lines[k].kind == "heading" and k > 0:
            k -= 1
        if lines[k].kind in ("body", "field") and finished(lines[k]):
            for j in range(k + 1, i + 1):
                out[j] = replace(lines[j], kind="noise", reason="signature")
    return out

"""Items of their own set right under a story: a headline there that is never the story's sub-head.

A single headline line over text, inside a running story, is read as that story's sub-head
(:mod:`audiopaper.segment_page`).  Some neighbours show it cannot be one:

* a Q&A piece is all questions and answers (``问：…`` / ``答：…``); after its last answer, a
  headline over plain text (neither ``问：`` nor ``答：``) heads an item of its own, an untitled
  tip or brief set under it (``…这样办`` / ``问：…`` / ``答：…由财政给予资助。`` /
  ``冬季用电安全提示`` / ``进入冬季，…``); a headline over the next question is a section of the
  Q&A and stays its sub-head;
* a box of briefs by place: a short label over items each led by a bullet and the name of where
  it happened, set off by a space (``县区传真`` / ``◎青溪县　日前，…`` / ``◎康溪区　9月20日，…``);
  the label opens the box as a story, never a sub-head of the story above;
* a tip's label, who warns or what kind of tip in a few characters (``警方提示``, ``温馨提示``,
  ``消费提醒``) over plain text (not a list's items), is an untitled tip's title (``警方提示`` / ``近期，我市发生多起…``):
  a story's own closing advice is set in its text (``交警提醒，…``), never under such a label.
  A longer headline naming the topic (``冬季用电安全提示``) may be a sub-head; so is a tip's
  label naming the topic the story above is about (``防汛提醒`` under a flood story that says
  ``防汛`` twice or more, or in its headline): that story's own closing advice, set under it;
  so is the judge's or prosecutor's tip under the report of a case their court heard (``法官提醒``
  / ``凡是要求先垫付资金的…都是诈骗。`` right under text naming ``…区法院以诈骗罪判处…``): a case
  report (以案说法) closes with its lesson, like ``法官说法``; under a story with no court in it
  the label still opens an untitled tip; so is a lawyer's tip (``律师提醒``) right under the last
  of a roundup's cases, each under its sub-head (``案例一：…`` / ``案例二：…``);
* a readers' Q&A box: a headline over a reader's question signed by who asked (``读者热线`` /
  ``问：…需要办什么卡？（读者 孙女士）`` / ``答：…``), right after a story that is no Q&A (a
  headline over the next question of a Q&A piece is its section, its sub-head; a Q&A on the
  story's topic, its questions unsigned, ``政策问答`` / ``问：…多少户同意？``, is its sidebar);
* a short item signed at its foot: a headline right after a story whose dateline names its
  writer (``本报讯（记者 孔德明）…``), over text with no dateline that ends with its own
  bracketed signature (``遛狗未牵绳 两邻居起争执`` / ``…从牵绳开始。（晚报记者 孔德明）``): a
  story signed once at its top is never signed again under a sub-head.

Why a module of its own: these read a few lines either side of a headline, as
:mod:`audiopaper.segment_heads` does, but decide only whether it opens a story, not its kind.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .segment_bulletbox import mark_bullet_boxes, mark_link_questions, rejoin_wrapped_items
from .segment_bylines import ORGS, PAPER
from .segment_lines import Line, compact
from .segment_paras import is_item
from .segment_qa import is_asker_line, read_askers

# A question or an answer of a Q&A piece: "问：…", "答：…", "【问】…".
QA_LEAD = re.compile(r"^[【\[]?\s*(?P<who>问|答)\s*(?:[】\]]\s*[:：]?|[:：])")
# A brief led by a bullet and where it happened, then a space: "◎青溪县　日前，…", "▲海门区　…".
PLACED_ITEM = re.compile(r"^[◎◇●■▲★◆□○▶►·•]\s*[\u4e00-\u9fa5]{2,6}(?:\u3000|\s{2,})\s*\S")
# The end of an answer's last sentence.
ANSWER_END = re.compile(r"[。！？!?][”\"’]?$")
# A tip's label: who warns or what kind of tip, then the word: "警方提示", "温馨提示", "健康提醒".
TIP_LABEL = re.compile(r"[\u4e00-\u9fa5]{0,4}(?:提示|提醒)")
# Who warns, or a tip of any kind: such a label names no topic of the story above.
TIP_WHO = re.compile(r"(?:温馨|友情|特别|重要|警方|交警|消防|律师|专家|医生|医师|记者|编辑|本报|晚报|小编)")
TOPIC_MIN = 2  # times the story above names the tip's topic in its text, or once in its headline
PLACED_MIN = 2  # items in a row under the label, at least
LABEL_MAX = 6  # characters of a box's label


def qa_role(ln: Line) -> str | None:
    """``问`` or ``答`` for a line opening a question or an answer, else None."""
    m = QA_LEAD.match((ln.rest or ln.text).strip())
    return m["who"] if m else None


def ends_qa(lines: list[Line], i: int) -> bool:
    """``lines[i]`` (a headline) comes right after a Q&A piece's last, finished answer and over
    plain text: the answer's lines run back unbroken to ``答：…`` with a question before it."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None or nxt.kind != "body" or qa_role(nxt) is not None:
        return False
    # Finished with a full stop: an answer closed by a colon ("答：主要有三个方面：") goes on in
    # the points under it ("一、开展免费技能培训"), its sub-heads.
    if i == 0 or lines[i - 1].kind != "body" or not ANSWER_END.search(lines[i - 1].text.strip()):
        return False
    for j in range(i - 1, 0, -1):
        if lines[j].kind != "body":
            return False
        role = qa_role(lines[j])
        if role is not None:
            return role == "答" and any(qa_role(ln) == "问" for ln in lines[max(j - 6, 0) : j])
    return False


def is_placed_box(lines: list[Line], i: int) -> bool:
    """``lines[i]``, a short label, stands over ``PLACED_MIN`` briefs by place or more."""
    ln = lines[i]
    if len(compact(ln.rest)) > LABEL_MAX or re.search(r"[，。！？；：]", ln.rest):
        return False
    run = 0
    while i + 1 + run < len(lines) and lines[i + 1 + run].kind in ("body", "caption"):
        if not PLACED_ITEM.match(lines[i + 1 + run].text.strip()):
            break
        run += 1
    return run >= PLACED_MIN


def is_tip_label(lines: list[Line], i: int) -> bool:
    """``lines[i]`` is a tip's short label (``警方提示``) over plain text.

    Over a list's items (``1.注意保暖…``, ``●…``) the label is left to the rule for boxes of
    items (:mod:`audiopaper.segment_blocks`), which counts them.
    """
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return (
        TIP_LABEL.fullmatch(compact(lines[i].rest)) is not None
        and nxt is not None
        and nxt.kind == "body"
        and not is_item((nxt.rest or nxt.text).strip())
        and not tips_story_above(lines, i)
    )


# Who draws a case's lesson, and the court they sit in: "法官提醒" under "…区法院以诈骗罪判处…".
CASE_WHO = {"法官": "法院", "检察官": "检察院"}


def text_above(lines: list[Line], i: int) -> tuple[list[str], list[str]]:
    """The text lines (last first) of the story right above ``lines[i]``, and its headlines."""
    text, heads = [], []
    j = i - 1
    while j >= 0 and lines[j].kind in ("body", "byline", "caption", "field"):
        text.append(lines[j].rest or lines[j].text)
        j -= 1
    while j >= 0 and lines[j].kind in ("heading", "label"):
        heads.append(lines[j].rest or lines[j].text)
        j -= 1
    return text, heads


def closes_case(lines: list[Line], i: int) -> bool:
    """``lines[i]`` is a judge's (or prosecutor's) tip label right under the report of a case
    their court heard: ``…鸥岩区法院以诈骗罪判处…`` / ``法官提醒`` / the lesson."""
    m = re.fullmatch(r"(?P<who>[\u4e00-\u9fa5]{2,3})(?:提示|提醒)", compact(lines[i].rest))
    if m is None or m["who"] not in CASE_WHO:
        return False
    text, _ = text_above(lines, i)
    return bool(text) and lines[i - 1].kind == "body" and CASE_WHO[m["who"]] in "".join(text)


# A legal expert's tip, and a case's sub-head in a roundup of cases: "律师提醒", "案例二：…".
LEGAL_TIP = re.compile(r"(?:律师|法官|检察官|法律顾问)(?:提醒|提示|说法|点评)")
CASE_HEAD = re.compile(r"^(?:典型)?案例[一二三四五六七八九十\d]+[：:\s\u3000]")
CASES_LOOKBACK = 40  # lines above the tip searched for the roundup's case sub-heads


def closes_cases(lines: list[Line], i: int) -> bool:
    """``lines[i]`` is a legal expert's tip right under the last of a roundup's cases, each
    under its sub-head (``案例一：健身房突然停业…`` / … / ``案例三：…`` / text / ``律师提醒`` /
    ``…律师…表示，…条款…无效。``): the roundup closes with the lesson, its last sub-head.  The
    cases are the story's own sub-heads, so they are searched back only as far as its byline."""
    if not LEGAL_TIP.fullmatch(compact(lines[i].rest)) or i == 0 or lines[i - 1].kind != "body":
        return False
    cases = 0
    for j in range(i - 1, max(i - CASES_LOOKBACK, -1), -1):
        ln = lines[j]
        if ln.kind == "byline" and not ln.rest:
            break  # the story's own byline, alone on its line: its top
        if ln.kind == "heading" and ln.opens:
            break
        # "案例二：理发店换了老板　旧卡不认了" reads as a "key：value" field, or a headline.
        if ln.kind in ("heading", "field") and CASE_HEAD.match(ln.text.strip()):
            cases += 1
    return cases >= PLACED_MIN


def tips_story_above(lines: list[Line], i: int) -> bool:
    """``lines[i]``, a tip's label, names the topic of the story right above it: ``主汛期来临`` /
    ``赤河水位超警戒…`` / byline / ``…市防汛办负责人介绍，…防汛Ⅲ级应急响应，…`` / ``防汛提醒`` /
    ``雷雨天气不要在河边垂钓…``: the flood story's own closing advice, its sub-head.  A label
    saying who warns or of any kind (``警方提醒``, ``温馨提示``, ``消费提示`` under a story that
    never says 消费 twice) still opens an untitled tip of its own."""
    m = re.fullmatch(r"(?P<topic>[\u4e00-\u9fa5]{2,4})(?:提示|提醒)", compact(lines[i].rest))
    if closes_case(lines, i) or closes_cases(lines, i):
        return True
    if m is None or TIP_WHO.search(m["topic"]):
        return False
    text, heads = text_above(lines, i)
    if not text:
        return False
    topic = m["topic"]
    return "".join(text).count(topic) >= TOPIC_MIN or any(topic in h for h in heads)


# A reader's question signed by who asked: "…需要办什么卡？（读者 孙女士）", "（市民 王先生）";
# where the reader lives may lead it: "…怎么防治？（雁南县读者 吕大爷）".
READER_ASKS = re.compile(
    r"[（(]\s*(?:[\u4e00-\u9fa5]{1,6}?[省市县区旗镇乡村])?(?:读者|市民|网友|听众|村民|居民|家长)[\s\u3000]*[\u4e00-\u9fa5·][^（）()]{0,8}[）)]$"
)
# A reporter's signature in brackets ending an item's text: "…开始。（晚报记者 孔德明）".
SIGNED_FOOT = re.compile(
    rf"[。！？!?”][（(]\s*(?:{ORGS}|{PAPER})?(?:记者|通讯员)[\s\u3000]*"
    r"[\u4e00-\u9fa5·](?:[ \u3000]{0,3}[\u4e00-\u9fa5·]){1,3}(?:[\s\u3000、]+[^（）()]{2,16})?\s*[）)]$"
)
QA_LOOKBACK = 6  # lines above a headline searched for a Q&A's question or answer


def is_reader_question(lines: list[Line], i: int) -> bool:
    """``lines[i]`` heads a readers' Q&A box: a single headline over ``问：…`` signed by the reader
    who asked, right after text that is no Q&A.  A Q&A on the story's own topic, its questions
    unsigned (``政策问答`` / ``问：加装电梯需要多少户同意？``), is the story's sidebar, its sub-head."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None or nxt.kind != "body" or qa_role(nxt) != "问" or i == 0 or lines[i - 1].kind != "body":
        return False
    signed_below = i + 2 < len(lines) and is_asker_line(lines, i + 2)
    if READER_ASKS.search(nxt.text.strip()) is None and not signed_below:
        return False
    above = lines[max(i - QA_LOOKBACK, 0) : i]
    return not any(ln.kind == "body" and qa_role(ln) is not None for ln in above)


def is_signed_item(lines: list[Line], i: int) -> bool:
    """``lines[i]`` heads a short item signed at its foot, set right after a story whose dateline
    named its writer: text under it (no byline) runs to a bracketed signature, the text above
    runs back to a byline with the story's first line."""
    if i == 0 or lines[i - 1].kind != "body" or lines[i - 1].open:
        return False
    j = i + 1
    while j < len(lines) and lines[j].kind == "body":
        j += 1
    if j == i + 1 or SIGNED_FOOT.search(lines[j - 1].text.strip()) is None:
        return False
    k = i - 1
    while k >= 0 and lines[k].kind == "body":
        k -= 1
    return (
        k >= 0
        and lines[k].kind == "byline"
        and bool(lines[k].rest)
        and k > 0
        and lines[k - 1].kind == "heading"
    )


def mark_items(lines: list[Line]) -> list[Line]:
    """Mark the headlines that open an item of their own wherever they stand (see the module)."""
    lines = rejoin_wrapped_items(mark_link_questions(mark_bullet_boxes(read_askers(lines))))
    out = list(lines)
    for i, ln in enumerate(lines):
        if ln.kind != "heading" or ln.opens:
            continue
        if (
            ends_qa(lines, i)
            or is_placed_box(lines, i)
            or is_tip_label(lines, i)
            or is_reader_question(lines, i)
            or is_signed_item(lines, i)
        ):
            out[i] = replace(ln, opens=True)
    return out

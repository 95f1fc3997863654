"""Conventions of the unseen41 batch, story structure and bylines: a contributor credited by the
office they work in and their name; a notice's issuer and date are never a headline stack a
sentence's tail is hoisted over."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, spoken, texts

TITLE = "县城第一座公路桥"
HISTORY = "1958年以前，蒲河上没有一座公路桥，县城南北往来全靠渡船。"


def test_an_office_and_a_writers_name_under_a_headline_is_the_byline() -> None:
    ed = seg("往事钩沉", TITLE, "县委党史办　周文礼", HISTORY, MORE)
    assert heads(ed) == [("往事钩沉", TITLE, None)]
    assert ed.stories[0].byline == "县委党史办 周文礼"
    assert texts(ed) == [[HISTORY, MORE]]


def test_a_spaced_two_character_name_after_an_archive_is_the_byline_too() -> None:
    ed = seg(TITLE, "市档案馆　李  华", HISTORY)
    assert heads(ed) == [(None, TITLE, None)]
    assert ed.stories[0].byline == "市档案馆 李 华"


def test_an_office_over_what_it_tells_is_no_byline() -> None:
    # "市气象局　提醒": a notice's kicker, the office and its verb, never a writer's name.
    ed = seg("市气象局　提醒", "近期强降雨频繁　出行注意安全", "本报讯（记者 王  平）" + BODY)
    assert all(s.byline != "市气象局 提醒" for s in ed.stories)
    assert ed.stories[0].byline == "本报讯（记者 王 平）"


NOTICE = "请相关区域用户提前做好储水准备。由此带来的不便，敬请谅解。咨询电话：0396-96655"
QUESTION = "城乡居民医保今年咋报销？"
ANSWER = "答：今年城乡居民医保住院报销比例提高5个百分点，门诊报销实行按次定额。"


def test_a_question_title_after_a_notices_issuer_and_date_heads_its_own_story() -> None:
    ed = seg(
        "停水通知",
        "因管网改造施工需要，定于7月25日8:00至20:00对城南区域暂停供水。",
        NOTICE,
        "明城市自来水有限公司",
        "2014年7月22日",
        "政策问答",
        QUESTION,
        "晚报记者　汪  琳　整理",
        ANSWER,
    )
    qa = [s for s in ed.stories if s.title == QUESTION]
    assert len(qa) == 1
    assert qa[0].kicker == "政策问答"
    assert qa[0].byline == "晚报记者 汪 琳 整理"
    assert [p.text for p in qa[0].paragraphs] == [ANSWER]
    assert QUESTION not in "".join(p.text for s in ed.stories if s is not qa[0] for p in s.paragraphs)


def test_a_sentences_tail_under_the_next_headline_is_still_put_back() -> None:
    # No date in the stack: the flush line under the headline finishes the sentence above it.
    ed = seg(
        "学校实行小班化教学",
        "本报讯（记者 王  平）今年秋季起，全市新建学校实行小班化教学，每间教室学生不超过30人，",
        "理论与实践",
        "“菜篮子”保障要打好“提前量”",
        "食堂实行分时段就餐。",
        "孔德明",
        BODY,
    )
    assert "不超过30人，食堂实行分时段就餐。" in spoken(ed)
    assert heads(ed)[-1] == ("理论与实践", "“菜篮子”保障要打好“提前量”", None)
    assert ed.stories[-1].byline == "孔德明"

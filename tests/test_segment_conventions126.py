"""Items of their own set under a story: a readers' Q&A signed by a reader from a place, a
hotline's reply column under its numbered label, a box of news in brief named ``…动态``, and
the places these rules must not fire (the sixty-sixth and sixty-seventh unseen batches)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, spoken, texts


def story_above() -> tuple[str, ...]:
    return ("我市启动新一轮农村危房改造", "本报讯（记者 阎俊峰）" + BODY, MORE)


QUESTION = "问：我家的桃树今年出现了大量落果，是什么原因？怎么防治？（雁南县读者 吕大爷）"
ANSWER = "答：桃树落果一般有三方面原因：一是花期遇到低温阴雨，授粉不良；二是结果过多、营养供应不足。"


def test_a_question_signed_by_a_reader_from_a_place_opens_a_qa_box() -> None:
    ed = seg(*story_above(), "农技问答", QUESTION, ANSWER)
    assert [s.title for s in ed.stories] == ["我市启动新一轮农村危房改造", "农技问答"]
    assert texts(ed)[0] == [BODY, MORE]
    assert texts(ed)[1] == [QUESTION, ANSWER]


def test_an_unsigned_question_stays_the_story_sidebar() -> None:
    # A Q&A on the story's own topic, its question signed by nobody, is the story's sub-head.
    ed = seg(*story_above(), "政策问答", "问：哪些农户可以申请危房改造补助？", ANSWER)
    assert [s.title for s in ed.stories] == ["我市启动新一轮农村危房改造"]
    assert "问：哪些农户可以申请危房改造补助？" in spoken(ed)


HOTLINE_Q = "市民问：我住在城西区桐柏路润泽花园小区，小区里的路灯已经坏了半个月，晚上出门黑漆漆的。"
HOTLINE_A = "城西区住建局答：经核实，该小区路灯线路老化，我局已督促物业公司限期整改，"
HOTLINE_A2 = "目前路灯已于6月20日全部修复。"


def test_a_hotline_reply_column_under_its_numbered_label_is_an_item() -> None:
    ed = seg(
        *story_above(),
        "【12345热线回音】",
        "小区路灯坏了半个月 谁来修？",
        HOTLINE_Q,
        HOTLINE_A,
        HOTLINE_A2,
    )
    assert heads(ed) == [
        (None, "我市启动新一轮农村危房改造", None),
        ("12345热线回音", "小区路灯坏了半个月 谁来修？", None),
    ]
    assert texts(ed)[0] == [BODY, MORE]
    assert "".join(texts(ed)[1]) == HOTLINE_Q + HOTLINE_A + HOTLINE_A2


def test_a_numbered_bracket_over_no_readers_question_is_left_alone() -> None:
    # A short question over plain text, no "市民问：": no reply column opens, all stays text.
    ed = seg(*story_above(), "【12345热线回音】", "小区路灯坏了半个月 谁来修？", BODY)
    assert [s.title for s in ed.stories] == ["我市启动新一轮农村危房改造"]
    assert "小区路灯坏了半个月 谁来修？" in texts(ed)[0]


ITEMS = (
    "◎10月15日上午，市图书馆“澜水讲坛”将邀请省社科院专家讲述澜阴码头文化。",
    "◎市美术馆“秋之韵”青年油画作品展正在展出，展期至10月25日。",
)


def test_a_news_in_brief_box_named_dongtai_is_a_story_of_its_own() -> None:
    ed = seg(*story_above(), "文化动态", *ITEMS)
    assert [s.title for s in ed.stories] == ["我市启动新一轮农村危房改造", "文化动态"]
    assert texts(ed)[0] == [BODY, MORE]
    assert texts(ed)[1] == list(ITEMS)


def test_a_dongtai_head_over_one_item_opens_no_box() -> None:
    # One bullet item is no box of briefs: the rule needs two or more in a row.
    ed = seg(*story_above(), "文化动态", ITEMS[0], MORE)
    assert [s.title for s in ed.stories] == ["我市启动新一轮农村危房改造"]
    assert texts(ed)[0][2:4] == ["文化动态", ITEMS[0]]


def web_story(title: str, author: str, *text: str) -> tuple[str, ...]:
    return (
        "【打印】　【关闭】",
        title,
        f"作者：本报记者 {author}　来源：测试晚报　发布时间：2016-09-08",
        *text,
    )


def test_a_caption_pointing_up_after_the_text_stays_with_its_story() -> None:
    caption = "上图：学生们在家长陪同下走过“彩虹斑马线”。本报记者 钮  强 摄"
    ed = seg(
        *web_story("“彩虹斑马线”亮相学校门口", "隋  雯", BODY, MORE),
        caption,
        *web_story("外卖小哥勇救落水儿童", "钮  强", BODY),
        "【打印】　【关闭】",
    )
    assert [s.title for s in ed.stories] == ["“彩虹斑马线”亮相学校门口", "外卖小哥勇救落水儿童"]
    assert texts(ed)[0] == [BODY, MORE, "上图：学生们在家长陪同下走过“彩虹斑马线”。"]
    assert texts(ed)[1] == [BODY]


def test_a_caption_naming_the_next_reporter_without_pointing_up_goes_to_that_story() -> None:
    caption = "学生们在家长陪同下走过“彩虹斑马线”。本报记者 钮  强 摄"
    ed = seg(
        *web_story("“彩虹斑马线”亮相学校门口", "隋  雯", BODY, MORE),
        caption,
        *web_story("外卖小哥勇救落水儿童", "钮  强", BODY),
        "【打印】　【关闭】",
    )
    assert texts(ed)[0] == [BODY, MORE]
    assert texts(ed)[1][0] == "学生们在家长陪同下走过“彩虹斑马线”。"


def test_a_reporting_column_label_over_a_headline_is_its_kicker_not_a_byline() -> None:
    ed = seg(*story_above(), "记者暗访", "超市“特价”标签 结账时变了价", "本报记者　鄢  涛", BODY)
    assert heads(ed) == [
        (None, "我市启动新一轮农村危房改造", None),
        ("记者暗访", "超市“特价”标签 结账时变了价", None),
    ]
    assert [s.byline for s in ed.stories] == ["本报讯（记者 阎俊峰）", "本报记者 鄢 涛"]
    assert "记者暗访" not in spoken(ed)


def test_a_reporters_name_over_a_headline_stays_a_name() -> None:
    # "记者 张明" names a reporter: the rule reads only a verb of reporting as a label.
    ed = seg("超市“特价”标签 结账时变了价", "记者　张  明", BODY, MORE)
    assert [(s.kicker, s.byline) for s in ed.stories] == [(None, "记者 张 明")]


def case_roundup(*tail: str) -> tuple[str, ...]:
    return (
        "预付卡商家“跑路” 消费者如何挽损",
        "本报记者　鲁  珊",
        BODY,
        "案例一：健身房突然停业　会员卡成了“废卡”",
        "去年11月，毛女士花3600元在一家健身房办了两年会员卡，今年1月健身房大门紧锁。",
        "案例二：理发店换了老板　旧卡不认了",
        "市民郑先生在一家理发店充值1000元，店铺就转让给了他人，新老板拒绝为老会员服务。",
        *tail,
    )


LAWYER = "正言律师事务所律师杭志刚表示，商家单方设置“余额不退”等条款，依法应认定无效。"


def test_a_lawyers_tip_closing_a_roundup_of_cases_is_its_last_subhead() -> None:
    ed = seg(*case_roundup("律师提醒", LAWYER))
    assert [s.title for s in ed.stories] == ["预付卡商家“跑路” 消费者如何挽损"]
    assert LAWYER in spoken(ed)


def test_a_lawyers_tip_under_a_story_with_no_cases_opens_a_tip() -> None:
    ed = seg(*story_above(), "律师提醒", LAWYER)
    assert [s.title for s in ed.stories] == ["我市启动新一轮农村危房改造", "律师提醒"]
    assert texts(ed)[1] == [LAWYER]

"""Labels of a page's parts and kinds, and banners, that belong to no story: a 国内/国际 pair on
one page, a 副刊's literary kinds (散文, 诗歌), a supplement's name at a 副刊 page's top, a named
day's banner, and a box of hollow-dot items under its label (the sixty-sixth and sixty-seventh
unseen batches)."""

from __future__ import annotations

from segkit import BODY, MORE, reasons, seg, spoken, texts

HEADER = ("测试报", "2024年1月1日　星期一", "第3版", "综合", "责任编辑：王  明")


def test_a_pair_of_bare_scope_labels_are_the_page_s_parts() -> None:
    ed = seg(
        *HEADER,
        "国内",
        "全国居民消费价格同比上涨",
        "新华社北京8月14日电（记者 郭  凯）" + BODY,
        "国际",
        "东亚多地持续高温",
        "新华社电　" + MORE,
    )
    assert [(s.kicker, s.title) for s in ed.stories] == [
        (None, "全国居民消费价格同比上涨"),
        (None, "东亚多地持续高温"),
    ]
    assert "国内" not in spoken(ed)
    assert reasons(ed)[6] == "section label" and reasons(ed)[9] == "section label"


def test_one_bare_scope_label_without_its_fellow_is_left() -> None:
    # Only 国际 on the page: nothing says the page is split in two parts.
    ed = seg(*HEADER, "国际", "东亚多地持续高温", "新华社电　" + MORE)
    assert 6 not in reasons(ed)


def test_literary_kinds_head_no_piece() -> None:
    ed = seg(
        "测试报",
        "2016年10月14日　星期五",
        "第8版",
        "文化·澜水",
        "责任编辑：龚  芸",
        "书法名家作品展在市博物馆开展",
        "本报讯（记者 祁  峰）" + BODY,
        "图片",
        "秋韵",
        "10月12日，市民在湿地公园欣赏金黄的银杏林。（本报记者 鲍晓岚 摄）",
        "散文",
        "老屋檐下的秋",
        "外婆家的老屋在河湾的一个小村子里，青砖黑瓦，屋檐很低。",
        "外婆说，秋天是最实在的季节，种下去的东西都有了着落。",
        "易  澄",
    )
    assert [(s.kicker, s.title) for s in ed.stories] == [
        (None, "书法名家作品展在市博物馆开展"),
        (None, "秋韵"),
        (None, "老屋檐下的秋"),
    ]
    assert "散文" not in spoken(ed)
    assert texts(ed)[1] == ["10月12日，市民在湿地公园欣赏金黄的银杏林。"]


def test_a_review_column_stays_the_piece_s_kicker() -> None:
    # 书评 names a column of writing, not a kind a 副刊 files its pieces under.
    ed = seg(*HEADER, "书评", "在烟火气里读懂一座城", "文／周一帆", BODY, MORE)
    assert [(s.kicker, s.title) for s in ed.stories] == [("书评", "在烟火气里读懂一座城")]


def test_a_short_label_at_a_fukan_page_s_top_is_its_first_piece_s_kicker() -> None:
    # A column's name over its first piece, as 茗江夜话 is in unseen23: no layout tells a
    # supplement's name from a column's here, so it is the piece's kicker.
    ed = seg(
        "测试晚报",
        "2026年1月10日　星期六",
        "B08",
        "棠下·副刊",
        "主编：卓  远　责任编辑：宓  佳",
        "周末读本",
        "腊八粥里的年味",
        "文/苗  青",
        BODY,
        MORE,
    )
    assert [(s.kicker, s.title) for s in ed.stories] == [("周末读本", "腊八粥里的年味")]


def test_a_short_label_at_the_top_of_a_page_not_called_fukan_stays_a_kicker() -> None:
    ed = seg(
        "测试晚报",
        "2026年1月10日　星期六",
        "A08",
        "社会",
        "主编：卓  远　责任编辑：宓  佳",
        "晚报关注",
        "老旧小区加装电梯提速",
        "晚报记者　苗  青",
        BODY,
    )
    assert [(s.kicker, s.title) for s in ed.stories] == [("晚报关注", "老旧小区加装电梯提速")]


def test_a_named_day_s_banner_at_the_page_s_top_is_never_read() -> None:
    ed = seg(
        "测试都市报",
        "A12",
        "2014年3月15日　星期六",
        "消费周刊",
        "责编：单晓鸥　美编：罗  凯",
        "3·15国际消费者权益日　新消法今起施行　让消费更安心",
        "预付卡商家“跑路” 消费者如何挽损",
        "本报记者　鲁  珊",
        BODY,
        MORE,
    )
    assert [s.title for s in ed.stories] == ["预付卡商家“跑路” 消费者如何挽损"]
    assert "权益日" not in spoken(ed)
    assert reasons(ed)[6] == "slogan"


def test_a_headline_with_a_day_and_one_phrase_is_left() -> None:
    # A day's name and one phrase after it is a headline's two halves, not a banner.
    ed = seg(*HEADER, "世界读书日　全市开展阅读活动", "本报讯（记者 王  明）" + BODY)
    assert [s.title for s in ed.stories] == ["世界读书日 全市开展阅读活动"]


def test_hollow_dot_items_under_a_label_are_a_box_of_their_own() -> None:
    ed = seg(
        *HEADER,
        "一条河与一座城",
        "鲍晓岚",
        BODY,
        MORE,
        "文化动态",
        "◎10月15日上午，市图书馆将邀请专家讲述码头文化。",
        "◎市美术馆青年油画作品展正在展出，展期至10月25日。",
    )
    assert [s.title for s in ed.stories] == ["一条河与一座城", "文化动态"]
    assert texts(ed)[0] == [BODY, MORE]

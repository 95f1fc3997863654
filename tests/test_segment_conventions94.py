"""Signatures at a piece's end met on the unseen52 and unseen55 batches (fixer B2a)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, spoken, texts


def bylines(ed) -> list[str | None]:
    return [s.byline for s in ed.stories]


def test_a_bracketed_name_after_a_comment_signs_it_and_is_no_kicker() -> None:
    ed = seg(
        "来论",
        "“双十一”莫让理性“掉线”",
        "　　" + BODY,
        "　　" + MORE,
        "（江  帆）",
        "来论",
        "社区食堂要办得长久",
        "□ 覃  慧",
        "　　" + BODY,
    )
    assert bylines(ed) == ["江 帆", "覃 慧"]
    assert heads(ed)[1] == ("来论", "社区食堂要办得长久", None)
    assert "江" not in spoken(ed)


def test_a_dashed_reader_signature_signs_the_piece_above() -> None:
    ed = seg(
        "路名牌该更新了",
        "　　" + BODY,
        "——读者　侯建平",
        "来论",
        "“问政”之后更要“问效”",
        "□ 覃  慧",
        "　　" + MORE,
    )
    assert bylines(ed)[0] == "读者 侯建平"
    assert "侯建平" not in spoken(ed)


def test_a_bare_indented_name_before_the_next_headline_signs_the_piece() -> None:
    ed = seg("别让“黄牛”钻空子", "　　" + BODY, "　　" + MORE, "　　宗  涛", "网友热议", "　　" + BODY)
    assert bylines(ed)[0] == "宗 涛"
    assert "宗" not in spoken(ed)


def test_a_place_and_name_signs_an_essay() -> None:
    ed = seg("父亲的借书卡", "　　" + BODY, "　　" + MORE, "东潭市城北区　史晓琴", "新书速递", "　　" + BODY)
    assert bylines(ed)[0] == "东潭市城北区 史晓琴"
    assert "史晓琴" not in spoken(ed)


def test_a_reader_signature_before_the_editors_reply_signs_the_letter() -> None:
    ed = seg(
        "小区门前的“断头路”何时能通？",
        "　　" + BODY,
        "城南区枫林小区居民　唐建华",
        "　　编者的话：接到来信后，本报记者前往现场了解情况。",
    )
    assert bylines(ed) == ["城南区枫林小区居民 唐建华"]
    assert "唐建华" not in spoken(ed)
    assert "编者的话" in spoken(ed)


def test_a_letter_opening_with_its_salutation_is_signed_by_its_reader_too() -> None:
    ed = seg(
        "读者来信",
        "小区门前的路灯该修了",
        "　　编辑同志：" + BODY,
        "　　读者　王建民",
        "暑期将至 谨防学生溺水",
        "　　" + MORE,
    )
    assert bylines(ed) == ["读者 王建民", None]
    assert "王建民" not in spoken(ed)
    assert [s.title for s in ed.stories] == ["小区门前的路灯该修了", "暑期将至 谨防学生溺水"]


def test_a_flush_short_heading_after_text_is_no_signature() -> None:
    ed = seg(
        "月饼价格“跳水”",
        "■晚报记者　侯雅婷",
        "　　" + BODY,
        "　　■提醒",
        "　　" + MORE,
        "公告",
        "　　" + BODY,
    )
    assert bylines(ed)[0] == "晚报记者 侯雅婷"
    assert "公告" not in bylines(ed)
    assert MORE in spoken(ed)


def test_two_writers_after_a_bullet_under_a_title_are_its_byline() -> None:
    ed = seg("在基层治理中坚持和发展“枫桥经验”", "□ 叶晓岑　龚建华", "　　" + BODY)
    assert heads(ed) == [(None, "在基层治理中坚持和发展“枫桥经验”", None)]
    assert bylines(ed) == ["叶晓岑 龚建华"]


def test_letter_spaced_names_under_a_title_are_its_byline() -> None:
    ed = seg("以城乡一体化破解“三农”难题", "张  岚　李文华", "　　" + BODY)
    assert heads(ed) == [(None, "以城乡一体化破解“三农”难题", None)]
    assert bylines(ed) == ["张 岚 李文华"]


def test_an_office_and_name_after_a_bullet_under_a_title_are_its_byline() -> None:
    ed = seg("健身课堂", "秋季晨练　别起得太早", "□ 市体育科学研究所　郭文海", "　　" + BODY)
    assert bylines(ed) == ["市体育科学研究所 郭文海"]
    assert "郭文海" not in spoken(ed)


def test_a_deck_of_short_phrases_set_apart_stays_the_deck() -> None:
    ed = seg("元宵节夜游古城", "元宵过了　灯会还在", "本报记者 刘  畅", "　　" + BODY)
    assert heads(ed) == [(None, "元宵节夜游古城", "元宵过了 灯会还在")]


def test_a_poem_signed_at_its_end_reads_its_verse_lines() -> None:
    verses = ["把冬天读完的书", "一本一本放回去", "窗外的玉兰", "正翻开第一页", "慢慢读下去"]
    ed = seg(
        "书评",
        "读懂一座城",
        "□ 景  澄",
        "　　" + BODY,
        "春天的书架",
        *verses,
        "——宗小禾",
        "新书速递",
        "　　" + MORE,
    )
    assert [s.title for s in ed.stories] == ["读懂一座城", "春天的书架", "新书速递"]
    assert texts(ed)[1] == verses
    assert bylines(ed)[1] == "宗小禾"


def test_a_group_of_poems_keeps_its_numbered_parts_as_subheads() -> None:
    ed = seg(
        "春天的几种写法（组诗）",
        "一、柳",
        "河岸上的柳树",
        "是最早听见春天的人",
        "二、燕",
        "燕子回来的时候",
        "老屋的梁还在",
        "□ 卢  苇",
        "潭边随笔",
        "一碗擂茶",
        "　　" + BODY,
    )
    assert [s.title for s in ed.stories] == ["春天的几种写法（组诗）", "一碗擂茶"]
    assert "老屋的梁还在" in spoken(ed)
    assert (bylines(ed)[0] or "").replace(" ", "") == "卢苇"


def test_a_stack_of_headlines_over_text_is_no_poem() -> None:
    ed = seg(
        "全市经济运行稳中有进",
        "一季度GDP增长百分之五",
        "工业投资增长较快",
        "消费市场持续回暖",
        "外贸进出口好于预期",
        "□ 钱  雨",
        "　　" + BODY,
    )
    assert len(ed.stories) == 1
    assert bylines(ed) == ["钱 雨"]
    assert "工业投资增长较快" not in spoken(ed)


def test_a_signed_letter_under_a_label_with_a_question_title_is_its_own_story() -> None:
    ed = seg(
        "小区门前断头路盼打通",
        "　　" + BODY,
        "　　" + MORE,
        "读者呼声",
        "老年证办理能否就近在社区？",
        "　　我今年刚满60周岁，前几天去办理老年优待证，要先到社区开证明。",
        "塘西区　读者　刘桂芝",
    )
    assert [s.title for s in ed.stories] == ["小区门前断头路盼打通", "老年证办理能否就近在社区？"]
    assert bylines(ed)[1] == "塘西区 读者 刘桂芝"


def test_a_headline_right_under_a_signature_opens_the_next_story() -> None:
    ed = seg(
        "好司机拾金不昧",
        "　　" + BODY,
        "读者　许秋云",
        "热线回音",
        "◆读者反映：解放西路公交站台顶棚破损。",
        "◆读者反映：城东菜市场路灯不亮。",
    )
    assert [s.title for s in ed.stories] == ["好司机拾金不昧", "热线回音"]
    assert bylines(ed)[0] == "读者 许秋云"


def test_a_question_over_indented_text_with_no_signature_stays_as_it_was() -> None:
    ed = seg("小区门前断头路盼打通", "　　" + BODY, "读者呼声", "老年证办理能否就近在社区？", "　　" + MORE)
    assert ed.stories[0].title == "小区门前断头路盼打通"
    assert all(s.byline is None for s in ed.stories)

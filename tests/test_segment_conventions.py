"""Newspaper conventions met on the second and third batches of unseen pages, one small written page each."""

from __future__ import annotations

from segkit import BODY, MORE, page, seg, spoken

from audiopaper.segment import page_number, segment
from audiopaper.segment_blocks import mark_blocks
from audiopaper.segment_heads import promote_headlines
from audiopaper.segment_lines import classify_line
from audiopaper.segment_noise import classify_noise


def test_photo_credit_with_full_width_spaces_is_cut_from_its_caption() -> None:
    line = classify_line(1, "▲考生有序进入考点。　本报记者　王　超　摄")
    assert line is not None and (line.kind, line.rest) == ("caption", "▲考生有序进入考点。")


def test_bracketed_picture_credit_is_cut_from_its_caption() -> None:
    line = classify_line(1, "球员赛后向看台上的球迷致意。（图/本报记者 李  威）")
    assert line is not None and (line.kind, line.rest) == ("caption", "球员赛后向看台上的球迷致意。")


def test_page_headers_without_ban() -> None:
    assert classify_noise("A05：本地新闻") == "page header"
    assert classify_noise("Ａ１１") == "page header"
    assert page_number(page("星城都市报", "A05：本地新闻", "正文", number=9)) == 5


def test_section_name_under_a_bare_page_number_is_not_a_kicker() -> None:
    ed = seg(
        "A11", "文体新闻", "责任编辑：方  舟", "市民运动会乒乓球比赛落幕", "本报讯（记者 蒋一帆）" + BODY
    )
    assert [(s.kicker, s.title) for s in ed.stories] == [(None, "市民运动会乒乓球比赛落幕")]
    assert [(k.text, k.reason) for k in ed.skipped][1] == ("文体新闻", "section name")


def test_next_day_preview_is_never_read_nor_a_teaser() -> None:
    assert classify_noise("明日A11版：亚运场馆如何“常用常新”") == "preview"
    ed = seg("湖边书房开放", "本报讯（记者 陈晨）" + BODY, "明日A11版：亚运场馆如何“常用常新”")
    assert not ed.teasers and "亚运" not in spoken(ed)


def test_chart_leftovers_inside_a_story_are_never_read() -> None:
    chart = ["2024年1—4月全省工业增加值累计增速（%）", "6.1", "6.5", "1—2月    1—3月    1—4月"]
    ed = seg("全省工业增加值增长6.8%", "本报记者  沈一鸣", BODY, *chart, "数据来源：省统计局", "制图：陈  曦")
    assert [s.title for s in ed.stories] == ["全省工业增加值增长6.8%"]
    assert spoken(ed) == BODY
    assert {k.reason for k in ed.skipped} == {"chart", "credit"}


def test_a_footer_of_labelled_contacts_is_never_read() -> None:
    assert classify_noise("法治热线：0517-96999　投稿邮箱：fazhi@example.cn") == "masthead"
    assert classify_noise("咨询电话：0517-96999") == ""  # one contact may be an info box's line


def test_bylines_of_writer_and_photographer() -> None:
    cases = {
        "文/苏  晴": "文/苏 晴",
        "文／李四": "文／李四",
        "记者 胡晓蕾/文 李  威/图": "记者 胡晓蕾/文 李 威/图",
        "文/图 本报记者 陈  晨": "文/图 本报记者 陈 晨",
        "记者　曾　琳　文／图": "记者 曾 琳 文／图",
        "□ 本报记者 周  楠 通讯员 许  诺": "本报记者 周 楠 通讯员 许 诺",  # the bullet is no part of it
    }
    for text, byline in cases.items():
        line = classify_line(1, text)
        assert line is not None and (line.kind, line.byline) == ("byline", byline), text


def test_column_named_after_reporters_is_a_kicker() -> None:
    ed = seg("记者帮办", "小区充电桩“一桩难求”怎么破", "本报记者　刘　畅", BODY)
    s = ed.stories[0]
    assert (s.kicker, s.title, s.byline) == ("记者帮办", "小区充电桩“一桩难求”怎么破", "本报记者 刘 畅")


def test_a_score_in_a_headline_is_not_a_field() -> None:
    line = classify_line(1, "主场3:1逆转金陵星火")
    assert line is not None and line.kind == "heading"
    assert classify_line(1, "时间：10月21日").kind == "field"  # type: ignore[union-attr]


def test_one_title_set_in_two_lines() -> None:
    ed = seg("主场3:1逆转金陵星火", "甬城海港提前两轮保级成功", "记者 胡晓蕾/文 李  威/图", BODY)
    assert (ed.stories[0].title, ed.stories[0].subtitle) == (
        "主场3:1逆转金陵星火 甬城海港提前两轮保级成功",
        None,
    )
    # A shorter second line is a subtitle, as before.
    ed = seg("老旧小区加装电梯提速", "全年计划新增三百部", "本报记者 周晓燕", BODY)
    assert (ed.stories[0].title, ed.stories[0].subtitle) == ("老旧小区加装电梯提速", "全年计划新增三百部")


def test_arrowed_cross_reference_is_a_teaser() -> None:
    ed = seg(
        "湖边书房开放",
        "本报讯（记者 陈晨）" + BODY,
        "▲相关报道见A12版",
        "市民运动会落幕",
        "本报讯（记者 蒋一帆）" + MORE,
    )
    assert [(t.text, t.page) for t in ed.teasers] == [("相关报道", 12)]
    assert [s.title for s in ed.stories] == ["湖边书房开放", "市民运动会落幕"]


def test_headline_over_a_bracketed_page_reference_is_a_teaser() -> None:
    ed = seg(
        "多地推出银发旅游专列",
        "据新华社北京10月8日电（记者 施雨）" + BODY,
        "国庆假期国内出游7.65亿人次",
        "（详见第6版）",
    )
    assert [(t.text, t.page) for t in ed.teasers] == [("国庆假期国内出游7.65亿人次", 6)]
    assert "出游" not in spoken(ed)


def test_question_headline_under_a_kicker() -> None:
    ed = seg(
        "市区新增12处公共自行车站点",
        "本报讯（记者 冯媛）" + BODY,
        "政策解读",
        "异地就医备案怎么办？",
        "本报记者  秦  雯",
        "问：临时外出就医可以直接结算吗？",
        "答：可以。办理备案后同样可以直接结算。",
    )
    s = ed.stories[1]
    assert (s.kicker, s.title, s.byline) == ("政策解读", "异地就医备案怎么办？", "本报记者 秦 雯")
    assert [p.text[:2] for p in s.paragraphs] == ["问：", "答："]
    assert spoken(ed).startswith(BODY + "问：")  # "政策解读" is not read as a sub-head of the first story


def test_column_signature_is_the_byline_not_the_next_kicker() -> None:
    ed = seg(
        "江海时评",
        "稳外贸要在“新”字上多下功夫",
        BODY,
        MORE,
        "●石  言",
        "全省试点企业确定",
        "本报讯（记者 朱琳）" + BODY,
    )
    first, second = ed.stories
    assert (first.kicker, first.byline) == ("江海时评", "石言")
    assert (second.kicker, second.title) == (None, "全省试点企业确定")


def test_briefs_box_is_a_story_of_its_own() -> None:
    ed = seg(
        "“跑分”团伙落网",
        "□ 本报通讯员 马  骁",
        BODY,
        "法治简讯",
        "　　◆ 临滨：区检察院近日开展校园周边食品安全专项检查。",
        "　　◆ 柳湾：县法院在西塘镇设立“巡回审判点”。",
    )
    assert [s.title for s in ed.stories] == ["“跑分”团伙落网", "法治简讯"]
    assert [p.text[:3] for p in ed.stories[1].paragraphs] == ["◆ 临", "◆ 柳"]


def test_front_page_summary_gives_way_to_its_full_story() -> None:
    front = page(
        "我市今年将新增城镇就业5万人",
        "本报讯（记者 梁  静）记者从市人社局获悉，今年全市计划新增城镇就业5万人。（详见第2版）",
        number=1,
    )
    inside = page(
        "我市今年将新增城镇就业5万人",
        "——“稳岗扩岗”十项举措出台",
        "本报讯（记者 梁  静）记者从市人社局获悉，今年全市计划新增城镇就业5万人。",
        MORE,
        number=2,
    )
    ed = segment([front, inside])
    assert [(s.id, s.subtitle) for s in ed.stories] == [("p2-s01", "——“稳岗扩岗”十项举措出台".lstrip("—"))]
    assert [(t.text, t.page, t.on_page, t.line) for t in ed.teasers] == [
        ("我市今年将新增城镇就业5万人", 2, 1, 1)
    ]
    assert [(k.page, k.line) for k in ed.skipped] == [(1, 2)]
    # Without page 2 in the edition, the summary is all there is: it is read.
    alone = segment([front])
    assert [s.title for s in alone.stories] == ["我市今年将新增城镇就业5万人"] and not alone.teasers


def test_weather_line_for_tomorrow_is_not_a_preview() -> None:
    assert classify_noise("明天：多云转晴，气温12至20℃") == ""
    assert classify_noise("明日导读：城市书房夜间开放") == "preview"


def test_question_inside_a_story_stays_text() -> None:
    ed = seg("老小区停车难", "本报记者 刘畅", BODY, "记者调查", "为何屡禁不止？", MORE)
    assert [s.title for s in ed.stories] == ["老小区停车难"]
    assert "为何屡禁不止？" in spoken(ed)


# Third batch: 理论 and 副刊 pages, a district page with briefs and an advert, a front page.


def test_page_code_and_section_set_apart_by_a_wide_gap_is_a_page_header() -> None:
    assert classify_noise("B6  副刊·渭河边") == classify_noise("A12\u3000科技") == "page header"
    assert classify_noise("C919 大飞机交付") == ""  # one space: a headline
    assert page_number(page("渭水晨报", "B6  副刊·渭河边", "正文", number=9)) == 6


def test_masthead_weather_box_is_never_read() -> None:
    assert classify_noise("今日天气：多云转晴  12℃～23℃  东南风2级") == "weather"
    ed = seg("今日天气：多云转晴  12℃～23℃  东南风2级", "湖边书房开放", "本报讯（记者 陈晨）" + BODY)
    assert [s.title for s in ed.stories] == ["湖边书房开放"] and spoken(ed) == BODY


def test_illustration_credit_and_who_gave_a_photo_are_never_read() -> None:
    ed = seg("母亲的菜园", "文/杨秋禾", BODY, "插图：王  萌", MORE)
    assert spoken(ed) == BODY + MORE and ed.skipped[0].reason == "photo credit"
    line = classify_line(1, "　　图为工程师在调试5G-A基站。受访单位供图")
    assert line is not None and (line.kind, line.rest) == ("caption", "图为工程师在调试5G-A基站。")


def test_an_editors_credit_without_colon_is_never_read() -> None:
    assert classify_noise("编辑  刘  岚") == "credit"


def test_section_label_above_its_page_is_never_read() -> None:
    for label in ("理论周刊", "图说", "导  读", "【健康专刊】"):
        assert classify_noise(label) == "section label", label
    ed = seg(
        "理论周刊",
        "编者按：本版今起开设“县域发展论坛”专栏，敬请关注。",
        "县域经济怎样发展",
        "本报记者 甲乙",
        BODY,
    )
    s = ed.stories[0]
    assert (s.kicker, s.title) == (None, "县域经济怎样发展")
    assert spoken(ed).startswith("编者按：") and "周刊" not in spoken(ed)


def test_a_photo_story_under_a_picture_section_label() -> None:
    ed = seg("图说", "古村晒秋", "　　11月14日，村民在晾晒玉米、辣椒等农作物。", "通讯员  李  明  摄")
    assert [(s.kicker, s.title) for s in ed.stories] == [(None, "古村晒秋")]
    assert spoken(ed) == "11月14日，村民在晾晒玉米、辣椒等农作物。"


def test_a_bulleted_name_under_a_headline_is_the_byline() -> None:
    ed = seg("以新质生产力赋能县域经济", "□ 张德明", BODY, "（作者为北疆大学经济管理学院教授）")
    s = ed.stories[0]
    assert (s.title, s.subtitle, s.byline) == ("以新质生产力赋能县域经济", None, "张德明")
    assert spoken(ed) == BODY + "（作者为北疆大学经济管理学院教授）"  # the author note is read last


def test_an_author_note_ends_an_essay_and_a_column_name_is_the_next_kicker() -> None:
    ed = seg(
        "“一线工作法”贵在一个“实”字",
        "□ 李文博",
        BODY,
        "（作者单位：中共北疆市委党校）",
        "名词解释",
        "县域经济",
        MORE,
    )
    assert [(s.kicker, s.title, s.byline) for s in ed.stories] == [
        (None, "“一线工作法”贵在一个“实”字", "李文博"),
        ("名词解释", "县域经济", None),
    ]


def test_a_reporters_aside_closes_its_feature_not_a_new_story() -> None:
    ed = seg("一颗土豆的“三级跳”", "本报记者  马文娟", BODY, "记者手记", "让土豆走得更远", MORE)
    assert [s.title for s in ed.stories] == ["一颗土豆的“三级跳”"]
    assert [(p.kind, p.text) for p in ed.stories[0].paragraphs][1:] == [
        ("subhead", "记者手记"),
        ("subhead", "让土豆走得更远"),
        ("body", MORE),
    ]


def test_titled_briefs_in_a_box_are_stories_of_their_own() -> None:
    ed = seg(
        "柳河县“村BA”开赛",
        "本报讯（记者 冯  晨）" + BODY,
        "区县简讯",
        "槐东区：“田保姆”托管服务覆盖3.2万亩",
        "　　" + BODY,
        "新港区：首批12家“共享车间”投产",
        "　　" + MORE,
    )
    assert [s.title for s in ed.stories] == [
        "柳河县“村BA”开赛",
        "槐东区：“田保姆”托管服务覆盖3.2万亩",
        "新港区：首批12家“共享车间”投产",
    ]
    assert [s.paragraphs[0].text for s in ed.stories[1:]] == [BODY, MORE]
    assert ("区县简讯", "section label") in [(k.text, k.reason) for k in ed.skipped]
    # Bullet items without titles stay one story under the box's label.
    ed = seg("新品速递", "　　■ 华芯微电子推出车规级芯片。", "　　■ 粤智机器人发布协作机器人新品。")
    assert [s.title for s in ed.stories] == ["新品速递"] and len(ed.stories[0].paragraphs) == 2


def test_an_advert_is_never_read() -> None:
    advert = [
        "广告",
        "华盛家居建材城八周年庆",
        "全场瓷砖、卫浴低至5折  定制衣柜满10000元减2000元",
        "活动时间：11月18日—11月26日",
        "订购热线：0712-87654321",
    ]
    ed = seg("古村晒秋", "本报讯（记者 冯  晨）" + BODY, *advert, "（本广告由发布者负责）")
    assert [s.title for s in ed.stories] == ["古村晒秋"] and spoken(ed) == BODY
    assert {k.reason for k in ed.skipped} == {"advertisement"}
    # Without a disclaimer the advert ends where the next story starts, photo stories included.
    ed = seg(*advert, "全市开展森林防火检查", "本报讯（记者 覃  斌）" + MORE)
    assert [s.title for s in ed.stories] == ["全市开展森林防火检查"] and spoken(ed) == MORE
    ed = seg(*advert, "荷塘月色", "市民在荷塘边赏花，荷花开得正好。", "本报记者 池远 摄")
    assert [s.title for s in ed.stories] == ["荷塘月色"] and spoken(ed) == "市民在荷塘边赏花，荷花开得正好。"


def test_a_poems_lines_are_its_text_one_paragraph_each() -> None:
    verse = ["一场雨落在麦苗上", "把冬天最后的寒意", "轻轻洗去", "清明", "山坡上的油菜花", "开得那样认真"]
    ed = seg("春分（外一首）", "□ 林  溪", *verse, "书边小札", "旧书里的春天", "文/周  默", BODY)
    poem, essay = ed.stories
    assert (poem.title, poem.byline) == ("春分（外一首）", "林 溪")
    assert [p.text for p in poem.paragraphs] == verse  # never joined; the inner title is a line
    assert (essay.kicker, essay.title, essay.byline) == ("书边小札", "旧书里的春天", "文/周 默")


def test_one_line_paragraphs_of_prose_are_text_not_headlines() -> None:
    ed = seg("母亲的菜园", "文/杨秋禾", BODY, "　　春天，是一垄韭菜。", "　　夏天，是满架的豆角。", MORE)
    assert [s.title for s in ed.stories] == ["母亲的菜园"]
    assert [p.text for p in ed.stories[0].paragraphs] == [
        BODY,
        "春天，是一垄韭菜。",
        "夏天，是满架的豆角。",
        MORE,
    ]


def test_short_lines_under_a_byline_are_verse_only_when_no_prose_follows() -> None:
    def kinds(*texts: str) -> list[str]:
        lines = [c for i, t in enumerate(texts, 1) if (c := classify_line(i, t))]
        return [ln.kind for ln in mark_blocks(promote_headlines(lines))][2:]

    verse = ["一场雨落在麦苗上", "把冬天最后的寒意", "轻轻洗去", "燕子从南方回来"]
    assert kinds("春分", "□ 林  溪", *verse) == ["body"] * 4  # the page ends the poem
    assert kinds("春分", "□ 林  溪", *verse, BODY) == ["heading"] * 4 + ["body"]  # sub-heads of prose
    outline = ["一、开幕式", "二、分组审议", "三、选举", "四、闭幕"]
    assert kinds("全市两会日程", "本报记者 张三", *outline) == ["heading"] * 4  # numbered: an outline

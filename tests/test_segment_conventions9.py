"""Story-structure conventions met on the twelfth and thirteenth batches of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, paragraph_lines, reasons, seg, texts


def test_a_sentence_cut_by_its_own_photo_is_joined_and_the_caption_read_after_it() -> None:
    ed = seg(
        "端午小长假 旅游市场预订升温",
        "本报讯（记者 马雪莲）端午小长假临近，我市周边游预订量明显上升，白杨沟、",
        "▲游客在白杨沟景区骑马游览。本报记者 巴  特 摄",
        "胡杨林公园等景区的民宿已基本订满。",
        MORE,
    )
    assert paragraph_lines(ed) == [(2, 4), (3,), (5,)]
    assert [p.kind for p in ed.stories[0].paragraphs] == ["body", "caption", "body"]


def test_a_caption_after_a_finished_paragraph_stays_in_place() -> None:
    ed = seg(
        "端午小长假 旅游市场预订升温",
        "本报讯（记者 马雪莲）" + BODY,
        "▲游客在白杨沟景区骑马游览。本报记者 巴  特 摄",
        MORE,
    )
    assert paragraph_lines(ed) == [(2,), (3,), (4,)]


def test_a_headline_over_text_that_opens_with_a_jump_marker_heads_the_continuation() -> None:
    ed = seg(
        "经济",
        "责任编辑：田  野",
        "全市冬季农田水利建设全面展开",
        "（上接第一版）共完成土方量860万立方米，新修梯田4.2万亩，",
        "新增和改善灌溉面积3.6万亩。",
        number=3,
    )
    assert [(s.title, s.continued_from) for s in ed.stories] == [("全市冬季农田水利建设全面展开", 1)]
    assert texts(ed)[0][-1] == "共完成土方量860万立方米，新修梯田4.2万亩，新增和改善灌溉面积3.6万亩。"


def test_a_sub_head_inside_a_story_does_not_open_one_without_a_jump_marker() -> None:
    ed = seg(
        "全市冬季农田水利建设全面展开",
        "本报讯（记者 王  斌）" + BODY,
        "明确任务分工",
        MORE,
    )
    assert heads(ed) == [(None, "全市冬季农田水利建设全面展开", None)]
    assert [p.kind for p in ed.stories[0].paragraphs] == ["body", "subhead", "body"]


def test_a_list_set_after_markers_ends_before_the_first_storys_kicker() -> None:
    ed = seg(
        "本版新闻",
        "> 今冬供暖“开栓”时间定了",
        "> 戈川东站至机场公交专线开通",
        "民生热线",
        "今冬供暖“开栓”时间定了",
        "——11月1日起试运行　11月5日正式供暖",
        "记者 林  涛 报道",
        BODY,
        "戈川东站至机场公交专线开通",
        "本报讯（记者 林  涛）" + MORE,
    )
    assert heads(ed) == [
        ("民生热线", "今冬供暖“开栓”时间定了", "11月1日起试运行 11月5日正式供暖"),
        (None, "戈川东站至机场公交专线开通", None),
    ]
    assert reasons(ed) == {1: "headline list", 2: "headline list", 3: "headline list"}


TITLE_LIST = (
    "标题导航",
    "·全市2.3万名考生明日迎考",
    "·全市春运首周发送旅客突破86万人次",
    "·社区食堂开进老街巷",
)


def test_the_page_list_of_titles_names_the_title_of_a_stack() -> None:
    ed = seg(
        *TITLE_LIST,
        "全市2.3万名考生明日迎考",
        "44个考点标准化考场全部就绪",
        "本报6月4日讯（记者 哈  丽）" + BODY,
        "全市春运首周发送旅客",
        "突破86万人次",
        "本报讯（记者 沙  玛）" + MORE,
        "社区食堂开进老街巷",
        "本报讯（记者 祁  敏）" + BODY,
    )
    assert heads(ed) == [
        (None, "全市2.3万名考生明日迎考", "44个考点标准化考场全部就绪"),
        (None, "全市春运首周发送旅客 突破86万人次", None),
        (None, "社区食堂开进老街巷", None),
    ]


def test_without_a_list_of_titles_the_stack_is_split_by_shape() -> None:
    ed = seg(
        "全市2.3万名考生明日迎考",
        "44个考点标准化考场全部就绪",
        "本报6月4日讯（记者 哈  丽）" + BODY,
    )
    assert heads(ed) == [(None, "全市2.3万名考生明日迎考 44个考点标准化考场全部就绪", None)]


def test_a_photo_story_inside_a_cut_sentence_is_its_own_story_and_the_sentence_goes_on() -> None:
    ed = seg(
        "抢抓墒情 全市春播进度过六成",
        "本报讯（记者 汪  洋）今年，我市继续推广全膜双垄沟播技术，村党支部书记李有福告诉记者，",
        "植树造林正当时",
        "4月12日，沙陵区干部群众在北山荒坡上义务植树。",
        "本报记者 石  磊 摄",
        "全膜双垄沟播保墒效果好，玉米亩产能提高两百多斤。",
        MORE,
    )
    assert [s.title for s in ed.stories] == ["抢抓墒情 全市春播进度过六成", "植树造林正当时"]
    assert paragraph_lines(ed) == [(2, 6), (7,), (4,)]
    assert reasons(ed)[5] == "photo credit"


def test_a_small_box_inside_a_cut_sentence_ends_after_its_one_paragraph() -> None:
    ed = seg(
        "开学季带火“文具经济” 书包笔袋卖得快",
        "本报8月22日讯（记者 于  淼）距离开学还有不到一周。记者在一家文具店看到，",
        "交警提示",
        "开学首日 这些路段早高峰易拥堵",
        "9月1日开学首日，学校集中路段早高峰车流量较大，请送学家长错峰出行。",
        "前来选购书包、笔袋、练习本的家长和学生络绎不绝。",
        MORE,
    )
    assert heads(ed) == [
        (None, "开学季带火“文具经济” 书包笔袋卖得快", None),
        ("交警提示", "开学首日 这些路段早高峰易拥堵", None),
    ]
    assert paragraph_lines(ed) == [(2, 6), (7,), (5,)]


def test_a_story_after_a_finished_one_keeps_all_its_paragraphs() -> None:
    ed = seg(
        "开学季带火“文具经济” 书包笔袋卖得快",
        "本报8月22日讯（记者 于  淼）" + BODY,
        "交警提示",
        "开学首日 这些路段早高峰易拥堵",
        "9月1日开学首日，学校集中路段早高峰车流量较大，请送学家长错峰出行。",
        MORE,
    )
    assert paragraph_lines(ed) == [(2,), (5,), (6,)]
    assert [len(s.paragraphs) for s in ed.stories] == [1, 2]


def test_an_editors_note_cut_by_a_column_still_leads_its_story_over_the_byline() -> None:
    ed = seg(
        "开学季调查",
        "一套校服三百多 家长直呼“穿不起”",
        "编者按：新学期即将开始，不少家长反映部分学校校服价格偏高、",
        "款式过多。记者就此进行了调查。",
        "本报记者　佟  欣　白云飞",
        BODY,
        MORE,
    )
    assert heads(ed) == [("开学季调查", "一套校服三百多 家长直呼“穿不起”", None)]
    assert ed.stories[0].byline == "本报记者 佟 欣 白云飞"
    assert paragraph_lines(ed) == [(3, 4), (6,), (7,)]


def test_a_column_label_in_brackets_may_quote_a_word() -> None:
    ed = seg("【战“疫”一线】", "返岗专车把务工人员“送上岗”", "本报记者　其木格", BODY)
    assert heads(ed) == [("战“疫”一线", "返岗专车把务工人员“送上岗”", None)]


def test_a_quotes_speaker_on_a_line_of_its_own_is_read_with_the_quote() -> None:
    ed = seg(
        "返岗专车把务工人员“送上岗”",
        "本报讯（记者 其木格）" + BODY,
        "“听说有专车，村里帮着报了名，一分钱没花就能到厂里上班。”",
        "务工人员宝音图说。",
        "“车费由政府和企业共同承担。”",
        "据了解，全市已开行返岗专车126车次。",
    )
    assert paragraph_lines(ed) == [(2,), (3, 4), (5,), (6,)]


def test_a_route_over_the_rest_of_a_title_is_one_title() -> None:
    ed = seg("雪屏至丽川", "旅游专列6月开行", "本报讯（记者 段  鹏）" + BODY)
    assert heads(ed) == [(None, "雪屏至丽川 旅游专列6月开行", None)]


def test_a_short_column_name_over_a_title_stays_its_kicker() -> None:
    ed = seg("开局之年看基层", "一个山村的“数字账本”", "本报记者 罗艾桦", BODY)
    assert heads(ed) == [("开局之年看基层", "一个山村的“数字账本”", None)]


def test_a_photo_story_with_its_credit_in_the_caption_inside_a_cut_sentence() -> None:
    ed = seg(
        "高温天气持续 中暑病人增多",
        "本报讯(记者 彭  晓)“有个建筑工人送来时体温超过40℃。”急诊科主任说，高温天气里，",
        "图片新闻",
        "“纳凉经济”升温",
        "7月20日晚，市民在湘滨路夜市选购消暑饮品。晚报记者 龙  飞 摄",
        "户外作业要避开中午时段，多喝淡盐水。",
        MORE,
    )
    assert [s.title for s in ed.stories] == ["高温天气持续 中暑病人增多", "“纳凉经济”升温"]
    assert paragraph_lines(ed) == [(2, 6), (7,), (5,)]


def test_a_list_of_titles_after_diamonds_ends_before_a_title_set_in_two_lines() -> None:
    ed = seg(
        "标题导航",
        "◇砚溪老城区39个老旧小区今年完成提质改造",
        "◇城市简讯",
        "砚溪老城区39个老旧小区",
        "今年完成提质改造",
        "本报讯（记者 郑  航）" + BODY,
    )
    assert heads(ed) == [(None, "砚溪老城区39个老旧小区 今年完成提质改造", None)]


def test_a_question_between_a_kicker_and_a_dash_subtitle_is_the_title() -> None:
    ed = seg(
        "高考倒计时7天",
        "最后一周，考生该怎么过？",
        "——听听名校老师和心理专家怎么说",
        "文/图 本报记者 覃  丽",
        BODY,
    )
    assert heads(ed) == [("高考倒计时7天", "最后一周，考生该怎么过？", "听听名校老师和心理专家怎么说")]


def test_a_question_in_the_text_before_a_dash_point_stays_text() -> None:
    ed = seg(
        "考前一周怎么过",
        "本报讯（记者 覃  丽）" + BODY,
        "最后一周，考生该怎么过？",
        "——作息要向高考“看齐”",
        MORE,
    )
    assert heads(ed) == [(None, "考前一周怎么过", None)]
    assert texts(ed)[0][1] == "最后一周，考生该怎么过？"


def test_a_guides_headline_with_a_bare_page_code_and_a_bulleted_cross_reference_are_teasers() -> None:
    ed = seg(
        "导读",
        "“春风行动”送岗位2.6万个　A04",
        "在京代表委员热议政府工作报告",
        "本报北京3月8日电（记者 叶志明）" + BODY,
        "◆《我市代表建议加快湾区城际铁路建设》详见A03版",
        "以实干担当开好局起好步",
        "本报评论员",
        MORE,
    )
    assert [(t.text, t.page) for t in ed.teasers] == [
        ("“春风行动”送岗位2.6万个", 4),
        ("《我市代表建议加快湾区城际铁路建设》", 3),
    ]
    assert [s.title for s in ed.stories] == ["在京代表委员热议政府工作报告", "以实干担当开好局起好步"]


def test_a_headline_ending_in_a_figure_and_unit_is_no_teaser() -> None:
    ed = seg("全市新增就业岗位 3万个", "本报讯（记者 王  斌）" + BODY)
    assert ed.teasers == () and [s.title for s in ed.stories] == ["全市新增就业岗位 3万个"]


def test_two_spaced_clauses_over_a_deck_that_counts_are_title_and_subtitle() -> None:
    ed = seg(
        "高温天气持续 中暑病人增多", "市中心医院急诊科一周接诊中暑患者40余人", "本报讯(记者 彭  晓)" + BODY
    )
    assert heads(ed) == [(None, "高温天气持续 中暑病人增多", "市中心医院急诊科一周接诊中暑患者40余人")]


def test_a_slogan_over_a_plain_title_stays_its_kicker() -> None:
    ed = seg("春季植树 全城添绿", "河川市掀起全民义务植树热潮", "本报讯（记者 王  斌）" + BODY)
    assert heads(ed) == [("春季植树 全城添绿", "河川市掀起全民义务植树热潮", None)]

"""Story-structure conventions met on the fourteenth and fifteenth batches of unseen pages."""

from __future__ import annotations

from segkit import BODY, MORE, heads, paragraph_lines, reasons, seg, spoken, texts


def test_an_evening_papers_dateline_names_the_paper_by_its_kind() -> None:
    ed = seg(
        "沙尘来袭 出门记得戴口罩",
        "晚报记者　谢雨田",
        BODY,
        "城区12条背街小巷今年“穿新衣”",
        "　　晚报讯（记者 郭  宁）记者从市城建局获悉，今年我市将对城区12条背街小巷进行改造。",
    )
    assert [(s.title, s.byline) for s in ed.stories] == [
        ("沙尘来袭 出门记得戴口罩", "晚报记者 谢雨田"),
        ("城区12条背街小巷今年“穿新衣”", "晚报讯（记者 郭 宁）"),
    ]
    assert texts(ed)[1] == ["记者从市城建局获悉，今年我市将对城区12条背街小巷进行改造。"]


def test_a_reporter_of_the_paper_at_large_is_still_only_its_reporter() -> None:
    # "晚报记者" is the paper's own reporter, never a dateline: the line is a byline alone.
    ed = seg("市区新增两条公交线路", "晚报记者　孔  颖", BODY)
    assert ed.stories[0].byline == "晚报记者 孔 颖"
    assert texts(ed) == [[BODY]]


def test_a_converged_newsrooms_reporter_is_a_byline_not_a_subtitle() -> None:
    ed = seg("期末考试后 孩子成绩不理想怎么办", "全媒体记者　唐  宁", BODY)
    assert heads(ed) == [(None, "期末考试后 孩子成绩不理想怎么办", None)]
    assert ed.stories[0].byline == "全媒体记者 唐 宁"


def test_a_credit_closed_by_baodao_leads_the_text_it_is_run_into() -> None:
    ed = seg(
        "市区新增两条公交线路",
        "本报讯（记者 孔  颖）" + BODY,
        "记者 汪  琳 报道　昨天上午，家住城西的罗师傅一家搬进了新分到的廉租房。",
        MORE,
    )
    assert [s.byline for s in ed.stories] == ["本报讯（记者 孔 颖）", "记者 汪 琳 报道"]
    assert texts(ed)[1][0] == "昨天上午，家住城西的罗师傅一家搬进了新分到的廉租房。"


def test_text_that_only_mentions_a_report_is_not_a_credit() -> None:
    line = "市民李先生说 我看了新闻报道　才知道这件事已经解决了。"
    ed = seg("小区路灯修好了", "本报讯（记者 孔  颖）" + BODY, line)
    assert [s.byline for s in ed.stories] == ["本报讯（记者 孔 颖）"]
    assert texts(ed)[0][-1] == line


def test_a_question_under_a_column_over_a_readers_call_or_letter_is_its_title() -> None:
    for lead in ("读者王先生来电：", "读者来信："):
        ed = seg(
            "城市快讯",
            "　　●市图书馆本周末举办绘本阅读活动。",
            "律师信箱",
            "试用期内被辞退，能否要求补偿？",
            lead + "我去年12月进入一家公司工作，今年2月被公司辞退。请问我能要求补偿吗？",
            "律师：根据劳动合同法规定，用人单位应当举证证明劳动者不符合录用条件。",
        )
        assert heads(ed)[-1] == ("律师信箱", "试用期内被辞退，能否要求补偿？", None)


def test_a_question_inside_a_story_stays_its_text() -> None:
    ed = seg(
        "小区路灯坏了一个月",
        "本报讯（记者 郭  宁）" + BODY,
        "路灯什么时候能修好？",
        "读者王先生来电：家住安乐区桃园小区，小区内6盏路灯坏了一个多月。",
    )
    assert len(ed.stories) == 1
    assert texts(ed)[0][1] == "路灯什么时候能修好？"


def test_a_numbered_list_of_the_pages_titles_is_never_read() -> None:
    ed = seg(
        "本版新闻",
        "1. 戈阳绿氢产业园一期项目投产",
        "2. 冰雪经济“热”起来",
        "戈阳绿氢产业园一期项目投产",
        "年产绿氢1.2万吨　每年可减排二氧化碳约11万吨",
        "本报讯（记者 贺兰星）" + BODY,
        "冰雪经济“热”起来",
        "本报讯（记者 乌  兰）" + MORE,
    )
    assert [s.title for s in ed.stories] == ["戈阳绿氢产业园一期项目投产", "冰雪经济“热”起来"]
    assert heads(ed)[0][2] == "年产绿氢1.2万吨 每年可减排二氧化碳约11万吨"
    assert {1, 2, 3} <= set(reasons(ed))


def test_a_caption_inside_a_sentence_waits_until_the_sentence_ends_past_another_column() -> None:
    ed = seg(
        "枸杞博览会开幕",
        "本报讯（记者 马文斌）近年来，我市坚持把枸杞产业作为调结构、促增收的",
        "▲客商在博览会精深加工展区品尝枸杞饮品。本报记者 马文斌 摄",
        "主导产业来抓，全市建成标准化种植基地86个，培育加工企业57家，",
        "枸杞产业综合产值突破100亿元。",
        MORE,
    )
    assert paragraph_lines(ed) == [(2, 4, 5), (3,), (6,)]


def test_an_answer_cut_inside_a_phrase_goes_on_below() -> None:
    ed = seg(
        "让更多农民工在城里安下家",
        "本报特派记者　方  璐",
        "记者：桐浦在这方面有哪些探索？",
        "许国良：去年我们在两个县开展试点，允许农民工落户，并享受与城镇居民同等的",
        "公共服务。目前已有1.2万人在县城落户。",
    )
    assert paragraph_lines(ed) == [(3,), (4, 5)]


def test_a_boxs_field_is_a_line_of_its_own() -> None:
    ed = seg(
        "海沧隧道夜间分段封闭施工",
        "本报讯（记者 林  森）" + BODY,
        "集合地点：市民广场东侧，青少年研学基地",
        "封闭时间：11月27日23时至28日5时",
        "绕行线路：过往车辆可经海沧大桥通行",
    )
    assert paragraph_lines(ed) == [(2,), (3,), (4,), (5,)]


def test_a_sentence_ending_on_its_colon_goes_on_in_a_dump_without_paragraph_marks() -> None:
    ed = seg(
        "老支书的“扶贫账本”",
        "本报记者　闫  芳",
        "在后沟村，老支书王有田有个用了三年的笔记本，上面密密麻麻记着全村43户贫困户的情况：",
        "谁家有几口人、种了几亩地，一笔一笔写得清清楚楚。",
        "“账记清楚了，帮扶才能对上路子。”王有田说。",
    )
    assert paragraph_lines(ed) == [(3, 4), (5,)]


def test_a_colon_before_numbered_items_or_after_a_speakers_name_ends_its_line() -> None:
    ed = seg(
        "冬季取暖注意安全",
        "本报记者　闫  芳",
        "入冬以来，因用电不当引发的火灾时有发生。消防部门提醒：",
        "1.选购取暖设备要认准3C认证标志。",
        "王立群（理工大学教授）：",
        "硬件指标只是“入场券”。",
    )
    assert paragraph_lines(ed) == [(3,), (4,), (5,), (6,)]


def test_a_headline_inside_the_last_sentence_of_a_story_titles_the_dateline_under_it() -> None:
    ed = seg(
        "“金九”未至 楼盘已开始“抢跑”",
        "都市报记者　杨展鹏",
        BODY,
        "业内人士分析，改善型需求集中释放，不少购房者选择在此时",
        "二手房交易“一站式”办理",
        "“出手”。",
        "本报讯（记者 陈嘉琪）记者昨日从市不动产登记中心获悉，二手房交易将实行“一窗受理”。",
    )
    assert [s.title for s in ed.stories] == ["“金九”未至 楼盘已开始“抢跑”", "二手房交易“一站式”办理"]
    assert texts(ed)[0][-1] == "业内人士分析，改善型需求集中释放，不少购房者选择在此时“出手”。"
    assert texts(ed)[1] == ["记者昨日从市不动产登记中心获悉，二手房交易将实行“一窗受理”。"]


def test_a_sub_head_inside_a_sentence_with_more_text_after_it_stays_a_sub_head() -> None:
    ed = seg(
        "“金九”未至 楼盘已开始“抢跑”",
        "都市报记者　杨展鹏",
        "业内人士分析，改善型需求集中释放，不少购房者选择在此时",
        "改善型需求成主力",
        "“出手”。",
        MORE,
        "滨海新区再添一所学校",
        "本报讯（记者 陈嘉琪）" + BODY,
    )
    assert [s.title for s in ed.stories] == ["“金九”未至 楼盘已开始“抢跑”", "滨海新区再添一所学校"]
    assert [p.kind for p in ed.stories[0].paragraphs] == ["body", "subhead", "body"]


def test_a_photo_story_may_print_its_credit_above_its_headline() -> None:
    ed = seg(
        "“寒潮”明日到 最低气温降至零下3℃",
        "本报讯（记者 孔  颖）" + BODY,
        "晚报记者　韩文涛　摄",
        "冬储大白菜上市",
        "11月19日，在城北蔬菜批发市场，菜农正在卸运大白菜。",
        "民生追踪",
        "“断头路”打通了",
        "晚报记者　汪  琳",
        MORE,
    )
    assert [s.title for s in ed.stories] == [
        "“寒潮”明日到 最低气温降至零下3℃",
        "冬储大白菜上市",
        "“断头路”打通了",
    ]
    assert texts(ed)[1] == ["11月19日，在城北蔬菜批发市场，菜农正在卸运大白菜。"]
    assert reasons(ed)[3] == "photo credit"


def test_a_credit_above_a_sub_head_with_the_storys_text_going_on_is_no_photo_story() -> None:
    ed = seg(
        "“寒潮”明日到 最低气温降至零下3℃",
        "本报讯（记者 孔  颖）" + BODY,
        "晚报记者　韩文涛　摄",
        "农户做好防冻",
        "气象专家提醒农户要做好大棚蔬菜的防冻工作。",
        MORE,
    )
    assert [s.title for s in ed.stories] == ["“寒潮”明日到 最低气温降至零下3℃"]


def test_a_web_storys_author_field_under_its_headline_is_its_byline_never_the_source() -> None:
    ed = seg(
        "鲸湾港集装箱航线增至62条",
        "作者：本报记者 邵雨晴　　来源：鲸湾日报　　2021-03-24",
        BODY,
        "全国春耕备耕有序推进",
        "作者：新华社　　来源：鲸湾日报　　2021-03-24",
        "新华社北京3月23日电（记者 韩嘉禾）" + MORE,
        "城区新增停车泊位1200个",
        "作者：本报记者 郑  航　来源：砚溪日报　2021-03-24",
        "本报讯（记者 郑  航 通讯员 钱  亮）" + BODY,
    )
    assert [(s.title, s.byline) for s in ed.stories] == [
        ("鲸湾港集装箱航线增至62条", "本报记者 邵雨晴"),
        ("全国春耕备耕有序推进", "新华社北京3月23日电（记者 韩嘉禾）"),
        ("城区新增停车泊位1200个", "本报讯（记者 郑 航 通讯员 钱 亮）"),
    ]
    assert "来源" not in spoken(ed) and texts(ed)[0] == [BODY]


def test_a_web_author_field_after_a_storys_text_is_never_read() -> None:
    ed = seg(
        "城市简讯",
        "◆10月15日，市区公交13路延伸至高铁东站。",
        "作者：本报记者　来源：砚溪日报　发布时间：2019-10-16",
    )
    assert ed.stories[0].byline is None
    assert reasons(ed)[3] == "web meta"

"""Structure conventions met on the unseen58 and unseen59 batches (fixer B2b): photo and
illustration credits on lines of their own, sub-heads inside a story, column names."""

from __future__ import annotations

from segkit import BODY, MORE, heads, reasons, seg, spoken, texts


def test_a_slashed_photo_credit_under_a_photo_items_caption_is_never_read() -> None:
    ed = seg(
        "老公园里的“新花样”",
        "本报记者　郜  宁",
        BODY,
        MORE,
        "樱花烂漫",
        "3月25日，市民在人民公园樱花步道赏花拍照。",
        "图/本报记者　柴  蓉",
        "城区新增智慧停车泊位3200个",
        "本报讯(记者 郜  宁)" + BODY,
    )
    assert [h[1] for h in heads(ed)] == ["老公园里的“新花样”", "樱花烂漫", "城区新增智慧停车泊位3200个"]
    assert texts(ed)[1] == ["3月25日，市民在人民公园樱花步道赏花拍照。"]
    assert ed.stories[1].byline is None
    assert "柴" not in spoken(ed)
    assert reasons(ed)[7] == "photo credit"


def test_an_illustration_credit_inside_a_paragraph_is_skipped_and_the_paragraph_rejoins() -> None:
    ed = seg(
        "外婆的柿子树",
        "□邢晓燕",
        "外婆摘柿子有讲究。她从不让我们爬树，而是用一根长竹竿，对准一个柿子轻轻一拧，",
        "插图　林  晓",
        "柿子就稳稳地落进兜里。",
        MORE,
    )
    assert texts(ed)[0][0].endswith("轻轻一拧，柿子就稳稳地落进兜里。")
    assert "林" not in spoken(ed)
    assert reasons(ed)[4] == "photo credit"


def test_a_line_that_goes_on_after_a_picture_word_is_read() -> None:
    ed = seg(
        "老街深处的旧书店",
        "本报记者　宁  远",
        BODY,
        "插图　林晓的作品挂满了书店的墙。",
        MORE,
    )
    assert "林晓的作品" in spoken(ed)
    assert 4 not in reasons(ed)


def test_a_judges_tip_under_the_report_of_a_case_is_its_sub_head() -> None:
    ed = seg(
        "以案说法",
        "“刷单返利”骗局又翻新　女子被骗6万元",
        "■晚报记者　骆  珊",
        "今年3月，刘女士在社交平台上看到一则广告，随后被诱导先后转账6万余元。",
        "日前，鸥岩区法院以诈骗罪判处被告人黄某有期徒刑三年六个月。",
        "法官提醒",
        "凡是要求先垫付资金的“刷单返利”都是诈骗，市民切勿轻信。",
        "深夜高速上的“暖心护航”",
        "晚报讯（记者 喻  航）" + BODY,
    )
    assert [h[1][:6] for h in heads(ed)] == ["“刷单返利”", "深夜高速上的"]
    assert "切勿轻信" in "".join(texts(ed)[0])


def test_a_judges_tip_under_a_story_with_no_court_opens_an_untitled_tip() -> None:
    ed = seg(
        "积水齐腰　消防员背出被困老人",
        "晚报记者　褚红梅",
        "8月18日，暴雨过后，城东一小区积水齐腰，消防员背出被困老人。",
        "法官提醒",
        "凡是要求先垫付资金的“刷单返利”都是诈骗，市民切勿轻信。",
    )
    assert len(ed.stories) == 2
    assert "切勿轻信" not in "".join(texts(ed)[0])


def test_a_seven_character_column_name_over_a_question_title_is_its_kicker() -> None:
    ed = seg(
        "理论热点面对面",
        "如何理解“扩权强县”？",
        "问：近年来，一些省份推行“扩权强县”改革，这项改革的主要内容是什么？",
        "答：“扩权强县”主要是把原来属于地级市的部分经济社会管理权限下放给县。",
    )
    assert heads(ed) == [("理论热点面对面", "如何理解“扩权强县”？", None)]


def test_a_headline_set_in_an_articles_sentence_titles_the_dateline_story_after_its_author_note() -> None:
    ed = seg(
        "以城乡一体化破解“三农”难题",
        "张  岚　李文华",
        "　　推进城乡一体化，是破解城乡二元结构的根本途径。",
        "　　（一）推进城乡规划一体化。把县城、中心镇、中心村作为一个整体统筹规划，合理确",
        "《湘中农耕文化研究》出版发行",
        "引导农村人口向城镇有序转移。",
        "　　（二）推进基础设施一体化。推动城市基础设施向农村延伸。",
        "　　（三）推进公共服务一体化。缩小城乡公共服务差距。",
        "　　（作者单位：湘陵学院经济与管理学院）",
        "　　本报讯　由湘陵学院教授周楚生主编的《湘中农耕文化研究》一书，近日出版发行。",
    )
    assert [h[1] for h in heads(ed)] == ["以城乡一体化破解“三农”难题", "《湘中农耕文化研究》出版发行"]
    assert texts(ed)[0][1].endswith("合理确引导农村人口向城镇有序转移。")


def test_without_an_author_note_three_paragraphs_after_the_headline_keep_it_a_sub_head() -> None:
    ed = seg(
        "以城乡一体化破解“三农”难题",
        "张  岚　李文华",
        "　　推进城乡一体化，是破解城乡二元结构的根本途径。",
        "　　（一）推进城乡规划一体化。把县城、中心镇、中心村作为一个整体统筹规划，合理确",
        "城乡规划一张图",
        "引导农村人口向城镇有序转移。",
        "　　（二）推进基础设施一体化。推动城市基础设施向农村延伸。",
        "　　（三）推进公共服务一体化。缩小城乡公共服务差距。",
        "　　（四）推进社会治理一体化。完善城乡社区治理体系。",
        "　　本报讯　由湘陵学院教授周楚生主编的《湘中农耕文化研究》一书，近日出版发行。",
    )
    assert heads(ed)[0][1] == "以城乡一体化破解“三农”难题"
    assert "城乡规划一张图" in [p.text for p in ed.stories[0].paragraphs]

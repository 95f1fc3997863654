"""Story-structure conventions met on the unseen52 and unseen55 batches (fixer B2b)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, paragraph_lines, seg, spoken


def test_a_section_whose_text_names_back_a_person_of_the_story_is_its_subheads() -> None:
    ed = seg(
        "秋燥来袭　儿童呼吸道门诊量涨三成",
        "晚报记者　符  婕",
        BODY,
        "市妇幼保健院儿科主任医师谭秀英介绍，秋季昼夜温差大，孩子抵抗力弱。",
        "▲医生为患儿进行雾化治疗。晚报记者　陆  敏　摄",
        "专家提醒",
        "孩子咳嗽不要急着用止咳药",
        "谭秀英提醒，咳嗽是人体的一种保护性反射，家长不要自行给孩子服用强力止咳药。",
    )
    assert heads(ed) == [(None, "秋燥来袭 儿童呼吸道门诊量涨三成", None)]
    assert "孩子咳嗽不要急着用止咳药" in spoken(ed)


def test_a_section_naming_new_people_opens_its_own_story() -> None:
    ed = seg(
        "国产AI推理芯片发布",
        "本报讯（记者 黄子轩）" + BODY,
        "芯瀚科技首席技术官刘振宇说，目标就是把推理成本降下来。",
        "专家观点",
        "国产芯片要在“生态”上多下功夫",
        "王立群提醒，硬件指标只是“入场券”，关键看开发者愿不愿意在上面写代码。",
        MORE,
    )
    assert [h[1] for h in heads(ed)] == ["国产AI推理芯片发布", "国产芯片要在“生态”上多下功夫"]


def test_a_sentence_announcing_its_list_cut_by_the_column_goes_on_below() -> None:
    ed = seg(
        "晚稻后期如何防“寒露风”？",
        "本报讯（记者 宋  禾）" + BODY,
        "预防措施主要有：一是寒潮来临前灌深水保温，寒潮过后",
        "及时排水；二是喷施叶面肥，增强植株抗寒能力。",
    )
    assert paragraph_lines(ed)[-1] == (3, 4)


def test_an_info_box_field_stays_a_line_of_its_own() -> None:
    ed = seg(
        "地铁站口临时封闭",
        "本报讯（记者 宋  禾）" + BODY,
        "封闭时间：11月27日23时",
        "届时市民可绕行相邻站口进出。",
    )
    assert paragraph_lines(ed)[-2:] == [(3,), (4,)]

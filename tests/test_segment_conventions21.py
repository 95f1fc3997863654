"""Story-structure conventions met on the twenty-fourth and twenty-fifth batches (stacks, breaks)."""

from __future__ import annotations

from segkit import BODY, MORE, heads, seg, texts

from audiopaper.model import Edition

DATELINE = "本报讯（记者 韦丽萍）"


def test_a_deadline_line_under_a_start_line_is_the_title() -> None:
    # The start sets the scene; the work finished by a deadline is the news.
    ed = seg("春季道路“大修”启动", "城区37条破损路段5月底前修完", DATELINE + BODY, MORE)
    assert heads(ed) == [("春季道路“大修”启动", "城区37条破损路段5月底前修完", None)]


def test_an_amount_under_a_start_line_stays_the_subtitle() -> None:
    ed = seg("年末消费季启动", "发放数字消费券3000万元", DATELINE + BODY, MORE)
    assert heads(ed) == [(None, "年末消费季启动", "发放数字消费券3000万元")]


def test_a_count_added_over_a_plain_line_is_title_and_subtitle() -> None:
    ed = seg("城区新增4条公交线路", "通达北郊新区和高铁站", DATELINE + BODY, MORE)
    assert heads(ed) == [(None, "城区新增4条公交线路", "通达北郊新区和高铁站")]


def test_a_season_arrived_over_a_plain_line_is_title_and_subtitle() -> None:
    ed = seg("夏季用电高峰来临", "供电部门提醒安全用电", DATELINE + BODY, MORE)
    assert heads(ed) == [(None, "夏季用电高峰来临", "供电部门提醒安全用电")]


def test_a_match_result_set_in_two_lines_stays_one_title() -> None:
    ed = seg("主场3:1逆转金陵星火", "甬城海港提前两轮保级成功", DATELINE + BODY, MORE)
    assert heads(ed) == [(None, "主场3:1逆转金陵星火 甬城海港提前两轮保级成功", None)]


def test_a_bare_link_box_label_over_facts_belongs_to_the_story_above() -> None:
    fact = "今年以来，我市已新增、调整公交线路9条，更新公交车110辆，新建港湾式停靠站36个。"
    ed = seg("城区新增4条公交线路", "通达北郊新区和高铁站", DATELINE + BODY, MORE, "相关链接", fact)
    assert len(ed.stories) == 1
    assert fact in texts(ed)[0]


def test_a_link_box_under_its_own_title_is_an_item_of_its_own() -> None:
    fact = "我市自2020年起建立重要民生商品价格监测制度，每周两次采集30种蔬菜、猪肉、鸡蛋等商品零售价格。"
    ed = seg(
        "城区新增4条公交线路",
        "通达北郊新区和高铁站",
        DATELINE + BODY,
        MORE,
        "相关链接",
        "“菜篮子”价格监测怎么做",
        fact,
    )
    assert heads(ed)[1] == ("相关链接", "“菜篮子”价格监测怎么做", None)


def test_a_theme_told_from_a_scene_over_a_title_is_the_kicker() -> None:
    ed = seg("街头巷尾话变化", "这条背街“变脸”了", DATELINE + BODY, MORE)
    assert heads(ed) == [("街头巷尾话变化", "这条背街“变脸”了", None)]


def test_a_theme_told_from_a_scene_alone_is_the_title() -> None:
    ed = seg("黄葛树下话家常", DATELINE + BODY, MORE)
    assert heads(ed) == [(None, "黄葛树下话家常", None)]


def test_a_group_left_after_a_comma_runs_on_to_its_predicate() -> None:
    ed = seg("高考结束了，今年我市考生", "考场上有哪些“小插曲”", DATELINE + BODY, MORE)
    assert heads(ed) == [(None, "高考结束了，今年我市考生 考场上有哪些“小插曲”", None)]


def test_a_whole_clause_after_a_comma_does_not_run_on() -> None:
    ed = seg("高考结束了，全市考生轻松离场", "考场上有哪些“小插曲”", DATELINE + BODY, MORE)
    assert heads(ed) == [(None, "高考结束了，全市考生轻松离场", "考场上有哪些“小插曲”")]


def test_a_long_group_left_after_a_comma_runs_on_over_a_shorter_line() -> None:
    ed = seg("高考结束了，今年我市全体考生", "考场上有哪些“小插曲”", DATELINE + BODY, MORE)
    assert heads(ed) == [(None, "高考结束了，今年我市全体考生 考场上有哪些“小插曲”", None)]


def test_a_season_arrived_and_what_it_brought_is_the_title() -> None:
    ed = seg(
        "开学季来临 “护眼”生意火了", "眼镜店验光要排长队　专家提醒别盲目迷信“神器”", DATELINE + BODY, MORE
    )
    assert heads(ed) == [(None, "开学季来临 “护眼”生意火了", "眼镜店验光要排长队 专家提醒别盲目迷信“神器”")]


def test_a_festive_slogan_over_a_title_stays_the_kicker() -> None:
    ed = seg("小年到　年味浓", "糖瓜麻糖摆上摊 年货市场红火起来", DATELINE + BODY, MORE)
    assert heads(ed)[0][:2] == ("小年到 年味浓", "糖瓜麻糖摆上摊 年货市场红火起来")


def _spliced(*after: str) -> Edition:
    return seg(
        "老旧小区“微更新” 居民自己说了算",
        "■本报记者　徐  帆",
        "　　" + BODY,
        "　　据了解，今年全市计划改造老旧小区86个，截至目前，已有23个小区确定了改造方案，",
        "地铁4号线二期月底开通试运营",
        "其余小区将在6月底前完成方案征集。",
        *after,
        "　　本报讯（记者 钟  毅）记者5月23日从市轨道交通集团获悉，地铁4号线二期工程已完成全部测试。",
        "　　" + MORE,
    )


def test_a_headline_set_in_a_sentence_heads_the_dateline_story_a_paragraph_later() -> None:
    ed = _spliced("　　市住建局相关负责人表示，改造将优先解决居民反映最集中的问题。")
    assert [h[1] for h in heads(ed)] == ["老旧小区“微更新” 居民自己说了算", "地铁4号线二期月底开通试运营"]
    assert texts(ed)[0][-1] == "市住建局相关负责人表示，改造将优先解决居民反映最集中的问题。"


def test_a_sub_head_followed_by_a_long_section_stays_a_sub_head() -> None:
    more = ["　　市住建局相关负责人表示，改造将优先解决居民反映最集中的问题。"] * 3
    ed = _spliced(*more)
    assert heads(ed)[1][1] != "地铁4号线二期月底开通试运营"


def test_a_commentators_article_label_is_the_kicker_not_a_byline() -> None:
    ed = seg("本报评论员文章", "项目建设要“快”字当头", "本报评论员", "　　" + BODY, "　　" + MORE)
    assert heads(ed) == [("本报评论员文章", "项目建设要“快”字当头", None)]
    assert ed.stories[0].byline == "本报评论员"


def test_a_commentators_own_name_is_still_a_byline() -> None:
    ed = seg("项目建设要“快”字当头", "本报评论员 陈文章", "　　" + BODY, "　　" + MORE)
    assert ed.stories[0].byline == "本报评论员 陈文章"


def _essay(*indents: str) -> Edition:
    lines = ["推进城乡统筹发展的几点思考", "□ 周国梁"]
    for n, indent in zip("一二三四", indents, strict=True):
        lines += [
            f"{n}、以制度创新保障城乡统筹",
            indent + "统筹城乡发展，必须破除城乡二元体制障碍。要稳步推进户籍制度改革；",
        ]
        lines += [
            "按照三中全会精神，加强土地承包经营权流转管理和服务；",
            "逐步缩小城乡居民在就业、社保等方面的差距。",
        ]
    return seg(*lines)


def test_a_page_whose_text_blocks_open_indented_joins_its_flush_lines() -> None:
    # Each section's paragraph is one indented line and two flush ones, fewer than half indented.
    assert len(texts(_essay("　　", "　　", "　　", "　　"))[0]) == 4 + 4  # sub-heads and paragraphs


def test_a_page_whose_text_blocks_open_flush_as_often_keeps_its_lines_apart() -> None:
    assert len(texts(_essay("　　", "", "　　", ""))[0]) > 4 + 4


QUOTE = "“过去办个营业执照要跑好几个部门，现在在政务大厅一个窗口就办完了。”"


def test_a_long_speaker_clause_under_a_quote_is_read_with_it() -> None:
    speaker = "刚刚在市政务服务中心领到营业执照的朔川恒达物流公司负责人宁向东说。"
    ed = seg("全市61项“放管服”改革事项落地见效", DATELINE + BODY, QUOTE, speaker, MORE)
    assert texts(ed)[0][1] == QUOTE + speaker


def test_a_sentence_with_a_comma_under_a_quote_is_a_paragraph_of_its_own() -> None:
    line = "今年以来，我市先后推出“多证合一”“一窗受理”等改革举措，市民对此普遍表示。"
    ed = seg("全市61项“放管服”改革事项落地见效", DATELINE + BODY, QUOTE, line, MORE)
    assert texts(ed)[0][1] == QUOTE

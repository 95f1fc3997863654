"""Story-structure and byline conventions met on the forty-sixth batch of unseen pages: a photo
story whose caption carries its credit, a reader's letter whose salutation runs into its text,
a flush line finishing an open sentence counting for no paragraph style, a web author field
naming the paper's desk."""

from __future__ import annotations

from segkit import BODY, MORE, paragraph_lines, reasons, seg, texts

DATELINE = "本报讯（记者 林 峰）"
TEXT = "9月7日，铁东区人力资源市场举办专场招聘会，46家企业提供岗位1200余个，现场达成就业意向310人。"


def test_a_photo_story_whose_caption_carries_its_credit_is_an_item_of_its_own() -> None:
    # "图片新闻" / a short headline / one paragraph / "▲…。都市报记者 X 摄" / the next box.
    ed = seg(
        "中秋月饼抽检全部合格",
        DATELINE + BODY,
        MORE,
        "图片新闻",
        "家门口的招聘会",
        TEXT,
        "▲求职者在招聘会上咨询岗位信息。都市报记者 孟庆阳 摄",
        "城事速递",
        "◆9月12日起，市区7路公交车将恢复夜班运营。",
    )
    assert [s.title for s in ed.stories] == ["中秋月饼抽检全部合格", "家门口的招聘会", "城事速递"]
    assert texts(ed)[1] == [TEXT, "▲求职者在招聘会上咨询岗位信息。"]
    assert "孟庆阳" not in "".join(texts(ed)[1])


def test_a_dash_point_over_a_credited_caption_stays_a_point_of_its_story() -> None:
    # "——适度运动，释放压力" / its paragraph / the story's own photo: a point, not a photo story.
    ed = seg(
        "“开学综合征”来袭 家长别慌",
        "都市报记者　汪晓燕",
        "　　" + BODY,
        "　　——适度运动，释放压力",
        "　　每天安排半小时左右的户外活动，帮助孩子释放压力、改善睡眠。",
        "　　▲医生为一名学生做心理评估。都市报记者 吴  迪 摄",
        "今秋中小学生视力筛查启动",
        "　　" + DATELINE + MORE,
    )
    assert [s.title for s in ed.stories] == ["“开学综合征”来袭 家长别慌", "今秋中小学生视力筛查启动"]
    assert [p.kind for p in ed.stories[0].paragraphs] == ["body", "subhead", "body", "caption"]


LETTER = "编辑同志：我家住在滨河花园小区，小区东门外的规划道路修了一半就停工了，已经两年多。"


def test_a_letter_under_its_column_opens_a_story_when_its_salutation_runs_into_the_text() -> None:
    # "读者来信" / a question for its title / "编辑同志：我家住在…" after a commentary's end.
    ed = seg(
        "渤水时评",
        "“随手拍”贵在“随手办”",
        "□ 于  涛",
        BODY,
        "读者来信",
        "小区门口的“断头路”何时能打通？",
        LETTER,
        "渤水区读者　孙建平",
    )
    assert [(s.kicker, s.title) for s in ed.stories] == [
        ("渤水时评", "“随手拍”贵在“随手办”"),
        ("读者来信", "小区门口的“断头路”何时能打通？"),
    ]
    assert texts(ed)[1] == [LETTER]
    assert ed.stories[1].byline == "渤水区读者 孙建平"


def test_a_question_over_an_interviewers_line_is_no_letter() -> None:
    # An interview's "记者：…" addresses nobody: the question over it stays its story's text.
    ed = seg(
        "老旧小区加装电梯 费用怎么分摊？",
        "记者 金  鑫 报道",
        BODY,
        "政策解读",
        "费用怎么分摊？",
        "记者：请问费用由谁来承担，一楼业主要不要出钱？",
        "答：费用由业主协商分摊，一般楼层越高分摊越多。",
    )
    assert len(ed.stories) == 1


def test_a_flush_line_finishing_an_open_sentence_does_not_hide_an_indented_page() -> None:
    # Half the flush lines only finish a sentence cut by the column; the rest, flush after a
    # finished sentence, go on with the paragraph of a page that indents its paragraphs.
    ed = seg(
        "电动车楼道充电起火 邻居合力扑救",
        "本报记者　付  强",
        "　　“着火了！快来人！”11月21日晚9时许，一辆停放在一楼楼道里充电的电动车",
        "突然起火，浓烟顺着楼梯间往上蹿。",
        "　　住在二楼的刘师傅第一个冲下楼，和邻居用灭火器、湿棉被扑救。",
        "几分钟后，明火被扑灭。消防队员赶到后，对现场进行了清理。",
        "　　记者昨日在现场看到，楼道墙壁被熏得漆黑，起火原因系",
        "电动车电池充电时间过长引发短路。",
    )
    assert paragraph_lines(ed) == [(3, 4), (5, 6), (7, 8)]


def test_a_flush_line_after_a_finished_sentence_on_a_flush_page_is_its_own_paragraph() -> None:
    ed = seg("城区新增停车泊位1200个", DATELINE + BODY, MORE, "市民可拨打12345热线咨询。")
    assert paragraph_lines(ed) == [(2,), (3,), (4,)]


def test_a_web_author_field_naming_the_papers_desk_gives_the_byline() -> None:
    ed = seg(
        "要闻快递",
        "作者：本报编辑部　来源：椒源日报　2021-05-19",
        "◎5月18日，市委理论学习中心组召开专题学习会。",
        "◎日前，我市3个村入选全省乡村旅游重点村名单。",
    )
    assert ed.stories[0].byline == "本报编辑部"
    assert "来源" not in "".join(texts(ed)[0])


def test_a_web_author_field_naming_no_desk_or_writer_gives_no_byline() -> None:
    # "椒源日报网" names the site, not a desk of the paper or a writer.
    ed = seg("要闻快递", "作者：椒源日报网　来源：椒源日报　2021-05-19", BODY)
    assert ed.stories[0].byline is None
    assert reasons(ed)[2] == "web meta"
